"""Shared building: from a reader's flat list of paragraphs and headings to a Review.

Every reader turns its format into a list of :class:`Item` (paragraph-like text
with inline marks, or a heading) plus whatever metadata the format states, and
hands it to :func:`build_review`. That one function applies the rules all
formats share, in this order:

1. title (a leading ``#`` heading, or the plain-text title line);
2. header lines right after the title: byline, rating, fact lines;
3. trailer paragraphs at the end: byline, author bio, disclaimer, rating;
4. stand-alone rating lines anywhere;
5. the language, when the format stated none: detected from the body
   (:mod:`.language`);
6. sections: the author's headings (levels repaired), or the sectioning rule
   (:func:`derive_sections`) when there are none;
7. the reviewed work and the fallback title; blocks clearly in another
   language get their own (:func:`.language.mark_block_languages`);
8. ids (:func:`audioreview.ids.assign_ids`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from .language import mark_block_languages, settle_language
from ..phrases import has_table, primary, say
from .rating import EMPTY_STAR_GLYPHS, STAR_GLYPHS, parse_rating
from ..errors import InputError
from ..ids import assign_ids
from ..model import Block, Mark, Metadata, Provenance, Rating, Review, Section, Sentence
from . import byline_ranker, bylines, publication_ranker
from .sentences import PYSBD_MAX_CHARS, sentence_spans
from .furniture import is_furniture_text
from .item import Item
from .headings import describe as describe_sections
from .citation import Citation, citation
from .work import Text as WorkText, credit_row, find_work, find_year, label_value, norm

UNTITLED = "Untitled review"
# At most this many paragraphs and sentences: more than a long book holds is no
# review, and every later stage (ids, narration, EPUB) grows with them.
MAX_PARAGRAPHS = 20_000
MAX_SENTENCES = 50_000


# -------------------------------------------------------------------- blocks


def make_block(item: Item, language: str, fast: bool = False) -> Block:
    """A Block whose sentences carry the item's marks at sentence offsets.
    ``fast``: the rule-based sentence splitter (a review too long for pysbd)."""
    sentences: list[Sentence] = []
    # A sweep over the marks by start, so many marks in many sentences stay linear;
    # each sentence lists its marks in the item's order.
    by_start = sorted(range(len(item.marks)), key=lambda i: item.marks[i].start)
    following = 0
    active: list[int] = []
    for start, end in sentence_spans(item.text, language, fast=fast):
        while following < len(by_start) and item.marks[by_start[following]].start < end:
            active.append(by_start[following])
            following += 1
        active = [i for i in active if item.marks[i].end > start]
        marks = []
        for i in sorted(active):
            m = item.marks[i]
            s, e = max(m.start, start), min(m.end, end)
            if s < e:
                marks.append(Mark(s - start, e - start, m.kind, m.href))
        sentences.append(Sentence(id="", text=item.text[start:end], marks=marks))
    kind = item.kind if item.kind in ("quote", "list_item") else "paragraph"
    return Block(id="", kind=kind, sentences=sentences, list_id=item.list_id, ordered=item.ordered)


def text_block(text: str, language: str, fast: bool = False) -> Block:
    return make_block(Item(" ".join(text.split())), language, fast)


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


def derive_sections(items: list[Item], language: str, fast: bool = False) -> list[Section]:
    """The sectioning rule for text without headings (see docs/readers.md)."""
    units = _units(items)

    def section(heading: str, group: list[list[Item]]) -> Section:
        blocks = [make_block(it, language, fast) for unit in group for it in unit]
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


def _heading_sections(items: list[Item], language: str, fast: bool = False) -> list[Section]:
    """Sections from the author's headings; skipped levels repaired, top level 2.
    Text before the first heading goes to a derived "Opening" section."""
    top: list[Section] = []
    stack: list[tuple[int, Section]] = []  # (level as written, section)
    pending: list[Item] = []
    for item in items:
        if item.kind != "heading":
            if stack:
                stack[-1][1].blocks.append(make_block(item, language, fast))
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
                          blocks=[make_block(it, language, fast) for it in pending])
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
    f = bylines.fact(line)
    return bool(bylines.byline(line) or parse_rating(line) or _shelved_stars(line) or (f and f.field != "kind")
                or bylines.date_line(line) or _DIARY_RANGE_RE.match(" ".join(line.split())) or _rating_and_day(line))


def _rating_and_day(line: str) -> bool:
    """A user review's line of its rating and its day ("Rated 9/10 · Watched 14 Feb 2024"): every segment a
    rating, a date or a diary's date, one rating among them."""
    parts = [re.sub(r"^(?i:rated)\s+(?=\d)", "", p) for p in re.split(r"\s*[|·•]\s*", " ".join(line.split())) if p]
    return 2 <= len(parts) <= 4 and len(line) < 100 and any(parse_rating(p) for p in parts) \
        and all(parse_rating(p) or bylines.date_line(p) or bylines.is_furniture(p) or _AGO_RE.fullmatch(p) for p in parts)


_AGO_RE = re.compile(r"(?i:\d{1,2}\s+(?:minute|hour|day|week|month|year)s?\s+ago|an?\s+(?:hour|day|week|month|year)\s+ago|yesterday)")


_ID_LIKE = re.compile(r"(?:^|[-_ .])(?=[0-9a-f]*\d)[0-9a-f]{8,}(?:$|[-_ .])|\d{4,}|^[\W\d_]+$", re.I)
_GENERIC_NAMES = {"review", "reviews", "article", "page", "post", "index", "text", "untitled", "document", "doc",
                  "file", "draft", "copy", "new", "story", "show-notes", "notes", "stdin", "input", "saved", "download"}


def title_from_name(name: str | None) -> str:
    """"The Long Field" from "the-long-field.txt"; :data:`UNTITLED` without a name."""
    if not name or name in ("-", "<stdin>"):
        return UNTITLED
    stem = PurePath(name).stem
    if _ID_LIKE.search(stem) or stem.lower().strip("-_ ") in _GENERIC_NAMES:
        return UNTITLED  # "000_17586d40cefb3fac", "review", "article-88213": not a title
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
    facts: list[bylines.Fact] = field(default_factory=list)
    weak_author: bool = False  # the author came from a bare "A · B" or name line, no "By"
    citation: Citation | None = None  # a book's citation over the review (readers/citation.py)
    owner: str | None = None  # the company a copyright line names: the outlet only when nothing else names one
    crumb: str | None = None  # the page a breadcrumb trail ends on ("Home › Reviews › Dredge")
    # the trailer's "Tags:" / "Filed in:" values and its sign-off ("Happy reading,"): cut from the body, cue words for the kind
    tags: list[str] = field(default_factory=list)
    # the sections a header's link row lists ("Shop | Events | Staff Picks"): a breadcrumb led by one names no site
    nav_sections: set[str] = field(default_factory=set)
    verdict_outlet: bool = False  # the end named the outlet only by its verdict's label ("Reissue rating: ★★★★★")
    newsletter: str | None = None  # the newsletter a sign-up prompt names: the outlet only when nothing else names one
    # the closing lines cut as the site's own chrome ("Released 2019. Loading Bay reviews are independent."): read for a release year
    footer_notes: list[str] = field(default_factory=list)


_EXPLICIT_BYLINE_RE = re.compile(r"(?i)\bby\b|^\W*(?:words|author|reviewer|critic|text)\b|^\s*[—–-]|\b(?:critic|editor|writer|"
                                 r"reviewer|contributor|columnist|correspondent)\b|['’]s?\s+review\b")


def _explicit_byline(line: str) -> bool:
    """A byline that says it is one ("By X", "Words: X", "— X", "X, TV critic"), not a
    bare "A · B" that could as well be an outlet and its column."""
    return bool(_EXPLICIT_BYLINE_RE.search(line))


_SHELVED_STARS_RE = re.compile(rf"^(?:(?i:my\s+)?(?i:rating)\s*:\s*)?(?P<stars>[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?)\s+[a-z][a-z ,'’!]{{1,30}}$"
                               rf"|^[a-z][a-z ,'’!]{{1,30}}?\s+(?P<after>[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?)$")
_DATED_STARS_RE = re.compile(rf"^(?P<stars>[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?)\s+(?P<date>[\w ,.]{{6,30}})$")
# A catalogue's reading diary under the reviewer's name: "Read from March 2 to March 9, 2024".
_DIARY_RANGE_RE = re.compile(rf"(?i)^(?:read|watched|played|seen|listened(?:\s+to)?)\s+from\s+(?=[^,]*(?:{bylines.MONTH}|\d))"
                             rf"[\w ,.]{{3,25}}?\s+(?:to|until|–|-)\s+(?=.*(?:{bylines.MONTH}|\d))[\w ,.]{{3,25}}$")


def _shelved_stars(line: str) -> Rating | None:
    """A star rating with a catalogue's words after or before it ("★★★★☆ really liked it",
    "rated it ★★★★★", "it was amazing ★★★★★")."""
    m = _SHELVED_STARS_RE.match(" ".join(line.split()))
    if not m and (dated := _DATED_STARS_RE.match(" ".join(line.split()))) and bylines.date_line(dated["date"]):
        return parse_rating(dated["stars"])  # "★★★★☆  30 Jul 2024": a site's user review, its stars and its day
    return parse_rating(m["stars"] or m["after"]) if m else None


def _site_said_again(line: str, extras: Extras) -> bool:
    """A bare "A · B" byline whose A a later byline line gives as its outlet: "Prairie Signal | Arts"
    over "Thabo Lindgren | Prairie Signal". The name said again as the outlet is the site, not a person."""
    by = bylines.byline(line)
    return bool(by and by.author and by.publication and extras.author and extras.weak_author
                and by.publication.casefold() == extras.author.casefold())


