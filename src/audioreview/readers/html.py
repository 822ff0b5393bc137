"""HTML reader: a saved web page -> the review article in it.

trafilatura finds the main article and drops navigation, share buttons, ads and
comments; its XML output keeps headings (``<head rend="h2">``), lists, quotes
and inline formatting, which become sections, blocks and marks. Page metadata
comes from trafilatura (title, author, date, site name) and, when present, from
a schema.org ``Review`` in JSON-LD (the reviewed work, its rating, the author),
which is more precise and wins where both speak.
"""

from __future__ import annotations

import json
import logging
import math
import re
from typing import Any

import lxml.etree as etree
import lxml.html
import trafilatura

from ..dates import iso_date
from ..errors import InputError
from ..model import Metadata, Provenance, Rating, Review, Work
from .inline import InlineText
from . import bylines
from .boxes import prune_page
from .furniture import drop_furniture
from .structure import Item, build_review

logging.getLogger("trafilatura").setLevel(logging.ERROR)

_SCHEMA_KINDS = {
    "movie": "film", "film": "film", "book": "book", "videogame": "game", "game": "game",
    "tvseries": "tv", "tvseason": "tv", "tvepisode": "tv", "episode": "tv",
}
_MARKS = {"#i": "em", "#b": "strong", "#u": "em", "#t": "code"}
# JSON-LD is read only this deep: a Review sits at the top, in a list or in
# "@graph"; names are a value, a {"name": ...} or a list of those.
_LD_DEPTH = 6
_NAME_DEPTH = 2
# A page with more elements than this is refused before trafilatura walks it (it
# takes about 0.1 ms an element: 330,000 one-word paragraphs ran over 30 s);
# saved review pages, ads and comments included, have a few thousand.
MAX_ELEMENTS = 30_000
_SURROGATE = re.compile("[\ud800-\udfff]")


