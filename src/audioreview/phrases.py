"""The fixed words of every edition, in one table.

The speech script, the content note, the EPUB and the web page all say "Content
note", "About this review", "directed by"... from here, so an edition never
disagrees with another (a game is "developed by" in the audio and on the title
page alike) and a language is added in one place. Keys are plain names;
``{placeholders}`` are filled by :func:`say`. A language without a table, or a
key its table lacks, falls back to English.
"""

from __future__ import annotations

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
