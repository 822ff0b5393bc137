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
_EXTRA_BOUNDARY = re.compile(r"(?:…|[!?]{2,})[\"”’)]?(?=\s+[\"“‘(]?[A-Z])")


@functools.lru_cache(maxsize=16)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=False)


def pysbd_language(language: str | None) -> str:
    """The pysbd language for a BCP 47 tag (its primary subtag), English if unknown."""
    primary = (language or "en").split("-")[0].split("_")[0].lower()
    return primary if primary in _PYSBD_LANGUAGES else "en"


def _merge(pieces: list[str]) -> list[str]:
    out: list[str] = []
    prefix = ""
    for piece in pieces:
        if prefix:
            piece, prefix = f"{prefix} {piece}", ""
        if not out and not any(c.isalnum() for c in piece):
            prefix = piece  # a leading "..." or "—" belongs to the first sentence
            continue
        if out:
            prev = out[-1]
            if (
                _TITLE_ABBREVIATIONS.search(prev)
                or (_NUMBER_ABBREVIATIONS.search(prev) and _STARTS_WITH_NUMBER.match(piece))
                or _ONLY_CLOSERS.match(piece)
                or not any(c.isalnum() for c in piece)
            ):
                out[-1] = prev + piece if _ONLY_CLOSERS.match(piece) else f"{prev} {piece}"
                continue
        out.append(piece)
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


def split_sentences(text: str, language: str | None = "en") -> list[str]:
    """The sentences of one paragraph, whitespace folded, in order."""
    folded = " ".join(text.split())
    if not folded:
        return []
    pieces = [p.strip() for p in _segmenter(pysbd_language(language)).segment(folded)]
    pieces = [p for p in pieces if p]
    pieces = [q for p in pieces for q in _split_extra(p)]
    return _merge(pieces)


def sentence_spans(text: str, language: str | None = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, which must be whitespace-folded.

    Used to carry inline marks (emphasis, links) over to sentence offsets.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in split_sentences(text, language):
        start = text.find(sentence, pos)
        if start < 0:  # should not happen on folded text; keep going without marks
            start = pos
        end = start + len(sentence)
        spans.append((start, end))
        pos = end
    return spans
