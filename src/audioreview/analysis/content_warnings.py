"""Content-warning detection and the content note.

Offline and explainable: lexicon patterns (``lexicons.py``) matched against the
model's body sentences, after masking titles and figurative idioms, with rules
for negation ("no gore"), hypotheticals ("if you're expecting gore"), allusion
("hinted at"), themes, and graphic detail. Every warning carries its evidence:
the sentence ids and the phrases that matched.

Entry points: :func:`analyse` (fills ``review.warnings``, ``review.content_note``
and one ``Section.notice``), :func:`warnings_report` (the ``--json`` output) and
:func:`format_warnings_text` (the human output). See docs/content-warnings.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .. import ids
from ..errors import InputError
from ..readers.sentences import split_sentences
from ..model import NOTE_ID, Block, ContentWarning, Evidence, Review, Sentence
from . import lexicons as lx
from . import review_level
from .learned import Model, features, load_model
from .options import WarningOptions
from .note import compose_note, compose_notice
from ..phrases import has_table, primary
from ..readers.language import language_name

__all__ = [
    "analyse",
    "detect",
    "warnings_report",
    "format_warnings_text",
    "is_shown",
    "canonical_category",
    "parse_warn_option",
    "CATEGORIES",
    "WarningOptions",
]

CATEGORIES = lx.CATEGORIES
# The languages the lexicons and the learned model were written, trained and
# evaluated on. A review in another language is not analysed: no guessing from
# English word lists ("die" is the German article), only declared warnings.
LANGUAGES = ("en",)
_ORDER = {c: i for i, c in enumerate(CATEGORIES)}

# ----------------------------------------------------------------- compiled data


def _wb(pattern: str) -> str:
    return r"\b(?:" + pattern + r")\b"


class _OnFirstUse:
    """A term's pattern, compiled when it is first tried: a review tries a few
    dozen of the terms, and compiling them all costs every run ~60 ms."""

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern | None = None

    def match(self, text: str, pos: int) -> re.Match | None:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled.match(text, pos)


_TERMS = [(_OnFirstUse(_wb(t.pattern)), t) for t in lx.TERMS]
# Speed: one alternation of every term finds the next position where any term
# matches (the shared leading \b is checked once per position, which makes it
# several times faster than scanning with each term in turn); only there are
# the single terms tried.
_ANY_TERM = re.compile(r"\b(?:" + "|".join(r"(?:" + t.pattern + r")\b" for t in lx.TERMS) + ")")


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with (None: any), so
    that only the terms that can start at a position are tried there."""
    from re import _constants as C, _parser as P  # stdlib internals; any failure just means "any"

    def walk(seq) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in seq:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # zero width: ignoring it only widens the set
            if op is C.LITERAL:
                out.add(chr(av))
                return out, False
            if op is C.IN:
                for o, a in av:
                    if o is C.LITERAL:
                        out.add(chr(a))
                    elif o is C.RANGE:
                        out.update(chr(c) for c in range(a[0], a[1] + 1))
                    else:
                        return None, False
                return out, False
            if op is C.SUBPATTERN:
                sub, nullable = walk(av[3])
            elif op is C.BRANCH:
                sub, nullable = set(), False
                for alt in av[1]:
                    got, n = walk(alt)
                    if got is None:
                        return None, False
                    sub |= got
                    nullable = nullable or n
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                sub, nullable = walk(av[2])
                nullable = nullable or av[0] == 0
            else:
                return None, False
            if sub is None:
                return None, False
            out |= sub
            if not nullable:
                return out, False
        return out, True

    try:
        chars, nullable = walk(P.parse(pattern))
    except Exception:  # pragma: no cover - a stdlib change; fall back to trying every term
        return None
    return None if chars is None or nullable else frozenset(chars)


_TERMS_BY_CHAR: dict[str, list[tuple[_OnFirstUse, lx.Term]]] = {}
_TERMS_ANY_START: list[tuple[_OnFirstUse, lx.Term]] = []
for _rx, _term in _TERMS:
    _fc = _first_chars(_term.pattern)
    if _fc is None:
        _TERMS_ANY_START.append((_rx, _term))
    else:
        for _c in _fc:
            _TERMS_BY_CHAR.setdefault(_c, []).append((_rx, _term))
