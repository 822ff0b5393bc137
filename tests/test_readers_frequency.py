"""readers/frequency.py: the Zipf values kept in the user cache are wordfreq's own."""

from __future__ import annotations

import random

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from audioreview.readers import frequency

_HARD = ["lantern", "zzqxv", "übermäßig", "été", "niño", "don't", "well-known", "Paris", "x2", "ß", "straße",
         "keeper's", "keeper’s", "keepers'", "'tis", "rock'n'roll", "l'homme", "aujourd'hui", "o'brien", "zzq'x",
         "reyes-okoro", "lantern-keepers", "co-op", "mother-in-law", "-", "a--b", "x-2", "jean-luc's", "1890s",
         "35mm", "se7en", "2024", "1917", "2039", "2040", "2101", "0001", "007", "128", "4k", "ps5", "mp3", "7th",
         "3e", "2e", "1er", "12345678", "a1b22c333d4444", "90er", "80s", "x²", "٣٤", "2,000", "3.5", "4-star"]
# every number from 0 to 9999, as a word and followed by letters: the digit weights are wordfreq's
_NUMBERS = [str(n) for n in range(10000)] + [f"{n}{s}" for n in range(0, 2100, 7) for s in ("s", "mm", "th", "e")]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_tabled_zipf_is_wordfreqs_word_for_word(lang):
    keys = sorted(get_frequency_dict(lang, "best"))
    words = random.Random(lang).sample(keys, 1000) + _HARD
    elided = [k for k in keys if "'" in k]
    words += random.Random(lang).sample(elided, min(300, len(elided)))  # apostrophes inside, and curly ones
    words += [w.replace("'", "’") for w in words if "'" in w]
    words += [f"{a}-{b}" for a, b in zip(words[:200], words[200:400])]  # hyphenated: tokens combined
    for word in words:
        assert frequency.zipf(word, f"{lang}-XX") == zipf_frequency(word, lang), word


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_words_with_digits_are_weighed_as_wordfreq_weighs_them(lang):
    for word in _NUMBERS:
        assert frequency.zipf(word, lang) == zipf_frequency(word, lang), word


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
