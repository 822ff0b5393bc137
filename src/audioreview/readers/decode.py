"""Turn the input's bytes into text, or say in one line why they are not a review.

Rules: UTF-8 (a BOM is dropped) and UTF-16 with a BOM are read as such. Other
bytes are accepted only as a Western legacy encoding (cp1252 / ISO 8859-15 /
Latin-1, chosen by charset-normalizer) and only when the file holds no valid
UTF-8 multi-byte sequence at all: a file that is mostly UTF-8 with a stray bad
byte is broken UTF-8, and the error names that byte and its offset.

An input over :data:`MAX_BYTES` is refused before it is read (a long review is
50 kB; reading stays linear, but 10 MB already takes seconds).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from ..errors import InputError

_LEGACY = ["cp1252", "iso8859_15", "latin_1"]
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
MAX_BYTES = 10_000_000


def _too_big(size: int, label: str) -> InputError:
    return InputError(f"too large to be a review: {size:,} bytes (at most {MAX_BYTES:,})", label)


def load_bytes(source: str | Path) -> bytes:
    """The bytes of the file ``source``; InputError when it cannot be read."""
    path = Path(source)
    label = str(source)
    try:
        if path.is_dir():
            raise InputError("is a directory, not a review file", label)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # a pipe or device has no size to check first
        if len(data) > MAX_BYTES:
            raise _too_big(max(len(data), path.stat().st_size), label)
        return data
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("no such file", label) from None
    except PermissionError:
        raise InputError("cannot read the file: permission denied", label) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", label) from None


def _check_text(text: str, label: str) -> str:
    if not text.strip():
        raise InputError("file is empty (only whitespace)", label)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise InputError("binary file (too many control characters), not a text review", label)
    return text


def decode(data: bytes, label: str) -> str:
    """``data`` as text with ``\\n`` line ends; InputError naming ``label`` otherwise."""
    if not data:
        raise InputError("file is empty", label)
    if len(data) > MAX_BYTES:
        raise _too_big(len(data), label)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16: bad bytes at offset {exc.start}", label) from None
        return _check_text(_newlines(text), label)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary file (NUL byte at offset {nul}), not a text review", label)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _legacy(data, exc, label)
    return _check_text(_newlines(text), label)


def _legacy(data: bytes, error: UnicodeDecodeError, label: str) -> str:
    bad = f"not UTF-8: invalid byte 0x{data[error.start]:02x} at offset {error.start}"
    if _UTF8_MULTIBYTE.search(data):
        raise InputError(bad, label)
    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None or best.chaos > 0.2:
        raise InputError(f"{bad} (and no legacy encoding fits)", label)
    text = str(best)
    if _CONTROL.search(text):
        raise InputError(f"{bad} (and no legacy encoding fits)", label)
    return text


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