def _scalar(value: Any) -> str | None:
    """A JSON-LD value as text when it is a string or a finite number (never a
    list or object, whose text could be huge or nest deeper than the stack)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return _SURROGATE.sub("\ufffd", str(value))


def _name(value: Any, depth: int = 0) -> str | None:
    if isinstance(value, list):
        if depth >= _NAME_DEPTH:
            return None
        names = [n for n in (_name(v, depth + 1) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    text = _scalar(value)
    return text.strip() if text and text.strip() else None


def _kinds(data: dict) -> list[str]:
    kinds = data.get("@type")
    return [k.lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]


def _reviews_in(data: Any, depth: int = 0) -> list[dict]:
    found: list[dict] = []
    if depth > _LD_DEPTH:
        return found
    if isinstance(data, list):
        for d in data:
            found += _reviews_in(d, depth + 1)
    elif isinstance(data, dict):
        if any(k in ("review", "criticreview") for k in _kinds(data)):
            found.append(data)
        if "@graph" in data:
            found += _reviews_in(data["@graph"], depth + 1)
    return found


def _json_ld_review(page: lxml.html.HtmlElement) -> dict | None:
    for script in page.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # broken (or absurdly nested) JSON-LD is common on the web; it is optional
        reviews = _reviews_in(data)
        if reviews:
            return reviews[0]
    return None


def _apply_json_ld(review: dict, metadata: Metadata) -> None:
    item = review.get("itemReviewed")
    if isinstance(item, dict):
        work = Work(title=_name(item))
        for k in _kinds(item):
            if k in _SCHEMA_KINDS:
                work.kind = _SCHEMA_KINDS[k]
        year = _scalar(item.get("datePublished") or item.get("dateCreated"))
        if year and (m := re.match(r"^\s*(\d{4})", year)):
            work.year = int(m[1])
        work.creator = _name(item.get("director") or item.get("author") or item.get("creator")
                             or item.get("publisher"))
        metadata.work = work
    rating = review.get("reviewRating")
    if isinstance(rating, dict):
        # A rating that is not a finite number ("NaN", 1e400) is no rating: left out.
        given, best = _scalar(rating.get("ratingValue")), _scalar(rating.get("bestRating", 5))
        try:
            value = float(given.replace(",", ".")) if given else math.nan
            scale = float(best.replace(",", ".")) if best else math.nan
        except ValueError:
            value = scale = math.nan
        if math.isfinite(value) and math.isfinite(scale) and 0 <= value <= scale:
            metadata.rating = Rating(text=f"{given}/{best}", value=value, scale=scale)
    metadata.author = metadata.author or _name(review.get("author"))
    metadata.publication = metadata.publication or _name(review.get("publisher"))
    if not metadata.date and (day := iso_date(_scalar(review.get("datePublished")))):
        metadata.date = day


def _inline(element: etree._Element) -> tuple[str, list, list[str]]:
    """Text, marks and lines of a trafilatura XML element (``hi``, ``ref``, ``lb``...)."""
    out = InlineText()
    lines: list[list[str]] = [[]]  # the pieces of each line

    def walk(el: etree._Element, top: bool) -> None:
        kind = None if top else (_MARKS.get(el.get("rend", "")) if el.tag == "hi" else
                                 "link" if el.tag == "ref" else "code" if el.tag == "code" else None)
        if el.tag == "lb":
            out.add(" ")
            lines.append([])
        if kind:
            out.open(kind, el.get("target") if kind == "link" else None)
        if el.text and el.tag != "lb":
            out.add(el.text)
            lines[-1].append(el.text)
        for child in el:
            if child.tag in ("list", "quote", "table", "graphic"):
                continue
            walk(child, False)
            if child.tail:
                out.add(child.tail)
                lines[-1].append(child.tail)
        if kind:
            out.close()

    walk(element, True)
    text, marks = out.finish()
    joined = ("".join(pieces) for pieces in lines)
    return text, marks, [" ".join(ln.split()) for ln in joined if ln.strip()]


def _items(main: etree._Element) -> list[Item]:
    items: list[Item] = []
    lists = 0

    def visit(el: etree._Element, quote: bool) -> None:
        nonlocal lists
        if el.tag == "head":
            text, _, _ = _inline(el)
            level = int(el.get("rend", "h2")[1:]) if re.fullmatch(r"h[1-6]", el.get("rend", "")) else 2
            items.append(Item(text=text, kind="heading", level=level))
        elif el.tag == "p":
            text, marks, lines = _inline(el)
            items.append(Item(text=text, kind="quote" if quote else "paragraph", marks=marks, lines=lines))
        elif el.tag == "quote":
            if any(c.tag in ("p", "list") for c in el):
                for child in el:
                    visit(child, True)
            else:
                text, marks, lines = _inline(el)
                items.append(Item(text=text, kind="quote", marks=marks, lines=lines))
        elif el.tag == "list":
            lists += 1
            list_id, ordered = f"list-{lists}", el.get("rend", "") == "ol"
            for entry in el.iter("item"):
                text, marks, _ = _inline(entry)
                items.append(Item(text=text, kind="list_item", marks=marks, list_id=list_id, ordered=ordered))
        elif el.tag in ("div", "section", "main"):
            for child in el:
                visit(child, quote)
        # tables, graphics, code blocks: not narrated

    for child in main:
        visit(child, False)
    return items


# Where a date starts in a line of names: "Nov 14, 2024", "14 Nov 2024", "2024-11-14".
_DATE_START_RE = re.compile(rf"\s(?=(?i:{bylines.MONTH})\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+(?i:{bylines.MONTH})\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")


def _author_name(text: str) -> str | None:
    """trafilatura's author, cut to the name when it ran into a bio ("Mika Jansen Mika is a staff writer")."""
    text = " ".join(text.split())
    text = _DATE_START_RE.split(text, maxsplit=1)[0].rstrip(" ,·|•—–-")  # "Nell Achterberg Nov 14, 2024"
    words = text.split()
    if len(words) >= 3 and re.fullmatch(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?", words[-1]):
        text = " ".join(words[:-1])  # "Nell Achterberg Nov": a month left where the date was cut off ("May" is a name too)
    if not text:
        return None
    if by := bylines.byline(text, trailing=True):
        return by.author
    m = re.match(rf"^(?:{bylines.NAME})", text)
    if m and len(m[0].split()) >= 2:
        words = m[0].split()
        # "Mika Jansen Mika": a repeated first name starts the bio
        if len(words) > 2 and words[-1] == words[0]:
            words = words[:-1]
        return " ".join(words)
    return text if len(text.split()) <= 4 else None


def _site_name(page: lxml.html.HtmlElement) -> str | None:
    """The site's name from og:site_name, or from the <title> ("Headline | Site")
    when trafilatura found none."""
    for value in page.xpath("//meta[@property='og:site_name']/@content | //meta[@name='application-name']/@content"):
        if value.strip():
            return " ".join(value.split())
    title = " ".join(" ".join(page.xpath("//title//text()")).split())
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
        head, found, site = title.rpartition(sep)
        if found and head and 0 < len(site.split()) <= 5 and site.lower() not in {"review", "reviews", "film review", "book review"}:
            return site.strip()
    return None


def _publication(guessed: str | None, site: str | None) -> str | None:
    """trafilatura's site name, unless it is only a domain or a handle ("example.invalid",
    "Lowpolypress" from "@lowpolypress") and the page names the site itself (og:site_name,
    the <title>'s suffix "Headline – Low Poly Press"): a reader says the name as written."""
    guessed = " ".join((guessed or "").split()) or None
    if guessed and site and " " not in guessed and " " in site.strip():
        squeezed = re.sub(r"\W", "", site).lower()
        if "." in guessed or guessed.lstrip("@").lower() == squeezed:
            return site
    return guessed or site


# A catalogue's contributor credit: a name and its role in brackets, as bookshops list a book's makers.
_CONTRIBUTOR_ROLE_RE = re.compile(r"\((?i:author|co-author|translator|editor|illustrator|narrator|foreword|introduction)\)")


def _page_byline(page: lxml.html.HtmlElement) -> str | None:
    """The author from a byline element trafilatura dropped ("Words by X • Published ...")."""
    # byline, author (auth, autor, auteur), meta, "__by"/"-by" classes; rel/itemprop author; a link to a profile page;
    # the writer's bio (class "bio": "X is a contributing editor at Y."), which extractors drop as boilerplate
    path = ("//*[contains(@class,'byline') or contains(@class,'auth') or contains(@class,'autor') "
            "or contains(@class,'auteur') or contains(@class,'meta') or contains(@class,'__by') "
            "or contains(@class,'-by') or @rel='author' or @itemprop='author' "
            "or contains(concat(' ',@class,' '),' bio ') or contains(@class,'author-bio') "
            "or contains(@href,'/author/') or contains(@href,'/auteur/') or contains(@href,'/autor/') "
            "or starts-with(@href,'/@')]")
    for el in page.xpath(path)[:20]:
        chunks = [" ".join(c.split()) for c in el.itertext() if c.strip()]
        if not chunks or _CONTRIBUTOR_ROLE_RE.search(" ".join(chunks)):
            continue  # "Olga Brandt (Author), Tim Sayer (Translator)": a shop's credits for the book, not its reviewer
        text = re.split(r"\s+[•·|]\s+", " ".join(chunks))[0]
        if by := bylines.byline(text) or bylines.byline(re.split(r"\s+[•·|]\s+", chunks[0])[0], trailing=True):
            return by.author
        # an author box the furniture filter drops: "Reviewed by Mika Jansen. Mika is a staff writer at ..."
        first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
        if name := bylines.reviewer_in(first) or ((bio := bylines.bio_byline(text)) and bio.author):
            return name
    # Anywhere else, only a line that says it is a byline: a segment of the <title>
    # ("Headline | by X | Outlet", as blog platforms write it), or a short heading or
    # line of the page ("Written by X" over an author card).
    lines = [seg for t in page.xpath("//title/text()") for seg in re.split(r"\s+[|·•—–-]\s+", t)]
    lines += [t for t in page.xpath("//body//*[self::h2 or self::h3 or self::h4 or self::p or self::span]/text()")
              if len(t) < 80]
    for line in lines:  # two names at least: "Von Berlin" is no byline, German nouns are capitalised
        if (by := bylines.explicit_byline(line)) and by.author and len(by.author.split()) >= 2:
            return by.author
    return None


def _br_lines(el: lxml.html.HtmlElement) -> list[str]:
    """An element's lines as its <br> tags break them."""
    lines = [el.text or ""]
    for child in el:
        if child.tag == "br":
            lines.append("")
        elif isinstance(child.tag, str):
            lines[-1] += child.text_content()
        lines[-1] += child.tail or ""
    return [" ".join(ln.split()) for ln in lines if ln.strip()]


def _signed_paragraph(page: lxml.html.HtmlElement) -> bylines.Byline | None:
    """A signature the article extractor dropped with its paragraph: a closing paragraph (a
    disclosure, often) whose last <br> lines say the name twice ("... Screeners are never
    accepted.<br>Odile Farrant at Ferry Post<br>Odile Farrant"), as a page copied from a CMS prints it."""
    for el in reversed(page.xpath("//body//p[br]")):
        lines = _br_lines(el)
        if len(lines) >= 2 and (pair := bylines.signature_pair(lines[-2], lines[-1])):
            return pair
    return None


def _in_chrome(el: lxml.html.HtmlElement) -> bool:
    """Inside the page's navigation or footer, where no fact about the work stands."""
    return any(a.tag in ("nav", "footer") for a in el.iterancestors())


def _pair_fact(label: lxml.html.HtmlElement, value: lxml.html.HtmlElement) -> bylines.Fact | None:
    """The fact a label cell and its value cell state, read as one "Label: value" line."""
    return bylines.fact(f"{label.text_content().strip()}: {value.text_content().strip()}")


def _infobox_facts(page: lxml.html.HtmlElement) -> list[bylines.Fact]:
    """The work's facts from a definition list ("<dt>Title</dt><dd>Piranesi</dd>") or a table's
    two-cell rows led by a header cell ("<tr><th>Author</th><td>...</td></tr>"), which the
    article extractor drops: the labels :func:`.bylines.fact` knows, outside the page's navigation."""
    facts: list[bylines.Fact] = []
    for dl in page.iter("dl"):
        if _in_chrome(dl):
            continue
        for dt in dl.iterchildren("dt"):
            dd = dt.getnext()
            if dd is not None and dd.tag == "dd" and (f := _pair_fact(dt, dd)):
                facts.append(f)
    # A fact table's rows: "<tr><th>Author</th><td>Samin Nosrat</td></tr>"; a row of two plain cells
    # counts when its table's first column holds two or more fact labels (a column of labels is an
    # infobox, whichever cell tag the page used: "<tr><td>Game</td><td>Chants of Sennaar</td></tr>").
    rows: dict[object, list[tuple[bylines.Fact, bool]]] = {}
    for tr in page.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) == 2 and cells[1].tag == "td" and not _in_chrome(tr) \
                and (f := _pair_fact(*cells)) \
                and not (f.field == "title" and len(re.findall(r"(?<![\w'’\-])(?!(?:of|the|and|a|an|in|on|at|to|for|with|or|from)\b)[a-z]\w*", f.value)) >= 2):
            # (not "Book: Walk-ins only at the bar": a title, not a sentence)
            rows.setdefault(next(tr.iterancestors("table"), None), []).append((f, cells[0].tag == "th"))
    for found in rows.values():
        facts += [f for f, headed in found if headed or len(found) >= 2]
    for li in page.iter("li"):  # a list of bold labels, in an aside the extractor drops: "<li><strong>Released:</strong> 2022</li>"
        label = next((c for c in li if isinstance(c.tag, str)), None)
        if label is not None and label.tag in ("strong", "b") and label.text_content().strip().endswith(":") \
                and not _in_chrome(li) and (f := bylines.fact(" ".join(li.text_content().split()))) and f.field != "title":
            facts.append(f)
    return facts


