"""Development figures for the content-warning model, on data it was not fitted to.

Sentences: 5-fold cross-validation over the training sentences (each fold's
model never saw the fold). Reviews: a model fitted on all training sentences,
run through the package's review-level judgement on the labelled reviews
(reviews.jsonl, corpus_*_reviews.jsonl). The review-level models are trained on
those reviews, so these review figures are in-sample: for held-out ones run
``python tools/train_warnings_model.py --cv``. The blind sets are not touched here.

    python tools/warnings_dev_eval.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import train_warnings_model as tw  # noqa: E402
from sklearn.model_selection import KFold  # noqa: E402  (the `learn` extra)

import audioreview.analysis.content_warnings as aw  # noqa: E402
from audioreview.analysis.learned import features  # noqa: E402
from audioreview.analysis.content_warnings import lexicon_cues  # noqa: E402


def sentence_cv(examples, rows) -> None:
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    sev_ok = sev_n = 0
    clean_flagged = clean = 0
    for tr, te in KFold(5, shuffle=True, random_state=tw.SEED).split(rows):
        model = tw.train([examples[i] for i in tr], [rows[i] for i in tr])
        probs = model.probabilities([rows[i] for i in te])
        for k, i in enumerate(te):
            gold = examples[i][1]
            pred = {}
            for j, cat in enumerate(model.categories):
                if probs[k, j] >= model.thresholds[cat]:
                    pred[cat] = model.severity(rows[i], cat)[0]
            clean += not gold
            clean_flagged += (not gold) and bool(pred)
            right, both = tw.tally(gold, pred, tp, fp, fn)
            sev_ok, sev_n = sev_ok + right, sev_n + both
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    prec, rec = t / (t + p), t / (t + n)
    f1s = [2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) if tp[c] else 0.0 for c in tp.keys() | fn.keys()]
    print(f"sentences (5-fold CV, {len(examples)}): micro P/R/F1 {prec:.3f}/{rec:.3f}/{2 * prec * rec / (prec + rec):.3f} "
          f"macro-F1 {np.mean(f1s):.3f} severity exact {sev_ok / sev_n:.3f}; clean flagged {clean_flagged}/{clean}")


def reviews(model) -> None:
    import test_warnings_eval as te

    aw.load_model = lambda: model  # the package's judgement, with this model
    for prefix in ("", "corpus_a_", "corpus_b_", "corpus_c_"):
        res = te.evaluate(None, prefix=prefix) if prefix == "" else evaluate_reviews_only(te, prefix)
        print(te.format_report(res, f"reviews {prefix or 'reviews.jsonl + old sentences'}").split("\n", 1)[0])
        for line in te.format_report(res, "").splitlines():
            if line.startswith(("micro", "severity", "needs", "clean")):
                print("   ", line[:160])


def evaluate_reviews_only(te, prefix):
    orig = te.load
    te.load = lambda name: [] if name.endswith("sentences.jsonl") else orig(name)
    try:
        return te.evaluate(None, prefix=prefix)
    finally:
        te.load = orig


def main() -> None:
    examples = tw.load_examples()
    rows = [features(text, lexicon_cues(text)) for text, _ in examples]
    if "--reviews-only" not in sys.argv:
        sentence_cv(examples, rows)
    reviews(tw.train(examples, rows))


if __name__ == "__main__":
    main()
