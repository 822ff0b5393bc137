"""The web edition's files: which links each page gets, and the library page.

The writer (writers/web.py) only turns the model and narrow option records into
HTML. This module fills those records from what a render produces or what an
output folder holds, so a page links exactly the files that exist, under the
names the other stages gave them (no file name is made up here):

* :func:`review_page` -- ``<slug>/index.html`` from the review, its timing and
  the other files of the same render (the dict ``render.build_outputs`` fills);
* :func:`build_library` -- ``OUT/index.html`` from the review folders in OUT.

Nothing here writes files; render.py commits what these return.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from . import layout
from .fileio import read_json_object
from .audio.timing import Timing
from .dates import as_datetime
from .model import Review, SchemaError
from .writers.web import LibraryEntry, LibraryOptions, WebPageOptions, write_library_page, write_review_page

T = TypeVar("T")


def _one(names: list[str], suffix: str) -> str | None:
    found = sorted(n for n in names if "/" not in n and n.endswith(suffix))
    return found[0] if found else None


def page_options(names: list[str], timing: Timing | None, feed: bool) -> WebPageOptions:
    """Links for a review page, from the names of the files of its folder
    (relative to it). ``feed``: the feed exists (or is being written) in OUT;
    only narrated reviews link it (the feed lists only those)."""
    narrated = timing is not None and timing.episode_file in names
    chapter_files = {c.id: c.file for c in timing.chapters if c.file in names} if timing is not None else {}
    return WebPageOptions(
        episode=timing.episode_file if narrated and timing is not None else None,
        chapter_files=chapter_files if narrated else {},
        epub=_one(names, ".epub"),
        vtt=_one(names, ".vtt") if narrated else None,
        srt=_one(names, ".srt") if narrated else None,
        chapters_json=_one(names, ".chapters.json") if narrated else None,
        feed=f"../{layout.FEED_FILE}" if feed and narrated else None,
        library=f"../{layout.LIBRARY_PAGE}",
    )


def review_page(review: Review, timing: Timing | None, files: Mapping[str, object], out_root: Path) -> bytes:
    """The bytes of ``<slug>/index.html`` for a render whose other files are
    ``files`` (names relative to the folder). The feed is linked when OUT
    holds one; :func:`feed_pages` links it when a feed is written later."""
    has_feed = (Path(out_root) / layout.FEED_FILE).is_file()
    return write_review_page(review, timing, page_options(list(files), timing, has_feed))


def _folder_names(folder: Path) -> list[str]:
    names = [p.name for p in folder.iterdir() if p.is_file()]
    chapters = folder / layout.CHAPTERS_DIR
    if chapters.is_dir() and not chapters.is_symlink():
        names += [f"{layout.CHAPTERS_DIR}/{p.name}" for p in chapters.iterdir() if p.is_file()]
    return names


def folder_page(folder: Path, feed: bool, writing: Iterable[str] = ()) -> bytes | None:
    """The page of a rendered review folder, from its review.json, timing.json
    and files (and ``writing``: names relative to the folder of files being
    written with the page); None when it holds no readable model."""
    review = _load(folder / layout.MODEL_FILE, Review.from_dict)
    if review is None:
        return None
    timing = _load(folder / layout.TIMING_FILE, Timing.from_dict)
    names = sorted(set(_folder_names(folder)) | set(writing))
    return write_review_page(review, timing, page_options(names, timing, feed))


def feed_pages(out_root: Path, folders: list[Path], writing: Iterable[str] = ()) -> dict[str, bytes]:
    """With a feed being written to OUT: the pages of ``folders`` (the narrated
    reviews it lists), now linking it, and the library page. ``writing``: the
    names (relative to OUT) of the files the feed build writes with them."""
    files: dict[str, bytes] = {}
    writing = list(writing)
    for folder in folders:
        prefix = folder.name + "/"
        page = folder_page(folder, True, [n[len(prefix):] for n in writing if n.startswith(prefix)])
        if page is not None:
            files[f"{folder.name}/{layout.WEB_PAGE}"] = page
    files.update(build_library(out_root, feed=True, also=set(files)))
    return files


# ----------------------------------------------------------------------- library


def _load(path: Path, convert: Callable[[dict], T]) -> T | None:
    """A stored record (review.json, timing.json), or None when it is unreadable."""
    data = read_json_object(path)
    try:
        return convert(data) if data is not None else None
    except (SchemaError, TypeError, ValueError):
        return None


def _first_rendered(info: dict | None, fallback: Path) -> _dt.datetime:
    raw = (info or {}).get("first_rendered")
    value = as_datetime(raw) if isinstance(raw, str) else None
    return value or _dt.datetime.fromtimestamp(fallback.stat().st_mtime, tz=_dt.timezone.utc)


def published(folder: Path, review: Review) -> _dt.datetime:
    """When a rendered review counts as published (the feed's rule): its own
    date, else when it was first rendered."""
    return as_datetime(review.metadata.date) or _first_rendered(read_json_object(folder / layout.RENDER_INFO),
                                                                            folder / layout.MODEL_FILE)


def library_entry(folder: Path) -> LibraryEntry | None:
    """The library's record of one review folder (links relative to OUT), or
    None when the folder holds no readable rendered review."""
    review = _load(folder / layout.MODEL_FILE, Review.from_dict)
    if review is None:
        return None
    slug = folder.name
    timing = _load(folder / layout.TIMING_FILE, Timing.from_dict)
    episode = None
    if timing is not None and timing.episode_file and (folder / timing.episode_file).is_file():
        episode = f"{slug}/{timing.episode_file}"
    else:
        timing = None
    epubs = sorted(p.name for p in folder.glob("*.epub") if p.is_file())
    note = review.content_note.sentences[0].text if review.content_note and review.content_note.sentences else None
    m = review.metadata
    return LibraryEntry(
        title=review.title or slug,
        page=f"{slug}/{layout.WEB_PAGE}",
        published=published(folder, review),
        date=m.date,
        language=m.language or "en",
        work=m.work.title,
        author=m.author,
        note=note,
        duration=timing.duration if timing is not None else None,
        episode=episode,
        epub=f"{slug}/{epubs[0]}" if epubs else None,
    )


def library_entries(out_root: Path, also: set[str] = frozenset()) -> list[LibraryEntry]:
    """Every folder of OUT with a rendered review and its page (or whose page
    is in ``also``: being written with the library)."""
    entries: list[LibraryEntry] = []
    root = Path(out_root)
    if not root.is_dir():
        return entries
    for sub in sorted(root.iterdir()):
        if sub.name.startswith(".") or not sub.is_dir() or sub.is_symlink():
            continue
        if not ((sub / layout.WEB_PAGE).is_file() or f"{sub.name}/{layout.WEB_PAGE}" in also):
            continue
        entry = library_entry(sub)
        if entry is not None:
            entries.append(entry)
    return entries


def build_library(out_root: Path, feed: bool = False, also: set[str] = frozenset()) -> dict[str, bytes]:
    """{``index.html``: the library page} for OUT. The feed is linked when
    ``feed`` (it is being written with this page) or OUT holds one; the page's
    title is the feed's stored title when there is one."""
    root = Path(out_root)
    settings = read_json_object(root / layout.FEED_SETTINGS) or {}
    title = settings.get("title") if isinstance(settings.get("title"), str) else None
    has_feed = feed or (root / layout.FEED_FILE).is_file()
    options = LibraryOptions(title=title or LibraryOptions().title, feed=layout.FEED_FILE if has_feed else None)
    return {layout.LIBRARY_PAGE: write_library_page(library_entries(root, also), options)}
