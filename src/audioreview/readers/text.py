"""Plain-text reader: paragraphs are separated by blank lines.

Lines inside a paragraph are joined (hard-wrapped text reads as one paragraph).
Title line, header/trailer lines and the sectioning rule are shared with the
other readers (:mod:`.structure`).
"""

from __future__ import annotations

import re

from ..model import Metadata, Review
from .structure import Item, build_review

_BLANK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[Item]:
    """One Item per blank-line-separated paragraph, keeping its source lines."""
    items = []
    for chunk in _BLANK.split(text.strip()):
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        if lines:
            items.append(Item(text=" ".join(" ".join(lines).split()), lines=lines))
    return items


def read_text(text: str, name: str) -> Review:
    """A Review from plain text; ``name`` is the file name (or "-" for stdin)."""
    metadata = Metadata(source_format="text", source_name=name)
    return build_review(paragraphs(text), metadata, label=name, title_line=True, text_headings=True)
