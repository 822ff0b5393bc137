"""Narration: the speech script -> PCM per utterance, cached, synthesized in
parallel worker processes.

Identical spoken texts are synthesized once. Cache misses go to ``workers``
processes (one onnxruntime thread each, the model loaded once per process);
with one worker everything runs in this process. Workers come from a fork
server (or spawn), never a plain fork of this possibly multi-threaded process. Results come back keyed by
utterance id, so their order never depends on which worker finished first.

Workers die with the render: each holds the read end of a pipe whose only
write end stays in the render process; when the render exits -- even by
``kill -9`` -- the read end sees EOF and the worker exits at once. With the
workers gone, the fork server and multiprocessing's resource tracker (which
live exactly as long as some process holds their pipes) exit too.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .script import Script
from .cache import SpeechCache, normalise_text
from .engines import Engine, forget_loaded_voices, get_engine
from .profiles import VoiceProfile
from .progress import Progress


@dataclass
class Narration:
    """PCM for every utterance of a script (mono float32 at ``sample_rate``)."""

    sample_rate: int
    audio: dict[str, np.ndarray] = field(default_factory=dict)  # utterance id -> PCM
    hits: int = 0  # unique spoken texts found in the cache
    misses: int = 0  # unique spoken texts synthesized
    synth_seconds: float = 0.0  # wall time spent synthesizing the misses
    workers: int = 0  # processes used for the misses (0: nothing synthesized)
    engine: str = ""

    @property
    def stats(self) -> dict[str, float | int]:
        return {"hits": self.hits, "misses": self.misses,
                "synth_seconds": round(self.synth_seconds, 3), "workers": self.workers}


def available_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """One synthesis process per available core (2 on a 2-core machine), at most 8."""
    return min(8, available_cpus())


# --------------------------------------------------------------- worker side

_WORKER_ENGINE: Engine | None = None


def _worker_init(profile: VoiceProfile, lifeline=None) -> None:  # noqa: ANN001 -- a Connection
    global _WORKER_ENGINE
    if lifeline is not None:
        _watch_parent(lifeline)
    forget_loaded_voices()  # a fresh process, but never reuse an inherited session
    _WORKER_ENGINE = get_engine(profile, threads=1)


def _watch_parent(lifeline) -> None:  # noqa: ANN001
    """Exit this worker as soon as the render that started it is gone.

    ``lifeline`` is the read end of a pipe whose write end only the render
    holds; nothing is ever sent, so the read returns only at EOF, which the
    kernel delivers when the render exits for any reason (kill -9 included).
    os._exit: no clean-up that could wait on the dead parent."""

    def watch() -> None:
        try:
            lifeline.recv_bytes()
        except (EOFError, OSError):
            pass
        os._exit(1)

    threading.Thread(target=watch, name="audioreview-lifeline", daemon=True).start()


def _worker_synthesize(text: str) -> np.ndarray:
    assert _WORKER_ENGINE is not None
    return _WORKER_ENGINE.synthesize(text)


_PRELOAD = ["numpy", "audioreview.speech.narrate", "audioreview.speech.engines"]


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where available, else spawn -- never plain fork.

    Plain fork copies a parent that may hold onnxruntime sessions and their
    thread pools (an earlier in-process narration) or locks held by other
    threads; we saw such children hang forever. The fork server is a fresh,
    single-threaded process that imports numpy and our modules once
    (``_PRELOAD``), so later workers still start in milliseconds.
    """
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


# ------------------------------------------------------- work while waiting


def _run_quietly(fn: Callable[[], None]) -> None:
    try:
        fn()
    except Exception:  # noqa: BLE001 -- best effort; the real call later reports errors
        pass


def _start_background(fn: Callable[[], None] | None) -> threading.Thread | None:
    """Run ``fn`` in a thread while worker processes synthesize (the main
    process would only wait): the caller's chance to warm up what comes next."""
    if fn is None:
        return None
    thread = threading.Thread(target=_run_quietly, args=(fn,), name="audioreview-warm-up", daemon=True)
    thread.start()
    return thread


