"""From a directory of rendered reviews to a podcast: the episode records and
the files of the feed.

``scan_reviews(DIR)`` reads ``DIR/<slug>/{review,timing,render}.json`` and the
episode MP3 of each rendered review, and links the transcripts and JSON chapters
its render wrote; ``build_feed`` returns the bytes of ``feed.xml``, ``cover.png``
and ``feed-settings.json`` for the caller to write atomically. Nothing here
writes files.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import covers, layout
from ..dates import as_datetime
from ..errors import InputError, OutputError
from ..model import Review, SchemaError
from ..audio.timing import Timing
from .rss import Episode, write_feed
from .settings import FeedSettings

__all__ = ["Episode", "build_feed", "read_rendered", "scan_reviews"]

_GUID_NAMESPACE = uuid.UUID("9c3d7a52-2f1e-5b8a-9e55-6a1d0c4b7e21")  # fallback episode guids


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
    review_file, timing_file = sub / layout.MODEL_FILE, sub / layout.TIMING_FILE
    if not (review_file.is_file() and timing_file.is_file()):
        return None
    slug = sub.name
    timing = read_rendered(timing_file, Timing.from_dict)
    audio = _episode_audio(sub, slug, timing)
    if audio is None:
        return None
    review = read_rendered(review_file, Review.from_dict)
    render_info: dict[str, Any] = {}
    render_file = sub / layout.RENDER_INFO
    if render_file.is_file():
        render_info = read_rendered(render_file, lambda d: d)
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
        vtt_path=_written(root, slug, layout.vtt_file(slug)),
        srt_path=_written(root, slug, layout.srt_file(slug)),
        chapters_path=_written(root, slug, layout.chapters_json_file(slug)),
    )


def _written(root: Path, slug: str, name: str) -> str | None:
    """A file the render wrote beside the episode, as a feed path (None: absent)."""
    path = layout.in_review(slug, name)
    return path if (root / path).is_file() else None


def _episode_audio(sub: Path, slug: str, timing: Timing) -> Path | None:
    for name in (timing.episode_file, layout.episode_file(slug)):
        if not name:
            continue
        candidate = (sub / name).resolve()
        if candidate.is_file() and candidate.is_relative_to(sub.resolve()) and candidate.suffix.lower() == ".mp3":
            return sub / candidate.relative_to(sub.resolve())
    return None


def read_rendered(path: Path, convert: Any) -> Any:
    """A JSON file a render wrote, through ``convert`` (``Review.from_dict``...);
    InputError naming the file when it is missing or damaged."""
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
    value = as_datetime(str(raw))
    if value is None:
        raise InputError(f"first_rendered {raw!r} is not an ISO date-time", str(path))
    return value


# ------------------------------------------------------------------------- feed


def build_feed(directory: str | Path, settings: FeedSettings) -> dict[str, bytes]:
    """Everything the feed needs, as {path relative to DIR: bytes}: feed.xml,
    cover.png and feed-settings.json. The episodes link to the transcripts and
    JSON chapters each render wrote beside its MP3. Raises before returning
    anything when a part is bad, so the caller writes all or nothing."""
    episodes = scan_reviews(directory)
    files: dict[str, bytes] = {}
    files[layout.FEED_COVER] = covers.for_feed(covers.read_cover(settings.image), settings.image).data if settings.image else covers.make_cover(settings.title)
    files[layout.FEED_SETTINGS] = (json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files[layout.FEED_FILE] = write_feed(episodes, settings)
    return files
