"""Long chapters are mastered in parts, and the audio and the EPUB are streamed
into their temporary files (issue 14: memory stays flat for a long review).

The part limits are lowered here so that a short script has chapters of
several parts; real Piper speech, so the whole module is "slow"."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import numpy as np
import pytest

from audioreview.audio import dsp, episode, mp3
from audioreview.audio.episode import AudioOptions, write_audio
from audioreview.fileio import OnDisk, Spool, commit_files
from audioreview.model import Metadata, Review
from audioreview.speech.narrate import NarrationOptions, narrate
from audioreview.speech.profiles import VoiceProfile
from audioreview.speech.script import Script, ScriptChapter, Utterance
from audioreview.writers.epub import EpubOptions, write_epub, write_epub_into

pytestmark = pytest.mark.slow

JOE = VoiceProfile(name="joe")
SLUG = "tide-tables"
SENTENCES = [
    "The first act follows a harbour master through one long winter.",
    "Nobody in the village believes the tide tables any more.",
    "His daughter keeps a notebook of every ship that never arrived.",
    "The second act moves the story inland, to a town without a river.",
    "There the film slows down and listens to the wind in the wires.",
    "It is the best twenty minutes of the year in any cinema.",
]


def make_review() -> Review:
    return Review(metadata=Metadata(title="Tide Tables", author="Ona Keel", language="en"))


def make_script() -> Script:
    utts = [Utterance(f"s{i}", t, t, pause_after=0.9 if i % 2 else 0.35) for i, t in enumerate(SENTENCES)]
    return Script(chapters=[
        ScriptChapter("title", "Tide Tables", "title", [Utterance("title", "Tide Tables.", "Tide Tables.",
                                                                  kind="title", pause_after=1.2)]),
        ScriptChapter("s-body", "The winter", "the-winter", utts),
    ])


@pytest.fixture(scope="module")
def narration(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return narrate(make_script(), JOE, NarrationOptions(cache_dir=str(cache), quiet=True))


@pytest.fixture()
def small_parts(monkeypatch):
    """Parts of about two sentences: the body chapter is mastered in three or more."""
    monkeypatch.setattr(episode, "PART_MIN", 22050 * 4)
    monkeypatch.setattr(episode, "PART_MAX", 22050 * 8)


def test_a_long_chapter_is_mastered_in_parts_that_join_into_its_file(narration, small_parts, tmp_path):
    parts = episode._plan(make_script().chapters[1], narration, 22050, SLUG)
    assert len(parts) >= 3, "the body chapter is split"
    assert [p.first for p in parts] == [True] + [False] * (len(parts) - 1)
    assert [p.last for p in parts] == [False] * (len(parts) - 1) + [True]
    assert [i for p in parts for i in p.ids] == [f"s{i}" for i in range(len(SENTENCES))], "every sentence once, in order"
    for p in parts[:-1]:  # a part ends at a long pause (a paragraph's end) once it holds PART_MIN
        assert p.length <= episode.PART_MAX or len(p.ids) == 1

    stats: dict = {}
    options = AudioOptions(cache_dir=str(tmp_path / "cache"))
    files, timing = write_audio(make_review(), make_script(), narration, JOE, options, SLUG, stats)
    assert stats["chapters_mastered"] == 1 + len(parts), "each part is mastered on its own"
    body = files[timing.chapters[1].file]
    pcm, rate = mp3.decode(body)
    chapter = timing.chapters[1]
    assert len(pcm) / rate == pytest.approx(chapter.duration, abs=0.2)
    # Every sentence's time lies in its chapter, in order, and the decoded audio is speech there.
    starts = [u.start for u in chapter.utterances]
    assert starts == sorted(starts) and chapter.utterances[-1].end <= chapter.duration
    for u in chapter.utterances:
        stretch = pcm[int(u.start * rate) : int(u.end * rate)]
        assert dsp.rms_db(stretch) > -40, (u.id, "speech where the timing says")
    # The episode is every part's frames: its decoded loudness and peak are in the preset's limits.
    episode_pcm, _ = mp3.decode(files[timing.episode_file])
    assert dsp.integrated_lufs(episode_pcm, rate) == pytest.approx(-16.0, abs=1.0)
    assert dsp.true_peak_db(episode_pcm) <= -1.0


def test_parts_come_from_the_cache_and_give_the_same_files(narration, small_parts, tmp_path):
    options = AudioOptions(cache_dir=str(tmp_path / "cache"))
    first, _ = write_audio(make_review(), make_script(), narration, JOE, options, SLUG)
    stats: dict = {}
    again, _ = write_audio(make_review(), make_script(), narration, JOE, options, SLUG, stats)
    assert stats["chapters_mastered"] == 0 and stats["chapters_reused"] >= 4
    assert again == first
    scratch, _ = write_audio(make_review(), make_script(), narration, JOE, replace(options, use_cache=False), SLUG)
    assert scratch == first, "with --no-cache the parts go to a scratch folder and give the same bytes"


def test_with_a_spool_the_mp3s_and_the_epub_are_streamed_into_temporary_files(narration, tmp_path):
    options = AudioOptions(cache_dir=str(tmp_path / "cache"))
    in_memory, timing = write_audio(make_review(), make_script(), narration, JOE, options, SLUG)
    out = tmp_path / "out"
    with Spool(out) as spool:
        spooled, _ = write_audio(make_review(), make_script(), narration, JOE, options, SLUG, spool=spool)
        assert all(isinstance(v, OnDisk) and v.temporary and v.path.parent.parent in (out, out.parent)
                   for v in spooled.values())
        assert {n: v.read_bytes() for n, v in spooled.items()} == in_memory
        epub_name = f"{SLUG}.epub"
        book = spool.write(epub_name, lambda fh: write_epub_into(fh, make_review(), EpubOptions(), timing, spooled))
        assert book.read_bytes() == write_epub(make_review(), EpubOptions(), timing, in_memory), \
            "an EPUB with its audio copied in from files is the same bytes"
        with zipfile.ZipFile(io.BytesIO(book.read_bytes())) as z:
            audio = [n for n in z.namelist() if n.endswith(".mp3")]
            assert audio, "the narrated EPUB carries audio"
            for name in audio:
                assert z.read(name) == in_memory[name.removeprefix("EPUB/")]
        written, unchanged = commit_files(out, {**spooled, epub_name: book})
        assert sorted(written) == sorted([*spooled, epub_name]) and unchanged == []
    assert not [p for p in out.rglob("*.part")], "nothing temporary is left"
    assert (out / timing.episode_file).read_bytes() == in_memory[timing.episode_file]
