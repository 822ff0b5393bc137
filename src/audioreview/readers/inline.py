"""Inline text with marks, shared by the Markdown and HTML readers.

Builds whitespace-folded text while recording where emphasis, strong, code and
links start and end, so marks index the same text that sentences are cut from.
"""

from __future__ import annotations

from ..model import Mark


class InlineText:
    """Builds whitespace-folded text and the marks that index into it."""

    def __init__(self) -> None:
        self.text = ""
        self.marks: list[Mark] = []
        self._open: list[tuple[str, int, str | None]] = []

    def add(self, piece: str) -> None:
        folded = " ".join(piece.split())
        if piece[:1].isspace():
            folded = " " + folded
        if piece[-1:].isspace() and folded.strip():
            folded += " "
        if not folded:
            return
        if (not self.text or self.text.endswith(" ")) and folded.startswith(" "):
            folded = folded.lstrip(" ")
        self.text += folded

    def open(self, kind: str, href: str | None = None) -> None:
        self._open.append((kind, len(self.text), href))

    def close(self) -> None:
        if not self._open:
            return
        kind, start, href = self._open.pop()
        self.mark(kind, start, len(self.text), href)

    def mark(self, kind: str, start: int, end: int, href: str | None = None) -> None:
        """Mark ``text[start:end]`` (trimmed of spaces) as ``kind``."""
        segment = self.text[start:end]
        start += len(segment) - len(segment.lstrip())
        end -= len(segment) - len(segment.rstrip())
        if start < end:
            self.marks.append(Mark(start, end, kind, href))  # type: ignore[arg-type]

    def finish(self) -> tuple[str, list[Mark]]:
        stripped = self.text.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        text = stripped.strip()
        marks = []
        for m in self.marks:
            s, e = max(m.start - lead, 0), min(m.end - lead, len(text))
            if s < e:
                marks.append(Mark(s, e, m.kind, m.href))
        return text, sorted(marks, key=lambda m: (m.start, -m.end))
