"""Synthesis cache and parallel narration."""

from __future__ import annotations

import multiprocessing

from pathlib import Path

import numpy as np
import pytest

from audioreview.speech.script import Script, ScriptChapter, Utterance
from audioreview.speech.cache import SpeechCache, cache_key
from audioreview.speech.narrate import NarrationOptions, narrate
from audioreview.speech.profiles import VoiceProfile
from audioreview.speech.progress import Progress

JOE = VoiceProfile(name="joe")
LINES = [
    "The ferry leaves at dawn.",
    "Nobody on board speaks for the first hour.",
    "Then the fog lifts, and the island appears.",
    "It is smaller than the map promised.",
]


def script(lines: list[str]) -> Script:
    utts = [Utterance(f"u{i}", t, t, pause_after=0.3) for i, t in enumerate(lines)]
    return Script(chapters=[ScriptChapter("c1", "One", "one", utts[:2]), ScriptChapter("c2", "Two", "two", utts[2:])])


def test_key_depends_on_identity_and_normalised_text():
    assert cache_key("piper-a", "Hello  world ") == cache_key("piper-a", "Hello world")
    assert cache_key("piper-a", "Hello world") != cache_key("piper-b", "Hello world")
    assert cache_key("piper-a", "Hello world") != cache_key("piper-a", "Hello world.")


def test_put_get_roundtrip_and_damaged_entry_is_a_miss(tmp_path):
    cache = SpeechCache("id", tmp_path)
    audio = np.linspace(-0.5, 0.5, 1000, dtype=np.float32)
    assert cache.get("words") is None
    cache.put("words", audio)
    np.testing.assert_array_equal(cache.get("words"), audio)
    assert (cache.stats.hits, cache.stats.misses) == (1, 1)
    cache.path("words").write_bytes(b"\x93NUMPY garbage")
    assert cache.get("words") is None
    assert not list(tmp_path.rglob("*.part"))  # no temp files left behind


def test_disabled_cache_stores_nothing(tmp_path):
    cache = SpeechCache("id", tmp_path, enabled=False)
    cache.put("words", np.zeros(10, np.float32))
    assert cache.get("words") is None and not list(tmp_path.rglob("*.npy"))


def test_second_narration_hits_and_one_change_is_one_miss(tmp_path):
    opts = NarrationOptions(cache_dir=str(tmp_path), quiet=True, workers=2)
    first = narrate(script(LINES), JOE, opts)
    assert (first.hits, first.misses, first.workers) == (0, 4, 2)
    assert list(first.audio) == ["u0", "u1", "u2", "u3"]
    assert all(a.dtype == np.float32 and a.size > 5000 for a in first.audio.values())

    second = narrate(script(LINES), JOE, opts)
    assert (second.hits, second.misses, second.workers) == (4, 0, 0)
    for uid in first.audio:
        np.testing.assert_array_equal(first.audio[uid], second.audio[uid])

    changed = LINES[:]
    changed[2] = "Then the fog lifts, and a lighthouse appears."
    third = narrate(script(changed), JOE, opts)
    assert (third.hits, third.misses) == (3, 1)
    assert not np.array_equal(third.audio["u2"], first.audio["u2"])

    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    off = narrate(script(LINES), JOE, NarrationOptions(cache_dir=str(tmp_path), use_cache=False, quiet=True, workers=1))
    assert (off.hits, off.misses) == (0, 4)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before, "the cache is not written"
    # The speech waits in a scratch folder of the narration's own, not in memory, and goes with it.
    scratch = Path(off.audio._cache.root)
    assert scratch != tmp_path and len(list(scratch.rglob("*.npy"))) == 4 and not off.audio._held
    assert all(len(off.audio[uid]) > 0 for uid in off.audio)
    del off
    import gc

    gc.collect()
    assert not scratch.exists()


def test_duplicate_spoken_text_is_synthesized_once(tmp_path):
    lines = ["Spoilers ahead.", "A line in between.", "Spoilers ahead."]
    n = narrate(script(lines + ["End."]), JOE, NarrationOptions(cache_dir=str(tmp_path), quiet=True, workers=1))
    assert n.misses == 3
    np.testing.assert_array_equal(n.audio["u0"], n.audio["u2"])


def _hammer(root: str, seed: int, rounds: int, queue) -> None:
    cache = SpeechCache("shared", root)
    bad = 0
    audio = np.full(200_000, seed, dtype=np.float32)  # each process writes its own value
    for _ in range(rounds):
        cache.put("same words", audio)
        got = cache.get("same words")
        if got is None or got.shape != (200_000,) or not np.all(got == got[0]) or got[0] not in (1.0, 2.0):
            bad += 1
    queue.put(bad)


def test_two_processes_writing_the_same_key_never_corrupt_it(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_hammer, args=(str(tmp_path), s, 40, queue)) for s in (1, 2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert results == [0, 0]
    final = SpeechCache("shared", tmp_path).get("same words")
    assert final is not None and final[0] in (1.0, 2.0) and np.all(final == final[0])
    assert not list(tmp_path.rglob("*.part"))


class _Tty:
    def __init__(self, tty: bool) -> None:
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("tty,quiet,shown", [(True, False, True), (False, False, False), (True, True, False)])
def test_progress_bar_only_on_a_terminal_and_not_quiet(tty, quiet, shown):
    stream = _Tty(tty)
    with Progress(3, enabled=not quiet, stream=stream) as bar:
        for _ in range(3):
            bar.update()
    assert bool(stream.text) is shown
    if shown:
        assert "3/3 sentences" in stream.text and "elapsed" in stream.text and "ETA" in stream.text


def test_workers_start_cleanly_after_in_process_synthesis(tmp_path):
    """A batch may synthesize in-process (one miss) and then use workers: the
    workers must not inherit this process's onnxruntime state (a plain fork
    of it could hang)."""
    import threading

    from audioreview.speech.engines import get_engine

    get_engine(JOE).synthesize("A session now lives in this process.")
    done: list[object] = []
    opts = NarrationOptions(cache_dir=str(tmp_path), quiet=True, workers=2)
    worker = threading.Thread(target=lambda: done.append(narrate(script(LINES), JOE, opts)), daemon=True)
    worker.start()
    worker.join(180)
    assert done, "narration with worker processes did not finish"
    assert done[0].misses == 4 and done[0].workers == 2


def test_the_first_entry_written_stays_and_a_damaged_one_is_replaced(tmp_path):
    """A narration reads its utterances from the cache when it uses them, so an
    entry must not change under it when another render synthesizes the same text."""
    cache = SpeechCache("id", tmp_path)
    first, second = np.full(50, 0.25, np.float32), np.full(60, 0.5, np.float32)
    cache.put("words", first)
    cache.put("words", second)
    np.testing.assert_array_equal(cache.get("words"), first)
    cache.path("words").write_bytes(b"\x93NUMPY garbage")
    cache.put("words", second)
    np.testing.assert_array_equal(cache.get("words"), second)
    assert not list(tmp_path.rglob("*.part"))