def read_html(text: str, name: str) -> Review:
    """A Review from a saved HTML page (its main article only)."""
    try:
        # The text is decoded already: say so, or libxml2 reads a page with no <meta charset> as Latin-1
        page = lxml.html.fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse the HTML: {exc}", name) from None
    elements = sum(1 for _ in page.iter())
    if elements > MAX_ELEMENTS:
        raise InputError(f"too large to be a review page: {elements:,} HTML elements (at most {MAX_ELEMENTS:,})",
                         name)
    try:
        xml = trafilatura.extract(
            prune_page(page), output_format="xml", include_formatting=True, include_links=True,
            include_comments=False, include_tables=False, include_images=False, with_metadata=True,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises assorted errors on odd pages
        raise InputError(f"cannot extract the article from the HTML: {exc}", name) from None
    if not xml:
        raise InputError("no article text found in the HTML page", name)
    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as exc:  # trafilatura's own output, nested deeper than lxml reads
        raise InputError(f"cannot read the article extracted from the HTML: {exc}", name) from None
    main = doc.find("main")
    metadata = Metadata(source_format="html", source_name=name)
    metadata.title = " ".join((doc.get("title") or "").split())
    metadata.author = _author_name(doc.get("author") or "")
    if metadata.author and re.search(re.escape(metadata.author) + r"\s*" + _CONTRIBUTOR_ROLE_RE.pattern,
                                     " ".join(page.text_content().split())[:20000]):
        metadata.author = None  # "Olga Brandt (Author)": the book's maker as a shop credits it, not the reviewer
    metadata.publication = _publication(doc.get("sitename"), _site_name(page))
    if not metadata.author and (signed := _signed_paragraph(page)):
        metadata.author = signed.author
        metadata.publication = metadata.publication or signed.publication
    if not metadata.author:
        metadata.author = _page_byline(page)
    metadata.url = doc.get("url") or None
    if day := iso_date(doc.get("date")):
        metadata.date = day
    lang = page.get("lang") or page.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        metadata.language = lang.strip()
        metadata.provenance["language"] = Provenance("html meta")
    if (ld := _json_ld_review(page)) is not None:
        _apply_json_ld(ld, metadata)
    for f in _infobox_facts(page):
        bylines.apply_fact(metadata.work, f)
    bios: list[str] = []
    items = drop_furniture(_items(main), metadata.author, bios, metadata.publication) if main is not None else []
    for by in filter(None, map(bylines.bio_byline, bios)):  # the critic's bio, dropped: it names them still
        if not metadata.author:
            metadata.author, metadata.provenance["author"] = by.author, Provenance("byline", 0.9)
        if not metadata.publication and by.publication:
            metadata.publication, metadata.provenance["publication"] = by.publication, Provenance("byline", 0.85)
    if not any(it.kind != "heading" and it.text.strip() for it in items):
        raise InputError("no article text found in the HTML page", name)
    if items and items[0].kind == "heading" and metadata.title and items[0].text == metadata.title:
        items = items[1:]
    return build_review(items, metadata, label=name)
