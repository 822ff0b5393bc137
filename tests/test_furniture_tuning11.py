"""readers/boxes.py and readers/furniture.py: the rules added on tuning11, on small pages and lines written for
these tests (a data attribute's name that names a widget, a box whose first line, or the line under its short
heading, is furniture, before the review too when it holds no heading, byline or date), in four languages; the
review's prose stays."""

from __future__ import annotations

import pytest

import lxml.html

from audioreview.readers import read_html
from audioreview.readers.boxes import prune_page
from audioreview.readers.furniture import is_furniture_text
from article_pages import body_text, review_page

PROSE = ["The ferry in this novel crosses the same grey strait twice a day, and the author makes each crossing feel "
         "like a small chapter of a life. The captain keeps a notebook of passengers, and we read every entry.",
         "The middle section drifts. A storm subplot returns once too often, and the chapters lose the patient "
         "rhythm of the tides, which matters in a book that is built on waiting for the fog to lift.",
         "The captain has a dry, weary humour. She is the best thing in it, and the novel knows it, keeping her "
         "on the bridge whenever the story threatens to wander off along the harbour wall.",
         "It is a small book with a large heart, and I would happily make that crossing again. Read it slowly, "
         "in winter if you can, and stay for the last page, where the engine stops and nobody speaks."]


def page(article: str, lang: str = "en", head: str = "") -> str:
    return review_page(article, work="The Strait", outlet="Tidewater Books", lang=lang, head=head, wrapper="div")


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


def pruned(html: str) -> str:
    """The page's text once its boxes are pruned (step 1)."""
    return " ".join(prune_page(lxml.html.fromstring(html)).text_content().split())


BODY = "".join(p(i) for i in range(4))


# -- structure: a data attribute's name ------------------------------------------------------------------------------

def test_a_box_named_by_its_data_attribute_goes():
    ad = "<div class='my-8 text-center' data-ad='slot-2'><p class='text-xs'>From our sponsors</p><div></div></div>"
    text = body_text(page(p(0) + p(1) + ad + p(2) + p(3)))
    assert "sponsors" not in text and all(t in text for t in PROSE)


def test_a_data_attribute_name_never_takes_prose():
    body = f"<div data-ad-slots='3'>{p(0)}{p(1)}</div>{p(2)}{p(3)}"
    text = body_text(page(body))
    assert all(t in text for t in PROSE)


# -- structure: a box that opens with a line of furniture ------------------------------------------------------------

def test_a_player_box_before_the_review_goes():
    player = ("<div class='flex gap-3'><button aria-label='Play'></button><div><p>Prefer to listen?</p>"
              "<p>Narrated, 7 minutes</p></div></div>")
    text = body_text(page(player + BODY))
    assert "Narrated" not in text and all(t in text for t in PROSE)


def test_a_note_box_before_the_review_goes():
    box = ("<div class='callout'><p>This post is part of my autumn reading series: week 2 of 6.</p>"
           "<p>Last week: a very long novel about bees. Next week: short stories from the coast.</p></div>")
    text = body_text(page(box + BODY))
    assert "bees" not in text and all(t in text for t in PROSE)


def test_a_box_before_the_review_with_a_byline_stays():
    box = "<div class='meta'><p>6 min read</p><p>By Ines Faro</p></div>"
    assert "Ines Faro" in pruned(page(box + BODY))
    assert read_html(page(box + BODY), "t.html").metadata.author == "Ines Faro"


def test_a_box_whose_heading_is_followed_by_a_count_goes():
    mentions = ("<section><h3>Elsewhere</h3><p>12 likes · 4 reposts · 3 replies</p><ul>"
                "<li><a href='https://social.example/@ana/1'>ana_reads</a>: <span>Loved the storm chapter too.</span></li>"
                "<li><a href='https://social.example/@tom/2'>tomk</a>: <span>On my list now.</span></li></ul></section>")
    text = pruned(page(BODY + mentions))
    assert "storm chapter too" not in text and "Elsewhere" not in text and all(t in text for t in PROSE)


def test_a_section_under_a_heading_with_prose_stays():
    section = "<section><h3>The crossing</h3><p>12 likes · 4 reposts</p>" + p(2) + "</section>"
    text = pruned(page(p(0) + p(1) + section + p(3)))
    assert "The crossing" in text and all(t in text for t in PROSE)


def test_a_short_section_under_a_heading_before_the_review_stays():
    section = "<section><h3>At a glance</h3><p>6 min read</p><p>A novel of the sea.</p></section>"
    assert "A novel of the sea" in pruned(page(section + BODY))


