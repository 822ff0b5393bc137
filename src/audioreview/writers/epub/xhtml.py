"""XHTML content documents of the EPUB, built from the model.

Kept apart from the packaging (book.py); the markup of the model's text, shared
with the web page, is in :mod:`audioreview.writers.markup`: every block becomes ``<p>``/``<blockquote>``/``<li>``, every sentence a
``<span id="<sentence id>">`` (the targets of the media-overlay ``<par>``\\s),
headings carry ``section.heading_id``. All text passes through :func:`esc`, which
drops characters XML 1.0 forbids and escapes markup, so hostile input (``<``,
``&``, quotes, control characters) always yields well-formed XHTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import TITLE_ID, Block, Review, Section
from ...phrases import details, say
from ..markup import (block_attrs, blocks_html, clean, detail_html, direction, esc, heading_html, language,
                      sentences_html, ui)

CSS_HREF = "css/epub.css"


def label(text: str | None, fallback: str) -> str:
    """Cleaned text for a heading or title, never empty (empty headings fail
    accessibility checks and leave a gap in the table of contents)."""
    return clean(text).strip() or fallback


def title_of(review: Review) -> str:
    return label(review.title, say("untitled_review"))


def heading_of(section: Section) -> str:
    return label(section.heading, say("untitled_section"))


def notice_html(block: Block, label: str | None = None) -> str:
    label = label or say("content_notice")
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


def title_page_body(review: Review, cover_href: str | None, title_id: str = TITLE_ID, part: bool = False) -> str:
    """Title, the work reviewed, author, publication, date, rating, source link.
    ``part``: the opening of one review in an anthology (a ``doc-part``)."""
    m = review.metadata
    en = ui(language(m.language))
    rows = [(d.label, detail_html(d, en)) for d in details(m)]
    kind = 'epub:type="part" role="doc-part"' if part else 'epub:type="titlepage"'
    parts = [f'<section {kind} aria-labelledby="{esc(title_id)}">',
             heading_html(1, title_id, title_of(review))]
    if cover_href:
        parts.append(f'<figure class="cover"><img src="{esc(cover_href)}" '
                     f'alt="{esc(say("cover_alt", title=title_of(review)))}"{en}/></figure>')
    if rows:
        parts.append('<dl class="details">')
        parts += [f"<dt{en}>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows]
        parts.append("</dl>")
    parts.append("</section>")
    return "\n".join(parts)


def collection_title_body(title: str, count: int, lang: str) -> str:
    """The title page of an anthology: its title and how many reviews it holds."""
    line = say("anthology.one") if count == 1 else say("anthology.many", count=count)
    return "\n".join(['<section epub:type="titlepage" aria-labelledby="title">',
                      heading_html(1, TITLE_ID, label(title, say("anthology.title"))),
                      f"<p{ui(lang)}>{esc(line)}</p>", "</section>"])


NOTE_HEADING = say("content_note")
NOTE_HEADING_ID = "content-note-h"
ABOUT_HEADING = say("about_review")


def note_page_body(note: Block, continue_href: str | None, lang: str, heading_id: str = NOTE_HEADING_ID) -> str:
    parts = [f'<section epub:type="notice" role="doc-notice" aria-labelledby="{esc(heading_id)}">',
             heading_html(2, heading_id, NOTE_HEADING, ui(lang)),
             f"<p{block_attrs(note)}>{sentences_html(note)}</p>"]
    if continue_href:
        parts.append(f'<p class="continue"{ui(lang)}><a href="{esc(continue_href)}">{esc(say("continue_to_review"))}</a></p>')
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
