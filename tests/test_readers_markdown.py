"""Markdown reader: front matter, headings and levels, marks, quotes, lists."""


import pytest

from audioreview.errors import InputError
from audioreview.readers import read, read_markdown

from conftest import EXAMPLES, body_text


@pytest.fixture(scope="module")
def orchard():
    return read(EXAMPLES / "glass-orchard.md")


def test_orchard_metadata(orchard):
    m = orchard.metadata
    assert m.title == "The Glass Orchard review: a family saga grown under glass"
    assert (m.work.title, m.work.kind, m.work.year, m.work.creator) == (
        "The Glass Orchard", "book", 2023, "Petra Lindqvist")
    assert (m.author, m.publication, m.date, m.language) == ("Samuel Okafor", "Margins Quarterly", "2025-02-11", "en")
    assert m.url == "https://example.org/reviews/the-glass-orchard"
    assert (m.rating.text, m.rating.value, m.rating.scale) == ("★★★★½", 4.5, 5.0)
    assert orchard.declared.add == {"grief": 2, "illness": 1} and not orchard.declared.none
    assert m.source_format == "markdown"


def test_orchard_outline(orchard):
    assert orchard.outline() == [
        (2, "Opening"), (2, "The story"), (3, "A note on structure"), (2, "The writing"),
        (2, "What does not work"), (2, "Verdict"),
    ]
    assert orchard.sections[0].derived and not orchard.sections[1].derived
    # the # heading is the title, not a section
    assert all("family saga" not in h for _, h in orchard.outline())


def test_orchard_blocks(orchard):
    structure = orchard.sections[1].sections[0]
    items = [b for b in structure.blocks if b.kind == "list_item"]
    assert [b.text for b in items] == ["Autumn, told by Nora", "Winter, told by Felix", "Spring, told by June",
                                       "Summer, told by all three in turn"]
    assert all(b.ordered and b.list_id == items[0].list_id for b in items)
    quote = [b for b in orchard.sections[2].blocks if b.kind == "quote"]
    assert len(quote) == 1 and quote[0].text.startswith("You think you are buying trees.")
    assert len(quote[0].sentences) == 2
    bullets = [b for b in orchard.sections[3].blocks if b.kind == "list_item"]
    assert len(bullets) == 3 and not bullets[0].ordered and bullets[0].list_id != items[0].list_id


def test_orchard_marks(orchard):
    marked = {(s.text[m.start:m.end], m.kind, m.href) for s in orchard.body_sentences() for m in s.marks}
    assert ("The Glass Orchard", "em", None) in marked
    assert ("quietly devastating", "strong", None) in marked
    assert ("the Margins book club page", "link", "https://example.org/book-club") in marked
    assert "*" not in body_text(orchard) and "](" not in body_text(orchard)


def test_orchard_byline_bio_disclaimer(orchard):
    assert orchard.byline.text.startswith("By Samuel Okafor, Margins Quarterly.")
    assert "reviews fiction for Margins Quarterly" in orchard.byline.text
    assert orchard.disclaimer.text.startswith("Disclosure: the publisher sent")
    body = body_text(orchard)
    assert "Disclosure" not in body and "reviews fiction" not in body


def test_paper_kites():
    r = read(EXAMPLES / "paper-kites.md")
    assert r.declared.none is True and r.declared.add == {}
    assert r.outline() == [(2, "Opening"), (2, "Story and characters"), (2, "Animation and music"), (2, "The verdict")]
    assert (r.metadata.rating.value, r.metadata.rating.scale) == (4.5, 5.0)
    assert r.metadata.work.kind == "film"
    assert "bloody brilliant" in body_text(r)


def test_level_repair_and_code_marks():
    text = "# T\n\nIntro.\n\n## A\n\nText a.\n\n#### Deep\n\nDeep text with `code` here.\n\n### B\n\nText b.\n\n## C\n\nText c.\n"
    r = read_markdown(text, "x.md")
    assert r.outline() == [(2, "Opening"), (2, "A"), (3, "Deep"), (3, "B"), (2, "C")]
    s = r.sections[1].sections[0].blocks[0].sentences[0]
    assert [(s.text[m.start:m.end], m.kind) for m in s.marks] == [("code", "code")]


def test_no_h2_applies_sectioning_rule():
    paras = ["Opening words about the novel.", "The characters are vivid and odd.",
             "The prose is clean.", "Overall, I recommend it."]
    r = read_markdown("# A Book\n\n" + "\n\n".join(paras) + "\n", "x.md")
    assert r.title == "A Book"
    assert r.outline() == [(2, "Opening"), (2, "Characters"), (2, "Writing"), (2, "Verdict")]
    assert all(s.derived for s in r.sections)


def test_empty_heading_dropped_and_mark_across_sentences():
    r = read_markdown("## Empty\n\n## Full\n\nOne *two. Three* four.\n", "x.md")
    assert r.outline() == [(2, "Full")]
    first, second = r.sections[0].blocks[0].sentences
    assert first.text[first.marks[0].start:first.marks[0].end] == "two."
    assert second.text[second.marks[0].start:second.marks[0].end] == "Three"


def test_front_matter_forms():
    text = ("---\ntitle: T\nwork: Just A Title\nrating: 8\ncontent_warnings:\n  - category: war atrocity\n"
            "    severity: 3\n  - {torture: 2}\n  - child-harm:3\n---\nBody text here.\n")
    r = read_markdown(text, "x.md")
    assert r.metadata.work.title == "Just A Title"
    assert (r.metadata.rating.value, r.metadata.rating.scale) == (8.0, 10.0)
    assert r.declared.add == {"war_atrocity": 3, "torture": 2, "child_harm": 3}


@pytest.mark.parametrize("front, field", [
    ("work:\n  title: X\n  year: soon\n", "work.year"),
    ("work:\n  title: X\n  kind: opera\n", "work.kind"),
    ("work:\n  titel: X\n", "work.titel"),
    ("rating: brilliant\n", "rating"),
    ("date: yesterday\n", "date"),
    ("content_warnings:\n  - gore:7\n", "content_warnings"),
    ("title: [a, b]\n", "title"),
])
def test_front_matter_field_errors(front, field):
    with pytest.raises(InputError) as err:
        read_markdown(f"---\n{front}---\nBody.\n", "bad.md")
    assert err.value.path == "bad.md"
    assert f"'{field}'" in err.value.message and "line" in err.value.message
