"""The work reviewed (readers/work.py, readers/bylines.py), rules added with tuning20 (meta30): invented texts."""

from audioreview.readers import read_markdown, read_text
from audioreview.readers import bylines


def _meta(text: str, name: str = "review.txt"):
    return read_text(text, name).metadata


# -- a line of fields names the work once; the review names it alone


def test_a_line_of_fields_gives_the_field_the_review_names_on_its_own():
    text = ("Reviewed by Mo Alder\n\n"
            "Quayside — Channel Nine / streaming — 6 x 30 min\n"
            "Created and written by Petra Lune\n\n"
            "Quayside is a sitcom about a harbour cafe and the four people who keep it open. Quayside never "
            "hurries a joke, and the cast are at ease.\n\n"
            "By the fourth episode Quayside has found its rhythm; the finale is the best half hour of the year.\n")
    assert _meta(text).work.title == "Quayside"


def test_a_title_said_whole_with_its_separator_keeps_it():
    text = ("Reviewed by Mo Alder\n\n"
            "Fen Lights — Part Two / Channel Nine\n\n"
            "Fen Lights — Part Two is the better half of the story. I watched Fen Lights — Part Two twice, and "
            "Fen Lights — Part Two held up.\n")
    assert _meta(text).work.title != "Fen Lights"  # said whole three times: the separator is part of the name


def test_an_infobox_line_of_fields_gives_its_first_field():
    text = ("Restaurant: Ivy's Canteen · 12 Harbour Row, Portlow · Tue–Sun 8 a.m.–3 p.m. · Cash only\n\n"
            "Ivy's Canteen sits at the bottom of the hill. The eggs are good and the coffee is better.\n\n"
            "Ivy's Canteen is worth the walk.\n")
    assert _meta(text).work.title == "Ivy's Canteen"


# -- a paper's dateline is no headline


def test_a_dateline_with_the_issue_and_the_price_is_a_date():
    assert bylines.date_line("Thursday, January 18, 2024 · Vol. 41, No. 3 · Free") == "2024-01-18"
    assert bylines.date_line("March 3, 2025 · Issue 58") == "2025-03-03"
    assert bylines.date_line("Vol. 41, No. 3") is None


def test_a_dateline_under_a_masthead_is_not_the_title():
    text = ("THE HARBOUR WEEKLY\n"
            "Thursday, January 18, 2024 · Vol. 41, No. 3 · Free\n\n"
            "Restaurant: Ivy's Canteen · 12 Harbour Row, Portlow\n\n"
            "Ivy's Canteen sits at the bottom of the hill. Ivy's Canteen is worth the walk.\n")
    assert "January" not in _meta(text).title


# -- "The" belongs to a name the review writes with a capital mid-sentence


def test_the_article_a_name_is_written_with_mid_sentence_is_kept():
    text = ("# Thirty years on, The Wardens is still the best thing on television\n\n"
            "It began in 1994. Every police drama since owes something to it, and to Wardens veteran Ola Brisk.\n\n"
            "The Wardens pioneered the long season arc.\n")
    assert read_markdown(text, "review.md").metadata.work.title == "The Wardens"


def test_a_name_written_with_a_lower_case_article_gets_none():
    text = ("# Thirty years on, The Wardens is still good\n\n"
            "I rewatched the Wardens last month. Wardens veteran Ola Brisk is the reason.\n\n"
            "Wardens is still good.\n")
    assert read_markdown(text, "review.md").metadata.work.title == "Wardens"
