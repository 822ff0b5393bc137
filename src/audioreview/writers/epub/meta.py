"""Package metadata of the EPUB: a stable identifier, dates that do not depend
on the wall clock, and the EPUB Accessibility 1.1 statements.

Kept out of the wall clock on purpose: the same review gives the same bytes, so
a re-render does not rewrite an unchanged book.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass

from ...dates import w3c_date
from ...model import Review

# uuid5 namespace of audioreview EPUB identifiers.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "epub.audioreview.invalid")
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
CERTIFIED_BY = "audioreview"
ACTIVE_CLASS = "-epub-media-overlay-active"


def identifier(review: Review) -> str:
    """``urn:uuid:`` from uuid5 of the review's URL, or of title + author + work
    when there is none: the same review keeps its identifier on every render."""
    m = review.metadata
    if m.url and m.url.strip():
        key = "url:" + m.url.strip()
    else:
        key = "\x1f".join(["review", m.title or "", m.author or "", m.work.title or "",
                           str(m.work.year or ""), m.work.creator or ""])
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}"


def modified(review: Review, content_digest: str) -> str:
    """``dcterms:modified``: the review's date (or 2000-01-01) at a time of day
    taken from the content hash. Same content, same value; edited content, a new
    value, so the release identifier (identifier + modified) follows edits."""
    return modified_on(w3c_date(review.metadata.date), content_digest)


def modified_on(date: str | None, content_digest: str) -> str:
    """:func:`modified` for a W3CDTF date (None: 2000-01-01)."""
    date = date or "2000"
    y, mo, d = (date.split("-") + ["01", "01"])[:3]
    seconds = int(content_digest[:8], 16) % 86400
    return f"{y}-{mo}-{d}T{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}Z"


def digest(chunks: list[bytes | os.PathLike]) -> str:
    """sha256 over the sha256 of each chunk: bytes, or a file read in pieces
    (the audio of a long review is never read whole)."""
    h = hashlib.sha256()
    for chunk in chunks:
        if isinstance(chunk, (bytes, bytearray)):
            h.update(hashlib.sha256(chunk).digest())
        else:
            with open(chunk, "rb") as fh:
                h.update(hashlib.file_digest(fh, "sha256").digest())
    return h.hexdigest()


@dataclass
class BookFacts:
    """What the accessibility summary describes."""

    title: str
    sections: int
    subsections: int
    documents: int
    has_note: bool
    section_notices: int
    narrated: bool
    narrator: str
    has_cover: bool


def accessibility(narrated: bool, has_cover: bool, summary_text: str) -> list[tuple[str, str]]:
    """(property, value) pairs of schema.org accessibility metadata.

    accessModeSufficient is ``textual`` only: the text is complete on its own,
    while the narration does not voice every detail of the title page, so it is
    not claimed sufficient alone."""
    modes = ["textual"] + (["auditory"] if narrated else []) + (["visual"] if has_cover else [])
    features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"]
    if narrated:
        features.append("synchronizedAudioText")
    if has_cover:
        features.append("alternativeText")
    pairs = [("schema:accessMode", m) for m in modes]
    pairs.append(("schema:accessModeSufficient", "textual"))
    pairs += [("schema:accessibilityFeature", f) for f in features]
    pairs.append(("schema:accessibilityHazard", "none"))
    pairs.append(("schema:accessibilitySummary", summary_text))
    return pairs


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(facts: BookFacts) -> str:
    """A plain-language description generated from the actual book."""
    parts = ["a title page"]
    if facts.has_note:
        parts.append("a content note placed before the review")
    body = _n(facts.sections, "section")
    if facts.subsections:
        body += f" with {_n(facts.subsections, 'subsection')}"
    parts.append(f"the review in {body}")
    parts.append("an About this review page")
    text = (f'This EPUB edition of the review "{facts.title}" holds ' + ", ".join(parts[:-1])
            + f" and {parts[-1]}.")
    if facts.section_notices:
        opens = "One section opens" if facts.section_notices == 1 else f"{facts.section_notices} sections open"
        text += f" {opens} with a short content notice."
    text += (" Headings follow the review's own structure without skipped levels; the table of"
             " contents lists every section and subsection, and landmarks lead to the title page,"
             " the start of the review and the About page. The reading order is the order of the text.")
    if facts.narrated:
        voice = f" by {facts.narrator}, a synthetic voice," if facts.narrator else " with a synthetic voice,"
        text += (f" The review is narrated{voice} synchronised sentence by"
                 " sentence with the text (media overlays); the sentence being read is highlighted."
                 " The text is complete without the audio.")
    else:
        text += " This edition is text only; it has no audio."
    if facts.has_cover:
        text += " The cover image has a text alternative."
    text += " Styling uses relative units, so text can be resized and restyled. No known hazards."
    return text


# ------------------------------------------------------------------- anthologies


def collection_identifier(title: str, review_identifiers: list[str]) -> str:
    """``urn:uuid:`` of an anthology: its title and the identifiers of the
    reviews it holds (in any order), so the same collection keeps its
    identifier and another selection of reviews gets its own."""
    key = "\x1f".join(["anthology", title, *sorted(review_identifiers)])
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}"


def collection_summary(title: str, reviews: list[BookFacts]) -> str:
    """The accessibility summary of an anthology, from the facts of its reviews."""
    count = len(reviews)
    sections = sum(r.sections for r in reviews)
    subsections = sum(r.subsections for r in reviews)
    body = _n(sections, "section")
    if subsections:
        body += f" with {_n(subsections, 'subsection')}"
    text = (f'This EPUB anthology "{title}" holds a title page and {_n(count, "review")} in {body}.'
            " Each review opens with its own title page, a level-1 heading, and ends with an About this"
            " review page.")
    notes = sum(1 for r in reviews if r.has_note)
    if notes:
        text += (f" {_n(notes, 'review')} {'has' if notes == 1 else 'have'} a content note, placed after the"
                 " review's title and before its text, with a link to skip it.")
    notices = sum(r.section_notices for r in reviews)
    if notices:
        opens = "One section opens" if notices == 1 else f"{notices} sections open"
        text += f" {opens} with a short content notice."
    text += (" Headings follow each review's own structure below its title without skipped levels; the"
             " table of contents lists every review with its sections, and landmarks lead to the title"
             " page, the contents and the first review. The reading order is the order of the text.")
    narrated = [r for r in reviews if r.narrated]
    if narrated:
        voices = sorted({r.narrator for r in narrated if r.narrator})
        voice = f" by {', '.join(voices)}, a synthetic voice," if len(voices) == 1 else " with synthetic voices,"
        which = "Every review is" if len(narrated) == count else f"{len(narrated)} of the {count} reviews are"
        text += (f" {which} narrated{voice} synchronised sentence by sentence with the text (media"
                 " overlays); the sentence being read is highlighted. The text is complete without the audio.")
    else:
        text += " This edition is text only; it has no audio."
    text += " Styling uses relative units, so text can be resized and restyled. No known hazards."
    return text
