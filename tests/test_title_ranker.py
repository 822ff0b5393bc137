"""The learned re-ranker of the work's title candidates (readers/title_ranker.py).

Training never runs here (tools/train_title_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how find_work uses them, on short texts written
for these tests.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from audioreview.model import Mark
from audioreview.readers import ranking, title_ranker
from audioreview.readers.work import RANK_K, Text, find_work

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "audioreview" / "data" / title_ranker.MODEL_FILE


def _trainer():
    spec = importlib.util.spec_from_file_location("train_title_ranker", ROOT / "tools" / "train_title_ranker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # scikit-learn is imported only inside fit(): hashing needs none
    return module


def _review() -> Text:
    first = "The Orchard Clock is a patient, wintry novel about a clockmaker's daughter in a town that has stopped its bells."
    paragraphs = [
        (first, [Mark(0, len("The Orchard Clock"), "em")]),
        ("Its author, Wren Halloway, writes slowly; The Orchard Clock rewards the same patience from its readers.", []),
        ("I read it beside my old copy of Harbour Lamps, which it recalls only in passing.", []),
        ("By the last chapter The Orchard Clock had made me late for two trains.", []),
    ]
    return Text(headline="The Orchard Clock review – a novel that keeps its own time", paragraphs=paragraphs)


def test_shipped_model_matches_the_data_it_was_trained_on():
    meta = json.loads(MODEL.read_text("utf-8"))
    trainer = _trainer()
    files = trainer.training_files()
    assert [p.relative_to(ROOT).as_posix() for p in files] == meta["training_files"]
    assert not any("blind" in name for name in meta["training_files"])
    assert trainer.data_hash(files) == meta["data_sha256"], "tuning sets changed: run tools/train_title_ranker.py"
    assert meta["features"] == list(title_ranker.FEATURES)
    assert len(meta["weights"]) == len(title_ranker.FEATURES)
    assert MODEL.stat().st_size < 20_000


def test_model_loads_and_scores_in_pure_python():
    ranking.load.cache_clear()
    model = title_ranker.load_model()
    assert model is not None
    rows = [[0.0] * len(title_ranker.FEATURES), [1.0] * len(title_ranker.FEATURES)]
    probs = title_ranker.probabilities(rows, model)
    assert probs is not None and abs(sum(probs) - 1) < 1e-9 and all(0 < p < 1 for p in probs)


def test_features_are_deterministic_and_one_row_per_candidate():
    first, second = find_work(_review()), find_work(_review())
    assert first.ranking == second.ranking
    assert 2 <= len(first.ranking) <= RANK_K
    assert all(len(row) == len(title_ranker.FEATURES) for _, row in first.ranking)
    assert all(isinstance(x, float) for _, row in first.ranking for x in row)


def test_a_clear_title_wins_with_the_models_confidence():
    guess = find_work(_review())
    assert guess.title is not None and guess.title.value == "The Orchard Clock"
    assert 0.3 <= guess.title.confidence <= 0.97
    assert guess.ranking[0][0] == "The Orchard Clock"


def test_without_a_model_the_points_decide(monkeypatch):
    monkeypatch.setattr(title_ranker, "load_model", lambda: None)
    guess = find_work(_review())
    assert guess.title is not None and guess.title.value == "The Orchard Clock"


def test_a_model_for_other_features_is_not_used(monkeypatch, tmp_path):
    meta = json.loads(MODEL.read_text("utf-8"))
    meta["features"] = meta["features"][:-1]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / title_ranker.MODEL_FILE).write_text(json.dumps(meta), "utf-8")
    monkeypatch.setattr(ranking.resources, "files", lambda _package: tmp_path)
    ranking.load.cache_clear()
    try:
        assert title_ranker.load_model() is None
    finally:
        ranking.load.cache_clear()


def test_too_little_evidence_gives_no_title():
    guess = find_work(Text(headline=None, paragraphs=[("it was fine, i suppose, and then we went home.", [])]))
    assert guess.title is None and guess.ranking == []
