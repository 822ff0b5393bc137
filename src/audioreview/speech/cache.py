"""Synthesis cache: one file of PCM per utterance.

Key: sha256 of the engine's ``cache_identity`` (engine, model file hash,
settings, sample rate) and the normalised spoken text. Value: a float32 .npy at
the engine's sample rate, in ``<cache_dir>/speech-v1/<k[:2]>/<k>.npy``.

Writes go to a temporary file in the same folder and are linked into place
only where no entry is yet (the first writer wins: an entry never changes once
written, so a narration can read its utterances when it uses them), so two
renders sharing a cache never see a half-written or replaced entry; a file
that does not load is treated as a miss and rewritten.

Size limit (``--cache-max-size``): a hit touches the entry's mtime, so the
mtime is its last use; :func:`trim` removes the least recently used entries
until the cache fits, never one used since a given moment (the start of the
review that just rendered) nor one the review used (by name). :class:`Trimmer`
calls it after each review of a batch without rescanning the cache every time.
A render killed with ``kill -9`` leaves at most a ``.part`` file, which is never
read as an entry (:func:`trim` removes old ones).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..cachedir import user_cache_dir
from ..errors import OutputError
from ..fileio import PART_SUFFIX, write_temp

LAYOUT = "speech-v1"


def cache_root(cache_dir: str | os.PathLike[str] | None) -> Path:
    """The synthesis cache folder: ``cache_dir`` as given (``--cache-dir``), else
    the user cache folder ($AUDIOREVIEW_CACHE, else the platform's)."""
    return Path(cache_dir).expanduser() if cache_dir else user_cache_dir()


def normalise_text(text: str) -> str:
    """NFC, single spaces, stripped: spacing differences do not change speech."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def cache_key(identity: str, spoken: str) -> str:
    h = hashlib.sha256()
    h.update(identity.encode("utf-8"))
    h.update(b"\x00")
    h.update(normalise_text(spoken).encode("utf-8"))
    return h.hexdigest()


def _load(path: Path) -> np.ndarray | None:
    """The entry at ``path``, or None when it is missing or not mono float32."""
    try:
        audio = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    return audio if audio.dtype == np.float32 and audio.ndim == 1 else None


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0


def scratch_cache(identity: str) -> "SpeechCache":
    """For --no-cache: a cache in a temporary folder of its own, removed when
    the cache object goes (the narration reads from it until the audio is
    made), so a long review's speech waits on disk rather than in memory; the
    user's cache is neither read nor written."""
    import tempfile

    folder = tempfile.TemporaryDirectory(prefix="audioreview-speech-")
    cache = SpeechCache(identity, folder.name, True)
    cache.scratch = folder
    return cache


class SpeechCache:
    """Get/put utterance audio; ``enabled=False`` (--no-cache) makes every
    lookup a miss and stores nothing."""

    def __init__(self, identity: str, cache_dir: str | os.PathLike[str] | None = None, enabled: bool = True) -> None:
        self.identity = identity
        self.root = cache_root(cache_dir)
        self.enabled = enabled
        self.stats = CacheStats()
        self.scratch: object | None = None  # a temporary folder this cache lives in (see scratch_cache)

    def path(self, spoken: str) -> Path:
        key = cache_key(self.identity, spoken)
        return self.root / LAYOUT / key[:2] / f"{key}.npy"

    def get(self, spoken: str) -> np.ndarray | None:
        if not self.enabled:
            self.stats.misses += 1
            return None
        # A missing or damaged entry (e.g. a disk filled up mid-way) is a miss, rewritten later.
        path = self.path(spoken)
        audio = _load(path)
        if audio is None:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        _touch(path)
        USED.paths.add(str(path))
        return audio

    def put(self, spoken: str, audio: np.ndarray) -> None:
        """Store ``audio`` unless a good entry is there already: the first
        writer wins, so an entry never changes once written (a narration reads
        its utterances from the cache when it uses them, and two renders
        sharing the cache may synthesize the same text at once; Piper's noise
        makes every synthesis differ). A damaged entry is replaced."""
        if not self.enabled:
            return
        buf = io.BytesIO()
        np.save(buf, np.ascontiguousarray(audio, dtype=np.float32), allow_pickle=False)
        path = self.path(spoken)
        try:
            tmp = write_temp(path, buf.getvalue())
        except OSError:
            return  # a read-only or full cache must not fail the render
        try:
            try:
                os.link(tmp, path)  # only where nothing is yet: atomic
            except FileExistsError:
                if _load(path) is None:
                    os.replace(tmp, path)
            except OSError:  # no hard links on this file system
                if _load(path) is None:
                    os.replace(tmp, path)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        WRITTEN.bytes += buf.getbuffer().nbytes
        USED.paths.add(str(path))


@dataclass
class _Written:
    bytes: int = 0  # entry bytes this process has put into any cache


@dataclass
class _Used:
    paths: set[str] = field(default_factory=set)  # entries this process read or wrote since the last trim


WRITTEN = _Written()
USED = _Used()


def _touch(path: Path) -> None:
    """Mark an entry as just used (its mtime is its last use, for trimming)."""
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache: still a hit


# ------------------------------------------------------------------ size limit

_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
          "t": 10**12, "tb": 10**12, "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}
STALE_PART_SECONDS = 3600  # a temporary file this old belongs to a killed render


def parse_size(text: str) -> int:
    """``"2GB"``, ``"500 MB"``, ``"1.5GiB"``, ``"800000"`` -> bytes; OutputError otherwise."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(text))
    unit = m and _UNITS.get(m.group(2).lower())
    if not m or unit is None:
        raise OutputError(f"not a size: {text!r} (use e.g. 500MB, 2GB, 1.5GiB)", "--cache-max-size")
    size = int(float(m.group(1)) * unit)
    if size <= 0:
        raise OutputError(f"the cache size limit must be above 0, got {text!r}", "--cache-max-size")
    return size


@dataclass
class TrimStats:
    bytes_before: int = 0
    bytes_after: int = 0
    removed: int = 0


def _entries(root: Path) -> tuple[list[tuple[float, int, str]], list[str]]:
    """(mtime, size, path) of every entry under ``root``, and stale temporary files."""
    entries: list[tuple[float, int, str]] = []
    stale: list[str] = []
    now = time.time()
    base = root / LAYOUT
    try:
        shards = list(os.scandir(base))
    except OSError:
        return entries, stale
    for shard in shards:
        if not shard.is_dir(follow_symlinks=False):
            continue
        try:
            with os.scandir(shard.path) as it:
                for entry in it:
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # removed meanwhile
                    if entry.name.endswith(".npy"):
                        entries.append((st.st_mtime, st.st_size, entry.path))
                    elif entry.name.endswith(PART_SUFFIX) and now - st.st_mtime > STALE_PART_SECONDS:
                        stale.append(entry.path)
        except OSError:
            continue
    return entries, stale


def trim(cache_dir: str | os.PathLike[str] | None, max_bytes: int, *, protect_since: float | None = None,
         protect: set[str] | frozenset[str] = frozenset(), target: float = 0.9) -> TrimStats:
    """Remove least recently used entries until the cache holds at most
    ``max_bytes`` (down to ``target`` of it, so the next reviews do not trim
    again at once). Entries used at or after ``protect_since`` (a
    ``time.time()``) are kept even if that leaves the cache over the limit.
    ``protect`` names entries kept whatever their mtime (what the current review
    used, on a file system whose mtimes are whole seconds). Temporary files of
    killed renders older than an hour go too."""
    root = cache_root(cache_dir)
    entries, stale = _entries(root)
    for path in stale:
        with contextlib.suppress(OSError):
            os.unlink(path)
    total = sum(size for _, size, _ in entries)
    stats = TrimStats(bytes_before=total, bytes_after=total)
    if total <= max_bytes:
        return stats
    goal = int(max_bytes * target)
    entries.sort()
    for mtime, size, path in entries:
        if total <= goal:
            break
        if protect_since is not None and mtime >= protect_since:
            break  # sorted: every later entry is newer still
        if str(path) in protect:
            continue
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass  # another trimmer took it
        except OSError:
            continue
        total -= size
        stats.removed += 1
    stats.bytes_after = total
    return stats


class Trimmer:
    """Keeps one process's cache under ``max_bytes`` across a batch.

    Call :meth:`after_review` after each review with the time it started. The
    cache is scanned when what this process has written since the last scan
    could have taken it over the limit, and at least every ``rescan_every``
    reviews (other processes -- Dask workers -- write to a shared cache too)."""

    def __init__(self, cache_dir: str | os.PathLike[str] | None, max_bytes: int, rescan_every: int = 50) -> None:
        self.cache_dir = cache_dir
        self.max_bytes = max_bytes
        self.rescan_every = rescan_every
        self.known: int | None = None  # bytes at the last scan
        self.written_at_scan = 0
        self.reviews = 0
        self.removed = 0

    def after_review(self, started: float) -> TrimStats | None:
        self.reviews += 1
        grown = WRITTEN.bytes - self.written_at_scan
        try:
            if self.known is not None and self.known + grown <= self.max_bytes and self.reviews % self.rescan_every:
                return None
            stats = trim(self.cache_dir, self.max_bytes, protect_since=started, protect=USED.paths)
        finally:
            USED.paths.clear()  # what the next review uses is protected next time
        self.known, self.written_at_scan = stats.bytes_after, WRITTEN.bytes
        self.removed += stats.removed
        return stats
