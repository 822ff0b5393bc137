"""XHTML content documents of the EPUB, built from the model.

Kept apart from the packaging (writers/epub.py) so the markup rules live in one
place: every block becomes ``<p>``/``<blockquote>``/``<li>``, every sentence a
``<span id="<sentence id>">`` (the targets of the media-overlay ``<par>``\\s),
headings carry ``section.heading_id``. All text passes through :func:`esc`, which
drops characters XML 1.0 forbids and escapes markup, so hostile input (``<``,
``&``, quotes, control characters) always yields well-formed XHTML.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

# The generated English labels (shared with the web edition) live in audioreview.labels;
# they are re-exported here under their old names.
from ..labels import (ABOUT_HEADING, CONTINUE_TO_REVIEW, CREATOR_FALLBACK, CREATOR_LABEL, DATE, KIND_LABEL,
                      NOTE_HEADING, NOTICE_LABEL, ORIGINAL_REVIEW, PUBLISHED_IN, RATING, REVIEW_BY,
                      WORK_REVIEWED)
from ..model import TITLE_ID, Block, Mark, Review, Section, Sentence

CSS_HREF = "css/epub.css"
# Characters XML 1.0 forbids, plus C1 controls and DEL (allowed but never text).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def clean(text: str | None) -> str:
    """Text safe for XML: no C0/C1 controls (tab, newline kept), CR folded.
    Combining marks and emoji stay as written (no normalisation)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BAD_CHARS.sub("", text)


def label(text: str | None, fallback: str) -> str:
    """Cleaned text for a heading or title, never empty (empty headings fail
    accessibility checks and leave a gap in the table of contents)."""
    return clean(text).strip() or fallback


def title_of(review: Review) -> str:
    return label(review.title, "Untitled review")


def heading_of(section: Section) -> str:
    return label(section.heading, "Untitled section")


def esc(text: str | None) -> str:
    """Clean and escape text for an XHTML text node or attribute value."""
    return html.escape(clean(text), quote=True)


def has_rtl(text: str | None) -> bool:
    """True when the text holds right-to-left letters (Hebrew, Arabic...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text or "")


def dir_attr(text: str | None) -> str:
    """``dir="auto"`` for elements holding RTL text, so the bidi algorithm
    takes the element's direction from its own first strong character."""
    return ' dir="auto"' if has_rtl(text) else ""


def language(tag: str | None) -> str:
    """A well-formed BCP 47 tag for lang/xml:lang (``und`` when it is not one)."""
    tag = (tag or "").strip().replace("_", "-")
    return tag if _LANG_RE.match(tag) else "und"


RTL_LANGUAGES = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd", "ug", "ur", "yi"}


def direction(lang: str) -> str | None:
    """``rtl`` for a right-to-left review language, else None (the default)."""
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else None


def ui(lang: str) -> str:
    """Attributes for generated labels (which are English) in a book of another
    language, so screen readers switch voice for them."""
    return "" if lang.split("-")[0].lower() == "en" else ' lang="en" xml:lang="en"'


def safe_href(href: str | None) -> str | None:
    """An absolute http(s)/mailto URL made valid for an ``href``, or None.

    Relative or script links could point at files the book does not hold
    (an EPUBCheck error) or run code, so they become plain text."""
    href = clean(href).strip()
    if not href:
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https", "mailto"):
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return quote(href, safe=":/?#[]@!$&'()*+,;=%~-._")


# ---------------------------------------------------------------------- inline


def _mark_tags(mark: Mark) -> tuple[str, str]:
    if mark.kind == "strong":
        return "<strong>", "</strong>"
    if mark.kind == "code":
        return "<code>", "</code>"
    if mark.kind == "link":
        href = safe_href(mark.href)
        return (f'<a href="{html.escape(href, quote=True)}">', "</a>") if href else ("", "")
    return "<em>", "</em>"


def _inline(text: str, marks: list[Mark], lo: int, hi: int) -> str:
    """Text ``[lo, hi)`` with its marks as nested elements; crossing marks are
    dropped (XHTML elements cannot overlap)."""
    pending = sorted((m for m in marks if lo <= m.start < m.end <= hi), key=lambda m: (m.start, -m.end))
    out: list[str] = []
    pos = lo
    while pending:
        mark = pending.pop(0)
        if mark.start < pos:
            continue
        inner = [m for m in pending if m.end <= mark.end]
        pending = [m for m in pending if m.start >= mark.end]
        open_tag, close_tag = _mark_tags(mark)
        out.append(esc(text[pos:mark.start]))
        out.append(open_tag + _inline(text, inner, mark.start, mark.end) + close_tag)
        pos = mark.end
    out.append(esc(text[pos:hi]))
    return "".join(out)


