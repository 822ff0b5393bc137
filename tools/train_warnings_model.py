"""Train the content-warning sentence model shipped in src/audioreview/data/.

    pip install -e '.[learn]'
    python tools/train_warnings_model.py          # rewrites warnings_model.npz + .json

One reproducible command: fixed seeds, liblinear (deterministic), features from
:func:`audioreview.analysis.learned.features` (the same code the package runs).
Two stages:

1. the sentence model, on the labelled sentences of tests/data/warnings
   (sentences.jsonl's dev/heldout/heldout2 splits and corpus_*_sentences.jsonl);
2. the review-level models (:mod:`audioreview.analysis.review_level`: presence,
   severity, needs-a-note), on the labelled reviews (reviews.jsonl,
   corpus_*_reviews.jsonl), whose sentences stage 1 never saw, with the
   features :func:`audioreview.analysis.content_warnings.review_features`
   computes from stage 1's output.

Never the blind sets (heldout3_*, blind_*): they are only scored.
``--cv`` prints leave-one-file-out figures for stage 2 (each review file judged
by models trained on the others) beside the hand-set rule, and writes nothing.

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
sys.path.insert(0, str(ROOT / "tools"))

from data_hash import data_hash  # noqa: E402

from audioreview.analysis.learned import META_FILE, MODEL_FILE, N_FEATURES, Model, features, row_values  # noqa: E402
from audioreview.analysis.lexicons import CATEGORIES  # noqa: E402
from audioreview.analysis.review_level import MIN_SENTENCES, ReviewModels, note_features  # noqa: E402
from audioreview.model import Review  # noqa: E402
from audioreview.analysis.content_warnings import lexicon_cues  # noqa: E402

DATA = ROOT / "tests" / "data" / "warnings"
OUT = ROOT / "src" / "audioreview" / "data"
SEED = 20261201
C_PRESENCE = 16.0
C_SEVERITY = 2.0


PRESENCE_THRESHOLD = 0.4  # chosen with --cv (0.4-0.5 all meet the targets; 0.4 keeps more recall)
NOTE_THRESHOLD = 0.5
C_REVIEW = 1.0


def training_files() -> list[Path]:
    """The files the model is trained on, in a fixed order."""
    return [*sentence_files(), *review_files()]


def sentence_files() -> list[Path]:
    return [DATA / "sentences.jsonl", *sorted(DATA.glob("corpus_*_sentences.jsonl"))]


def review_files() -> list[Path]:
    return [DATA / "reviews.jsonl", *sorted(DATA.glob("corpus_*_reviews.jsonl"))]


def load_examples() -> list[tuple[str, dict[str, int]]]:
    """(sentence, {category: severity}) pairs."""
    from audioreview.readers.sentences import sentence_spans

    out: list[tuple[str, dict[str, int]]] = []
    for path in sentence_files():
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


def load_reviews(path: Path) -> list[tuple[Review, dict[str, int], bool]]:
    """(review as the readers build one, {category: severity}, needs_note) per labelled review."""
    from audioreview.ids import assign_ids
    from audioreview.model import Block, Metadata, Section, Sentence, Work
    from audioreview.readers.sentences import sentence_spans

    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        blocks = [Block(id="", kind="paragraph",
                        sentences=[Sentence("", para[a:b]) for a, b in sentence_spans(para, "en")])
                  for para in row["paragraphs"]]
        review = assign_ids(Review(metadata=Metadata(title=row["title"], work=Work(title=row["work_title"])),
                                   sections=[Section(id="", heading="Review", blocks=blocks)]))
        out.append((review, {lab["category"]: lab["severity"] for lab in row["labels"]}, bool(row["needs_note"])))
    return out


def review_rows(model: Model, reviews: list[tuple[Review, dict[str, int], bool]],
                ) -> list[tuple[np.ndarray, dict[str, int], bool]]:
    """(review-level features, gold labels, needs_note) of each labelled review."""
    from audioreview.analysis.content_warnings import review_features

    return [(review_features(r, model), gold, note) for r, gold, note in reviews]


def _linear(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A logistic regression on standardised features, returned as (weights,
    bias) over the raw features: the scaling is folded into the weights."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    fit = LogisticRegression(C=C_REVIEW, max_iter=5000, random_state=SEED).fit(scaler.transform(x), y)
    coef = fit.coef_ / scaler.scale_
    return coef, fit.intercept_ - coef @ scaler.mean_


def train_review_level(rows: list[tuple[np.ndarray, dict[str, int], bool]]) -> ReviewModels:
    """Fit the presence, severity and needs-a-note models on labelled reviews."""
    x = np.vstack([f for f, _, _ in rows])
    present = np.array([c in gold for _, gold, _ in rows for c in CATEGORIES])
    pw, pb = _linear(x, present)
    sev_x = np.array([f[j] for f, gold, _ in rows for j, c in enumerate(CATEGORIES) if c in gold])
    sev_y = np.array([gold[c] for _, gold, _ in rows for c in CATEGORIES if c in gold])
    sw, sb = _linear(sev_x, sev_y)
    assert sw.shape[0] == 3, "every severity must occur in the labelled reviews"
    nw, nb = _linear(np.array([note_features(f) for f, _, _ in rows]), np.array([n for _, _, n in rows]))
    return ReviewModels(presence_w=pw[0], presence_b=float(pb[0]), severity_w=sw, severity_b=sb,
                        note_w=nw[0], note_b=float(nb[0]), presence_threshold=PRESENCE_THRESHOLD,
                        note_threshold=NOTE_THRESHOLD)


def review_cv(model: Model) -> None:
    """Leave-one-file-out figures of the review-level models against the rule."""
    from audioreview.analysis.content_warnings import is_shown
    from audioreview.analysis.review_level import judge

    reviews = {p.name: load_reviews(p) for p in review_files()}
    by_file = {name: review_rows(model, labelled) for name, labelled in reviews.items()}
    totals: dict[str, list] = {"rule": [], "learned": []}
    for name, rows in by_file.items():
        stage = train_review_level([r for other, rs in by_file.items() if other != name for r in rs])
        for (review, gold, note), (f, _, _) in zip(reviews[name], rows):
            rule = {w.category: w.severity for w in judge_rule(review, model)}
            totals["rule"].append((gold, note, rule, any(is_shown(c, s) for c, s in rule.items())))
            if sum(len(b.sentences) for b in review.body_blocks()) < MIN_SENTENCES:
                pred = rule  # as the package judges a short text
            else:
                verdict = judge(stage, f).verdict(stage.presence_threshold, stage.note_threshold)
                pred = {CATEGORIES[j]: s for j, s in verdict.items()}
            totals["learned"].append((gold, note, pred, any(is_shown(c, s) for c, s in pred.items())))
    for label, items in totals.items():
        print(f"{label:8} " + scores(items))


def judge_rule(review: Review, model: Model) -> list:
    """The hand-set review rule on the sentence model's findings (for comparison)."""
    import audioreview.analysis.content_warnings as cw

    sentences = cw._sentence_rows(review, cw._titles(review))
    return cw.judge(review, [s for s, _, _ in sentences], [g for _, _, g in sentences],
                    cw._model_findings(model, sentences, cw._sentence_model(model, sentences)))


