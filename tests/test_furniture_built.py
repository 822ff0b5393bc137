"""readers/boxes.py: more boxes found by how they are built and named (data and
role attributes, a sign-up field and its button, a pull quote, a shop box, an
author card), on small pages written for these tests; the review's prose stays."""

from __future__ import annotations

import lxml.html

from audioreview.readers.boxes import prune_page
from article_pages import body_text, review_page

PROSE = ["The lighthouse keeper in this film is played with such stillness that every small gesture lands like a "
         "wave against the rocks. The director trusts the silence, and the silence pays her back in full.",
         "The middle hour drags. A subplot about a rival keeper on the mainland adds little, and the editing loses "
         "the tide-like rhythm that made the first act so hypnotic, which is a shame in a film this careful.",
         "The sound design is the quiet star. Foghorns, gulls and the hiss of the lamp build a world you can hear "
         "with your eyes closed, and the score knows when to stay out of its way until the very last scene.",
         "It is a small film about a big loneliness, and I have not stopped thinking about it. Go and see it on "
         "the largest screen you can find, and stay for the last shot of the lamp going dark."]


def page(article: str) -> str:
    return review_page(article, work="Harbour Light", outlet="The Northern Reel")


def p(i: int, attrs: str = "") -> str:
    return f"<p{attrs}>{PROSE[i]}</p>"


def test_data_and_role_attributes_name_boxes_camel_case_too():
    boxes = ("<div class='q1' data-player='tts'><button aria-label='Play'></button>"
             "<p class='q2'>A computer voice reads this piece aloud for you.</p></div>",
             "<div class='q3' data-module='priceWidget'><p>Cheapest copy this week at three shops</p></div>",
             "<div class='q4' role='toolbar'><p>Keep for later or pass it along</p></div>")
    text = body_text(page(p(0) + "".join(boxes) + p(1) + p(2) + p(3)))
    for gone in ("computer voice", "Cheapest copy", "Keep for later"):
        assert gone not in text, gone
    assert all(s in text for s in PROSE)


def test_prose_where_a_skip_link_lands_after_an_ad_is_the_review():
    html = page(p(0) + "<div class='x1' data-slot='mid'><p><a href='#after-ad-box-2'>Skip this</a></p></div>"
                + f"<div class='x2' id='after-ad-box-2'>{p(1)}</div>" + p(2) + p(3))
    assert all(s in body_text(html) for s in PROSE)


def test_a_sign_up_field_and_its_button_make_a_form_box_in_any_language():
    box = ("<div class='k2'><p class='k2h'>Der Abendbrief</p><p>Jeden Freitag die besten Filme der Woche.</p>"
           "<input type='email' placeholder='E-Mail'> <button>Bestellen</button>"
           "<p class='k2s'>Mit der Bestellung stimmen Sie den Bedingungen zu.</p></div>")
    text = body_text(page(p(0) + p(1) + box + p(2) + p(3)))
    assert "Abendbrief" not in text and "Bedingungen" not in text
    assert all(s in text for s in PROSE)


def test_a_pull_quote_repeating_a_line_of_the_review_goes_but_a_quotation_it_discusses_stays():
    pull = "<blockquote class='z9'><p>“The director trusts the silence, and the silence pays her back”</p></blockquote>"
    quoted = "<blockquote><p>“Keep the lamp lit, whatever the sea says.”</p></blockquote>"
    text = body_text(page(p(0) + p(1) + pull + quoted + p(2) + p(3)))
    assert text.count("trusts the silence") == 1
    assert "Keep the lamp lit, whatever the sea says." in text
    assert all(s in text for s in PROSE)


def test_a_shop_box_with_prices_goes_but_a_price_in_the_review_stays():
    shop = ("<div class='w5'><p class='w5h'>Harbour Light for your shelf</p>"
            "<p><span>Reelhouse</span> <span>£14.99</span> <a href='#'>Take me there</a></p>"
            "<p><span>Discbarn</span> <span>12,49 €</span> <a href='#'>Take me there</a></p>"
            "<p class='w5s'>We checked these this morning at both shops; they change often, so look again.</p></div>")
    priced = ("The disc costs £14.99 and carries a commentary by the director, who talks about the foghorns for "
              "twenty minutes. It is worth every penny of that price, and the booklet costs $5 more.")
    text = body_text(page(p(0) + p(1) + shop + f"<p>{priced}</p>" + p(2) + p(3)))
    assert "for your shelf" not in text and "Discbarn" not in text and "checked these" not in text
    assert priced in text and all(s in text for s in PROSE)


