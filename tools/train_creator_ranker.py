"""Train the creator re-ranker shipped as src/audioreview/data/creator_ranker.json.

Each labelled review of tests/data/metadata/tuning*.jsonl is read as its saved file,
exactly as tests/metadata_eval.py reads it; find_work's creator candidates are kept with
their feature vectors (audioreview.readers.creator_ranker.FEATURES) and labelled "is the
expected creator" by metadata_eval's own comparison (``norm``). Only reviews whose expected
creator is named count. A pairwise logistic regression over those rows (scikit-learn, fixed
seed, training time only) gives the weights; find_work scores candidates with them in pure Python.

    python tools/train_creator_ranker.py            # train on all tuning sets, write the model
    python tools/train_creator_ranker.py --cv       # leave-one-set-out: model vs the hand rules
    python tools/train_creator_ranker.py --cv --cache /tmp/rows.json   # reuse the read candidates

The blind sets are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "metadata"
OUT = ROOT / "src" / "audioreview" / "data" / "creator_ranker.json"
SEED = 0
C = 1.0  # the inverse regularisation strength, chosen by leave-one-set-out (0.1, 0.3, 1, 3 tried; nested: 1 in 14 of 19 folds)
MODE = "pairwise"  # the right candidate against each wrong one of its review (pointwise: each row alone)


def training_files() -> list[Path]:
    """The tuning sets, in a fixed order (never a blind one)."""
    files = sorted(DATA.glob("tuning*.jsonl"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 1))
    assert files and not any("blind" in p.name for p in files)
    return files


def data_hash(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _norm(value: object) -> str:
    sys.path.insert(0, str(ROOT / "tests"))
    from metadata_eval import norm

    return norm(value)


def read_set(path: Path) -> list[dict]:
    """One review per row with an expected creator: the creator the reader gives, and find_work's candidates."""
    from audioreview.readers import read, structure

    captured: list = []
    original = structure.find_work

    def spy(text):
        guess = original(text)
        captured.append(guess)
        return guess

    structure.find_work = spy
    out = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for line in path.read_text("utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                if row["expected"].get("creator") in (None, ""):
                    continue
                file = Path(tmp) / row["id"] / row["filename"]
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_text(row["text"], "utf-8")
                captured.clear()
                review = read(file, row["format"])
                guess = captured[-1] if captured else None
                creator = review.metadata.work.creator
                ranking = guess.creator_ranking if guess else []
                prov = review.metadata.provenance.get("work.creator")
                from_guess = bool(ranking and guess.creator and creator == str(guess.creator.value)
                                  and str(guess.creator.value) == ranking[0][0]
                                  and prov is not None and prov.source == guess.creator.source)
                want = _norm(row["expected"]["creator"])
                out.append({
                    "set": path.stem, "id": row["id"], "final": creator, "from_guess": from_guess,
                    "forms": [f for f, _, _ in ranking], "rows": [r for _, _, r in ranking],
                    "labels": [int(_norm(f) == want) for f, _, _ in ranking], "want": want,
                })
    finally:
        structure.find_work = original
    return out


def collect(files: list[Path], workers: int = 2) -> list[dict]:
    with ProcessPoolExecutor(workers) as pool:
        return [r for rows in pool.map(read_set, files) for r in rows]


def creator_for(review: dict, pick: int | None) -> str | None:
    """The creator the reader would give with candidate ``pick`` chosen (None: the hand rules' own)."""
    if pick is None or not review["from_guess"] or not review["forms"]:
        return review["final"]
    return review["forms"][pick]


def correct(review: dict, pick: int | None) -> bool:
    return _norm(creator_for(review, pick)) == review["want"]


def fit(reviews: list[dict], c: float = C, mode: str = MODE) -> tuple[list[float], float]:
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


def pick(review: dict, model: tuple[list[float], float]) -> int | None:
    from audioreview.readers.creator_ranker import choose

    return choose(review["rows"], model) if review["rows"] else None


def cross_validate(reviews: list[dict], c: float = C, mode: str = MODE, quiet: bool = False) -> tuple[int, int, int]:
    """Leave one tuning set out: train on the others, score its creators. (model hits, hand hits, reviews)"""
    sets = list(dict.fromkeys(r["set"] for r in reviews))
    total_model = total_hand = total = 0
    for held in sets:
        train = [r for r in reviews if r["set"] != held]
        test = [r for r in reviews if r["set"] == held]
        model = fit(train, c, mode)
        m = sum(correct(r, pick(r, model)) for r in test)
        h = sum(correct(r, None) for r in test)
        total_model, total_hand, total = total_model + m, total_hand + h, total + len(test)
        if not quiet:
            print(f"{held:<10} model {m:>3}/{len(test):<3} hand {h:>3}/{len(test):<3} {m - h:+d}")
    if not quiet:
        print(f"{'pooled':<10} model {total_model}/{total} ({total_model / total:.3f})  "
              f"hand {total_hand}/{total} ({total_hand / total:.3f})  {total_model - total_hand:+d}")
    return total_model, total_hand, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out figures; writes nothing")
    parser.add_argument("--cache", type=Path, help="read the candidates from (or save them to) this file")
    parser.add_argument("--mode", choices=("pointwise", "pairwise"), default=MODE)
    parser.add_argument("-C", type=float, default=C)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from audioreview.readers.creator_ranker import FEATURES

    files = training_files()
    digest = data_hash(files)
    reviews = None
    if args.cache and args.cache.exists():
        cached = json.loads(args.cache.read_text("utf-8"))
        if cached["data_sha256"] == digest and cached["features"] == list(FEATURES):
            reviews = cached["reviews"]
    if reviews is None:
        reviews = collect(files)
        if args.cache:
            args.cache.write_text(json.dumps({"data_sha256": digest, "features": list(FEATURES), "reviews": reviews}), "utf-8")
    hand = sum(correct(r, None) for r in reviews)
    print(f"{len(reviews)} reviews; the hand rules' creators: {hand}/{len(reviews)}; "
          f"the right creator among the candidates: {sum(1 in r['labels'] for r in reviews)}")
    if args.cv:
        cross_validate(reviews, args.C, args.mode)
        return
    weights, intercept = fit(reviews, args.C, args.mode)
    meta = {
        "about": "creator re-ranker for audioreview.readers.work.find_work; written by tools/train_creator_ranker.py",
        "training_files": [p.relative_to(ROOT).as_posix() for p in files],
        "data_sha256": digest,
        "mode": args.mode, "C": args.C, "seed": SEED,
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in weights],
        "intercept": round(intercept, 6),
    }
    OUT.write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    model = (meta["weights"], meta["intercept"])
    after = sum(correct(r, pick(r, model)) for r in reviews)
    print(f"wrote {OUT.relative_to(ROOT)}; in-sample creators {hand} -> {after} of {len(reviews)}")


if __name__ == "__main__":
    main()
