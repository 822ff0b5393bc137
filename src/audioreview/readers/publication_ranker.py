"""The learned re-ranker of the review's publication (docs/readers.md, "The publication ranker").

The same design as :mod:`.byline_ranker`: the hand rules' outlet (mastheads, bylines' "at X" / "for X",
taglines, footers, disclaimers, a newsletter's greeting) is one candidate among the outlet-name-like
spans of the first and last lines of the review (runs of capitalised words, small words inside,
and the shorter runs inside them) and "no publication". Each is described by generic features
(:data:`FEATURES`: never a word or a name from the data) and a logistic model scores it; the highest
score wins. The weights live in ``data/publication_ranker.json``, written by
``tools/train_publication_ranker.py``; scoring here is pure Python. A publication the format stated
(front matter, the HTML page's site name) is never re-ranked.
"""

from __future__ import annotations

import re

from . import bylines, ranking
from .byline_ranker import MAX_BODY, ZONE_LINES
from .ranking import Candidate, Model

MODEL_FILE = "publication_ranker.json"
MAX_CANDIDATES = 80
MAX_SPANS_PER_LINE = 16

FEATURES: tuple[str, ...] = (
    "none", "rules", "rules_none", "inside_rules", "holds_rules", "head", "tail", "first_line", "from_start",
    "from_end", "lines", "line_words", "whole_line", "line_share", "starts_line", "at_for_before", "cue_before",
    "by_in_line", "sep_before", "sep_after", "dash_after", "copyright_line", "date_in_line", "domain_match",
    "handle_in_line", "nav_line", "sentence_line", "heading_like", "said", "is_author", "creator", "in_title",
    "org_word", "words", "one_word", "all_caps", "starts_the", "digit", "followed_cap", "preceded_cap",
    "preceded_the", "person_shape",
)

_SMALL = {"of", "and", "in", "on", "the", "for", "&"}
_RUN_RE = re.compile(r"(?<![\w'’@.\-])(?:[Tt]he\s+)?[A-Z0-9][\w'’&\-]*(?:\.\w+)*"
                     r"(?:\s+(?:[A-Z0-9&][\w'’&\-]*(?:\.\w+)*|of|and|in|on|the|for|&)){0,7}")
_AT_FOR_BEFORE_RE = re.compile(r"(?i)\b(?:at|for|from|in|on|of|to)\s+(?:the\s+)?$")
_CUE_BEFORE_RE = re.compile(r"(?i)(?:appeared|published|position|views|welcome(?: back)?|this week|subscribe|"
                            r"newsletter|podcast|zine|blog|magazine|©|copyright|thanks for reading)\b[^.]{0,40}$|©\s*(?:\d{4}\s*)?$")
_SEP_BEFORE_RE = re.compile(r"[|·•»/—–]\s*$")
_SEP_AFTER_RE = re.compile(r"^\s*[|·•»/,]")
_DASH_AFTER_RE = re.compile(r"^\s*[—–-]\s")
_COPYRIGHT_RE = re.compile(r"(?i)©|\bcopyright\b|all rights reserved")
_DATE_IN_RE = re.compile(rf"(?i)\b(?:{bylines.MONTH})\s+\d|\b\d{{1,2}}\s+(?:{bylines.MONTH})|\b(?:19|20)\d\d\b|\d+/\d+/\d+")
_DOMAIN_RE = re.compile(r"(?i)(?:@|https?://|www\.)?([a-z0-9][a-z0-9\-]*)(?:\.[a-z]{2,}|\b)")
_HANDLE_RE = re.compile(r"@\w|\w@\w|https?://|www\.|\.\w{2,4}/")
_SEPS_RE = re.compile(r"\s[|·•»]\s|\s{3,}")
_PERSON_RE = re.compile(r"^[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}$")


# A page's accessibility link, "Skip to main content": the interface's words, never an outlet's name.
_SKIP_LINK_RE = re.compile(r"(?i)^\W*(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|article|search)\W*$")


def _spans(line: str) -> list[str]:
    """The outlet-like spans of a line: each run of capitalised words (small words inside) and the
    shorter runs inside it that start and end on a capitalised word ("the" may lead)."""
    out: list[str] = []
    if _SKIP_LINK_RE.match(line):
        return out
    for m in _RUN_RE.finditer(line):
        words = m[0].split()
        for i in range(len(words)):
            if words[i].casefold() in _SMALL and words[i].casefold() != "the":
                continue
            for j in range(i + 1, min(len(words), i + 6) + 1):
                last = words[j - 1]
                if last.casefold() in _SMALL:
                    continue
                span = " ".join(words[i:j]).strip(" ,.;:'’")
                if span and not (j - i == 1 and words[i].casefold() == "the"):
                    out.append(span)
                if len(out) >= MAX_SPANS_PER_LINE:
                    return out
    return out


def candidates(zone: list[tuple[int, str]], n: int, rules: str | None, *, author: str | None = None,
               creator: str | None = None, title: str | None = None, body: str = "") -> list[Candidate]:
    """The candidates, the rules' pick first (or "no publication" when they gave none), with their rows."""
    domains = {d.casefold() for _, line in zone if _HANDLE_RE.search(line) for d in _DOMAIN_RE.findall(line) if len(d) > 3}
    body_low = body[:MAX_BODY].casefold()
    context = (rules.casefold() if rules else "", *(x.casefold() if x else "" for x in (author, creator, title)))
    return ranking.end_candidates(zone, rules, _spans, lambda name, is_rules: _row(
        name, is_rules, zone, n, body_low, domains, *context), FEATURES, MAX_CANDIDATES)


