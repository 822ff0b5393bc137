"""The DSP under the audio writer: true peak, the look-ahead limiter, loudness."""

from __future__ import annotations

import numpy as np
import pytest

from audioreview.audio import dsp

SR = 22050


def speechlike(seconds: float = 6.0, seed: int = 3) -> np.ndarray:
    """Band-limited noise with a syllable envelope and pauses (a stand-in for speech)."""
    from scipy.signal import butter, sosfilt

    rng = np.random.default_rng(seed)
    n = int(seconds * SR)
    noise = sosfilt(butter(4, [150, 4000], btype="band", fs=SR, output="sos"), rng.standard_normal(n))
    t = np.arange(n) / SR
    env = np.clip(np.sin(2 * np.pi * 3.0 * t), 0, None) ** 2
    env *= (np.sin(2 * np.pi * 0.25 * t) > -0.3)  # pauses
    x = (noise * env).astype(np.float32)
    return x * (0.5 / float(np.abs(x).max()))


def test_true_peak_sees_inter_sample_peaks():
    # A sine at fs/4 sampled 45 degrees off its crest: samples reach only 0.707.
    n = np.arange(SR)
    x = np.sin(2 * np.pi * n / 4 + np.pi / 4).astype(np.float32)
    assert dsp.sample_peak_db(x) == pytest.approx(-3.01, abs=0.05)
    assert dsp.true_peak_db(x) == pytest.approx(0.0, abs=0.3)


def test_true_peak_of_the_loud_parts_equals_the_full_measurement():
    """loud_true_peak_db oversamples only the stretches near the top, with real
    context either side, and finds the same true peak."""
    x = speechlike(seconds=20.0)
    n = np.arange(64)
    x[SR * 7 : SR * 7 + 64] = 0.6 * np.sin(2 * np.pi * n / 4 + np.pi / 4)  # an inter-sample peak, 0.6 -> 0.42
    for scale in (1.0, 1.7, 0.3):
        y = (x * scale).astype(np.float32)
        assert dsp.loud_true_peak_db(y, dsp.true_peak_db(y) - 6.0) == pytest.approx(dsp.true_peak_db(y), abs=1e-4)
    assert dsp.loud_true_peak_db(x * 0.01, -7.0) == pytest.approx(dsp.sample_peak_db(x * 0.01))  # nothing loud
    assert dsp.loud_true_peak_db(np.zeros(0, np.float32), -7.0) == float("-inf")


def _limited(x: np.ndarray, ceiling_db: float, lookahead: float = 0.005, release: float = 0.08) -> np.ndarray:
    """The limiter as normalize() applies it: block gains from the true-peak
    envelope, spread over the samples."""
    gain = dsp.block_gain(dsp.block_peaks(dsp.oversampled_peaks(x)), SR, ceiling_db, lookahead, release)
    return x.copy() if gain is None else (x * dsp.block_to_samples(gain, len(x))).astype(np.float32)


