"""The learned re-ranker of the reviewer's byline (docs/readers.md, "The byline ranker").

The hand rules of :mod:`.structure` (header lines, trailer paragraphs, signature cards, disclaimers,
with the line parsers of :mod:`.bylines`) give the byline, or none. Their pick is then one candidate
among the person-name-like spans of the first and last :data:`ZONE_LINES` lines of the review
(a name in capitals or title case, a username with "_" or an "@handle") and "no byline". Each is
described by generic features (:data:`FEATURES`: the rules' pick or not, where its line is, what
stands before and after it on its line, how often the review says it, whether the work's creator,
title or the outlet holds it, its shape), never a word or a name from the data, and a logistic
model scores it; the highest score wins. The weights live in ``data/byline_ranker.json``, written
by ``tools/train_byline_ranker.py`` (scikit-learn, at training time only); scoring here is pure
Python. A byline the format stated (front matter, the HTML page's author) is never re-ranked.
"""

from __future__ import annotations

import re

from . import bylines, ranking
from .ranking import Candidate, Model

MODEL_FILE = "byline_ranker.json"
ZONE_LINES = 15  # the lines read at each end of the review
MAX_LINE = 300  # the characters of a line read (a megabyte on one line stays bounded)
MAX_CANDIDATES = 40
MAX_BODY = 200_000  # the characters of the review searched for a candidate's mentions

FEATURES: tuple[str, ...] = (
    "none", "rules", "rules_none", "head", "tail", "from_start", "from_end", "lines", "line_words", "whole_line",
    "line_share", "starts_line", "by_before", "cue_before", "dash_before", "sep_before", "sep_after",
    "role_after", "at_for_after", "bio_after", "possessive_after", "comma_after", "date_in_line", "handle_in_line", "disclaimer_line",
    "credit_line", "quoted", "sentence_line", "heading_like", "said", "said_once", "surname_said",
    "creator", "in_title", "outlet", "org_word", "words", "one_word", "all_caps", "lower", "user", "hyphen",
    "followed_cap", "preceded_cap",
)

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_SPAN_RE = re.compile(rf"(?<![\w'’@.\-])(?:{bylines.NAME})(?![\w'’@])")
_USER_RE = re.compile(r"(?<![\w@.])(?:@[A-Za-z0-9_][\w.]{1,29}|[a-z0-9]+(?:_[a-z0-9]+)+)(?![\w@])")
_BY_WORDS = {"by", "words", "review", "reviewed", "written", "posted", "picked", "author", "reviewer", "critic",
             "text", "notes", "submitted", "guest", "post", "with", "hosted", "from", "par", "von", "por", "de"}
_BY_BEFORE_RE = re.compile(r"(?i)\bby\s*:?\s*$")
_CUE_BEFORE_RE = re.compile(r"(?i)\b(?:words|author|reviewer|critic|text|review|reviewed|written|posted|picked|"
                            r"submitted|hosted|with)\b[\s:+\w]{0,20}$")
_DASH_BEFORE_RE = re.compile(r"^\W*[—–-]\s*$")
_SEP_BEFORE_RE = re.compile(r"[|·•»/]\s*$")
_SEP_AFTER_RE = re.compile(r"^\s*[|·•»/]")
_ROLE_AFTER_RE = re.compile(r"(?i)^\s*[,(|·—–-]?\s*(?:(?:senior|chief|lead|contributing|staff|guest|deputy|associate|"
                            r"freelance|our|the|film|tv|music|books?|games?|food|theatre|arts?)\s+){0,3}"
                            r"(?:critic|editor|reviewer|writer|correspondent|contributor|columnist|blogger|journalist|"
                            r"librarian|bookseller|host|producer|co-editor)")
_AT_FOR_AFTER_RE = re.compile(r"^\s*,?\s+(?:at|for|on)\s+[\w@]")
_BIO_AFTER_RE = re.compile(r"^\s+(?:is|was|writes|reviews|teaches|lives|runs|edits|hosts|has)\b")
_DATE_IN_RE = re.compile(rf"(?i)\b(?:{bylines.MONTH})\s+\d|\b\d{{1,2}}\s+(?:{bylines.MONTH})|\b(?:19|20)\d\d\b|\d+/\d+/\d+")
_HANDLE_RE = re.compile(r"@\w|\w@\w|https?://|www\.")
_CREDIT_RE = re.compile(r"(?i)\b(?:directed|director|directors|starring|stars|cast|written and directed|screenplay|"
                        r"author|novel by|created|creator|developer|developed|publisher|published|label|produced|"
                        r"plays|played|narrated|translated|illustrated|photograph|photo)\b")


