"""The whole pipeline on the bundled examples: what every issue's "done when" names.

These tests read the narrated renders made once per session (conftest's
``rendered_examples``) and make a few renders of their own where they need to
watch the cache or the files change.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from audioreview import RenderOptions, render_batch
from audioreview.audio.dsp import true_peak_db
from audioreview.audio.mp3 import decode
from audioreview.model import NOTE_ID, Review
from audioreview.audio.timing import Timing
from conftest import EXAMPLES, render_a_copy, require_tool

PLAIN = "the-lantern-keepers.txt"
WAR = "ashes-of-the-delta.txt"
FAMILY = "paper-kites.md"


def outputs(result) -> tuple[Path, Review, Timing]:
    out = result.out_dir
    review = Review.from_dict(json.loads((out / "review.json").read_text()))
    timing = Timing.from_dict(json.loads((out / "timing.json").read_text()))
    return out, review, timing


def test_plain_text_render_writes_chapters_episode_and_timing(rendered_examples):
    out, review, timing = outputs(rendered_examples[PLAIN])
    slug = out.name
    episode = out / f"{slug}.mp3"
    assert timing.episode_file == episode.name
    chapter_files = sorted(p.relative_to(out).as_posix() for p in (out / "chapters").glob("*.mp3"))
    assert chapter_files == sorted(c.file for c in timing.chapters)
    for n, chapter in enumerate(timing.chapters, 1):
        assert chapter.file.startswith(f"chapters/{n:02d}-") and chapter.file.endswith(".mp3")
    # One chapter per top-level section plus "About this review" (byline and disclaimer).
    assert [c.id for c in timing.chapters] == [s.id for s in review.sections] + ["about"]

    tags = ID3(episode)
    chaps = tags.getall("CHAP")
    assert [c.element_id for c in chaps] == [c.id for c in timing.chapters]
    for frame, chapter in zip(chaps, timing.chapters):
        assert frame.start_time == round(chapter.start * 1000)
        assert frame.end_time == round(chapter.end * 1000)
    toc = tags.getall("CTOC")
    assert len(toc) == 1 and list(toc[0].child_element_ids) == [c.id for c in timing.chapters]
    assert abs(MP3(episode).info.length - timing.duration) < 0.1

    # Every sentence of the model is heard, in reading order, exactly once.
    heard = [u.id for u in timing.utterances if u.kind == "sentence"]
    model = [s.id for b in [*review.body_blocks(), review.byline, review.disclaimer] if b for s in b.sentences]
    assert heard == model


def test_ffprobe_reads_the_episode_chapters(rendered_examples):
    require_tool("ffprobe", shutil.which("ffprobe") is not None, "run .ci/install-audio-tools.sh (Debian ffmpeg)")
    out, _, timing = outputs(rendered_examples[PLAIN])
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(out / f"{out.name}.mp3")],
                           capture_output=True, text=True, check=True, timeout=60)
    chapters = json.loads(probe.stdout)["chapters"]
    assert [c["tags"]["title"] for c in chapters] == [c.title for c in timing.chapters]
    assert [round(float(c["start_time"]), 3) for c in chapters] == [round(c.start, 3) for c in timing.chapters]


def test_episode_loudness_meets_the_podcast_target(rendered_examples):
    out, _, timing = outputs(rendered_examples[PLAIN])
    pcm, rate = decode((out / f"{out.name}.mp3").read_bytes())
    loudness = pyloudnorm.Meter(rate).integrated_loudness(pcm.astype(np.float64))
    assert -17.0 <= loudness <= -15.0, loudness
    assert true_peak_db(pcm) <= -1.0


def test_warm_rerender_synthesizes_and_rewrites_nothing(rendered_examples, synth_cache):
    first = rendered_examples[PLAIN]
    out = first.out_dir
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    options = RenderOptions(out_dir=str(out.parent), cache_dir=str(synth_cache), quiet=True)
    again = render_batch([EXAMPLES / PLAIN], options)[0]
    assert again.ok and again.out_dir == out
    assert again.written == [], again.written
    assert again.stats.get("misses") == 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == before


def test_editing_one_paragraph_resynthesizes_only_its_sentences(tmp_path, synth_cache):
    source, text, options, first = render_a_copy(tmp_path, PLAIN, synth_cache)
    # Edit one sentence in the middle of one body paragraph (not its first, which
    # may name a derived heading).
    review = Review.from_dict(json.loads((first.out_dir / "review.json").read_text()))
    sentence = review.sections[1].blocks[0].sentences[2].text
    assert sentence in text
    source.write_text(text.replace(sentence, "This one sentence is new, and only it is spoken afresh.", 1))
    second = render_batch([source], options)[0]
    assert second.ok, second.error
    assert second.stats["misses"] == 1, second.stats
    edited = Review.from_dict(json.loads((second.out_dir / "review.json").read_text()))
    changed = [(a.id, b.id) for a, b in zip(review.sentences(), edited.sentences()) if a.id != b.id]
    assert len(changed) == 1


def test_war_review_gets_a_note_in_every_edition(rendered_examples, tmp_path):
    out, review, timing = outputs(rendered_examples[WAR])
    shown = {w.category: w.severity for w in review.warnings if w.shown}
    for category in ("war_atrocity", "torture", "child_harm"):
        assert shown.get(category) == 3, shown
    note = review.content_note.text
    assert note.startswith("Content note:") and "children" in note and "torture" in note

    # Audio: its own first chapter and first ID3 chapter, titled "Content note".
    assert timing.chapters[0].id == NOTE_ID and timing.chapters[0].title == "Content note"
    assert timing.chapters[0].file.startswith("chapters/01-")
    first_chap = ID3(out / f"{out.name}.mp3").getall("CHAP")[0]
    assert first_chap.sub_frames["TIT2"].text[0] == "Content note"
    assert (out / timing.chapters[0].file).is_file()
    # A short notice is spoken right before the section holding the graphic material.
    noticed = [s for s in review.walk_sections() if s.notice]
    assert len(noticed) == 1
    ids = [u.id for u in timing.utterances]
    notice_ids = [s.id for s in noticed[0].notice.sentences]
    assert ids.index(notice_ids[-1]) + 1 == ids.index(noticed[0].heading_id)

    # EPUB: the note page, role doc-notice, with a link on to the review.
    with zipfile.ZipFile(out / f"{out.name}.epub") as book:
        pages = {n: book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml")}
    note_pages = [t for t in pages.values() if 'role="doc-notice"' in t and note.split(".")[0] in t]
    assert note_pages and "Continue to the review" in note_pages[0]
    assert any(noticed[0].notice.sentences[0].id in t for t in pages.values())

    # Feed: the episode description starts with the note.
    import feedparser

    from audioreview import write_feed

    write_feed(out.parent, base_url="https://reviews.example.org/pod/")
    feed = feedparser.parse((out.parent / "feed.xml").read_bytes())
    assert feed.bozo == 0
    entry = next(e for e in feed.entries if out.name in e.enclosures[0].href)
    assert entry.summary.startswith("<p>" + note.split(".")[0])


def test_benign_family_review_gets_no_note_anywhere(rendered_examples):
    out, review, timing = outputs(rendered_examples[FAMILY])
    assert review.content_note is None and not review.shown_warnings()
    assert all(c.id != NOTE_ID for c in timing.chapters)
    with zipfile.ZipFile(out / f"{out.name}.epub") as book:
        assert not any("doc-notice" in book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml"))


def test_transcripts_and_chapters_json_follow_timing(rendered_examples):
    for result in rendered_examples.values():
        out, review, timing = outputs(result)
        vtt = (out / f"{out.name}.vtt").read_text()
        cue_ids = [block.splitlines()[0] for block in vtt.split("\n\n")[1:] if block.strip()]
        assert cue_ids == [u.id for u in timing.utterances]
        chapters = json.loads((out / f"{out.name}.chapters.json").read_text())
        assert chapters["version"] == "1.2.0"
        assert [c["startTime"] for c in chapters["chapters"]] == pytest.approx([c.start for c in timing.chapters],
                                                                               abs=0.001)


def test_gtts_voice_fails_fast_offline_and_writes_nothing(tmp_path):
    started = time.monotonic()
    result = render_batch([EXAMPLES / PLAIN], RenderOptions(out_dir=str(tmp_path / "out"), voice="gtts-en", quiet=True,
                                                      cache_dir=str(tmp_path / "cache")))[0]
    assert time.monotonic() - started < 20
    assert not result.ok
    assert "joe" in str(result.error) and "network" in str(result.error)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.mp3"))


def test_epub_embeds_the_chapter_audio_it_synchronises(rendered_examples):
    out, _, timing = outputs(rendered_examples[PLAIN])
    with zipfile.ZipFile(out / f"{out.name}.epub") as book:
        names = book.namelist()
        smil = [n for n in names if n.endswith(".smil")]
        assert smil
        for chapter in timing.chapters:
            inside = next(n for n in names if n.endswith(chapter.file))
            assert book.read(inside) == (out / chapter.file).read_bytes()


def test_killed_render_leaves_the_good_file(rendered_examples, monkeypatch, tmp_path):
    """A render that dies while writing leaves each earlier file whole."""
    import os

    shutil.copytree(rendered_examples[FAMILY].out_dir.parent, tmp_path / "out")
    out = tmp_path / "out" / rendered_examples[FAMILY].out_dir.name
    epub = out / f"{out.name}.epub"
    good = epub.read_bytes()
    calls = {"n": 0}
    real_replace = os.replace

    def dying_replace(src, dst):
        calls["n"] += 1
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        render_batch([EXAMPLES / FAMILY], RenderOptions(out_dir=str(tmp_path / "out"), audio=False, quiet=True))
    monkeypatch.setattr(os, "replace", real_replace)
    assert calls["n"] >= 1
    assert epub.read_bytes() == good
    assert zipfile.ZipFile(io.BytesIO(epub.read_bytes())).testzip() is None
    assert not list(out.rglob("*.part"))
