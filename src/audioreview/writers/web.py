"""The web edition: one self-contained HTML page per review, and a library page.

Entry points: :func:`write_review_page` (``OUT/<slug>/index.html``) and
:func:`write_library_page` (``OUT/index.html``). Both return bytes; nothing here
writes files or looks at the disk. What a page links to comes in narrow option
records (:class:`WebPageOptions`, :class:`LibraryOptions`) filled by the caller
(audioreview/site.py) with the names of files that really exist, so a page
never links to a file that is not there.

The page works and reads completely without JavaScript: all text, the native
``<audio controls>`` player, chapter and download links. The small inline script
(data/web/web.js) adds chapter buttons that seek, the current chapter, the
sentence being read highlighted (times from timing.json, embedded as JSON so the
page works from ``file://``) and click- or keyboard-to-seek on any sentence of
the review text. CSS (data/web/web.css) is inline too: no CDN, no build step.

Every sentence is one ``<span class="s" id="<sentence id>">`` carrying the
model's id, the same ids the EPUB anchors, timing.json and the VTT cues use;
headings carry ``section.heading_id`` and the title ``title``.

Generated English labels come from :mod:`audioreview.phrases` (shared with the
EPUB); the few only this edition needs are the constants below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources
from urllib.parse import quote

from ..phrases import details, primary, say
from .markup import (block_attrs, blocks_html, clean, detail_html, dir_attr, esc, heading_html, language,
                     sentences_html, ui)
from ..audio.timing import Timing
from ..dates import short_clock as clock
from ..model import ABOUT_ID, TITLE_ID, Review, Section

NOTE_REGION_ID = "note"
NOTE_HEADING_ID = "content-note-h"  # as in the EPUB's note page
LISTEN_ID = "listen"
TRANSCRIPT_ID = "transcript"
TIMING_SCRIPT_ID = "ar-timing"

_RTL = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd", "ug", "ur", "yi"}


@dataclass(frozen=True)
class WebPageOptions:
    """What one review's page links to, as URLs relative to the page. None (or
    absent from ``chapter_files``): the page does not link it."""

    episode: str | None = None  # the full-episode MP3
    chapter_files: dict[str, str] = field(default_factory=dict)  # chapter id -> its MP3
    epub: str | None = None
    vtt: str | None = None
    srt: str | None = None
    chapters_json: str | None = None
    feed: str | None = None
    library: str | None = None  # the library page


@dataclass(frozen=True)
class LibraryEntry:
    """One rendered review as the library page lists it (links relative to the library page)."""

    title: str
    page: str
    published: datetime  # orders the list, newest first (the feed's pub date rule)
    date: str | None = None  # the review's own date as written, if it has one
    language: str = "en"
    work: str | None = None
    author: str | None = None
    note: str | None = None  # the content note's first sentence, when the review has one
    duration: float | None = None  # seconds; None: rendered without narration
    episode: str | None = None
    epub: str | None = None


@dataclass(frozen=True)
class LibraryOptions:
    title: str = say("web.library_title")
    feed: str | None = None  # link to subscribe; None: no feed was written


# ------------------------------------------------------------------------ text


def local_href(path: str) -> str:
    """A relative file path as an href (each segment percent-encoded)."""
    return "/".join(quote(seg) for seg in path.split("/"))


def spoken_duration(seconds: float) -> str:
    """'4 minutes 15 seconds' for aria-labels and datetime-free text."""
    s = max(0, int(round(seconds)))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    parts = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in ((h, "hour"), (m, "minute"), (s, "second")) if n]
    return " ".join(parts) or "0 seconds"


def _iso_duration(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"PT{s // 60}M{s % 60}S"


def _label(text: str | None, fallback: str) -> str:
    return clean(text).strip() or fallback


# ---------------------------------------------------------------------- assets


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return resources.files("audioreview").joinpath(f"data/web/{name}").read_text(encoding="utf-8")


def _script_json(data: object) -> str:
    """JSON safe inside <script>: no '</script>', no '<!--'."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _document(title: str, lang: str, body: str, script: str = "") -> bytes:
    rtl = ' dir="rtl"' if lang.split("-")[0].lower() in _RTL else ""
    doc = (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}"{rtl}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{esc(title)}</title>\n<style>\n{asset('web.css')}</style>\n</head>\n"
        f"<body>\n{body}\n{script}</body>\n</html>\n"
    )
    return doc.encode("utf-8")


