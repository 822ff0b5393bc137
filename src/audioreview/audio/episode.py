"""Audio writer: the narrated script -> full-episode MP3 with ID3 chapters,
one MP3 per chapter, and the Timing that timing.json holds.

Pipeline (see docs/audio.md): per chapter, utterance PCM + pauses at the
preset's rate -> gain + one true-peak limiter pass, iterated to the loudness
target -> (audiobook: room tone head/tail and a -72 dB noise floor) -> CBR MP3
(lameenc), decoded and its true peak checked. The full episode is the chapter
MP3s' frames joined (never encoded twice), measured again as a whole. ID3v2.4
tags (mutagen, in memory) last. A mastered chapter is kept in the synthesis
cache folder under a key of everything it is made from, so a re-render masters
and encodes only the chapters whose audio changed. Every reported time includes
the MP3 player delay (:func:`audioreview.audio.mp3.player_delay`), so CHAP
frames and timing.json match what a listener hears.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from fractions import Fraction
from pathlib import Path

import numpy as np

from .. import covers, layout
from . import dsp, id3, mp3
from ..errors import OutputError, VoiceError
from ..fileio import OnDisk, Spool, atomic_write
from ..model import Review
from ..audio.timing import ChapterTime, Timing, UtteranceTime
from ..speech.script import Script
from ..speech.engines import get_engine
from ..speech.cache import cache_root
from ..speech.narrate import Narration
from ..speech.profiles import VoiceProfile

FORMAT_VERSION = 2  # bump when the produced audio changes for the same inputs


@dataclass(frozen=True)
class Preset:
    """How an episode is made: rate, bitrate, loudness rule, room tone."""

    name: str
    sample_rate: int
    bitrate: int  # kbps, CBR
    measure: str  # "lufs" (BS.1770 integrated) or "rms" (unweighted, ACX)
    target: float  # LUFS or dB RMS
    ceiling: float  # limiter true-peak ceiling, dBTP (margin below the spec for MP3 overshoot)
    max_peak: float  # the spec: true peak of every DECODED file, dBTP (checked after encoding)
    head: float = 0.0  # seconds of room tone before the first word (each file)
    tail: float = 0.0  # seconds of room tone after the last pause (each file)
    noise_floor: float | None = None  # dBFS RMS noise under everything (None: none)


PRESETS: dict[str, Preset] = {
    # Podcast: -16 LUFS, true peak <= -1 dBTP; 64 kbps CBR mono at the voice's 22.05 kHz.
    "podcast": Preset("podcast", 22050, 64, "lufs", -16.0, -1.5, -1.0),
    # Audiobook (ACX): RMS -23..-18 dB (aim -20), peak <= -3 dB, 192 kbps CBR 44.1 kHz,
    # room tone (not digital silence) at head and tail, noise floor well under -60 dB.
    "audiobook": Preset("audiobook", 44100, 192, "rms", -20.0, -4.0, -3.0, head=0.75, tail=1.0,
                        noise_floor=-72.0),
}

# MP3 encoding can push a peak up by half a dB or more, so the decoded files
# are measured: when one comes within PEAK_MARGIN of max_peak, the episode is
# mastered again with the ceiling lowered by the excess (at most REMASTER_TRIES
# times; in practice rarely once).
PEAK_MARGIN = 0.1  # dB of room for other decoders (miniaudio is the one measured)
REMASTER_TRIES = 3


@dataclass(frozen=True)
class AudioOptions:
    """What the audio stage needs besides the script and its narration: the
    preset, the cover for the tags (read once by the render), and the synthesis
    cache folder, where the codec calibration and the mastered chapters are
    kept (``use_cache=False``: measured and mastered in this process, stored
    nowhere)."""

    preset: str = "podcast"
    cover: covers.Cover | None = None
    cache_dir: str | None = None
    use_cache: bool = True


def preset_for(profile: VoiceProfile, name: str) -> Preset:
    """The preset ``name`` with the profile's bitrate/loudness overrides applied."""
    try:
        preset = PRESETS[name]
    except KeyError:
        raise OutputError(f"unknown audio preset '{name}' (podcast or audiobook)") from None
    if profile.bitrate is not None:
        if profile.bitrate not in mp3.valid_bitrates(preset.sample_rate):
            allowed = ", ".join(map(str, mp3.valid_bitrates(preset.sample_rate)))
            raise VoiceError(
                f"voice '{profile.name}': bitrate {profile.bitrate} kbps is not possible at "
                f"{preset.sample_rate} Hz (one of {allowed})", profile.source)
        preset = replace(preset, bitrate=profile.bitrate)
    if profile.loudness is not None and preset.measure == "lufs":
        if not -30.0 <= profile.loudness <= -9.0:
            raise VoiceError(f"voice '{profile.name}': loudness {profile.loudness} LUFS is outside -30..-9",
                             profile.source)
        preset = replace(preset, target=float(profile.loudness))
    return preset


