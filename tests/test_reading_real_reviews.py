"""Issue 9, reading real reviews: the byline, outlet, title, year and creator rules
added for tuning5.jsonl, each on a small made-up text of its own."""

from __future__ import annotations

import pytest

from audioreview.readers import read_markdown, read_text
from audioreview.readers import bylines


@pytest.mark.parametrize("line, author, pub", [
    ("By PETRA LINDQVIST", "Petra Lindqvist", None),
    ("ODHRAN MACKEY-BELL, Film Critic", "Odhran Mackey-Bell", None),
    ("Review by reel_wanderer ★★★½", "reel_wanderer", None),
    ("sam.watches's review", "sam.watches", None),
    ("*Posted by ghoulfan88 · Midnight Matinee · 7 min read*", "ghoulfan88", "Midnight Matinee"),
    ("— Ines Carvalho, for the Tuesday Film Society", "Ines Carvalho", "The Tuesday Film Society"),
    ("Posted by Ravi Lund in Restaurants, Glasgow · 9 comments", "Ravi Lund", None),
    ("By Ravi Lund · Issue 12", "Ravi Lund", None),
])
def test_byline_forms(line, author, pub):
    found = bylines.byline(line)
    assert found is not None and (found.author, found.publication) == (author, pub)


@pytest.mark.parametrize("line", [
    "The Paper Lantern · Issue 41",  # a masthead and its issue
    "Film | TV | Box Office | Festivals | Awards",  # a navigation bar
])
def test_not_bylines(line):
    assert bylines.byline(line) is None


def test_outlet_lines():
    assert bylines.copyright_holder("© 2023 The Quiet Reel. All rights reserved.") == "The Quiet Reel"
    assert bylines.copyright_holder("© Supper in Salford 2022") == "Supper in Salford"
    assert bylines.outlet_plug("Thanks for reading Side B! Subscribe for free.") == "Side B"
    assert bylines.outlet_plug("You're receiving Box Notes because you signed up.") == "Box Notes"
    assert bylines.masthead("Second Row, the podcast where two sisters rewatch old musicals") == "Second Row"
    assert bylines.masthead("*Reviewed on Switch · Code provided by the publisher*") is None
    assert bylines.byline("Night Owl Cinema", trailing=True).publication == "Night Owl Cinema"
    assert bylines.is_signoff("Talk soon,") and not bylines.is_signoff("Talk soon, and watch it.")
    assert bylines.date_line("Friday 7 June 2024, 7:30am") == "2024-06-07"
    assert bylines.nav_line("Home   My Lists   Browse ▾   Members   Sign in") is False


@pytest.mark.parametrize("text, author, pub", [
    ("About the author: Lia Moss writes about games and comics from Cardiff.", "Lia Moss", None),
    ("Tom Reyes writes about sound, cinema and the music industry for Low Hum.", "Tom Reyes", "Low Hum"),
    ("Tom Reyes has written about music for Low Hum since 2011.", "Tom Reyes", "Low Hum"),
    ("Tom Reyes plays far too many puzzle games. Follow him on Bluesky.", "Tom Reyes", None),
])
def test_bios(text, author, pub):
    found = bylines.bio_byline(text)
    assert found is not None and (found.author, found.publication) == (author, pub)


_BODY = ("{title} is a quiet film about a lighthouse, and {title} never hurries.\n\n"
         "The second paragraph talks about the weather on the island for a while.\n\n"
         "Overall, {title} is worth the trip.\n")


def test_newsletter_sign_off_and_footer():
    text = (_BODY.format(title="Harbour Lights") + "\nSpeak soon,\nMina Okafor\n\n"
            "You're receiving Reel Letters because you subscribed at reelletters.news.\n")
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Mina Okafor", "Reel Letters")


def test_copyright_line_under_the_trailer():
    text = _BODY.format(title="Harbour Lights") + "\n— Mina Okafor\n© 2024 The Harbour Post\n"
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication) == ("Mina Okafor", "The Harbour Post")


