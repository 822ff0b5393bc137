"""Recognise the non-body parts of a review: byline, disclaimer, bio, fact lines, work.

Pure string functions shared by every reader. They are deliberately strict
(anchored patterns on short paragraphs) because a false hit removes text from
the body; docs/readers.md lists every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dates import real_date
from ..model import Work
from .rating import EMPTY_STAR_GLYPHS, STAR_GLYPHS

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # a capital, accented ones too ("Élodie", "Øystein")
_WORD = rf"(?:[{_UPPER}]\.|(?!(?:The|A|An|This|Our|My)\b)[{_UPPER}][\w'’\-]*)"
_PARTICLE = r"(?:de|van|von|da|del|della|la|le|du|bin|al|ter|den|der)"
NAME = rf"{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,4}}"
_PUB = r"(?:[Tt]he\s+)?[A-Z0-9][\w'’&\-]*(?:\.\w+)*(?:\s+(?:[\w'’&\-]+(?:\.\w+)*|&)){0,6}"

# An outlet's name where a line goes on after it: capitalised words, small words inside ("Hungry in Hackney").
_PUB_NAME = r"(?:[Tt]he\s+)?[A-Z0-9][\w'’&\-]*(?:\.\w+)*(?:\s+(?:[A-Z0-9&][\w'’&\-]*(?:\.\w+)*|of|and|in|on|the|for|&)){0,6}"
_ROLE = (r"(?:(?:[Ss]enior|[Cc]hief|[Ll]ead|[Cc]ontributing|[Ss]taff|[Gg]uest|[Dd]eputy|[Aa]ssociate|[Ff]reelance)\s+)?"
         r"(?:[A-Za-z]+\s+){0,2}(?i:critic|editor|reviewer|writer|correspondent|contributor|columnist|blogger|journalist)")
# A shop's or a library's staff, signing a pick: "fiction buyer", "Adult Services Librarian", "music director".
_STAFF = r"(?i:librarian|bookseller|buyer|music director|programme director|manager)"
# Extra masthead segments after a byline: "· Issue 112", "| Food & Drink", "· filed under Rereads".
# An issue after the outlet's name and a comma is the issue: "Words: X | Cinéfile Quarterly, Issue 41".
_SEGMENTS = r"(?:\s*[|·•]\s*[^|·•]{1,80}|,\s*(?i:issue|no\.?|vol\.?|volume|edition)\s*#?\d+)*"
# "By X", and the same in the other languages the editions speak ("par X", "Eine Rezension von X", "Reseña de X").
_BY = (r"(?i:(?:(?:this|last)\s+(?:week|month|issue|season)['’]s\s+)?"  # "This month's review by X"
       r"(?:reviewed|review|written|words|text|column|posted|post|submitted|hosted|presented|show notes|notes|guest post|guest review|picked|chosen|started|inspected)"
       r"(?:\s+and\s+(?:written|hosted|presented|produced|edited|reviewed|photographed|photos|photographs|pictures))?\s+by|by|par|von|por"
       r"|(?:eine\s+)?(?:rezension|kritik)\s+von|geschrieben\s+von|(?:une\s+)?critique\s+(?:de|par)|écrit\s+par"
       r"|(?:una\s+)?(?:reseña|crítica)\s+de|escrito\s+por)")
_MON = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_BYLINE_RES = [
    # "Picked by Alva Brook, fiction buyer and resident poetry bore", "Reviewed by Alva Brook, Adult Services Librarian,
    # Elm Road branch": a shop's or a library's staff signing; their branch or an aside follows, the site is the outlet
    re.compile(rf"^[—–-]?\s*{_BY}\s*:?\s+(?P<name>{NAME}),\s+(?:[\w\-]+\s+){{0,3}}{_STAFF}\b(?:[,.]?\s+[^|·•]{{0,80}})?$"),
    re.compile(rf"^(?P<name>{NAME}),\s+(?:[\w\-]+\s+){{0,3}}{_STAFF}\.?$"),
    # "— Ruth, Crickhowell Street shop": a bookseller signs with the given name and the shop or branch she works at
    re.compile(rf"^[—–]\s*(?P<name>[{_UPPER}][a-zà-ÿ'’\-]+),\s+(?:[\w'’\-]+\s+){{0,3}}(?i:shop|branch|store|library)\.?$"),
    # "Reviewed on PC by Yusuf Kettleborough-Amari": the platform, then the reviewer
    re.compile(rf"^(?i:reviewed|played|tested)\s+on\s+[\w/|,. ]{{1,30}}?\s+by\s+(?P<name>{NAME})"
               rf"(?:\s*(?:,|\||·)\s*(?P<pub>{_PUB}))?{_SEGMENTS}\.?$"),
    # "Reviewed for the Gazette by Callum Rhys-Ebbert": the outlet before the name
    re.compile(rf"^(?i:reviewed|written|words)\s+for\s+(?P<pub>{_PUB_NAME}?)\s+by\s+(?P<name>{NAME})\.?$"),
    # "By Nia Holloway-Grant, Senior Music Writer, The Low End"
    re.compile(rf"^[—–-]?\s*{_BY}\s*:?\s+(?P<name>{NAME}),\s+{_ROLE}"
               rf"(?:\s*(?:,|\bfor\b|\bat\b|\||—|–|·)\s*(?P<pub>{_PUB}))?\.?$"),
    re.compile(
        rf"^[—–-]?\s*{_BY}\s*:?\s+(?P<name>{NAME}(?:\s+(?:and|&)\s+{NAME})?)"  # two reviewers: "By X and Y"
        rf"(?:\s*(?:,|\bfor\b|\bat\b|\bon\b|\||—|–|/|·)\s*(?!(?i:filed|posted|in)\b)(?P<pub>{_PUB}))?{_SEGMENTS}\.?$",
    ),
    re.compile(rf"^[—–-]?\s*(?P<name>{NAME})\s+(?:for|at)\s+(?P<pub>{_PUB})\.?$"),
    re.compile(rf"^[—–]\s*(?P<name>{NAME})(?:\s*(?:,|\||·)\s*(?P<pub>{_PUB}))?\.?$"),
    # "Helga Brandvold, The Broadcast Review" (an outlet that starts with "The")
    re.compile(rf"^(?P<name>{NAME}),\s+(?P<pub>The\s+[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|&|of|and)){{0,4}})\.?$"),
    re.compile(rf"^(?i:from the desk of)\s+(?P<name>{NAME})\.?$"),  # a newsletter's letterhead
    re.compile(rf"^(?i:reviewer|critic|host|reviewed by|words|words and (?:pictures|photographs|photos)|text|author|by)\s*:\s*"
               rf"(?P<name>{NAME})(?:\s*(?:,|\||·)\s*(?P<pub>{_PUB}))?{_SEGMENTS}\.?$"),
    # "Follow Owen Platt on Bluesky for live updates."
    re.compile(rf"^(?i:follow)\s+(?P<name>{NAME})\s+(?i:on)\s+(?i:bluesky|twitter|x|instagram|mastodon|threads|tiktok)\b.*$"),
    # "Dana Whitlock | Northside Weekly", "Dana Whitlock · The Harbour Ledger"
    re.compile(rf"^[—–-]?\s*(?P<name>{NAME})\s*(?:\||·|•|/)\s*(?P<pub>{_PUB}){_SEGMENTS}\.?$"),
    re.compile(rf"^[—–-]?\s*(?P<name>{NAME}),\s+{_ROLE}(?:\s*(?:,|\bfor\b|\bat\b|\||—|–|·)\s*(?P<pub>{_PUB}))?\.?$"),
    # "Ottoline Brisk @ottobrisk · 2h": a social post's author, the display name over its @handle (and the post's age)
    # (an emoji the user put after the display name is decoration: "Lena Marsh 📺 @lenawatches · 11h")
    re.compile(rf"^(?P<name>{NAME})(?:\s+[^\w\s@·•|]{{1,6}})?\s+@\w[\w.]{{1,30}}(?:\s*[·•]\s*(?:\d{{1,2}}\s*(?:[smhdw]|mins?|hrs?)(?:\s+ago)?"
               rf"|{_MON}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?))?$"),
    # "Television critic Luca Ferrante-Boyd": the role as a title before the name, as newspapers print it
    re.compile(rf"^(?=[A-Z])(?!(?i:the|a|an|our|my|this|by)\b){_ROLE}\s+(?P<name>{NAME})\.?$"),
]
# A site's username, only after an explicit "Review by" / "Posted by" or before "'s review":
# "ghostlight_kay", "nadia.reads", "rwhitcombe" (lower case, digits, "_" or "." mark it).
USER = r"@?(?=[\w.\-]*(?:[a-z0-9_]|\.\w))(?![A-Z][a-z]+\b)[A-Za-z0-9][\w.\-]{1,30}[A-Za-z0-9_]"
# A handle marked as one ("@", a digit, "_" or "."), with a letter in it: "wren.plays", "moviebuff_deb".
_MARKED_USER = rf"(?=@|[\w\-]*[_.\d])(?=@?[\w.\-]*[A-Za-z]){USER}"
_USER_BYLINE_RES = [
    re.compile(rf"^(?i:reviewed|review|written|words|posted|post|submitted|hosted|started)\s+by\s*:?\s+(?P<name>{USER})"
               rf"(?:\s*(?:\||·|•|—|–)\s*(?P<pub>{_PUB}))?{_SEGMENTS}\.?$"),
    re.compile(rf"^(?P<name>{NAME}|{USER})['’](?:s)?\s+(?i:review)$"),
    # "Author: owl_and_kettle": a forum post's labelled poster, a handle (a book's "Author: Ilse Marrow" is a fact)
    re.compile(rf"^(?i:author|poster|reviewer)\s*:\s*(?P<name>{_MARKED_USER})$"),
    # "— wren.plays": a handle signing with a dash (an "@", a digit, "_" or "." marks it as one)
    re.compile(rf"^[—–]\s*(?P<name>{_MARKED_USER})$"),
]
# "moviebuff_deb ★★★★★★★★☆☆ 8/10": a handle and the stars it gave, as a site's user review prints them.
_RATED_HANDLE_RE = re.compile(rf"^(?P<name>{_MARKED_USER})\s+"
                              rf"[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?(?:\s+\d+(?:[.,]\d)?\s*/\s*(?:5|10|100))?$")
# "Posted by Tamsin Hale in Restaurants, East London · 14 comments": a blog's category, then chrome.
_POSTED_IN_RE = re.compile(rf"^(?i:posted|filed|written)\s+by\s+(?P<name>{NAME})(?:\s+on\s+[^·|•]{{4,30}}?)?\s+in\s+[^·|•]{{1,60}}{_SEGMENTS}\.?$")
# "— Maggie Ferreira, for the Marginalia Club"
_DASH_FOR_RE = re.compile(rf"^[—–-]\s*(?P<name>{NAME}),?\s+(?:for|at)\s+(?P<pub>(?:the\s+)?{_PUB})\.?$")
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
    r"|\bfor review purposes\b|\bcode (?:was |were )?(?:provided|supplied|sent) by\b"
    r"|\bmay earn (?:a|an) (?:affiliate |small )?commission\b"
    r"|\b(?:opinions|views) (?:expressed )?(?:are|here are) (?:my|his|her|their|the (?:reviewer|author|writer|critic|contributor)['’]s) own\b"
    r"|\bno (?:commercial|financial) (?:relationship|ties?|interest)\b|\b(?:receives?|takes?|accepts?) no (?:payment|money|freebies|free)\b"
    r"|\bno review (?:codes?|copies|copy) (?:are |were |is )?accepted\b|\bpays? for (?:every|all|each) (?:meal|ticket|copy|game|book)s?\b"
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
    "co-created by": ("creator", "tv"), "creators": ("creator", "tv"), "writer and creator": ("creator", "tv"),
    "creator and writer": ("creator", "tv"),
    "written and directed by": ("creator", "film"), "writer and director": ("creator", "film"),
    "developed and published by": ("creator", "game"),
    "year": ("year", None), "released": ("year", None), "release": ("year", None),
    "release date": ("year", None), "original release": ("year", None), "first released": ("year", None),
    "original release date": ("year", None), "first broadcast": ("year", "tv"), "first aired": ("year", "tv"), "published": ("year", "book"), "publication date": ("year", "book"),
    "first published": ("year", "book"), "premiere": ("year", None), "premiered": ("year", None),
    "opened": ("year", None),  # a restaurant's or a show's run: "Opened: 2023"
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
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_FORMS = [
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$"),
    re.compile(rf"^(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.I),
    re.compile(rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTH}),?\s+(?P<y>\d{{4}})$", re.I),
]
_TIME_RE = re.compile(r"(?:\s*[,·|•]\s*|\s+(?:at\s+)?)\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.?|p\.m\.?)?(?:\s+[A-Z]{2,4})?$|"
                      r"(?:\s*[,·|•]\s*|\s+(?:at\s+)?)\d{1,2}\s*(?:am|pm)$", re.I)
_DATE_PREFIX_RE = re.compile(
    r"^(?:(?:published|posted|updated|released|reviewed|date|watched|read|played|visited|listened(?:\s+to)?|seen)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?", re.I)
_DATE_CATEGORY_RE = re.compile(r"(?<=\d{4})\s+in\s+[A-Z][\w&'’\-]*(?:,?\s+(?:&\s+)?[A-Z][\w&'’\-]*){0,3}$")
_TRAILING_DATE_RE = re.compile(
    rf"(?<!\s)\s*[,·|—–-]\s*(?:\d{{4}}-\d{{2}}-\d{{2}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+\d{{4}})\.?$",
    re.I,
)


def date_line(text: str) -> str | None:
    """The ISO date when ``text`` is only a date ("March 3, 2025", "Published 3 March 2025")."""
    line = " ".join(text.split()).rstrip(".")
    # "· 4 min read", "· Updated ...", and a post's counters and diary marks ("· 6 comments", "· Rewatch")
    while (cut := re.sub(r"\s*[·|•,]\s*(?:\d+\s*(?:min(?:ute)?s?|m)\s+read|updated\b.*|filed (?:under|in)\b.*|tagged\b.*"
                         r"|\d+\s+(?:comments?|replies|likes?)|\d[\d,]*\s+words"
                         r"|rewatch(?:ed)?"
                         r"|vol(?:ume)?\.?\s*\d+(?:,?\s*(?:no\.?|issue)\s*\d+)?|issue\s+\d+|no\.\s*\d+|free|[£$€]\s?\d+(?:\.\d\d)?"  # a paper's dateline
                         r"|\d{1,2}\s*(?:hrs?|hours?|h)(?:\s+\d{1,2}\s*(?:mins?|minutes|m))?|\d{1,3}\s*(?:mins?|minutes))$",  # an episode's length
                         "", line, flags=re.I)) != line:
        line = cut  # "Dec 8, 2023 · 6 min read · 112 comments", "Thursday, January 18, 2024 · Vol. 41, No. 3 · Free": every counter, last first
    line = _TIME_RE.sub("", line)  # "Monday 3 March 2025, 6:00am"
    if re.match(r"(?i)(?:posted|published)\b", line):  # "Posted on 14 September 2022 in Literary Fiction": a blog's category
        line = _DATE_CATEGORY_RE.sub("", line)
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


# The last word of an outlet's name, never of a person's: "Night Shift Horror", "The Velvet Review".
OUTLET_WORDS = {"review", "reviews", "weekly", "daily", "monthly", "quarterly", "times", "post", "journal", "gazette",
                 "herald", "tribune", "chronicle", "magazine", "zine", "club", "media", "press", "digest", "bulletin",
                 "horror", "cinema", "films", "games", "gaming", "books", "music", "radio", "podcast", "blog", "network",
                 "courier", "observer", "telegraph", "dispatch", "report", "insider", "diaries", "notes", "online", "mag",
                 "tv", "screen", "society", "collective", "ledger",
                 "library", "libraries", "booksellers", "bookshop", "bookstore"}  # an institution: "Maple Hill Public Library"


# The last word of a job title written after a byline's name: the role, never the outlet.
_JOB_WORDS = {"critic", "editor", "reviewer", "writer", "correspondent", "contributor", "columnist", "blogger",
              "journalist", "librarian", "bookseller", "buyer", "manager", "host", "producer", "intern"}


@dataclass
class Byline:
    author: str | None
    publication: str | None
    date: str | None = None  # ISO, when the line ends with a date


_ISSUE_RE = re.compile(r"^(?i:issue|no\.?|vol\.?|volume|edition|episode|ep\.?)\s*#?\d+\b")
_LEADING_STARS_RE = re.compile(rf"^[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?\s+(?=\S)")
# Stars, and the symbols an app sets after them ("Review by X  ★★★★★  ♥": a like).
_TRAILING_STARS_RE = re.compile(rf"\s+[{re.escape(STAR_GLYPHS + EMPTY_STAR_GLYPHS)}]+\s*½?(?:\s*[♥❤♡✓✔↻])*\s*$")
_NOT_BYLINE_RE = re.compile(
    r"^(?:certificate|cert|rated|runtime|running time|release|released|platforms?|pages|price|isbn|in cinemas|"
    r"streaming|available|out now)\b|\b\d+\s*(?:minutes|mins|min|pages|hrs|hours)\b(?!\s+read)|\bin cinemas\b",
    re.IGNORECASE)


# A blog platform's header: "Published in Second Readings" (the publication), "Marisol Ortega · Follow" (the writer,
# beside the button to follow them); a paper's column header, "EATING OUT with Sandra Pike" (the column, in capitals)
_PUBLISHED_IN_RE = re.compile(rf"(?i:published\s+in)\s+(?P<pub>{_PUB_NAME})\.?")
_FOLLOW_RE = re.compile(rf"(?P<name>{NAME})\s*[·•|]\s*(?i:follow|subscribe)")
_COLUMN_WITH_RE = re.compile(rf"[A-Z][A-Z&'’\-]+(?:\s+(?:[A-Z][A-Z&'’\-]*|&)){{0,3}}\s+with\s+(?P<name>{NAME})")


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
    # "Posted by Maren Ilves on a wet Sunday · 14 comments": the day the post gives, however it says it
    line = re.sub(r"^((?i:posted|written|reviewed|published)\s+by\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+on\s+"
                  r"(?:a|an|the|this|last)\s+[a-z][\w ,]{0,30}?(?=\s*[·|•]|$)", r"\1", line)
    # "Rui Sakamoto-Vance — Games Editor, Loading Bay": a name, a dash, then a role: read as "Name, Role, Outlet"
    line = re.sub(rf"^({NAME})\s+[—–]\s+(?={_ROLE}\b)", r"\1, ", line)
    bare = " ".join(line.replace("*", "").replace("_", " ").split())
    if (m := _PUBLISHED_IN_RE.fullmatch(bare)) and not re.search(rf"\d|^(?i:{MONTH})\b", m["pub"]):
        return Byline(None, m["pub"])
    if (m := _FOLLOW_RE.fullmatch(bare) or _COLUMN_WITH_RE.fullmatch(bare)) and " " in m["name"].strip():
        return Byline(m["name"], None)
    if trailing:
        line = re.sub(r"\s*\((?:[a-z][a-z ,&\-]{2,30})\)$", "", line)  # "Bev Tan (convenor)": a sign-off and the signer's role
    if rated := _RATED_HANDLE_RE.match(line.replace("**", "").strip("*_ ")):
        return Byline(rated["name"].lstrip("@"), None)
    line = _TRAILING_STARS_RE.sub("", line.replace("**", "").strip("*_ "))  # "Review by X ★★★★½"
    line = _LEADING_STARS_RE.sub("", line)  # "★★★★½   Review by Ida Marchetti"
    if _EXPLICIT_RE.match(line):
        line = re.sub(r"\s*\([^()]{1,80}\)$", "", line)  # "Notes by Rasmus Tindall-Obi (host, ...)": the role aside
        line = re.sub(r",\s+who\s+[a-z].*$", "", line)  # "— Posted by Cas Holl, who is not allowed to ...": an aside about the writer
    if (card := re.match(rf"^(?P<name>{NAME}|{USER})\s*[·•|]\s*(?P<rest>.+)$", line)) and profile_stats(card["rest"]) \
            and not _PROFILE_STAT_RE.fullmatch(card["name"]):
        return Byline(person_case(card["name"].lstrip("@")), None)  # "innie_outie_42 · Senior Member · Posts: 3,118"
    if profile_stats(line) and not _EXPLICIT_RE.match(line):
        return None  # "Senior Member · Joined Mar 2016 · Posts: 4,812": the counters, under the name (a role line)
    if _NOT_BYLINE_RE.search(line) and not re.search(r"(?i)\bby\b|^words\b", line):
        return None  # "Certificate PG · 103 minutes · In cinemas now": the work's facts
    signed = re.search(r"(?i)\bby\b|^\W*words\b", line) is not None  # "By X", "Words: X": a person signing, said so
    for regex in (_POSTED_IN_RE, _DASH_FOR_RE, *_BYLINE_RES, *_USER_BYLINE_RES):
        if m := regex.match(line):
            pub = m.groupdict().get("pub")
            if pub and _ISSUE_RE.match(pub):
                if not signed:
                    return None  # "Pantry Notes · Issue 88": a masthead and its issue, not a name
                pub = None  # "By Wren Abernathy · Issue 88"
            if re.match(r"(?i)about\s", m["name"]):
                return None  # "About ScreenScore · Terms · Privacy": a footer's links, led by the site's "About" page
            if m["name"].strip().lower() in _NAV_WORDS or _CONTROL_RE.fullmatch(m["name"].strip()) and is_furniture(line):
                return None  # "Film | TV | Box Office | ...": a navigation bar; "Unsubscribe · Archive": the page's controls
            if re.fullmatch(r"[A-Z]{2,4}", m["name"].strip()) and not signed:
                return None  # "UK / France", "BBC | Drama": an initialism, not a person signing
            if _COMPANY_TAIL_RE.search(m["name"].strip()):
                return None  # "Marrowbone Books Ltd · 14 Quay Street · VAT reg ...": the site's company, no one signing
            if pub and _CREDIT_RE.match(pub):
                pub = None  # "By X · Translated from the French by Y": a translator's credit, not an outlet
            if pub and (_DATE_RE.search(pub) or pub[:1].isdigit()):
                pub = None  # "By Mara Ellison, 2025": a date, not a publication
            if pub and pub.split()[-1].lower() in _JOB_WORDS:
                pub = None  # "Reviewed by Gwen Tallis, Adult Services Librarian": the writer's job, not an outlet
            if pub and pub.lower() in SECTION_WORDS:
                raw = re.split(r"\s*[|·•]\s*", line[m.start("pub"):])
                rest = [p.strip() for p in raw if p.strip()]  # the section, then the line's other segments
                if not signed and len(raw) >= 2 \
                        and not any(p.split()[-1].lower() in OUTLET_WORDS or len(p.split()) > 1 for p in rest[1:]):
                    return Byline(None, m["name"].strip())  # "Nebula Save Point | Reviews | PC · Switch": a site and its sections
                if not signed and sum(not (_DATE_RE.search(p) or _READ_TIME_RE.match(p) or _CONTROL_RE.match(p))
                                      for p in re.split(r"\s*[|·•]\s*", line[m.end("pub"):]) if p.strip()) >= 2:
                    # "ScreenScore · TV · Only Murders in the Building · Season 3 · User Reviews": a site's trail, the
                    # site, its section and two more steps (a person's line goes on with a date or a reading time)
                    return Byline(None, m["name"].strip())
                pub = next((p for p in rest if p.lower() not in SECTION_WORDS and _MASTHEAD_SEG.match(p)), None)
            pub = re.sub(r"^the\s+(?=[A-Z])", "The ", pub.strip().rstrip(".")) if pub else None  # "for the Marginalia Club"
            if pub is None and signed:  # "by X · filed under Fantasy · The Margin Notes book blog": the outlet by its medium
                pub = _outlet_by_medium(p.strip() for p in re.split(r"\s+[|·•]\s+", line)[1:])
            return Byline(person_case(m["name"].strip().rstrip(".")), pub, date)
    if found := _segment_byline(line):
        return found
    if date and (m := _NAME_LINE_RE.match(line.strip("*_ ")) or _NAME_ROLE_SEG_RE.match(line.strip("*_ "))) \
            and not _NOT_NAMES & set(m["name"].lower().split()) and m["name"].split()[-1].lower() not in OUTLET_WORDS:
        return Byline(person_case(m["name"]), None, date)  # "**Nadia Hollenbeck** | April 8, 2019": a name and its date
    if trailing and line.startswith("- "):
        line = line[2:].strip()  # "- Ruth Okafor-Lindqvist": a signature typed with a hyphen
    if trailing and (m := _NAME_LINE_RE.match(line)) and not _NOT_NAMES & set(line.lower().split()):
        if line.split()[-1].lower() in OUTLET_WORDS:
            return Byline(None, line)  # "Night Shift Horror" signing off: the outlet, not a person
        return Byline(person_case(m["name"]), None)
    return None


_EXPLICIT_RE = re.compile(rf"^[—–-]?\s*{_BY}\s*:?\s+\S")


_SIGNED_TAIL_RE = re.compile(rf"^(?:[—–]\s*|(?i:review|words|text)\s*:\s*)(?P<name>{NAME})\.?$")


def signed_note(text: str) -> Byline | None:
    """The byline a closing note carries in one of its sentences ("... the writer's own. Column by
    Ama Oduya-Finch.", "... Written by X. © Slow Save 2020."), or as its last words ("... are the
    author's own. — Jess Okafor-Lind", "... belong to the writer alone. Review: Callum Birtwistle")."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.replace("*", "").split()))
    for sentence in sentences:
        if (by := explicit_byline(sentence)) and by.author:
            return by
    if len(sentences) > 1 and (m := _SIGNED_TAIL_RE.match(sentences[-1])):
        return Byline(m["name"], None)
    return None


def explicit_byline(text: str) -> Byline | None:
    """The byline when ``text`` says it is one with a by-word ("Written by X",
    "par X", "Eine Rezension von X"): safe to read from any element of a page."""
    line = " ".join(text.split())
    return byline(line) if _EXPLICIT_RE.match(line) else None


# Another hand's credit beside the reviewer's: a translator, an editor, an illustrator, a photographer.
_CREDIT_RE = re.compile(r"(?i)^(?:(?:translated|translation|edited|illustrated|illustrations?|drawings|photographs?|photos?|"
                        r"photography|pictures|images?|art|artwork|additional reporting|research)\b[^|·•:]{0,40}?"
                        r"(?:\bby\b|\bcourtesy of\b)|(?:translator|editor|illustrator|illustrations?|drawings|photographer|"
                        r"photography|photos?|photographs|pictures|art|artwork|additional reporting)\s*:)\s*\S.{0,40}$")


def credit_line(text: str) -> bool:
    """Another hand's credit, never the reviewer's: "Translated from the French by Owen Prys",
    "Illustrations by Mo Reyes", "Photos: Kit Lam"."""
    return bool(_CREDIT_RE.match(" ".join(text.split())))


# A name and the job title set after it in capitals: "Imogen Takahashi-Burke, Reviews Lead".
_NAME_ROLE_SEG_RE = re.compile(r"^(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]*){1,3}),\s+[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|&|and)){0,3}$")
_SEGMENT_SPLIT_RE = re.compile(r"\s+[|·•»]\s+")


# An outlet named with its medium after it: "The Margin Notes book blog", "Lamp Room podcast".
_MEDIUM_NAMED_RE = re.compile(r"^(?P<pub>(?:[Tt]he\s+)?[A-Z0-9][\w'’&\-]*(?:\s+(?:[A-Z0-9&][\w'’&\-]*|of|and|the|&)){0,5})"
                              r"\s+(?:(?:book|film|music|tv|games?|food|poetry)\s+)?(?:podcast|newsletter|blog|zine|magazine|webzine|website)$")


def _outlet_by_medium(segments: Iterable[str]) -> str | None:
    """The first segment that names an outlet by its medium ("The Margin Notes book blog"): its name."""
    return next((m["pub"] for p in segments if (m := _MEDIUM_NAMED_RE.match(p))), None)


def _segment_byline(line: str) -> Byline | None:
    """A header line of segments, one of them an explicit byline: "*Words: Inès Albarrán* ·
    9 June 2023 · 6 min read", "The Base Camp Podcast · Hosted by Pim Osei · 58 min", "Post
    by glitchwitch_77 » Tue Mar 12, 2024 9:41 pm". The other segments are short (a date,
    a reading time, a section); a first segment before the byline that looks like an
    outlet's name is the publication."""
    parts = [p.strip(" *_") for p in _SEGMENT_SPLIT_RE.split(line) if p.strip(" *_")]
    parts = [p for p in parts if not _CREDIT_RE.match(p)]  # "Translated from the French by Owen Prys": not the reviewer
    for i, part in enumerate(parts[:-1]):  # "Written by Tobiah Lindgren-Osei · Tobiah has been late to ...": the bio after
        if re.match(r"(?i)(?:written|words|reviewed|review|posted)?\s*by\b", part) and (by := byline(part)) and by.author \
                and re.match(rf"(?:{re.escape(by.author.split()[0])}|(?:She|He|They))\s+(?:is|has|was|writes|lives|reviews)\b", parts[i + 1]):
            parts = parts[: i + 1]
            if len(parts) == 1:
                return by
            break
    if len(parts) < 2 or any(len(p.split()) > 8 for p in parts):
        return None
    if (m := _NAME_ROLE_SEG_RE.match(parts[0])) and any(date_line(p) for p in parts[1:]) \
            and not _NOT_NAMES & set(m["name"].lower().split()) and m["name"].split()[-1].lower() not in OUTLET_WORDS:
        # "Imogen Takahashi-Burke, Reviews Lead · 11 Aug 2023, 15:00 · 14 min read": a name, its job title, the day
        return Byline(person_case(m["name"]), None, next(d for p in parts[1:] if (d := date_line(p))))
    found = [(i, by) for i, p in enumerate(parts)
             if re.search(r"(?i)\bby\b|^(?:words|author|reviewer|critic)\s*:", p) and (by := byline(p))]
    if len(found) != 1 or not found[0][1].author:
        return None
    index, by = found[0]
    pub = by.publication
    first = parts[0]
    if pub is None and index > 0 and _MASTHEAD_SEG.match(first) and first.lower() not in SECTION_WORDS \
            and not _DATE_RE.search(first):
        pub = first
    if pub is None:  # "by X · filed under Fantasy · The Margin Notes book blog": a segment naming the outlet by its medium
        pub = _outlet_by_medium(parts[index + 1:])
    date = by.date or next((d for p in parts if (d := date_line(p))), None)
    return Byline(by.author, pub, date)


def person_case(name: str) -> str:
    """A name set in capitals ("MARGOT ELLERY", "ANNA-LISE MORROW") in normal case;
    any other name as written (a username stays lower case)."""
    if name.isupper() and sum(c.isalpha() for c in name) > 3:
        return " ".join(w.title() if len(w) > 1 else w for w in name.split())
    return name


def is_disclaimer(text: str) -> bool:
    """True for a disclosure paragraph (review copy, affiliate links, views expressed)."""
    return len(text) < 600 and bool(_DISCLAIMER_RE.search(" ".join(text.split())))


# How often a writer files ("every month", "each Friday", "once a week"): it follows the outlet's name, never in it.
_EVERY = r"(?:every|each|once\s+a|twice\s+a)\s+(?i:day|week|month|fortnight|year|issue|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
_BIO_NAME_RE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:(?:is|was|has been)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,4}}?"
    r"(?:critic|writer|journalist|editor|reviewer|contributor|novelist|podcaster|columnist|blogger|correspondent)"
    r"|(?:writes|reviews|covers|has reviewed|has written)(?:\s+(?:about\s+)?[\w\-]+){0,3}?)"
    rf"(?:\s+(?:at|for|with|of)\s+(?P<pub>{_PUB}?))?(?=[.,;]|\s+(?:and|who|based|living|where|since|from|until)\b|\s+{_EVERY}|$)",
)
# "Nadia Kowalczyk plays too many RPGs. Follow her on Bluesky.": a bio, whatever it says first.
_BIO_FOLLOW_RE = re.compile(rf"^(?P<name>{NAME})\s+[a-z][\w\-]*s\b[^.!?]{{0,120}}[.!?]\s+(?i:follow|find)\s+(?i:her|him|them)\s+"
                            r"(?i:on|at)\s+\S+")
