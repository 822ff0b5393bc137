"""The MP3 boundary: encode with lameenc (CBR, mono), decode with miniaudio,
and read frame headers. No ffmpeg anywhere.

Encoder delay: lameenc writes no Xing/Info/LAME header, so no player can trim
the encoder's priming samples. Every decoder therefore plays the audio shifted
by the encoder delay (576) plus the MP3 decoder delay (529) -- about 1105
samples. :func:`player_delay` measures that shift once per rate/bitrate (a
short encode + decode) and the writer adds it to every time it reports, so
CHAP frames and timing.json match what a listener hears.
"""

from __future__ import annotations

import functools
import json
import os
import threading
from pathlib import Path
from typing import Iterable

import numpy as np

from ..cachedir import package_version
from ..fileio import atomic_write

# Allowed CBR bitrates (kbps) per MPEG version, Layer III.
MPEG1_BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
MPEG2_BITRATES = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
MPEG1_RATES = (32000, 44100, 48000)
MPEG2_RATES = (16000, 22050, 24000)


def valid_bitrates(rate: int) -> tuple[int, ...]:
    if rate in MPEG1_RATES:
        return MPEG1_BITRATES
    if rate in MPEG2_RATES:
        return MPEG2_BITRATES
    return ()


def samples_per_frame(rate: int) -> int:
    return 1152 if rate in MPEG1_RATES else 576


def to_int16(x: np.ndarray) -> np.ndarray:
    """Float [-1, 1] -> int16 with rounding and clipping."""
    return np.clip(np.round(np.asarray(x, dtype=np.float32) * 32767.0), -32768, 32767).astype(np.int16)


def encode(pcm: np.ndarray, rate: int, bitrate: int, quality: int = 5) -> bytes:
    """Encode mono PCM (int16 or float) as CBR MP3 at ``bitrate`` kbps.

    quality 5 is LAME's default algorithm ("good"): ~35% faster than 2 with no
    audible difference for speech at these bitrates."""
    return encode_chunks([pcm if pcm.dtype == np.int16 else to_int16(pcm)], rate, bitrate, quality)


def encode_chunks(chunks: Iterable[np.ndarray], rate: int, bitrate: int, quality: int = 5) -> bytes:
    """:func:`encode` of int16 PCM given in consecutive chunks (a long chapter
    is never converted whole); LAME frames the stream the same either way."""
    import lameenc

    if bitrate not in valid_bitrates(rate):
        raise ValueError(f"{bitrate} kbps is not a valid MP3 bitrate at {rate} Hz")
    enc = lameenc.Encoder()
    enc.set_bit_rate(bitrate)
    enc.set_in_sample_rate(rate)
    enc.set_out_sample_rate(rate)
    enc.set_channels(1)
    enc.set_quality(quality)
    out = bytearray()
    for chunk in chunks:
        if len(chunk):
            out += enc.encode(np.ascontiguousarray(chunk, dtype=np.int16).tobytes())
    out += enc.flush()
    if not out:
        raise ValueError("the MP3 encoder produced no data")
    return bytes(out)


def decode(data: bytes, rate: int | None = None) -> tuple[np.ndarray, int]:
    """Decode MP3 bytes to mono float32 (optionally resampled to ``rate``)."""
    import miniaudio

    if rate is None:  # the file's own rate
        rate = miniaudio.mp3_get_info(data).sample_rate
    snd = miniaudio.decode(data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1, sample_rate=rate)
    return np.frombuffer(snd.samples, dtype=np.float32).copy(), snd.sample_rate


def decode_chunks(data: bytes, rate: int, chunk: int = 1 << 18):
    """Decode MP3 bytes to mono float32 at ``rate`` in chunks of ``chunk``
    samples (a generator): a long file never needs its whole PCM in memory."""
    import miniaudio

    for block in miniaudio.stream_memory(data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1,
                                         sample_rate=rate, frames_to_read=chunk):
        yield np.frombuffer(block, dtype=np.float32)


