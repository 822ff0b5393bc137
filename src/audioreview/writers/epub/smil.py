"""Media overlays (EPUB 3 SMIL): which clip of which chapter MP3 reads which
element of a content document.

Times come from ``timing.chapters[*].utterances`` (seconds inside each chapter
file). Utterance ids are model ids (sentence ids, heading ids, ``title``...), the
same ids the XHTML elements carry, so the mapping is a lookup: every element
with an id that timing knows becomes one ``<par>``, in document order; timing
ids found in no document are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ...audio.timing import Timing
from ...dates import clock
from ..markup import esc

SMIL_DIR = "smil"


@dataclass(frozen=True)
class Clip:
    file: str  # chapter file path relative to the EPUB folder, e.g. chapters/01-opening.mp3
    begin_ms: int
    end_ms: int


def clip_index(timing: Timing) -> dict[str, Clip]:
    """Model id -> its first clip across the chapter files (empty clips dropped)."""
    index: dict[str, Clip] = {}
    for chapter in timing.chapters:
        for u in chapter.utterances:
            begin, end = round(u.start * 1000), round(u.end * 1000)
            if end > begin >= 0 and u.id not in index:
                index[u.id] = Clip(chapter.file, begin, end)
    return index


def element_ids(xhtml: bytes) -> list[str]:
    """Every id in a content document, in document order."""
    root = etree.fromstring(xhtml)
    return [el.get("id") for el in root.iter() if isinstance(el.tag, str) and el.get("id")]


def smil_clock(ms: int) -> str:
    """SMIL full clock value, millisecond precision: ``H:MM:SS.mmm``."""
    return clock(ms / 1000, hour_digits=1)


def build_smil(doc_name: str, xhtml: bytes, clips: dict[str, Clip]) -> tuple[bytes, int] | None:
    """The overlay of one content document and its duration in ms, or None
    when nothing in the document is narrated."""
    pars: list[str] = []
    total = 0
    for n, eid in enumerate(element_ids(xhtml), 1):
        clip = clips.get(eid)
        if clip is None:
            continue
        total += clip.end_ms - clip.begin_ms
        pars.append(
            f'<par id="par-{n}"><text src="../{esc(doc_name)}#{esc(eid)}"/>'
            f'<audio src="../{esc(clip.file)}" clipBegin="{smil_clock(clip.begin_ms)}" '
            f'clipEnd="{smil_clock(clip.end_ms)}"/></par>'
        )
    if not pars:
        return None
    smil = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
        f'<body>\n<seq id="seq-1" epub:textref="../{esc(doc_name)}">\n'
        + "\n".join(pars)
        + "\n</seq>\n</body>\n</smil>\n"
    )
    return smil.encode("utf-8"), total
