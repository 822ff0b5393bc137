"""Signal processing on mono float32 PCM: resampling, true-peak measurement,
a look-ahead true-peak limiter, and loudness normalisation to a target.

Why our own limiter: gain alone cannot bring speech to -16 LUFS with a -1 dBTP
ceiling (Piper speech has ~20 dB crest factor), and no ffmpeg is available.
The limiter works offline on the whole episode, so "look-ahead" is just looking
at future samples; everything is vectorised numpy, no per-sample Python loop.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

# scipy is imported where it is used: importing scipy.signal costs most of a
# second, and a re-render whose audio is unchanged never needs it.

OVERSAMPLE = 4  # BS.1770-4 true-peak: 4x oversampling at 44.1/48 kHz
_BLOCK = 1 << 18  # samples per block for oversampling (bounded memory: 8 MB of float64 at 4x)
_PAD = 64  # overlap between blocks, > half the polyphase filter length
_HOP = 8  # limiter gain is computed per 8 samples (0.36 ms at 22.05 kHz), then interpolated
# Whole-signal passes go chunk by chunk (a multiple of _HOP and of _BLOCK's hops), so a
# long chapter never has a float64 copy of itself in memory: the working set is the
# signal, its result (float32) and a chunk.
_CHUNK = 1 << 20


def warm_up() -> None:
    """Import what the loudness stage needs (most of a second for scipy.signal),
    so a caller with idle time can pay it early, e.g. in a background thread."""
    import pyloudnorm  # noqa: F401
    import scipy.ndimage  # noqa: F401
    import scipy.signal  # noqa: F401

    _tp_filter()


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def gain_to_db(gain: float) -> float:
    return float(20.0 * math.log10(gain)) if gain > 0 else float("-inf")


def resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Polyphase resampling (exact rational ratio), float32 out."""
    if rate_in == rate_out or len(x) == 0:
        return np.asarray(x, dtype=np.float32)
    ratio = Fraction(rate_out, rate_in)
    return _resample_poly(np.asarray(x, dtype=np.float32), ratio.numerator, ratio.denominator).astype(np.float32)


@functools.lru_cache(maxsize=1)
def _tp_filter() -> np.ndarray:
    """49-tap 4-phase interpolation low-pass (BS.1770-4 Annex 2 uses 48 taps)."""
    from scipy.signal import firwin

    return firwin(49, 1.0 / OVERSAMPLE, window=("kaiser", 5.0)).astype(np.float32)


def oversampled_peaks(x: np.ndarray) -> np.ndarray:
    """Per input sample, the largest |value| of the 4x-oversampled signal in
    [n, n+1): the inter-sample ("true") peak envelope. Computed block-wise."""
    x = np.asarray(x, dtype=np.float32)
    out = np.empty(len(x), dtype=np.float32)
    for start, env in _oversampled_blocks(x):
        out[start : start + len(env)] = env
    return out


def _oversampled_blocks(x: np.ndarray):
    """(start, envelope of x[start:start + _BLOCK]) for each block, with real
    context on both sides (see :func:`oversampled_peaks`)."""
    n = len(x)
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        lo, hi = max(0, start - _PAD), min(n, stop + _PAD)
        up = _resample_poly(x[lo:hi], OVERSAMPLE, 1, window=_tp_filter())
        up = np.abs(up[(start - lo) * OVERSAMPLE : (stop - lo) * OVERSAMPLE])
        env = np.maximum(np.maximum(up[0::4], up[1::4]), np.maximum(up[2::4], up[3::4]))
        # A sample's own value counts too (the filter may undershoot at edges).
        yield start, np.maximum(env, np.abs(x[start:stop]))


def _resample_poly(*args, **kwargs):  # type: ignore[no-untyped-def]
    from scipy.signal import resample_poly

    return resample_poly(*args, **kwargs)


