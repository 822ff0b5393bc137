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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ranker_training import ROOT, Model, data_hash, main, norm, read_reviews, training_files  # noqa: E402,F401

OUT = ROOT / "src" / "audioreview" / "data" / "title_ranker.json"
C = 0.1  # the inverse regularisation strength, chosen by leave-one-set-out (0.1, 0.3, 1 tried)
MODE = "pairwise"  # the right candidate against each wrong one of its review (pointwise: each row alone)


def read_set(path: Path) -> list[dict]:
    """One review per row: the expected title, the title the reader gives, and find_work's ranking."""
    out = []
    for row, review, guess in read_reviews(path):
        title = review.metadata.work.title
        from_guess = bool(guess and guess.title and title == str(guess.title.value)
                          and review.metadata.provenance.get("work.title") is not None
                          and review.metadata.provenance["work.title"].source == guess.title.source)
        want = norm(row["expected"].get("work_title"))
        ranking = guess.ranking if guess else []
        out.append({"set": path.stem, "id": row["id"], "final": title, "from_guess": from_guess,
                    "forms": [f for f, _ in ranking], "rows": [r for _, r in ranking],
                    "labels": [int(norm(f) == want) for f, _ in ranking], "want": want})
    return out


def pick(review: dict, model: Model) -> int | None:
    from audioreview.readers.title_ranker import choose

    return choose(review["rows"], model)[0] if review["rows"] else None


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    from audioreview.readers.title_ranker import FEATURES

    main(__doc__, "title", OUT, FEATURES, read_set, pick, hand_pick=0, c=C, mode=MODE)