# "Hattie Brennan is a teacher in Bristol who writes about books at Margins & Marrow."
_BIO_LATE_RE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:is|was)\b[^.]{{0,120}}?\b(?:writes|reviews|blogs|podcasts)(?:\s+about\s+[\w\s\-]{{1,30}}?)?"
    rf"\s+(?:at|for|on)\s+(?P<pub>{_PUB}?)(?=[.,;]|$)")
# "Theo Nakamura-Price writes about science fiction, film and the space industry for Orbit & Frame."
_BIO_ABOUT_FOR_RE = re.compile(rf"^(?P<name>{NAME})\s+(?:writes|reviews|blogs|podcasts)\s+about\s+[^.]{{1,80}}?\s+(?:for|at)\s+"
                               rf"(?P<pub>{_PUB}?)(?=[.,;]|$)")
# "Wendell Okoro-Park is Second Screen's TV editor."
_BIO_POSSESSIVE_RE = re.compile(
    rf"^(?P<name>{NAME})\s+is\s+(?P<pub>(?:[Tt]he\s+)?[A-Z][\w&\-]*(?:\s+[A-Z&][\w&\-]*){{0,4}})['’]s\s+(?:[\w\-]+\s+){{0,3}}"
    r"(?:critic|editor|reviewer|writer|correspondent|contributor|columnist)\b")
