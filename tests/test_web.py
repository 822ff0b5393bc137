"""The web edition (writers/web.py, site.py), parsed as HTML: no browser.

Text-only renders of every example and the fake narrated library of test_feed
run in the fast loop; the tests on real narrated renders use the session's
``rendered_examples`` fixture and so are marked slow by conftest.
"""

from __future__ import annotations

import json
import threading
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree, html as lhtml

from audioreview.phrases import say
from audioreview.ids import assign_ids
from audioreview.audio.timing import ChapterTime, Timing, UtteranceTime
from audioreview.model import Block, Metadata, Review, Section, Sentence
from audioreview.render import write_feed, write_library
from audioreview.writers.web import (LibraryEntry, LibraryOptions, WebPageOptions, write_library_page,
                                     write_review_page)
from test_feed import HOSTILE_TITLE, make_library

PAGE = "index.html"


# ------------------------------------------------------------------ helpers


def parse(path_or_bytes: Path | bytes) -> lhtml.HtmlElement:
    data = path_or_bytes.read_bytes() if isinstance(path_or_bytes, Path) else path_or_bytes
    return lhtml.document_fromstring(data, parser=lhtml.HTMLParser(encoding="utf-8"))


def norm(text: str) -> str:
    return " ".join(text.split())


def model(folder: Path) -> Review:
    return Review.from_dict(json.loads((folder / "review.json").read_text("utf-8")))


