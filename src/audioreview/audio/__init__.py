"""Audio helpers for the audio writer: DSP (resampling, loudness, the true-peak
limiter), the MP3 codec boundary (lameenc / miniaudio) and ID3 tags."""
