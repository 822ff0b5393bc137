"""Every example: JSON round trip and deterministic, edit-local ids."""

import json
from pathlib import Path
import re

import pytest

from audioreview.model import Review
from audioreview.readers import read

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ALL_EXAMPLES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))


def roundtrip(review: Review) -> Review:
    return Review.from_dict(json.loads(json.dumps(review.to_dict())))


def test_all_five_examples_exist():
    assert ALL_EXAMPLES == ["ashes-of-the-delta.txt", "glass-orchard.md", "paper-kites.md",
                            "starfall-tactics.html", "the-lantern-keepers.txt"]
    for name in ALL_EXAMPLES:
        words = len((EXAMPLES / name).read_text(encoding="utf-8").split())
        assert 400 <= words <= 900, (name, words)


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_json_roundtrip(name):
    r = read(EXAMPLES / name)
    assert roundtrip(r) == r


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_every_example_is_complete(name):
    r = read(EXAMPLES / name)
    assert r.title and r.metadata.work.title and r.metadata.rating and r.metadata.author
    assert len(r.sections) >= 3 and r.byline is not None
    ids = [s.id for s in r.walk_sections()] + [b.id for b in r.all_blocks()] + [s.id for s in r.sentences()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)


@pytest.mark.parametrize("name", ALL_EXAMPLES)
def test_ids_are_stable(name):
    a, b = read(EXAMPLES / name), read(EXAMPLES / name)
    assert [s.id for s in a.sentences()] == [s.id for s in b.sentences()]
    assert [x.id for x in a.all_blocks()] == [x.id for x in b.all_blocks()]


def _ids(review):
    return {b.id: [s.id for s in b.sentences] for b in review.body_blocks()}


@pytest.mark.parametrize("name, old, new", [
    ("the-lantern-keepers.txt", "The exteriors are harsher", "The exterior shots are harsher"),
    ("glass-orchard.md", "The prose is exact without being cold.", "The prose is exact but never cold."),
    ("starfall-tactics.html", "That transparency turns", "This transparency turns"),
])
def test_editing_one_paragraph_changes_only_its_ids(tmp_path, name, old, new):
    source = (EXAMPLES / name).read_text(encoding="utf-8")
    assert source.count(old) == 1
    edited = tmp_path / name
    edited.write_text(source.replace(old, new), encoding="utf-8")
    before, after = read(EXAMPLES / name), read(edited)
    b_blocks, a_blocks = list(before.body_blocks()), list(after.body_blocks())
    assert len(b_blocks) == len(a_blocks)
    changed = [i for i, (x, y) in enumerate(zip(b_blocks, a_blocks)) if x.id != y.id]
    assert len(changed) == 1
    i = changed[0]
    assert old in b_blocks[i].text and new in a_blocks[i].text
    sent_changes = [(x.id, y.id) for x, y in zip(b_blocks[i].sentences, a_blocks[i].sentences) if x.id != y.id]
    assert len(sent_changes) == 1  # only the edited sentence
    assert [s.id for s in before.walk_sections()] == [s.id for s in after.walk_sections()]
    for j, (x, y) in enumerate(zip(b_blocks, a_blocks)):
        if j != i:
            assert [s.id for s in x.sentences] == [s.id for s in y.sentences]
