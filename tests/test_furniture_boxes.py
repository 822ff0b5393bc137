"""readers/boxes.py and the wording rules of readers/furniture.py on small pages
written for these tests: boxes found by their build, not their class names, and
the review's prose kept whatever its wrapper is called."""

from __future__ import annotations

from audioreview.readers.furniture import drop_furniture, is_furniture_text
from audioreview.readers.structure import Item
from audioreview.model import Mark
from article_pages import body_text, review_page

PROSE = ["The harbour town in this game is drawn with such care that you can almost smell the tar on the ropes. "
         "The quests grow out of its streets instead of being pinned to them, and that is rarer than it sounds.",
         "Its economy is the weak point. Prices swing without warning, and a whole evening of salvage can be worth "
         "nothing by the time you reach the market, which made me stop trading after the second chapter.",
         "The writing is the reason to come back. Every letter in a drawer is a small life, and the game trusts you "
         "to put those lives together without a single marker on the map telling you where to look next.",
         "It is slow to start, and I would not trade a single one of its rainy evenings for a faster game. "
         "The slowness is the point of the whole thing, and it earns every minute it asks of you."]


def page(article: str, lang: str = "en") -> str:
    return review_page(article, work="Tidewater", outlet="Brightport Games", lang=lang)


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


def test_prose_in_a_paywall_teaser_is_the_review_but_the_paywall_offer_is_not():
    html = page(f"<div class='article-body'><div class='paywall-teaser'>{p(0)}</div>"
                f"<div class='paywall-content'>{p(1)}{p(2)}{p(3)}</div>"
                f"<div class='paywall'><p>You have 2 free articles left this month.</p></div></div>")
    text = body_text(html)
    assert all(s in text for s in PROSE)
    assert "free articles" not in text


def test_a_body_split_by_a_box_or_opened_before_its_container_is_read_whole():
    split = page(f"<div class='article-body'>{p(0)}{p(1)}</div><div class='x'><p>Advertisement</p></div>"
                 f"<div class='article-body'>{p(2)}{p(3)}</div>")
    lede = page(f"<p class='lede'>{PROSE[0]}</p><div class='entry-content'>{p(1)}{p(2)}{p(3)}</div>")
    no_article = (f"<!doctype html><html lang='en'><head><title>T | Site</title></head><body><div class='wrap'>"
                  f"<h1>T</h1><div class='article-body'>{p(0)}{p(1)}</div><div class='x'><p>Advertisement</p></div>"
                  f"<div class='article-body'>{p(2)}{p(3)}</div></div></body></html>")
    for html in (split, lede, no_article):
        text = body_text(html)
        assert all(s in text for s in PROSE), text
        assert "Advertisement" not in text


def test_boxes_built_like_furniture_go_whatever_their_class():
    boxes = ("<div class='box-1'><p>Enjoying this piece?</p><p>Six issues a year, posted to your door.</p>"
             "<a class='x' href='/subscribe'>See the options</a></div>",
             "<div class='box-2'><p>Will you be picking it up?</p><label><input type='radio'> Day one</label>"
             "<label><input type='radio'> Waiting for a sale</label></div>",
             "<div class='box-3'><img src='harbour.jpg'><p>The harbour at dusk, seen from the lighthouse.</p></div>",
             "<div class='box-4'><p>Patch 1.02 is live. Rain is now wetter.</p>"
             "<p>Brightport Studio (@brightport) · Feb 18, 2025</p></div>")
    text = body_text(page(p(0) + p(1) + "".join(boxes) + p(2) + p(3)))
    for gone in ("Enjoying", "Six issues", "picking it up", "harbour at dusk", "Patch 1.02", "@brightport"):
        assert gone not in text, gone
    assert all(s in text for s in PROSE)


