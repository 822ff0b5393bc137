"""Recognise the non-body parts of a review: byline, disclaimer, bio, fact lines, work.

Pure string functions shared by every reader. They are deliberately strict
(anchored patterns on short paragraphs) because a false hit removes text from
the body; docs/readers.md lists every pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import real_date
from ..model import Work

_WORD = r"(?:[A-Z]\.|(?!(?:The|A|An|This|Our|My)\b)[A-Z][\w'’\-]*)"
_PARTICLE = r"(?:de|van|von|da|del|della|la|le|du|bin|al|ter|den|der)"
NAME = rf"{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,4}}"
_PUB = r"(?:[Tt]he\s+)?[A-Z0-9][\w'’&\-]*(?:\.\w+)*(?:\s+(?:[\w'’&\-]+(?:\.\w+)*|&)){0,6}"

_ROLE = (r"(?:(?:[Ss]enior|[Cc]hief|[Ll]ead|[Cc]ontributing|[Ss]taff|[Gg]uest|[Dd]eputy|[Aa]ssociate|[Ff]reelance)\s+)?"
         r"(?:[A-Za-z]+\s+){0,2}(?i:critic|editor|reviewer|writer|correspondent|contributor|columnist|blogger|journalist)")
# Extra masthead segments after a byline: "· Issue 112", "| Food & Drink", "· filed under Rereads".
_SEGMENTS = r"(?:\s*[|·•]\s*[^|·•]{1,40})*"
_BYLINE_RES = [
    # "By Nia Holloway-Grant, Senior Music Writer, The Low End"
    re.compile(rf"^[—–-]?\s*(?i:(?:reviewed|review|written|words|posted|show notes|notes)\s+by|by)\s*:?\s+(?P<name>{NAME}),\s+{_ROLE}"
               rf"(?:\s*(?:,|\bfor\b|\bat\b|\||—|–|·)\s*(?P<pub>{_PUB}))?\.?$"),
    re.compile(
        rf"^[—–-]?\s*(?i:(?:reviewed|review|written|words|posted|show notes|notes)\s+by|by)\s*:?\s+(?P<name>{NAME})"
        rf"(?:\s*(?:,|\bfor\b|\bat\b|\bon\b|\||—|–|/|·)\s*(?!(?i:filed|posted|in)\b)(?P<pub>{_PUB}))?{_SEGMENTS}\.?$",
    ),
    re.compile(rf"^[—–-]?\s*(?P<name>{NAME})\s+(?:for|at)\s+(?P<pub>{_PUB})\.?$"),
    re.compile(rf"^[—–]\s*(?P<name>{NAME})(?:\s*(?:,|\||·)\s*(?P<pub>{_PUB}))?\.?$"),
    # "Helga Brandvold, The Broadcast Review" (an outlet that starts with "The")
    re.compile(rf"^(?P<name>{NAME}),\s+(?P<pub>The\s+[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|&|of|and)){{0,4}})\.?$"),
    re.compile(rf"^(?i:reviewer|critic|reviewed by|words|words and (?:pictures|photographs|photos)|text|author|by)\s*:\s*"
               rf"(?P<name>{NAME})(?:\s*(?:,|\||·)\s*(?P<pub>{_PUB}))?\.?$"),
    # "Follow Owen Platt on Bluesky for live updates."
    re.compile(rf"^(?i:follow)\s+(?P<name>{NAME})\s+(?i:on)\s+(?i:bluesky|twitter|x|instagram|mastodon|threads|tiktok)\b.*$"),
    # "Dana Whitlock | Northside Weekly", "Dana Whitlock · The Harbour Ledger"
    re.compile(rf"^[—–-]?\s*(?P<name>{NAME})\s*(?:\||·|•|/)\s*(?P<pub>{_PUB}){_SEGMENTS}\.?$"),
    re.compile(rf"^[—–-]?\s*(?P<name>{NAME}),\s+{_ROLE}(?:\s*(?:,|\bfor\b|\bat\b|\||—|–|·)\s*(?P<pub>{_PUB}))?\.?$"),
]
# A line that is only a person's name: two to four capitalised words.
_NAME_LINE_RE = re.compile(rf"^(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’.\-]*|{_PARTICLE})){{1,3}})$")

_DISCLAIMER_RE = re.compile(
    r"^(?:disclosure|disclaimer|full disclosure)\s*[:.\-–—]"
    r"|the views and opinions expressed"
    r"|(?:this|the) (?:review|post|article|page) (?:contains|includes|may contain) affiliate links?"
    r"|\baffiliate links?\b.*\bcommission\b"
    r"|\bwe (?:may )?earn (?:a|an affiliate) commission\b"
    r"|\b(?:a|the) (?:screener|review copy|review code|press copy|digital copy|advance copy|copy of the "
    r"(?:book|novel|game|film|movie|series))(?: of [\w\s'’]+?)? (?:was|were|has been) (?:provided|supplied|sent)"
    r"|\b(?:review|screener) (?:copy|copies|code|link|access) (?:was |were )?(?:provided|supplied) by"
    r"|\bprovided (?:us |me )?(?:with )?(?:a|an) (?:review|screener|advance|press) (?:copy|code|link)"
    r"|\bfor review purposes\b"
    r"|\bmay earn (?:a|an) (?:affiliate |small )?commission\b"
    r"|\bopinions (?:expressed )?(?:are|here are) (?:my|his|her|their|the reviewer's|the author's) own\b"
    r"|\bis (?:reader|listener|member)-(?:funded|supported)\b|\btakes no money from\b",
    re.IGNORECASE,
)
_BIO_RE = re.compile(
    r"^about the (?:author|reviewer|writer|critic)\b"
    rf"|^{NAME}\s+(?:is|has been)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,4}}"
    r"(?:critic|writer|journalist|editor|reviewer|contributor|novelist|podcaster|columnist|blogger)\b"
    rf"|^{NAME}\s+(?:reviews|writes|covers|has reviewed|has written about)\s+(?:[\w\-]+\s+){{0,3}}"
    r"(?:for|about|at)\b",
    re.IGNORECASE,
)
# Fact lines ("Film: The Lantern Keepers (2024)", "Director: Ines Varga").
FACT_LABELS = {
    "film": ("title", "film"), "movie": ("title", "film"), "documentary": ("title", "film"),
    "book": ("title", "book"), "novel": ("title", "book"), "memoir": ("title", "book"),
    "series": ("title", "tv"), "show": ("title", "tv"), "tv": ("title", "tv"), "tv series": ("title", "tv"),
    "game": ("title", "game"), "video game": ("title", "game"),
    "title": ("title", None), "work": ("title", None),
    "director": ("creator", "film"), "directed by": ("creator", "film"),
    "author": ("creator", "book"), "written by": ("creator", None),
    "developer": ("creator", "game"), "developed by": ("creator", "game"), "studio": ("creator", None),
    "creator": ("creator", None), "created by": ("creator", "tv"), "showrunner": ("creator", "tv"),
    "created and written by": ("creator", "tv"), "written and created by": ("creator", "tv"),
    "co-created by": ("creator", "tv"), "creators": ("creator", "tv"),
    "written and directed by": ("creator", "film"), "writer and director": ("creator", "film"),
    "developed and published by": ("creator", "game"),
    "year": ("year", None), "released": ("year", None), "release": ("year", None),
    "release date": ("year", None), "original release": ("year", None), "first released": ("year", None),
    "original release date": ("year", None), "first broadcast": ("year", "tv"), "first aired": ("year", "tv"), "published": ("year", "book"), "publication date": ("year", "book"),
    "first published": ("year", "book"), "premiere": ("year", None), "premiered": ("year", None),
    "album": ("title", "other"), "artist": ("creator", "other"), "band": ("creator", "other"),
    "restaurant": ("title", "other"), "chef": ("creator", "other"), "head chef": ("creator", "other"),
    "directors": ("creator", "film"), "writer": ("creator", None), "showrunners": ("creator", "tv"),
    "platforms": ("kind", "game"), "platform": ("kind", "game"),
    "reviewed on": ("kind", "game"), "pages": ("kind", "book"), "runtime": ("kind", "film"),
    "running time": ("kind", "film"), "episodes": ("kind", "tv"), "network": ("kind", "tv"),
    "cookbook": ("title", "book"), "documentary film": ("title", "film"), "film title": ("title", "film"),
}
_TABLE_ROW_RE = re.compile(r"^\|\s*(?P<label>[A-Za-z][A-Za-z \-]{1,25}?)\s*\|\s*(?P<value>[^|]{1,150}?)\s*\|?$")
_FACT_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z \-]{1,25}?)\s*:\s*(?P<value>\S.{0,150})$")
_YEAR_PAREN_RE = re.compile(r"(?<!\s)\s*\((?:[^()]*?\b)?(?P<year>(?:18|19|20)\d{2})\b[^()]*\)\s*$")
_YEAR_RE = re.compile(r"\b(?P<year>(?:18|19|20)\d{2})\b")


_DATE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)|\b(?:18|19|20)\d{2}\b|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_FORMS = [
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$"),
    re.compile(rf"^(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.I),
    re.compile(rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})$", re.I),
]
_DATE_PREFIX_RE = re.compile(
    r"^(?:(?:published|posted|updated|reviewed|date)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?", re.I)
_TRAILING_DATE_RE = re.compile(
    rf"(?<!\s)\s*[,·|—–-]\s*(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}})\.?$",
    re.I,
)


def date_line(text: str) -> str | None:
    """The ISO date when ``text`` is only a date ("March 3, 2025", "Published 3 March 2025")."""
    line = " ".join(text.split()).rstrip(".")
    line = re.sub(r"\s*[·|•,]\s*(?:\d+\s*(?:min(?:ute)?s?|m)\s+read|updated\b.*)$", "", line, flags=re.I)  # "· 4 min read"
    line = _DATE_PREFIX_RE.sub("", line)
    for regex in _DATE_FORMS:
        if m := regex.match(line):
            if m.groupdict().get("mon"):
                prefix = m["mon"].lower().rstrip(".")[:3]
                month = next((i + 1 for i, name in enumerate(_MONTHS) if name.startswith(prefix)), 0)
            else:
                month = int(m["m"])
            day, year = int(m["d"]), int(m["y"])
            if month and real_date(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# Words that show a short capitalised line is a slogan or a heading, not a name.
_NOT_NAMES = {
    "the", "a", "an", "of", "and", "review", "reviews", "verdict", "rating", "recommended", "highly", "must",
    "see", "watch", "read", "play", "skip", "it", "stars", "star", "final", "thoughts", "score", "more",
    "related", "share", "comments", "advertisement", "sponsored", "about", "contact", "subscribe", "end",
}


@dataclass
class Byline:
    author: str | None
    publication: str | None
    date: str | None = None  # ISO, when the line ends with a date


_NOT_BYLINE_RE = re.compile(
    r"^(?:certificate|cert|rated|runtime|running time|release|released|platforms?|pages|price|isbn|in cinemas|"
    r"streaming|available|out now)\b|\b\d+\s*(?:minutes|mins|min|pages|hrs|hours)\b(?!\s+read)|\bin cinemas\b",
    re.IGNORECASE)


def byline(text: str, trailing: bool = False) -> Byline | None:
    """The author (and publication) when ``text`` is a byline line.

    ``trailing``: the line sits after the body, where a bare name also counts.
    """
    line = " ".join(text.split())
    if len(line) > 120:
        return None
    date = None
    if (m := _TRAILING_DATE_RE.search(line)) and m.start() > 0:
        date = date_line(m[0].strip().lstrip(",·|—–-"))
        line = line[: m.start()].strip()  # "By Mara Ellison, March 3, 2025"
    line = line.replace("**", "").strip("*_ ")
    if _NOT_BYLINE_RE.search(line) and not re.search(r"(?i)\bby\b|^words\b", line):
        return None  # "Certificate PG · 103 minutes · In cinemas now": the work's facts
    for regex in _BYLINE_RES:
        if m := regex.match(line):
            pub = m.groupdict().get("pub")
            if pub and (_DATE_RE.search(pub) or pub[:1].isdigit()):
                pub = None  # "By Mara Ellison, 2025": a date, not a publication
            if pub and pub.lower() in SECTION_WORDS:
                rest = [p.strip() for p in re.split(r"\s*[|·•]\s*", line[m.start("pub"):]) if p.strip()]
                pub = next((p for p in rest if p.lower() not in SECTION_WORDS and _MASTHEAD_SEG.match(p)), None)
            return Byline(m["name"].strip().rstrip("."), pub.strip().rstrip(".") if pub else None, date)
    if trailing and (m := _NAME_LINE_RE.match(line)) and not _NOT_NAMES & set(line.lower().split()):
        return Byline(m["name"], None)
    return None


def is_disclaimer(text: str) -> bool:
    """True for a disclosure paragraph (review copy, affiliate links, views expressed)."""
    return len(text) < 600 and bool(_DISCLAIMER_RE.search(" ".join(text.split())))


_BIO_NAME_RE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:(?:is|was|has been)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,4}}?"
    r"(?:critic|writer|journalist|editor|reviewer|contributor|novelist|podcaster|columnist|blogger|correspondent)"
    r"|(?:writes|reviews|covers|has reviewed|has written)(?:\s+(?:about\s+)?[\w\-]+){0,3}?)"
    rf"(?:\s+(?:at|for|with|of)\s+(?P<pub>{_PUB}?))?(?=[.,;]|\s+(?:and|who|based|living|where)\b|$)",
)
# "Hattie Brennan is a teacher in Bristol who writes about books at Margins & Marrow."
_BIO_LATE_RE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:is|was)\b[^.]{{0,120}}?\b(?:writes|reviews|blogs|podcasts)(?:\s+about\s+[\w\s\-]{{1,30}}?)?"
    rf"\s+(?:at|for|on)\s+(?P<pub>{_PUB}?)(?=[.,;]|$)")
# "Wendell Okoro-Park is Second Screen's TV editor."
_BIO_POSSESSIVE_RE = re.compile(
    rf"^(?P<name>{NAME})\s+is\s+(?P<pub>(?:[Tt]he\s+)?[A-Z][\w&\-]*(?:\s+[A-Z&][\w&\-]*){{0,4}})['’]s\s+(?:[\w\-]+\s+){{0,3}}"
    r"(?:critic|editor|reviewer|writer|correspondent|contributor|columnist)\b")
# "This article appeared in the print edition of The Harbour Ledger."
_APPEARED_RE = re.compile(
    r"^(?i:this (?:article|review|piece|post|essay) (?:first |originally )?(?:appeared|ran|was (?:first |originally )?published)"
    r"|(?:first|originally) (?:appeared|published))\s+(?i:in|on|by)\s+"
    r"(?i:the (?:\w+ )?(?:edition|issue) of\s+)?(?:the\s+(?=[A-Z]))?"
    rf"(?P<pub>{_PUB}?)\s*(?i:newsletter|magazine|website|blog|podcast|site|print edition)?\s*(?i:on\s+[^.]*)?(?:[.!]\s.*)?\.?$")
_REVIEWED_BY_RE = re.compile(rf"\b(?i:reviewed|played|tested|show notes written|notes written|written|words)"
                             rf"(?:\s+on\s+[\w\s]{{1,20}}?)?\s+by\s+(?P<name>{NAME})")
# "Box Set Bulletin is an independent podcast", "This week on Box Set Bulletin"
_OUTLET_IS_RE = re.compile(r"(?:^|[.!?]\s+)(?P<pub>(?:The\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z&][\w'’&\-]*){0,4})\s+is\s+(?:an?\s+"
                           r"(?:[\w\-]+\s+){0,2}(?:podcast|newsletter|blog|magazine|website|zine|publication)\b|"
                           r"(?:reader|listener|member)-(?:funded|supported)\b|(?:hosted|presented|written and hosted|edited) by\b)")
# "Loot Table verdict: Essential"
_OUTLET_VERDICT_RE = re.compile(r"^(?P<pub>(?:The\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z&][\w'’&\-]*){0,4})\s+(?:verdict|rating|score)\s*:\s*\S")
_THIS_WEEK_ON_RE = re.compile(r"\b(?i:this week on|welcome(?: back)? to(?: issue \d+ of| the \w+ edition of)?|thanks for reading|thank you for reading)\s+(?P<pub>(?:[Tt]he\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z&][\w'’&\-]*){0,4})")
_POSITION_OF_RE = re.compile(rf"\b(?:policy or position|views|opinions|those) of\s+(?P<pub>{_PUB}?)\s*\.?$")
_EARNS_RE = re.compile(r"^(?P<pub>(?:The\s+)?[A-Z][\w&\-]*(?:\s+[A-Z&][\w&\-]*){0,4})\s+(?:may|might|can)\s+earn\s+(?:a|an)\s+(?:affiliate\s+)?commission")


# "Teodora Vance writes the Needle Drop Notes newsletter", "X writes the "Back Catalogue" column for Spin Cycle"
_BIO_WRITES_RE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:writes|edits|runs|hosts)\s+(?:the\s+)?(?:[\"“][^\"”]{{1,40}}[\"”]\s+)?"
    rf"(?:(?P<own>(?:[A-Z][\w'’&\-]*)(?:\s+[A-Z&][\w'’&\-]*){{0,4}})\s+)?(?i:newsletter|column|blog|zine|podcast|substack)"
    rf"(?:[^.]{{0,60}}?\s+(?:for|at|in)\s+(?P<pub>{_PUB}?)(?=[.,;]|$))?")
# "Reviewed by Wren Halloway for Paperbark, a reader-funded books zine."
_REVIEWED_FOR_RE = re.compile(rf"^(?i:reviewed|written|words)\s+by\s+(?P<name>{NAME})\s+(?:for|at)\s+(?P<pub>{_PUB}?)(?=[.,;]|$)")


def bio_byline(text: str) -> Byline | None:
    """The name (and outlet) in "Priya Nair is a critic at The Harbour Ledger.",
    "X is Second Screen's TV editor.", "X is a teacher who writes about books at Y."."""
    line = " ".join(text.split())
    for regex in (_BIO_POSSESSIVE_RE, _BIO_NAME_RE, _BIO_LATE_RE, _REVIEWED_FOR_RE):
        if m := regex.match(line):
            pub = (m["pub"] or "").strip().rstrip(".") or None
            return Byline(m["name"].strip(), pub)
    if m := _BIO_WRITES_RE.match(line):
        pub = (m["pub"] or m["own"] or "").strip().rstrip(".") or None
        return Byline(m["name"].strip(), pub)
    return None


_MASTHEAD_SEG = re.compile(r"^(?:[Tt]he\s+)?[A-Z0-9][\w'’&.\-]*(?:\s+(?:[A-Z0-9&][\w'’&.\-]*|of|and|on|the|in)){0,5}$")


SECTION_WORDS = {"film", "films", "movies", "tv", "television", "books", "book", "games", "gaming", "music",
                  "food", "food & drink", "reviews", "review", "culture", "arts", "opinion", "features", "news",
                  "entertainment", "lifestyle", "stage", "theatre", "album of the week", "restaurants"}


def masthead_byline(text: str) -> Byline | None:
    """A masthead with a byline among its segments: "Gloss | Music | Reviewed by X",
    "Checkpoint Zine · reviewed by X"."""
    line = " ".join(text.replace("*", "").split())
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", line) if p.strip()]
    if len(parts) < 2 or len(line) > 120:
        return None
    for i, part in enumerate(parts):
        if i and (by := byline(part)) and by.author:
            outlet = next((p for p in parts[:i] if p.lower() not in SECTION_WORDS and _MASTHEAD_SEG.match(p)), None)
            return Byline(by.author, outlet)
    return None


def masthead(text: str) -> str | None:
    """The outlet named on a masthead line: "Northside Weekly — Books", "Save State |
    Retro Rewind #41", "Film | The Meridian Courier" (a section name is skipped)."""
    parts = [p.strip() for p in re.split(r"\s+[|·•—–]\s+|\s*[|·•]\s*", " ".join(text.split())) if p.strip()]
    if len(parts) < 2 or len(text) > 100:
        return None
    if any(len(p.split()) > 5 for p in parts):
        return None
    named = [p for p in parts if p.lower() not in SECTION_WORDS and not _DATE_RE.search(p)]
    if not named or not _MASTHEAD_SEG.match(named[0]):
        return None
    return named[0]


