"""readers/furniture.py on small pages written for these tests."""

from __future__ import annotations

from audioreview.readers.furniture import drop_furniture, is_furniture_text
from audioreview.readers.html import read_html
from audioreview.readers.structure import Item

BODY = ("The harbour town in this game is drawn with such care that you can almost smell the tar on the ropes, "
        "and the quests grow out of its streets instead of being pinned to them.")


def page(extra: str) -> str:
    return (f"<!doctype html><html lang='en'><head><title>Tidewater review | Brightport Games</title></head><body>"
            f"<article><h1>Tidewater review</h1><p>{BODY}</p>{extra}"
            f"<h2>Verdict</h2><p>It is slow to start, and I would not trade a single one of its rainy evenings for a "
            f"faster game, because the slowness is the point of the whole thing.</p></article></body></html>")


def test_a_newsletter_box_never_becomes_a_section_even_without_a_telling_class():
    html = page("<div class='box-7'><h2>Brightport Games Newsletter</h2><p>Sign up to get the best content of the "
                "week, and great gaming deals, as picked by the editors.</p></div>")
    review = read_html(html, "tidewater.html")
    headings = [s.heading for s in review.walk_sections()]
    assert not any("Newsletter" in h for h in headings)
    assert "Sign up" not in " ".join(b.text for b in review.body_blocks())
    assert BODY in " ".join(b.text for b in review.body_blocks())


def test_a_box_named_by_its_class_is_pruned_before_extraction():
    html = page("<aside class='related-articles'><p>More from Brightport: the ten best harbour games</p></aside>"
                "<p class='article-share'>Share Tweet Email</p>")
    text = " ".join(b.text for b in read_html(html, "t.html").body_blocks())
    assert "ten best harbour games" not in text and "Tweet" not in text


def test_wording_rules_in_four_languages_and_prose_that_only_mentions_them():
    for line in ("Read more: The best harbour games", "À lire aussi : Les dix jeux de l’été", "Tags: RPG, Indie",
                 "Anzeige", "Publicidad", "37 comments", "Photo: Brightport Studio", "Share | Tweet | Email",
                 "Lesen Sie auch: Die zehn besten Spiele", "Suscríbete a nuestro boletín semanal."):
        assert is_furniture_text(line), line
    long_prose = ("The game asks you to subscribe to its rhythm of tides and markets, and " + "it rewards patience " * 10)  # over 40 words: prose
    for line in (BODY, long_prose, "Her sister is a newspaper photographer who is never seen."):
        assert not is_furniture_text(line), line


def test_a_label_takes_its_link_list_and_a_bio_at_the_end_goes():
    items = [Item(BODY), Item("Latest reviews", kind="heading", level=2),
             Item("Brass Bells review: loud and lovely", kind="list_item", list_id="list-1"),
             Item("Moss Kings review: a slow burn", kind="list_item", list_id="list-1"),
             Item("Verdict", kind="heading", level=2), Item("Worth your evenings."),
             Item("Ines Varga is a senior editor who plays everything twice.")]
    kept = drop_furniture(items, author="Ines Varga")
    assert [it.text for it in kept] == [BODY, "Verdict", "Worth your evenings."]