def _row(name: str, is_rules: bool, zone: list[tuple[int, str]], n: int, body_low: str, domains: set[str],
         rules: str, author: str, creator: str, title: str) -> list[float]:
    f = dict.fromkeys(FEATURES, 0.0)
    low = name.casefold()
    f["rules"] = float(is_rules)
    f["inside_rules"] = float(bool(rules) and not is_rules and low in rules)
    f["holds_rules"] = float(bool(rules) and not is_rules and rules in low)
    pattern = re.compile(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", re.I)
    hits = [(i, line, m) for i, line in zone for m in [pattern.search(line)] if m]
    f["lines"] = min(len(hits), 3) / 3
    if hits:
        first_i = min(i for i, _, _ in hits)
        last_i = max(i for i, _, _ in hits)
        f["head"] = float(first_i < ZONE_LINES)
        f["tail"] = float(last_i >= n - ZONE_LINES)
        f["first_line"] = float(first_i == 0)
        f["from_start"] = min(first_i, ZONE_LINES) / ZONE_LINES
        f["from_end"] = min(n - 1 - last_i, ZONE_LINES) / ZONE_LINES
        for _i, line, m in hits:
            before, after = line[:m.start()], line[m.end():]
            words = len(line.split())

            def put(key: str, value: float) -> None:
                f[key] = max(f[key], value)

            put("line_words", 1 - min(words, 40) / 40)
            put("whole_line", float(re.sub(r"[\W_]+", " ", line).strip().casefold() == re.sub(r"[\W_]+", " ", low).strip()))
            put("line_share", len(name) / max(len(line.strip()), 1))
            put("starts_line", float(not re.search(r"\w", before)))
            put("at_for_before", float(bool(_AT_FOR_BEFORE_RE.search(before))))
            put("cue_before", float(bool(_CUE_BEFORE_RE.search(before))))
            put("by_in_line", float(bool(re.search(r"(?i)\bby\b", line))))
            put("sep_before", float(bool(_SEP_BEFORE_RE.search(before))))
            put("sep_after", float(bool(_SEP_AFTER_RE.search(after))))
            put("dash_after", float(bool(_DASH_AFTER_RE.search(after))))
            put("copyright_line", float(bool(_COPYRIGHT_RE.search(line))))
            put("date_in_line", float(bool(_DATE_IN_RE.search(line))))
            put("handle_in_line", float(bool(_HANDLE_RE.search(line))))
            put("nav_line", float(len(_SEPS_RE.findall(line)) >= 2))
            put("sentence_line", float(words > 12 and line.rstrip().endswith((".", "!", "?"))))
            caps = [w for w in line.split() if w[:1].isalpha() and w.casefold() not in _SMALL]
            put("heading_like", float(bool(caps) and all(w[0].isupper() for w in caps)))
            put("followed_cap", float(bool(re.match(r"^\s+[A-Z]", after))))
            put("preceded_cap", float(bool(re.search(r"[A-Z][\w'’\-]*\s+$", before))))
            put("preceded_the", float(bool(re.search(r"(?i)\bthe\s+$", before))))
    f["said"] = min(body_low.count(low), 10) / 10 if body_low else 0.0
    squeezed = re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", low))
    f["domain_match"] = float(len(squeezed) > 3 and any(squeezed in d or d in squeezed for d in domains if len(d) > 3))
    f["is_author"] = float(bool(author) and (low == author or low in author.split()))
    f["creator"] = float(bool(creator) and (low in creator or creator in low))
    f["in_title"] = float(bool(title) and low in title)
    words = name.split()
    f["org_word"] = float(words[-1].casefold() in bylines.OUTLET_WORDS)
    f["words"] = min(len(words), 6) / 6
    f["one_word"] = float(len(words) == 1)
    f["all_caps"] = float(name.isupper())
    f["starts_the"] = float(words[0].casefold() == "the")
    f["digit"] = float(any(c.isdigit() for c in name))
    f["person_shape"] = float(bool(_PERSON_RE.match(name)))
    return [f[k] for k in FEATURES]


def load_model() -> Model | None:
    """(weights, intercept) of the shipped model, or None when there is none or it was trained on
    other features (then the hand rules decide alone)."""
    return ranking.load(MODEL_FILE, FEATURES)


def probabilities(rows: list[list[float]], model: Model | None = None) -> list[float] | None:
    return ranking.shares(rows, model or load_model())


_REFUSED = tuple(FEATURES.index(name) for name in ("creator", "in_title", "is_author"))
_RULES = FEATURES.index("rules")


def eligible(row: list[float]) -> bool:
    """Whether the ranker may choose this candidate: the rules' pick always; another never when it is
    the work's creator, a name its title holds or the reviewer (the tuning sets hold too few of those for the model to learn to refuse them)."""
    return bool(row[_RULES]) or not any(row[i] for i in _REFUSED)


def choose(rows: list[list[float]], model: Model | None = None) -> int | None:
    """The index of the candidate chosen (the rules' pick on equal scores), or None without a model."""
    return ranking.choose_eligible(rows, probabilities(rows, model), eligible, rules=lambda row: bool(row[_RULES]))


def decide(found: list[Candidate], model: Model | None = None) -> Candidate | None:
    """The candidate the model chooses, or None without a model (the rules decide)."""
    return ranking.pick(found, lambda rows: choose(rows, model))
