"""readers/boxes.py and readers/furniture.py: the rules added on tuning7, on small
pages and lines written for these tests (the outlet asking its readers to pay for it,
in plain paragraphs between the review's; affiliate notes that never say "affiliate";
another form of the piece; the outlet's videos, show, readers and scores; a piece revised
since it ran; a reader's comment set as a quotation; a shop link after a book's data
line; a premium badge), in four languages; the review's prose stays."""

from __future__ import annotations

import pytest

from audioreview.readers.furniture import is_furniture_text
from article_pages import body_text, review_page

PROSE = ["The ferry in this film crosses the same grey river forty times, and the director makes each crossing feel "
         "like the first. The ferryman keeps a notebook of passengers, and the film opens only a few of its pages.",
         "The middle stretch drifts. A dream of a dry riverbed returns once too often, and the editing loses the "
         "patient rhythm of the tides, which matters in a film that is built on waiting for the water.",
         "The lead is drawn with a dry, tired humour. He is the best thing in it, and the film knows it, keeping him "
         "in view whenever the story threatens to wander off along the embankment.",
         "It is a modest film with a big heart, and I would happily ride that ferry again. See it on a big screen if "
         "you can, and stay for the last shot, where the new bridge opens and nobody waves."]


def page(article: str, lang: str = "en") -> str:
    return review_page(article, work="Slow Ferry", outlet="The Tide Gazette", lang=lang)


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


@pytest.mark.parametrize("line", [
    # the outlet's readers pay for it
    "I run the film desk here, and honestly: pieces such as this exist because some nine thousand readers chip in "
    "each month. If you can, join them.",
    "The Tide Gazette is funded by the people who read it, and by nobody else.",
    "Unsere Filmseiten gibt es, weil rund 4.000 Leserinnen und Leser jeden Monat dafür zahlen.",
    "Nos pages cinéma existent parce que nos lecteurs financent chaque mois le travail de la rédaction.",
    "Esta sección existe porque miles de lectores pagan cada mes por ella.",
    # the reader asked to pay for the reading
    "Small favour: if you have been reading along for free, this might be the month to consider going paid.",
    "If you visit us every week and haven't yet subscribed, today would be a kind day to do it.",
    "Wenn Ihnen unsere Arbeit etwas wert ist, lesen Sie weiter mit TG+ und testen Sie einen Monat gratis.",
    "Pour que ça continue, rejoignez le Club des Marées à partir de 4 € par mois.",
    "Si valoras nuestro trabajo, únete al club de lectores por 3 € al mes.",
    # the piece as one of the outlet's kind of work, with who pays
    "Reviews like this one take a week and two cinema tickets, and readers pay for every one of them.",
    "Kritiken wie diese kosten Zeit und Eintritt, und bezahlt werden sie von unseren Abonnenten.",
    "Des critiques comme celle-ci coûtent cher, et seuls nos lecteurs les paient.",
    "Reseñas como esta cuestan tiempo y dinero, y las pagan nuestros lectores.",
    # an affiliate note by what it says
    "Book links on this page go to a small shop in Leith, which sends me a few pence per order at no extra cost to you.",
    "Die Links führen zu einer Buchhandlung um die Ecke; für jede Bestellung bekomme ich etwas, euch kostet das nichts.",
    "Les liens mènent à une librairie de quartier qui me reverse quelques centimes par achat, sans frais "
    "supplémentaires pour vous.",
    "Los enlaces llevan a una librería de barrio que me da unos céntimos por compra, sin coste adicional para ti.",
    # another form of the piece
    "Prefer to listen? The whole review is read aloud on the feed tonight.",
    "I argue about the ending with a colleague in a short recording too, if you'd rather hear it than read it.",
    "Lieber hören? Die Besprechung gibt es auch als Audio.",
    "Vous préférez écouter ? La critique est aussi lue à voix haute.",
    "¿Prefieres escucharla? La reseña también está en audio.",
    # the outlet's videos, show, readers, scores, independence
    "Our ten-minute video essay on the ferry scenes is on the channel now.",
    "Wir sprechen am Freitag in unserer Sendung darüber.",
    "On en parle samedi dans notre émission, avec vos questions.",
    "Lo comentamos el lunes en nuestro programa semanal.",
    "Our independence rests on one thing only: you.",
    "Nuestra independencia depende solo de nuestros lectores.",
    # its scale
    "We score on a five-point scale, and a three is a good film.",
    "Wir bewerten auf einer Skala von 1 bis 10.",
    "Nous notons sur 10, et 5 n'est pas un échec.",
    "Puntuamos sobre 10, y un 5 es una película correcta.",
    # a piece revised since it ran
    "This review was first filed from the Berlinale and has been updated for the cinema release.",
    "Diese Kritik erschien zuerst zur Berlinale und wurde zum Kinostart überarbeitet.",
    "Cette critique, parue pendant le festival, a été mise à jour pour la sortie en salles.",
    "Esta crítica, publicada durante el festival, ha sido actualizada para el estreno.",
    # a reader's comment, a premium badge, a quoted prompt, a shop link after an arrow
    "Most-liked reader comment on our trailer post",
    "TG+",
    "«Si te ha gustado esta reseña, compártela con alguien que no conozca la revista».",
    "↗ Beim Laden um die Ecke bestellen",
])
def test_lines_of_the_outlet_speaking_of_itself_are_furniture(line):
    assert is_furniture_text(line)


