"""The feed's channel settings: a TOML file, command-line options, and what the
last feed build stored in ``DIR/feed-settings.json``, merged in that order."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import layout
from ..errors import InputError, OutputError



@dataclass
class FeedSettings:
    """Channel-level settings (CLI options and/or a TOML file). A base URL is
    checked and given its trailing slash here, once, whoever builds the record."""

    title: str = "Audio reviews"
    description: str = "Narrated reviews, with transcripts and chapters."
    author: str | None = None
    owner_name: str | None = None
    owner_email: str | None = None
    language: str = "en"
    category: str = "Arts"  # Apple category, "Parent" or "Parent/Sub"
    link: str | None = None  # the show's web page; defaults to the base URL
    explicit: bool | None = None  # None: true when any episode is explicit
    image: str | None = None  # path of a cover image; None: a generated cover.png
    base_url: str | None = None  # where DIR is published (http or https)
    guid: str | None = None  # podcast:guid; None: UUIDv5 of the feed URL
    locked: bool = False  # podcast:locked

    def __post_init__(self) -> None:
        if self.base_url is not None:
            self.base_url = check_base_url(self.base_url)


def check_base_url(base_url: str) -> str:
    """``base_url`` with one trailing slash; anything but http(s) is an OutputError."""
    parts = urlsplit(base_url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise OutputError(f"base URL must start with http:// or https:// and name a host, got {base_url!r}")
    return base_url if base_url.endswith("/") else base_url + "/"


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
    if settings.owner_email is not None and "@" not in settings.owner_email:
        raise InputError(f"owner_email {settings.owner_email!r} is not an e-mail address", config and str(config))
    return settings


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


def stored_settings(directory: str | Path) -> FeedSettings | None:
    """The settings the last build_feed used (DIR/feed-settings.json), if any."""
    path = Path(directory) / layout.FEED_SETTINGS
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = {f.name for f in fields(FeedSettings)}
        return FeedSettings(**{k: v for k, v in data.items() if k in names})
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"cannot read feed settings: {exc}", str(path)) from None
