"""From a directory of rendered reviews to a podcast: episode records, feed
settings, the cover image, and every file the feed links to.

``scan_reviews(DIR)`` reads ``DIR/<slug>/{review,timing,render}.json`` and the
episode MP3 of each rendered review; ``load_settings`` merges a TOML file with
CLI options; ``build_feed`` returns the bytes of ``feed.xml``, ``cover.png``,
``feed-settings.json`` and each review's ``.vtt``, ``.srt`` and
``.chapters.json`` for the caller to write atomically. Nothing here writes files.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import json
import tomllib
import unicodedata
import uuid
from dataclasses import asdict, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import InputError, OutputError
from ..model import Review, SchemaError, Timing
from ..writers.chapters_json import write_chapters_json
from .rss import Episode, FeedSettings, check_base_url, write_feed
from ..writers.transcript import write_srt, write_vtt

__all__ = [
    "Episode",
    "FeedSettings",
    "SETTINGS_FILE",
    "build_feed",
    "load_cover",
    "load_feed_settings",
    "load_settings",
    "merge_settings",
    "stored_settings",
    "make_cover",
    "scan_reviews",
]

SETTINGS_FILE = "feed-settings.json"
COVER_SIZE = 1400
COVER_MIN, COVER_MAX = 1400, 3000
_GUID_NAMESPACE = uuid.UUID("9c3d7a52-2f1e-5b8a-9e55-6a1d0c4b7e21")  # fallback episode guids


# ----------------------------------------------------------------------- settings


def load_settings(config: str | Path | None = None, **options: Any) -> FeedSettings:
    """Feed settings from a TOML file (keys at top level or under ``[feed]``),
    then CLI ``options`` (None values are ignored, so unset flags keep the file's
    value). Relative ``image`` paths in the file are relative to the file."""
    values: dict[str, Any] = {}
    names = {f.name for f in fields(FeedSettings)}
    if config is not None:
        path = Path(config)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError("feed config file not found", str(path)) from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"cannot read feed config: {exc}", str(path)) from None
        table = data.get("feed", data)
        if not isinstance(table, dict):
            raise InputError("[feed] must be a table", str(path))
        unknown = sorted(set(table) - names - {"feed"})
        if unknown:
            raise InputError(f"unknown feed setting(s) {', '.join(unknown)}; valid: {', '.join(sorted(names))}", str(path))
        for key, value in table.items():
            if key == "feed":
                continue
            values[key] = _check_type(key, value, str(path))
        if values.get("image"):
            values["image"] = str((path.parent / values["image"]).resolve())
    for key, value in options.items():
        if key not in names:
            raise TypeError(f"unknown feed setting {key!r}")
        if value is not None:
            values[key] = _check_type(key, value, f"--{key.replace('_', '-')}")
    settings = FeedSettings(**values)
    if settings.base_url is not None:
        settings.base_url = check_base_url(settings.base_url)
    if settings.owner_email is not None and "@" not in settings.owner_email:
        raise InputError(f"owner_email {settings.owner_email!r} is not an e-mail address", config and str(config))
    return settings


# The name cli.py imports.
load_feed_settings = load_settings


def merge_settings(base: FeedSettings, given: FeedSettings | None) -> FeedSettings:
    """``base`` with every field of ``given`` that differs from the default
    (so options given on a command line win over stored settings)."""
    if given is None:
        return base
    default = FeedSettings()
    changes = {f.name: getattr(given, f.name) for f in fields(FeedSettings)
               if getattr(given, f.name) != getattr(default, f.name)}
    return replace(base, **changes)


def _check_type(key: str, value: Any, where: str) -> Any:
    wanted = bool if key in ("explicit", "locked") else str
    if not isinstance(value, wanted):
        raise InputError(f"feed setting {key} must be a {'boolean' if wanted is bool else 'string'}", where)
    return value


# ----------------------------------------------------------------------- scanning


def scan_reviews(directory: str | Path) -> list[Episode]:
    """Every rendered review under ``directory`` (subdirectories holding
    review.json, timing.json and the episode MP3; others are ignored), numbered
    1..N in order of first render. Raises OutputError when there are none."""
    root = Path(directory)
    if not root.is_dir():
        raise OutputError("no such directory", str(root))
    found = []
    for sub in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        episode = _read_episode(root, sub)
        if episode is not None:
            found.append(episode)
    if not found:
        raise OutputError("no rendered reviews in this directory (none holds review.json, timing.json and its MP3)", str(root))
    for number, ep in enumerate(sorted(found, key=lambda e: (e.first_rendered, e.slug)), 1):
        ep.number = number
    return sorted(found, key=lambda e: (e.pub_date, e.number))


def _read_episode(root: Path, sub: Path) -> Episode | None:
    review_file, timing_file = sub / "review.json", sub / "timing.json"
    if not (review_file.is_file() and timing_file.is_file()):
        return None
    slug = sub.name
    timing = _load(timing_file, Timing.from_dict)
    audio = _episode_audio(sub, slug, timing)
    if audio is None:
        return None
    review = _load(review_file, Review.from_dict)
    render_info: dict[str, Any] = {}
    render_file = sub / "render.json"
    if render_file.is_file():
        render_info = _load(render_file, lambda d: d)
    guid = str(render_info.get("guid") or uuid.uuid5(_GUID_NAMESPACE, slug))
    first = _parse_time(render_info.get("first_rendered"), render_file) or datetime.fromtimestamp(
        review_file.stat().st_mtime, tz=timezone.utc
    )
    return Episode(
        slug=slug,
        review=review,
        timing=timing,
        guid=guid,
        first_rendered=first,
        audio_path=audio.relative_to(root).as_posix(),
        audio_length=audio.stat().st_size,
        vtt_path=f"{slug}/{slug}.vtt",
        srt_path=f"{slug}/{slug}.srt",
        chapters_path=f"{slug}/{slug}.chapters.json",
    )


def _episode_audio(sub: Path, slug: str, timing: Timing) -> Path | None:
    for name in (timing.episode_file, f"{slug}.mp3"):
        if not name:
            continue
        candidate = (sub / name).resolve()
        if candidate.is_file() and candidate.is_relative_to(sub.resolve()) and candidate.suffix.lower() == ".mp3":
            return sub / candidate.relative_to(sub.resolve())
    return None


def _load(path: Path, convert: Any) -> Any:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return convert(data)
    except (OSError, UnicodeDecodeError, ValueError, SchemaError, TypeError) as exc:
        raise InputError(f"cannot read rendered review: {exc}", str(path)) from None


def _parse_time(raw: Any, path: Path) -> datetime | None:
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"first_rendered {raw!r} is not an ISO date-time", str(path)) from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


# -------------------------------------------------------------------------- cover


_SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)


def _font_loader() -> tuple[Any, bool]:
    """(size -> font, whether the font covers more than ASCII). A system DejaVu
    Sans Bold when there is one; else Pillow's built-in font (ASCII only)."""
    from PIL import ImageFont

    for candidate in _SYSTEM_FONTS:
        if Path(candidate).is_file():
            return (lambda size: ImageFont.truetype(candidate, size)), True
    return (lambda size: ImageFont.load_default(size=size)), False


