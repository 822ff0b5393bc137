"""File output: atomic single files, all-or-nothing groups of files, and locks.

* ``atomic_write`` writes to a temporary ``.<name>.<random>.part`` file beside
  the target, fsyncs it and renames it into place, so a failed or killed run
  never leaves a half-written file where a good one stood.
* ``commit_files`` writes a whole group (every file of one review, or the
  feed): first every changed file to its temporary file, and only when all of
  them are on disk, the renames -- in the order given, so the file that marks a
  folder as complete goes last. When a write fails (a full disk) the temporary
  files are removed and no final path has changed.
* ``dir_lock`` holds an advisory lock (``flock``) on a directory; the kernel
  drops it when the process dies, even by ``kill -9``.

Write errors become :class:`~audioreview.errors.OutputError` naming the file
and the cause (``cannot write: No space left on device``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Iterator, Mapping

from .errors import OutputError

PART_SUFFIX = ".part"

try:  # POSIX; without it (Windows) the locks are no-ops
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


def is_part_file(name: str) -> bool:
    """A temporary file of :func:`write_temp` (``.<name>.<random>.part``)."""
    return name.startswith(".") and name.endswith(PART_SUFFIX)


def write_error(exc: OSError, path: str | os.PathLike[str], verb: str = "write") -> OutputError:
    """One line for a failed write: the file and the system's reason."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return OutputError(f"cannot {verb}: {reason}", str(path))


def write_temp(target: Path, payload: bytes) -> Path:
    """Write ``payload`` to a new temporary file beside ``target`` (fsynced,
    mode 0644) and return its path; nothing is left behind when this fails."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        _unlink(Path(tmp))
        raise
    return Path(tmp)


def atomic_write(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same dir + rename).
    Raises OSError when it cannot (the caller decides whether that matters)."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = write_temp(target, payload)
    try:
        os.replace(tmp, target)
    except BaseException:
        _unlink(tmp)
        raise
    return target


def same_bytes(target: Path, payload: bytes) -> bool:
    try:
        return target.stat().st_size == len(payload) and target.read_bytes() == payload
    except OSError:
        return False


def commit_files(root: str | os.PathLike[str], files: Mapping[str, bytes | str],
                 last: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Write every changed file of ``files`` (paths relative to ``root``) as one group.

    Phase 1 writes each changed file to a temporary file beside its target;
    phase 2 renames them into place, the names in ``last`` after all others
    (in that order). A failure in phase 1 removes the temporary files and
    changes no final path. Returns (written, unchanged) names. Raises
    OutputError naming the file that could not be written.
    """
    base = Path(root)
    ordered = [n for n in files if n not in last] + [n for n in last if n in files]
    staged: list[tuple[Path, Path, str]] = []
    unchanged: list[str] = []
    written: list[str] = []
    try:
        for name in ordered:
            data = files[name]
            payload = data.encode("utf-8") if isinstance(data, str) else data
            target = base / name
            if same_bytes(target, payload):
                unchanged.append(name)
                continue
            try:
                staged.append((write_temp(target, payload), target, name))
            except OSError as exc:
                raise write_error(exc, target) from None
        while staged:
            tmp, target, name = staged[0]
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise write_error(exc, target) from None
            staged.pop(0)
            written.append(name)
    finally:
        for tmp, _target, _name in staged:
            _unlink(tmp)
    return written, unchanged


def remove_part_files(directory: Path, recursive: bool = True) -> list[Path]:
    """Delete leftover temporary files of killed writes under ``directory``.
    Only call it while holding the directory's lock (no writer is active)."""
    removed = []
    if not directory.is_dir():
        return removed
    walker = directory.rglob("*") if recursive else directory.iterdir()
    for path in list(walker):
        if is_part_file(path.name) and path.is_file():
            _unlink(path)
            removed.append(path)
    return removed


@contextlib.contextmanager
def dir_lock(directory: str | os.PathLike[str]) -> Iterator[int | None]:
    """Hold an exclusive advisory lock on ``directory`` (blocking).

    The lock is on the directory's inode: after acquiring it, check that the
    path still names the directory you meant (it may have been replaced).
    Released on exit, and by the kernel when the process dies."""
    if fcntl is None:  # pragma: no cover
        yield None
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            if exc.errno not in _NO_LOCKS:
                raise
            # A file system without flock (some network mounts): go on unlocked,
            # as before locks existed; the atomic claims still hold.
        yield fd
    finally:
        os.close(fd)  # closing the last descriptor releases the flock


_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL, errno.ENOSYS}


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        pass


def read_json_object(path: str | os.PathLike[str]) -> dict | None:
    """A JSON object stored at ``path``; None when it is missing, unreadable,
    not JSON or not an object (a folder's own records, read leniently)."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
