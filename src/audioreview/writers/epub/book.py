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
import re
import zipfile
from dataclasses import dataclass, field
from importlib import resources

from ebooklib import epub as _epub
from lxml import etree

from ...covers import Cover
from ...dates import w3c_date
from ...errors import OutputError
from ...model import ABOUT_ID, Review, Section
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

MAX_WORDS_PER_DOCUMENT = 5000
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
_SAFE_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*\.mp3$")


@dataclass
class TocEntry:
    title: str
    href: str
    children: list[TocEntry] = field(default_factory=list)
    generated: bool = False  # an English label made here, not text of the review


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


def write_epub(review: Review, options: EpubOptions, timing: Timing | None = None,
               audio: dict[str, bytes] | None = None) -> bytes:
    """The whole .epub file: narrated (media overlays) when ``timing`` and
    ``audio`` (chapter file path -> MP3 bytes) are given, text-only otherwise.

    Raises OutputError for audio that timing
    names but ``audio`` does not hold."""
    lang = language(review.metadata.language)
    narrated = timing is not None and audio is not None
    cover = options.cover
    cover_href = f"images/cover.{cover.extension}" if cover else None

    docs, toc, landmarks, facts = _documents(review, lang, cover_href, timing if narrated else None)

    book = _epub.EpubBook()
    book.FOLDER_NAME = "EPUB"
    book.set_identifier(meta.identifier(review))
    book.set_title(title_of(review))
    book.set_language(lang)
    if direction(lang):
        book.set_direction("rtl")  # spine page-progression-direction
    m = review.metadata
    if m.author:
        book.add_author(clean(m.author))
    if m.publication:
        book.add_metadata("DC", "publisher", clean(m.publication))
    date = w3c_date(m.date)
    if date:
        book.add_metadata("DC", "date", date)
    if m.url and m.url.strip():
        book.add_metadata("DC", "source", clean(m.url.strip()))

    css = resources.files("audioreview").joinpath("data/epub/epub.css").read_bytes()
    book.add_item(_item("css", "css/epub.css", "text/css", css))
    if cover:
        book.set_cover(cover_href, cover.data, create_page=False)

    items = {}
    for doc in docs:
        items[doc.name] = _item(doc.uid, doc.name, "application/xhtml+xml", doc.xhtml)
    payload: list[bytes] = [css] + [d.xhtml for d in docs]

    if narrated:
        total_ms = _add_overlays(book, docs, items, timing, audio, payload)
        book.add_metadata(None, "meta", smil_clock(total_ms), {"property": "media:duration"})
        if timing.narrator:
            book.add_metadata(None, "meta", clean(timing.narrator), {"property": "media:narrator"})
        book.add_metadata(None, "meta", meta.ACTIVE_CLASS, {"property": "media:active-class"})

    for prop, value in meta.accessibility(facts):
        attrs = {"property": prop}
        if prop == "schema:accessibilitySummary" and primary(lang) != "en":
            attrs["{http://www.w3.org/XML/1998/namespace}lang"] = "en"  # the summary is English
        book.add_metadata(None, "meta", value, attrs)
    book.add_metadata(None, "meta", meta.CONFORMS_TO, {"property": "dcterms:conformsTo", "id": "conformance"})
    book.add_metadata(None, "meta", meta.CERTIFIED_BY, {"property": "a11y:certifiedBy", "refines": "#conformance"})

    nav = _item("nav", "nav.xhtml", "application/xhtml+xml", _nav(toc, landmarks, lang))
    nav.properties = ["nav"]
    book.add_item(nav)
    for doc in docs:
        book.add_item(items[doc.name])
    book.add_item(_epub.EpubNcx())
    book.toc = _ncx_toc(toc)
    # The nav is a spine item (the "toc" landmark must point into the spine) but
    # non-linear: reading straight through goes from the title page to the review.
    nav.is_linear = False
    book.spine = [items[docs[0].name], nav] + [items[d.name] for d in docs[1:]]

    if cover:
        payload.append(cover.data)
    stamp = meta.modified(review, meta.digest(payload))
    mtime = _dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    raw = io.BytesIO()
    _epub.write_epub(raw, book, {"mtime": mtime, "epub2_guide": False, "epub3_landmark": False,
                                 "epub3_pages": False, "raise_exceptions": True})
    return _repack(raw.getvalue(), lang)


