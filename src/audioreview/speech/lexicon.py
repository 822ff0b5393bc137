"""Pronunciation lexicons: tell the voice how to say names it gets wrong.

A lexicon maps a written word or phrase to what the narrator should say
instead ("Amélie" -> "Ah-may-lee"). Two file formats are read:

* TOML: a ``[lexicon]`` table (or, in a file of its own, plain top-level keys):
  ``"Amélie" = "Ah may lee"``;
* W3C PLS 1.0 XML (``.pls``): ``<lexeme><grapheme>X</grapheme><alias>Y</alias></lexeme>``.
  Lexemes that only have ``<phoneme>`` entries are skipped: Piper takes text,
  not IPA, so only aliases can be honoured.

Matching (:func:`apply_lexicon`) is whole-word and longest-first; an entry
written in the same case as the text wins, otherwise the match ignores case,
except for entries written in capitals ("US", "IT"), which only match exactly
so that the pronoun "us" is never read as the country.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from ..errors import VoiceError



def load_lexicon(path: str | Path) -> dict[str, str]:
    """Read a ``.pls`` or ``.toml`` lexicon file into ``{written: spoken}``.

    Raises :class:`VoiceError` (naming the file) when it is missing or malformed.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise VoiceError(f"cannot read lexicon: {exc.strerror or exc}", str(p)) from exc
    if p.suffix.lower() in (".pls", ".xml"):
        return _parse_pls(data, str(p))
    if p.suffix.lower() == ".toml":
        try:
            table = tomllib.loads(data.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise VoiceError(f"invalid TOML lexicon: {exc}", str(p)) from exc
        if isinstance(table.get("lexicon"), dict):
            table = table["lexicon"]
        return check_entries(table, str(p))
    raise VoiceError("unknown lexicon format (use a .toml or .pls file)", str(p))


def check_entries(table: dict, path: str | None) -> dict[str, str]:
    """Validate a TOML lexicon table: non-empty string keys and string values."""
    out: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str) or not key.strip():
            raise VoiceError(f"lexicon entry {key!r} must map a word to a string", path)
        out[key.strip()] = value
    return out


def _parse_pls(data: bytes, path: str) -> dict[str, str]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, col = exc.position
        raise VoiceError(f"invalid PLS XML at line {line}, column {col}", path) from exc
    if _local(root.tag) != "lexicon":
        raise VoiceError("not a PLS lexicon (the root element is not <lexicon>)", path)
    out: dict[str, str] = {}
    for lexeme in root.iter():
        if _local(lexeme.tag) != "lexeme":
            continue
        graphemes = [(c.text or "").strip() for c in lexeme if _local(c.tag) == "grapheme"]
        aliases = [(c.text or "").strip() for c in lexeme if _local(c.tag) == "alias"]
        if not aliases:
            continue  # phoneme-only lexeme: Piper cannot take IPA input
        for g in graphemes:
            if g:
                out.setdefault(g, aliases[0])
    return out


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@lru_cache(maxsize=32)
def _compile(items: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    exact = dict(items)
    folded: dict[str, str] = {}
    for key, value in items:
        if not key.isupper():  # acronyms only match as written
            folded.setdefault(key.casefold(), value)
    keys = sorted(exact, key=len, reverse=True)
    alternation = "|".join(re.escape(k) for k in keys)
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    return pattern, exact, folded


def apply_lexicon(text: str, lexicon: dict[str, str]) -> str:
    """Replace whole-word lexicon entries in ``text``, longest entries first.

    One pass, so a replacement is never itself replaced again.
    """
    if not lexicon or not text:
        return text
    pattern, exact, folded = _compile(tuple(lexicon.items()))

    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        if found in exact:
            return exact[found]
        return folded.get(found.casefold(), found)

    return pattern.sub(repl, text)
