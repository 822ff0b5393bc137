"""Page furniture, step 1: the boxes of a saved web page, removed before trafilatura.

A copy of the parsed page loses, before trafilatura reads it (docs/readers.md):

- elements whose class, id, aria-label or data attributes name furniture
  (:data:`FURNITURE_TOKENS`, in English, German, French and Spanish), unless
  they hold more than :data:`MAX_PRUNED_WORDS` words (a wrapper of the article
  is never a box); a data attribute's name (``data-ad``, ``data-audio``) only
  for an element with no prose in it;
- boxes built like furniture, whatever their names: a call-to-action box (a
  small box around a button, or a link standing on its own, that asks the
  reader to subscribe, sign up, support, donate or log in), a form or poll (two
  inputs or more), an image box (an image, then a line or two of caption), an
  embedded post (signed "Name (@handle) · date"), a comment section (a box that
  opens with "Comments (3)" and holds less than half the page's prose), a small
  box that opens with a line of furniture, or whose short heading is followed
  by one (:func:`_opens_with_furniture`; before the review's first paragraph only
  without a heading, byline or date), short lines that share their parent and class
  with a line of furniture (:func:`class_kin`), a ``<details>`` or ``<dl>`` with no
  prose (:func:`_is_disclosure_box`), a box of links (:func:`_is_link_box`), a small
  box around a lone button or link whatever its words (:func:`_is_action_box`), a
  quotation signed as furniture or by one of the outlet's readers (:func:`_is_signed_box`);
- a link after a paragraph's last sentence whose words are furniture (:func:`trailing_links`).

The review's own prose is kept whatever its wrapper is called. Some class words
name the page's access state rather than a box (``paywall``, ``premium``,
``teaser``...; :data:`ACCESS_TOKENS`): the article's first paragraphs often sit
in a ``paywall-teaser``, so such an element is pruned only when it holds no
prose (:func:`prose_paragraphs`: two sentences, thirty words, not furniture by
wording, mostly not link text). An element that holds prose loses the class
words that make trafilatura discard it without naming a box
(:func:`unmask_prose`), and when prose lies outside the container trafilatura
takes for the body (a body split in two by a box, a first paragraph before the
body's ``<div>``), the article around both is marked as the body
(:func:`widen_body`). A spoiler warning held by a ``<div>`` among the review's
paragraphs, which trafilatura would not read, is made a ``<p>`` (:func:`text_divs`).
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from . import bylines
from .furniture import COMMENTS_LABEL, is_furniture_text

MAX_PRUNED_WORDS = 150
MAX_CTA_BOX_WORDS = 60  # a call-to-action box: a line or two of pitch and its button
MAX_CAPTION_WORDS = 40  # an image box: the image, a caption and a credit
MAX_EMBED_WORDS = 80  # an embedded post: its text, its author and date
MAX_LABEL_WORDS = 12  # a comment section's heading
MAX_OPENING_WORDS = 20  # a box's opening line: a label, or a sentence that says what the box is
MAX_PULL_QUOTE_WORDS = 50  # a pull quote: a sentence or two lifted from the review
PULL_QUOTE_SHARE = 0.75
MAX_AUTHOR_CARD_WORDS = 100  # a name, a role, a bio of a few sentences, a follow link
MAX_SHOP_BOX_WORDS = 80
MAX_KIN_WORDS = 40  # a note or a link line that shares its class with a line of furniture
MAX_LINK_BOX_SHARE = 0.8  # a link box: four fifths of its words or more are link text
MAX_ACTION_BOX_WORDS = 100  # a box around a row of buttons or lone links, no prose in it
MAX_KIN = 3  # ... among at most three such lines: a longer run of short paragraphs may be the review's  # a shop box: the product, a few shops and prices, a line of small print

FURNITURE_TOKENS = frozenset("""
newsletter newsletters subscribe subscription subscriptions signup sign-up optin opt-in
login log-in signin sign-in register registration
share sharing sharebar share-bar social social-share socials follow follow-button
related related-articles related-posts relatedposts read-more readmore read-next readnext also-read
more-stories morestories recommended recommendations recirc recirculation outbrain taboola bookmark
most-read mostread most-popular popular trending
author-bio authorbio author-box authorbox author-card authorcard about-author about-the-author bio bio-box
contributor-bio
comment comments comment-count comments-count commentcount comments-link discussion replies responses
responses-count reactions vote votes vote-count claps clap likes like-button
cookie cookies cookie-banner consent gdpr cmp privacy modal popup interstitial
caption captions credit credits copyright photo-credit image-credit wp-caption-text gallery slideshow
ad ads advert adverts advertisement advertising ad-slot adslot ad-label sponsor sponsored promo promotion
inline-promo affiliate affiliate-disclosure disclosure disclaimer-affiliate
shop shopping buybox buy-box price prices pricing deal deals offers commerce retailer retailers
cta call-to-action donate donation donations support kofi ko-fi patreon tipjar tip-jar buymeacoffee
poll polls survey quiz
embed embeds infobox info-box factbox fact-box
tags tag-list taglist tags-list keywords topics article-tags post-tags
toc table-of-contents jump-links jumplinks breadcrumb breadcrumbs
toolbar tools article-tools article-actions post-actions listen audio-player tts
reading-time readtime read-time
membership member-bar subscribe-bar
a-lire-aussi lire-aussi a-lire bio-auteur mots-cles publi publicite partage abonnement commentaires outils
encadre sondage
podcast podcasts audio pullquote pull-quote pullout exergue adv corrections gift offrir
anzeige werbung teilen verwandte mehr-zum-thema schlagworte schlagwoerter autorenbox kommentare lesedauer
umfrage infokasten
publicidad compartir relacionados relacionadas etiquetas comentarios suscripcion boletin encuesta
""".split())
# Words for the page's access state: the article itself often sits in these.
ACCESS_TOKENS = frozenset("""
paywall paywalled premium piano teaser locked gated metered blurred obfuscated truncated
expand expandable collapsed
""".split())

# a call to action, as a button's words ("Subscribe", "Tellerrand unterstützen", "Je m'abonne")
_CTA_TEXT = re.compile(
    r"\b(?:subscribe|subscription(?: options)?|sign (?:me )?up|sign in|log ?in|register|join|become a (?:member|supporter"
    r"|subscriber|patron)|support|donate|chip in|buy me a coffee|tip jar|contribute|upgrade|free trial|membership"
    r"|abonn\w*|anmelden|eintragen|registrier\w*|einloggen|unterstütz\w*|spende\w*|mitglied werden"
    r"|inscri\w*|m[’']abonne|soutenir|soutenez|faire un don|devenir membre|se connecter|connexion"
    r"|suscr[ií]b\w*|reg[ií]str\w*|ap[óo]y\w*|donar|hazte \w+|[úu]nete|inicia(?:r)? sesi[óo]n"
    # a list to be put on: "Add me to the list", "Count me in"
    r"|add me(?: to (?:the|your|our) list)?|count me in|trag(?:en sie)? mich ein|ajoutez-moi|inscri(?:vez|s)-moi"
    r"|ap[úu]ntame|a[ñn][áa]deme)\b", re.I)
# ... or as the address it leads to, by its last part ("/subscribe", "#/portal/support", "ko-fi.com/...";
# "/members/jane-doe" is a person's page)
_CTA_HREF = re.compile(
    r"(?:^|[/#?=&])(?:subscri\w*|sign-?up|sign-?in|log-?in|register|join|members?(?:hip)?|support|donat\w*"
    r"|contribut\w*|newsletters?|abo|abonn\w*|suscri\w*|portal|checkout|pricing|plans)/?(?:[?#&=].*)?$"
    r"|ko-fi\.com|patreon\.com|paypal\.", re.I)
# trafilatura's words for boxes that are furniture indeed: never taken off prose
_BOX_WORDS = frozenset("author authors byline meta nav menu navigation sidebar footer banner button rating hidden"
                       " hide".split())
_TEXT_BLOCKS = frozenset("p li blockquote h1 h2 h3 h4 h5 h6 td th figcaption dd dt label".split())
_BOX_TAGS = frozenset("div section aside form p dl details".split())
_MEDIA = ("img", "picture", "video", "iframe")
_INLINE = frozenset("a b i em strong span small mark q cite abbr sup sub u s br time code".split())
_CONTAINERS = frozenset("div section aside figure fieldset span".split())
# an embedded post's signature: "Name (@handle) · Feb 18, 2025", "— Name (@handle) 18. Februar 2025"
_HANDLE_LINE = re.compile(r"(?:^|[—–-]\s)[^.!?()]{1,60}\(@[\w.]+\)\s*[·|–—-]?\s*[^.!?]{0,30}\d{4}(?:$|\s)"
                          r"|\(@[\w.]+\)\s*[·|–—-]?\s*[^.!?]{0,30}\d{4}$"
                          # the handle alone after a dash: "— @harbourcrew, 12 mars 2025"
                          r"|(?:^|[—–]\s*)@[\w.]+\s*[,·|–—-]?\s*[^.!?@]{0,30}\d{4}$")
_COMMENT_WORD = re.compile(r"comment|kommentar|comentario|respons|respuesta|reaction|réaction|reacci|thoughts? on|antwort"
                           r"|repl|conversation|about this post", re.I)
_PRICE = re.compile(r"(?:[£$€¥]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|£|\$|eur\b|usd\b|gbp\b|chf\b))", re.I)
# a writer's page: "/author/jane-doe", "/autoren/jane-doe/", "/auteurs/...", "/profile/...", "/@jane"
_AUTHOR_HREF = re.compile(r"(?:^|/)(?:authors?|autor(?:in|en|innen)?|auteurs?|autor(?:a|es|as)|writers?|contributors?"
                          r"|columnists?|staff|people|profile|redaktion|r[ée]daction|signataires)/[^/?#]+/?(?:[?#].*)?$"
                          r"|(?:^|/)@[\w.-]+/?$", re.I)
_SENTENCE_END = re.compile(r"[.!?…](?:['’\"”»)]*)(?:\s|$)")


@dataclass
class _Page:
    """What the box tests need to know of the whole page, counted once."""

    counts: dict[Any, int]
    paragraphs: set[Any]  # the paragraphs of review prose
    holders: set[Any]  # the elements that are or hold one
    order: dict[Any, int]  # each element's place in the page (document order)


def word_counts(page: Any) -> dict[Any, int]:
    """The words of every element, counted once from the leaves up (a box test
    then costs nothing, however deep the page)."""
    counts: dict[Any, int] = {}
    for el in reversed(list(page.iter())):  # children before their parents
        own = len((el.text or "").split()) if isinstance(el.tag, str) else 0
        counts[el] = own + sum(counts[c] + len((c.tail or "").split()) for c in el)
    return counts


def _tokens(value: str) -> set[str]:
    """The words of a class/id value: "read-next__label" gives "read-next", "read",
    "next", "label". In atomic CSS (many classes of one to three letters, as on
    Medium) a two- or three-letter class is a generated name, not a word."""
    value = value.lower().replace("__", " ")
    parts = set(re.split(r"[\s_]+", value))
    out = set(parts)
    for p in parts:
        out.update(re.split(r"-{1,2}", p))
    out = {t for t in out if t}
    if sum(1 for p in parts if 0 < len(p) <= 3) >= 4:
        out = {t for t in out if len(t) > 3}
    return out


# a data attribute's value that is a name ("price", "ad-wrapper", "headerSocialShareButton"), not an address,
# a number or JSON
_DATA_NAME = re.compile(r"^[A-Za-z][\w -]{0,39}$")
# an id or class part that names a place next to a box ("after-dfp-ad-mid1": where a "Skip advertisement"
# link lands, the text after the ad), not the box
_PLACE = re.compile(r"^(?:after|before|below|above|skip|end-of|post-ad|past)[-_]", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _names(el: Any, prose: bool = False) -> set[str]:
    """The words that name an element: its class, id, role, aria-label and the
    values of its data attributes (``data-widget="price"``, ``data-player="tts"``),
    camelCase parted ("headerSocialShareButton"). For an element that holds prose
    (``prose``), an id or class part that names a place next to a box (:data:`_PLACE`) is left out."""
    values = [str(el.get(a) or "") for a in ("class", "id", "role", "aria-label")]
    values += [str(v) for k, v in el.attrib.items() if str(k).startswith("data-") and _DATA_NAME.match(str(v))]
    if prose:
        values = [" ".join(part for part in v.split() if not _PLACE.match(part)) for v in values]
    names = " ".join(_CAMEL.sub("-", v) if not v.islower() else v for v in values)
    return _tokens(names) if names.strip() else set()


def _data_keys(el: Any) -> set[str]:
    """The words of an element's data attributes' names: ``data-ad="mid-article"``, ``data-audio``,
    ``data-ad-slot="1122"`` (a script finds its widget by the attribute, whatever its value)."""
    keys = " ".join(str(k)[5:] for k in el.attrib if str(k).startswith("data-"))
    return _tokens(_CAMEL.sub("-", keys)) if keys.strip() else set()


def is_furniture_element(el: Any, holds_prose: bool = False) -> bool:
    """Class, id, role, aria-label or data attributes name furniture; an access-state word,
    or a data attribute's name (:func:`_data_keys`), does only when the element holds no prose
    (``holds_prose``: :func:`prose_holders`)."""
    if str(el.tag).lower() in ("html", "body", "main", "article"):
        return False
    names = _names(el, holds_prose)
    if names & FURNITURE_TOKENS:
        return True
    if holds_prose:
        return False
    return bool(names & ACCESS_TOKENS) or bool(_data_keys(el) & FURNITURE_TOKENS)


def is_prose(text: str) -> bool:
    """Review prose: two sentences and thirty words or more, and not worded as furniture."""
    return len(text.split()) >= 30 and len(_SENTENCE_END.findall(text)) >= 2 and not is_furniture_text(text)


def _own_text(el: Any) -> str:
    """The running text of an element: all of a ``<p>``; of a ``<div>`` that holds
    its text itself (lines parted by ``<br>``), that text and its inline children's."""
    if el.tag == "p":
        return " ".join(" ".join(el.itertext()).split())
    pieces = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            pieces.append(" ".join(child.itertext()))
        pieces.append(child.tail or "")
    return " ".join(" ".join(pieces).split())


