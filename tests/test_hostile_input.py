"""Hostile and unlucky input (issue 11, the readers' half): every reproduction as a test."""

from __future__ import annotations

import time

import pytest


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
