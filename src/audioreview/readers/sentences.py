"""Sentence splitting: pysbd plus a few repairs where it errs on review prose.

Sentences are the unit of ids, narration, read-along highlighting and
transcripts, so a wrong split is heard and seen everywhere. pysbd already gets
"Mr.", "Dr.", "U.S.", "9.5/10", "Q&A", "..." and quotations right; the
post-fixes below handle what it does not:

* a split after an abbreviation that cannot end a sentence before a number
  ("Vol. 2", "No. 5", "pp. 10") or before a name ("Mr.", "Dr.", "St.") is undone;
* a split is added after the Unicode ellipsis "…" and after "!!!"/"?!" runs
  when a capitalised sentence follows (pysbd keeps them in one sentence);
* a piece that is only closing punctuation or quotes, or has no letter or digit
  at all ("—", "..."), joins the sentence before (or, at the start, the one after).

Bounded time: pysbd's cost grows faster than the length of what it is given
(a paragraph of 4,000 sentences took 19 s, ``"1. " * 20000`` minutes). So a
paragraph longer than :data:`CHUNK_OVER` characters goes to pysbd in pieces of
at most :data:`CHUNK_SIZE`, cut at a plain sentence end (a word of three or more
lower-case letters, a stop, a capital) where there is one; and a review longer
than :data:`PYSBD_MAX_CHARS` in all (no real review is) is split by
:func:`rule_split`, a linear rule-based splitter, with the same post-fixes.
Every regex here is linear on any input (no nested or backtracking runs).
"""

from __future__ import annotations

import functools
import re

import pysbd

_PYSBD_LANGUAGES = {
    "en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl",
    "fa", "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk",
}

# Never end a sentence (titles before names).
_TITLE_ABBREVIATIONS = re.compile(
    r"(?:^|[\s(\"“‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Gen|Col|Lt|Sgt|Capt|Rev|Hon|Sen|Rep|Gov|Fr)\.$"
)
# Do not end a sentence when a number follows.
_NUMBER_ABBREVIATIONS = re.compile(
    r"(?:^|[\s(])(?:Vol|vol|Ch|ch|No|no|Nos|nos|pp|p|Fig|fig|Ep|ep|Pt|pt|Art|art|Sec|sec|Op|op)\.$"
)
_STARTS_WITH_NUMBER = re.compile(r"^[(\[]?(?:\d|[IVXLC]+\b)")
_ONLY_CLOSERS = re.compile(r"^[\"”’'»)\]]+$")
# pysbd misses these boundaries: "…" or a run of two+ "!"/"?" before a capital.
# (The lookbehind and the possessive run keep a long run of "!" linear.)
_EXTRA_BOUNDARY = re.compile(r"(?:…|(?<![!?])[!?]{2,}+)[\"”’)]?(?=\s+[\"“‘(]?[A-Z])")
# The abbreviation patterns look at the last few characters of a sentence only.
_ABBREVIATION_WINDOW = 8

# Size limits (characters), see the module docstring.
PYSBD_MAX_CHARS = 50_000
CHUNK_OVER = 2_000
CHUNK_SIZE = 1_000
# A plain sentence end: a lower-case word of 3+ letters, a stop, a capital next.
_PLAIN_END = re.compile(r"(?<![\w.])([a-z]{3,})[.!?][\"”’)]?(?= [\"“‘(]?[A-Z])")
_NOT_AN_END = {"etc", "approx", "incl", "esp", "dept", "govt", "corp", "misc", "cont", "viz", "feat", "min", "max"}
# rule_split: a run of stops, optional closers, a space, then a capital or digit.
_RULE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’)\]]*+(?= [\"“‘(\[]?[A-Z0-9])")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_RULE_ABBREVIATIONS = {"e.g.", "i.e.", "vs.", "cf.", "al.", "approx.", "incl.", "esp."}


@functools.lru_cache(maxsize=16)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=False)


def pysbd_language(language: str | None) -> str:
    """The pysbd language for a BCP 47 tag (its primary subtag), English if unknown."""
    primary = (language or "en").split("-")[0].split("_")[0].lower()
    return primary if primary in _PYSBD_LANGUAGES else "en"