def test_limiter_holds_the_ceiling_and_leaves_quiet_audio_alone():
    t = np.arange(3 * SR) / SR
    x = (0.25 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    burst = slice(SR, SR + 400)
    x[burst] *= 4.0  # 0 dBFS burst
    y = _limited(x, -6.0)
    assert dsp.true_peak_db(y) <= -6.0 + 0.05
    # Far from the burst (before look-ahead, after release) nothing changes.
    np.testing.assert_allclose(y[: SR - 500], x[: SR - 500], atol=1e-6)
    np.testing.assert_allclose(y[2 * SR :], x[2 * SR :], atol=1e-4)
    # Below the ceiling: identical.
    quiet = x * 0.1
    np.testing.assert_array_equal(_limited(quiet, -6.0), quiet)


def test_limiter_gain_is_smooth_with_lookahead_and_release():
    x = np.full(2 * SR, 0.1, dtype=np.float32)  # DC makes the gain directly visible
    peak_at = SR
    x[peak_at] = 1.0
    lookahead, release = 0.005, 0.08
    y = _limited(x, -12.0, lookahead, release)
    gain = y / x
    la = int(lookahead * SR)
    assert gain[peak_at] * 1.0 <= dsp.db_to_gain(-12.0) + 1e-4
    # Attack starts within the look-ahead window before the peak, ramping, not jumping.
    assert gain[peak_at - la - 3 * dsp._HOP] == pytest.approx(1.0, abs=1e-6)  # blocks of _HOP samples
    assert gain[peak_at - la // 2] < 0.999
    assert np.max(np.abs(np.diff(gain[: peak_at + 1]))) < 0.2
    # Release: recovering after the peak, fully recovered after many time constants.
    after = gain[peak_at + 1 : peak_at + int(0.5 * SR)]
    assert np.all(np.diff(after[la + 2 :]) >= -1e-9)
    assert gain[peak_at + int(0.05 * SR)] < 0.95
    assert gain[peak_at + int(0.9 * SR)] == pytest.approx(1.0, abs=2e-3)


@pytest.mark.parametrize("target", [-16.0, -14.0])
def test_normalize_reaches_lufs_target_under_true_peak_ceiling(target):
    x = speechlike()
    y, res = dsp.normalize(x, SR, measure="lufs", target=target, ceiling_db=-1.5)
    assert dsp.integrated_lufs(y, SR) == pytest.approx(target, abs=0.2)
    assert dsp.true_peak_db(y) <= -1.5 + 0.05
    assert res.iterations >= 1 and res.true_peak != res.true_peak  # not measured unless asked (nan)
    # Loud enough that gain alone would have clipped: the limiter did real work.
    assert dsp.true_peak_db(x * dsp.db_to_gain(res.gain_db)) > -1.0


def test_normalize_rms_for_acx():
    y, _ = dsp.normalize(speechlike(), SR, measure="rms", target=-20.0, ceiling_db=-4.0)
    assert dsp.rms_db(y) == pytest.approx(-20.0, abs=0.2)
    assert dsp.sample_peak_db(y) <= -4.0 + 0.05


def test_silence_is_left_alone():
    x = np.zeros(SR, dtype=np.float32)
    y, res = dsp.normalize(x, SR, measure="lufs", target=-16.0, ceiling_db=-1.0)
    assert not np.any(y) and res.iterations == 0


def test_room_tone_is_quiet_but_not_silence():
    tone = dsp.room_tone(SR, -72.0)
    assert dsp.rms_db(tone) == pytest.approx(-72.0, abs=0.1)
    assert np.count_nonzero(tone) > SR * 0.99
    np.testing.assert_array_equal(tone, dsp.room_tone(SR, -72.0))  # deterministic


def test_resample_keeps_duration():
    x = speechlike(1.0)
    y = dsp.resample(x, SR, 44100)
    assert len(y) == 2 * len(x) and y.dtype == np.float32


def test_block_peaks_scale_exactly_so_normalize_can_reuse_them():
    peaks = dsp.oversampled_peaks(speechlike(2.0))
    for k in (0.5, 1.7, 3.3):
        direct = dsp.block_gain(dsp.block_peaks(peaks * k), SR, -1.5)
        reused = dsp.block_gain(dsp.block_peaks(peaks) * k, SR, -1.5)
        if direct is None:
            assert reused is None
        else:
            assert reused is not None and np.array_equal(direct, reused)
    assert dsp.block_gain(dsp.block_peaks(peaks * 3.3), SR, -1.5) is not None  # the limiter did act


def test_codec_gain_is_kept_on_disk_and_remeasured_when_damaged(tmp_path, monkeypatch):
    import json

    from audioreview.audio import mp3

    monkeypatch.setattr(mp3, "_codec_gain", {})
    measured = mp3.codec_gain_db(SR, 64, tmp_path)
    path = mp3.codec_gain_path(tmp_path, SR, 64)
    assert json.loads(path.read_text())["gain_db"] == measured
    assert -1.0 < measured < 0.0  # LAME loses a little level

    path.write_text(json.dumps({"gain_db": -0.123}))  # a stored value is used, not re-measured
    monkeypatch.setattr(mp3, "_codec_gain", {})
    assert mp3.codec_gain_db(SR, 64, tmp_path) == -0.123

    path.write_text("{not json")  # damaged: measured again and rewritten
    monkeypatch.setattr(mp3, "_codec_gain", {})
    assert mp3.codec_gain_db(SR, 64, tmp_path) == measured
    assert json.loads(path.read_text())["gain_db"] == measured


@pytest.mark.parametrize("chunk", [997, 4096, 1 << 16])
def test_level_meter_in_chunks_equals_the_whole_signal_measurement(chunk):
    """The episode is measured chunk by chunk (bounded memory): same loudness
    and true peak as on the whole signal, also for a peak right at a chunk edge."""
    rng = np.random.default_rng(5)
    x = (rng.standard_normal(SR * 6) * 0.05 * (1 + np.sin(np.arange(SR * 6) / SR * 7))).astype(np.float32)
    edge = chunk * min(3, len(x) // chunk - 1)
    x[edge - 1 : edge + 1] = [0.93, -0.95]  # an inter-sample peak across an edge
    for measure, whole in (("lufs", dsp.integrated_lufs(x, SR)), ("rms", dsp.rms_db(x))):
        meter = dsp.LevelMeter(SR, measure, -7.0)
        for start in range(0, len(x), chunk):
            meter.add(x[start : start + chunk])
        assert meter.loudness() == pytest.approx(whole, abs=1e-6)
        assert meter.true_peak() == pytest.approx(dsp.true_peak_db(x), abs=1e-6)


def test_long_signals_are_processed_in_chunks_with_the_whole_signals_result(monkeypatch):
    """normalize() and the room tone go chunk by chunk (memory of a long chapter);
    the result must be what one pass over the whole signal gives."""
    rng = np.random.default_rng(11)
    x = (rng.standard_normal(5 * SR) * 0.05).astype(np.float32)
    x[:: SR // 3] = 0.97  # peaks for the limiter
    whole = {m: dsp.normalize(x, SR, measure=m, target=-19.0, ceiling_db=-1.5) for m in ("lufs", "rms")}
    monkeypatch.setattr(dsp, "_CHUNK", 4096)  # many chunks (a multiple of the hop)
    monkeypatch.setattr(dsp, "_BLOCK", 8192)
    for measure, (y_whole, r_whole) in whole.items():
        y, r = dsp.normalize(x, SR, measure=measure, target=-19.0, ceiling_db=-1.5)
        np.testing.assert_allclose(y, y_whole, rtol=0, atol=1e-6)
        assert r.gain_db == pytest.approx(r_whole.gain_db, abs=1e-9)
        assert r.loudness == pytest.approx(-19.0, abs=0.15)
        assert dsp._level(y, SR, measure) == pytest.approx(
            dsp.integrated_lufs(y, SR) if measure == "lufs" else dsp.rms_db(y), abs=1e-6)
    tone = np.concatenate(list(dsp.room_tone_chunks(3 * SR, -72.0, seed=4, chunk=1000)))
    np.testing.assert_allclose(tone, dsp.room_tone(3 * SR, -72.0, seed=4), rtol=1e-5, atol=1e-12)


def test_mp3_encoded_in_chunks_is_the_same_file():
    from audioreview.audio import mp3

    pcm = mp3.to_int16(np.sin(np.arange(3 * SR) * 0.05).astype(np.float32) * 0.3)
    chunks = [pcm[i : i + 5000] for i in range(0, len(pcm), 5000)]
    assert mp3.encode_chunks(chunks, SR, 64) == mp3.encode(pcm, SR, 64)
