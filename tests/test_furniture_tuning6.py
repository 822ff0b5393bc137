"""readers/boxes.py and readers/furniture.py: the rules added on tuning6, on small
pages written for these tests (folded <details> notes and <dl> boxes, boxes made of
links, small boxes around a lone button or link, an embedded post signed with a bare
handle, an offer link with a price, notes in which the outlet speaks of itself, its
series, podcast and critics, in four languages; late bios that name the outlet); the
review's prose stays."""

from __future__ import annotations

from audioreview.readers.furniture import drop_furniture, is_furniture_text
from audioreview.readers.structure import Item
from article_pages import body_text, review_page

PROSE = ["The orchard in this novel is planted in the first chapter and felled in the last, and the author makes "
         "those forty years feel like one long summer. Every sister keeps a ledger of grievances, and the book opens "
         "only one of them.",
         "The middle stretch sags. A wedding in the barn goes on for far too long, and the prose loses the patient "
         "rhythm of the seasons, which matters in a book that is built on the turning of the year.",
         "The eldest sister is drawn with a dry, tired humour. She is the best thing in it, and the novel knows it, "
         "keeping her in view whenever the story threatens to wander off among the trees.",
         "It is a modest book with a big heart, and I would happily walk the orchard again. Read it slowly if you "
         "can, and stay for the last page, where the frost comes down over the stumps."]


def page(article: str) -> str:
    return review_page(article, work="Apple Ledger", outlet="The Weir Review")


def p(i: int) -> str:
    return f"<p>{PROSE[i]}</p>"


def test_a_details_note_and_a_dl_box_without_prose_go_but_a_spoiler_section_with_prose_stays():
    note = ("<details class='q1'><summary>How we choose our books</summary><p>Publishers send us free copies. They "
            "never see a word before it runs.</p></details>")
    letter = "<dl class='q2'><dt>The Weir Weekly</dt><dd>Five books, every Friday, in your spare ten minutes.</dd></dl>"
    spoiler = f"<details class='q3'><summary>The ending, for those who have read it</summary>{p(3)}</details>"
    text = body_text(page(p(0) + note + p(1) + letter + p(2) + spoiler))
    assert "Publishers send us" not in text and "Five books" not in text
    assert all(s in text for s in PROSE)


def test_a_box_of_links_goes_and_a_paragraph_with_a_link_stays():
    box = ("<section class='q4'><p>Sponsored picks</p><ul><li><a>Gardeners are only now learning what this old "
           "pruning trick can do</a></li><li><a>The raincoat that sold out twice is back in every colour</a></li></ul>"
           "<p>Picked by Widgetry</p></section>")
    linked = ("<p>The author's first book, <a href='/r/1'>The Hedge Year</a>, was quieter, and this one builds on it "
              "with more confidence and a much better ear for the way sisters talk across a kitchen table.</p>")
    text = body_text(page(p(0) + p(1) + linked + p(2) + p(3) + box))
    assert "pruning trick" not in text and "Picked by" not in text and "Sponsored picks" not in text
    assert "The Hedge Year" in text and all(s in text for s in PROSE)


def test_a_small_box_around_a_lone_button_or_link_goes_whole():
    player = "<div class='q5'><p>Hear this review read by its author.</p><button>Start</button></div>"
    pod = ("<div class='q6'><p>In episode 40 of Shelf Talk the author tells us about the real orchard.</p>"
           "<a>Listen on Podwave</a> <a>Listen on Earful</a></div>")
    offer = "<div class='q7'><p>You are reading one of three free pieces.</p><a>Read on for £1 a month</a></div>"
    text = body_text(page(p(0) + player + p(1) + pod + p(2) + p(3) + offer))
    for gone in ("read by its author", "Shelf Talk", "free pieces", "£1"):
        assert gone not in text, gone
    assert all(s in text for s in PROSE)


def test_an_embedded_post_signed_with_a_bare_handle_goes():
    embed = ("<blockquote class='q8'><p>Frost on the last tree this morning, and a ladder nobody will climb "
             "again.</p><p>— @weir_orchard, 4 January 2025</p></blockquote>")
    text = body_text(page(p(0) + p(1) + embed + p(2) + p(3)))
    assert "ladder nobody" not in text and "@weir_orchard" not in text and all(s in text for s in PROSE)


