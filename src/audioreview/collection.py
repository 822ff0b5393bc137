"""The reviews of an anthology, from a folder of renders.

``audioreview anthology DIR`` binds every review rendered in DIR into one EPUB.
This module reads what the renders left -- ``DIR/<slug>/review.json`` and, when
the review is narrated, ``timing.json`` and the chapter MP3s it names -- never
the inputs, puts the reviews in order and hands them to the writer
(:mod:`audioreview.writers.epub.anthology`). Nothing here writes files;
``render.write_anthology`` commits the book.

Order: ``date`` (the feed's rule: the review's own date, else its first render;
oldest first, then by title) or ``title`` (then by date).
"""

from __future__ import annotations

from pathlib import Path

from . import layout
from .audio.timing import Timing
from .errors import InputError, OutputError
from .feed.library import read_rendered
from .model import Review
from .pages import published
from .writers.epub import AnthologyEntry, AnthologyOptions, write_anthology

ORDERS = ("date", "title")


def rendered_folders(directory: str | Path) -> list[Path]:
    """The review folders of ``directory`` (sub-folders holding review.json;
    hidden folders and symbolic links left out), by name. OutputError when
    the folder does not exist or holds none."""
    root = Path(directory)
    if not root.is_dir():
        raise OutputError("no such folder", str(root))
    found = [sub for sub in sorted(root.iterdir())
             if not sub.name.startswith(".") and sub.is_dir() and not sub.is_symlink()
             and (sub / layout.MODEL_FILE).is_file()]
    if not found:
        raise OutputError(f"no rendered reviews in this folder (none holds {layout.MODEL_FILE}); "
                          "render some first with `audioreview render --out`", str(root))
    return found


def _chapter_audio(folder: Path, timing: Timing) -> dict[str, Path]:
    """The chapter MP3s timing.json names, as paths in the folder (InputError
    for one that is missing or outside it); the EPUB writer copies them in."""
    audio: dict[str, Path] = {}
    base = folder.resolve()
    for chapter in timing.chapters:
        path = (folder / chapter.file).resolve()
        if not (path.is_relative_to(base) and path.is_file()):
            raise InputError(f"{layout.TIMING_FILE} names {chapter.file}, which is not in the folder",
                             str(folder / layout.TIMING_FILE))
        audio[chapter.file] = path
    return audio


def load_entry(folder: Path, audio: bool = True) -> AnthologyEntry:
    """One rendered review: its model, and (``audio``, and it was narrated)
    its timing and chapter MP3s. InputError naming a damaged file."""
    review = read_rendered(folder / layout.MODEL_FILE, Review.from_dict)
    timing_path = folder / layout.TIMING_FILE
    if not audio or not timing_path.is_file():
        return AnthologyEntry(folder.name, review)
    timing = read_rendered(timing_path, Timing.from_dict)
    return AnthologyEntry(folder.name, review, timing, _chapter_audio(folder, timing))


def anthology_entries(directory: str | Path, *, audio: bool = True, order: str = "date") -> list[AnthologyEntry]:
    """Every review rendered in ``directory``, in ``order`` (see the module)."""
    if order not in ORDERS:
        raise OutputError(f"unknown order {order!r} (date or title)", "--order")
    keyed = []
    for folder in rendered_folders(directory):
        entry = load_entry(folder, audio)
        when = published(folder, entry.review)
        title = entry.review.title.casefold()
        keyed.append(((when, title, folder.name) if order == "date" else (title, when, folder.name), entry))
    return [entry for _key, entry in sorted(keyed, key=lambda pair: pair[0])]


def build_anthology(directory: str | Path, *, title: str | None = None, audio: bool = True,
                    order: str = "date") -> bytes:
    """The .epub bytes of the anthology of ``directory`` (nothing written)."""
    entries = anthology_entries(directory, audio=audio, order=order)
    return write_anthology(entries, AnthologyOptions(title=title))
