"""The inputs of a batch: files, folders, globs and manifests -> input records.

``render`` takes any mix of:

* a review file (``.txt``, ``.md``, ``.html``...) or ``-`` (standard input), as before;
* a folder: every review file under it, recursively, by extension
  (:data:`audioreview.readers.EXTENSIONS`), in sorted order; hidden files and
  folders, and folders holding a render (``render.json``: an output folder
  inside the input folder) are skipped;
* a glob (``reviews/**/*.md``), when no file has that very name: its matches,
  sorted (folders among them are expanded as above);
* a manifest (``.jsonl``/``.ndjson``: one JSON object a line; ``.csv``: a header
  row, then one review a row) naming one review a row, by ``path`` (relative to
  the manifest's folder) or inline ``text`` (with an optional ``format``:
  text, markdown or html), plus metadata that wins over what the readers
  detect: :data:`FIELDS`. ``work`` is the work's title and ``kind`` its kind;
  ``content_warnings`` is ``none`` or categories (``violence:3; grief``), as in
  front matter. Empty CSV cells are absent values.

Every record knows its folder key (the resolved path, or ``<manifest>#row N``
for inline text), so a re-run finds its folder again. A bad manifest row
(unknown field, no path or text, a missing file, a bad date or rating) is an
:class:`InputError` named ``manifest.csv row 7``; it becomes that record's
failure and the other rows render. Rows are counted from 1: a JSON Lines row is
its line number, a CSV row its spreadsheet row (the header is row 1).

The overrides are applied after reading and before the content-warning
analysis (:func:`apply_overrides`), with provenance ``manifest``.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import AudioreviewError, InputError
from .model import Metadata, Provenance, Review
from .readers import EXTENSIONS, FORMATS
from .readers.frontmatter import FrontMatter

STDIN = "-"
MANIFEST_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
# Metadata a manifest row may give; they win over detection.
FIELDS = ("title", "work", "kind", "author", "publication", "date", "url", "rating", "language",
          "content_warnings")
ROW_KEYS = ("path", "text", "format") + FIELDS
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class InputItem:
    """One review of a batch.

    ``source``: the file path (as given, or joined to the manifest's folder),
    ``-`` for standard input, or the row's label for inline text.
    ``data``: the input's bytes when already known (inline text, stdin).
    ``key``: what the review's folder records as its source (None: the
    resolved ``source``). ``origin``: ``manifest.csv row 7`` for a manifest
    row. ``overrides``: the row's checked metadata. ``error``: why this record
    cannot render (reported as its failure; the others still render)."""

    source: str
    data: bytes | None = None
    fmt: str | None = None
    key: str | None = None
    origin: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    error: AudioreviewError | None = None

    @property
    def label(self) -> str:
        """How reports name this input: the manifest row, else the source."""
        return self.origin or self.source


def source_key(source: str | Path) -> str:
    """What ``render.json`` records as a file input's source: its resolved path."""
    return "<stdin>" if str(source) == STDIN else str(Path(source).resolve())