def sentence_html(sentence: Sentence) -> str:
    text = sentence.text or ""
    marks = [Mark(max(0, m.start), min(len(text), m.end), m.kind, m.href) for m in sentence.marks]
    body = _inline(text, marks, 0, len(text))
    return f'<span id="{esc(sentence.id)}"{dir_attr(text)}>{body}</span>'


def sentences_html(block: Block) -> str:
    return " ".join(sentence_html(s) for s in block.sentences)


def block_attrs(block: Block) -> str:
    return f' id="{esc(block.id)}"' + dir_attr(block.text) if block.id else dir_attr(block.text)


def blocks_html(blocks: list[Block]) -> str:
    """Paragraphs, block quotes and lists; consecutive list items that share a
    ``list_id`` (and ordered flag) form one ``<ul>``/``<ol>``."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "list_item":
            j = i
            while (j < len(blocks) and blocks[j].kind == "list_item"
                   and blocks[j].list_id == block.list_id and blocks[j].ordered == block.ordered):
                j += 1
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li{block_attrs(b)}>{sentences_html(b)}</li>\n" for b in blocks[i:j])
            out.append(f"<{tag}>\n{items}</{tag}>")
            i = j
            continue
        if block.kind == "quote":
            out.append(f"<blockquote{block_attrs(block)}><p>{sentences_html(block)}</p></blockquote>")
        else:
            out.append(f"<p{block_attrs(block)}>{sentences_html(block)}</p>")
        i += 1
    return "\n".join(out)


def heading_html(level: int, hid: str, text: str, attrs: str = "") -> str:
    """``<hN>``; past h6 a ``role="heading"`` with ``aria-level`` keeps the depth."""
    if level > 6:
        return (f'<p class="heading-deep" role="heading" aria-level="{level}" id="{esc(hid)}"'
                f'{dir_attr(text)}{attrs}>{esc(text)}</p>')
    return f'<h{level} id="{esc(hid)}"{dir_attr(text)}{attrs}>{esc(text)}</h{level}>'


def notice_html(block: Block, label: str = NOTICE_LABEL) -> str:
    return (f'<div class="notice" epub:type="notice" role="doc-notice" aria-label="{esc(label)}">'
            f"<p{block_attrs(block)}>{sentences_html(block)}</p></div>")


# -------------------------------------------------------------------- documents


def page(title: str, lang: str, body: str, body_type: str | None = None) -> bytes:
    """A complete XHTML content document (lang and xml:lang, a title, the CSS)."""
    btype = f' epub:type="{body_type}"' if body_type else ""
    rtl = ' dir="rtl"' if direction(lang) else ""
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'lang="{lang}" xml:lang="{lang}"{rtl}>\n<head>\n<meta charset="UTF-8"/>\n'
        f"<title>{esc(title)}</title>\n"
        f'<link rel="stylesheet" type="text/css" href="{CSS_HREF}"/>\n</head>\n'
        f"<body{btype}>\n{body}\n</body>\n</html>\n"
    )
    return doc.encode("utf-8")


def title_page_body(review: Review, cover_href: str | None) -> str:
    """Title, the work reviewed, author, publication, date, rating, source link."""
    m = review.metadata
    en = ui(language(m.language))
    rows: list[tuple[str, str]] = []
    work = m.work
    if work.title:
        extra = ", ".join(x for x in (KIND_LABEL.get(work.kind, ""), str(work.year or "")) if x)
        rows.append((WORK_REVIEWED, f"<cite{dir_attr(work.title)}>{esc(work.title)}</cite>"
                     + (f" ({esc(extra)})" if extra else "")))
    if work.creator:
        rows.append((CREATOR_LABEL.get(work.kind, CREATOR_FALLBACK), f"<span{dir_attr(work.creator)}>{esc(work.creator)}</span>"))
    if m.author:
        rows.append((REVIEW_BY, f"<span{dir_attr(m.author)}>{esc(m.author)}</span>"))
    if m.publication:
        rows.append((PUBLISHED_IN, f"<span{dir_attr(m.publication)}>{esc(m.publication)}</span>"))
    if m.date:
        rows.append((DATE, esc(m.date)))
    if m.rating and m.rating.text:
        rating = esc(m.rating.text)
        r = m.rating
        if r.value is not None and r.scale and not any(c.isdigit() for c in r.text):
            # Stars read aloud as "black star, black star..."; give the figure too.
            rating += f" (<span{en}>{r.value:g} out of {r.scale:g}</span>)"
        rows.append((RATING, rating))
    href = safe_href(m.url)
    if href:
        rows.append((ORIGINAL_REVIEW, f'<a href="{html.escape(href, quote=True)}">{esc(m.url)}</a>'))
    elif m.url:
        rows.append((ORIGINAL_REVIEW, esc(m.url)))
    parts = ['<section epub:type="titlepage" aria-labelledby="title">',
             heading_html(1, TITLE_ID, title_of(review))]
    if cover_href:
        parts.append(f'<figure class="cover"><img src="{esc(cover_href)}" '
                     f'alt="{esc("Cover image for " + title_of(review))}"{en}/></figure>')
    if rows:
        parts.append('<dl class="details">')
        parts += [f"<dt{en}>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows]
        parts.append("</dl>")
    parts.append("</section>")
    return "\n".join(parts)


NOTE_HEADING_ID = "content-note-h"


def note_page_body(note: Block, continue_href: str | None, lang: str) -> str:
    parts = [f'<section epub:type="notice" role="doc-notice" aria-labelledby="{NOTE_HEADING_ID}">',
             heading_html(2, NOTE_HEADING_ID, NOTE_HEADING, ui(lang)),
             f"<p{block_attrs(note)}>{sentences_html(note)}</p>"]
    if continue_href:
        parts.append(f'<p class="continue"{ui(lang)}><a href="{esc(continue_href)}">{CONTINUE_TO_REVIEW}</a></p>')
    parts.append("</section>")
    return "\n".join(parts)


def about_page_body(review: Review, about_id: str, extra: list[str]) -> str:
    hid = f"{about_id}-h"
    parts = [f'<section id="{about_id}" epub:type="colophon" role="doc-colophon" aria-labelledby="{hid}">',
             heading_html(2, hid, ABOUT_HEADING, ui(language(review.metadata.language)))]
    for block in (review.byline, review.disclaimer):
        if block is not None and block.sentences:
            parts.append(f"<p{block_attrs(block)}>{sentences_html(block)}</p>")
    parts += [f"<p{ui(language(review.metadata.language))}>{esc(line)}</p>" for line in extra]
    parts.append("</section>")
    return "\n".join(parts)


# ---------------------------------------------------------------- long sections


@dataclass
class Part:
    """One content document's share of a top-level section."""

    items: list[tuple[Section, int, Block | None]] = field(default_factory=list)  # block None: heading
    words: int = 0