_NAV_WORDS = SECTION_WORDS | {
    "home", "subscribe", "newsletter", "newsletters", "archive", "archives", "shop", "about", "about us", "contact",
    "essays", "streaming", "recaps", "podcast", "podcasts", "features", "search", "sign in", "log in", "login",
    "menu", "more", "video", "videos", "events", "guides", "interviews", "lists", "blog", "store", "donate",
    "support us", "jobs", "comics", "anime", "tech", "sport", "sports", "politics", "world", "business", "books",
    "literature", "fiction", "non-fiction", "poetry", "indie", "retro", "hardware", "deals", "esports", "travel"}


def nav_line(text: str) -> str | None | bool:
    """A site's navigation bar pasted as a line ("THE HARBOUR COURIER | News |
    Culture | Film", "Film · Reviews · Essays · Archive · Shop"): the site's name
    when it leads the bar, False for a bar of section names only, None when the
    line is no navigation bar."""
    line = " ".join(text.split())
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", line) if p.strip()]
    if len(parts) < 3 or len(line) > 140 or any(len(p.split()) > 4 for p in parts):
        return None
    rest = parts[1:]
    if sum(p.lower() in _NAV_WORDS for p in rest) < max(2, (len(rest) + 1) // 2):
        return None
    first = parts[0]
    if first.lower() in _NAV_WORDS:
        return False if sum(p.lower() in _NAV_WORDS for p in parts) >= len(parts) - 1 else None
    return first if _MASTHEAD_SEG.match(first) or first.isupper() else None


_BREADCRUMB_SPLIT = re.compile(r"\s*(?:›|»|>|/|→)\s*")


def breadcrumb(text: str) -> str | None | bool:
    """A page's breadcrumb trail ("Static & Signal › TV › Streaming picks"): the site's
    name when it leads the trail, False for a trail of section names only
    ("Culture › Film › Reviews"), None when the line is no breadcrumb."""
    line = " ".join(text.split())
    if len(line) > 100 or not re.search(r"\s(?:›|»|>|/|→)\s", line):
        return None
    parts = [p for p in _BREADCRUMB_SPLIT.split(line) if p]
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts):
        return None
    first = parts[0]
    if first.lower() in SECTION_WORDS or first.lower() in {"home", "homepage", "you are here"}:
        return False
    return first if _MASTHEAD_SEG.match(first) else False


