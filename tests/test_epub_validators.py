"""The EPUBs checked by the real tools: EPUBCheck (0 errors, 0 warnings), DAISY
Ace (outcome pass, no violations, heading outline = the model's) and calibre
(the review's text comes out in reading order).

Each book is validated once per tool (module-scoped fixtures, two at a time).
Missing tools skip with "<tool> not found: run .ci/install-epub-tools.sh", or
fail when AUDIOREVIEW_REQUIRE_TOOLS=1 (CI)."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
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
    long_review,
    minimal_review,
    narration,
    parallel,
    png_bytes,
    require,
    run_ace,
)

from audioreview.model import Review
from audioreview.covers import read_cover
from audioreview.writers.epub import EpubOptions, write_epub
from audioreview.writers.epub.xhtml import clean, heading_of, title_of

pytestmark = pytest.mark.slow


@dataclass
class Case:
    name: str
    path: Path
    review: Review
    narrated: bool


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Case]:
    out = tmp_path_factory.mktemp("epubs")
    png, jpg = out / "cover.png", out / "cover.jpg"
    png.write_bytes(png_bytes())
    jpg.write_bytes(png_bytes(fmt="JPEG"))
    cases: dict[str, Case] = {}

    def make(name: str, review: Review, narrated: bool, cover: Path | None = None, step: float = 0.4) -> None:
        options = EpubOptions(cover=read_cover(cover) if cover else None)
        timing, audio = narration(review, step=step) if narrated else (None, None)
        path = out / f"{name}.epub"
        path.write_bytes(write_epub(review, options, timing, audio))
        cases[name] = Case(name, path, review, narrated)

    make("full-text", full_review(), False, png)
    make("full-narrated", full_review(), True, jpg)
    make("minimal-text", minimal_review(), False)
    make("minimal-narrated", minimal_review(), True)
    make("long-narrated", long_review(), True, step=0.05)
    make("hebrew-text", hebrew_review(), False)
    return cases


NAMES = ["full-text", "full-narrated", "minimal-text", "minimal-narrated", "long-narrated", "hebrew-text"]


# ---------------------------------------------------------------------- EPUBCheck


@pytest.fixture(scope="module")
def epubcheck_results(books):
    require("java (for EPUBCheck)", java_found())
    return parallel(lambda name, case: epubcheck_messages(case.path), list(books.items()))


@pytest.mark.parametrize("name", NAMES)
def test_epubcheck_reports_no_errors_or_warnings(epubcheck_results, name):
    messages = epubcheck_results[name]
    bad = [m for m in messages if m["level"] in ("FATAL", "ERROR", "WARNING")]
    assert bad == [], json.dumps(bad, indent=1)


def tampered_copy(src: Path, dst: Path, member: str, edit: Callable[[bytes], bytes]) -> Path:
    """A copy of the EPUB ``src`` with one member's bytes passed through ``edit``:
    a known-broken book, to show a validator really reports problems."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, edit(data) if info.filename == member else data)
    return dst


def test_epubcheck_really_checks(books, tmp_path):
    """The harness must see problems: a book with a dangling link fails."""
    require("java (for EPUBCheck)", java_found())
    broken = tampered_copy(books["minimal-text"].path, tmp_path / "broken.epub", "EPUB/about.xhtml",
                           lambda d: d.replace(b"</section>", b'<p><a href="missing.xhtml">x</a></p></section>'))
    assert any(m["level"] == "ERROR" for m in epubcheck_messages(broken))


# ---------------------------------------------------------------------------- Ace


@pytest.fixture(scope="module")
def ace_reports(books, tmp_path_factory):
    require("DAISY Ace (with chromium)", ace_found())
    out = tmp_path_factory.mktemp("ace")
    return parallel(lambda name, case: run_ace(case.path, out / name), list(books.items()))


@pytest.mark.parametrize("name", NAMES)
def test_ace_passes_with_the_model_outline(ace_reports, books, name):
    report = ace_reports[name]
    assert ace_violations(report) == []
    assert report["earl:result"]["earl:outcome"] == "pass"
    missing = set(report["a11y-metadata"]["missing"])
    assert not missing & {"schema:accessMode", "schema:accessibilityFeature", "schema:accessibilityHazard",
                          "schema:accessibilitySummary", "schema:accessModeSufficient", "dcterms:conformsTo"}
    review = books[name].review
    assert ace_headings(report) == expected_outline(review)
    # the model's own outline is a contiguous part of it
    model = [(lv, t) for lv, t in review.outline()]
    got = ace_headings(report)
    start = 3 if review.content_note is not None else 2
    assert got[start:start + len(model)] == model