def _is_prose_paragraph(el: Any) -> bool:
    """A paragraph of review prose whose words are mostly not link text (a teaser
    list's descriptions are links)."""
    text = _own_text(el)
    if not text:
        return False
    links = el.iter("a") if el.tag == "p" else (c for c in el if c.tag == "a")
    linked = sum(len(" ".join(a.itertext()).split()) for a in links)
    return is_prose(text) and 3 * linked < len(text.split())


def prose_paragraphs(page: Any) -> set[Any]:
    """The paragraphs of review prose in the page (:func:`_is_prose_paragraph`)."""
    return {el for el in page.iter() if isinstance(el.tag, str) and _is_prose_paragraph(el)}


def prose_holders(paragraphs: set[Any]) -> set[Any]:
    """Every element that is or holds a paragraph of review prose (each ancestor
    is visited once, so a deep page costs no more than a flat one)."""
    holders: set[Any] = set()
    for p in paragraphs:
        for el in (p, *p.iterancestors()):
            if el in holders:
                break
            holders.add(el)
    return holders


def _in_running_text(el: Any) -> bool:
    """Whether text runs on either side of the element within its parent (a "·" or
    "|" between two links is no text)."""
    if el.tail and re.search(r"\w", el.tail):
        return True
    prev = el.getprevious()
    before = prev.tail if prev is not None else el.getparent().text
    return bool(before and re.search(r"\w", before))