# --------------------------------------------------------------- review page


def _details(review: Review, en: str) -> str:
    """The EPUB title page's details (phrases.details), marked up for the web."""
    rows = [(d.label, detail_html(d, en)) for d in details(review.metadata, review.metadata.language)]
    if not rows:
        return ""
    return '<dl class="details">\n' + "\n".join(
        f'<div><dt{en}>{esc(k)}</dt><dd>{v}</dd></div>' for k, v in rows) + "\n</dl>"


def _note(review: Review, lang: str, skip_to: str) -> str:
    note = review.content_note
    if note is None or not note.sentences:
        return ""
    en = ui(lang, xml=False)
    return (
        f'<section id="{NOTE_REGION_ID}" class="note" aria-labelledby="{NOTE_HEADING_ID}">\n'
        f'<p class="skip"><a href="#{skip_to}"{en}>{esc(say("skip_note", lang))}</a></p>\n'
        f"{heading_html(2, NOTE_HEADING_ID, say('content_note', lang), en)}\n"
        f"<p{block_attrs(note)}>{sentences_html(note, 's')}</p>\n"
        "</section>"
    )


def _chapter_list(timing: Timing, options: WebPageOptions, en: str, lang: str) -> str:
    items = []
    for n, ch in enumerate(timing.chapters, 1):
        title = _label(ch.title, say("web.chapter_n", lang, n=n))
        span = f"{clock(ch.start)}–{clock(ch.end)}"
        length = spoken_duration(ch.end - ch.start)
        mp3 = options.chapter_files.get(ch.id)
        link = (f' <a class="file" href="{esc(local_href(mp3))}" aria-label="{esc(title)}, {say("web.chapter_mp3", lang)}"{en}>'
                f"{say('web.chapter_mp3', lang)}</a>" if mp3 else "")
        items.append(
            f'<li data-chapter="{esc(ch.id)}">'
            f'<button type="button" class="seek" data-start="{ch.start:.3f}" hidden data-js-only'
            f'{dir_attr(title)}>{esc(title)}</button>'
            f'<span class="chapter-title" data-no-js{dir_attr(title)}>{esc(title)}</span> '
            f'<span class="time"><time datetime="{_iso_duration(ch.start)}">{esc(span)}</time>'
            f'<span class="visually-hidden">, {esc(length)}</span></span>{link}</li>'
        )
    return "\n".join(items)


def _player(review: Review, timing: Timing, options: WebPageOptions, lang: str) -> str:
    en = ui(lang, xml=False)
    episode = local_href(options.episode or timing.episode_file)
    track = (f'<track kind="captions" src="{esc(local_href(options.vtt))}" srclang="{esc(lang)}" '
             f'label="{esc(say("web.captions", lang))}">' if options.vtt else "")
    fallback = f'<a href="{esc(episode)}"{en}>{esc(say("web.episode_mp3", lang))}</a>'
    return (
        f'<section id="{LISTEN_ID}" class="player" aria-labelledby="listen-h" tabindex="-1">\n'
        f'<h2 id="listen-h"{en}>{esc(say("web.listen", lang))}</h2>\n'
        f'<audio id="ar-audio" controls preload="metadata" src="{esc(episode)}">{track}{fallback}</audio>\n'
        f'<p class="now" id="ar-now" hidden data-js-only{en}>{esc(say("web.now_playing", lang))} <span id="ar-now-chapter">–</span></p>\n'
        f'<p class="follow" hidden data-js-only><input type="checkbox" id="ar-follow" checked>'
        f' <label for="ar-follow"{en}>{esc(say("web.follow", lang))}</label></p>\n'
        f'<h3 id="chapters-h"{en}>{esc(say("web.chapters", lang))}</h3>\n'
        f'<ol class="chapters" aria-labelledby="chapters-h">\n{_chapter_list(timing, options, en, lang)}\n</ol>\n'
        "</section>"
    )