def _merge(pieces: list[str]) -> list[str]:
    """Join the pieces that do not end a sentence (module docstring).

    Linear: a sentence being built is kept as a list of parts, and the
    abbreviation patterns only see its last :data:`_ABBREVIATION_WINDOW`
    characters (their ``^`` matches a sentence start only when that window holds
    the whole sentence, as it does when ``search`` starts at 0)."""
    out: list[str] = []
    parts: list[str] = []  # the sentence being built
    tail = ""  # its last characters
    prefix = ""

    def flush() -> None:
        if parts:
            out.append("".join(parts))

    for piece in pieces:
        if prefix:
            piece, prefix = f"{prefix} {piece}", ""
        if not parts and not any(c.isalnum() for c in piece):
            prefix = piece  # a leading "..." or "—" belongs to the first sentence
            continue
        if parts:
            start = max(0, len(tail) - _ABBREVIATION_WINDOW)
            closers = bool(_ONLY_CLOSERS.match(piece))
            if (
                _TITLE_ABBREVIATIONS.search(tail, start)
                or (_NUMBER_ABBREVIATIONS.search(tail, start) and _STARTS_WITH_NUMBER.match(piece))
                or closers
                or not any(c.isalnum() for c in piece)
            ):
                joined = piece if closers else f" {piece}"
                parts.append(joined)
                tail = (tail + joined)[-2 * _ABBREVIATION_WINDOW :]
                continue
            flush()
        parts = [piece]
        tail = piece[-2 * _ABBREVIATION_WINDOW :]
    flush()
    if prefix:
        out.append(prefix)
    return out


def _split_extra(piece: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _EXTRA_BOUNDARY.finditer(piece):
        parts.append(piece[start : m.end()].strip())
        start = m.end()
    parts.append(piece[start:].strip())
    return [p for p in parts if p]


def _chunks(text: str) -> list[str]:
    """``text`` (folded) in pieces of at most CHUNK_SIZE characters, cut at the last
    plain sentence end of each window, else at its last space (else anywhere)."""
    if len(text) <= CHUNK_OVER:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > CHUNK_SIZE:
        window = text[start : start + CHUNK_SIZE]
        cut = -1
        for m in _PLAIN_END.finditer(window):
            if m[1] not in _NOT_AN_END:
                cut = m.end()
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = CHUNK_SIZE
        out.append(text[start : start + cut].strip())
        start += cut
    out.append(text[start:].strip())
    return [c for c in out if c]


def rule_split(text: str) -> list[str]:
    """Pieces of ``text`` (folded) cut after ".", "!", "?" or "…" runs that a
    space and a capital or digit follow; not after initials and acronyms
    ("J.", "U.S.") or a few abbreviations ("e.g.", "vs."). Linear in the text."""
    pieces: list[str] = []
    start = 0
    for m in _RULE_END.finditer(text):
        low = max(start, m.start() - 12)
        space = text.rfind(" ", low, m.start())
        word = text[space + 1 if space >= 0 else low : m.end()]
        if m[0].startswith(".") and (_INITIALS.fullmatch(word) or word.lower() in _RULE_ABBREVIATIONS):
            continue
        pieces.append(text[start : m.end()])
        start = m.end() + 1
    pieces.append(text[start:])
    return pieces


def split_sentences(text: str, language: str | None = "en", *, fast: bool = False) -> list[str]:
    """The sentences of one paragraph, whitespace folded, in order.

    ``fast``: split with :func:`rule_split` instead of pysbd (for a review longer
    than :data:`PYSBD_MAX_CHARS`; see the module docstring)."""
    folded = " ".join(text.split())
    if not folded:
        return []
    if fast:
        pieces = rule_split(folded)
    else:
        segmenter = _segmenter(pysbd_language(language))
        pieces = [p for chunk in _chunks(folded) for p in segmenter.segment(chunk)]
    pieces = [p.strip() for p in pieces]
    pieces = [p for p in pieces if p]
    pieces = [q for p in pieces for q in _split_extra(p)]
    return _merge(pieces)


def sentence_spans(text: str, language: str | None = "en", *, fast: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, which must be whitespace-folded.

    Used to carry inline marks (emphasis, links) over to sentence offsets.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in split_sentences(text, language, fast=fast):
        start = text.find(sentence, pos)
        if start < 0:  # should not happen on folded text; keep going without marks
            start = pos
        end = start + len(sentence)
        spans.append((start, end))
        pos = end
    return spans