# "TV critic, The Copper Kettle", "Chief film critic at The Rushes"
_ROLE_LINE_RE = re.compile(
    rf"^(?:(?:[A-Za-z\-]+\s+){{0,3}}(?i:critic|editor|reviewer|writer|correspondent|contributor|columnist|blogger|journalist))"
    rf"(?:\s*(?:,|\bat\b|\bfor\b)\s*(?P<pub>{_PUB}))?\.?$")


def role_line(text: str) -> tuple[bool, str | None]:
    """(True, outlet) for a line that states the reviewer's role ("TV critic, The Copper Kettle")."""
    m = _ROLE_LINE_RE.match(" ".join(text.split()))
    return (True, (m["pub"] or "").strip() or None) if m else (False, None)


_FURNITURE_RE = re.compile(
    r"^(?:share(?: on| via| this)?\b.*|advertisement|advert|sponsored|photo(?:graph|graphy)?\s*:.*|image\s*:.*|"
    r"(?:image|photo) credit.*|(?:published|updated|posted|last updated)\b.{0,40}\b(?:ago|bst|gmt|utc|am|pm)\b.*|"
    r"\w{3} \d{1,2} \w{3} \d{4} \d{1,2}[.:]\d{2}(?: \w{3})?|copy link.*|print|email|comments?(?: \(\d+\))?|"
    r"\d+ comments?|listen to this (?:article|review).*|\d+ min(?:ute)?s? read|reading time.*|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\[(?:screenshot|image|photo|picture|caption)\b[^\]]*\]|"
    r"(?:published|posted|updated)(?: on)?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?))$",
    re.IGNORECASE,
)


