"""The learned sentence model: per-category probabilities and a severity for each sentence.

Why: word lists cannot tell "the jokes kill" from "the soldiers kill", a
villain's menace in a cartoon from a war documentary, or a paraphrase with no
keyword ("they tore off his fingernails"). A linear model over word n-grams,
character n-grams and the lexicon's own findings, trained on thousands of
labelled review sentences, learns those contexts.

Runtime is numpy only: features are hashed with a stable hash (crc32) into a
fixed space, and the shipped weights (``data/warnings_model.npz``, float16)
are dotted with them. Training (tools/train_warnings_model.py, scikit-learn,
fixed seed) uses :func:`features` too, so both sides see the same features.
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from dataclasses import dataclass
from importlib import resources

import numpy as np

from .review_level import ReviewModels

N_FEATURES = 1 << 17
CUE_REPEAT = 3
MODEL_FILE = "warnings_model.npz"
META_FILE = "warnings_model.json"

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[!?]")
_STOP = frozenset("a an the of and or to in on at for with by from is are was were be been it its this that".split())


def _h(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) & (N_FEATURES - 1)


def features(text: str, cues: list[str] | tuple[str, ...] = ()) -> list[int]:
    """Hashed feature indices of one sentence: words, word pairs, character
    3-5-grams inside words, and cue tokens (the lexicon's findings, such as
    ``lex:violence:2`` or ``neg``). Duplicates are kept (counts)."""
    low = text.lower()
    words = _TOKEN.findall(low)
    out = [_h("w:" + w) for w in words]
    out += [_h("b:" + a + " " + b) for a, b in zip(words, words[1:]) if not (a in _STOP and b in _STOP)]
    for w in words:
        if len(w) < 3:
            continue
        padded = f"<{w}>"
        n = len(padded)
        for size in (3, 4, 5):
            out += [_h("c:" + padded[i:i + size]) for i in range(n - size + 1)]
    # The lexicon's findings weigh as much as a few words each (measured: +0.02-0.03 F1 in CV).
    out += [_h("x:" + c) for c in cues] * CUE_REPEAT
    return out


@dataclass
class Model:
    """Weights for 18 presence classifiers and one 3-way severity classifier."""

    categories: list[str]
    weights: np.ndarray  # (categories, N_FEATURES)
    bias: np.ndarray  # (categories,)
    sev_weights: np.ndarray  # (3, N_FEATURES): severities 1, 2, 3
    sev_bias: np.ndarray  # (3,)
    thresholds: dict[str, float]
    meta: dict
    review: ReviewModels | None = None  # the review-level models (absent in older files)

    def probabilities(self, rows: list[list[int]]) -> np.ndarray:
        """(sentences, categories) probabilities that a sentence carries each category."""
        scores = np.stack([self._dot(self.weights, idx) for idx in rows]) + self.bias if rows else \
            np.zeros((0, len(self.categories)))
        return 1.0 / (1.0 + np.exp(-scores))

    def severity(self, idx: list[int], category: str) -> tuple[int, np.ndarray]:
        """The most likely severity (1-3) of ``category`` in the sentence with features ``idx``."""
        extra = [_h("x:cat:" + category)]
        logits = self._dot(self.sev_weights, idx + extra) + self.sev_bias
        p = np.exp(logits - logits.max())
        p /= p.sum()
        return int(np.argmax(p)) + 1, p

    @staticmethod
    def _dot(weights: np.ndarray, idx: list[int]) -> np.ndarray:
        if not idx:
            return np.zeros(weights.shape[0], dtype=np.float32)
        cols, values = row_values(idx)  # scaled exactly like the training rows
        return weights[:, cols].astype(np.float32) @ values


def row_values(idx: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of one sentence: counts scaled sublinearly (1 + log tf) and
    L2-normalised; training builds its rows with it and :meth:`Model._dot` weighs with it."""
    cols = np.asarray(idx, dtype=np.int64)
    uniq, counts = np.unique(cols, return_counts=True)
    values = (1.0 + np.log(counts)).astype(np.float32)
    values /= np.sqrt((values * values).sum()) if len(values) else 1.0
    return uniq, values


@functools.lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when the package carries none (analysis then
    falls back to the lexicon alone). Loaded once per process, offline."""
    base = resources.files("audioreview") / "data"
    try:
        with (base / MODEL_FILE).open("rb") as f:
            data = np.load(f)
            arrays = {k: data[k] for k in data.files}
        meta = json.loads((base / META_FILE).read_text("utf-8"))
    except (FileNotFoundError, OSError):
        return None
    return Model(
        categories=list(meta["categories"]),
        weights=arrays["weights"],
        bias=arrays["bias"].astype(np.float32),
        sev_weights=arrays["sev_weights"],
        sev_bias=arrays["sev_bias"].astype(np.float32),
        thresholds=dict(meta.get("thresholds", {})),
        meta=meta,
        review=_review_models(arrays, meta),
    )


REVIEW_ARRAYS = ("review_presence_w", "review_severity_w", "review_severity_b", "review_note_w")


def _review_models(arrays: dict[str, np.ndarray], meta: dict) -> ReviewModels | None:
    if not all(k in arrays for k in REVIEW_ARRAYS) or "review_level" not in meta:
        return None
    level = meta["review_level"]
    return ReviewModels(
        presence_w=arrays["review_presence_w"].astype(np.float64),
        presence_b=float(level["presence_b"]),
        severity_w=arrays["review_severity_w"].astype(np.float64),
        severity_b=arrays["review_severity_b"].astype(np.float64),
        note_w=arrays["review_note_w"].astype(np.float64),
        note_b=float(level["note_b"]),
        presence_threshold=float(level["presence_threshold"]),
        note_threshold=float(level["note_threshold"]),
    )
