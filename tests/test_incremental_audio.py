"""Re-rendering after an edit masters and encodes only the chapters whose
utterances changed; the episode is the chapters' frames joined, and still meets
the loudness, true-peak and timing rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from audioreview import RenderOptions, render_batch
from audioreview.audio import dsp, mp3
from audioreview.audio.timing import Timing
from audioreview.model import Review
from conftest import render_a_copy

PLAIN = "the-lantern-keepers.txt"


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.mp3"))}


def _timing(out: Path) -> Timing:
    return Timing.from_dict(json.loads((out / "timing.json").read_text()))


def _assert_levels_and_times(out: Path, timing: Timing) -> None:
    episode, rate = mp3.decode((out / timing.episode_file).read_bytes())
    assert dsp.integrated_lufs(episode, rate) == pytest.approx(-16.0, abs=1.0)
    assert dsp.true_peak_db(episode) <= -1.0
    frame = mp3.samples_per_frame(rate)
    starts = {u.id: u.start for u in timing.utterances}
    for chapter in timing.chapters:
        pcm, _ = mp3.decode((out / chapter.file).read_bytes())
        assert dsp.true_peak_db(pcm) <= -1.0, chapter.file
        # The chapter's first words sit in the episode where timing.json says.
        first = chapter.utterances[0]
        at = int(round(first.start * rate))
        needle = pcm[at : at + rate // 2]
        expected = int(round(starts[first.id] * rate))
        lo = max(0, expected - 4 * frame)
        seg = episode[lo : expected + 4 * frame + len(needle)]
        found = lo + int(np.argmax(np.correlate(seg, needle, mode="valid")))
        assert abs(found - expected) <= frame, (chapter.id, found, expected)
    assert abs(len(episode) / rate - timing.duration) < 0.1


def test_an_edit_re_encodes_only_its_chapter(tmp_path, synth_cache):
    source, text, options, first = render_a_copy(tmp_path, PLAIN, synth_cache)
    out = first.out_dir
    before, timing_before = _files(out), _timing(out)

    review = Review.from_dict(json.loads((out / "review.json").read_text()))
    section = review.sections[1]
    sentence = section.blocks[0].sentences[2].text
    source.write_text(text.replace(sentence, "One sentence here was rewritten after the first render.", 1))
    second = render_batch([source], options)[0]
    assert second.ok, second.error
    assert second.stats["misses"] == 1
    assert (second.stats["chapters_mastered"], second.stats["chapters_reused"]) == (1, len(timing_before.chapters) - 1)

    after, timing = _files(out), _timing(out)
    assert list(after) == list(before)
    edited = [c.file for c in timing.chapters if c.id == section.id]
    changed = sorted(name for name in after if after[name] != before[name])
    assert changed == sorted(edited + [timing.episode_file])
    _assert_levels_and_times(out, timing)
    # The chapters after the edited one moved in the episode by the same amount.
    k = [c.id for c in timing.chapters].index(section.id)
    shifts = [a.start - b.start for a, b in zip(timing.chapters[k + 1 :], timing_before.chapters[k + 1 :])]
    assert max(shifts) - min(shifts) <= 0.002  # times are rounded to ms

    # The same files as a render from scratch with the same synthesized speech.
    fresh_cache = tmp_path / "fresh-cache"
    shutil.copytree(synth_cache / "speech-v1", fresh_cache / "speech-v1")
    scratch = render_batch([source], RenderOptions(out_dir=str(tmp_path / "scratch"), cache_dir=str(fresh_cache),
                                                   quiet=True, epub=False))[0]
    assert scratch.ok, scratch.error
    assert scratch.stats["misses"] == 0 and scratch.stats["chapters_reused"] == 0
    assert _files(scratch.out_dir) == after


def test_watch_renders_an_edit_in_the_running_process(tmp_path, synth_cache):
    """render --watch: the edit is rendered again by the process that rendered it
    first (its voice loaded, its imports done), with only the new sentence said."""
    import threading
    import time

    from audioreview.render import watch

    source = tmp_path / PLAIN
    text = (Path(__file__).parent.parent / "examples" / PLAIN).read_text()
    source.write_text(text)
    options = RenderOptions(out_dir=str(tmp_path / "out"), cache_dir=str(synth_cache), quiet=True, epub=False)
    results, done = [], threading.Event()
    thread = threading.Thread(target=watch, args=([str(source)], options), daemon=True,
                              kwargs={"poll": 0.05, "stop": done.is_set,
                                      "on_result": lambda r, say: results.append(r)})
    thread.start()
    try:
        deadline = time.monotonic() + 300
        while not results:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        review = Review.from_dict(json.loads((results[0].out_dir / "review.json").read_text()))
        sentence = review.sections[2].blocks[0].sentences[1].text
        source.write_text(text.replace(sentence, "A sentence rewritten while the tool was watching.", 1))
        while len(results) < 2:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        done.set()
        thread.join(timeout=60)
    second = results[1]
    assert second.ok, second.error
    assert second.stats["misses"] == 1 and second.stats["chapters_mastered"] == 1
    _assert_levels_and_times(second.out_dir, _timing(second.out_dir))
