"""Bylines and outlets: how pages print a reviewer and an outlet (meta27 rules, on invented text)."""

from audioreview.readers import bylines, read_markdown, read_text
from audioreview.readers.structure import _caps_masthead

BODY = ("The ferry scenes carry the whole novel, and the narrator never once raises her voice. "
        "It is patient, funny and sad in the same breath, and the last page lingers for days.\n\n"
        "The middle third sags a little, but the ending earns its quiet. Read it on a long train.\n\n")


def test_a_republished_note_names_the_outlet_and_its_bio_sentence_the_writer():
    note = ("This review first appeared in the Harwick Sentinel and is republished here with permission. "
            "Tamsin Orrell writes about books and rivers.")
    assert bylines.appeared_in(note) == "Harwick Sentinel"
    m = read_text("Quiet water\n\n" + BODY + note + "\n", "review.txt").metadata
    assert (m.author, m.publication) == ("Tamsin Orrell", "Harwick Sentinel")


def test_the_prose_article_before_the_masthead_name_is_not_part_of_it():
    text = ("HARWICK SENTINEL  ·  CULTURE  ·  BOOKS\n\nQuiet water, ten years on\n\n" + BODY
            + "Disclosure: the reviewer bought her own copy. Tamsin Orrell writes about books for the Harwick Sentinel.\n")
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Tamsin Orrell", "Harwick Sentinel")


def test_an_emoji_after_a_social_display_name_is_decoration():
    assert bylines.byline("Pell Ostrander 🎬 @pellwatches · 3h") == bylines.Byline("Pell Ostrander", None)


def test_a_guide_masthead_may_end_in_its_edition_year():
    assert _caps_masthead("THE HARWICK EATING GUIDE 2026") == "The Harwick Eating Guide"


def test_a_plug_below_a_dash_signature_names_the_newsletter():
    assert bylines.outlet_plug("If a friend forwarded this to you, subscribe to Ferry Notes for a record a week.") == "Ferry Notes"
    text = ("# Quiet water\n\n" + BODY + "— Tamsin Orrell\n\n---\n\n"
            "*If someone forwarded this to you, subscribe to Ferry Notes for a record every week.*\n")
    m = read_markdown(text, "review.md").metadata
    assert (m.author, m.publication) == ("Tamsin Orrell", "Ferry Notes")


def test_an_outlet_written_by_the_reviewer_is_named_so():
    assert bylines.outlet_statement("*Ferry Notes is written by Tamsin Orrell. Pass it on.*") == "Ferry Notes"


def test_an_institution_is_no_person_and_its_staff_sign_nothing():
    assert bylines.reviewer_in("Staff picks are written by Harwick Public Library staff.") is None
    text = ("Harwick Public Library\nCatalogue · My Account · Events · Staff Picks\n\nStaff Pick: Quiet Water\n\n"
            "Reviewed by Tamsin Orrell, Lending Services\n\n" + BODY
            + "Staff picks are written by Harwick Public Library staff. Opinions are the reviewer's own.\n")
    m = read_text(text, "review.txt").metadata
    assert m.author == "Tamsin Orrell" and m.publication == "Harwick Public Library"


def test_a_row_ending_on_the_site_pages_is_its_menu():
    assert bylines.nav_line("Episodes · Patrons · Merch · Contact") is False
    assert bylines.nav_line("Bakeries  Delivery  Add a listing  Log in") is False
    assert bylines.byline("Tamsin Orrell · Ferry Notes · Contact") is not None  # a person's line, not four short items


def test_an_episode_length_is_a_counter_after_its_release_date():
    assert bylines.date_line("Released 4 March 2025 · 1 hr 5 min") == "2025-03-04"
    assert bylines.date_line("Published 9 June 2024 · 47 minutes") == "2024-06-09"


