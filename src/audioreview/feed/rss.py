"""The podcast RSS feed, written with feedgen.

feedgen covers RSS and most iTunes tags. Two things it cannot do are added
through feedgen's own extension mechanism (``register_extension``), never by
editing the XML text:

* :class:`PodcastIndexExtension` — the Podcasting 2.0 namespace
  (``podcast:guid``, ``podcast:locked``, ``podcast:transcript``,
  ``podcast:chapters``);
* :class:`ExplicitExtension` — ``itunes:explicit`` as ``true``/``false``, the
  values Apple asks for, which feedgen's ``itunes_explicit`` silently drops;
* :class:`PodloveChaptersExtension` — the chapters inline as Podlove Simple
  Chapters (``psc:chapters``), which gPodder and other clients read without
  fetching the JSON file.

The writer reads only the model, the timing and the episode records; the
records (:class:`Episode`) are made by :func:`audioreview.feed.library.scan_reviews`.
"""

from __future__ import annotations

import html
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from .. import layout
from ..dates import as_datetime
from .settings import FeedSettings
from ..model import Review
from ..phrases import say
from ..audio.timing import Timing

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
# The namespace's original URI. gPodder's parser (podcastparser 0.6) knows the
# podcast: tags only under this one, so transcripts, chapters and locked are
# written under both URIs; clients ignore the namespace they do not know.
PODCAST_LEGACY_NS = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
PODCAST_NAMESPACES = {"podcast": PODCAST_NS, "podcastgh": PODCAST_LEGACY_NS}
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PSC_NS = "http://podlove.org/simple-chapters"
# The "podcast" namespace UUID of the Podcasting 2.0 podcast:guid rule.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
# Where `audioreview serve` listens by default; used when no base URL is given.
LOCAL_BASE_URL = "http://127.0.0.1:8000/"

# Shown warnings in these categories mark an episode explicit (Apple: "explicit
# language or adult content").
EXPLICIT_CATEGORIES = frozenset({"strong_language", "sexual_content", "sexual_violence"})
OPENING_CHARS = 400
OPENING_MAX_PARAGRAPHS = 3


@dataclass
class Episode:
    """One rendered review as the feed sees it. Paths are relative to DIR."""

    slug: str
    review: Review
    timing: Timing
    guid: str
    first_rendered: datetime
    audio_path: str
    audio_length: int
    number: int = 0
    vtt_path: str | None = None
    srt_path: str | None = None
    chapters_path: str | None = None

    @property
    def pub_date(self) -> datetime:
        """The review's own date when it has one, else when it was first rendered."""
        return review_date(self.review) or self.first_rendered

    @property
    def explicit(self) -> bool:
        return is_explicit(self.review)


# ------------------------------------------------------------------ public helpers


def review_date(review: Review) -> datetime | None:
    """``metadata.date`` (ISO 8601 date or datetime) as an aware datetime."""
    return as_datetime(review.metadata.date)


def is_explicit(review: Review) -> bool:
    return any(w.category in EXPLICIT_CATEGORIES for w in review.shown_warnings())


def podcast_guid(feed_url: str) -> str:
    """UUIDv5 of the feed URL without its scheme and trailing slashes."""
    parts = urlsplit(feed_url)
    seed = feed_url.split("://", 1)[1] if parts.scheme else feed_url
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, seed.rstrip("/")))


def episode_description(review: Review) -> str:
    """The content note first (when there is one), then the review's opening."""
    parts = []
    if review.content_note is not None and review.content_note.text.strip():
        parts.append(review.content_note.text.strip())
    opening: list[str] = []
    for block in review.body_blocks():
        if block.kind != "paragraph" or not block.text.strip():
            continue
        opening.append(block.text.strip())
        if sum(len(p) for p in opening) >= OPENING_CHARS or len(opening) >= OPENING_MAX_PARAGRAPHS:
            break
    parts += opening
    return "\n\n".join(parts) or review.title


