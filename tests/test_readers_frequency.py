"""readers/frequency.py: the Zipf values kept in the user cache are wordfreq's own."""

from __future__ import annotations

import random

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from audioreview.readers import frequency

_HARD = ["lantern", "zzqxv", "übermäßig", "été", "niño", "don't", "well-known", "Paris", "x2", "ß", "straße"]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_tabled_zipf_is_wordfreqs_word_for_word(lang):
    words = random.Random(lang).sample(sorted(get_frequency_dict(lang, "best")), 1000) + _HARD
    for word in words:
        assert frequency.zipf(word, f"{lang}-XX") == zipf_frequency(word, lang), word


def test_the_table_is_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOREVIEW_CACHE", str(tmp_path))
    for _ in range(2):  # made and kept, then read back from the cache
        frequency._table.cache_clear()
        frequency.zipf.cache_clear()
        assert [frequency.zipf(w, "en") for w in _HARD] == [zipf_frequency(w, "en") for w in _HARD]
        assert len(list(tmp_path.glob("unpacked/wordfreq-*.npz"))) == 1
    frequency._table.cache_clear()
    frequency.zipf.cache_clear()


def test_other_languages_ask_wordfreq():
    assert frequency.zipf("och", "sv") == zipf_frequency("och", "sv") > 5