# One piece of a bar of page controls: "24 comments", "Share", "Back to top", "Next post →".
_CONTROL_RE = re.compile(
    r"^(?:[←→«»‹›↑]\s*)?(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|share(?:\s+this)?|back to top|top|"
    r"(?:previous|next|older|newer)(?:\s+(?:post|article|story|review|page|episode))?|reply|like|print|email|"
    r"copy link|facebook|x|twitter|bluesky|threads|linkedin|reddit|whatsapp|instagram|tiktok|mastodon|"
    r"subscribe|sign up|log in|sign in|save|bookmark)(?:\s*[←→«»‹›↑])?$", re.IGNORECASE)
# "Tags: classic rock, 1970s", "Filed under: fantasy", "Read more: ...", "Related: ..."
_LABELLED_CHROME_RE = re.compile(
    r"^(?:tags?|tagged(?: with)?|filed under|categories|category|topics|read more|related(?: articles| reviews)?|"
    r"more from [\w ]{1,30}|see also|you might also like|further reading)\s*:", re.IGNORECASE)


def is_furniture(text: str) -> bool:
    """Page chrome a pasted review carries at its top or bottom: share buttons,
    "Advertisement", photo credits, "Published 2 days ago", "Thu 26 Jul 2018 07.00
    BST", "24 comments · Share", "Tags: ...", "← Previous post | Next post →"."""
    line = " ".join(text.replace("*", "").split())
    if len(line) > 160:
        return False
    if _FURNITURE_RE.match(line) or _LABELLED_CHROME_RE.match(line):
        return True
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", line) if p.strip()]
    return bool(parts) and all(_CONTROL_RE.match(p) for p in parts)


