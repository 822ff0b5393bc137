"""A book's citation over a review, as journals, columns and newsletters print it:
the work's title, its author and its year in one or two lines.

- "Tomorrow, and Tomorrow, and Tomorrow by Gabrielle Zevin (Knopf, 2022)"
- "Project Hail Mary" over "Andy Weir (Ballantine, 2021)"
- "Robin Wall Kimmerer. Braiding Sweetgrass: Indigenous Wisdom, ... of Plants.
  Minneapolis: Milkweed Editions, 2013. x + 390 pp."
- "Klara and the Sun" / "Kazuo Ishiguro" / "Faber, 2021, 303 pages, £20" (a journal's head)
- a library catalogue's record: "The remains of the day / Kazuo Ishiguro." over
  "Published: London : Faber & Faber, 2010." (title / author, then the imprint's year)
- a newspaper's book card: "HARROW" over "By Joy Williams" over "Knopf. 224 pp. $27."
  (the title, its author with "by", then the publisher and the page count, maybe a year)

The publisher and the year in brackets (or the place, publisher and year of a
bibliography) are what make a line a citation; a title or a name alone never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bylines import NAME

_YEAR = r"(?:18|19|20)\d\d"
_IMPRINT = rf"\((?P<pub>[A-Z][^()]{{1,60}}?),\s*(?P<y>{_YEAR})\)"
_BY_IMPRINT_RE = re.compile(rf"^[\"“*_]?(?P<t>[A-Z0-9][^()]{{0,120}}?)[\"”*_]?,?\s+by\s+(?P<n>{NAME})\s+{_IMPRINT}\.?$")
_NAME_IMPRINT_RE = re.compile(rf"^(?P<n>{NAME})\s+{_IMPRINT}\.?$")
_CATALOGUE_RE = re.compile(rf"^(?P<t>[A-Z0-9][^/]{{0,120}}?)\s+/\s+(?P<n>{NAME})\.?$")  # "The remains of the day / Kazuo Ishiguro."
_IMPRINT_LINE_RE = re.compile(rf"^(?i:published|publication|publisher|imprint)\s*:.*?\b(?P<y>{_YEAR})\b")
# A journal's three-line head: "Klara and the Sun" / "Kazuo Ishiguro" / "Faber, 2021, 303 pages, £20" (the
# book's pages, binding or price on the imprint's line or the next make it a book's, not a dateline's "London, 2021").
_AUTHORS_RE = re.compile(rf"^(?P<n>{NAME}(?:\s+(?:and|&)\s+{NAME})?)$")
_PUBLISHER_YEAR_RE = re.compile(rf"^[A-Z][\w&'’.\- ]{{1,40}},\s*(?P<y>{_YEAR})\b")
_BOOK_DETAILS_RE = re.compile(r"(?i)\b(?:\d+\s*(?:pages|pp)\b|hardback|paperback|hardcover)|[£$€]\s?\d")
_BIBLIOGRAPHY_RE = re.compile(rf"^(?P<n>{NAME})\.\s+(?P<t>[A-Z0-9][^.]{{1,200}}?)\.\s+(?:[A-Z][\w .,'’\-]{{1,40}}:\s+)?"
                              rf"[A-Z][^,.]{{1,60}},\s+(?P<y>{_YEAR})\b")


# A book card's imprint line: the publisher, then the page count ("Knopf. 224 pp. $27.", "Larkspur
# Press, 2023. 224 pp. $18.00 paper."); a year on it is the book's.
_PAGES_IMPRINT_RE = re.compile(r"^[A-Z][\w&'’.\- ]{1,50}?[.,]\s[^\n]{0,60}?\b\d{2,4}\s?pp\.?(?!\w)")
_CARD_BY_RE = re.compile(rf"^(?i:by)\s+(?P<n>{NAME})\.?$")


@dataclass
class Citation:
    title: str
    creator: str
    year: int | None


def _title_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and line[:1].isupper() and not line.endswith((".", ",", ";", ":"))


def citation(lines: list[str], slanted: frozenset[str] = frozenset()) -> Citation | None:
    """The citation among ``lines`` (one paragraph's source lines), if any; ``slanted``
    holds the paragraph's spans set in italics (a title set apart)."""
    lines = [" ".join(ln.split()) for ln in lines if ln.strip()]
    if len(lines) == 1 and len(cells := re.split(r"\s+[·|•]\s+", lines[0])) >= 3:
        # a journal's head on one line: "*how to unlove a city* · Yetunde Marsh-Adeyemi · Gullhouse Editions,
        # 2024 · 84pp · £10.99" (a title set apart may be in lower case)
        title = cells[0].strip("\"“”*_ ")
        marked = cells[0][:1] in "\"“*_" and cells[0][-1:] in "\"”*_" or title in slanted
        author = _AUTHORS_RE.match(re.sub(r"^(?i:by)\s+", "", cells[1]))
        year = next((y for c in cells[2:] if (y := _PUBLISHER_YEAR_RE.match(c))), None)
        if author and year and (marked or _title_line(title)) and title and _BOOK_DETAILS_RE.search(lines[0]):
            return Citation(title, author["n"].strip(), int(year["y"]))
    for i, line in enumerate(lines):
        if m := _BY_IMPRINT_RE.match(line) or _BIBLIOGRAPHY_RE.match(line):
            return Citation(m["t"].strip(), m["n"].strip(), int(m["y"]))
        if (m := _CATALOGUE_RE.match(line)) and (y := next((_IMPRINT_LINE_RE.match(ln) for ln in lines[i + 1:i + 4]
                                                             if _IMPRINT_LINE_RE.match(ln)), None)):
            return Citation(m["t"].strip(), m["n"].strip(), int(y["y"]))
        if 0 < i < len(lines) - 1 and _title_line(lines[i - 1]) and (m := _AUTHORS_RE.match(line)) \
                and (y := _PUBLISHER_YEAR_RE.match(lines[i + 1])) and _BOOK_DETAILS_RE.search(" ".join(lines[i + 1:i + 3])):
            return Citation(lines[i - 1].strip("\"“”*_ "), m["n"].strip(), int(y["y"]))
        if i > 0 and (m := _NAME_IMPRINT_RE.match(line)) and _title_line(lines[i - 1]):
            return Citation(lines[i - 1].strip("\"“”*_ "), m["n"].strip(), int(m["y"]))
        if 0 < i < len(lines) - 1 and (m := _CARD_BY_RE.match(line)) and _title_line(lines[i - 1]) \
                and _PAGES_IMPRINT_RE.match(lines[i + 1]):
            y = re.search(rf"\b({_YEAR})\b", lines[i + 1])
            return Citation(lines[i - 1].strip("\"“”*_ "), m["n"].strip(), int(y[1]) if y else None)
    return None
