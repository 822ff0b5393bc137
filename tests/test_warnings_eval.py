"""Evaluation of content-warning detection on our own labelled data.

tests/data/warnings/sentences.jsonl: review-style sentences with labels
(category, severity) and a tag (warn, trap, negation, hypothetical, title, benign).
tests/data/warnings/reviews.jsonl: short reviews with document labels and
needs_note. Both have a "split": "dev" (written before the detector was tuned)
or "heldout" (written after tuning, never tuned on).

Run ``python tests/test_warnings_eval.py`` for the full report, or pytest with
``-s`` to see the tables.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pysbd
import pytest

from audioreview.analysis.lexicons import CATEGORIES
from audioreview.analysis.content_warnings import analyse
from audioreview.ids import assign_ids
from audioreview.model import Block, Metadata, Review, Section, Sentence, Work
from audioreview.analysis.options import WarningOptions

DATA = Path(__file__).parent / "data" / "warnings"
CLEAN_TAGS = {"trap", "benign", "negation", "hypothetical", "title"}
_SEG = pysbd.Segmenter(language="en", clean=False)


def make_review(paragraphs: list[str], title: str = "", work_title: str | None = None) -> Review:
    """A Review built the way the readers build one (until they land here)."""
    blocks = [
        Block(id="", kind="paragraph", sentences=[Sentence("", s.strip()) for s in _SEG.segment(p) if s.strip()])
        for p in paragraphs
    ]
    review = Review(
        metadata=Metadata(title=title, work=Work(title=work_title)),
        sections=[Section(id="", heading="Review", blocks=blocks)],
    )
    return assign_ids(review)


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(review: Review) -> dict[str, int]:
    analyse(review, WarningOptions())
    return {w.category: w.severity for w in review.warnings}


def evaluate_reviews(files: list[str]) -> dict:
    """Scores over the reviews of ``files`` only."""
    return evaluate(None, review_files=files)


def evaluate(split: str | None = None, prefix: str = "", review_files: list[str] | None = None) -> dict:
    """Scores over the sentence and review sets (``split`` None: every split);
    ``prefix`` "heldout3_" scores the blind batch kept in files of its own."""
    units = []  # (kind, item, gold{cat:sev}, pred{cat:sev}, note_pred)
    for s in (load(prefix + "sentences.jsonl") if review_files is None else []):
        if split and s["split"] != split:
            continue
        r = make_review([s["text"]], title="Review")
        units.append(("sentence", s, {l["category"]: l["severity"] for l in s["labels"]}, predict(r), None))
    for d in [d for name in (review_files or [prefix + "reviews.jsonl"]) for d in load(name)]:
        if split and d["split"] != split:
            continue
        r = make_review(d["paragraphs"], title=d["title"], work_title=d["work_title"])
        pred = predict(r)
        units.append(("review", d, {l["category"]: l["severity"] for l in d["labels"]}, pred, r.content_note is not None))

    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    sev_ok = sev_all = 0
    errors = []
    for kind, item, gold, pred, _ in units:
        for c in CATEGORIES:
            if c in gold and c in pred:
                tp[c] += 1
                sev_all += 1
                sev_ok += gold[c] == pred[c]
                if gold[c] != pred[c]:
                    errors.append(f"severity {c} {gold[c]}->{pred[c]}: {item['id']}")
            elif c in pred:
                fp[c] += 1
                errors.append(f"FP {c}:{pred[c]}: {item['id']}")
            elif c in gold:
                fn[c] += 1
                errors.append(f"FN {c}:{gold[c]}: {item['id']}")

    def f1(t: int, p: int, n: int) -> tuple[float, float, float]:
        prec = t / (t + p) if t + p else 1.0
        rec = t / (t + n) if t + n else 1.0
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)

    table = {c: (tp[c], fp[c], fn[c], *f1(tp[c], fp[c], fn[c])) for c in CATEGORIES}
    present = [c for c in CATEGORIES if tp[c] + fn[c] > 0]
    micro = f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro = sum(table[c][5] for c in present) / len(present) if present else 0.0

    note_tp = note_fp = note_fn = 0
    for kind, item, _, _, note in units:
        if kind != "review":
            continue
        if item["needs_note"] and note:
            note_tp += 1
        elif note and not item["needs_note"]:
            note_fp += 1
            errors.append(f"note FP: {item['id']}")
        elif item["needs_note"]:
            note_fn += 1
            errors.append(f"note FN: {item['id']}")
    clean_fail = [
        item["id"]
        for kind, item, gold, pred, _ in units
        if item.get("tag") in CLEAN_TAGS and pred
    ]
    clean_total = sum(1 for _, item, _, _, _ in units if item.get("tag") in CLEAN_TAGS)
    benign = [note for kind, item, _, _, note in units if kind == "review" and not item["needs_note"]]
    return {
        "benign_with_note": sum(benign) / len(benign) if benign else 0.0,
        "units": len(units),
        "sentences": sum(1 for u in units if u[0] == "sentence"),
        "reviews": sum(1 for u in units if u[0] == "review"),
        "table": table,
        "micro": micro,
        "macro": macro,
        "severity": sev_ok / sev_all if sev_all else 1.0,
        "severity_n": sev_all,
        "note": f1(note_tp, note_fp, note_fn),
        "note_counts": (note_tp, note_fp, note_fn),
        "clean_fail": clean_fail,
        "clean_total": clean_total,
        "errors": errors,
    }


def format_report(res: dict, label: str) -> str:
    lines = [
        f"== {label}: {res['sentences']} sentences + {res['reviews']} reviews ==",
        f"{'category':22} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'rec':>6} {'F1':>6}",
    ]
    for c, (t, p, n, prec, rec, f) in res["table"].items():
        lines.append(f"{c:22} {t:4d} {p:4d} {n:4d} {prec:6.2f} {rec:6.2f} {f:6.2f}")
    mp, mr, mf = res["micro"]
    lines.append(f"micro P/R/F1 {mp:.3f}/{mr:.3f}/{mf:.3f}  macro-F1 {res['macro']:.3f}")
    lines.append(f"severity exact match {res['severity']:.3f} over {res['severity_n']} correct detections")
    np_, nr, nf = res["note"]
    lines.append(f"needs-note precision {np_:.3f} recall {nr:.3f} (tp/fp/fn {res['note_counts']})")
    lines.append(f"clean (trap/benign/negation/hypothetical/title) items with any warning: "
                 f"{len(res['clean_fail'])}/{res['clean_total']} {res['clean_fail']}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def overall() -> dict:
    return evaluate(None)


def test_labelled_data_is_large_enough_and_covers_every_category():
    sentences, reviews = load("sentences.jsonl"), load("reviews.jsonl")
    assert len(sentences) >= 200
    assert len(reviews) >= 30
    seen = {l["category"] for s in sentences for l in s["labels"]}
    assert seen == set(CATEGORIES)
    for item in sentences + reviews:
        for l in item["labels"]:
            assert l["category"] in CATEGORIES and l["severity"] in (1, 2, 3), item["id"]
    tags = {s["tag"] for s in sentences}
    assert CLEAN_TAGS <= tags
    assert any(not d["needs_note"] for d in reviews) and any(d["needs_note"] for d in reviews)


def test_evaluation_meets_targets(overall):
    """The tuned data: the older labelled batches (dev, heldout, heldout2; the
    lexicon was tuned on them and the model trained on their sentences) and the
    corpus reviews (the review-level rule was chosen on them). Issue 10's targets."""
    for split in ("dev", "heldout", "heldout2"):
        print("\n" + format_report(evaluate(split), split))
    print("\n" + format_report(overall, "all"))
    np_, nr, _ = overall["note"]
    assert nr >= 0.95, f"needs-note recall {nr:.3f}"
    assert np_ >= 0.9, f"needs-note precision {np_:.3f}"
    assert overall["micro"][2] >= 0.85, f"micro-F1 {overall['micro'][2]:.3f}"
    assert overall["macro"] >= 0.7, f"macro-F1 {overall['macro']:.3f}"
    assert overall["severity"] >= 0.75, f"severity exact {overall['severity']:.3f}"


