"""readers/boxes.py and readers/furniture.py: the rules added on tuning8, on small
pages and lines written for these tests (a spoiler warning set in a callout card of
<div>s, which trafilatura does not read; a label and a link to another piece, "Read our
interview: <link>"; a sentence about the writer's own piece that runs into its link; a
postscript asking the reader to write back; a note that the series was seen on screeners),
in four languages; the review's prose stays."""

from __future__ import annotations

import re

import pytest

from audioreview.readers.furniture import is_furniture_text
from article_pages import body_text, review_page

PROSE = ["The lighthouse keeper in this series counts ships that never arrive, and the writers make each empty "
         "night feel heavier than the last. The keeper writes to a sister who never answers, and we read every letter.",
         "The third episode sags. A storm subplot returns once too often, and the direction loses the patient "
         "rhythm of the lamp turning, which matters in a show that is built on waiting for the dark.",
         "The lead is played with a dry, tired humour. She is the best thing in it, and the show knows it, keeping "
         "her in frame whenever the story threatens to drift out along the rocks.",
         "It is a modest series with a big heart, and I would happily climb that tower again. Watch it in the "
         "evening if you can, and stay for the last shot, where the lamp goes out and nobody notices."]


def page(article: str, lang: str = "en") -> str:
    return review_page(article, work="The Keeper", outlet="Salt Letters", lang=lang, wrapper="section")


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


def callout(text: str) -> str:
    return (f"<div class='card card-callout'><div class='card-callout-icon'>⚠</div>"
            f"<div class='card-callout-text'>{text}</div></div>")


@pytest.mark.parametrize("lang,warning", [
    ("en", "Before we begin: this letter talks about the first three episodes in some detail, including the end of episode two."),
    ("en", "Fair warning: light spoilers for the whole first season follow below."),
    ("de", "Vorab: Dieser Text verrät das Ende der zweiten Folge, wer das nicht wissen will, liest besser später."),
    ("fr", "Attention : ce texte dévoile la fin du deuxième épisode, à lire après avoir vu la saison."),
    ("es", "Aviso: este texto desvela el final del segundo episodio, mejor leerlo después de verlo."),
])
def test_a_spoiler_warning_in_a_callout_card_is_read(lang, warning):
    html = page(callout(warning) + p(0) + p(1) + p(2) + p(3), lang)
    assert warning in body_text(html)


def test_a_callout_card_that_warns_of_nothing_is_left_to_trafilatura():
    note = "As always: I pay for my own tickets and nobody at the channel knows I am writing this."
    text = body_text(page(callout(note) + p(0) + p(1) + p(2) + p(3)))
    assert "pay for my own tickets" not in text and PROSE[0] in text and PROSE[3] in text


@pytest.mark.parametrize("lang,line", [
    ("en", "Read our interview: <a href='/interviews/keeper'>Why the showrunner never films in a studio</a>"),
    ("de", "Lesen Sie unser Gespräch: <a href='/gespraech/keeper'>Warum die Regisseurin nie im Studio dreht</a>"),
    ("fr", "Lire notre entretien : <a href='/entretien/keeper'>Pourquoi la réalisatrice ne tourne jamais en studio</a>"),
    ("es", "Lee nuestra entrevista: <a href='/entrevista/keeper'>Por qué la directora nunca rueda en un estudio</a>"),
    ("en", "<em>If you liked this, you may enjoy my essay on</em> <a href='/p/why-i-quit-box-sets'>why I quit box sets for a year</a>"),
    ("de", "Wer mehr davon will: In meinem Text über <a href='/p/leuchttuerme'>Leuchttürme im Fernsehen</a>"),
    ("fr", "Pour aller plus loin, mon billet sur <a href='/p/phares'>les phares au cinéma</a>"),
    ("es", "Si te ha gustado, mira mi reseña de <a href='/p/faros'>la otra serie de faros</a>"),
])
def test_a_link_to_another_piece_between_paragraphs_goes(lang, line):
    html = page(p(0) + p(1) + f"<p>{line}</p>" + p(2) + p(3), lang)
    text = body_text(html)
    link = re.search(r"<a [^>]*>([^<]*)</a>", line)[1]
    assert link not in text and all(PROSE[i] in text for i in range(4))


@pytest.mark.parametrize("line", [
    # a label with no link after it is a sentence of the review
    "Read the last letter: it is the saddest thing in the series, and the best written.",
    # the writer's own piece named in a sentence that ends after its link
    "I said in <a href='/p/first-look'>my first look</a> that the show would find its feet, and it has, slowly.",
])
def test_prose_that_names_a_piece_or_starts_with_read_stays(line):
    html = page(p(0) + p(1) + f"<p>{line}</p>" + p(2) + p(3))
    assert " ".join(line.replace("<a href='/p/first-look'>", "").replace("</a>", "").split()) in body_text(html)


@pytest.mark.parametrize("lang,line", [
    ("en", "P.S. Seen the finale yet? Reply to this email and tell me who you think rang the bell."),
    ("de", "PS: Schon bis zum Ende geschaut? Schreibt mir, wer eurer Meinung nach die Glocke geläutet hat."),
    ("fr", "P.-S. : Vous avez vu la fin ? Répondez à ce courriel et dites-moi qui a sonné la cloche."),
    ("es", "P.D.: ¿Ya has visto el final? Respóndeme y cuéntame quién crees que tocó la campana."),
])
def test_a_postscript_asking_the_reader_to_write_back_goes(lang, line):
    html = page(p(0) + p(1) + p(2) + p(3) + f"<p>{line}</p>", lang)
    text = body_text(html)
    assert line not in text and PROSE[3] in text


def test_a_postscript_that_asks_nothing_stays():
    line = "P.S. The theme tune is by a brass band from the town where it was filmed, and it is lovely."
    assert line in body_text(page(p(0) + p(1) + p(2) + p(3) + f"<p>{line}</p>"))


@pytest.mark.parametrize("line", [
    "Salt Letters reviewed all six episodes from screeners supplied by the broadcaster.",
    "Die Redaktion hat alle Folgen vorab über Sichtungslinks gesehen, die der Sender zur Verfügung gestellt hat.",
    "Critique rédigée à partir de screeners fournis par la plateforme.",
    "Reseña escrita a partir de screeners facilitados por la plataforma.",
])
def test_a_screener_note_is_furniture(line):
    assert is_furniture_text(line)


def test_prose_about_a_screening_stays():
    assert not is_furniture_text("The keeper screens old films for the village on Sundays, and nobody ever comes.")