def _is_action(el: Any, counts: dict[Any, int] | None = None) -> bool:
    """A button, or a link that stands on its own (a paragraph of links only counts
    as standing on its own: "Give once, or give monthly | Remind me later") or is styled as a button."""
    if el.tag == "button":
        return True
    if el.tag != "a":
        return False
    if any("button" in t or "btn" in t or t == "cta" for t in _names(el)):
        return True
    parent = el.getparent()
    if parent is None or parent.tag in ("span", "em", "strong") or _in_running_text(el):
        return False
    return parent.tag not in _TEXT_BLOCKS or (parent.tag in ("p", "li", "dd", "dt", "td") and counts is not None
                                             and _only_actions(parent, counts))


def _only_actions(el: Any, counts: dict[Any, int]) -> bool:
    """Whether an element holds words and all of them are those of its links and
    buttons (a row of buttons; a "|" or "·" between them is no word)."""
    if not counts[el]:
        return False

    def loose(node: Any) -> bool:  # a word outside the links and buttons
        if re.search(r"\w", node.text or "") and node.tag not in ("a", "button"):
            return True
        return any((c.tag not in ("a", "button") and isinstance(c.tag, str) and loose(c))
                   or re.search(r"\w", c.tail or "") for c in node)

    return not loose(el)


def _is_call_to_action(el: Any) -> bool:
    text = " ".join(" ".join(el.itertext()).split())
    return (0 < len(text.split()) <= 8 and (_CTA_TEXT.search(text) is not None or _PRICE.search(text) is not None)) \
        or (el.tag == "a" and _CTA_HREF.search(el.get("href") or "") is not None)


