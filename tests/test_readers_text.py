"""Plain-text reader: title line, header/trailer lines, the sectioning rule."""


import pytest

from audioreview.readers import read, read_text
from audioreview.readers.structure import CUE_TABLE, cue, title_from_name

from conftest import EXAMPLES, body_text


@pytest.fixture(scope="module")
def lantern():
    return read(EXAMPLES / "the-lantern-keepers.txt")


def test_lantern_metadata(lantern):
    m = lantern.metadata
    assert m.title == "The Lantern Keepers: a quiet film about the people who keep the lights on"
    assert (m.work.title, m.work.kind, m.work.year, m.work.creator) == ("The Lantern Keepers", "film", 2024, "Ines Varga")
    assert (m.author, m.publication) == ("Mara Ellison", "The Northern Screen")
    assert (m.rating.value, m.rating.scale) == (4.0, 5.0)
    assert m.source_format == "text"
    assert m.source_name.endswith("the-lantern-keepers.txt")


def test_lantern_sections(lantern):
    assert lantern.outline() == [
        (2, "Opening"), (2, "Story"), (2, "Performances"), (2, "Look and sound"), (2, "Reservations"), (2, "Verdict"),
    ]
    assert all(s.derived for s in lantern.walk_sections())
    assert lantern.sections[3].blocks[1].text.startswith("The score by Mirela Kovac")


def test_lantern_byline_disclaimer_rating_not_in_body(lantern):
    body = body_text(lantern)
    assert lantern.byline.text == "Reviewed by Mara Ellison for The Northern Screen."
    assert lantern.disclaimer.text.startswith("A screener of the film was provided")
    assert "views and opinions expressed" in lantern.disclaimer.text
    for gone in ("Reviewed by", "screener", "views and opinions", "Rating:", "a quiet film about the people"):
        assert gone not in body
    assert lantern.byline.id == "byline" and lantern.disclaimer.id == "disclaimer"


def test_lantern_sentences(lantern):
    texts = [s.text for s in lantern.body_sentences()]
    assert "Mr. Pell, the technician, arrives with a laptop, a crate of sensors and a polite contempt for the logbooks." in texts
    assert "Dr. Amara Lind, the island's only physician, drifts between the three of them as a kind of referee." in texts
    assert "Nobody is murdered." in texts
    assert len(texts) == 32
    assert len(set(s.id for s in lantern.sentences())) == len(list(lantern.sentences()))


def test_ashes_fact_lines_and_sections():
    r = read(EXAMPLES / "ashes-of-the-delta.txt")
    m = r.metadata
    assert m.title.startswith("Ashes of the Delta review")
    assert (m.work.title, m.work.kind, m.work.year, m.work.creator) == (
        "Ashes of the Delta", "film", 2023, "Halima Reyes-Okoro")
    assert m.rating.text == "9/10" and m.rating.value == 9.0
    assert m.author == "Daniel Aquino"
    # Derived parts are named after what they discuss (the people each is about).
    assert r.outline() == [(2, "Opening"), (2, "Sanu"), (2, "Tomas Grieve"), (2, "Verdict")]
    assert [len(s.blocks) for s in r.sections] == [1, 3, 2, 1]  # five middle paragraphs: 3 + 2
    body = body_text(r)
    assert "Film:" not in body and "Director:" not in body and "By Daniel Aquino" not in body
    assert r.disclaimer.text == "A screener was provided by the festival for review purposes."
    assert "tortured" in body and "bodies of nineteen children" in body


# ---------------------------------------------------------------- sectioning rule

PARAS = [
    "I went in with low hopes. The trailer had promised very little.",
    "The plot follows two sisters who inherit a failing bakery in a coastal town.",
    "The performances are warm and unshowy, and the sisters feel like real siblings.",
    "Visually it is modest, all flour dust and morning light.",
    "There is a long detour into a baking contest that goes nowhere.",
    "Another paragraph about the town and the people in it.",
    "It all comes together when the storm arrives in the final act.",
    "In the end it is a small, kind film, and I recommend it.",
]


def test_rule_no_heading_text_gets_title_and_derived_sections():
    text = "Crust and Crumb\n\n" + "\n\n".join(PARAS) + "\n\nBy Ada Quill\n"
    r = read_text(text, "crust.txt")
    assert r.title == "Crust and Crumb"
    assert r.outline() == [(2, "Opening"), (2, "Story"), (2, "Performances"), (2, "Look and sound"), (2, "Verdict")]
    assert [len(s.blocks) for s in r.sections] == [1, 1, 1, 4, 1]
    assert all(s.derived for s in r.sections)
    assert r.byline.text == "By Ada Quill." and "Ada Quill" not in body_text(r)


