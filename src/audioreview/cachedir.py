"""Where audioreview keeps what it can always make again, and a small store of
arrays unpacked once there.

``user_cache_dir()`` is $AUDIOREVIEW_CACHE, else the platform's user cache
folder for audioreview: the synthesis cache lives there by default
(speech/cache.py), and so does what :func:`cached_arrays` keeps -- data that a
package ships compressed and every run would otherwise unpack again (the
language detector's model: most of a second per run, a few milliseconds read
back unpacked; wordfreq's frequency table) and what a library can save of its
own start-up work (onnxruntime's optimized graph of a Piper voice, see
speech/piper_engine.py): :func:`cache_entry` names each such file.
Everything here is a cache: a missing, damaged or unwritable entry is made
again in memory, never an error.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import Callable

import numpy as np

from .fileio import atomic_write


def user_cache_dir() -> Path:
    """$AUDIOREVIEW_CACHE, else the platform's user cache dir for audioreview."""
    env = os.environ.get("AUDIOREVIEW_CACHE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("audioreview"))


def package_version(dist: str) -> str:
    """An installed distribution's version, as cache keys name it ("unknown" when
    it is not installed): a new version of what made an entry makes a new key."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


def cache_entry(name: str, key: str, suffix: str) -> Path:
    """The path of the cache entry ``name`` made from ``key`` (everything it is
    made from: a package's version, a data file's hash): one key, one file,
    ``<user cache>/unpacked/<name>-<sha of key><suffix>``."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return user_cache_dir() / "unpacked" / f"{name}-{digest}{suffix}"


def cached_arrays(name: str, key: str, make: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The arrays ``make()`` returns, kept uncompressed as
    ``<user cache>/unpacked/<name>-<sha of key>.npz``: read from there when
    present and whole, otherwise made and stored (atomically; a cache that
    cannot be written is skipped). ``key`` names everything the arrays are made
    from (a package's version, its data file's size and time)."""
    path = cache_entry(name, key, ".npz")
    try:
        with np.load(path, allow_pickle=False) as saved:
            return {k: saved[k] for k in saved.files}
    except (OSError, ValueError, EOFError, KeyError):
        pass  # not there yet, or damaged: made again
    arrays = make()
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    try:
        atomic_write(path, buf.getvalue())
    except OSError:
        pass
    return arrays