# ---------------------------------------------------------------------- the writer


def write_feed(episodes: list[Episode], settings: FeedSettings) -> bytes:
    """The RSS 2.0 feed (UTF-8 bytes): newest episode first."""
    base = settings.base_url or LOCAL_BASE_URL  # FeedSettings checked it
    feed_url = base + layout.FEED_FILE
    explicit = settings.explicit if settings.explicit is not None else any(e.explicit for e in episodes)

    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension)
    fg.register_extension("explicit", ExplicitExtension, ExplicitEntryExtension)
    fg.register_extension("psc", PodloveChaptersExtension, PodloveChaptersEntryExtension)

    default_title = say("web.library_title", settings.language)  # "Audio reviews", in the feed's language
    fg.title(_x(settings.title) or default_title)
    fg.description(_x(settings.description) or _x(settings.title) or default_title)
    # feedgen takes the RSS <link> from the last link added: the self link first.
    fg.link(href=feed_url, rel="self", type="application/rss+xml")
    fg.link(href=settings.link or base, rel="alternate")
    fg.language(settings.language)
    fg.generator("audioreview")
    fg.image(url=base + layout.FEED_COVER, title=_x(settings.title), link=settings.link or base)
    fg.podcast.itunes_image(base + layout.FEED_COVER)
    if settings.author:
        fg.podcast.itunes_author(_x(settings.author))
    if settings.owner_name or settings.owner_email:
        fg.podcast.itunes_owner(name=_x(settings.owner_name or settings.author or ""), email=settings.owner_email or "")
    cat, _, sub = (settings.category or "Arts").partition("/")
    fg.podcast.itunes_category({"cat": cat.strip(), "sub": sub.strip()} if sub.strip() else {"cat": cat.strip()})
    fg.podcast.itunes_type("episodic")
    fg.explicit.value = explicit
    fg.podcastindex.guid = settings.guid or podcast_guid(feed_url)
    fg.podcastindex.locked = settings.locked
    fg.podcastindex.owner = settings.owner_email

    ordered = sorted(episodes, key=lambda e: (e.pub_date, e.number, e.slug))
    if ordered:
        fg.lastBuildDate(max(e.pub_date for e in ordered))
    for ep in ordered:  # feedgen prepends, so the newest ends up first
        _add_entry(fg, ep, base, settings)
    return fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)


def _add_entry(fg: FeedGenerator, ep: Episode, base: str, settings: FeedSettings) -> None:
    review = ep.review
    fe = fg.add_entry()
    fe.title(_x(review.title) or ep.slug)
    fe.guid(ep.guid, permalink=False)
    fe.pubDate(ep.pub_date)
    summary = _x(episode_description(review))
    # <description> is read as HTML by clients: escape the text, one <p> per
    # paragraph, so "<" or "&" in a review shows as written. Plain text goes
    # to itunes:summary.
    fe.description("".join(f"<p>{html.escape(p, quote=False)}</p>" for p in summary.split("\n\n")))
    fe.podcast.itunes_summary(summary)
    if review.metadata.url and urlsplit(review.metadata.url).scheme in ("http", "https"):
        fe.link(href=review.metadata.url)
    fe.enclosure(_url(base, ep.audio_path), str(ep.audio_length), "audio/mpeg")
    fe.podcast.itunes_duration(str(int(round(ep.timing.duration))))
    if ep.number:
        fe.podcast.itunes_episode(ep.number)
    fe.podcast.itunes_episode_type("full")
    if review.metadata.author:
        fe.podcast.itunes_author(_x(review.metadata.author))
    fe.explicit.value = ep.explicit
    language = review.metadata.language or settings.language
    transcripts = []
    # SRT first, VTT last: clients that keep one transcript link (podcastparser,
    # so gPodder) keep the last, and WebVTT is the recommended format.
    if ep.srt_path:
        transcripts.append({"url": _url(base, ep.srt_path), "type": layout.SRT_TYPE, "language": language, "rel": "captions"})
    if ep.vtt_path:
        transcripts.append({"url": _url(base, ep.vtt_path), "type": layout.VTT_TYPE, "language": language, "rel": "captions"})
    fe.podcastindex.transcripts = transcripts
    if ep.chapters_path:
        fe.podcastindex.chapters = {"url": _url(base, ep.chapters_path), "type": layout.CHAPTERS_TYPE}
    fe.psc.chapters = [(c.start, _x(c.title)) for c in sorted(ep.timing.chapters, key=lambda c: c.start)]


