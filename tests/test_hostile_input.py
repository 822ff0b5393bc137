"""Hostile and unlucky input (issue 11, the readers' half): every reproduction as a test."""

from __future__ import annotations

import json
import time

import pytest

from audioreview.ids import assign_ids
from audioreview.readers import read_markdown, read_text


def strict_json(review) -> str:
    """The model as the project writes it: strict JSON, encodable as UTF-8."""
    text = json.dumps(review.to_dict(), ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")
    return text


def test_identical_paragraphs_get_distinct_ids_quickly():
    start = time.perf_counter()
    review = read_text("\n\n".join(["It is fine."] * 10_000), "fine.txt")
    assert time.perf_counter() - start < 5
    ids = [s.id for s in review.sentences()]
    assert len(ids) == len(set(ids)) == 10_000
    first = ids[0]
    assert ids[:3] == [first, f"{first}-2", f"{first}-3"] and ids[-1] == f"{first}-10000"


def test_id_allocation_is_unchanged_when_suffixes_collide():
    """The O(1) allocator gives the ids the documented rule gives: the first free
    "-n" in reading order, also when a base already looks like "x-2"."""
    from audioreview.model import Review, Section

    headings = ["Foo", "Foo", "Foo 2", "Foo", "Foo 2", "Foo 3"]
    review = assign_ids(Review(sections=[Section(id="", heading=h, level=2) for h in headings]))
    assert [s.id for s in review.sections] == ["sec-foo", "sec-foo-2", "sec-foo-2-2", "sec-foo-3",
                                               "sec-foo-2-3", "sec-foo-3-2"]


@pytest.mark.parametrize("name, text, limit", [
    ("4,000 sentences, one paragraph", " ".join(f"Sentence number {i} is here." for i in range(4000)), 5),
    ("'1. ' * 20000", "1. " * 20_000, 5),
    ("'Mr. Dr. St. Vol. No. ' * 20000", "Mr. Dr. St. Vol. No. " * 20_000, 5),
    ("'!' * 100000", "It ends" + "!" * 100_000 + " Then more.", 5),
])
def test_pathological_paragraphs_load_in_seconds(name, text, limit):
    start = time.perf_counter()
    review = read_text(text, "x.txt")
    assert time.perf_counter() - start < limit, name
    strict_json(review)


def test_sentence_splitting_of_huge_paragraphs_stays_close_to_pysbd():
    from audioreview.readers.sentences import split_sentences

    paragraph = "Mr. Hale plays the keeper. It was shot in the U.S. and it shows. He waits… Then it rains. " * 200
    assert len(paragraph) > 10_000
    pieces = split_sentences(paragraph)
    assert pieces[:4] == ["Mr. Hale plays the keeper.", "It was shot in the U.S. and it shows.", "He waits…",
                          "Then it rains."]
    assert len(pieces) == 800 and " ".join(pieces) == " ".join(paragraph.split())
    assert split_sentences(paragraph, fast=True) == pieces


@pytest.mark.parametrize("word", ["A-", "A.", "Aa.", "A.B.", "A'", "1", "Aa.Bb ", "Aa ", "A. "])
def test_the_work_finder_is_linear_on_hostile_words(word):
    from audioreview.readers.work import Text, find_work

    text = (word * 100_000)[:200_000]
    start = time.perf_counter()
    find_work(Text(headline=text[:5000], paragraphs=[(text, [])]))
    assert time.perf_counter() - start < 3


def test_a_title_with_many_hyphens_takes_no_exponential_time():
    from audioreview.readers.work import Text, find_work

    start = time.perf_counter()
    find_work(Text(headline="A review", paragraphs=[("Title " + "-".join(["a"] * 60) + " (x) is here.", [])]))
    assert time.perf_counter() - start < 1


@pytest.mark.parametrize("unit", ["*a* ", "`a` ", "a\n", "[a](b) "])
def test_markdown_dense_with_markup_reads_in_linear_time(unit):
    text = "# Title\n\n" + unit * (100_000 // len(unit))
    start = time.perf_counter()
    review = read_markdown(text, "x.md")
    assert time.perf_counter() - start < 5
    strict_json(review)
