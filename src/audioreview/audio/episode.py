"""Audio writer: the narrated script -> full-episode MP3 with ID3 chapters,
one MP3 per chapter, and the Timing that timing.json holds.

Pipeline (see docs/audio.md): utterance PCM + pauses -> one episode signal at
the preset's rate -> gain + one true-peak limiter pass, iterated to the
loudness target -> (audiobook: room tone head/tail and a -72 dB noise floor)
-> chapter files cut from that same processed signal -> CBR MP3 (lameenc) ->
ID3v2.4 tags (mutagen, in memory). Every reported time includes the MP3
player delay (:func:`audioreview.audio.mp3.player_delay`), so CHAP frames and
timing.json match what a listener hears.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from .. import covers, layout
from . import dsp, id3, mp3
from ..errors import OutputError, VoiceError
from ..model import Review
from ..audio.timing import ChapterTime, Timing, UtteranceTime
from ..speech.script import Script
from ..speech.engines import get_engine
from ..speech.cache import default_cache_dir
from ..speech.narrate import Narration
from ..speech.profiles import VoiceProfile

with warnings.catch_warnings():  # pydub warns about ffmpeg and audioop at import; neither matters here
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment

FORMAT_VERSION = 1  # bump when the produced audio changes for the same inputs


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
    cache folder, where the codec calibration is kept (``use_cache=False``:
    measured in this process, stored nowhere)."""

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
    return Path(options.cache_dir).expanduser() if options.cache_dir else default_cache_dir()


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


def _segment(pcm: np.ndarray, rate: int) -> AudioSegment:
    return AudioSegment(data=mp3.to_int16(pcm).tobytes(), sample_width=2, frame_rate=rate, channels=1)


def _samples(seg: AudioSegment) -> np.ndarray:
    return np.frombuffer(seg.raw_data, dtype=np.int16)


def _t(samples: int, rate: int) -> float:
    return round(samples / rate, 3)


def _encode_and_measure(pcm: np.ndarray, rate: int, bitrate: int, floor_db: float) -> tuple[bytes, float]:
    """(MP3 bytes, true peak of the decoded file in dBTP)."""
    data = mp3.encode(pcm, rate, bitrate)
    decoded, _ = mp3.decode(data, rate)
    return data, dsp.loud_true_peak_db(decoded, floor_db)


def _master_and_encode(body: np.ndarray, spans: list[tuple[int, int]], preset: Preset, ceiling: float,
                       options: AudioOptions):
    """Loudness and limiter on the whole body, room tone, the episode and its
    chapter cuts, each encoded and its decoded true peak measured.

    Returns (episode segment, chapter cuts, episode MP3, chapter MP3s, worst
    decoded true peak in dBTP)."""
    rate = preset.sample_rate
    # Loudness: gain + one limiter pass, iterated to the target; aimed higher
    # by the codec's measured level loss so the decoded MP3 hits the target.
    codec = mp3.codec_gain_db(rate, preset.bitrate, _calibration_dir(options))
    body, _result = dsp.normalize(body, rate, measure=preset.measure, target=preset.target - codec,
                                  ceiling_db=ceiling)

    # Room tone and the episode signal.
    head = int(round(preset.head * rate))
    tail = int(round(preset.tail * rate))
    episode_pcm = np.concatenate([np.zeros(head, np.float32), body, np.zeros(tail, np.float32)])
    if preset.noise_floor is not None:
        episode_pcm = episode_pcm + dsp.room_tone(len(episode_pcm), preset.noise_floor, seed=0)
    episode = _segment(episode_pcm, rate)

    def tone(n: int, seed: int) -> AudioSegment:
        if n <= 0:
            return AudioSegment.empty().set_frame_rate(rate).set_channels(1).set_sample_width(2)
        return _segment(dsp.room_tone(n, preset.noise_floor or -90.0, seed=seed), rate)

    # The episode and the chapter files are independent encodes of the same
    # processed PCM; lameenc (and the decode that checks each file) release the
    # GIL, so they run on two threads (episode first: it is the longest).
    # Output bytes do not depend on this.
    floor = preset.max_peak - 6.0  # see dsp.loud_true_peak_db
    with ThreadPoolExecutor(max_workers=2) as pool:
        episode_job = pool.submit(_encode_and_measure, _samples(episode), rate, preset.bitrate, floor)
        cuts: list[AudioSegment] = []
        chapter_jobs: list[Future[tuple[bytes, float]]] = []
        for k, (a, b) in enumerate(spans, start=1):
            cut = episode.get_sample_slice(head + a, head + b)
            if head or tail:
                cut = tone(head, 2 * k) + cut + tone(tail, 2 * k + 1)
            cuts.append(cut)
            chapter_jobs.append(pool.submit(_encode_and_measure, _samples(cut), rate, preset.bitrate, floor))
        episode_mp3, worst = episode_job.result()
        chapter_mp3 = []
        for job in chapter_jobs:
            data, peak = job.result()
            chapter_mp3.append(data)
            worst = max(worst, peak)
    return episode, cuts, episode_mp3, chapter_mp3, worst


