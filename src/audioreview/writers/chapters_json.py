"""Podcasting 2.0 JSON chapters (``application/json+chapters``, format 1.2.0).

The start times are ``timing.chapters[*].start`` — the same figures the audio
writer puts in the episode's ID3 CHAP frames — so a player that reads the JSON
file and one that reads the MP3 tags jump to the same places.
"""

from __future__ import annotations

import json
import posixpath

from ..audio.timing import Timing

VERSION = "1.2.0"


def write_chapters_json(timing: Timing) -> str:
    """The chapters file for one episode, sorted by start time."""
    chapters = []
    for chapter in sorted(timing.chapters, key=lambda c: (c.start, c.end)):
        chapters.append(
            {
                "startTime": _seconds(chapter.start),
                "endTime": _seconds(chapter.end),
                "title": chapter.title,
            }
        )
    data: dict[str, object] = {"version": VERSION, "chapters": chapters}
    if timing.episode_file:
        data["fileName"] = posixpath.basename(timing.episode_file)
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _seconds(value: float) -> float | int:
    """Millisecond precision, as in the CHAP frames; whole seconds stay integers."""
    ms = int(round(value * 1000))
    return ms // 1000 if ms % 1000 == 0 else ms / 1000