def test_rule_unnamed_parts_and_balanced_chunks():
    paras = [f"Paragraph number {i} says something about the film." for i in range(1, 9)]
    r = read_text("\n\n".join(paras), "plain.txt")
    # 8 paragraphs: Opening 1, middle 6 -> two parts of 3, Verdict 1
    assert r.outline() == [(2, "Opening"), (2, "Part 1"), (2, "Part 2"), (2, "Verdict")]
    assert [len(s.blocks) for s in r.sections] == [1, 3, 3, 1]


def test_rule_single_unnamed_part_is_discussion():
    paras = [f"Paragraph {w} talks about the film at length." for w in ("one", "two", "three", "four")]
    r = read_text("\n\n".join(paras), "x.txt")
    assert r.outline() == [(2, "Opening"), (2, "Discussion"), (2, "Verdict")]


def test_rule_verdict_opening_joins_second_to_last():
    paras = ["Start here with some text.", "A middle paragraph.", "Another middle paragraph.",
             "Ultimately, it works.", "Go and see it."]
    r = read_text("\n\n".join(paras), "x.txt")
    # The middle part is named from its own text (the word it repeats), not "Discussion".
    assert r.outline() == [(2, "Opening"), (2, "Paragraph"), (2, "Verdict")]
    assert len(r.sections[-1].blocks) == 2


@pytest.mark.parametrize("paras, outline", [
    (["Only one paragraph of praise."], [(2, "Review")]),
    (["First thoughts on the film.", "More thoughts on the film."], [(2, "Review")]),
    (["First thoughts on the film.", "Overall, I recommend it."], [(2, "Opening"), (2, "Verdict")]),
    (["A.", "B.", "C."], [(2, "Opening"), (2, "Discussion"), (2, "Verdict")]),
])
def test_rule_short_reviews(paras, outline):
    r = read_text("\n\n".join(paras), "x.txt")
    assert r.outline() == outline


def test_cue_table():
    assert cue("The performances are good.") == "Performances"
    assert cue("But the film's score is loud.") == "Look and sound"
    assert cue("Visually, it is grey.") == "Look and sound"
    assert cue("The gameplay loop is tight.") == "Gameplay"
    assert cue("The characters are thin.") == "Characters"
    assert cue("The writing sparkles.") == "Writing"
    assert cue("Storytelling aside, it is fun.") is None
    assert cue("I liked it.") is None
    assert len({name for name, _ in CUE_TABLE}) == len(CUE_TABLE)


def test_text_headings_are_used_conservatively():
    text = ("Title Line Here\n\nOpening words about the film.\n\nThe Cast\n\n"
            "Everyone is good in it.\n\nFinal Thoughts\n\nSee it soon. It is worth it.\n")
    r = read_text(text, "x.txt")
    assert r.outline() == [(2, "Opening"), (2, "The Cast"), (2, "Final Thoughts")]
    assert r.sections[0].derived and not r.sections[1].derived


def test_hard_wrapped_paragraphs_are_joined():
    text = "A Title\n\nThis paragraph is wrapped\nat a short width and\ncontinues here.\n\nSecond one.\n"
    r = read_text(text, "x.txt")
    assert r.sections[0].blocks[0].text == "This paragraph is wrapped at a short width and continues here."


def test_title_fallbacks():
    assert title_from_name("the-long-field.txt") == "The Long Field"
    assert title_from_name("/a/b/war_of_the_roses.md") == "War of the Roses"
    assert title_from_name("-") == "Untitled review"
    r = read_text("This is a review with no title line. It is short.\n", "the-long-field.txt")
    assert r.title == "The Long Field"
    r = read_text("I watched Moonwake (2021), directed by Pia Sand. It was good.\n", "notes.txt")
    assert r.title == "Moonwake — review"
    assert r.metadata.provenance["title"].source == "derived"
    assert (r.metadata.work.year, r.metadata.work.creator) == (2021, "Pia Sand")
    # A neutral or id-like file name is never a title.
    for name in ("review.txt", "000_17586d40cefb3fac.txt", "article-88213.txt", "page.html"):
        assert title_from_name(name) == "Untitled review", name
    r = read_text("This is a review with no title line. It is short.\n", "000_17586d40cefb3fac.txt")
    assert r.title == "Untitled review"


