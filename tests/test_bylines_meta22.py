"""Bylines and outlets: staff signatures, ... (meta22 rules, on invented text)."""

from audioreview.readers import bylines, read_text

BODY = ("The ferry scenes carry the whole novel, and the narrator never once raises her voice. "
        "It is patient, funny and sad in the same breath, and the last page lingers for days.\n\n"
        "The middle third sags a little, but the ending earns its quiet. Read it on a long train.\n\n")


def test_a_shop_or_library_staff_signature_names_the_reviewer_not_an_outlet():
    assert (bylines.byline("Picked by Tobiah Quennell-Ash, poetry buyer and resident sonnet bore")
            == bylines.Byline("Tobiah Quennell-Ash", None))
    assert (bylines.byline("Reviewed by Odile Farrant, Young Adult Librarian, Kestle Road branch")
            == bylines.Byline("Odile Farrant", None))
    assert bylines.byline("Odile Farrant, Young Adult Librarian") == bylines.Byline("Odile Farrant", None)
    assert (bylines.byline("Reviewed by Odile Farrant, KPLM music director. Hear the record all week.")
            == bylines.Byline("Odile Farrant", None))
    text = "The Kestle Bookroom\n\nStaff picks\n\n" + BODY + "Picked by Tobiah Quennell-Ash, poetry buyer\n"
    assert read_text(text, "review.txt").metadata.author == "Tobiah Quennell-Ash"


def test_a_signature_in_a_dropped_closing_paragraph_of_a_page_names_the_reviewer(tmp_path):
    from audioreview.readers import read
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Quiet water</title></head><body><article><h1>Quiet water</h1>{body}"
                    "<p class=\"disclosure\">The Ferry Post buys its own books. Proofs are never accepted.<br>"
                    "Odile Farrant at The Ferry Post<br>Odile Farrant</p></article></body></html>", "utf-8")
    m = read(page, "html").metadata
    assert (m.author, m.publication) == ("Odile Farrant", "The Ferry Post")


def test_a_catalogue_review_card_with_words_before_the_stars_and_a_reading_range_is_the_header():
    text = ("Quiet Water\nby Halla Brun\n\nPell Ostrander-Kay's review\nMar 04, 2024\nrated it ★★★★☆\n"
            "Read from February 20 to March 1, 2024\n\n" + BODY)
    m = read_text(text, "review.txt").metadata
    assert m.author == "Pell Ostrander-Kay" and m.rating.value == 4


def test_a_footer_row_led_by_about_names_the_site_never_a_person():
    line = "About Reelwise · Careers · Privacy · Do Not Sell My Info"
    assert bylines.byline(line) is None and bylines.masthead(line) == "Reelwise"
    text = "Quiet water\n\nBy Odile Farrant\n\n" + BODY + "About Reelwise · Contributors · Pitch us\n"
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Odile Farrant", "Reelwise")


def test_a_bar_led_by_home_or_a_trail_led_by_forums_names_no_site():
    assert bylines.masthead("Home | Screenings | Members | Notes") is None
    assert bylines.breadcrumb("Forums > Drama > Period pieces") is False
    assert bylines.masthead("Bingeworthy — the forum for people who watch too much TV") == "Bingeworthy"


def test_a_site_its_section_and_two_more_steps_is_a_trail_not_a_byline():
    assert (bylines.byline("Reelwise · TV · Quiet Water · Season 2 · User Reviews")
            == bylines.Byline(None, "Reelwise"))


def test_a_masthead_line_over_its_breadcrumb_names_the_site_not_the_trail_head():
    text = ("The Harrow Ledger  ·  Arts & Life  ·  What's On\nArts & Life > What's On > Cinema\nBack to listings\n\n"
            + BODY)
    assert read_text(text, "review.txt").metadata.publication == "The Harrow Ledger"


def test_a_stations_frequency_is_no_part_of_its_name():
    from audioreview.readers.structure import _RADIO_BAND_RE
    assert _RADIO_BAND_RE.sub("", "HARBOUR RADIO 104.6") == "HARBOUR RADIO"
    for top in ("KWRB 104.6 FM · Listener-supported radio", "Harbour Radio 104.6 FM · Listener-supported radio"):
        text = f"{top}\nListen live | Schedule | Music | News | Donate | Events\n\n" + BODY
        assert read_text(text, "review.txt").metadata.publication == top.split(" 104")[0]


def test_related_links_at_the_very_end_do_not_hide_the_bio_above_them():
    bio = "Odile Farrant is the film critic of Harrow Weekly. Her book on Welsh cinema is out next spring.\n\n"
    links = "More from Film:\n- The quiet revolution in debut features\n- Five best performances, ranked\n"
    m = read_text(BODY + bio + links, "review.txt").metadata
    assert (m.author, m.publication) == ("Odile Farrant", "Harrow Weekly")


def test_a_forums_name_over_its_board_index_or_its_quick_links_is_the_site():
    assert bylines.breadcrumb("Board index ‹ Film Talk ‹ Rewatches") is False
    assert bylines.nav_line("Quick links | FAQ | Register | Login") is False
    post = "Post by reel_owl » Sun Feb 4, 2024 10:02 pm\n\n"
    for top in ("Splice Hall Forums\nBoard index ‹ Film Talk ‹ Rewatches\n\n",
                "Splice Hall Forums\nPractical effects talk since 2001\nQuick links | FAQ | Register | Login\n\n"):
        assert read_text(top + post + BODY, "review.txt").metadata.publication == "Splice Hall Forums"


def test_a_papers_name_over_its_section_is_the_site():
    text = "The Harrow Ledger\nFood & Drink\n\nOdile Farrant\nRestaurant critic\nFriday 17 May 2024\n\n" + BODY
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Odile Farrant", "The Harrow Ledger")
