"""The fixed words of every edition, in one table.

The speech script, the content note, the EPUB and the web page all say "Content
note", "About this review", "directed by"... from here, so an edition never
disagrees with another (a game is "developed by" in the audio and on the title
page alike) and a language is added in one place. Keys are plain names;
``{placeholders}`` are filled by :func:`say`. A language without a table, or a
key its table lacks, falls back to English.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Metadata

KINDS = ("film", "tv", "book", "game")

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # headings and labels
        "content_note": "Content note",
        "content_notice": "Content notice",
        "about_review": "About this review",
        "continue_to_review": "Continue to the review",
        "untitled_review": "Untitled review",
        "untitled_section": "Untitled section",
        "title": "Title",
        # the content note and the section notice
        "note": "Content note: this review contains {topics}.",
        "note_skip": "The review begins after this note.",
        "notice": "The next section contains graphic descriptions of {topics}.",
        # the work: a noun and the creator's role, per kind
        "kind.film": "film",
        "kind.tv": "TV series",
        "kind.book": "book",
        "kind.game": "game",
        "role.film": "directed by",
        "role.tv": "created by",
        "role.book": "written by",
        "role.game": "developed by",
        "role.other": "by",
        # the title page
        "work_reviewed": "Work reviewed",
        "review_by": "Review by",
        "published_in": "Published in",
        "date": "Date",
        "rating": "Rating",
        "rating_figure": "{value} out of {scale}",
        "original_review": "Original review",
        "cover_alt": "Cover image for {title}",
        # the spoken announcement ({by} and {pub} are the fragments below, or empty)
        "announce.by": " by {author}",
        "announce.pub": ", for {publication}",
        "announce.work_kind": "{work}, a {kind}",
        "announce.work_creator": "{work} {role} {creator}",
        "announce.a_review": "A review{by}{pub}.",
        "announce.a_review_for": "A review for {publication}.",
        "announce.review_of_creator": "A review of {work}, {role} {creator}.",
        "announce.reviewed": "Reviewed{by}{pub}.",
        "announce.reviewed_for": "Reviewed for {publication}.",
        "announce.review_of": "A review of {work}{by}{pub}.",
        "announce.byline": "By {author}{pub}.",
        "announce.written_for": "Written for {publication}.",
        "announce.rating": "Rating: {rating}",
        # EPUB navigation and the colophon
        "title_page": "Title page",
        "contents": "Contents",
        "start_of_review": "Start of the review",
        "start_of_review_note": "Start of the review (content note)",
        "narrated_by": "This edition is narrated by {narrator}, a synthetic voice; the text is highlighted "
                       "sentence by sentence as it is read.",
        "narrated": "This edition is narrated, a synthetic voice; the text is highlighted sentence by sentence "
                    "as it is read.",
        "produced_with": "This accessible edition was produced with audioreview.",
        # the anthology (one EPUB of many reviews)
        "anthology.title": "Collected reviews",
        "anthology.one": "A collection of one review.",
        "anthology.many": "A collection of {count} reviews.",
        "anthology.first_review": "First review",
        # the web edition
        "skip_note": "Skip the content note",
        "web.all_reviews": "All reviews",
        "web.listen": "Listen",
        "web.chapters": "Chapters",
        "web.now_playing": "Now playing:",
        "web.follow": "Scroll the text along with the narration",
        "web.transcript_label": "Review text",
        "web.transcript_hint": "Select any sentence to play the narration from there. With the keyboard: Tab to the text, move between sentences with the Up and Down arrow keys, and press Enter or Space to play from the sentence.",
        "web.downloads": "Files",
        "web.episode_mp3": "Full episode (MP3)",
        "web.chapter_mp3": "MP3",
        "web.epub_link": "EPUB 3 edition, with read-along narration",
        "web.epub_text_link": "EPUB 3 edition",
        "web.vtt_link": "Transcript with times (WebVTT)",
        "web.srt_link": "Transcript with times (SubRip)",
        "web.chapters_json_link": "Chapters (JSON)",
        "web.feed_link": "Subscribe to the podcast feed (RSS)",
        "web.no_audio": "This review was rendered without narration: the text below is the whole edition.",
        "web.library_title": "Audio reviews",
        "web.library_empty": "No reviews have been rendered here yet.",
        "web.read_and_listen": "Read and listen",
        "web.read": "Read",
        "web.duration": "Duration",
        "web.text_only": "Text only, no narration",
        "web.no_note": "No content note",
        "web.added": "Added",
        "web.captions": "Captions",
    },
}


def primary(language: str | None) -> str:
    """'de-DE' -> 'de'; None or empty -> 'en'."""
    return (language or "en").replace("_", "-").split("-")[0].lower() or "en"


def say(key: str, language: str | None = "en", **values: object) -> str:
    """The phrase ``key`` in ``language`` (its primary subtag), placeholders filled."""
    table = MESSAGES.get(primary(language), MESSAGES["en"])
    template = table.get(key)
    if template is None:
        template = MESSAGES["en"][key]  # KeyError for a key nobody wrote: a bug, not a fallback
    return template.format(**values) if values else template


def kind_noun(kind: str | None, language: str | None = "en") -> str:
    """"film", "TV series"...; "" for "other" or an unknown kind."""
    return say(f"kind.{kind}", language) if kind in KINDS else ""


def creator_role(kind: str | None, language: str | None = "en") -> str:
    """"directed by", "created by", "written by", "developed by"; "by" otherwise."""
    return say(f"role.{kind}" if kind in KINDS else "role.other", language)


def creator_label(kind: str | None, language: str | None = "en") -> str:
    """The role as a title-page label: "Directed by"."""
    role = creator_role(kind, language)
    return role[:1].upper() + role[1:]


@dataclass(frozen=True)
class Detail:
    """One line of an edition's details (the EPUB title page, the web page's
    header): a label, the value as written, what kind of value it is (so each
    writer marks it up its own way) and an aside ("film, 2019"; "3.5 out of 5")."""

    label: str
    value: str
    kind: str = "text"  # "work" (a title), "name", "date", "rating", "url", "text"
    aside: str = ""


def details(meta: Metadata, language: str | None = "en") -> list[Detail]:
    """What every edition says about the review before its text, in this order:
    the work (kind, year), its creator, reviewer, publication, date, rating, source."""
    rows: list[Detail] = []
    work = meta.work
    if work.title:
        aside = ", ".join(x for x in (kind_noun(work.kind, language), str(work.year or "")) if x)
        rows.append(Detail(say("work_reviewed", language), work.title, "work", aside))
    if work.creator:
        rows.append(Detail(creator_label(work.kind, language), work.creator, "name"))
    if meta.author:
        rows.append(Detail(say("review_by", language), meta.author, "name"))
    if meta.publication:
        rows.append(Detail(say("published_in", language), meta.publication, "name"))
    if meta.date:
        rows.append(Detail(say("date", language), meta.date, "date"))
    if meta.rating and meta.rating.text:
        r = meta.rating
        aside = ""
        if r.value is not None and r.scale and not any(c.isdigit() for c in r.text):
            # Stars read aloud as "black star, black star...": give the figure too.
            aside = say("rating_figure", language, value=f"{r.value:g}", scale=f"{r.scale:g}")
        rows.append(Detail(say("rating", language), r.text, "rating", aside))
    if meta.url:
        rows.append(Detail(say("original_review", language), meta.url, "url"))
    return rows
