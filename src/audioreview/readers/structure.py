"""Shared building: from a reader's flat list of paragraphs and headings to a Review.

Every reader turns its format into a list of :class:`Item` (paragraph-like text
with inline marks, or a heading) plus whatever metadata the format states, and
hands it to :func:`build_review`. That one function applies the rules all
formats share, in this order:

1. title (a leading ``#`` heading, or the plain-text title line);
2. header lines right after the title: byline, rating, fact lines;
3. trailer paragraphs at the end: byline, author bio, disclaimer, rating;
4. stand-alone rating lines anywhere;
5. sections: the author's headings (levels repaired), or the sectioning rule
   (:func:`derive_sections`) when there are none;
6. the reviewed work and the fallback title;
7. ids (:func:`audioreview.ids.assign_ids`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from ..analysis.rating import parse_rating
from ..errors import InputError
from ..ids import assign_ids
from ..model import Block, Mark, Metadata, Review, Section, Sentence
from . import detect
from .sentences import sentence_spans

UNTITLED = "Untitled review"


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


# -------------------------------------------------------------------- blocks


def make_block(item: Item, language: str) -> Block:
    """A Block whose sentences carry the item's marks at sentence offsets."""
    sentences: list[Sentence] = []
    for start, end in sentence_spans(item.text, language):
        marks = []
        for m in item.marks:
            s, e = max(m.start, start), min(m.end, end)
            if s < e:
                marks.append(Mark(s - start, e - start, m.kind, m.href))
        sentences.append(Sentence(id="", text=item.text[start:end], marks=marks))
    kind = item.kind if item.kind in ("quote", "list_item") else "paragraph"
    return Block(id="", kind=kind, sentences=sentences, list_id=item.list_id, ordered=item.ordered)


def text_block(text: str, language: str) -> Block:
    return make_block(Item(" ".join(text.split())), language)


# ------------------------------------------------------------- sectioning rule

# First words of a paragraph -> the name of the part it starts. Checked in order
# on the paragraph's opening (leading "But/And/Yet/..." and "The film's" removed).
CUE_TABLE: list[tuple[str, str]] = [
    ("Performances", r"performances?|cast|casting|acting|ensemble|lead performance"),
    ("Look and sound", r"visually|visuals?|cinematography|look|photography|camera\s?work|camera|images?"
     r"|score|music|musically|soundtrack|sound design|sound|art direction|production design|animation"
     r"|art style|graphics|design"),
    ("Story", r"plot|story|narrative|premise|storyline|mystery"),
    ("Writing", r"writing|prose|script|screenplay|dialogue|language"),
    ("Characters", r"characters?|characteri[sz]ation|protagonist|heroine|hero|villain|antagonist"),
    ("Gameplay", r"gameplay|combat|controls|mechanics|levels?|missions?|campaign|multiplayer|puzzles?"
     r"|progression|difficulty"),
    ("Direction", r"direction|directing"),
    ("Themes", r"themes?|thematically|subtext|at its heart|underneath"),
    ("Pacing", r"pacing|structure|runtime|running time|editing|length"),
    ("Reservations", r"problems?|flaws?|weakness(?:es)?|reservations|not everything works|where it stumbles"
     r"|where it falters|if there is a flaw|my (?:main |only |one )?(?:complaint|quibble|reservation)s?"),
]
_LEAD_INS = r"(?:(?:but|and|yet|still|meanwhile|then|also|however|sadly|happily|finally),?\s+)*"
_OWNER = r"(?:(?:the|this|its|their|his|her)\s+)?(?:(?:film|movie|book|novel|game|series|show|documentary|season)['’]s\s+)?"
_CUE_RES = [(name, re.compile(rf"^{_LEAD_INS}{_OWNER}(?:{words})\b", re.IGNORECASE)) for name, words in CUE_TABLE]
_VERDICT_RE = re.compile(
    r"^(?:ultimately|overall|in the end|all told|in short|in sum|to sum up|in conclusion|on balance"
    r"|the verdict|verdict|the bottom line|bottom line|final thoughts|all in all|taken together|for all)\b",
    re.IGNORECASE,
)
_VERDICT_ANYWHERE_RE = re.compile(r"\b(?:recommend(?:ed)?|verdict|worth (?:seeing|watching|reading|playing|your))\b", re.I)
MAX_PART = 4