# ---------------------------------------------------------------------- documents


def _documents(review: Review, lang: str, cover_href: str | None, timing: Timing | None,
               ) -> tuple[list[Doc], list[TocEntry], list[tuple[str, str, str]], meta.BookFacts]:
    title = title_of(review)
    docs = [Doc("title.xhtml", "titlepage", title,
                page(title, lang, title_page_body(review, cover_href), "frontmatter"))]
    toc = [TocEntry(title, "title.xhtml")]
    landmarks = [("titlepage", "title.xhtml", say("title_page", lang)), ("toc", "nav.xhtml#toc", say("contents", lang))]
    note_title, about_title = note_heading(lang), about_heading(lang)

    section_docs: list[Doc] = []
    section_toc: list[TocEntry] = []
    for section in review.sections:
        _section_documents(section, lang, section_docs, section_toc)
    first = f"{section_docs[0].name}#{review.sections[0].id}" if section_docs else None

    if review.content_note is not None and review.content_note.sentences:
        docs.append(Doc("note.xhtml", "note", note_title,
                        page(note_title, lang, note_page_body(review.content_note, first, lang), "frontmatter")))
        toc.append(TocEntry(note_title, f"note.xhtml#{NOTE_HEADING_ID}", generated=True))
        landmarks.append(("bodymatter", "note.xhtml", say("start_of_review_note", lang)))
    elif first:
        landmarks.append(("bodymatter", first, say("start_of_review", lang)))
    docs += section_docs
    toc += section_toc

    extra = []
    if timing is not None:
        extra.append(say("narrated_by", lang, narrator=clean(timing.narrator)) if timing.narrator
                     else say("narrated", lang))
    extra.append(say("produced_with", lang))
    docs.append(Doc("about.xhtml", "about", about_title,
                    page(about_title, lang, about_page_body(review, ABOUT_ID, extra), "backmatter")))
    toc.append(TocEntry(about_title, f"about.xhtml#{ABOUT_ID}-h", generated=True))
    landmarks.append(("colophon", "about.xhtml", about_title))

    all_sections = list(review.walk_sections())
    facts = meta.BookFacts(
        title=title,
        sections=len(review.sections),
        subsections=len(all_sections) - len(review.sections),
        documents=len(docs),
        has_note=any(d.name == "note.xhtml" for d in docs),
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
            attrs = ui(lang) if e.generated else dir_attr(e.title)
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


def _ncx_toc(toc: list[TocEntry]) -> list:
    """The same outline for toc.ncx (older reading systems)."""
    counter = iter(range(1, 1_000_000))

    def conv(e: TocEntry):
        link = _epub.Link(e.href, e.title, f"np-{next(counter)}")
        return (link, [conv(c) for c in e.children]) if e.children else link

    return [conv(e) for e in toc]


# --------------------------------------------------------------------- overlays


def _add_overlays(book: _epub.EpubBook, docs: list[Doc], items: dict, timing: Timing,
                  audio: dict[str, bytes], payload: list[bytes]) -> int:
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
        book.add_item(_item(f"audio-{n}", name, "audio/mpeg", audio[name]))
        payload.append(audio[name])
    return total


# ------------------------------------------------------------------------ files


def _item(uid: str, name: str, media_type: str, content: bytes) -> _epub.EpubItem:
    return _epub.EpubItem(uid=uid, file_name=name, media_type=media_type, content=content)


_STORED = (".mp3", ".png", ".jpg")


def _repack(raw: bytes, lang: str) -> bytes:
    """Deterministic zip: mimetype first and stored, fixed timestamps and
    permissions; xml:lang added to the OPF package element."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        order = ["mimetype"] + [n for n in names if n != "mimetype"]
        for name in order:
            data = src.read(name)
            if name.endswith(".opf"):
                data = _patch_opf(data, lang)
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            stored = name == "mimetype" or name.endswith(_STORED)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            dst.writestr(info, data, compresslevel=None if stored else 9)
    return out.getvalue()


def _patch_opf(data: bytes, lang: str) -> bytes:
    root = etree.fromstring(data)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