# -- wording ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    # the writer's previous or next post in a series, as a pointer label
    "Previous entry: a long novel about bees. Next entry: short stories from the coast.",
    "Next post: the winter reading list",
    "Vorheriger Beitrag: ein Roman über Bienen",
    "Billet précédent : un roman sur les abeilles",
    "Entrada anterior: una novela sobre abejas",
    # an editors' note, and a note to readers with a word before "housekeeping"
    "A note from the books desk: the publisher sent a proof copy. Ines read it twice over a week.",
    "Editor's note: this review was updated after publication.",
    "Anmerkung der Redaktion: Der Verlag hat ein Leseexemplar geschickt.",
    "Note de la rédaction : l'éditeur nous a envoyé un exemplaire.",
    "Nota de la redacción: la editorial envió un ejemplar.",
    "A brief housekeeping note: the next letter comes a week late.",
    # a review copy said in the active voice
    "Harbour Games supplied a Steam key for this review.",
    "Der Verlag stellte uns ein Exemplar für diese Besprechung zur Verfügung.",
    "L'éditeur nous a fourni une copie numérique.",
    "La distribuidora nos facilitó una copia digital.",
    # an affiliate note that says the writer earns a little on each sale
    "Book links here go to a shop that shares its margin with bookshops; I get a few pence per copy.",
    "Die Buchlinks führen zu einem Laden; ich bekomme ein paar Cent pro Exemplar.",
    "Les liens mènent à une librairie en ligne : je touche quelques centimes par livre.",
    "Los enlaces llevan a una librería; me llevo unos céntimos por cada ejemplar.",
    # a subscriber's article, and the reader thanked for the subscription
    "You're reading a subscriber-only article. Thank you for your subscription.",
    "Sie lesen einen HZ+-Artikel. Danke, dass Sie mit Ihrem Abo unseren Journalismus möglich machen.",
    "Vous lisez un article réservé aux abonnés. Merci pour votre abonnement.",
    "Estás leyendo un artículo exclusivo para suscriptores. Gracias por tu suscripción.",
    # the writer not paid for a tip
    "The streamer has a free trial this month. Nobody is paying me to say this.",
    "Der Dienst hat gerade ein Probeabo. Ich werde dafür nicht bezahlt.",
    "Le service propose un essai gratuit. Personne ne me paie pour le dire.",
    "La plataforma tiene una prueba gratuita. No me pagan nada por decirlo.",
    # an audio version's credit with its length, and an ad label
    "This piece, read by a human, 9 minutes",
    "Vorgelesen von Anna Berg, 6 Min.",
    "Lu par l'autrice (8 min)",
    "Narrado por Ana Gil · 7 minutos",
    "Paid message",
])
def test_tuning11_lines_are_furniture(line):
    assert is_furniture_text(line)


@pytest.mark.parametrize("line", [
    "The previous entry in the franchise was better.",
    "Next episode: the family goes to the lake.",
    "He gave me a key for the car, she says, and then the film jumps a year.",
    "I get a few hours of sleep per night during the shoot.",
    "She is reading a Plus article when the phone rings.",
    "Thank you for your service, he says, and the door closes.",
    "Nobody pays him to say it, and he says it anyway.",
    "No me pagan los de arriba, dice el protagonista.",
    "Er wird dafür nicht bezahlt, und er macht es trotzdem.",
    "The narrator, read by an actor, is the weak link.",
    "The audiobook is read by the author, 9 hours 12 minutes long.",
    "A note on the translation: it keeps the dialect.",
])
def test_tuning11_prose_stays(line):
    assert not is_furniture_text(line)


def test_an_editors_note_after_the_last_paragraph_goes():
    note = ("<div class='note'><p>A note from the books desk: Harbour Press supplied a proof copy for this review. "
            "Ines read it twice.</p></div>")
    text = body_text(page(BODY + note))
    assert "books desk" not in text and all(t in text for t in PROSE)


def test_a_disclosure_callout_between_paragraphs_goes():
    box = ("<div style='background:#fff7e0'><b>Por si os sirve:</b> La plataforma tiene ahora una prueba gratuita de "
           "siete días. No me pagan nada por decirlo.</div>")
    text = body_text(page(p(0) + p(1) + box + p(2) + p(3), lang="es"))
    assert "prueba gratuita" not in text and all(t in text for t in PROSE)


@pytest.mark.parametrize("word", ["post", "x", "share", "tweet"])
def test_a_line_of_one_share_word_repeated_is_read_at_once(word):
    """The share-line rule read "post post post …" in every way it splits (12 words took minutes): each target is
    an atomic group now. A hostile page's 59 such words and a last word that is none end the match at once."""
    import time

    start = time.perf_counter()
    assert not is_furniture_text(" ".join([word] * 59) + " end.")
    assert is_furniture_text(" ".join([word] * 20))
    assert time.perf_counter() - start < 1.0