def write_audio(review: Review, script: Script, narration: Narration, profile: VoiceProfile,
                options: AudioOptions, slug: str) -> tuple[dict[str, bytes], Timing]:
    """Build the episode and chapter MP3s in memory.

    Returns ({"<slug>.mp3": bytes, "chapters/01-<name>.mp3": bytes, ...}, Timing).
    Raises OutputError for a bad cover or an empty script.
    """
    preset = preset_for(profile, options.preset)
    rate = preset.sample_rate
    chapters = [c for c in script.chapters if c.utterances]
    if not chapters:
        raise OutputError("nothing to narrate: the speech script is empty", slug)
    cover = covers.for_id3(options.cover) if options.cover else None

    # 1. Assemble the body: utterances and pauses, sample-exact positions.
    parts: list[np.ndarray] = []
    pos = 0
    spans: list[tuple[int, int]] = []  # chapter [start, end) in body samples
    utt_pos: list[list[tuple[int, int]]] = []  # per chapter: (speech start, speech end)
    for chapter in chapters:
        c_start = pos
        spans_u = []
        for utt in chapter.utterances:
            try:
                pcm = narration.audio[utt.id]
            except KeyError:
                raise OutputError(f"no narration for utterance {utt.id!r}", slug) from None
            pcm = dsp.resample(pcm, narration.sample_rate, rate)
            pause = np.zeros(max(0, int(round(utt.pause_after * rate))), dtype=np.float32)
            spans_u.append((pos, pos + len(pcm)))
            parts += [pcm, pause]
            pos += len(pcm) + len(pause)
        spans.append((c_start, pos))
        utt_pos.append(spans_u)
    body = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    if len(body) == 0:
        raise OutputError("nothing to narrate: the voice produced no audio", slug)

    # 2-4. Master (loudness, limiter, room tone), encode, and measure the decoded
    #      files' true peak; master again with a lower ceiling if one is too high.
    ceiling = preset.ceiling
    for _attempt in range(1 + REMASTER_TRIES):
        episode, cuts, episode_mp3, chapter_mp3, worst = _master_and_encode(body, spans, preset, ceiling, options)
        allowed = preset.max_peak - PEAK_MARGIN
        if worst <= allowed:
            break
        ceiling -= (worst - allowed) + 0.1
    head = int(round(preset.head * rate))

    # 5. Tag and time everything.
    delay = mp3.player_delay(rate, preset.bitrate)
    info = _tag_info(review, cover)
    total = len(chapters)
    files: dict[str, bytes] = {}
    chapter_times: list[ChapterTime] = []
    episode_utts: list[UtteranceTime] = []
    episode_len = len(_samples(episode))
    episode_duration = _t(episode_len + delay, rate)
    for k, (chapter, (a, b), spans_u, cut, data) in enumerate(
            zip(chapters, spans, utt_pos, cuts, chapter_mp3), start=1):
        name = layout.chapter_file(k, chapter.name)
        files[name] = id3.tag(data, replace(info, title=chapter.title or info.title), track=(k, total))
        c_utts, e_utts = [], []
        for utt, (s, e) in zip(chapter.utterances, spans_u):
            c_utts.append(UtteranceTime(utt.id, _t(head + s - a + delay, rate), _t(head + e - a + delay, rate),
                                        utt.kind, utt.text))
            e_utts.append(UtteranceTime(utt.id, _t(head + s + delay, rate), _t(head + e + delay, rate),
                                        utt.kind, utt.text))
        episode_utts += e_utts
        start = 0.0 if k == 1 else _t(head + a + delay, rate)
        chapter_times.append(ChapterTime(chapter.id, chapter.title, name, start, 0.0,
                                         _t(len(_samples(cut)) + delay, rate), c_utts))
    for this, nxt in zip(chapter_times, chapter_times[1:]):
        this.end = nxt.start
    chapter_times[-1].end = episode_duration

    marks = [id3.ChapterMark(c.id, c.title, int(round(c.start * 1000)), int(round(c.end * 1000)))
             for c in chapter_times]
    episode_file = layout.episode_file(slug)
    files = {episode_file: id3.tag(episode_mp3, info, chapters=marks),
             **files}
    timing = Timing(episode_file=episode_file, duration=episode_duration, sample_rate=rate,
                    chapters=chapter_times, utterances=episode_utts, narrator=profile.name,
                    fingerprint=audio_fingerprint(script, profile, options, review))
    return files, timing
