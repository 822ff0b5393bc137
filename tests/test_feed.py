"""The podcast feed: settings, scanning, cover, XML validity, real parsers.

Also home of the rendered-review fixture builder that test_serve.py,
test_gpodder.py and test_transcript.py import (hand-built Review + Timing +
small real MP3s encoded with lameenc), until the real render pipeline lands.
"""

from __future__ import annotations

import functools
import io
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from audioreview.errors import InputError, OutputError
from audioreview.ids import assign_ids
from audioreview.model import NOTE_ID, TITLE_ID, Block, ContentWarning, Metadata, Review, Section, Sentence
from audioreview.audio.timing import ChapterTime, Timing, UtteranceTime
from audioreview import layout
from audioreview.feed.library import build_feed, scan_reviews
from audioreview.feed.rss import podcast_guid, write_feed
from audioreview.feed.settings import FeedSettings, load_settings
from audioreview.writers.chapters_json import write_chapters_json
from audioreview.writers.transcript import write_srt, write_vtt

HOSTILE_TITLE = 'Tom & Jerry <script>alert("x")</script> \'quoted\' 🎬🍿 review\x0b'

# ----------------------------------------------------------------- fixture builder


@functools.lru_cache(maxsize=64)
def encode_mp3(seconds: float, freq: float = 440.0, rate: int = 22050) -> bytes:
    """A real mono CBR MP3 of about ``seconds`` (a quiet tone)."""
    import lameenc
    import numpy as np

    t = np.arange(int(seconds * rate)) / rate
    pcm = (3000 * np.sin(2 * np.pi * freq * t)).astype("<i2").tobytes()
    enc = lameenc.Encoder()
    enc.set_bit_rate(32)
    enc.set_in_sample_rate(rate)
    enc.set_channels(1)
    enc.set_quality(7)
    return bytes(enc.encode(pcm) + enc.flush())


def make_review(title: str, paragraphs: list[list[str]], *, date: str | None = None, note: str | None = None,
                warnings: list[tuple[str, int]] = (), author: str | None = "A. Critic") -> Review:
    """A review with one section per paragraph list (two sections at most)."""
    sections = []
    headings = ["The story", "The verdict"]
    for heading, para in zip(headings, paragraphs):
        sections.append(Section(id="", heading=heading, blocks=[Block(id="", sentences=[Sentence(id="", text=t) for t in para])]))
    review = Review(metadata=Metadata(title=title, date=date, author=author, language="en"), sections=sections)
    if note:
        review.content_note = Block(id="", sentences=[Sentence(id="", text=note)])
    review.warnings = [ContentWarning(category=c, severity=s, shown=True) for c, s in warnings]
    return assign_ids(review)


def make_timing(review: Review, slug: str, sentence_seconds: float = 0.6, gap: float = 0.2) -> Timing:
    """Chapters: the note (if any), then one per section; the title opens chapter one."""
    t = 0.0
    utterances: list[UtteranceTime] = []
    chapters: list[ChapterTime] = []

    def say(uid: str, kind: str, text: str) -> UtteranceTime:
        nonlocal t
        u = UtteranceTime(id=uid, start=round(t, 3), end=round(t + sentence_seconds, 3), kind=kind, text=text)
        t = u.end + gap
        utterances.append(u)
        return u

    groups: list[tuple[str, str, list[tuple[str, str, str]]]] = []
    first: list[tuple[str, str, str]] = [(TITLE_ID, "title", review.title)]
    if review.content_note:
        groups.append((NOTE_ID, "Content note", first + [(s.id, "note", s.text) for s in review.content_note.sentences]))
        first = []
    for sec in review.sections:
        items = first + [(sec.heading_id, "heading", sec.heading)]
        items += [(s.id, "sentence", s.text) for b in sec.blocks for s in b.sentences]
        groups.append((sec.id, sec.heading, items))
        first = []
    for n, (cid, ctitle, items) in enumerate(groups, 1):
        start = t
        for uid, kind, text in items:
            say(uid, kind, text)
        end = round(t, 3)
        chapters.append(ChapterTime(id=cid, title=ctitle, file=f"chapters/{n:02d}-{cid}.mp3", start=round(start, 3),
                                    end=end, duration=round(end - start, 3)))
    return Timing(episode_file=f"{slug}.mp3", duration=round(t, 3), sample_rate=22050, chapters=chapters,
                  utterances=utterances, narrator="joe")


