"""What the re-ranker trainers share (tools/train_title_ranker.py, train_creator_ranker.py,
train_byline_ranker.py, train_publication_ranker.py): the tuning sets and their hash, the way a ranker
of the text's ends reads its candidates, the evaluation's comparison, the logistic regression, the
leave-one-set-out loop and the command line. Each trainer says how it reads a set's candidates,
which of them the reader would give, and what its model chooses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data_hash import data_hash  # noqa: E402,F401  (the trainers' tests read it from here)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "metadata"
SEED = 0
Model = tuple[list[float], float]


def training_files() -> list[Path]:
    """The tuning sets, in a fixed order (never a blind one)."""
    files = sorted(DATA.glob("tuning*.jsonl"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 1))
    assert files and not any("blind" in p.name for p in files)
    return files


def norm(value: object) -> str:
    """tests/metadata_eval.py's comparison: case-, accent- and punctuation-blind."""
    sys.path.insert(0, str(ROOT / "tests"))
    from metadata_eval import norm as eval_norm

    return eval_norm(value)


def read_reviews(path: Path) -> Iterator[tuple[dict, object, object]]:
    """Each labelled review of a set, read as its saved file as tests/metadata_eval.py reads it:
    (its row, the review read, find_work's guess for it)."""
    sys.path.insert(0, str(ROOT / "src"))
    from audioreview.readers import read, structure

    captured: list = []
    original = structure.find_work

    def spy(text):
        guess = original(text)
        captured.append(guess)
        return guess

    structure.find_work = spy
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for line in path.read_text("utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                file = Path(tmp) / row["id"] / row["filename"]
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_text(row["text"], "utf-8")
                captured.clear()
                review = read(file, row["format"])
                yield row, review, (captured[-1] if captured else None)
    finally:
        structure.find_work = original


def read_end_set(path: Path, module: str, field: str, attr: str) -> list[dict]:
    """One review per row for a ranker of the text's ends (``audioreview.readers.<module>``: byline,
    publication), read with no model (the rules' own value, whatever model is shipped): the value the
    rules give (``metadata.<attr>``), the ranker's candidates (none when the format stated the value)
    and which of them is the expected ``field``."""
    sys.path.insert(0, str(ROOT / "src"))
    import importlib

    ranker = importlib.import_module(f"audioreview.readers.{module}")
    captured: list = []
    original = ranker.candidates

    def spy(*args, **kwargs):
        found = original(*args, **kwargs)
        captured.append(found)
        return found

    ranker.candidates = spy
    ranker.load_model = lambda: None
    out = []
    try:
        for row, review, _guess in read_reviews(path):
            found = captured[-1] if captured else []
            captured.clear()
            want = norm(row["expected"].get(field))
            forms = [c.name for c in found]
            out.append({"set": path.stem, "id": row["id"], "final": getattr(review.metadata, attr), "from_guess": bool(found),
                        "forms": forms, "rows": [c.row for c in found],
                        "labels": [int(norm(f) == want) for f in forms], "want": want})
    finally:
        ranker.candidates = original
    return out


def answer(review: dict, pick: int | None) -> str | None:
    """The value the reader would give with candidate ``pick`` chosen (None: the hand rules' own)."""
    if pick is None or not review["from_guess"] or not review["forms"]:
        return review["final"]
    return review["forms"][pick]


def correct(review: dict, pick: int | None) -> bool:
    return norm(answer(review, pick)) == review["want"]


def fit(reviews: list[dict], c: float, mode: str) -> Model:
    """(weights, intercept) of a logistic regression on the reviews' candidate rows."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if mode == "pairwise":  # the right candidate against each wrong one of its review
        xs, ys = [], []
        for r in reviews:
            if 1 not in r["labels"]:
                continue
            pos = np.array(r["rows"][r["labels"].index(1)])
            for row, label in zip(r["rows"], r["labels"]):
                if not label:
                    xs += [pos - np.array(row), np.array(row) - pos]
                    ys += [1, 0]
        model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False, random_state=SEED)
        model.fit(np.array(xs), np.array(ys))
        return [float(w) for w in model.coef_[0]], 0.0
    x = np.array([row for r in reviews for row in r["rows"]])
    y = np.array([label for r in reviews for label in r["labels"]])
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit(x, y)
    return [float(w) for w in model.coef_[0]], float(model.intercept_[0])


def cross_validate(reviews: list[dict], choose: Callable[[dict, Model], int | None], hand_pick: int | None,
                   c: float, mode: str, quiet: bool = False) -> tuple[int, int, int]:
    """Leave one tuning set out: train on the others, score the one left out. (model hits, hand hits, reviews)"""
    sets = list(dict.fromkeys(r["set"] for r in reviews))
    total_model = total_hand = total = 0
    for held in sets:
        train = [r for r in reviews if r["set"] != held]
        test = [r for r in reviews if r["set"] == held]
        model = fit(train, c, mode)
        m = sum(correct(r, choose(r, model)) for r in test)
        h = sum(correct(r, hand_pick if r["rows"] else None) for r in test)
        total_model, total_hand, total = total_model + m, total_hand + h, total + len(test)
        if not quiet:
            print(f"{held:<10} model {m:>3}/{len(test):<3} hand {h:>3}/{len(test):<3} {m - h:+d}")
    if not quiet:
        print(f"{'pooled':<10} model {total_model}/{total} ({total_model / total:.3f})  "
              f"hand {total_hand}/{total} ({total_hand / total:.3f})  {total_model - total_hand:+d}")
    return total_model, total_hand, total


def main(doc: str, what: str, out: Path, features: tuple[str, ...], read_set: Callable[[Path], list[dict]],
         choose: Callable[[dict, Model], int | None], hand_pick: int | None, c: float, mode: str,
         reader: str = "audioreview.readers.work.find_work") -> None:
    """The trainers' command line: train on every tuning set and write ``out``, or ``--cv``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out figures; writes nothing")
    parser.add_argument("--cache", type=Path, help="read the candidates from (or save them to) this file")
    parser.add_argument("--mode", choices=("pointwise", "pairwise"), default=mode)
    parser.add_argument("-C", type=float, default=c)
    args = parser.parse_args()
    files = training_files()
    digest = data_hash(files)
    reviews = None
    if args.cache and args.cache.exists():
        cached = json.loads(args.cache.read_text("utf-8"))
        if cached["data_sha256"] == digest and cached["features"] == list(features):
            reviews = cached["reviews"]
    if reviews is None:
        with ProcessPoolExecutor(2) as pool:
            reviews = [r for rows in pool.map(read_set, files) for r in rows]
        if args.cache:
            args.cache.write_text(json.dumps({"data_sha256": digest, "features": list(features), "reviews": reviews}), "utf-8")
    hand = sum(correct(r, None) for r in reviews)
    print(f"{len(reviews)} reviews; the hand rules' {what}s: {hand}/{len(reviews)}; "
          f"the right {what} among the candidates: {sum(1 in r['labels'] for r in reviews)}")
    if args.cv:
        cross_validate(reviews, choose, hand_pick, args.C, args.mode)
        return
    weights, intercept = fit(reviews, args.C, args.mode)
    meta = {
        "about": f"{what} re-ranker for {reader}; written by tools/train_{what}_ranker.py",
        "training_files": [p.relative_to(ROOT).as_posix() for p in files],
        "data_sha256": digest,
        "mode": args.mode, "C": args.C, "seed": SEED,
        "features": list(features),
        "weights": [round(w, 6) for w in weights],
        "intercept": round(intercept, 6),
    }
    out.write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    model = (meta["weights"], meta["intercept"])
    after = sum(correct(r, choose(r, model)) for r in reviews)
    print(f"wrote {out.relative_to(ROOT)}; in-sample {what}s {hand} -> {after} of {len(reviews)}")
