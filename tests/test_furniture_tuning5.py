"""readers/boxes.py and readers/furniture.py: the rules added on tuning5, on small
pages written for these tests (a row of support links and its box, a box that
opens with a line of furniture, short lines that share a class with one, class
words for podcasts, audio players, pull quotes and gift boxes, a closing bio of a
critic the review never names, wording in four languages); the review's prose stays."""

from __future__ import annotations

import lxml.html

from audioreview.readers.boxes import prune_page
from audioreview.readers.furniture import drop_furniture, is_furniture_text
from audioreview.readers.html import read_html
from audioreview.readers.structure import Item
from article_pages import body_text, review_page

PROSE = ["The ferry in this film leaves at dawn and never seems to arrive, and the director makes that crossing feel "
         "like a whole life. Every passenger carries a suitcase of secrets, and the camera opens only one of them.",
         "The middle stretch is slack. A card game in the bar goes on for far too long, and the cutting loses the "
         "rolling rhythm of the deck, which matters in a film that is built on the motion of the sea.",
         "The captain is played by Tove Lindqvist with a dry, tired humour. She is the best thing in it, and the "
         "film knows it, keeping her on screen whenever the story threatens to drift out of sight of land.",
         "It is a modest film with a big heart, and I would happily take the crossing again. See it on a big "
         "screen if you can, and stay for the last shot of the harbour lights coming up through the fog."]


def page(article: str, head: str = "") -> str:
    return review_page(article, work="Morning Ferry", outlet="The Quay Post", head=head)


def p(i: int, attrs: str = "") -> str:
    return f"<p{attrs}>{PROSE[i]}</p>"


def pruned_text(html: str) -> str:
    return " ".join(" ".join(prune_page(lxml.html.fromstring(html)).itertext()).split())


def test_a_row_of_lone_support_links_takes_its_box_but_a_link_in_a_sentence_stays():
    box = ("<section class='k7'><p>One moment before you go. Readers keep the Quay Post open to everyone.</p>"
           "<p>We answer to nobody else.</p><p><a href='/contribute'>Chip in once</a> · "
           "<a href='/contribute?monthly=1'>Remind me in a month</a></p></section>")
    linked = ("<p>The film was paid for by a crowd of small backers, and you can read how on the "
              "<a href='/support'>producers' page</a>, which is worth a look for the photos of the boat alone.</p>")
    text = body_text(page(p(0) + p(1) + linked + p(2) + p(3) + box))
    assert "One moment" not in text and "nobody else" not in text and "Chip in" not in text
    assert "producers' page" in text and all(s in text for s in PROSE)


def test_a_small_box_opening_with_a_furniture_line_goes_whole():
    ad = "<div class='m3'><p>Advertisement</p><p>Autumn tickets for the Quayside Playhouse are on sale now.</p></div>"
    card = ("<div class='m4'><p>Geschrieben von Ines Varga</p><p>Lebt am Hafen, schaut zu viele Filme und schreibt hier "
            "über Kino, das leiser ist als sein Trailer.</p></div>")
    player = "<div class='m5'><span>Listen to this article</span><p>Read aloud by a human · 6 minutes</p></div>"
    text = body_text(page(p(0) + ad + p(1) + p(2) + p(3) + player + card))
    for gone in ("Quayside Playhouse", "Ines Varga", "Lebt am Hafen", "Read aloud"):
        assert gone not in text, gone
    assert all(s in text for s in PROSE)


def test_a_box_with_the_page_date_or_the_writer_link_is_left_to_trafilatura():
    footer = ("<div class='m6'><span>Published</span> <time datetime='2025-04-02'>April 2, 2025</time> "
              "<span>by <a href='/author/ines-varga'>Ines Varga</a></span></div>")
    assert "April 2, 2025" in pruned_text(page(p(0) + p(1) + p(2) + p(3) + footer))


def test_short_lines_sharing_their_class_with_a_furniture_line_go_but_not_the_review_s_class():
    notes = ("<p class='n-note'>Review copy provided by the distributor.</p>"
             "<p class='n-note'>Our scores may be revised when a director's cut comes out.</p>")
    text = body_text(page(p(0) + p(1) + p(2) + p(3) + notes))
    assert "scores may be revised" not in text and "Review copy" not in text
    # the review's own paragraphs share a class with a line of furniture: a short one stays
    body = "".join(p(i, " class='txt'") for i in range(3)) + "<p class='txt'>Advertisement</p>" \
        + "<p class='txt'>Go and see it.</p>" + p(3, " class='txt'")
    assert "Go and see it." in body_text(page(body))


def test_class_words_for_podcasts_players_pull_quotes_and_gift_boxes():
    boxes = ("<div class='r-podcast'><p>Our critics talk about sea films this week.</p></div>",
             "<div class='x-audio'><p>Hear this piece read aloud.</p></div>",
             "<blockquote class='y-pullquote'><p>“A whole life, crossed in one morning.”</p></blockquote>",
             "<div class='z-gift'><p>Pass this piece to a friend, free of charge.</p><button>Pass it on</button></div>")
    text = body_text(page(p(0) + p(1) + "".join(boxes) + p(2) + p(3)))
    for gone in ("sea films", "read aloud", "crossed in one morning", "free of charge"):
        assert gone not in text, gone
    assert all(s in text for s in PROSE)