# --------------------------------------------------------------------- narrate


@dataclass(frozen=True)
class NarrationOptions:
    """How to narrate: the synthesis cache (folder, on/off), how many worker
    processes (None: one per core), and whether to show progress."""

    cache_dir: str | None = None
    use_cache: bool = True
    workers: int | None = None
    quiet: bool = False


def narrate(script: Script, profile: VoiceProfile, options: NarrationOptions,
            engine: Engine | None = None, while_waiting: Callable[[], None] | None = None) -> Narration:
    """Synthesize every utterance of ``script`` with ``profile``'s voice.

    ``options.use_cache``/``cache_dir`` control the cache, ``options.workers``
    the process count (None: one per core), ``options.quiet`` the progress bar.
    ``while_waiting`` runs in a thread while worker processes synthesize (the
    render passes the audio writer's warm-up). Raises VoiceError when the engine
    cannot run (e.g. gTTS without network).
    """
    engine = engine or get_engine(profile)
    cache = SpeechCache(engine.cache_identity, options.cache_dir, options.use_cache)

    # Unique spoken texts, in script order; each utterance id maps to one.
    texts: dict[str, str] = {}  # normalised text -> spoken (as given)
    by_id: dict[str, str] = {}
    for utt in script.utterances():
        norm = normalise_text(utt.spoken)
        if utt.id in by_id and by_id[utt.id] != norm:
            raise ValueError(f"script has two different utterances with id {utt.id!r}")
        by_id[utt.id] = norm
        texts.setdefault(norm, utt.spoken)

    found: dict[str, np.ndarray] = {}
    missing: list[str] = []
    for norm in texts:
        if not norm:
            found[norm] = np.zeros(0, dtype=np.float32)
            continue
        audio = cache.get(norm)
        if audio is None:
            missing.append(norm)
        else:
            found[norm] = audio

    narration = Narration(sample_rate=engine.sample_rate, engine=engine.name)
    if missing:
        engine.check()  # fail fast (gTTS offline) before any work
        workers = max(1, min(options.workers or default_workers(), len(missing)))
        start = time.monotonic()
        helper = _start_background(while_waiting) if workers > 1 else None
        with Progress(len(missing), enabled=not options.quiet) as bar:
            for norm, audio in _synthesize(engine, profile, missing, workers, bar):
                audio = np.ascontiguousarray(audio, dtype=np.float32)
                cache.put(norm, audio)
                found[norm] = audio
        if helper is not None:
            helper.join()  # normally long done; never leave it running past narrate()
        narration.synth_seconds = time.monotonic() - start
        narration.workers = workers

    narration.hits = cache.stats.hits
    narration.misses = len(missing)
    narration.audio = {uid: found[norm] for uid, norm in by_id.items()}
    return narration


def _synthesize(engine: Engine, profile: VoiceProfile, texts: list[str], workers: int, bar: Progress):
    """Yield (text, audio) for every text, in completion order."""
    if workers <= 1:
        for text in texts:
            audio = engine.synthesize(text)
            bar.update()
            yield text, audio
        return
    # Longest first: the pool's last task is a short one, so workers finish together.
    order = sorted(texts, key=len, reverse=True)
    ctx = _context()
    lifeline, keep_alive = ctx.Pipe(duplex=False)  # workers get the read end; only we hold the write end
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                 initializer=_worker_init, initargs=(profile, lifeline)) as pool:
            futures = {pool.submit(_worker_synthesize, t): t for t in order}
            try:
                for fut in as_completed(futures):
                    audio = fut.result()
                    bar.update()
                    yield futures[fut], audio
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    finally:
        keep_alive.close()  # after the pool has shut down: any worker still there exits now
        lifeline.close()
