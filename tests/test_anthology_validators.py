"""Anthologies checked by the real tools, like the single editions
(test_epub_validators.py): EPUBCheck 0 errors / 0 warnings, DAISY Ace pass
with no violations and the expected heading outline, calibre reading the
reviews in order.

Three books: hand-built reviews (two narrated, one Hebrew text-only), every
example rendered --no-audio, and every example rendered narrated (the
session's rendered_examples: real Piper audio and timing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from epub_tools import (
    ace_found,
    ace_headings,
    ace_violations,
    calibre_text,
    ebook_convert,
    epubcheck_messages,
    expected_outline,
    full_review,
    hebrew_review,
    java_found,
    minimal_review,
    narration,
    parallel,
    read_zip,
    require,
    run_ace,
)

from audioreview.collection import anthology_entries, build_anthology
from audioreview.model import Review
from audioreview.writers.epub import AnthologyEntry, AnthologyOptions, write_anthology
from audioreview.writers.epub.xhtml import clean, title_of

pytestmark = pytest.mark.slow

NAMES = ["built-mixed", "examples-text", "examples-narrated"]


def _root(results: dict) -> Path:
    return next(iter(results.values())).out_dir.parent


@pytest.fixture(scope="module")
def books(tmp_path_factory, rendered_examples, rendered_text_only) -> dict[str, tuple[Path, list[Review], bool]]:
    out = tmp_path_factory.mktemp("anthologies")
    made = {}
    built = [AnthologyEntry("lanterns", full_review(), *narration(full_review())),
             AnthologyEntry("short", minimal_review(), *narration(minimal_review())),
             AnthologyEntry("hebrew", hebrew_review())]
    path = out / "built-mixed.epub"
    path.write_bytes(write_anthology(built, AnthologyOptions(title="Hand-built reviews")))
    made["built-mixed"] = (path, [e.review for e in built], True)
    for name, results in (("examples-text", rendered_text_only), ("examples-narrated", rendered_examples)):
        root = _root(results)
        path = out / f"{name}.epub"
        path.write_bytes(build_anthology(root, title=name))
        reviews = [e.review for e in anthology_entries(root, audio=False)]  # in the book's order
        made[name] = (path, reviews, name.endswith("narrated"))
    return made


def expected_anthology_outline(title: str, reviews: list[Review]) -> list[tuple[int, str]]:
    """The anthology's title and contents, then per review the outline of its
    own edition without that book's "Contents": its title (h1), its note, its
    sections one level below, its About page."""
    outline = [(1, title), (2, "Contents")]
    for review in reviews:
        single = expected_outline(review)
        assert single[1] == (2, "Contents")
        outline += [single[0]] + single[2:]
    return outline


@pytest.fixture(scope="module")
def epubcheck_results(books):
    require("java (for EPUBCheck)", java_found())
    return parallel(lambda name, book: epubcheck_messages(book[0]), list(books.items()))


@pytest.mark.parametrize("name", NAMES)
def test_anthology_epubcheck_reports_no_errors_or_warnings(epubcheck_results, books, name):
    bad = [m for m in epubcheck_results[name] if m["level"] in ("FATAL", "ERROR", "WARNING")]
    assert bad == [], json.dumps(bad, indent=1)
    files = read_zip(books[name][0].read_bytes())
    assert any(n.endswith(".smil") for n in files) == books[name][2]


@pytest.fixture(scope="module")
def ace_reports(books, tmp_path_factory):
    require("DAISY Ace (with chromium)", ace_found())
    out = tmp_path_factory.mktemp("ace-anthology")
    return parallel(lambda name, book: run_ace(book[0], out / name), list(books.items()))


@pytest.mark.parametrize("name", NAMES)
def test_anthology_ace_passes_with_a_part_per_review(ace_reports, books, name):
    report = ace_reports[name]
    assert ace_violations(report) == []
    assert report["earl:result"]["earl:outcome"] == "pass"
    missing = set(report["a11y-metadata"]["missing"])
    assert not missing & {"schema:accessMode", "schema:accessibilityFeature", "schema:accessibilityHazard",
                          "schema:accessibilitySummary", "schema:accessModeSufficient", "dcterms:conformsTo"}
    path, reviews, _narrated = books[name]
    title = "Hand-built reviews" if name == "built-mixed" else name
    assert ace_headings(report) == expected_anthology_outline(title, reviews)


def test_calibre_reads_each_review_in_order_note_first(books, tmp_path):
    require("calibre (ebook-convert)", ebook_convert())
    path, reviews, _narrated = books["examples-text"]
    text = " ".join(clean(calibre_text(path, tmp_path / "anthology.txt")).split())
    pos = 0
    for review in reviews:
        at = text.find(" ".join(clean(title_of(review)).split()), pos)
        assert at >= pos, f"{review.title!r} missing or out of order"
        pos = at
        if review.content_note is not None:
            note = text.find(" ".join(review.content_note.sentences[0].text.split()), pos)
            assert note > pos, f"the note of {review.title!r} is not after its title"
            pos = note
        first = next(s.text for b in review.body_blocks() for s in b.sentences)
        body = text.find(" ".join(clean(first).split()), pos)
        assert body > pos, f"the text of {review.title!r} is not after its note"
        pos = body