def test_a_newsletter_box_whose_button_asks_to_be_added_to_the_list_goes():
    box = ("<section class='s9'><h3>The Harbour Letter</h3><p>Our critics' picks, every Sunday morning.</p>"
           "<button>Add me to the list</button></section>")
    html = page(p(0) + p(1) + box + p(2) + p(3))
    review = read_html(html, "t.html")
    assert "Harbour Letter" not in [s.heading for s in review.walk_sections()]
    assert "critics' picks" not in body_text(html)


def test_a_comment_section_under_a_german_heading_goes():
    comments = "<div class='q1'><h2>Antworten (3)</h2><p>Was denkst du darüber?</p><p>hafenkind: Toller Text!</p></div>"
    text = body_text(page(p(0) + p(1) + p(2) + p(3) + comments))
    assert "Was denkst du" not in text and "hafenkind" not in text and all(s in text for s in PROSE)


def test_a_closing_bio_of_a_critic_the_review_never_names_goes_and_names_the_critic():
    bio = "Ines Varga is a contributing critic at the Quay Post and the author of a book about lighthouses."
    items = [Item(PROSE[0]), Item(PROSE[1]), Item(PROSE[2]), Item(PROSE[3]), Item(bio)]
    bios: list[str] = []
    assert [it.text for it in drop_furniture(items, None, bios)] == PROSE and bios == [bio]
    # someone the review names is its subject, not its critic: "Tove Lindqvist is an author ..." stays
    named = "Tove Lindqvist is a novelist too, and her first book is just as dry and just as funny."
    assert named in [it.text for it in drop_furniture([*items[:4], Item(named)])]
    # a byline above the review names no one: the critic's bio still goes
    byline = Item("Par Ines Varga · Publié le 2 avril 2025")
    assert bio not in [it.text for it in drop_furniture([byline, *items])]
    for other in ("Mia Kern ist Buchhändlerin in Jena und schreibt hier über Romane.",
                  "Jeanne Rivet est critique littéraire au Quai.", "Lucía Ortega es crítica de cine en El Muelle."):
        assert other not in [it.text for it in drop_furniture([*items[:4], Item(other)])], other
    review = read_html(page(p(0) + p(1) + p(2) + p(3) + f"<p>{bio}</p>"), "t.html")
    assert review.metadata.author == "Ines Varga" and bio not in body_text(page(p(0) + p(1) + p(2) + p(3) + f"<p>{bio}</p>"))


def test_wording_rules_added_on_tuning5_in_four_languages():
    for line in ("Housekeeping: no letter next week, I will be on a ferry with no signal.",
                 "In eigener Sache: Nächste Woche erscheint kein Brief.", "Note de service : pas de lettre jeudi prochain.",
                 "Nota de servicio: la semana que viene no habrá carta.",
                 "(Paid subscribers: the bonus essay on sea shanties goes out on Friday. The button is below.)",
                 "Für zahlende Leser: Der Bonusbrief kommt am Freitag.", "Abonnés payants : le numéro bonus arrive vendredi.",
                 "Suscriptores de pago: el número extra llega el viernes.",
                 "If you enjoyed this, forwarding it to a friend who likes boats is the kindest thing you can do.",
                 "If you liked this review, tap the heart.", "Wenn dir dieser Text gefallen hat, teile ihn gern.",
                 "Si cet article vous a plu, partagez-le.", "Si te ha gustado esta reseña, compártela.",
                 "Like what I do? Pop a few coins in the tip jar below.", "Gefällt dir, was ich mache?",
                 "Vous aimez ce que je fais ?", "¿Te gusta lo que hago?",
                 "ICYMI: last week's letter was about ferry timetables. Read it here.",
                 "Also on the blog: I ranked every sea film since 1990, and the comments are still arguing about the top three.",
                 "Lire l’entretien | Tove Lindqvist : « Je joue les capitaines fatiguées »",
                 "Read the interview | Tove Lindqvist on playing tired captains",
                 "Content continues below", "Weiter nach der Anzeige", "La suite après la publicité",
                 "El contenido continúa debajo",
                 "The Quay Post corrects its errors. Spotted one? Write to fixes@quaypost.example.",
                 "Sie haben einen Fehler entdeckt? Schreiben Sie an korrektur@hafenblatt.example.",
                 "On our podcast this week the critics argue about sea films. Listen now.",
                 "Geschrieben von Ines Varga", "Écrit par Ines Varga", "Escrito por Ines Varga", "2,3 Tsd. Follower",
                 "1,2 mil seguidores",
                 "This review appears in the May 2025 print edition with the headline “All at Sea.”",
                 "Antworten (3)", "Was denkst du darüber?", "Qu’en pensez-vous ?", "¿Qué opinas?"):
        assert is_furniture_text(line) or line in ("Antworten (3)", "Was denkst du darüber?", "Qu’en pensez-vous ?",
                                                   "¿Qué opinas?") and _is_comment_label(line), line


def _is_comment_label(line: str) -> bool:
    from audioreview.readers.furniture import COMMENTS_LABEL

    return COMMENTS_LABEL.match(line) is not None


def test_review_sentences_near_the_tuning5_wording_stay_prose():
    for line in ("If you enjoyed the first film, this one is better.", "Also on the ferry: a brass band and a goat.",
                 "Read the credits closely, and you will find the director's mother.",
                 "Paying readers of the novel will notice the changes.", "Housekeeping is the captain's real passion.",
                 "The podcast the hero records is the film's weakest thread.", "The content of the letters is never shown.",
                 "Ines Varga is a name the film never explains.", "Written by committee, the script shows its seams."):
        assert not is_furniture_text(line), line
