"""The language of a review, and of a block clearly in another language.

A review's language is what its format states (front matter ``language:``,
the HTML ``lang`` attribute) and otherwise detected from its text with
py3langid (BSD licence; its 4.6 MB model ships inside the wheel, so nothing is
downloaded; unpacking it takes about a second, so the part used is kept
unpacked in the user cache and read back in a fraction of that, once per
process; it classifies a review in about a millisecond). Where the value came from is recorded in
``Metadata.provenance["language"]``: "front matter", "html meta", "detected"
(with the detector's probability) or "default" (too little text, or a guess
too unsure to act on: English, as before detection existed).

Rules (tested in tests/test_languages.py):

- the detector only considers languages with a two-letter ISO 639-1 code,
  less Latin (short English prose full of names is otherwise taken for it);
- a review needs at least :data:`MIN_WORDS` words and a probability of at
  least :data:`MIN_CONFIDENCE` to be given a language other than English;
- a body block gets a language of its own (``Block.language``, written as
  ``lang`` in the EPUB and on the web page) only when it is long
  (:data:`BLOCK_MIN_WORDS`), the detector is all but certain
  (:data:`BLOCK_MIN_CONFIDENCE`) and gives the review's own language almost no
  chance: a quotation of a few foreign words inside a sentence keeps the
  review's language.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np

from ..cachedir import cached_arrays, package_version
from ..model import Provenance
from ..phrases import primary

if TYPE_CHECKING:
    from ..model import Metadata, Review

MIN_WORDS = 12
MIN_CONFIDENCE = 0.90
BLOCK_MIN_WORDS = 20
BLOCK_MIN_CONFIDENCE = 0.995
BLOCK_MAX_OWN = 0.001  # the review's own language may have at most this probability
MAX_CHARS = 20_000  # enough text to decide; more only costs time
_EXCLUDED = {"la", "zxx"}

NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
    "cs": "Czech", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "el": "Greek", "ja": "Japanese",
    "zh": "Chinese", "ko": "Korean", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian",
    "ro": "Romanian", "ca": "Catalan",
}


def language_name(tag: str | None) -> str:
    """"German" for "de-DE"; the tag itself for a language without a name here."""
    code = primary(tag)
    return NAMES.get(code, code)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier over the languages considered (see the module).
    Its model ships LZMA-compressed and takes most of a second to unpack, so the
    subset used is kept unpacked in the user cache (:mod:`audioreview.cachedir`)
    and read back from there in milliseconds: the same arrays, the same answers."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    model = MODEL_DIR / MODEL_FILE
    st = model.stat()
    key = f"py3langid {package_version('py3langid')} {st.st_size} {st.st_mtime_ns} excluded {sorted(_EXCLUDED)}"

    def unpack() -> dict[str, np.ndarray]:
        from py3langid.modelio import load_model

        ptc, pc, classes, nextmove, row, out_feat = load_model(model)
        keep = [i for i, code in enumerate(classes) if len(code) == 2 and code not in _EXCLUDED]
        return {"ptc": np.ascontiguousarray(np.asarray(ptc)[:, keep]), "pc": np.asarray(pc)[keep],
                "classes": np.array([classes[i] for i in keep]),
                "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
                "row": np.frombuffer(row, dtype=f"u{row.itemsize}"), "out_feat": np.asarray(out_feat)}

    a = cached_arrays("langid", key, unpack)
    ident = LanguageIdentifier(a["ptc"], a["pc"], a["classes"].tolist(), _to_array(a["nextmove"]),
                               a["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(a["row"]))
    ident._full_model = None  # only needed to choose other languages again, which this module never does
    return ident


def rank(text: str) -> list[tuple[str, float]]:
    """(language, probability), most likely first."""
    return [(code, float(p)) for code, p in _identifier().rank(text[:MAX_CHARS])]


def detect(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) for ``text``; None when it has too few words."""
    if len(text.split()) < MIN_WORDS:
        return None
    code, probability = _identifier().classify(text[:MAX_CHARS])
    return str(code), float(probability)


def settle_language(metadata: Metadata, texts: list[str]) -> None:
    """Fill ``metadata.language`` and its provenance when the format stated none."""
    prov = metadata.provenance
    if "language" in prov:
        return
    found = detect(" ".join(texts))
    if found is None:
        prov["language"] = Provenance("default", 0.0)
        return
    code, probability = found
    if code != "en" and probability < MIN_CONFIDENCE:
        prov["language"] = Provenance("default", round(probability, 3))
        return
    metadata.language = code
    prov["language"] = Provenance("detected", round(probability, 3))


def mark_block_languages(review: Review) -> None:
    """``Block.language`` for each body block clearly in another language (module docstring)."""
    own = primary(review.metadata.language)
    for block in review.body_blocks():
        text = block.text
        if len(text.split()) < BLOCK_MIN_WORDS:
            continue
        ranked = rank(text)
        code, probability = ranked[0]
        if code == own or probability < BLOCK_MIN_CONFIDENCE:
            continue
        if dict(ranked).get(own, 0.0) > BLOCK_MAX_OWN:
            continue
        block.language = code
