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

Generated English labels come from :mod:`audioreview.labels` (shared with the
EPUB); the few only this edition needs are the constants below.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources
from urllib.parse import quote, urlsplit

from .. import labels as L
from ..model import ABOUT_ID, NOTE_ID, TITLE_ID, Block, Mark, Review, Section, Sentence, Timing

# -- labels only the web edition uses (the rest: audioreview.labels)
ALL_REVIEWS = "All reviews"
LISTEN = "Listen"
CHAPTERS = "Chapters"
NOW_PLAYING = "Now playing:"
FOLLOW = "Scroll the text along with the narration"
TRANSCRIPT_LABEL = "Review text"
TRANSCRIPT_HINT = ("Select any sentence to play the narration from there. With the keyboard: Tab to the text, "
                   "move between sentences with the Up and Down arrow keys, and press Enter or Space to play "
                   "from the sentence.")
DOWNLOADS = "Files"
EPISODE_MP3 = "Full episode (MP3)"
CHAPTER_MP3 = "MP3"
EPUB_LINK = "EPUB 3 edition, with read-along narration"
EPUB_TEXT_LINK = "EPUB 3 edition"
VTT_LINK = "Transcript with times (WebVTT)"
SRT_LINK = "Transcript with times (SubRip)"
CHAPTERS_JSON_LINK = "Chapters (JSON)"
FEED_LINK = "Subscribe to the podcast feed (RSS)"
NO_AUDIO = "This review was rendered without narration: the text below is the whole edition."
LIBRARY_TITLE = "Audio reviews"
LIBRARY_EMPTY = "No reviews have been rendered here yet."
READ_AND_LISTEN = "Read and listen"
READ = "Read"
DURATION = "Duration"
TEXT_ONLY = "Text only, no narration"
NO_NOTE = "No content note"
ADDED = "Added"
CAPTIONS = "Captions"

NOTE_REGION_ID = "note"
NOTE_HEADING_ID = "content-note-h"  # as in the EPUB's note page
LISTEN_ID = "listen"
TRANSCRIPT_ID = "transcript"
TIMING_SCRIPT_ID = "ar-timing"

_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
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
    title: str = LIBRARY_TITLE
    feed: str | None = None  # link to subscribe; None: no feed was written


# ------------------------------------------------------------------------ text


def clean(text: str | None) -> str:
    """Text without control characters (tab and newline kept), CR folded."""
    if not text:
        return ""
    return _BAD_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def esc(text: str | None) -> str:
    return html.escape(clean(text), quote=True)


def language(tag: str | None) -> str:
    tag = (tag or "").strip().replace("_", "-")
    return tag if _LANG_RE.match(tag) else "und"


def _english(lang: str) -> bool:
    return lang.split("-")[0].lower() == "en"


def _ui(lang: str) -> str:
    """``lang="en"`` for a generated English label on a page in another language."""
    return "" if _english(lang) else ' lang="en"'


def _dir(text: str | None) -> str:
    rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text or "")
    return ' dir="auto"' if rtl else ""


def safe_href(href: str | None) -> str | None:
    """An absolute http(s)/mailto URL, or None (script and relative links of the
    source stay plain text)."""
    href = clean(href).strip()
    if not href:
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", "mailto") or (scheme != "mailto" and not parts.netloc):
        return None
    return quote(href, safe=":/?#[]@!$&'()*+,;=%~-._")


def local_href(path: str) -> str:
    """A relative file path as an href (each segment percent-encoded)."""
    return "/".join(quote(seg) for seg in path.split("/"))


def clock(seconds: float) -> str:
    """0:05, 4:15, 1:02:03."""
    s = max(0, int(round(seconds)))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


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


# --------------------------------------------------------------------- inline


def _mark_tags(mark: Mark) -> tuple[str, str]:
    if mark.kind == "strong":
        return "<strong>", "</strong>"
    if mark.kind == "code":
        return "<code>", "</code>"
    if mark.kind == "link":
        href = safe_href(mark.href)
        return (f'<a href="{html.escape(href, quote=True)}">', "</a>") if href else ("", "")
    return "<em>", "</em>"


def _inline(text: str, marks: list[Mark], lo: int, hi: int) -> str:
    """Text ``[lo, hi)`` with its marks as nested elements; crossing marks are dropped."""
    pending = sorted((m for m in marks if lo <= m.start < m.end <= hi), key=lambda m: (m.start, -m.end))
    out: list[str] = []
    pos = lo
    while pending:
        mark = pending.pop(0)
        if mark.start < pos:
            continue
        inner = [m for m in pending if m.end <= mark.end]
        pending = [m for m in pending if m.start >= mark.end]
        open_tag, close_tag = _mark_tags(mark)
        out.append(esc(text[pos:mark.start]))
        out.append(open_tag + _inline(text, inner, mark.start, mark.end) + close_tag)
        pos = mark.end
    out.append(esc(text[pos:hi]))
    return "".join(out)


