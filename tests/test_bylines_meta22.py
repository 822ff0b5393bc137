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
