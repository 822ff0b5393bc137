"""Where every output lives, and what each file is: the one place file names are spelled.

A render writes one folder per review, ``OUT/<slug>/``; the feed and the library
page sit in ``OUT/``. The stages, the feed, the server and the tests take their
names from here, never from string literals of their own. The module is pure
names (it imports nothing of audioreview), so any stage may use it.

``OUT/<slug>/``::

    <slug>.mp3               the full episode, ID3 chapters inside
    chapters/NN-<name>.mp3   one MP3 per chapter
    <slug>.vtt, <slug>.srt   captions / transcript
    <slug>.chapters.json     Podcasting 2.0 JSON chapters
    <slug>.epub              the EPUB 3 edition
    index.html               the web edition: a listen page with a synced transcript
    timing.json              when each sentence is heard, in which file
    review.json              the document model
    render.json              the folder's claim: source, first render, guid

``OUT/``: ``feed.xml``, ``cover.png``, ``feed-settings.json``, ``index.html`` (the library page).
"""

from __future__ import annotations

import re

# ------------------------------------------------------------- a review's folder

RENDER_INFO = "render.json"
MODEL_FILE = "review.json"
TIMING_FILE = "timing.json"
CHAPTERS_DIR = "chapters"


def episode_file(slug: str) -> str:
    return f"{slug}.mp3"


def chapter_file(number: int, name: str) -> str:
    """``chapters/NN-<name>.mp3`` with a file-name-safe name."""
    safe = re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")[:60] or "chapter"
    return f"{CHAPTERS_DIR}/{number:02d}-{safe}.mp3"


def vtt_file(slug: str) -> str:
    return f"{slug}.vtt"


def srt_file(slug: str) -> str:
    return f"{slug}.srt"


def chapters_json_file(slug: str) -> str:
    return f"{slug}.chapters.json"


def epub_file(slug: str) -> str:
    return f"{slug}.epub"


WEB_PAGE = "index.html"  # the review's web page

# What a render writes besides review.json/timing.json (its own files, which a
# later render may replace or remove), by ending.
OUTPUT_SUFFIXES = (".mp3", ".vtt", ".srt", ".chapters.json", ".epub")

# Written last when a folder's files are committed: a reader that finds them
# finds the rest in place.
COMMIT_LAST = (TIMING_FILE, MODEL_FILE, RENDER_INFO)


def is_output(name: str) -> bool:
    """Whether a file name in a review's folder is one a render writes."""
    return name in (MODEL_FILE, TIMING_FILE, WEB_PAGE) or name.endswith(OUTPUT_SUFFIXES)


# ------------------------------------------------------------- the output root

FEED_FILE = "feed.xml"
FEED_COVER = "cover.png"
FEED_SETTINGS = "feed-settings.json"
LIBRARY_PAGE = "index.html"  # the web page listing every review


def in_review(slug: str, name: str) -> str:
    """A review's file as a path relative to the output root."""
    return f"{slug}/{name}"


# ------------------------------------------------------------------ media types

VTT_TYPE = "text/vtt"
SRT_TYPE = "application/x-subrip"  # the type the Podcasting 2.0 spec lists for SRT
CHAPTERS_TYPE = "application/json+chapters"
RSS_TYPE = "application/rss+xml"

_MEDIA_TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": VTT_TYPE,
    ".srt": SRT_TYPE,
    ".json": "application/json",
    ".epub": "application/epub+zip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".xml": "application/xml",
    ".html": "text/html",
    ".txt": "text/plain",
    ".md": "text/markdown",
}
_TEXT = {VTT_TYPE, RSS_TYPE, "text/html", "text/plain", "text/markdown"}


def media_type(name: str, *, charset: bool = False) -> str:
    """The media type of an output file by its name (``charset=True`` adds
    ``; charset=utf-8`` to text types, as an HTTP Content-Type)."""
    lower = name.lower()
    base = lower.rsplit("/", 1)[-1]
    if base == FEED_FILE:
        kind = RSS_TYPE
    elif base.endswith(".chapters.json"):
        kind = CHAPTERS_TYPE
    else:
        dot = base.rfind(".")
        kind = _MEDIA_TYPES.get(base[dot:] if dot >= 0 else "", "application/octet-stream")
    return f"{kind}; charset=utf-8" if charset and kind in _TEXT else kind
