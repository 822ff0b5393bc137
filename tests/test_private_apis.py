"""The two places that lean on another project's private internals, pinned.

Each test fails when an upgrade changes what the code relies on, so the
upgrade is a decision, not a silent change of behaviour:

* audio/id3.py overrides mutagen's ``ID3._write`` to store the episode's CHAP
  frames in playing order (mutagen sorts frames by size, and ffmpeg-based
  players list chapters in stored order). pyproject pins mutagen to the range
  tested here.
* analysis/content_warnings.py walks ``re._parser`` to learn the characters a
  lexicon term can start with (a prefilter; on failure every term is tried,
  which is correct but several times slower).
"""

from __future__ import annotations

import inspect
import re
import sys

import mutagen
from mutagen.id3 import ID3

TESTED_MUTAGEN = ((1, 47), (1, 48))  # the minor versions audio/id3.py was checked against
TESTED_PYTHON = ((3, 11), (3, 12), (3, 13))


def test_mutagen_is_a_version_whose_private_write_we_checked():
    assert mutagen.version[:2] in TESTED_MUTAGEN, (
        f"mutagen {mutagen.version_string}: check audio/id3.py's ID3._write override (frame order, "
        "save_frame) against it, then add it to TESTED_MUTAGEN and the pin in pyproject.toml")
    params = list(inspect.signature(ID3._write).parameters)
    assert params == ["self", "config"]
    from mutagen.id3._tags import save_frame  # the private helper the override calls

    assert callable(save_frame)


def test_chapters_are_stored_in_playing_order():
    """The point of the override: CTOC first, then CHAPs in the order added,
    whatever their sizes (mutagen alone would sort the short ones first)."""
    import numpy as np

    from audioreview.audio import id3
    from audioreview.audio.mp3 import encode

    marks = [id3.ChapterMark("intro-with-a-long-element-id", "A long first chapter title " * 4, 0, 500),
             id3.ChapterMark("b", "Two", 500, 900), id3.ChapterMark("c", "Three", 900, 1000)]
    data = id3.tag(encode(np.zeros(22050, dtype=np.float32), 22050, 64), id3.TagInfo(title="t"), chapters=marks)
    order = []
    pos = 10
    while pos + 10 <= len(data) and data[pos:pos + 4].isalnum():
        frame = data[pos:pos + 4].decode("ascii")
        if frame == "CHAP":
            order.append(data[pos + 10:data.index(b"\0", pos + 10)].decode("ascii"))
        elif frame == "CTOC":
            order.append("CTOC")
        pos += 10 + _syncsafe(data[pos + 4:pos + 8])  # ID3v2.4 frame sizes are syncsafe
    assert order == ["CTOC", "intro-with-a-long-element-id", "b", "c"]


def _syncsafe(b: bytes) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def test_the_regex_prefilter_still_reads_re_internals():
    from audioreview.analysis import content_warnings as cw

    assert sys.version_info[:2] in TESTED_PYTHON, "check content_warnings._first_chars against this Python's re._parser"
    narrowed = sum(1 for _rx, term in cw._TERMS if cw._first_chars(term.pattern) is not None)
    assert narrowed >= 0.9 * len(cw._TERMS), f"only {narrowed} of {len(cw._TERMS)} terms got a first-character set"
    assert cw._first_chars(r"gore|blood") == frozenset("gb")
    assert cw._first_chars(r"(?:un)?kind") == frozenset("uk")
    assert cw._first_chars(r"[a-c]x") == frozenset("abc")
    assert re.compile(r"x").match("x")
