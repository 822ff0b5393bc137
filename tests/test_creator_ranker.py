"""The learned re-ranker of the work's creator candidates (readers/creator_ranker.py).

Training never runs here (tools/train_creator_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how find_work uses them, on short texts written
for these tests.
"""

from __future__ import annotations

from ranker_checks import (check_a_model_for_other_features_is_not_used, check_scores_in_pure_python,
                           check_shipped_model_matches_its_data)

from audioreview.readers import creator_ranker
from audioreview.readers.work import Text, find_work


def _review() -> Text:
    paragraphs = [
        ("Lantern Year is the second film directed by Odile Marchetti, and her surest.", []),
        ("Marchetti shoots the harbour town in long, patient takes; the cinematographer Ivo Brandt "
         "lets the fog do half the work.", []),
        ("By the end Marchetti has turned a small quarrel between sisters into something like a tide.", []),
    ]
    return Text(headline="Lantern Year review – a quiet film about a loud family", paragraphs=paragraphs)


def test_shipped_model_matches_the_data_it_was_trained_on():
    check_shipped_model_matches_its_data(creator_ranker, "creator")


def test_model_loads_and_scores_in_pure_python():
    rows, model = check_scores_in_pure_python(creator_ranker)
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
    check_a_model_for_other_features_is_not_used(creator_ranker, monkeypatch, tmp_path)


def test_no_role_and_no_name_said_gives_no_creator_and_no_candidates():
    guess = find_work(Text(headline="Tin Harbour review", paragraphs=[("Tin Harbour is a short, bright record; I played it twice.", [])]))
    assert guess.creator is None and guess.creator_ranking == []
