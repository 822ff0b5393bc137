"""HTML reader: article extraction, headings, page and JSON-LD metadata."""


import pytest

from audioreview.readers import read, read_html

from conftest import EXAMPLES, body_text


@pytest.fixture(scope="module")
def starfall():
    return read(EXAMPLES / "starfall-tactics.html")


def test_starfall_metadata(starfall):
    m = starfall.metadata
    assert m.title == "Starfall Tactics review: small squads, big decisions"
    assert (m.author, m.publication, m.date) == ("Rosa Tanaka-Reed", "Pixel Ledger", "2025-01-22")
    assert (m.work.title, m.work.kind, m.work.year, m.work.creator) == (
        "Starfall Tactics", "game", 2024, "Orbitwell Studio")
    assert (m.rating.value, m.rating.scale) == (8.5, 10.0)
    assert m.url == "https://pixelledger.example/reviews/starfall-tactics"
    assert (m.language, m.source_format) == ("en", "html")


def test_starfall_outline(starfall):
    assert starfall.outline() == [
        (2, "Opening"), (2, "How it plays"), (2, "Between missions"), (3, "Accessibility"),
        (2, "Look and sound"), (2, "The verdict"),
    ]


def test_starfall_drops_page_furniture(starfall):
    body = body_text(starfall)
    for junk in ("Subscribe", "Advertisement", "Thunderbolt", "Share this review", "quasar_kid",
                 "Waiting for a sale", "Related reviews", "All rights reserved", "Score: 8.5/10"):
        assert junk not in body, junk
    assert "cover moves" in body
    assert starfall.byline.text == "By Rosa Tanaka-Reed, Pixel Ledger."


def test_html_without_json_ld_and_with_marks():
    page = ("<html lang='de'><head><title>Ein Test</title><meta name='author' content='Eva Berg'></head><body>"
            "<nav><a href='/'>Start</a></nav><article><h1>Ein Test</h1>"
            + "<p>Das ist ein <em>sehr</em> guter Film. Er dauert zwei Stunden und ist spannend bis zum Ende.</p>" * 3
            + "<h2>Fazit</h2><p>Insgesamt empfehlenswert, vor allem im Kino mit Freunden.</p></article></body></html>")
    r = read_html(page, "test.html")
    assert r.metadata.language == "de"
    assert r.title == "Ein Test"
    assert r.outline()[-1] == (2, "Fazit")
    s = r.sections[0].blocks[0].sentences[0]
    assert [(s.text[m.start:m.end], m.kind) for m in s.marks] == [("sehr", "em")]


def _page(lang: str, header: str, body: str) -> str:
    return (f"<html lang='{lang}'><head><title>Une page</title></head><body><article><h1>Une page</h1>"
            f"{header}" + f"<p>{body}</p>" * 4 + "</article></body></html>")


_FR = "Le jeu tient ses promesses du début à la fin, avec une bande-son qui reste en tête longtemps."
_DE = "Der Roman nimmt sich Zeit für seine Figuren, und jede Seite lohnt die Geduld der Leserin."


@pytest.mark.parametrize("lang, header, body, author", [
    # the byline word in the page's language, before a linked name
    ("fr", "<span class='byline'>par <a href='/x'>Inès Carpentier</a></span>", _FR, "Inès Carpentier"),
    ("de", "<div class='k9__meta'><span>Eine Rezension von Tobias Wendland</span> <time>3. Mai 2024</time></div>",
     _DE, "Tobias Wendland"),
    # a class that only says "auth", with the date and the comment count after the name
    ("es", "<div class='q-auth'><span>Marta Vidal Ortega</span> · <time>2 de junio de 2025</time> · "
           "<a href='#c'>8 comentarios</a></div>", "La serie acierta en el tono, y el reparto sostiene cada episodio.",
     "Marta Vidal Ortega"),
    # no telling class at all: a link to the writer's profile page
    ("en", "<div class='x1'><a href='/@hollyvance'>Holly Vance</a> <button>Follow</button></div>",
     "The film earns its quiet ending, and the last shot stays with you for days afterwards.", "Holly Vance"),
])
def test_page_bylines_in_four_languages_and_without_telling_classes(lang, header, body, author):
    r = read_html(_page(lang, header, body), "page.html")
    assert r.metadata.author == author


def test_a_made_byline_speaks_the_reviews_language():
    r = read_html(_page("fr", "<span class='byline'>par <a href='/x'>Inès Carpentier</a></span>", _FR), "page.html")
    assert " ".join(s.text for s in r.byline.sentences).startswith("Par Inès Carpentier")


@pytest.mark.parametrize("raw, name", [
    ("Nell Achterberg Nov", "Nell Achterberg"),  # what trafilatura left of "Nov 14, 2024"
    ("Nell Achterberg Nov 14, 2024", "Nell Achterberg"),
    ("Ada Grace May", "Ada Grace May"),  # "May" is a surname too
])
def test_an_author_name_loses_the_date_that_ran_into_it(raw, name):
    from audioreview.readers.html import _author_name

    assert _author_name(raw) == name


@pytest.mark.parametrize("head, card, author", [
    ("<title>The Quiet Ward is a small miracle | by Odile Farnham | Night Notes</title>", "", "Odile Farnham"),
    ("<title>La salle d'attente - par Jules Morvan - Carnets</title>", "", "Jules Morvan"),
    ("<title>The Quiet Ward</title>", "<h2>Written by Odile Farnham</h2><p>Odile watches too much television.</p>",
     "Odile Farnham"),
])
def test_a_byline_said_in_the_title_or_over_an_author_card(head, card, author):
    body = "<p>The series earns its quiet ending, and the last episode stays with you for days afterwards.</p>" * 4
    page = f"<html lang='en'><head>{head}</head><body><article><h1>The Quiet Ward</h1>{body}</article>{card}</body></html>"
    assert read_html(page, "page.html").metadata.author == author


@pytest.mark.parametrize("lang, head, card", [
    ("en", "<title>The Quiet Ward | Odile Farnham | Night Notes</title>", ""),  # no by-word
    ("de", "<title>Die stille Station</title>", "<h3>Von Berlin</h3><p>Eine Reise in den Osten.</p>"),  # one word
])
def test_a_line_that_does_not_say_by_is_no_byline(lang, head, card):
    body = "<p>The series earns its quiet ending, and the last episode stays with you for days afterwards.</p>" * 4
    page = f"<html lang='{lang}'><head>{head}</head><body><article><h1>The Quiet Ward</h1>{body}</article>{card}</body></html>"
    assert read_html(page, "page.html").metadata.author is None