def appeared_in(text: str) -> str | None:
    """The outlet of "This article appeared in the print edition of X." (a trailer line,
    or one sentence of it)."""
    line = " ".join(text.replace("*", "").split())
    for sentence in [line, *re.split(r"(?<=[.!?])\s+", line)[1:]]:
        if m := _APPEARED_RE.match(sentence):
            return m["pub"].strip().rstrip(".")
    return None


def welcome_publication(text: str) -> str | None:
    """The newsletter, blog or podcast that greets its readers: "Welcome back to The
    Slow Shelf", "This week on Box Set Bulletin"."""
    m = _THIS_WEEK_ON_RE.search(text)
    return m["pub"].strip() if m else None


def outlet_statement(text: str) -> str | None:
    """The outlet a trailer line describes: "Box Set Bulletin is an independent podcast"."""
    m = _OUTLET_IS_RE.search(" ".join(text.split()))
    return m["pub"].strip() if m else None


def reviewer_in(text: str) -> str | None:
    """The reviewer a disclosure names: "Reviewed on Switch by Juno Park."."""
    m = _REVIEWED_BY_RE.search(" ".join(text.split()))
    return m["name"].strip().rstrip(".") if m else None


def outlet_verdict(text: str) -> str | None:
    """The outlet named in its verdict line: "Loot Table verdict: Essential"."""
    m = _OUTLET_VERDICT_RE.match(" ".join(text.split()))
    return m["pub"].strip() if m and len(text) < 80 else None


