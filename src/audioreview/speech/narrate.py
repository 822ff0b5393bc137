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
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .script import Script
from .cache import SpeechCache, normalise_text, scratch_cache
from .engines import Engine, forget_loaded_voices, get_engine
from .profiles import VoiceProfile
from .progress import Progress


class NarratedAudio(Mapping):
    """utterance id -> PCM (mono float32). What the synthesis cache holds is
    read from it on each access and not kept, so a long review's narration
    never sits in memory as a whole (with --no-cache, from a scratch cache of
    its own); what could not be written is held here."""

    def __init__(self, by_id: dict[str, str], held: dict[str, np.ndarray], cache: SpeechCache | None) -> None:
        self._by_id, self._held = by_id, held  # id -> normalised text; text -> PCM not in the cache
        self._cache = SpeechCache(cache.identity, cache.root, cache.enabled) if cache is not None else None
        if self._cache is not None:
            self._cache.scratch = cache.scratch  # a --no-cache scratch folder lives as long as this

    def __getitem__(self, uid: str) -> np.ndarray:
        norm = self._by_id[uid]
        if norm in self._held:
            return self._held[norm]
        audio = self._cache.get(norm) if self._cache is not None else None
        if audio is None:  # removed from the cache since (by hand, or a size limit trimming it)
            raise KeyError(uid)
        return audio

    def __iter__(self):  # noqa: ANN204
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


@dataclass
class Narration:
    """PCM for every utterance of a script (mono float32 at ``sample_rate``)."""

    sample_rate: int
    audio: Mapping[str, np.ndarray] = field(default_factory=dict)  # utterance id -> PCM
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
    """Run ``fn`` in a thread while the synthesis runs (in worker processes, or
    in this one without the GIL): the caller's chance to warm up what comes next."""
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
            engine: Engine | None = None, while_waiting: Callable[[], None] | None = None,
            pool: NarrationPool | None = None) -> Narration:
    """Synthesize every utterance of ``script`` with ``profile``'s voice.

    ``options.use_cache``/``cache_dir`` control the cache, ``options.workers``
    the process count (None: one per core), ``options.quiet`` the progress bar.
    ``while_waiting`` runs in a thread while worker processes synthesize (the
    render passes the audio writer's warm-up). With a ``pool`` (a batch), the
    misses go to its long-lived workers. Raises VoiceError when the engine
    cannot run (e.g. gTTS without network).
    """
    return start_narration(script, profile, options, engine, pool).result(while_waiting)


def start_narration(script: Script, profile: VoiceProfile, options: NarrationOptions,
                    engine: Engine | None = None, pool: NarrationPool | None = None) -> PendingNarration:
    """Look every utterance up in the cache and, with a ``pool``, hand the
    misses to its workers at once; :meth:`PendingNarration.result` collects
    them. Meanwhile the caller is free (a batch masters the previous review)."""
    engine = engine or (pool.engine if pool is not None else get_engine(profile))
    cache = SpeechCache(engine.cache_identity, options.cache_dir) if options.use_cache \
        else scratch_cache(engine.cache_identity)  # --no-cache: speech waits in a temporary folder

    # Unique spoken texts, in script order; each utterance id maps to one.
    texts: dict[str, str] = {}  # normalised text -> spoken (as given)
    by_id: dict[str, str] = {}
    for utt in script.utterances():
        norm = normalise_text(utt.spoken)
        if utt.id in by_id and by_id[utt.id] != norm:
            raise ValueError(f"script has two different utterances with id {utt.id!r}")
        by_id[utt.id] = norm
        texts.setdefault(norm, utt.spoken)

    found: dict[str, np.ndarray] = {}  # PCM the cache does not hold (see NarratedAudio)
    missing: list[str] = []
    for norm in texts:
        if not norm:
            found[norm] = np.zeros(0, dtype=np.float32)
        elif cache.get(norm) is None:  # (a hit is read again when it is used)
            missing.append(norm)
    pending = PendingNarration(engine, profile, options, cache, by_id, found, missing)
    if missing and pool is not None:
        engine.check()  # fail fast (gTTS offline) before any work
        pending.futures = pool.submit(missing, cache)
        pending.pool_workers = pool.workers
    return pending


