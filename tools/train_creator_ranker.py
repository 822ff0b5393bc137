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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ranker_training import ROOT, Model, data_hash, main, norm, read_reviews, training_files  # noqa: E402,F401

OUT = ROOT / "src" / "audioreview" / "data" / "creator_ranker.json"
C = 1.0  # the inverse regularisation strength, chosen by leave-one-set-out (0.1, 0.3, 1, 3 tried; nested: 1 in 14 of 19 folds)
MODE = "pairwise"  # the right candidate against each wrong one of its review (pointwise: each row alone)


def read_set(path: Path) -> list[dict]:
    """One review per row with an expected creator: the creator the reader gives, and find_work's candidates."""
    out = []
    for row, review, guess in read_reviews(path):
        if row["expected"].get("creator") in (None, ""):
            continue
        creator = review.metadata.work.creator
        ranking = guess.creator_ranking if guess else []
        prov = review.metadata.provenance.get("work.creator")
        from_guess = bool(ranking and guess.creator and creator == str(guess.creator.value)
                          and str(guess.creator.value) == ranking[0][0]
                          and prov is not None and prov.source == guess.creator.source)
        want = norm(row["expected"]["creator"])
        out.append({"set": path.stem, "id": row["id"], "final": creator, "from_guess": from_guess,
                    "forms": [f for f, _, _ in ranking], "rows": [r for _, _, r in ranking],
                    "labels": [int(norm(f) == want) for f, _, _ in ranking], "want": want})
    return out


def pick(review: dict, model: Model) -> int | None:
    from audioreview.readers.creator_ranker import choose

    return choose(review["rows"], model) if review["rows"] else None


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    from audioreview.readers.creator_ranker import FEATURES

    main(__doc__, "creator", OUT, FEATURES, read_set, pick, hand_pick=None, c=C, mode=MODE)