# "This article appeared in the print edition of The Harbour Ledger."
_APPEARED_RE = re.compile(
    r"^(?i:this (?:article|review|piece|post|essay) (?:first |originally )?(?:appeared|ran|was (?:first |originally )?published)"
    r"|(?:first|originally) (?:appeared|published))\s+(?i:in|on|by)\s+"
    r"(?i:the (?:\w+ )?(?:edition|issue) of\s+)?(?:the\s+(?=[A-Z]))?"
    rf"(?P<pub>{_PUB}?)\s*(?i:newsletter|magazine|website|blog|podcast|site|print edition)?(?:\s+(?i:on)\s+[^.]*)?"
    r"(?:\s+(?:and|where)\s+[a-z][^.]*)?"  # "... in the X and is republished here with permission."
    r"(?:,\s+(?i:a|an|the)\s[^.]*|,?\s+(?i:issue|no\.?|vol\.?)\s*#?\d+)?(?:[.!]\s.*)?\.?$")
_REVIEWED_BY_RE = re.compile(rf"\b(?i:reviewed|played|tested|show notes(?: written)?|notes written|written|words)"
                             rf"(?:\s+on\s+[\w\s]{{1,20}}?)?\s+by\s+(?P<name>{NAME})")
# An outlet's name as these lines give it: one to five capitalised words, "The" allowed first.
_CAPS_OUTLET = r"(?:The\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z&][\w'’&\-]*){0,4}"
# "Box Set Bulletin is an independent podcast", "This week on Box Set Bulletin"
_OUTLET_IS_RE = re.compile(r"(?:^|(?<!\b[A-Z])[.!?]\s+)(?P<pub>" + _CAPS_OUTLET + r")\s+is\s+(?:an?\s+"
                           r"(?:[\w\-]+,?\s+){0,3}(?:podcast|newsletter|blog|magazine|website|zine|publication)\b|"
                           r"(?:reader|listener|member)-(?:funded|supported)\b|(?:supported|funded) by (?:its )?(?:readers|listeners|members)\b|(?:hosted|presented|written(?: and hosted)?|edited|produced) by\b|"
                           r"(?:published|owned) by\s+[A-Z]|(?:a\s+)?part of (?:the\s+)?[A-Z]|"  # "X is part of Brightwire Media"
                           r"an?\s+[A-Z][\w'’&\-]*(?:\s+(?:[A-Z&][\w'’&\-]*)){0,3}\s+(?:company|brand|title)\b)")  # "Glowbox is a Flicker & Hum company"