def disclaimer_publication(text: str) -> str | None:
    """The outlet a "views expressed ... do not reflect the position of X" line names."""
    if m := _EARNS_RE.match(" ".join(text.split())):
        return m["pub"].strip()
    if pub := outlet_statement(text) or welcome_publication(text):
        return pub
    if m := _POSITION_OF_RE.search(" ".join(text.split())):
        pub = m["pub"].strip().rstrip(".")
        return None if pub.lower() in {"the publication", "this site", "the site", "the publisher", "the editors"} else pub
    return None


def is_bio(text: str) -> bool:
    """True for an "About the author" paragraph or "<Name> is a film critic ..."."""
    line = " ".join(text.split())
    return len(text) < 600 and bool(_BIO_RE.search(line) or _BIO_LATE_RE.match(line) or _BIO_POSSESSIVE_RE.match(line)
                                    or _BIO_WRITES_RE.match(line) or _REVIEWED_FOR_RE.match(line))


@dataclass
class Fact:
    field: str  # title | creator | year | kind
    kind: str | None
    value: str


def fact(line: str) -> Fact | None:
    """A "Label: value" line (or a two-cell table row) that states the reviewed
    work's title, creator or year."""
    line = " ".join(line.replace("**", "").lstrip("> ").split())
    if row := _TABLE_ROW_RE.match(line):  # a Markdown table row: "| Developer | Saltgrass Interactive |"
        line = f"{row['label']}: {row['value']}"
    m = _FACT_RE.match(line)
    if not m:
        return None
    entry = FACT_LABELS.get(m["label"].strip().lower())
    if entry is None:
        return None
    return Fact(entry[0], entry[1], m["value"].strip().rstrip("."))


