"""The document model: lossless JSON round-trip, schema version, deterministic ids."""

from __future__ import annotations

import copy
import json

import pytest

from audioreview.ids import assign_ids, slugify
from audioreview.model import SCHEMA_VERSION, Block, ContentWarning, Evidence, Mark, Metadata, Rating, Review, SchemaError, Section, Sentence, Work
from audioreview.audio.timing import Timing, ChapterTime, UtteranceTime


def make_review() -> Review:
    def block(*texts: str, kind: str = "paragraph") -> Block:
        return Block(id="", kind=kind, sentences=[Sentence(id="", text=t) for t in texts])

    review = Review(
        metadata=Metadata(title="Review: The Quiet Harbour", work=Work("The Quiet Harbour", "film", 2024, "Ana Ruiz"),
                          author="Sam Vale", publication="The Weekly Reel", date="2025-03-01",
                          url="https://example.org/r/quiet", language="en-GB",
                          rating=Rating("4 out of 5", 4.0, 5.0)),
        sections=[
            Section(id="", heading="Opening", blocks=[block("A calm film.", "It breathes.")], derived=True),
            Section(id="", heading="Performances", blocks=[block("Yes.", "Yes.")],
                    sections=[Section(id="", heading="The lead", level=3, blocks=[block("She is superb.", kind="quote")])]),
        ],
        byline=block("By Sam Vale"),
        disclaimer=block("The views expressed are the author's own."),
    )
    review.sections[0].blocks[0].sentences[0].marks.append(Mark(2, 6, "em"))
    return assign_ids(review)


def test_json_round_trip_is_lossless():
    review = make_review()
    review.warnings.append(ContentWarning("violence", 2, 0.8, "detected",
                                          [Evidence(review.sections[0].blocks[0].sentences[0].id, "A calm film.", ["calm"])]))
    data = json.loads(json.dumps(review.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION == 3
    assert {"title", "metadata", "sections", "byline", "disclaimer", "warnings"} <= set(data)
    again = Review.from_dict(data)
    assert again == review
    assert again.to_dict() == review.to_dict()


def test_wrong_schema_version_is_refused():
    data = make_review().to_dict()
    data["schema_version"] = 99
    with pytest.raises(SchemaError):
        Review.from_dict(data)
    data["schema_version"] = 1
    data["metadata"]["colour"] = "red"
    with pytest.raises(SchemaError, match="colour"):
        Review.from_dict(data)


def test_ids_are_deterministic_unique_and_xml_safe():
    a, b = make_review(), make_review()
    ids_a = [s.id for s in a.sentences()] + [blk.id for blk in a.all_blocks()] + [s.id for s in a.walk_sections()]
    assert ids_a == [s.id for s in b.sentences()] + [blk.id for blk in b.all_blocks()] + [s.id for s in b.walk_sections()]
    assert len(ids_a) == len(set(ids_a)), "ids must be unique"
    import re
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids_a)
    # The two identical sentences "Yes." get distinct ids.
    yes = [s.id for s in a.sentences() if s.text == "Yes."]
    assert yes[1] == yes[0] + "-2"
    assert [s.id for s in a.walk_sections()] == ["sec-opening", "sec-performances", "sec-the-lead"]


def test_editing_one_paragraph_changes_only_its_ids():
    before = make_review()
    after = copy.deepcopy(before)
    after.sections[1].sections[0].blocks[0].sentences[0].text = "She is astonishing."
    assign_ids(after)
    changed = {(x.id, y.id) for x, y in zip(before.sentences(), after.sentences()) if x.id != y.id}
    assert len(changed) == 1
    blocks_changed = [(x.id, y.id) for x, y in zip(before.all_blocks(), after.all_blocks()) if x.id != y.id]
    assert len(blocks_changed) == 1
    assert [s.id for s in before.walk_sections()] == [s.id for s in after.walk_sections()]


def test_adding_a_content_note_leaves_body_ids_alone():
    review = make_review()
    body = [s.id for s in review.body_sentences()]
    review.content_note = Block(id="", sentences=[Sentence("", "A calm film."), Sentence("", "Skip ahead.")])
    assign_ids(review)
    assert [s.id for s in review.body_sentences()] == body
    assert review.content_note.id == "content-note"
    assert review.content_note.sentences[0].id not in body


def test_timing_round_trip():
    t = Timing(episode_file="x.mp3", duration=3.5, sample_rate=22050,
               chapters=[ChapterTime("sec-a", "A", "chapters/01-a.mp3", 0.0, 3.5, 3.5,
                                     [UtteranceTime("s-1", 0.0, 1.2, "sentence", "Hi.")])],
               utterances=[UtteranceTime("s-1", 0.0, 1.2)], narrator="joe", fingerprint="abc")
    assert Timing.from_dict(json.loads(json.dumps(t.to_dict()))) == t


@pytest.mark.parametrize("text,slug", [
    ("Review: The Quiet Harbour", "review-the-quiet-harbour"),
    ("../../etc/passwd", "etc-passwd"),
    ("Amélie & Ça va?", "amelie-ca-va"),
    ("東京", ""),
])
def test_slugify_is_ascii_and_safe(text, slug):
    assert slugify(text) == slug