def cue(text: str) -> str | None:
    """The part name a paragraph's opening announces, from :data:`CUE_TABLE`."""
    for name, regex in _CUE_RES:
        if regex.match(text):
            return name
    return None


def is_verdict_opening(text: str) -> bool:
    return bool(_VERDICT_RE.match(text))


def is_verdict_like(text: str) -> bool:
    return is_verdict_opening(text) or bool(_VERDICT_ANYWHERE_RE.search(text))


def _units(items: list[Item]) -> list[list[Item]]:
    """Paragraph units: a list (same list_id) or run of quotes is one unit, and a
    paragraph ending in ":" stays with the list or quote it introduces."""
    units: list[list[Item]] = []
    for item in items:
        if units:
            last = units[-1][-1]
            same_list = item.list_id is not None and item.list_id == last.list_id
            quote_run = item.kind == "quote" and last.kind == "quote"
            introduced = item.kind in ("quote", "list_item") and last.kind == "paragraph" and last.text.endswith(":")
            if same_list or quote_run or introduced:
                units[-1].append(item)
                continue
        units.append([item])
    return units


def derive_sections(items: list[Item], language: str) -> list[Section]:
    """The sectioning rule for text without headings (see docs/readers.md)."""
    units = _units(items)

    def section(heading: str, group: list[list[Item]]) -> Section:
        blocks = [make_block(it, language) for unit in group for it in unit]
        return Section(id="", heading=heading, level=2, blocks=blocks, derived=True)

    n = len(units)
    if n == 0:
        return []
    if n == 1:
        return [section("Review", units)]
    if n == 2:
        if is_verdict_like(units[1][0].text):
            return [section("Opening", units[:1]), section("Verdict", units[1:])]
        return [section("Review", units)]
    verdict_start = n - 1
    if n >= 4 and is_verdict_opening(units[n - 2][0].text):
        verdict_start = n - 2
    runs: list[tuple[str | None, list[list[Item]]]] = []
    for unit in units[1:verdict_start]:
        name = cue(unit[0].text)
        if runs and (name is None or name == runs[-1][0]):
            runs[-1][1].append(unit)
        else:
            runs.append((name, [unit]))
    parts: list[tuple[str | None, list[list[Item]]]] = []
    for name, run in runs:  # long runs: balanced chunks of at most MAX_PART
        count = -(-len(run) // MAX_PART)
        size, extra = divmod(len(run), count)
        start = 0
        for k in range(count):
            end = start + size + (1 if k < extra else 0)
            parts.append((name if k == 0 else (f"{name} (continued)" if name else None), run[start:end]))
            start = end
    out = [section("Opening", units[:1])]
    unnamed = sum(1 for name, _ in parts if name is None)
    seen: dict[str, int] = {}
    counter = 0
    for name, group in parts:
        if name is None:
            counter += 1
            heading = f"Part {counter}" if unnamed > 1 else "Discussion"
        else:
            seen[name] = seen.get(name, 0) + 1
            heading = name if seen[name] == 1 or name.endswith("(continued)") else f"{name} (continued)"
        out.append(section(heading, group))
    out.append(section("Verdict", units[verdict_start:]))
    return out


def _heading_sections(items: list[Item], language: str) -> list[Section]:
    """Sections from the author's headings; skipped levels repaired, top level 2.
    Text before the first heading goes to a derived "Opening" section."""
    top: list[Section] = []
    stack: list[tuple[int, Section]] = []  # (level as written, section)
    pending: list[Item] = []
    for item in items:
        if item.kind != "heading":
            if stack:
                stack[-1][1].blocks.append(make_block(item, language))
            else:
                pending.append(item)
            continue
        while stack and stack[-1][0] >= item.level:
            stack.pop()
        level = min(stack[-1][1].level + 1, 6) if stack else 2
        sec = Section(id="", heading=item.text, level=level)
        (stack[-1][1].sections if stack else top).append(sec)
        stack.append((item.level, sec))
    if pending:
        opening = Section(id="", heading="Opening", level=2, derived=True,
                          blocks=[make_block(it, language) for it in pending])
        top.insert(0, opening)
    return _prune(top)


def _prune(sections: list[Section]) -> list[Section]:
    """Drop headings with nothing under them (no text and no subsections)."""
    kept = []
    for s in sections:
        s.sections = _prune(s.sections)
        if s.blocks or s.sections:
            kept.append(s)
    return kept


# ------------------------------------------------------------ header / trailer


def _is_meta_line(line: str) -> bool:
    return bool(detect.byline(line) or parse_rating(line) or detect.fact(line) or detect.date_line(line))


def title_from_name(name: str | None) -> str:
    """"The Long Field" from "the-long-field.txt"; :data:`UNTITLED` without a name."""
    if not name or name in ("-", "<stdin>"):
        return UNTITLED
    stem = PurePath(name).stem
    words = re.sub(r"[-_.]+", " ", stem).split()
    if not words:
        return UNTITLED
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by"}
    return " ".join(
        w.lower() if i > 0 and w.lower() in small else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


@dataclass
class Extras:
    """What header and trailer processing found besides the body."""

    byline_lines: list[str] = field(default_factory=list)
    disclaimer_lines: list[str] = field(default_factory=list)
    author: str | None = None
    publication: str | None = None
    rating_text: str | None = None
    facts: list[detect.Fact] = field(default_factory=list)


def _take_line(line: str, extras: Extras, metadata: Metadata, trailing: bool) -> bool:
    """Consume one header/trailer line if it is metadata; False if it is text."""
    if rating := parse_rating(line):
        if metadata.rating is None:
            metadata.rating = rating
        return True
    if by := detect.byline(line, trailing=trailing):
        extras.byline_lines.append(line)
        extras.author = extras.author or by.author
        extras.publication = extras.publication or by.publication
        metadata.date = metadata.date or by.date
        return True
    if f := detect.fact(line):
        extras.facts.append(f)
        return True
    if date := detect.date_line(line):
        metadata.date = metadata.date or date
        return True
    return False


def _strip_header(items: list[Item], extras: Extras, metadata: Metadata) -> list[Item]:
    i = 0
    while i < len(items) and items[i].kind == "paragraph":
        lines = items[i].source_lines()
        if not lines or not all(_is_meta_line(ln) for ln in lines):
            break
        for ln in lines:
            _take_line(ln, extras, metadata, trailing=False)
        i += 1
    return items[i:]


def _strip_trailer(items: list[Item], extras: Extras, metadata: Metadata) -> list[Item]:
    byline: list[str] = []
    disclaimer: list[str] = []
    end = len(items)
    while end > 1 and items[end - 1].kind == "paragraph":
        item = items[end - 1]
        if detect.is_disclaimer(item.text):
            disclaimer.insert(0, item.text)
        elif detect.is_bio(item.text):
            byline.insert(0, item.text)
        else:
            lines = item.source_lines()
            if not all(_is_meta_line(ln) or detect.byline(ln, trailing=True) for ln in lines):
                break
            found = Extras()
            for ln in lines:
                _take_line(ln, found, metadata, trailing=True)
            byline[:0] = found.byline_lines
            extras.facts.extend(found.facts)
            extras.author = found.author or extras.author
            extras.publication = found.publication or extras.publication
        end -= 1
    extras.byline_lines.extend(byline)
    extras.disclaimer_lines.extend(disclaimer)
    return items[:end]


def _strip_rating_lines(items: list[Item], metadata: Metadata) -> list[Item]:
    kept = []
    for item in items:
        lines = item.source_lines()
        if item.kind == "paragraph" and len(lines) == 1 and (rating := parse_rating(lines[0])):
            metadata.rating = metadata.rating or rating
            continue
        kept.append(item)
    return kept


# -------------------------------------------------------------------- assembly


def build_review(
    items: list[Item],
    metadata: Metadata,
    *,
    label: str,
    title_line: bool = False,
    text_headings: bool = False,
    byline_text: str | None = None,
) -> Review:
    """Apply the shared rules (module docstring) and return a Review with ids.

    ``metadata`` holds what the format stated (front matter, HTML meta); it wins
    over anything guessed here. ``title_line``: plain text, whose first short line
    may be the title. ``text_headings``: plain text, whose short Title Case lines
    may be headings. ``label`` names the input in errors.
    """
    language = metadata.language or "en"
    # Separators ("* * *", "---", "...") and other text without a letter or digit are not read.
    items = [it for it in items if any(c.isalnum() for c in it.text)]
    extras = Extras()
    title = metadata.title

    # 1. title
    if items and items[0].kind == "heading" and items[0].level == 1:
        if not title:
            title = items[0].text
        if items[0].text == title:
            items = items[1:]
    elif title_line and items:
        line_title, items = _title_line(items, extras, metadata)
        title = title or line_title or ""
    # 2-4. header, trailer, rating lines
    items = _strip_header(items, extras, metadata)
    items = _strip_trailer(items, extras, metadata)
    items = _strip_rating_lines(items, metadata)
    if text_headings:
        items = _mark_text_headings(items)
    # 5. sections
    if any(it.kind == "heading" for it in items):
        sections = _heading_sections(items, language)
    else:
        sections = derive_sections(items, language)
    review = Review(metadata=metadata, sections=sections)
    if not any(review.body_sentences()):
        raise InputError("no review text found (no sentences in the body)", label)
    # 6. work, author, title
    work = metadata.work
    for f in extras.facts:
        detect.apply_fact(work, f)
    body_text = "\n".join(b.text for b in review.body_blocks())
    if work.title is None and title:
        work.title = detect.work_from_title(title)
    if work.title is None or work.year is None or work.creator is None:
        found = detect.work_from_prose(body_text)
        if found and (work.title is None or _same_title(found.title, work.title)):
            work.title = work.title or found.title
            work.year = work.year or found.year
            work.creator = work.creator or found.creator
            if work.kind == "other":
                work.kind = found.kind
    if work.kind == "other" and work.title:
        work.kind = detect.guess_kind(body_text)
    metadata.author = metadata.author or extras.author
    metadata.publication = metadata.publication or extras.publication
    if not title:
        title = f"Review: {work.title}" if work.title else title_from_name(metadata.source_name)
    metadata.title = title
    # byline / disclaimer blocks
    byline_lines = extras.byline_lines or ([byline_text] if byline_text else [])
    has_line = any(detect.byline(x, trailing=True) for x in byline_lines)
    if not has_line and metadata.author:
        made = f"By {metadata.author}" + (f", {metadata.publication}" if metadata.publication else "")
        byline_lines = [made, *byline_lines]
    if byline_lines:
        review.byline = text_block(" ".join(_sentence_end(x) for x in byline_lines), language)
    if extras.disclaimer_lines:
        review.disclaimer = text_block(" ".join(extras.disclaimer_lines), language)
    return assign_ids(review)


def _sentence_end(text: str) -> str:
    """Byline lines have no final stop; add one so each is its own sentence."""
    text = text.strip()
    return text if text[-1:] in ".!?\"”’)" else text + "."


def _same_title(a: str | None, b: str | None) -> bool:
    return bool(a and b) and detect.strip_quotes(a).lower() == detect.strip_quotes(b).lower()


_TITLE_END_BAD = (".", ",", ";", ":")


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= 120
        and len(line.split()) <= 16
        and not line.endswith(_TITLE_END_BAD)
        and not _is_meta_line(line)
        and not detect.is_disclaimer(line)
    )


def _title_line(items: list[Item], extras: Extras, metadata: Metadata) -> tuple[str | None, list[Item]]:
    """Plain text: a short first line (alone, or followed by header lines) is the title."""
    lines = items[0].source_lines()
    if not lines or not _looks_like_title(lines[0]):
        return None, items
    rest = lines[1:]
    if rest and not all(_is_meta_line(ln) for ln in rest):
        return None, items
    if len(items) == 1 and not rest:
        return None, items  # a one-line text is the review, not a title
    for ln in rest:
        _take_line(ln, extras, metadata, trailing=False)
    return " ".join(lines[0].split()), items[1:]


_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "but", "nor", "vs"}


def _is_text_heading(line: str) -> bool:
    words = line.split()
    if not (1 <= len(words) <= 8) or len(line) > 60 or line.endswith((".", ",", ";", ":", "!")):
        return False
    if _is_meta_line(line):
        return False
    if line.isupper() and any(c.isalpha() for c in line):
        return True
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


def _mark_text_headings(items: list[Item]) -> list[Item]:
    """Plain text: a lone short Title Case line between paragraphs is a heading.

    Conservative: only in the middle (not first, not last), only when a
    paragraph follows, and only when at least one paragraph precedes it."""
    out = list(items)
    for i in range(1, len(out) - 1):
        item = out[i]
        lines = item.source_lines()
        if item.kind == "paragraph" and len(lines) == 1 and _is_text_heading(lines[0]) \
                and out[i + 1].kind == "paragraph" and not _is_text_heading(out[i + 1].text):
            out[i] = Item(text=item.text, kind="heading", level=2)
    return out
