"""The learned re-ranker of the reviewer's byline (readers/byline_ranker.py).

Training never runs here (tools/train_byline_ranker.py does, by hand): these tests
check that the shipped weights are the ones trained from the tuning sets in the
repository, that they load, and how the reader uses them, on short reviews written
for these tests.
"""

from __future__ import annotations

from pathlib import Path

from ranker_checks import (check_a_model_for_other_features_is_not_used, check_scores_in_pure_python,
                           check_shipped_model_matches_its_data)

from audioreview.readers import byline_ranker, read
from audioreview.readers.item import Item


BODY = ("Quiet Harbour opens on a ferry that never seems to reach the far shore. {who} keeps the camera low and "
        "the dialogue sparse.\n\nThe brothers at its centre barely speak, and the film trusts the silence. It is "
        "slow, and it is worth it.\n\nBy the last reel the storm has said everything the brothers could not.\n")
# The reviewer's name alone under the headline, over a date line: no by-word, no rule reads it.
NAME_UNDER_HEADLINE = ("Quiet Harbour review: a ferry, a storm and two brothers\nOdalys Brennan-Kite\n"
                       "Published 3 May 2025\n\n" + BODY.format(who="The director"))
# The director named in a credit line near the top, the reviewer's own "By" line under it.
DIRECTOR_ABOVE_BYLINE = ("Quiet Harbour review\n\nDirected by Tomasz Vellacott. Starring Ines Marlowe.\n\n"
                         "By Pellam Oyarzun\n\n" + BODY.format(who="Vellacott"))
NO_BYLINE = "Quiet Harbour review\n\n" + BODY.format(who="Tomasz Vellacott")


def _author(tmp_path: Path, text: str, fmt: str = "text") -> str | None:
    path = tmp_path / ("review.md" if fmt == "markdown" else "review.txt")
    path.write_text(text, "utf-8")
    return read(path, fmt).metadata.author


def test_shipped_model_matches_the_data_it_was_trained_on():
    check_shipped_model_matches_its_data(byline_ranker, "byline")


def test_model_loads_and_scores_in_pure_python():
    rows, model = check_scores_in_pure_python(byline_ranker)
    assert byline_ranker.choose(rows, model) in (0, 1)


def test_candidates_are_deterministic_the_rules_pick_first_and_no_byline_among_them():
    items = [Item(text=t, lines=[t]) for t in ("Quiet Harbour review", "By Pellam Oyarzun", "Tomasz Vellacott directs.")]
    first = byline_ranker.candidates(*byline_ranker.zone(items), "Pellam Oyarzun")
    second = byline_ranker.candidates(*byline_ranker.zone(items), "Pellam Oyarzun")
    assert [(c.name, c.row) for c in first] == [(c.name, c.row) for c in second]
    assert first[0].name == "Pellam Oyarzun" and first[0].row[byline_ranker.FEATURES.index("rules")] == 1
    assert None in [c.name for c in first] and "Tomasz Vellacott" in [c.name for c in first]
    assert all(len(c.row) == len(byline_ranker.FEATURES) for c in first)
    assert byline_ranker.candidates(*byline_ranker.zone(items), None)[0].name is None  # the rules' "none" first


def test_only_the_ends_of_a_long_review_are_read():
    items = [Item(text=f"Line {i} Said Here", lines=[f"Line {i} Said Here"]) for i in range(10_000)]
    lines, n = byline_ranker.zone(items)
    assert n == 10_000 and len(lines) == 2 * byline_ranker.ZONE_LINES
    assert lines[0] == (0, "Line 0 Said Here") and lines[-1] == (9_999, "Line 9999 Said Here")


def test_the_name_alone_under_the_headline_is_the_byline(tmp_path):
    assert _author(tmp_path, NAME_UNDER_HEADLINE) == "Odalys Brennan-Kite"
    path = tmp_path / "review.txt"
    assert read(path, "text").metadata.publication is None  # the rules had read the bare name as the site's


def test_without_a_model_the_bare_name_is_the_rules_site(tmp_path, monkeypatch):
    monkeypatch.setattr(byline_ranker, "load_model", lambda: None)
    path = tmp_path / "review.txt"
    path.write_text(NAME_UNDER_HEADLINE, "utf-8")
    assert read(path, "text").metadata.publication == "Odalys Brennan-Kite"


def test_the_byline_wins_over_the_director_named_above_it(tmp_path):
    assert _author(tmp_path, DIRECTOR_ABOVE_BYLINE) == "Pellam Oyarzun"


def test_a_review_that_names_no_reviewer_has_no_byline(tmp_path):
    assert _author(tmp_path, NO_BYLINE) is None


def test_front_matter_wins_and_is_never_re_ranked(tmp_path):
    text = "---\nauthor: Gwen Tallis\n---\n\n# Quiet Harbour review\n\nBy Pellam Oyarzun\n\n" + BODY.format(who="Vellacott")
    assert _author(tmp_path, text, "markdown") == "Gwen Tallis"


def test_without_a_model_the_hand_rules_decide(tmp_path, monkeypatch):
    monkeypatch.setattr(byline_ranker, "load_model", lambda: None)
    assert _author(tmp_path, NAME_UNDER_HEADLINE) is None  # the rules read no byline there
    assert _author(tmp_path, DIRECTOR_ABOVE_BYLINE) == "Pellam Oyarzun"


def test_a_model_for_other_features_is_not_used(monkeypatch, tmp_path):
    check_a_model_for_other_features_is_not_used(byline_ranker, monkeypatch, tmp_path)