def _url(base: str, path: str) -> str:
    return base + quote(path.replace("\\", "/"), safe="/")


_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str | None) -> str:
    """Text lxml accepts: characters XML 1.0 cannot hold are dropped."""
    return _NOT_XML.sub("", text or "")


def _npt(seconds: float) -> str:
    """Normal play time for psc:chapter start, HH:MM:SS.mmm."""
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


# ---------------------------------------------------------------- feedgen extensions


class PodcastIndexExtension(BaseExtension):
    """Channel tags of the Podcasting 2.0 namespace."""

    def __init__(self) -> None:
        self.guid: str | None = None
        self.locked: bool | None = None
        self.owner: str | None = None

    def extend_ns(self) -> dict[str, str]:
        return dict(PODCAST_NAMESPACES)

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        channel = rss_feed[0]
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.guid
        if self.locked is not None:
            for ns in PODCAST_NAMESPACES.values():
                locked = xml_elem(f"{{{ns}}}locked", channel)
                locked.text = "yes" if self.locked else "no"
                if self.owner:
                    locked.attrib["owner"] = self.owner
        return rss_feed


class PodcastIndexEntryExtension(BaseEntryExtension):
    """Item tags of the Podcasting 2.0 namespace: transcripts and chapters."""

    def __init__(self) -> None:
        self.transcripts: list[dict[str, str]] = []
        self.chapters: dict[str, str] | None = None

    def extend_ns(self) -> dict[str, str]:
        return dict(PODCAST_NAMESPACES)

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        for ns in PODCAST_NAMESPACES.values():
            for t in self.transcripts:
                el = xml_elem(f"{{{ns}}}transcript", entry)
                for key in ("url", "type", "language", "rel"):
                    if t.get(key):
                        el.attrib[key] = t[key]
            if self.chapters:
                xml_elem(f"{{{ns}}}chapters", entry, url=self.chapters["url"], type=self.chapters["type"])
        return entry


class ExplicitExtension(BaseExtension):
    """``itunes:explicit`` with the values ``true``/``false`` on the channel."""

    def __init__(self) -> None:
        self.value: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES_NS}

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        if self.value is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", rss_feed[0]).text = "true" if self.value else "false"
        return rss_feed


class ExplicitEntryExtension(BaseEntryExtension):
    """``itunes:explicit`` with the values ``true``/``false`` on an item."""

    def __init__(self) -> None:
        self.value: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES_NS}

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        if self.value is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", entry).text = "true" if self.value else "false"
        return entry


class PodloveChaptersExtension(BaseExtension):
    """Declares the ``psc`` namespace on the feed root."""

    def extend_ns(self) -> dict[str, str]:
        return {"psc": PSC_NS}


class PodloveChaptersEntryExtension(BaseEntryExtension):
    """Inline chapters as Podlove Simple Chapters 1.2."""

    def __init__(self) -> None:
        self.chapters: list[tuple[float, str]] = []

    def extend_ns(self) -> dict[str, str]:
        return {"psc": PSC_NS}

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        if self.chapters:
            group = xml_elem(f"{{{PSC_NS}}}chapters", entry, version="1.2")
            for start, title in self.chapters:
                xml_elem(f"{{{PSC_NS}}}chapter", group, start=_npt(start), title=title)
        return entry
