"""Deterministic, edit-local ids for sections, blocks and sentences.

Rule (documented in the README):

* a sentence's id is ``s-`` + the first 10 base32 characters of the SHA-1 of its
  normalised text (NFC, whitespace folded); a block's is ``p-`` + the same hash of
  its kind and normalised text; a section's is ``sec-`` + an ASCII slug of its
  heading (``sec-the-verdict``), or ``sec-`` + a hash when the slug is empty;
* when the same id would appear twice, later ones get ``-2``, ``-3``... in
  reading order.

So ids depend on content, not position: the same input gives the same ids on
every run and machine, and editing one paragraph changes that paragraph's id and
the ids of the sentences that changed, nothing else. All ids are valid XML ids
(they start with a letter and hold only ``[a-z0-9-]``).
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata

from .model import ABOUT_ID, BYLINE_ID, DISCLAIMER_ID, NOTE_ID, TITLE_ID, Block, Review, Section

RESERVED = {TITLE_ID, NOTE_ID, BYLINE_ID, DISCLAIMER_ID, ABOUT_ID}


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def digest(text: str, length: int = 10) -> str:
    raw = hashlib.sha1(normalise(text).encode("utf-8")).digest()
    return base64.b32encode(raw).decode("ascii").lower()[:length]


def slugify(text: str, max_length: int = 48) -> str:
    """ASCII slug: lower case, ``[a-z0-9-]``, no leading/trailing dash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug.strip("-")


class _Allocator:
    """Hands out unique ids: ``base``, then ``base-2``, ``base-3``...

    ``last[base]`` remembers the last suffix tried for each base, so the n-th
    copy of an id costs O(1), not O(n): ``seen`` only grows, so a suffix found
    taken once stays taken and the search resumes after it.
    """

    def __init__(self) -> None:
        self.seen: set[str] = set(RESERVED)
        self.last: dict[str, int] = {}

    def take(self, base: str) -> str:
        candidate, n = base, self.last.get(base, 1)
        if n > 1 or candidate in self.seen:
            while True:
                n += 1
                candidate = f"{base}-{n}"
                if candidate not in self.seen:
                    break
            self.last[base] = n
        self.seen.add(candidate)
        return candidate


def _assign_block(block: Block, alloc: _Allocator, fixed: str | None = None) -> None:
    block.id = fixed if fixed else alloc.take(f"p-{digest(block.kind + ':' + block.text)}")
    for sentence in block.sentences:
        sentence.id = alloc.take(f"s-{digest(sentence.text)}")


def _assign_section(section: Section, alloc: _Allocator) -> None:
    slug = slugify(section.heading, 40)
    section.id = alloc.take(f"sec-{slug}" if slug else f"sec-{digest(section.heading, 8)}")
    alloc.seen.add(section.heading_id)
    for block in section.blocks:
        _assign_block(block, alloc)
    for child in section.sections:
        _assign_section(child, alloc)


def assign_ids(review: Review) -> Review:
    """Give every section, block and sentence of ``review`` its id (in place).

    Readers build the tree with empty ids and call this once at the end;
    analysis that adds blocks (the content note, section notices) calls it again,
    which leaves the other ids as they were.
    """
    alloc = _Allocator()
    for section in review.sections:
        _assign_section(section, alloc)
    if review.byline is not None:
        _assign_block(review.byline, alloc, fixed=BYLINE_ID)
    if review.disclaimer is not None:
        _assign_block(review.disclaimer, alloc, fixed=DISCLAIMER_ID)
    # Generated notices last, so adding or dropping them never shifts body ids.
    if review.content_note is not None:
        _assign_block(review.content_note, alloc, fixed=NOTE_ID)
    for section in review.walk_sections():
        if section.notice is not None:
            _assign_block(section.notice, alloc, fixed=alloc.take(f"{section.id}-notice"))
    return review