def test_an_author_card_after_the_review_goes_but_a_byline_before_it_stays():
    byline = "<p class='b7'><img src='/img/ines.jpg' alt=''>By <a href='/writers/ines-varga'>Ines Varga</a></p>"
    card = ("<div class='c8'><img src='/img/ines.jpg' alt='Ines Varga'><p><a href='/writers/ines-varga'>Ines Varga"
            "</a></p><p>Film Editor</p><p>Ines has covered cinema since the days of video shops and still misses their "
            "smell. She lives by the sea with a dog called Foghorn and far too many box sets.</p></div>")
    html = page(byline + p(0) + p(1) + p(2) + p(3) + card)
    pruned = " ".join(prune_page(lxml.html.fromstring(html)).itertext())
    assert "Film Editor" not in pruned and "far too many box sets" not in pruned
    assert "Ines Varga The lighthouse" in pruned and all(s in pruned for s in PROSE)


def test_wording_rules_for_notes_sign_offs_and_letters_in_four_languages():
    from audioreview.readers.furniture import is_furniture_text

    for line in ("► Also on Tidewire: Ten ferry games ranked by how seasick they make you",
                 "Auch bei Bühnenblick: Die zehn besten Theaterromane des Jahres",
                 "Aussi sur Pellicule : nos dix films de phare préférés",
                 "También en Platea: los diez mejores faros del cine",
                 "This review first appeared in the 3 May 2025 issue of The Harbour Weekly, Summer Films.",
                 "Dieser Text erschien in der Ausgabe 18/2025 des Hafenblatts.",
                 "Cet article est paru dans le numéro 212 de Pellicule.",
                 "Este artículo apareció en el número 48 de Platea.",
                 "Originally published at inesvarga.blog on May 3, 2025.", "Zuerst erschienen auf kinobrief.example.",
                 "Publié initialement sur le blog de l’autrice.", "Publicado originalmente en el blog de la autora.",
                 "Until next Friday, and happy watching.", "Bis nächste Woche!", "À la semaine prochaine !",
                 "Hasta el próximo jueves.",
                 "Questions about this review? Write to us at post@harbourweekly.example.",
                 "Leserbriefe an leserbriefe@hafenblatt.example.", "Écrivez-nous : courrier@pellicule.example",
                 "Cartas al director: cartas@platea.example",
                 "Pieces like this one exist because readers fund them. A membership keeps us independent.",
                 "Die Redaktion hat das Spiel selbst gekauft. Wir akzeptieren keine Testmuster.",
                 "Jeu acheté par nos soins. Nous n’acceptons pas de codes.",
                 "Juego comprado por la redacción. No aceptamos códigos de prensa.",
                 "Tested from a retail code supplied by the publisher.",
                 "Test réalisé à partir d’une version presse fournie par l’éditeur.",
                 "Die Testversion wurde vom Publisher zur Verfügung gestellt.",
                 "Análisis realizado con una versión digital cedida por la distribuidora.",
                 "288 pages. Lantern & Gull. $26.", "PS5, Switch, 39,99 €"):
        assert is_furniture_text(line), line


def test_review_sentences_near_those_notes_stay_prose():
    from audioreview.readers.furniture import is_furniture_text

    for line in ("Until next spring, the keeper is alone on the rock.", "Bis nächste Woche Ruth zurückkehrt, vergeht ein Jahr.",
                 "Also on the island lives a goat called Admiral.", "It costs €20 at launch, which is fair.",
                 "I bought my own copy on launch day and played it twice.",
                 "Her letters to the editor of the local paper are the film’s funniest scenes.",
                 "The version of the score provided by the composer is lovely.",
                 "Originally, the film was meant to end at sea.", "A version of the song appears in the last scene."):
        assert not is_furniture_text(line), line