def test_a_poster_card_printed_one_field_a_line_names_the_poster():
    text = ("Ferry Board › Forums › Books › Quiet Water (Orrell, 2019) - read it at last, some thoughts\n\n"
            "Quiet Water (Orrell, 2019) - read it at last, some thoughts\n\n"
            "Heron_Pike\nSenior Member\nPosts: 2,311\nJoined: Mar 2017\nLocation: the estuary\n\n"
            "I finally read Quiet Water last week, and Quiet Water has not left me since.\n\n" + BODY)
    m = read_text(text, "thread.txt").metadata
    assert (m.author, m.publication, m.work.year) == ("Heron_Pike", "Ferry Board", 2019)


def test_a_trail_may_end_on_a_long_thread_title():
    line = "Ferry Board › Forums › Books › Quiet Water (Orrell, 2019) - read it at last, and some long thoughts on it"
    assert bylines.breadcrumb(line) == "Ferry Board"
    assert bylines.breadcrumb("A sentence / with a slash in it that goes on " + "and on " * 10) is None


def test_a_posted_by_line_with_points_under_a_heading_below_the_trail():
    text = ("**Slow Spin Club** › Record of the Week › Archive\n\n## [ROTW] Quiet Water – Tides (2019)\n\n"
            "**posted by heron_pike** · 22 points · 2 weeks ago\n\n" + BODY)
    m = read_markdown(text, "post.md").metadata
    assert (m.author, m.publication) == ("heron_pike", "Slow Spin Club")


def test_a_bookseller_signs_with_the_given_name_and_the_shop():
    assert bylines.byline("— Ines, Quay Street shop", trailing=True) == bylines.Byline("Ines", None)
    assert bylines.byline("— Ines, and the sea", trailing=True) is None


def test_an_html_bio_element_names_the_writer(tmp_path):
    from audioreview.readers import read
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Quiet water — The Ferry Quarterly</title></head><body><article>"
                    f"<h1>Quiet water</h1>{body}<p class=\"bio\"><em>Tamsin Orrell is a contributing editor at "
                    "The Ferry Quarterly. Her essays on rivers have appeared widely.</em></p></article></body></html>", "utf-8")
    m = read(page, "html").metadata
    assert m.author == "Tamsin Orrell"


def test_a_name_over_its_place_and_counters_and_a_rating_with_its_age_is_the_reviewer_card():
    text = ("Reviews › Odile F.\n\nOdile F.\nQuayside · 31 reviews · 12 photos\n★★★★☆  · 2 weeks ago\n\n"
            "Good noodles, slow service\n\n" + BODY)
    assert read_text(text, "review.txt").metadata.author == "Odile F."


def test_a_one_word_verdict_label_names_no_outlet_under_a_masthead():
    text = ("THE HARWICK SENTINEL\nReissues | New Albums | Interviews | Charts | Shop\n\nQuiet water at 30\n\n"
            "Tamsin Orrell, Music Editor\n\n" + BODY + "Reissue rating: ★★★★☆\n")
    assert read_text(text, "review.txt").metadata.publication == "The Harwick Sentinel"


def test_a_bar_may_end_on_a_call_to_subscribe_and_a_column_label_goes_with_the_reading_time():
    assert bylines.nav_line("Reissues  |  New releases  |  Turntables  |  Subscribe to the print edition") is False
    assert bylines.is_furniture("Record of the week · 5 min read")
    assert not bylines.is_furniture("Tamsin Orrell · 5 min read")


def test_a_user_review_card_holds_its_own_title_between_the_stars_and_the_byline():
    text = ("Reelwise · Film · Quiet Water · User Reviews\n\n"
            "★★★★☆  8/10\nA slow river, and worth every minute\nposted by heron_pike | 2 May 2024 | Verified viewer\n\n" + BODY)
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.title) == ("heron_pike", "A slow river, and worth every minute")


def test_a_games_played_counter_is_a_profile_counter():
    assert bylines.profile_stats("Level 12 · 340 games played")
