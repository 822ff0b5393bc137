"""The learned re-ranker of the work's creator candidates (docs/readers.md, "The creator ranker").

:func:`.work.find_work` gives each name a role pattern or a title said with its maker found a
hand-set confidence (the pattern's, the kind of role against the work's kind, how often the review
comes back to the name); the names that pass its exclusions (the reviewer and cast, a channel, a
source's author, a sentence opener) are grouped by the name they would be given, best by confidence
first. Each is then described by generic features (:data:`FEATURES`) and a logistic model scores it;
the highest score wins. The weights live in ``data/creator_ranker.json``, written by
``tools/train_creator_ranker.py`` (scikit-learn, at training time only); scoring here is pure
Python. Whether the work has a creator at all stays the hand rules' decision.
"""

from __future__ import annotations

from . import ranking
from .ranking import Model

MODEL_FILE = "creator_ranker.json"

# The feature vector's layout; the shipped model names the same list (checked on loading).
FEATURES: tuple[str, ...] = (
    "conf", "rank", "is_top", "gap", "entries", "n_role", "n_linked", "linked_title",
    "kind_match", "kind_other", "kind_none",
    "role_film", "role_tv", "role_book", "role_game", "role_other",
    "mentions", "never_again", "first_at", "first_para", "in_headline", "with_title", "most_named",
    "surname_people", "acts", "linked_only", "one_word", "words", "pair", "org", "all_caps", "expanded", "extra",
    "most_mentioned", "mention_share", "earliest", "person_shape",
)


def load_model() -> Model | None:
    """(weights, intercept) of the shipped model, or None when there is none or it was trained on
    other features (then the hand rules decide alone)."""
    return ranking.load(MODEL_FILE, FEATURES)


def probabilities(rows: list[list[float]], model: Model | None = None) -> list[float] | None:
    """Each candidate's share of the model's belief that it is the creator (they sum to 1)."""
    return ranking.shares(rows, model or load_model())


def choose(rows: list[list[float]], model: Model | None = None) -> int | None:
    """The index of the candidate chosen (the best by confidence on equal scores), or None without a model."""
    probs = probabilities(rows, model)
    if probs is None:
        return None
    return max(range(len(rows)), key=lambda i: (probs[i], -i))
