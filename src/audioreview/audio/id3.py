"""ID3v2.4 tags (mutagen), written into MP3 bytes in memory.

Layout (see docs/audio.md): TIT2, TPE1, TALB, TRCK (chapter files), TDRC,
TLAN, COMM (source URL), APIC (cover); the episode also carries one CHAP frame
per chapter (with a TIT2 sub-frame) and one top-level, ordered CTOC.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from ..covers import Cover

# BCP 47 primary language -> ISO 639-2/B (the codes ID3 TLAN and COMM use).
_ISO639_2 = {
    "en": "eng", "de": "ger", "fr": "fre", "es": "spa", "it": "ita", "pt": "por",
    "nl": "dut", "sv": "swe", "da": "dan", "no": "nor", "nb": "nob", "nn": "nno",
    "fi": "fin", "pl": "pol", "cs": "cze", "sk": "slo", "hu": "hun", "ro": "rum",
    "ru": "rus", "uk": "ukr", "el": "gre", "tr": "tur", "ar": "ara", "he": "heb",
    "hi": "hin", "ja": "jpn", "zh": "chi", "ko": "kor", "ca": "cat", "eu": "baq",
    "ga": "gle", "cy": "wel", "is": "ice", "id": "ind", "vi": "vie", "th": "tha",
}


def iso639_2(language: str | None) -> str:
    """'en-US' -> 'eng'; unknown -> 'und' (undetermined)."""
    primary = (language or "").split("-")[0].split("_")[0].lower()
    if len(primary) == 3 and primary.isalpha():
        return primary
    return _ISO639_2.get(primary, "und")


@dataclass
class ChapterMark:
    element_id: str
    title: str
    start_ms: int
    end_ms: int


@dataclass
class TagInfo:
    title: str
    author: str | None = None
    album: str = "audioreview"
    date: str | None = None
    language: str = "en"
    url: str | None = None
    cover: Cover | None = None


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def tag(mp3: bytes, info: TagInfo, *, track: tuple[int, int] | None = None,
        chapters: list[ChapterMark] | None = None) -> bytes:
    """Return ``mp3`` with an ID3v2.4 tag in front (nothing touches disk)."""
    from mutagen.id3 import APIC, CHAP, COMM, CTOC, TALB, TDRC, TIT2, TLAN, TPE1, TRCK, CTOCFlags

    lang = iso639_2(info.language)
    tags = _chapter_ordered_id3()
    tags.add(TIT2(encoding=3, text=[info.title]))
    if info.author:
        tags.add(TPE1(encoding=3, text=[info.author]))
    tags.add(TALB(encoding=3, text=[info.album or "audioreview"]))
    if track:
        tags.add(TRCK(encoding=3, text=[f"{track[0]}/{track[1]}"]))
    m = _DATE.match(info.date or "")
    if m:
        tags.add(TDRC(encoding=3, text=[m.group(0)]))
    tags.add(TLAN(encoding=3, text=[lang]))
    if info.url:
        tags.add(COMM(encoding=3, lang=lang, desc="source", text=[info.url]))
    if info.cover:
        tags.add(APIC(encoding=3, mime=info.cover.mime, type=3, desc="cover", data=info.cover.data))
    if chapters:
        for ch in chapters:
            tags.add(CHAP(element_id=ch.element_id, start_time=ch.start_ms, end_time=ch.end_ms,
                          start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF,
                          sub_frames=[TIT2(encoding=3, text=[ch.title])]))
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                      child_element_ids=[c.element_id for c in chapters],
                      sub_frames=[TIT2(encoding=3, text=["Chapters"])]))
    buf = io.BytesIO(mp3)
    tags.save(buf, v1=0, v2_version=4, padding=lambda _info: 0)
    return buf.getvalue()


def _chapter_ordered_id3():  # type: ignore[no-untyped-def]
    """An ID3 tag that writes CTOC and CHAP frames last, in the order added.

    mutagen sorts frames by size when it saves, which scrambles CHAP frames;
    ffmpeg-based players list chapters in stored order, so the episode's
    chapters must be stored in playing order.
    """
    from mutagen.id3 import ID3
    from mutagen.id3._tags import save_frame

    class ChapterOrderedID3(ID3):
        def _write(self, config):  # type: ignore[no-untyped-def]
            chapters = [f for f in self.values() if f.FrameID in ("CTOC", "CHAP")]
            chapters.sort(key=lambda f: f.FrameID != "CTOC")  # stable: CTOC, then CHAPs as added
            for frame in chapters:
                del self[frame.HashKey]
            try:
                data = super()._write(config)
            finally:
                for frame in chapters:
                    self.add(frame)
            return data + bytearray().join(save_frame(f, config=config) for f in chapters)

    return ChapterOrderedID3()