@functools.lru_cache(maxsize=None)
def player_delay(rate: int, bitrate: int) -> int:
    """Samples by which decoded audio lags the PCM given to the encoder.

    Measured by encoding a noise burst and cross-correlating the decode.
    """
    rng = np.random.default_rng(7)
    n = rate // 2
    x = np.zeros(rate, dtype=np.float32)
    burst = rng.standard_normal(n // 4).astype(np.float32) * 0.3
    at = rate // 4
    x[at : at + len(burst)] = burst
    y, _ = decode(encode(x, rate, bitrate), rate)
    max_lag = 3 * samples_per_frame(rate) * 2
    seg = y[at : at + len(burst) + max_lag]
    corr = np.correlate(seg, burst, mode="valid")
    return int(np.argmax(corr))


QUALITY = 5  # LAME algorithm quality used by :func:`encode`'s callers
CALIBRATION_LAYOUT = "codec-v1"  # bump when the calibration signal or method changes
_codec_lock = threading.Lock()
_codec_gain: dict[tuple[int, int], float] = {}


@functools.lru_cache(maxsize=1)
def _codec_versions() -> str:
    return "_".join(f"{dist}-{package_version(dist)}" for dist in ("lameenc", "miniaudio"))


def codec_identity() -> str:
    """The encoder and decoder versions and LAME quality: what, besides the PCM
    and the settings, decides the bytes of an MP3 we make."""
    return f"{_codec_versions()}_q{QUALITY}"


def codec_gain_path(cache_dir: Path, rate: int, bitrate: int) -> Path:
    """Where :func:`codec_gain_db` keeps its measurement: keyed by the encoder
    and decoder versions, rate, bitrate and LAME quality."""
    name = f"{_codec_versions()}_{rate}hz_{bitrate}k_q{QUALITY}.json"
    return Path(cache_dir) / CALIBRATION_LAYOUT / name


def codec_gain_db(rate: int, bitrate: int, cache_dir: str | os.PathLike[str] | None = None) -> float:
    """:func:`measure_codec_gain_db`, once per process and -- with a
    ``cache_dir`` -- once per machine: the value is stored as JSON under
    ``cache_dir`` (written atomically; an unreadable file is re-measured).
    Thread-safe: a second caller waits for the first measurement."""
    key = (rate, bitrate)
    with _codec_lock:
        if key in _codec_gain:
            return _codec_gain[key]
        path = codec_gain_path(Path(cache_dir), rate, bitrate) if cache_dir is not None else None
        value = _read_gain(path) if path is not None else None
        if value is None:
            value = measure_codec_gain_db(rate, bitrate)
            if path is not None:
                try:
                    atomic_write(path, json.dumps({"gain_db": value, "rate": rate, "bitrate": bitrate,
                                                   "quality": QUALITY, "codec": _codec_versions()}))
                except OSError:
                    pass  # a read-only or full cache must not fail the render
        _codec_gain[key] = value
        return value


def _read_gain(path: Path) -> float | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))["gain_db"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -6.0 < value < 6.0:
        return None  # not a plausible codec level change: measure again
    return float(value)


def measure_codec_gain_db(rate: int, bitrate: int) -> float:
    """Level change (dB) of an encode + decode round trip.

    LAME's output is ~0.3-0.5 dB quieter than its input (measured with
    miniaudio and mpg123 alike: a 0.5 sine comes back at 0.475 at 22.05 kHz /
    64 kbps), so loudness set before encoding would land low. The writer aims
    its pre-encode target this much higher. Calibration signal: speech-band
    noise with a syllable-rate envelope, 2 s.
    """
    from scipy.signal import butter, sosfilt

    rng = np.random.default_rng(11)
    n = 2 * rate
    noise = sosfilt(butter(4, [120, 4000], btype="band", fs=rate, output="sos"), rng.standard_normal(n))
    env = 0.55 + 0.45 * np.sin(2 * np.pi * 4.0 * np.arange(n) / rate)
    x = (noise * env).astype(np.float32)
    x *= 0.1 / float(np.sqrt(np.mean(x**2)))
    y, _ = decode(encode(x, rate, bitrate, QUALITY), rate)
    d = player_delay(rate, bitrate)
    y = y[d : d + n]
    edge = rate // 10  # ignore the fade-in/out of the codec at the ends
    num = float(np.mean(y[edge:-edge] ** 2))
    den = float(np.mean(x[edge:-edge] ** 2))
    return 10.0 * float(np.log10(num / den))


# ------------------------------------------------------------- frame headers

_BITRATE_TABLE = {
    (1, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG1 L3
    (2, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG2/2.5 L3
}
_RATE_TABLE = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _walk(data: bytes):
    """(offset, bitrate kbps, sample rate, channels, frame length) per Layer III
    frame after any ID3v2 tag, up to the first byte that is not a frame header."""
    pos = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = 0
        for b in data[6:10]:
            size = (size << 7) | (b & 0x7F)
        pos = 10 + size + (10 if data[5] & 0x10 else 0)
    n = len(data)
    while pos + 4 <= n:
        h = int.from_bytes(data[pos : pos + 4], "big")
        if (h >> 21) & 0x7FF != 0x7FF:
            break
        version = (h >> 19) & 3  # 3: MPEG1, 2: MPEG2, 0: MPEG2.5
        layer = (h >> 17) & 3  # 1: Layer III
        bi = (h >> 12) & 0xF
        ri = (h >> 10) & 3
        padding = (h >> 9) & 1
        mode = (h >> 6) & 3
        if version == 1 or layer != 1 or bi in (0, 15) or ri == 3:
            break
        kbps = _BITRATE_TABLE[(1 if version == 3 else 2, 3)][bi]
        rate = _RATE_TABLE[version][ri]
        coef = 144 if version == 3 else 72
        length = coef * kbps * 1000 // rate + padding
        yield pos, kbps, rate, 1 if mode == 3 else 2, length
        pos += length


def frames(data: bytes) -> list[tuple[int, int, int, int]]:
    """Walk the MPEG audio frames after any ID3v2 tag.

    Returns (offset, bitrate kbps, sample rate, channels) per Layer III frame;
    stops at the first byte that is not a frame header.
    """
    return [f[:4] for f in _walk(data)]


def whole_frames(data: bytes) -> int | None:
    """The number of frames when ``data`` is nothing but whole Layer III frames
    (no tag, nothing cut off or left over), else None."""
    count, end = 0, 0
    for offset, _kbps, _rate, _channels, length in _walk(data):
        if offset != end:
            return None
        count, end = count + 1, offset + length
    return count if count and end == len(data) else None