def _take_line(line: str, extras: Extras, metadata: Metadata, trailing: bool) -> bool:
    """Consume one header/trailer line if it is metadata; False if it is text."""
    if extras.byline_lines and not extras.publication and (pub := bylines.masthead(line)):
        extras.byline_lines.append(line)  # the outlet's masthead under a byline
        extras.publication = pub
        return True
    if rating := parse_rating(line) or _shelved_stars(line):
        if metadata.rating is None:
            metadata.rating = rating
        return True
    if by := bylines.byline(line, trailing=trailing):
        if metadata.rating is None and (stars := re.search(rf"[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?\s*$", line)):
            metadata.rating = parse_rating(stars[0])  # "Review by ghostlight_kay ★★★★½"
        extras.byline_lines.append(line)
        explicit = _explicit_byline(line)
        if not trailing and by.author and extras.author and extras.weak_author and explicit:
            extras.author = None  # "INDIE CORNER · REVIEW" over "Words: Felix Arkwright": the bare pair was a kicker
        if _site_said_again(line, extras):
            extras.author, extras.publication = None, by.publication
        if by.author and not extras.author:
            extras.weak_author = not explicit
        extras.author = extras.author or by.author
        extras.publication = extras.publication or by.publication
        metadata.date = metadata.date or by.date
        return True
    if f := bylines.fact(line):
        extras.facts.append(f)
        return True
    if date := bylines.date_line(line):
        metadata.date = metadata.date or date
        return True
    return False


def _trailer_kind(text: str) -> str | None:
    """What a trailing paragraph or line is: disclaimer, bio, meta (byline, rating,
    date, fact), "appeared" (the outlet it was published in), or None for body text."""
    if bylines.is_furniture(text) or _RULE_LINE_RE.fullmatch(text.strip()):
        return "furniture"  # "24 comments · Share", "Tags: ...", a rule typed as a line ("---"): page chrome, dropped
    if bylines.is_disclaimer(text):
        return "disclaimer"
    if bylines.appeared_in(text) or bylines.copyright_holder(text) or bylines.outlet_plug(text) or bylines.copyright_notice(text):
        return "appeared"  # "This review first appeared in X", "© 2024 X", "Thanks for reading X!"
    if bylines.is_signoff(text):
        return "signoff"  # "Talk soon," above the writer's name
    if bylines.is_bio(text):
        return "bio"
    if _is_meta_line(text) or bylines.byline(text, trailing=True):
        return "meta"
    if bylines.masthead_byline(text):
        return "masthead-byline"
    if bylines.role_line(text)[0]:
        return "role"  # "Contributing critic · 38 articles" under the signer's name
    if bylines.outlet_verdict(text):
        return "appeared"
    if bylines.reviewer_in(text) and len(text) < 300 and (text.count(".") <= 3):
        return "credit"  # "Show notes written by Ellie Tran. Box Set Bulletin is an independent podcast."
    if len(text) < 200 and bylines.outlet_statement(text):
        return "appeared"  # "The Matinee Club is produced by Gus Pereira and Lena Fox."
    first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)
    if len(first) == 2 and len(text) < 500 and (bylines.is_bio(first[0]) or bylines.byline(first[0], trailing=True)):
        return "lead"  # "Greta Lindholm for Offscreen. This review was first published ..."
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split()))
    if len(last) >= 2 and len(text) < 600 and (by := bylines.explicit_byline(last[-1])) and by.author:
        return "tail"  # "... Travel was paid for by the magazine. Reviewed by Ines Brandt.": a closing note, signed
    if is_furniture_text(text) or (len(text.split()) <= 25 and re.search(r"\S@[\w\-]+\.\w", text)):
        return "furniture"  # the pasted page's own prompts ("Get the X newsletter: ..."), a contact address
    parts = re.split(r"\s+[·•|]\s+", " ".join(text.split()))
    if len(parts) >= 3 and all(len(p.split()) <= 8 and not p.endswith((".", "!", "?")) for p in parts) \
            or _CAPS_KICKER_RE.fullmatch(text.strip()) and len(text.split()) <= 4:
        return "furniture"  # a row of links ("Get Out, five years on · Nope review · ..."), its kicker ("RELATED")
    return None


def _signer(text: str) -> str | None:
    """Who signs a closing note ("... the writer's own. Column by X.": :func:`.bylines.signed_note`)."""
    by = bylines.signed_note(text)
    return by.author if by else None


def _take_trailer(kind: str, text: str, found: Extras, metadata: Metadata) -> None:
    if kind == "furniture":
        if tags := bylines.page_tags(text):
            found.tags.insert(0, tags)
        found.publication = found.publication or bylines.outlet_plug(text)  # "You're receiving this because you joined X list"
        found.newsletter = found.newsletter or bylines.newsletter_outlet(text)
        found.footer_notes.insert(0, text)
        return
    if kind == "disclaimer":
        found.disclaimer_lines.insert(0, text)
        # "X is television critic at Y. Opinions expressed are her own.", or the bio after the disclaimer
        bio = next((b for b in map(bylines.bio_byline, [text, *re.split(r"(?<=[.!?])\s+", " ".join(text.replace("*", "").split()))])
                    if b), None)
        found.publication = (found.publication or (bio and bio.publication) or bylines.appeared_in(text)
                             or bylines.disclaimer_publication(text)
                             or next(filter(None, map(bylines.copyright_holder, re.split(r"(?<=[.!?])\s+(?=©)", text))), None))
        found.author = found.author or (bio and bio.author) or bylines.reviewer_in(text) or _signer(text)
    elif kind == "masthead-byline":
        by = bylines.masthead_byline(text)
        found.byline_lines.insert(0, text)
        found.author = found.author or by.author
        found.publication = found.publication or by.publication
    elif kind == "credit":
        found.byline_lines.insert(0, text)
        found.author = found.author or bylines.reviewer_in(text)
        found.publication = found.publication or bylines.outlet_statement(text) or bylines.possessive_outlet(text)
    elif kind == "appeared":
        found.disclaimer_lines.insert(0, text)
        if not found.publication and not (bylines.appeared_in(text) or bylines.outlet_plug(text)) and bylines.outlet_verdict(text):
            found.verdict_outlet = True
        found.publication = (found.publication or bylines.appeared_in(text) or bylines.outlet_plug(text)
                             or bylines.outlet_verdict(text) or bylines.outlet_statement(text))
        found.owner = found.owner or bylines.copyright_holder(text)
        # "This review first appeared in X. Priya Wexford writes about film.": the note's other sentences may be the bio
        bio = next((b for b in map(bylines.bio_byline, re.split(r"(?<=[.!?])\s+", " ".join(text.replace("*", "").split()))[1:])
                    if b and b.author), None)
        found.author = found.author or (bio and bio.author) or _signer(text)
    elif kind == "signoff":
        found.byline_lines.insert(0, text)
        found.tags.insert(0, text)  # "Happy reading, friends,": what the reader does is a cue for the kind
    elif kind == "role":
        found.byline_lines.insert(0, text)
        found.publication = found.publication or bylines.role_line(text)[1]
    elif kind in ("lead", "tail"):  # a byline or bio sentence, then a disclaimer; or a note, then its byline
        found.disclaimer_lines.insert(0, text)
        head = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0] if kind == "lead" \
            else re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split()))[-1]
        by = bylines.bio_byline(head) or bylines.byline(head, trailing=True)
        if by:
            found.author = found.author or by.author
            found.publication = found.publication or by.publication
    elif kind == "bio":
        found.byline_lines.insert(0, text)
        if by := bylines.bio_byline(text):
            found.author = found.author or by.author
            found.publication = found.publication or by.publication or bylines.possessive_outlet(text)
    else:
        one = Extras()
        _take_line(text, one, metadata, trailing=True)
        found.byline_lines[:0] = one.byline_lines
        found.facts.extend(one.facts)
        # Lines are read bottom-up: a fuller line above ("Julian Roman at Movieweb")
        # names the outlet that the bare name below it does not.
        if one.author:
            found.weak_author = not _explicit_byline(text)
        found.author = one.author or found.author
        found.publication = one.publication or found.publication


SIGNATURE_TAIL_ITEMS = 5  # how many short items a page may add below a signature card
SIGNATURE_TAIL_WORDS = 30


def _signer_bio(line: str, name: str | None) -> bool:
    """A line that opens with the signer's full name and goes on in lower case: their bio
    ("Teodora Vance-Mirow taught English at Kestrel Falls High School for thirty-one years.")."""
    if not name or len(name.split()) < 2:
        return False
    # "Jess Okafor is ...", or by the given name alone, as a bio goes on ("Jess writes about films ...")
    return bool(re.match(rf"(?:{re.escape(name)}|{re.escape(name.split()[0])})\s+[a-z]", " ".join(line.split())))


def _signature_card(lines: list[str]) -> str | None:
    """A signature card: a byline line and, under it, the byline's name alone
    ("Julian Roman at Movieweb" / "Julian Roman"): the name said twice ends the review;
    the signer's bio may follow in the card's lines. The name, or None."""
    for end in range(len(lines), max(1, len(lines) - 2), -1):
        if len(lines[:end]) >= 2 and (by := bylines.byline(lines[end - 2])) and by.author \
                and " ".join(lines[end - 1].split()).casefold() == by.author.casefold() \
                and all(_signer_bio(ln, by.author) or bylines.role_line(ln)[0] for ln in lines[end:]):
            return by.author  # (its bio, or its role: "Contributing critic · 38 articles")
    for j in range(len(lines) - 2, max(-1, len(lines) - 4), -1):
        # "— Rosa Lindqvist" / "Rosa Lindqvist is Meridian Weekly's screen editor.": a signature over its bio
        if (by := bylines.byline(lines[j], trailing=True)) and by.author and all(_signer_bio(ln, by.author) for ln in lines[j + 1:]):
            return by.author
    return None


def _dash_signature(lines: list[str]) -> str | None:
    """The signer when ``lines`` is one line signed with a dash and a name, no outlet ("— Harriet Dunmore")."""
    if len(lines) != 1 or not re.match(r"[—–]\s*[@\w]", lines[0].strip()):
        return None
    by = bylines.byline(lines[0], trailing=True)
    return by.author if by and by.author and not by.publication else None


# A line that signs the review off ("Reviewed by X", "— written by X"), unlike "Post by X", which heads a reply.
_SIGNED_RE = re.compile(r"^\W*(?i:reviewed|review|written|words)\s+by\s")


def _tail_start(items: list[Item], count: int) -> int:
    """Where the last ``count`` items start, a run of list items counting as one (a page's list
    of links, "Related on X" / "- ..." / "- ...", is one piece of its footer)."""
    k, seen = len(items), 0
    while k > 0 and seen <= count:
        k -= 1
        if not (items[k].kind == "list_item" and k + 1 < len(items) and items[k + 1].kind == "list_item"):
            seen += 1
    return max(0, k)