def test_work_card_above_a_username_review():
    text = ("Reelbox\nFilms   Lists   Members   Sign in\n\nHarbour Lights 1987\nDirected by Ada Brenner\n\n"
            "Review by tidewatcher ★★★★\n\nWatched 2 Mar 2024\n\n" + _BODY.format(title="Harbour Lights"))
    m = read_text(text, "review.txt").metadata
    assert (m.work.title, m.work.year, m.work.creator, m.work.kind) == ("Harbour Lights", 1987, "Ada Brenner", "film")
    assert (m.author, m.publication, m.rating.value) == ("tidewatcher", "Reelbox", 4.0)


def test_headline_by_line_is_the_byline_without_a_review_credit():
    text = "Harbour Lights\nBy Ada Brenner\n\n" + _BODY.format(title="Harbour Lights")
    m = read_text(text, "review.txt").metadata
    assert m.author == "Ada Brenner" and m.work.creator != "Ada Brenner"


def test_markdown_title_below_the_site_navigation_and_a_standfirst_heading():
    text = ("[Slow Reels](/) · [Archive](/archive) · [About](/about) · [Subscribe](/subscribe)\n\n"
            "# Harbour Lights at last\n\n### A long-lost lighthouse drama finally reaches cinemas, and it was worth the wait\n\n"
            "Mina Okafor · 3 May 2024 · 6 min read\n\n" + _BODY.format(title="*Harbour Lights*"))
    r = read_markdown(text, "post.md")
    assert (r.metadata.title, r.metadata.author, r.metadata.publication) == ("Harbour Lights at last", "Mina Okafor",
                                                                             "Slow Reels")


@pytest.mark.parametrize("sentence, creator", [
    ("The series, written and created by comedian Jo Pike, is a delight.", "Jo Pike"),
    ("The studio handed the reins to Bram Kell after the first film.", "Bram Kell"),
    ("It is Dana Holt's HBO drama, and Dana Holt's best work.", "Dana Holt"),
    ("Moss Hollow Games' roguelike is the best of the year.", "Moss Hollow Games"),
    # meta23: how English names a maker
    ("The series was developed for television by Priya Moss from a radio play.", "Priya Moss"),
    ("It was created for Hulu by the married pair Ana Reyes and Tom Bell.", "Ana Reyes and Tom Bell"),
    ("It is the work of a lone developer who goes by QuietFern, and it shows.", "QuietFern"),
    ("Made by the solo developer known as Tallowmere in two years.", "Tallowmere"),
    ("It is the 2021 documentary from Lena Ortiz and Sam Okoro about the flood.", "Lena Ortiz and Sam Okoro"),
    ("Ivo Brandt and Mila Sauer, the directing duo who met at school, never waste a shot.", "Ivo Brandt and Mila Sauer"),
    ("Pebble Forge is a tiny independent studio from Leeds.", "Pebble Forge"),
    ("Copperline Works built the entire game around one lighthouse.", "Copperline Works"),
    ("Tallow Games, a small studio from Dundee, took six years over it.", "Tallow Games"),
    ("The cook behind it is Rhoda Mbeki, who ran a market stall.", "Rhoda Mbeki"),
    ("The restaurant belongs to Aldo Ferri, who cooked in Turin.", "Aldo Ferri"),
    ("Its chef-owner, Nils Berg, cures everything in house.", "Nils Berg"),
    ("When The Quiet Loud released their fourth album, nobody listened.", "The Quiet Loud"),
    ("It is the trick that Ember Forge has pulled off here.", "Ember Forge"),
    ("Creators Ana Reyes and Tom Bell clearly had fun.", "Ana Reyes and Tom Bell"),
    ("Ivo Brandt and Mila Sauer, who met at film school and who later gave us Tin Moon, return.", "Ivo Brandt and Mila Sauer"),
    ("Nell Quist, whose first novel was a surprise hit, is back.", "Nell Quist"),
    ("It has been years since The Quiet Loud last released an album.", "The Quiet Loud"),
    # meta28: more of how English names a maker
    ("It was created for British television by Ana Reyes, Tom Bell and Jo Pike.", "Ana Reyes, Tom Bell and Jo Pike"),
    ("Written by and starring Ana Reyes and Tom Bell, it ran for three series.", "Ana Reyes and Tom Bell"),
    ("The book, written jointly by Nell Quist and Ivo Brandt, moves between two voices.", "Nell Quist and Ivo Brandt"),
    ("It is the second album by The Gullwings, and their loudest.", "The Gullwings"),
    ("It is the new four-parter from Dara Quinlan, and it is bleak.", "Dara Quinlan"),
    ("Developers Pebble Forge give you a whole coast to walk.", "Pebble Forge"),
    ("Marrow House, the two-person Leeds outfit behind Tin Moon, made it.", "Marrow House"),
    ("Priya Nair runs the kitchen, and her son runs the room.", "Priya Nair"),
    ("The new chef, Tomos Reed, has kept the old menu's bones.", "Tomos Reed"),
    ("I owe this one to owner Rosa Lind, who feeds me weekly.", "Rosa Lind"),
    ("The owners, Ana Reyes and Tom Bell, met in a Lisbon kitchen.", "Ana Reyes and Tom Bell"),
    ("Nell Quist is a Finnish poet, and her sentences show it.", "Nell Quist"),
    ("It is a 2021 RPG from Pebble Forge, and a slow one.", "Pebble Forge"),
    ("In 2008 a Leeds songwriter named Ivo Brandt made it alone. It came out under the name Moth Choir.", "Moth Choir"),
    ("Nell Quist (Author), Ivo Brandt (Translator). A short book.", "Nell Quist"),
    ("Ana Reyes wrote the Channel 4 drama from her own stage play.", "Ana Reyes"),
    ("It is the third poetry collection from Nell Quist, and her calmest.", "Nell Quist"),
    ("It is the fourth studio album by The Gullwings, and their longest.", "The Gullwings"),
    ("It was made mostly by one person, Ivo Brandt, over six years.", "Ivo Brandt"),
])
def test_creator_phrasings(sentence, creator):
    from audioreview.readers.work import Text, find_work

    body = f"Harbour Lights is a quiet story about a lighthouse. {sentence}"
    guess = find_work(Text(headline=None, paragraphs=[(body, []), ("Harbour Lights never hurries.", [])]))
    assert guess.creator is not None and guess.creator.value == creator