def apply_fact(work: Work, f: Fact) -> None:
    """Fill ``work`` from a fact line; the first value of each field wins."""
    if f.kind and work.kind == "other":
        work.kind = f.kind  # the label says it ("Director:" a film; "Platforms: PS5, PC" a game)
    if f.field == "title" and work.title is None:
        title, year = split_year(f.value)
        work.title = strip_quotes(title)
        if year and work.year is None:
            work.year = year
    elif f.field == "creator" and work.creator is None:
        # "Tamara Kotevska, Ljubomir Stefanov" -> "Tamara Kotevska and Ljubomir Stefanov"
        work.creator = re.sub(r",\s+(?=[^,]+$)", " and ", f.value) if "," in f.value and " and " not in f.value else f.value
    elif f.field == "year" and work.year is None:
        if m := _YEAR_RE.search(f.value):
            work.year = int(m["year"])


def split_year(text: str) -> tuple[str, int | None]:
    """("The Lantern Keepers", 2024) from "The Lantern Keepers (2024)"."""
    m = _YEAR_PAREN_RE.search(text)
    if not m:
        return text.strip(), None
    return text[: m.start()].strip(), int(m["year"])


def strip_quotes(text: str) -> str:
    text = text.strip()
    while len(text) > 1 and text[0] in "\"“‘'*_" and text[-1] in "\"”’'*_":
        text = text[1:-1].strip()
    return text


