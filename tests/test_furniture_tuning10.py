"""readers/furniture.py: the rules added on tuning10, on small pages and lines written for
these tests (a pointer to a piece from the outlet's archive, a call to comment whatever its verb
when the line ends on the page's comments and speaks to the reader, an aside all in brackets read
without them, "If you liked this, I wrote about ..."), in four languages; the review's prose stays."""

from __future__ import annotations

import pytest

from audioreview.readers.furniture import is_furniture_text
from article_pages import body_text, review_page

PROSE = ["The lighthouse keeper in this film talks to a radio that never answers, and the director makes each long "
         "night feel colder than the last. She keeps a log of ships that do not come, and we watch every entry.",
         "The middle hour drifts. A storm subplot comes back once too often, and the editing loses the patient "
         "rhythm of the tides, which matters in a film that is built on waiting for the fog to lift.",
         "The keeper has a dry, weary humour. She is the best thing in it, and the film knows it, keeping her "
         "in the frame whenever the story threatens to wander off along the cliffs.",
         "It is a small film with a large heart, and I would happily climb those stairs again. See it on a big "
         "screen if you can, and stay for the last shot, where the lamp turns and nobody is watching."]


def page(article: str, lang: str = "en") -> str:
    return review_page(article, work="The Keeper's Log", outlet="Foghorn Reviews", lang=lang, wrapper="div")


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


@pytest.mark.parametrize("line", [
    # a piece from the outlet's archive
    "From the archive: “Low Tide”, an essay on coastal cinema (Spring 2019)",
    "From our archives: the director's first interview with us",
    "Aus dem Archiv: Unser Gespräch mit der Regisseurin von 2018",
    "De nos archives : notre entretien avec la réalisatrice (2018)",
    "De la hemeroteca: nuestra entrevista con la directora (2018)",
    # a call to comment, whatever its verb, when the line ends on the page's comments
    "Have you seen it yet? Let me know down in the comments!",
    "¿Ya la has visto? ¡Cuéntamelo en los comentarios!",
    "Decídmelo en los comentarios.",
    "Habt ihr ihn schon gesehen? Verratet es mir in den Kommentaren!",
    "Vous l'avez vu ? Dites-le-moi en commentaire !",
    # an aside all in brackets, and the writer's other piece
    "(If you liked this, I wrote about another film that floored me: “The Quiet Pier.”)",
    "If you liked this, I've also written about her first short film.",
    "(Wenn dir das gefallen hat: Über ihren ersten Kurzfilm habe ich hier geschrieben.)",
    "(Si ça vous a plu, j'ai aussi écrit sur son premier court métrage.)",
    "(Si te ha gustado esto, escribí sobre su primer cortometraje el año pasado.)",
    "(Tell me in the comments which lighthouse film you love.)",
])
def test_tuning10_lines_are_furniture(line):
    assert is_furniture_text(line)


@pytest.mark.parametrize("line", [
    # a report of what was said in comments, or a comment section inside the work
    "Readers left notes in the comments.",
    "Die Figuren streiten sich in den Kommentaren.",
    "Los personajes discuten en los comentarios de un foro.",
    # the writer's past writing about the work, as part of the review
    "I wrote about her debut in 2019 and found it cold.",
    "If you liked this film's first hour, the second will test you.",
    # an aside in brackets that is about the work; footage from an archive
    "(She is, in the end, the whole film.)",
    "(The film runs 128 minutes, and feels every one of them.)",
    "From the archive footage, the director builds a portrait of the coast.",
    "Aus dem Archivmaterial baut die Regisseurin ein Porträt der Küste.",
])
def test_tuning10_prose_stays(line):
    assert not is_furniture_text(line)


def test_an_aside_in_brackets_between_paragraphs_goes():
    html = page(p(0) + p(1) + "<p>(If you liked this, I wrote about another film that floored me: “Why the Pier "
                "Still Haunts Me.”)</p>" + p(2) + p(3))
    text = body_text(html)
    assert "floored" not in text and PROSE[1] in text and PROSE[2] in text


def test_a_call_to_comment_after_the_last_paragraph_goes():
    html = page(p(0) + p(1) + p(2) + p(3) + "<p>¿La has visto? ¿La tienes pendiente? ¡Cuéntamelo en los "
                "comentarios!</p>", lang="es")
    text = body_text(html)
    assert "comentarios" not in text and PROSE[3] in text


def test_an_archive_pointer_in_its_own_div_between_paragraphs_goes():
    body = "".join(f"<div class='mb-6'><div><div>{t}</div></div></div>" for t in PROSE[:2])
    body += ("<div class='mb-6'><div><div class='text-base italic'>From the archive: ‘Low Tide’, a short essay by "
             "Ines Faro (Winter 2020)</div></div></div>")
    body += "".join(f"<div class='mb-6'><div><div>{t}</div></div></div>" for t in PROSE[2:])
    text = body_text(page(body))
    assert "From the archive" not in text and all(t in text for t in PROSE)