def test_a_character_with_its_actor_in_brackets_is_not_the_maker():
    from audioreview.readers.work import Text, find_work

    body = ("Harbour Lights is a quiet film about a lighthouse. Mara marries a writer named Felix (Tom Abbott), "
            "and Felix waits. Felix never complains.")
    guess = find_work(Text(headline=None, paragraphs=[(body, [])]))
    assert guess.creator is None or guess.creator.value != "Felix"


def test_about_the_author_over_a_bio_names_no_author():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights is a quiet film about a lighthouse.",
             "About the author\nNell Hart has reviewed films since 2011."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator is None


def test_a_name_does_not_run_on_from_the_line_before():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights\nLantern Digital · Big Door Publishing",
             "Harbour Lights is a puzzle game. Lantern Digital built the whole game around one tide."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator.value == "Lantern Digital"


@pytest.mark.parametrize("paras, creator", [
    # a novel's author in a film's review wrote the source
    (["Harbour Lights is a quiet film about a lighthouse.", "Anyone who has read Ada Quint's 1971 novel knows the ending.",
      "The film keeps the ending, and the director never hurries. It is a fine film."], None),
    # a channel shows a series, it does not make one
    (["Harbour Lights is the new series on Apple TV+, and the best of Apple's comedy this year.",
      "Each episode is short."], None),
    # an actor's showcase: "this is Vale's film"
    (["Harbour Lights is a film about a lighthouse. The keeper is played by Rosa Vale.",
      "This is Vale's film from first shot to last."], None),
    # "Will" is a modal verb at a sentence's start, a given name after "by"
    (["Harbour Lights is a series about a lighthouse. It was developed for television by Will Garner from a novel.",
      "Each episode is short."], "Will Garner"),
    # a rank before a name is a character's title, however often said ("Baron Holt ... Holt ... Holt")
    (["Harbour Lights is a novel about a lighthouse and Baron Holt, who owns it.",
      "Holt is cruel. Holt drinks. Holt sells the lamp."], None),
])
def test_who_is_not_the_maker(paras, creator):
    from audioreview.readers.work import Text, find_work

    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert (guess.creator.value if guess.creator else None) == creator


