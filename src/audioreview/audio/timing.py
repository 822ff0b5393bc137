"""When each utterance is heard, in which file: what ``timing.json`` holds.

The audio stage (:mod:`audioreview.audio.episode`) makes a :class:`Timing` from
the real synthesized durations; the EPUB media overlays, transcripts, JSON
chapters, the feed and the web page read it. Times are seconds (formatted by
:func:`audioreview.dates.clock`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..model import SchemaError, only_fields

TIMING_VERSION = 1


@dataclass
class UtteranceTime:
    id: str
    start: float  # seconds from the start of the file
    end: float
    kind: str = "sentence"
    text: str = ""


@dataclass
class ChapterTime:
    """A chapter inside the full episode, and the file cut for it."""

    id: str
    title: str
    file: str  # path relative to the review's output dir, e.g. chapters/01-opening.mp3
    start: float  # seconds in the episode
    end: float
    duration: float  # of the chapter's own file
    utterances: list[UtteranceTime] = field(default_factory=list)  # times in the chapter file


@dataclass
class Timing:
    """What timing.json holds: exact times of every utterance, in the episode
    file and in each chapter file. Built from real synthesized durations."""

    episode_file: str
    duration: float
    sample_rate: int
    chapters: list[ChapterTime] = field(default_factory=list)
    utterances: list[UtteranceTime] = field(default_factory=list)  # times in the episode
    narrator: str = ""
    # Hash of everything the audio was made from (script, voice, preset, tags):
    # when it matches, a re-render leaves the audio files alone.
    fingerprint: str = ""
    version: int = TIMING_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timing:
        if data.get("version") != TIMING_VERSION:
            raise SchemaError(f"timing version {data.get('version')!r} is not {TIMING_VERSION}")
        d = dict(only_fields(Timing, data))
        d["utterances"] = [UtteranceTime(**only_fields(UtteranceTime, u)) for u in d.get("utterances", [])]
        chapters = []
        for c in d.get("chapters", []):
            c = dict(only_fields(ChapterTime, c))
            c["utterances"] = [UtteranceTime(**only_fields(UtteranceTime, u)) for u in c.get("utterances", [])]
            chapters.append(ChapterTime(**c))
        d["chapters"] = chapters
        return cls(**d)

