"""The one interface every speech engine implements.

An engine turns one utterance's spoken text into mono float32 PCM at
``engine.sample_rate``. ``engine.cache_identity`` names everything that changes
the sound (engine, model file hash, synthesis settings), so the synthesis
cache can key on it. Engines live in their own modules (piper_engine,
gtts_engine); :mod:`audioreview.speech.engines` picks one for a voice profile.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np


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

    def warm_up(self) -> None:
        """Load what the first sentence would wait for (a model, its phonemizer),
        for a caller with idle time (``render --watch``). Default: nothing; an
        online engine must not call out for it."""