def test_a_name_after_the_or_after_a_possessive_is_no_person_the_review_keeps_naming():
    from audioreview.readers.work import Text, find_work

    # (meta28) "the Baltic Sea" is a place and "Ada Lund's Grey Sea" a work, however often "Sea" comes back;
    # the person the review keeps naming is the maker
    paras = ["Harbour Lights is a book of letters from a life at sea. Oskar Veldt sailed the Baltic Sea for forty years.",
             "If you liked Ada Lund's Grey Sea or Tom Bell's Red Sea you will like this. Veldt writes plainly.",
             "Every Sea story needs a storm; Veldt's has several."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator is not None and guess.creator.value == "Oskar Veldt"


def test_a_series_said_as_the_subject_of_written_by_names_its_writer_not_a_source():
    from audioreview.readers.work import Text, find_work

    # (meta28) in a series' review a "written by" is a book's role, unless the series itself is its subject;
    # and "X, Channel Four's drama" names the channel that shows it, never its maker
    paras = ["In Harbour Lights, BBC Two's new six-part drama, Ana Reyes plays a lock keeper.",
             "The series was written by Tom Bell, a former lock keeper himself. Each episode is an hour."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator is not None and guess.creator.value == "Tom Bell"


def test_a_joined_credit_takes_the_kind_of_its_telling_verb():
    from audioreview.readers.work import Text, find_work

    # "who wrote and directed" is a film's maker, and beats a film-maker's possessive said in a comparison
    paras = ["Harbour Lights is a slow film about a lighthouse. Wren Abbott, who wrote and directed it, has watched Ida Marsh.",
             "Where Marsh's film is cold, this one is warm, and the film never hurries."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator is not None and guess.creator.value == "Wren Abbott"


def test_a_given_name_said_alone_is_the_maker_credited_in_full():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights is a small cafe. The cafe is run by Rosa Lindqvist, who came from Malmo.",
             "Rosa, who cooks and also runs the till, is everywhere."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator is not None and guess.creator.value == "Rosa Lindqvist"


def test_a_title_before_the_studios_possessive_is_no_studio():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights is a roguelike game. Tallow Games have made the kindest one I know.",
             "Fans will know Lamplight, the studio's earlier game."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator.value == "Tallow Games"


def test_a_described_group_is_no_name_and_a_name_ends_with_its_line():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights is a film about a lighthouse, the first feature directed by Welsh filmmakers."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator is None
    paras = ["Harbour Lights is a novel about a lighthouse. I read Harbour Lights by Ana Reyes\nLantern twice."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator.value == "Ana Reyes"


def test_a_forum_posters_handle_is_no_author():
    from audioreview.model import Work

    work = Work()
    bylines.apply_fact(work, bylines.Fact("creator", "book", "quiet_reader42"))
    assert work.creator is None
    bylines.apply_fact(work, bylines.Fact("creator", "book", "bell hooks"))
    assert work.creator == "bell hooks"


def test_a_possessive_is_no_given_name():
    from audioreview.readers.work import _full_name

    assert _full_name("Hugo Holt", "He studied Rosa Vale's Hugo Holt. Hugo Holt is the villain.", set()) == "Hugo Holt"


def test_credit_for_another_work_or_one_episode_counts_less():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights is the new series from Jo Pike, whose Harbour Lights began as a radio play.",
             "The second episode, directed by Sam Reid, is the best hour of it.",
             "Harbour Lights is Jo Pike's sitcom, and Pike never wastes a line."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert guess.creator.value == "Jo Pike"


@pytest.mark.parametrize("body, year", [
    ("Mission: Harbour – Lights is loud. Lights (2019) was louder than its makers hoped.", 2019),
    ("Harbour Lights, the 2004 remake of a forgotten musical, is a joy. Harbour Lights sings.", 2004),
    ("Its 1999 release changed everything. Harbour Lights, though, is quieter than its fame. "
     "The 2011 sequel is best forgotten. Harbour Lights is a film to see.", 1999),
])
def test_the_works_year_not_a_sequels(body, year):
    from audioreview.readers.work import find_year

    title = "Mission: Harbour – Lights" if "Mission" in body else "Harbour Lights"
    assert find_year(body, title)[0] == year


def test_a_book_reviews_year_is_not_its_adaptations():
    from audioreview.readers.work import find_year

    body = "Many know it from the 2010 film. The novel, first published in 2005, is better."
    assert find_year(body, "Harbour Lights", None, "book")[0] == 2005
    assert find_year("Jo Pike's 2015 debut is a marvel; the TV show came out in 2019.", "Harbour Lights", "Jo Pike")[0] == 2015


def test_an_adaptations_source_author_is_not_its_creator():
    from audioreview.readers.work import Text, find_work

    paras = ["Harbour Lights is Ada Brenner's adaptation of Jo Pike's bestseller, and it is lovely.",
             "Jo Pike's 2015 novel Harbour Lights sold two million copies.",
             "Ada Brenner, who created this six-part series, clearly loves the book. Harbour Lights is patient.",
             "Every episode of Harbour Lights takes its time with the series' small moments."]
    guess = find_work(Text(headline=None, paragraphs=[(p, []) for p in paras]))
    assert (guess.creator.value, guess.kind.value) == ("Ada Brenner", "tv")


# meta10, tuned on tuning8: forum and store usernames, lower-case outlets, site names in HTML, restaurants.
@pytest.mark.parametrize("upper, lower, author, pub", [
    ("Garden Notes is written by Odile Marsh-Penn", "Odile Marsh-Penn", "Odile Marsh-Penn", None),
    ("Posted by Ines Varga at the late shelf", "Ines Varga", "Ines Varga", "the late shelf"),
    ("posted by moth_lamp", "moth_lamp | Cinder Forums member since 2016", "moth_lamp", "Cinder Forums"),
    ("words by Ada Kell, GLOWWORM co-editor", "Ada Kell", "Ada Kell", "GLOWWORM"),
    ("The views expressed are those of Cinder.", "Ada Kell", None, None),
    ("next page: a list of films, by Marnie", "Marnie", None, None),
])
def test_a_signature_said_twice(upper, lower, author, pub):
    found = bylines.signature_pair(upper, lower)
    assert ((found.author, found.publication) if found else (None, None)) == (author, pub)


def test_a_signature_said_twice_ends_the_review_above_the_pages_own_lines():
    text = (_BODY.format(title="Harbour Lights") + "\nDisclosure: we paid for our own tickets.\n"
            "Film Corner is written by Odile Marsh-Penn\nOdile Marsh-Penn\n\n--- GARDEN NEWS ---\n"
            "Seed swap on Saturday.\n")
    m = read_text(text, "review.txt").metadata
    assert m.author == "Odile Marsh-Penn"


def test_boxed_forum_header_and_any_case_mastheads():
    text = ("-----------\nPosted by reel_moth  |  Member since 2012\n-----------\n\n" + _BODY.format(title="Harbour Lights"))
    assert read_text(text, "review.txt").metadata.author == "reel_moth"
    assert bylines.masthead("**the late shelf** · a newsletter about slow books · Issue 4") == "the late shelf"
    assert bylines.masthead("Second Row (podcast) · Ep. 12 · show notes") == "Second Row"
    assert bylines.byline("**Submitted by:** moth_lamp · **Last edited:** 2 revisions ago").author == "moth_lamp"
    assert bylines.byline("Notes by Ada Kell (host, and the only one who finished it)").author == "Ada Kell"
    zine = "~~~ GLOWWORM ZINE ~~~\na photocopied film zine · issue 3\n\n" + _BODY.format(title="Harbour Lights")
    assert read_text(zine, "review.txt").metadata.publication == "Glowworm Zine"


def test_a_pages_own_name_over_a_domain_or_a_squeezed_handle():
    from audioreview.readers.html import _publication
    assert _publication("example.invalid", "Forkful Weekly") == "Forkful Weekly"
    assert _publication("Lowpolypress", "Low Poly Press") == "Low Poly Press"
    assert _publication("The Guardian", "Guardian News") == "The Guardian"
    assert _publication(None, "Low Poly Press") == "Low Poly Press"


def test_a_restaurants_recipes_do_not_make_it_a_book():
    text = ("Osteria Lume is a small restaurant on Mill Lane. Chef Ada Kell cooks her grandmother's recipes, "
            "and the menu changes weekly.\n\nThe dishes at Osteria Lume are generous; the dessert menu is short.\n\n"
            "Osteria Lume is worth the queue.\n")
    assert read_text(text, "review.txt").metadata.work.kind == "other"


# Rules added on tuning12 and tuning13 (this round), each on a made-up text.
def test_a_makers_title_with_a_dated_kind_after_it():
    """"Ida Brenner's The Salt Orchard, the 2021 coastal drama": the maker's, then the title
    (said once), and ", the 2021 ... drama" marks a title, not a person."""
    text = ("This week Dev and Ruth sit down with Ida Brenner's The Salt Orchard, the 2021 coastal drama that never raises "
            "its voice. Dev loved it; Ruth thought Dev was being generous.\n\n"
            "Dev says the sound is the real subject. Ruth says the ending drags. Dev disagrees, as usual, and Dev wins.\n\n"
            "Next week: Dev picks a musical.\n")
    m = read_text(text, "show-notes.txt").metadata
    assert (m.work.title, m.work.creator) == ("The Salt Orchard", "Ida Brenner")


def test_a_headline_title_then_its_subject_a_person():
    """"Harbour Lights: Mara Quill is ...": the title before the colon; the actor after it is no subtitle."""
    text = ("Harbour Lights: Mara Quill is a lighthouse keeper and a marvel\n\nBy Ada Kell\n\n"
            "Mara Quill plays a keeper who has not spoken to anyone in a year. Mara Quill makes that silence funny.\n\n"
            "Harbour Lights is slow and lovely.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Harbour Lights"


def test_a_fact_box_head_names_the_work():
    """"STILLWATER — SEASON 2" over "Created by:" and "Starring:" lines: the series, without its season."""
    text = ("It took three years for Stillwater to come back, and the wait shows in the first episode, which "
            "spends its hour with Mara Quill and Ada Kell in a flooded office.\n\n"
            "Mara Quill is very good. Ada Kell is better. The writing is patient.\n\n"
            "STILLWATER — SEASON 2\nCreated by: Rory Vance\nStarring: Mara Quill, Ada Kell\nEpisodes: 8\n")
    assert read_text(text, "review.txt").metadata.work.title.lower() == "stillwater"


def test_a_byline_under_a_disclosure_below_an_infobox():
    """A game site's infobox, then "Disclosure: ..." / "X at Outlet" / "X" / role: the byline still found,
    and a publisher named in the infobox is never the work."""
    text = ("LOWLIGHT\nNews   Reviews   Deals\n\nPlatform: PC\nDeveloper: Kettle Bay\nPublisher: Moth Lamp\n\n"
            "Disclosure: a code was provided by the publisher.\nIda Brenner at Lowlight\nIda Brenner\nReviews Writer\n\n"
            "Ferrylight is a small game about a ferry, from the publisher Moth Lamp. Ferrylight asks you to run the "
            "ferry for a winter.\n\nThe ferry breaks down a lot. Moth Lamp has a knack for these games.\n\n"
            "Ferrylight is worth a winter.\n")
    m = read_text(text, "review.txt").metadata
    assert (m.author, m.publication, m.work.title) == ("Ida Brenner", "Lowlight", "Ferrylight")


def test_a_sites_name_as_the_first_heading_and_the_headline_under_it():
    text = ("# Lowlight Notes\n\n[Home](/) · [Reviews](/reviews) · [About](/about)\n\n"
            "## Stillwater Season 2 Review: Damp and Wonderful\n\n*by Ada Kell · 12 May 2023*\n\n"
            "Stillwater is a comedy about a flooded office. Mara Quill plays the manager.\n\n"
            "Mara Quill is wonderful in Stillwater.\n")
    m = read_markdown(text, "review.md").metadata
    assert (m.title, m.publication, m.work.title) == (
        "Stillwater Season 2 Review: Damp and Wonderful", "Lowlight Notes", "Stillwater")


@pytest.mark.parametrize("headline, body, title", [
    # the episode's own title, then the work
    ("Ep. 114 – Salt, Tears and Rope: Harbour Lights",
     "This week Ada and Rory watch Ida Brenner's Harbour Lights. Ada cried twice.\n\nRory did not.\n", "Harbour Lights"),
    # a catalogue's title and subtitle, over a review that never names the book
    ("Harbour lights : a novel",
     "Ida Brenner's second novel is set on a ferry. Mara Quill narrates it.\n\nMara Quill is wonderful company.\n",
     "Harbour lights"),
])
def test_headline_forms_that_frame_the_work(headline, body, title):
    text = f"{headline}\n\nBy Ada Kell\n\n{body}"
    assert read_text(text, "review.txt").metadata.work.title.lower() == title.lower()


def test_a_page_trailer_with_a_copyright_notice_after_the_outlet_statement():
    """"X is published by Y. © 2021 All rights reserved." and "X is part of Y." end the review: not narrated."""
    for line in ("Lowlight Weekly is published by Moth Lamp Media. © 2021 All rights reserved.",
                 "Lowlight Weekly is part of the Moth Lamp network."):
        review = read_text(_BODY.format(title="Harbour Lights") + "\nShare: Facebook · X · Copy link\n\n" + line + "\n",
                           "review.txt")
        assert review.metadata.publication == "Lowlight Weekly"
        assert not any("Lowlight" in b.text or "Share" in b.text for b in review.body_blocks())


def test_the_page_a_breadcrumb_ends_on_names_the_work():
    assert bylines.breadcrumb_leaf("Home › Reviews › Ferrylight") == "Ferrylight"
    assert bylines.breadcrumb_leaf("Home › Reviews › Film") is None  # a section
    assert bylines.breadcrumb_leaf("Culture › Film") is None
    assert bylines.breadcrumb_leaf("Home / Features / Backlog Bonanza") is None  # a column under Features


def test_a_release_said_in_a_relative_clause_and_a_dated_appositive_with_its_maker():
    body = ("Ida Brenner made three films before this one. Her debut, Salt Water, came out in 2007.\n\n"
            "Harbour Lights, which she shot during a hard winter and released in 2021, is her best. "
            "That is the point of Harbour Lights, Ida Brenner's 2021 drama.\n\n"
            "Salt Water was rougher. Salt Water had more jokes. Salt Water is on every streamer.\n")
    m = read_text(body, "review.txt").metadata
    assert (m.work.title, m.work.year) == ("Harbour Lights", 2021)


def test_one_title_in_bold_among_titles_in_italics_is_the_subject():
    text = ("Ida Brenner spent a decade filming ferries, and that footage is the raw material for **Harbour Lights**. "
            "Her previous film *Salt and Rope* was about a lighthouse and was much longer.\n\n"
            "Rory Vance made *The Long Crossing* from the same footage in the same year. It is louder.\n\n"
            "Both are worth seeing on a spare afternoon.\n")
    assert read_markdown(text, "review.md").metadata.work.title == "Harbour Lights"


def test_a_title_then_a_dashed_aside_with_a_number():
    text = ("Finally watched Harbour Lights — 30 years in the making, was it worth it?\n\n"
            "Post by moth_lamp\n\nIda Brenner started Harbour Lights in 1992. It shows, in a good way.\n")
    assert read_text(text, "review.txt").metadata.work.title == "Harbour Lights"


@pytest.mark.parametrize("head, expected", [
    ("Salt Roads\nIda Brenner\nLantern Press, 2019, 288 pages, £16.99", ("Salt Roads", "Ida Brenner", 2019)),
    ("Salt Roads\nIda Brenner and Ola Berg\nLantern Press, 2019\nHardback, 288 pages", ("Salt Roads", "Ida Brenner and Ola Berg", 2019)),
    ("Salt Roads\nIda Brenner\nLondon, 2019", None),  # a dateline, no book's details
])
def test_a_journals_three_line_head_is_a_citation(head, expected):
    from audioreview.readers.citation import citation

    found = citation(head.split("\n"))
    assert (None if found is None else (found.title, found.creator, found.year)) == expected
