"""Transcripts of the episode: WebVTT and SubRip, one cue per utterance.

Cue times are the episode times in ``timing.utterances`` (real synthesized
durations), so a transcript never drifts from the audio. VTT cue identifiers are
the model ids (``title``, ``sec-...-h``, ``s-...``, ``content-note`` sentence
ids), the same ids the EPUB anchors and SMIL overlays use. Cue text is the
*written* text (not the speech-normalised one), wrapped at word boundaries to
lines of at most :data:`MAX_LINE` characters.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from ..model import TITLE_ID, Review
from ..audio.timing import Timing, UtteranceTime
from ..dates import clock

MAX_LINE = 65
CUE_KINDS = ("title", "heading", "sentence", "note")
DEFAULT_VOICE = "Narrator"


def write_vtt(timing: Timing, review: Review) -> str:
    """WebVTT with the utterance ids as cue identifiers and a ``<v>`` voice span."""
    voice = _voice_name(timing.narrator)
    out = ["WEBVTT", ""]
    for cue_id, start, end, text in _cues(timing, review):
        lines = [_escape_vtt(line) for line in wrap(text)]
        lines[0] = f"<v {voice}>{lines[0]}"
        out += [cue_id, f"{clock(start)} --> {clock(end)}", *lines, ""]
    return "\n".join(out)


def write_srt(timing: Timing, review: Review) -> str:
    """SubRip: numbered cues, comma decimal separator, plain text."""
    out: list[str] = []
    for n, (_cue_id, start, end, text) in enumerate(_cues(timing, review), 1):
        lines = [line.replace("-->", "->") for line in wrap(text)]
        out += [str(n), f"{clock(start, ',')} --> {clock(end, ',')}", *lines, ""]
    return "\n".join(out)


def wrap(text: str, width: int = MAX_LINE) -> list[str]:
    """Lines of at most ``width`` characters, broken at spaces (a longer single
    word, such as a URL, is split so the limit always holds)."""
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False)
    return lines or [""]


# --------------------------------------------------------------------- internals


def _cues(timing: Timing, review: Review) -> Iterator[tuple[str, float, float, str]]:
    seen: dict[str, int] = {}
    for utt in timing.utterances:
        if utt.kind not in CUE_KINDS:
            continue
        text = _clean(_written_text(utt, review))
        if not text:
            continue
        n = seen.get(utt.id, 0) + 1
        seen[utt.id] = n
        cue_id = utt.id if n == 1 else f"{utt.id}-{n}"
        start = max(0.0, utt.start)
        # WebVTT requires end > start; a zero-length utterance gets one millisecond.
        end = utt.end if utt.end > start else start + 0.001
        yield cue_id, start, end, text


def _written_text(utt: UtteranceTime, review: Review) -> str:
    if utt.text:
        return utt.text
    if utt.id == TITLE_ID:
        return review.title
    sentence = review.find_sentence(utt.id)
    if sentence is not None:
        return sentence.text
    for section in review.walk_sections():
        if section.heading_id == utt.id:
            return section.heading
    return ""


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(text: str) -> str:
    """One line of text: no control characters, whitespace folded (a blank line
    inside a cue would end it)."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _escape_vtt(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _voice_name(narrator: str) -> str:
    """A voice annotation may not hold '>', '&', '<' or line breaks."""
    name = " ".join(re.sub(r"[<>&]", " ", narrator or "").split())
    return name or DEFAULT_VOICE
