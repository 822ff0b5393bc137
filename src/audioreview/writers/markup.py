"""Markup every HTML-writing edition shares: the EPUB's XHTML and the web page
mark up the model's text the same way (sentences as spans with their ids,
inline marks, lists, headings, safe links, direction and language attributes),
so they live here once. Not a writer: it turns pieces of the model into
markup strings, never a whole document.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import quote, urlsplit

from ..model import Block, Mark, Sentence
from ..phrases import Detail, has_table

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


def ui(lang: str, xml: bool = True) -> str:
    """Attributes for generated labels in a book or page of ``lang``: none when
    :mod:`~audioreview.phrases` has the labels in that language (they are
    written in it), ``lang="en"`` when they fall back to English, so screen
    readers switch voice for them (``xml``: also ``xml:lang``, as XHTML wants)."""
    if has_table(lang):
        return ""
    return ' lang="en" xml:lang="en"' if xml else ' lang="en"'


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


def sentence_html(sentence: Sentence, css_class: str = "") -> str:
    """One sentence as a ``<span>`` carrying its model id (the anchor every
    edition points at); ``css_class`` for a writer that styles sentences."""
    text = sentence.text or ""
    marks = [Mark(max(0, m.start), min(len(text), m.end), m.kind, m.href) for m in sentence.marks]
    body = _inline(text, marks, 0, len(text))
    cls = f' class="{css_class}"' if css_class else ""
    return f'<span{cls} id="{esc(sentence.id)}"{dir_attr(text)}>{body}</span>'


def sentences_html(block: Block, css_class: str = "") -> str:
    return " ".join(sentence_html(s, css_class) for s in block.sentences)


def block_attrs(block: Block) -> str:
    """id, direction and, for a block in another language than the review's
    (``Block.language``), lang and xml:lang (valid in XHTML and HTML alike)."""
    attrs = f' id="{esc(block.id)}"' if block.id else ""
    if block.language:
        tag = esc(language(block.language))
        attrs += f' lang="{tag}" xml:lang="{tag}"'
    return attrs + dir_attr(block.text)


def blocks_html(blocks: list[Block], css_class: str = "") -> str:
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
            items = "".join(f"<li{block_attrs(b)}>{sentences_html(b, css_class)}</li>\n" for b in blocks[i:j])
            out.append(f"<{tag}>\n{items}</{tag}>")
            i = j
            continue
        if block.kind == "quote":
            out.append(f"<blockquote{block_attrs(block)}><p>{sentences_html(block, css_class)}</p></blockquote>")
        else:
            out.append(f"<p{block_attrs(block)}>{sentences_html(block, css_class)}</p>")
        i += 1
    return "\n".join(out)


def heading_html(level: int, hid: str, text: str, attrs: str = "") -> str:
    """``<hN>``; past h6 a ``role="heading"`` with ``aria-level`` keeps the depth."""
    if level > 6:
        return (f'<p class="heading-deep" role="heading" aria-level="{level}" id="{esc(hid)}"'
                f'{dir_attr(text)}{attrs}>{esc(text)}</p>')
    return f'<h{level} id="{esc(hid)}"{dir_attr(text)}{attrs}>{esc(text)}</h{level}>'


def detail_html(d: Detail, en: str) -> str:
    """A detail's value as XHTML: a work is a <cite>, a name keeps its direction,
    a URL is a link when it is a safe one, an aside follows in brackets."""
    if d.kind == "work":
        value = f"<cite{dir_attr(d.value)}>{esc(d.value)}</cite>"
        return value + (f" ({esc(d.aside)})" if d.aside else "")
    if d.kind == "name":
        return f"<span{dir_attr(d.value)}>{esc(d.value)}</span>"
    if d.kind == "url" and (href := safe_href(d.value)):
        return f'<a href="{html.escape(href, quote=True)}">{esc(d.value)}</a>'
    return esc(d.value) + (f" (<span{en}>{esc(d.aside)}</span>)" if d.aside else "")