def split_section(section: Section, max_words: int) -> list[Part]:
    """Cut a top-level section at block boundaries into parts of about
    ``max_words`` words; a heading is never left alone at a part's end."""
    parts = [Part()]

    def visit(sec: Section, depth: int) -> None:
        if sec.notice is not None:  # read before the section, so shown before it
            add(sec, depth, sec.notice, len(sec.notice.text.split()))
        add(sec, depth, None, len(sec.heading.split()))
        for block in sec.blocks:
            add(sec, depth, block, len(block.text.split()))
        for child in sec.sections:
            visit(child, depth + 1)

    def opener(sec: Section, block: Block | None) -> bool:
        return block is None or block is sec.notice

    def add(sec: Section, depth: int, block: Block | None, words: int) -> None:
        cur = parts[-1]
        if cur.words >= max_words:
            if opener(sec, block):
                parts.append(Part())
            else:
                # Never leave a heading (or its notice) at the end of a part.
                tail: list[tuple[Section, int, Block | None]] = []
                while cur.items and opener(cur.items[-1][0], cur.items[-1][2]):
                    tail.insert(0, cur.items.pop())
                if cur.items:
                    moved = sum(_words(s, b) for s, _, b in tail)
                    cur.words -= moved
                    parts.append(Part(items=tail, words=moved))
                else:
                    cur.items = tail
        parts[-1].items.append((sec, depth, block))
        parts[-1].words += words

    visit(section, 0)
    return parts


def _words(sec: Section, block: Block | None) -> int:
    return len((sec.heading if block is None else block.text).split())


def part_body(part: Part, top: Section, index: int) -> str:
    """The markup of one part: the first holds the chapter's ``<section>``
    (role doc-chapter); later parts a plain continuation wrapper."""
    out: list[str] = []
    if index == 0:
        out.append(f'<section id="{esc(top.id)}" epub:type="chapter" role="doc-chapter" '
                   f'aria-labelledby="{esc(top.heading_id)}">')
    else:
        out.append(f'<section epub:type="chapter" role="doc-chapter" '
                   f'aria-label="{esc(heading_of(top) + ", continued")}">')
    pending: list[Block] = []

    def flush() -> None:
        if pending:
            out.append(blocks_html(pending))
            pending.clear()

    for sec, depth, block in part.items:
        if block is None:
            flush()
            out.append(heading_html(min(2 + depth, 9), sec.heading_id, heading_of(sec)))
        elif block is sec.notice:
            flush()
            out.append(notice_html(block))
        else:
            pending.append(block)
    flush()
    out.append("</section>")
    return "\n".join(out)