def test_a_comment_section_goes_from_its_heading_but_a_short_last_paragraph_and_quotes_stay():
    html = page(p(0) + p(1) + "<blockquote><p>“The sea keeps what it is given.”</p></blockquote>" + p(2) + p(3)
                + "<div class='sig'><p>Go and play it.</p><img src='signature.png'></div>"
                + "<section class='s'><h2>Comments (2)</h2><div><p>kat_22</p><p>Loved the letters in the drawers, "
                  "they made me cry twice. Great review, and I agree about the market.</p></div></section>")
    text = body_text(html)
    assert "Go and play it." in text and "The sea keeps what it is given." in text
    assert "Loved the letters" not in text and "kat_22" not in text


def test_a_body_paragraph_with_a_generated_two_letter_class_is_no_ad():
    html = page("".join(f"<p class='pw-post-body-paragraph ab ad ae af ag'>{s}</p>" for s in PROSE))
    assert all(s in body_text(html) for s in PROSE)


def test_wording_rules_in_four_languages():
    for line in ("Mis à jour le 7 mars 2025 à 11h25", "Aktualisiert: 22.01.2025, 14:12 Uhr", "Publicado el 6 de marzo de 2025",
                 "Lesedauer: 4 Min.", "6 min read", "Annonce publicitaire", "— Advertisement —",
                 "Weiterlesen nach der Werbung", "Test réalisé sur PS5 à partir d’une copie fournie par l’éditeur.",
                 "Review code provided by the publisher.", "Thanks for reading Low Signal! Feel free to forward it.",
                 "Enjoying this piece?", "À lire également : Test Les Oiseaux de cendre",
                 "Where to watch: all eight episodes are streaming now on Arbor+.", "2.4K", "31", "Réactions (4)",
                 "Tellerrand ist werbefrei und wird von Leserinnen und Lesern getragen.", "vor 3 Tagen", "2h ago",
                 "Image 3 of 8", "Screenshot courtesy of Driftline Publishing", "Home > Reviews > Film",
                 "From the April 2025 issue", "View this post on Instagram", "Sie haben in diesem Monat noch 2 Artikel frei."):
        assert is_furniture_text(line), line


def test_review_sentences_that_start_like_furniture_are_prose():
    for line in ("Read more closely, and the novel turns into a ghost story.", "More than anything, it is about waiting.",
                 "Inhaltlich bleibt die Serie dünn.", "In den Folgen sieht man, wie das Wasser steigt.",
                 "Regular readers of this newsletter know I love bands that sound cold.",
                 "Published in 1962, the novel still stings.", "Go and listen.", "Es lohnt sich.", "Y lo consigue.",
                 "We follow the family on their long drive north.", "It costs €20 at launch, which is fair.",
                 "Still by the end of the night, nobody had left.", "Folgen Sie mir nicht, sagt Ruth.",
                 "Courtesy of the producers, the screener arrived late.", "Archives are the real heroes of the book.",
                 "Everyone has to chip in to keep the farm going.", "The game is ad-free and has no microtransactions.",
                 "Tested on PS5, it ran at a steady 60 frames a second.", "We follow Ruth on her way to the harbour.",
                 "Dan ganas de seguir leyendo.", "I would sign up for a sequel tomorrow."):
        assert not is_furniture_text(line), line


def test_a_practical_box_goes_with_its_heading_and_a_link_line_is_a_related_story():
    items = [Item(PROSE[0]), Item("Adresse & Öffnungszeiten", kind="heading", level=4),
             Item("Kiosk Oktopus, Kleine Brauerstraße 7, Hamburg. Abendmenü Do–Sa ab 19 Uhr."),
             Item("Details", kind="heading", level=2), Item(PROSE[1]),
             Item("Marrow Street review – a thriller that boils over", marks=[Mark(0, 49, "link", "/x")]),
             Item("Copper Weather is out now on Drystone Records.", marks=[Mark(15, 46, "link", "/y")])]
    kept = [it.text for it in drop_furniture(items)]
    assert kept == [PROSE[0], "Details", PROSE[1], "Copper Weather is out now on Drystone Records."]
