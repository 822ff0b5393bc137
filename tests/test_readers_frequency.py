"""readers/frequency.py: the Zipf values kept in the user cache are wordfreq's own."""

from __future__ import annotations

import random

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from audioreview.readers import frequency

_HARD = ["lantern", "zzqxv", "übermäßig", "été", "niño", "don't", "well-known", "Paris", "x2", "ß", "straße",
         "keeper's", "keeper’s", "keepers'", "'tis", "rock'n'roll", "l'homme", "aujourd'hui", "o'brien", "zzq'x",
         "reyes-okoro", "lantern-keepers", "co-op", "mother-in-law", "-", "a--b", "x-2", "jean-luc's", "1890s"]


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
