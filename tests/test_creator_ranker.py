"""The learned re-ranker of the work's creator candidates (readers/creator_ranker.py).

Training never runs here (tools/train_creator_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how find_work uses them, on short texts written
for these tests.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from audioreview.readers import creator_ranker, ranking
from audioreview.readers.work import Text, find_work

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "audioreview" / "data" / creator_ranker.MODEL_FILE


def _trainer():
    spec = importlib.util.spec_from_file_location("train_creator_ranker", ROOT / "tools" / "train_creator_ranker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # scikit-learn is imported only inside fit(): hashing needs none
    return module


def _review() -> Text:
    paragraphs = [
        ("Lantern Year is the second film directed by Odile Marchetti, and her surest.", []),
        ("Marchetti shoots the harbour town in long, patient takes; the cinematographer Ivo Brandt "
         "lets the fog do half the work.", []),
        ("By the end Marchetti has turned a small quarrel between sisters into something like a tide.", []),
    ]
    return Text(headline="Lantern Year review – a quiet film about a loud family", paragraphs=paragraphs)


def test_shipped_model_matches_the_data_it_was_trained_on():
    meta = json.loads(MODEL.read_text("utf-8"))
    trainer = _trainer()
    files = trainer.training_files()
    assert [p.relative_to(ROOT).as_posix() for p in files] == meta["training_files"]
    assert not any("blind" in name for name in meta["training_files"])
    assert trainer.data_hash(files) == meta["data_sha256"], "tuning sets changed: run tools/train_creator_ranker.py"
    assert meta["features"] == list(creator_ranker.FEATURES)
    assert len(meta["weights"]) == len(creator_ranker.FEATURES)
    assert MODEL.stat().st_size < 20_000


def test_model_loads_and_scores_in_pure_python():
    ranking.load.cache_clear()
    model = creator_ranker.load_model()
    assert model is not None
    rows = [[0.0] * len(creator_ranker.FEATURES), [1.0] * len(creator_ranker.FEATURES)]
    probs = creator_ranker.probabilities(rows, model)
    assert probs is not None and abs(sum(probs) - 1) < 1e-9 and all(0 < p < 1 for p in probs)
    assert creator_ranker.choose(rows, model) in (0, 1)


def test_features_are_deterministic_one_row_per_name_the_hand_choice_first():
    first, second = find_work(_review()), find_work(_review())
    assert first.creator_ranking == second.creator_ranking
    assert first.creator_ranking[0][0] == "Odile Marchetti"
    assert all(len(row) == len(creator_ranker.FEATURES) for _, _, row in first.creator_ranking)
    assert len({name for name, _, _ in first.creator_ranking}) == len(first.creator_ranking)


def test_the_director_said_all_through_wins():
    guess = find_work(_review())
    assert guess.creator is not None and guess.creator.value == "Odile Marchetti"


def test_without_a_model_the_hand_rules_decide(monkeypatch):
    monkeypatch.setattr(creator_ranker, "load_model", lambda: None)
    guess = find_work(_review())
    assert guess.creator is not None and guess.creator.value == "Odile Marchetti"


def test_a_model_for_other_features_is_not_used(monkeypatch, tmp_path):
    meta = json.loads(MODEL.read_text("utf-8"))
    meta["features"] = meta["features"][:-1]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / creator_ranker.MODEL_FILE).write_text(json.dumps(meta), "utf-8")
    monkeypatch.setattr(ranking.resources, "files", lambda _package: tmp_path)
    ranking.load.cache_clear()
    try:
        assert creator_ranker.load_model() is None
    finally:
        ranking.load.cache_clear()


def test_no_role_and_no_name_said_gives_no_creator_and_no_candidates():
    guess = find_work(Text(headline="Tin Harbour review", paragraphs=[("Tin Harbour is a short, bright record; I played it twice.", [])]))
    assert guess.creator is None and guess.creator_ranking == []
