"""What the learned re-rankers share (:mod:`.title_ranker`, :mod:`.creator_ranker`,
:mod:`.byline_ranker`, :mod:`.publication_ranker`): loading a shipped linear model, turning its
scores into each candidate's share, and choosing among the candidates it may choose. Pure Python:
the weights were fitted at training time (tools/ranker_training.py), nothing is learned here."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

Model = tuple[list[float], float]


@dataclass
class Candidate:
    """A candidate of a ranker that reads the text's ends (byline, publication): the name it would
    give (None: the text gives none) and its feature vector."""

    name: str | None
    row: list[float]


@functools.lru_cache(maxsize=8)
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


def end_candidates(zone: list[tuple[int, str]], rules: str | None, spans: Callable[[str], list[str]],
                   row: Callable[[str, bool], list[float]], features: tuple[str, ...], limit: int) -> list[Candidate]:
    """The candidates of a ranker of the text's ends: the rules' pick first (or "none" first when they
    gave none), then each span of the ``zone``'s lines not seen before (case-blind; at most ``limit``
    names), then "none"; each with its row (``row(name, is_the_rules_pick)``; "none" has only its
    ``none`` and, when the rules gave none, its ``rules_none`` feature set)."""
    names: list[str] = [rules] if rules else []
    seen = {rules.casefold()} if rules else set()
    for _, line in zone:
        for span in spans(line):
            if span.casefold() not in seen and len(names) < limit:
                seen.add(span.casefold())
                names.append(span)
    none_row = [0.0] * len(features)
    none_row[features.index("none")] = 1.0
    none_row[features.index("rules_none")] = float(rules is None)
    out = [Candidate(None, none_row)] if rules is None else []
    out += [Candidate(name, row(name, name == rules)) for name in names]
    if rules is not None:
        out.append(Candidate(None, none_row))
    return out


def choose_eligible(rows: list[list[float]], probs: list[float] | None, eligible: Callable[[list[float]], bool],
                    rules: Callable[[list[float]], bool] | None = None) -> int | None:
    """The index of the eligible candidate with the largest share (the first on equal shares), or None
    without a model. With ``rules`` (which row is the hand rules' pick): when the model's favourite is
    one it may not choose, the rules' pick, not the runner-up; the model was misled, and its second
    guess is no better informed."""
    if probs is None:
        return None
    best = max(range(len(rows)), key=lambda i: (probs[i], -i))
    if rules is not None and not eligible(rows[best]):
        return next((i for i, row in enumerate(rows) if rules(row)), None)
    return max((i for i, row in enumerate(rows) if eligible(row)), key=lambda i: (probs[i], -i))


def pick(found: list[Candidate], choose: Callable[[list[list[float]]], int | None]) -> Candidate | None:
    """The candidate ``choose`` picks from their rows, or None without candidates or a model (the rules decide)."""
    if not found:
        return None
    at = choose([c.row for c in found])
    return None if at is None else found[at]
