"""The work reviewed (readers/work.py), rules added with tuning17 (meta25): invented texts."""

from audioreview.readers import read_html, read_markdown, read_text
from audioreview.readers.work import Text, find_work


def _title(text: str, name: str = "review.md") -> object:
    return read_markdown(text, name).metadata.work.title


# -- a comparison reads as one whatever marks the title carries


def _score(guess, title: str) -> float:
    return next(points for form, points, _ in guess.candidates if form == title)


def test_a_title_in_italics_after_a_comparison_is_compared_with_not_reviewed():
    text = ("# A slow climb\n\n"
            "The lighthouse brings back the jolt I remember from *Hollow Bells*, a game of lamps and keys.\n\n"
            "Lamp Oil is short and its puzzles are fair.\n")
    assert _title(text) == "Lamp Oil"


def test_a_quoted_title_after_reminds_me_of_is_compared_with():
    text = ("# Winter notes\n\n"
            "The fog in it reminds me of \"The Glass Orchard\", a film I adored.\n\n"
            "Quarry Light is slow.\n")
    assert _title(text) == "Quarry Light"


def test_the_emphasis_mark_between_a_comparison_and_its_title_hides_nothing():
    def guess(words: str):
        return find_work(Text(headline=None, paragraphs=[(f"A cooking game {words} *Tumbledown Cart*, loud and quick.", []),
                                                          ("Orbital Grill is loud.", [])]))
    # (marks are not needed: the comparison is read from the words, the "*" before the title is skipped)
    assert _score(guess("from the studio behind"), "Tumbledown Cart") < _score(guess("set beside"), "Tumbledown Cart") - 1


# -- bold sets the subject apart only inside running prose


def test_one_title_in_bold_in_prose_is_the_subject_though_labels_open_lines_in_bold():
    text = ("# Nobody tells the truth here\n\n"
            "**The Couch Memo** · TV for people with too many subscriptions\n\n"
            "There are two kinds of people who will watch **Salt Island Lies**. One kind guesses. "
            "The other, like me, gives up and enjoys *Knife Weather* and *Glass Keys* more.\n\n"
            "The cast:\n\n"
            "- **Celia Moor** as the mother.\n"
            "- **Jonah Pike** as the best man.\n")
    assert _title(text) == "Salt Island Lies"


# -- dates, counts and labelled facts: what the page states about the work, read as it is written


def test_a_short_date_in_a_label_line_is_never_the_title():
    paragraphs = [("Wickmoth\nDeveloper: Fernhollow\nRelease Date: 9 Nov, 2023", []),
                  ("So Wickmoth is a cosy game about candles and I love it.", [])]
    guess = find_work(Text(headline=None, paragraphs=paragraphs))
    assert all("Nov" not in form for form, _, _ in guess.candidates)


def test_a_post_age_is_never_a_title():
    paragraphs = [("Ada Brill 3h", []), ("a thread on Copper Lane, my favourite sitcom (1/3)", []),
                  ("Ada Brill 3h", []), ("Copper Lane is very silly (2/3)", []), ("Ada Brill 3h", [])]
    guess = find_work(Text(headline=None, paragraphs=paragraphs, people={"Ada Brill"}))
    assert all(form != "3h" for form, _, _ in guess.candidates)


def test_an_infobox_count_is_no_title_but_its_label_still_gives_the_kind():
    text = ("My thoughts on Pale Harbour\n\n"
            "Pale Harbour\nCreated by: Ines Dorro\nSeries: 2\nFirst aired: 2021\n\n"
            "Pale Harbour is a slow coastal mystery and I loved it.\n")
    work = read_text(text, "review.txt").metadata.work
    assert work.title == "Pale Harbour" and work.kind == "tv" and work.year == 2021


def test_the_headline_dates_the_work_it_names():
    text = "Quiet Comet (2013) - just watched, need to talk\n\nSo Quiet Comet is a tiny film about a dinner party.\n"
    work = read_text(text, "post.txt").metadata.work
    assert work.title == "Quiet Comet" and work.year == 2013


def test_a_table_of_plain_cells_whose_first_column_holds_labels_is_an_infobox():
    page = ("<html><head><title>Lost, happily | Quest Notes</title></head><body><article>"
            "<h1>Lost, happily</h1><p>Words: Ana Ruiz</p>"
            "<table><tr><td>Game</td><td>Songs of Ember</td></tr><tr><td>Developer</td><td>Rundle</td></tr>"
            "<tr><td>Released</td><td>2023</td></tr></table>"
            "<p>You wake at the bottom of a tower and nobody speaks your language. That is the whole game, "
            "and it is one of the most quietly thrilling things I have played all year.</p>"
            "<p>It owes a debt to <em>Glass Vault</em>, which I loved, but it is its own thing.</p>"
            "</article></body></html>")
    work = read_html(page, "index.html").metadata.work
    assert work.title == "Songs of Ember" and work.year == 2023


def test_a_single_plain_row_is_no_infobox():
    page = ("<html><head><title>Lost, happily | Quest Notes</title></head><body><article>"
            "<h1>Lost, happily</h1><p>Words: Ana Ruiz</p>"
            "<table><tr><td>Game</td><td>Songs of Ember</td></tr><tr><td>Score</td><td>9</td></tr></table>"
            "<p>I played Glass Vault all week, and Glass Vault is a small wonder of a puzzle game.</p>"
            "</article></body></html>")
    assert read_html(page, "index.html").metadata.work.title != "Songs of Ember"


