"""Markdown reader (CommonMark via markdown-it-py, with YAML front matter).

Headings become sections (``#`` first = title), paragraphs, block quotes and
list items become blocks, and emphasis/strong/code/links become sentence
marks. Raw HTML, images and code blocks are not narrated and are dropped.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import InputError
from ..model import Mark, Metadata, Review
from .frontmatter import FrontMatter, split_front_matter
from .inline import InlineText
from .structure import MAX_PARAGRAPHS, Item, build_review

_MD = MarkdownIt("commonmark")
_MARK_KINDS = {"em_open": "em", "strong_open": "strong", "link_open": "link"}
_CLOSERS = {"em_close", "strong_close", "link_close"}
_BLOCK_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:\s|$)")


def block_starts(body: str) -> int:
    """How many blocks the body can hold at most: lines after a blank line, and
    lines that open a list item or a heading. Counted before parsing, because
    markdown-it builds every token first (250,000 one-line list items took 10 s
    and 600 MB before the paragraph limit could say no)."""
    count, after_blank = 0, True
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            after_blank = True
            continue
        if after_blank or _BLOCK_MARKER.match(line):
            count += 1
        after_blank = False
    return count


def inline_item(token: Token) -> tuple[str, list[Mark], list[str]]:
    """Plain text, marks and plain source lines of an ``inline`` token."""
    out = InlineText()
    lines: list[list[str]] = [[]]  # the pieces of each source line
    for child in token.children or []:
        if child.type == "text":
            out.add(child.content)
            lines[-1].append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.add(" ")
            lines.append([])
        elif child.type == "code_inline":
            start = out.length
            out.add(child.content)
            lines[-1].append(child.content)
            out.mark("code", start, out.length)
        elif child.type in _MARK_KINDS:
            href = child.attrGet("href") if child.type == "link_open" else None
            out.open(_MARK_KINDS[child.type], str(href) if href is not None else None)
        elif child.type in _CLOSERS:
            out.close()
        # images, html_inline: not narrated
    text, marks = out.finish()
    joined = ("".join(pieces) for pieces in lines)
    return text, marks, [" ".join(ln.split()) for ln in joined if ln.strip()]


def items_from_tokens(tokens: list[Token]) -> list[Item]:
    """Flatten markdown-it block tokens into reader Items."""
    items: list[Item] = []
    lists: list[tuple[str, bool]] = []
    quote_depth = 0
    list_count = 0
    heading_level = 0
    for tok in tokens:
        if tok.type == "heading_open":
            heading_level = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            list_count += 1
            lists.append((f"list-{list_count}", tok.type == "ordered_list_open"))
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif tok.type == "inline":
            text, marks, lines = inline_item(tok)
            if not text:
                continue
            if heading_level:
                items.append(Item(text=text, kind="heading", level=heading_level))
                continue
            if lists:
                list_id, ordered = lists[-1]
                items.append(Item(text=text, kind="list_item", marks=marks, list_id=list_id, ordered=ordered))
            elif quote_depth:
                items.append(Item(text=text, kind="quote", marks=marks, lines=lines))
            else:
                items.append(Item(text=text, marks=marks, lines=lines))
    return items


def read_markdown(text: str, name: str) -> Review:
    """A Review from Markdown with optional YAML front matter."""
    front, body, _ = split_front_matter(text, name)
    metadata = Metadata(source_format="markdown", source_name=name)
    declared = None
    if front is not None:
        declared = FrontMatter(front, name).apply(metadata)
    if (blocks := block_starts(body)) > MAX_PARAGRAPHS:
        raise InputError(f"too long to be a review: {blocks:,} paragraphs (at most {MAX_PARAGRAPHS:,})", name)
    items = items_from_tokens(_MD.parse(body))
    review = build_review(items, metadata, label=name)
    if declared is not None:
        review.declared = declared
    return review
