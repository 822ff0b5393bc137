"""The accessible EPUB 3 edition, with media overlays when narrated.

Entry point: :func:`write_epub`. Reads the model (and Timing + chapter MP3s for
the read-along edition) and returns the .epub bytes. EbookLib builds the package
(OPF, NCX, container); the content documents, nav and SMIL are made here so
their markup is exactly what accessibility checkers expect. The zip is then
re-packed with fixed timestamps so equal inputs give equal bytes.

Reading order: title page, content note (only when the review has one), one
document per top-level section (long ones split at ~5000 words), About page.
See docs/epub.md.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import shutil
import zipfile
from collections.abc import Mapping
from typing import BinaryIO, Union
from dataclasses import dataclass, field
from importlib import resources

from ebooklib import epub as _epub
from lxml import etree

from ...covers import Cover
from ...dates import w3c_date
from ...errors import OutputError
from ...model import ABOUT_ID, TITLE_ID, Review, Section
from ...phrases import primary, say
from ...audio.timing import Timing
from . import meta
from .smil import SMIL_DIR, build_smil, clip_index, smil_clock
from ..markup import clean, dir_attr, direction, esc, language, ui
from .xhtml import (
    about_heading,
    note_heading,
    NOTE_HEADING_ID,
    about_page_body,
    heading_of,
    note_page_body,
    page,
    part_body,
    split_section,
    title_of,
    title_page_body,
)

Audio = Union[bytes, os.PathLike]  # a chapter MP3: its bytes, or the file that holds them
MAX_WORDS_PER_DOCUMENT = 5000
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
_SAFE_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*\.mp3$")


@dataclass
class TocEntry:
    title: str
    href: str
    children: list[TocEntry] = field(default_factory=list)
    generated: bool = False  # an English label made here, not text of the review
    lang: str | None = None  # the text's language, when it is not the book's (a review in an anthology)


@dataclass
class Doc:
    name: str  # file name inside the EPUB folder
    uid: str  # manifest id
    title: str
    xhtml: bytes


@dataclass(frozen=True)
class EpubOptions:
    """What the EPUB needs besides the review: the cover (read once by the render)."""

    cover: Cover | None = None


@dataclass
class Package:
    """Everything one .epub holds, gathered by :func:`write_epub` (one review)
    or the anthology (many); :func:`pack` turns it into the file."""

    identifier: str
    title: str
    lang: str
    docs: list[Doc]  # reading order; the first is the title page, the (non-linear) nav follows it
    toc: list[TocEntry]
    landmarks: list[tuple[str, str, str]]
    accessibility: list[tuple[str, str]]
    date: str | None = None  # W3CDTF: dc:date, and the day of dcterms:modified
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    source: str | None = None
    cover: Cover | None = None
    cover_href: str | None = None
    timing: Timing | None = None  # narrated (media overlays) when set, with ``audio``
    audio: Mapping[str, Audio] = field(default_factory=dict)
    narrators: list[str] = field(default_factory=list)
    other_languages: list[str] = field(default_factory=list)  # dc:language after ``lang``


def write_epub(review: Review, options: EpubOptions, timing: Timing | None = None,
               audio: Mapping[str, Audio] | None = None) -> bytes:
    """The whole .epub file: narrated (media overlays) when ``timing`` and
    ``audio`` (chapter file path -> MP3 bytes, or the path of the MP3) are
    given, text-only otherwise.

    Raises OutputError for audio that timing
    names but ``audio`` does not hold."""
    out = io.BytesIO()
    write_epub_into(out, review, options, timing, audio)
    return out.getvalue()


def write_epub_into(out: BinaryIO, review: Review, options: EpubOptions, timing: Timing | None = None,
                    audio: Mapping[str, Audio] | None = None) -> None:
    """:func:`write_epub` into an open file: the chapter MP3s given as paths
    are copied into it piece by piece, never held in memory."""
    lang = language(review.metadata.language)
    narrated = timing is not None and audio is not None
    cover = options.cover
    cover_href = f"images/cover.{cover.extension}" if cover else None
    docs, toc, landmarks, facts = review_documents(review, lang, timing if narrated else None, cover_href=cover_href)
    m = review.metadata
    pack_into(out, Package(
        identifier=meta.identifier(review), title=title_of(review), lang=lang, docs=docs, toc=toc,
        landmarks=landmarks, accessibility=meta.accessibility(facts.narrated, facts.has_cover, meta.summary(facts)),
        date=w3c_date(m.date), authors=[clean(m.author)] if m.author else [],
        publisher=clean(m.publication) if m.publication else None,
        source=clean(m.url.strip()) if m.url and m.url.strip() else None,
        cover=cover, cover_href=cover_href, timing=timing if narrated else None, audio=audio or {},
        narrators=[clean(timing.narrator)] if narrated and timing.narrator else []))


def pack(pkg: Package) -> bytes:
    """The .epub bytes of a package (see :func:`pack_into`)."""
    out = io.BytesIO()
    pack_into(out, pkg)
    return out.getvalue()


def pack_into(out: BinaryIO, pkg: Package) -> None:
    """Write the .epub of a package into ``out``: EbookLib writes OPF, NCX and
    container (with the audio left empty), then the zip is re-packed
    deterministically (same package, same bytes), the audio streamed in."""
    lang = pkg.lang
    book = _epub.EpubBook()
    book.FOLDER_NAME = "EPUB"
    book.set_identifier(pkg.identifier)
    book.set_title(pkg.title)
    book.set_language(lang)
    for other in pkg.other_languages:
        book.add_metadata("DC", "language", other)
    if direction(lang):
        book.set_direction("rtl")  # spine page-progression-direction
    for n, author in enumerate(pkg.authors, 1):
        book.add_author(author, uid="creator" if n == 1 else f"creator-{n}")
    if pkg.publisher:
        book.add_metadata("DC", "publisher", pkg.publisher)
    if pkg.date:
        book.add_metadata("DC", "date", pkg.date)
    if pkg.source:
        book.add_metadata("DC", "source", pkg.source)

    css = resources.files("audioreview").joinpath("data/epub/epub.css").read_bytes()
    book.add_item(_item("css", "css/epub.css", "text/css", css))
    if pkg.cover:
        book.set_cover(pkg.cover_href, pkg.cover.data, create_page=False)

    docs = pkg.docs
    items = {}
    for doc in docs:
        items[doc.name] = _item(doc.uid, doc.name, "application/xhtml+xml", doc.xhtml)
    payload: list[bytes] = [css] + [d.xhtml for d in docs]

    if pkg.timing is not None:
        total_ms = _add_overlays(book, docs, items, pkg.timing, pkg.audio, payload)
        book.add_metadata(None, "meta", smil_clock(total_ms), {"property": "media:duration"})
        for narrator in pkg.narrators:
            book.add_metadata(None, "meta", narrator, {"property": "media:narrator"})
        book.add_metadata(None, "meta", meta.ACTIVE_CLASS, {"property": "media:active-class"})

    for prop, value in pkg.accessibility:
        attrs = {"property": prop}
        if prop == "schema:accessibilitySummary" and primary(lang) != "en":
            attrs["{http://www.w3.org/XML/1998/namespace}lang"] = "en"  # the summary is English
        book.add_metadata(None, "meta", value, attrs)
    book.add_metadata(None, "meta", meta.CONFORMS_TO, {"property": "dcterms:conformsTo", "id": "conformance"})
    book.add_metadata(None, "meta", meta.CERTIFIED_BY, {"property": "a11y:certifiedBy", "refines": "#conformance"})

    nav = _item("nav", "nav.xhtml", "application/xhtml+xml", _nav(pkg.toc, pkg.landmarks, lang))
    nav.properties = ["nav"]
    book.add_item(nav)
    for doc in docs:
        book.add_item(items[doc.name])
    book.add_item(_epub.EpubNcx())
    book.toc = _ncx_toc(pkg.toc)
    # The nav is a spine item (the "toc" landmark must point into the spine) but
    # non-linear: reading straight through goes from the title page to the review.
    nav.is_linear = False
    book.spine = [items[docs[0].name], nav] + [items[d.name] for d in docs[1:]]

    if pkg.cover:
        payload.append(pkg.cover.data)
    stamp = meta.modified_on(pkg.date, meta.digest(payload))
    mtime = _dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    raw = io.BytesIO()
    _epub.write_epub(raw, book, {"mtime": mtime, "epub2_guide": False, "epub3_landmark": False,
                                 "epub3_pages": False, "raise_exceptions": True})
    _repack(raw.getvalue(), lang, out, pkg.audio)


# ---------------------------------------------------------------------- documents


def review_documents(review: Review, lang: str, timing: Timing | None, *, cover_href: str | None = None,
                     prefix: str = "", part: bool = False,
                     ) -> tuple[list[Doc], list[TocEntry], list[tuple[str, str, str]], meta.BookFacts]:
    """One review's documents in reading order (title page, content note, the
    sections, About), its toc entries, landmarks and the facts the
    accessibility summary tells.

    ``prefix`` starts the names of the documents made here (the model's ids,
    section documents included, are the caller's to prefix); ``part``: the
    review is one part of an anthology, so its title page is a ``doc-part``
    opening and every document is body matter."""
    title = title_of(review)
    title_id, note_id, about_id = prefix + TITLE_ID, prefix + NOTE_HEADING_ID, prefix + ABOUT_ID
    title_doc, note_doc, about_doc = f"{prefix}title.xhtml", f"{prefix}note.xhtml", f"{prefix}about.xhtml"
    front, back = ("bodymatter", "bodymatter") if part else ("frontmatter", "backmatter")
    docs = [Doc(title_doc, f"{prefix}titlepage", title,
                page(title, lang, title_page_body(review, cover_href, title_id, part), front))]
    toc = [TocEntry(title, title_doc)]
    landmarks = [("titlepage", title_doc, say("title_page", lang)), ("toc", "nav.xhtml#toc", say("contents", lang))]
    note_title, about_title = note_heading(lang), about_heading(lang)

    section_docs: list[Doc] = []
    section_toc: list[TocEntry] = []
    for section in review.sections:
        _section_documents(section, lang, section_docs, section_toc)
    first = f"{section_docs[0].name}#{review.sections[0].id}" if section_docs else None

    has_note = review.content_note is not None and bool(review.content_note.sentences)
    if has_note:
        body = note_page_body(review.content_note, first, lang, note_id)
        docs.append(Doc(note_doc, f"{prefix}note", note_title, page(note_title, lang, body, front)))
        toc.append(TocEntry(note_title, f"{note_doc}#{note_id}", generated=True))
        landmarks.append(("bodymatter", note_doc, say("start_of_review_note", lang)))
    elif first:
        landmarks.append(("bodymatter", first, say("start_of_review", lang)))
    docs += section_docs
    toc += section_toc

    extra = []
    if timing is not None:
        extra.append(say("narrated_by", lang, narrator=clean(timing.narrator)) if timing.narrator
                     else say("narrated", lang))
    extra.append(say("produced_with", lang))
    docs.append(Doc(about_doc, f"{prefix}about", about_title,
                    page(about_title, lang, about_page_body(review, about_id, extra), back)))
    toc.append(TocEntry(about_title, f"{about_doc}#{about_id}-h", generated=True))
    landmarks.append(("colophon", about_doc, about_title))

    all_sections = list(review.walk_sections())
    facts = meta.BookFacts(
        title=title,
        sections=len(review.sections),
        subsections=len(all_sections) - len(review.sections),
        documents=len(docs),
        has_note=has_note,
        section_notices=sum(1 for s in all_sections if s.notice is not None and s.notice.sentences),
        narrated=timing is not None,
        narrator=clean(timing.narrator) if timing is not None else "",
        has_cover=cover_href is not None,
    )
    return docs, toc, landmarks, facts


def _section_documents(section: Section, lang: str, docs: list[Doc], toc: list[TocEntry]) -> None:
    """One or more documents for a top-level section, and its toc entries
    (subsections nested, each pointing into the part that holds it)."""
    heading = heading_of(section, lang)
    parts = split_section(section, MAX_WORDS_PER_DOCUMENT)
    entries: dict[str, TocEntry] = {}
    root: TocEntry | None = None
    for index, part in enumerate(parts):
        name = f"{section.id}.xhtml" if index == 0 else f"{section.id}_p{index + 1}.xhtml"
        uid = "x-" + name.rsplit(".", 1)[0]
        doc_title = heading if index == 0 else say("part_of", lang, heading=heading, n=index + 1, total=len(parts))
        docs.append(Doc(name, uid, doc_title, page(doc_title, lang, part_body(part, section, index, lang), "bodymatter")))
        for sec, _depth, block in part.items:
            if block is not None:
                continue
            entry = TocEntry(heading_of(sec, lang), f"{name}#{sec.heading_id}")
            entries[sec.id] = entry
            if root is None:
                root = entry
    assert root is not None
    toc.append(root)

    def link(sec: Section) -> None:
        for child in sec.sections:
            entries[sec.id].children.append(entries[child.id])
            link(child)

    link(section)


def _nav(toc: list[TocEntry], landmarks: list[tuple[str, str, str]], lang: str) -> bytes:
    def ol(entries: list[TocEntry]) -> str:
        items = []
        for e in entries:
            sub = ol(e.children) if e.children else ""
            attrs = ui(lang) if e.generated else _lang_attrs(e.lang, lang) + dir_attr(e.title)
            items.append(f'<li><a href="{esc(e.href)}"{attrs}>{esc(e.title)}</a>{sub}</li>')
        return "<ol>\n" + "\n".join(items) + "\n</ol>"

    marks = "\n".join(f'<li><a epub:type="{t}" href="{esc(h)}"{ui(lang)}>{esc(label)}</a></li>'
                      for t, h, label in landmarks)
    body = (
        '<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-h">\n'
        f'<h2 id="toc-h"{ui(lang)}>{esc(say("contents", lang))}</h2>\n{ol(toc)}\n</nav>\n'
        f'<nav epub:type="landmarks" id="landmarks" aria-label="{esc(say("landmarks", lang))}"{ui(lang)} hidden="hidden">\n'
        f'<ol>\n{marks}\n</ol>\n</nav>'
    )
    return page(say("contents", lang), lang, body)


def _lang_attrs(text_lang: str | None, book_lang: str) -> str:
    """lang/xml:lang for a nav label whose language is not the nav's."""
    if text_lang is None or text_lang.lower() == book_lang.lower():
        return ""
    return f' lang="{text_lang}" xml:lang="{text_lang}"'


def _ncx_toc(toc: list[TocEntry]) -> list:
    """The same outline for toc.ncx (older reading systems)."""
    counter = iter(range(1, 1_000_000))

    def conv(e: TocEntry):
        link = _epub.Link(e.href, e.title, f"np-{next(counter)}")
        return (link, [conv(c) for c in e.children]) if e.children else link

    return [conv(e) for e in toc]


# --------------------------------------------------------------------- overlays


def _add_overlays(book: _epub.EpubBook, docs: list[Doc], items: dict, timing: Timing,
                  audio: Mapping[str, Audio], payload: list) -> int:
    """Chapter MP3s and one SMIL per narrated document; returns the total ms."""
    for chapter in timing.chapters:
        if not _SAFE_FILE.match(chapter.file) or ".." in chapter.file.split("/"):
            raise OutputError(f"timing names an unsafe chapter file path: {chapter.file!r}", "timing.json")
        if chapter.file not in audio:
            raise OutputError(f"no audio for chapter file {chapter.file}", chapter.file)
    clips = clip_index(timing)
    total = 0
    used: list[str] = []
    for doc in docs:
        built = build_smil(doc.name, doc.xhtml, clips)
        if built is None:
            continue
        smil, duration = built
        smil_id = f"mo-{doc.uid}"
        book.add_item(_item(smil_id, f"{SMIL_DIR}/{doc.name.rsplit('.', 1)[0]}.smil", "application/smil+xml", smil))
        items[doc.name].media_overlay = smil_id
        book.add_metadata(None, "meta", smil_clock(duration), {"property": "media:duration", "refines": f"#{smil_id}"})
        total += duration
        payload.append(smil)
        for f in re.findall(rb'<audio src="\.\./([^"]+)"', smil):
            name = f.decode("utf-8")
            if name not in used:
                used.append(name)
    for n, name in enumerate(used, 1):
        book.add_item(_item(f"audio-{n}", name, "audio/mpeg", b""))  # streamed in by _repack
        payload.append(audio[name])
    return total


# ------------------------------------------------------------------------ files


def _item(uid: str, name: str, media_type: str, content: bytes) -> _epub.EpubItem:
    return _epub.EpubItem(uid=uid, file_name=name, media_type=media_type, content=content)


_STORED = (".mp3", ".png", ".jpg")


def _repack(raw: bytes, lang: str, out: BinaryIO, audio: Mapping[str, Audio]) -> None:
    """Deterministic zip into ``out``: mimetype first and stored, fixed
    timestamps and permissions; xml:lang added to the OPF package element;
    each audio file copied in from ``audio`` (bytes or a path) in pieces."""
    prefix = "EPUB/"
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        order = ["mimetype"] + [n for n in names if n != "mimetype"]
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            stored = name == "mimetype" or name.endswith(_STORED)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            source = audio.get(name[len(prefix):]) if name.startswith(prefix) else None
            if source is not None:
                _copy_into(dst, info, source)
                continue
            data = src.read(name)
            if name.endswith(".opf"):
                data = _patch_opf(data, lang)
            dst.writestr(info, data, compresslevel=None if stored else 9)


def _copy_into(dst: zipfile.ZipFile, info: zipfile.ZipInfo, source: Audio) -> None:
    """A stored zip member from bytes or a file, written piece by piece (the
    same bytes as writestr: the sizes and CRC are filled in afterwards)."""
    if isinstance(source, (bytes, bytearray)):
        dst.writestr(info, source)
        return
    info.file_size = os.path.getsize(source)
    with open(source, "rb") as fh, dst.open(info, "w") as member:
        shutil.copyfileobj(fh, member, 1 << 20)


def _patch_opf(data: bytes, lang: str) -> bytes:
    root = etree.fromstring(data)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
