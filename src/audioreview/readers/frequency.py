"""How common a word is (wordfreq's Zipf scale), without unpacking wordfreq's
table on every run.

Why: the work finder and the section headings weigh words against the
language's background frequency. wordfreq answers that, but its first lookup
imports it and unpacks its gzipped table: about 0.3 s of every run, most of an
edited re-render's reading. The words wordfreq looks up as themselves (one
token of letters, lower case, NFC; in English apostrophes inside too:
"keeper's"; letters and digits: "35mm", "1990s", "2024") are kept once, with
their frequencies, in the user cache (cachedir.py): reading them back takes a
few milliseconds and gives wordfreq's own figure (tested word by word). A
hyphenated word is its parts combined as wordfreq combines tokens (1/f = 1/f1 +
1/f2 ...); a run of two or more digits is looked up as zeros and weighed as
wordfreq weighs it (``_digit_freq``). Any other word (other marks, "2,000"),
and any language not listed in ``_TABLED``, is asked of wordfreq itself.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata

import numpy as np

from ..cachedir import cached_arrays, package_version

# Languages whose wordfreq tokenizer leaves a lower-case run of letters whole
# (no segmenter, no special case folding); the four the editions speak.
_TABLED = frozenset({"en", "de", "fr", "es"})


@functools.lru_cache(maxsize=8192)
def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in ``language`` (a BCP 47 tag);
    3.0 (neither rare nor common) when wordfreq cannot answer."""
    lang = language.split("-")[0].lower()
    keys = [_key(part, lang) for part in word.split("-")] if lang in _TABLED else [None]
    if None not in keys and (table := _table(lang)) is not None:
        words, freqs = table
        total = 0.0
        for key in keys:
            smashed = _DIGIT_RUN.sub(lambda m: "0" * len(m[0]), key)
            i = bisect.bisect_left(words, smashed)
            if i == len(words) or words[i] != smashed:
                return 0.0  # a token wordfreq does not know: its minimum
            total += 1.0 / (freqs[i] * (_digit_freq(key) if smashed != key else 1.0))
        return _zipf_of(1.0 / total)
    try:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, lang)
    except (ImportError, LookupError):  # pragma: no cover - wordfreq is a dependency; unknown language
        return 3.0


def _key(word: str, lang: str) -> str | None:
    """The table's key for ``word`` when wordfreq reads it as one token of its
    own (lower case, NFC): a run of letters and digits (ASCII digits), or in English letters with
    apostrophes inside ("keeper's", "keeper’s", "o'brien") unless it opens with
    the one or two letters of an elision before a vowel or h ("l'homme": wordfreq's
    tokenizer splits those; its other languages split apostrophes their own
    ways); None otherwise."""
    if not word or word != word.casefold() or not unicodedata.is_normalized("NFC", word):
        return None
    if word.isalpha() or (word.isalnum() and all(c.isalpha() or c in _DIGITS for c in word)):
        return word
    word = word.replace("’", "'")
    if lang == "en" and _APOSTROPHES_INSIDE.fullmatch(word) and not _ELISION.match(word):
        return word
    return None


_DIGITS = frozenset("0123456789")
# wordfreq (numbers.py) keeps a run of two or more digits as zeros ("35mm" -> "00mm")
# and weighs the run itself: a four-digit run as a year, any other by Benford's law.
_DIGIT_RUN = re.compile(r"[0-9]{2,}")
_BENFORD = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)


def _digit_freq(token: str) -> float:
    """wordfreq's ``digit_freq``: how likely these digit runs are among runs of their length."""
    freq = 1.0
    for run in _DIGIT_RUN.findall(token):
        benford = _BENFORD[int(run[0])] / 10 ** (len(run) - 1)
        if len(run) == 4:
            year = int(run)
            # the year curve: a slope up to 2019, a plateau for 20 years, then a fall
            log_freq = -1.9185 - (0.0083 * (2019 - year) if year <= 2019 else 0.0 if year <= 2039 else 0.2 * (year - 2039))
            freq *= 10.0 ** log_freq + 0.1 * benford
        else:
            freq *= benford
    return freq


_APOSTROPHES_INSIDE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)+")
# wordfreq's own rule (tokens.py): 1-2 letters, an apostrophe, a vowel or h
_ELISION = re.compile(r"[^\W\d_]{1,2}'[aehiouyáéíóúàèìòùâêîôûåïöœ]")


@functools.lru_cache(maxsize=None)
def _table(lang: str) -> tuple[list[str], list[float]] | None:
    """The tabled words of ``lang``, sorted, and their frequencies."""
    key = f"wordfreq {package_version('wordfreq')} {lang} best, keys v3, frequencies"

    def make() -> dict[str, np.ndarray]:
        from wordfreq import get_frequency_dict

        freqs = get_frequency_dict(lang, "best")
        words = sorted(w for w in freqs if _key(w, lang) == w)
        return {"words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
                "freq": np.array([freqs[w] for w in words], dtype=np.float64)}

    try:
        arrays = cached_arrays("wordfreq", key, make)
    except (ImportError, LookupError):  # pragma: no cover - no wordlist for the language
        return None
    return arrays["words"].tobytes().decode("utf-8").split("\n"), arrays["freq"].tolist()


def _zipf_of(freq: float) -> float:
    """wordfreq's Zipf value of a word of frequency ``freq``: the frequency
    rounded to three significant digits, then log10(f) + 9 rounded to two
    decimals (``wordfreq.word_frequency`` and ``zipf_frequency``)."""
    unrounded = max(freq, 1e-9)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
