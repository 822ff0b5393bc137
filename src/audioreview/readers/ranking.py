"""What the learned re-rankers share (:mod:`.title_ranker`, :mod:`.creator_ranker`): loading a
shipped linear model and turning its scores into each candidate's share. Pure Python: the
weights were fitted at training time (tools/ranker_training.py), nothing is learned here."""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

Model = tuple[list[float], float]


@functools.lru_cache(maxsize=4)
def load(file_name: str, features: tuple[str, ...]) -> Model | None:
    """(weights, intercept) of ``data/<file_name>``, or None when there is none or it was trained
    on other features (then the hand rules decide alone)."""
    try:
        meta = json.loads((resources.files("audioreview") / "data" / file_name).read_text("utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    if tuple(meta.get("features", ())) != features:
        return None
    return [float(w) for w in meta["weights"]], float(meta["intercept"])


def logit(row: list[float], model: Model) -> float:
    weights, intercept = model
    return intercept + sum(w * x for w, x in zip(weights, row))


def shares(rows: list[list[float]], model: Model | None) -> list[float] | None:
    """Each candidate's share of the model's belief that it is the one (a softmax; they sum to 1)."""
    if model is None or not rows:
        return None
    scores = [logit(row, model) for row in rows]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
