"""The speech script: what the narrator says, in which chapter, with which pauses.

:func:`build_script` walks the review model once and yields the chapters the
audio writer synthesises (one MP3 and one ID3 chapter each). Every utterance
keeps the model id it speaks, so the EPUB media overlays, transcripts and
timing.json can point back at the text. Chapter order:

1. the content note (``NOTE_ID``), when the review has one;
2. one chapter per top-level section, its subsections folded in; the first of
   them opens with the title announcement (``TITLE_ID``);
3. "About this review" (``ABOUT_ID``): byline and disclaimer, when present.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal

from ..ids import slugify
from ..phrases import creator_role, kind_noun, say
from ..model import (
    ABOUT_ID,
    NOTE_ID,
    TITLE_ID,
    Block,
    Metadata,
    Review,
    Section,
)
from .lexicon import apply_lexicon
from .normalise import normalise_for_speech


@dataclass
class Utterance:
    """One thing the narrator says. ``id`` is the model id it speaks (a sentence
    id, a section's ``heading_id``, ``TITLE_ID``...). ``text`` is as written;
    ``spoken`` is the text after speech normalisation and the lexicon.
    ``pause_after`` is silence in seconds after it."""

    id: str
    text: str
    spoken: str
    kind: Literal["title", "heading", "sentence", "note"] = "sentence"
    pause_after: float = 0.0


@dataclass
class ScriptChapter:
    """One audio chapter: one MP3 of its own and one ID3 CHAP frame.

    ``id`` is the model id the chapter stands for (a section id, NOTE_ID,
    ABOUT_ID); ``name`` is a file-name-safe slug used for chapters/NN-<name>.mp3.
    """

    id: str
    title: str
    name: str
    utterances: list[Utterance] = field(default_factory=list)


@dataclass
class Script:
    chapters: list[ScriptChapter] = field(default_factory=list)
    language: str = "en"

    def utterances(self) -> Iterator[Utterance]:
        for c in self.chapters:
            yield from c.utterances

from .profiles import VoiceProfile



def _end(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def title_announcement(meta: Metadata) -> str:
    """The opening line: "<title>. A review of <work> by <author>, for <publication>."

    Parts that are unknown are left out; with a known creator the work phrase
    names them ("directed by ..." for a film) and the reviewer gets a sentence
    of their own so the two names are not confused. Words from :mod:`~audioreview.phrases`.
    """
    lang = meta.language or "en"
    title = meta.title.strip() or (meta.work.title or "").strip()
    work, creator = (meta.work.title or "").strip(), (meta.work.creator or "").strip()
    author, publication = (meta.author or "").strip(), (meta.publication or "").strip()
    by = say("announce.by", lang, author=author) if author else ""
    pub = say("announce.pub", lang, publication=publication) if publication else ""
    role = creator_role(meta.work.kind, lang)
    rating = (say("announce.rating", lang, rating=_end(meta.rating.text))
              if meta.rating is not None and meta.rating.text.strip() else None)
    derived = (source := meta.provenance.get("title")) is not None and source.source == "derived"
    if derived and work:
        # No headline: name the work, its kind and creator, then the reviewer
        # ("Last Men in Aleppo, a film directed by Firas Fayyad. A review by Julian Roman, for Movieweb.").
        noun = kind_noun(meta.work.kind, lang) and say(f"kind_a.{meta.work.kind}", lang)
        lead = say("announce.work_kind", lang, work=work, kind=noun) if noun else work
        if creator:
            lead = say("announce.work_creator", lang, work=lead, role=role, creator=creator)
        parts = [_end(lead)]
        if author:
            parts.append(say("announce.a_review", lang, by=by, pub=pub))
        elif publication:
            parts.append(say("announce.a_review_for", lang, publication=publication))
        else:
            parts.append(say("announce.a_review", lang, by="", pub=""))
        return " ".join(parts + ([rating] if rating else []))
    parts = [_end(title)] if title else []
    if work and creator:
        parts.append(say("announce.review_of_creator", lang, work=work, role=role, creator=creator))
        if author:
            parts.append(say("announce.reviewed", lang, by=by, pub=pub))
        elif publication:
            parts.append(say("announce.reviewed_for", lang, publication=publication))
    elif work:
        parts.append(say("announce.review_of", lang, work=work, by=by, pub=pub))
    elif author:
        parts.append(say("announce.byline", lang, author=author, pub=pub))
    elif publication:
        parts.append(say("announce.written_for", lang, publication=publication))
    # The readers lift the rating line out of the body, so the listener hears it here.
    return " ".join(parts + ([rating] if rating else []))


class _Builder:
    def __init__(self, review: Review, profile: VoiceProfile) -> None:
        self.review = review
        self.profile = profile
        self.language = review.metadata.language or "en"

    def speak(self, uid: str, text: str, kind: str, pause: float) -> Utterance | None:
        spoken = apply_lexicon(normalise_for_speech(text, self.language), self.profile.lexicon)
        if not spoken.strip():
            return None
        return Utterance(id=uid, text=text, spoken=spoken, kind=kind, pause_after=pause)  # type: ignore[arg-type]

    def block(self, block: Block | None, kind: str) -> list[Utterance]:
        out: list[Utterance] = []
        if block is None:
            return out
        for s in block.sentences:
            u = self.speak(s.id, s.text, kind, self.profile.pause_sentence)
            if u:
                out.append(u)
        if out:
            out[-1].pause_after = self.profile.pause_paragraph
        return out

    def section(self, section: Section, skip_heading: bool) -> list[Utterance]:
        out = self.block(section.notice, "note")
        if not skip_heading:
            h = self.speak(section.heading_id, section.heading, "heading", self.profile.pause_paragraph)
            if h:
                out.append(h)
        for b in section.blocks:
            out.extend(self.block(b, "sentence"))
        for child in section.sections:
            out.extend(self.section(child, False))
        return out


def _chapter(cid: str, title: str, name: str, utterances: list[Utterance], pause: float) -> ScriptChapter:
    utterances[-1].pause_after = pause
    return ScriptChapter(id=cid, title=title, name=name, utterances=utterances)


def build_script(review: Review, profile: VoiceProfile) -> Script:
    """The narration of ``review`` in ``profile``'s pauses and lexicon.

    ``text`` of each utterance is as written; ``spoken`` is
    ``apply_lexicon(normalise_for_speech(text), profile.lexicon)``. Utterances
    whose spoken form is empty are dropped, and so are chapters left empty.
    """
    b = _Builder(review, profile)
    meta = review.metadata
    chapters: list[ScriptChapter] = []

    note = b.block(review.content_note, "note")
    if note:
        chapters.append(_chapter(NOTE_ID, say("content_note", b.language), "content-note", note, profile.pause_section))

    announcement = title_announcement(meta)
    title_u = b.speak(TITLE_ID, announcement, "title", profile.pause_paragraph) if announcement else None
    title_done = title_u is None
    for section in review.sections:
        # A heading the reader invented that only repeats the title is not said twice.
        skip = (not title_done and section.derived
                and section.heading.strip().casefold() == meta.title.strip().casefold())
        utterances = b.section(section, skip)
        if not title_done and utterances:
            utterances.insert(0, title_u)  # type: ignore[arg-type]
            title_done = True
        if utterances:
            name = slugify(section.heading) or section.id
            chapters.append(_chapter(section.id, section.heading, name, utterances, profile.pause_section))
    if not title_done:
        # No body to speak: the announcement is a chapter of its own.
        chapters.append(_chapter(TITLE_ID, meta.title or say("title", b.language), "title", [title_u], profile.pause_section))  # type: ignore[list-item]

    about = b.block(review.byline, "sentence") + b.block(review.disclaimer, "sentence")
    if about:
        chapters.append(_chapter(ABOUT_ID, say("about_review", b.language), "about", about, profile.pause_section))
    return Script(chapters=chapters, language=meta.language or "en")
