"""Train the content-warning sentence model shipped in src/audioreview/data/.

    pip install -e '.[learn]'
    python tools/train_warnings_model.py          # rewrites warnings_model.npz + .json

One reproducible command: fixed seeds, liblinear (deterministic), features from
:func:`audioreview.analysis.learned.features` (the same code the package runs).
Training data: the labelled sentences of tests/data/warnings (sentences.jsonl's
dev/heldout/heldout2 splits and corpus_*_sentences.jsonl). The labelled reviews
(reviews.jsonl, corpus_*_reviews.jsonl) are kept out: they are the development
set for the review-level judgement. Never the blind sets (heldout3_*, blind_*):
they are only scored.

The JSON records a SHA-256 of the training files and of the weights file;
tests/test_warnings_model.py checks both, so the shipped model always matches
the data it was trained on. CI never trains.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from audioreview.analysis.learned import META_FILE, MODEL_FILE, N_FEATURES, Model, features, row_values  # noqa: E402
from audioreview.analysis.lexicons import CATEGORIES  # noqa: E402
from audioreview.analysis.content_warnings import lexicon_cues  # noqa: E402

DATA = ROOT / "tests" / "data" / "warnings"
OUT = ROOT / "src" / "audioreview" / "data"
SEED = 20261201
C_PRESENCE = 16.0
C_SEVERITY = 2.0


def training_files() -> list[Path]:
    """The files the model is trained on, in a fixed order."""
    return [DATA / "sentences.jsonl", *sorted(DATA.glob("corpus_*_sentences.jsonl"))]


def data_hash(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_examples() -> list[tuple[str, dict[str, int]]]:
    """(sentence, {category: severity}) pairs."""
    from audioreview.readers.sentences import sentence_spans

    out: list[tuple[str, dict[str, int]]] = []
    for path in training_files():
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "paragraphs" in row:
                if row["labels"]:
                    continue  # review-level labels do not say which sentence holds them
                for para in row["paragraphs"]:
                    out += [(para[a:b], {}) for a, b in sentence_spans(para, "en")]
            elif row.get("split", "dev") in ("dev", "heldout", "heldout2") or path.name.startswith("corpus_"):
                out.append((row["text"], {lab["category"]: lab["severity"] for lab in row["labels"]}))
    return out


def matrix(rows: list[list[int]]) -> sp.csr_matrix:
    indptr, indices, values = [0], [], []
    for idx in rows:
        cols, vals = row_values(idx)
        indices.append(cols)
        values.append(vals)
        indptr.append(indptr[-1] + len(cols))
    return sp.csr_matrix((np.concatenate(values), np.concatenate(indices), np.asarray(indptr)),
                         shape=(len(rows), N_FEATURES))


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The probability cut with the best F1 on out-of-fold predictions (at least 0.1)."""
    best, best_f1 = 0.5, -1.0
    for t in np.arange(0.1, 0.86, 0.025):
        pred = p >= t
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(t), f1
    return round(best, 3)


def train(examples: list[tuple[str, dict[str, int]]], rows: list[list[int]] | None = None,
          tune_thresholds: bool = True) -> Model:
    """Fit the presence models (thresholds from 5-fold out-of-fold F1) and the severity model."""
    from sklearn.linear_model import LogisticRegression  # the `learn` extra; hashing needs none of it
    from sklearn.model_selection import StratifiedKFold
    rows = rows if rows is not None else [features(text, lexicon_cues(text)) for text, _ in examples]
    x = matrix(rows)
    weights = np.zeros((len(CATEGORIES), N_FEATURES), dtype=np.float32)
    bias = np.zeros(len(CATEGORIES), dtype=np.float32)
    thresholds: dict[str, float] = {}
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for i, cat in enumerate(CATEGORIES):
        y = np.array([cat in labels for _, labels in examples])
        if tune_thresholds:
            oof = np.zeros(len(examples))
            for tr, te in folds.split(x, y):
                m = LogisticRegression(C=C_PRESENCE, solver="liblinear", random_state=SEED, max_iter=500)
                oof[te] = m.fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
            thresholds[cat] = best_threshold(y, oof)
        else:
            thresholds[cat] = 0.5
        model = LogisticRegression(C=C_PRESENCE, solver="liblinear", random_state=SEED, max_iter=500).fit(x, y)
        weights[i] = model.coef_[0]
        bias[i] = model.intercept_[0]
    # Severity: one 3-way model over (sentence, category) pairs, the category as a feature.
    sev_rows, sev_y = [], []
    for (_, labels), idx in zip(examples, rows):
        for cat, sev in labels.items():
            sev_rows.append(idx + features("", [f"cat:{cat}"]))
            sev_y.append(sev)
    sev_model = LogisticRegression(C=C_SEVERITY, solver="lbfgs", max_iter=2000, random_state=SEED)
    sev_model.fit(matrix(sev_rows), np.array(sev_y))
    assert list(sev_model.classes_) == [1, 2, 3]
    return Model(categories=list(CATEGORIES), weights=weights.astype(np.float16), bias=bias,
                 sev_weights=sev_model.coef_.astype(np.float16), sev_bias=sev_model.intercept_.astype(np.float32),
                 thresholds=thresholds, meta={})


def main() -> None:
    import sklearn

    examples = load_examples()
    model = train(examples)
    for cat in CATEGORIES:
        print(f"{cat:<22} positives {sum(cat in lab for _, lab in examples):>4}  threshold {model.thresholds[cat]}")
    OUT.mkdir(parents=True, exist_ok=True)
    model_path = OUT / MODEL_FILE
    with open(model_path, "wb") as f:
        np.savez_compressed(f, weights=model.weights, bias=model.bias, sev_weights=model.sev_weights,
                            sev_bias=model.sev_bias)
    files = training_files()
    meta = {
        "categories": list(CATEGORIES),
        "n_features": N_FEATURES,
        "thresholds": model.thresholds,
        "seed": SEED,
        "c_presence": C_PRESENCE,
        "c_severity": C_SEVERITY,
        "sentences": len(examples),
        "positives": {c: int(sum(c in lab for _, lab in examples)) for c in CATEGORIES},
        "training_files": [p.relative_to(ROOT).as_posix() for p in files],
        "data_sha256": data_hash(files),
        "model_sha256": hashlib.sha256(model_path.read_bytes()).hexdigest(),
        "trained_with": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}",
    }
    (OUT / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(f"{len(examples)} sentences; wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