_ORDER_OF_TERM = {id(t): i for i, (_, t) in enumerate(_TERMS)}
_CANDIDATES: dict[str, list[tuple[_OnFirstUse, lx.Term]]] = {
    c: sorted(ts + _TERMS_ANY_START, key=lambda rt: _ORDER_OF_TERM[id(rt[1])]) for c, ts in _TERMS_BY_CHAR.items()
}
_PROFANITY = [(re.compile(_wb(p)), sev) for p, sev in lx.PROFANITY]
_FIGURATIVE = re.compile(r"\b(?:" + "|".join(r"(?:" + p + r")\b" for p in lx.FIGURATIVE) + ")")
_HYPOTHETICAL = re.compile("|".join(lx.HYPOTHETICAL))
_NEG_DET = re.compile(lx.NEG_DETERMINER)
_NEG_PRON = re.compile(lx.NEG_PRONOUN)
_NEG_VERB = re.compile(lx.NEG_VERBAL)
_ALLUSION = re.compile(lx.ALLUSION)
_THEME = re.compile(lx.THEME)
_INTENS = re.compile(lx.INTENSIFIERS)
_DETAIL = re.compile(lx.DETAIL)
_DWELL = re.compile(lx.DWELLING)
_CHILD = re.compile(lx.CHILD)
_ANIMAL = re.compile(lx.ANIMAL)
_CHILD_RISK = re.compile(lx.CHILD_RISK)
_HYPO_AFTER = re.compile(r"^\s*(?:is|are) (?:what you(?:'re| are) (?:after|looking for|hoping for)|what you want|your thing)")
_ANIMAL_HARM = re.compile(lx.ANIMAL_HARM)
_IDENTITY = re.compile(lx.IDENTITY_CAUSE)
_IDENTITY_PROPER = re.compile(lx.IDENTITY_PROPER)
_MISTREAT = re.compile(lx.MISTREAT)
_WAR_ACTOR = re.compile(lx.WAR_ACTOR)
_CIVILIAN = re.compile(lx.CIVILIAN)
_DESTRUCTION = re.compile(lx.DESTRUCTION)
_INTERROGATION = re.compile(lx.INTERROGATION)
_QUOTED = re.compile(r"[\"“”]([^\"“”]{1,100})[\"“”]|‘([^‘’]{1,100})’")
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\u2013]|\s-\s|\b(?:but|although|though|yet|while|whereas|however|which|who|until|because)\b|"
    r",\s*(?=(?:the|it|he|she|they|there|we|i|this|and|so|its|his|her|their|that|nobody|everyone)\b)"
)
_WORD = re.compile(r"[a-z0-9'*-]+")
_NEG_IN_DWELL = re.compile(r"\b(?:not|never|refuses)\b|n't")
_NEG_BEFORE_DWELL = re.compile(r"\b(?:without|not|never|no)\b|n't")

GRAPHIC_SCORE = 2.0  # detail points needed for severity 3


# ------------------------------------------------------------------- detection


@dataclass
class Hit:
    """One category matched in one sentence."""

    category: str
    severity: int
    weight: float
    phrases: list[str] = field(default_factory=list)


@dataclass
class Finding:
    """A category over the whole review, with per-sentence severities."""

    category: str
    severity: int
    confidence: float
    evidence: list[tuple[Evidence, int]] = field(default_factory=list)


@dataclass
class _Match:
    start: int
    end: int
    term: lx.Term
    text: str