# "Loot Table verdict: Essential"
_OUTLET_VERDICT_RE = re.compile(r"^(?P<pub>" + _CAPS_OUTLET + r")\s+(?:verdict|rating|score)\s*:\s*\S")
_THIS_WEEK_ON_RE = re.compile(r"\b(?i:this week on|welcome(?: back)? to(?: issue \d+ of| the \w+ edition of)?|thanks for reading|thank you for reading)\s+(?P<pub>(?:[Tt]he\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z&][\w'’&\-]*){0,4})")
_POSITION_OF_RE = re.compile(rf"\b(?:policy or position|views|opinions|those) of\s+(?P<pub>{_PUB}?)\s*\.?$")
_EARNS_RE = re.compile(r"^(?P<pub>(?:The\s+)?[A-Z][\w&\-]*(?:\s+[A-Z&][\w&\-]*){0,4})\s+(?:may|might|can)\s+earn\s+(?:a|an)\s+(?:affiliate\s+)?commission")


# "Teodora Vance writes the Needle Drop Notes newsletter", "X writes the "Back Catalogue" column for Spin Cycle"
_BIO_WRITES_RE = re.compile(
    rf"^(?P<name>{NAME})\s+(?:writes|edits|runs|hosts)\s+(?:the\s+)?(?:[\"“][^\"”]{{1,40}}[\"”]\s+)?"
    rf"(?:(?P<own>(?:[A-Z][\w'’&\-]*)(?:\s+[A-Z&][\w'’&\-]*){{0,4}})\s+)?(?i:newsletter|column|blog|zine|podcast|substack)"
    rf"(?:[^.]{{0,60}}?\s+(?:for|at|in)\s+(?P<pub>{_PUB}?)(?=[.,;]|$))?")
# "Reviewed by Wren Halloway for Paperbark, a reader-funded books zine."
# "Marisol Achebe-Grant writes Reel Tangents from a small flat in Leeds.": the writer and the site she writes
_BIO_RUNS_RE = re.compile(rf"^(?P<name>{NAME})\s+(?:writes|edits|runs|publishes)\s+(?P<pub>{_CAPS_OUTLET})\s+"
                          rf"(?:(?:from|out of|single-handedly|alone|solo|by herself|by himself|by themselves)\b|{_EVERY})")
# "Maren Oduya runs the poetry newsletter Late Stanza and teaches ...": the medium, then its name
_BIO_MEDIUM_NAMED_RE = re.compile(rf"^(?P<name>{NAME})\s+(?:writes|edits|runs|hosts|publishes)\s+(?:the|a|an|her|his|their)\s+"
                                  rf"(?:[\w\-]+\s+){{0,2}}?(?i:newsletter|podcast|blog|zine|column|magazine|substack)\s+"
                                  rf"(?P<pub>{_CAPS_OUTLET})(?=[.,;]|\s+(?:and|from|which|with|since|every|each)\b|$)")
_REVIEWED_FOR_RE = re.compile(rf"^(?i:reviewed|written|words)\s+by\s+(?P<name>{NAME})\s+(?:for|at)\s+(?P<pub>{_PUB}?)(?=[.,;]|$)")


_ABOUT_RE = re.compile(r"^(?i:about the (?:author|reviewer|writer|critic))\s*[:.\-–—]\s*")


# "About me: I'm Delphine Achterberg, a cartographer by day": a blog's own bio, in the first person
_BIO_SELF_RE = re.compile(rf"^(?i:about me|about the (?:author|writer|reviewer))\s*[:.\-–—]\s*(?:I['’]m|I am|(?i:my name is))\s+"
                          rf"(?P<name>{NAME})(?=[,.;]|\s+(?:and|from|in)\b)")


def bio_byline(text: str) -> Byline | None:
    """The name (and outlet) in "Priya Nair is a critic at The Harbour Ledger.",
    "X is Second Screen's TV editor.", "X is a teacher who writes about books at Y."."""
    line = _ABOUT_RE.sub("", " ".join(text.split()))  # "About the author: Harriet Quayle writes ..."
    if m := _BIO_SELF_RE.match(" ".join(text.replace("*", "").split())):
        return Byline(m["name"].strip(), None)
    for regex in (_BIO_POSSESSIVE_RE, _BIO_ABOUT_FOR_RE, _BIO_NAME_RE, _BIO_LATE_RE, _REVIEWED_FOR_RE, _BIO_FOLLOW_RE):
        if m := regex.match(line):
            if regex is _BIO_NAME_RE and not m["pub"] and (runs := _BIO_RUNS_RE.match(line)):
                m = runs  # "X writes The Binge Memo every Friday": the outlet written, not a topic
            pub = (m.groupdict().get("pub") or "").strip().rstrip(".") or None
            return Byline(m["name"].strip(), pub)
    if m := _BIO_WRITES_RE.match(line) or _BIO_RUNS_RE.match(line) or _BIO_MEDIUM_NAMED_RE.match(line):
        pub = (m.groupdict().get("pub") or m.groupdict().get("own") or "").strip().rstrip(".") or None
        return Byline(m["name"].strip(), pub)
    return None


_MASTHEAD_SEG = re.compile(r"^(?:[Tt]he\s+)?[A-Z0-9][\w'’&.\-]*(?:\s+(?:[A-Z0-9&][\w'’&.\-]*|of|and|on|the|in)){0,5}$")


