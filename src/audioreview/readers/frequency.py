"""How common a word is (wordfreq's Zipf scale), without unpacking wordfreq's
table on every run.

Why: the work finder and the section headings weigh words against the
language's background frequency. wordfreq answers that, but its first lookup
imports it and unpacks its gzipped table: about 0.3 s of every run, most of an
edited re-render's reading. The words wordfreq looks up as themselves (one
token of letters, lower case, NFC) are kept once, with their Zipf values, in
the user cache (cachedir.py): reading them back takes a few milliseconds and
gives wordfreq's own figure (tested word by word). Any other word, and any
language not listed in ``_TABLED``, is asked of wordfreq itself.
"""

from __future__ import annotations

import bisect
import functools
import math
import unicodedata

import numpy as np

from ..cachedir import cached_arrays

# Languages whose wordfreq tokenizer leaves a lower-case run of letters whole
# (no segmenter, no special case folding); the four the editions speak.
_TABLED = frozenset({"en", "de", "fr", "es"})


@functools.lru_cache(maxsize=8192)
def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in ``language`` (a BCP 47 tag);
    3.0 (neither rare nor common) when wordfreq cannot answer."""
    lang = language.split("-")[0].lower()
    if lang in _TABLED and word.isalpha() and word == word.casefold() and unicodedata.is_normalized("NFC", word):
        table = _table(lang)
        if table is not None:
            words, values = table
            i = bisect.bisect_left(words, word)
            return values[i] / 100 if i < len(words) and words[i] == word else 0.0
    try:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, lang)
    except (ImportError, LookupError):  # pragma: no cover - wordfreq is a dependency; unknown language
        return 3.0


@functools.lru_cache(maxsize=None)
def _table(lang: str) -> tuple[list[str], list[int]] | None:
    """The tabled words of ``lang``, sorted, and their Zipf values in hundredths."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        key = f"wordfreq {version('wordfreq')} {lang} best"
    except PackageNotFoundError:  # pragma: no cover
        return None

    def make() -> dict[str, np.ndarray]:
        from wordfreq import get_frequency_dict

        freqs = get_frequency_dict(lang, "best")
        words = sorted(w for w in freqs if w.isalpha() and w == w.casefold() and unicodedata.is_normalized("NFC", w))
        return {"words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
                "zipf": np.array([_centizipf(freqs[w]) for w in words], dtype=np.uint16)}

    try:
        arrays = cached_arrays("wordfreq", key, make)
    except (ImportError, LookupError):  # pragma: no cover - no wordlist for the language
        return None
    return arrays["words"].tobytes().decode("utf-8").split("\n"), arrays["zipf"].tolist()


def _centizipf(freq: float) -> int:
    """wordfreq's Zipf value of a one-token word of frequency ``freq``, in
    hundredths: its frequency rounded to three significant digits, then
    log10(f) + 9 rounded to two decimals (``wordfreq.zipf_frequency``)."""
    unrounded = max(freq, 1e-9)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(round(math.log(rounded, 10) + 9, 2) * 100)
