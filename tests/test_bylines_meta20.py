"""Bylines and outlets: newspaper roles, freelancer lines, page controls (meta20 rules, on invented text)."""

from audioreview.readers import bylines, read_text

BODY = ("The ferry scenes carry the whole film, and the lead never once raises her voice. "
        "It is patient, funny and sad in the same breath, and the last shot lingers for days.\n\n"
        "The middle hour sags a little, but the ending earns its quiet. Go and see it on a big screen.\n\n")


def test_a_role_printed_before_the_name_is_a_byline():
    assert bylines.byline("Television critic Wendeline Ostrova-Park").author == "Wendeline Ostrova-Park"
    assert bylines.byline("Staff writer Idris Fenmore").author == "Idris Fenmore"
    assert bylines.byline("The critic Idris Fenmore") is None
    text = "Quiet water, loud hearts\n\nFilm critic Wendeline Ostrova-Park\nMay 9, 2021 at 6:30 a.m.\n\n" + BODY
    m = read_text(text, "review.txt").metadata
    assert m.author == "Wendeline Ostrova-Park" and m.date == "2021-05-09"


def test_special_to_names_the_outlet_under_a_byline():
    assert bylines.role_line("Special to The Harrowgate Courier") == (True, "The Harrowgate Courier")
    text = "Quiet water, loud hearts\n\nBy Wendeline Ostrova-Park\nSpecial to The Harrowgate Courier\nMay 9, 2021\n\n" + BODY
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Wendeline Ostrova-Park", "The Harrowgate Courier")


def test_show_notes_by_names_the_reviewer_in_a_credit():
    assert bylines.reviewer_in("Show notes by Perpetua Wilding. Reel Talkies is produced by Ana Roe.") == "Perpetua Wilding"


def test_a_row_of_page_controls_is_no_byline():
    assert bylines.byline("Unsubscribe · Archive", trailing=True) is None
    assert bylines.is_furniture("Unsubscribe · Archive")
    text = BODY + "Talk soon,\nBrannock Ellery\n\nThe Low Tide Letter is a free weekly newsletter about films.\n\nUnsubscribe · Archive"
    m = read_text(text, "review.txt").metadata
    assert m.publication == "The Low Tide Letter"


def test_a_profile_card_names_the_reviewer():
    assert bylines.byline("**wick_and_ember** · Senior Member · Posts: 2,210 · Joined: Jun 2019").author == "wick_and_ember"
    assert bylines.byline("Senior Member · Joined Jun 2019 · Posts: 2,210") is None
    assert bylines.role_line("Leeds, UK · 41 reviews · 12 photos") == (True, None)
    text = ("Harbour Bites › Cafés\n\n# The Salt Loaf\n\n**Odile K.**\nLeeds, UK · 41 reviews · 12 photos\n\n"
            + BODY)
    from audioreview.readers import read_markdown
    assert read_markdown(text, "review.md").metadata.author == "Odile K."


def test_a_handle_over_its_counters_is_the_poster():
    text = ("Slow Cinema Forum › Dramas\n\nwick_and_ember\nMember · Posts: 2,210 · Joined: Jun 2019\n\n" + BODY)
    assert read_text(text, "review.txt").metadata.author == "wick_and_ember"


def test_a_long_subheading_after_the_breadcrumb_keeps_the_header_open():
    text = ("**Slow Cinema Forum** › Dramas › Harbourlight\n\n"
            "## [Review] Harbourlight is the quietest great film of the year, honestly\n\n"
            "**wick_and_ember** · Senior Member · Posts: 2,210 · Joined: Jun 2019\nPosted March 2, 2024\n\n" + BODY)
    from audioreview.readers import read_markdown
    assert read_markdown(text, "review.md").metadata.author == "wick_and_ember"


def test_a_list_of_links_below_the_signature_counts_as_one_footer_item():
    text = ("# Harbourlight: the quiet one\n\n" + BODY + "— Perpetua Wilding\n\n"
            "*Perpetua writes about films from a flat above a chip shop.*\n\nShare: Bluesky · Email\n\n"
            "**More from Low Tide**\n\n- [One](#)\n- [Two](#)\n- [Three](#)\n\n© Low Tide 2024")
    from audioreview.readers import read_markdown
    assert read_markdown(text, "review.md").metadata.author == "Perpetua Wilding"


def test_a_handle_signs_with_a_dash_or_with_its_stars():
    assert bylines.byline("— moss.and.static", trailing=True).author == "moss.and.static"
    assert bylines.byline("— fin", trailing=True) is None
    assert bylines.byline("reel_wren42 ★★★★☆ 8/10").author == "reel_wren42"
    assert bylines.byline("Harbourlight ★★★★☆ 8/10") is None
    text = BODY + "— moss.and.static\n\n❤ 88   💬 12   ↻ Share\n\nShelfbird · your reading diary"
    assert read_text(text, "review.txt").metadata.author == "moss.and.static"


def test_a_footer_naming_the_site_before_its_slogan_and_a_bare_copyright():
    assert bylines.copyright_holder("The Lamplight Desk — reviews, after dark. © 2023") == "The Lamplight Desk"
    text = "Quiet water, loud hearts\n\nBy Wendeline Ostrova-Park\n\n" + BODY + "The Lamplight Desk — reviews, after dark. © 2023"
    assert read_text(text, "review.txt").metadata.publication == "The Lamplight Desk"


def test_a_breadcrumb_led_by_a_section_of_the_link_row_names_no_site():
    text = ("Harbour Lane Books\nShop | Events | Gift cards | Our Picks | Basket (0)\n\nOUR PICKS › FICTION\n\n"
            + BODY + "— Pell, Fiction Buyer\n\n© 2024 Harbour Lane Books Ltd")
    assert read_text(text, "review.txt").metadata.publication == "Harbour Lane Books"


def test_a_newsletter_footer_names_the_list_you_joined():
    line = "You're receiving this because you joined The Low Tide Letter mailing list. 3 Quay Row, Deal."
    assert bylines.outlet_plug(line) == "The Low Tide Letter"
    assert bylines.is_furniture(line)  # page chrome, dropped: the trailer reads the outlet from it all the same