def is_manifest(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MANIFEST_KINDS


# ------------------------------------------------------------------ expanding


def expand_inputs(args: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> list[InputItem]:
    """Every input record named by ``args``, in order, each file once.

    ``exclude``: folders never searched (the output folder). An argument that
    names nothing (an empty folder, a glob with no match) is a record with an
    error, so the batch reports it and still renders the rest."""
    return list(iter_inputs(args, exclude))


def iter_inputs(args: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[InputItem]:
    """:func:`expand_inputs` one record at a time (a manifest is read as it goes)."""
    skip = {_real(p) for p in exclude}
    seen: set[bytes] = set()  # digests of the files' real paths: small for a million inputs

    def once(item: InputItem) -> Iterator[InputItem]:
        if item.error is None and item.data is None and item.source != STDIN:
            digest = hashlib.blake2b(_real(item.source).encode("utf-8", "surrogateescape"), digest_size=16).digest()
            if digest in seen:
                return
            seen.add(digest)
        yield item

    for arg in args:
        text = str(arg)
        if text == STDIN:
            yield InputItem(STDIN)
            continue
        path = Path(text)
        if path.is_dir():
            found = list(_walk(path, skip))
            if not found:
                yield _failed(text, f"no review files in this folder ({_extension_list()})")
            for p in found:
                yield from once(InputItem(str(p)))
        elif not os.path.lexists(path) and _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file() and Path(m).suffix.lower() in EXTENSIONS]
            folders = [Path(m) for m in matches if Path(m).is_dir()]
            found = files + [p for folder in folders for p in _walk(folder, skip)]
            if not found:
                yield _failed(text, f"no review file matches this pattern ({_extension_list()})")
            for p in found:
                yield from once(InputItem(str(p)))
        elif is_manifest(path) and path.is_file():
            for item in read_manifest(path):
                yield from once(item)
        else:
            yield from once(InputItem(text))  # a file, or a missing one: the reader names the problem


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def _extension_list() -> str:
    return ", ".join(sorted(EXTENSIONS))


def _failed(source: str, message: str, origin: str | None = None) -> InputItem:
    return InputItem(source, origin=origin, error=InputError(message, origin or source))


def _walk(folder: Path, skip: set[str]) -> Iterator[Path]:
    """Review files under ``folder`` in sorted path order (``find | sort``);
    hidden names, the excluded folders and rendered folders left out."""
    if _real(folder) in skip or (folder / "render.json").is_file():
        return
    try:
        with os.scandir(folder) as it:
            entries = sorted((e.name, e.is_dir()) for e in it if not e.name.startswith("."))
    except OSError:
        return
    for name, is_dir in entries:
        if is_dir:
            yield from _walk(folder / name, skip)
        elif Path(name).suffix.lower() in EXTENSIONS:
            yield folder / name


# ------------------------------------------------------------------ manifests


def read_manifest(path: str | Path) -> Iterator[InputItem]:
    """The records of a JSON Lines or CSV manifest, one a row (module docstring).
    A manifest that cannot be read at all is one record with its error."""
    path = Path(path)
    kind = MANIFEST_KINDS.get(path.suffix.lower())
    try:
        handle = path.open("r", encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield _failed(str(path), f"cannot read the manifest: {exc.strerror or exc}")
        return
    with handle:
        try:
            rows = _jsonl_rows(handle, str(path)) if kind == "jsonl" else _csv_rows(handle, str(path))
            for number, row in rows:
                yield _row_item(path, number, row)
        except UnicodeDecodeError as exc:
            yield _failed(str(path), f"manifest is not UTF-8 text (byte {exc.start})")
        except InputError as exc:  # the manifest as a whole (a bad CSV header)
            yield InputItem(str(path), error=exc)


def _jsonl_rows(handle: io.TextIOBase, label: str) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except ValueError as exc:
            yield number, InputError(f"not a JSON object: {exc}", f"{label} row {number}")


def _csv_rows(handle: io.TextIOBase, label: str) -> Iterator[tuple[int, Any]]:
    reader = csv.reader(handle)
    header = next(reader, None)
    if not header:
        raise InputError("manifest is empty (a header row such as path,title is needed)", label)
    names = [h.strip().lower() for h in header]
    unknown = [h for h in names if h not in ROW_KEYS]
    if unknown:
        raise InputError(f"unknown column {unknown[0]!r} (known: {', '.join(ROW_KEYS)})", label)
    if "path" not in names and "text" not in names:
        raise InputError("manifest needs a 'path' or a 'text' column", label)
    for number, cells in enumerate(reader, 2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(names):
            yield number, InputError(f"{len(cells)} cells, the header has {len(names)}", f"{label} row {number}")
            continue
        yield number, {n: c for n, c in zip(names, cells) if c.strip()}


def _row_item(manifest: Path, number: int, row: Any) -> InputItem:
    origin = f"{manifest} row {number}"
    if isinstance(row, InputError):
        return InputItem(origin, origin=origin, error=row)
    if not isinstance(row, dict):
        return _failed(origin, "a row must be a JSON object with 'path' or 'text'", origin)
    row = {str(k).strip().lower(): v for k, v in row.items()}
    unknown = sorted(k for k in row if k not in ROW_KEYS)
    if unknown:
        return _failed(origin, f"unknown field {unknown[0]!r} (known: {', '.join(ROW_KEYS)})", origin)
    has_path, has_text = row.get("path") not in (None, ""), row.get("text") not in (None, "")
    if has_path == has_text:
        return _failed(origin, "give exactly one of 'path' and 'text'", origin)
    fmt = row.get("format")
    if fmt is not None and (not isinstance(fmt, str) or fmt.strip().lower() not in FORMATS):
        return _failed(origin, f"field 'format' must be one of {', '.join(FORMATS)}", origin)
    overrides = {k: row[k] for k in FIELDS if row.get(k) not in (None, "")}
    try:
        check_overrides(overrides, origin)
    except InputError as exc:
        return InputItem(origin, origin=origin, error=exc)
    fmt = fmt.strip().lower() if fmt else None
    if has_text:
        if not isinstance(row["text"], str):
            return _failed(origin, "field 'text' must be text", origin)
        return InputItem(origin, data=row["text"].encode("utf-8"), fmt=fmt, origin=origin,
                         key=f"{manifest.resolve()}#row {number}", overrides=overrides)
    if not isinstance(row["path"], str):
        return _failed(origin, "field 'path' must be text", origin)
    target = Path(row["path"]).expanduser()
    target = target if target.is_absolute() else manifest.parent / target
    if not target.is_file():
        why = "is a folder, not a review file" if target.is_dir() else "no such file"
        return _failed(str(target), f"{target}: {why}", origin)
    return InputItem(str(target), fmt=fmt, origin=origin, overrides=overrides)


# ------------------------------------------------------------------ overrides


class _RowFields(FrontMatter):
    """A manifest row's metadata checked and mapped as front matter is, with
    errors that name the row instead of a front matter line."""

    def __init__(self, data: dict[str, Any], label: str) -> None:  # noqa: D107 -- no YAML to parse
        self.raw = ""
        self.label = label
        self.data = data

    def fail(self, key: str, problem: str, line_key: str | None = None) -> InputError:
        name = {"work.title": "work", "work.kind": "kind"}.get(key, key)
        return InputError(f"field '{name}' {problem}", self.label)


def _as_front_matter(overrides: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in overrides.items() if k not in ("work", "kind")}
    if "work" in overrides or "kind" in overrides:
        data["work"] = {k: overrides[n] for k, n in (("title", "work"), ("kind", "kind")) if n in overrides}
    return data


def check_overrides(overrides: dict[str, Any], label: str) -> None:
    """Raise the InputError a row's metadata would raise when applied."""
    _RowFields(_as_front_matter(overrides), label).apply(Metadata())


def apply_overrides(review: Review, overrides: dict[str, Any], label: str) -> Review:
    """Set the row's metadata on ``review`` (only the fields it gives), each
    with provenance ``manifest``; declared content warnings replace the
    reader's. Call after reading, before the analysis."""
    if not overrides:
        return review
    given = Metadata()
    declared = _RowFields(_as_front_matter(overrides), label).apply(given)
    metadata, prov = review.metadata, review.metadata.provenance
    for name in ("title", "author", "publication", "date", "url", "rating", "language"):
        if name in overrides:
            setattr(metadata, name, getattr(given, name))
            prov[name] = Provenance("manifest")
    if "work" in overrides:
        metadata.work.title = given.work.title
        prov["work.title"] = Provenance("manifest")
    if "kind" in overrides:
        metadata.work.kind = given.work.kind
        prov["work.kind"] = Provenance("manifest")
    if "content_warnings" in overrides:
        review.declared = declared
    return review


__all__ = ["InputItem", "FIELDS", "expand_inputs", "iter_inputs", "read_manifest", "apply_overrides",
           "check_overrides", "source_key", "is_manifest"]
