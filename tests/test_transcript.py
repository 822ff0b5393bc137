"""WebVTT/SRT transcripts and JSON chapters, parsed back and compared with timing."""

from __future__ import annotations

import json
import re

import pytest

from audioreview.model import Review
from audioreview.audio.timing import ChapterTime, Timing, UtteranceTime
from audioreview.writers.chapters_json import write_chapters_json
from audioreview.writers.transcript import MAX_LINE, write_srt, write_vtt
from test_feed import HOSTILE_TITLE, make_review, make_timing

LONG = ("This sentence is deliberately long so that it has to be wrapped over several lines, "
        "because a caption line may hold at most sixty-five characters and no more than that.")
TIME_RE = r"(\d\d):(\d\d):(\d\d)[.,](\d\d\d)"


def seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_vtt(text: str) -> list[dict]:
    """A strict reader of what write_vtt promises: header, then blocks of
    id / timing / text lines separated by one blank line."""
    assert text.startswith("WEBVTT\n\n")
    cues = []
    for block in text[len("WEBVTT\n\n"):].strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert len(lines) >= 3, block
        m = re.fullmatch(TIME_RE.replace("[.,]", r"\.") + " --> " + TIME_RE.replace("[.,]", r"\."), lines[1])
        assert m, lines[1]
        g = m.groups()
        cues.append({"id": lines[0], "start": seconds(*g[:4]), "end": seconds(*g[4:]), "lines": lines[2:]})
    return cues


def parse_srt(text: str) -> list[dict]:
    cues = []
    for n, block in enumerate(text.strip("\n").split("\n\n"), 1):
        lines = block.split("\n")
        assert lines[0] == str(n)
        m = re.fullmatch(TIME_RE.replace("[.,]", ",") + " --> " + TIME_RE.replace("[.,]", ","), lines[1])
        assert m, lines[1]
        g = m.groups()
        cues.append({"start": seconds(*g[:4]), "end": seconds(*g[4:]), "lines": lines[2:]})
    return cues


def unvtt(lines: list[str], voice: str) -> str:
    text = " ".join(lines)
    assert text.startswith(f"<v {voice}>")
    text = text[len(f"<v {voice}>"):]
    assert "<" not in text and ">" not in text
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@pytest.fixture
def review_timing() -> tuple[Review, Timing]:
    review = make_review(HOSTILE_TITLE.strip("\x0b"), [["Short one.", LONG, "A --> arrow & <tag>."], ["Done."]],
                         note="This review mentions war.")
    timing = make_timing(review, "r")
    # Make times irregular (not multiples of 0.2 s) to catch rounding.
    for i, u in enumerate(timing.utterances):
        u.start = round(u.start + i * 0.0137, 4)
        u.end = round(u.end + i * 0.0137 + 0.3333, 4)
    return review, timing


def test_vtt_cues_match_timing_exactly(review_timing: tuple[Review, Timing]) -> None:
    review, timing = review_timing
    cues = parse_vtt(write_vtt(timing, review))
    assert [c["id"] for c in cues] == [u.id for u in timing.utterances]
    for cue, utt in zip(cues, timing.utterances):
        assert cue["start"] == pytest.approx(utt.start, abs=0.0005 + 1e-9)
        assert cue["end"] == pytest.approx(utt.end, abs=0.0005 + 1e-9)
        assert unvtt(cue["lines"], "joe") == utt.text
    # Cue ids are model ids: title, heading ids, sentence ids.
    ids = {c["id"] for c in cues}
    assert "title" in ids and review.sections[0].heading_id in ids
    assert {s.id for s in review.sentences()} <= ids


def test_lines_are_wrapped_at_word_boundaries(review_timing: tuple[Review, Timing]) -> None:
    review, timing = review_timing
    for cue in parse_vtt(write_vtt(timing, review)):
        for line in cue["lines"]:
            visible = re.sub(r"^<v [^>]*>", "", line).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            assert len(visible) <= MAX_LINE, line
    long_cue = next(c for c in parse_vtt(write_vtt(timing, review)) if c["lines"][0].startswith("<v joe>This sentence"))
    assert len(long_cue["lines"]) == 3
    words = LONG.split()
    assert " ".join(long_cue["lines"]).removeprefix("<v joe>").split() == words  # no word was split


