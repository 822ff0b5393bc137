"""Running a batch: where each review renders (here, or on a Dask cluster), one
progress display for the whole batch, and the ``--report`` file.

This module knows nothing of rendering: :func:`audioreview.render.render_batch`
hands it the unit of work (a picklable function of one input record that
returns that input's result and never raises) and the records.

Executors, one small interface (:meth:`Executor.map`: yield ``(item, result)``
as results come):

* :class:`LocalExecutor` renders in this process, one review after another,
  in input order (each review's synthesis uses the worker processes of
  ``--workers``).
* :class:`DaskExecutor` (``--scheduler tcp://HOST:PORT``) sends each review as a
  task to a Dask distributed cluster; ``dask`` is imported only then. At most
  a few tasks per worker thread are in flight, so a million inputs never sit in
  the scheduler at once. A worker that dies mid-task has its task run again
  elsewhere (Dask reschedules it; ``retries`` covers errors raised in a
  task); the render's atomic claims and commits mean nothing partial is ever
  at a final path. Workers write into the output folder given (it must be the
  same path on every machine: a shared file system); the inputs are read here
  and shipped with each task, so workers need not see them.

Progress (:class:`BatchProgress`): one tqdm bar on stderr -- reviews done of the
total, audio minutes produced, ETA -- shown only when stderr is a terminal.
Lines printed meanwhile go through :meth:`BatchProgress.write` so they never
tear the bar.

Report (:class:`BatchReport`): per input its source (and manifest row),
status, folder, stage timings, cache hits and misses and error; totals at
the end; written atomically as JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol, TextIO, TypeVar

from .errors import OutputError
from .fileio import write_error

T = TypeVar("T")
R = TypeVar("R")

CONNECT_TIMEOUT = 3.0  # seconds; with imports and start-up, an absent scheduler is reported within 10 s
TASK_RETRIES = 2  # a task that raised (a worker's own trouble) is tried again this many times
_END = object()


class Executor(Protocol):
    def map(self, fn: Callable[[T], R], items: Iterable[T],
            failed: Callable[[T, BaseException], R]) -> Iterator[tuple[T, R]]:
        """Run ``fn`` on every item; yield (item, result). A task that could not
        run at all becomes ``failed(item, exception)``."""
        ...

    def close(self) -> None: ...


class LocalExecutor:
    """Every review in this process, in input order."""

    def map(self, fn: Callable[[T], R], items: Iterable[T],
            failed: Callable[[T, BaseException], R]) -> Iterator[tuple[T, R]]:
        for item in items:
            yield item, fn(item)

    def close(self) -> None:
        pass


class DaskExecutor:
    """Each review a task on the Dask cluster whose scheduler is at ``address``."""

    def __init__(self, address: str, connect_timeout: float = CONNECT_TIMEOUT, window: int | None = None) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise OutputError("--scheduler needs Dask: pip install 'audioreview[dask]'", address) from None
        self.address = address
        try:
            self.client = Client(address, timeout=connect_timeout, set_as_default=False)
        except Exception as exc:  # noqa: BLE001 -- OSError, TimeoutError, ValueError for a bad address...
            detail = " ".join(str(exc).split()) or type(exc).__name__
            raise OutputError(f"cannot reach the Dask scheduler: {detail}", address) from None
        self.window = window

    def _window(self) -> int:
        try:
            threads = sum(self.client.nthreads().values())
        except Exception:  # noqa: BLE001
            threads = 0
        return self.window or max(8, 4 * threads)

    def map(self, fn: Callable[[T], R], items: Iterable[T],
            failed: Callable[[T, BaseException], R]) -> Iterator[tuple[T, R]]:
        from distributed import as_completed

        pending = iter(items)
        window = self._window()
        running: dict[Any, tuple[Any, T]] = {}  # future key -> (future, item)
        done = as_completed(loop=self.client.loop)

        def submit_next() -> bool:
            item = next(pending, _END)
            if item is _END:
                return False
            future = self.client.submit(fn, item, pure=False, retries=TASK_RETRIES)
            running[future.key] = (future, item)
            done.add(future)
            return True

        while len(running) < window and submit_next():
            pass
        try:
            for future in done:
                _, item = running.pop(future.key)
                try:
                    result = future.result()
                except Exception as exc:  # noqa: BLE001 -- KilledWorker, a lost connection...
                    result = failed(item, exc)
                future.release()
                submit_next()
                yield item, result
        finally:
            if running:  # interrupted: do not leave our tasks queued on the cluster
                self.client.cancel([f for f, _ in running.values()])

    def close(self) -> None:
        try:
            self.client.close(timeout=5)
        except Exception:  # noqa: BLE001 -- closing a client of a gone scheduler
            pass


def executor_for(scheduler: str | None) -> Executor:
    """The local executor, or a Dask one connected to ``scheduler`` (an
    OutputError naming the address when it cannot be reached)."""
    return DaskExecutor(scheduler) if scheduler else LocalExecutor()


# ------------------------------------------------------------------ progress


class BatchProgress:
    """One bar for the whole batch (tqdm): reviews done, audio minutes, ETA."""

    def __init__(self, total: int, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = bool(enabled and total > 0 and isatty())
        self.audio_seconds = 0.0
        self.bar = None
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="review", desc="rendering", file=self.stream, dynamic_ncols=True,
                            smoothing=0.1, bar_format="{desc} {bar} {n_fmt}/{total_fmt} reviews"
                            " [{elapsed}<{remaining}]{postfix}")

    def update(self, audio_seconds: float = 0.0) -> None:
        self.audio_seconds += audio_seconds
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.audio_seconds / 60:.1f} min of audio", refresh=False)
            self.bar.update(1)

    def write(self, line: str, err: bool = False) -> None:
        """Print a line above the bar (or plainly, without one)."""
        stream = sys.stderr if err else sys.stdout
        if self.bar is not None:
            self.bar.write(line, file=stream)
        else:
            print(line, file=stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> BatchProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ------------------------------------------------------------------ report


class BatchReport:
    """``--report FILE.json``: per-input records and totals, streamed.

    Each record: ``source``, ``manifest_row`` (or null), ``status`` (ok /
    error), ``slug``, ``out_dir``, ``seconds`` (the whole review) and
    ``timings`` (seconds per stage where measured: read, outputs, write,
    synthesis), ``cache`` (hits, misses, whether the audio was reused),
    ``written``/``unchanged`` file counts, ``audio_seconds`` and ``error``.
    Records go to a temporary file as they come (memory stays flat however
    long the batch); :meth:`finish` adds the totals and renames it into
    place, so the report appears whole or not at all."""

    STAGES = {"read_seconds": "read", "outputs_seconds": "outputs", "write_seconds": "write",
              "synth_seconds": "synthesis"}

    def __init__(self, path: str | Path, scheduler: str | None = None) -> None:
        self.path = Path(path)
        self.started = time.time()
        self.totals = {"inputs": 0, "ok": 0, "errors": 0, "wall_seconds": 0.0, "audio_seconds": 0.0,
                       "cache_hits": 0, "cache_misses": 0, "files_written": 0, "scheduler": scheduler}
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".report-tmp",
                                       dir=self.path.parent if str(self.path.parent) else ".")
        except OSError as exc:
            raise write_error(exc, self.path) from None
        self.tmp = Path(tmp)
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        self.handle.write('{\n  "version": 1,\n  "inputs": [')
        self.first = True

    def add(self, origin: str | None, result: Any) -> None:
        stats = dict(getattr(result, "stats", {}) or {})
        error = getattr(result, "error", None)
        record = {
            "source": str(result.source),
            "manifest_row": origin,
            "status": "ok" if error is None else "error",
            "slug": result.slug,
            "out_dir": str(result.out_dir) if result.out_dir else None,
            "seconds": stats.get("seconds"),
            "timings": {name: stats[key] for key, name in self.STAGES.items() if key in stats},
            "cache": {"hits": int(stats.get("hits", 0)), "misses": int(stats.get("misses", 0)),
                      "audio_reused": bool(stats.get("reused_audio", 0))},
            "written": len(result.written),
            "unchanged": len(result.unchanged),
            "audio_seconds": stats.get("audio_seconds", 0.0),
            "error": str(error) if error is not None else None,
        }
        t = self.totals
        t["inputs"] += 1
        t["ok" if error is None else "errors"] += 1
        t["audio_seconds"] += record["audio_seconds"] or 0.0
        t["cache_hits"] += record["cache"]["hits"]
        t["cache_misses"] += record["cache"]["misses"]
        t["files_written"] += record["written"]
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
        self.handle.write(("\n    " if self.first else ",\n    ") + text)
        self.first = False

    def finish(self) -> Path:
        """Totals, then the report renamed into place (an OutputError naming it if that fails)."""
        self.totals["wall_seconds"] = round(time.time() - self.started, 3)
        self.totals["audio_seconds"] = round(self.totals["audio_seconds"], 3)
        try:
            self.handle.write(("\n  " if not self.first else "") + '],\n  "totals": '
                              + json.dumps(self.totals, ensure_ascii=False) + "\n}\n")
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.discard()
            raise write_error(exc, self.path) from None
        return self.path

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)


def check_report_path(path: str | Path) -> None:
    """The report's folder exists and the report can be written there (before any work)."""
    target = Path(path)
    if target.is_dir():
        raise OutputError("is a folder; --report needs a file name", str(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("cannot write the report: its folder does not exist", str(target))


__all__ = ["Executor", "LocalExecutor", "DaskExecutor", "executor_for", "BatchProgress", "BatchReport",
           "check_report_path"]