@pytest.mark.parametrize("line", [
    # the review's prose that shares words with those rules
    "Readers who pay close attention to the ferry timetable will see the ending coming.",
    "If you have a few dollars to spare, this is worth every one of them.",
    "The season pass adds four new routes, and the campaign is long enough without them.",
    "This is the third entry in the series, and the first to trust its quiet scenes.",
    "The heroine subscribes to a newsletter about tides, and the film never lets her read it.",
    "Our hero's video diary is the best idea in the film.",
    "B+",
    "We scored the first season highly, and this one earns the same.",
    "The film was first shown in Rotterdam, where it won nothing and deserved more.",
    "Der Film lief zuerst in Rotterdam und kommt nun ins Kino.",
    "Si te gusta el cine lento, esta película es para ti.",
])
def test_prose_that_shares_their_words_stays(line):
    assert not is_furniture_text(line)


def test_funding_pitches_between_body_paragraphs_go_and_the_prose_stays():
    pitch = ("<p>I edit the film pages here, so plainly: reviews like this one exist because readers chip in every "
             "month. If you can spare a little, it helps all of us.</p>")
    affiliate = ("<p>The Tide Gazette is funded by the people who read it. If you buy a ticket through one of our "
                 "links, we may get a small cut at no extra cost to you.</p>")
    text = body_text(page(affiliate + p(0) + p(1) + pitch + p(2) + p(3)))
    assert "chip in" not in text and "no extra cost" not in text
    assert all(s in text for s in PROSE)


def test_a_quotation_signed_as_a_readers_comment_goes_and_a_quotation_of_the_work_stays():
    comment = ("<blockquote class='x1'><p>“Best film I have slept through twice, and I mean that kindly.”</p>"
               "<cite>Most-liked reader comment on our trailer post</cite></blockquote>")
    praise = "<blockquote><p>“The only film page I read to the end.”</p><p>— a reader in Leith</p></blockquote>"
    line = ("<blockquote><p>The river does not care who crosses it, only that somebody does.</p>"
            "<cite>the ferryman, in the last reel</cite></blockquote>")
    text = body_text(page(p(0) + comment + p(1) + praise + p(2) + line + p(3)))
    assert "slept through" not in text and "read to the end" not in text
    assert "The river does not care" in text and all(s in text for s in PROSE)


def test_a_furniture_link_after_a_paragraphs_last_sentence_goes_and_a_link_in_a_sentence_stays():
    data = ("<p class='info'>Slow Ferry. Director: Ada Brun. 98 minutes. In cinemas now. "
            "<a href='/go/tickets'>Book tickets at Riverside Cinemas</a></p>")
    linked = ("<p>Brun's first film, <a href='/r/2'>Low Water</a>, was quieter, and this one builds on it with more "
              "confidence and a far better ear for the way ferry passengers talk to strangers.</p>")
    more = f"<p>{PROSE[3]} <a href='/r/3'>Read more</a></p>"
    text = body_text(page(p(0) + p(1) + linked + p(2) + more + data))
    assert "Read more" not in text and "Low Water" in text and all(s in text for s in PROSE)


def test_the_german_pitch_of_an_editor_between_paragraphs_goes():
    prose = ["Die Fähre in diesem Film überquert vierzigmal denselben grauen Fluss, und jede Überfahrt wirkt wie die "
             "erste. Der Fährmann führt ein Heft über seine Fahrgäste, und der Film öffnet nur wenige Seiten davon.",
             "Am Ende bleibt ein kleiner Film mit großem Herzen, den man auf einer großen Leinwand sehen sollte. "
             "Bleiben Sie bis zur letzten Einstellung, in der die neue Brücke eröffnet wird und niemand winkt."]
    pitch = ("<p>Ich leite das Feuilleton der Gazette und sage es offen: Kritiken wie diese kosten Zeit und Nerven. "
             "Wenn Ihnen unsere Arbeit etwas wert ist, lesen Sie weiter mit TG+.</p>")
    text = body_text(page(f"<span class='badge'>TG+</span><p>{prose[0]}</p>{pitch}<p>{prose[1]}</p>", "de"))
    assert "Feuilleton" not in text and "TG+" not in text and all(s in text for s in prose)