SECTION_WORDS = {"film", "films", "movies", "tv", "television", "books", "book", "games", "gaming", "music",
                  "food", "food & drink", "reviews", "review", "culture", "arts", "opinion", "features", "news",
                  "entertainment", "lifestyle", "stage", "theatre", "album of the week", "restaurants", "retrospective",
                  "retrospectives", "rewatch", "revisited", "classics", "essay", "essays", "analysis", "long read",
                  "first look", "dining", "eating out", "restaurant", "drink", "comedy", "dance", "art", "podcasts",
                  "streaming", "video games", "comics", "poetry", "fiction", "non-fiction", "nonfiction"}
_YEAR_ONLY_RE = re.compile(r"(?:18|19|20)\d\d")


def masthead_byline(text: str) -> Byline | None:
    """A masthead with a byline among its segments: "Gloss | Music | Reviewed by X",
    "Checkpoint Zine · reviewed by X"."""
    line = " ".join(text.replace("*", "").split())
    if len(line) < 160 and (m := _TAGLINE_BY_RE.match(line)):
        return Byline(person_case(m["name"]), m["pub"].strip())  # "Notes from the Back Row — a newsletter ..., by X"
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", line) if p.strip()]
    if len(parts) < 2 or len(line) > 120:
        return None
    for i, part in enumerate(parts):
        if i and (by := byline(part)) and by.author:
            outlet = next((p for p in parts[:i] if p.lower() not in SECTION_WORDS and _MASTHEAD_SEG.match(p)), None)
            if outlet is None and not by.publication:  # "TELEVISION | X, TV Critic | The Bellows | 14 August 2019"
                outlet = next((p for p in parts[i + 1:] if p.lower() not in SECTION_WORDS and _MASTHEAD_SEG.match(p)
                               and not date_line(p) and not _YEAR_ONLY_RE.fullmatch(p)), None)
            return Byline(by.author, outlet)
    return None


# "Reviewed on PS5 · Code provided by the publisher": how the review was made, no masthead.
_REVIEW_SETUP_RE = re.compile(r"(?i)^\W*(?:reviewed|played|tested|watched|listened|seen|screened)\s+(?:on|at|in)\b")


def review_setup(text: str) -> bool:
    """True for a line that says how the review was made: "Reviewed on PS5 · Code provided
    by the publisher", "Reviewed at Edinburgh International Film Festival, June 19, 2024"."""
    line = " ".join(text.replace("*", "").split())
    return len(line) < 200 and bool(_REVIEW_SETUP_RE.search(line)) and not reviewer_in(line)


# "Two Seats Back, the podcast where two friends rewatch ...": an outlet's name and its tagline.
_TAGLINE_RE = re.compile(rf"^(?P<pub>{_PUB_NAME})(?:,|\s+[—–-])\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?"
                         r"(?:podcast|newsletter|blog|zine|magazine|website)\b[^.!?]*$")


# "Notes from the Back Row — a newsletter about old movies, by Tobias Wrenfield": the outlet, its tagline, its writer.
_TAGLINE_BY_RE = re.compile(rf"^(?P<pub>[A-Z0-9][\w'’&\-]*(?:\s+(?:[A-Z0-9&][\w'’&\-]*|of|and|in|on|the|for|from|to|at|with|&)){{0,6}})"
                            rf"(?:,|\s+[—–-])\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:podcast|newsletter|blog|zine|magazine|website)\b"
                            rf"[^.!?]*?,?\s+by\s+(?P<name>{NAME})\.?$")


# "the slow shelf · a newsletter about books", "Save Scum Sundays (podcast) · Ep. 57": the medium said
# beside the name vouches for it, in any case.
_MEDIUM = r"(?:podcast|newsletter|blog|zine|magazine|webzine|website|forum|message board)"
_ANY_CASE_TAGLINE_RE = re.compile(rf"^(?P<pub>[\w'’&][\w'’&\- ]{{1,40}}?)\s+[·•|—–]\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?"
                                  rf"{_MEDIUM}\b[^.!?]*$|^(?P<pub2>[A-Z0-9][\w'’&\- ]{{1,40}}?)\s+\({_MEDIUM}\)(?:\s+[·•|—–]\s+.*)?$")


# The site a post was put on, said under its byline: "Posted on The Projector Room, a reader-reviews site".
_POSTED_ON_RE = re.compile(rf"^(?i:posted|published)\s+(?:on|at)\s+(?P<pub>[A-Z0-9][\w'’&\-]*(?:\s+(?:[A-Z0-9&][\w'’&\-]*|of|and|the)){{0,5}})"
                           r"(?:,\s+(?:a|an|the)\s+[^.!?]{1,60})?\.?$")


def masthead(text: str) -> str | None:
    """The outlet named on a masthead line: "Northside Weekly — Books", "Save State |
    Retro Rewind #41", "Film | The Meridian Courier" (a section name is skipped), or
    a tagline line: "Two Seats Back, the podcast where two friends rewatch ..."."""
    if len(text) < 120 and (m := _POSTED_ON_RE.match(" ".join(text.replace("*", "").split()))) and not _DATE_RE.search(m["pub"]) \
            and not re.match(rf"(?i)(?:\w+day|{MONTH}|tonight|this|last|next)\b", m["pub"]):
        return m["pub"].strip()  # "Posted on The Projector Room, a reader-reviews site"
    if len(text) < 120 and (m := _TAGLINE_RE.match(" ".join(text.replace("*", "").split()))):
        return m["pub"].strip()
    if len(text) < 120 and (m := _ANY_CASE_TAGLINE_RE.match(" ".join(text.replace("*", "").split()))):
        return (m["pub"] or m["pub2"]).strip()
    parts = [p.strip() for p in re.split(r"\s+[|·•—–]\s+|\s*[|·•]\s*", " ".join(text.split())) if p.strip()]
    if len(parts) < 2 or len(text) > 100 or review_setup(text) or re.search(r"(?i)\bprovided by\b", text):
        return None
    if any(len(p.split()) > 5 for p in parts):
        return None
    if parts[0].lower() == "home":
        return None  # "Home | Screenings | Members": a navigation bar starts at home, no site's name in it
    if about := re.fullmatch(r"(?i:about)\s+(?P<site>[A-Z].*)", parts[0]):
        return about["site"] if _MASTHEAD_SEG.match(about["site"]) else None  # "About Marginalia · Contributors · Pitch us"
    named = [p for p in parts if p.lower() not in _NAV_WORDS and not _DATE_RE.search(p)]
    if not named or not _MASTHEAD_SEG.match(named[0]) or re.fullmatch(r"\d+\s*(?:[smhdw]|min|hr|mo|yr)", named[0]):
        # ("3h · 🌐": a social post's age, never an outlet)
        return None
    return named[0]


_NAV_WORDS = SECTION_WORDS | {
    "home", "subscribe", "newsletter", "newsletters", "archive", "archives", "shop", "about", "about us", "contact",
    "essays", "streaming", "recaps", "podcast", "podcasts", "features", "search", "sign in", "log in", "login",
    "menu", "more", "video", "videos", "events", "guides", "interviews", "lists", "blog", "store", "donate",
    "support us", "jobs", "comics", "anime", "tech", "sport", "sports", "politics", "world", "business", "books",
    "literature", "fiction", "non-fiction", "poetry", "indie", "retro", "hardware", "deals", "esports", "travel",
    "box office", "festivals", "awards", "members", "journal", "browse", "community", "lists", "activity", "discover",
    "explore", "forums", "groups", "watchlist", "diary", "my books", "my films", "register", "join", "create account",
    "account", "profile", "help", "search books", "search films", "films", "shows", "tv shows", "trending",
    "faq", "quick links", "board index", "forum index", "members list", "unanswered topics", "active topics"}


_CALL_TO_ACT = r"(?i)(?:subscribe|donate|support us|sign up|join us)\b"  # "Subscribe to the print edition"
_SITE_PAGES = {"contact", "contact us", "about", "about us", "subscribe", "donate", "support us", "faq", "help", "log in", "sign in"}


