"""File output: atomic single files, all-or-nothing groups of files, and locks.

* ``atomic_write`` writes to a temporary ``.<name>.<random>.part`` file beside
  the target, fsyncs it and renames it into place, so a failed or killed run
  never leaves a half-written file where a good one stood.
* ``commit_files`` writes a whole group (every file of one review, or the
  feed): first every changed file to its temporary file, and only when all of
  them are on disk, the renames -- in the order given, so the file that marks a
  folder as complete goes last. When a write fails (a full disk) the temporary
  files are removed and no final path has changed.
* ``Spool`` lets a writer stream an output too large to hold in memory (the
  episode MP3 of a long review, the EPUB that carries its audio) straight into
  that temporary file; ``commit_files`` takes the resulting :class:`OnDisk`
  like bytes (renames it into place, or drops it when the target already holds
  the same bytes).
* ``dir_lock`` holds an advisory lock (``flock``) on a directory; the kernel
  drops it when the process dies, even by ``kill -9``.

Write errors become :class:`~audioreview.errors.OutputError` naming the file
and the cause (``cannot write: No space left on device``).
"""

from __future__ import annotations

import contextlib
import errno
import filecmp
import io
import json
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Mapping, Union

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


class OnDisk(os.PathLike):
    """An output whose bytes are in a file rather than in memory: a temporary
    file a :class:`Spool` wrote beside its target (``temporary``: commit_files
    renames it into place), or a final file kept as it is (a re-render reusing
    the audio on disk). Readers open it like any path (``os.fspath``)."""

    def __init__(self, path: str | os.PathLike[str], temporary: bool) -> None:
        self.path, self.temporary = Path(path), temporary

    def __fspath__(self) -> str:
        return str(self.path)

    def __repr__(self) -> str:
        return f"OnDisk({str(self.path)!r}, temporary={self.temporary})"

    def read_bytes(self) -> bytes:
        return self.path.read_bytes()


Payload = Union[bytes, str, OnDisk]


class Spool:
    """Where writers put outputs of one group (a review's folder ``root``):
    each is streamed into a temporary file beside its final path and handed
    back as an :class:`OnDisk` for commit_files, so no copy is held in memory.
    With ``root`` None the outputs are bytes (library callers, tests). Leave
    it as a context manager: what was spooled and not committed is removed."""

    def __init__(self, root: str | os.PathLike[str] | None) -> None:
        self.root = Path(root) if root is not None else None
        self._made: list[Path] = []

    def write(self, name: str, writer: Callable[[BinaryIO], object]) -> bytes | OnDisk:
        """Run ``writer(fh)`` on a fresh output ``name`` (relative to the root)."""
        if self.root is None:
            buf = io.BytesIO()
            writer(buf)
            return buf.getvalue()
        try:
            tmp = write_temp(self.root / name, writer)
        except OSError as exc:  # a full disk: one line naming the file, as commit_files says it
            raise write_error(exc, self.root / name) from None
        self._made.append(tmp)
        return OnDisk(tmp, temporary=True)

    def discard(self) -> None:
        """Remove every spooled file not committed (renamed away) yet."""
        for tmp in self._made:
            _unlink(tmp)
        self._made.clear()

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def write_temp(target: Path, payload: bytes | Callable[[BinaryIO], object]) -> Path:
    """Write ``payload`` (bytes, or a function that writes into the open file)
    to a new temporary file beside ``target`` (fsynced, mode 0644) and return
    its path; nothing is left behind when this fails."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(payload):
                payload(fh)
            else:
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


def same_bytes(target: Path, payload: bytes | OnDisk) -> bool:
    try:
        if isinstance(payload, OnDisk):
            return filecmp.cmp(payload.path, target, shallow=False)
        return target.stat().st_size == len(payload) and target.read_bytes() == payload
    except OSError:
        return False


def commit_files(root: str | os.PathLike[str], files: Mapping[str, Payload],
                 last: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Write every changed file of ``files`` (paths relative to ``root``) as one group.

    Phase 1 writes each changed file to a temporary file beside its target
    (an :class:`OnDisk` from a Spool is that file already; one that is not
    temporary must be the target itself, kept); phase 2 renames them into place, the names in ``last`` after all others
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
            if isinstance(payload, OnDisk) and not payload.temporary:
                if payload.path.resolve() != target.resolve():
                    raise OutputError(f"internal error: {payload.path} is not the file {name} it stands for", str(target))
                unchanged.append(name)
                continue
            if same_bytes(target, payload):
                if isinstance(payload, OnDisk):
                    _unlink(payload.path)
                unchanged.append(name)
                continue
            if isinstance(payload, OnDisk):
                staged.append((payload.path, target, name))
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