def _files(timing: Timing | None, options: WebPageOptions, lang: str) -> str:
    en = ui(lang, xml=False)
    links: list[tuple[str, str]] = []
    if timing is not None and options.episode:
        links.append((options.episode, f"{say('web.episode_mp3', lang)}, {clock(timing.duration)}"))
    if options.epub:
        links.append((options.epub, say("web.epub_link", lang) if timing is not None else say("web.epub_text_link", lang)))
    if options.vtt:
        links.append((options.vtt, say("web.vtt_link", lang)))
    if options.srt:
        links.append((options.srt, say("web.srt_link", lang)))
    if options.chapters_json:
        links.append((options.chapters_json, say("web.chapters_json_link", lang)))
    if options.feed:
        links.append((options.feed, say("web.feed_link", lang)))
    if not links:
        return ""
    items = "\n".join(f'<li><a href="{esc(local_href(h))}"{en}>{esc(t)}</a></li>' for h, t in links)
    return (f'<section class="files" aria-labelledby="files-h">\n<h2 id="files-h"{en}>{esc(say("web.downloads", lang))}</h2>\n'
            f"<ul>\n{items}\n</ul>\n</section>")


def _section(sec: Section, lang: str) -> str:
    heading = _label(sec.heading, say("untitled_section", lang))
    out = [f'<section id="{esc(sec.id)}" aria-labelledby="{esc(sec.heading_id)}">']
    if sec.notice is not None and sec.notice.sentences:
        out.append(f'<div class="notice" role="note" aria-label="{esc(say("content_notice", lang))}">'
                   f"<p{block_attrs(sec.notice)}>{sentences_html(sec.notice, 's')}</p></div>")
    out.append(heading_html(max(2, sec.level), sec.heading_id, heading))
    if sec.blocks:
        out.append(blocks_html(sec.blocks, "s"))
    out += [_section(child, lang) for child in sec.sections]
    out.append("</section>")
    return "\n".join(out)


def _about(review: Review, lang: str) -> str:
    blocks = [b for b in (review.byline, review.disclaimer) if b is not None and b.sentences]
    if not blocks:
        return ""
    hid = f"{ABOUT_ID}-h"
    return (f'<section id="{ABOUT_ID}" class="about" aria-labelledby="{hid}">\n'
            f"{heading_html(2, hid, say('about_review', lang), ui(lang, xml=False))}\n{blocks_html(blocks, 's')}\n</section>")


def timing_data(timing: Timing) -> dict:
    """What the page's script needs from timing.json: episode times of every
    utterance (by model id) and of every chapter, in order."""
    utts = sorted(((u.id, round(u.start, 3), round(u.end, 3)) for u in timing.utterances), key=lambda u: u[1])
    return {
        "duration": round(timing.duration, 3),
        "utterances": [list(u) for u in utts],
        "chapters": [[c.id, _label(c.title, f"Chapter {n}"), round(c.start, 3), round(c.end, 3)]
                     for n, c in enumerate(timing.chapters, 1)],
    }


def write_review_page(review: Review, timing: Timing | None, options: WebPageOptions) -> bytes:
    """``OUT/<slug>/index.html``: title and details, the content note (skippable),
    the player with chapters (when narrated), the whole review text with every
    sentence's model id, and links to the other editions."""
    lang = language(review.metadata.language)
    en = ui(lang, xml=False)
    title = _label(review.title, say("untitled_review", lang))
    narrated = timing is not None and bool(timing.chapters or timing.utterances)
    skip_to = LISTEN_ID if narrated else TRANSCRIPT_ID
    nav = (f'<nav class="site"><a href="{esc(local_href(options.library))}"{en}>'
           f"{esc(say('web.all_reviews', lang))}</a></nav>\n" if options.library else "")
    parts = [
        f"<header>\n{nav}",
        heading_html(1, TITLE_ID, title),
        _details(review, en),
        "</header>",
        '<main id="main">',
        _note(review, lang, skip_to),
        _player(review, timing, options, lang) if narrated else f'<p class="no-audio"{en}>{esc(say("web.no_audio", lang))}</p>',
    ]
    hint = (f'<p class="hint" hidden data-js-only{en}>{esc(say("web.transcript_hint", lang))}</p>\n' if narrated else "")
    text = [_section(s, lang) for s in review.sections] + [_about(review, lang)]
    parts.append(f'<div id="{TRANSCRIPT_ID}" class="transcript" role="region" aria-label="{esc(say("web.transcript_label", lang))}"'
                 f' tabindex="-1">\n{hint}' + "\n".join(t for t in text if t) + "\n</div>")
    parts.append(_files(timing if narrated else None, options, lang))
    parts.append("</main>")
    body = "\n".join(p for p in parts if p)
    script = ""
    if narrated:
        assert timing is not None
        script = (f'<script type="application/json" id="{TIMING_SCRIPT_ID}">{_script_json(timing_data(timing))}'
                  f"</script>\n<script>\n{asset('web.js')}</script>\n")
    return _document(title, lang, body, script)