def _below_signature(items: list[Item]) -> tuple[int, str | None]:
    """Where the trailer scan starts, and the signer: after a signature card among the last
    items, a name alone over a bio that opens with it ("Brooks Hallorann" / "Brooks
    Hallorann is the television editor at ..."), or a dash signature alone ("— Harriet
    Dunmore"), the few short items below it ("More
    reviews", "Filed under: ...", "Shared from the X app") are the page's own and dropped; else the end."""
    for k in range(len(items) - 1, _tail_start(items, SIGNATURE_TAIL_ITEMS) - 1, -1):
        if k <= 0 or items[k].kind != "paragraph":
            continue
        lines = items[k].source_lines()
        name = _signature_card(lines)
        if not name and len(lines) == 1 and k + 1 < len(items) and (by := bylines.byline(lines[0], trailing=True)) \
                and by.author and _signer_bio(items[k + 1].text, by.author):
            name, k = by.author, k + 1  # the name alone, its bio under it
        if not name and k + 1 < len(items):
            name = _dash_signature(lines)  # "— Harriet Dunmore" signing off, then "More from What's On: ..."
        if not name and k + 1 < len(items) and len(lines) == 1 and _SIGNED_RE.match(lines[0]) \
                and (by := bylines.explicit_byline(lines[0])):
            name = by.author  # "Reviewed by Graham Ollerenshaw" alone, then the page's "Share: ...", "MOST READ"
        if name:
            if all(len(it.text.split()) <= SIGNATURE_TAIL_WORDS for it in items[k + 1:]):
                return k + 1, name
            break
    return len(items), None


SIGNATURE_PAIR_TAIL_WORDS = 40  # page matter below a signature said twice ("next page →", a newsletter's next section)


def _cut_signature_pair(items: list[Item], found: Extras) -> list[Item]:
    """A signature said twice among the last lines ("Food Corner is written by X" / "X"):
    the review ends there, the few short lines below it are the page's. The pair names
    the author (and outlet) in ``found``; the items above it are returned."""
    start = max(0, len(items) - 1 - SIGNATURE_TAIL_ITEMS)
    for k in range(len(items) - 1, start - 1, -1):
        if k <= 0 or items[k].kind != "paragraph":
            continue
        lines = items[k].source_lines()
        for j in range(len(lines) - 2, -1, -1):
            tail = lines[j + 2:] + [ln for it in items[k + 1:] for ln in it.source_lines()]
            if sum(len(ln.split()) for ln in tail) > SIGNATURE_PAIR_TAIL_WORDS:
                return items
            if by := bylines.signature_pair(lines[j], lines[j + 1]):
                found.author, found.publication = by.author, by.publication
                found.byline_lines[:0] = lines[j:j + 2]
                rest = lines[:j]
                kept = [Item(text=" ".join(" ".join(rest).split()), lines=rest)] if rest else []
                return items[:k] + kept
    return items


