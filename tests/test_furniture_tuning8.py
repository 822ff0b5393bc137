"""readers/boxes.py and readers/furniture.py: the rules added on tuning8, on small
pages and lines written for these tests (a spoiler warning set in a callout card of
<div>s, which trafilatura does not read; ...), in four languages; the review's prose
stays."""

from __future__ import annotations

import pytest

from audioreview.readers.furniture import is_furniture_text
from audioreview.readers.html import read_html

PROSE = ["The lighthouse keeper in this series counts ships that never arrive, and the writers make each empty "
         "night feel heavier than the last. The keeper writes to a sister who never answers, and we read every letter.",
         "The third episode sags. A storm subplot returns once too often, and the direction loses the patient "
         "rhythm of the lamp turning, which matters in a show that is built on waiting for the dark.",
         "The lead is played with a dry, tired humour. She is the best thing in it, and the show knows it, keeping "
         "her in frame whenever the story threatens to drift out along the rocks.",
         "It is a modest series with a big heart, and I would happily climb that tower again. Watch it in the "
         "evening if you can, and stay for the last shot, where the lamp goes out and nobody notices."]


def page(article: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper review | Salt "
            f"Letters</title></head><body><main><article><h1>The Keeper review</h1><section class='post-body'>"
            f"{article}</section></article></main></body></html>")


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


def body_text(html: str) -> str:
    return " ".join(b.text for b in read_html(html, "t.html").body_blocks())


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