def test_vtt_escapes_markup(review_timing: tuple[Review, Timing]) -> None:
    review, timing = review_timing
    vtt = write_vtt(timing, review)
    assert "Tom &amp; Jerry &lt;script&gt;" in vtt
    assert "A --&gt; arrow &amp; &lt;tag&gt;." in vtt
    body = vtt.split("\n")
    assert sum("-->" in line for line in body) == len(timing.utterances)  # only timing lines


def test_srt(review_timing: tuple[Review, Timing]) -> None:
    review, timing = review_timing
    srt = write_srt(timing, review)
    cues = parse_srt(srt)
    assert len(cues) == len(timing.utterances)
    for cue, utt in zip(cues, timing.utterances):
        assert cue["start"] == pytest.approx(utt.start, abs=0.0005 + 1e-9)
        assert cue["end"] == pytest.approx(utt.end, abs=0.0005 + 1e-9)
        assert all(len(line) <= MAX_LINE for line in cue["lines"])
    assert cues[0]["lines"] == ["Tom & Jerry <script>alert(\"x\")</script> 'quoted' 🎬🍿 review"]
    assert ["A -> arrow & <tag>."] in [c["lines"] for c in cues]
    assert "<v " not in srt


def test_text_falls_back_to_the_model_and_voice_defaults(review_timing: tuple[Review, Timing]) -> None:
    review, timing = review_timing
    for u in timing.utterances:
        u.text = ""
    timing.narrator = ""
    cues = parse_vtt(write_vtt(timing, review))
    texts = {c["id"]: unvtt(c["lines"], "Narrator") for c in cues}
    assert texts["title"] == review.title
    assert texts[review.sections[1].heading_id] == "The verdict"
    first = review.sections[0].blocks[0].sentences[0]
    assert texts[first.id] == "Short one."


def test_edge_cases() -> None:
    review = Review()
    timing = Timing(episode_file="x.mp3", duration=3.0, sample_rate=22050, narrator="Ann <b>& Co",
                    utterances=[UtteranceTime("s-a", 0.0, 0.0, "sentence", "Zero\nlength\n\ncue"),
                                UtteranceTime("s-a", 1.0, 2.0, "sentence", "Same id again"),
                                UtteranceTime("s-b", 2.0, 2.5, "pause", "not a cue kind"),
                                UtteranceTime("s-c", 2.5, 3.0, "sentence", "   ")],
                    )
    cues = parse_vtt(write_vtt(timing, review))
    assert [c["id"] for c in cues] == ["s-a", "s-a-2"]  # unique ids, empty/unknown kinds dropped
    assert cues[0]["end"] > cues[0]["start"]  # a cue must end after it starts
    assert cues[0]["lines"] == ["<v Ann b Co>Zero length cue"]  # no blank line inside a cue


def test_chapters_json_matches_timing() -> None:
    timing = Timing(episode_file="reviews/ep.mp3", duration=100.0, sample_rate=22050, chapters=[
        ChapterTime("sec-b", "Second & last", "chapters/02-b.mp3", 40.1234, 100.0, 59.8766),
        ChapterTime("content-note", "Content note", "chapters/01-a.mp3", 0.0, 40.1234, 40.1234),
    ])
    data = json.loads(write_chapters_json(timing))
    assert data["version"] == "1.2.0"
    assert data["fileName"] == "ep.mp3"
    assert data["chapters"] == [
        {"startTime": 0, "endTime": 40.123, "title": "Content note"},
        {"startTime": 40.123, "endTime": 100, "title": "Second & last"},
    ]


def test_chapters_json_of_a_fixture_timing(review_timing: tuple[Review, Timing]) -> None:
    review, timing = review_timing
    data = json.loads(write_chapters_json(timing))
    assert [(c["startTime"], c["title"]) for c in data["chapters"]] == [
        (pytest.approx(c.start, abs=0.0005 + 1e-9), c.title) for c in timing.chapters]
    assert [c["startTime"] for c in data["chapters"]] == sorted(c["startTime"] for c in data["chapters"])