_PROSE_TRAILERS = {"bio", "disclaimer", "appeared", "lead", "tail", "credit"}


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose broken at a fixed width: every line but the last is long, and a line ends
    mid-sentence with the next going on in lower case ("... Her newsletter, Appointment
    Viewing," / "goes out every Sunday.")."""
    return all(len(ln) >= 50 for ln in lines[:-1]) and any(
        not a.rstrip().endswith((".", "!", "?", ":")) and b[:1].islower() for a, b in zip(lines, lines[1:]))


SITE_FOOTER_WORDS = 25  # the most words of a footer line that names the site


def _site_footer(text: str, site: str | None) -> bool:
    """A short trailer line that names the site the header named, with no one signing it: the
    page's own footer ("About Prairie Signal | Donate | Contact", "Wexcombe Libraries · Part of
    the Southmoor Consortium"), never the review's text or its byline ("Julian Roman at Movieweb")."""
    line = " ".join(text.replace("*", "").split())
    if not site or len(line.split()) > SITE_FOOTER_WORDS or site.casefold() not in line.casefold():
        return False
    by = bylines.byline(line, trailing=True)
    return not (by and by.author) or site.casefold() in by.author.casefold()  # "About X | Donate": X is no person


def _links_label(text: str) -> bool:
    """A short label over a list of links that points elsewhere ("More from Film:", "Related reviews")."""
    label = " ".join(text.split()).rstrip(":")
    return len(label.split()) <= 6 and bylines.is_furniture(label + ":")


def _cut_related_links(items: list[Item]) -> list[Item]:
    """The page's related links at the very end, under their label ("More from Film:", "### Related
    reviews", then a list of links): chrome, cut before the byline, bio and disclaimer above them are read."""
    for at in range(len(items) - 1, max(len(items) - 4, 0), -1):
        # plain text: the label and its links, one paragraph ("- " items, or headlines: "More from Screen:" over
        # "The long afterlife of Community"), at the end or over the site's footer line
        if items[at].kind == "paragraph" and len(lines := items[at].source_lines()) > 1 and _links_label(lines[0]) \
                and all(re.match(r"\s*[-•*]\s+\S", ln) or len(ln.split()) <= 14 and not ln.rstrip().endswith((".", "!", "?"))
                        for ln in lines[1:]):
            return items[:at] + items[at + 1:]
    start = len(items)
    while start > 0 and items[start - 1].kind == "list_item":
        start -= 1
    if start == len(items) or start < 2 or items[start - 1].kind not in ("paragraph", "heading"):
        return items
    return items[:start - 1] if _links_label(items[start - 1].text) else items


def _follows_site(author: str | None, site: str | None, lines: list[str]) -> bool:
    """Whether the byline is the site's own name read from its "Follow X on Instagram" line (under the
    masthead "NORTHERN READER"): the site, not a writer."""
    return bool(author and site and author.casefold() == site.casefold() and any(re.match(r"(?i)follow\s", ln) for ln in lines))


def _strip_trailer(items: list[Item], extras: Extras, metadata: Metadata) -> list[Item]:
    """Byline, bio, disclaimer and rating at the end: whole paragraphs, and then the
    last lines of the closing paragraph when a page was pasted with no blank
    line before its byline ("...official position of Movieweb.\nJulian Roman")."""
    found = Extras()
    items = _cut_related_links(items)
    items = _cut_signature_pair(items, found)
    paired = found.author
    end, signer = _below_signature(items)
    # the page's lines below a signature are dropped, but its copyright line still names the site ("© Second Reel."),
    # unless it names the signer ("© Theo Marchetti 2024": the writer owns the page, no outlet)
    found.owner = next((o for it in items[end:] for ln in it.source_lines() if (o := bylines.copyright_holder(ln))
                        and not (signer and signer.casefold() in o.casefold())), None)
    # and a newsletter's plug there names it too ("If someone forwarded this to you, subscribe to X.")
    found.publication = found.publication or next((p for it in items[end:] for ln in it.source_lines() if (p := bylines.outlet_plug(ln))), None)

    def trailer_kind(text: str) -> str | None:
        kind = _trailer_kind(text) or ("bio" if _signer_bio(text, signer) else None)
        return "furniture" if kind in (None, "meta") and _site_footer(text, extras.publication) else kind

    while end > 1 and items[end - 1].kind == "paragraph":
        item = items[end - 1]
        lines = item.source_lines()
        if len(lines) > 1:  # a pasted page: judge line by line, never the whole paragraph at once
            kind = "lines" if all(trailer_kind(ln) for ln in lines) else None
            if kind is None and _RULE_LINE_RE.fullmatch(lines[0].strip()) and all(
                    trailer_kind(ln) or len(ln.split()) <= 25 for ln in lines[1:]):
                kind = "lines"  # "-----" over the page's footer: its short lines are chrome ("Also in What's On: ...")
            if kind is None and _hard_wrapped(lines) and trailer_kind(item.text) in _PROSE_TRAILERS:
                kind = trailer_kind(item.text)  # a bio or a disclaimer wrapped at 80 columns: one paragraph
        else:
            kind = trailer_kind(item.text)
        if kind is None:
            break
        if kind == "lines":
            footer = not all(trailer_kind(ln) for ln in lines)  # led by a rule, with lines of its own
            for ln in reversed(item.source_lines()):
                ln_kind = trailer_kind(ln) or ("furniture" if footer else "meta")
                if footer and ln_kind not in ("appeared", "disclaimer"):
                    ln_kind = "furniture"  # a reply's "Author: X" under the rule signs no review of this page
                _take_trailer(ln_kind, ln, found, metadata)
        else:
            _take_trailer(kind, item.text, found, metadata)
        end -= 1
    items = items[:end]
    if items and items[-1].kind == "paragraph" and len(lines := items[-1].source_lines()) > 1:
        keep = len(lines)
        while keep > 1 and (kind := trailer_kind(lines[keep - 1])):
            _take_trailer(kind, lines[keep - 1], found, metadata)
            keep -= 1
        if keep < len(lines):
            rest = lines[:keep]
            items[-1] = Item(text=" ".join(" ".join(rest).split()), kind="paragraph", lines=rest,
                             marks=[m for m in items[-1].marks if m.end <= len(" ".join(" ".join(rest).split()))])
    if signer or paired:
        found.author = signer or paired  # the name said twice signs the review; a "By X" above it is a book's card ("X / By Its Author")
    if _follows_site(found.author, extras.publication or found.publication, found.byline_lines + found.footer_notes):
        found.author = None
    extras.byline_lines.extend(found.byline_lines)
    extras.disclaimer_lines.extend(found.disclaimer_lines)
    extras.facts.extend(found.facts)
    extras.tags.extend(found.tags)
    extras.footer_notes.extend(found.footer_notes)
    if not (found.weak_author and extras.author and any(_explicit_byline(ln) for ln in extras.byline_lines)):
        extras.author = _signed_given_name(found.author, extras.author) or extras.author  # a bare pair at the end never outranks "By X" at the top
    if found.publication and extras.author and found.publication.casefold() == extras.author.casefold():
        found.publication = None  # "Sandra Pike pays for all meals reviewed in this column" under "EATING OUT with Sandra Pike"
    if found.verdict_outlet and extras.publication and found.publication and len(found.publication.split()) == 1:
        found.publication = None  # "Reissue rating: ★★★★★" under "THE VINYL STANDARD": the verdict's label, the masthead names the outlet
    extras.publication = _fuller_name(found.publication, extras.publication) if found.publication \
        else _copyright_or_masthead(found.owner, extras.publication) or found.newsletter
    return items


def _copyright_or_masthead(owner: str | None, top: str | None) -> str | None:
    """The outlet when the end names only a copyright holder: the page's own name at the top when
    the holder is a company ("Dust Jacket Media Ltd") or the same name said another way ("Lantern
    Magazine" under "Lantern", "Ledger Media Group" under "THE SUNDAY LEDGER"); else the holder
    (the site itself, "© 2024 Second Reel", over a column named in the byline)."""
    if not (owner and top):
        return top or bylines.outlet_of(owner)
    def words(s: str) -> set[str]:
        return {w for w in re.findall(r"\w+", s.casefold()) if w not in {"the", "of", "and", "a"}}
    company = bylines.outlet_of(owner) != owner
    return top if company or words(owner) & words(top) else owner


def _signed_given_name(end: str | None, top: str | None) -> str | None:
    """The writer the end names, or the top's full name when the end signs with its given name only
    ("Words: Inés Albarracín" at the top, "— Inés" at the end)."""
    if end and top and " " not in end.strip() and top.split()[0].casefold() == end.strip().casefold() and len(top.split()) > 1:
        return top
    return end


def _fuller_name(end: str | None, top: str | None) -> str | None:
    """The outlet the end of the review names ("Reviewed by X, Evening Ledger"), or the
    masthead's fuller name when the end's is its tail ("Northgate Evening Ledger")."""
    if not (end and top):
        return end or top
    def words(s: str) -> list[str]:
        return re.sub(r"^the ", "", " ".join(s.casefold().split())).split()
    short, full = words(end), words(top)
    if short == full and end.startswith("the "):
        return top  # "writes for the Munster Weekly Courant" under "MUNSTER WEEKLY COURANT": prose's article, not the name
    return top if len(full) > len(short) and full[-len(short):] == short else end


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
    _replace_surrogates(items, metadata)
    # Separators ("* * *", "---", "...") and other text without a letter or digit are not read.
    items = [it for it in items if any(c.isalnum() for c in it.text)]
    if len(items) > MAX_PARAGRAPHS:
        raise InputError(f"too long to be a review: {len(items):,} paragraphs (at most {MAX_PARAGRAPHS:,})", label)
    extras = Extras()
    title = metadata.title
    zone = byline_ranker.zone(items)  # the lines the byline and publication rankers read
    stated_author, stated_publication = bool(metadata.author), bool(metadata.publication)
    extras.citation = next((c for it in items[:CITATION_ITEMS] if it.kind != "heading" and (c := citation(
        it.source_lines(), frozenset(it.text[m.start:m.end] for m in it.marks if m.kind == "em")))), None)

    # 1. title (or, over the site's navigation bar, the site's name)
    if not metadata.publication and (site := _masthead_heading(items)):
        extras.publication, items = _caps_masthead(items[0].text) or items[0].text, items[site:]
        if items and items[0].kind == "heading" and not title:
            title, items = items[0].text, items[1:]  # the first heading under the bar: the headline
    if items and items[0].kind == "heading" and items[0].level == 1:
        if not title:
            title = items[0].text
        if items[0].text == title:
            items = items[1:]
    # 2. the header zone: mastheads, breadcrumbs, bylines, dates and page chrome
    # around the headline (and, in plain text, the headline itself)
    line_title, items = _read_header(items, extras, metadata, allow_title=title_line and not title,
                                     heading_title=not title)
    title = title or line_title or ""
    # 3-4. trailer, rating lines
    items = _strip_trailer(items, extras, metadata)
    items = _strip_rating_lines(items, metadata)
    if text_headings:
        items = _mark_text_headings(items)
    # 5. the language: stated, else detected from the body (readers/language.py)
    settle_language(metadata, [it.text for it in items if it.kind != "heading"])
    language = metadata.language or "en"
    # 6. sections (a review too long for pysbd is split by the rule splitter)
    fast = sum(len(it.text) for it in items) > PYSBD_MAX_CHARS
    if any(it.kind == "heading" for it in items):
        sections = _heading_sections(items, language, fast)
    else:
        sections = derive_sections(items, language, fast)
    review = Review(metadata=metadata, sections=sections)
    sentence_count = sum(len(b.sentences) for b in review.body_blocks())
    if not sentence_count:
        raise InputError("no review text found (no sentences in the body)", label)
    if sentence_count > MAX_SENTENCES:
        raise InputError(f"too long to be a review: {sentence_count:,} sentences (at most {MAX_SENTENCES:,})", label)
    # 7. work, author, title; then headings that say what each derived part discusses
    _fill_work(review, items, title, extras)
    if _follows_site(extras.author, extras.publication, extras.byline_lines + extras.footer_notes):
        extras.author = None
    ranked_author = not stated_author and _rank_byline(zone, items, extras, metadata)
    skip = {x for x in (metadata.work.title, metadata.work.creator, metadata.author, extras.author,
                        metadata.publication, extras.publication) if x}
    describe_sections(review.sections, language, skip | {w for x in skip for w in x.split() if len(w) > 3})
    _translate_derived(review.sections, language)
    stated = _stated_source(metadata)
    prov = metadata.provenance
    if metadata.author:
        prov.setdefault("author", Provenance(stated))
    elif extras.author:
        metadata.author = extras.author
        prov["author"] = Provenance("byline", 0.9)
    if metadata.publication:
        prov.setdefault("publication", Provenance(stated))
    elif extras.publication:
        metadata.publication = _as_written(_RADIO_BAND_RE.sub("", extras.publication), extras.byline_lines + extras.disclaimer_lines)
        prov["publication"] = Provenance("byline", 0.85)
    elif (first := next(review.body_blocks(), None)) and (pub := bylines.welcome_publication(first.text)):
        metadata.publication = pub  # a newsletter greeting its readers: "Welcome back to The Slow Shelf"
        prov["publication"] = Provenance("body", 0.6)
    if not stated_publication:
        if ranked_author and metadata.publication and metadata.author \
                and metadata.publication.casefold() == metadata.author.casefold():
            metadata.publication = None  # the rules read the name the byline ranker chose as the site's
            prov.pop("publication", None)
        _rank_publication(zone, items, extras, metadata)
    if metadata.title:
        prov.setdefault("title", Provenance(stated))
    elif title:
        prov["title"] = Provenance("headline", 0.9)
    elif metadata.work.title:
        title = f"{metadata.work.title} — review"
        prov["title"] = Provenance("derived", prov["work.title"].confidence)
    else:
        title = title_from_name(metadata.source_name)
        prov["title"] = Provenance("file name" if title != UNTITLED else "derived", 0.2)
    metadata.title = metadata.title or title
    # byline / disclaimer blocks
    byline_lines = extras.byline_lines or ([byline_text] if byline_text else [])
    has_line = any(bylines.byline(x, trailing=True) for x in byline_lines)
    if not has_line and metadata.author:
        made = say("byline", language, author=metadata.author) + (f", {metadata.publication}" if metadata.publication else "")
        byline_lines = [made, *byline_lines]
    if byline_lines:
        review.byline = text_block(" ".join(_sentence_end(x) for x in byline_lines), language, fast)
    if extras.disclaimer_lines:
        review.disclaimer = text_block(" ".join(extras.disclaimer_lines), language, fast)
    mark_block_languages(review)
    return assign_ids(review)


def _rank_byline(zone: tuple[list[tuple[int, str]], int], items: list[Item], extras: Extras, metadata: Metadata) -> bool:
    """The byline ranker's choice among the rules' pick, the names at either end and "no byline"
    (:mod:`.byline_ranker`); without a shipped model the rules' pick stands. Whether it chose another."""
    body, size = [], 0
    for it in items:
        if size > byline_ranker.MAX_BODY:
            break
        body.append(it.text)
        size += len(it.text) + 1
    found = byline_ranker.candidates(*zone, extras.author, creator=metadata.work.creator, title=metadata.work.title,
                                     outlet=metadata.publication or extras.publication, body="\n".join(body))
    pick = byline_ranker.decide(found)
    if pick is None or pick.name == extras.author:
        return False
    extras.author = bylines.person_case(pick.name) if pick.name else None
    return True


def _rank_publication(zone: tuple[list[tuple[int, str]], int], items: list[Item], extras: Extras,
                      metadata: Metadata) -> None:
    """The publication ranker's choice among the rules' outlet, the outlet-like names at either end and
    "no publication" (:mod:`.publication_ranker`); without a shipped model the rules' outlet stands."""
    body = "\n".join(it.text for it in items[:200])
    found = publication_ranker.candidates(*zone, metadata.publication, author=metadata.author or extras.author,
                                          creator=metadata.work.creator, title=metadata.work.title, body=body)
    pick = publication_ranker.decide(found)
    if pick is None or pick.name == metadata.publication:
        return
    if pick.name is None:
        metadata.publication = None
        metadata.provenance.pop("publication", None)
    else:
        metadata.publication = _as_written(pick.name, extras.byline_lines + extras.disclaimer_lines)
        metadata.provenance["publication"] = Provenance("byline", 0.85)


_DERIVED = {"Review": "heading.review", "Opening": "heading.opening", "Verdict": "heading.verdict",
            "Discussion": "heading.discussion"}
_PART = re.compile(r"^Part (\d+)$")


_HOME_BAR_RE = re.compile(r"^(?i:home|view in (?:your )?browser|view online|(?:listen|subscribe) (?:on|via) [^|·•]{1,30})\s*[|·•]\s*[^|·•]{1,30}(?:\s*[|·•]\s*[^|·•]{1,30}){1,10}$")  # "Home | Reviews A–Z | ...", "View in browser · Subscribe", a podcast's "Listen on Apple Podcasts · Spotify · RSS"
MASTHEAD_HEADING_ITEMS = 3  # the slogan lines and the navigation bar under a site's name set as the "#" heading


def _masthead_heading(items: list[Item]) -> int:
    """A page whose "#" (or first "##") heading is the site's name: a navigation bar follows within a few items
    ("# Low Poly Lounge" / "### cosy games, long thoughts" / "Home · Reviews · Lists · About").
    How many items the name, its slogan and its bar take; 0 when the page opens otherwise."""
    if not items or items[0].kind != "heading" or items[0].level > 2 or len(items[0].text.split()) > 6:
        return 0
    for k, item in enumerate(items[1:1 + MASTHEAD_HEADING_ITEMS], start=1):
        if item.kind == "paragraph" and len(item.source_lines()) == 1 and (bylines.nav_line(item.text) is not None
                                                                           or _HOME_BAR_RE.match(item.text)):
            return k + 1
        if item.kind == "paragraph" and not item.text[:1].islower() and not item.marks:
            return 0  # (a slogan is a short line in lower case or in italics)
    return 0


def _translate_derived(sections: list[Section], language: str) -> None:
    """The fixed headings of the sectioning rule ("Opening", "Verdict", "Part 2",
    "... (continued)") in the review's language, when phrases.py speaks it."""
    if primary(language) == "en" or not has_table(language):
        return
    for section in sections:
        if not section.derived:
            continue
        heading, more = section.heading, ""
        if heading.endswith(" (continued)"):
            heading, more = heading[: -len(" (continued)")], "continued"
        if heading in _DERIVED:
            heading = say(_DERIVED[heading], language)
        elif m := _PART.match(heading):
            heading = say("heading.part", language, n=m[1])
        section.heading = say("heading.continued", language, heading=heading) if more else heading


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(items: list[Item], metadata: Metadata) -> None:
    """A lone surrogate (from an escape: YAML "\\ud800", JSON-LD, a character
    reference) cannot be written as UTF-8: it becomes U+FFFD, one character for
    one, so the marks' offsets hold."""
    for item in items:
        if _SURROGATE.search(item.text):
            item.text = _SURROGATE.sub("\ufffd", item.text)
            item.lines = [_SURROGATE.sub("\ufffd", ln) for ln in item.lines]
    for obj, names in ((metadata, ("title", "author", "publication", "date", "url", "language")),
                       (metadata.work, ("title", "creator")), (metadata.rating, ("text", "grade"))):
        for name in names:
            value = getattr(obj, name, None) if obj is not None else None
            if isinstance(value, str) and _SURROGATE.search(value):
                setattr(obj, name, _SURROGATE.sub("\ufffd", value))


def _stated_source(metadata: Metadata) -> str:
    """What a value the format itself stated is called in the provenance."""
    return {"markdown": "front matter", "html": "html meta"}.get(metadata.source_format or "", "front matter")


# Names a fact line gives that are never the work: the cast, the reviewer, the publisher or label.
_PEOPLE_LABELS = re.compile(r"^(?:starring|stars|cast|with|voice cast|featuring|reviewer|critic|words|publisher|"
                            r"distributor|label|imprint|screenplay|cinematography|cinematographer|composer|score|editing|editor|"
                            r"producers?|translator|translated by|narrator|narrated by|illustrator|illustrations)\s*:\s*(?P<v>.+)$", re.I)


def _fields(item: Item) -> list[str]:
    """An item's lines, a line of fields set apart by runs of spaces taken field by field
    ("HBO/Sky   Five episodes   Writer and creator: Craig Mazin   Director: Johan Renck")."""
    return [f for ln in item.source_lines() for f in re.split(r"\s{3,}|\t+", ln.strip()) if f]


CITATION_ITEMS = 10  # how far down a book's citation is looked for


def _fill_work(review: Review, items: list[Item], title: str | None, extras: Extras) -> None:
    """metadata.work: what the format stated wins, then fact lines, then the
    headline and the body (:func:`.work.find_work`); each field's provenance recorded."""
    metadata, prov = review.metadata, review.metadata.provenance
    work = metadata.work
    stated = _stated_source(metadata)
    for name in ("title", "year", "creator"):
        if getattr(work, name) is not None:
            prov[f"work.{name}"] = Provenance(stated)
    if work.kind != "other":
        prov["work.kind"] = Provenance(stated)
    # Fact lines: the header's, the trailer's, and infobox lines left in the body.
    people: set[str] = set()
    facts = list(extras.facts)
    for line in [ln for it in items for ln in _fields(it)] + extras.byline_lines + extras.footer_notes:
        if 3 <= len(cells := re.split(r"\s+[|·•]\s+", line.strip())) <= 8 and (row := credit_row(cells)):
            # "**Harbourmaster** (15) · Dir. Siobhán Keaveney · Ireland/UK 2024": a credits row, wherever it stands
            facts += [bylines.Fact("title", None, row[0]), bylines.Fact("creator", None, row[1])]
            break
    for item in items:
        for line in _fields(item):
            if f := bylines.fact(line):
                facts.append(f)
            elif len(cells := re.split(r"\s+[|·•]\s+", line.strip())) > 1:
                # "Label: Parlophone / EMI | Released: 1988 | Producer: ...": a row of fact cells
                facts += [f for cell in cells if (f := bylines.fact(cell))]
            elif m := _PEOPLE_LABELS.match(line.strip()):
                people.update(p.strip() for p in re.split(r",|;|\band\b|&", m["v"]) if p.strip())
    # A book's citation over the review ("X by Y (Knopf, 2022)"): after the infobox lines, before the guesses.
    if cited := extras.citation:
        facts += [bylines.Fact("title", None, cited.title), bylines.Fact("creator", None, cited.creator)]
        facts += [bylines.Fact("year", None, str(cited.year))] if cited.year else []
    directed = False  # the kind is a film's only because a credit says "Director:" (a series has directors too)
    for f in facts:
        before = (work.title, work.kind, work.year, work.creator)
        bylines.apply_fact(work, f)
        if work.kind != before[1]:
            directed = f.field == "creator" and f.kind == "film"
        for name, old, new in zip(("title", "kind", "year", "creator"), before, (work.title, work.kind, work.year, work.creator)):
            if old != new:
                prov[f"work.{name}"] = Provenance("infobox", 0.95)
    if work.title and (sub := re.fullmatch(r"(?P<t>[^:]{2,80}?):\s+(?P<s>[^:]{2,120})", work.title)):
        said = "\n".join(it.text for it in items if it.kind != "heading")
        if len(re.findall(rf"(?<![\w'’]){re.escape(sub['t'])}(?![\w'’])", said)) and sub["s"].lower() not in said.lower():
            work.title = sub["t"]  # "Salt, Fat, Acid, Heat: Mastering the Elements of Good Cooking": the body's short title
    if work.title and work.title.isupper() and len(work.title) > 3 and (said := next((
            m[0] for m in re.finditer(rf"(?<![\w'’]){re.escape(work.title)}(?![\w'’])",
                                      "\n".join(it.text for it in items if it.kind != "heading"), re.I)
            if not m[0].isupper()), None)):
        work.title = said  # a card's "HARROW": the page's capitals; the prose writes the name as it is ("Harrow")
    people.update(x for x in (metadata.author, extras.author, metadata.publication, extras.publication) if x)
    for f in facts:  # the creator an infobox names is a person, never the work ("Created by: Craig Mazin")
        if f.field == "creator":
            people.update(p.strip() for p in re.split(r",|;|\band\b|&", f.value) if p.strip())
    # Multi-line paragraphs (infobox blocks) keep their lines apart; others keep their marks.
    paragraphs = [("\n".join(_fields(it)), []) if len(_fields(it)) > 1 and not it.marks
                  else (it.text, it.marks) for it in items if it.kind != "heading"]
    if (metadata.language or "en").split("-")[0].lower() != "en":
        return  # the body rules are English ones (German capitalises every noun): stated values only
    guess = find_work(WorkText(headline=title, paragraphs=paragraphs, people=people, date=metadata.date, crumb=extras.crumb,
                                tags="\n".join(extras.tags), name=metadata.source_name or ""))
    if work.title is None and guess.title:
        work.title = str(guess.title.value)
        prov["work.title"] = Provenance(guess.title.source, guess.title.confidence)
    if directed and guess.kind and guess.kind.value == "tv" and guess.kind.confidence >= 0.8:
        work.kind = "tv"  # "DIRECTOR: Maya Stroud" under a review of a four-part series for BBC Two
        prov["work.kind"] = Provenance(guess.kind.source, guess.kind.confidence)
    elif work.kind == "other" and guess.kind and guess.kind.value != "other":
        work.kind = str(guess.kind.value)
        prov["work.kind"] = Provenance(guess.kind.source, guess.kind.confidence)
    elif "work.kind" not in prov and guess.kind:
        prov["work.kind"] = Provenance(guess.kind.source, guess.kind.confidence)
    if work.year is None and work.title and guess.title and norm(work.title) != norm(str(guess.title.value)):
        # the title stated (an infobox's) is not the one the body's guess was about: its year, not the guess's
        body = "\n".join(p for p, _ in paragraphs)
        if year := find_year(body, work.title, work.creator or (str(guess.creator.value) if guess.creator else None), work.kind):
            work.year = year[0]
            prov["work.year"] = Provenance("body", year[1])
    elif work.year is None and guess.year:
        work.year = int(guess.year.value)  # type: ignore[call-overload]
        prov["work.year"] = Provenance(guess.year.source, guess.year.confidence)
    if work.year is None and work.title and (notes := extras.disclaimer_lines + extras.footer_notes):
        # a closing note's release line ("Released 2019. Loading Bay reviews are independent; ...")
        if year := find_year("\n".join(notes), work.title, work.creator, work.kind):
            work.year = year[0]
            prov["work.year"] = Provenance("body", year[1])
    if work.creator is None and guess.creator:
        work.creator = str(guess.creator.value)
        prov["work.creator"] = Provenance(guess.creator.source, guess.creator.confidence)


def _sentence_end(text: str) -> str:
    """Byline lines have no final stop; add one so each is its own sentence."""
    text = text.strip()
    return text if text[-1:] in ".!?\"”’)" else text + "."


_TITLE_END_BAD = (".", ",", ";", ":")


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    # A "X review – ..." line is a headline however long its standfirst.
    long_ok = bool(re.search(r"(?i)\breview\s*[:–—|-]", line)) and len(line) <= 200
    return (
        0 < len(line) <= (200 if long_ok else 120)
        and len(line.split()) <= (32 if long_ok else 16)
        and not line.endswith(_TITLE_END_BAD)
        and not _is_meta_line(line)
        and not label_value(line)
        and not bylines.is_disclaimer(line)
        and not bylines.is_caption(line)
    )


HEADER_ITEMS = 8  # how far down the header zone reaches
HEADER_BLOCK_LINES = 8  # the most lines of a header block that holds a note above its byline
MAX_HEADER_LINES = 40  # the most lines of any header block


_POST_AGE_RE = re.compile(r"\d{1,2}\s*(?:[smhdw]|mins?|hrs?)(?:\s+ago)?(?:\s*[·•]\s*[^\w\s]*)?")
# An all-capitals kicker over the headline: "REVIVALS", "CANNES 2022 — REVIEWS".
_CAPS_KICKER_RE = re.compile(r"[A-Z][A-Z&'’\- ]{2,24}|[A-Z][A-Z0-9&'’\- ]{2,24} [—–|] [A-Z0-9][A-Z0-9&'’\- ]{1,24}")


# A partner's or a sponsor's credit over the review: "In partnership with Tidewater Film Journal".
_PARTNER_RE = re.compile(r"(?i)^(?:in (?:partnership|association|collaboration) with|sponsored by|presented by|supported by|"
                         r"brought to you by)\s+\S.{0,60}$")
_RULE_LINE_RE = re.compile(r"([-=_~*#·.•])\1{2,}")
# An issue's month or season beside a byline: "March 2025", "June 2021 issue", "Autumn 2023 edition".
_EDITION_RE = re.compile(rf"(?i:(?:the\s+)?(?:{bylines.MONTH}|spring|summer|autumn|fall|winter)\s+(?:18|19|20)\d\d"
                         rf"(?:\s+(?:issue|edition|number))?)")


def _header_kind(line: str) -> str | None:
    """What one header line is, judged alone; None for a line that could be text."""
    if _POST_AGE_RE.fullmatch(line.strip()):
        return "age"  # "3h · 🌐": a social post's age, under its author's name
    if bylines.nav_line(line) is not None or _HOME_BAR_RE.match(" ".join(line.split())):
        return "nav"  # the site's navigation bar, maybe led by its name ("Home | Reviews | About me": none)
    if _RULE_LINE_RE.fullmatch(line.strip()) or _EDITION_RE.fullmatch(" ".join(line.split())):
        return "furniture"  # "-----": a rule boxing the post's header, as forums and stores draw it
    if bylines.is_furniture(line) and re.match(r"\W*(?i:posted|submitted)\s+by\s", line) and bylines.byline(line):
        return "byline"  # "**posted by tomfaris_** · 14 points · 3 weeks ago": the post's byline with its score and age
    if bylines.is_furniture(line) or _CAPS_KICKER_RE.fullmatch(line.strip()) or bylines.review_setup(line) \
            or bylines.credit_line(line) or _PARTNER_RE.match(line.strip()):
        return "furniture"  # page chrome, an all-capitals kicker ("REVIVALS"), "Reviewed on PS5 · Code provided ..."
    if bylines.masthead_byline(line):
        return "masthead-byline"
    if bylines.byline(line):
        return "byline"
    if bylines.breadcrumb(line) is not None:
        return "breadcrumb"
    if bylines.role_line(line)[0]:
        return "role"
    if _is_meta_line(line):
        return "meta"
    if bylines.masthead(line):
        return "masthead"
    if bylines.fact(line):
        return "fact"  # "Platforms: Switch, PC": the work's infobox beside a byline (alone it may be text)
    return None


def _bare(line: str) -> bool:
    """A short capitalised line with no verb-like ending: a site's name or a person's."""
    words = line.replace("**", "").split()
    return 1 <= len(words) <= 5 and len(line) <= 50 and all(w[:1].isupper() or w in ("&", "of", "and", "the") for w in words) \
        and not (line.endswith((".", ":", ",")) and not re.search(r"\s[A-Z]\.$", line)) \
        and not words[0].endswith(":")  # "Language: Arabic" is a label; "Marguerite D." ends on an initial


def _take_header_item(lines: list[str], extras: Extras, metadata: Metadata) -> bool:
    """Consume a header block whose every line is header material; False (nothing
    taken) when any line could be the review's own text. Bare lines are named by
    their neighbours: before a role line a person ("Saoirse Mulhall" / "TV critic,
    The Copper Kettle"), beside a byline the site ("Shelf Indulgence" / "Posted by ...")."""
    if len(lines) > MAX_HEADER_LINES:
        return False  # a page's header is a few lines: a long block is text (and judging each line costs)
    kinds = [_header_kind(ln) for ln in lines]
    for i in range(len(lines) - 1):
        if kinds[i] is None and kinds[i + 1] == "byline" and _bare(lines[i]) and bylines.role_line(lines[i + 1])[0]:
            kinds[i + 1] = "role"  # "Derek T." over "Riverside · 48 reviews · 131 photos": the name, then where they live and counters
    if sum(k is None and bylines.profile_field(ln) for k, ln in zip(kinds, lines)) >= 2:
        # a poster's card printed one field a line ("Senior Member" / "Posts: 1,208" / "Joined: Apr 2015"): role lines
        kinds = ["role" if k is None and bylines.profile_field(ln) else k for k, ln in zip(kinds, lines)]
    strong = {"byline", "breadcrumb", "role", "meta", "masthead", "masthead-byline", "nav", "age"}
    if not any(k in strong for k in kinds) and not all(k == "furniture" for k in kinds):
        return False
    if "fact" in kinds and not any(re.match(r"(?i)\W*(?:by|words|reviewed by|review by)\b", ln) or bylines.explicit_byline(ln)
                                   for ln in lines):
        return False  # an infobox goes with the review's own "By X", not with "Created by: X" alone
    # a bare line: a name, or a site's handle over the profile counters it posts with ("nightjar_77" / "Member · Posts: 1,482")
    bare = [k is None and (_bare(ln) or i + 1 < len(lines) and bylines.profile_stats(lines[i + 1])
                           and re.fullmatch(bylines.USER, ln.replace("**", "").strip()) is not None)
            for i, (k, ln) in enumerate(zip(kinds, lines))]
    if not all(k is not None or b for k, b in zip(kinds, bare)):
        return False
    explicit = [ln for k, ln in zip(kinds, lines) if k == "byline" and re.search(r"(?i)\bby\b|^words\b|^author\b", ln)]
    for line in explicit:  # "Posted by Rory Templeton" names the author before "Second Feature · Rewatch Club"
        _take_line(line, extras, metadata, trailing=False)
    for i, (kind, line) in enumerate(zip(kinds, lines)):
        if kind == "furniture" or line in explicit:
            continue
        if kind == "byline" and extras.author and (pub := bylines.masthead(line)) and not _site_said_again(line, extras):
            extras.publication = extras.publication or pub  # a masthead shaped like "Name · Outlet"
            continue
        if kind == "masthead-byline":
            by = bylines.masthead_byline(line)
            extras.byline_lines.append(line)
            if by.author and not extras.author:
                extras.weak_author = True  # the tagline names who runs the outlet: the review's own "By X" outranks it
            extras.author = extras.author or by.author
            extras.publication = extras.publication or by.publication
            continue
        if kind == "breadcrumb":
            if (site := bylines.breadcrumb(line)) and not extras.publication and site.casefold() not in extras.nav_sections:
                extras.publication = site
            extras.crumb = extras.crumb or bylines.breadcrumb_leaf(line)
            continue
        if kind == "nav":
            if (site := bylines.nav_line(line)) and not extras.publication:
                extras.publication = site
            continue
        if kind == "age":
            extras.byline_lines.append(line)
            continue
        if kind == "role":
            _, pub = bylines.role_line(line)
            extras.publication = extras.publication or pub
            extras.byline_lines.append(line)
            continue
        if kind is None:  # a bare line
            next_kind = kinds[i + 1] if i + 1 < len(kinds) else None
            has_author = any(k == "byline" for k in kinds) or extras.author
            outlet = line.split()[-1].strip("*").lower() in bylines.OUTLET_WORDS  # "Maple Hill Public Library": no person
            if not outlet and (next_kind in ("role", "age") or (not has_author and (extras.publication or "masthead" in kinds))):
                extras.author = extras.author or " ".join(line.split())
                extras.byline_lines.append(line)
            elif not extras.publication:
                extras.publication = " ".join(line.split())
            continue
        if not _take_line(line, extras, metadata, trailing=False) and kind == "masthead":
            extras.publication = extras.publication or bylines.masthead(line)
    return True


def _split_pasted_header(item: Item) -> list[Item]:
    """A page pasted with no blank lines puts its masthead, navigation, headline,
    byline and rating in the first paragraph's lines: the leading header lines
    (and one headline among them) become items of their own, so the header zone
    can read them; the rest of the paragraph stays one item."""
    lines = item.source_lines()
    if len(lines) < 2 or item.marks or not (_header_kind(lines[0]) or _caps_masthead(lines[0])):
        return [item]
    if len(lines) == 2 and _header_kind(lines[0]) == "masthead" and 2 <= len(lines[1].split()) <= 3 \
            and (by := bylines.byline(lines[1], trailing=True)) and by.author:
        return [item]  # "The Lantern Review · Fiction · Issue 88" / "Joanna Whitcombe": the masthead and its writer, one block
    k, titled = 0, False
    while k < len(lines):
        line = lines[k]
        if _header_kind(line) or _caps_masthead(line) or parse_rating(line) or bylines.date_line(line):
            k += 1
        elif not titled and _looks_like_title(line) and k + 1 < len(lines):
            titled, k = True, k + 1
        else:
            break
    head = [Item(text=" ".join(ln.split()), lines=[ln]) for ln in lines[:k]]
    rest = lines[k:]
    if rest:
        head.append(Item(text=" ".join(" ".join(rest).split()), lines=rest))
    return head


_SLOGAN_SPLIT_RE = re.compile(r"\s+[—–|·•]\s+")
_SITE_NAME_RE = re.compile(r"(?:The |A )?[A-Z][\w'’&\-]*(?: (?:of|and|the|on|in|for|&|[A-Z][\w'’&\-]*))*")
# A station's frequency after its name: "Radio Tidewater 94.6 FM", "KWRB 104.6", "Harbour Radio 1548 AM".
_RADIO_BAND_RE = re.compile(r"(?<=\w)\s+(?:\d{2,4}(?:\.\d{1,2})?\s?(?:FM|AM|MHz|kHz)|\d{2,3}\.\d{1,2})$")
_BOARD_TAIL_RE = re.compile(r"\s+[-–—|·]\s+(?i:forums?|message boards?|community|discussion boards?)$")
SITE_LINES = 2  # the most lines a site's name and slogan take above its navigation bar


def _site_lines(lines: list[str]) -> tuple[int, str | None]:
    """How many of the page's first lines are the site's own name and slogan, and the
    name: a name in capitals with its slogan on the line ("TELLY TONIC — What's on, what's
    good", "THE SUPPER SHEET · a weekly letter · Issue 112") or under it in lower case
    ("SPROCKET HOLES" / "a photocopied film zine"), or the line(s) above a navigation
    bar or breadcrumb ("SCREEN LEDGER" / "The business of film since 1921" / "FILM | TV").
    Never the headline. (0, None) when the page opens otherwise."""
    if not lines:
        return 0, None
    # "The Couch Potato Club - Forums": the site and its board, as a forum heads its pages; the site is the name
    first = _BOARD_TAIL_RE.sub("", " ".join(lines[0].split()))
    parts = _SLOGAN_SPLIT_RE.split(first, maxsplit=1)
    name = _caps_masthead(parts[0]) if len(parts) == 2 and (re.search(r"[a-z]", parts[1])
                                                           or parts[1].lower() in bylines.SECTION_WORDS) else None
    n = 1 if name else 0
    if not name and (name := _caps_masthead(first)) and len(lines) > 1 and lines[1].strip()[:1].islower():
        n = 2  # the slogan under the name, in lower case
    if not n and len(lines) == 2 and all(p.lower() in bylines.SECTION_WORDS for p in re.split(r"\s+[|·•›>/]\s+", " ".join(lines[1].split()))) \
            and len(first.split()) <= 5 and _SITE_NAME_RE.fullmatch(first) and not first.endswith((".", ":", ",")) \
            and not bylines.byline(first):
        return 2, first  # "The Borough Echo" / "Food & Drink" (or "Music | Album of the week"): the paper over its section
    if not n and (caps := _caps_masthead(first)) and 1 < len(lines) <= 1 + SITE_LINES \
            and all(_segment_bar(ln) and bylines.nav_line(ln) is None for ln in lines[1:]):
        return len(lines), caps  # "THE STRAND & HARBOUR GAZETTE" / "Television  |  Tuesday": the name over its section bar
    for k in range(1, min(SITE_LINES, len(lines) - 1) + 1):  # the lines above a navigation bar
        if (bylines.nav_line(lines[k]) is not None or bylines.breadcrumb(lines[k]) is not None) \
                and (all(_header_kind(ln) in (None, "furniture", "masthead") for ln in lines[:k])
                     or k == 2 and _caps_masthead(first) and not _explicit_byline(lines[1])):
            # (between a name in capitals and its bar, the slogan or the towns it serves: "Hebden Bridge · Todmorden")
            n = max(n, k)
            if not name and (len(first.split()) <= 4 or len(first.split()) <= 6 and _SITE_NAME_RE.fullmatch(first)) \
                    and not first.endswith((".", ":", ",")):
                # "framelog" / "Films   Lists   Members", "The Thornbury Review of Books" / "Home · Current Issue · ..."
                name = _caps_masthead(first) or _RADIO_BAND_RE.sub("", first)  # ("Radio Tidewater 94.6 FM": the station)
            elif not name and k == 1 and _header_kind(first) == "masthead":
                name = bylines.masthead(first)  # "The Eastgate Courier · Arts & Life · What's On" over its trail: the site leads
            break
    return n, name


def _segment_bar(line: str) -> bool:
    """A line of two or more short capitalised segments parted by "|": a page's section or
    edition bar ("Television  |  Tuesday", "Tuesday edition | Arts & Leisure | Obituaries")."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and len(line) <= 120 and all(
        1 <= len(p.split()) <= 4 and p[:1].isupper() and not p.endswith((".", ":", ",")) for p in parts)


def _caps_masthead(line: str) -> str | None:
    """The outlet's name set in capitals as a page's first line ("FRAME RATE
    QUARTERLY"), in title case; None for anything else (a section kicker)."""
    line = re.sub(r"^([~=*#])\1+\s+(.*?)\s+\1+$", r"\2", line.strip())  # "~~~ FLICKER & FUZZ ~~~": a decorated name
    line = re.sub(r"(?<=[A-Z])\s+(?:19|20)\d\d$", "", line)  # "THE NORTHERN PLATE GUIDE 2025": a guide's edition year
    words = line.split()
    if bylines.nav_line(line) is not None:
        return None  # "VAPORHUB   STORE   COMMUNITY": a navigation bar led by the site's name
    if not (2 <= len(words) <= 5) or not line.isupper() or not re.fullmatch(r"[A-Z][A-Z&'’.\- ]+", line.strip()):
        return None
    if line.strip().lower() in bylines.SECTION_WORDS:
        return None
    small = {"of", "and", "the", "on", "in", "a"}
    return " ".join(w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(words))


_CREDIT_LINE_RE = re.compile(rf"^(?P<role>(?i:(?:written and )?directed|created|co-created|developed)\s+by|by)\s+(?P<name>{bylines.NAME})\.?$")
_CREDIT_KIND = {"directed": "film", "written and directed": "film", "created": "tv", "co-created": "tv", "developed": "game"}
_REVIEW_CREDIT_RE = re.compile(r"(?i)^\W*review(?:ed)?\s+by\b|['’]s?\s+review\b")
_TITLE_YEAR_RE = re.compile(r"^(?P<t>.*?\S)\s+\(?(?P<y>(?:18|19|20)\d\d)\)?$")


def _work_card(lines: list[str], following: list[str]) -> list[bylines.Fact]:
    """A site's card for the work above the review (a film diary, a book catalogue): its
    title (and year) over "Directed by X", or over "by X" when the reviewer is credited
    apart below ("Review by ghostlight_kay", "nadia.reads's review"); else nothing."""
    if len(lines) != 2 or not _looks_like_title(lines[0]) or not (m := _CREDIT_LINE_RE.match(lines[1].strip())):
        return []
    role = " ".join(m["role"].lower().split()[:-1])
    if not role and not any(_REVIEW_CREDIT_RE.search(ln) for ln in following):
        return []  # "Headline / By Jane Smith": the review's own byline
    kind = _CREDIT_KIND.get(role)
    title, year = " ".join(lines[0].split()), None
    if ty := _TITLE_YEAR_RE.match(title):
        title, year = ty["t"], ty["y"]
    facts = [bylines.Fact("title", kind, title), bylines.Fact("creator", kind, m["name"])]
    return facts + ([bylines.Fact("year", None, year)] if year else [])


def _tag_chips(item: Item) -> bool:
    """A short paragraph made only of two to twelve code spans: a page's tags drawn as chips ("`Horror`
    `Sci-fi`"). (A long run of code spans is no row of tags: it stays in the body.)"""
    code = [m for m in item.marks if m.kind == "code"]
    if not 2 <= len(code) <= 12 or len(code) != len(item.marks) or len(item.text) > 240:
        return False
    rest = list(item.text)
    for m in code:
        rest[m.start:m.end] = " " * (m.end - m.start)
    return not "".join(rest).strip()


def _read_header(items: list[Item], extras: Extras, metadata: Metadata, allow_title: bool,
                 heading_title: bool = False) -> tuple[str | None, list[Item]]:
    """The header zone of a pasted page: the first few short paragraphs. Header
    blocks (bylines, mastheads, breadcrumbs, dates, share buttons) are taken out
    wherever they stand in it; the first title-like line is the headline (plain
    text only), or, with ``heading_title``, a "#" heading below the masthead; a short
    standfirst or caption between them stays in the body."""
    title: str | None = None
    kept: list[Item] = []
    if items and items[0].kind == "paragraph" and (joined := _tagline_under_name(items[0].source_lines())):
        items = [Item(text=" ".join(" ".join(joined).split()), lines=joined)] + items[1:]
    if items and items[0].kind == "paragraph" and not items[0].marks:
        site, name = _site_lines(lines := items[0].source_lines())
        if site:
            extras.publication = extras.publication or name
            rest = lines[site:]
            items = ([Item(text=" ".join(" ".join(rest).split()), lines=rest)] if rest else []) + items[1:]
    if items and items[0].kind == "paragraph":
        items = _split_pasted_header(items[0]) + items[1:]
    if site := _masthead_over_byline(items):
        extras.publication = extras.publication or site
        items = items[1:]
    extras.nav_sections = {p.casefold() for it in items[:HEADER_ITEMS] for ln in it.source_lines()
                           if len(parts := re.split(r"\s+[|·•]\s+", " ".join(ln.split()))) >= 3 for p in parts}
    i = 0
    while i < len(items) and i < HEADER_ITEMS:
        item = items[i]
        if item.kind == "heading" and item.level == 1 and heading_title and title is None and not kept and i:
            title = item.text  # the title under the site's masthead or navigation ("[The Slow Shelf](/) · [Archive]")
            i += 1
            continue
        if item.kind == "heading" and i == 0 and heading_title and item.level == 2 \
                and not any(it.kind == "heading" for it in items[1:]):
            # a post that opens with its only heading, a "##" one ("## Quiet Water, by Halla Brun"): the headline,
            # and the byline under it is still the header's
            title = item.text
            kept.append(item)
            i += 1
            continue
        # (only header lines above it: "**Site** › Section" taken, then "## [AOTW] ..." over "posted by X")
        if item.kind == "heading" and not kept and (len(item.text) > 40 or item.level >= 2 and _byline_next(items[i + 1:])):
            # a standfirst set as a subheading under the title, or the post's headline under the page's
            # breadcrumb ("Forums › TV Talk" / "## [Review] ..."): the byline may follow it
            kept.append(item)
            i += 1
            continue
        if item.kind == "quote" and not kept and len(item.text) < 300 and (pub := bylines.outlet_statement(item.text)):
            # "> Lantern is a reader-supported magazine. ...": the site's note about itself, set apart over the headline
            extras.publication = extras.publication or pub
            extras.disclaimer_lines.append(item.text)
            i += 1
            continue
        if item.kind != "paragraph":
            break
        if heading_title and i == 0 and (site := _name_and_slogan(item, items[1:2])):
            extras.publication = extras.publication or site  # "**Couch Notes** · TV for people who ..." over the "#" title
            i += 1
            continue
        if _tag_chips(item):
            extras.tags.append(item.text)  # "`Horror` `Sci-fi`": the page's tags, set as chips over the headline
            i += 1
            continue
        lines = item.source_lines()
        if _dash_signature(lines) \
                and any(len(k.text.split()) >= 20 and k.text.rstrip().endswith((".", "!", "?")) for k in kept):
            break  # "— Harriet Dunmore" after the review's prose: its signature, for the trailer (and what is below it)
        if facts := _work_card(lines, [ln for it in items[i + 1:i + 3] for ln in it.source_lines()[:1]]):
            extras.facts.extend(facts)  # "Se7en 1995 / Directed by David Fincher": the work, not the review
            i += 1
            continue
        if i == 0 and not extras.publication and (pub := _caps_masthead(lines[0])):
            extras.publication = pub  # "FRAME RATE QUARTERLY" atop the page: the masthead
        if _take_header_item(lines, extras, metadata):
            i += 1
            continue
        if allow_title and title is None and 3 <= len(lines) <= MAX_HEADER_LINES \
                and (head := _user_review_title(lines)) is not None \
                and _take_header_item(lines[:head] + lines[head + 1:], extras, metadata):
            title = " ".join(lines[head].split())  # "★★★★☆ 8/10" / "A musical murder" / "posted by X | date": a user review's card
            i += 1
            continue
        if len(lines) == 1 and _section_kicker(lines[0], items[:i]):
            i += 1  # "Cookbook Club" under "Recipes | Cookbook Club | ...": the page's section, not its headline
            continue
        if len(lines) > 1 and bylines.is_caption(lines[0]) and _take_header_item(lines[1:], extras, metadata):
            kept.append(Item(text=" ".join(lines[0].split()), lines=lines[:1]))  # a picture's caption over the byline
            i += 1
            continue
        if allow_title and title is None and not kept and len(lines) == 1 and _kicker_over_headline(lines[0], items[i + 1:]):
            i += 1  # "Nonfiction" over "Grief, served in a bowl of jjigae" over the byline: the section's label
            continue
        if allow_title and title is None and not kept and _looks_like_title(lines[0]) and len(items) > 1 \
                and (len(lines) == 1 or _take_header_item(lines[1:], extras, metadata)):
            title = " ".join(lines[0].split())
            i += 1
            continue
        if len(lines) > 1 and (all(_fact_box(k) or bylines.is_disclaimer(lines[0]) and len(k.source_lines()) == 1
                                   and len(k.text.split()) <= 25 for k in kept)
                               or _signature_card(lines[-3:]) or _signature_card(lines[-2:])) \
                and (lead := _header_tail(lines, extras, metadata)):
            # "Disclosure: ... / Julian Roman at Movieweb / Julian Roman": the byline under a note, below an
            # infobox or a standfirst, or anywhere in the header when the card says the name twice
            if all(bylines.is_disclaimer(ln) for ln in lead):
                extras.disclaimer_lines.extend(" ".join(ln.split()) for ln in lead)
            else:
                kept.append(Item(text=" ".join(" ".join(lead).split()), lines=lead))
            i += 1
            continue
        kept.append(item)  # a standfirst, a caption or the review's first paragraphs: body
        i += 1
    return title, kept + items[i:]


def _user_review_title(lines: list[str]) -> int | None:
    """Where a user review's own title stands in its card: the one line of the block that is no header
    material, title-like, right over the reviewer's byline, with header lines (its stars, a label) above it."""
    kinds = [_header_kind(ln) for ln in lines]
    loose = [k for k, kind in enumerate(kinds) if kind is None]
    if len(loose) != 1 or not 0 < (k := loose[0]) < len(lines) - 1 or kinds[k + 1] != "byline" \
            or not _looks_like_title(lines[k]):
        return None
    return k


def _byline_next(items: list[Item]) -> bool:
    """The next item is a by-line ("*by X · filed under ...*"): a subheading over it is the title's standfirst."""
    return bool(items) and items[0].kind == "paragraph" and len(lines := items[0].source_lines()) <= 3 \
        and any(_header_kind(ln) == "byline" and _explicit_byline(ln) for ln in lines)


def _name_and_slogan(item: Item, below: list[Item]) -> str | None:
    """The site's name when the page's first line, right over its "#" title, is a short name and its
    slogan ("**Couch Notes** · TV for people who own too many remotes"): the masthead, never the headline."""
    lines = item.source_lines()
    if len(lines) != 1 or not below or below[0].kind != "heading" or below[0].level != 1:
        return None
    parts = _SLOGAN_SPLIT_RE.split(" ".join(lines[0].replace("*", "").split()), maxsplit=1)
    if len(parts) != 2 or not re.search(r"\s[a-z]", parts[1]) or parts[1].endswith((".", ":")) or bylines.byline(lines[0]):
        return None
    name = parts[0]
    return name if len(name.split()) <= 5 and _SITE_NAME_RE.fullmatch(name) else None


def _tagline_under_name(lines: list[str]) -> list[str] | None:
    """The page's first two lines as one when the second is the first's tagline in lower case ("Cut
    Lane" / "a newsletter about small films, by Ada Wren"): the name and its tagline, as a dash joins
    them on one line; None otherwise."""
    if len(lines) < 2 or not re.match(r"(?:a|an|the)\s", lines[1].strip()) or len(lines[0].split()) > 6 \
            or lines[0].strip().endswith((".", ":", ",", "!", "?")):
        return None
    joined = f"{lines[0].strip()} — {lines[1].strip()}"
    return [joined] + lines[2:] if bylines.masthead_byline(joined) or bylines.masthead(joined) else None


def _as_written(name: str, lines: list[str]) -> str:
    """A masthead's capitals ("LOWLIGHT") as the byline or a note writes the name ("Ida Brenner at Lowlight")."""
    if name.isupper():
        for line in lines:
            if (m := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line, re.I)) and not m[0].isupper():
                return m[0]
    return name


def _fact_box(item: Item) -> bool:
    """An infobox kept in the body ("Developer: ..." / "Publisher: ..."): the header may go on below it."""
    lines = item.source_lines()
    return len(lines) >= 2 and all(bylines.fact(ln) or label_value(ln) or _LABELLED_RE.match(ln) for ln in lines)


_LABELLED_RE = re.compile(r"^[A-Z][\w ]{1,25}:[ \t]+\S[^.!?]{0,80}$")  # "Publisher: Fellow Traveller"


def _kicker_over_headline(above: str, below: list[Item]) -> bool:
    """True when the line ``above`` is a kicker: the headline stands right over the byline, so
    a one-line title-like item above a one-line title-like item over a byline block is the section's
    label or a promotion ("Nonfiction", "Deals alert: up to 60% off RPGs"), never the headline."""
    below = [it for it in below[:4] if not all(_header_kind(ln) == "furniture" for ln in it.source_lines())]
    if re.search(r"(?i)\breview\s*[:–—|-]", above):
        return False  # "Demon Copperhead by Barbara Kingsolver review – ..." is the headline, the line under it its standfirst
    if len(below) < 2 or below[0].kind != "paragraph" or len(below[0].source_lines()) != 1 \
            or not _looks_like_title(below[0].text) or below[1].kind != "paragraph" \
            or len(re.findall(r"[^\W\d_]{2,}", above)) >= len(re.findall(r"[^\W\d_]{2,}", below[0].text)):
        return False  # (a kicker is shorter than the headline under it)
    return any(_header_kind(ln) in ("byline", "masthead-byline") for ln in below[1].source_lines()[:2])


def _masthead_over_byline(items: list[Item]) -> str | None:
    """The page's first line read as a byline with no outlet ("Slapdash Cathode | TV comedy
    reviews since 2014", "Ashgrove Literary Quarterly · Reviews · Autumn issue") when a byline
    naming someone else follows in the header: the site's masthead; its name, else None."""
    if not items or items[0].kind != "paragraph" or len(items[0].source_lines()) != 1 \
            or not re.search(r"\s[|·•]\s", items[0].text):
        return None
    top = bylines.byline(items[0].text)
    if not top or not top.author or top.publication:
        return None
    for item in items[1:HEADER_ITEMS]:
        for line in item.source_lines()[:3]:
            if (by := bylines.byline(line)) and by.author and by.author != top.author and by.publication in (None, top.author):
                return top.author
    return None


def _section_kicker(line: str, above: list[Item]) -> bool:
    """A line that repeats an item of the navigation bar above it: the section's label."""
    key = " ".join(line.split()).casefold()
    for item in above:
        for ln in item.source_lines():
            if bylines.nav_line(ln) is not None and key in (
                    " ".join(p.split()).casefold() for p in re.split(r"\s*[|·•]\s*|\s{2,}", ln)):
                return True
    return False


def _header_tail(lines: list[str], extras: Extras, metadata: Metadata) -> list[str]:
    """A header block above the body whose last lines are a byline (with its date, outlet...)
    under lines of text: those lines are taken, the lines above returned (none: not such a block)."""
    if len(lines) > HEADER_BLOCK_LINES:
        return []
    for k in range(1, len(lines)):
        tail = lines[k:]
        if any(_header_kind(ln) in ("byline", "masthead-byline") for ln in tail) \
                and _take_header_item(tail, extras, metadata):
            return lines[:k]
    return []


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


def _is_sentence_case_heading(line: str) -> bool:
    """A short line in sentence case ("What falls short", "The ending"): a
    candidate only; :func:`_mark_text_headings` takes it when the text has
    two or more of them between long paragraphs."""
    words = line.split()
    if not (1 <= len(words) <= SENTENCE_CASE_MAX_WORDS) or len(line) > 50:
        return False
    if line.endswith((".", ",", ";", ":", "!", "\u201d", '"', ")")) or not words[0][:1].isupper():
        return False
    return not _is_meta_line(line)


SENTENCE_CASE_MAX_WORDS = 6
LONG_PARAGRAPH_WORDS = 25


def _mark_text_headings(items: list[Item]) -> list[Item]:
    """Plain text: a lone short Title Case line between paragraphs is a heading.

    Conservative: only in the middle (not first, not last), only when a
    paragraph follows, and only when at least one paragraph precedes it. A
    short line in sentence case is a heading too when the text has at least two
    such lines, each between long paragraphs (LONG_PARAGRAPH_WORDS words or
    more on both sides; the first may open the body): a structure, not a
    stray line."""
    out = list(items)

    def lone(i: int) -> str | None:
        item = out[i]
        lines = item.source_lines()
        if item.kind == "paragraph" and len(lines) == 1 and out[i + 1].kind == "paragraph":
            return lines[0]
        return None

    for i in range(1, len(out) - 1):
        line = lone(i)
        if line is not None and _is_text_heading(line) and not _is_text_heading(out[i + 1].text):
            out[i] = Item(text=out[i].text, kind="heading", level=2)

    def long(item: Item) -> bool:
        return item.kind == "paragraph" and len(item.text.split()) >= LONG_PARAGRAPH_WORDS

    candidates = [i for i in range(0, len(out) - 1)
                  if out[i].kind == "paragraph" and (line := lone(i)) is not None
                  and _is_sentence_case_heading(line) and (i == 0 or long(out[i - 1])) and long(out[i + 1])]
    if len(candidates) >= 2:
        for i in candidates:
            out[i] = Item(text=out[i].text, kind="heading", level=2)
    return out
