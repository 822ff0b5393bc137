"""The audio writer with real Piper narration: MP3s, ID3 chapters, timing, loudness."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from dataclasses import replace

import numpy as np
import pytest
from mutagen.id3 import CTOCFlags
from mutagen.mp3 import MP3

from audioreview.audio import dsp, mp3
from audioreview.errors import OutputError, VoiceError
from audioreview.model import Metadata, Review
from audioreview.covers import read_cover
from audioreview.speech.script import Script, ScriptChapter, Utterance
from audioreview.audio.timing import Timing
from audioreview.speech.narrate import NarrationOptions, narrate
from audioreview.speech.profiles import VoiceProfile
from audioreview.audio.episode import AudioOptions, audio_fingerprint, write_audio
from audioreview.layout import chapter_file

from conftest import require_tool

JOE = VoiceProfile(name="joe")
SLUG = "salt-and-static"


def make_review() -> Review:
    return Review(metadata=Metadata(
        title="Salt and Static", author="Ida Brenner", publication="The Quiet Review",
        date="2024-03-09", url="https://example.org/reviews/salt-and-static", language="en"))


def make_script() -> Script:
    def u(i: str, text: str, pause: float = 0.35, kind: str = "sentence") -> Utterance:
        return Utterance(i, text, text, kind=kind, pause_after=pause)

    return Script(chapters=[
        ScriptChapter("title", "Salt and Static", "title", [
            u("title", "Salt and Static. A review by Ida Brenner.", 1.2, "title")]),
        ScriptChapter("s-plot", "The plot", "the-plot", [
            u("s-plot-h", "The plot.", 0.7, "heading"),
            u("a1", "A radio operator on a fishing boat hears voices that should not be there."),
            u("a2", "The film lets the sea do most of the talking.", 1.2)]),
        ScriptChapter("s-verdict", "Verdict", "verdict", [
            u("s-verdict-h", "Verdict.", 0.7, "heading"),
            u("b1", "Three and a half stars: slow, strange, and worth it.", 1.2)]),
    ])


@pytest.fixture(scope="module")
def cover(tmp_path_factory):
    from PIL import Image

    path = tmp_path_factory.mktemp("cover") / "cover.png"
    Image.new("RGB", (300, 300), (20, 60, 90)).save(path)
    return str(path)


@pytest.fixture(scope="module")
def narration(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return narrate(make_script(), JOE, NarrationOptions(cache_dir=str(cache), quiet=True))


@pytest.fixture(scope="module")
def podcast(narration, cover):
    opts = AudioOptions(preset="podcast", cover=read_cover(cover))
    return write_audio(make_review(), make_script(), narration, JOE, opts, SLUG)


@pytest.fixture(scope="module")
def audiobook(narration):
    return write_audio(make_review(), make_script(), narration, JOE, AudioOptions(preset="audiobook"), SLUG)


def test_file_layout_and_timing_json_roundtrip(podcast):
    files, timing = podcast
    assert list(files) == [f"{SLUG}.mp3", "chapters/01-title.mp3", "chapters/02-the-plot.mp3", "chapters/03-verdict.mp3"]
    assert all(len(b) > 1000 for b in files.values())
    assert timing.episode_file == f"{SLUG}.mp3" and timing.narrator == "joe" and timing.sample_rate == 22050
    again = Timing.from_dict(json.loads(json.dumps(timing.to_dict())))
    assert again == timing
    ids = [u.id for u in timing.utterances]
    assert ids == [u.id for u in make_script().utterances()]
    # Times increase, chapters tile the episode.
    starts = [u.start for u in timing.utterances]
    assert starts == sorted(starts) and all(u.end > u.start for u in timing.utterances)
    assert timing.chapters[0].start == 0.0 and timing.chapters[-1].end == timing.duration
    for a, b in zip(timing.chapters, timing.chapters[1:]):
        assert a.end == b.start
    assert chapter_file(4, "Ça va? / Oui!") == "chapters/04-a-va-oui.mp3"


@pytest.mark.parametrize("which", ["podcast", "audiobook"])
def test_mutagen_reads_every_file(which, request):
    files, timing = request.getfixturevalue(which)
    rate, kbps = (22050, 64) if which == "podcast" else (44100, 192)
    durations = {timing.episode_file: timing.duration, **{c.file: c.duration for c in timing.chapters}}
    for name, data in files.items():
        audio = MP3(io.BytesIO(data))
        assert audio.info.sample_rate == rate and audio.info.channels == 1
        assert audio.info.bitrate == kbps * 1000
        assert audio.info.length == pytest.approx(durations[name], abs=0.08)
        frames = mp3.frames(data)
        assert len(frames) > 10
        assert {(f[1], f[2], f[3]) for f in frames} == {(kbps, rate, 1)}  # CBR, mono, every frame
        last_offset = frames[-1][0]
        assert last_offset < len(data) <= last_offset + 1500  # frames run to the end: no junk


def test_id3_tags(podcast):
    files, timing = podcast
    total = len(timing.chapters)
    for name, data in files.items():
        tags = MP3(io.BytesIO(data)).tags
        assert tags.version == (2, 4, 0)
        assert tags["TPE1"].text == ["Ida Brenner"]
        assert tags["TALB"].text == ["The Quiet Review"]
        assert str(tags["TDRC"].text[0]) == "2024-03-09"
        assert tags["TLAN"].text == ["eng"]
        comm = tags.getall("COMM")
        assert comm and comm[0].text == ["https://example.org/reviews/salt-and-static"]
        apic = tags.getall("APIC")
        assert len(apic) == 1 and apic[0].mime == "image/png" and apic[0].data[:4] == b"\x89PNG"
        if name == timing.episode_file:
            assert tags["TIT2"].text == ["Salt and Static"]
            assert "TRCK" not in tags
        else:
            k = [c.file for c in timing.chapters].index(name)
            assert tags["TIT2"].text == [timing.chapters[k].title]
            assert tags["TRCK"].text == [f"{k + 1}/{total}"]
            assert not tags.getall("CHAP")


@pytest.mark.parametrize("which", ["podcast", "audiobook"])
def test_chap_and_ctoc_frames_equal_timing(which, request):
    files, timing = request.getfixturevalue(which)
    tags = MP3(io.BytesIO(files[timing.episode_file])).tags
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)  # mutagen lists them by key
    assert [c.element_id for c in chaps] == [c.id for c in timing.chapters]
    for frame, ch in zip(chaps, timing.chapters):
        assert frame.start_time == round(ch.start * 1000)
        assert frame.end_time == round(ch.end * 1000)
        assert frame.sub_frames["TIT2"].text == [ch.title]
    (toc,) = tags.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    assert toc.child_element_ids == [c.id for c in timing.chapters]


def _lag(haystack: np.ndarray, needle: np.ndarray, around: int, radius: int) -> int:
    lo = max(0, around - radius)
    seg = haystack[lo : around + radius + len(needle)]
    return lo + int(np.argmax(np.correlate(seg, needle, mode="valid")))


@pytest.mark.parametrize("which", ["podcast", "audiobook"])
def test_chapter_starts_match_what_a_decoder_plays(which, request):
    """Find each chapter file's opening audio inside the decoded episode: it
    sits where timing.json says, within one MP3 frame."""
    files, timing = request.getfixturevalue(which)
    rate = timing.sample_rate
    frame = mp3.samples_per_frame(rate)
    episode, _ = mp3.decode(files[timing.episode_file])
    for k, ch in enumerate(timing.chapters):
        chap, _ = mp3.decode(files[ch.file])
        first = ch.utterances[0]
        at_chapter = int(round(first.start * rate))  # first word in the chapter file
        needle = chap[at_chapter : at_chapter + rate // 2]
        expected = int(round(timing.utterances[[u.id for u in timing.utterances].index(first.id)].start * rate))
        found = _lag(episode, needle, expected, 4 * frame)
        assert abs(found - expected) <= frame, (ch.id, found, expected)
        if k:  # each chapter after the first starts with its first word: CHAP start is there too
            assert abs(found - int(round(ch.start * rate))) <= frame, (ch.id, found, ch.start)
        # And the first word really starts there: quiet before, speech after.
        before = episode[max(0, expected - rate // 10) : expected - frame]
        after = episode[expected : expected + rate // 2]
        assert dsp.rms_db(after) > dsp.rms_db(before) + 15


def test_podcast_loudness_and_true_peak(podcast):
    files, timing = podcast
    for name, data in files.items():
        pcm, rate = mp3.decode(data)
        if name == timing.episode_file or len(pcm) > 3 * rate:
            assert dsp.integrated_lufs(pcm, rate) == pytest.approx(-16.0, abs=1.0), name
        assert dsp.true_peak_db(pcm) <= -1.0, name


def test_a_codec_overshoot_is_measured_and_mastered_again(narration, monkeypatch):
    """The decoded files are measured: an encoder that adds 0.8 dB at the peaks
    (worse than LAME's worst seen, ~0.5 dB) still gives files under -1 dBTP,
    because the episode is mastered again under a lower ceiling."""
    real = mp3.encode_chunks
    calls = []

    def overshooting(chunks, rate, bitrate, quality=5):
        calls.append(1)
        louder = (np.clip(np.round(pcm.astype(np.float32) * dsp.db_to_gain(0.8)), -32768, 32767).astype(np.int16)
                  for pcm in chunks)
        return real(louder, rate, bitrate, quality)

    monkeypatch.setattr(mp3, "encode_chunks", overshooting)
    # No cache: the chapters the podcast fixture mastered would be taken from it.
    files, timing = write_audio(make_review(), make_script(), narration, JOE,
                                AudioOptions(preset="podcast", use_cache=False), SLUG)
    # Only the chapters are encoded (the episode is their frames joined).
    assert len(calls) >= 2 * len(timing.chapters), "mastered and encoded at least twice"
    for name, data in files.items():
        pcm, _ = mp3.decode(data)
        assert dsp.true_peak_db(pcm) <= -1.0, name


@pytest.mark.slow
@pytest.mark.parametrize("preset,limit", [("podcast", -1.0), ("audiobook", -3.0)])
def test_decoded_true_peak_stays_under_the_limit_over_several_cold_renders(tmp_path, preset, limit):
    """Piper samples its noise afresh on every synthesis, so each cold
    narration is a new signal with new peaks: four of them, every file decoded."""
    for k in range(4):
        fresh = narrate(make_script(), JOE, NarrationOptions(use_cache=False, quiet=True, workers=1))
        files, _ = write_audio(make_review(), make_script(), fresh, JOE, AudioOptions(preset=preset), SLUG)
        for name, data in files.items():
            pcm, _ = mp3.decode(data)
            assert dsp.true_peak_db(pcm) <= limit, (k, name, dsp.true_peak_db(pcm))


def test_audiobook_meets_acx(audiobook):
    files, timing = audiobook
    for name, data in files.items():
        pcm, rate = mp3.decode(data)
        assert rate == 44100
        assert -23.0 <= dsp.rms_db(pcm) <= -18.0, name
        assert dsp.sample_peak_db(pcm) <= -3.0, name
        # Room tone, not digital silence, at head and tail; noise floor under -60 dB.
        head = pcm[int(0.1 * rate) : int(0.5 * rate)]
        tail = pcm[-int(0.6 * rate) : -int(0.2 * rate)]
        for part in (head, tail):
            assert np.count_nonzero(part) > 0.9 * len(part)
            assert -90.0 < dsp.rms_db(part) < -60.0
    first = timing.chapters[0].utterances[0]
    assert first.start >= 0.75  # after the head room tone


def test_fingerprint_tracks_what_the_audio_is_made_from(podcast, cover):
    _, timing = podcast
    opts = AudioOptions(preset="podcast", cover=read_cover(cover))
    fp = audio_fingerprint(make_script(), JOE, opts, make_review())
    assert timing.fingerprint == fp and len(fp) == 64
    assert audio_fingerprint(make_script(), JOE, opts, make_review()) == fp
    other = make_script()
    other.chapters[1].utterances[1].pause_after = 0.5
    assert audio_fingerprint(other, JOE, opts, make_review()) != fp
    renamed = make_review()
    renamed.metadata.title = "Salt & Static"
    assert audio_fingerprint(make_script(), JOE, opts, renamed) != fp
    assert audio_fingerprint(make_script(), JOE, replace(opts, preset="audiobook"), make_review()) != fp
    assert audio_fingerprint(make_script(), replace(JOE, speed=1.1), opts, make_review()) != fp
    assert audio_fingerprint(make_script(), JOE, replace(opts, cover=None), make_review()) != fp


def test_bad_inputs_are_clear_errors(narration, tmp_path):
    review, script = make_review(), make_script()
    with pytest.raises(OutputError, match="empty"):
        write_audio(review, Script(), narration, JOE, AudioOptions(), SLUG)
    with pytest.raises(VoiceError, match="bitrate"):
        write_audio(review, script, narration, replace(JOE, bitrate=192), AudioOptions(), SLUG)


def test_profile_bitrate_and_loudness_override(narration):
    prof = replace(JOE, bitrate=96, loudness=-19.0)
    files, timing = write_audio(make_review(), make_script(), narration, prof, AudioOptions(), SLUG)
    data = files[timing.episode_file]
    assert {f[1] for f in mp3.frames(data)} == {96}
    pcm, rate = mp3.decode(data)
    assert dsp.integrated_lufs(pcm, rate) == pytest.approx(-19.0, abs=1.0)


def test_ffprobe_sees_the_chapters(podcast, tmp_path):
    require_tool("ffprobe", shutil.which("ffprobe") is not None, "install ffmpeg (apt-get install ffmpeg)")
    files, timing = podcast
    path = tmp_path / "episode.mp3"
    path.write_bytes(files[timing.episode_file])
    out = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
                         capture_output=True, text=True, check=True)
    chapters = json.loads(out.stdout)["chapters"]
    assert [round(float(c["start_time"]), 3) for c in chapters] == [c.start for c in timing.chapters]
    assert [c["tags"]["title"] for c in chapters] == [c.title for c in timing.chapters]