def test_stdin_reading_via_data():
    data = b"I liked it a lot. The end came too soon.\n\nOverall, recommended.\n"
    r = read("-", data=data)
    assert r.title == "Untitled review"
    assert r.metadata.source_format == "text"
    assert r.metadata.source_name == "<stdin>"
    assert r.outline() == [(2, "Opening"), (2, "Verdict")]


def test_stdin_sniffing():
    md = read("-", data=b"---\ntitle: Sniffed\n---\n\nSome text here.\n")
    assert (md.metadata.source_format, md.title) == ("markdown", "Sniffed")
    md2 = read("-", data=b"# Heading Title\n\nSome text here.\n")
    assert (md2.metadata.source_format, md2.title) == ("markdown", "Heading Title")
    html = read("-", data=b"<html><body><article><p>" + b"A paragraph of real review text. " * 12
                + b"</p></article></body></html>")
    assert html.metadata.source_format == "html"
    txt = read("-", data=b"Just words.\n\nMore words.", fmt="text")
    assert txt.metadata.source_format == "text"


def test_fmt_overrides_extension(tmp_path):
    p = tmp_path / "review.txt"
    p.write_text("# Real Title\n\nBody text here.\n", encoding="utf-8")
    assert read(p).metadata.source_format == "text"
    r = read(p, "markdown")
    assert (r.metadata.source_format, r.title) == ("markdown", "Real Title")


@pytest.mark.parametrize("line, author, pub", [
    ("By Mara Ellison", "Mara Ellison", None),
    ("Reviewed by Mara Ellison for The Northern Screen", "Mara Ellison", "The Northern Screen"),
    ("Mara Ellison at The Northern Screen", "Mara Ellison", "The Northern Screen"),
    ("Mara Ellison for Film Weekly", "Mara Ellison", "Film Weekly"),
    ("— J. R. Holt", "J. R. Holt", None),
    ("Words by Kim Lo", "Kim Lo", None),
])
def test_byline_patterns(line, author, pub):
    from audioreview.readers.bylines import byline

    found = byline(line)
    assert found is not None and (found.author, found.publication) == (author, pub)


def test_an_apps_marks_after_the_stars_and_an_initialism_are_no_name():
    from audioreview.readers.bylines import byline, date_line

    found = byline("Review by Ines Calloway  ★★★★½  ♥")  # a diary app's like after the stars
    assert found is not None and found.author == "Ines Calloway"
    for line in ("UK / France", "BBC | Drama", "USA · 2019"):
        assert byline(line) is None and byline(line, trailing=True) is None, line
    assert byline("Words by UK") is None or byline("Words by UK").author == "UK"  # said with a by-word: kept
    # a diary's and a blog's date lines, with what such sites set after them
    assert date_line("Watched 26 Dec 2023 · Rewatch") == "2023-12-26"
    assert date_line("Posted on 3 February 2021 · 6 comments") == "2021-02-03"
    assert date_line("Read on 3 March 2024") == "2024-03-03"
    assert date_line("Watched the whole thing twice") is None


def test_a_diary_header_gives_the_reviewer():
    text = ("reelgoers\nFilms   TV   Lists   Members\n\nThe Harbour Clock (2019)\nDirected by Ada Fenwick\n\n"
            "Review by Ines Calloway  ★★★★★  ♥\nWatched 26 Dec 2023 · Rewatch\n\n"
            "okay so I finally watched this with my dad and he pretended he had something in his eye the whole "
            "second half.\n\nthe best film about keeping time that I have seen, and the score is lovely.\n")
    review = read_text(text, "review.txt")
    assert review.metadata.author == "Ines Calloway"


def test_a_dash_signature_over_the_pages_own_lines_is_the_byline():
    paras = [f"Paragraph {n} of the review says something about the film, its two brothers and their farm, and it "
             "goes on for a while, as prose does." for n in ("one", "two", "three", "four", "five", "six", "seven")]
    body = "The Harbour Clock review\n\n" + "\n\n".join(paras) + "\n\n"
    review = read_text(body + "— Harriet Dunmore\n\nMore from What's On:\nJazz at the Corn Exchange: our picks for "
                       "October\nReview: The Mousetrap at the Playhouse still keeps its secret\n", "review.txt")
    assert review.metadata.author == "Harriet Dunmore"
    assert "Corn Exchange" not in " ".join(b.text for b in review.body_blocks())  # the page's lines, not the review's
    # a dash that opens a sentence of the review is no signature
    review = read_text(body + "— And that, in the end, is the film's quiet gift to its audience.\n", "review.txt")
    assert review.metadata.author is None
    # a short review: the signature stands where the header is read, and is still the review's end
    short = "The Harbour Clock review\n\n" + "\n\n".join(paras[:2]) + "\n\n"
    review = read_text(short + "— Harriet Dunmore\n\nMore from What's On:\nJazz at the Corn Exchange: our picks "
                       "for October\n", "review.txt")
    assert review.metadata.author == "Harriet Dunmore"
    assert "Corn Exchange" not in " ".join(b.text for b in review.body_blocks())