def write_rendered(root: Path, slug: str, review: Review, *, first_rendered: str, guid: str | None = None,
                   render_json: bool = True, transcripts: bool = True) -> Path:
    """DIR/<slug>/ as the render pipeline leaves it (review, timing, render json,
    MP3s, transcripts and JSON chapters)."""
    d = root / slug
    (d / "chapters").mkdir(parents=True, exist_ok=True)
    timing = make_timing(review, slug)
    (d / "review.json").write_text(json.dumps(review.to_dict()), encoding="utf-8")
    (d / "timing.json").write_text(json.dumps(timing.to_dict()), encoding="utf-8")
    if render_json:
        info = {"source": f"{slug}.md", "first_rendered": first_rendered,
                "guid": guid or str(uuid.uuid5(uuid.NAMESPACE_URL, slug)), "voice": "joe"}
        (d / "render.json").write_text(json.dumps(info), encoding="utf-8")
    (d / f"{slug}.mp3").write_bytes(encode_mp3(min(timing.duration, 3.0), freq=300 + 40 * len(slug)))
    for ch in timing.chapters:
        (d / ch.file).write_bytes(encode_mp3(0.5))
    if transcripts:
        (d / layout.vtt_file(slug)).write_text(write_vtt(timing, review), encoding="utf-8")
        (d / layout.srt_file(slug)).write_text(write_srt(timing, review), encoding="utf-8")
        (d / layout.chapters_json_file(slug)).write_text(write_chapters_json(timing), encoding="utf-8")
    return d


def make_library(root: Path) -> Path:
    """Two rendered reviews: a dated one with a hostile title, a note and strong
    language; an undated, clean one rendered later."""
    root.mkdir(parents=True, exist_ok=True)
    harsh = make_review(
        HOSTILE_TITLE,
        [["The cat & mouse chase runs for ninety minutes.", "It is <loud> and rude, in a good way."],
         ["Worth it: four stars out of five."]],
        date="2024-03-05",
        note="This review quotes strong language.",
        warnings=[("strong_language", 2)],
    )
    calm = make_review(
        "A quiet film about lighthouses",
        [["Gentle, slow and kind, this film watches the sea for two hours.",
          "Nobody shouts and nothing explodes."],
         ["A lovely evening: recommended."]],
        warnings=[("death_grief", 1)],
    )
    write_rendered(root, "tom-and-jerry", harsh, first_rendered="2024-03-06T10:00:00+00:00",
                   guid="3f2c1d8e-0000-4000-8000-000000000001")
    write_rendered(root, "lighthouses", calm, first_rendered="2024-05-01T09:30:00+00:00",
                   guid="3f2c1d8e-0000-4000-8000-000000000002")
    (root / "not-a-review").mkdir()
    (root / "not-a-review" / "notes.txt").write_text("ignore me", encoding="utf-8")
    half = root / "half-rendered"
    half.mkdir()
    (half / "review.json").write_text(json.dumps(calm.to_dict()), encoding="utf-8")
    return root