def sentence_html(sentence: Sentence) -> str:
    text = sentence.text or ""
    marks = [Mark(max(0, m.start), min(len(text), m.end), m.kind, m.href) for m in sentence.marks]
    return f'<span class="s" id="{esc(sentence.id)}"{_dir(text)}>{_inline(text, marks, 0, len(text))}</span>'


def _sentences(block: Block) -> str:
    return " ".join(sentence_html(s) for s in block.sentences)


def _block_attrs(block: Block) -> str:
    return (f' id="{esc(block.id)}"' if block.id else "") + _dir(block.text)


def blocks_html(blocks: list[Block]) -> str:
    """Paragraphs, block quotes and lists (consecutive items of one list_id form one list)."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "list_item":
            j = i
            while (j < len(blocks) and blocks[j].kind == "list_item"
                   and blocks[j].list_id == block.list_id and blocks[j].ordered == block.ordered):
                j += 1
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li{_block_attrs(b)}>{_sentences(b)}</li>\n" for b in blocks[i:j])
            out.append(f"<{tag}>\n{items}</{tag}>")
            i = j
            continue
        if block.kind == "quote":
            out.append(f"<blockquote{_block_attrs(block)}><p>{_sentences(block)}</p></blockquote>")
        else:
            out.append(f"<p{_block_attrs(block)}>{_sentences(block)}</p>")
        i += 1
    return "\n".join(out)


def heading_html(level: int, hid: str, text: str, attrs: str = "") -> str:
    if level > 6:
        return (f'<p class="heading-deep" role="heading" aria-level="{level}" id="{esc(hid)}"'
                f"{_dir(text)}{attrs}>{esc(text)}</p>")
    return f'<h{level} id="{esc(hid)}"{_dir(text)}{attrs}>{esc(text)}</h{level}>'


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
    """The EPUB title page's details, with the same labels."""
    m = review.metadata
    rows: list[tuple[str, str]] = []
    work = m.work
    if work.title:
        extra = ", ".join(x for x in (L.KIND_LABEL.get(work.kind, ""), str(work.year or "")) if x)
        rows.append((L.WORK_REVIEWED, f"<cite{_dir(work.title)}>{esc(work.title)}</cite>"
                     + (f" ({esc(extra)})" if extra else "")))
    if work.creator:
        rows.append((L.CREATOR_LABEL.get(work.kind, L.CREATOR_FALLBACK),
                     f"<span{_dir(work.creator)}>{esc(work.creator)}</span>"))
    if m.author:
        rows.append((L.REVIEW_BY, f"<span{_dir(m.author)}>{esc(m.author)}</span>"))
    if m.publication:
        rows.append((L.PUBLISHED_IN, f"<span{_dir(m.publication)}>{esc(m.publication)}</span>"))
    if m.date:
        rows.append((L.DATE, esc(m.date)))
    if m.rating and m.rating.text:
        rating = esc(m.rating.text)
        r = m.rating
        if r.value is not None and r.scale and not any(c.isdigit() for c in r.text):
            rating += f" (<span{en}>{r.value:g} out of {r.scale:g}</span>)"
        rows.append((L.RATING, rating))
    href = safe_href(m.url)
    if href:
        rows.append((L.ORIGINAL_REVIEW, f'<a href="{html.escape(href, quote=True)}">{esc(m.url)}</a>'))
    elif m.url:
        rows.append((L.ORIGINAL_REVIEW, esc(m.url)))
    if not rows:
        return ""
    return '<dl class="details">\n' + "\n".join(
        f'<div><dt{en}>{esc(k)}</dt><dd>{v}</dd></div>' for k, v in rows) + "\n</dl>"


def _note(review: Review, lang: str, skip_to: str) -> str:
    note = review.content_note
    if note is None or not note.sentences:
        return ""
    en = _ui(lang)
    return (
        f'<section id="{NOTE_REGION_ID}" class="note" aria-labelledby="{NOTE_HEADING_ID}">\n'
        f'<p class="skip"><a href="#{skip_to}"{en}>{esc(L.SKIP_NOTE)}</a></p>\n'
        f"{heading_html(2, NOTE_HEADING_ID, L.NOTE_HEADING, en)}\n"
        f"<p{_block_attrs(note)}>{_sentences(note)}</p>\n"
        "</section>"
    )