def test_the_outlet_speaking_of_itself_is_furniture_in_four_languages():
    for line in (
        "This piece belongs to our spring fiction issue, in which four critics read the season's debuts.",
        "Diese Rezension gehört zu unserer Serie über Romane aus dem Norden, die jeden Samstag erscheint.",
        "Cette chronique a d'abord paru dans notre numéro de printemps, consacré aux premiers romans.",
        "Esta reseña forma parte de nuestro especial de otoño sobre novelas de debut.",
        "This is the second post in my autumn run on family sagas.",
        "Part three of our long look at the year's orchard novels. Light spoilers only.",
        "Teil zwei meiner kleinen Reihe über Debüts, diesmal mit weniger Kaffee.",
        "Deuxième volet de ma série sur les sagas familiales.",
        "Segunda entrega de mi serie sobre sagas familiares.",
        "We discuss the ending at length on our weekly books podcast, out on Friday.",
        "Unsere Kritikerinnen lesen jedes Buch bis zur letzten Seite.",
        "L'entretien avec l'autrice est à retrouver sur notre site.",
        "Nuestras notas van del 1 al 5 y no se redondean.",
        "Every review we publish is paid for by readers, not by publishers.",
        "A quick bit of housekeeping before we begin: the archive is open to everyone this week.",
        "Kleiner Hinweis in eigener Sache: Dieses Blog bleibt werbefrei.",
        "Next week: a novel about a bell foundry, and a glass of something warm.",
        "“The one letter I never skim.” — a reader in Leeds",
        "You've read 3 articles this month. Before you go, one question.",
        "Sie lesen gerade einen freien Artikel. Guter Journalismus kostet Geld.",
        "Vous avez lu 3 articles ce mois-ci.",
        "Si te gusta lo que lees, hazte socio y ayúdanos a seguir sin anuncios.",
        "If you can spare a little each month, it keeps a critic in a reading chair.",
    ):
        assert is_furniture_text(line), line


def test_the_review_speaking_of_the_work_is_not():
    for line in (
        "Our heroine keeps a website of her own, a parish page she updates on Sundays.",
        "Our heroine has a podcast of sorts: she talks to the trees.",
        "This novel belongs to a long line of orchard books, and it knows its ancestors.",
        "Part of the pleasure is in the weather, which the author writes like a diarist.",
        "Next week the eldest sister will marry, and the book holds its breath for it.",
        "Malgré nos critiques, le roman tient debout jusqu'à la dernière page.",
        "The ground we cover in four hundred pages is small, and that is the point.",
        "Unsere Heldin liest jeden Abend die Zeitung ihres Vaters vor.",
        "Nuestro protagonista escribe cartas que nunca envía.",
    ):
        assert not is_furniture_text(line), line


def test_a_note_from_the_outlet_between_paragraphs_goes_and_the_body_stays():
    note = ("<p>Soy la editora de la Weir Review y me cuelo un momento en esta reseña: si te gustan las críticas "
            "largas, hazte socio por lo que cuesta un café al mes y ayúdanos a seguir sin publicidad.</p>")
    text = body_text(page(p(0) + p(1) + note + p(2) + p(3)))
    assert "hazte socio" not in text and all(s in text for s in PROSE)


def items(*texts: str) -> list[Item]:
    return [Item(text=t, kind="paragraph") for t in texts]


def test_a_late_bio_that_names_the_outlet_or_the_reviewer_goes_in_four_languages():
    for bio, author in (
        ("Once a bookseller in Hull, Ada Pennick has reviewed fiction for The Weir Review since 2018.", "Ada Pennick"),
        ("Seit 2015 bei der Weir Review, zuständig für Romane und Lyrik.", None),
        ("Critique à la Weir Review depuis 2020, Ada a tenu une librairie à Lille.", "Ada Pennick"),
        ("Antes de escribir sobre libros, Ada fue librera. Ella escribe The Weir Review desde un desván.", "Ada Pennick"),
    ):
        kept = drop_furniture(items(*PROSE, bio), author, publication="The Weir Review" if "Weir" in bio else None)
        assert [it.text for it in kept] == PROSE, bio


def test_a_late_line_on_where_the_work_screens_goes_but_not_a_last_paragraph_of_prose():
    line = "Apple Ledger screens at the Tyne film festival and opens in UK cinemas in March."
    kept = drop_furniture(items(*PROSE, line))
    assert [it.text for it in kept] == PROSE
    last = ("See it when it opens in cinemas, if you can. It is a modest film with a big heart, and the last shot "
            "of the orchard in frost is worth the ticket alone.")
    assert [it.text for it in drop_furniture(items(*PROSE, last))] == [*PROSE, last]


def test_a_name_and_a_trade_in_the_middle_of_the_review_stay():
    middle = "Ada Pennick, a critic I trust, once called this author the best since 2010."
    kept = drop_furniture(items(PROSE[0], middle, *PROSE[1:]), "Ada Pennick", publication="The Weir Review")
    assert middle in [it.text for it in kept]


def test_share_lines_by_mail_in_french_and_spanish():
    assert is_furniture_text("Partager par courriel") and is_furniture_text("Compartir por correo electrónico")
