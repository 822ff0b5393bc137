"""The learned review-level judgement: which categories a whole review carries,
how severe each is, and whether the review needs a content note.

Why: a review is more than its strongest sentence. One sentence that looks
like violence in a cartoon review, a murder named in passing in a cosy
mystery, or a war documentary that describes a child's death in three calm
sentences are told apart by how many sentences carry a category and how
surely, how graphic they are, the register of the review (an animated family
film, a nature series, a cookbook, a farce) and whether it warns its own
readers. Hand-set rules over those signals missed on unseen reviews (one
benign review in five got a note), so three small linear models weigh them:

* presence: per category, from :func:`category_features`;
* severity (1-3) of a present category, from the same features;
* "needs a note", from :func:`note_features` (a summary over categories).

They are trained on the labelled reviews (tools/train_warnings_model.py) and
ship in the same file as the sentence model; numpy alone runs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from . import lexicons as lx

# A review that warns its own readers.
SELF_WARNING = re.compile(
    r"\b(?:be (?:fore)?warned|forewarned|not for the faint[- ]hearted|not for the faint of heart|trigger warning|"
    r"content warning|viewer discretion|reader discretion|consider yourselves? warned|you have been warned|"
    r"not for the squeamish|hard to watch|difficult to watch|tough watch|hard to read|harrowing)\b", re.I)
# Registers where menace, peril and passing mentions are part of the genre, not material to warn of.
GENTLE_REGISTER = re.compile(
    r"\b(?:animated|animation|pixar|cartoon|family film|family-friendly|for all ages|kids|children's film|"
    r"nature documentary|wildlife|cookbook|recipes?|restaurant|menu|farce|sitcom|rom-?com|romantic comedy|"
    r"musical|cosy|cozy|picture book|bake|baking|comedy|comic|slapstick|jokes|hilarious|laughed|silly)\b", re.I)
REAL_EVENT = re.compile(lx.REAL_EVENT)

MIN_SENTENCES = 6  # shorter texts (a sentence, a blurb) are judged by the rule: the models never saw them
N_SUMMARY = 19  # per-category summary features; a one-hot of the category follows
_ALWAYS = [lx.CATEGORIES.index(c) for c in sorted(lx.ALWAYS_SHOWN)]


@dataclass
class Register:
    """What the whole review says about its own register."""

    gentle: bool
    real: bool
    self_warning: bool

    @classmethod
    def of(cls, body: str, title: str) -> Register:
        gentle = len(GENTLE_REGISTER.findall(body)) >= 2 or bool(GENTLE_REGISTER.search(title or ""))
        return cls(gentle, bool(REAL_EVENT.search(body.lower())), bool(SELF_WARNING.search(body)))


def category_features(probs: np.ndarray, thresholds: list[float], lexicon: list[dict[str, int]],
                      graphic: list[bool], severity: list[dict[int, np.ndarray]], register: Register) -> np.ndarray:
    """(categories, features): per category, a summary of its sentences.

    ``probs``: (sentences, categories) from the sentence model; ``lexicon``: per
    sentence, category -> the lexicon's severity; ``graphic``: per sentence, its
    paragraph holds graphic detail; ``severity``: per sentence, category index ->
    the sentence model's severity probabilities (given for every sentence at or
    above the category's threshold, and for the category's top sentence)."""
    n, cats = probs.shape
    out = np.zeros((cats, N_SUMMARY + cats), dtype=np.float64)
    log_n = float(np.log(max(n, 1)))
    for j, cat in enumerate(lx.CATEGORIES):
        p = probs[:, j]
        if n == 0:
            out[j, N_SUMMARY + j] = 1.0
            continue
        order = np.argsort(-p, kind="stable")
        top = float(p[order[0]])
        above = np.flatnonzero(p >= thresholds[j])
        lex = [row[cat] for row in lexicon if cat in row]
        top_sev = severity[int(order[0])].get(j, np.array([1.0, 0.0, 0.0]))
        above_sev = [severity[int(i)][j] for i in above if j in severity[int(i)]]
        out[j, :N_SUMMARY] = [
            top,
            float(p[order[:3]].mean()),
            float(p.sum()),
            np.log1p(len(above)),
            np.log1p(int((p >= thresholds[j] / 2).sum())),
            len(above) / n,
            np.log1p(len(lex)),
            max(lex, default=0) / 3,
            float(top_sev[1] + 2 * top_sev[2]),
            max((float(s[2]) for s in above_sev), default=0.0),
            max((float(1 - s[0]) for s in above_sev), default=0.0),
            float(any(graphic[int(i)] for i in above)),
            float(register.gentle),
            float(register.real),
            float(register.self_warning),
            log_n,
            register.gentle * top,
            float(register.real and any(graphic[int(i)] for i in above)),
            top if cat in lx.ALWAYS_SHOWN else 0.0,
        ]
        out[j, N_SUMMARY + j] = 1.0
    return out


def note_features(x: np.ndarray) -> np.ndarray:
    """One row for the "needs a note" model: the strongest value of each summary
    feature over the categories, the gravest categories' own top probability and
    total, the second-strongest category's top probability, and how many
    categories have a sentence above one half."""
    summary = x[:, :N_SUMMARY]
    return np.concatenate([
        summary.max(axis=0),
        summary[_ALWAYS, 0],
        summary[_ALWAYS, 2],
        [np.sort(summary[:, 0])[-2], float((summary[:, 0] > 0.5).sum())],
    ])


@dataclass
class ReviewModels:
    """The three linear models (weights already include the training scaling)."""

    presence_w: np.ndarray  # (features,)
    presence_b: float
    severity_w: np.ndarray  # (3, features): severities 1, 2, 3
    severity_b: np.ndarray  # (3,)
    note_w: np.ndarray  # (note features,)
    note_b: float
    presence_threshold: float
    note_threshold: float


@dataclass
class Judgement:
    """The models' verdict on one review."""

    presence: np.ndarray  # (categories,) probabilities
    severity: np.ndarray  # (categories,) 1-3
    note: float  # probability that the review needs a note

    def verdict(self, presence_threshold: float, note_threshold: float) -> dict[int, int]:
        """Category index -> severity, made consistent with the note decision:
        without a note nothing is shown (the gravest categories, always shown
        when named, are dropped; the rest become mentions); with a note the
        strongest category is at least "described" when nothing else would show."""
        found = {j: int(self.severity[j]) for j in np.flatnonzero(self.presence >= presence_threshold)}
        if self.note < note_threshold:
            return {j: 1 for j in found if j not in _ALWAYS}
        if not any(j in _ALWAYS or s >= 2 for j, s in found.items()):
            j = max(found, key=lambda k: self.presence[k]) if found else int(np.argmax(self.presence))
            found[j] = max(2, found.get(j, 2))
        return found


def judge(models: ReviewModels, x: np.ndarray) -> Judgement:
    """Run the three models on a review's :func:`category_features`."""
    presence = 1.0 / (1.0 + np.exp(-(x @ models.presence_w + models.presence_b)))
    severity = np.argmax(x @ models.severity_w.T + models.severity_b, axis=1) + 1
    z = float(note_features(x) @ models.note_w + models.note_b)
    return Judgement(presence, severity, 1.0 / (1.0 + np.exp(-z)))