def tally(gold: dict[str, int], pred: dict[str, int], tp: dict, fp: dict, fn: dict) -> tuple[int, int]:
    """Count one unit's categories into tp/fp/fn; returns (severities right, categories found by both)."""
    right = both = 0
    for c in CATEGORIES:
        if c in gold and c in pred:
            tp[c] += 1
            both += 1
            right += gold[c] == pred[c]
        elif c in pred:
            fp[c] += 1
        elif c in gold:
            fn[c] += 1
    return right, both


def scores(items: list[tuple[dict[str, int], bool, dict[str, int], bool]]) -> str:
    """micro/macro F1, severity exact, needs-note P/R, no-note reviews given a note."""
    tp, fp, fn = ({c: 0 for c in CATEGORIES} for _ in range(3))
    sev_ok = sev_n = note_tp = note_fp = note_fn = benign = benign_noted = 0
    for gold, needs, pred, note in items:
        right, both = tally(gold, pred, tp, fp, fn)
        sev_ok, sev_n = sev_ok + right, sev_n + both
        note_tp += needs and note
        note_fp += note and not needs
        note_fn += needs and not note
        benign += not needs
        benign_noted += note and not needs
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro = 2 * t / (2 * t + p + n)
    f1s = [2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) for c in CATEGORIES if tp[c] + fn[c]]
    return (f"micro-F1 {micro:.3f} macro-F1 {sum(f1s) / len(f1s):.3f} severity {sev_ok / max(sev_n, 1):.3f} "
            f"note P/R {note_tp / max(note_tp + note_fp, 1):.3f}/{note_tp / max(note_tp + note_fn, 1):.3f} "
            f"no-note reviews noted {benign_noted / max(benign, 1):.3f} ({len(items)} reviews)")


def main() -> None:
    import sklearn

    examples = load_examples()
    model = train(examples)
    if "--cv" in sys.argv:
        review_cv(model)
        return
    rows = [r for p in review_files() for r in review_rows(model, load_reviews(p))]
    model.review = train_review_level(rows)
    for cat in CATEGORIES:
        print(f"{cat:<22} positives {sum(cat in lab for _, lab in examples):>4}  threshold {model.thresholds[cat]}")
    OUT.mkdir(parents=True, exist_ok=True)
    model_path = OUT / MODEL_FILE
    with open(model_path, "wb") as f:
        np.savez_compressed(f, weights=model.weights, bias=model.bias, sev_weights=model.sev_weights,
                            sev_bias=model.sev_bias, review_presence_w=model.review.presence_w,
                            review_severity_w=model.review.severity_w, review_severity_b=model.review.severity_b,
                            review_note_w=model.review.note_w)
    files = training_files()
    meta = {
        "categories": list(CATEGORIES),
        "n_features": N_FEATURES,
        "thresholds": model.thresholds,
        "seed": SEED,
        "c_presence": C_PRESENCE,
        "c_severity": C_SEVERITY,
        "sentences": len(examples),
        "reviews": len(rows),
        "review_level": {"presence_b": model.review.presence_b, "note_b": model.review.note_b,
                         "presence_threshold": PRESENCE_THRESHOLD, "note_threshold": NOTE_THRESHOLD,
                         "c": C_REVIEW},
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
