"""Synthesis cache: one file of PCM per utterance.

Key: sha256 of the engine's ``cache_identity`` (engine, model file hash,
settings, sample rate) and the normalised spoken text. Value: a float32 .npy at
the engine's sample rate, in ``<cache_dir>/speech-v1/<k[:2]>/<k>.npy``.

Writes go to a temporary file in the same folder and are linked into place
only where no entry is yet (the first writer wins: an entry never changes once
written, so a narration can read its utterances when it uses them), so two
renders sharing a cache never see a half-written or replaced entry; a file
that does not load is treated as a miss and rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..fileio import write_temp

LAYOUT = "speech-v1"


def default_cache_dir() -> Path:
    """$AUDIOREVIEW_CACHE, else the platform's user cache dir for audioreview."""
    env = os.environ.get("AUDIOREVIEW_CACHE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("audioreview"))


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


class SpeechCache:
    """Get/put utterance audio; ``enabled=False`` (--no-cache) makes every
    lookup a miss and stores nothing."""

    def __init__(self, identity: str, cache_dir: str | os.PathLike[str] | None = None, enabled: bool = True) -> None:
        self.identity = identity
        self.root = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
        self.enabled = enabled
        self.stats = CacheStats()

    def path(self, spoken: str) -> Path:
        key = cache_key(self.identity, spoken)
        return self.root / LAYOUT / key[:2] / f"{key}.npy"

    def get(self, spoken: str) -> np.ndarray | None:
        if not self.enabled:
            self.stats.misses += 1
            return None
        # A missing or damaged entry (e.g. a disk filled up mid-way) is a miss, rewritten later.
        audio = _load(self.path(spoken))
        if audio is None:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
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
