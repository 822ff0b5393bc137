"""Train the title re-ranker shipped as src/audioreview/data/title_ranker.json.

Each labelled review of tests/data/metadata/tuning*.jsonl is read as its saved file,
exactly as tests/metadata_eval.py reads it; find_work's best RANK_K candidates by
points are kept with their feature vectors (audioreview.readers.title_ranker.FEATURES)
and labelled "is the expected title" by metadata_eval's own comparison (``norm``).
A logistic regression over those rows (scikit-learn, fixed seed, training time only)
gives the weights; find_work scores candidates with them in pure Python.

    python tools/train_title_ranker.py            # train on all tuning sets, write the model
    python tools/train_title_ranker.py --cv       # leave-one-set-out: model vs the hand rules
    python tools/train_title_ranker.py --cv --cache /tmp/rows.json   # reuse the read candidates

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
OUT = ROOT / "src" / "audioreview" / "data" / "title_ranker.json"
SEED = 0
C = 0.1  # the inverse regularisation strength, chosen by leave-one-set-out (0.1, 0.3, 1 tried)
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
    """One review per row: the expected title, the title the reader gives, and find_work's ranking."""
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
                file = Path(tmp) / row["id"] / row["filename"]
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_text(row["text"], "utf-8")
                captured.clear()
                review = read(file, row["format"])
                guess = captured[-1] if captured else None
                title = review.metadata.work.title
                from_guess = bool(guess and guess.title and title == str(guess.title.value)
                                  and review.metadata.provenance.get("work.title") is not None
                                  and review.metadata.provenance["work.title"].source == guess.title.source)
                want = _norm(row["expected"].get("work_title"))
                out.append({
                    "set": path.stem, "id": row["id"], "final": title, "from_guess": from_guess,
                    "calls": len(captured), "correct_now": _norm(title) == want,
                    "forms": [f for f, _ in guess.ranking] if guess else [],
                    "rows": [r for _, r in guess.ranking] if guess else [],
                    "labels": [int(_norm(f) == want) for f, _ in guess.ranking] if guess else [],
                    "want": want,
                })
    finally:
        structure.find_work = original
    return out


def collect(files: list[Path], workers: int = 2) -> list[dict]:
    with ProcessPoolExecutor(workers) as pool:
        return [r for rows in pool.map(read_set, files) for r in rows]


def title_for(review: dict, pick: int | None) -> str | None:
    """The title the reader would give with candidate ``pick`` chosen (None: the hand rules' own)."""
    if pick is None or not review["from_guess"] or not review["forms"]:
        return review["final"]
    return review["forms"][pick]


def correct(review: dict, pick: int | None) -> bool:
    return _norm(title_for(review, pick)) == review["want"]


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
    from audioreview.readers.title_ranker import choose

    return choose(review["rows"], model)[0] if review["rows"] else None


def cross_validate(reviews: list[dict], c: float = C, mode: str = MODE, quiet: bool = False) -> tuple[int, int, int]:
    """Leave one tuning set out: train on the others, score its titles. (model hits, hand hits, reviews)"""
    sets = list(dict.fromkeys(r["set"] for r in reviews))
    total_model = total_hand = total = 0
    for held in sets:
        train = [r for r in reviews if r["set"] != held]
        test = [r for r in reviews if r["set"] == held]
        model = fit(train, c, mode)
        m = sum(correct(r, pick(r, model)) for r in test)
        h = sum(correct(r, 0 if r["rows"] else None) for r in test)
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
    from audioreview.readers.title_ranker import FEATURES

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
    print(f"{len(reviews)} reviews; the hand rules' titles: {hand}/{len(reviews)}; "
          f"the right title among the top candidates: {sum(1 in r['labels'] for r in reviews)}")
    if args.cv:
        cross_validate(reviews, args.C, args.mode)
        return
    weights, intercept = fit(reviews, args.C, args.mode)
    meta = {
        "about": "title re-ranker for audioreview.readers.work.find_work; written by tools/train_title_ranker.py",
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
    print(f"wrote {OUT.relative_to(ROOT)}; in-sample titles {hand} -> {after} of {len(reviews)}")


if __name__ == "__main__":
    main()