def test_opened_states_a_year():
    text = "Twelve Stools\nChef: Ada Brandt\nOpened: 2023\n\nTwelve Stools is a tiny restaurant and the scallop is superb.\n"
    assert read_text(text, "review.txt").metadata.work.year == 2023


# -- a newspaper's book card: title, "By" author, the publisher and the page count


def test_a_book_card_over_an_imprint_with_pages_gives_title_author_and_year():
    text = ("THE RIVERSIDE REVIEW\nBooks | Fiction\n\n"
            "A funny book about the end of everything\n\n"
            "Reviewed by Nell Orr\nMarch 3, 2022\n\n"
            "BRACKEN\nBy Ida Colmar\nHalyard Books. 240 pp. $26. Published 2021.\n\n"
            "Ida Colmar has been writing about floods for years. Bracken follows a girl who outlives her town, "
            "and Colmar writes it with a savage comedy.\n\n"
            "But Colmar never lets us off the hook.\n")
    work = read_text(text, "review.txt").metadata.work
    assert (work.title, work.creator, work.year) == ("Bracken", "Ida Colmar", 2021)


def test_a_card_with_its_year_beside_the_publisher():
    from audioreview.readers.citation import citation
    cited = citation(["Small Objects: Essays", "by Vera Lund", "Wren Press, 2023. 212 pp. $18.00 paper."])
    assert cited is not None and (cited.title, cited.creator, cited.year) == ("Small Objects: Essays", "Vera Lund", 2023)


def test_a_byline_under_a_headline_with_no_pages_line_is_no_card():
    from audioreview.readers.citation import citation
    assert citation(["The Long Night", "By Vera Lund", "March 3, 2022"]) is None


# -- who and where: a maker beside the work, a poster, a character, a place's card and address


def test_a_column_label_then_maker_and_work_is_a_heading_not_a_longer_title():
    text = ("RADIO 88 · Student Radio\n\n"
            "Staff Pick: Tin Lantern — Quiet Shore\n\n"
            "posted by Ada Brill\n\n"
            "Quiet Shore came out in 2015, and I am late to it. Tin Lantern are a Leeds band, and this is their "
            "second album.\n\n"
            "My favourite song on Quiet Shore changes every week.\n")
    assert read_text(text, "staff-picks.txt").metadata.work.title == "Quiet Shore"


def test_a_name_with_its_handle_is_the_poster_not_the_work():
    post = "Ada Brill @adabrill · 3h\n"
    text = (post + "ok a thread on Copper Lane Lets, the best sitcom nobody watches (1/3)\n\n"
            + post + "the premise: Nico (Sam Hale, who also wrote it) runs a failing shop (2/3)\n\n"
            + post + "Nico is awful at his job and Nico is lovely (3/3)\n")
    assert read_text(text, "thread.txt").metadata.work.title == "Copper Lane Lets"


def test_a_character_whose_actor_in_brackets_carries_an_aside():
    paragraphs = [("Nico (Sam Hale, who also created and writes it) runs the shop in Copper Lane Lets.", []),
                  ("Nico is awful. Nico is lovely.", [])]
    guess = find_work(Text(headline=None, paragraphs=paragraphs))
    assert guess.title is not None and guess.title.value == "Copper Lane Lets"


def test_a_place_named_before_its_street_address_is_the_place_reviewed():
    text = ("A Bulgarian breakfast worth the bus\n\nBy Ned Hale\n\n"
            "There are many things I did not expect on Mill Lane, and a queue at Café Lumen is one of them. "
            "Mill Lane is not a breakfast street.\n\n"
            "The banitsa is superb. I went back to Mill Lane the next day.\n\n"
            "Café Lumen, 14 Mill Lane, Ashby. Open Tues-Sat, 8am-3pm.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Café Lumen"


def test_a_possessive_name_on_a_line_of_its_own_is_a_name_not_a_persons_thing():
    text = ("EATSITE  ›  Restaurants  ›  Leicester\n\n"
            "Rana's Table\n★★★★½  4.6 (318 reviews) · ££\n\n"
            "Right, I owe this one to Rana, who has fed me well for years. The Table is small and bright, "
            "and Rana is usually at the pass.\n")
    assert read_text(text, "reviews.txt").metadata.work.title == "Rana's Table"


# -- a title in lower case, and a year said with an acronym of a kind


def test_a_lower_case_title_in_italics_that_the_headline_names_is_the_work():
    text = ("# On *salt, salt*, and the poems that stayed\n\n"
            "For four months I have been reading Ada Fenn's *salt, salt* everywhere: on buses, in queues.\n\n"
            "Fenn's second collection (her first, *low tide*, vanished) is about caring for someone. Fenn is precise.\n")
    work = read_markdown(text, "post.md").metadata.work
    assert work.title == "salt, salt"


def test_lower_case_emphasis_is_no_title():
    text = ("# Why I loved it so\n\n"
            "I *loved it so* much that I saw Harbour Lights twice. Harbour Lights is a small film.\n")
    assert read_markdown(text, "post.md").metadata.work.title == "Harbour Lights"


def test_an_appositive_with_a_kinds_acronym_dates_the_work():
    text = ("# Running out of daylight\n\n"
            "A friend sent me a screenshot of **Wayfarer Road**, a 2022 RPG from a tiny studio, and I have "
            "played Wayfarer Road for thirty hours since.\n")
    assert read_markdown(text, "post.md").metadata.work.year == 2022
