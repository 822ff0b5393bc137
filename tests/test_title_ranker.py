"""The learned re-ranker of the work's title candidates (readers/title_ranker.py).

Training never runs here (tools/train_title_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how find_work uses them, on short texts written
for these tests.
"""

from __future__ import annotations

from ranker_checks import (check_a_model_for_other_features_is_not_used, check_scores_in_pure_python,
                           check_shipped_model_matches_its_data)

from audioreview.model import Mark
from audioreview.readers import title_ranker
from audioreview.readers.work import RANK_K, Text, find_work


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
    check_shipped_model_matches_its_data(title_ranker, "title")


def test_model_loads_and_scores_in_pure_python():
    check_scores_in_pure_python(title_ranker)


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
    check_a_model_for_other_features_is_not_used(title_ranker, monkeypatch, tmp_path)


def test_too_little_evidence_gives_no_title():
    guess = find_work(Text(headline=None, paragraphs=[("it was fine, i suppose, and then we went home.", [])]))
    assert guess.title is None and guess.ranking == []