def _clean(name: str) -> str:
    words = name.split()
    while words and words[0].casefold().rstrip(":") in _BY_WORDS:
        words = words[1:]
    return " ".join(words).strip(" ,.;:·|")


def _spans(line: str) -> list[str]:
    """The name-like spans of a line: each run of capitalised words (its by-word dropped), its
    runs of two or more words inside it, and the usernames."""
    out: list[str] = []
    for m in _SPAN_RE.finditer(line):
        run: list[str] = []
        for word in _clean(m[0]).split() + [""]:
            if word.endswith(("'s", "’s")):  # a possessive ends the name: "Marisol Ventnor's review"
                run.append(word[:-2])
                word = ""
            elif word:
                run.append(word)
                continue
            for i in range(len(run)):
                for j in range(i + 2, min(len(run), i + 4) + 1):
                    out.append(" ".join(run[i:j]))
            run = []
    out += [m[0] for m in _USER_RE.finditer(line)]
    return out


def zone(items: list) -> tuple[list[tuple[int, str]], int]:
    """(index, line) of the first and last ZONE_LINES non-empty source lines of ``items`` (anything
    with ``source_lines()``), and how many lines there are in all; the rest is never looked at."""
    n = sum(max(len(it.lines), 1) for it in items)  # an upper bound when an item holds blank lines
    head: list[str] = []
    for it in items:
        if len(head) >= ZONE_LINES:
            break
        head += it.source_lines()[:ZONE_LINES]
    tail: list[str] = []
    for it in reversed(items):
        if len(tail) >= ZONE_LINES:
            break
        tail = it.source_lines()[-ZONE_LINES:] + tail
    head, tail = head[:ZONE_LINES], tail[-ZONE_LINES:]
    if n <= 2 * ZONE_LINES:
        every = [ln for it in items for ln in it.source_lines()]
        return [(i, ln[:MAX_LINE]) for i, ln in enumerate(every)], len(every)
    return [(i, ln[:MAX_LINE]) for i, ln in enumerate(head)] + \
        [(n - len(tail) + i, ln[:MAX_LINE]) for i, ln in enumerate(tail)], n


def candidates(zone: list[tuple[int, str]], n: int, rules: str | None, *, creator: str | None = None,
               title: str | None = None, outlet: str | None = None, body: str = "") -> list[Candidate]:
    """The candidates, the rules' pick first (or "no byline" when they gave none), with their rows:
    ``zone`` the (index, line) of the review's first and last lines, of ``n`` lines in all."""
    body_low = body[:MAX_BODY].casefold()
    creator_low, title_low, outlet_low = (x.casefold() if x else "" for x in (creator, title, outlet))
    return ranking.end_candidates(zone, rules, _spans, lambda name, is_rules: _row(
        name, is_rules, zone, n, body_low, creator_low, title_low, outlet_low), FEATURES, MAX_CANDIDATES)


