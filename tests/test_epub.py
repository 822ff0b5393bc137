"""The EPUB writer, read back from its bytes: structure, markup, metadata,
media overlays, determinism, errors. Fast (no external tools); the real
validators run in test_epub_validators.py."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile

import pytest
from epub_tools import (
    HOSTILE,
    blk,
    full_review,
    long_review,
    minimal_review,
    narration,
    png_bytes,
)
from epub_tools import EPUB_TYPE, NS, XML_LANG, Book  # noqa: I001 (the read-back helpers)
from lxml import etree

from audioreview.errors import OutputError
from audioreview.ids import assign_ids
from audioreview.model import Review
from audioreview.covers import read_cover
from audioreview.writers.epub import MAX_WORDS_PER_DOCUMENT, EpubOptions, write_epub
from audioreview.writers.epub.xhtml import clean

@pytest.fixture(scope="module")
def review() -> Review:
    return full_review()


@pytest.fixture(scope="module")
def narrated(review):
    return narration(review)


@pytest.fixture(scope="module")
def text_book(review) -> Book:
    return Book(write_epub(review, EpubOptions()))


@pytest.fixture(scope="module")
def audio_book(review, narrated) -> Book:
    timing, audio = narrated
    return Book(write_epub(review, EpubOptions(), timing, audio))


# ------------------------------------------------------------------ container


def test_zip_is_a_valid_deterministic_epub_container(review, narrated):
    timing, audio = narrated
    first = write_epub(review, EpubOptions(), timing, audio)
    again = write_epub(full_review(), EpubOptions(), *narration(full_review()))
    assert first == again  # same inputs, same bytes: a re-render rewrites nothing
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        infos = zf.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/epub+zip"
        assert first[30:38] == b"mimetype" and infos[0].extra == b""
        assert {i.date_time for i in infos} == {(2000, 1, 1, 0, 0, 0)}
        assert "META-INF/container.xml" in zf.namelist()


def test_text_only_edition_is_deterministic_and_edits_change_the_modified_date(review):
    a = write_epub(review, EpubOptions())
    assert a == write_epub(full_review(), EpubOptions())
    edited = full_review()
    edited.sections[0].blocks[0].sentences[0].text = "The film opens on a harbour town that will not sleep."
    assign_ids(edited)
    ba, bb = Book(a), Book(write_epub(edited, EpubOptions()))
    assert ba.meta("dcterms:modified")[0].startswith("2024-05-17T")  # the review's date
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", bb.meta("dcterms:modified")[0])
    assert ba.meta("dcterms:modified") != bb.meta("dcterms:modified")
    assert ba.dc("identifier") == bb.dc("identifier")  # same review (same URL), same identifier


# ------------------------------------------------------------------- metadata


def test_package_metadata(text_book, review):
    opf = text_book.opf
    assert opf.get(XML_LANG) == "en"
    assert text_book.dc("title") == [review.metadata.title]
    assert text_book.dc("creator") == ["Rafael Ortiz"]
    assert text_book.dc("language") == ["en"]
    assert text_book.dc("date") == ["2024-05-17"]
    assert text_book.dc("source") == [review.metadata.url]
    ident = text_book.dc("identifier")
    assert len(ident) == 1 and re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", ident[0])
    assert opf.get("unique-identifier") == opf.find("opf:metadata/dc:identifier", NS).get("id")


def test_identifier_is_stable_per_review_and_differs_between_reviews():
    def ident(r: Review) -> str:
        return Book(write_epub(r, EpubOptions())).dc("identifier")[0]

    plain = minimal_review()
    assert ident(plain) == ident(minimal_review())
    other = minimal_review()
    other.metadata.title = "Short and plain, again"
    assert ident(other) != ident(plain)
    with_url = minimal_review()
    with_url.metadata.url = "https://example.org/short"
    assert ident(with_url) != ident(plain)


def test_accessibility_metadata_text_only(text_book):
    assert text_book.meta("schema:accessMode") == ["textual"]
    assert text_book.meta("schema:accessModeSufficient") == ["textual"]
    features = text_book.meta("schema:accessibilityFeature")
    assert {"structuralNavigation", "tableOfContents", "readingOrder"} <= set(features)
    assert "synchronizedAudioText" not in features
    assert text_book.meta("schema:accessibilityHazard") == ["none"]
    summary = text_book.meta("schema:accessibilitySummary")[0]
    assert "2 sections with 2 subsections" in summary and "content note" in summary
    assert "text only" in summary
    conf = [m for m in text_book.opf.iterfind("opf:metadata/opf:meta", NS) if m.get("property") == "dcterms:conformsTo"]
    assert [c.text for c in conf] == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
    certified = [m for m in text_book.opf.iterfind("opf:metadata/opf:meta", NS)
                 if m.get("property") == "a11y:certifiedBy"]
    assert certified and certified[0].get("refines") == "#" + conf[0].get("id")


def test_accessibility_metadata_narrated(audio_book):
    assert audio_book.meta("schema:accessMode") == ["textual", "auditory"]
    assert "synchronizedAudioText" in audio_book.meta("schema:accessibilityFeature")
    summary = audio_book.meta("schema:accessibilitySummary")[0]
    assert "Test Voice (synthetic)" in summary and "synchronised" in summary


# ----------------------------------------------------------------- the documents


def test_reading_order_and_spine(text_book, review):
    assert text_book.linear_docs() == ["title.xhtml", "note.xhtml", f"{review.sections[0].id}.xhtml",
                                       f"{review.sections[1].id}.xhtml", "about.xhtml"]
    # The nav is in the spine (the toc landmark points there) but not linear.
    assert ("nav", "no") in text_book.spine
    assert text_book.manifest["nav"].get("properties") == "nav"


def test_every_document_has_language_and_title(text_book):
    for name, root in text_book.docs.items():
        assert root.get("lang") == "en" and root.get(XML_LANG) == "en", name
        title = root.find("x:head/x:title", NS)
        assert title is not None and title.text and title.text.strip(), name
        assert root.find("x:head/x:link[@rel='stylesheet']", NS) is not None


def test_title_page(text_book, review):
    doc = text_book.docs["title.xhtml"]
    h1 = doc.findall(".//x:h1", NS)
    assert len(h1) == 1 and h1[0].get("id") == "title" and h1[0].text == review.metadata.title
    text = " ".join(doc.find("x:body", NS).itertext())
    for expected in ("Lanterns and Ladders", "film, 2023", "Directed by", "Imogen Vale", "Rafael Ortiz",
                     "The Quiet Aisle", "2024-05-17", "★★★½", "3.5 out of 5"):
        assert expected in text, expected
    links = doc.findall(".//x:a", NS)
    assert [a.get("href") for a in links] == [review.metadata.url]
    # h1 only on the title page
    assert all(not d.findall(".//x:h1", NS) for n, d in text_book.docs.items() if n != "title.xhtml")


def test_sentences_are_spans_with_their_ids_and_text(text_book, review):
    spans = {}
    for name, doc in text_book.docs.items():
        for el in doc.iter("{http://www.w3.org/1999/xhtml}span"):
            if el.get("id"):
                assert el.get("id") not in spans
                spans[el.get("id")] = (name, "".join(el.itertext()))
    for sentence in review.sentences():
        assert sentence.id in spans, sentence.text
        assert spans[sentence.id][1] == clean(sentence.text)
    # the body sentences sit in their section's document
    for top in review.sections:
        for sec in top.walk():
            for s in (s for b in sec.blocks for s in b.sentences):
                assert spans[s.id][0] == f"{top.id}.xhtml"


def test_hostile_text_stays_text(text_book, review):
    raw = b"".join(text_book.files[f"EPUB/{n}"] for n in text_book.docs).decode("utf-8")
    assert "<script" not in raw and "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", raw)
    assert "Control characters and a bell vanish." in raw
    assert "Zoe\u0308" in raw and "n\u0303" in raw and "a\u0301\u0302" in raw  # combining marks kept
    assert "👨‍👩‍👧" in raw and "🇳🇿" in raw
    verdict = text_book.docs[f"{review.sections[1].id}.xhtml"]
    hebrew = [s for s in review.sections[1].blocks[0].sentences if "שלום" in s.text][0]
    span = text_book.by_id(f"{review.sections[1].id}.xhtml", hebrew.id)
    assert span.get("dir") == "auto" and span.getparent().getparent().get("dir") == "auto"
    h2 = verdict.find(".//x:h2", NS)
    assert h2.get("dir") == "auto"  # heading "שלום: the verdict"
    english = review.sections[0].blocks[0].sentences[0]
    assert text_book.by_id(f"{review.sections[0].id}.xhtml", english.id).get("dir") is None
    for text in HOSTILE[:2]:
        assert text in " ".join(" ".join(d.itertext()) for d in text_book.docs.values())


def test_marks_become_inline_elements(text_book, review):
    sentence = review.sections[0].blocks[2].sentences[0]
    span = text_book.by_id(f"{review.sections[0].id}.xhtml", sentence.id)
    markup = etree.tostring(span, encoding="unicode")
    assert "<strong>bold</strong>" in markup and "<em>strange</em>" in markup and "<code>x = 1</code>" in markup
    links = span.findall(".//x:a", NS)
    assert [a.get("href") for a in links] == ["https://example.org/a%20b?x=1&y=2"]  # javascript: link dropped
    assert "".join(span.itertext()) == sentence.text


def test_blocks_lists_and_quotes(text_book, review):
    doc = text_book.docs[f"{review.sections[0].id}.xhtml"]
    ul, ol = doc.findall(".//x:ul", NS), doc.findall(".//x:ol", NS)
    assert len(ul) == 1 and len(ul[0]) == 2 and len(ol) == 1 and len(ol[0]) == 2
    sub = review.sections[0].sections[0]
    assert [li.get("id") for li in ul[0]] == [b.id for b in sub.blocks[:2]]
    verdict = text_book.docs[f"{review.sections[1].id}.xhtml"]
    quote = verdict.find(".//x:blockquote", NS)
    assert quote.get("id") == review.sections[1].blocks[0].id


def test_headings_follow_the_model_outline(text_book, review):
    headings = text_book.headings()
    expected = [(1, review.title, "title"), (2, "Content note", "content-note-h")]
    expected += [(2 + _depth(review, s), s.heading, s.heading_id) for s in review.walk_sections()]
    expected += [(2, "About this review", "about-h")]
    assert headings == expected
    levels = [h[0] for h in headings]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))  # no skipped levels


def _depth(review: Review, target) -> int:
    def walk(sections, depth):
        for s in sections:
            if s is target:
                return depth
            found = walk(s.sections, depth + 1)
            if found is not None:
                return found
        return None

    return walk(review.sections, 0)


def test_section_documents_are_chapters_with_the_notice_first(text_book, review):
    for section in review.sections:
        doc = text_book.docs[f"{section.id}.xhtml"]
        wrapper = doc.find("x:body/x:section", NS)
        assert wrapper.get("id") == section.id and wrapper.get("role") == "doc-chapter"
        assert wrapper.get(EPUB_TYPE) == "chapter" and wrapper.get("aria-labelledby") == section.heading_id
    verdict = review.sections[1]
    wrapper = text_book.docs[f"{verdict.id}.xhtml"].find("x:body/x:section", NS)
    first, second = wrapper[0], wrapper[1]
    assert first.get("role") == "doc-notice" and first.get(EPUB_TYPE) == "notice"
    assert first.find("x:p", NS).get("id") == verdict.notice.id
    assert second.tag.endswith("h2") and second.get("id") == verdict.heading_id


def test_content_note_page(text_book, review):
    doc = text_book.docs["note.xhtml"]
    sec = doc.find("x:body/x:section", NS)
    assert sec.get(EPUB_TYPE) == "notice" and sec.get("role") == "doc-notice"
    assert sec.find(".//x:p[@id='content-note']", NS) is not None
    link = [a for a in sec.iterfind(".//x:a", NS) if "".join(a.itertext()) == "Continue to the review"]
    assert len(link) == 1
    target_doc, target_id = link[0].get("href").split("#")
    assert target_doc == f"{review.sections[0].id}.xhtml" and text_book.by_id(target_doc, target_id) is not None


def test_no_note_means_no_page_and_no_placeholder():
    book = Book(write_epub(minimal_review(), EpubOptions()))
    assert "EPUB/note.xhtml" not in book.files
    assert book.linear_docs() == ["title.xhtml", f"{minimal_review().sections[0].id}.xhtml", "about.xhtml"]
    everything = b"".join(book.files.values()).decode("utf-8", "replace")
    assert "Content note" not in everything and "content note" not in everything
    assert not book.dc("creator") and not book.dc("date") and not book.dc("source")


def test_about_page(text_book, review):
    sec = text_book.docs["about.xhtml"].find("x:body/x:section", NS)
    assert sec.get("role") == "doc-colophon" and sec.get(EPUB_TYPE) == "colophon"
    assert sec.find("x:p[@id='byline']", NS) is not None and sec.find("x:p[@id='disclaimer']", NS) is not None


def test_nav_toc_and_landmarks_resolve(text_book, review):
    nav = text_book.docs["nav.xhtml"]
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)

    def entries(ol, depth=0):
        out = []
        for li in ol.findall("x:li", NS):
            a = li.find("x:a", NS)
            out.append((depth, "".join(a.itertext()), a.get("href")))
            sub = li.find("x:ol", NS)
            if sub is not None:
                out += entries(sub, depth + 1)
        return out

    got = entries(toc.find("x:ol", NS))
    expected = [(0, review.title), (0, "Content note")]
    expected += [(_depth(review, s), s.heading) for s in review.walk_sections()] + [(0, "About this review")]
    assert [(d, t) for d, t, _ in got] == expected
    landmarks = nav.find(".//x:nav[@epub:type='landmarks']", NS)
    types = [a.get(EPUB_TYPE) for a in landmarks.iterfind(".//x:a", NS)]
    assert types == ["titlepage", "toc", "bodymatter", "colophon"]
    for a in nav.iterfind(".//x:a", NS):
        doc, _, frag = a.get("href").partition("#")
        assert doc in text_book.docs, a.get("href")
        assert not frag or text_book.by_id(doc, frag) is not None, a.get("href")


def test_ncx_mirrors_the_toc(text_book, review):
    ncx = etree.fromstring(text_book.files["EPUB/toc.ncx"])
    labels = [t.text for t in ncx.iterfind(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)]
    sections = [s.heading for s in review.walk_sections()]
    assert labels == [review.title, "Content note", *sections, "About this review"]
    assert ncx.find(".//ncx:meta[@name='dtb:uid']", NS).get("content") == text_book.dc("identifier")[0]


# --------------------------------------------------------------- media overlays


def test_media_overlays(audio_book, narrated, review):
    timing, audio = narrated
    clips = {u.id: (c.file, u.start, u.end) for c in timing.chapters for u in c.utterances}
    overlays = {i.get("href"): i.get("media-overlay") for i in audio_book.manifest.values() if i.get("media-overlay")}
    assert set(overlays) == {"title.xhtml", "note.xhtml", "about.xhtml"} | {f"{s.id}.xhtml" for s in review.sections}
    seen = set()
    total = 0
    for doc, smil_id in overlays.items():
        item = audio_book.manifest[smil_id]
        assert item.get("media-type") == "application/smil+xml"
        smil = etree.fromstring(audio_book.files["EPUB/" + item.get("href")])
        clip_ms = 0
        for par in smil.iterfind(".//smil:par", NS):
            src = par.find("smil:text", NS).get("src")
            target_doc, eid = src.removeprefix("../").split("#")
            assert target_doc == doc and audio_book.by_id(doc, eid) is not None
            a = par.find("smil:audio", NS)
            file, start, end = clips[eid]
            assert a.get("src") == "../" + file
            assert _secs(a.get("clipBegin")) == pytest.approx(start, abs=0.0005)
            assert _secs(a.get("clipEnd")) == pytest.approx(end, abs=0.0005)
            clip_ms += round(end * 1000) - round(start * 1000)
            seen.add(eid)
        durations = [m.text for m in audio_book.opf.iterfind("opf:metadata/opf:meta", NS)
                     if m.get("property") == "media:duration" and m.get("refines") == f"#{smil_id}"]
        assert [round(_secs(d) * 1000) for d in durations] == [clip_ms]
        total += clip_ms
    assert round(_secs(audio_book.meta("media:duration")[0]) * 1000) == total
    narrated_ids = {u.id for c in timing.chapters for u in c.utterances}
    assert seen == narrated_ids - {"not-in-any-document"}  # every known id, unknown ids skipped
    assert "title" in seen  # the title announcement maps to the title page h1
    assert audio_book.meta("media:narrator") == ["Test Voice (synthetic)"]
    assert audio_book.meta("media:active-class") == ["-epub-media-overlay-active"]
    mp3 = {i.get("href"): audio_book.files["EPUB/" + i.get("href")] for i in audio_book.manifest.values()
           if i.get("media-type") == "audio/mpeg"}
    assert mp3 == {c.file: audio[c.file] for c in timing.chapters}


def _secs(clock: str) -> float:
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def test_text_only_has_no_overlays_or_audio(text_book):
    assert not [i for i in text_book.manifest.values() if i.get("media-overlay")]
    assert not [n for n in text_book.files if n.endswith((".smil", ".mp3"))]
    assert not text_book.meta("media:duration")


def test_missing_chapter_audio_is_an_error(review, narrated):
    timing, audio = narrated
    partial = dict(audio)
    partial.pop(timing.chapters[1].file)
    with pytest.raises(OutputError, match="no audio for chapter"):
        write_epub(review, EpubOptions(), timing, partial)


def test_unsafe_chapter_path_is_an_error(review, narrated):
    timing, audio = narrated
    bad = dataclasses.replace(timing, chapters=[dataclasses.replace(timing.chapters[0], file="../evil.mp3")])
    with pytest.raises(OutputError, match="unsafe"):
        write_epub(review, EpubOptions(), bad, {"../evil.mp3": b""})


# ----------------------------------------------------------------------- cover


@pytest.mark.parametrize("fmt,ext,mime", [("PNG", "png", "image/png"), ("JPEG", "jpg", "image/jpeg")])
def test_cover_is_embedded_with_alt_text(tmp_path, fmt, ext, mime):
    path = tmp_path / f"cover.{ext}"
    path.write_bytes(png_bytes(fmt=fmt))
    book = Book(write_epub(minimal_review(), EpubOptions(cover=read_cover(path))))
    covers = [i for i in book.manifest.values() if i.get("properties") == "cover-image"]
    assert len(covers) == 1 and covers[0].get("media-type") == mime
    assert book.files["EPUB/" + covers[0].get("href")] == path.read_bytes()
    img = book.docs["title.xhtml"].find(".//x:img", NS)
    assert img.get("src") == covers[0].get("href") and img.get("alt").startswith("Cover image for ")
    assert "visual" in book.meta("schema:accessMode") and "alternativeText" in book.meta("schema:accessibilityFeature")


def test_other_image_formats_become_a_png_cover(tmp_path):
    gif = tmp_path / "c.gif"
    gif.write_bytes(png_bytes(fmt="GIF"))
    book = Book(write_epub(minimal_review(), EpubOptions(cover=read_cover(gif))))
    covers = [i for i in book.manifest.values() if i.get("properties") == "cover-image"]
    assert [c.get("media-type") for c in covers] == ["image/png"]


# ------------------------------------------------------------------ long reviews


def test_long_review_is_split_with_valid_headings():
    review = long_review()
    timing, audio = narration(review, step=0.05)
    book = Book(write_epub(review, EpubOptions(), timing, audio))
    docs = book.linear_docs()
    middle = review.sections[1]
    parts = [d for d in docs if d.startswith(middle.id)]
    assert len(parts) >= 4 and parts[0] == f"{middle.id}.xhtml"
    for name in docs:
        words = len(" ".join(book.docs[name].find("x:body", NS).itertext()).split())
        assert words <= MAX_WORDS_PER_DOCUMENT + 100, (name, words)
    # every sentence exactly once, headings in model order with valid levels
    ids = [el.get("id") for d in docs for el in book.docs[d].iter() if isinstance(el.tag, str) and el.get("id")]
    sentence_ids = [s.id for s in review.sentences()]
    assert [i for i in ids if i.startswith("s-")] == sentence_ids
    headings = book.headings()
    assert headings[0][:2] == (1, review.title)
    assert [(lv, t) for lv, t, _ in headings[1:-1]] == [(s.level, s.heading) for s in review.walk_sections()]
    # continuation documents are labelled, and the toc points into the part holding each heading
    title = book.docs[parts[1]].find("x:head/x:title", NS).text
    assert title.startswith(middle.heading) and "part 2" in title
    nav = book.docs["nav.xhtml"]
    for sub in middle.sections:
        a = nav.xpath("//x:a[. = $t]", namespaces=NS, t=sub.heading)[0]
        doc, frag = a.get("href").split("#")
        assert frag == sub.heading_id and book.by_id(doc, frag) is not None
    # overlays exist for every part
    overlays = {i.get("href") for i in book.manifest.values() if i.get("media-overlay")}
    assert set(parts) <= overlays


# ------------------------------------------------------------------------- misc


def test_rtl_language_book():
    review = minimal_review()
    review.metadata.language = "he"
    review.sections[0].heading = "מחשבות"
    review.sections[0].blocks[0].sentences[0].text = "זה היה בסדר."
    assign_ids(review)
    book = Book(write_epub(review, EpubOptions()))
    assert book.opf.get(XML_LANG) == "he" and book.dc("language") == ["he"]
    assert book.opf.find("opf:spine", NS).get("page-progression-direction") == "rtl"
    for name, doc in book.docs.items():
        assert doc.get("lang") == "he" and doc.get("dir") == "rtl", name
    about = book.docs["about.xhtml"].find(".//x:h2", NS)
    assert about.get("lang") == "en"  # generated English labels are marked as English


def test_bad_language_tag_falls_back_to_und():
    review = minimal_review()
    review.metadata.language = "not a tag!"
    book = Book(write_epub(review, EpubOptions()))
    assert book.dc("language") == ["und"] and book.opf.get(XML_LANG) == "und"


def test_css_uses_relative_units_and_accessible_colours():
    from importlib import resources

    css = resources.files("audioreview").joinpath("data/epub/epub.css").read_text("utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    assert "!important" not in css
    assert not re.search(r"\d(px|pt|pc|cm|mm|in)\b", css)
    for size in re.findall(r"font-size:\s*([^;]+);", css):
        assert re.fullmatch(r"[\d.]+(em|rem|%)", size.strip()), size
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", css))
    rules = {k.strip(): v for k, v in rules.items()}
    active = rules[".-epub-media-overlay-active"]
    pairs = [(_colour(active, "color"), _colour(active, "background-color"))]
    notice = rules[".notice"]
    pairs.append((_colour(notice, "color"), _colour(notice, "background-color")))
    pairs.append((_colour(rules["a"], "color"), "#ffffff"))
    pairs.append((_colour(rules["a"], "color"), _colour(active, "background-color")))  # a link being read
    pairs.append((_colour(rules["a"], "color"), _colour(notice, "background-color")))
    for fg, bg in pairs:
        assert _contrast(fg, bg) >= 4.5, (fg, bg, _contrast(fg, bg))


def _colour(rule: str, prop: str) -> str:
    return re.search(rf"(?<![-\w]){prop}:\s*(#[0-9a-fA-F]{{6}})", rule).group(1)


def _contrast(a: str, b: str) -> float:
    def lum(h: str) -> float:
        chans = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in chans]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_empty_blocks_and_odd_input_still_make_well_formed_documents():
    review = minimal_review()
    review.sections[0].blocks.append(blk(""))
    review.sections[0].heading = "A & B <c> \x00\x1b"
    review.metadata.title = "\x07"
    review.metadata.url = "not a url"
    assign_ids(review)
    book = Book(write_epub(review, EpubOptions()))  # parses every document
    assert book.docs["title.xhtml"].find(".//x:h1", NS).text == "Untitled review"
    assert any(h[1] == "A & B <c>" for h in book.headings())


@pytest.mark.parametrize("value,expected", [("2024-05-17", "2024-05-17"), ("2024-05", "2024-05"), ("2024", "2024"),
                                            ("2024-05-17T10:00:00Z", "2024-05-17"), ("2024-02-30", None),
                                            ("17 May 2024", None), ("", None), (None, None)])
def test_dc_date_only_accepts_real_w3cdtf_dates(value, expected):
    from audioreview.dates import w3c_date
    from audioreview.writers.epub.meta import modified

    assert w3c_date(value) == expected
    review = minimal_review()
    review.metadata.date = value
    stamp = modified(review, "00ff00ff")
    assert stamp.startswith((expected or "2000") + ("-01" * (3 - len((expected or "2000").split("-")))))
