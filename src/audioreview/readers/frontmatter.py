"""YAML front matter of Markdown reviews: split it off, check it, map it to the model.

Errors name the field and its line (1-based, counted in the whole file) so the
author can fix the file without guessing.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import yaml

from ..analysis.rating import parse_rating
from ..errors import InputError
from ..model import WORK_KINDS, DeclaredWarnings, Metadata, Rating, Work

KIND_ALIASES = {"movie": "film", "documentary": "film", "novel": "book", "memoir": "book", "series": "tv",
                "show": "tv", "tv series": "tv", "television": "tv", "video game": "game", "videogame": "game"}
DEFAULT_DECLARED_SEVERITY = 2
_FENCE = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def split_front_matter(text: str, label: str) -> tuple[str | None, str, int]:
    """(front matter text or None, body, number of lines before the body)."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return None, text, 0
    for i in range(1, len(lines)):
        if _END.match(lines[i]):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 1
    raise InputError("front matter opened with '---' on line 1 is never closed with '---'", label)


class FrontMatter:
    """Parsed and checked front matter; :meth:`apply` fills the model."""

    def __init__(self, raw: str, label: str) -> None:
        self.raw = raw
        self.label = label
        try:
            data = yaml.safe_load(raw) if raw.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(f"malformed YAML front matter{where}: {problem}", label) from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise InputError("front matter must be a mapping of 'key: value' lines", label)
        self.data = {str(k).strip().lower(): v for k, v in data.items()}

    def _line(self, key: str) -> int | None:
        for i, line in enumerate(self.raw.split("\n")):
            if re.match(rf"^\s*-?\s*{re.escape(key)}\s*:", line, re.IGNORECASE):
                return i + 2
        return None

    def fail(self, key: str, problem: str, line_key: str | None = None) -> InputError:
        line = self._line(line_key or key.split(".")[-1])
        where = f" (line {line})" if line else ""
        return InputError(f"front matter field '{key}' {problem}{where}", self.label)

    def _string(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value).strip() or None
        raise self.fail(key, "must be text")

    def apply(self, metadata: Metadata) -> DeclaredWarnings:
        for key in ("title", "author", "publication", "url", "language"):
            value = self._string(key)
            if value is not None:
                setattr(metadata, key, value)
        date = self.data.get("date")
        if date is not None:
            if isinstance(date, _dt.datetime):
                metadata.date = date.date().isoformat()
            elif isinstance(date, _dt.date):
                metadata.date = date.isoformat()
            elif isinstance(date, str) and re.match(r"^\d{4}-\d{2}-\d{2}", date.strip()):
                metadata.date = date.strip()[:10]
            else:
                raise self.fail("date", "must be a date like 2025-03-14")
        if "work" in self.data:
            metadata.work = self._work(self.data["work"])
        if self.data.get("rating") is not None:
            metadata.rating = self._rating(self.data["rating"])
        return self._warnings(self.data.get("content_warnings"))

    def _work(self, value: Any) -> Work:
        if isinstance(value, str):
            return Work(title=value.strip() or None)
        if not isinstance(value, dict):
            raise self.fail("work", "must be a title or a mapping with title, kind, year, creator")
        value = {str(k).lower(): v for k, v in value.items()}
        unknown = set(value) - {"title", "kind", "year", "creator"}
        if unknown:
            name = sorted(unknown)[0]
            raise self.fail(f"work.{name}", "is not known (use title, kind, year, creator)", name)
        work = Work()
        if value.get("title") is not None:
            work.title = str(value["title"]).strip()
        if value.get("creator") is not None:
            work.creator = str(value["creator"]).strip()
        if value.get("kind") is not None:
            kind = str(value["kind"]).strip().lower()
            kind = KIND_ALIASES.get(kind, kind)
            if kind not in WORK_KINDS:
                raise self.fail("work.kind", f"must be one of {', '.join(WORK_KINDS)}", "kind")
            work.kind = kind
        if value.get("year") is not None:
            year = value["year"]
            if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 2999:
                if isinstance(year, str) and year.strip().isdigit() and len(year.strip()) == 4:
                    year = int(year)
                else:
                    raise self.fail("work.year", "must be a year like 2019", "year")
            work.year = year
        return work

    def _rating(self, value: Any) -> Rating:
        if isinstance(value, bool):
            raise self.fail("rating", "must be a rating like 4/5, 8 out of 10, ★★★½ or B+")
        if isinstance(value, (int, float)):
            scale = 5.0 if value <= 5 else 10.0 if value <= 10 else 100.0
            if value < 0 or value > 100:
                raise self.fail("rating", "must be between 0 and 100")
            return Rating(text=str(value), value=float(value), scale=scale)
        if isinstance(value, str):
            rating = parse_rating(value) or parse_rating(f"Rating: {value}")
            if rating is None:
                raise self.fail("rating", f"{value!r} is not a rating like 4/5, 8 out of 10, ★★★½ or B+")
            rating.text = value.strip()
            return rating
        raise self.fail("rating", "must be a rating like 4/5, 8 out of 10, ★★★½ or B+")

    def _warnings(self, value: Any) -> DeclaredWarnings:
        declared = DeclaredWarnings()
        if value is None:
            return declared
        if isinstance(value, str):
            if value.strip().lower() in ("none", "no", ""):
                declared.none = True
                return declared
            value = [v for v in re.split(r"[,;]", value) if v.strip()]
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            raise self.fail("content_warnings", "must be 'none' or a list of categories")
        for entry in value:
            for category, severity in self._warning_entries(entry):
                declared.add[category] = severity
        return declared

    def _warning_entries(self, entry: Any) -> list[tuple[str, int]]:
        if isinstance(entry, str):
            category, _, severity = entry.partition(":")
            return [(self._category(category), self._severity(severity or None, category))]
        if isinstance(entry, dict):
            entry = {str(k).lower(): v for k, v in entry.items()}
            if "category" in entry:
                return [(self._category(str(entry["category"])),
                         self._severity(entry.get("severity"), str(entry["category"])))]
            return [(self._category(str(k)), self._severity(v, str(k))) for k, v in entry.items()]
        raise self.fail("content_warnings", "entries must be 'category', 'category:severity' or a mapping")

    def _category(self, text: str) -> str:
        category = re.sub(r"[\s\-]+", "_", text.strip().lower())
        if not re.fullmatch(r"[a-z][a-z0-9_]*", category):
            raise self.fail("content_warnings", f"has a bad category {text!r}")
        return category

    def _severity(self, value: Any, category: str) -> int:
        if value is None or (isinstance(value, str) and not value.strip()):
            return DEFAULT_DECLARED_SEVERITY
        try:
            severity = int(str(value).strip())
        except ValueError:
            severity = 0
        if severity not in (1, 2, 3) or isinstance(value, bool):
            raise self.fail("content_warnings", f"severity for {category.strip()!r} must be 1, 2 or 3")
        return severity