def _row(name: str, is_rules: bool, zone: list[tuple[int, str]], n: int, body_low: str,
         creator: str, title: str, outlet: str) -> list[float]:
    f = dict.fromkeys(FEATURES, 0.0)
    f["rules"] = float(is_rules)
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?!\w)(?!['’](?!s\b)\w)", re.I)  # "X's review" holds X
    hits = [(i, line, m) for i, line in zone for m in [pattern.search(line)] if m]
    f["lines"] = min(len(hits), 3) / 3
    if hits:
        first_i = min(i for i, _, _ in hits)
        last_i = max(i for i, _, _ in hits)
        f["head"] = float(first_i < ZONE_LINES)
        f["tail"] = float(last_i >= n - ZONE_LINES)
        f["from_start"] = min(first_i, ZONE_LINES) / ZONE_LINES
        f["from_end"] = min(n - 1 - last_i, ZONE_LINES) / ZONE_LINES
        for _i, line, m in hits:
            before, after = line[:m.start()], line[m.end():]
            words = len(line.split())
            stripped = re.sub(r"[\W_]+", " ", line).strip().casefold()
            f["line_words"] = max(f["line_words"], 1 - min(words, 40) / 40)
            f["whole_line"] = max(f["whole_line"], float(stripped == re.sub(r"[\W_]+", " ", name).strip().casefold()))
            f["line_share"] = max(f["line_share"], len(name) / max(len(line.strip()), 1))
            f["starts_line"] = max(f["starts_line"], float(not re.search(r"\w", before)))
            f["by_before"] = max(f["by_before"], float(bool(_BY_BEFORE_RE.search(before))))
            f["cue_before"] = max(f["cue_before"], float(bool(_CUE_BEFORE_RE.search(before))))
            f["dash_before"] = max(f["dash_before"], float(bool(_DASH_BEFORE_RE.search(before))))
            f["sep_before"] = max(f["sep_before"], float(bool(_SEP_BEFORE_RE.search(before))))
            f["sep_after"] = max(f["sep_after"], float(bool(_SEP_AFTER_RE.search(after))))
            f["role_after"] = max(f["role_after"], float(bool(_ROLE_AFTER_RE.search(after))))
            f["at_for_after"] = max(f["at_for_after"], float(bool(_AT_FOR_AFTER_RE.search(after))))
            f["bio_after"] = max(f["bio_after"], float(bool(_BIO_AFTER_RE.search(after))))
            f["possessive_after"] = max(f["possessive_after"], float(after[:2] in ("'s", "’s")))
            f["comma_after"] = max(f["comma_after"], float(after.lstrip().startswith(",")))
            f["date_in_line"] = max(f["date_in_line"], float(bool(_DATE_IN_RE.search(line))))
            f["handle_in_line"] = max(f["handle_in_line"], float(bool(_HANDLE_RE.search(line))))
            f["disclaimer_line"] = max(f["disclaimer_line"], float(bylines.is_disclaimer(line)))
            f["credit_line"] = max(f["credit_line"], float(bool(_CREDIT_RE.search(before[-40:]))))
            f["quoted"] = max(f["quoted"], float(before.count('"') % 2 == 1 or before.count("“") > before.count("”")))
            f["sentence_line"] = max(f["sentence_line"], float(words > 12 and line.rstrip().endswith((".", "!", "?"))))
            caps = [w for w in line.split() if w[:1].isalpha()]
            f["heading_like"] = max(f["heading_like"], float(bool(caps) and all(w[0].isupper() for w in caps)))
            f["followed_cap"] = max(f["followed_cap"], float(bool(re.match(rf"^\s+[{_UPPER}]", after))))
            f["preceded_cap"] = max(f["preceded_cap"], float(bool(re.search(rf"[{_UPPER}][\w'’\-]*\s+$", before))))
    said = body_low.count(name.casefold()) if body_low else 0
    f["said"] = min(said, 10) / 10
    f["said_once"] = float(said <= 1)
    surname = name.split()[-1].casefold()
    f["surname_said"] = min(body_low.count(surname), 10) / 10 if body_low and len(surname) > 2 else 0.0
    low = name.casefold()
    f["creator"] = float(bool(creator) and (low in creator or creator in low or surname in creator.split()))
    f["in_title"] = float(bool(title) and low in title)
    f["outlet"] = float(bool(outlet) and (low in outlet or outlet in low))
    f["org_word"] = float(surname in bylines.OUTLET_WORDS)
    words = name.split()
    f["words"] = min(len(words), 5) / 5
    f["one_word"] = float(len(words) == 1)
    f["all_caps"] = float(name.isupper())
    f["lower"] = float(name.islower())
    f["user"] = float(bool(re.search(r"[_@\d]", name)))
    f["hyphen"] = float("-" in name)
    return [f[k] for k in FEATURES]


def load_model() -> Model | None:
    """(weights, intercept) of the shipped model, or None when there is none or it was trained on
    other features (then the hand rules decide alone)."""
    return ranking.load(MODEL_FILE, FEATURES)


def probabilities(rows: list[list[float]], model: Model | None = None) -> list[float] | None:
    return ranking.shares(rows, model or load_model())


_REFUSED = tuple(FEATURES.index(name) for name in ("creator", "in_title"))
_RULES = FEATURES.index("rules")


def eligible(row: list[float]) -> bool:
    """Whether the ranker may choose this candidate: the rules' pick always; another never when it is
    the work's creator or a name its title holds (the tuning sets hold too few of those for the model to learn to refuse them)."""
    return bool(row[_RULES]) or not any(row[i] for i in _REFUSED)


def choose(rows: list[list[float]], model: Model | None = None) -> int | None:
    """The index of the candidate chosen (the rules' pick on equal scores), or None without a model."""
    return ranking.choose_eligible(rows, probabilities(rows, model), eligible, rules=lambda row: bool(row[_RULES]))


def decide(found: list[Candidate], model: Model | None = None) -> Candidate | None:
    """The candidate the model chooses, or None without a model (the rules decide)."""
    return ranking.pick(found, lambda rows: choose(rows, model))
