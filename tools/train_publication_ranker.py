"""Train the publication re-ranker shipped as src/audioreview/data/publication_ranker.json.

Each labelled review of tests/data/metadata/tuning*.jsonl is read as its saved file,
exactly as tests/metadata_eval.py reads it, with no model (the hand rules alone); the publication
candidates (audioreview.readers.publication_ranker: the rules' outlet, the outlet-like spans of the
first and last lines, "no publication") are kept with their feature vectors and labelled "is the
expected publication" by metadata_eval's own comparison (``norm``; "no publication" is right when
none is expected). Every review counts (an expected null must come back empty); a publication the
format stated (front matter, the HTML page's site name) is never re-ranked. A pairwise logistic
regression (scikit-learn, fixed seed, training time only) gives the weights; the reader scores the
candidates with them in pure Python.

    python tools/train_publication_ranker.py            # train on all tuning sets, write the model
    python tools/train_publication_ranker.py --cv       # leave-one-set-out: model vs the hand rules
    python tools/train_publication_ranker.py --cv --cache /tmp/rows.json   # reuse the read candidates

The blind sets are never read here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ranker_training import ROOT, Model, data_hash, main, read_end_set, training_files  # noqa: E402,F401

OUT = ROOT / "src" / "audioreview" / "data" / "publication_ranker.json"
C = 1.0  # the inverse regularisation strength, chosen by leave-one-set-out
MODE = "pairwise"  # the right candidate against each wrong one of its review (pointwise: each row alone)


def read_set(path: Path) -> list[dict]:
    """One review per row: the publication the rules give, and the ranker's candidates (none when stated)."""
    return read_end_set(path, "publication_ranker", "publication", "publication")


def pick(review: dict, model: Model) -> int | None:
    from audioreview.readers.publication_ranker import choose

    return choose(review["rows"], model) if review["rows"] else None


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    from audioreview.readers.publication_ranker import FEATURES

    main(__doc__, "publication", OUT, FEATURES, read_set, pick, hand_pick=None, c=C, mode=MODE,
         reader="audioreview.readers.structure.build_review")
