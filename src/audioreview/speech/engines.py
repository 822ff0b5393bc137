"""Which engine speaks a voice profile: "piper" (offline, the default) or "gtts"
(online, Google Translate TTS). A new engine is a module with an
:class:`~audioreview.speech.engine.Engine` subclass, registered here.
"""

from __future__ import annotations

from ..errors import VoiceError
from . import piper_engine
from .engine import Engine
from .gtts_engine import GTTSEngine
from .piper_engine import PiperEngine
from .profiles import VoiceProfile

__all__ = ["Engine", "get_engine", "forget_loaded_voices"]


def get_engine(profile: VoiceProfile, threads: int | None = None) -> Engine:
    """The engine for ``profile``. ``threads`` limits onnxruntime's intra-op
    threads (worker processes pass 1); None leaves onnxruntime's default."""
    if profile.engine == "piper":
        return PiperEngine(profile, threads=threads)
    if profile.engine == "gtts":
        return GTTSEngine(profile)
    raise VoiceError(f"voice '{profile.name}' uses unknown engine '{profile.engine}' (piper or gtts)", profile.source)


def forget_loaded_voices() -> None:
    """Drop voices an engine keeps loaded in this process (a new worker process
    must never reuse a session it inherited)."""
    piper_engine.forget_loaded_voices()
