"""The one document model every reader fills and every writer reads.

Plain dataclasses, no I/O. ``Review.to_dict()`` / ``Review.from_dict()`` round-trip
losslessly through JSON and carry ``SCHEMA_VERSION`` so a stored model can be
checked before it is trusted.

Ids: every section, block and sentence carries a deterministic id (see
:mod:`audioreview.ids`). EPUB anchors, SMIL ``<par>`` elements, transcript cues,
chapters and ``timing.json`` all use these same ids.

The records the later stages make live with those stages: the speech script in
:mod:`audioreview.speech.script`, the audio timing in :mod:`audioreview.audio.timing`,
the render options in :mod:`audioreview.render`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Iterator, Literal

SCHEMA_VERSION = 2
# Versions this code still reads (2 added metadata.provenance, which 1 lacks).
READABLE_VERSIONS = (1, 2)

WORK_KINDS = ("film", "book", "tv", "game", "other")

# Ids that are not content hashes: fixed names for parts every review may have.
TITLE_ID = "title"
NOTE_ID = "content-note"
BYLINE_ID = "byline"
DISCLAIMER_ID = "disclaimer"
ABOUT_ID = "about"


class SchemaError(ValueError):
    """A stored model does not match this version of the schema."""


# --------------------------------------------------------------------------- text


@dataclass
class Mark:
    """Inline emphasis inside a sentence: ``text[start:end]`` is ``kind``."""

    start: int
    end: int
    kind: Literal["em", "strong", "code", "link"] = "em"
    href: str | None = None


@dataclass
class Sentence:
    id: str
    text: str
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Block:
    """A paragraph, block quote or list item, split into sentences."""

    id: str
    kind: str = "paragraph"
    sentences: list[Sentence] = field(default_factory=list)
    # Consecutive list items with the same ``list_id`` form one list.
    list_id: str | None = None
    ordered: bool = False

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass
class Section:
    """A heading (level 2 for top-level sections, 3 below, ...) and its content.

    ``derived`` is true when the heading was made by a reader's sectioning rule
    (the text had no heading there) rather than written by the review's author.
    ``notice`` is a short content notice read before this section (filled by the
    content-warning analysis for sections holding graphic material).
    """

    id: str
    heading: str
    level: int = 2
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    derived: bool = False
    notice: Block | None = None

    @property
    def heading_id(self) -> str:
        """Id of the heading itself (an utterance, an EPUB ``<hN>``)."""
        return f"{self.id}-h"

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.sections:
            yield from child.walk()


# ----------------------------------------------------------------------- metadata


@dataclass
class Rating:
    """A rating as written and, when it can be read, normalised.

    ``value``/``scale`` hold the normalised figure ("4 out of 5" -> 4.0/5.0,
    "★★★½" -> 3.5/5.0, "B+" -> 8.5/12 is *not* attempted: letter grades keep
    ``value=None`` and ``grade="B+"``).
    """

    text: str
    value: float | None = None
    scale: float | None = None
    grade: str | None = None

    @property
    def fraction(self) -> float | None:
        if self.value is None or not self.scale:
            return None
        return self.value / self.scale


@dataclass
class Work:
    title: str | None = None
    kind: str = "other"
    year: int | None = None
    creator: str | None = None


@dataclass
class Provenance:
    """Where a metadata value came from and how sure the reader is of it.

    ``source``: "front matter", "html meta", "headline", "infobox" (a "Director:"
    line), "byline", "disclaimer", "body" (found in the prose), "file name",
    or "derived" (made from other fields, like "<work> — review")."""

    source: str
    confidence: float = 1.0


@dataclass
class Metadata:
    title: str = ""
    work: Work = field(default_factory=Work)
    author: str | None = None
    publication: str | None = None
    date: str | None = None  # ISO 8601 date when known
    url: str | None = None
    language: str = "en"  # BCP 47
    rating: Rating | None = None
    # Where the text came from: "text", "markdown", "html"; and the input's name.
    source_format: str | None = None
    source_name: str | None = None
    # Field name ("title", "work.title", "work.kind", "work.year", "work.creator",
    # "author", "publication") -> where its value came from.
    provenance: dict[str, Provenance] = field(default_factory=dict)

    @property
    def display_title(self) -> str:
        """The edition's title: the headline, plus the work when the headline
        does not name it ("On the ropes — a review of Raging Bull")."""
        title, work = self.title.strip(), (self.work.title or "").strip()
        source = self.provenance.get("title")
        if not work or not title or (source and source.source == "derived"):
            return title or work
        if _fold(work) in _fold(title):
            return title
        return f"{title} — a review of {work}"


# ----------------------------------------------------------------- content warnings


@dataclass
class Evidence:
    """A sentence that carries a category: the lexicon's matched phrases, and the
    learned model's probability (None when the lexicon decided alone)."""

    sentence_id: str
    text: str
    phrases: list[str] = field(default_factory=list)
    probability: float | None = None


@dataclass
class ContentWarning:
    category: str
    severity: int  # 1 mention, 2 described, 3 graphic
    confidence: float = 1.0
    source: str = "detected"  # "detected" | "declared"
    evidence: list[Evidence] = field(default_factory=list)
    shown: bool = True  # passes the display threshold, so the note names it