def _cta_box(action: Any, counts: dict[Any, int]) -> Any:
    """The box around a call-to-action button: the first ancestor that holds more
    than the button and the buttons beside it (a row of buttons is one button),
    when it is small; else the button (or its row) alone."""
    node = action
    while (parent := node.getparent()) is not None and parent.tag not in ("body", "main", "article", "html"):
        if counts[parent] > counts[action] and not _only_actions(parent, counts):
            return parent if parent.tag in _BOX_TAGS and counts[parent] <= MAX_CTA_BOX_WORDS else node
        node = parent
    return node


def _cta_boxes(page: Any, counts: dict[Any, int]) -> list[Any]:
    return [_cta_box(el, counts) for el in page.iter("a", "button") if _is_action(el, counts) and _is_call_to_action(el)]


@lru_cache(maxsize=4096)
def _masked_by_trafilatura(tag: str, attr: str, value: str) -> bool:
    """Whether trafilatura's own class/id rules would discard an element so named."""
    from trafilatura import xpaths

    probes = [*getattr(xpaths, "OVERALL_DISCARD_XPATH", []), *getattr(xpaths, "TEASER_DISCARD_XPATH", []),
              *getattr(xpaths, "PRECISION_DISCARD_XPATH", [])]
    tree = lxml.html.fromstring("<div><div></div></div>")
    probe = tree[0]
    probe.tag = tag if tag in ("div", "section", "p", "span") else "div"
    probe.set(attr, value)
    return any(probe in xp(tree) for xp in probes)


def _unmaskable(el: Any, attr: str, value: str) -> bool:
    """A class word or id for which trafilatura would discard the element, though
    it names no kind of box (an access state or a layout word: ``paywall-teaser``,
    ``viewport``, ``expand``), so the prose in the element is the review's."""
    names = _tokens(value)
    return not names & (FURNITURE_TOKENS | _BOX_WORDS) and _masked_by_trafilatura(str(el.tag), attr, value)


def unmask_prose(el: Any) -> None:
    """Take off an element that holds review prose the class words and id that
    would make trafilatura discard it though they name no box (:func:`_unmaskable`)."""
    classes = (el.get("class") or "").split()
    kept = [c for c in classes if not _unmaskable(el, "class", c)]
    if kept != classes:
        el.set("class", " ".join(kept))
    if el.get("id") and _unmaskable(el, "id", el.get("id")):
        del el.attrib["id"]


