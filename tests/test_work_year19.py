"""The work's year (readers/work.py, citation.py, structure.py), rules added with tuning19: invented texts."""

from audioreview.readers import read_markdown, read_text
from audioreview.readers.citation import citation


def _work(text: str, name: str = "review.txt"):
    return read_text(text, name).metadata.work


def test_the_year_said_with_a_capital_the_at_a_sentence_start():
    w = _work("Saltmarsh Lullaby is hushed and patient, and the camera never blinks.\n\n"
              "The 2011 film, which Orla Penhaligon directed on a borrowed camera, runs ninety minutes.\n\n"
              "Saltmarsh Lullaby ends on a shoreline and stays there.\n")
    assert w.year == 2011


def test_a_possessive_with_a_bare_apostrophe_dates_the_work():
    w = _work("Tessellate Towers is a puzzle game about stacking rooms.\n\n"
              "That loop is the heart of Quillworks' 2016 stacking puzzler, and Tessellate Towers never loosens it.\n")
    assert w.year == 2016


def test_a_year_best_list_names_the_year():
    w = _work("Ferry to Narvik follows a retired nurse north on a slow boat.\n\n"
              "Ferry to Narvik is, quietly, one of the best films of 2022.\n")
    assert w.year == 2022


def test_a_row_of_fact_cells_split_by_bars_gives_its_year():
    w = _work("Label: Dovecote Records | Released: 1994 | Producer: Amos Kettle\n\n"
              "Lantern Hymns is the sound of a band deciding to whisper.\n\n"
              "Lantern Hymns still sounds like nothing else.\n")
    assert w.year == 1994


def test_the_translators_imprint_in_brackets_dates_the_translation_reviewed():
    w = _work("Mireille Sato's novel The Quiet Counter, translated into English by Pell Hargreave (Fennel Press, 2019), "
              "is a comedy about a woman who loves a till.\n\n"
              "The Quiet Counter is short, and the novel never wastes a page.\n")
    assert w.year == 2019


def test_a_journal_head_on_one_line_gives_title_author_and_year():
    c = citation(["*field notes for a leaving* · Ama Trevelyan · Nettle Editions, 2021 · 72pp · £9.99"])
    assert (c.title, c.creator, c.year) == ("field notes for a leaving", "Ama Trevelyan", 2021)
    # a title in lower case counts only when set apart; a dateline of three cells is no citation
    assert citation(["field notes · Ama Trevelyan · Nettle Editions, 2021 · 72pp"]) is None
    assert citation(["News · Leeds · 3 March 2021"]) is None
    w = read_markdown("*field notes for a leaving* · Ama Trevelyan · Nettle Editions, 2021 · 72pp · £9.99\n\n"
                      "These poems walk out of a city and keep looking back.\n", "review.md").metadata.work
    assert (w.title, w.year) == ("field notes for a leaving", 2021)


def test_an_infobox_title_gets_its_own_year_not_the_guessed_titles():
    w = _work("Album: Paper Harbour\n\n"
              "Everyone still talks about the 2005 album Gull Weather. Gull Weather was loud; Gull Weather was everywhere.\n\n"
              "Gull Weather is the record this band is measured against, and Gull Weather is a lot to live up to.\n\n"
              "Paper Harbour (2008) is the sound of the band growing quiet.\n")
    assert (w.title, w.year) == ("Paper Harbour", 2008)


# -- creators (tuning19)


def test_a_places_keeper_in_apposition_and_who_opened_it():
    w = _work("Lolo's Canteen is a tiny lunch counter by the station.\n\n"
              "Mara Quintos, the owner and cook, ran a stall in Cebu before she came here.\n\n"
              "Lolo's Canteen is cheap, and the adobo is the best in town.\n")
    assert w.creator == "Mara Quintos"
    w = _work("There is a queue at Sable Fry by 5:45 on a Friday.\n\n"
              "The little carry-out was opened two years ago by Odessa Brightwater-Kay, who cooked for her church.\n\n"
              "Sable Fry is worth the wait.\n")
    assert w.creator == "Odessa Brightwater-Kay"


def test_a_studios_possessive_before_a_year_and_a_puzzler():
    w = _work("Tessellate Towers is a puzzle game about stacking rooms.\n\n"
              "That loop is the heart of Quillworks' 2016 stacking puzzler, and Tessellate Towers never loosens it.\n")
    assert (w.creator, w.year) == ("Quillworks", 2016)


def test_a_time_is_no_studio():
    w = _work("Sable Fry fills up by 5:45 on a Friday. The queue at Sable Fry by 5:45 is long.\n\nSable Fry is worth it.\n")
    assert w.creator != "5"