def nav_line(text: str) -> str | None | bool:
    """A site's navigation bar pasted as a line ("THE HARBOUR COURIER | News |
    Culture | Film", "Film · Reviews · Essays · Archive · Shop"): the site's name
    when it leads the bar, False for a bar of section names only, None when the
    line is no navigation bar."""
    # "Home   My Books   Browse ▾": a bar pasted with runs of spaces for separators, menus marked "▾".
    raw = re.sub(r"\s*[▾▼⌄]", "", text.strip())
    line = " ".join(raw.split())
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s{2,}", raw) if p.strip()]
    # (the last item may be the site's call to act, said at length: "Subscribe to the print edition")
    if len(parts) < 3 or len(line) > 140 or any(len(p.split()) > 4 for p in parts[:-1]) \
            or len(parts[-1].split()) > 4 and not re.match(_CALL_TO_ACT, parts[-1]):
        return None
    parts = [" ".join(p.split()) for p in parts]
    rest = parts[1:]
    # Five or more short capitalised segments are a bar whatever their words ("Albums ·
    # Singles · Live · Interviews · Festival Guide"); a first one longer than the rest is the site.
    five = len(parts) >= 5 and all(re.fullmatch(r"[A-Z][\w'’&\-]*(?: (?:&|and|[A-Z][\w'’&\-]*)){0,2}", p) for p in parts) \
        and not any(re.search(r"(?i)\bby\b", p) for p in parts) \
        or len(parts) >= 5 and all(re.fullmatch(r"[a-z][\w'’&\-]*(?: [\w'’&\-]+){0,2}", p) for p in parts) \
        and sum(p in _NAV_WORDS for p in parts) >= 2  # "reviews · lists · the vault · about · support on Ko-fi": a bar in lower case
    # A row of short capitalised items that ends on the site's own pages ("Episodes · Patreon · Merch · Contact",
    # "Restaurants  Takeaway  Write a review  Log in"): its menu
    five = five or len(parts) >= 4 and (parts[-1].lower() in _SITE_PAGES or re.match(_CALL_TO_ACT, parts[-1])) \
        and all(re.fullmatch(r"[A-Z][\w'’&\-]*(?: [\w'’&\-]+){0,2}", p) for p in parts[:-1])
    if sum(p.lower() in _NAV_WORDS for p in rest) < max(2, (len(rest) + 1) // 2):
        if not five:
            return None
        longest = max(len(p.split()) for p in rest)
        return parts[0] if len(parts[0].split()) > longest else False
    first = parts[0]
    if first.split()[0].lower() in _NAV_WORDS and not _MASTHEAD_SEG.match(first) and not first.isupper():
        return False  # "TV news · Reviews · Recaps · What to watch": a section, said in sentence case, leads the bar
    if first.lower() == "home" and len(parts) >= 4:
        return False  # "Home | Reviews A–Z | Challenges | About": a bar that starts at home
    if first.lower() in _NAV_WORDS:  # ("News   Sport   Business   Culture   Property   Obituaries   Puzzles")
        return False if five or sum(p.lower() in _NAV_WORDS for p in parts) >= len(parts) - 1 else None
    # ("lowpoly letters · games · music · about · rss": a site named in lower case leads its lower-case bar)
    return first if _MASTHEAD_SEG.match(first) or first.isupper() or five and first.islower() else None


_BREADCRUMB_SPLIT = re.compile(r"\s*(?:›|»|>|/|→|‹|«)\s*")  # ("Board index ‹ Film ‹ Rewatch Club": a forum's, written leftwards)


def breadcrumb(text: str) -> str | None | bool:
    """A page's breadcrumb trail ("Static & Signal › TV › Streaming picks"): the site's
    name when it leads the trail, False for a trail of section names only
    ("Culture › Film › Reviews"), None when the line is no breadcrumb."""
    line = " ".join(text.split())
    if len(line) > 200 or not re.search(r"\s(?:›|»|>|/|→|‹|«)\s", line):
        return None
    parts = [p for p in _BREADCRUMB_SPLIT.split(line) if p]
    # the trail may end on the page's own long title (a forum thread's), after two or more short steps
    steps = parts[:-1] if len(parts) >= 3 and len(line) - len(parts[-1]) <= 100 else parts
    if len(parts) < 2 or len(steps) == len(parts) and len(line) > 100 or any(len(p.split()) > 6 for p in steps):
        return None
    first = parts[0]
    if first.lower() in _NAV_WORDS or first.lower() in {"home", "homepage", "you are here", "board index", "forum index", "index"}:
        return False  # ("Forums > Drama > Succession": the site's forums, not the site)
    return first if _MASTHEAD_SEG.match(first) else False


def breadcrumb_leaf(text: str) -> str | None:
    """The page a breadcrumb trail ends on when it is no section ("Home › Reviews › Dredge" ->
    "Dredge"): the article's own short name, often the work's."""
    if breadcrumb(text) is None:
        return None
    parts = [p for p in _BREADCRUMB_SPLIT.split(" ".join(text.split())) if p]
    leaf = parts[-1].strip()
    if len(parts) < 3 or leaf.lower() in SECTION_WORDS or not leaf[:1].isupper() or len(leaf.split()) > 6 \
            or leaf.isupper() or not all(p.lower() in SECTION_WORDS or p.lower() == "home" for p in parts[1:-1]) \
            or parts[-2].lower() not in _REVIEW_SECTIONS:
        return None  # ("Home / Features / Backlog Bonanza": a column, not a work)
    return leaf


_REVIEW_SECTIONS = {"reviews", "review", "film", "films", "movies", "tv", "television", "books", "book", "games",
                    "music", "albums", "restaurants", "food", "theatre", "stage"}


# "TV critic, The Copper Kettle", "Chief film critic at The Rushes"
_ROLE_LINE_RE = re.compile(
    rf"^(?:(?:[A-Za-z\-]+\s+){{0,3}}(?i:critic|editor|reviewer|writer|correspondent|contributor|columnist|blogger|journalist)"
    rf"|(?i:special)(?=\s+to\s))"  # "Special to The Cascade Daily Press": a freelancer's line under the byline
    rf"(?:\s*(?:,|\bat\b|\bfor\b|\bto\b)\s*(?P<pub>{_PUB}))?\.?"
    r"(?:\s*[·•|]\s*(?:\d[\d,]*\s+(?:articles?|reviews?|posts?)|\d+\s*(?:min(?:ute)?s?|m)\s+read))*$")


# A reviewer's profile counters, as review sites and forums print them beside the name:
# "63 reviews", "140 photos", "Posts: 3,118", "Joined: Feb 2022", "Senior Member", "Member since 2014".
_PROFILE_STAT_RE = re.compile(
    r"(?i)\d[\d,.]*k?\s+(?:reviews?|posts?|photos?|ratings?|followers?|following|friends?|check-?ins?|helpful votes?|films?|books?|games?|products?(?:\s+in\s+account)?)"
    r"(?:\s+(?:played|owned|read|watched|logged|reviewed|rated))?"  # "612 games played"
    r"|(?:posts|reviews|ratings|joined|member since|karma|reputation|level)\s*:?\s*\S.{0,20}"
    r"|(?:(?:senior|junior|new|full|veteran|elite|top|verified)\s+)?(?:member|reviewer|contributor)")


def profile_field(text: str) -> bool:
    """One profile counter alone on its line ("Senior Member", "Posts: 1,208", "Location: Leeds"), as a forum
    prints the poster's card one field a line."""
    line = " ".join(text.replace("*", "").split())
    return len(line) < 40 and bool(_PROFILE_STAT_RE.fullmatch(line) or re.fullmatch(r"(?i:location|from)\s*:\s*\S.{0,25}", line))


def profile_stats(text: str) -> bool:
    """A line of a reviewer's profile counters ("Portland, ME · 63 reviews · 140 photos"): two or
    more segments are counters; it stands beside or under the reviewer's name."""
    parts = [p.strip() for p in re.split(r"\s*[·•|]\s*", " ".join(text.replace("*", "").split())) if p.strip()]
    return len(text) < 160 and sum(bool(_PROFILE_STAT_RE.fullmatch(p)) for p in parts) >= 2


def role_line(text: str) -> tuple[bool, str | None]:
    """(True, outlet) for a line that states the reviewer's role ("TV critic, The Copper Kettle"),
    or their profile counters ("63 reviews · 140 photos": the site's reviewer, no outlet)."""
    line = " ".join(text.split())
    if profile_stats(line):
        return True, None
    parts = re.split(r"\s*[·•|]\s*", line)
    if len(parts) > 1 and any(date_line(p) for p in parts[1:]):  # "Staff Writer · Oct 22, 2024 · 5 min read"
        line = " · ".join(p for p in parts if not date_line(p))
    m = _ROLE_LINE_RE.match(line)
    return (True, (m["pub"] or "").strip() or None) if m else (False, None)


_FURNITURE_RE = re.compile(
    r"^(?:share(?: on| via| this)?\b.*|advertisement|"
    r"(?:you['’]re|you are) (?:receiving|getting) this\b.*|advert|sponsored|photo(?:graph|graphy)?\s*:.*|image\s*:.*|"
    r"(?:image|photo) credit.*|(?:published|updated|posted|last updated)\b.{0,40}\b(?:ago|bst|gmt|utc|am|pm)\b.*|"
    # a store's user review card: the reviewer's thumb and hours played ("👍 Recommended", "84.3 hrs on record")
    r"[👍👎]\s*(?:not\s+)?recommended|\d[\d,.]*\s*(?:hrs?|hours)\s+on\s+record\b.{0,40}|"
    r"\w{3} \d{1,2} \w{3} \d{4} \d{1,2}[.:]\d{2}(?: \w{3})?|copy link.*|print|email|comments?(?: \(\d+\))?|"
    r"\d+ comments?|listen to this (?:article|review).*|\d+ min(?:ute)?s? read|reading time.*|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\[(?:screenshot|image|photo|picture|caption|avatar|logo|headshot|author photo|profile picture)\b[^\]]*\]|"
    r"(?:watched|read|played|finished|listened|seen|rewatched)(?: in| on)? (?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?(?: \d{1,2},?)?(?: \d{4})?|"
    r"(?:published|posted|updated)(?: on)?\s*:?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?))$",
    re.IGNORECASE,
)


# One piece of a bar of page controls: "24 comments", "Share", "Back to top", "Next post →".
_CONTROL_RE = re.compile(
    r"^(?:[←→«»‹›↑]\s*)?(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|share(?:\s+this)?|back to top|top|"
    r"(?:previous|next|older|newer)(?:\s+(?:post|article|story|review|page|episode))?|(?:quick\s+|post\s+a\s+)?reply|like|print|email|"
    r"copy link|facebook|x|twitter|bluesky|threads|linkedin|reddit|whatsapp|instagram|tiktok|mastodon|"
    # a footer's and a newsletter's own links: "About ReelVerdict · Help · Careers", "Unsubscribe · Manage preferences"
    r"about(?: us| [A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,2})?|help|careers|advertise|privacy(?: policy| notice)?|"
    r"terms(?: of (?:use|service))?|cookies(?: policy)?|accessibility|contact(?: us)?|unsubscribe|manage (?:preferences|subscription)|"
    r"view in (?:your )?browser|"
    r"subscribe|sign up|log in|sign in|save(?: for later)?|bookmark|leave a (?:reply|comment)|comment|quote|report|reblog|"
    r"permalink)(?:\s*\(\d[\d,]*\))?(?:\s*[←→«»‹›↑])?$", re.IGNORECASE)  # "Like (9)": a control and its count
# "Tags: classic rock, 1970s", "Filed under: fantasy", "Read more: ...", "Related: ..."
_LABELLED_CHROME_RE = re.compile(
    r"^(?:tags?|tagged(?: with)?|filed (?:under|in)|categories|category|topics|read more|related(?: articles| reviews)?|"
    r"more (?:from |in |on )?(?!importantly\b|precisely\b|specifically\b)[\w &'’\-]{1,30}|see also|you might also like|"
    r"further reading|also in this (?:series|issue|edition|section)|also (?:in|on) (?!the\b|a\b)[\w &'’\-]{1,30}|shelves|(?:[←«‹]\s*)?previous(?: post| review| article)?|"
    r"next(?: post| review| article)?|next (?:week|month|time|issue|episode|up)(?: (?:in|on|at) [\w &'’\-]{1,30})?|"
    r"coming (?:up|next)|listen (?:on|now|here|via|wherever)|subscribe (?:on|via|wherever))\s*:", re.IGNORECASE)


# A picture's caption and credit: "Tom Cruise as Ethan Hunt in Fallout. Photograph: Paramount Pictures".
_CAPTION_RE = re.compile(r"[.)]\s+(?:photograph|photo|picture|image|illustration|still)s?\s*(?:by|:)\s*[^.]{1,80}\.?$", re.I)
_READ_TIME_RE = re.compile(r"^\d+\s*(?:min(?:ute)?s?|m)\s+read$", re.I)


def is_caption(text: str) -> bool:
    """A picture's caption with its credit (kept in the body: it often names the work)."""
    line = " ".join(text.replace("*", "").split())
    return len(line) < 200 and bool(_CAPTION_RE.search(line))


# A row of a page's buttons pasted in brackets: "[Sign up for The Glowbox Daily] [Search]".
_BUTTONS_RE = re.compile(r"(?:\[[^\[\]]{1,40}\]\s*){2,}")
# The previous and next posts' links: "← The Covenant of Water | Demon Copperhead →".
_PREV_NEXT_RE = re.compile(r"←\s*[^←→|·•]{1,60}(?:\s*[|·•]\s*[^←→|·•]{1,60}→)?|[^←→|·•]{1,60}→")


_TAGS_RE = re.compile(r"^(?i:tags?|tagged(?: with)?|filed (?:under|in)|categories|category|topics)\s*:\s*(?P<tags>\S.*)$")


def page_tags(text: str) -> str | None:
    """The page's own categories ("Filed in: Literary fiction, Books about friendship"): chrome, but
    they say what kind of work the page is about."""
    m = _TAGS_RE.match(" ".join(text.replace("*", "").split()))
    return m["tags"] if m else None


def is_furniture(text: str) -> bool:
    """Page chrome a pasted review carries at its top or bottom: share buttons,
    "Advertisement", photo credits, "Published 2 days ago", "Thu 26 Jul 2018 07.00
    BST", "24 comments · Share", "Tags: ...", "← Previous post | Next post →"."""
    line = " ".join(text.replace("*", "").split())
    if len(line) > 160:
        return False
    if _FURNITURE_RE.match(line) or _LABELLED_CHROME_RE.match(line) or _BUTTONS_RE.fullmatch(line) \
            or _PREV_NEXT_RE.fullmatch(line):
        return True
    if (dates := re.split(r",\s+(?=(?i:updated|last updated|modified)\b)", line)) and len(dates) == 2 \
            and all(_FURNITURE_RE.match(d) for d in dates):
        return True  # "Published 10 February, updated 11 February": the post's dates without a year
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", line) if p.strip()]
    if parts and all(_CONTROL_RE.match(p) or p.lower() in _NAV_WORDS for p in parts) and any(_CONTROL_RE.match(p) for p in parts):
        return True  # "Unsubscribe · Archive": the page's controls, with its sections among them
    # "Fiction · 6 min read", "Updated Jan 16 · 6 min read": a section or a date, and the reading time;
    # "Reissue of the month · 6 min read": a column's label in sentence case (a person's name is capitalised throughout)
    if len(parts) == 2 and _READ_TIME_RE.match(parts[1]) and re.fullmatch(r"[A-Z][a-z]+(?: [a-z][\w'’\-]*){1,4}", parts[0]):
        return True
    return any(_READ_TIME_RE.match(p) for p in parts) and all(
        _READ_TIME_RE.match(p) or _CONTROL_RE.match(p) or p.lower() in _NAV_WORDS or _FURNITURE_RE.match(p)
        for p in parts)


def appeared_in(text: str) -> str | None:
    """The outlet of "This article appeared in the print edition of X." (a trailer line,
    or one sentence of it)."""
    line = " ".join(text.replace("*", "").split())
    for sentence in [line, *re.split(r"(?<=[.!?])\s+", line)[1:]]:
        if m := _APPEARED_RE.match(sentence):
            return m["pub"].strip().rstrip(".")
    return None


# "© 2024 The Lantern Review", "© Hungry in Hackney 2024", "Copyright 2019–2024 Second Reel. All rights reserved."
_COPYRIGHT_RE = re.compile(rf"^(?:©|\(c\)|(?i:copyright))\s*©?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
                           rf"(?P<pub>{_PUB_NAME}?)(?:,?\s+(?:19|20)\d\d)?\s*(?:[.,·|•]\s*.*)?$")


# A footer that names the site, then its slogan, then a copyright naming nobody.
_NAMED_FOOTER_RE = re.compile(rf"^(?P<pub>{_PUB_NAME}?)\s+[—–|·•]\s+[^©]{{1,80}}?[.!]?\s*(?:©|\(c\))\s*(?:19|20)\d\d\.?$")


def copyright_holder(text: str) -> str | None:
    """The outlet a copyright line names ("© 2024 The Northern Review. All rights reserved.")."""
    line = " ".join(text.replace("*", "").split())
    parts = [p for p in re.split(r"\s+[|·•]\s+", line) if p]
    lead = None
    if len(parts) > 2 and len(line) < 160 and re.match(r"©|\(c\)", parts[-1]) \
            and all(len(p.split()) <= 3 for p in parts[:-1]) \
            and 2 * sum(bool(_CONTROL_RE.match(p)) for p in parts[:-1]) >= len(parts) - 1:
        # a footer's own links ("About FlickTally · Careers · Help · Terms · © 2024 FlickTally Inc."), maybe
        # led by the site's name ("GameShelf · Terms · Privacy · Developers · © GameShelf Labs 2025")
        lead = parts[0] if not _CONTROL_RE.match(parts[0]) else None
        line = parts[-1]
    m = _COPYRIGHT_RE.match(line) if len(line) < 160 else None
    pub = m["pub"].strip() if m else ""
    if not m and len(line) < 160 and (lead_m := _NAMED_FOOTER_RE.match(line)):
        pub = lead_m["pub"].strip()  # "The Night Desk — news, after hours. © 2024": the site, its slogan, a bare ©
    if lead and pub.lower().startswith(lead.lower()):
        pub = lead
    return pub if pub and not re.fullmatch(r"(?i:all rights reserved|the authors?)", pub) else None


def copyright_notice(text: str) -> bool:
    """A short trailer line holding a copyright notice anywhere in it ("X is published by Y. © 2021
    All rights reserved."): the page's, whether or not it names the holder."""
    line = " ".join(text.split())
    return len(line) < 200 and re.search(r"(?:^|[.!?]\s+)(?:©|\(c\)\s*(?:19|20)\d\d|(?i:copyright)\s+©?\s*(?:19|20)\d\d)", line) is not None


_COMPANY_TAIL_RE = re.compile(r"(?:\s+(?i:media|newspapers|publishing|publications|group|holdings))*"
                              r"(?:,?\s+(?i:ltd|limited|inc|llc|plc|gmbh|llp|co))\.?$")


def outlet_of(owner: str | None) -> str | None:
    """The outlet a copyright holder's company name stands for: "Dust Jacket Media Ltd" -> "Dust
    Jacket". The page's masthead, byline or trailer names the outlet first; this is the last resort."""
    name = _COMPANY_TAIL_RE.sub("", owner or "").strip()
    return name or None


# A newsletter's plug at the end: "Thanks for reading Low Static!", "Subscribe to The Matinee Club
# wherever you get your podcasts", "You're receiving Couch Theory because you subscribed".
_PLUG_RE = re.compile(rf"^(?i:thanks for reading|thank you for reading|subscribe to|you['’]re receiving|you are receiving|"
                      rf"you['’]re reading|you are reading)\s+(?P<pub>{_PUB_NAME}?)(?=\s*[!.,]|\s+(?i:because|wherever|on|here|for|"
                      rf"and|every|today|now|a)\b)")
# "Sign up to the Cinemaroll newsletter", "Get Static Bloom in your inbox every Friday": a newsletter's name,
# which may be a section's ("The Glasshouse TV newsletter"): the outlet only when nothing else names one.
_NEWSLETTER_RE = re.compile(rf"^(?:[^.!?]{{0,40}}[.!?]\s+)?(?:(?i:sign up (?:to|for)|subscribe to|join)\s+(?:the\s+)?(?P<pub>{_PUB_NAME}?)\s+"
                            rf"(?i:newsletter|mailing list)\b|(?i:get)\s+(?P<pub2>{_PUB_NAME}?)\s+(?i:in|straight to|delivered to) your inbox\b)")


# "You're receiving this because you joined The Ferry Lane Book Club mailing list."
_JOINED_RE = re.compile(rf"^(?i:you['’]re|you are) (?i:receiving|getting) this (?i:email |newsletter )?because you (?i:joined|subscribed to|"
                        rf"signed up (?:to|for)|follow)\s+(?P<pub>{_PUB_NAME}?)['’]?s?\s+(?i:mailing list|newsletter|list|emails|updates)\b")


def outlet_plug(text: str) -> str | None:
    """The newsletter or podcast a closing plug names."""
    line = " ".join(text.replace("*", "").split())
    # "If someone forwarded this to you, subscribe to X": the plug after the clause that says who it is for
    line = re.sub(r"^(?i:if (?:someone|a friend|somebody) (?:forwarded|sent|shared) (?:this|it) (?:to|with) you|"
                  r"if you(?:['’]re| are) (?:new here|not (?:yet )?subscribed))\s*,\s*", "", line)
    m = _PLUG_RE.match(line) or _JOINED_RE.match(line)
    return m["pub"].strip() if m and len(text) < 400 else None


def newsletter_outlet(text: str) -> str | None:
    """The newsletter a sign-up prompt names ("Sign up to the Cinemaroll newsletter for ...")."""
    m = _NEWSLETTER_RE.match(" ".join(text.replace("*", "").split()))
    return (m["pub"] or m["pub2"]).strip() if m and len(text) < 300 else None


# A letter's closing line before the writer's name: "Talk soon,", "Until next time,", "Cheers,".
_SIGNOFF_RE = re.compile(r"^(?:talk soon|speak soon|until next time|see you (?:on|at|in) (?:the )?[\w ]{1,20}|until (?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)|until then|see you next (?:week|time|month)|cheers|best|all best|"
                         r"best wishes|thanks(?: again)?|thank you|love|warmly|yours|happy (?:reading|watching|listening|"
                         r"playing|eating)|bye for now|take care|onwards|more soon|x+|xo+)"
                         r"(?:,?\s+(?:friends|all|everyone|folks|pals|y['’]all|readers|team))?\s*[,!.]?$", re.I)  # "Happy reading, friends,"


def is_signoff(text: str) -> bool:
    """A letter's closing line ("Talk soon,"): part of the byline, never the body's last line."""
    return bool(_SIGNOFF_RE.match(" ".join(text.replace("*", "").split())))


def welcome_publication(text: str) -> str | None:
    """The newsletter, blog or podcast that greets its readers: "Welcome back to The
    Slow Shelf", "This week on Box Set Bulletin"."""
    m = _THIS_WEEK_ON_RE.search(text)
    return m["pub"].strip() if m else None


# "— written by Orla Fenwick-Dace, Subway Seat's streaming columnist": the outlet whose critic the writer is.
_POSSESSIVE_OUTLET_RE = re.compile(r"(?:,\s+|\b(?:is|as)\s+)(?P<pub>" + _PUB_NAME + r")['’]s\s+(?:[\w\-]+\s+){0,2}?"
                                   r"(?:critic|columnist|editor|writer|reviewer|correspondent)\b")


def possessive_outlet(text: str) -> str | None:
    """The outlet named as the writer's employer: "X, Subway Seat's streaming columnist"."""
    m = _POSSESSIVE_OUTLET_RE.search(" ".join(text.split()))
    return m["pub"].strip() if m and not m["pub"].lower().startswith(("his ", "her ", "their ")) else None


def outlet_statement(text: str) -> str | None:
    """The outlet a trailer line describes: "Box Set Bulletin is an independent podcast"."""
    m = _OUTLET_IS_RE.search(" ".join(text.replace("*", "").split()))
    return m["pub"].strip() if m else None


def reviewer_in(text: str) -> str | None:
    """The reviewer a disclosure names: "Reviewed on Switch by Juno Park."."""
    line = " ".join(text.split())
    m = _REVIEWED_BY_RE.search(line)
    if m and (m["name"].split()[-1].lower() in OUTLET_WORDS
              or re.match(r"\s+(?:[a-z]+\s+)?(?:staff|team|volunteers|members|readers)\b", line[m.end():])):
        return None  # "written by Maple Hill Public Library staff": the institution's people, no one signing
    return m["name"].strip().rstrip(".") if m else None


def outlet_verdict(text: str) -> str | None:
    """The outlet named in its verdict line: "Loot Table verdict: Essential"."""
    m = _OUTLET_VERDICT_RE.match(" ".join(text.split()))
    return m["pub"].strip() if m and len(text) < 80 else None


# An ethics note's subject: "Gamewright Quarterly has no commercial relationship with ...", "Lunch Hour pays for
# every meal it reviews", then "Slow Save is an independent, ad-free site".
_ETHICS_SUBJECT_RES = [
    re.compile(rf"(?:^|(?<=[.!?;]\s))(?P<pub>{_PUB_NAME})\s+(?:has|have|receives?|takes?|accepts?)\s+no\b|"
               rf"(?:^|(?<=[.!?;]\s))(?P<pub2>{_PUB_NAME})\s+(?:pays?|paid)\s+for\s+(?:every|all|each|its)\b"),
    re.compile(rf"(?:^|(?<=[.!?;]\s))(?P<pub>{_PUB_NAME})\s+is\s+(?:an?\s+)?(?:independent|reader-(?:funded|supported)|"
               r"ad-free|non-profit|not-for-profit|volunteer-run)[,\s]+(?:[\w\-]+,?\s+){0,3}?(?:site|website|publication|"
               r"magazine|blog|newsletter|zine|podcast|outlet)\b"),
]


def disclaimer_publication(text: str) -> str | None:
    """The outlet a "views expressed ... do not reflect the position of X" line names."""
    if m := _EARNS_RE.match(" ".join(text.split())):
        return m["pub"].strip()
    line = " ".join(text.replace("*", "").split())
    for rx in _ETHICS_SUBJECT_RES:
        for m in rx.finditer(line):
            pub = (m["pub"] or m.groupdict().get("pub2") or "").strip()
            if pub and pub.split()[0] not in ("I", "We", "It", "This", "The", "He", "She", "They") or re.match(r"The\s+[A-Z]", pub):
                return pub
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
                                    or _BIO_FOLLOW_RE.match(line)
                                    or _BIO_WRITES_RE.match(line) or _BIO_RUNS_RE.match(line) or _BIO_MEDIUM_NAMED_RE.match(line)
                                    or _BIO_SELF_RE.match(line.replace("*", ""))
                                    or _REVIEWED_FOR_RE.match(line))


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
    # "Grimlantern Studio · Publisher: Ossuary Games · Platforms: PC": a line of fields, the first the label's
    value = re.split(r"\s+[·•]\s+", m["value"].strip(), maxsplit=1)[0].rstrip(".")
    if entry[1] == "book" and entry[0] == "year" and re.search(r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
                                                          r"|\d{1,2}[:.]\d{2}\b", value):
        return None  # "Published: Thursday, 16 January 2025, 08:00": the page's time stamp, not a book's year
    if entry[0] == "title" and not re.search(r"[^\W\d_]", value):
        # "Series: 2", "Film: 3 of 10": a count, never a title; the label still says the kind
        return Fact("kind", entry[1], value) if entry[1] else None
    return Fact(entry[0], entry[1], value)