def _remove(el: Any) -> None:
    """Remove an element, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text(el: Any) -> str:
    return " ".join(" ".join(el.itertext()).split())


def _is_form_box(el: Any, page: _Page) -> bool:
    """A poll or a sign-up form: a small box with two controls or more, one of them
    a field (radio buttons, check boxes, an e-mail field and its button), whatever its tag."""
    if el.tag not in _CONTAINERS or el in page.holders or page.counts[el] > MAX_CTA_BOX_WORDS:
        return False
    fields = sum(1 for f in el.iter("input", "select", "textarea") if (f.get("type") or "").lower() != "hidden")
    return fields >= 1 and fields + sum(1 for _ in el.iter("button")) >= 2


def _is_image_box(el: Any, page: _Page) -> bool:
    """A figure by another name: a small box with an image (or video) and, after
    it, a line or two of caption and credit. Text before the image (a short last
    paragraph, then a signature) is not a caption, nor is an emoji. A ``<figure>``
    is left to trafilatura, which drops it (its image's address may date the page)."""
    if el.tag not in _CONTAINERS or el.tag == "figure" or el in page.holders or page.counts[el] > MAX_CAPTION_WORDS:
        return False
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start" and node.tag in _MEDIA and not _is_icon(node):
            return True
        text = node.text if event == "start" else (node.tail if node is not el else None)
        if text and text.strip():
            return False
    return False


def _is_icon(media: Any) -> bool:
    """An emoji or icon image, which sits in running text."""
    small = any((media.get(a) or "").isdigit() and int(media.get(a)) <= 32 for a in ("width", "height"))
    return small or any(w in (media.get("class") or "").lower() for w in ("emoji", "smiley", "icon"))


def _is_social_embed(el: Any, page: _Page) -> bool:
    """An embedded post: a small box that opens or closes with its author's
    handle and date ("Unit Nine Motorworks (@unitnine) · Feb 18, 2025")."""
    if el.tag not in _CONTAINERS | {"blockquote"} or page.counts[el] > MAX_EMBED_WORDS:
        return False
    return _HANDLE_LINE.search(_text(el)) is not None


def _is_shop_box(el: Any, page: _Page) -> bool:
    """A shop box: a small box, no prose in it, with two prices or more ("$24.99",
    "39,99 €") and a link or button to follow (each shop's "View deal")."""
    if el.tag not in _CONTAINERS or el in page.holders or page.counts[el] > MAX_SHOP_BOX_WORDS:
        return False
    if next(el.iter("a", "button"), None) is None:
        return False
    return len(_PRICE.findall(_text(el))) >= 2


def _is_author_card(el: Any, page: _Page) -> bool:
    """An author card after the review: a small box with a picture and a link to
    the writer's page ("/author/jane-doe", "/autoren/...", "/@jane"), with a bio of a
    paragraph at most, and no paragraph of the review after it."""
    if el.tag not in _CONTAINERS | {"footer"} or page.counts[el] > MAX_AUTHOR_CARD_WORDS:
        return False
    if next(el.iter("h1"), None) is not None or not any(not _is_icon(m) for m in el.iter(*_MEDIA)):
        return False
    if not any(_AUTHOR_HREF.search(a.get("href") or "") for a in el.iter("a")):
        return False
    inside = set(el.iter())
    if sum(1 for p in page.paragraphs if p in inside) > 1:
        return False
    start = page.order[el]
    return not any(page.order[p] > start for p in page.paragraphs if p not in inside)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _is_pull_quote(el: Any, page: _Page) -> bool:
    """A pull quote: a short quotation (``<blockquote>``, ``<aside>``) whose words
    repeat, in order, a passage of a paragraph of the review's prose elsewhere in
    the page (at least :data:`PULL_QUOTE_SHARE` of them, a word or two changed or
    cut). A quotation the review discusses is quoted once, not repeated whole."""
    if el.tag not in ("blockquote", "aside") or not 4 <= page.counts[el] <= MAX_PULL_QUOTE_WORDS:
        return False
    quote = _words(_text(el))
    inside = set(el.iter())
    for paragraph in page.paragraphs:
        if paragraph in inside:
            continue
        blocks = SequenceMatcher(None, quote, _words(_own_text(paragraph)), autojunk=False).get_matching_blocks()
        if sum(b.size for b in blocks) >= PULL_QUOTE_SHARE * len(quote):
            return True
    return False


def _is_comment_section(el: Any, page: _Page) -> bool:
    """A comment section: a box that opens with a heading naming it ("Comments (3)",
    "2 thoughts on ...", "Réactions (4)"; a bare "Discussion" may be the review's)
    and holds less than half the page's prose (a long comment is prose too, but the
    review is never under such a heading)."""
    if el.tag not in _CONTAINERS:
        return False
    first = next((c for c in el if isinstance(c.tag, str) and page.counts[c]), None)
    if first is None or first.tag not in ("h2", "h3", "h4", "h5", "h6") or page.counts[first] > MAX_LABEL_WORDS \
            or not COMMENTS_LABEL.match(_text(first)) or not _COMMENT_WORD.search(_text(first)) \
            or next(el.iter("h1"), None) is not None:
        return False
    return 2 * sum(1 for p in el.iter() if p in page.paragraphs) < len(page.paragraphs)


def _chosen_body(page: Any) -> Any:
    """The element trafilatura takes for the article body (its first body XPath that
    finds one), or None."""
    from trafilatura import xpaths

    for expression in getattr(xpaths, "BODY_XPATH", []):
        found = expression(page)
        if found:
            return found[0]
    return None


def widen_body(page: Any, paragraphs: set[Any]) -> None:
    """When the review's prose does not all sit in the container trafilatura takes
    for the body (a body split in two ``article-body`` blocks by a box, a first
    paragraph before the body's ``<div>``), the article around it (or, on a page
    without ``<article>`` or ``<main>``, the container's parent) is marked as the
    body (``itemprop="articleBody"``), so no paragraph of the review is left out."""
    body = _chosen_body(page)
    if body is None or body.tag in ("article", "main"):
        return
    scope = next((a for a in body.iterancestors() if a.tag in ("article", "main")), None)
    if scope is None and (parent := body.getparent()) is not None and parent.tag in ("div", "section"):
        scope = parent
    inside = set(body.iter())
    if scope is not None and any(p in paragraphs for p in inside) \
            and any(p in paragraphs and p not in inside for p in scope.iter()):
        scope.set("itemprop", "articleBody")


def _after_prose(el: Any, page: _Page) -> bool:
    """Whether the element comes after the first paragraph of the review's prose (a
    byline and date box above it, which the metadata is read from, is never touched)."""
    return bool(page.paragraphs) and page.order[el] > min(page.order[p] for p in page.paragraphs)


def _first_block(el: Any, page: _Page) -> Any:
    """The first child with words, when the element has no words of its own before it."""
    if (el.text or "").strip():
        return None
    return next((c for c in el if isinstance(c.tag, str) and page.counts[c]), None)


def _holds_page_facts(el: Any) -> bool:
    """Whether a box holds the page's date or a link to its writer's page (a byline
    and date line, "Published <time>March 2, 2025</time> by X", which the metadata is read from)."""
    return next(el.iter("time"), None) is not None or any(_AUTHOR_HREF.search(a.get("href") or "") for a in el.iter("a"))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _next_block(el: Any, page: _Page) -> Any:
    """The next sibling with words."""
    return next((s for s in el.itersiblings() if isinstance(s.tag, str) and page.counts[s]), None)


def _states_page_facts(el: Any) -> bool:
    """Whether a box says who wrote the page or when, in a line of its own (a byline, a date), or
    holds a heading: the page's header, which the metadata is read from."""
    if next(el.iter(*_HEADINGS), None) is not None:
        return True
    for node in el.iter():
        if isinstance(node.tag, str) and (line := _text(node)) and len(line.split()) <= MAX_LABEL_WORDS \
                and (bylines.byline(line) or bylines.date_line(line)):
            return True
    return False


def _opens_with_furniture(el: Any, page: _Page) -> bool:
    """A small box with no prose in it that opens with a line of furniture by its wording
    ("Advertisement", then the ad's pitch; "Written by X", then a bio; "Listen to this
    article", then the player's lines), or whose short heading is followed by one
    ("Webmentions", then "9 likes · 3 boosts"): what follows that line is the same box. A box
    with the page's date or a link to its writer's page is left to trafilatura
    (:func:`_holds_page_facts`). After the review's first paragraph, any such box; before it
    (a series note and its "Previous entry" line, a player over the article), only one that
    holds no heading, byline or date line (:func:`_states_page_facts`)."""
    if el.tag not in _CONTAINERS | {"footer"} or el in page.holders or page.counts[el] > MAX_CTA_BOX_WORDS \
            or _holds_page_facts(el):
        return False
    first = _first_block(el, page)
    if first is not None and first.tag in _HEADINGS[1:] and page.counts[first] <= MAX_LABEL_WORDS \
            and _after_prose(el, page) and (line := _next_block(first, page)) is not None:
        first = line  # a heading that labels the box: its first line under it
    if first is None or first.tag in _INLINE - {"span", "strong", "b"} or page.counts[first] > MAX_OPENING_WORDS \
            or page.counts[first] == page.counts[el]:
        return False
    if not _after_prose(el, page) and (not page.paragraphs or _states_page_facts(el)):
        return False
    text = _text(first)
    return re.search(r"[^\W\d_]", text) is not None and is_furniture_text(text)  # a score ("8,5") opens a verdict box


def class_kin(page: Any, facts: _Page) -> list[Any]:
    """Short paragraphs that share their parent and class with one that is furniture
    by its wording (two ``<p class="disclaimer">``: a review-copy note, then a note on
    updates; two ``<p class="relire">`` links, one worded "Lire aussi |"), after the
    review's first paragraph, when none of them is prose and no paragraph of prose has
    that class, and there are at most :data:`MAX_KIN` of them: the class names that kind of box."""
    groups: dict[tuple[Any, str, str], list[Any]] = {}
    prose_classes = {" ".join(sorted(p.get("class", "").split())) for p in facts.paragraphs}
    for el in page.iter("p", "div"):
        parent = el.getparent()
        if parent is not None and (el.get("class") or "").strip() and facts.counts[el]:
            groups.setdefault((parent, el.tag, " ".join(sorted(el.get("class").split()))), []).append(el)
    kin: list[Any] = []
    for members in groups.values():
        if not 2 <= len(members) <= MAX_KIN or any(m in facts.holders or facts.counts[m] > MAX_KIN_WORDS for m in members) \
                or members[0].get("class") and " ".join(sorted(members[0].get("class").split())) in prose_classes \
                or not all(_after_prose(m, facts) for m in members):
            continue
        if any(is_furniture_text(_text(m)) for m in members):
            kin += members
    return kin


def _is_disclosure_box(el: Any, page: _Page) -> bool:
    """A ``<details>`` (folded away until a click: a note on how the outlet works, a table of
    contents) or a ``<dl>`` (a fact box, a newsletter box, a list of links under a label) with
    no paragraph of prose in it: a review's spoiler section holds prose and stays."""
    return el.tag in ("details", "dl") and el not in page.holders and page.counts[el] <= MAX_PRUNED_WORDS


def _is_link_box(el: Any, page: _Page) -> bool:
    """A box of links, whatever its names: two links or more that make four fifths of its
    words or more (a label, the headlines of other pieces, "Recommended by X" under them), no
    prose in it, after the review's first paragraph."""
    if el.tag not in _CONTAINERS | {"ul", "ol", "dl", "nav", "table"} or el in page.holders \
            or not page.counts[el] or page.counts[el] > MAX_PRUNED_WORDS or not _after_prose(el, page):
        return False
    links = [a for a in el.iter("a") if not any(p.tag == "a" for p in a.iterancestors())]
    linked = sum(page.counts[a] for a in links)
    return len(links) >= 2 and linked >= MAX_LINK_BOX_SHARE * page.counts[el]


def _is_action_box(el: Any, page: _Page) -> bool:
    """A small box after the review's first paragraph, with no prose in it, around a button or
    a link that stands on its own, whatever its words ("Click to play", "Escuchar en Spotify",
    "Alle Artikel des Autors", "Follow Dev on Mastodon"): a player, a podcast plug, an offer, an
    author box. A box with the page's date or a link to its writer's page is left to trafilatura."""
    if el.tag not in _BOX_TAGS | {"footer"} or el.tag == "p" or el in page.holders \
            or not page.counts[el] or page.counts[el] > MAX_ACTION_BOX_WORDS \
            or not _after_prose(el, page) or _holds_page_facts(el):
        return False
    return any(_is_action(a, page.counts) for a in el.iter("a", "button"))


# a quotation signed by one of the outlet's readers: "— a reader in Hexham", "— eine Leserin aus Kiel"
_READER_SIGNATURE = re.compile(r"^(?:a|one|another|ein|eine|un|une|una|otro|otra) (?:reader|subscriber|listener|member|leser"
                               r"|leserin|abonnent|abonnentin|lecteur|lectrice|abonnée?|auditeur|auditrice|lector|lectora"
                               r"|suscriptora?|oyente)\b", re.I)
_DASH = re.compile(r"^[\s—–-]+")


def _attribution(el: Any, page: _Page) -> Any:
    """A quotation's attribution: its ``<cite>``, ``<footer>`` or ``<figcaption>``, or a last short line
    that opens with a dash ("— a reader in Hexham")."""
    found = next((c for c in el.iter("cite", "footer", "figcaption") if c is not el), None)
    if found is not None:
        return found
    last = next((c for c in reversed(el) if isinstance(c.tag, str) and page.counts[c]), None)
    if last is not None and last is not next((c for c in el if isinstance(c.tag, str) and page.counts[c]), None) \
            and page.counts[last] <= MAX_LABEL_WORDS and _DASH.match(_text(last)):
        return last
    return None


def _is_signed_box(el: Any, page: _Page) -> bool:
    """A quotation signed as furniture: a ``<blockquote>`` or ``<figure>`` of at most 80 words whose
    attribution is furniture by its wording or one of the outlet's readers ("Top-voted reader comment from our
    launch-week preview", "— a reader in Hexham"): a reader's comment or praise set in the page as a quote.
    A quotation of the work signs with its author or title and stays."""
    if el.tag not in ("blockquote", "figure") or not page.counts[el] or page.counts[el] > MAX_EMBED_WORDS:
        return False
    sign = _attribution(el, page)
    if sign is None or page.counts[sign] == page.counts[el]:
        return False
    text = _DASH.sub("", _text(sign))
    return bool(text) and (is_furniture_text(text) or _READER_SIGNATURE.match(text) is not None)


def trailing_links(page: Any, facts: _Page) -> list[Any]:
    """A link at the end of a paragraph, after its last sentence, whose words are furniture by their wording
    ("Tamo Jessen: Das Gewicht der Möwen. Roman. 24 Euro. <a>↗ Beim Buchladen am Hafen bestellen</a>",
    "... <a>Read more</a>"): a shop or pointer link set after the text, not a part of a sentence."""
    found = []
    for a in page.iter("a"):
        parent = a.getparent()
        if parent is None or parent.tag not in ("p", "li", "dd", "div") or a.getnext() is not None \
                or re.search(r"\w", a.tail or "") or not 0 < facts.counts[a] <= MAX_LABEL_WORDS:
            continue
        before = " ".join(" ".join(t for t in parent.itertext() if t is not None).split())
        own = _text(a)
        head = before[: len(before) - len(own)].strip() if before.endswith(own) else ""
        if head and re.search(r"[.!?:;)]$", head) and is_furniture_text(own):
            found.append(a)
    return found


def _is_box(el: Any, page: _Page) -> bool:
    """Furniture by its names (when small enough to be a box) or by its build."""
    if is_furniture_element(el, el in page.holders) and page.counts[el] <= MAX_PRUNED_WORDS:
        return True
    return _is_form_box(el, page) or _is_image_box(el, page) or _is_social_embed(el, page) \
        or _is_comment_section(el, page) or _is_pull_quote(el, page) or _is_shop_box(el, page) \
        or _is_author_card(el, page) or _opens_with_furniture(el, page) or _is_disclosure_box(el, page) \
        or _is_link_box(el, page) or _is_action_box(el, page) or _is_signed_box(el, page)


MIN_TEXT_DIV_WORDS = 8
# A warning that the review tells the plot: "spoilers", "discusses the first four episodes in some detail",
# "including the end of episode three", "verrät das Ende", "dévoile la fin", "desvela el final".
_SPOILER_NOTE = re.compile(
    r"spoil|\bdiscuss\w*\b.{0,80}\bin (?:some |great |full |much )?detail|\b(?:the )?end(?:ing)? of (?:the |episode|season|chapter|book|film|game)"
    r"|\bplot (?:details|points)|\bgives? away|\breveals? (?:the|how|who|what)"
    r"|\bverr(?:ät|aten)\b|\bim detail\b|\bdas ende\b|\bdas finale\b|\bauflösung"
    r"|divulg|dévoil|révèle|\bla fin (?:de|du)\b|\ben détail\b|\bdénouement"
    r"|destrip|desvel|\brevela\b|\bel final (?:de|del)\b|\ben detalle\b|\bdesenlace", re.I)


def text_divs(page: Any, paragraphs: set[Any]) -> list[Any]:
    """The ``<div>`` elements among the review's paragraphs that warn of spoilers in a
    sentence of their own (text and inline elements only, ending as a sentence does,
    worded as :data:`_SPOILER_NOTE`), as a note set in a callout card ("A quick note
    before we start: this issue discusses the first four episodes in some detail"):
    trafilatura reads only ``<p>`` on a page that has them, so the warning, which is
    the review's, is made one. Among the paragraphs: its parent, or the box around it,
    holds one of them; neither it nor that box is named as furniture. A callout of the
    same build that says anything else (a standing disclosure, a pull quote) is left
    to trafilatura, which drops it: the same card holds furniture as often as not."""
    containers = {p.getparent() for p in paragraphs if p.getparent() is not None}
    found = []
    for el in page.iter("div"):
        if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
            continue
        text = _own_text(el)
        if len(text.split()) < MIN_TEXT_DIV_WORDS or not _SENTENCE_END.search(text + " ") \
                or not _SPOILER_NOTE.search(text):
            continue
        parent = el.getparent()
        chain = [parent] if parent in containers else (
            [parent, parent.getparent()] if parent is not None and parent.getparent() in containers else None)
        if chain is None or any(is_furniture_element(e) for e in (el, *chain[:-1])):
            continue
        found.append(el)
    return found


def prune_page(page: Any) -> Any:
    """A copy of the parsed page without furniture boxes (module docstring)."""
    page = deepcopy(page)
    paragraphs = prose_paragraphs(page)
    facts = _Page(word_counts(page), paragraphs, prose_holders(paragraphs), {el: i for i, el in enumerate(page.iter())})
    doomed = [el for el in page.iter() if isinstance(el.tag, str) and _is_box(el, facts)]
    doomed += _cta_boxes(page, facts.counts) + class_kin(page, facts) + trailing_links(page, facts)
    for el in doomed:
        _remove(el)
    paragraphs = {p for p in paragraphs if p.getroottree().getroot() is page}  # those still in the page
    for el in prose_holders(paragraphs):
        if el.tag not in ("html", "body") and (el.get("class") or el.get("id")):
            unmask_prose(el)
    widen_body(page, paragraphs)
    for el in text_divs(page, paragraphs):
        el.tag = "p"
    return page