def write_outputs(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


SETTINGS = dict(title="Night & Day <Reviews> \"weekly\" 🎧", description="Reviews read aloud.", author="The Desk",
                owner_name="Pat Owner", owner_email="pat@example.org", category="TV & Film/Film Reviews",
                base_url="https://pods.example.org/reviews/")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_library(tmp_path / "out")


@pytest.fixture
def built(library: Path) -> tuple[Path, dict[str, bytes]]:
    files = build_feed(library, FeedSettings(**SETTINGS))
    write_outputs(library, files)
    return library, files


# -------------------------------------------------------------------------- tests

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"


def test_scan_finds_rendered_reviews_only(library: Path) -> None:
    episodes = scan_reviews(library)
    assert {e.slug for e in episodes} == {"tom-and-jerry", "lighthouses"}
    by_slug = {e.slug: e for e in episodes}
    # Numbers follow first render; pub date is the review's date, else first render.
    assert by_slug["tom-and-jerry"].number == 1 and by_slug["lighthouses"].number == 2
    assert by_slug["tom-and-jerry"].pub_date == datetime(2024, 3, 5, tzinfo=timezone.utc)
    assert by_slug["lighthouses"].pub_date == datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)
    assert by_slug["tom-and-jerry"].audio_length == (library / "tom-and-jerry" / "tom-and-jerry.mp3").stat().st_size
    assert by_slug["tom-and-jerry"].explicit and not by_slug["lighthouses"].explicit


def test_episode_numbers_are_stable_when_a_review_is_added(library: Path) -> None:
    before = {e.slug: e.number for e in scan_reviews(library)}
    newer = make_review("A newer review", [["Short and sweet."]], date="2020-01-01")
    write_rendered(library, "aaa-newer", newer, first_rendered="2025-01-01T00:00:00+00:00")
    after = {e.slug: e.number for e in scan_reviews(library)}
    assert {k: after[k] for k in before} == before
    assert after["aaa-newer"] == 3


def test_no_reviews_is_a_clear_error_and_nothing_is_built(tmp_path: Path) -> None:
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    with pytest.raises(OutputError, match="no rendered reviews"):
        build_feed(tmp_path / "empty", FeedSettings())
    assert not (tmp_path / "empty" / "feed.xml").exists()
    with pytest.raises(OutputError, match="no such directory"):
        scan_reviews(tmp_path / "missing")


@pytest.mark.parametrize("bad", ["ftp://example.org/", "file:///srv/pods/", "example.org/pods", "https://", "javascript:alert(1)"])
def test_base_url_must_be_http(library: Path, bad: str) -> None:
    with pytest.raises(OutputError, match="base URL"):
        build_feed(library, FeedSettings(base_url=bad))
    with pytest.raises(OutputError, match="base URL"):
        load_settings(base_url=bad)


def test_corrupt_review_json_names_the_file(library: Path) -> None:
    (library / "lighthouses" / "timing.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as info:
        scan_reviews(library)
    assert info.value.path.endswith("timing.json")


def test_feed_channel(built: tuple[Path, dict[str, bytes]]) -> None:
    _root, files = built
    xml = etree.fromstring(files["feed.xml"])
    ch = xml.find("channel")
    assert ch.findtext("title") == SETTINGS["title"]
    assert ch.findtext("language") == "en"
    assert ch.findtext("link") == "https://pods.example.org/reviews/"
    assert ch.find(f"{{{ITUNES}}}image").get("href") == "https://pods.example.org/reviews/cover.png"
    assert ch.find(f"{{{ITUNES}}}category").get("text") == "TV & Film"
    assert ch.find(f"{{{ITUNES}}}category/{{{ITUNES}}}category").get("text") == "Film Reviews"
    assert ch.findtext(f"{{{ITUNES}}}explicit") == "true"  # one episode has strong language
    assert ch.findtext(f"{{{ITUNES}}}owner/{{{ITUNES}}}email") == "pat@example.org"
    assert ch.findtext(f"{{{ITUNES}}}author") == "The Desk"
    self_link = ch.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self" and self_link.get("href") == "https://pods.example.org/reviews/feed.xml"
    assert ch.findtext(f"{{{PODCAST}}}guid") == str(
        uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), "pods.example.org/reviews/feed.xml"))
    locked = ch.find(f"{{{PODCAST}}}locked")
    assert locked.text == "no" and locked.get("owner") == "pat@example.org"