def apply_fact(work: Work, f: Fact) -> None:
    """Fill ``work`` from a fact line; the first value of each field wins."""
    if f.kind and work.kind == "other":
        work.kind = f.kind  # the label says it ("Director:" a film; "Platforms: PS5, PC" a game)
    if f.field == "title" and work.title is None:
        title, year = split_year(f.value)
        # "Fleabag — Series 2", "Succession: Season 4": the series is the work, the season a part of it
        title = re.sub(r"(?<=\w)\s*(?:[—–:,-]\s*)?\(?\b(?i:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six)\)?$", "", title.strip())
        # "Disco Elysium (The Final Cut)", "Blade Runner (Director's Cut)": the edition played or seen, not the work's name
        title = re.sub(r"(?<=\w)\s*\((?:[^()]*\s)?(?i:cut|edition|remaster|remastered|version|re-release|reissue)\)$", "", title)
        # A library catalogue's record (ISBD punctuation): the title proper ends at a spaced " : " (other title
        # information: "Tomorrow, and tomorrow, and tomorrow : a novel") or " / " (the statement of responsibility)
        title = re.split(r"\s+[:/]\s+", title, maxsplit=1)[0]
        work.title = strip_quotes(title)
        if year and work.year is None:
            work.year = year
    elif f.field == "creator" and work.creator is None:
        if re.fullmatch(r"[a-z0-9._\-]*[_\d][a-z0-9._\-]*", f.value):
            return  # a forum's "Author: frybread_oracle": a poster's handle, never a work's maker
        value = re.sub(r"(?<=\w)\s+\([^()]{1,40}\)$", "", f.value)  # "Adam Robinson-Yu (adamgreen)": the maker, then an aside
        if inverted := re.fullmatch(r"(?P<last>[A-Z][\w'’\-]+),\s+(?P<first>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?)"
                                    r"(?P<dates>,\s+\d{4}-(?:\d{4})?)?\.?", value):
            if inverted["dates"] or f.kind == "book" and " " not in inverted["first"]:
                value = f"{inverted['first']} {inverted['last']}"  # a catalogue's "Ishiguro, Kazuo, 1954-", an author's "Zevin, Gabrielle"
        # "Tamara Kotevska, Ljubomir Stefanov" -> "Tamara Kotevska and Ljubomir Stefanov"
        work.creator = re.sub(r",\s+(?=[^,]+$)", " and ", value) if "," in value and " and " not in value else value
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




