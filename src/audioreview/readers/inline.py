"""Inline text with marks, shared by the Markdown and HTML readers.

Builds whitespace-folded text while recording where emphasis, strong, code and
links start and end, so marks index the same text that sentences are cut from.
"""

from __future__ import annotations

from ..model import Mark


class InlineText:
    """Builds whitespace-folded text and the marks that index into it.

    Linear in the text: pieces are collected in a list (``text`` joins them), and
    marks are trimmed of their edge spaces once, in :meth:`finish`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.length = 0  # len(self.text)
        self._space_before = True  # the text is empty or ends with a space
        self.marks: list[Mark] = []
        self._open: list[tuple[str, int, str | None]] = []

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def add(self, piece: str) -> None:
        folded = " ".join(piece.split())
        if piece[:1].isspace():
            folded = " " + folded
        if piece[-1:].isspace() and folded.strip():
            folded += " "
        if not folded:
            return
        if self._space_before and folded.startswith(" "):
            folded = folded.lstrip(" ")
            if not folded:
                return
        self._parts.append(folded)
        self.length += len(folded)
        self._space_before = folded.endswith(" ")

    def open(self, kind: str, href: str | None = None) -> None:
        self._open.append((kind, self.length, href))

    def close(self) -> None:
        if not self._open:
            return
        kind, start, href = self._open.pop()
        self.mark(kind, start, self.length, href)

    def mark(self, kind: str, start: int, end: int, href: str | None = None) -> None:
        """Mark ``text[start:end]`` (trimmed of spaces, in :meth:`finish`) as ``kind``."""
        if start < end:
            self.marks.append(Mark(start, end, kind, href))  # type: ignore[arg-type]

    def finish(self) -> tuple[str, list[Mark]]:
        full = self.text
        stripped = full.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        text = stripped.strip()
        marks = []
        for m in self.marks:
            start, end = m.start, m.end
            while start < end and full[start].isspace():
                start += 1
            while end > start and full[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
            s, e = max(start - lead, 0), min(end - lead, len(text))
            if s < e:
                marks.append(Mark(s, e, m.kind, m.href))
        return text, sorted(marks, key=lambda m: (m.start, -m.end))
