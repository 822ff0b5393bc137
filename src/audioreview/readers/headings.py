"""Headings for derived sections that say what each part discusses.

Why: a screen-reader user moves by headings, and WCAG 2.4.6 asks that headings
describe their topic; "Part 2" tells them nothing. A derived section's heading
is drawn from its own text: the names and phrases it uses much more than the
rest of the review does (tf-idf across the review's sections) and much more
than English does in general (wordfreq's Zipf frequency as the background).
Two people or places that lead together become "Khaled and Mahmoud"; otherwise
the best phrase, in sentence case ("The White Helmets", "Lighthouse keepers").
Deterministic: ties break by the phrase itself. See docs/readers.md.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..model import Section
from .frequency import zipf

_STOP = frozenset("""
a about above after again against all almost also although always am among an and another any anyone anything
are around as at away back be became because become becomes been before being below best better between both
but by can cannot could did do does doing done down during each either else enough even ever every everything
few film films first for from further get gets getting give given gives go goes going gone good got great had
has have having he her here hers herself him himself his how however i if in into is it its itself just know
last least less let like likely little lot made make makes making many may me might more most much must my
myself need never new next no nor not nothing now of off often on once one only or other others our ours out
over own part perhaps quite rather really review right same see seems seen she should show shows since so some
something sometimes still such take takes than that the their theirs them themselves then there these they thing
things think this those though through thus time times to too two under until up upon us very was way we well
were what whatever when where whether which while who whom whose why will with within without would yet you
your yours yourself book books novel game games series season episode episodes story work works movie movies
viewer viewers reader readers player players watch watching read reading play playing end ends ending
year years minute minutes hour hours moment moments scene scenes kind sort bit lot feel feels felt look looks
looking seem seemed ever never anyone someone everyone people person man men woman women world life thing
""".split())
_WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’\-]*")
_PLACEHOLDER = re.compile(r"^(?:part \d+|discussion|review)(?: \(continued\))?$", re.IGNORECASE)
_KEEP = {"Opening", "Verdict"}
RARE_ZIPF = 3.5  # a word used once names a part only when it is this rare (wordfreq Zipf)
UNCOMMON_ZIPF = 4.0  # else, before a placeholder, one this uncommon ("explosions", "therapist"; not "paragraph")


def _phrases(text: str, skip: set[str]) -> Counter[str]:
    """Candidate phrases: runs of capitalised words (names, places) and one or two
    content words. Sentence-opening capitals are not names."""
    found: Counter[str] = Counter()
    for sentence in re.split(r"(?<=[.!?…])\s+", text):
        words = _WORD_RE.findall(sentence)
        names: list[str] = []
        for i, w in enumerate(words + [""]):
            is_name = bool(w) and w[:1].isupper() and i > 0 and w.lower() not in _STOP
            if is_name:
                names.append(w.rstrip("'’s") if w.endswith(("'s", "’s")) else w)
                continue
            if names:
                phrase = " ".join(names)
                if phrase.lower() not in skip:
                    found[phrase] += 2
                names = []
        content = [w.lower() for w in words if w.lower() not in _STOP and len(w) > 3 and not w[:1].isupper()]
        for w in content:
            if w not in skip:
                found[w] += 1
        for a, b in zip(words, words[1:]):
            la, lb = a.lower(), b.lower()
            if la in _STOP or lb in _STOP or len(la) < 4 or len(lb) < 4 or a[:1].isupper() or b[:1].isupper():
                continue
            found[f"{la} {lb}"] += 1
    return found


def describe(sections: list[Section], language: str = "en", skip: set[str] | None = None) -> None:
    """Give every derived, placeholder-headed section a descriptive heading, in place.

    ``skip``: phrases never used as a heading (the work's title, the reviewer):
    they run through the whole review and describe no single part of it."""
    if len(sections) < 2:
        return  # a one-part review keeps "Review"
    skip = {s.lower() for s in (skip or set()) if s}
    texts = [" ".join(b.text for b in s.blocks) for s in sections]
    counts = [_phrases(t, skip) for t in texts]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(sections)
    used = {s.heading for s in sections if not _PLACEHOLDER.match(s.heading) and not s.heading.endswith("(continued)")}
    for section, phrases in zip(sections, counts):
        if not section.derived or section.heading in _KEEP:
            continue
        if not (_PLACEHOLDER.match(section.heading) or section.heading.endswith("(continued)")):
            if section.heading not in used or list(s.heading for s in sections).count(section.heading) == 1:
                continue
        ranked = _rank(phrases, df, n, language)
        heading = _heading(ranked, used, "")
        for limit in (RARE_ZIPF, UNCOMMON_ZIPF):  # a short part says nothing twice: a rare word of it, said once
            if not heading:
                rare = [(sc, ph) for sc, ph in _rank(phrases, df, n, language, min_tf=1)
                        if all(zipf(w.lower(), language) < limit for w in ph.split())]
                heading = _heading(rare, used, "")
        heading = heading or section.heading
        section.heading = heading
        used.add(heading)


def _rank(phrases: Counter[str], df: Counter[str], n: int, language: str, min_tf: int = 2) -> list[tuple[float, str]]:
    scored = []
    for phrase, tf in phrases.items():
        words = phrase.split()
        rarity = sum(max(0.0, 6.5 - zipf(w.lower(), language)) for w in words) / len(words)
        idf = math.log((n + 1) / (df[phrase] + 0.5))
        proper = phrase[:1].isupper()
        score = tf * idf * rarity * (1.3 if proper else 1.0) * (1.15 if len(words) > 1 else 1.0)
        if df[phrase] >= n:
            continue  # in every part: it describes none of them
        if tf >= min_tf or proper:
            scored.append((score, phrase))
    scored.sort(key=lambda sp: (-sp[0], sp[1]))
    return scored


def _heading(ranked: list[tuple[float, str]], used: set[str], fallback: str) -> str:
    """The best phrase not used yet; two leading names become "A and B"."""
    if len(ranked) >= 2 and ranked[0][1][:1].isupper() and ranked[1][1][:1].isupper() \
            and ranked[1][0] >= 0.6 * ranked[0][0] and len((ranked[0][1] + ranked[1][1]).split()) <= 5:
        pair = f"{ranked[0][1]} and {ranked[1][1]}"
        if pair not in used and ranked[0][1] not in ranked[1][1] and ranked[1][1] not in ranked[0][1]:
            return pair
    for _, phrase in ranked:
        heading = phrase if phrase[:1].isupper() else phrase[:1].upper() + phrase[1:]
        if heading not in used and len(heading.split()) <= 6:
            return heading
    return fallback