_SIGNER_RE = re.compile(rf"^(?P<name>{NAME}|{USER})(?:\s*[|·•]\s*(?P<pub>[^|·•]{{2,60}}))?$")
_MEMBER_TAIL_RE = re.compile(r"\s+(?i:member|joined|registered|posting)\b.*$")  # "Pixel Lantern Forums member since 2014"
_ROLE_TAIL_RE = re.compile(r"\s+(?i:co-)?(?i:editor|critic|writer|reviewer|columnist|contributor)s?$")
_RANK_RE = re.compile(r"(?i)\b(?:senior|chief|lead|deputy|associate|assistant|contributing|staff|guest|managing|executive)\b")
_SIGNED_AT_RE = re.compile(r",?\s+(?:at|for|of)\s+(?P<pub>(?:the\s+)?[\w'’&][\w'’&\- ]{1,50}?)\W*$")


def signature_pair(upper: str, lower: str) -> Byline | None:
    """A signature said twice, as pages print them: a short line naming the author
    ("Food Corner is written by Beatrix Olumide-Farr", "Posted by Saoirse Lindqvist at the
    rerun club", "posted by frost_and_feather") over the name alone, or the name and its
    outlet ("frost_and_feather | Pixel Lantern Forums member since 2014"). The repetition
    vouches for the name, so any name shape (a username, an outlet in lower case) is read."""
    upper, lower = " ".join(upper.replace("**", "").split()).strip("*_ "), " ".join(lower.replace("**", "").split()).strip("*_ ")
    if not (m := _SIGNER_RE.match(lower)) or len(upper.split()) > 15 or upper.endswith((".", "!", "?")) and not \
            upper.endswith(m["name"] + "."):
        return None
    name = m["name"].lstrip("@")
    if name.lower() in _NAV_WORDS or not re.search(rf"(?<![\w@]){re.escape(name)}(?!\w)", upper) or upper == lower:
        return None
    if " " not in name and not re.search(r"[_\d]|[a-z][A-Z]|^[a-z]", name):
        return None  # one capitalised word ("Marnie") is no signature
    pub = m["pub"] and _MEMBER_TAIL_RE.sub("", m["pub"]).strip()
    after = upper[upper.find(name) + len(name):]
    if not pub and (at := _SIGNED_AT_RE.match(after)):
        pub = at["pub"]  # "... Saoirse Lindqvist at the rerun club": the outlet as written
    if not pub and (by := byline(upper)) and by.publication:
        pub = by.publication
    if not pub and (comma := re.match(r",\s+(?P<pub>[^,]{2,40}?)$", after)) and _ROLE_TAIL_RE.search(comma["pub"]):
        pub = comma["pub"]  # "words by Fen Arkwright, BACKLIT co-editor"
        if _ROLE_TAIL_RE.sub("", pub).strip().islower():
            pub = None  # "Lorcan Mbatha, restaurant critic", "contributing writer": the role, no outlet
    pub = pub and _ROLE_TAIL_RE.sub("", pub).strip() or None
    if pub and _RANK_RE.sub("", pub).strip().lower() in SECTION_WORDS | {""}:
        pub = None  # "Shona Adeyemi, Deputy Reviews Editor": the desk and the rank, no outlet
    return Byline(person_case(name), pub)
