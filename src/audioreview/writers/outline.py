"""The readable outline `audioreview inspect` prints: what a screen-reader user
will navigate (headings with levels), with the metadata and warnings around it."""

from __future__ import annotations

from ..model import Block, Review, Section


def _count(blocks: list[Block]) -> int:
    return sum(len(b.sentences) for b in blocks)


def _section_lines(section: Section, lines: list[str]) -> None:
    indent = "  " * (section.level - 2)
    derived = " (derived)" if section.derived else ""
    lines.append(f"  {indent}h{section.level} {section.heading}{derived}  "
                 f"[{len(section.blocks)} blocks, {_count(section.blocks)} sentences]  #{section.id}")
    for child in section.sections:
        _section_lines(child, lines)


def format_outline(review: Review) -> str:
    m = review.metadata
    lines = [f"Title: {m.title}"]
    work = m.work
    if work.title:
        extra = ", ".join(str(x) for x in (work.kind, work.year, work.creator) if x)
        lines.append(f"Work: {work.title}" + (f" ({extra})" if extra else ""))
    for label, value in (("Author", m.author), ("Publication", m.publication), ("Date", m.date),
                         ("URL", m.url), ("Language", m.language),
                         ("Rating", m.rating.text if m.rating else None),
                         ("Source", f"{m.source_name} ({m.source_format})" if m.source_name else None)):
        if value:
            lines.append(f"{label}: {value}")
    if m.display_title != m.title:
        lines.append(f"Edition title: {m.display_title}")
    if m.provenance:
        lines.append("Found in: " + "; ".join(f"{k} {p.source} ({p.confidence:.2f})" for k, p in sorted(m.provenance.items())))
    lines.append("")
    lines.append("Outline:")
    lines.append("  h1 " + m.display_title)
    for section in review.sections:
        _section_lines(section, lines)
    lines.append("")
    lines.append(f"Byline: {review.byline.text if review.byline else '(none)'}")
    lines.append(f"Disclaimer: {review.disclaimer.text if review.disclaimer else '(none)'}")
    lines.append("")
    if review.warnings:
        lines.append("Content warnings:")
        for w in review.warnings:
            shown = "" if w.shown else " (below threshold, not in the note)"
            lines.append(f"  {w.category}: severity {w.severity}, {w.source}{shown}")
    else:
        lines.append("Content warnings: none")
    if review.content_note:
        lines.append(f"Note: {review.content_note.text}")
    return "\n".join(lines)