# -------------------------------------------------------------- library page


def write_library_page(entries: list[LibraryEntry], options: LibraryOptions) -> bytes:
    """``OUT/index.html``: every rendered review, newest first, with its content
    note flag, duration and links, and a link to subscribe to the feed."""
    ordered = sorted(entries, key=lambda e: (e.published, e.title), reverse=True)
    title = _label(options.title, say("web.library_title"))
    parts = [f"<header>\n<h1 id=\"library-h\">{esc(title)}</h1>"]
    if options.feed:
        parts.append(f'<p class="subscribe"><a href="{esc(local_href(options.feed))}">{esc(say("web.feed_link"))}</a></p>')
    parts.append("</header>\n<main id=\"main\">")
    if not ordered:
        parts.append(f"<p>{esc(say('web.library_empty'))}</p>")
    else:
        parts.append('<ol class="library" aria-labelledby="library-h">')
        for n, e in enumerate(ordered, 1):
            lang = language(e.language)
            other = "" if primary(lang) == "en" else f' lang="{esc(lang)}"'
            hid = f"review-{n}"
            facts = []
            if e.work:
                facts.append(f"<cite{other}{dir_attr(e.work)}>{esc(e.work)}</cite>")
            if e.author:
                facts.append(f"{esc(say('review_by'))} <span{other}{dir_attr(e.author)}>{esc(e.author)}</span>")
            if e.date:
                facts.append(f"{esc(say('date'))}: {esc(e.date)}")
            else:
                facts.append(f'{esc(say("web.added"))}: <time datetime="{e.published.date().isoformat()}">'
                             f"{e.published.date().isoformat()}</time>")
            if e.duration is not None:
                facts.append(f'{esc(say("web.duration"))}: <time datetime="{_iso_duration(e.duration)}">'
                             f"{clock(e.duration)}</time>")
            else:
                facts.append(esc(say("web.text_only")))
            note = (f'<p class="flag note-flag"{other}>{esc(e.note)}</p>' if e.note else
                    f'<p class="flag">{esc(say("web.no_note"))}</p>')
            links = [f'<a href="{esc(local_href(e.page))}" aria-describedby="{hid}">'
                     f"{esc(say('web.read_and_listen') if e.duration is not None else say('web.read'))}</a>"]
            if e.episode:
                links.append(f'<a href="{esc(local_href(e.episode))}" aria-describedby="{hid}">MP3</a>')
            if e.epub:
                links.append(f'<a href="{esc(local_href(e.epub))}" aria-describedby="{hid}">EPUB</a>')
            parts.append(
                f'<li><article aria-labelledby="{hid}">\n'
                f'<h2 id="{hid}"><a href="{esc(local_href(e.page))}"{other}{dir_attr(e.title)}>{esc(e.title)}</a></h2>\n'
                f'<p class="facts">{" · ".join(facts)}</p>\n{note}\n'
                f'<p class="links">{" ".join(links)}</p>\n</article></li>'
            )
        parts.append("</ol>")
    parts.append("</main>")
    return _document(title, "en", "\n".join(parts))


__all__ = ["WebPageOptions", "LibraryEntry", "LibraryOptions", "write_review_page", "write_library_page",
           "timing_data", "NOTE_REGION_ID", "LISTEN_ID", "TRANSCRIPT_ID", "TIMING_SCRIPT_ID"]
