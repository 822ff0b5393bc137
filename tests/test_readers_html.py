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