def test_podcast_guid_matches_the_spec_examples() -> None:
    # The two examples given in the Podcasting 2.0 podcast:guid documentation.
    assert podcast_guid("https://podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    assert podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"


def test_feed_items(built: tuple[Path, dict[str, bytes]]) -> None:
    root, files = built
    items = etree.fromstring(files["feed.xml"]).findall("channel/item")
    assert [i.findtext("guid") for i in items] == ["3f2c1d8e-0000-4000-8000-000000000002",
                                                   "3f2c1d8e-0000-4000-8000-000000000001"]  # newest first
    harsh = items[1]
    assert harsh.find("guid").get("isPermaLink") == "false"
    assert harsh.findtext("title") == HOSTILE_TITLE.replace("\x0b", "")
    # HTML description: the content note first, then the opening, text escaped.
    assert harsh.findtext("description").startswith(
        "<p>This review quotes strong language.</p><p>The cat &amp; mouse chase")
    assert "It is &lt;loud&gt; and rude" in harsh.findtext("description")
    assert harsh.findtext(f"{{{ITUNES}}}summary").startswith(
        "This review quotes strong language.\n\nThe cat & mouse chase runs for ninety minutes. It is <loud> and rude")
    assert harsh.findtext("pubDate") == "Tue, 05 Mar 2024 00:00:00 +0000"
    enc = harsh.find("enclosure")
    assert enc.get("type") == "audio/mpeg"
    assert enc.get("url") == "https://pods.example.org/reviews/tom-and-jerry/tom-and-jerry.mp3"
    assert int(enc.get("length")) == (root / "tom-and-jerry" / "tom-and-jerry.mp3").stat().st_size
    timing = Timing.from_dict(json.loads((root / "tom-and-jerry" / "timing.json").read_text()))
    assert harsh.findtext(f"{{{ITUNES}}}duration") == str(round(timing.duration))
    assert harsh.findtext(f"{{{ITUNES}}}explicit") == "true"
    assert items[0].findtext(f"{{{ITUNES}}}explicit") == "false"
    assert harsh.findtext(f"{{{ITUNES}}}episode") == "1" and items[0].findtext(f"{{{ITUNES}}}episode") == "2"
    transcripts = {t.get("type"): t for t in harsh.findall(f"{{{PODCAST}}}transcript")}
    assert set(transcripts) == {"text/vtt", "application/x-subrip"}
    assert transcripts["text/vtt"].get("url").endswith("/tom-and-jerry/tom-and-jerry.vtt")
    assert transcripts["text/vtt"].get("language") == "en" and transcripts["text/vtt"].get("rel") == "captions"
    chapters = harsh.find(f"{{{PODCAST}}}chapters")
    assert chapters.get("type") == "application/json+chapters"
    assert chapters.get("url") == "https://pods.example.org/reviews/tom-and-jerry/tom-and-jerry.chapters.json"
    # Every linked per-review file is among the outputs.
    for url in [enc.get("url"), chapters.get("url"), *(t.get("url") for t in transcripts.values())]:
        assert (root / url.removeprefix("https://pods.example.org/reviews/")).is_file()


def test_itunes_explicit_is_never_dropped(library: Path) -> None:
    for value in (True, False):
        xml = etree.fromstring(build_feed(library, FeedSettings(explicit=value))["feed.xml"])
        assert xml.findtext(f"channel/{{{ITUNES}}}explicit") == ("true" if value else "false")
        assert len(xml.findall(f"channel/{{{ITUNES}}}explicit")) == 1
        assert all(len(i.findall(f"{{{ITUNES}}}explicit")) == 1 for i in xml.findall("channel/item"))


def test_hostile_text_gives_valid_xml(library: Path) -> None:
    settings = FeedSettings(title="<![CDATA[ x ]]> & </channel> \"'\x01 🎙️", description="a\x00b & <c>",
                            author="O'Brien & <Sons>", category="Arts/Books")
    data = build_feed(library, settings)["feed.xml"]
    xml = etree.fromstring(data)  # raises on invalid XML
    assert xml.findtext("channel/title") == "<![CDATA[ x ]]> & </channel> \"' 🎙️"
    assert xml.findtext("channel/description") == "ab & <c>"
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")


def test_feedparser_reads_every_episode(built: tuple[Path, dict[str, bytes]]) -> None:
    import feedparser

    root, files = built
    parsed = feedparser.parse(files["feed.xml"])
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.feed.title == SETTINGS["title"]
    # feedparser 6 maps only "yes"/"clean" and gives None for Apple's current
    # "true"/"false" (a known limitation; podcastparser below reads them).
    assert "itunes_explicit" in parsed.feed
    assert len(parsed.entries) == 2
    for entry in parsed.entries:
        slug = entry.enclosures[0].href.rsplit("/", 1)[1].removesuffix(".mp3")
        assert int(entry.enclosures[0].length) == (root / slug / f"{slug}.mp3").stat().st_size
        timing = json.loads((root / slug / "timing.json").read_text())
        assert entry.itunes_duration == str(round(timing["duration"]))
        assert entry.id in {"3f2c1d8e-0000-4000-8000-000000000001", "3f2c1d8e-0000-4000-8000-000000000002"}
        # feedparser keeps namespaced podcast: elements it does not know as
        # "podcast_<name>" keys holding the last element's attributes.
        assert entry.get("podcast_chapters", {}).get("type") == "application/json+chapters"
        assert entry.get("podcast_transcript", {}).get("type") == "text/vtt"
    harsh = next(e for e in parsed.entries if e.id.endswith("1"))
    # The sanitised HTML summary shows the note first and the review's "<loud>" as text.
    assert harsh.summary.startswith("<p>This review quotes strong language.</p>")
    assert "It is &lt;loud&gt; and rude" in harsh.summary


def test_podcastparser_sees_chapters_and_transcripts(built: tuple[Path, dict[str, bytes]]) -> None:
    import podcastparser

    root, files = built
    parsed = podcastparser.parse("https://pods.example.org/reviews/feed.xml", io.BytesIO(files["feed.xml"]))
    assert parsed["title"] == SETTINGS["title"]
    assert parsed["explicit"] is True
    assert parsed["cover_url"] == "https://pods.example.org/reviews/cover.png"
    # podcastparser 0.6.11 (gPodder's parser) knows the Podcasting 2.0 tags only
    # under the legacy GitHub namespace URI; the feed repeats transcripts,
    # chapters and locked under it (see docs/feed.md), and podcastparser also
    # reads the inline Podlove chapters.
    assert parsed["import_prohibited"] is False
    assert len(parsed["episodes"]) == 2
    for ep in parsed["episodes"]:
        slug = ep["enclosures"][0]["url"].rsplit("/", 1)[1].removesuffix(".mp3")
        timing = json.loads((root / slug / "timing.json").read_text())
        assert ep["enclosures"][0]["file_size"] == (root / slug / f"{slug}.mp3").stat().st_size
        assert ep["enclosures"][0]["mime_type"] == "audio/mpeg"
        assert ep["total_time"] == round(timing["duration"])
        assert ep["guid"] in {"3f2c1d8e-0000-4000-8000-000000000001", "3f2c1d8e-0000-4000-8000-000000000002"}
        base = f"https://pods.example.org/reviews/{slug}/{slug}"
        assert ep["transcript_url"] == f"{base}.vtt"
        assert ep["chapters_json_url"] == f"{base}.chapters.json"
        # Inline Podlove chapters, read with whole-second starts.
        assert [(c["start"], c["title"]) for c in ep["chapters"]] == [
            (int(c["start"]), c["title"]) for c in timing["chapters"]]
    numbers = sorted(ep["number"] for ep in parsed["episodes"])
    assert numbers == [1, 2]


def test_build_is_deterministic(library: Path) -> None:
    a = build_feed(library, FeedSettings(**SETTINGS))
    b = build_feed(library, FeedSettings(**SETTINGS))
    assert a == b
    assert set(a) == {"feed.xml", "cover.png", layout.FEED_SETTINGS}  # the transcripts are the render's


def test_feed_links_what_the_render_wrote_and_nothing_else(tmp_path: Path) -> None:
    write_rendered(tmp_path, "with", make_review("With files", [["One sentence."]]), first_rendered="2024-01-01T00:00:00Z")
    write_rendered(tmp_path, "without", make_review("No files", [["One sentence."]]),
                   first_rendered="2024-01-02T00:00:00Z", transcripts=False)
    episodes = {ep.slug: ep for ep in scan_reviews(tmp_path)}
    assert (episodes["with"].vtt_path, episodes["with"].srt_path, episodes["with"].chapters_path) == (
        "with/with.vtt", "with/with.srt", "with/with.chapters.json")
    assert (episodes["without"].vtt_path, episodes["without"].srt_path, episodes["without"].chapters_path) == (
        None, None, None)
    files = build_feed(tmp_path, FeedSettings())
    assert not (tmp_path / "without" / "without.vtt").exists() and "without/without.vtt" not in files
    xml = files["feed.xml"].decode("utf-8")
    assert "with/with.vtt" in xml and "without/without.vtt" not in xml and "without.chapters.json" not in xml


def test_missing_render_json_still_gives_a_stable_guid(tmp_path: Path) -> None:
    review = make_review("No render record", [["Just one sentence."]])
    write_rendered(tmp_path, "bare", review, first_rendered="", render_json=False)
    first = scan_reviews(tmp_path)[0].guid
    assert first == scan_reviews(tmp_path)[0].guid
    uuid.UUID(first)


# ------------------------------------------------------------------------- settings


def test_settings_from_toml_and_cli(tmp_path: Path) -> None:
    cfg = tmp_path / "feed.toml"
    cfg.write_text('[feed]\ntitle = "From TOML"\nauthor = "Toml Author"\nexplicit = false\n'
                   'image = "art/cover.png"\nbase_url = "https://example.net/pod"\n', encoding="utf-8")
    s = load_settings(cfg, title="From CLI", author=None)
    assert s.title == "From CLI"  # CLI wins
    assert s.author == "Toml Author"  # unset CLI option keeps the file's value
    assert s.explicit is False
    assert s.base_url == "https://example.net/pod/"
    assert s.image == str((tmp_path / "art" / "cover.png").resolve())


def test_settings_errors(tmp_path: Path) -> None:
    cfg = tmp_path / "feed.toml"
    cfg.write_text('titel = "typo"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown feed setting"):
        load_settings(cfg)
    cfg.write_text('explicit = "maybe"\n', encoding="utf-8")
    with pytest.raises(InputError, match="boolean"):
        load_settings(cfg)
    cfg.write_text('title = \n', encoding="utf-8")
    with pytest.raises(InputError, match="cannot read feed config"):
        load_settings(cfg)
    with pytest.raises(InputError, match="not found"):
        load_settings(tmp_path / "missing.toml")
    with pytest.raises(InputError, match="e-mail"):
        load_settings(owner_email="nobody")


def test_write_feed_without_base_url_points_at_the_local_server(library: Path) -> None:
    xml = etree.fromstring(write_feed(scan_reviews(library), FeedSettings()))
    assert xml.find("channel/item/enclosure").get("url").startswith("http://127.0.0.1:8000/")


def test_cli_feed_command(library: Path, tmp_path: Path) -> None:
    """The lead's `audioreview feed` wiring over build_feed: files written, bad input one line."""
    from click.testing import CliRunner

    from audioreview.cli import cli

    cfg = tmp_path / "feed.toml"
    cfg.write_text('[feed]\nauthor = "Toml Desk"\nexplicit = false\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", str(library), "--config", str(cfg), "--title", "CLI & co",
                                      "--base-url", "https://ex.org/pod"])
    assert result.exit_code == 0, result.output
    ch = etree.fromstring((library / "feed.xml").read_bytes()).find("channel")
    assert ch.findtext("title") == "CLI & co" and ch.findtext(f"{{{ITUNES}}}author") == "Toml Desk"
    assert ch.findtext(f"{{{ITUNES}}}explicit") == "false"
    assert (library / "cover.png").is_file() and (library / "lighthouses" / "lighthouses.vtt").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["feed", str(empty)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "no rendered reviews" in result.output
    assert not (empty / "feed.xml").exists()
    result = CliRunner().invoke(cli, ["feed", str(library), "--base-url", "ftp://ex.org/"])
    assert result.exit_code == 2 and "base URL" in result.output