def _chapter_list(timing: Timing, options: WebPageOptions, en: str) -> str:
    items = []
    for n, ch in enumerate(timing.chapters, 1):
        title = _label(ch.title, f"Chapter {n}")
        span = f"{clock(ch.start)}–{clock(ch.end)}"
        length = spoken_duration(ch.end - ch.start)
        mp3 = options.chapter_files.get(ch.id)
        link = (f' <a class="file" href="{esc(local_href(mp3))}" aria-label="{esc(title)}, {CHAPTER_MP3}"{en}>'
                f"{CHAPTER_MP3}</a>" if mp3 else "")
        items.append(
            f'<li data-chapter="{esc(ch.id)}">'
            f'<button type="button" class="seek" data-start="{ch.start:.3f}" hidden data-js-only'
            f'{_dir(title)}>{esc(title)}</button>'
            f'<span class="chapter-title" data-no-js{_dir(title)}>{esc(title)}</span> '
            f'<span class="time"><time datetime="{_iso_duration(ch.start)}">{esc(span)}</time>'
            f'<span class="visually-hidden">, {esc(length)}</span></span>{link}</li>'
        )
    return "\n".join(items)


def _player(review: Review, timing: Timing, options: WebPageOptions, lang: str) -> str:
    en = _ui(lang)
    episode = local_href(options.episode or timing.episode_file)
    track = (f'<track kind="captions" src="{esc(local_href(options.vtt))}" srclang="{esc(lang)}" '
             f'label="{esc(CAPTIONS)}">' if options.vtt else "")
    fallback = f'<a href="{esc(episode)}"{en}>{esc(EPISODE_MP3)}</a>'
    return (
        f'<section id="{LISTEN_ID}" class="player" aria-labelledby="listen-h" tabindex="-1">\n'
        f'<h2 id="listen-h"{en}>{esc(LISTEN)}</h2>\n'
        f'<audio id="ar-audio" controls preload="metadata" src="{esc(episode)}">{track}{fallback}</audio>\n'
        f'<p class="now" id="ar-now" hidden data-js-only{en}>{esc(NOW_PLAYING)} <span id="ar-now-chapter">–</span></p>\n'
        f'<p class="follow" hidden data-js-only><input type="checkbox" id="ar-follow" checked>'
        f' <label for="ar-follow"{en}>{esc(FOLLOW)}</label></p>\n'
        f'<h3 id="chapters-h"{en}>{esc(CHAPTERS)}</h3>\n'
        f'<ol class="chapters" aria-labelledby="chapters-h">\n{_chapter_list(timing, options, en)}\n</ol>\n'
        "</section>"
    )


def _files(timing: Timing | None, options: WebPageOptions, lang: str) -> str:
    en = _ui(lang)
    links: list[tuple[str, str]] = []
    if timing is not None and options.episode:
        links.append((options.episode, f"{EPISODE_MP3}, {clock(timing.duration)}"))
    if options.epub:
        links.append((options.epub, EPUB_LINK if timing is not None else EPUB_TEXT_LINK))
    if options.vtt:
        links.append((options.vtt, VTT_LINK))
    if options.srt:
        links.append((options.srt, SRT_LINK))
    if options.chapters_json:
        links.append((options.chapters_json, CHAPTERS_JSON_LINK))
    if options.feed:
        links.append((options.feed, FEED_LINK))
    if not links:
        return ""
    items = "\n".join(f'<li><a href="{esc(local_href(h))}"{en}>{esc(t)}</a></li>' for h, t in links)
    return (f'<section class="files" aria-labelledby="files-h">\n<h2 id="files-h"{en}>{esc(DOWNLOADS)}</h2>\n'
            f"<ul>\n{items}\n</ul>\n</section>")


def _section(sec: Section, lang: str) -> str:
    heading = _label(sec.heading, "Untitled section")
    out = [f'<section id="{esc(sec.id)}" aria-labelledby="{esc(sec.heading_id)}">']
    if sec.notice is not None and sec.notice.sentences:
        out.append(f'<div class="notice" role="note" aria-label="{esc(L.NOTICE_LABEL)}">'
                   f"<p{_block_attrs(sec.notice)}>{_sentences(sec.notice)}</p></div>")
    out.append(heading_html(max(2, sec.level), sec.heading_id, heading))
    if sec.blocks:
        out.append(blocks_html(sec.blocks))
    out += [_section(child, lang) for child in sec.sections]
    out.append("</section>")
    return "\n".join(out)