@dataclass
class DeclaredWarnings:
    """What the author or the user said about warnings, before detection.

    ``none`` means the author declared the review needs no warnings (front
    matter ``content_warnings: none``). ``add`` maps category -> severity.
    """

    none: bool = False
    add: dict[str, int] = field(default_factory=dict)
    remove: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------- the review


@dataclass
class Review:
    metadata: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)
    byline: Block | None = None
    disclaimer: Block | None = None
    warnings: list[ContentWarning] = field(default_factory=list)
    declared: DeclaredWarnings = field(default_factory=DeclaredWarnings)
    # The content note read/shown before the review (filled by analysis).
    content_note: Block | None = None
    schema_version: int = SCHEMA_VERSION

    @property
    def title(self) -> str:
        """The edition's title (:attr:`Metadata.display_title`): what the EPUB,
        the feed and the opening announcement call this review."""
        return self.metadata.display_title

    # -- traversal -------------------------------------------------------------
    def walk_sections(self) -> Iterator[Section]:
        for s in self.sections:
            yield from s.walk()

    def body_blocks(self) -> Iterator[Block]:
        for s in self.walk_sections():
            yield from s.blocks

    def all_blocks(self) -> Iterator[Block]:
        """Every block with sentences: note, section notices, body, byline, disclaimer."""
        if self.content_note:
            yield self.content_note
        for s in self.walk_sections():
            if s.notice:
                yield s.notice
            yield from s.blocks
        if self.byline:
            yield self.byline
        if self.disclaimer:
            yield self.disclaimer

    def sentences(self) -> Iterator[Sentence]:
        for b in self.all_blocks():
            yield from b.sentences

    def body_sentences(self) -> Iterator[Sentence]:
        for b in self.body_blocks():
            yield from b.sentences

    def find_sentence(self, sentence_id: str) -> Sentence | None:
        return next((s for s in self.sentences() if s.id == sentence_id), None)

    def outline(self) -> list[tuple[int, str]]:
        """(level, heading) for every section, in reading order."""
        return [(s.level, s.heading) for s in self.walk_sections()]

    def shown_warnings(self) -> list[ContentWarning]:
        return [w for w in self.warnings if w.shown]

    # -- JSON ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data. Top-level keys: schema_version, title,
        metadata, sections, byline, disclaimer, warnings, declared, content_note."""
        d = asdict(self)
        return {
            "schema_version": self.schema_version,
            "title": self.metadata.title,
            "metadata": d["metadata"],
            "sections": d["sections"],
            "byline": d["byline"],
            "disclaimer": d["disclaimer"],
            "warnings": d["warnings"],
            "declared": d["declared"],
            "content_note": d["content_note"],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Review:
        version = data.get("schema_version")
        if version not in READABLE_VERSIONS:
            raise SchemaError(f"model schema version {version!r} is not {SCHEMA_VERSION}")
        try:
            return cls(
                metadata=_metadata_from(data["metadata"]),
                sections=[_section_from(s) for s in data.get("sections", [])],
                byline=_block_from(data.get("byline")),
                disclaimer=_block_from(data.get("disclaimer")),
                warnings=[_warning_from(w) for w in data.get("warnings", [])],
                declared=DeclaredWarnings(**data.get("declared", {})),
                content_note=_block_from(data.get("content_note")),
            )
        except (KeyError, TypeError) as exc:
            raise SchemaError(f"model JSON does not match the schema: {exc}") from exc


def only_fields(klass: type, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` when it names only fields of ``klass`` (a stored file from a
    newer or foreign schema is refused, not half-read)."""
    names = {f.name for f in fields(klass)}
    unknown = set(data) - names
    if unknown:
        raise SchemaError(f"unknown field(s) for {klass.__name__}: {sorted(unknown)}")
    return data


def _fold(text: str) -> str:
    """Case- and punctuation-blind form for "does the headline name the work"."""
    text = text.casefold().replace("&", " and ")
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def _metadata_from(d: dict[str, Any]) -> Metadata:
    d = dict(only_fields(Metadata, d))
    d["work"] = Work(**only_fields(Work, d.get("work") or {}))
    d["provenance"] = {k: Provenance(**only_fields(Provenance, v)) for k, v in (d.get("provenance") or {}).items()}
    if d.get("rating") is not None:
        d["rating"] = Rating(**only_fields(Rating, d["rating"]))
    return Metadata(**d)


def _sentence_from(d: dict[str, Any]) -> Sentence:
    d = dict(only_fields(Sentence, d))
    d["marks"] = [Mark(**only_fields(Mark, m)) for m in d.get("marks", [])]
    return Sentence(**d)


def _block_from(d: dict[str, Any] | None) -> Block | None:
    if d is None:
        return None
    d = dict(only_fields(Block, d))
    d["sentences"] = [_sentence_from(s) for s in d.get("sentences", [])]
    return Block(**d)


def _section_from(d: dict[str, Any]) -> Section:
    d = dict(only_fields(Section, d))
    d["blocks"] = [_block_from(b) for b in d.get("blocks", [])]
    d["sections"] = [_section_from(s) for s in d.get("sections", [])]
    d["notice"] = _block_from(d.get("notice"))
    return Section(**d)


def _warning_from(d: dict[str, Any]) -> ContentWarning:
    d = dict(only_fields(ContentWarning, d))
    d["evidence"] = [Evidence(**only_fields(Evidence, e)) for e in d.get("evidence", [])]
    return ContentWarning(**d)