def make_cover(title: str, size: int = COVER_SIZE) -> bytes:
    """A square PNG with the feed title in large type: the same title gives the
    same bytes on a given machine (the font is the system's DejaVu Sans when
    present). White text on a dark colour picked from the title's hash."""
    from PIL import Image, ImageDraw

    load_font, wide = _font_loader()
    text = _drawable(title, ascii_only=not wide) or "Audio reviews"
    hue = int(hashlib.sha256(title.encode("utf-8")).hexdigest()[:4], 16) / 0xFFFF
    r, g, b = (int(c * 255) for c in colorsys.hls_to_rgb(hue, 0.2, 0.45))
    image = Image.new("RGB", (size, size), (r, g, b))
    draw = ImageDraw.Draw(image)
    margin = size // 10
    font_size = size // 9
    font = load_font(font_size)
    lines = [text]
    while font_size > size // 30:
        font = load_font(font_size)
        lines = _wrap_to_width(draw, text, font, size - 2 * margin)
        fits = all(draw.textlength(line, font=font) <= size - 2 * margin for line in lines)
        if fits and len(lines) * font_size * 1.25 <= size - 3 * margin:
            break
        font_size = int(font_size * 0.85)
    y = margin
    for line in lines:
        draw.text((margin, y), line, fill=(255, 255, 255), font=font)
        y += int(font_size * 1.25)
    small = load_font(size // 28)
    draw.text((margin, size - margin - size // 60 - size // 20), "narrated reviews", fill=(255, 255, 255), font=small)
    draw.rectangle((margin, size - margin - size // 60, margin + size // 6, size - margin), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _drawable(title: str, ascii_only: bool = False) -> str:
    """The title without emoji and other symbols fonts lack (and folded to ASCII
    for Pillow's built-in font: "café" -> "cafe")."""
    if ascii_only:
        title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    title = unicodedata.normalize("NFC", title)
    kept = (ch for ch in title if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co", "Cn", "Cc", "Cf", "Mn"))
    return " ".join("".join(kept).split())


def _wrap_to_width(draw: Any, text: str, font: Any, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and draw.textlength(trial, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def load_cover(path: str | Path) -> bytes:
    """A user's cover as feed-ready PNG bytes. A PNG of 1400-3000 px square is
    kept byte for byte; a JPEG or an off-size square image is converted and
    scaled into range. Not square, unreadable, or not an image: OutputError."""
    from PIL import Image, UnidentifiedImageError

    p = Path(path)
    try:
        raw = p.read_bytes()
        with Image.open(io.BytesIO(raw)) as img:
            img.load()
            fmt, (w, h) = img.format, img.size
            if w != h:
                raise OutputError(f"cover image must be square, it is {w}x{h}", str(p))
            if fmt == "PNG" and COVER_MIN <= w <= COVER_MAX and img.mode in ("RGB", "RGBA", "P", "L"):
                return raw
            target = min(max(w, COVER_MIN), COVER_MAX)
            converted = img.convert("RGB")
            if target != w:
                converted = converted.resize((target, target), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            converted.save(out, format="PNG")
            return out.getvalue()
    except FileNotFoundError:
        raise OutputError("cover image not found", str(p)) from None
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise OutputError(f"cover is not a readable image: {exc}", str(p)) from None


# ------------------------------------------------------------------------- feed


def build_feed(directory: str | Path, settings: FeedSettings) -> dict[str, bytes]:
    """Everything the feed needs, as {path relative to DIR: bytes}: feed.xml,
    cover.png, feed-settings.json and, per review, <slug>/<slug>.vtt, .srt and
    .chapters.json. Raises before returning anything when a part is bad, so the
    caller writes all or nothing."""
    if settings.base_url is not None:
        settings = replace(settings, base_url=check_base_url(settings.base_url))
    episodes = scan_reviews(directory)
    files: dict[str, bytes] = {}
    for ep in episodes:
        assert ep.vtt_path and ep.srt_path and ep.chapters_path
        files[ep.vtt_path] = write_vtt(ep.timing, ep.review).encode("utf-8")
        files[ep.srt_path] = write_srt(ep.timing, ep.review).encode("utf-8")
        files[ep.chapters_path] = write_chapters_json(ep.timing).encode("utf-8")
    files["cover.png"] = load_cover(settings.image) if settings.image else make_cover(settings.title)
    files[SETTINGS_FILE] = (json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files["feed.xml"] = write_feed(episodes, settings)
    return files


def stored_settings(directory: str | Path) -> FeedSettings | None:
    """The settings the last build_feed used (DIR/feed-settings.json), if any."""
    path = Path(directory) / SETTINGS_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = {f.name for f in fields(FeedSettings)}
        return FeedSettings(**{k: v for k, v in data.items() if k in names})
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"cannot read feed settings: {exc}", str(path)) from None
