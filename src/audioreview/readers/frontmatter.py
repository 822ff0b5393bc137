"""YAML front matter of Markdown reviews: split it off, check it, map it to the model.

Errors name the field and its line (1-based, counted in the whole file) so the
author can fix the file without guessing.

The YAML is read by :class:`FrontMatterLoader`, PyYAML's SafeLoader with limits,
so no front matter can exhaust memory or the stack: at most
:data:`MAX_FRONT_MATTER` characters, :data:`MAX_DEPTH` levels of nesting,
:data:`MAX_ALIASES` aliases, and :data:`MAX_VALUES` values once every alias is
expanded ("billion laughs" is refused before anything is built); a recursive
alias is refused too. Scalars that PyYAML would turn into an impossible value
stay the text they are: an impossible date (``2025-02-30``, hour 24, year 0), an
integer too long for Python, ``.nan`` and ``.inf``. A text field takes them as
text ("2025-13-01" is a fine title); ``date`` and ``rating`` refuse them. Lone
surrogates from escapes (``"\\ud800"``) become U+FFFD.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any

import yaml

from .rating import parse_rating
from ..dates import iso_date
from ..errors import InputError
from ..model import WORK_KINDS, DeclaredWarnings, Metadata, Provenance, Rating, Work

KIND_ALIASES = {"movie": "film", "documentary": "film", "novel": "book", "memoir": "book", "series": "tv",
                "show": "tv", "tv series": "tv", "television": "tv", "video game": "game", "videogame": "game"}
DEFAULT_DECLARED_SEVERITY = 2
_FENCE = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


MAX_FRONT_MATTER = 65_536  # characters
MAX_DEPTH = 20
MAX_ALIASES = 100
MAX_VALUES = 10_000
_SURROGATE = re.compile("[\ud800-\udfff]")


class FrontMatterLimit(yaml.YAMLError):
    """The front matter is over one of the limits (module docstring)."""


class ImpossibleDate(str):
    """A scalar YAML reads as a timestamp that no calendar has ("2025-02-30"):
    text to a text field, an error to ``date``."""


def _as_text_when_impossible(construct: Any, wrap: type = str) -> Any:
    """A scalar constructor that returns the scalar's own text instead of raising
    (an impossible date, a too-long integer, a bad explicit tag such as
    ``!!float abc``) or of returning a float that is not finite (``.nan``, ``.inf``)."""

    def constructor(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        try:
            value = construct(loader, node)
        except (ValueError, OverflowError, KeyError, AttributeError, TypeError):
            return wrap(loader.construct_scalar(node))
        if isinstance(value, float) and not math.isfinite(value):
            return str(loader.construct_scalar(node))
        return value

    return constructor


class FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader with the limits of the module docstring."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise FrontMatterLimit(f"uses more than {MAX_ALIASES} aliases (*name)")
            return super().compose_node(parent, index)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise FrontMatterLimit(f"nests more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_document(self, node: yaml.Node) -> Any:
        _check_expansion(node)
        return super().construct_document(node)

    def construct_scalar(self, node: yaml.ScalarNode) -> Any:
        value = super().construct_scalar(node)
        return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


for _tag, _wrap in (("int", str), ("float", str), ("bool", str), ("timestamp", ImpossibleDate)):
    _tag = f"tag:yaml.org,2002:{_tag}"
    FrontMatterLoader.add_constructor(_tag, _as_text_when_impossible(yaml.SafeLoader.yaml_constructors[_tag], _wrap))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_expansion(root: yaml.Node) -> None:
    """Count the values the node graph stands for with every alias expanded, without
    expanding it (each shared node is counted once, times its uses); refuse more
    than MAX_VALUES, and an alias inside its own anchor."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > MAX_VALUES:
                raise FrontMatterLimit(f"expands to more than {MAX_VALUES:,} values (aliases of aliases?)")
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise FrontMatterLimit("has an alias inside its own anchor (a recursive alias)")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def split_front_matter(text: str, label: str) -> tuple[str | None, str, int]:
    """(front matter text or None, body, number of lines before the body)."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return None, text, 0
    for i in range(1, len(lines)):
        if _END.match(lines[i]):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 1
    raise InputError("front matter opened with '---' on line 1 is never closed with '---'", label)


def _quoted(value: str, limit: int = 40) -> str:
    value = value.strip()
    return repr(value if len(value) <= limit else value[:limit] + "…")


class FrontMatter:
    """Parsed and checked front matter; :meth:`apply` fills the model."""

    def __init__(self, raw: str, label: str) -> None:
        self.raw = raw
        self.label = label
        if len(raw) > MAX_FRONT_MATTER:
            raise InputError(f"front matter is too long ({len(raw):,} characters, at most {MAX_FRONT_MATTER:,})",
                             label)
        try:
            data = yaml.load(raw, Loader=FrontMatterLoader) if raw.strip() else {}
        except FrontMatterLimit as exc:
            raise InputError(f"front matter {exc}", label) from None
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

    def _scalar_text(self, value: Any, key: str) -> str:
        """A work field as text: a string, number or date, never a list or mapping."""
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value).strip()
        raise self.fail(key, "must be text", key.split(".")[-1])

    def apply(self, metadata: Metadata) -> DeclaredWarnings:
        for key in ("title", "author", "publication", "url", "language"):
            value = self._string(key)
            if value is not None:
                setattr(metadata, key, value)
        if self._string("language") is not None:
            metadata.provenance["language"] = Provenance("front matter")
        date = self.data.get("date")
        if date is not None:
            if isinstance(date, _dt.datetime):
                metadata.date = date.date().isoformat()
            elif isinstance(date, _dt.date):
                metadata.date = date.isoformat()
            elif isinstance(date, str) and re.match(r"^\d{4}-\d{2}-\d{2}", date.strip()):
                if isinstance(date, ImpossibleDate) or not iso_date(date.strip()[:10]):
                    raise self.fail("date", f"is not a real date: {_quoted(date)} (use a date like 2025-03-14)")
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
            work.title = self._scalar_text(value["title"], "work.title")
        if value.get("creator") is not None:
            work.creator = self._scalar_text(value["creator"], "work.creator")
        if value.get("kind") is not None:
            kind = self._scalar_text(value["kind"], "work.kind").lower()
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