def _tag_info(review: Review, cover: covers.Cover | None) -> id3.TagInfo:
    md = review.metadata
    return id3.TagInfo(title=md.title or (md.source_name or "Untitled review"), author=md.author,
                       album=md.publication or "audioreview", date=md.date, language=md.language,
                       url=md.url, cover=cover)


def audio_fingerprint(script: Script, profile: VoiceProfile, options: AudioOptions,
                      review: Review | None = None) -> str:
    """sha256 of everything the audio files are made from: spoken texts, ids,
    pauses, chapter titles/names, the voice (profile fields and the engine's
    model identity), the preset, the cover image bytes and the tag metadata.
    Equal fingerprints mean re-encoding would produce the same files."""
    preset = preset_for(profile, options.preset)
    prof = {k: v for k, v in asdict(profile).items() if k not in ("source", "description", "error")}
    cover_hash = None
    if options.cover:
        cover_hash = hashlib.sha256(options.cover.data).hexdigest()
    tags = None
    if review is not None:
        tags = asdict(_tag_info(review, None))
    payload = {
        "format": FORMAT_VERSION,
        "preset": asdict(preset),
        "profile": prof,
        "engine": get_engine(profile).cache_identity,
        "cover": cover_hash,
        "tags": tags,
        "chapters": [
            [c.id, c.title, c.name, [[u.id, u.kind, u.text, u.spoken, u.pause_after] for u in c.utterances]]
            for c in script.chapters
        ],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def _calibration_dir(options: AudioOptions) -> Path | None:
    """The synthesis cache folder, where the codec calibration is kept
    (None with --no-cache: measure in this process, store nothing)."""
    if not options.use_cache:
        return None
    return cache_root(options.cache_dir)


def warm_up(profile: VoiceProfile, options: AudioOptions) -> None:
    """Do write_audio's one-off start-up work ahead of time: import scipy's
    signal/ndimage and pyloudnorm, and measure (or load) the codec level loss
    and player delay for the preset. narrate() runs this in a thread while its
    worker processes synthesize, when the main process would only wait."""
    try:
        preset = preset_for(profile, options.preset)
    except Exception:  # a bad preset is reported by write_audio itself
        return
    dsp.warm_up()
    mp3.player_delay(preset.sample_rate, preset.bitrate)
    mp3.codec_gain_db(preset.sample_rate, preset.bitrate, _calibration_dir(options))


def _t(samples: int, rate: int) -> float:
    return round(samples / rate, 3)


# ----------------------------------------------------------- one part
#
# A chapter is mastered in parts of at most PART_MAX samples, split after a
# long pause (a paragraph's end) once a part holds PART_MIN: each part on its
# own (loudness to the preset's target, one limiter pass, room tone), encoded,
# decoded and its true peak checked. A chapter file is its parts' MP3 frames
# one after another and the episode is every part's frames, never encoded
# again, so the working set is one part, however long the chapter. A mastered
# part is a pure function of its utterances' PCM, its pauses, the preset and the
# codec, so it is kept in the synthesis cache folder under a key of exactly
# those (CHAPTER_LAYOUT/<k[:2]>/<k>.mp3): a re-render after an edit masters and
# encodes only the parts whose audio changed.

CHAPTER_LAYOUT = "chapters-v1"  # bump when the mastering of a part changes
# The episode (the parts' frames joined) is measured again: parts at the target
# each land the whole within a few tenths of a dB; beyond this the parts are
# mastered again with the target moved by the difference.
EPISODE_TOLERANCE = 0.5
PART_MIN = 1 << 20  # samples (48 s at 22.05 kHz): a part ends at the next long pause after this
PART_MAX = 1 << 21  # samples (95 s): ... or at any pause before going past this


@dataclass
class _PartPlan:
    """A part of a chapter before mastering: its utterances (PCM at the
    narration's rate, read from the narration when needed) and pauses, where
    each utterance's speech sits in the part's body, the body's length, and
    whether room tone pads its head and tail (a chapter's first and last
    part) -- all at the preset's rate."""

    ids: list[str]
    audio: Mapping[str, np.ndarray]  # Narration.audio: utterance id -> PCM
    pauses: list[int]  # samples of silence after each utterance
    spans: list[tuple[int, int]]  # speech [start, end) per utterance, body samples
    length: int  # body samples
    source_rate: int
    digest: str = ""  # sha256 of the PCM and pauses (see _plan)
    first: bool = True  # the chapter's first part: room tone head
    last: bool = True  # the chapter's last part: room tone tail

    def body(self, rate: int) -> np.ndarray:
        body = np.zeros(self.length, dtype=np.float32)
        for uid, (start, end) in zip(self.ids, self.spans):
            pcm = dsp.resample(self.audio[uid], self.source_rate, rate)
            if len(pcm) != end - start:  # the cache entry changed since _plan read it
                raise OutputError(f"the narration of utterance {uid!r} changed while the episode was made")
            body[start:end] = pcm
        return body

    def head_tail(self, preset: Preset) -> tuple[int, int]:
        rate = preset.sample_rate
        return (int(round(preset.head * rate)) if self.first else 0,
                int(round(preset.tail * rate)) if self.last else 0)


def _resampled_length(n: int, rate_in: int, rate_out: int) -> int:
    """len(dsp.resample(x, rate_in, rate_out)) for len(x) == n (polyphase: ceil(n * up / down))."""
    if rate_in == rate_out or n == 0:
        return n
    ratio = Fraction(rate_out, rate_in)
    return -(-n * ratio.numerator // ratio.denominator)


def _plan(chapter, narration: Narration, rate: int, slug: str) -> list[_PartPlan]:  # noqa: ANN001 -- ScriptChapter
    """The chapter's parts: layout and digest of each part's PCM. Each
    utterance's PCM is read once here and not kept (a long review never sits in
    memory whole). A part closes after an utterance whose pause is longer than
    the chapter's median pause (a paragraph's or a section's end) once it holds
    PART_MIN samples, or before the next utterance would take it past PART_MAX."""
    median = float(np.median([u.pause_after for u in chapter.utterances])) if chapter.utterances else 0.0
    parts: list[_PartPlan] = []
    ids: list[str] = []
    pauses: list[int] = []
    spans: list[tuple[int, int]] = []
    digest = hashlib.sha256()
    pos = 0

    def close() -> None:
        nonlocal ids, pauses, spans, digest, pos
        parts.append(_PartPlan(ids, narration.audio, pauses, spans, pos, narration.sample_rate,
                               digest.hexdigest(), first=not parts, last=False))
        ids, pauses, spans, digest, pos = [], [], [], hashlib.sha256(), 0

    for utt in chapter.utterances:
        try:
            pcm = np.ascontiguousarray(narration.audio[utt.id], dtype=np.float32)
        except KeyError:
            raise OutputError(f"no narration for utterance {utt.id!r} (or it was removed from the synthesis "
                              "cache meanwhile)", slug) from None
        n = _resampled_length(len(pcm), narration.sample_rate, rate)
        pause = max(0, int(round(utt.pause_after * rate)))
        if ids and pos + n + pause > PART_MAX:
            close()
        spans.append((pos, pos + n))
        pos += n + pause
        ids.append(utt.id)
        pauses.append(pause)
        digest.update(f"{len(pcm)}:{pause};".encode("ascii"))
        digest.update(memoryview(pcm).cast("B"))
        if pos >= PART_MIN and utt.pause_after > median:
            close()
    if ids or not parts:
        close()
    parts[-1].last = True
    return parts


def _part_key(plan: _PartPlan, preset: Preset, target: float, ceiling: float) -> str:
    """What a mastered part is made from: its PCM and pauses, the preset, its
    room tone head and tail, the (possibly corrected) target and starting
    ceiling, the codec."""
    payload = {"layout": CHAPTER_LAYOUT, "format": FORMAT_VERSION, "preset": asdict(preset),
               "target": round(target, 4), "ceiling": round(ceiling, 4), "codec": mp3.codec_identity(),
               "source_rate": plan.source_rate, "pcm": plan.digest}
    if not (plan.first and plan.last):  # a whole chapter keeps the key it always had
        payload["ends"] = [plan.first, plan.last]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass
class _Measured:
    """A part's MP3 as decoded: energy per 100 ms by the preset's measure,
    decoded samples, true peak (dBTP). Kept beside it in the cache, so the
    episode is checked without decoding it again."""

    steps: np.ndarray
    samples: int
    peak: float


@dataclass
class _Made:
    """A mastered part: where its untagged MP3 frames are (the cache, or a
    scratch folder with --no-cache), how many frames, its measurement, and
    whether it came from the cache."""

    path: Path
    frames: int
    measured: _Measured
    hit: bool


def _part_path(root: Path, key: str, suffix: str = ".mp3") -> Path:
    return root / CHAPTER_LAYOUT / key[:2] / f"{key}{suffix}"


def _cached_part(root: Path, key: str, samples: int, rate: int) -> _Made | None:
    """A mastered part and its measurement from the cache, or None (missing,
    damaged, or not whole MP3 frames long enough for ``samples``: then it is
    made again and rewritten)."""
    try:
        data = _part_path(root, key).read_bytes()
        with np.load(_part_path(root, key, ".npz"), allow_pickle=False) as saved:
            measured = _Measured(np.asarray(saved["steps"], dtype=np.float64), int(saved["samples"]),
                                 float(saved["peak"]))
    except (OSError, ValueError, KeyError, EOFError):
        return None
    count = mp3.whole_frames(data)
    if count is None or count * mp3.samples_per_frame(rate) < samples:
        return None
    return _Made(_part_path(root, key), count, measured, True)


def _store_part(root: Path, key: str, data: bytes, measured: _Measured, keep: bool) -> Path:
    """Put a mastered part where the episode is assembled from: the cache
    (``keep``), or the scratch folder ``root``. A cache that cannot be written
    (read-only, full) must not fail the render: the caller retries in scratch."""
    buf = io.BytesIO()
    np.savez(buf, steps=measured.steps, samples=np.int64(measured.samples), peak=np.float64(measured.peak))
    if keep:  # the measurement first: a part MP3 in the cache always has one
        atomic_write(_part_path(root, key, ".npz"), buf.getvalue())
    return atomic_write(_part_path(root, key), data)


def _measure(data: bytes, preset: Preset) -> _Measured:
    """Decode an MP3 chunk by chunk and measure it (see :class:`_Measured`)."""
    meter = dsp.LevelMeter(preset.sample_rate, preset.measure, preset.max_peak - 6.0)
    for chunk in mp3.decode_chunks(data, preset.sample_rate):
        meter.add(chunk)
    return _Measured(meter.steps(), meter.samples, meter.true_peak())


def _master_part(plan: _PartPlan, preset: Preset, target: float, ceiling: float, seed: int,
                 options: AudioOptions) -> tuple[bytes, _Measured]:
    """Loudness and limiter on one part's body, its room tone, the MP3; the
    decoded file's true peak is measured and the part mastered again under a
    lower ceiling while it is too high (at most REMASTER_TRIES times)."""
    rate = preset.sample_rate
    codec = mp3.codec_gain_db(rate, preset.bitrate, _calibration_dir(options))
    head, tail = plan.head_tail(preset)
    body = plan.body(rate)
    allowed = preset.max_peak - PEAK_MARGIN
    for _attempt in range(1 + REMASTER_TRIES):
        mastered, _result = dsp.normalize(body, rate, measure=preset.measure, target=target - codec,
                                          ceiling_db=ceiling)
        data = mp3.encode_chunks(_with_room_tone(mastered, head, tail, preset.noise_floor, seed), rate,
                                 preset.bitrate)
        del mastered
        measured = _measure(data, preset)
        if measured.peak <= allowed:
            break
        ceiling -= (measured.peak - allowed) + 0.1
    return data, measured


CHUNK = 1 << 20  # samples per chunk when a mastered part is finished and encoded


def _with_room_tone(mastered: np.ndarray, head: int, tail: int, noise_floor: float | None, seed: int):
    """int16 chunks of the part: ``head`` samples of silence, the mastered
    speech, ``tail`` of silence, with the room tone (when the preset has one)
    under all of it; made chunk by chunk, so no second copy of a long part."""
    n = head + len(mastered) + tail
    tone = dsp.room_tone_chunks(n, noise_floor, seed=seed, chunk=CHUNK) if noise_floor is not None else None
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        part = np.zeros(stop - start, dtype=np.float32)
        lo, hi = max(start, head), min(stop, head + len(mastered))
        if hi > lo:
            part[lo - start : hi - start] = mastered[lo - head : hi - head]
        if tone is not None:
            part += next(tone)
        yield mp3.to_int16(part)


def _part_mp3(plan: _PartPlan, preset: Preset, target: float, ceiling: float,
              options: AudioOptions, root: Path | None, scratch: Path) -> _Made:
    """The part mastered and encoded, from the cache (``root``) when it holds it."""
    key = _part_key(plan, preset, target, ceiling)
    head, tail = plan.head_tail(preset)
    if root is not None:
        cached = _cached_part(root, key, head + plan.length + tail, preset.sample_rate)
        if cached is not None:
            return cached
    data, measured = _master_part(plan, preset, target, ceiling, int(key[:8], 16), options)
    frames = mp3.whole_frames(data) or 0
    path = None
    if root is not None:
        try:
            path = _store_part(root, key, data, measured, keep=True)
        except OSError:
            path = None
    if path is None:
        path = _store_part(scratch, key, data, measured, keep=False)
    return _Made(path, frames, measured, False)


JOIN_FRAMES = 6  # frames decoded on each side of a join to measure its true peak


def _join_peak(paths: list[Path], preset: Preset) -> float:
    """True peak (dBTP) where one part's frames meet the next's. Elsewhere
    the decoded episode is each part as decoded alone (a part's first frame
    uses no bits of earlier frames); at a join the decoder's overlap mixes the
    two. A few frames either side are decoded; the first two, with no history,
    are left out of the measurement. Each part file is read once."""
    rate = preset.sample_rate
    spf = mp3.samples_per_frame(rate)
    peak = float("-inf")
    before = paths[0].read_bytes() if paths else b""
    for path in paths[1:]:
        after = path.read_bytes()
        tail_frames = mp3.frames(before)[-JOIN_FRAMES:]
        head_frames = mp3.frames(after)
        end = head_frames[JOIN_FRAMES][0] if len(head_frames) > JOIN_FRAMES else len(after)
        window = before[tail_frames[0][0]:] + after[:end]
        pcm, _ = mp3.decode(window, rate)
        peak = max(peak, dsp.loud_true_peak_db(pcm[2 * spf :], preset.max_peak - 6.0))
        before = after
    return peak


def _joined(header: bytes, paths: list[Path]):  # noqa: ANN202 -- a writer for Spool.write
    """Write an ID3 tag and then the parts' frames, file by file."""
    import shutil

    def write(fh) -> None:  # noqa: ANN001
        fh.write(header)
        for path in paths:
            with open(path, "rb") as part:
                shutil.copyfileobj(part, fh, 1 << 20)
    return write


def write_audio(review: Review, script: Script, narration: Narration, profile: VoiceProfile,
                options: AudioOptions, slug: str, stats: dict | None = None,
                spool: Spool | None = None) -> tuple[dict[str, bytes | OnDisk], Timing]:
    """Build the episode and chapter MP3s.

    Returns ({"<slug>.mp3": ..., "chapters/01-<name>.mp3": ..., ...}, Timing):
    bytes, or with a ``spool`` on an output folder, files streamed into
    temporary files there (:class:`~audioreview.fileio.OnDisk`, for
    commit_files), so no MP3 of a long review is held in memory.
    ``stats`` (optional) gets ``chapters_mastered`` and ``chapters_reused``
    (counted in parts: a long chapter is mastered in parts).
    Raises OutputError for a bad cover or an empty script.
    """
    preset = preset_for(profile, options.preset)
    rate = preset.sample_rate
    chapters = [c for c in script.chapters if c.utterances]
    if not chapters:
        raise OutputError("nothing to narrate: the speech script is empty", slug)
    cover = covers.for_id3(options.cover) if options.cover else None
    spool = spool or Spool(None)

    # 1. Plan each chapter's parts: utterances and pauses, sample-exact positions.
    planned = [_plan(chapter, narration, rate, slug) for chapter in chapters]
    plans = [part for parts in planned for part in parts]
    if not any(e > s for p in plans for s, e in p.spans):
        raise OutputError("nothing to narrate: the voice produced no audio", slug)

    # 2. Master and encode each part (or take it from the cache), two at a time
    #    (numpy, scipy and lameenc release the GIL); measure the parts joined as
    #    the episode: a target missed by more than EPISODE_TOLERANCE moves every
    #    part's target, a decoded peak too high lowers every part's ceiling.
    root = _calibration_dir(options)
    allowed = preset.max_peak - PEAK_MARGIN
    target = preset.target
    ceilings = [preset.ceiling] * len(plans)
    with tempfile.TemporaryDirectory(prefix="audioreview-parts-") as scratch, \
            ThreadPoolExecutor(max_workers=2) as pool:
        for attempt in range(1 + REMASTER_TRIES):
            jobs = [pool.submit(_part_mp3, plan, preset, target, ceiling, options, root, Path(scratch))
                    for plan, ceiling in zip(plans, ceilings)]
            made: list[_Made] = [job.result() for job in jobs]
            # The episode as decoded: the parts' measurements joined, and the joins.
            level = dsp.level_of_steps(np.concatenate([m.measured.steps for m in made]),
                                       sum(m.measured.samples for m in made), rate, preset.measure)
            peak = max([m.measured.peak for m in made] + [_join_peak([m.path for m in made], preset)])
            if attempt == REMASTER_TRIES:
                break
            redo = False
            if abs(level - preset.target) > EPISODE_TOLERANCE and target == preset.target:
                target += preset.target - level
                redo = True
            if peak > allowed:  # every part passed alone: the joins did it (not seen so far)
                ceilings = [c - (peak - allowed) - 0.1 for c in ceilings]
                redo = True
            if not redo:
                break
        if stats is not None:
            reused = sum(1 for m in made if m.hit)
            stats.update(chapters_mastered=len(made) - reused, chapters_reused=reused)
        files, timing = _assemble(review, script, profile, options, slug, chapters, planned, made,
                                  preset, cover, spool)
    return files, timing


def _assemble(review: Review, script: Script, profile: VoiceProfile, options: AudioOptions, slug: str,
              chapters: list, planned: list[list[_PartPlan]], made: list[_Made], preset: Preset,
              cover: covers.Cover | None, spool: Spool) -> tuple[dict[str, bytes | OnDisk], Timing]:
    """Tag and time everything, and write the files through ``spool``. Part j's
    frames start at its offset in its chapter file and in the episode; a
    sample of its PCM is heard player_delay later."""
    rate = preset.sample_rate
    spf = mp3.samples_per_frame(rate)
    delay = mp3.player_delay(rate, preset.bitrate)
    info = _tag_info(review, cover)
    total = len(chapters)
    files: dict[str, bytes | OnDisk] = {}
    chapter_times: list[ChapterTime] = []
    episode_utts: list[UtteranceTime] = []
    at = 0  # the chapter's first sample in the episode
    index = 0
    for k, (chapter, parts) in enumerate(zip(chapters, planned), start=1):
        mine = made[index : index + len(parts)]
        index += len(parts)
        name = layout.chapter_file(k, chapter.name)
        header = id3.tag(b"", replace(info, title=chapter.title or info.title), track=(k, total))
        files[name] = spool.write(name, _joined(header, [m.path for m in mine]))
        c_utts, e_utts = [], []
        inside = 0  # the part's first sample in the chapter file
        for part, m in zip(parts, mine):
            head, _tail = part.head_tail(preset)
            for uid, (s, e) in zip(part.ids, part.spans):
                c_utts.append((uid, inside + head + s, inside + head + e))
            inside += spf * m.frames
        by_id = {u.id: u for u in chapter.utterances}
        for uid, s, e in c_utts:
            utt = by_id[uid]
            e_utts.append(UtteranceTime(uid, _t(at + s + delay, rate), _t(at + e + delay, rate), utt.kind, utt.text))
        last = parts[-1]
        last_head, last_tail = last.head_tail(preset)
        length = inside - spf * mine[-1].frames + last_head + last.length + last_tail
        chapter_times.append(ChapterTime(
            chapter.id, chapter.title, name, 0.0 if k == 1 else _t(at + parts[0].head_tail(preset)[0] + delay, rate), 0.0,
            _t(length + delay, rate),
            [UtteranceTime(uid, _t(s + delay, rate), _t(e + delay, rate), by_id[uid].kind, by_id[uid].text)
             for uid, s, e in c_utts]))
        episode_utts += e_utts
        episode_end = at + length
        at += inside
    episode_duration = _t(episode_end + delay, rate)
    for this, nxt in zip(chapter_times, chapter_times[1:]):
        this.end = nxt.start
    chapter_times[-1].end = episode_duration

    marks = [id3.ChapterMark(c.id, c.title, int(round(c.start * 1000)), int(round(c.end * 1000)))
             for c in chapter_times]
    episode_file = layout.episode_file(slug)
    header = id3.tag(b"", info, chapters=marks)
    files = {episode_file: spool.write(episode_file, _joined(header, [m.path for m in made])), **files}
    timing = Timing(episode_file=episode_file, duration=episode_duration, sample_rate=rate,
                    chapters=chapter_times, utterances=episode_utts, narrator=profile.name,
                    fingerprint=audio_fingerprint(script, profile, options, review))
    return files, timing
