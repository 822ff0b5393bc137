"""The reader's unit before the document model: one paragraph, quotation, list item
or heading as a format reader found it (shared by structure and the furniture rules)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mark


@dataclass
class Item:
    """One paragraph, quote paragraph, list item, or heading, as a reader found it.

    ``text`` is whitespace-folded; ``marks`` index into it. ``lines`` are the
    source lines (for line-based checks such as "every line is a fact line").
    """

    text: str
    kind: str = "paragraph"  # paragraph | quote | list_item | heading
    marks: list[Mark] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    level: int = 0  # heading level as written (1 for "#")
    list_id: str | None = None
    ordered: bool = False

    def source_lines(self) -> list[str]:
        return [ln for ln in (self.lines or [self.text]) if ln.strip()]