def _lower_same_length(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _blank(s: str, start: int, end: int) -> str:
    return s[:start] + " " * (end - start) + s[end:]


def _mask(text: str, titles: list[str], marks: list[tuple[int, int]]) -> str:
    """Lower-cased text with titles, quoted names and idioms blanked out."""
    low = _lower_same_length(text.replace("’", "'"))
    for m in _QUOTED.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        first = next((c for c in inner if c.isalpha()), "")
        if first.isupper():
            low = _blank(low, m.start(), m.end())
    for start, end in marks:
        first = next((c for c in text[start:end] if c.isalpha()), "")
        if first.isupper():
            low = _blank(low, start, end)
    for title in titles:
        pos = text.find(title)
        while pos >= 0:
            low = _blank(low, pos, pos + len(title))
            pos = text.find(title, pos + len(title))
    for m in _FIGURATIVE.finditer(low):
        low = _blank(low, m.start(), m.end())
    return low


def _is_midsentence_capital(text: str, start: int) -> bool:
    """A capitalised match not at the sentence start: a title or a name."""
    if not text[start : start + 1].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:\"“‘("


def _clause_before(low: str, start: int) -> tuple[str, int]:
    """Text of the clause that ends at ``start`` and its offset."""
    prefix = low[:start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(prefix):
        cut = m.end()
    return prefix[cut:], cut


def _clause_around(low: str, start: int, end: int) -> str:
    """The clause holding ``low[start:end]`` (for allusion cues)."""
    head, offset = _clause_before(low, start)
    tail = low[end:]
    m = _CLAUSE_BREAK.search(tail)
    return head + low[start:end] + (tail[: m.start()] if m else tail)


def _words_between(low: str, a: int, b: int) -> list[str]:
    return _WORD.findall(low[a:b])


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _negated(low: str, start: int, spans: list[tuple[int, int]]) -> bool:
    clause, offset = _clause_before(low, start)

    def ok_between(a: int, limit: int, allow_depict: bool) -> bool:
        words = _words_between(low, a, start)
        if len(words) > limit:
            return False
        pos = a
        for w in words:
            at = low.find(w, pos)
            pos = at + len(w)
            if w in lx.NEG_FILLER or _inside(at, spans):
                continue
            if allow_depict and w in lx.DEPICT_VERBS:
                continue
            return False
        return True

    for m in _NEG_DET.finditer(clause):
        if ok_between(offset + m.end(), 6, False):
            return True
    for m in _NEG_PRON.finditer(clause):
        if ok_between(offset + m.end(), 3, False):
            return True
    for m in _NEG_VERB.finditer(clause):
        if ok_between(offset + m.end(), 4, True):
            return True
    return False


def _hypothetical(low: str, start: int, end: int | None = None) -> bool:
    if end is not None and _HYPO_AFTER.match(low[end:]):
        return True  # "if gore is what you're after"
    clause, offset = _clause_before(low, start)
    for m in _HYPOTHETICAL.finditer(clause):
        if len(_words_between(low, offset + m.end(), start)) <= 8:
            return True
    return False


def _find_terms(low: str, text: str) -> list[_Match]:
    """Term matches, leftmost-longest with no overlaps ("sexual abuse" beats
    "abuse"); two terms matching the same span are both kept."""
    kept: list[_Match] = []
    pos = 0
    while True:
        hit = _ANY_TERM.search(low, pos)
        if hit is None:
            return kept
        start = hit.start()
        here: list[_Match] = []
        for rx, term in _CANDIDATES.get(low[start], _TERMS_ANY_START):
            m = rx.match(low, start)
            if m is None or (not term.proper and _is_midsentence_capital(text, start)):
                continue
            here.append(_Match(start, m.end(), term, text[start : m.end()]))
        if not here:
            pos = start + 1
            continue
        end = max(m.end for m in here)
        kept.extend(m for m in here if m.end == end)
        pos = end if end > start else start + 1


def _graphic_score(low: str, own: list[tuple[int, int]]) -> float:
    score = 0.0
    seen: set[str] = set()
    for m in _DETAIL.finditer(low):
        if _inside(m.start(), own) or m.group(0) in seen:
            continue
        seen.add(m.group(0))
        score += 1.0
    for m in _DWELL.finditer(low):
        if not _NEG_IN_DWELL.search(m.group(0)) and _NEG_BEFORE_DWELL.search(low[max(0, m.start() - 12) : m.start()]):
            continue  # "without lingering on it"
        score += 2.0
    score += 0.5 * len(_INTENS.findall(low))
    return score


def analyse_sentence(text: str, titles: list[str] | None = None,
                     marks: list[tuple[int, int]] | None = None) -> dict[str, Hit]:
    """The categories one sentence signals, with severity and matched phrases."""
    low = _mask(text, titles or [], marks or [])
    matches = _find_terms(low, text)
    spans = [(m.start, m.end) for m in matches]
    live = [m for m in matches if not _negated(low, m.start, spans) and not _hypothetical(low, m.start, m.end)]

    intens = bool(_INTENS.search(low))
    hits: dict[str, Hit] = {}

    def add(cat: str, sev: int, weight: float, phrase: str) -> None:
        h = hits.get(cat)
        if h is None:
            hits[cat] = Hit(cat, sev, weight, [phrase])
        else:
            h.severity = max(h.severity, sev)
            h.weight = max(h.weight, weight)
            if phrase not in h.phrases:
                h.phrases.append(phrase)

    by_cat: dict[str, list[tuple[int, int]]] = {}
    for m in live:
        for cat, _ in m.term.cats:
            by_cat.setdefault(cat, []).append((m.start, m.end))

    # Animal victims: "a horse is shot" is animal harm, not violence.
    animal_spans = [(a.start(), a.end()) for a in _ANIMAL.finditer(low)]

    def near_animal(start: int, end: int) -> bool:
        return any(0 <= start - e <= 12 or 0 <= s - end <= 20 for s, e in animal_spans)

    for m in live:
        for cat, base in m.term.cats:
            to_animal = cat == "violence" and near_animal(m.start, m.end)
            sev = max(base, 2) if to_animal else base
            theme = _THEME.search(low[: m.start] + " " * (m.end - m.start) + low[m.end :])
            if m.term.kind == "topic" and theme:
                sev = max(sev, 2)
            if intens:
                sev = max(sev, 2)
            score = _graphic_score(low, by_cat.get(cat, []))
            if score >= GRAPHIC_SCORE:
                sev = 3
            elif _ALLUSION.search(_clause_around(low, m.start, m.end)):
                sev = min(sev, 1)
            add("animal_harm" if to_animal else cat, sev, m.term.weight, m.text)

    _cooccurrence_rules(low, text, spans, hits, add)

    # Sexual violence is labelled as such, not also as generic violence.
    if "sexual_violence" in hits and "violence" in hits:
        del hits["violence"]

    # Animals as victims of harm verbs ("hunters club seals").
    if animal_spans:
        harm_sev = 0
        phrases = []
        for hm in _ANIMAL_HARM.finditer(low):
            if not _negated(low, hm.start(), spans) and not _hypothetical(low, hm.start(), hm.end()):
                harm_sev = 2
                phrases.append(text[hm.start() : hm.end()])
        for cat in ("death_grief", "gore_injury", "torture"):
            if cat in hits and any(abs(s - a) <= 40 for s, _ in by_cat.get(cat, []) for a, _ in animal_spans):
                harm_sev = max(harm_sev, hits[cat].severity)
        if harm_sev:
            score = _graphic_score(low, [])
            sev = 3 if score >= GRAPHIC_SCORE + 1 else max(harm_sev, 2)
            for p in phrases or [text[animal_spans[0][0] : animal_spans[0][1]]]:
                add("animal_harm", sev, 0.7, p)

    # Children as victims: a child and a harm in the same sentence.
    sources = [h.severity for c, h in hits.items() if c in lx.CHILD_HARM_SOURCES]
    for rm in _CHILD_RISK.finditer(low):
        if not _negated(low, rm.start(), spans) and not _hypothetical(low, rm.start(), rm.end()):
            sources.append(1 if re.match(r"(?:goes|went|go) missing|disappear", rm.group(0)) else 2)
    if sources:
        for cm in _CHILD.finditer(low):
            after = low[cm.end() : cm.end() + 3]
            if after.startswith("'s") and (not _inside(cm.end() + 3, spans) or _ANIMAL.match(low, cm.end() + 3)):
                continue  # "the boy's father", "the boy's dog": the child owns, is not the victim
            add("child_harm", max(sources), 0.7, text[cm.start() : cm.end()])
            break

    # Strong language: the review's own words, so no negation or hypotheticals.
    count, worst, phrases = 0, 0, []
    for rx, sev in _PROFANITY:
        for m in rx.finditer(low):
            if _is_midsentence_capital(text, m.start()):
                continue
            count += 1
            worst = max(worst, sev)
            phrases.append(text[m.start() : m.end()])
    if count:
        sev = 3 if count >= 3 and worst >= 2 else worst
        for p in phrases:
            add("strong_language", sev, 0.9, p)
    return hits


def lexicon_cues(text: str, titles: list[str] | None = None, marks: list[tuple[int, int]] | None = None,
                 hits: dict[str, Hit] | None = None) -> list[str]:
    """The lexicon's findings in one sentence as cue tokens for the learned model
    ("lex:violence", "lex:violence:3"): the model learns when to trust them."""
    if hits is None:
        hits = analyse_sentence(text, titles, marks)
    cues = []
    for cat, h in hits.items():
        cues += [f"lex:{cat}", f"lex:{cat}:{h.severity}"]
    return cues


def _live(low: str, m: re.Match, spans: list[tuple[int, int]]) -> bool:
    return not _negated(low, m.start(), spans) and not _hypothetical(low, m.start(), m.end())


def _cooccurrence_rules(low: str, text: str, spans: list[tuple[int, int]], hits: dict[str, Hit], add) -> None:
    """Harms named by what happens rather than by a keyword: two cues in one
    sentence that are weak apart (a reason that is who someone is plus a
    mistreatment; soldiers plus civilians plus violence; violence to make
    someone talk)."""
    # Discrimination: "refuses to rent to them because they are Irish".
    cause = _IDENTITY.search(low)
    if cause is None:
        proper = _IDENTITY_PROPER.search(text)
        if proper and low[proper.start() : proper.end()].strip() == text[proper.start() : proper.end()].lower().strip():
            cause = proper
    if cause is not None and not _hypothetical(low, cause.start(), cause.end()):
        bad = next((m for m in _MISTREAT.finditer(low) if not _hypothetical(low, m.start(), m.end())), None)
        if bad is not None:
            sev = 1 if _ALLUSION.search(_clause_around(low, cause.start(), cause.end())) else 2
            add("discrimination", sev, 0.6, text[cause.start() : cause.end()])
    # War atrocity: soldiers, militias or an army harming civilians.
    harm = [hits[c].severity for c in ("violence", "death_grief", "gore_injury") if c in hits]
    razed = next((m for m in _DESTRUCTION.finditer(low) if _live(low, m, spans)), None)
    if (harm or razed) and "war_atrocity" not in hits:
        actor = next((m for m in _WAR_ACTOR.finditer(low) if _live(low, m, spans)), None)
        if actor is not None and (razed is not None or _CIVILIAN.search(low)):
            add("war_atrocity", max(harm + [2]), 0.6, text[actor.start() : actor.end()])
    # Torture: violence or injury used to extract a confession or information.
    hurt = [hits[c].severity for c in ("violence", "gore_injury") if c in hits]
    if hurt and "torture" not in hits:
        q = _INTERROGATION.search(low)
        if q is not None and _live(low, q, spans):
            add("torture", max(hurt), 0.6, text[q.start() : q.end()])


def _titles(review: Review) -> list[str]:
    out = []
    for t in (review.metadata.work.title, review.metadata.title):
        if not t:
            continue
        out.append(t.strip())
        for part in re.split(r":\s+", t):
            if len(part.strip()) >= 4:
                out.append(part.strip())
    return sorted({t for t in out if len(t) >= 3}, key=len, reverse=True)


def detect(review: Review) -> list[Finding]:
    """Findings for every category the review's body sentences signal.

    With the shipped learned model (:mod:`.learned`) a sentence carries a category
    when the model's probability passes that category's threshold; the lexicon's
    findings are among the model's inputs and give each sentence's matched phrases.
    A review of :data:`~.review_level.MIN_SENTENCES` sentences or more is then
    judged as a whole by the learned review-level models (:mod:`.review_level`);
    a shorter text, or a package without a model, by the rule in :func:`judge`
    (see docs/content-warnings.md)."""
    titles = _titles(review)
    sentences = _sentence_rows(review, titles)
    model = load_model()
    if model is None:
        per_sentence = [{c: (h.severity, h.weight, h.phrases, None) for c, h in hits.items()}
                        for _, hits, _ in sentences]
        return judge(review, [s for s, _, _ in sentences], [g for _, _, g in sentences], per_sentence)
    scores = _sentence_model(model, sentences)
    per_sentence = _model_findings(model, sentences, scores)
    if model.review is not None and len(sentences) >= review_level.MIN_SENTENCES:
        return _judge_learned(review, model, sentences, scores, per_sentence)
    return judge(review, [s for s, _, _ in sentences], [g for _, _, g in sentences], per_sentence)


def _sentence_rows(review: Review, titles: list[str]) -> list[tuple[Sentence, dict[str, Hit], bool]]:
    """(sentence, lexicon hits, its paragraph holds graphic detail) for every body sentence."""
    sentences: list[tuple[Sentence, dict[str, Hit], bool]] = []
    for block in review.body_blocks():
        rows = []
        for s in block.sentences:
            marks = [(m.start, m.end) for m in s.marks if m.kind in ("em", "strong")]
            rows.append((s, analyse_sentence(s.text, titles, marks)))
        graphic_block = any(h.severity == 3 for _, hs in rows for h in hs.values())
        sentences += [(s, hits, graphic_block) for s, hits in rows]
    return sentences


@dataclass
class _Scores:
    """The sentence model's output for a review's sentences: hashed features,
    (sentences, categories) probabilities, and each sentence's severity for a
    category, computed once when first asked for (the sentence findings and the
    review-level features both need it)."""

    model: Model
    rows: list[list[int]]
    probs: np.ndarray
    _severity: dict[tuple[int, str], tuple[int, np.ndarray]] = field(default_factory=dict)

    def severity(self, i: int, category: str) -> tuple[int, np.ndarray]:
        key = (i, category)
        if key not in self._severity:
            self._severity[key] = self.model.severity(self.rows[i], category)
        return self._severity[key]


def _sentence_model(model: Model, sentences: list[tuple[Sentence, dict[str, Hit], bool]]) -> _Scores:
    rows = [features(s.text, lexicon_cues(s.text, hits=hits)) for s, hits, _ in sentences]
    return _Scores(model, rows, model.probabilities(rows))


def _model_findings(model: Model, sentences: list[tuple[Sentence, dict[str, Hit], bool]],
                    scores: _Scores) -> list[dict[str, tuple[int, float, list[str], float]]]:
    """Per sentence: category -> (severity, weight, lexicon phrases, probability)."""
    out = []
    for i, ((s, hits, _), p) in enumerate(zip(sentences, scores.probs)):
        found = {}
        for j, cat in enumerate(model.categories):
            threshold = model.thresholds.get(cat, 0.5)
            # A strong lexicon cue lowers the bar the model must clear ("lexicon_scale").
            if cat in hits and hits[cat].weight >= 0.8:
                threshold *= REVIEW_RULE["lexicon_scale"]
            if p[j] < threshold:
                continue
            sev, _ = scores.severity(i, cat)
            h = hits.get(cat)
            if cat == "strong_language":
                sev = h.severity if h else sev  # profanity is counted, not guessed
            found[cat] = (sev, float(p[j]), list(h.phrases) if h else [], round(float(p[j]), 3))
        out.append(found)
    return out


def review_features(review: Review, model: Model) -> np.ndarray:
    """The review-level models' input for ``review`` (training builds its rows with it)."""
    sentences = _sentence_rows(review, _titles(review))
    return _category_features(review, model, sentences, _sentence_model(model, sentences))


def _category_features(review: Review, model: Model, sentences: list[tuple[Sentence, dict[str, Hit], bool]],
                       scores: _Scores) -> np.ndarray:
    probs = scores.probs
    thresholds = [model.thresholds.get(c, 0.5) for c in model.categories]
    top_of = np.argmax(probs, axis=0) if len(probs) else np.zeros(0, dtype=int)  # each category's top sentence
    severity = [{j: scores.severity(i, cat)[1] for j, cat in enumerate(model.categories)
                 if p[j] >= thresholds[j] or top_of[j] == i}
                for i, p in enumerate(probs)]
    body = " ".join(s.text for s, _, _ in sentences)
    return review_level.category_features(
        probs, thresholds, [{c: h.severity for c, h in hits.items()} for _, hits, _ in sentences],
        [g for _, _, g in sentences], severity, review_level.Register.of(body, review.metadata.title or ""))


def _judge_learned(review: Review, model: Model, sentences: list[tuple[Sentence, dict[str, Hit], bool]],
                   scores: _Scores, per_sentence: list[dict[str, tuple[int, float, list[str], float]]],
                   ) -> list[Finding]:
    """Findings from the review-level models (:mod:`.review_level`). Evidence: the
    sentences that pass the category's threshold, else its most likely sentence."""
    assert model.review is not None
    probs = scores.probs
    x = _category_features(review, model, sentences, scores)
    judgement = review_level.judge(model.review, x)
    verdict = judgement.verdict(model.review.presence_threshold, model.review.note_threshold)
    findings = []
    for j, severity in verdict.items():
        cat = model.categories[j]
        evidence = [(Evidence(s.id, s.text, list(found[cat][2]), found[cat][3]), found[cat][0])
                    for (s, _, _), found in zip(sentences, per_sentence) if cat in found]
        if not evidence and sentences:
            i = int(np.argmax(probs[:, j]))
            s, hits = sentences[i][0], sentences[i][1]
            phrases = list(hits[cat].phrases) if cat in hits else []
            evidence = [(Evidence(s.id, s.text, phrases, round(float(probs[i, j]), 3)), severity)]
        if severity == 3 and not any(sev == 3 for _, sev in evidence):
            k = max(range(len(evidence)), key=lambda n: evidence[n][0].probability or 0.0)
            evidence[k] = (evidence[k][0], 3)  # the notice goes before the review's most graphic sentence
        findings.append(Finding(cat, severity, round(min(float(judgement.presence[j]), 0.99), 2), evidence))
    return sorted(findings, key=lambda f: (-f.severity, _ORDER[f.category]))


_GENRE_CATEGORIES = frozenset({"violence", "frightening", "animal_harm", "death_grief", "gore_injury", "sexual_content"})


# The review-level rule's numbers, chosen on the labelled development reviews
# (reviews.jsonl, corpus_*_reviews.jsonl; never the blind sets) with
# tools/warnings_dev_eval.py. They apply to the learned model's probabilities.
REVIEW_RULE = {
    # A category's strength in a review is the sum of its sentences' probabilities.
    "name_min": 0.7,          # below this strength it is not named at all
    "sev_min": 0.8,           # below this it is a mention (severity 1), whatever one sentence says
    "always_min": 0.6,        # harm to children, sexual violence, self-harm: the strength to name them
    "theme_count": 3,         # a category in this many sentences is a theme: at least "described"
    "full_length": 8,         # reviews of this many sentences or more face the full bar
    "lexicon_scale": 0.5,     # a sentence the lexicon flags with a strong term needs this share of the threshold
}


def judge(review: Review, sentences: list[Sentence], graphic_blocks: list[bool],
          per_sentence: list[dict[str, tuple[int, float, list[str], float | None]]],
          rule: dict[str, float] | None = None) -> list[Finding]:
    """Review-level judgement: severity and evidence per category from all its sentences.

    * Severity is the strongest sentence's, raised to 2 when the category recurs
      (3+ sentences) and to 3 for real events (documentary, testimony) beside graphic detail.
    * In a gentle register (an animated family film, a nature series, a cookbook,
      a farce, a musical) a genre category found in one sentence only, not graphic,
      is a mention (severity 1) and needs no note.
    * A review that warns its own readers ("be forewarned", "not for the faint of
      heart") has its strongest category at least "described".
    """
    body = " ".join(s.text for s in sentences)
    register = review_level.Register.of(body, review.metadata.title or "")
    real, gentle = register.real, register.gentle
    rule = {**REVIEW_RULE, **(rule or {})}
    per_cat: dict[str, Finding] = {}
    for s, graphic_block, found in zip(sentences, graphic_blocks, per_sentence):
        for cat, (sev, weight, phrases, prob) in found.items():
            if real and graphic_block and sev == 2 and cat in lx.REAL_EVENT_RAISES:
                sev = 3
            f = per_cat.setdefault(cat, Finding(cat, 0, 0.0))
            f.evidence.append((Evidence(s.id, s.text, list(phrases), prob), sev))
            f.confidence = 1 - (1 - f.confidence) * (1 - min(weight, 0.95))
            f.severity = max(f.severity, sev)
    # The longer the review, the more chances a stray sentence has to look like a category:
    # the strength needed grows with length, up to the full bar at ``full_length`` sentences.
    scale = min(1.0, len(sentences) / rule["full_length"])
    for cat, f in list(per_cat.items()):
        if any(e.probability is not None for e, _ in f.evidence):
            strength = sum(e.probability if e.probability is not None else 1.0 for e, _ in f.evidence) / max(scale, 1e-9)
            if strength < rule["name_min"] or (cat in lx.ALWAYS_SHOWN and strength < rule["always_min"]):
                del per_cat[cat]  # too uncertain to name
                continue
            if strength < rule["sev_min"]:
                f.severity = min(f.severity, 1)
        if len(f.evidence) >= rule["theme_count"]:  # a recurring subject is a theme
            f.severity = max(f.severity, 2)
        if gentle and f.category in _GENRE_CATEGORIES and len(f.evidence) == 1 and f.severity < 3:
            f.severity = 1
        f.confidence = round(min(f.confidence, 0.99), 2)
    if per_cat and register.self_warning:
        top = max(per_cat.values(), key=lambda f: (f.severity, f.confidence))
        top.severity = max(top.severity, 2)
    return sorted(per_cat.values(), key=lambda f: (-f.severity, _ORDER[f.category]))


# -------------------------------------------------------------------- analysis


def is_shown(category: str, severity: int, threshold: int | None = None) -> bool:
    """The display rule: always for the gravest categories, else from severity 2;
    a threshold, when given, replaces the rule (show everything >= threshold)."""
    if threshold is not None:
        return severity >= threshold
    return category in lx.ALWAYS_SHOWN or severity >= 2


def canonical_category(name: str) -> str:
    """A category name as given (``Self-Harm``, ``grief``) -> its taxonomy name,
    or the normalised name unchanged when it is unknown."""
    key = re.sub(r"[\s-]+", "_", str(name).strip().lower())
    return lx.ALIASES.get(key, key)


def _check_categories(names, where: str, path: str | None) -> None:
    for name in names:
        if name not in _ORDER:
            raise InputError(
                f"unknown content-warning category {name!r} in {where}; valid categories: {', '.join(CATEGORIES)}",
                path,
            )


def _check_severity(cat: str, sev, where: str, path: str | None) -> int:
    if isinstance(sev, bool) or not isinstance(sev, int) or sev not in (1, 2, 3):
        raise InputError(f"content-warning severity for {cat!r} in {where} must be 1, 2 or 3, not {sev!r}", path)
    return sev


def parse_warn_option(value: str) -> tuple[str, int]:
    """``--warn CATEGORY[:SEVERITY]`` -> (category, severity); default severity 2."""
    name, _, sev_text = value.strip().partition(":")
    name = canonical_category(name)
    _check_categories([name], "--warn", None)
    if not sev_text:
        return name, 2
    if not sev_text.strip().isdigit():
        raise InputError(f"--warn {value!r}: severity must be 1, 2 or 3")
    return name, _check_severity(name, int(sev_text), "--warn", None)


def _clear(review: Review) -> None:
    review.warnings = []
    review.content_note = None
    for s in review.walk_sections():
        s.notice = None


def _block(text: str, block_id: str = "", language: str = "en") -> Block:
    """A generated block (the note, a notice) in ``language``: the review's when
    phrases.py speaks it, else English, marked as such (Block.language)."""
    spoken = language if has_table(language) else "en"
    own = None if primary(spoken) == primary(language) else "en"
    return Block(id=block_id, kind="paragraph", language=own,
                 sentences=[Sentence("", t) for t in split_sentences(text, spoken)])


def analysis_status(review: Review, options: WarningOptions | None = None) -> tuple[bool, str | None]:
    """(analysed, reason): whether detection ran on ``review``, and why not."""
    options = options or WarningOptions()
    if options.mode == "off":
        return False, "content warnings are off (--warnings off)"
    if options.mode == "only":
        return False, "only declared warnings were asked for (--warnings only)"
    if review.declared.none:
        return False, "the review declares it needs no content warnings"
    if not detector_knows(review.metadata.language):
        return False, (f"the review is in {language_name(review.metadata.language)} "
                       f"({review.metadata.language}); the detector knows only "
                       f"{', '.join(language_name(x) for x in LANGUAGES)}, so it does not guess")
    return True, None


def detector_knows(language: str | None) -> bool:
    return primary(language) in LANGUAGES


def analyse(review: Review, options: WarningOptions | None = None) -> Review:
    """Fill ``review.warnings``, ``review.content_note`` and the first graphic
    section's ``notice`` (in place; returns the review).

    mode "off": no warnings at all (declared ones too); "auto": detection plus
    declared and ``--warn`` ones; "only": declared and ``--warn`` ones only.
    Front matter ``content_warnings: none`` suppresses detection. Removals
    (front matter ``remove`` and ``--no-warn``) drop categories last.
    """
    options = options or WarningOptions()
    path = review.metadata.source_name
    declared = review.declared
    declared.add = {canonical_category(k): v for k, v in declared.add.items()}
    declared.remove = [canonical_category(k) for k in declared.remove]
    options = WarningOptions(
        mode=options.mode,
        add={canonical_category(k): v for k, v in options.add.items()},
        remove=[canonical_category(k) for k in options.remove],
        threshold=options.threshold,
    )
    _check_categories(declared.add, "the front matter", path)
    _check_categories(declared.remove, "the front matter", path)
    _check_categories(options.add, "--warn", path)
    _check_categories(options.remove, "--no-warn", path)
    for cat, sev in declared.add.items():
        _check_severity(cat, sev, "the front matter", path)
    for cat, sev in options.add.items():
        _check_severity(cat, sev, "--warn", path)
    if options.threshold is not None:
        _check_severity("threshold", options.threshold, "--warn-threshold", path)
    if options.mode not in ("auto", "off", "only"):
        raise InputError(f"unknown warnings mode {options.mode!r}; valid: auto, off, only", path)

    _clear(review)
    if options.mode == "off":
        ids.assign_ids(review)
        return review

    findings: dict[str, Finding] = {}
    language = review.metadata.language or "en"
    unchecked = options.mode == "auto" and not declared.none and not detector_knows(language)
    if options.mode == "auto" and not declared.none and not unchecked:
        findings = {f.category: f for f in detect(review)}

    # Declared ones: the author's (or user's) severity wins; detected evidence is kept.
    wanted = dict(declared.add)
    wanted.update(options.add)
    warnings: dict[str, ContentWarning] = {}
    for cat, f in findings.items():
        warnings[cat] = ContentWarning(cat, f.severity, f.confidence, "detected", [e for e, _ in f.evidence])
    for cat, sev in wanted.items():
        ev = warnings[cat].evidence if cat in warnings else []
        warnings[cat] = ContentWarning(cat, sev, 1.0, "declared", ev)
    for cat in set(declared.remove) | set(options.remove):
        warnings.pop(cat, None)
        findings.pop(cat, None)

    for w in warnings.values():
        w.shown = is_shown(w.category, w.severity, options.threshold)
    review.warnings = sorted(warnings.values(), key=lambda w: (-w.severity, _ORDER[w.category]))

    note = compose_note(review.warnings, language, unchecked=unchecked)
    if note:
        review.content_note = _block(note, NOTE_ID, language)
    _add_notice(review, findings)
    ids.assign_ids(review)
    return review


def _add_notice(review: Review, findings: dict[str, Finding]) -> None:
    """A notice before the first section holding graphic (severity 3) material
    of a shown category."""
    shown = {w.category: w for w in review.warnings if w.shown and w.severity == 3}
    graphic: dict[str, set[str]] = {}  # sentence id -> categories
    for cat, f in findings.items():
        if cat not in shown:
            continue
        for ev, sev in f.evidence:
            if sev == 3:
                graphic.setdefault(ev.sentence_id, set()).add(cat)
    if not graphic:
        return
    for section in review.walk_sections():
        cats: set[str] = set()
        for block in section.blocks:
            for s in block.sentences:
                cats |= graphic.get(s.id, set())
        if cats:
            warns = [shown[c] for c in sorted(cats, key=_ORDER.__getitem__)]
            section.notice = _block(compose_notice(warns, review.metadata.language), language=review.metadata.language)
            return


# --------------------------------------------------------------------- reports


def warnings_report(review: Review, options: WarningOptions | None = None) -> dict:
    """Exactly the JSON of ``audioreview warnings INPUT --json`` (``options``:
    those :func:`analyse` was given, for ``analysed`` and its ``reason``)."""
    analysed, reason = analysis_status(review, options)
    return {
        "language": review.metadata.language,
        "analysed": analysed,
        "reason": reason,
        "warnings": [
            {
                "category": w.category,
                "severity": w.severity,
                "confidence": w.confidence,
                "source": w.source,
                "evidence": [{"sentence_id": e.sentence_id, "text": e.text, "cues": e.phrases,
                              "probability": e.probability} for e in w.evidence],
            }
            for w in review.warnings
        ],
        "note": review.content_note.text if review.content_note else None,
    }


_SEVERITY_WORDS = {1: "mention", 2: "described", 3: "graphic"}


def format_warnings_text(review: Review) -> str:
    """Human-readable report: one line per category, its evidence, and the note."""
    lines: list[str] = []
    title = review.metadata.title or review.metadata.source_name or "review"
    if not review.warnings:
        lines.append(f"{title}: no content warnings.")
    else:
        lines.append(f"{title}: {len(review.warnings)} content warning(s)")
        for w in review.warnings:
            flag = "shown" if w.shown else "not shown"
            lines.append(
                f"  {w.category} ({lx.NAMES[w.category]}): severity {w.severity} ({_SEVERITY_WORDS[w.severity]}), "
                f"confidence {w.confidence:.2f}, {w.source}, {flag}"
            )
            for e in w.evidence[:5]:
                phrases = f" [{', '.join(e.phrases)}]" if e.phrases else ""
                lines.append(f"    {e.sentence_id}: {_clip(e.text)}{phrases}")
            if len(w.evidence) > 5:
                lines.append(f"    ... and {len(w.evidence) - 5} more sentence(s)")
    if not detector_knows(review.metadata.language):
        lines.append(f"Not analysed: {analysis_status(review)[1]}.")
    note = review.content_note.text if review.content_note else None
    lines.append(f"Note: {note}" if note else "Note: none needed.")
    return "\n".join(lines)


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
