"""The learned re-ranker of the review's publication (readers/publication_ranker.py).

Training never runs here (tools/train_publication_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how the reader uses them, on short reviews written
for these tests.
"""

from __future__ import annotations

from pathlib import Path

from ranker_checks import (check_a_model_for_other_features_is_not_used, check_scores_in_pure_python,
                           check_shipped_model_matches_its_data)

from audioreview.readers import publication_ranker, read
from audioreview.readers.byline_ranker import zone
from audioreview.readers.item import Item


BODY = ("Quiet Harbour opens on a ferry that never seems to reach the far shore. Tomasz Vellacott keeps the camera "
        "low and the dialogue sparse.\n\nThe brothers at its centre barely speak, and the film trusts the silence. "
        "It is slow, and it is worth it.\n\nBy the last reel the storm has said everything the brothers could not.\n")
APPEARED = ("Quiet Harbour review: a ferry, a storm and two brothers\nBy Odalys Brennan-Kite\n\n" + BODY
            + "\nThis review first appeared in the print edition of the Larkspur Valley Courier.\n")
BYLINE_AND_FOOTER = ("Quiet Harbour review\nBy Odalys Brennan-Kite | Larkspur Courier | 3 May 2025\n\n" + BODY
                     + "\n(c) 2025 Larkspur Courier Ltd. Subscribe at larkspurcourier.example\n")
NO_OUTLET = "Quiet Harbour review\n\n" + BODY


def _publication(tmp_path: Path, text: str, fmt: str = "text") -> str | None:
    path = tmp_path / ("review.md" if fmt == "markdown" else "review.txt")
    path.write_text(text, "utf-8")
    return read(path, fmt).metadata.publication


def test_shipped_model_matches_the_data_it_was_trained_on():
    check_shipped_model_matches_its_data(publication_ranker, "publication")


def test_model_loads_and_scores_in_pure_python():
    rows, model = check_scores_in_pure_python(publication_ranker)
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
    check_a_model_for_other_features_is_not_used(publication_ranker, monkeypatch, tmp_path)