def true_peak_db(x: np.ndarray) -> float:
    """True peak in dBTP (4x oversampling)."""
    if len(x) == 0:
        return float("-inf")
    x = np.asarray(x, dtype=np.float32)
    return gain_to_db(max(float(env.max()) for _, env in _oversampled_blocks(x)))


def loud_true_peak_db(x: np.ndarray, floor_db: float, hop: int = 1024, *, context: tuple[int, int] = (0, 0)) -> float:
    """:func:`true_peak_db`, computed only where the signal gets loud.

    Only stretches of ``hop`` samples holding a sample above ``floor_db`` (and
    one stretch either side) are oversampled, with real context on both sides;
    elsewhere every sample is under ``floor_db`` and the true peak can only
    exceed that by the filter's inter-sample overshoot (well under 6 dB for
    speech). So with ``floor_db`` 6 dB under the limit you check, the answer
    about that limit is the same as :func:`true_peak_db`'s, at a fraction of
    the cost. Returns the sample peak when nothing is above ``floor_db``.
    ``context``: samples at the head and the tail of ``x`` that only serve as
    the filter's context (a chunk of a longer signal) and are not measured.
    """
    x = np.asarray(x, dtype=np.float32)
    first_counted, last_counted = context[0], len(x) - context[1]
    n = last_counted - first_counted
    if n <= 0:
        return float("-inf")
    hops = -(-n // hop)
    mags = np.zeros(hops * hop, dtype=np.float32)
    np.abs(x[first_counted:last_counted], out=mags[:n])
    loud = mags.reshape(hops, hop).max(axis=1) > db_to_gain(floor_db)
    if not loud.any():
        return sample_peak_db(x[first_counted:last_counted])
    loud[:-1] |= loud[1:].copy()
    loud[1:] |= loud[:-1].copy()
    edges = np.flatnonzero(np.diff(np.concatenate(([0], loud.astype(np.int8), [0]))))
    peak = 0.0
    for first, last in zip(edges[0::2], edges[1::2]):
        start, stop = first_counted + int(first) * hop, min(last_counted, first_counted + int(last) * hop)
        lo, hi = max(0, start - _PAD), min(len(x), stop + _PAD)
        env = oversampled_peaks(x[lo:hi])[start - lo : stop - lo]
        peak = max(peak, float(env.max()))
    return gain_to_db(peak)


class LevelMeter:
    """Integrated loudness (BS.1770, gated, as :func:`integrated_lufs`; or
    unweighted RMS as :func:`rms_db`) and true peak (as
    :func:`loud_true_peak_db`) of a long signal fed in chunks: memory stays
    bounded by a chunk, whatever the signal's length. Energy is kept per
    100 ms (the gating blocks' step), so the gated result is pyloudnorm's."""

    def __init__(self, rate: int, measure: str, floor_db: float) -> None:
        self.rate, self.measure, self.floor_db = rate, measure, floor_db
        self._step = rate // 10
        self._energy: list[float] = []  # per 100 ms step
        self._partial = np.zeros(0, dtype=np.float64)  # weighted samples of the unfinished step
        self._sos: np.ndarray | None = None
        self._zi: np.ndarray | None = None
        self._left = np.zeros(0, dtype=np.float32)  # context before _pending (measured already)
        self._pending = np.zeros(0, dtype=np.float32)  # not yet measured for its peak
        self._peak = float("-inf")
        self.samples = 0

    def _weight(self, x: np.ndarray) -> np.ndarray:
        if self.measure != "lufs":
            return np.asarray(x, dtype=np.float64)
        from scipy.signal import sosfilt

        if self._sos is None:
            self._sos = _k_sos(self.rate)
            self._zi = np.zeros((len(self._sos), 2))  # the filter starts at rest, as on the whole signal
        y, self._zi = sosfilt(self._sos, np.asarray(x, dtype=np.float64), zi=self._zi)
        return y

    def add(self, chunk: np.ndarray) -> None:
        chunk = np.asarray(chunk, dtype=np.float32)
        if not len(chunk):
            return
        self.samples += len(chunk)
        sq = np.concatenate([self._partial, np.square(self._weight(chunk))])
        whole = len(sq) // self._step * self._step
        self._energy += list(sq[:whole].reshape(-1, self._step).sum(axis=1))
        self._partial = sq[whole:]
        # True peak: measure all but the last _PAD samples, which wait for their right-hand context.
        buf = np.concatenate([self._left, self._pending, chunk])
        keep = min(_PAD, len(buf) - len(self._left))
        self._peak = max(self._peak, loud_true_peak_db(buf, self.floor_db, context=(len(self._left), keep)))
        cut = len(buf) - keep
        self._left, self._pending = buf[max(0, cut - _PAD) : cut], buf[cut:]

    def true_peak(self) -> float:
        last = loud_true_peak_db(np.concatenate([self._left, self._pending]), self.floor_db,
                                 context=(len(self._left), 0))
        return max(self._peak, last)

    def steps(self) -> np.ndarray:
        """The (weighted) energy per 100 ms so far, the last step possibly short."""
        return np.array(self._energy + ([float(self._partial.sum())] if len(self._partial) else []))

    def loudness(self) -> float:
        return level_of_steps(self.steps(), self.samples, self.rate, self.measure)


def level_of_steps(energy: np.ndarray, samples: int, rate: int, measure: str) -> float:
    """Loudness from energy per 100 ms (:meth:`LevelMeter.steps`; the steps of
    consecutive signals may be joined): gated LUFS, or RMS dB."""
    if measure != "lufs":
        total = float(np.sum(energy))
        return gain_to_db(math.sqrt(total / samples)) if samples and total > 0 else float("-inf")
    if samples < int(0.4 * rate):
        return float("-inf")
    return _gated(np.asarray(energy, dtype=np.float64), 10.0, rate // 10)


def sample_peak_db(x: np.ndarray) -> float:
    return gain_to_db(float(np.max(np.abs(x)))) if len(x) else float("-inf")


def rms_db(x: np.ndarray) -> float:
    """Unweighted RMS of the whole signal in dBFS (what ACX's check measures)."""
    if len(x) == 0:
        return float("-inf")
    return gain_to_db(float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))))


