"""The learned re-ranker of the work's title candidates (docs/readers.md, "The work reviewed").

:func:`.work.find_work` adds up hand-set points per candidate title; the best
:data:`.work.RANK_K` of them by points are then described by generic features
(:data:`FEATURES`: the points and rank, the kinds of evidence, where and how
often the review says the candidate, its shape, whether it reads as a person)
and a logistic model scores each one. The candidate with the highest score is
the title (never a character, a name the infobox or byline gave or a person's name said
as a person, unless it is the best by points: :func:`eligible`); its share of the scores (a softmax over the candidates) is the
confidence. The weights live in ``data/title_ranker.json``, written by
``tools/train_title_ranker.py`` (scikit-learn, at training time only); scoring
here is pure Python.
"""

from __future__ import annotations

from . import ranking
from .ranking import Model

MODEL_FILE = "title_ranker.json"

# The feature vector's layout; the shipped model names the same list (checked on loading).
FEATURES: tuple[str, ...] = (
    "points", "rank", "is_top", "gap", "ratio", "n_whys",
    "why_headline", "why_headline-span", "why_italic", "why_quoted", "why_by", "why_by-line", "why_year", "why_is-a",
    "why_box-head", "why_possessive", "why_kind-noun", "why_consumed", "why_subject", "why_named", "why_recurs",
    "why_file-name", "why_lower",
    "evidence_pts", "recurs_pts", "marks", "said", "never_said", "mentions", "spread", "first_at", "first_para",
    "words", "one_word", "chars", "digit", "colon", "comma", "article", "caps", "all_caps", "small_inside",
    "in_headline", "person", "person_said", "character", "creator", "name_like", "common_word", "org", "compared",
    "inside_top", "holds_top",
)


def load_model() -> Model | None:
    """(weights, intercept) of the shipped model, or None when there is none or it was trained on
    other features (then the hand rules decide alone)."""
    return ranking.load(MODEL_FILE, FEATURES)


_REFUSED = (FEATURES.index("character"), FEATURES.index("person"))
_SAID_AS_PERSON, _NAME_LIKE = FEATURES.index("person_said"), FEATURES.index("name_like")


def eligible(rank: int, row: list[float]) -> bool:
    """Whether the ranker may choose this candidate: the best by points always; another never when
    the review uses it as a character ("Nico (Sam Hale)", "Sam Hale as Nico"), it is a name the
    infobox or the byline gave (the cast, the reviewer, the outlet), or a first name and a surname
    said as a person is ("Mara Quill narrates"): the tuning sets hold too few of those for the
    model to learn to refuse them."""
    return rank == 0 or not (any(row[i] for i in _REFUSED) or row[_SAID_AS_PERSON] and row[_NAME_LIKE])


def choose(rows: list[list[float]], model: Model | None = None) -> tuple[int, float] | None:
    """(the index of the candidate chosen, its probability), or None without a model."""
    probs = probabilities(rows, model)
    if probs is None:
        return None
    pick = max((i for i, row in enumerate(rows) if eligible(i, row)), key=lambda i: (probs[i], -i))
    return pick, probs[pick]


def probabilities(rows: list[list[float]], model: Model | None = None) -> list[float] | None:
    """Each candidate's share of the model's belief that it is the title (they sum to 1)."""
    return ranking.shares(rows, model or load_model())
