"""The anthology: one EPUB of many reviews, read back from its bytes (the
writer with hand-built reviews, then from rendered folders and the CLI).
Fast: no synthesis, no external tools; EPUBCheck and Ace run in
test_anthology_validators.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from epub_tools import NS, Book, full_review, hebrew_review, minimal_review, narration

from audioreview import layout
from audioreview.cli import cli
from audioreview.collection import anthology_entries, build_anthology
from audioreview.errors import InputError, OutputError
from audioreview.model import Review
from audioreview.render import RenderOptions, render_batch, write_anthology
from audioreview.writers.epub import AnthologyEntry, AnthologyOptions, write_anthology as write_book
from audioreview.writers.epub.smil import clip_index

XHTML = "application/xhtml+xml"


def narrated_entry(key: str, review: Review) -> AnthologyEntry:
    timing, audio = narration(review)
    return AnthologyEntry(key, review, timing, audio)


@pytest.fixture(scope="module")
def entries() -> list[AnthologyEntry]:
    return [narrated_entry("lanterns", full_review()), narrated_entry("short", minimal_review())]


@pytest.fixture(scope="module")
def book(entries) -> Book:
    return Book(write_book(entries, AnthologyOptions(title="A season of reviews")))


def review_docs(book: Book, key: str) -> list[str]:
    return [d for d in book.linear_docs() if d.startswith(f"{key}_")]


def ids_of(tree) -> list[str]:
    return [el.get("id") for el in tree.iter() if isinstance(el.tag, str) and el.get("id")]


# ------------------------------------------------------------------ structure


def test_every_review_is_a_part_with_its_headings_one_level_below_its_title(book, entries):
    expected = [(1, "A season of reviews")]
    for entry in entries:
        review = entry.review
        expected.append((1, review.title))
        if review.content_note is not None:
            expected.append((2, "Content note"))
        expected += [(level, text) for level, text in review.outline()]
        expected.append((2, "About this review"))
    assert [(lv, text) for lv, text, _id in book.headings()] == expected
    first = book.docs["lanterns_title.xhtml"].find(".//x:section", NS)
    assert first.get("role") == "doc-part" and first.get("{http://www.idpf.org/2007/ops}type") == "part"


def test_one_nav_lists_every_review_with_its_sections(book, entries):
    navs = [i for i in book.manifest.values() if "nav" in (i.get("properties") or "").split()]
    assert len(navs) == 1
    nav = book.docs[navs[0].get("href")]
    toc = nav.find(".//x:nav[@id='toc']/x:ol", NS)
    top = toc.findall("x:li", NS)
    assert [li.find("x:a", NS).get("href") for li in top] == ["title.xhtml", "lanterns_title.xhtml",
                                                               "short_title.xhtml"]
    for li, entry in zip(top[1:], entries, strict=True):
        nested = ["".join(a.itertext()) for a in li.find("x:ol", NS).iterfind(".//x:a", NS)]
        assert nested == (["Content note"] if entry.review.content_note else []) + \
            [s.heading for s in entry.review.walk_sections()] + ["About this review"]
        for a in li.iterfind(".//x:a", NS):  # every link lands on an element of the book
            doc, _, frag = a.get("href").partition("#")
            assert doc in book.docs and (not frag or book.by_id(doc, frag) is not None)
    landmarks = {a.get("{http://www.idpf.org/2007/ops}type"): a.get("href")
                 for a in nav.iterfind(".//x:nav[@id='landmarks']//x:a", NS)}
    assert landmarks == {"titlepage": "title.xhtml", "toc": "nav.xhtml#toc", "bodymatter": "lanterns_title.xhtml"}


def test_each_note_stands_before_its_review_text_and_can_be_skipped(book, entries):
    docs = review_docs(book, "lanterns")
    assert docs[:2] == ["lanterns_title.xhtml", "lanterns_note.xhtml"]
    first_section = entries[0].review.sections[0]
    assert docs[2] == f"lanterns_{first_section.id}.xhtml"
    skip = book.docs["lanterns_note.xhtml"].find(".//x:p[@class='continue']/x:a", NS)
    doc, _, frag = skip.get("href").partition("#")
    assert (doc, frag) == (docs[2], f"lanterns_{first_section.id}")
    assert book.by_id(doc, frag) is not None
    assert "short_note.xhtml" not in book.docs  # a review without a note gets none


def test_ids_are_prefixed_per_review_and_never_collide():
    same = full_review()
    data = write_book([narrated_entry("one", same), narrated_entry("two", full_review())], AnthologyOptions())
    book = Book(data)
    seen: list[str] = []
    for name, tree in book.docs.items():
        ids = ids_of(tree)
        key = name.split("_", 1)[0]
        if name not in ("title.xhtml", "nav.xhtml"):
            assert all(i.startswith(f"{key}_") for i in ids), (name, ids)
        seen += [i for i in ids if name != "nav.xhtml"]
    assert len(seen) == len(set(seen))
    assert len(book.manifest) == len(list(book.opf.iterfind("opf:manifest/opf:item", NS)))


def test_overlays_point_at_the_packed_chapter_audio_with_the_review_times(book, entries):
    smils = [i for i in book.manifest.values() if i.get("media-type") == "application/smil+xml"]
    assert smils
    clips = {e.key: clip_index(e.timing) for e in entries}
    pars = 0
    for item in smils:
        smil = book.files["EPUB/" + item.get("href")]
        for text, audio, begin, end in re.findall(
                rb'<text src="\.\./([^"]+)"/><audio src="\.\./([^"]+)" clipBegin="([^"]+)" clipEnd="([^"]+)"', smil):
            doc, _, eid = text.decode().partition("#")
            assert book.by_id(doc, eid) is not None
            key, _, own_id = eid.partition("_")
            path = audio.decode()
            assert path.startswith(f"{key}/")
            entry = next(e for e in entries if e.key == key)
            assert book.files["EPUB/" + path] == entry.audio[path[len(key) + 1:]]  # the review's own MP3
            clip = clips[key][own_id]
            assert path == f"{key}/{clip.file}"
            assert begin.decode().endswith(f"{clip.begin_ms % 1000:03d}")
            pars += 1
    packed = {i.get("href") for i in book.manifest.values() if i.get("media-type") == "audio/mpeg"}
    expected = {f"{e.key}/{c.file}" for e in entries for c in e.timing.chapters if c.utterances}
    assert packed == expected
    sentences = sum(1 for e in entries for _ in e.review.sentences())
    assert pars >= sentences  # every sentence of every review is read along (plus titles and headings)
    narrated_docs = {i.get("href") for i in book.manifest.values() if i.get("media-overlay")}
    assert {"lanterns_title.xhtml", "short_title.xhtml", "lanterns_note.xhtml"} <= narrated_docs


def test_text_only_anthology_has_no_audio_and_says_so(entries):
    book = Book(write_book([AnthologyEntry(e.key, e.review) for e in entries], AnthologyOptions()))
    assert not any(n.endswith((".mp3", ".smil")) for n in book.files)
    assert book.meta("schema:accessMode") == ["textual"]
    assert "text only" in book.meta("schema:accessibilitySummary")[0]
    assert book.meta("media:duration") == []


def test_a_partly_narrated_anthology_says_which_reviews_are_narrated():
    book = Book(write_book([narrated_entry("a", full_review()), AnthologyEntry("b", minimal_review())],
                           AnthologyOptions()))
    summary = book.meta("schema:accessibilitySummary")[0]
    assert "1 of the 2 reviews are narrated" in summary
    assert "a/" in " ".join(book.files) and not any(n.startswith("EPUB/b/") for n in book.files)
    assert not any(i.get("media-overlay") for i in book.manifest.values() if i.get("href").startswith("b_"))


def test_same_reviews_same_bytes_and_the_order_is_kept(entries):
    options = AnthologyOptions(title="A season of reviews")
    first = write_book(entries, options)
    assert first == write_book([narrated_entry("lanterns", full_review()), narrated_entry("short", minimal_review())],
                               options)
    swapped = Book(write_book(list(reversed(entries)), options))
    assert swapped.linear_docs()[1] == "short_title.xhtml"
    assert Book(first).dc("identifier") == swapped.dc("identifier")  # the same collection
    other = Book(write_book(entries[:1], options))
    assert other.dc("identifier") != swapped.dc("identifier")


def test_keys_become_safe_distinct_prefixes():
    book = Book(write_book([AnthologyEntry("2001: A Space", minimal_review()), AnthologyEntry("", minimal_review()),
                            AnthologyEntry("2001 a space", minimal_review())], AnthologyOptions()))
    starts = [d for d in book.linear_docs() if d.endswith("_title.xhtml")]
    assert starts == ["r-2001-a-space_title.xhtml", "review_title.xhtml", "r-2001-a-space-2_title.xhtml"]


def test_each_review_keeps_its_language():
    book = Book(write_book([AnthologyEntry("en", full_review()), AnthologyEntry("he", hebrew_review())],
                           AnthologyOptions()))
    assert book.dc("language") == ["en", "he"]
    html = book.docs["he_title.xhtml"]
    assert html.get("lang") == "he" and html.get("dir") == "rtl"
    nav = book.docs["nav.xhtml"]
    label = next(a for a in nav.iterfind(".//x:a", NS) if a.get("href") == "he_title.xhtml")
    assert label.get("lang") == "he"
    about = next(a for a in nav.iterfind(".//x:a", NS) if a.get("href").startswith("he_about"))
    assert about.get("lang") is None  # the generated English label is in the nav's language


def test_writer_errors():
    with pytest.raises(OutputError):
        write_book([], AnthologyOptions())
    timing, audio = narration(minimal_review())
    audio.pop(timing.chapters[0].file)
    with pytest.raises(OutputError, match="no audio"):
        write_book([AnthologyEntry("a", minimal_review(), timing, audio)], AnthologyOptions())


# ------------------------------------------------------------ rendered folders

REVIEWS = {
    "tin-lighthouse.md": ("The Tin Lighthouse", "2023-04-02", "Ada Quill"),
    "marrow-road.md": ("Marrow Road", "2021-09-15", "Ben Osei"),
    "anchor-and-ash.md": ("Anchor and Ash", "2024-01-20", "Cleo Brandt"),
}


def write_sources(folder: Path) -> list[Path]:
    """Three short reviews written for these tests."""
    paths = []
    for name, (work, date, author) in REVIEWS.items():
        text = (f"---\ntitle: \"{work}: a short review\"\nwork:\n  title: {work}\n  kind: film\nauthor: {author}\n"
                f"date: {date}\ncontent_warnings: none\n---\n\n## First look\n\n{work} is a modest film about a"
                " family that runs a small ferry. It takes its time and mostly earns it.\n\n## Verdict\n\n"
                f"Worth an evening. The last scene of {work} stays with you.\n")
        path = folder / name
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    out = tmp_path_factory.mktemp("out")
    results = render_batch(write_sources(src), RenderOptions(out_dir=str(out), audio=False, quiet=True))
    assert all(r.ok for r in results), [str(r.error) for r in results]
    return out


def test_order_by_date_then_by_title(rendered):
    by_date = [e.review.metadata.work.title for e in anthology_entries(rendered)]
    assert by_date == ["Marrow Road", "The Tin Lighthouse", "Anchor and Ash"]
    by_title = [e.review.metadata.work.title for e in anthology_entries(rendered, order="title")]
    assert by_title == ["Anchor and Ash", "Marrow Road", "The Tin Lighthouse"]
    with pytest.raises(OutputError):
        anthology_entries(rendered, order="size")


def test_anthology_of_a_rendered_folder_is_written_atomically_and_deterministically(rendered, tmp_path):
    target = tmp_path / "sub" / "collection.epub"
    assert write_anthology(rendered, target, title="Three films") == target
    data = target.read_bytes()
    assert data == build_anthology(rendered, title="Three films")
    book = Book(data)
    assert book.dc("title") == ["Three films"]
    assert [d for d in book.linear_docs() if d.endswith("_title.xhtml")] == [
        f"{slug}_title.xhtml" for slug in ("marrow-road-a-short-review", "the-tin-lighthouse-a-short-review",
                                           "anchor-and-ash-a-short-review")]
    assert book.dc("creator") == ["Ben Osei", "Ada Quill", "Cleo Brandt"]
    mtime = target.stat().st_mtime_ns
    write_anthology(rendered, target, title="Three films")
    assert target.stat().st_mtime_ns == mtime  # same bytes: not rewritten
    assert [p.name for p in target.parent.iterdir()] == ["collection.epub"]  # no temporary file left


def narrated_folder(root: Path, slug: str, review: Review) -> Path:
    """A folder as a narrated render leaves it (timing and chapter MP3s), without synthesis."""
    folder = root / slug
    (folder / layout.CHAPTERS_DIR).mkdir(parents=True)
    timing, audio = narration(review)
    (folder / layout.MODEL_FILE).write_text(json.dumps(review.to_dict()), "utf-8")
    (folder / layout.TIMING_FILE).write_text(json.dumps(timing.to_dict()), "utf-8")
    for name, data in audio.items():
        (folder / name).write_bytes(data)
    return folder


def test_narrated_folders_carry_their_overlays_unless_no_audio(tmp_path):
    narrated_folder(tmp_path, "lanterns", full_review())
    narrated_folder(tmp_path, "short", minimal_review())
    (tmp_path / "notes").mkdir()  # a folder without review.json is not a review
    (tmp_path / ".claim-x").mkdir()
    book = Book(build_anthology(tmp_path))
    assert any(i.get("media-overlay") for i in book.manifest.values())
    packed = {n for n in book.files if n.endswith(".mp3")}
    assert packed and all(n.startswith(("EPUB/lanterns/chapters/", "EPUB/short/chapters/")) for n in packed)
    for name in packed:
        assert book.files[name] == (tmp_path / name[len("EPUB/"):]).read_bytes()
    text = Book(build_anthology(tmp_path, audio=False))
    assert not any(n.endswith((".mp3", ".smil")) for n in text.files)


def test_damaged_folders_are_named(tmp_path):
    with pytest.raises(OutputError, match="no such folder"):
        build_anthology(tmp_path / "missing")
    with pytest.raises(OutputError, match="no rendered reviews"):
        build_anthology(tmp_path)
    folder = narrated_folder(tmp_path, "short", minimal_review())
    (folder / "chapters" / "01-intro.mp3").unlink()
    with pytest.raises(InputError, match="01-intro.mp3") as err:
        build_anthology(tmp_path)
    assert err.value.path.endswith("timing.json")
    assert Book(build_anthology(tmp_path, audio=False))  # the text alone is still fine
    (folder / layout.MODEL_FILE).write_text("{not json", "utf-8")
    with pytest.raises(InputError) as err:
        build_anthology(tmp_path, audio=False)
    assert err.value.path.endswith("review.json")


def test_cli_anthology(rendered, tmp_path):
    runner = CliRunner()
    target = tmp_path / "c.epub"
    ok = runner.invoke(cli, ["anthology", str(rendered), "-o", str(target), "--order", "title", "--no-audio"])
    assert ok.exit_code == 0, ok.output
    assert f"wrote {target}" in ok.output and Book(target.read_bytes())
    bad = runner.invoke(cli, ["anthology", str(tmp_path / "nope"), "-o", str(target)])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    assert bad.output.strip().count("\n") == 0 and "no such folder" in bad.output
    into_dir = runner.invoke(cli, ["anthology", str(rendered), "-o", str(tmp_path)])
    assert into_dir.exit_code == 2
    helped = runner.invoke(cli, ["anthology", "--help"])
    assert "Example:" in helped.output
