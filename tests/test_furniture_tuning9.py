"""readers/furniture.py: the rules added on tuning9, on small pages and lines written for
these tests (an affiliate note whose links and whose word "affiliated" are apart, "without
it costing you anything", "subscribing", the reader asked to use the page's own buttons and
comments, a newsletter someone forwarded, a bold one-line label left over its dropped box),
in four languages; the review's prose stays."""

from __future__ import annotations

import pytest

from audioreview.readers.furniture import is_furniture_text
from article_pages import body_text, review_page

PROSE = ["The orchard keeper in this novel counts apples that never ripen, and the author makes each cold "
         "morning feel heavier than the last. She writes to a brother who never answers, and we read every letter.",
         "The middle third sags. A flood subplot returns once too often, and the prose loses the patient rhythm "
         "of the seasons turning, which matters in a book that is built on waiting for the frost.",
         "The narrator has a dry, tired humour. She is the best thing in it, and the book knows it, keeping her "
         "at the centre whenever the story threatens to drift out along the river.",
         "It is a modest novel with a big heart, and I would happily walk that orchard again. Read it in the "
         "evening if you can, and stay for the last page, where the lamp goes out and nobody notices."]


def page(article: str, lang: str = "en") -> str:
    return review_page(article, work="The Keeper", outlet="Apple Letters", lang=lang, wrapper="div")


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


@pytest.mark.parametrize("line", [
    # affiliate links and the word apart
    "(Quick reminder: les liens vers le roman en bas de la page sont affiliés, merci !)",
    "(Petit mot : les liens de cette page vers la librairie sont affiliés. Merci de votre soutien !)",
    "Los enlaces a la librería de esta entrada son afiliados.",
    # the cost, said as "without it costing you"
    "If you buy the book through the links below I get a few pennies, without it costing you anything.",
    "Wenn ihr über die Links unten bestellt, bekomme ich ein paar Cent, ohne dass es euch etwas mehr kostet.",
    "Si vous passez par ces liens, je touche une petite somme, sans que ça vous coûte rien de plus.",
    "Si compras con los enlaces de abajo me llevo unos céntimos, sin que te cueste nada.",
    # subscribing, and a newsletter someone forwarded
    "You can get the next letter in your own inbox by subscribing below.",
    "If someone forwarded you this, hello and welcome aboard!",
    "Wenn dir jemand diese Ausgabe weitergeleitet hat: schön, dass du da bist.",
    "Si quelqu'un vous a transféré cette lettre, bienvenue !",
    "Si alguien te reenvió este boletín, ¡bienvenido!",
    # the page's own buttons and comments
    "If you enjoyed this, I write a new review most Fridays. Hit the follow button so you don't miss it.",
    "Tap the heart icon if this one spoke to you.",
    "Tell me in the comments which novel you are reading now.",
    "Schreibt mir in die Kommentare, was ihr gerade lest!",
    "Ein Klick auf den Folgen-Button, und ihr verpasst keine Besprechung mehr.",
    "Dites-moi en commentaire ce que vous lisez en ce moment !",
    "Cliquez sur le bouton « suivre » pour ne rien rater.",
    "Cuéntame en los comentarios qué estás leyendo.",
    "Pulsa el botón de seguir para no perderte la próxima reseña.",
])
def test_tuning9_lines_are_furniture(line):
    assert is_furniture_text(line)


@pytest.mark.parametrize("line", [
    "You press the dodge button a beat too late and the whole fight unravels.",
    "Tell me, the narrator asks her brother, what the orchard looked like in the comments of your letters.",
    "The links between the two sisters are never affiliated to anything but grief.",
    "Her brother keeps subscribing to catalogues he never reads, which says more than any dialogue.",
    "A friend forwarded me the proofs, and I read them in one night.",
    "Les liens entre les deux sœurs sont le cœur du roman.",
    "Sie drückt den Knopf an der Tür, und niemand öffnet.",
    "Él pulsa el botón del ascensor una y otra vez, sin que nadie acuda.",
])
def test_tuning9_prose_stays(line):
    assert not is_furniture_text(line)


def test_an_affiliate_aside_between_paragraphs_goes():
    html = page(p(0) + p(1) + "<p>(Petit rappel : les liens vers le coffret en bas de l'article sont affiliés. Si vous "
                "passez par eux, je touche quelques centimes. Merci, ça paie l'hébergement du blog !)</p>" + p(2) + p(3),
                lang="fr")
    text = body_text(html)
    assert "affiliés" not in text and PROSE[1] in text and PROSE[2] in text


def test_a_bold_label_over_a_dropped_box_goes_with_it():
    html = page(p(0) + p(1) + p(2) + p(3) + "<hr><p><strong>Odds and ends</strong></p><p>Paid subscribers will get the "
                "festival diary on Sunday.</p><p>If someone forwarded you this, you can get the next one by "
                "subscribing below.</p>")
    text = body_text(html)
    assert "Odds and ends" not in text and "forwarded" not in text and PROSE[3] in text


def test_a_bold_line_that_heads_prose_or_closes_the_review_stays():
    # a bold label with the review under it stays; so does a bold last line with nothing dropped after it
    html = page(p(0) + "<p><strong>The verdict</strong></p>" + p(1) + p(2) + p(3) + "<p><strong>Highly recommended"
                "</strong></p>")
    text = body_text(html)
    assert "The verdict" in text and "Highly recommended" in text and PROSE[1] in text
