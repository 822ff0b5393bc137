"""Page furniture: the parts of a saved web page that are not the review.

Newsletter and subscription boxes, "related articles" and "read more" links,
share lines, author bio boxes, comment counts, cookie banners, image credits
and captions, ad labels, most-read and tag lists, affiliate notices, paywall
prompts and tables of contents. trafilatura (with ``favor_precision`` and no
comments, tables or images) drops most of them; what it leaves is dropped here
in two steps, before the shared rules of :mod:`.structure` make sections, so
no furniture line ever becomes a heading or reaches the narration:

1. :func:`.boxes.prune_page`: before extraction, boxes named furniture by
   their class or id, or built like it, are removed from a copy of the page;
   the review's own prose is kept whatever its wrapper is called.
2. :func:`drop_furniture` (this module): after extraction, items whose text is
   furniture by its wording (:data:`_RULES`: labels like "Read more:", "À lire
   aussi :", "Tags:", ad labels, share-button lines, comment counts, affiliate
   and cookie notices, newsletter and paywall prompts, photo credits) are
   dropped when short; a label ("Read next", "Most read", "Contents") takes the
   link list or headline lines that follow it; a paragraph in the last three
   that starts with the reviewer's name and "is"/"ist"/"est"/"es" is a bio; a
   heading left with nothing under it (its box gone) is dropped too.

Scored on original saved pages (tests/data/pages, tests/pages_eval.py): the
words of furniture that reach the narration.
"""

from __future__ import annotations

import re

from .structure import Item

MAX_FURNITURE_WORDS = 60

_WORDS = r"\s*[:：]?\s*"
_LABELS = (
    r"read more|read next|read also|also read|related(?: articles| stories| reading| reviews)?|see also|more from [\w .’'-]+"
    r"|more on this(?: story)?|recommended(?: for you)?|you may also like|you might also like|further reading"
    r"|latest reviews|more reviews|most read|most popular|trending(?: now)?|popular now|editor'?s picks"
    r"|contents|table of contents|in this (?:article|review)"
    r"|à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|les plus lus|à découvrir|sommaire"
    r"|dans cet article"
    r"|lesen sie auch|lies auch|mehr zum thema|auch interessant|weiterlesen|meistgelesen|am meisten gelesen"
    r"|das könnte sie auch interessieren|inhalt|inhaltsverzeichnis|verwandte artikel"
    r"|lee también|leer más|te puede interesar|también te puede interesar|relacionado|más leídas?|lo más leído"
    r"|contenido|índice|noticias relacionadas"
)
_LABEL = re.compile(rf"^(?:{_LABELS}){_WORDS}", re.I)
_LABEL_ONLY = re.compile(rf"^(?:{_LABELS})\s*[:：]?\s*$", re.I)
MAX_PROMPT_WORDS = 40  # prompts, notices and banners: a longer paragraph is prose about them
# a shop box's price line: "£34.99 at Pixelvault", "24,99 € chez Ludimax"
_SHOP = re.compile(r"^(?:.{0,80}?\s)?(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|eur|usd|gbp))\s+"
                   r"(?:at|from|chez|bei|en|im|auf)\s+\S", re.I)
