"""Synthesis cache: one file of PCM per utterance.

Key: sha256 of the engine's ``cache_identity`` (engine, model file hash,
settings, sample rate) and the normalised spoken text. Value: a float32 .npy at
the engine's sample rate, in ``<cache_dir>/speech-v1/<k[:2]>/<k>.npy``.

Writes go to a temporary file in the same folder and are renamed into place
(os.replace), so two renders sharing a cache never see a half-written entry;
a file that does not load is treated as a miss and rewritten.
"""

from __future__ import annotations

import hashlib
import io
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..fileio import atomic_write

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
        path = self.path(spoken)
        try:
            audio = np.load(path, allow_pickle=False)
            if audio.dtype != np.float32 or audio.ndim != 1:
                raise ValueError("not mono float32")
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        except (OSError, ValueError, EOFError):
            # Damaged entry (e.g. a disk filled up mid-way): a miss, rewritten later.
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return audio

    def put(self, spoken: str, audio: np.ndarray) -> None:
        if not self.enabled:
            return
        buf = io.BytesIO()
        np.save(buf, np.ascontiguousarray(audio, dtype=np.float32), allow_pickle=False)
        try:
            atomic_write(self.path(spoken), buf.getvalue())
        except OSError:
            pass  # a read-only or full cache must not fail the render