class PendingNarration:
    """A narration under way: the cache hits, and the misses (already with a
    pool's workers, or synthesized by :meth:`result`)."""

    def __init__(self, engine: Engine, profile: VoiceProfile, options: NarrationOptions, cache: SpeechCache,
                 by_id: dict[str, str], found: dict[str, np.ndarray], missing: list[str]) -> None:
        self.engine, self.profile, self.options, self.cache = engine, profile, options, cache
        self.by_id, self.found, self.missing = by_id, found, missing
        self.futures: dict[str, Future] | None = None  # text -> PCM, when a pool synthesizes the misses
        self.pool_workers = 0

    def result(self, while_waiting: Callable[[], None] | None = None) -> Narration:
        engine, options, found, missing = self.engine, self.options, self.found, self.missing
        narration = Narration(sample_rate=engine.sample_rate, engine=engine.name)
        if missing:
            start = time.monotonic()
            if self.futures is not None:  # with a pool's workers (which also fill the cache)
                workers = self.pool_workers
                helper = _start_background(while_waiting)
                text_of = {fut: text for text, fut in self.futures.items()}
                self.futures = None  # each future holds its PCM: let it go once collected
                with Progress(len(missing), enabled=not options.quiet) as bar:
                    for fut in as_completed(list(text_of)):
                        text = text_of.pop(fut)
                        audio = fut.result()
                        if not self._cached(text):  # (or the pool's thread is still writing it)
                            found[text] = np.ascontiguousarray(audio, dtype=np.float32)
                        bar.update()
            else:
                engine.check()  # fail fast (gTTS offline) before any work
                workers = max(1, min(options.workers or default_workers(), len(missing)))
                # Also with one worker (synthesis in this process): onnxruntime loads the
                # voice and runs it without the GIL, so the warm-up's imports go on meanwhile.
                helper = _start_background(while_waiting)
                with Progress(len(missing), enabled=not options.quiet) as bar:
                    for norm, audio in _synthesize(engine, self.profile, missing, workers, bar):
                        audio = np.ascontiguousarray(audio, dtype=np.float32)
                        self.cache.put(norm, audio)
                        if not self._cached(norm):
                            found[norm] = audio
            if helper is not None:
                helper.join()  # normally long done; never leave it running past narrate()
            narration.synth_seconds = time.monotonic() - start
            narration.workers = workers
        narration.hits = self.cache.stats.hits
        narration.misses = len(missing)
        narration.audio = NarratedAudio(self.by_id, found, self.cache if self.cache.enabled else None)
        return narration

    def _cached(self, norm: str) -> bool:
        return self.cache.enabled and self.cache.path(norm).is_file()


class NarrationPool:
    """Synthesis worker processes kept for a whole batch.

    Each review's misses are submitted as soon as its script is known, so the
    workers go on with the next review while this process masters, encodes and
    writes the previous one: both cores stay busy. A text already on its way
    (the same sentence in two reviews) is not submitted twice. Each result is
    stored in the synthesis cache as soon as it arrives (by the pool's thread),
    whether or not anyone collects it. Use as a context manager."""

    def __init__(self, profile: VoiceProfile, workers: int | None = None) -> None:
        self.profile = profile
        self.engine = get_engine(profile)
        self.workers = max(1, workers or default_workers())
        self._pool: ProcessPoolExecutor | None = None
        self._pipe = None
        self._lock = threading.Lock()
        self._running: dict[tuple[str, str], Future] = {}  # (cache root, text) -> future

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = _context()
            lifeline, keep_alive = ctx.Pipe(duplex=False)  # workers get the read end; only we hold the write end
            self._pipe = (lifeline, keep_alive)
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_worker_init,
                                             initargs=(self.profile, lifeline))
        return self._pool

    def submit(self, texts: list[str], cache: SpeechCache) -> dict[str, Future]:
        """Futures of the PCM of ``texts``, longest first; each result is put in ``cache``."""
        out: dict[str, Future] = {}
        with self._lock:
            for text in sorted(texts, key=len, reverse=True):
                key = (str(cache.root) if cache.enabled else "", text)
                fut = self._running.get(key)
                if fut is None and cache.enabled and cache.path(text).is_file():
                    # Synthesized since the caller looked (it is put in the cache
                    # before it leaves _running): never synthesize a text twice,
                    # Piper's noise would make the second one differ.
                    audio = cache.get(text)
                    if audio is not None:
                        fut = Future()
                        fut.set_result(audio)
                        out[text] = fut
                        continue
                if fut is None:
                    try:
                        fut = self._executor().submit(_worker_synthesize, text)
                    except BrokenProcessPool:  # a worker died (killed): start afresh
                        self._shutdown()
                        fut = self._executor().submit(_worker_synthesize, text)
                    self._running[key] = fut
                    fut.add_done_callback(lambda f, key=key, cache=cache: self._done(f, key, cache))
                out[text] = fut
        return out

    def _done(self, fut: Future, key: tuple[str, str], cache: SpeechCache) -> None:
        if not fut.cancelled() and fut.exception() is None:  # in the cache first, then out of _running
            cache.put(key[1], np.ascontiguousarray(fut.result(), dtype=np.float32))
        with self._lock:
            self._running.pop(key, None)

    def _shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        if self._pipe is not None:
            for end in reversed(self._pipe):
                end.close()  # the write end: any worker still there exits now
            self._pipe = None

    def close(self) -> None:
        with self._lock:
            self._shutdown()
            self._running.clear()

    def __enter__(self) -> NarrationPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
                for fut in as_completed(list(futures)):
                    # Out of the dict once collected: a finished future holds its PCM, and
                    # a long review's speech (hours) must not pile up here.
                    text = futures.pop(fut)
                    audio = fut.result()
                    bar.update()
                    yield text, audio
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    finally:
        keep_alive.close()  # after the pool has shut down: any worker still there exits now
        lifeline.close()
