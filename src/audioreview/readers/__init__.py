"""Readers: one module per input format, one entry point, :func:`read`.

Each format module turns text into the one document model
(:class:`audioreview.model.Review`); :func:`read` loads and decodes the input,
picks the format and calls it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..model import Review
from .decode import decode, load_bytes
from .markdown import read_markdown
from .text import read_text

__all__ = ["FORMATS", "read", "read_text", "read_markdown", "read_html", "sniff_format", "format_for"]



def read_html(text: str, name: str) -> Review:
    """The HTML reader, imported on first use: trafilatura is slow to import
    and plain-text and Markdown inputs never need it."""
    from .html import read_html as reader

    return reader(text, name)


FORMATS = {"text": read_text, "markdown": read_markdown, "html": read_html}
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_ALIASES = {"txt": "text", "plain": "text", "md": "markdown", "htm": "html"}
STDIN_LABEL = "<stdin>"
_HTML_START = re.compile(
    r"^\s*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title|!--)\b", re.IGNORECASE
)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)


def sniff_format(text: str) -> str:
    """Guess the format of text with no file name: html, markdown or text."""
    if _HTML_START.match(text):
        return "html"
    if text.lstrip().startswith("---\n") or _MD_HEADING.search(text):
        return "markdown"
    return "text"


def format_for(name: str, fmt: str | None = None) -> str | None:
    """The format named by ``fmt`` or by the file extension; None: sniff it."""
    if fmt:
        key = _ALIASES.get(fmt.lower(), fmt.lower())
        if key not in FORMATS:
            raise InputError(f"unknown input format {fmt!r} (use text, markdown or html)", name)
        return key
    return EXTENSIONS.get(Path(name).suffix.lower())


def read(
    source: str | Path,
    fmt: str | None = None,
    *,
    data: bytes | None = None,
    name: str | None = None,
) -> Review:
    """Read one review into the document model.

    ``source`` is a file path, or "-" for standard input whose bytes the caller
    passes in ``data`` (``name`` optionally labels them). ``fmt`` ("text",
    "markdown", "html") overrides the choice by extension; stdin and unknown
    extensions are sniffed. Bad input raises :class:`InputError` naming the file.
    """
    if str(source) == "-":
        label = name or STDIN_LABEL
        if data is None:
            raise InputError("no data given for standard input", label)
        raw = data
    else:
        label = str(source)
        raw = load_bytes(source) if data is None else data
    text = decode(raw, label)
    chosen = format_for(label if str(source) == "-" else str(source), fmt) or sniff_format(text)
    return FORMATS[chosen](text, label)