def integrated_lufs(x: np.ndarray, rate: int) -> float:
    """BS.1770 integrated loudness (pyloudnorm), gated; -inf for silence."""
    import pyloudnorm

    if len(x) < int(0.4 * rate):  # shorter than one gating block
        x = np.concatenate([x, np.zeros(int(0.4 * rate) - len(x) + 1, dtype=np.float32)])
    with np.errstate(divide="ignore"):
        return float(pyloudnorm.Meter(rate).integrated_loudness(np.asarray(x, dtype=np.float64)))


@functools.lru_cache(maxsize=4)
def _k_sos(rate: int) -> np.ndarray:
    """The K-weighting filter as second-order sections (pyloudnorm's design)."""
    from pyloudnorm.iirfilter import IIRfilter

    shelf = IIRfilter(4.0, 1 / np.sqrt(2), 1500.0, rate, "high_shelf")
    hpf = IIRfilter(0.0, 0.5, 38.0, rate, "high_pass")
    return np.array([np.concatenate([f.b / f.a[0], f.a / f.a[0]]) for f in (shelf, hpf)])


def _energy_per(x: np.ndarray, rate: int, measure: str, hop: int) -> np.ndarray:
    """Energy (K-weighted for "lufs") per ``hop`` samples, the last hop zero-padded,
    computed chunk by chunk: the filter carries its state across chunks, so the
    result is the whole signal's."""
    from scipy.signal import sosfilt

    chunk = max(1, _CHUNK // hop) * hop
    sos = _k_sos(rate) if measure == "lufs" else None
    zi = np.zeros((2, 2))
    parts = []
    for start in range(0, len(x), chunk):
        part = np.asarray(x[start : start + chunk], dtype=np.float64)
        if sos is not None:
            part, zi = sosfilt(sos, part, zi=zi)
        parts.append(_per_hop(np.square(part), hop))
    return np.concatenate(parts) if parts else np.zeros(0)


def _level(y: np.ndarray, rate: int, measure: str) -> float:
    """Integrated loudness (gated LUFS, as pyloudnorm) or RMS dB of ``y``, chunk by chunk."""
    if measure != "lufs":
        return level_of_steps(_energy_per(y, rate, measure, _CHUNK), len(y), rate, measure)
    if len(y) < int(0.4 * rate):  # shorter than one gating block: pad as integrated_lufs does
        return integrated_lufs(y, rate)
    return level_of_steps(_energy_per(y, rate, measure, rate // 10), len(y), rate, measure)


def _gated(energy: np.ndarray, units_per_second: float, samples_per_unit: int) -> float:
    """Gated loudness from energy per unit (a sample, or a hop of samples)."""
    block = 0.4
    n = len(energy)
    if n < block * units_per_second:
        return float("-inf")
    cum = np.concatenate([[0.0], np.cumsum(energy)])
    count = int(round((n / units_per_second - block) / (block * 0.25))) + 1
    j = np.arange(count)
    lo = (block * (j * 0.25) * units_per_second).astype(int)
    hi = np.minimum((block * (j * 0.25 + 1) * units_per_second).astype(int), n)
    z = (cum[hi] - cum[lo]) / (block * units_per_second * samples_per_unit)
    with np.errstate(divide="ignore"):
        loud = -0.691 + 10.0 * np.log10(z)
    above = z[loud >= -70.0]
    if len(above) == 0:
        return float("-inf")
    relative = -0.691 + 10.0 * np.log10(np.mean(above)) - 10.0
    gated = z[(loud >= -70.0) & (loud > relative)]
    if len(gated) == 0:
        return float("-inf")
    return float(-0.691 + 10.0 * np.log10(np.mean(gated)))


def _per_hop(values: np.ndarray, hop: int = 0) -> np.ndarray:
    """Sum of ``values`` over consecutive blocks of ``_HOP`` samples (zero-padded)."""
    hop = hop or _HOP
    nblocks = -(-len(values) // hop)
    padded = np.zeros(nblocks * hop, dtype=np.float64)
    padded[: len(values)] = values
    return padded.reshape(nblocks, hop).sum(axis=1)


def block_to_samples(blocks: np.ndarray, n: int) -> np.ndarray:
    """Linear interpolation of per-block gains to ``n`` samples."""
    return _block_to_range(blocks, 0, n)


def block_peaks(peaks: np.ndarray) -> np.ndarray:
    """The largest value of ``peaks`` per block of ``_HOP`` samples (float32).

    For k > 0, block_peaks(k * peaks) == k * block_peaks(peaks) exactly (float32
    rounding is monotonic), so callers trying several gains compute this once."""
    hop = _HOP
    n = len(peaks)
    nblocks = -(-n // hop)
    padded = np.zeros(nblocks * hop, dtype=np.float32)
    padded[:n] = peaks
    return padded.reshape(nblocks, hop).max(axis=1)


def block_gain(block_peak: np.ndarray, rate: int, ceiling_db: float, lookahead: float = 0.005,
               release: float = 0.08) -> np.ndarray | None:
    """The look-ahead true-peak limiter's gain per block of ``_HOP`` samples, from
    per-block peaks (:func:`block_peaks`); None when nothing needs limiting.
    :func:`block_to_samples` spreads it over the samples.

    1. required gain g_req = min(1, ceiling / true peak) per block of ``_HOP``
       samples, from the 4x-oversampled peak envelope (peaks of k*x are k*peaks
       of x);
    2. attack: a forward-looking minimum over the look-ahead window L, then a
       backward moving average over L -- the gain ramps down over L and is
       guaranteed <= g_req at the peak itself;
    3. release: gain reduction (in dB) decays exponentially with time constant
       ``release`` after each peak (peak-hold with exponential decay, computed
       with a running maximum in the log domain: r[n] = max_k r[k]*a^(n-k));
    4. the block gains are eroded by one block (min with both neighbours) and
       linearly interpolated to samples, so every sample's gain stays <= its
       block requirement.
    """
    ceiling = db_to_gain(ceiling_db)
    if len(block_peak) == 0 or float(block_peak.max()) <= ceiling:
        return None
    hop = _HOP
    nblocks = len(block_peak)
    block_peaks = np.asarray(block_peak, dtype=np.float32).astype(np.float64)
    g_req = np.minimum(1.0, ceiling / np.maximum(block_peaks, 1e-12))
    la = max(1, int(round(lookahead * rate / hop)))
    g_min = _forward_min(g_req, la)
    g_att = np.minimum(_backward_mean(g_min, la), g_req)  # float rounding: never above g_req
    # Release: reduction in dB, peak-held with exponential decay.
    red = -20.0 * np.log10(np.maximum(g_att, 1e-12))
    decay = hop / max(1.0, release * rate)  # log-decay per block
    with np.errstate(divide="ignore"):
        log_red = np.log(red)
    idx = np.arange(nblocks, dtype=np.float64)
    held = np.maximum.accumulate(log_red + idx * decay) - idx * decay
    red = np.maximum(red, np.exp(held))
    g_block = np.power(10.0, -red / 20.0)
    return np.minimum(g_block, np.minimum(np.roll(g_block, 1), np.roll(g_block, -1)))


def _forward_min(g: np.ndarray, la: int) -> np.ndarray:
    """out[n] = min(g[n : n+la+1]) (clamped at the end)."""
    size = la + 1
    # ndimage centres the window; the most negative origin puts it at [n, n+la].
    from scipy.ndimage import minimum_filter1d

    return minimum_filter1d(g, size=size, origin=-(size // 2), mode="nearest")


def _backward_mean(g: np.ndarray, la: int) -> np.ndarray:
    """out[n] = mean(g[n-la : n+1]) (clamped at the start)."""
    size = la + 1
    # The most positive origin puts the window at [n-la, n].
    from scipy.ndimage import uniform_filter1d

    return uniform_filter1d(g, size=size, origin=(size - 1) // 2, mode="nearest")


@dataclass
class LoudnessResult:
    gain_db: float
    loudness: float  # LUFS (podcast) or RMS dB (acx), after processing
    true_peak: float  # dBTP after processing
    iterations: int


def normalize(
    x: np.ndarray,
    rate: int,
    *,
    measure: str,
    target: float,
    ceiling_db: float,
    tolerance: float = 0.15,
    max_iter: int = 8,
    measure_peak: bool = False,
) -> tuple[np.ndarray, LoudnessResult]:
    """Bring ``x`` to ``target`` (LUFS when measure == "lufs", unweighted RMS dB
    when measure == "rms") under a true-peak ``ceiling_db``: gain, limit once,
    measure, correct the gain (secant step), repeat until within ``tolerance``.

    The limiter always acts on the *original* signal times the current gain, so
    the result is one gain stage plus one limiter pass, never a cascade. Speed:
    the 4x-oversampled peaks and the K-weighted signal are computed once (the
    peaks of k*x are k*peaks; K(g*x) ~= g*K(x) for the slowly varying limiter
    gain g), so each try costs only the gain curve and a block sum; the result
    is then checked with pyloudnorm itself and corrected if needed.
    """
    x = np.asarray(x, dtype=np.float32)
    # Energy per hop of _HOP samples: the limiter's gain is computed per hop
    # too, so each try is a few short-array operations.
    e_hop = _energy_per(x, rate, measure, _HOP)
    if measure == "lufs":
        quick = lambda g: _gated(e_hop * np.square(g), rate / _HOP, _HOP)  # noqa: E731
    else:
        quick = lambda g: gain_to_db(float(np.sqrt(np.sum(e_hop * np.square(g)) / max(1, len(x)))))  # noqa: E731
    start = quick(1.0)
    if not math.isfinite(start):  # digital silence: nothing to normalise
        return x.copy(), LoudnessResult(0.0, start, float("-inf"), 0)
    # Per hop; scaled by k for each try.
    bpeaks = np.concatenate([block_peaks(env) for _, env in _oversampled_blocks(x)])

    def hop_curve(gain_db: float) -> np.ndarray | float:
        k = db_to_gain(gain_db)
        lim = block_gain(bpeaks * k, rate, ceiling_db)
        return k if lim is None else k * lim

    def solve(gain_db: float, level, current: float, tries: int) -> tuple[float, float, int]:
        prev: tuple[float, float] | None = None
        i = 0
        for i in range(1, tries + 1):
            if abs(current - target) <= tolerance:
                break
            slope = 1.0
            if prev is not None and abs(gain_db - prev[0]) > 1e-6:
                slope = min(1.0, max(0.1, (current - prev[1]) / (gain_db - prev[0])))
            prev = (gain_db, current)
            gain_db += (target - current) / slope
            current = level(gain_db)
        return gain_db, current, i

    gain_db, _, n = solve(0.0, lambda gdb: quick(hop_curve(gdb)), start, max_iter)
    y = _apply_gain(x, gain_db, bpeaks, rate, ceiling_db)
    current = _level(y, rate, measure)
    extra = 0
    while abs(current - target) > tolerance and extra < 3:  # the approximation missed
        gain_db += target - current
        y = _apply_gain(x, gain_db, bpeaks, rate, ceiling_db)
        current = _level(y, rate, measure)
        extra += 1
    return y, LoudnessResult(gain_db, current, true_peak_db(y) if measure_peak else float("nan"), n + extra)


def _apply_gain(x: np.ndarray, gain_db: float, bpeaks: np.ndarray, rate: int, ceiling_db: float) -> np.ndarray:
    """x times the gain and the limiter's curve for it, float32, chunk by chunk."""
    k = db_to_gain(gain_db)
    lim = block_gain(bpeaks * k, rate, ceiling_db)
    if lim is None:
        return (x * k).astype(np.float32)
    y = np.empty(len(x), dtype=np.float32)
    for start in range(0, len(x), _CHUNK):
        stop = min(len(x), start + _CHUNK)
        y[start:stop] = x[start:stop] * (k * _block_to_range(lim, start, stop))
    return y


def _block_to_range(blocks: np.ndarray, start: int, stop: int) -> np.ndarray:
    """The per-block gains interpolated to samples [start, stop) (block centres are
    at k * _HOP + (_HOP - 1) / 2)."""
    centres = np.arange(len(blocks), dtype=np.float64) * _HOP + (_HOP - 1) / 2.0
    return np.interp(np.arange(start, stop, dtype=np.float64), centres, blocks)


def room_tone(n: int, level_db: float = -72.0, seed: int = 1) -> np.ndarray:
    """A very low, smooth noise floor (not digital silence), deterministic.

    Pink-ish: white noise through a one-pole low-pass, scaled to ``level_db`` RMS.
    """
    if n <= 0:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(list(room_tone_chunks(n, level_db, seed)))


def room_tone_chunks(n: int, level_db: float = -72.0, seed: int = 1, chunk: int = _CHUNK):
    """:func:`room_tone` in chunks of ``chunk`` samples, for a long chapter: the
    noise is made twice (once to measure it, once to scale it), never held whole."""
    from scipy.signal import lfilter

    def raw():
        rng = np.random.default_rng(seed)
        zi = np.zeros(1)
        for start in range(0, n, chunk):
            tone, zi = lfilter([0.1], [1.0, -0.9], rng.standard_normal(min(chunk, n - start)), zi=zi)
            yield tone

    energy = sum(float(np.dot(t, t)) for t in raw())
    scale = db_to_gain(level_db) / max(1e-12, math.sqrt(energy / n)) if n > 0 else 0.0
    for tone in raw():
        yield (tone * scale).astype(np.float32)
