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
