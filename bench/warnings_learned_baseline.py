"""A first measurement toward issue 10: a learned sentence model, scored blind.

Trains one logistic regression per category over word (1-2) and character (3-5)
n-grams on the labelled corpus (tests/data/warnings/corpus_*_sentences.jsonl and
the older sentences.jsonl), then scores sentence-level category presence on the
two blind sets (blind_a_, blind_b_), which no rule or model was tuned on. Fixed
seed; prints figures only. Not yet wired into the detector.

    python bench/warnings_learned_baseline.py
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "warnings"


def rows(pattern: str) -> list[dict]:
    out = []
    for path in sorted(DATA.glob(pattern)):
        out += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return out


def main() -> None:
    train = rows("corpus_*_sentences.jsonl") + rows("sentences.jsonl")
    blind = rows("blind_*_sentences.jsonl")
    cats = sorted({lab["category"] for r in train for lab in r["labels"]})
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
    x_train = hstack([words.fit_transform(r["text"] for r in train), chars.fit_transform(r["text"] for r in train)]).tocsr()
    x_blind = hstack([words.transform(r["text"] for r in blind), chars.transform(r["text"] for r in blind)]).tocsr()
    tp = fp = fn = 0
    f1s = []
    clean_flagged = 0
    pred_any = np.zeros(len(blind), dtype=bool)
    for cat in cats:
        y = np.array([any(lab["category"] == cat for lab in r["labels"]) for r in train])
        model = LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000, random_state=0).fit(x_train, y)
        p = model.predict_proba(x_blind)[:, 1] >= 0.5
        truth = np.array([any(lab["category"] == cat for lab in r["labels"]) for r in blind])
        pred_any |= p
        t, f, n = int((p & truth).sum()), int((p & ~truth).sum()), int((~p & truth).sum())
        tp, fp, fn = tp + t, fp + f, fn + n
        f1s.append(2 * t / (2 * t + f + n) if t else 0.0)
        print(f"{cat:<22} TP {t:>3} FP {f:>3} FN {n:>3}")
    clean_flagged = sum(1 for r, flagged in zip(blind, pred_any) if not r["labels"] and flagged)
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"train {len(train)} sentences; blind {len(blind)} sentences")
    print(f"blind micro P/R/F1 {prec:.3f}/{rec:.3f}/{2 * prec * rec / max(1e-9, prec + rec):.3f}  "
          f"macro-F1 {sum(f1s) / len(f1s):.3f}; clean blind sentences flagged "
          f"{clean_flagged}/{sum(1 for r in blind if not r['labels'])}")


if __name__ == "__main__":
    main()
