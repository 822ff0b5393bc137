"""Speech engines behind one small interface.

An engine turns one utterance's spoken text into mono float32 PCM at
``engine.sample_rate``. ``engine.cache_identity`` names everything that changes
the sound (engine, model file hash, synthesis settings), so the synthesis
cache can key on it. ``get_engine(profile)`` picks the engine for a profile:
"piper" (offline, the default) or "gtts" (online, Google Translate TTS).
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np

from ..errors import VoiceError
from .profiles import VoiceProfile


class Engine(ABC):
    """What narration needs from a speech engine."""

    name: str = "engine"
    sample_rate: int = 22050

    @property
    @abstractmethod
    def cache_identity(self) -> str:
        """Stable text naming engine + voice + settings (no volatile data)."""

    @abstractmethod
    def synthesize(self, text: str) -> np.ndarray:
        """Spoken text -> mono float32 PCM in [-1, 1] at ``sample_rate``."""

    def check(self) -> None:
        """Fail fast (VoiceError) when the engine cannot run here. Default: ok."""


def get_engine(profile: VoiceProfile, threads: int | None = None) -> Engine:
    """The engine for ``profile``. ``threads`` limits onnxruntime's intra-op
    threads (worker processes pass 1); None leaves onnxruntime's default."""
    if profile.engine == "piper":
        from .piper_engine import PiperEngine

        return PiperEngine(profile, threads=threads)
    if profile.engine == "gtts":
        from .gtts_engine import GTTSEngine

        return GTTSEngine(profile)
    raise VoiceError(f"voice '{profile.name}' uses unknown engine '{profile.engine}' (piper or gtts)", profile.source)