@pytest.mark.slow  # 490 reviews analysed: 6 s of the fast loop's minute; the full suite runs it
def test_corpus_reviews_meet_the_review_level_targets():
    """The 490 corpus reviews the review-level models were trained on (never the
    blind sets); tools/train_warnings_model.py --cv gives the held-out figures."""
    res = evaluate_reviews([f"corpus_{x}_reviews.jsonl" for x in "abcdefghijkl"])
    print("\n" + format_report(res, "corpus reviews (trained on)"))
    np_, nr, _ = res["note"]
    assert nr >= 0.95 and np_ >= 0.9, res["note"]
    assert res["benign_with_note"] <= 0.05, res["benign_with_note"]  # measured 0.016
    assert res["micro"][2] >= 0.80 and res["macro"] >= 0.70, (res["micro"], res["macro"])
    assert res["severity"] >= 0.70, res["severity"]


def test_few_warnings_on_trap_and_benign_items(overall):
    # A learned model trades a few of these for far fewer misses on unseen text (see the README).
    assert len(overall["clean_fail"]) <= 3, overall["clean_fail"]  # measured 3 of 146 (the lexicon alone: 0)


BLIND_SETS = ("heldout3_", "blind_a_", "blind_b_")
# Floors just under what each blind set scored with the review-level models (README:
# blind_b's note precision and recall went down one review each, everything else up).
BLIND_FLOORS = {"heldout3_": (0.77, 0.77, 0.95, 0.80), "blind_a_": (0.72, 0.76, 0.92, 0.99),
                "blind_b_": (0.77, 0.79, 0.85, 0.92)}  # micro-F1, macro-F1, note precision, note recall


def test_blind_sets_are_reported_and_do_not_regress():
    """heldout3, blind_a and blind_b were written by helpers who never saw the
    detector's rules or model, and are never tuned on: their figures are the
    honest estimate for unseen text (see the README, beside the tuned ones)."""
    for prefix in BLIND_SETS:
        blind = evaluate(None, prefix=prefix)
        print("\n" + format_report(blind, f"{prefix.rstrip('_')} (blind, never tuned on)"))
        micro, macro, note_p, note_r = BLIND_FLOORS[prefix]
        assert blind["units"] >= 100
        assert blind["micro"][2] >= micro, (prefix, blind["micro"])
        assert blind["macro"] >= macro, (prefix, blind["macro"])
        assert blind["note"][0] >= note_p and blind["note"][1] >= note_r, (prefix, blind["note"])


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for split, prefix in (("dev", ""), ("heldout", ""), ("heldout2", ""), (None, ""), *((None, p) for p in BLIND_SETS)):
        res = evaluate(split, prefix)
        print(format_report(res, split or (f"{prefix.rstrip('_')} (blind)" if prefix else "all")))
        if verbose and not prefix:  # blind errors are never shown: nobody tunes on them
            print("\n".join(res["errors"]))
        print()
