"""Bylines and outlets read from what the page repeats (meta18 rules, on invented text)."""

from audioreview.readers import read_text
from audioreview.readers import bylines

BODY = ("The ferry scenes carry the whole film, and the lead never once raises her voice. "
        "It is patient, funny and sad in the same breath, and the last shot lingers for days.\n\n"
        "The middle hour sags a little, but the ending earns its quiet. Go and see it on a big screen.\n\n")


def test_site_named_again_as_the_byline_outlet_is_no_person():
    text = "Marsh Lantern | Arts & Culture\nOrla Pemberton-Quist | Marsh Lantern\nMay 3, 2022\n\n" + BODY + "Grade: B+"
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Orla Pemberton-Quist", "Marsh Lantern")


def test_a_footer_line_naming_the_site_signs_nothing():
    from audioreview.readers.structure import _site_footer
    assert _site_footer("About Tallow Street Review | Donate | Write for us", "Tallow Street Review")
    assert _site_footer("Tallow Street Review · Part of the Ouse Valley Network", "Tallow Street Review")
    assert not _site_footer("Dorian Achterberg-Lyle at Tallow Street Review", "Tallow Street Review")
    assert not _site_footer("About Tallow Street Review | Donate | Write for us", None)


def test_an_initials_period_ends_no_sentence_before_published_by():
    assert bylines.outlet_statement("Moth Orchard by J. K. Vellacott is published by Quillon Press.") is None
    assert bylines.outlet_statement("Quillon Weekly is published by Harbour Media.") == "Quillon Weekly"


def test_a_rank_and_a_desk_are_no_outlet():
    by = bylines.signature_pair("Tamsin Oduya-Berg, Senior Books Editor", "Tamsin Oduya-Berg")
    assert by is not None and by.author == "Tamsin Oduya-Berg" and by.publication is None
    by = bylines.signature_pair("words by Fen Arkwright, BACKLIT co-editor", "Fen Arkwright")
    assert by is not None and by.publication == "BACKLIT"


def test_an_aside_about_the_writer_after_an_explicit_byline():
    by = bylines.byline("— Posted by Wendeline Sharrow, who still owns a VCR")
    assert by is not None and by.author == "Wendeline Sharrow"


def test_the_name_said_twice_outranks_a_books_card_above_it():
    text = ("Quillon Weekly\n\n" + BODY * 4 + "The Glass Orchard\nBy Ambrose Velling\nCrane, 312 pages, $28.00\n\n"
            "A review copy was provided by the publisher.\nPerpetua Hallam at Quillon Weekly\nPerpetua Hallam")
    assert read_text(text, "review.txt").metadata.author == "Perpetua Hallam"


def test_a_name_and_its_job_title_over_the_day():
    by = bylines.byline("Oswin Teague-Marlow, Games Lead · 4 Mar 2024, 09:30 · 9 min read")
    assert by is not None and (by.author, by.date) == ("Oswin Teague-Marlow", "2024-03-04")


def test_tag_chips_over_the_headline_are_no_body_and_the_byline_under_it_is_read():
    from audioreview.readers import read_markdown
    text = ("**LANTERN REEL** | [Reviews](/r) | [Lists](/l) | [About](/a)\n\n`Drama` `Festival`\n\n"
            "# A quiet storm\n\nBy **Rosamund Achebe-Kerr** | June 2, 2024\n\n" + BODY)
    assert read_markdown(text, "review.md").metadata.author == "Rosamund Achebe-Kerr"


def test_a_long_run_of_code_spans_is_body_not_tag_chips():
    from audioreview.readers import read_markdown
    text = "# Notes\n\n" + "`run` " * 40 + "\n\n" + BODY
    review = read_markdown(text, "review.md")
    assert any("run" in s.text for b in review.body_blocks() for s in b.sentences)


def test_posted_on_the_site_under_the_byline():
    assert bylines.masthead("Posted on The Lamplit Stall, a reader-reviews site") == "The Lamplit Stall"
    assert bylines.masthead("Posted on Monday") is None


def test_the_copyright_line_below_a_signature_names_the_outlet():
    text = (BODY * 3 + "— Ilse Varga-Mott\n\nTags: drama, festival\n\n© Lampwick Notes. Powered by a slow server.")
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Ilse Varga-Mott", "Lampwick Notes")
    signed = (BODY * 3 + "— Ilse Varga-Mott\n\nTags: drama, festival\n\n© Ilse Varga-Mott 2024 · Theme by a friend")
    assert read_text(signed, "review.txt").metadata.publication is None