def _about(review: Review, lang: str) -> str:
    blocks = [b for b in (review.byline, review.disclaimer) if b is not None and b.sentences]
    if not blocks:
        return ""
    hid = f"{ABOUT_ID}-h"
    return (f'<section id="{ABOUT_ID}" class="about" aria-labelledby="{hid}">\n'
            f"{heading_html(2, hid, L.ABOUT_HEADING, _ui(lang))}\n{blocks_html(blocks)}\n</section>")


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
    en = _ui(lang)
    title = _label(review.title, "Untitled review")
    narrated = timing is not None and bool(timing.chapters or timing.utterances)
    skip_to = LISTEN_ID if narrated else TRANSCRIPT_ID
    nav = (f'<nav class="site"><a href="{esc(local_href(options.library))}"{en}>'
           f"{esc(ALL_REVIEWS)}</a></nav>\n" if options.library else "")
    parts = [
        f"<header>\n{nav}",
        heading_html(1, TITLE_ID, title),
        _details(review, en),
        "</header>",
        '<main id="main">',
        _note(review, lang, skip_to),
        _player(review, timing, options, lang) if narrated else f'<p class="no-audio"{en}>{esc(NO_AUDIO)}</p>',
    ]
    hint = (f'<p class="hint" hidden data-js-only{en}>{esc(TRANSCRIPT_HINT)}</p>\n' if narrated else "")
    text = [_section(s, lang) for s in review.sections] + [_about(review, lang)]
    parts.append(f'<div id="{TRANSCRIPT_ID}" class="transcript" role="region" aria-label="{esc(TRANSCRIPT_LABEL)}"'
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
    title = _label(options.title, LIBRARY_TITLE)
    parts = [f"<header>\n<h1 id=\"library-h\">{esc(title)}</h1>"]
    if options.feed:
        parts.append(f'<p class="subscribe"><a href="{esc(local_href(options.feed))}">{esc(FEED_LINK)}</a></p>')
    parts.append("</header>\n<main id=\"main\">")
    if not ordered:
        parts.append(f"<p>{esc(LIBRARY_EMPTY)}</p>")
    else:
        parts.append('<ol class="library" aria-labelledby="library-h">')
        for n, e in enumerate(ordered, 1):
            lang = language(e.language)
            other = "" if _english(lang) else f' lang="{esc(lang)}"'
            hid = f"review-{n}"
            facts = []
            if e.work:
                facts.append(f"<cite{other}{_dir(e.work)}>{esc(e.work)}</cite>")
            if e.author:
                facts.append(f"{esc(L.REVIEW_BY)} <span{other}{_dir(e.author)}>{esc(e.author)}</span>")
            if e.date:
                facts.append(f"{esc(L.DATE)}: {esc(e.date)}")
            else:
                facts.append(f'{esc(ADDED)}: <time datetime="{e.published.date().isoformat()}">'
                             f"{e.published.date().isoformat()}</time>")
            if e.duration is not None:
                facts.append(f'{esc(DURATION)}: <time datetime="{_iso_duration(e.duration)}">'
                             f"{clock(e.duration)}</time>")
            else:
                facts.append(esc(TEXT_ONLY))
            note = (f'<p class="flag note-flag"{other}>{esc(e.note)}</p>' if e.note else
                    f'<p class="flag">{esc(NO_NOTE)}</p>')
            links = [f'<a href="{esc(local_href(e.page))}" aria-describedby="{hid}">'
                     f"{esc(READ_AND_LISTEN if e.duration is not None else READ)}</a>"]
            if e.episode:
                links.append(f'<a href="{esc(local_href(e.episode))}" aria-describedby="{hid}">MP3</a>')
            if e.epub:
                links.append(f'<a href="{esc(local_href(e.epub))}" aria-describedby="{hid}">EPUB</a>')
            parts.append(
                f'<li><article aria-labelledby="{hid}">\n'
                f'<h2 id="{hid}"><a href="{esc(local_href(e.page))}"{other}{_dir(e.title)}>{esc(e.title)}</a></h2>\n'
                f'<p class="facts">{" · ".join(facts)}</p>\n{note}\n'
                f'<p class="links">{" ".join(links)}</p>\n</article></li>'
            )
        parts.append("</ol>")
    parts.append("</main>")
    return _document(title, "en", "\n".join(parts))


__all__ = ["WebPageOptions", "LibraryEntry", "LibraryOptions", "write_review_page", "write_library_page",
           "timing_data", "NOTE_REGION_ID", "LISTEN_ID", "TRANSCRIPT_ID", "TIMING_SCRIPT_ID"]