_RULES = [
    # tag lists
    re.compile(r"^(?:tags|tagged|topics|filed under|categories|mots-clés|mots clés|thèmes|schlagwörter|schlagworte"
               r"|themen|stichwörter|etiquetas|temas|categorías)\s*[:：]", re.I),
    # ad labels
    re.compile(r"^(?:advertisements?|adverts?|ads?|sponsored(?: content)?|paid content|report this ad|anzeige|werbung"
               r"|publicité|annonce|publicidad|contenido patrocinado)$", re.I),
    # comment counts
    re.compile(r"^(?:\d+|no|one)\s+(?:comments?|responses?|replies|kommentare?|commentaires?|réactions?|comentarios?)$", re.I),
    re.compile(r"^(?:comments?|kommentare?|commentaires?|comentarios?)\s*\(?\d*\)?$", re.I),
    # affiliate notices
    re.compile(r"\baffiliate\b|\bcommission\b.*\b(?:links?|buy|purchase)|\b(?:links?|buy|purchase)\b.*\bcommission\b"
               r"|affiliate-links?|partnerlinks?|provision\b|liens? affiliés?|liens? sponsorisés?"
               r"|enlaces? de afiliad|comisión", re.I),
    # newsletters, follow and sign-up prompts, paywalls, memberships
    re.compile(r"\bnewsletter|\bsign up\b|\bsubscribe\b|\bsubscription\b|\bsubscriber|\bfollow [\w .’'-]+ (?:for more|on)\b"
               r"|\bbecome a (?:member|supporter)|\bsupport (?:our|independent) journalism|\bmembers? only\b"
               r"|\bunlock (?:this|unlimited)|\bcontinue reading\b|\balready a member"
               r"|abonnez-vous|inscrivez-vous|déjà abonné|\bla lettre de\b|recevez (?:chaque|notre)|je m’inscris|je m'inscris"
               r"|abonnieren|abonnent|jetzt anmelden|melden sie sich|registrieren sie sich|folgen sie"
               r"|suscríbete|suscribirse|suscripción|suscriptor|boletín|apúntate|hazte (?:socio|miembro)|síguenos", re.I),
    # cookie banners
    re.compile(r"\bcookies?\b.*\b(?:accept|consent|use|settings|akzeptier|zustimm|accepter|acceptez|aceptar|acepta|utiliz)"
               r"|\b(?:accept|manage) (?:all )?cookies", re.I),
    # image credits and captions
    re.compile(r"^(?:photo|image|picture|screenshot|still|illustration|credit|foto|bild|bildquelle|quelle|crédit|crédits"
               r"|capture|imagen|captura|fotografía)s?\s*(?:[:：©]|by\b|credit\b|de\b|von\b|/)", re.I),
    re.compile(r"^(?:©|\(c\)|copyright)\s", re.I),
    # shop boxes: "£34.99 at Pixelvault", "24,99 € chez Ludimax", "View all prices", "Order a copy ... for £16.99"
    _SHOP,
    re.compile(r"^(?:view|see|check|compare) (?:all )?(?:prices?|deals?|offers?)$|^buy (?:now|it|here)\b|^shop now$"
               r"|^voir l[’']offre$|^voir les offres$|^zum angebot$|^angebot ansehen$|^ver oferta$|^comprar$", re.I),
    re.compile(r"^(?:order|buy|get) (?:a|your) copy\b.*[£$€]\s?\d", re.I),
    re.compile(r"^(?:here[’']s how (?:it works|we test)|how we test|learn more|find out more)\.?$", re.I),
    # follower counts, "Written by X" author cards, "Get X's stories in your inbox"
    re.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:followers?|following|claps?|likes?|abonnés?|follower|seguidores)$", re.I),
    re.compile(r"^written by [\w .’'\-]{2,60}$|stories in your inbox|\bin (?:your|ihrem|deinem) (?:inbox|postfach)\b"
               r"|\bdans votre boîte\b|\ben tu (?:bandeja|correo)\b|^join \w+ for free\b", re.I),
    # video and comment-section labels
    re.compile(r"^(?:watch|recommended video|video|related video|vídeo recomendado|vidéo|video empfohlen)\s*[:：]", re.I),
    re.compile(r"^(?:recommended video|vídeo recomendado|vidéo recommandée|empfohlenes video)$", re.I),
    re.compile(r"^(?:watch the )?(?:official )?(?:tráiler|trailer|bande-annonce|teaser)\b.{0,80}$", re.I),
    # an author card's line with the name left out: "Writes about television, cities and ..."
    re.compile(r"^(?:writes|writing) (?:about|on)\b", re.I),
    # share lines: nothing but share targets
    re.compile(r"^(?:(?:share(?: this)?(?: article| review| story)?|tweet|post|facebook|twitter|x|reddit|bluesky|threads"
               r"|mastodon|whatsapp|pinterest|linkedin|e-?mail|copy link|print|teilen|partager|compartir|imprimer|drucken"
               r"|imprimir|copier le lien|link kopieren|copiar enlace)\s*[|·•,/]?\s*)+$", re.I),
]
_PROMPTS = {_RULES[4], _RULES[5], _RULES[6]}  # affiliate, prompts, cookies
# The comment section: everything after its label is readers' talk, not the review.
COMMENTS_LABEL = re.compile(
    r"^(?:join the (?:discussion|conversation)|leave a (?:comment|reply)|responses?\s*\(\d+\)|see all (?:responses|comments)"
    r"|comments?(?:\s*\(\d+\))?|\d+\s+(?:comments?|responses?)|what do you think\??|discussion|reader comments"
    r"|kommentare?(?:\s*\(\d+\))?|diskutieren sie mit|commentaires?(?:\s*\(\d+\))?|réagissez|laisser un commentaire"
    r"|comentarios?(?:\s*\(\d+\))?|deja un comentario|opina)$", re.I)
