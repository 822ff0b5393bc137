"""Read a rating as reviews write it ("Rating: 9/10", "4 out of 5", "★★★½", "B+").

Why a parser of its own: readers must tell a rating *line* (metadata, taken out
of the body) from prose that merely mentions numbers, so :func:`parse_rating`
only accepts text that is a rating and nothing else, with an optional label
("Rating:", "Verdict:", "Score:", "Grade:", "Our rating:", "Stars:").
"""

from __future__ import annotations

import re

from ..model import Rating

_LABEL = r"(?:(?:our|my|final|overall)\s+)?(?:rating|verdict|score|grade|stars|mark)"
_LABEL_RE = re.compile(rf"^\s*{_LABEL}\s*[:\-–—]\s*", re.IGNORECASE)
_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"
# "9/10", "9 / 10", "4.5/5 stars"
_SLASH_RE = re.compile(rf"^{_NUM}\s*/\s*{_NUM}(?:\s+stars?)?$", re.IGNORECASE)
# "4 out of 5", "8.5 out of 10 stars", "4 stars out of 5"
_OUT_OF_RE = re.compile(rf"^{_NUM}(?:\s+stars?)?\s+(?:out\s+of|of)\s+{_NUM}(?:\s+stars?)?$", re.IGNORECASE)
# "4 stars", "3.5 stars" (scale 5)
_STARS_WORD_RE = re.compile(rf"^{_NUM}\s+stars?$", re.IGNORECASE)
# "85%"
_PERCENT_RE = re.compile(rf"^{_NUM}\s*%$")
# "★★★½", "★★★☆☆", "****", "***1/2"
STAR_GLYPHS = "★✭✮⭐"  # a filled star, as reviews type it (and "*" on a rating line of its own)
EMPTY_STAR_GLYPHS = "☆✩"
_STARS_RE = re.compile(rf"^([{re.escape(STAR_GLYPHS)}*]+)\s*(½|1/2|\.5)?\s*([{EMPTY_STAR_GLYPHS}]*)$")


_STARS_SCORE_RE = re.compile(rf"^(?P<stars>[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?)\s+\(?(?P<score>[\d.]+\s*/\s*\d+)\)?$")


def star_counts(stars: str) -> tuple[int, bool, int]:
    """(filled, half, empty) stars in a run such as "★★★½☆": the one reading of
    star glyphs, for the rating and for speech ("three and a half stars out of five")."""
    filled = sum(stars.count(c) for c in STAR_GLYPHS + "*")
    empty = sum(stars.count(c) for c in EMPTY_STAR_GLYPHS)
    return filled, "½" in stars or "1/2" in stars or ".5" in stars, empty
# Letter grades "A", "B+", "C-", "A−"; only with a label, or when alone with +/-.
_GRADE_RE = re.compile(r"^([A-DF])\s*([+\-−–]?)$")

_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_WORD_OUT_OF_RE = re.compile(
    r"^(zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+and\s+a\s+half)?(?:\s+stars?)?"
    r"(?:\s+out\s+of\s+(five|ten))?(?:\s+stars?)?$",
    re.IGNORECASE,
)


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _checked(text: str, value: float, scale: float) -> Rating | None:
    if scale <= 0 or value < 0 or value > scale:
        return None
    return Rating(text=text, value=value, scale=scale)


def parse_rating(text: str) -> Rating | None:
    """The rating ``text`` states, or None when ``text`` is not just a rating.

    Numbers are normalised to ``value``/``scale`` (stars and "N stars" use a scale
    of 5, percentages 100); letter grades keep ``value=None`` and set ``grade``.
    A bare letter ("B") counts only after a label ("Grade: B"), a bare number
    never does.
    """
    whole = " ".join(text.split())
    body = whole.rstrip(".!").strip()
    labelled = bool(_LABEL_RE.match(body))
    body = _LABEL_RE.sub("", body, count=1).strip().rstrip(".!").strip()
    original = body  # as written, without its "Rating:" label
    if not body or len(body) > 40:
        return None
    if m := _SLASH_RE.match(body):
        return _checked(original, _num(m[1]), _num(m[2]))
    if m := _OUT_OF_RE.match(body):
        return _checked(original, _num(m[1]), _num(m[2]))
    if m := _STARS_WORD_RE.match(body):
        return _checked(original, _num(m[1]), 5.0)
    if m := _PERCENT_RE.match(body):
        return _checked(original, _num(m[1]), 100.0)
    if (m := _STARS_SCORE_RE.match(body)) and (stars := parse_rating(m["stars"])) and (score := parse_rating(m["score"])) \
            and stars.value is not None and score.value is not None and stars.value * score.scale == score.value * stars.scale:
        return _checked(original, score.value, score.scale)  # "★★★★☆☆☆☆☆☆  4/10", "★★★★★ (5/5)": the stars, then their score
    if m := _STARS_RE.match(body):
        full, halved, empty = star_counts(body)
        half = 0.5 if halved else 0.0
        scale = float(full + empty + (1 if half else 0)) if empty else 5.0
        return _checked(original, full + half, max(scale, 5.0) if not empty else scale)
    if m := _WORD_OUT_OF_RE.match(body):
        if not (labelled or m[2] or re.search(r"stars?", body, re.IGNORECASE)):
            return None
        value = _WORD_NUMBERS[m[1].lower()] + (0.5 if "half" in body.lower() else 0.0)
        scale = float(_WORD_NUMBERS[m[2].lower()]) if m[2] else 5.0
        return _checked(original, value, scale)
    if m := _GRADE_RE.match(body):
        sign = m[2].replace("−", "-").replace("–", "-")
        if not labelled and not sign:
            return None
        return Rating(text=original, grade=m[1] + sign)
    return None