def ids_in_order(doc: lhtml.HtmlElement) -> list[str]:
    return [el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")]


def position(doc: lhtml.HtmlElement, el: lhtml.HtmlElement) -> int:
    return next(i for i, e in enumerate(doc.iter()) if e is el)


def local_links(doc: lhtml.HtmlElement) -> list[str]:
    """Every href/src that names a file (not a fragment, not an absolute URL)."""
    out = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src"):
            value = el.get(attr)
            if value is None or value.startswith("#"):
                continue
            if urlsplit(value).scheme:
                continue
            out.append(value)
    return out


def assert_links_resolve(page: Path) -> list[str]:
    doc = parse(page)
    links = local_links(doc)
    for link in links:
        target = (page.parent / unquote(urlsplit(link).path)).resolve()
        assert target.is_file(), f"{page}: {link} -> {target} does not exist"
    for el in doc.xpath("//a[starts-with(@href, '#')]"):
        assert doc.get_element_by_id(el.get("href")[1:], None) is not None, el.get("href")
    return links


def assert_sentences_once(doc: lhtml.HtmlElement, review: Review) -> None:
    ids = ids_in_order(doc)
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes
    sentences = list(review.sentences())
    assert sentences
    for s in sentences:
        el = doc.get_element_by_id(s.id, None)
        assert el is not None, s.id
        assert el.get("class") == "s"
        assert norm(el.text_content()) == norm(s.text), s.id


# ------------------------------------------------------- text-only renders


@pytest.fixture(scope="module")
def text_pages(rendered_text_only) -> dict[str, Path]:
    return {name: r.out_dir / PAGE for name, r in rendered_text_only.items()}


def test_every_review_folder_gets_a_page_with_every_sentence_once(text_pages):
    assert text_pages
    for page in text_pages.values():
        review = model(page.parent)
        doc = parse(page)
        assert_sentences_once(doc, review)
        # headings carry the model's heading ids, with the section's heading text
        for sec in review.walk_sections():
            h = doc.get_element_by_id(sec.heading_id)
            assert norm(h.text_content()) == norm(sec.heading)
        assert norm(doc.get_element_by_id("title").text_content()) == norm(review.title)


def test_lang_and_title_come_from_the_model(text_pages):
    for page in text_pages.values():
        review = model(page.parent)
        doc = parse(page)
        assert doc.get("lang") == review.metadata.language
        assert norm(doc.findtext(".//title")) == norm(review.title)


def test_text_only_page_has_no_player_but_says_so_and_links_what_exists(text_pages):
    for page in text_pages.values():
        doc = parse(page)
        assert not doc.xpath("//audio") and not doc.xpath("//script")
        assert say("web.no_audio") in norm(doc.text_content())
        links = assert_links_resolve(page)
        assert any(link.endswith(".epub") for link in links)  # the EPUB is rendered with --no-audio too
        assert not any(link.endswith((".mp3", ".vtt", ".srt")) for link in links)


def test_content_note_comes_first_and_can_be_skipped(text_pages):
    with_note = [p for p in text_pages.values() if model(p.parent).content_note is not None]
    assert with_note, "the examples include reviews with a content note"
    for page in with_note:
        review = model(page.parent)
        doc = parse(page)
        region = doc.get_element_by_id("note")
        assert norm(region.text_content()).endswith(norm(review.content_note.text))
        assert region.xpath(".//h2")[0].text_content() == say("content_note")
        first_link = region.xpath(".//a")[0]  # the skip control opens the region
        assert first_link.text_content() == say("skip_note")
        target = doc.get_element_by_id(first_link.get("href")[1:])
        assert position(doc, target) > position(doc, region)
        assert region not in target.iterancestors() and target not in region.iterdescendants()
        # title and details first, then the note, then everything of the review itself
        assert position(doc, doc.get_element_by_id("title")) < position(doc, region)
        first_section = doc.get_element_by_id(review.sections[0].id)
        assert position(doc, region) < position(doc, target) <= position(doc, first_section)


def test_section_notices_precede_their_heading_with_the_model_text(text_pages):
    found = 0
    for page in text_pages.values():
        review = model(page.parent)
        doc = parse(page)
        for sec in review.walk_sections():
            if sec.notice is None:
                continue
            found += 1
            box = doc.get_element_by_id(sec.notice.id if sec.notice.id else sec.notice.sentences[0].id)
            box = box if box.get("class") == "notice" else next(a for a in box.iterancestors()
                                                                 if a.get("class") == "notice")
            assert box.get("aria-label") == say("content_notice")
            assert norm(box.text_content()) == norm(sec.notice.text)
            assert position(doc, box) < position(doc, doc.get_element_by_id(sec.heading_id))
    assert found, "an example has a graphic section"


def test_page_details_use_the_epubs_labels(text_pages):
    """The web page's details list says what the EPUB's title page says."""
    for page in text_pages.values():
        epub = next(page.parent.glob("*.epub"))
        with zipfile.ZipFile(epub) as zf:
            title_page = etree.fromstring(zf.read("EPUB/title.xhtml"))
        epub_rows = [norm("".join(dt.itertext())) for dt in title_page.iter("{http://www.w3.org/1999/xhtml}dt")]
        web_rows = [norm(dt.text_content()) for dt in parse(page).xpath("//dl[@class='details']//dt")]
        assert web_rows == epub_rows and web_rows


def test_library_lists_every_review_newest_first(rendered_text_only):
    out = next(iter(rendered_text_only.values())).out_dir.parent
    doc = parse(out / PAGE)
    items = doc.xpath("//ol[@class='library']/li")
    hrefs = [li.xpath(".//h2/a")[0].get("href") for li in items]
    folders = {r.out_dir.name for r in rendered_text_only.values()}
    assert sorted(h.split("/")[0] for h in hrefs) == sorted(folders)
    for href in hrefs:
        assert (out / unquote(href)).is_file()
    # newest first: the review's date, else when it was first rendered (the feed's rule)
    from audioreview.feed.rss import review_date

    def published(slug: str) -> datetime:
        info = json.loads((out / slug / "render.json").read_text("utf-8"))
        return review_date(model(out / slug)) or datetime.fromisoformat(info["first_rendered"])

    dates = [published(h.split("/")[0]) for h in hrefs]
    assert dates == sorted(dates, reverse=True)
    # the note flag: the review's note, or none
    for li, href in zip(items, hrefs):
        review = model(out / href.split("/")[0])
        flag = li.xpath(".//p[contains(@class, 'flag')]")[0]
        if review.content_note:
            assert norm(flag.text_content()) == norm(review.content_note.sentences[0].text)
        else:
            assert "note-flag" not in flag.get("class")
    assert_links_resolve(out / PAGE)
    assert not doc.xpath("//a[contains(@href, 'feed.xml')]")  # no feed was written


def test_library_orders_entries_newest_first_whatever_order_they_come_in():
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    entries = [LibraryEntry(title=f"Review {n}", page=f"r{n}/index.html", published=base + timedelta(days=d))
               for n, d in enumerate([5, 40, 1, 12])]
    doc = parse(write_library_page(entries, LibraryOptions(feed="feed.xml")))
    titles = [norm(a.text_content()) for a in doc.xpath("//ol[@class='library']//h2/a")]
    expected = [e.title for e in sorted(entries, key=lambda e: e.published, reverse=True)]
    assert titles == expected and titles != [e.title for e in entries]
    assert doc.xpath("//a[@href='feed.xml']")


# ------------------------------------------------ narrated (fake audio) library


@pytest.fixture
def fake_narrated(tmp_path: Path) -> Path:
    """test_feed's two rendered reviews (real MP3 bytes, made-up timing), with a
    feed written the way `render --feed` and `audioreview feed` write it."""
    root = make_library(tmp_path / "out")
    write_feed(root)
    return root


def test_feed_build_gives_every_narrated_review_a_page_linking_the_feed(fake_narrated):
    pages = sorted(fake_narrated.glob(f"*/{PAGE}"))
    assert {p.parent.name for p in pages} == {"tom-and-jerry", "lighthouses"}
    for page in pages:
        links = assert_links_resolve(page)
        assert "../feed.xml" in links
        review, timing = model(page.parent), Timing.from_dict(json.loads((page.parent / "timing.json").read_text()))
        doc = parse(page)
        assert_sentences_once(doc, review)
        audio = doc.xpath("//audio")[0]
        assert audio.get("controls") is not None and audio.get("src") == timing.episode_file
        track = audio.xpath("track")[0]
        assert track.get("kind") == "captions" and (page.parent / track.get("src")).is_file()
        assert track.get("src").endswith(".vtt")
        for ch in timing.chapters:
            li = doc.xpath(f"//li[@data-chapter='{ch.id}']")[0]
            assert float(li.xpath("button")[0].get("data-start")) == pytest.approx(ch.start, abs=1e-3)
            assert li.xpath("a")[0].get("href") == ch.file
    lib = parse(fake_narrated / PAGE)
    assert lib.xpath("//a[@href='feed.xml']")
    assert_links_resolve(fake_narrated / PAGE)
    titles = [norm(a.text_content()) for a in lib.xpath("//ol[@class='library']//h2/a")]
    assert titles[0] == "A quiet film about lighthouses"  # undated, first rendered 2024-05-01
    assert titles[1] == norm(HOSTILE_TITLE)  # dated 2024-03-05


def test_timing_is_embedded_as_json_and_every_utterance_has_its_element(fake_narrated):
    for page in fake_narrated.glob(f"*/{PAGE}"):
        doc = parse(page)
        timing = Timing.from_dict(json.loads((page.parent / "timing.json").read_text()))
        scripts = doc.xpath("//script[@id='ar-timing']")
        assert len(scripts) == 1 and scripts[0].get("type") == "application/json"
        data = json.loads(scripts[0].text)
        assert [u[0] for u in data["utterances"]] == [u.id for u in sorted(timing.utterances, key=lambda u: u.start)]
        for uid, start, end in data["utterances"]:
            assert doc.get_element_by_id(uid, None) is not None, uid
            match = next(u for u in timing.utterances if u.id == uid)
            assert (start, end) == (pytest.approx(match.start, abs=1e-3), pytest.approx(match.end, abs=1e-3))
        assert [c[0] for c in data["chapters"]] == [c.id for c in timing.chapters]


def test_hostile_text_stays_text_and_cannot_close_the_script():
    evil = '</script><script>alert(1)</script> & <b>bold</b> "quotes"'
    review = assign_ids(Review(
        metadata=Metadata(title=evil, language="en"),
        sections=[Section(id="", heading=evil, blocks=[Block(id="", sentences=[Sentence(id="", text=evil)])])]))
    sid = review.sections[0].blocks[0].sentences[0].id
    timing = Timing(episode_file="x.mp3", duration=3.0, sample_rate=22050,
                    chapters=[ChapterTime(id=review.sections[0].id, title=evil, file="chapters/01-x.mp3",
                                          start=0.0, end=3.0, duration=3.0)],
                    utterances=[UtteranceTime(id=sid, start=0.5, end=2.5)])
    data = write_review_page(review, timing, WebPageOptions(episode="x.mp3"))
    doc = parse(data)
    assert len(doc.xpath("//script")) == 2  # the timing JSON and the page's own script, nothing injected
    assert json.loads(doc.xpath("//script[@id='ar-timing']")[0].text)["chapters"][0][1] == evil
    assert norm(doc.get_element_by_id(sid).text_content()) == norm(evil)
    assert not doc.xpath("//b")


def _review_in(language: str, title: str, author: str, heading: str, text: str) -> Review:
    return assign_ids(Review(
        metadata=Metadata(title=title, language=language, author=author),
        sections=[Section(id="", heading=heading, blocks=[Block(id="", sentences=[Sentence(id="", text=text)])])]))


def test_a_review_in_a_language_without_a_phrase_table_keeps_english_labels_marked_english():
    review = _review_in("it", "Una recensione", "A. Critico", "Il film", "Bene.")
    doc = parse(write_review_page(review, None, WebPageOptions(library="../index.html")))
    assert doc.get("lang") == "it"
    dt = doc.xpath("//dl[@class='details']//dt")[0]
    assert dt.text_content() == say("review_by") and dt.get("lang") == "en"
    assert doc.xpath("//nav//a")[0].get("lang") == "en"


def test_a_french_review_gets_french_labels_in_its_own_language():
    review = _review_in("fr", "Une critique", "A. Critique", "Le film", "Bien.")
    doc = parse(write_review_page(review, None, WebPageOptions(library="../index.html")))
    assert doc.get("lang") == "fr"
    dt = doc.xpath("//dl[@class='details']//dt")[0]
    assert dt.text_content() == say("review_by", "fr") == "Critique de" and dt.get("lang") is None
    nav = doc.xpath("//nav//a")[0]
    assert nav.text_content() == "Toutes les critiques" and nav.get("lang") is None
    assert "lang=\"en\"" not in write_review_page(review, None, WebPageOptions()).decode()


# -------------------------------------------------------------------- server


def test_serve_answers_the_library_and_review_pages(fake_narrated):
    import http.client

    from audioreview.serve import make_server

    server = make_server(fake_narrated, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def get(path: str) -> tuple[int, http.client.HTTPMessage, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            return resp.status, resp.headers, resp.read()
        finally:
            conn.close()

    try:
        status, headers, body = get("/")
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert body == (fake_narrated / PAGE).read_bytes()
        status, headers, body = get("/lighthouses/")
        assert status == 200 and body == (fake_narrated / "lighthouses" / PAGE).read_bytes()
        status, headers, _ = get("/lighthouses")
        assert status == 301 and headers["Location"] == "/lighthouses/"
        assert get("/not-a-review")[0] == 404  # a folder without a page: no redirect, no listing
        assert get("/nothing-here/")[0] == 404
    finally:
        server.shutdown()
        server.server_close()


def test_library_without_a_feed_is_written_after_a_batch_and_gains_the_link_with_one(tmp_path):
    root = make_library(tmp_path / "out")
    write_library(root)
    assert not (root / PAGE).exists() or not parse(root / PAGE).xpath("//a[@href='feed.xml']")
    write_feed(root)
    assert parse(root / PAGE).xpath("//a[@href='feed.xml']")


# ---------------------------------------------------------- real narration (slow)


def test_narrated_pages_link_every_output_that_exists(rendered_examples):
    for r in rendered_examples.values():
        page = r.out_dir / PAGE
        links = assert_links_resolve(page)
        timing = Timing.from_dict(json.loads((r.out_dir / "timing.json").read_text()))
        written = set(r.written) | set(r.unchanged)
        assert PAGE in written
        expected = {timing.episode_file, *(c.file for c in timing.chapters),
                    *(n for n in written if n.endswith((".epub", ".vtt", ".srt", ".chapters.json")))}
        assert expected <= set(links)
        doc = parse(page)
        assert_sentences_once(doc, model(r.out_dir))
        note = doc.get_element_by_id("note", None)
        player = doc.get_element_by_id("listen")
        if note is not None:
            assert position(doc, note) < position(doc, player)
            assert note.xpath(".//a")[0].get("href") == "#listen"
