"""An anthology: one EPUB 3 of many reviews, each a part of the book.

Reading order: the anthology's title page, then for every review, in the order
given, the same documents as its own edition (:func:`~.book.review_documents`):
its title page (here a ``doc-part`` opening with the review's title as ``h1``),
its content note (skippable, before the text), its sections (``h2``, their
subsections below), its About page. One nav lists every review with its
sections; landmarks lead to the title page, the contents and the first review.

Each review's ids are unique only within that review, so every id a review
brings (sections, headings, blocks, sentences, the title, note and About
anchors) and every document name gets the review's prefix (``<key>_``) -- in
the XHTML and in the media-overlay timing alike, so the SMIL clips still find
their elements. Narrated reviews bring their chapter MP3s, packed under
``<key>/`` (``EPUB/<key>/chapters/NN-name.mp3``).

The writer reads only the models, timings and MP3 bytes it is given (the
caller loads them from rendered folders); the same entries give the same bytes.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, replace
from typing import BinaryIO

from ...audio.timing import ChapterTime, Timing
from ...dates import w3c_date
from ...errors import OutputError
from ...ids import slugify
from ...model import Review
from ...phrases import say
from ..markup import clean, language
from . import meta
from .book import Audio, Doc, Package, TocEntry, pack, pack_into, review_documents
from .xhtml import collection_title_body, label, page

__all__ = ["AnthologyEntry", "AnthologyOptions", "write_anthology"]


@dataclass(frozen=True)
class AnthologyOptions:
    """What the anthology needs besides its reviews."""

    title: str | None = None  # None: "Collected reviews"


@dataclass
class AnthologyEntry:
    """One review of the anthology. ``key`` names it in the book (the review's
    folder name); ``timing`` and ``audio`` (chapter file path, as in timing,
    -> MP3 bytes) when it is narrated."""

    key: str
    review: Review
    timing: Timing | None = None
    audio: dict[str, Audio] | None = None  # chapter file -> MP3 bytes or its path

    @property
    def narrated(self) -> bool:
        return self.timing is not None and self.audio is not None


def write_anthology(entries: list[AnthologyEntry], options: AnthologyOptions) -> bytes:
    """The .epub bytes of an anthology of ``entries``, in that order.
    Raises OutputError when there is no review, or a narrated review's timing
    names audio it was not given."""
    return pack(_package(entries, options))


def write_anthology_into(out: BinaryIO, entries: list[AnthologyEntry], options: AnthologyOptions) -> None:
    """:func:`write_anthology` into an open file, the chapter MP3s given as
    paths copied in piece by piece (a narrated archive is never in memory)."""
    pack_into(out, _package(entries, options))


def _package(entries: list[AnthologyEntry], options: AnthologyOptions) -> Package:
    if not entries:
        raise OutputError("an anthology needs at least one review")
    langs = [language(e.review.metadata.language) for e in entries]
    lang = Counter(langs).most_common(1)[0][0]  # ties: the first review's
    title = label(options.title, say("anthology.title", lang))

    docs = [Doc("title.xhtml", "titlepage", title,
                page(title, lang, collection_title_body(title, len(entries), lang), "frontmatter"))]
    toc = [TocEntry(title, "title.xhtml")]
    facts: list[meta.BookFacts] = []
    chapters: list[ChapterTime] = []
    audio: dict[str, Audio] = {}
    narrators: list[str] = []
    for key, entry, review_lang in zip(_keys(entries), entries, langs, strict=True):
        prefix = f"{key}_"
        review = prefixed_review(entry.review, prefix)
        timing = None
        if entry.narrated:
            timing = prefixed_timing(entry.timing, prefix, key)
            chapters += timing.chapters
            audio.update({f"{key}/{name}": data for name, data in entry.audio.items()})
            if timing.narrator and clean(timing.narrator) not in narrators:
                narrators.append(clean(timing.narrator))
        review_docs, review_toc, _marks, review_facts = review_documents(
            review, review_lang, timing, prefix=prefix, part=True)
        docs += review_docs
        head, *rest = review_toc
        toc.append(_in_language(TocEntry(head.title, head.href, rest), review_lang))
        facts.append(review_facts)

    narrated = bool(chapters)
    landmarks = [("titlepage", "title.xhtml", say("title_page", lang)), ("toc", "nav.xhtml#toc", say("contents", lang)),
                 ("bodymatter", docs[1].name, say("anthology.first_review", lang))]
    dates = [d for d in (w3c_date(e.review.metadata.date) for e in entries) if d]
    authors = list(dict.fromkeys(clean(e.review.metadata.author) for e in entries if e.review.metadata.author))
    publications = {clean(e.review.metadata.publication) or "" for e in entries}
    # One timing for the whole book: every narrated review's chapters, prefixed (no episode file).
    merged = Timing(episode_file="", duration=sum(c.duration for c in chapters),
                    sample_rate=next(e.timing.sample_rate for e in entries if e.narrated),
                    chapters=chapters) if narrated else None
    return Package(
        identifier=meta.collection_identifier(title, [meta.identifier(e.review) for e in entries]),
        title=title, lang=lang, docs=docs, toc=toc, landmarks=landmarks,
        accessibility=meta.accessibility(narrated, False, meta.collection_summary(title, facts)),
        date=max(dates) if dates else None, authors=authors,
        publisher=publications.pop() if len(publications) == 1 and "" not in publications else None,
        timing=merged, audio=audio, narrators=narrators,
        other_languages=[t for t in dict.fromkeys(langs) if t != lang])


def _keys(entries: list[AnthologyEntry]) -> list[str]:
    """A distinct, id- and file-name-safe key per review (starting with a
    letter: it begins XML ids)."""
    keys: list[str] = []
    for entry in entries:
        base = slugify(entry.key) or "review"
        if not base[0].isalpha():
            base = f"r-{base}"
        key, n = base, 1
        while key in keys:
            n += 1
            key = f"{base}-{n}"
        keys.append(key)
    return keys


def _in_language(entry: TocEntry, lang: str) -> TocEntry:
    """The entry and its children marked with the review's language (generated
    labels keep theirs)."""
    if not entry.generated:
        entry.lang = lang
    for child in entry.children:
        _in_language(child, lang)
    return entry


def prefixed_review(review: Review, prefix: str) -> Review:
    """A copy of ``review`` whose every id (sections, hence their headings,
    blocks, sentences; the note, notices, byline and disclaimer) starts with
    ``prefix``."""
    copied = copy.deepcopy(review)
    for block in copied.all_blocks():
        block.id = prefix + block.id if block.id else block.id
        for sentence in block.sentences:
            sentence.id = prefix + sentence.id
    for section in copied.walk_sections():
        section.id = prefix + section.id
    return copied


def prefixed_timing(timing: Timing, prefix: str, folder: str) -> Timing:
    """The timing of a review in the anthology: utterance and chapter ids with
    ``prefix`` (as :func:`prefixed_review` gives the elements), chapter files
    under ``folder/``."""
    def chapter(c: ChapterTime) -> ChapterTime:
        return replace(c, id=prefix + c.id, file=f"{folder}/{c.file}",
                       utterances=[replace(u, id=prefix + u.id) for u in c.utterances])

    return replace(timing, chapters=[chapter(c) for c in timing.chapters],
                   utterances=[replace(u, id=prefix + u.id) for u in timing.utterances])