MAX_COMMENT_WORDS = 60  # one reader's comment; a longer item after the label is the review again
_COPULA = r"(?:is|was|has|writes|est|a|écrit|ist|war|schreibt|lebt|es|fue|escribe|vive)"
_HEADLINE_END = re.compile(r"[.!?…:;]['’\"”»)]*$")


def is_furniture_text(text: str) -> bool:
    """Furniture by its wording (step 2), for a short paragraph or list item."""
    text = " ".join(text.split())
    if not text or len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    if _LABEL.match(text) and (len(text.split()) <= 20 or _LABEL_ONLY.match(text)):
        return True
    words = len(text.split())
    return any(rule.search(text) for rule in _RULES if rule not in _PROMPTS or words <= MAX_PROMPT_WORDS)


def _is_bio(text: str, author: str | None) -> bool:
    if not author or len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    first = re.escape(author.split()[0])
    return re.match(rf"^(?:{re.escape(author)}|{first})\s+{_COPULA}\b", text) is not None


def _cut_comments(items: list[Item]) -> list[Item]:
    """Everything from a comment-section label on, when it comes in the last
    third and only short items (names, one-line comments) follow it."""
    start = (2 * len(items)) // 3
    for index in range(start, len(items)):
        text = " ".join(items[index].text.split())
        if COMMENTS_LABEL.match(text) and all(len(it.text.split()) <= MAX_COMMENT_WORDS for it in items[index + 1:]):
            return items[:index]
    return items


def drop_furniture(items: list[Item], author: str | None = None) -> list[Item]:
    """``items`` without furniture (module docstring, step 2)."""
    items = _cut_comments(items)
    # a shop box's product name: a short line right above its prices
    items = [it for i, it in enumerate(items)
             if not (i + 1 < len(items) and _SHOP.match(" ".join(items[i + 1].text.split()))
                     and len(it.text.split()) <= 12 and not _HEADLINE_END.search(it.text.strip()))]
    kept: list[Item] = []
    follow_list: str | None = None  # a label's link list
    headlines = 0  # headline-like lines a label may still take
    last = len(items)
    for index, item in enumerate(items):
        text = " ".join(item.text.split())
        if item.kind == "list_item" and follow_list is not None and item.list_id == follow_list:
            continue
        follow_list = None
        if headlines and item.kind in ("paragraph", "list_item") and len(text.split()) <= 16 \
                and not _HEADLINE_END.search(text):
            headlines -= 1
            if item.kind == "list_item":
                follow_list = item.list_id
            continue
        headlines = 0
        if item.kind == "heading":
            if _LABEL_ONLY.match(text) or is_furniture_text(text) and len(text.split()) <= 8:
                headlines = 8
                nxt = items[index + 1] if index + 1 < last else None
                if nxt is not None and nxt.kind == "list_item":
                    follow_list = nxt.list_id
                continue
            kept.append(item)
            continue
        if is_furniture_text(text) or (index >= last - 3 and _is_bio(text, author)):
            if _LABEL.match(text):
                headlines = 0 if len(text.split()) > 4 else 8
                nxt = items[index + 1] if index + 1 < last else None
                if nxt is not None and nxt.kind == "list_item":
                    follow_list = nxt.list_id
            continue
        kept.append(item)
    # A heading left with nothing under it (its box gone) is dropped as well.
    out: list[Item] = []
    for index, item in enumerate(kept):
        nxt = kept[index + 1] if index + 1 < len(kept) else None
        if item.kind == "heading" and (nxt is None or (nxt.kind == "heading" and nxt.level <= item.level)):
            continue
        out.append(item)
    return out
