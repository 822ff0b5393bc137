"""The learned re-ranker of the review's publication (readers/publication_ranker.py).

Training never runs here (tools/train_publication_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how the reader uses them, on short reviews written
for these tests.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from audioreview.readers import publication_ranker, ranking, read
from audioreview.readers.byline_ranker import zone
from audioreview.readers.item import Item

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "audioreview" / "data" / publication_ranker.MODEL_FILE

BODY = ("Quiet Harbour opens on a ferry that never seems to reach the far shore. Tomasz Vellacott keeps the camera "
        "low and the dialogue sparse.\n\nThe brothers at its centre barely speak, and the film trusts the silence. "
        "It is slow, and it is worth it.\n\nBy the last reel the storm has said everything the brothers could not.\n")
APPEARED = ("Quiet Harbour review: a ferry, a storm and two brothers\nBy Odalys Brennan-Kite\n\n" + BODY
            + "\nThis review first appeared in the print edition of the Larkspur Valley Courier.\n")
BYLINE_AND_FOOTER = ("Quiet Harbour review\nBy Odalys Brennan-Kite | Larkspur Courier | 3 May 2025\n\n" + BODY
                     + "\n(c) 2025 Larkspur Courier Ltd. Subscribe at larkspurcourier.example\n")
NO_OUTLET = "Quiet Harbour review\n\n" + BODY


def _trainer():
    spec = importlib.util.spec_from_file_location("train_publication_ranker", ROOT / "tools" / "train_publication_ranker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # scikit-learn is imported only inside fit(): hashing needs none
    return module


def _publication(tmp_path: Path, text: str, fmt: str = "text") -> str | None:
    path = tmp_path / ("review.md" if fmt == "markdown" else "review.txt")
    path.write_text(text, "utf-8")
    return read(path, fmt).metadata.publication


def test_shipped_model_matches_the_data_it_was_trained_on():
    meta = json.loads(MODEL.read_text("utf-8"))
    trainer = _trainer()
    files = trainer.training_files()
    assert [p.relative_to(ROOT).as_posix() for p in files] == meta["training_files"]
    assert not any("blind" in name for name in meta["training_files"])
    assert trainer.data_hash(files) == meta["data_sha256"], "tuning sets changed: run tools/train_publication_ranker.py"
    assert meta["features"] == list(publication_ranker.FEATURES)
    assert len(meta["weights"]) == len(publication_ranker.FEATURES)
    assert MODEL.stat().st_size < 20_000


def test_model_loads_and_scores_in_pure_python():
    ranking.load.cache_clear()
    model = publication_ranker.load_model()
    assert model is not None
    rows = [[0.0] * len(publication_ranker.FEATURES), [1.0] * len(publication_ranker.FEATURES)]
    probs = publication_ranker.probabilities(rows, model)
    assert probs is not None and abs(sum(probs) - 1) < 1e-9 and all(0 < p < 1 for p in probs)
    assert publication_ranker.choose(rows, model) in (0, 1)


def test_candidates_are_deterministic_the_rules_pick_first_and_the_shorter_runs_among_them():
    lines = ("THE WESTBROOK HERALD · Culture", "Quiet Harbour review", "By Odalys Brennan-Kite")
    items = [Item(text=t, lines=[t]) for t in lines]
    first = publication_ranker.candidates(*zone(items), "THE WESTBROOK HERALD")
    second = publication_ranker.candidates(*zone(items), "THE WESTBROOK HERALD")
    assert [(c.name, c.row) for c in first] == [(c.name, c.row) for c in second]
    names = [c.name for c in first]
    assert names[0] == "THE WESTBROOK HERALD" and "WESTBROOK HERALD" in names and None in names
    assert all(len(c.row) == len(publication_ranker.FEATURES) for c in first)
    assert publication_ranker.candidates(*zone(items), None)[0].name is None  # the rules' "none" first


def test_the_outlet_a_review_appeared_in_is_kept(tmp_path):
    assert _publication(tmp_path, APPEARED) == "Larkspur Valley Courier"


def test_the_outlet_of_the_byline_is_kept(tmp_path):
    assert _publication(tmp_path, BYLINE_AND_FOOTER) == "Larkspur Courier"


def test_a_review_that_names_no_outlet_has_none(tmp_path):
    assert _publication(tmp_path, NO_OUTLET) is None


def test_front_matter_wins_and_is_never_re_ranked(tmp_path):
    text = "---\npublication: The Slow Shelf\n---\n\n# Quiet Harbour review\n\n" + BYLINE_AND_FOOTER
    assert _publication(tmp_path, text, "markdown") == "The Slow Shelf"


def test_without_a_model_the_hand_rules_decide(tmp_path, monkeypatch):
    monkeypatch.setattr(publication_ranker, "load_model", lambda: None)
    assert _publication(tmp_path, APPEARED) == "Larkspur Valley Courier"
    assert _publication(tmp_path, NO_OUTLET) is None


def test_a_model_for_other_features_is_not_used(monkeypatch, tmp_path):
    meta = json.loads(MODEL.read_text("utf-8"))
    meta["features"] = meta["features"][:-1]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / publication_ranker.MODEL_FILE).write_text(json.dumps(meta), "utf-8")
    monkeypatch.setattr(ranking.resources, "files", lambda _package: tmp_path)
    ranking.load.cache_clear()
    try:
        assert publication_ranker.load_model() is None
    finally:
        ranking.load.cache_clear()