def test_ace_really_checks(books, tmp_path):
    """The harness must see violations: an image without alt text does not pass."""
    require("DAISY Ace (with chromium)", ace_found())
    broken = tampered_copy(books["full-text"].path, tmp_path / "broken.epub", "EPUB/title.xhtml",
                           lambda d: re.sub(rb' alt="[^"]*"', b"", d))
    title_page = zipfile.ZipFile(broken).read("EPUB/title.xhtml")
    assert b"<img" in title_page and b"alt=" not in title_page
    report = run_ace(broken, tmp_path / "ace")
    assert report["earl:result"]["earl:outcome"] == "fail"
    assert ace_violations(report)


# ------------------------------------------------------------------------ calibre


@pytest.fixture(scope="module")
def calibre_texts(books, tmp_path_factory):
    require("calibre (ebook-convert)", ebook_convert())
    out = tmp_path_factory.mktemp("calibre")
    return parallel(lambda name, case: calibre_text(case.path, out / f"{name}.txt"), list(books.items()))


def _norm(text: str) -> str:
    return " ".join(clean(text).split())


@pytest.mark.parametrize("name", NAMES)
def test_calibre_reads_the_text_in_order(calibre_texts, books, name):
    text = _norm(calibre_texts[name])
    review = books[name].review
    pos = text.find(_norm(title_of(review)))
    assert pos >= 0
    if review.content_note is not None:
        note = text.find(_norm(review.content_note.sentences[0].text), pos)
        assert note > pos, "content note missing or out of order"
        pos = note
    for section in review.walk_sections():
        first = next((s.text for b in section.blocks for s in b.sentences), None)
        if first is None:
            continue
        at = text.find(_norm(first), pos)
        assert at > pos, f"first sentence of {section.heading!r} missing or out of order"
        heading = text.rfind(_norm(heading_of(section)), pos, at)
        assert heading >= pos, f"heading {section.heading!r} not just before its text"
        pos = at
    about = text.find("About this review", pos)
    assert about > pos
    if review.byline is not None:
        assert text.find(_norm(review.byline.text), about) > about


# ----------------------------------------------------------- the real pipeline


@pytest.fixture(scope="module")
def rendered_epubs(request):
    from conftest import example_files

    if not example_files():
        pytest.skip("no example reviews in examples/ yet")
    narrated = request.getfixturevalue("rendered_examples")
    text_only = request.getfixturevalue("rendered_text_only")
    out = {}
    for kind, results in (("narrated", narrated), ("text", text_only)):
        for source, result in results.items():
            out[f"{kind}:{source}"] = (result.out_dir / f"{result.slug}.epub", result.out_dir / "review.json", kind)
    return out


def test_rendered_examples_validate(rendered_epubs, tmp_path):
    """End to end: every example rendered narrated and --no-audio gives an EPUB
    that EPUBCheck and Ace accept, with the model's outline."""
    require("java (for EPUBCheck)", java_found())
    require("DAISY Ace (with chromium)", ace_found())
    items = list(rendered_epubs.items())
    checks = parallel(lambda key, v: epubcheck_messages(v[0]), items)
    reports = parallel(lambda key, v: run_ace(v[0], tmp_path / key.replace(":", "_")), items)
    for key, (epub, model_json, kind) in items:
        bad = [m for m in checks[key] if m["level"] in ("FATAL", "ERROR", "WARNING")]
        assert bad == [], (key, bad)
        assert ace_violations(reports[key]) == [], key
        assert reports[key]["earl:result"]["earl:outcome"] == "pass", key
        review = Review.from_dict(json.loads(model_json.read_text("utf-8")))
        assert ace_headings(reports[key]) == expected_outline(review), key
        names = zipfile.ZipFile(epub).namelist()
        assert any(n.endswith(".smil") for n in names) == (kind == "narrated"), key
