"""Bylines and outlets (readers/bylines.py, structure.py), rules added with tuning19: invented texts."""

from audioreview.readers import bylines, read_markdown, read_text

BODY = ("Marrow Lane is a quiet film about a street that will not sell.\n\n"
        "Marrow Lane takes its time, and the time is well spent.\n\n")


def _meta(text: str, name: str = "review.txt"):
    m = read_text(text, name).metadata
    return m.author, m.publication


def test_a_closing_note_signed_in_one_of_its_sentences():
    assert _meta(BODY + "Hidden Reels is a reader-supported column; The Porchlight takes no money from studios and all "
                        "opinions are the writer's own. Column by Tamsin Okereke-Hall.\n")[0] == "Tamsin Okereke-Hall"
    assert _meta(BODY + "The Elm Street Film Circle is run by volunteers; reviews reflect the opinions of members. "
                        "This month's review by Odile Penrose-Watts.\n")[0] == "Odile Penrose-Watts"
    assert _meta(BODY + "Slow Frame is an independent, ad-free site. Views are the writer's own; no review copies accepted. "
                        "Written by Aurelio Banks-Tiernan. © Slow Frame 2023.\n") == ("Aurelio Banks-Tiernan", "Slow Frame")


def test_a_closing_note_signed_with_a_dash_or_a_label_at_its_end():
    assert bylines.signed_note("Views expressed are the author's own. — Pilar Osei-Lund") .author == "Pilar Osei-Lund"
    assert bylines.signed_note("We buy our own tickets. Review: Hugo Marchbank").author == "Hugo Marchbank"
    # one sentence that is only a label and a name is no closing note
    assert bylines.signed_note("Review: Marrow Lane") is None
    author, pub = _meta(BODY + "This review is based on a ticket bought by the reviewer. Reel Ledger has no commercial "
                               "relationship with the distributor. Views expressed are the author's own. — Pilar Osei-Lund\n")
    assert (author, pub) == ("Pilar Osei-Lund", "Reel Ledger")


def test_a_name_a_dash_and_a_role_with_the_outlet():
    assert bylines.byline("Rafe Ionescu-Day — Film Editor, Second Sitting") == bylines.Byline("Rafe Ionescu-Day", "Second Sitting")


def test_a_section_kicker_is_not_the_outlet_the_segment_after_the_byline_is():
    by = bylines.masthead_byline("DINING  |  Nell Achebe-Frost, Food Critic  |  The Quayside Post  |  3 May 2024")
    assert (by.author, by.publication) == ("Nell Achebe-Frost", "The Quayside Post")
    by = bylines.masthead_byline("TELEVISION | Nell Achebe-Frost, TV Critic | 3 May 2024")
    assert (by.author, by.publication) == ("Nell Achebe-Frost", None)


def test_a_newsletter_sign_up_names_the_outlet_only_when_nothing_else_does():
    assert _meta(BODY + "Enjoyed this? Sign up to the Reelhouse newsletter for a weekly round-up.\n")[1] == "Reelhouse"
    text = "# Marrow Lane review\n\n" + BODY + "---\n\n*Like what you read? Get **Reelhouse** in your inbox every Friday.*\n"
    assert read_markdown(text, "review.md").metadata.publication == "Reelhouse"
    # the outlet a byline names outranks the newsletter a section runs
    assert _meta("Marrow Lane review\n\nNell Achebe-Frost | The Quayside Post\n\n" + BODY + "Sign up for The Quayside Post Film newsletter, every Thursday.\n")[1] \
        == "The Quayside Post"


def test_a_release_line_cut_with_the_sites_note_still_dates_the_work():
    text = ("Night Ferry Nine\n\nBy Juno Achterberg | Harbour Light\n\n"
            "Night Ferry Nine is a puzzle game about a boat that will not dock.\n\n"
            "Night Ferry Nine is short and sweet.\n\n"
            "Released 2021. Harbour Light reviews are independent; Juno played on a personal copy.\n")
    assert read_text(text, "review.txt").metadata.work.year == 2021