def test_trailing_name_line_but_not_slogans():
    from audioreview.readers.bylines import byline

    assert byline("Mara Ellison") is None  # a bare name only counts after the body
    assert byline("Mara Ellison", trailing=True).author == "Mara Ellison"
    assert byline("Highly Recommended", trailing=True) is None
    assert byline("By the end of the film, all is well.") is None


@pytest.mark.parametrize("text", [
    "The views and opinions expressed in this review are the author's own.",
    "This review contains affiliate links.",
    "A screener was provided by the distributor.",
    "A review copy of the novel was provided by the publisher.",
    "Review code was provided by the developer.",
    "Disclosure: I know the director socially.",
])
def test_disclaimer_patterns(text):
    from audioreview.readers.bylines import is_disclaimer

    assert is_disclaimer(text)


def test_not_disclaimers():
    from audioreview.readers.bylines import is_disclaimer

    assert not is_disclaimer("The film provided me with two hours of joy.")
    assert not is_disclaimer("Its views of the coast are lovely.")


def test_header_with_byline_and_date_lines():
    text = ("Night Trains\n\nBy Ola Brenner, March 3, 2025\nRating: B+\n\n"
            "A first paragraph about the film.\n\nThe second one is here.\n\nOverall, a fine film.\n")
    r = read_text(text, "x.txt")
    assert r.title == "Night Trains"
    assert (r.metadata.author, r.metadata.date, r.metadata.rating.grade) == ("Ola Brenner", "2025-03-03", "B+")
    assert r.byline.text == "By Ola Brenner, March 3, 2025."
    assert body_text(r).startswith("A first paragraph")


@pytest.mark.parametrize("line, iso", [
    ("March 3, 2025", "2025-03-03"), ("3 March 2025", "2025-03-03"), ("Published: 2024-11-30", "2024-11-30"),
    ("Posted on Sept. 9, 2023", "2023-09-09"), ("Then it rained", None), ("2025", None),
])
def test_date_lines(line, iso):
    from audioreview.readers.bylines import date_line

    assert date_line(line) == iso


_LONG_A = ("The film opens on a ferry crossing in fog, and for ten minutes nobody says a word while the "
           "engine hums and a child counts the gulls out loud for her grandmother.")
_LONG_B = ("When the talking starts it is mostly about money, which the family has lost, and about a house "
           "on the far shore that none of them has seen since the summer the father left.")
_LONG_C = ("The two leads are very good together, especially in the long kitchen scene where a broken "
           "plate becomes an argument about who gets to remember the past correctly.")


def test_sentence_case_subheadings_are_headings_when_the_text_has_a_structure_of_them():
    text = "\n\n".join(["Fog Crossing: a review", "The opening", _LONG_A, _LONG_B, "What falls short",
                        _LONG_B, _LONG_C, "The two leads", _LONG_C, _LONG_A])
    review = read_text(text, "review.txt")
    assert [s.heading for s in review.sections] == ["The opening", "What falls short", "The two leads"]
    assert "What falls short" not in body_text(review), "a heading, not a sentence narrated as body"


def test_a_lone_short_line_or_one_beside_short_paragraphs_stays_body():
    one = "\n\n".join(["Fog Crossing: a review", _LONG_A, "Worth the ferry fare", _LONG_B, _LONG_C])
    assert "Worth the ferry fare" in body_text(read_text(one, "review.txt")), "one such line is not a structure"
    short = "\n\n".join(["Fog Crossing: a review", _LONG_A, "See it twice", "It is short.", _LONG_B,
                         "Then see it again", "Truly.", _LONG_C])
    body = body_text(read_text(short, "review.txt"))
    assert "See it twice" in body and "Then see it again" in body, "beside short paragraphs: body"
