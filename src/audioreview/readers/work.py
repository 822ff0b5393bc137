"""Name the work a review is about: its title, kind, year and creator.

Why a module of its own: a pasted review rarely has a clean "Film: X" line. The
title is in the headline ("X review – ..."), in a pattern of the prose ("X is a
heartbreaking chronicle of...", "Agnès Varda's Cléo from 5 to 7", "X (2019)",
"X by Author"), in quotes or italics, or only in how often a capitalised span
recurs. Each of those is *evidence*; :func:`find_work` adds the evidence up
per candidate and keeps the best, so no single pattern decides alone and a pull
quote, a person's name or a sentence fragment loses to the span the review keeps
coming back to. Every field comes back with where it was found and a
confidence (see docs/readers.md, "The work reviewed").
"""

from __future__ import annotations

import math
import re
from datetime import date
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import Mark
from . import creator_ranker, title_ranker
from .frequency import zipf

# ----------------------------------------------------------------- vocabulary

# Small words a title may hold between capitalised ones ("Last Men in Aleppo").
SMALL = {"of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "from", "with", "or", "&",
         "vs", "vs.", "de", "la", "le", "du", "des", "el", "los", "del", "di", "da", "von", "van", "y", "et",
         "all", "as", "into", "upon"}
# Words that begin sentences and are not titles on their own.
_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "but",
            "and", "or", "so", "yet", "if", "when", "while", "as", "after", "before", "for", "with", "by",
            "from", "there", "here", "what", "which", "who", "whose", "how", "why", "where", "i", "we",
            "you", "he", "she", "they", "his", "her", "their", "our", "my", "your", "one", "both", "each",
            "some", "most", "many", "few", "all", "every", "no", "not", "still", "even", "then", "now",
            "though", "although", "since", "because", "until", "unlike", "like", "despite", "over", "under",
            "between", "into", "through", "without", "within", "also", "only", "just", "yes", "sure", "oh",
            "well", "ultimately", "overall", "finally", "meanwhile", "instead", "perhaps", "maybe",
            "sadly", "thankfully", "luckily", "fortunately", "unfortunately", "however", "indeed", "read",
            "related", "sign", "photograph", "image", "credit", "review", "reviews", "verdict", "rating",
            "starring", "director", "directed", "written", "developer", "publisher", "platforms", "runtime",
            "cast", "released", "release", "pages", "genre", "score", "pros", "cons", "update", "edit",
            "spoilers", "spoiler", "warning", "note", "disclaimer", "disclosure", "episode", "season",
            "chapter", "part", "act", "level", "mr", "mrs", "ms", "dr", "st", "is", "was", "are", "were",
            "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should", "may",
            "might", "must", "let", "let's", "don't", "doesn't", "didn't", "isn't", "wasn't", "never",
            "always", "sometimes", "often", "again", "too", "very", "more", "less", "much", "such", "same",
            "other", "another", "first", "second", "third", "last", "next", "later", "earlier", "today",
            "tonight", "yesterday", "tomorrow", "once", "twice", "there's", "here's", "that's", "what's",
            "who's", "i'm", "i've", "i'd", "you're", "we're", "they're", "he's", "she's", "okay", "ok"}
_PRONOUN_TITLES = {"her", "us", "it", "them", "him", "you", "she", "they", "we"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
           "saturday", "sunday"}
# Words right before a name that say it is a person.
_PERSON_BEFORE = re.compile(
    r"(?:director|directors|filmmaker|film-maker|writer|writer-director|author|novelist|actor|actress|"
    r"star|co-star|newcomer|veteran|comedian|singer|rapper|songwriter|frontman|frontwoman|producer|"
    r"composer|critic|showrunner|creator|chef|poet|journalist|cinematographer|editor|narrator|host|"
    r"presenter|artist|designer|lead|protagonist|heroine|hero|villain|character|detective|inspector|"
    r"doctor|dr\.?|mr\.?|mrs\.?|ms\.?|professor|captain|king|queen|prince|princess|sister|brother|"
    r"mother|father|wife|husband|son|daughter|uncle|aunt|grandmother|grandfather|friend|played by|"
    r"voiced by|starring|alongside|opposite|(?:illustrated|written|co-written|directed|produced|edited|translated|narrated|"
    r"photographed|designed|composed|drawn|painted|hosted|presented|sung|fronted|created)\s+by|plays)\s+$",
    re.IGNORECASE,
)
# Words right after a name that say it is a person.
_PERSON_AFTER = re.compile(
    r"^(?:,\s+(?:who|whose|a|an|the|his|her|their)\b|\s+(?:who|says|said|tells|told|explains|plays|played|"
    r"stars|starred|directs|directed|wrote|writes|created|co-created|narrates|sings|performs|himself|herself|is\s+(?:a|an|"
    r"the)\s+(?:\w+\s+)?(?:actor|actress|director|writer|critic|singer|chef|novelist|author)|gives|delivers|"
    r"brings|returns\s+as|as\s+(?:the\s+)?[A-Z]|and\s+his|and\s+her|(?:is|was)\s+best\s+known\s+as|photographed|pictured)\b"
    r"|\s+\(?@[A-Za-z0-9_]{2,30}\b"  # "Molly Vorhees @mollyvorhees · 3h": a name with its account's handle, a poster
    # (a possessive of a person's own: never "best", "second" or "debut", which a work has too)
    r"|['’]s\s+(?:performance|turn|wife|husband|son|daughter|mother|father|brother|sister|face|voice|eyes|hands|"
    r"career|illustrations|drawings|vocals|prose|lyrics)\b)",
)
# The same, after an aside set off by commas: "Joaquin Phoenix, with a moustache and trousers hitched a
# little too high, plays Theodore" -- the span is the subject of a verb of performing or making.
_PERSON_AFTER_ASIDE = re.compile(r"^,\s[^,.;:!?]{3,90},\s+(?:plays|played|stars|starred|sings|sang|writes|wrote|directs|directed|"
                                 r"performs|narrates|gives|delivers)\b")
# A character: an actor's name in brackets after it, or before it with "as".
# (The actor's name may carry an aside: "Stath (Jamie Demetriou, who also created and writes it)".)
_ACTOR_IN_BRACKETS_RE = re.compile(r"\s*\((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){1,2}(?:,\s[^()]{1,80})?\)")
_PLAYED_AS_RE = re.compile(r"[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+\s+as\s+(?:the\s+)?$")
# Companies, platforms and broadcasters: named in reviews, never the work reviewed.
_ORG_WORDS = {"games", "studios", "studio", "entertainment", "interactive", "pictures", "films", "records", "press",
              "publishing", "productions", "media", "software", "collective", "unit", "network", "channel", "radio",
              "netflix", "hbo", "fx", "hulu", "disney+", "prime", "iplayer", "bbc", "itv", "sky", "showtime", "steam",
              "playstation", "xbox", "nintendo", "sony", "warner", "universal", "paramount", "a24", "criterion",
              "mubi", "spotify", "bandcamp", "youtube", "apple", "amazon", "tv", "tv+", "channel 4", "ps5", "ps4",
              "pc", "switch", "podcasts", "books", "penguin", "faber", "bloomsbury", "picador", "vintage",
              "theater", "company", "orchestra"}
# Channels, streamers and distributors: they show a film or a series, never make one.
_CHANNELS = {"netflix", "hbo", "max", "fx", "hulu", "disney", "prime", "video", "amazon", "apple", "tv", "tv+", "bbc", "itv",
             "sky", "showtime", "iplayer", "channel", "4", "one", "two", "three", "a24", "mubi", "peacock", "paramount",
             "network", "networks", "starz", "amc", "pbs", "cbs", "nbc", "abc", "fox", "youtube"}
# Evidence that a span is a title, beyond recurring.
_TITLE_EVIDENCE = {"headline", "quoted", "italic", "year", "is-a", "possessive", "kind-noun", "by-line", "consumed", "box-head"}
# Words before a title that say it is compared with, not reviewed.
_COMPARED_RE = re.compile(r"\b(?:like|than|unlike|since|after|before|next to|alongside|compared? (?:(?:it|this|that|them) )?(?:to|with)|echoes of|shades of|fans of|"
                          r"in the vein of|remember(?:ed)?(?: from)?|recalls|recalled|reminds? (?:me|us|you|one) of|reminded (?:me|us|you|one) of|version of|heirs? of|successor to|follow-up to|sequel to|"
                          r"original|predecessor|reminiscent of|the way|had (?:released|made|published|written|directed)|"
                          r"(?:studio|developer|team|director|author|band|makers?|creators?|people) behind|"
                          r"comparisons? (?:to|with)|think of|if you (?:liked|loved|enjoyed)\W*|if you (?:liked|loved|enjoyed)(?: it| this| that)?,? (?:try|see|watch|read|play|hear)\W*|began with|(?:the )?studio behind|"
                          r"(?:earlier|previous|last) (?:novel|book|film|album|record|game|series|show))\s+(?:the\s+)?[*_\"“‘]?$", re.I)
# (The mark that sets a title apart may stand between the comparison and it: "from the studio behind *X*".)


def _in_aside(para: str, start: int) -> bool:
    """True when ``start`` lies inside a dash-set or bracketed aside of its sentence: a reference made in passing."""
    before = para[:start]
    sentence = re.split(r"[.!?]\s+", before)[-1]
    return sentence.count(" — ") % 2 == 1 or sentence.count(" – ") % 2 == 1 or sentence.count("(") > sentence.count(")")


def _compared(para: str, start: int) -> bool:
    """True when the mention at ``start`` follows a comparison ("like X", "fans of X")."""
    return bool(_COMPARED_RE.search(para[max(0, start - 30):start]))


# What a work is called, by kind; used by "X is a ... film" and for the kind.
KIND_NOUNS: dict[str, tuple[str, ...]] = {
    "film": ("film", "movie", "documentary", "doc", "feature", "picture", "biopic", "thriller", "comedy",
             "drama", "horror", "romcom", "rom-com", "musical", "western", "animation", "cartoon", "short",
             "debut", "sequel", "prequel", "remake", "blockbuster", "epic", "flick", "noir", "satire",
             "adaptation", "melodrama", "mockumentary", "version", "take", "retelling", "reimagining"),
    "tv": ("series", "show", "miniseries", "mini-series", "sitcom", "season", "docuseries", "drama series",
           "limited series", "anthology", "programme", "program", "serial", "soap", "podcast"),
    "book": ("novel", "book", "memoir", "novella", "collection", "anthology", "biography", "cookbook",
             "thriller", "debut", "sequel", "autobiography", "history", "essay", "poems", "poetry",
             "graphic novel", "story", "stories", "saga", "trilogy", "tome", "page-turner"),
    "game": ("game", "shooter", "platformer", "rpg", "roguelike", "roguelite", "metroidvania", "sim",
             "simulator", "puzzler", "adventure", "remaster", "remake", "sequel", "title", "jrpg",
             "soulslike", "strategy game", "survival game", "expansion", "dlc"),
    "other": ("album", "record", "ep", "lp", "mixtape", "single", "restaurant", "bistro", "cafe", "café",
              "gig", "concert", "tour", "show", "exhibition", "production", "play", "musical", "menu",
              "eatery", "bakery", "bar", "pub", "tasting menu", "debut"),
}
_ALL_KIND_NOUNS = sorted({n for nouns in KIND_NOUNS.values() for n in nouns}, key=len, reverse=True)
_KIND_NOUN_RE = "|".join(re.escape(n) for n in _ALL_KIND_NOUNS)

# Cue words for the kind, counted over the whole text (documentary -> film unless a series).
KIND_CUES: dict[str, tuple[str, ...]] = {
    "film": ("film", "films", "movie", "movies", "director", "directed", "directs", "cinema", "cinemas",
             "cinematography", "cinematographer", "screenplay", "documentary", "filmmaker", "filmmakers",
             "screening", "theatres", "theaters", "box office", "runtime", "running time", "minutes",
             "frame", "shot", "shots", "editing", "cast", "starring", "oscar", "festival", "premiere",
             "big screen", "multiplex", "biopic", "trailer", "sequel", "feature"),
    "tv": ("series", "season", "seasons", "episode", "episodes", "showrunner", "finale", "pilot",
           "streaming", "streamer", "binge", "netflix", "hbo", "bbc", "network", "sitcom", "miniseries",
           "docuseries", "limited series", "premiere", "renewed", "episodic", "instalment", "installment"),
    "book": ("novel", "novels", "book", "books", "author", "authors", "chapter", "chapters", "prose",
             "pages", "page", "memoir", "novelist", "paperback", "hardback", "hardcover", "publisher",
             "published", "reader", "readers", "reading", "read", "writes", "sentences", "narrator",
             "literary", "fiction", "nonfiction", "non-fiction", "debut novel", "cookbook", "recipes",
             "recipe", "poems", "poetry", "translation", "translated", "bookshop", "audiobook"),
    "game": ("game", "games", "gameplay", "player", "players", "controller", "developer", "developers",
             "console", "multiplayer", "quests", "quest", "boss", "bosses", "levels", "level", "ps5", "ps4",
             "xbox", "switch", "steam", "pc", "playthrough", "dlc", "combat", "checkpoint", "checkpoints",
             "save", "crafting", "inventory", "co-op", "cutscenes", "cutscene", "npcs", "npc", "rpg",
             "open world", "open-world", "frame rate", "framerate", "roguelike", "platformer", "studio's",
             "early access", "patch", "difficulty", "skill tree", "hud", "achievements", "trophies"),
    "other": ("album", "albums", "track", "tracks", "songs", "song", "band", "singer", "vocals",
              "guitar", "guitars", "drums", "chorus", "lyrics", "record", "ep", "lp", "tracklist",
              "restaurant", "menu", "dishes", "dish", "chef", "waiter", "waiters", "dessert", "starter",
              "starters", "mains", "wine list", "bill", "service", "table", "kitchen", "diners", "dining",
              "gig", "concert", "setlist", "encore", "venue", "crowd", "exhibition", "gallery",
              "curator", "stage", "tasting menu", "cocktails", "bakery", "café", "cafe"),
}
_CUE_RES = {
    kind: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")\b")
    for kind, cues in KIND_CUES.items()
}

# A creator introduced by role ("directed by X", "developer X", "X's new album").
# A name's word keeps an inner apostrophe ("O'Brien") but never a possessive "'s":
# in "Steven Soderbergh's Ocean's Eleven" the name ends at "Soderbergh".
_NAME_WORD = r"[A-Z](?:[\w\-]|/(?=[A-Z])|['’](?![sS]\b|\s|$))*"
_NAME = rf"(?:[A-Z]\.|{_NAME_WORD})(?:\s+(?:(?:de|van|von|da|del|della|la|le|du|bin|al|ter|den|der|dos|di)\s+)?(?:St\.|[A-Z]\.|{_NAME_WORD})){{0,3}}"
_YEAR = r"(?:18[5-9]\d|19\d\d|20\d\d)"
# Patterns that open with a name or a title start only where a word starts (not
# after a letter, nor after a letter and an apostrophe or hyphen): one that could
# start inside a long word would rescan it from every letter (quadratic).
_START = r"(?<!\w)(?<!\w['’\-])"
# (At most ten names before "and": an open-ended list let every name of a long
# "A, A, A, ..." run start a match that scanned to its end.)
# A possessive, singular or plural: "Jesse Armstrong's", "Supergiant Games'", "The Hollow Pines'".
_POSS = r"(?:['’]s|(?<=s)['’](?!\w))"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*{_NAME}){{0,10}},?\s+(?:and|&)\s+{_NAME})?"
# Up to three lower-case words that describe the person before the name ("by stand-up Rory Baptiste").
_DESCRIBED = r"(?:(?:the\s+)?(?:[a-z][\w\-]*\s+){1,3}?(?=[A-Z]))?"
# "written jointly by", "directed entirely by": a manner adverb between the credit and its "by"
_BY_ADVERB = r"(?:[a-z]{2,20}ly\s+)"
_STUDIO = r"(?=[\w'’\-.&/]*[A-Za-z])[A-Z0-9][\w'’\-.&/]*(?:\s+(?:[A-Z0-9][\w'’\-.&/]*|&|and|of|the)){0,4}"
_ROLE_PATTERNS: list[tuple[str | None, re.Pattern[str], float]] = [
    ("film", re.compile(rf"\b(?i:directed|helmed|co-directed)\s+(?i:for the most part\s+|{_BY_ADVERB})?by\s+{_DESCRIBED}(?P<n>{_NAMES})"), 0.9),
    ("film", re.compile(rf"\b(?i:director|directors|filmmaker|filmmakers|film-maker|writer-director|documentarian)\s+(?P<n>{_NAMES})"), 0.8),
    ("tv", re.compile(rf"\b(?i:created|co-created|showrun)(?:\s+and\s+(?i:written|directed|produced|run))?\s+{_BY_ADVERB}?(?:for\s+(?:the\s+)?(?:screen|television|TV|streaming)\s+)?by\s+{_DESCRIBED}(?P<n>{_NAMES})"), 0.85),
    # "developed for television by X", "created for FX by X", "adapted for Netflix by X": made for the small screen
    ("tv", re.compile(rf"\b(?i:created|co-created|developed|adapted)\s+for\s+(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:small\s+screen|television|TV)|"
                      rf"[A-Z][\w+]*(?:\s+TV\+?)?)\s+by\s+{_DESCRIBED}(?P<n>{_NAMES})"), 0.85),
    # "handing the reins to Bram Oduya", "Bram Oduya takes the reins"
    (None, re.compile(rf"\b(?i:hand(?:s|ed|ing)?|pass(?:es|ed|ing)?|giv(?:es|en|ing)|turn(?:s|ed|ing)?)\s+(?:over\s+)?the\s+reins\s+"
                      rf"(?:over\s+)?to\s+{_DESCRIBED}(?P<n>{_NAME})"), 0.8),
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s+(?:takes|took|has taken|taking)\s+(?:over\s+)?the\s+reins\b"), 0.75),
    ("tv", re.compile(rf"\b(?i:showrunner|showrunners|series creator|creators?)\s+(?P<n>{_NAMES})"), 0.8),
    # (never "About the author" over the reviewer's bio)
    ("book", re.compile(rf"(?<!bout the )\b(?i:novelist|author|poet|memoirist)\s+(?P<n>{_NAME})"), 0.75),
    # "a new book by the Danish science writer Solveig Brandt", "the historian Ada Kell"
    ("book", re.compile(rf"\b(?i:book|novel|memoir|collection|study|history)\s+by\s+(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){{0,3}}?"
                        rf"(?i:writer|historian|essayist|journalist|critic|scholar)\s+(?P<n>{_NAME})"), 0.8),
    # "a director named David Fincher", "a studio called Saltgrass"
    (None, re.compile(rf"\b(?P<role>director|filmmaker|novelist|writer|author|developer|studio|showrunner)\s+(?:named|called)\s+"
                      rf"(?P<n>{_NAME})"), 0.8),
    # "a solo developer who goes by LocalThunk", "the artist known as Prince": a maker's chosen name
    (None, re.compile(rf"\b(?P<role>developer|designer|studio|artist|musician|songwriter|singer|rapper|producer|director|filmmaker|"
                      rf"writer|author|novelist|poet|chef|band|duo|group)\s+(?:who\s+(?:goes|went)\s+by|going\s+by|(?:who\s+is\s+)?known\s+as)"
                      rf"\s+(?:the\s+name\s+)?(?P<n>{_NAME})"), 0.8),
    # "the 2018 documentary from Elizabeth Chai Vasarhelyi and Jimmy Chin", "the new album from Radiohead",
    # "the second album by The Gullwings", "the new four-parter from X": the work, named by its kind, and who it is from
    (None, re.compile(rf"\b(?:the|a|an)\s+(?:(?:new|latest|first|debut|{_YEAR})\s+)?(?:[a-z][\w\-]+\s+){{0,2}}?(?P<role>film|documentary|feature|collection|"
                      rf"album|record|novel|memoir|game|(?i:rpg)|roguelike|platformer|shooter|puzzler|series|show|miniseries|sitcom|drama|comedy|thriller|"
                      rf"[a-z]{{2,10}}-parter)\s+(?:from|by)\s+"
                      rf"(?:(?:director|filmmaker|writer|author|developer|studio|band)\s+)?(?P<n>{_NAMES})"), 0.7),
    # "Daniel Kwan and Daniel Scheinert, the directing duo who ...": a named pair in apposition with "duo", "pair" or "team"
    (None, re.compile(rf"{_START}(?P<n>{_NAME}\s+(?:and|&)\s+{_NAME}),\s+(?:the|a)\s+(?:[\w\-]+\s+){{0,2}}?(?:duo|pair|team|partnership)\b"), 0.75),
    # "adapted by Phoebe Waller-Bridge from her own play"
    (None, re.compile(rf"\b(?i:adapted|co-written)\s+(?:for\s+(?:the\s+)?(?:screen|television|TV)\s+)?by\s+(?P<n>{_NAMES})"), 0.7),
    ("book", re.compile(rf"\b(?i:written|penned)\s+{_BY_ADVERB}?by\s+(?P<n>{_NAMES})"), 0.7),
    # ("made mostly by one person, X": an adverb, and the maker named in apposition after "one person")
    ("game", re.compile(rf"\b(?i:developed|made|built)\s+{_BY_ADVERB}?by\s+(?:(?:one|a\s+single|a\s+lone)\s+(?:guy|person|man|woman|developer|designer),\s+)?"
                        rf"(?P<n>{_STUDIO})"), 0.85),
    ("game", re.compile(rf"\b(?:[Dd]evelopers?|studios?|[Ii]ndie studios?|[Dd]evelopment team)\s+(?P<n>{_STUDIO})"), 0.75),
    ("other", re.compile(rf"\b(?i:chef|head chef|chef-patron|chef-owner)\s+(?P<n>{_NAME})"), 0.8),
    # "owner Rosa Lind": a place's owner made the place reviewed
    ("other", re.compile(rf"\b(?i:owner|co-owner|proprietor|owners|co-owners|proprietors)\s+(?P<n>{_NAMES})"), 0.7),
    ("other", re.compile(rf"\b(?i:chefs|head chefs|chef-owners)\s+(?P<n>{_NAMES})"), 0.8),
    # "Priya Nair runs the kitchen", "Okafor leads the small open kitchen": who runs a place's kitchen cooks there
    ("other", re.compile(rf"{_START}(?P<n>{_NAME})\s+(?:now\s+|still\s+|also\s+)?(?:runs|ran|leads|led|heads|headed)\s+(?:the|its|a)\s+"
                         rf"(?:[a-z][\w\-]*\s+){{0,2}}?kitchen\b"), 0.75),
    # "The chef and owner is Tomasz Wielgus", "the head chef is Ana Ruiz"
    ("other", re.compile(rf"\b(?i:chef|head chef)(?:\s+and\s+(?:owner|co-owner|founder|patron))?\s+(?:is|was)\s+(?P<n>{_NAME})"), 0.75),
    ("other", re.compile(rf"\b(?:band|singer|songwriter|rapper|artist|duo|trio|quartet|group)\s+(?P<n>{_NAME})"), 0.6),
    # "Tobias Nkemelu, a chef who...", "Kasia Brandt, the director of..."
    (None, re.compile(rf"{_START}(?P<n>{_NAME}),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}?(?P<role>chef|director|filmmaker|novelist|author|"
                      rf"developer|studio|showrunner|songwriter|rapper|singer)\b(?!['’])"), 0.75),
    # "Rina Dizon, the owner and cook, ran ...": a place's keeper in apposition
    ("other", re.compile(rf"{_START}(?P<n>{_NAME}),\s+(?:the|its)\s+(?:[\w\-]+\s+)?(?P<role>owner|co-owner|proprietor)(?:\s+and\s+(?:cook|chef))?,"), 0.7),
    # "The small carry-out ... was opened eighteen months ago by Ruby Delacroix-Hines": who opened a place keeps it
    ("other", re.compile(rf"\b(?:was|were|is)\s+(?:first\s+)?(?:opened|founded|started)\s+(?:[\w\-]+\s+){{0,4}}?by\s+{_DESCRIBED}(?P<n>{_NAMES})"), 0.7),  # (not "X, the studio's earlier game")
    # "The cook behind it is Hamish Oyelaran", "the studio behind the game was X": the maker behind the work
    (None, re.compile(rf"\b(?P<role>cook|chef|developer|studio|team|band|director|writer|author|artist|mind)\s+behind\s+"
                      rf"(?:it|this|(?:the|this)\s+(?:[a-z][\w\-]+\s+)?(?:place|restaurant|game|film|book|album|record|series|show))\s+"
                      rf"(?:is|was|are|were)\s+(?P<n>{_NAMES})"), 0.8),
    # "The restaurant belongs to Lucia Ferrante", "the bistro is run by X": a place's keeper is its maker
    ("other", re.compile(rf"\b(?i:restaurant|place|bistro|cafe|café|bakery|bar|kitchen|trattoria|osteria|diner|eatery)\s+(?:belongs\s+to|"
                         rf"(?:is|was)\s+(?:owned|run)\s+by)\s+{_DESCRIBED}(?P<n>{_NAMES})"), 0.75),
    # "Tango Gameworks, the studio behind The Evil Within", "Mitski, the songwriter behind Be the Cowboy": a maker in apposition
    # ("Marrow House, a two-person Leeds outfit behind ...": any maker's word, "outfit", "team", "company", before "behind")
    (None, re.compile(rf"{_START}(?P<n>{_NAME}),\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}?(?P<role>studio|developer|band|duo|trio|group|"
                      rf"director|filmmaker|author|novelist|writer|songwriter|singer|artist|chef|showrunner|outfit|team|company|collective)\s+"
                      rf"(?:behind|who\s+(?:made|gave us))\b"), 0.75),
    # "Christopher McQuarrie, who made Rogue Nation", "Hollis Brandt, who adapted the book and serves as showrunner"
    (None, re.compile(rf"{_START}(?P<n>{_NAMES}),\s+who\s+(?:\w+\s+){{0,4}}?(?P<role>made|created|wrote|directed|adapted|developed|"
                      rf"co-created|co-wrote|helmed|runs|cooks|founded)\b"), 0.8),
    # "Daniel Kwan and Daniel Scheinert, who work together as Daniels and who previously gave us ...": a maker's earlier work
    (None, re.compile(rf"{_START}(?P<n>{_NAMES}),\s+who\s+(?:[\w\-]+\s+){{0,8}}?gave\s+us\b"), 0.75),
    # "Susanna Clarke, whose first novel came out in 2004": the person whose earlier work is named is a maker
    # (an earlier one said so: "X, whose album Jubilee came out the same year" may be another kind of maker's)
    (None, re.compile(rf"{_START}(?P<n>{_NAMES}),\s+whose\s+(?:first|second|third|last|previous|earlier|debut)\s+"
                      rf"(?P<role>novel|book|film|feature|album|record|game|series|show|memoir)\b"), 0.7),
    # "Second Shift, which Ostrowski created", "the show that Ana Ruiz co-wrote"
    (None, re.compile(rf"\b(?:which|that)\s+(?P<n>{_NAMES})\s+(?:also\s+|first\s+)?(?P<role>created|co-created|directed|co-directed|"
                      rf"wrote|co-wrote|developed|adapted)\b"), 0.75),
    # "That first-timer is Ifeoma Chukwu-Ellis, and her film is called Paper Moons"
    (None, re.compile(rf"{_START}(?P<n>{_NAME}),?\s+and\s+(?:her|his|their)\s+(?:new\s+|first\s+|latest\s+|debut\s+)?"
                      rf"(?P<role>film|novel|book|series|show|game|album|documentary)\s+is\b"), 0.7),
    # "Kazuo Ishiguro is far too gentle a writer", "X is a director who..."
    # "The Hollow Pines have always been a late-night band"
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s+(?:is|was|are|were|(?:has|have)\s+(?:\w+\s+)?been)\s+(?:\w+\s+){{0,4}}?(?:a|an)\s+"
                      rf"(?:[\w\-]+\s+){{0,2}}?(?P<role>writer|novelist|author|poet|director|filmmaker|showrunner|chef|songwriter|developer|"
                      rf"band|duo|trio|quartet|quintet|sextet|septet|group|collective|studio)\b"), 0.65),
    # "The new director is Kasia Brandt"
    ("film", re.compile(rf"\b(?i:director|filmmaker)\s+(?:is|was)\s+(?P<n>{_NAME})"), 0.75),
    # "the director, Pete Docter, who ...", "The chef, Idris Fennimore, cooked ...": the role, then the name in apposition
    # ("the new chef, Tomos Reed, has ...": a describing word or two may stand before the role)
    (None, re.compile(rf"\b(?i:the|its|their)\s+(?:(?:new|young|current|founding|original|head|lead)\s+){{0,2}}(?P<role>director|filmmaker|chef|chef-owner|chef-patron|author|novelist|showrunner|creator|developer|"
                      rf"songwriter|writer-director|head chef|owner|co-owner|proprietor|(?:director|filmmaker|chef|author|showrunner|creator|developer|owner)s),"
                      rf"\s+(?P<n>{_NAMES}),"), 0.8),
    # "the purest piece of filmmaking Christopher Nolan has ever managed", "the most grown-up album Taylor Swift has ever made"
    (None, re.compile(rf"\b(?P<role>film|filmmaking|album|record|novel|book|game|series|show|memoir)\s+(?P<n>{_NAME})\s+"
                      rf"(?:has|had)\s+(?:ever\s+)?(?:made|managed|written|directed|recorded|released|produced|created)\b"), 0.7),
    # "Denis Villeneuve directs like someone who doesn't quite trust the ground": the maker at work, said in the present
    ("film", re.compile(rf"{_START}(?P<n>{_NAME})\s+directs\s+(?:like|with|as|it|this|the\s+film)\b"), 0.6),
    # "Phoebe Waller-Bridge created and stars in this short, sharp British comedy"
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s+(?P<role>created|wrote|directed|co-created)\s+and\s+(?:stars|starred|appears)\s+in\b"), 0.8),
    # "is written by and stars Richard Gadd": the writer who stars in his own series
    (None, re.compile(rf"\b(?i:written|created)\s+by\s+and\s+(?:stars|starring|starred)\s+(?P<n>{_NAMES})"), 0.8),
    # "Mireille Okafor's 2023 debut", "Cormac McCarthy's novel"
    (None, re.compile(rf"{_START}(?P<n>{_NAME}){_POSS}\s+(?:(?P<y>{_YEAR})\s+)?(?:(?:[a-z][\w\-]+|[A-Z]{{2,}}\+?),?\s+){{0,5}}?(?P<role>film|debut|novel|memoir|"
                      rf"documentary|series|album|record|game|feature|book|restaurant|cookbook|version|adaptation|take|retelling|"
                      rf"remake|venture|place|kitchen|crack|film-making|filmmaking|drama|comedy|sitcom|thriller|miniseries|"
                      rf"masterpiece|classic|roguelike|platformer|shooter|rpg|role-playing game|adventure|puzzler|puzzle game|ep|lp|follow-up|sequel)\b"), 0.7),
    # "it came out under the name Moth Choir": a work released under a name is that name's (a band, a pseudonym)
    (None, re.compile(rf"\b(?:came\s+out|released|recorded|published|written|made|records|releases|performs|performed|writes|wrote|"
                      rf"went\s+out|appeared)\s+under\s+the\s+(?:name|moniker|pseudonym|pen[\s\-]name)\s+(?P<n>{_NAME})"), 0.85),
    # "Ida Brun (Author), Ole Sand (Translator)": a shop's or a database's credit, the role in brackets after the name
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s*\((?P<role>Author|Director|Developer|Artist|Creator)\)"), 0.85),
    # "The series was written by X": the work said as the subject, its writer (a series' or a film's, not a source's)
    (None, re.compile(rf"\b(?i:the|this)\s+(?:new\s+)?(?P<role>series|show|film|miniseries|sitcom)\s+(?:was|is)\s+{_BY_ADVERB}?(?:written|created)"
                      rf"(?:\s+and\s+(?:directed|produced))?\s+by\s+(?P<n>{_NAMES})"), 0.8),
    # "Released in October 2019 by ZA/UM"
    ("game", re.compile(rf"\b(?i:released)\s+(?:[\w,]+\s+){{0,4}}?by\s+(?P<n>{_STUDIO})"), 0.6),
    # "Kazuo Ishiguro published the book in 1989", "Susanna Clarke published this in 2020"
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s+(?:actually\s+|first\s+|originally\s+|last\s+|finally\s+)?(?P<role>published|released|wrote|made|"
                      rf"directed|created|developed|recorded|built|designed)\s+(?:(?:the|this|that|his|her|their|an?)\s+(?:[\w\-]+\s+){{0,2}}?(?:book|novel|film|movie|album|record|"
                      rf"game|series|show|drama|story|memoir)\b|this\b|it\b(?!\s+(?:was|is|to|through|out|big|work|clear|into|past|home)\b))"), 0.65),
    # "Supergiant Games have made the most welcoming one", "the trick that Tallow Games has pulled off": the perfect of making
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s+(?:has|have)\s+(?:also\s+|now\s+|finally\s+|somehow\s+)?(?:made|built|crafted|pulled\s+off)\b"), 0.6),
    # "When Kendrick Lamar released To Pimp a Butterfly"
    (None, re.compile(rf"{_START}(?P<n>{_NAME})\s+(?:released|directed|wrote|published|created|made|recorded|developed)\s+[\"“‘*_]?[A-Z0-9]"), 0.6),
]


# ------------------------------------------------------------------ the result


@dataclass
class Guess:
    """One field's value with where it was found and how sure the rule is."""

    value: object
    source: str  # headline | front matter | html meta | infobox | body | file name
    confidence: float


@dataclass
class WorkGuess:
    title: Guess | None = None
    kind: Guess | None = None
    year: Guess | None = None
    creator: Guess | None = None
    # The title candidates and their scores, best first (for ``inspect --explain`` and tuning).
    candidates: list[tuple[str, float, list[str]]] = field(default_factory=list)
    # The top candidates as the title ranker saw them: (the form given if chosen, its features), by points.
    ranking: list[tuple[str, list[float]]] = field(default_factory=list)
    # The creator candidates as the creator ranker saw them: (the name given if chosen, the hand-set
    # confidence, its features), the hand rules' choice first.
    creator_ranking: list[tuple[str, float, list[float]]] = field(default_factory=list)


@dataclass
class Text:
    """What the work finder reads: the headline and the body's paragraphs with
    their inline emphasis marks; ``people``: names the infobox or byline gave
    (cast, reviewer), never the work."""

    headline: str | None
    paragraphs: list[tuple[str, list[Mark]]]
    people: set[str] = field(default_factory=set)
    facts: dict[str, str] = field(default_factory=dict)
    date: str | None = None  # the review's own date (ISO), when the page gives one
    crumb: str | None = None  # the page a breadcrumb trail ends on ("Home › Reviews › Dredge")
    tags: str = ""  # the page's own categories ("Filed in: Literary fiction"), cut from the body: cue words for the kind
    name: str = ""  # the file's name as saved ("m3gan.md", "baby reindeer.txt"): users name a file after its work


# ------------------------------------------------------------------ helpers


def norm(text: str) -> str:
    """Case-, accent- and punctuation-blind key: how the evaluation compares titles too."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’‘`]", "'", text.lower())
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _key(text: str) -> str:
    """norm() without a leading article: "The Quiet Acre" and "Quiet Acre" are one candidate."""
    return re.sub(r"^(?:the|a|an) ", "", norm(text))


def _tail_span(text: str) -> str:
    """The title-case run that ends ``text`` ("I rewatched Airplane!" -> "Airplane!")."""
    spans = [m for m in _SPAN_RE.finditer(text) if m.end() >= len(text.rstrip()) - 1]
    return _strip_openers(_clean(spans[-1][0])) if spans else ""


def _after_maker(span: str, body: str) -> tuple[str, str | None]:
    """("Her", "Spike Jonze") for "Spike Jonze's Her" when the review also says "Her" alone
    (not after a possessive): the maker's, then the title; else (span, None)."""
    own = re.match(rf"(?P<n>{_NAME}){_POSS}\s+(?P<t>\S.*)$", span)
    if own and len(re.findall(rf"(?<![\w'’])(?<!['’]s\s){re.escape(own['t'])}(?![\w'’])", body)) >= 2:
        return own["t"], own["n"]
    return span, None


def _clean(span: str) -> str:
    span = span.strip().strip("\"“”‘’'*_").strip()
    words = span.split()
    if len(words) > 1 and words[-1] == "I" and words[-2].lower().rstrip(",") not in _NUMBERED:
        span = " ".join(words[:-1])  # "*Everything Everywhere All at Once* I was so busy": the pronoun after it
    span = re.sub(r"^\d+\s*[–—-]\s+", "", span)  # "112 – Ocean's Eleven": an episode number
    span = re.sub(r"^#?\d{1,2}[:.]\s+(?=\S)", "", span)  # "#4: Andor", "3. The Bear": a list's index
    span = re.sub(r"^[A-Z]{3,}\s+(?:for|about|on|in|from)\s+(?=[A-Z0-9])", "", span)  # "SPOILERS for Succession": a shouted warning
    span = re.sub(r"[\s,;:–—-]+$", "", span)
    span = re.sub(r"\s+[–—]\s+\d+$", "", span)  # "Mad God — 30 years in the making": the title, then an aside's number
    if span.endswith(("'s", "’s")):
        span = span[:-2]
    span = _SEASON_RE.sub("", span)  # "Severance Season 2", "Succession season 4, episode 3": the series
    return span.strip()


_NUMBERED = {"part", "book", "act", "phase", "level", "chapter", "episode", "volume", "vol."}  # "Part I", "Episode I"
_SEASON_RE = re.compile(r"(?<=\w)(?:\s+[—–:-])?\s+\(?(?:(?i:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
                        r"|S\d{1,2}(?:E\d{1,3})?)(?:,?\s+(?i:episode|ep\.?)\s+\d{1,3})?\)?$")  # "Andor S1", "X season 4, episode 3", "X (Season 1)"


# (At most ten dotted parts, "A.B.C." or "Vol.2.1": an open-ended run let every
# letter of "A.A.A.…" start a match that scanned to its end.)
# ("No. 9" is one word of a title, and so are "Velocity//Zero", "ZA/UM" and "Mr. Robot".)
_TOKEN = r"(?:No\.\s?\d+\b|(?:Mr|Mrs|Ms|Dr|St)\.[ \t][A-Z][\w'’\-]*|[A-Z]\.(?:[A-Z]\.){0,9}|[A-Z0-9][\w'’\-]*(?:(?:\.|/{1,2})\w+){0,9}[!?]?)"
_SPAN_RE = re.compile(
    rf"(?<![\w'’\-])(?:{_TOKEN})(?:(?:[ \t]+|[ \t]*[:,][ \t]+|[ \t]+[–—-][ \t]+|[ \t]+&[ \t]+)(?:(?:{'|'.join(sorted(map(re.escape, SMALL), key=len, reverse=True))})[ \t]+)*{_TOKEN})*"
)


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"“‘'(*_")
    return not before or before[-1] in ".!?…:\n—–" or before.endswith(("\"", "”"))


def _capital_spans(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of capitalised words (small words and ': , –' allowed inside)."""
    return [(m.start(), m.end(), m[0]) for m in _SPAN_RE.finditer(text)]


def _sub_spans(span: str) -> list[str]:
    """The span and its parts: split at joiners (': , –'), at a possessive, and
    without a leading sentence opener ("But Last Men in Aleppo" -> "Last Men in Aleppo")."""
    found: list[str] = []

    def add(s: str) -> None:
        s = _clean(s)
        words = s.split()
        while words and words[-1].lower() in SMALL and not (words[-1] == "A" and len(words) > 1):
            words.pop()  # (a capital "A" ending a run is the title's last word: "Kid A", "Plan A")
        s = re.sub(r"[\s,;:–—-]+$", "", " ".join(words))  # "Central — Adult Fiction — On": no joiner left at the end
        if s and s not in found:
            found.append(s)

    add(span)
    words = span.split()
    if words and words[0].lower() in _OPENERS and len(words) > 1 and not words[1][:1].isdigit():
        add(" ".join(words[1:]))
    span = re.split(rf"\s+(?:in|on|at|from|since|until)\s+(?=(?:{'|'.join(_MONTHS)}|\d{{4}})\b)", span, flags=re.I)[0]
    add(span)
    for piece in re.split(r",\s+", span):  # "Mission: Impossible – Fallout, Tom Cruise"
        add(piece)
    for piece in re.split(r"\s*[:,]\s+|\s+[–—-]\s+|\s+(?:and|&|by|with|from|for|as)\s+", span):
        add(piece)
        pw = piece.split()
        if pw and pw[0].lower() in _OPENERS and len(pw) > 1:
            add(" ".join(pw[1:]))
    m = re.search(r"['’]s\s+", span)
    if m:
        add(span[: m.start()])
        add(span[m.end():])
    if m := re.search(r"(?<=s)['’]\s+(?=[A-Z])", span):  # "Larian Studios' Baldur's Gate 3": the studio's, then the title
        add(span[m.end():])
    if " in " in span:  # "Nobody in Ocean's Eleven", "Robert Hays in Airplane!"
        add(span.rsplit(" in ", 1)[1])
    return found


def _bad_candidate(c: str, marked: bool = False) -> bool:
    """True for what is never a title; ``marked``: set apart as one (italics, quotes, "X by Name"),
    where words that open sentences may make a title ("Tomorrow, and Tomorrow, and Tomorrow")."""
    words = c.split()
    if not words or len(words) > 12 or len(c) > 90:
        return True
    low = [w.lower().strip(".,!?") for w in words]
    if all(w in _OPENERS or w in SMALL or w in _MONTHS for w in low) and not (marked and (len(words) > 1 or low[0] in _PRONOUN_TITLES)):
        return True  # (a pronoun set apart as a title is one: *Her*, "Us", "Her (2013)")
    if re.fullmatch(r"[\d\W]+", c) and not re.fullmatch(r"\d{3,}\W*", c):
        return True
    if words[0][:1].islower():
        return True  # "in October 2019": a title's first word is capitalised
    if re.match(r"^(?:episode|ep|part|chapter|season|series|vol|volume|issue|book|act|level|track)\.?\s+\d+\b", c, re.I) \
            or re.match(r"^no\.?\s+\d+\s*(?:[:–—-]|$)", c, re.I):
        return True  # "Episode 87: The Long Year": the episode's label, not the work ("No. 9 Marrow Lane" is one)
    if words[0].endswith(",") and low[0] in _OPENERS and words[1][:1].isupper():
        return True  # "Still, The Weight of Rivers" (not "Tomorrow, and Tomorrow, and Tomorrow")
    if re.match(r"^[\w\-]+:", c) and low[0].rstrip(":") in _OPENERS | _LABELS:
        return True  # "Cast: Aoife Brennan", "Photograph: ..." are labels, not titles
    if label_value(c):
        return True  # "Replies: 38", "Filed under: grief", "Chef: Rocha Cuisine: Portuguese": a label and its value
    if re.fullmatch(rf"(?:.*\s)?{_YEAR}", c) and not re.search(r"[A-Za-z]{2}.*\s\d{4}$", c.replace("'s ", " ")):
        return True
    if re.search(rf"['’]s\s+{_YEAR}$", c) or re.search(rf"\s(?:in|of|since|from|until|to)\s+(?:(?:{'|'.join(_MONTHS)})\s+)?{_YEAR}$", c, re.I):
        return True  # "Truffaut's 1959", "Lewis Milestone in 1960", "Published in July 2022"
    if len(words) == 1 and low[0] in _LABELS | {"reviewed", "review", "posted", "written"}:
        return True
    if re.match(rf"{_YEAR}\s+(?:in|on|at|to|from|when|and)\s", c):
        return True  # "1967 in Buenos Aires", "1991 on Mount Unzen": a date and a place
    if len(words) == 2 and low[0] in _MONTHS and re.fullmatch(_YEAR, words[1]):
        return True  # "March 2015": a date
    if _DATE_OR_TIME_RE.search(c):
        return True  # "1.23am on 26 April 1986", "June 4, 1989", "Release Date: 9 Nov": a day or an hour, never a title
    if re.fullmatch(r"\d{1,3}\s?(?i:s|m|h|d|w|mo|y|yrs?|hrs?|mins?|secs?|days?|weeks?)", c):
        return True  # "3h", "2d", "5 mins": a post's age or a duration, never a title
    if re.search(r"\.\s+(?:Photo|Photograph|Picture|Image|Credit|Illustration)\b", c):
        return True  # an italic caption: "The tonkotsu at Hinoki. Photo: Mei-Ling Foster"
    if re.match(r"^[A-Z][a-z]+(?:ing|ed):\s", c):
        return True  # "Showing: Rialto Picturehouse", "Joined: Aug 2016": a page's participle label and its value
    if len(words) >= 4 and c.endswith(".") and not re.search(r"\b(?:[A-Z][a-z]?|Mr|Mrs|Ms|Dr|St|Jr|Vol|No)\.$", c) \
            and sum(w[:1].islower() and w.lower().strip(".,") not in SMALL for w in words) >= 2:
        return True  # "My old copy, held together with tape and stubbornness.": a sentence set in italics, a caption
    return False


# A label and its value, never a title or a headline: a value that is a count, a size or a
# time ("Replies: 38", "Length: 4'30", "Episodes: 6 x 25 min"); a label in sentence case
# ("Filed under: grief", "Where to watch: Hulu"); two labels on one line ("Slot: Thu
# Length: 4'30"). A title's colon sits between title-case parts ("Alien: Isolation").
_LABEL_AT = r"(?:^|(?<=\s))[A-Z][\w\-]*(?:\s[a-z][\w\-]*){0,3}:(?=\s)"
_COUNT_VALUE_RE = re.compile(r"^\w[\w\-]*(?:\s[\w\-]+){0,2}:\s*[#£$€]?\d[\d\s,.:/'\"′″x×–-]*(?:\s*[a-z]{1,5}\.?)?$")
_SENTENCE_LABEL_RE = re.compile(rf"^[A-Z][a-z\-]+(?:\s(?!(?:{'|'.join(sorted(map(re.escape, SMALL), key=len, reverse=True))})\s)[a-z][\w\-]*|\s[a-z][\w\-]*)*?\s(?!(?:{'|'.join(sorted(map(re.escape, SMALL), key=len, reverse=True))}):)[a-z][\w\-]*:\s")


def label_value(line: str) -> bool:
    """True for a "Label: value" line or span (see above): page or app metadata, not a title."""
    line = " ".join(line.split())
    if re.match(r"(?i)[^:]{1,80}\breview:", line):
        return False  # "Up review: Pixar's flying house ...": a headline
    return bool(_COUNT_VALUE_RE.match(line) or _SENTENCE_LABEL_RE.match(line)
                or len(re.findall(_LABEL_AT, line)) >= 2)


_DAY_MONTHS = ("january|february|march|april|june|july|august|september|october|november|december"
               "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")  # ("9 Nov, 2023", "Nov 9": a store's or a forum's short date)
_DATE_OR_TIME_RE = re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_DAY_MONTHS}|may)\b|\b(?:{_DAY_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)"
                              r"|\b\d{1,2}[.:]\d\d\s?(?:am|pm)\b")
_LABELS = {"cast", "starring", "stars", "director", "directors", "developer", "publisher", "platforms",
           "platform", "released", "release", "runtime", "pages", "genre", "author", "writer", "photograph",
           "photo", "image", "credit", "credits", "read", "related", "rating", "verdict", "score", "price",
           "title", "network", "episodes", "label", "producer", "producers", "creator", "showrunner",
           "music", "screenplay", "year", "studio", "format", "length", "certificate", "rated", "where",
           "address", "chef", "tracklist", "venue", "dates", "tickets", "source", "via", "update",
           "watch", "listen", "available", "reviewed", "words", "by", "posted", "filed", "tags", "tagged",
           "country", "countries", "language", "languages", "cert", "distributor", "distribution", "channel",
           "isbn", "translator", "translated", "cuisine", "prices", "bookings", "open", "hours", "support",
           "directors", "writers", "editor", "cinematography", "episode", "seasons", "creators",
           "pace", "pros", "cons", "played", "tested", "formats", "ages", "age"}


# --------------------------------------------------------------- the finder


# A sentence that opens in lower case names something styled so ("folklore, released in July 2020, is ...",
# "brat is what happens when ..."): the run before its first comma, bracket or verb (a review that writes all
# in lower case is left alone: its sentences all open so).
_LOWER_OPENING_RE = re.compile(r"(?P<t>[a-z][\w'’!.\-]*(?:,[a-z][\w'’!.\-]*)?(?:\s+(?![a-z]+ly\b)[\w'’!.\-]+){0,5}?)"
                               r"(?=,\s|\s+\(|\s+(?:is|was|are|were|has|had|feels|felt|sounds|reads|plays|remains|isn['’]t"
                               r"|wasn['’]t|does|did|opens|ends|begins|arrived|came|comes|took|takes|sits)\b)")
_ABBREVIATION_END_RE = re.compile(r"(?i:\b(?:e\.g|i\.e|vs|cf|approx|nos?|st|mr|mrs|ms|dr|vol|pp?|ca|c|ft|feat)|\.\w+)\.$")  # "e.g.": not an end


def credit_row(fields: list[str]) -> tuple[str, str] | None:
    """(title, maker) of a credits row, its fields split at " · ": the work first, then its director
    ("**Harbourmaster** (15) · Dir. Siobhán Keaveney · Ireland/UK 2024 · 98 min"), or the artist and
    the record first ("Mireille Okonjo – *Lullabies for Insomniacs, Vol. 2* · Hush Tapes · 2025")."""
    first = re.sub(r"\s*\((?:\d{1,2}A?|U|PG|[A-Z]{1,2}-?\d{0,2})\)$", "", fields[0].strip(" *_"))  # "(15)": the certificate
    if d := next((m for f in fields[1:3] if (m := re.match(rf"(?:Dir\.|Dir:|Directed by)\s+(?P<n>{_NAME})$", f.strip(" *_")))), None):
        return (first, d["n"]) if _is_title_span(_clean(first)) else None
    if m := re.fullmatch(rf"(?P<n>{_NAME})\s+[–—]\s+[*_\"“]*(?P<t>[^*_\"”]{{1,80}}?)[*_\"”]*", first):
        return (m["t"], m["n"]) if not _bad_candidate(_clean(m["t"]), True) else None
    return None


MAX_LOWER_SPANS = 40  # the distinct lower-case spans counted in the body (a review has a handful)


def _lower_case_titles(paragraphs: list[tuple[str, list[Mark]]], body: str) -> list[tuple[str, float, str]]:
    """Titles styled in lower case, which the capitalised spans never find: a span in italics or bold
    said twice or more ("*small weathers*", "*how to unlove a city*"), and the lower-case run a sentence
    opens with, said again elsewhere ("folklore, released in July 2020, ..."); (form, points, why).
    (Each distinct span is counted in the body once, and at most :data:`MAX_LOWER_SPANS` of them:
    linear on a page of a thousand "*a* " or "1. ".)"""
    out: list[tuple[str, float, str]] = []
    starts = lower = 0
    openings: dict[str, float] = {}
    counts: dict[str, int] = {}

    def said(span: str) -> int:
        if span not in counts:
            counts[span] = len(re.findall(rf"(?<![\w'’]){re.escape(span)}(?![\w'’])", body)) if len(counts) < MAX_LOWER_SPANS else 0
        return counts[span]

    for index, (para, marks) in enumerate(paragraphs):
        early = 1.5 if index == 0 else 1.0 if index < 3 else 0.7
        for mk in marks:
            span = para[mk.start:mk.end].strip()
            if mk.kind in ("em", "strong") and span[:1].islower() and 1 <= len(span.split()) <= 8 \
                    and not span.endswith(":") and para[mk.end:mk.end + 1] != ":" and not _compared(para, mk.start) \
                    and not _bad_candidate(span[:1].upper() + span[1:], True) and said(span) >= 2:
                out.append((span, 2.2 * early, "italic"))
        for m in re.finditer(r"(?:^|(?<=[.!?])\s+)(?=[*_\"“]*\w)", para):
            at = m.end()
            if m.start() > 0 and _ABBREVIATION_END_RE.search(para[max(0, m.start() - 12):m.start()]):
                continue
            starts += 1
            if not para[at:at + 1].islower():
                continue
            lower += 1
            if (t := _LOWER_OPENING_RE.match(para, at)) and not _bad_candidate(t["t"][:1].upper() + t["t"][1:], True) \
                    and (len(t["t"].split()) > 1 or t["t"].lower() not in SMALL | _OPENERS):  # not "it is ..."
                openings.setdefault(t["t"].rstrip(".,"), early)
    if starts and lower / starts <= 0.2:  # (a writer who writes all in lower case names nothing so)
        out += [(span, 2.0 * early, "lower") for span, early in openings.items() if said(span) >= 2]
    return out


class _Scores:
    def __init__(self) -> None:
        self.score: dict[str, float] = defaultdict(float)
        self.form: dict[str, Counter[str]] = defaultdict(Counter)
        self.why: dict[str, set[str]] = defaultdict(set)
        self.pts: dict[str, Counter[str]] = defaultdict(Counter)  # the points each kind of evidence gave (the ranker's features)

    def add(self, cand: str, points: float, why: str, keep_opener: bool = False) -> None:
        if why == "headline" or keep_opener:  # the headline's own form ("Review: X"): taken as written
            cand = _clean(cand)
            if keep_opener and _bad_candidate(cand, True):
                return
            if not cand or len(cand) > 90 or len(cand.split()) > 12 or not (cand[0].isupper() or cand[0].isdigit()):
                return
        else:
            cand = _clean(cand) if why in ("italic", "quoted") else _strip_openers(_clean(cand))  # "In Rainbows"
            if _bad_candidate(cand, why in ("italic", "quoted", "by", "by-line")):
                return
        key = _key(cand)
        if not key:
            return
        self.score[key] += points
        self.form[key][cand] += 1
        self.why[key].add(why)
        self.pts[key][why] += points

    def keep(self, form: str, points: float, why: str) -> None:
        """Count ``form`` as written, past :meth:`add`'s checks: a title whose first word is lower case."""
        key = _key(form)
        self.score[key] += points
        self.form[key][form] += 1
        self.why[key].add(why)


_TITLE_REVIEW_RES = [
    re.compile(r"^(?:review|film review|book review|tv review|game review|album review|restaurant review)\s*[:—–|-]\s*(?P<t>.+?)(?:\s*[:—–|-]\s+.*)?$", re.IGNORECASE),
    re.compile(r"^(?P<t>.+?)\s*(?:\(\s*(?:18|19|20)\d\d\s*\)\s*)?[:—–|-]?\s+(?:(?:film|movie|book|tv|television|game|album|restaurant|theatre|series|season|novel|documentary)\s+)?review\b(?:\s*[:—–|-]\s*.+)?$", re.IGNORECASE),
    re.compile(r"^(?:we|i)\s+(?:review(?:ed)?|played|watched|read|tried)\s*[:—–-]?\s*(?P<t>.+)$", re.IGNORECASE),
]
# A speech verb right after a quotation: what someone said ("..." she said / said Ada).
_SPEECH_AFTER_RE = re.compile(r",?\s*(?:(?:she|he|they|I|we|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+)?"
                              r"(?:said|says|asked|asks|told|tells|replied|replies|added|adds|insisted|insists|"
                              r"whispered|shouted|explained|explains)\b")
_QUOTED_RE = re.compile(r"[\"“‘](?P<q>[^\"“”‘’]{1,80}?)[\"”’](?![a-z])")
# (An atomic first word, possessive words and at most 40 of them before the
# parenthesis: linear, where open-ended runs took exponential time on a word with
# many hyphens.)
_YEAR_PAREN_RE = re.compile(rf"{_START}(?P<t>(?>{_TOKEN})(?:[\s:,–—-]++(?:\w[\w'’.!?\-]*+)){{0,40}}?)\s*\((?:[^()]{{0,40}}?[\s,])?(?P<y>{_YEAR})(?:[\s,][^()]{{0,40}})?\)")
_ADVERBS = r"(?:(?:not just|not only|not merely|simply|still|easily|surely|quite possibly|probably|arguably|perhaps|" \
    r"undoubtedly|above all|at heart|essentially|basically|ostensibly|technically|nominally|officially|really|" \
    r"also|both|first and foremost|at its core)\s+)?"
_IS_A_RE = re.compile(
    rf"^(?P<t>[^.!?]{{1,90}}?)\s+(?:is|was|feels like|remains|plays like|reads like|looks like|sounds like)\s+{_ADVERBS}"
    rf"(?:a|an|the|one of the|this year's|[\w]+['’]s)\s+(?:(?!(?:of|on|in|from)\s)[\w'’\-]+,?\s+){{0,6}}?(?P<noun>{_KIND_NOUN_RE})s?\b",
)
# What a sentence is about: its subject before a copula or an opening verb ("Balatro is the
# reason I was late", "Nomadland (Chloé Zhao, 2020) opens on a title card"), and the span a
# "this is" names ("This is the opening of Disco Elysium.", "it is Salt, Fat, Acid, Heat.").
_SUBJECT_RE = re.compile(rf"^(?P<t>{_SPAN_RE.pattern})(?:\s+\([^()]{{1,60}}\))?\s+"
                         r"(?:is|was|isn't|wasn't|remains|opens|begins|starts)\b(?!\s+(?:a|an|the|my|his|her|their)?\s*\w+\s+by\b)"
                         r"(?!\s+(?:a|an|the)\s+(?:[\w\-]+\s+){1,3}who\b)")  # "Bruce Bechdel was an English teacher who": a person
_MADE_BY_RE = re.compile(rf"^(?P<t>{_SPAN_RE.pattern})\s+(?:was|is)\s+(?:(?:written|directed|made|developed|created|produced|published|"
                         r"designed|recorded)(?:\s+and\s+)?){1,2}\s+by\s+(?:the\s+)?[A-Z]")
_NAMED_RE = re.compile(rf"(?i:\b(?:this|that|it|here)\s+(?:is|was)\s+(?:(?:the|a)\s+(?:opening|start|beginning|world|premise|"
                       rf"story|heart|pitch)\s+of\s+)?)[\"“*_]?(?P<t>{_SPAN_RE.pattern})[\"”*_]?(?:[.;!?]|,\s+and\b|$)")
_APPOSITIVE_RE = re.compile(
    rf"{_START}(?P<t>{_TOKEN}(?:[ \t]+(?:(?:{'|'.join(sorted(map(re.escape, SMALL), key=len, reverse=True))})[ \t]+)*{_TOKEN}|[ \t]*:[ \t]+{_TOKEN}){{0,30}})[\"”’*_]?"
    rf"(?:\s*\((?:[^()]{{0,40}})\))?,\s+(?:a|an|the|their|its|his|her|my|our|(?P<n>{_NAME}){_POSS}|[\w]+['’]s)\s+(?:[\w'’\-]+,?\s+){{0,5}}?(?P<noun>{_KIND_NOUN_RE})s?\b"
)
# ", the 2023 Holocaust drama": a dated kind of work follows a title, not a person ("Ruth, the film's editor")
_KIND_APPOSITIVE_RE = re.compile(rf"^,\s+(?:a|an|the)\s+{_YEAR}\s+(?:[\w'’\-]+\s+){{0,3}}?(?:{_KIND_NOUN_RE})s?\b")
_BY_RE = re.compile(rf"{_START}(?P<t>(?:{_TOKEN})(?:,?\s+(?:\w[\w'’.!?\-]*)){{0,8}}?)\s*,?\s+by\s+(?P<n>{_NAMES})")  # ("X by A and B": the joint makers)
_POSSESSIVE_RE = re.compile(rf"{_START}(?P<n>{_NAME})['’]s\s+(?:{_YEAR}\s+)?(?:[a-z][\w\-]+,?\s+){{0,4}}?(?:(?:new|latest|debut|first|second|third|final|last|long-awaited|"
                            rf"acclaimed|ambitious|sprawling|quiet|haunting|new-ish|much-hyped|eagerly awaited)\s+)*"
                            rf"(?:(?:{_KIND_NOUN_RE})\s*,?\s+)?(?P<t>[\"“‘*_]?{_TOKEN}(?:[\s:,]+(?:(?:{'|'.join(sorted(map(re.escape, SMALL), key=len, reverse=True))})\s+)*{_TOKEN})*)")
# Words between "X's" and a capitalised name that make it a person's relation, not a work.
_RELATION_RE = re.compile(r"\b(?:friend|wife|husband|son|daughter|mother|father|brother|sister|partner|boss|girlfriend|"
                          r"boyfriend|colleague|rival|lover|fianc[ée]e?|neighbour|neighbor|child|parents?|cousin|uncle|aunt|"
                          r"stepmother|stepfather|godmother|nemesis|sidekick|assistant|mentor)s?\b")
_BY_LINE_RE = re.compile(rf"\s*[\"“*_]?(?P<t>(?>{_TOKEN})(?:[ \t:,&!?'’\-]++\w[\w'’!?\-]*+){{0,12}}?)[\"”*_]?,?\s+by\s+"
                         rf"(?P<n>{_NAME})\s*[.,]?\s*(?:\(.*\))?")
_THE_KIND_TITLE_RE = re.compile(rf"\b(?:the|this|its|new|latest)\s+(?:{_YEAR}\s+)?(?:[\w\-]+\s+)?(?P<noun>{_KIND_NOUN_RE})\s*,?\s+(?P<t>[\"“‘*_]?{_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(map(re.escape, SMALL), key=len, reverse=True))})\s+)*{_TOKEN})*)")


# A place's details line, as restaurant and venue reviews print it: its name, then a street number and a
# street ("Café Dobrev, 14 Tannery Lane, Lowfield", "Twelve Tables, 3 Sandport Wynd, Leith").
# (Without a number, only on a line that gives hours or prices too: "THE COPPER KETTLE, The Green, Reeth. Open Wed–Sun")
_ADDRESS_LINE_RE = re.compile(r"^\s*[*_]?(?P<t>[A-Z0-9][^,\n]{1,60}?)[*_]?,\s+(?:\d{1,4}[A-Za-z]?(?:-\d{1,4})?\s+"
                              r"|(?=.*(?:\b(?i:open|tel)\b|[£$€]\s?\d|\d(?:am|pm)\b))(?:The\s+)?)(?:[A-Z][\w'’\-]*\.?\s+){0,3}"
                              r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Square|Sq|Place|Pl|Row|Way|Hill|Wynd|Parade|Terrace|"
                              r"Close|Court|Crescent|Drive|Gardens|Walk|Quay|Market|Yard|Mews|Green|Arcade|Boulevard|Broadway)\b")
_PART_OF_RE = re.compile(rf"\b(?:every|each|this|the\s+(?:first|second|third|final|last|new|latest|opening|next)|(?i:season|series)\s+(?:\d{{1,2}}|one|two|three|four|five|six))"
                         rf"\s+(?:(?:season|series|episode|chapter|volume|instalment|installment)s?\s+)?(?:\({_YEAR}\)\s+)?of\s+(?P<t>{_SPAN_RE.pattern})")
# The object of a verb of reading, watching or listening: "reading Crying in H Mart", "rewatching every season of X".
_CONSUMED_RE = re.compile(rf"\b(?i:(?:had|have|has|['’]d|['’]ve)[ \t]+(?:not[ \t]+|never[ \t]+)?seen|pause|paused|pausing|read|reading|reread|rereading|re-reading|watched|watching|rewatched|rewatching|re-watching|"
                          rf"binged|binge-watched|listened to|listening to)[ \t]+(?:(?i:every season of|all of|the whole of)[ \t]+)?"
                          rf"(?P<t>{_SPAN_RE.pattern})")


# "The Matinee Club — Episode 147: Pip and the Paper Moon": a show's episode about a work.
_EPISODE_LABEL = r"(?i:episode|ep\.?|issue|no\.|#)\s*\d+"
_EPISODE_HEADLINE_RE = re.compile(rf"^(?:.{{1,60}}?\s*[—–|:-]\s*)?{_EPISODE_LABEL}\s*[:—–|-]\s*(?P<t>.{{1,90}})$")


# Words near a credit that put it on another work or on a part of this one:
# "The 2019 original, directed by Mia Castellane", "The episode, directed by Mark Mylod".
_OTHER_WORK_RE = re.compile(r"\b(?:original|predecessor|first film|previous (?:film|book|novel|game|series)|sequel|remake|"
                            r"spin-off|episode|episodes|pilot|finale|segment)\b", re.I)


def _about_other_work(para: str, start: int, end: int) -> bool:
    """True when a credit names who made another work or one episode: a word such as
    "original" or "episode" just before it in its sentence, or "directed every episode" after it."""
    sentence_start = max(para.rfind(". ", 0, start) + 1, start - 50, 0)
    after = para[end:end + 40]
    return bool(_OTHER_WORK_RE.search(para[sentence_start:start])
                or re.match(r"\s+(?:\w+\s+){0,3}?(?:of the\s+)?(?:\w+\s+)?(?:episodes?|pilot|finale)\b", after))


# A second verb joined to a credit's first ("who wrote and directed", "wrote and created"): the telling one gives the kind.
_JOINED_ROLE_RE = re.compile(r"\s+and\s+(?:also\s+)?(?P<role>directed|co-directed|created|co-created|developed|helmed)\b")


def _creator_name(m: re.Match[str]) -> str:
    """The name a creator pattern caught, without a sentence opener before it; a plural
    possessive keeps its article ("The Hollow Pines' new record": a band's name)."""
    name = m["n"].split("\n")[0].strip()  # "Directed by Jonathan Glazer" over "Drama, History | 1h 45m": the name ends with its line
    plural = re.match(r"s['’]", m.string[m.end("n") - 1:m.end("n") + 1])
    if name.startswith("The ") and (plural or (m.groupdict().get("role") or "") in {"band", "duo", "trio", "group", "collective"}):
        return name
    return _strip_openers(name)


def _possessives(para: str) -> list[re.Match[str]]:
    """The "Name's Title" matches of a paragraph; after a sentence opener ("It's Steven
    Soderbergh's Ocean's Eleven") the search goes on from the next word, not past the match."""
    found: list[re.Match[str]] = []
    pos = 0
    while m := _POSSESSIVE_RE.search(para, pos):
        words = _strip_openers(m["n"]).split()
        if words[0].lower() in _OPENERS:
            # "It's" is a contraction: look again from the next word; "The Cartographer's
            # Silence" is a title, and nothing inside it is a person's possessive
            pos = m.start("n") + len(words[0]) if len(words) == 1 else m.end()
            continue
        found.append(m)
        pos = m.end()
    return found


# A headline's artist and record, "Ada Kestrel – Sundial", after a column's label and before the year:
# "Classic Album: Nas – Illmatic (1994)"
_ARTIST_RECORD_RE = re.compile(rf"^(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,2}}:\s+)?(?P<n>{_NAME})\s+[–—]\s+[\"“*_]?"
                               rf"(?P<t>[^:–—\"”()]{{1,60}}?)[\"”*_]?(?:\s*\(\s*{_YEAR}\s*\))?$")


def _headline_candidates(headline: str) -> list[tuple[str, float, str]]:
    out: list[tuple[str, float, str]] = []
    line = " ".join(headline.split())
    if m := _EPISODE_HEADLINE_RE.match(line):
        # the podcast's name and episode number frame the work; a year or a subtitle may follow it
        sides = re.split(rf"\s*\(\s*{_YEAR}\s*\)|:\s", m["t"])
        line = sides[0]
        if _is_title_span(line):
            out.append((line, 4.0, "headline"))
        if len(sides) > 1 and _is_title_span(sides[1].strip()):
            # "Ep. 114 – Bagels, Exes and Dread: Shiva Baby": the episode's own title, then the work;
            # the body, which names the work again, chooses between the two
            out.append((sides[1].strip(), 4.0, "headline"))
    for rx in _TITLE_REVIEW_RES:
        if m := rx.match(line):
            t = m["t"].strip()
            t = re.sub(rf"\s*\(\s*{_YEAR}\s*\)\s*$", "", t)
            if by := re.match(rf"^(?P<t>.+?),?\s+by\s+(?P<n>{_NAME})$", t):
                t = by["t"]
            out.append((t, 6.0, "headline"))
            break
    if not out and (m := re.match(rf"^[\"“*_]?(?P<t>[A-Z0-9][^:|]{{0,80}}?)[\"”*_]?,?\s+by\s+(?P<n>{_NAME})\s*(?:$|[:—–|-])", line)):
        out.append((m["t"], 4.0, "headline"))  # "Tomorrow, and Tomorrow, and Tomorrow by Gabrielle Zevin: a love story ..."
    if not out and (m := re.match(rf"^[\"“*_]?(?P<t>[A-Z0-9][^,:;.!?]{{0,60}}?)[\"”*_]?\s+(?:is|was|are)\s+(?:a|an|the|{_NAME}{_POSS})\s+", line)):
        if _is_title_span(m["t"].strip()):
            out.append((m["t"], 4.0, "headline"))  # "Tidewater is a tiny game ...", "Nope is Jordan Peele's biggest swing yet"
    if not out and (m := re.match(r"^[\"“*_]?(?P<t>[A-Z0-9][^:|]{0,80}?)[\"”*_]?\s+(?:at|turns)\s+(?:[1-9]\d?0|25|\d{2,3}(?=:))\s*(?::|[—–|-]\s|$)", line)):
        if not _bad_candidate(m["t"].strip(), True):
            out.append((m["t"], 4.0, "headline"))  # "Ziggy Stardust at 50: still beamed in": an anniversary
    if not out and (m := _ARTIST_RECORD_RE.match(line)):
        if _is_title_span(m["t"].strip()) and not re.search(r"(?i)\breview\b", line):
            out.append((m["t"], 4.0, "headline"))  # "Ada Kestrel – Sundial": artist and album
    if not out and (m := re.match(r"^(?P<t>[A-Z0-9][^:]{0,80}?)\s+:\s+[a-z]", line)):
        out.append((m["t"], 4.0, "headline"))  # a catalogue's "Tomorrow, and tomorrow, and tomorrow : a novel"
    for m in _QUOTED_RE.finditer(line):
        if _is_title_span(m["q"].strip()):
            out.append((m["q"], 1.5, "headline"))
    return out


# The finder reads at most this much of the body (about 8,000 words: far more than
# any review needs to name its work), so its cost stays bounded on huge inputs.
MAX_TEXT = 50_000
# ... and weighs at most this many candidate titles (a review has a few dozen).
MAX_CANDIDATES = 200


def _bounded(paragraphs: list[tuple[str, list[Mark]]], limit: int) -> list[tuple[str, list[Mark]]]:
    """The paragraphs within the first ``limit`` characters; the one that crosses
    the limit is cut at a space before it, keeping the marks inside the cut."""
    out: list[tuple[str, list[Mark]]] = []
    left = limit
    for para, marks in paragraphs:
        if len(para) > left:
            cut = para.rfind(" ", 0, left + 1)
            cut = cut if cut > 0 else left
            if cut > 0:
                out.append((para[:cut], [m for m in marks if m.end <= cut]))
            break
        out.append((para, marks))
        left -= len(para) + 1
    return out


# A transcript's speaker: "[00:00:31] INES CASTELLANO: Quick housekeeping."
_SPEAKER_RE = re.compile(r"^(?:\[[\d:.]+\]\s*)?[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}:\s+")
_LABEL_LINE_RE = re.compile(r"^[A-Z][\w'’\-]*(?: [\w'’&\-]+){0,3}:[ \t]+(?=\S)")


_PAGER_RE = re.compile(r"^\s*[←«‹][^\n]{0,80}\s[|·•]\s[^\n]{0,120}$|^[^\n]{0,120}\s[|·•]\s[^\n]{0,80}[→»›]\s*$")


def _label_values(para: str) -> str:
    """A paragraph with the one-word labels of its short "Label: value" lines taken off
    ("Host: Ines Castellano", "Illustrations: Wendy MacNaughton"), and a transcript's
    speakers: the value may name the work, the label and its value together never do."""
    out = []
    for ln in para.split("\n"):
        ln = _SPEAKER_RE.sub("", ln)
        if (y := re.fullmatch(rf"(?P<t>[A-Z0-9].*?\S)\s+(?P<y>{_YEAR})", ln.strip())) and int(y["y"]) <= date.today().year + 1 \
                and _is_title_span(y["t"]) and not re.search(r"\d", y["t"]):
            ln = f"{y['t']} ({y['y']})"  # a diary app's "Everything Everywhere All at Once 2022" line: the title and its year
        fields = re.split(r"\s+[·•|]\s+", ln)  # an app's or a forum's field row: "Started 2 days ago · Replies: 38"
        if len(fields) > 1 and any(label_value(f) for f in fields):
            ln = " · ".join(f for f in fields if not label_value(f))
        if _LABEL_LINE_RE.match(ln) and len(ln.split(":")[0].split()) == 1 and len(ln.split()) <= 6 \
                and not ln.rstrip().endswith((".", "!", "?")) and not re.search(rf"\b{_YEAR}\b", ln):
            ln = _LABEL_LINE_RE.sub("", ln)  # ("Released: 2024" stays for the year rules)
        out.append(ln)
    return "\n".join(out)


def _box_head(para: str) -> str | None:
    """The first line of a fact box: a short line that is no label, over two or more
    "Label: value" lines ("SEVERANCE — SEASON 2" / "Created by: Dan Erickson" / "Starring: ...")."""
    lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
    if len(lines) < 3 or ":" in lines[0] and not re.search(r":\s+[A-Z0-9]", lines[0]) or len(lines[0].split()) > 8 \
            or lines[0].endswith((".", "!", "?", ",")) or _LABEL_LINE_RE.match(lines[0]):
        return None
    labelled = sum(1 for ln in lines[1:4] if _LABEL_LINE_RE.match(ln) or re.match(r"^[A-Z][\w ]{1,25}:\s", ln))
    return lines[0] if labelled >= 2 else None


def _words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", norm(re.sub(r"['’]", "", text.replace("&", " and "))))
    return words[1:] if len(words) > 1 and words[0] in ("the", "a", "an") else words


def _run_in(words: list[str], within: list[str]) -> bool:
    return any(within[i:i + len(words)] == words for i in range(len(within) - len(words) + 1))


def _named_by_file(scores: _Scores, name: str, people: set[str]) -> None:
    """A file saved under the work's name ("m3gan.md", "baby reindeer.txt", "piranesi-review.md"):
    a candidate whose words are a run of the file name's words gains 3 points, or the longer
    candidate set apart as a title that holds one never set apart ("Shelf Life - H Mart.txt": "Crying
    in H Mart"); never a name the infobox or byline gave (the show or outlet: "morning-pages-oscar-wao");
    only the longest of those ("Sea of Stars", not "Stars"). An id-like or generic name matches nothing."""
    stem = re.sub(r"[\s(]*\d*\)?\.\w{1,5}$", "", name)
    stem_words = [w for w in re.split(r"[\W_]+", stem.lower()) if w] if stem else []
    words = {key: _words(scores.form[key].most_common(1)[0][0]) for key in scores.score}
    matched = {key for key, w in words.items() if w and len("".join(w)) >= 2 and _run_in(w, stem_words) and key not in people}
    bare = [words[key] for key in matched if not scores.why[key] & _TITLE_EVIDENCE]  # "H Mart", never set apart
    targets = matched | {key for key, w in words.items() if scores.why[key] & (_TITLE_EVIDENCE | {"by"})
                         and key not in people and any(_run_in(m, w) for m in bare)}
    for key in targets:
        if not any(other != key and len(words[other]) > len(words[key]) and _run_in(words[key], words[other])
                   for other in targets):
            scores.score[key] += 3.0
            scores.why[key].add("file-name")


def find_work(text: Text) -> WorkGuess:
    """The reviewed work, guessed from a review's headline and body (see module doc).
    Reads the headline and the first :data:`MAX_TEXT` characters of the body."""
    guess = WorkGuess()
    if sum(len(p) + 1 for p, _ in text.paragraphs) > MAX_TEXT or len(text.headline or "") > 1000:
        text = Text(headline=(text.headline or "")[:1000] or None, paragraphs=_bounded(text.paragraphs, MAX_TEXT),
                    people=text.people, facts=text.facts, date=text.date, crumb=text.crumb, tags=text.tags, name=text.name)
    heads = [h for p, marks in text.paragraphs if not marks and (h := _box_head(p))]
    text.paragraphs = [(_label_values(p), marks) if not marks else (p, marks) for p, marks in text.paragraphs
                       if not _PAGER_RE.search(p)]  # "← #4: Andor | Back to #15 | #2 →": links to other pages
    body = "\n".join(p for p, _ in text.paragraphs)
    scores = _Scores()
    headline = (text.headline or "").strip()
    people = {norm(p) for p in text.people if p}
    role_creators: list[tuple[str, str | None, float]] = []
    linked: list[tuple[str, str, float]] = []  # (title, creator) said together: "X by Y", "Y's X"
    own_titles: set[str] = set()  # dated titles said after their maker's possessive: set apart as titles
    dated: list[tuple[str, float, int]] = []  # (candidate, points, year): "X (2019)", "X, released in 2019"
    released: dict[str, int] = {}  # a title's release statement: "in October 2000, Kid A arrived"
    # The years the review gives the work it is about: its own date's, and the prose's
    # release statements ("Released in September 1995, ...", "the 2017 film").
    review_years = {int(m[1]) for m in re.finditer(rf"^({_YEAR})-", text.date or "")}
    review_years |= {int(m["y"] or m["y2"]) for m in _RELEASED_YEAR_RE.finditer(body)}

    # 1. The headline's own forms ("X review", "Review: X").
    head_forms = _headline_candidates(headline) if headline else []
    if headline and (hb := re.search(rf",?\s+by\s+(?P<n>{_NAME})\s*(?:$|[:—–|-])", headline)):
        linked.append((_clean(headline[: hb.start()].split(":")[-1]), hb["n"], 0.9))
    if headline and (ha := _ARTIST_RECORD_RE.match(headline.strip())):
        linked.append((_clean(ha["t"]), ha["n"], 0.8))
    for cand, pts, why in head_forms:
        scores.add(cand, pts, why)
        if why == "headline" and cand[:1].islower() and len(cand.split()) <= 6 \
                and re.search(rf"(?<![\w'’]){re.escape(cand.strip())}(?![\w'’])", body):
            scores.keep(cand.strip(), pts, why)  # "folklore review: ...": a title set in lower case, and the body writes it so too
    for kind_of_role, rx, conf in _ROLE_PATTERNS:  # "Rian Johnson's whodunnit sequel is all glass and no onion"
        for m in rx.finditer(headline):
            role_creators.append((_creator_name(m), kind_of_role or _ROLE_KIND.get((m.groupdict().get("role") or "").lower()), conf))
    if hp := re.match(rf"^(?P<n>{_NAME}){_POSS}\s+[a-z]", headline):
        # "Miyazaki's farewell that refuses to say goodbye": the headline's person, if the review keeps naming them
        if len(re.findall(rf"(?<![\w'’]){re.escape(hp['n'].split()[-1])}(?![\w\-])", body)) >= 2:
            role_creators.append((_strip_openers(hp["n"]), None, 0.6))
    for _start, _end, span in _capital_spans(headline):  # and the headline's capitalised runs
        for sub in _sub_spans(span)[:3]:
            if len(sub.split()) > 1 or not _is_sentence_start(headline, headline.find(sub)):
                scores.add(sub, 1.0, "headline-span")

    for head in heads:  # "SEVERANCE — SEASON 2" over "Created by: ..." and "Starring: ...": the box's subject
        scores.add(head, 3.0, "box-head")
    if text.crumb and re.search(rf"(?<![\w'’]){re.escape(text.crumb)}(?![\w'’]|:)", body, re.I):
        # the page the breadcrumb ends on names the article, and the body says it too (not only as a
        # column's name before its next subject: "Next in Backlog Bonanza: Outer Wilds")
        scores.add(text.crumb, 3.0, "box-head")
    # 2. Patterns of the prose.
    lower_titles: list[tuple[str, float]] = []  # titles in lower case, set in italics and said in the headline
    bold: set[str] = set()  # the title-like spans set in bold, and those in italics
    slanted: set[str] = set()
    for index, (para, marks) in enumerate(text.paragraphs):
        early = 1.5 if index == 0 else 1.0 if index < 3 else 0.7
        for m in _QUOTED_RE.finditer(para):
            q = m["q"].strip()
            if _SPEECH_AFTER_RE.match(para, m.end()):
                continue  # '"You're not supposed to," she said': a line spoken, not a title
            if q[:1].isupper() or q[:1].isdigit():
                if len(q.split()) <= 9 and not re.search(r"[.;]\s|\s(?:i|you|we|me)\s", q + " "):
                    asks = re.match(r"(?i)(?:what|who|why|how|where|when|is|are|can|do|does)\b.*\?$", q)
                    # a title set apart after a comparison is one the review compares with: the marks say
                    # "a title", not "the title" ("like "Primer"", "the studio behind *Tumbledown Heist*")
                    other = 0.3 if _compared(para, m.start()) else 1.0
                    scores.add(q, (0.8 if asks else 1.6) * other, "quoted")  # a quoted question is mostly a line
        for mk in marks:
            if mk.kind in ("em", "strong"):
                span = para[mk.start:mk.end]
                if span.rstrip().endswith(":") or para[mk.end:mk.end + 1] == ":":
                    continue  # "**Where to watch:** Hulu": a bold label, not a title
                if span[:1].islower() and mk.kind == "em" and 2 <= len(span.split()) <= 8 and headline \
                        and re.search(rf"(?<![\w'’]){re.escape(span.strip())}(?![\w'’])", headline, re.I) \
                        and not _compared(para, mk.start) and not _bad_candidate(span[:1].upper() + span[1:], True):
                    lower_titles.append((span.strip(), 2.2 * early))  # "Fenn's *mercy, mercy*" under "On mercy, mercy, and ...": a title in lower case
                    continue
                if (span[:1].isupper() or span[:1].isdigit()) and len(span.split()) <= 10:
                    aside = 0.4 if _in_aside(para, mk.start) else 1.0  # "— the kind of thing *Baldur's Gate* made famous —"
                    aside *= 0.3 if _compared(para, mk.start) else 1.0  # "I remember from *Heaven's Vault*": compared with
                    scores.add(span, (2.2 if mk.kind == "em" else 1.0) * aside, "italic")
                    if mk.kind == "em":
                        slanted.add(_key(_clean(span)))
                    elif re.search(r"[A-Za-z]", para[:mk.start].rsplit("\n", 1)[-1]):
                        # bold inside running prose; bold that opens a line or a list item is the page's label
                        # for what follows (a masthead, a cast member, a term: "**Celia Marr** as the mother")
                        bold.add(_key(_clean(span)))
        for m in _YEAR_PAREN_RE.finditer(para):
            if _SEASON_RE.search(m["t"]) and re.match(r"\s+of\s+[A-Z0-9]", para[m.end():]):
                continue  # "Reviewing Season 3 (2023) of X": the season dated is X's, counted as a part of X
            if tail := _tail_span(m["t"]):
                tail = re.sub(r"^[A-Z0-9]{2,6}['’]s\s+(?=\S)", "", tail)  # "FX's Shōgun (2024)": a broadcaster's, then the title
                tail, maker = _after_maker(tail, body)
                if maker:  # "Spike Jonze's Her (2013)", then "Her is about ...": the maker's, then the title
                    own_titles.add(_key(tail))
                    linked.append((tail, maker, 0.6))
                # one mention is one piece of evidence: "The Silence of the Lambs" and "Silence of
                # the Lambs" are one candidate, and the caption's title is not counted twice
                subs = {_key(sub): (sub, 2.5 * early if sub == tail else 1.0) for sub in reversed(_sub_spans(tail)[:3])}
                if " in " in tail:  # a caption: "Robert Hays and Julie Hagerty in Airplane! (1980)"
                    after = tail.rsplit(" in ", 1)[1]
                    subs[_key(after)] = (after, 2.5 * early)
                # a comparison before the title or inside its run ("Comparisons with Planescape: Torment (1999)")
                compared = any(_compared(para, at) for sub, _ in subs.values() if (at := para.find(sub, m.start("t"))) >= 0)
                for sub, points in subs.values():
                    dated.append((sub, points * (0.3 if compared else 1.0), int(m["y"])))
        for m in _WAS_RELEASED_RE.finditer(para):  # "Toni Morrison's Beloved was first published in 1987"
            t, maker = _after_maker(_tail_span(m["t"]), body)
            if t and _is_title_span(t) and not _compared(para, m.start("t")):
                dated.append((t, 2.5 * early, int(m["y"])))
                released.setdefault(_key(t), int(m["y"]))
                if maker:
                    own_titles.add(_key(t))
                    linked.append((t, maker, 0.6))
        for m in _RELEASED_TITLE_RE.finditer(para):  # "Cowboy Carter, released in March 2024, ..."
            if (t := _tail_span(m["t"] or "")) or (t := _head_span(m["u"] or "")):
                if m["t"] and re.search(rf"\sby\s+{re.escape(t)}\s*$", m["t"]):
                    continue  # "X by Gabrielle Zevin, published in July 2022": the maker, not the work dated
                dated.append((t, 2.5 * early, int(m["y"] or m["z"])))
                released.setdefault(_key(t), int(m["y"] or m["z"]))
        for n_sent, sent in enumerate(re.split(r"(?<=[.!?])\s+", para)):
            s = sent.strip().lstrip("\"“‘*_")
            if m := _IS_A_RE.match(s):
                cand = _strip_openers(_clean(m["t"]))
                if not _is_title_span(cand):
                    cand = _tail_span(m["t"])  # "Ten years on, Alien: Isolation is ..."
                if cand and _is_title_span(cand):
                    scores.add(cand, 3.0 * early, "is-a")
            if m := _MADE_BY_RE.match(s):  # "Inside was made by Playdead": the subject of its making
                scores.add(m["t"], 2.0 * early, "is-a")
            if n_sent == 0 and (m := _SUBJECT_RE.match(s)) and not _IS_A_RE.match(s) \
                    and not re.search(rf"\b(?:No|Vol|Mr|Mrs|Ms|Dr|St)\.\s+{re.escape(m['t'])}", para):
                scores.add(m["t"], 1.5 * early, "subject")
            for m in _NAMED_RE.finditer(s):
                scores.add(m["t"], 2.0 * early, "named")
            for m in _APPOSITIVE_RE.finditer(s):
                keep = m.start("t") > 0 and not _is_sentence_start(s, m.start("t")) and _opener_kept(m["t"])
                cand = _clean(m["t"]) if keep else _strip_openers(_clean(m["t"]))
                if (own := re.match(rf"(?P<n>{_NAME}){_POSS}\s+(?P<t>[A-Z0-9\"“*_].*)$", cand)) and not m["n"]:
                    # "Jonathan Glazer's The Zone of Interest, the 2023 Holocaust drama": the maker's, then the title
                    cand = _clean(own["t"])
                    linked.append((cand, _strip_openers(own["n"]), 0.7))
                if _is_title_span(cand):
                    # "OK Computer (1997), a record ..." in a review of a work of 2000: an earlier work
                    other_year = review_years and (y := re.search(rf"\(\s*({_YEAR})\s*\)", m[0])) and int(y[1]) not in review_years
                    full = 1.5 if m["n"] and re.search(rf"\b{_YEAR}\b", m[0][m.end("t") - m.start():]) else 1.0  # "X, Emma Moran's 2023 comedy"
                    compared = 0.3 if _compared(s, m.start("t")) else 1.0  # "I remember from X, a game of ...": the one compared with
                    scores.add(cand, 2.5 * early * full * (0.3 if other_year else 1.0) * compared, "is-a", keep_opener=keep)
                    if m["n"]:
                        linked.append((cand, m["n"], 0.8))  # "Harbour Lights, Callum Reid's first feature"
        for m in _possessives(para):
            name, t = _strip_openers(m["n"]), re.split(r",\s+(?:the|a|an)\s", m["t"])[0]  # not "Ocean's Eleven, the 2001"
            t = next((para[mk.start:mk.end] for mk in marks if mk.start == m.start("t") and mk.kind == "em"), t)  # "*Salt, Fat, Acid, Heat*"
            whole = f"{name.split()[-1]}{m[0][len(m['n']):m.start('t') - m.start()]}{_clean(t)}".strip()
            head = f"{name.split()[-1]}{m[0][len(m['n']):m.start('t') - m.start()]}{_clean(t).split()[0] if _clean(t) else ''}"
            if len(name.split()) == 1 and (len(re.findall(re.escape(whole), body)) >= 2 or len(re.findall(rf"{re.escape(head)}\b", body)) >= 2):
                continue  # "Ocean's Eleven", "Baldur's Gate (3)": the possessive, said again, is the title's
            if not _is_title_span(_clean(t)) or _RELATION_RE.search(m[0][len(m["n"]):m.start("t") - m.start()]):
                continue  # "Fleabag's best friend Boo": a person's relation, not a work
            if t == m["t"] and re.match(rf"\s+(?:{_KIND_NOUN_RE})s?\b", para[m.end():]) and not re.match(r"[\"“‘*_]", t):
                continue  # "Mick Herron's Slough House novels": a series the works belong to, not a work
            if not re.match(r"[\"“‘]", t):  # ("Karen O's tiny "The Moon Song"": counted once, as quoted)
                scores.add(t, 1.2 * early * (0.4 if _in_aside(para, m.start()) else 1.0), "possessive")
            if not re.fullmatch(r"[A-Z0-9]{2,6}", name):  # "FX's Shōgun": the broadcaster's, not its maker's
                linked.append((_clean(t), _strip_openers(name), 0.6))
        for m in _CONSUMED_RE.finditer(para):  # "I put off reading Crying in H Mart": what the reviewer read or watched
            if not _compared(para, m.start("t")) and not _in_aside(para, m.start("t")):
                scores.add(re.split(r",\s+(?=[A-Z][\w\-]*['’]s\b)", m["t"])[0], 2.0 * early, "consumed", keep_opener=True)  # not ", Zevin's"
        for m in _PART_OF_RE.finditer(para):  # "every series of Slow Horses", "the first episode of Severance"
            if _is_title_span(_clean(m["t"])) and not _compared(para, m.start()):
                scores.add(m["t"], 1.5 * early, "kind-noun", keep_opener=True)
        for m in _THE_KIND_TITLE_RE.finditer(para):
            if _is_title_span(_clean(m["t"])):
                scores.add(m["t"], 1.2 * early, "kind-noun")
        for line in para.split("\n"):
            fields = [f.strip() for f in re.split(r"\s+[·•|]\s+", line)] if len(line) <= 200 else []
            if 3 <= len(fields) <= 8 and any(re.fullmatch(r"[£$€]\s?\d[\d.,]*", f) for f in fields[2:]) \
                    and _is_title_span(_clean(fields[0])) and re.fullmatch(_NAME, fields[1]) and len(fields[1].split()) >= 2:
                scores.add(fields[0], 4.0, "by-line")  # a shop's row "Piranesi · Susanna Clarke · Bloomsbury · £10.99" (a person's full name second)
                linked.append((_clean(fields[0]), fields[1], 0.85))
            if re.fullmatch(r"[*_#\s]*[A-Z][\w\-]{1,30}['’]s(?:\s+[A-Z][\w'’\-]{0,30}){1,4}[*_\s]*", line):
                scores.add(line.strip(" *_#"), 3.0, "box-head")  # "Huda's Kitchen" on a line of its own: a name (a card's, a sign's), not a person's kitchen
            if (ad := _ADDRESS_LINE_RE.match(line)) and _is_title_span(_clean(ad["t"])):
                name = ad["t"]
                if name.isupper() and (said := re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", body, re.I)) \
                        and not said[0].isupper():
                    name = said[0]  # "THE COPPER KETTLE, The Green, Reeth": the name as the prose writes it
                scores.add(name, 3.0, "box-head")  # "Café Dobrev, 14 Tannery Lane, Lowfield. Open Tues-Sat": the place and its address
            # (Only short lines with " by " in them; bounded, possessive runs: linear on "A-A-A-...".)
            if len(line) > 160 or " by " not in line:
                continue
            if m := _BY_LINE_RE.fullmatch(line):
                first = _clean(m["t"]).split()[0].lower() if _clean(m["t"]) else ""
                if _is_title_span(_clean(m["t"])) and first not in _LABELS | _LEAD_NOISE | {"reviewed", "review", "notes", "show"}:
                    scores.add(m["t"], 4.0, "by-line")  # "The Salt Orchard by Ines Calloway" on a line of its own
                    linked.append((_clean(m["t"]), m["n"], 0.9))
        for m in _BY_RE.finditer(para):
            if (tail := _tail_span(m["t"])) and not re.search(r"(?i)\b(?:released|published|developed|directed|written|made|produced)$", m["t"].strip()):
                scores.add(tail, 1.0 * early, "by")
                linked.append((tail, m["n"], 0.85))
        for kind, rx, conf in _ROLE_PATTERNS:
            for m in rx.finditer(para):
                role = m.groupdict().get("role")
                role_kind = kind or _ROLE_KIND.get((role or "").lower())
                if role and not role_kind and (joined := _JOINED_ROLE_RE.match(para, m.end("role"))):
                    role_kind = _ROLE_KIND.get(joined["role"].lower())  # "X, who wrote and directed": the credit's telling verb gives the kind
                elsewhere = 0.3 if _about_other_work(para, m.start(), m.end()) else 0.0
                if re.match(r"\s+(?:creators|filmmakers|directors|writers|artists|musicians|developers|authors|women|men|people)\b", para[m.end("n"):]):
                    continue  # "directed by Indigenous creators": a group described, not named
                if _ACTOR_IN_BRACKETS_RE.match(para, m.end("n")):
                    continue  # "a writer named Arthur (John Magaro)": a character, an actor in brackets after it
                if re.match(_POSS, para[m.end("n"):]) and _acts(_creator_name(m).split()[-1], body):
                    continue  # "this is Theron's film", "Randolph's performance is the film's centre": the cast's, not the maker's
                role_creators.append((_creator_name(m), role_kind, conf * (1.1 if index < 2 else 1.0) - elsewhere))

    for form, points in lower_titles:  # (a title's first word may be lower case: the candidate is kept as written)
        scores.keep(form, points, "italic")
    for form, points, why in _lower_case_titles(text.paragraphs, body):
        scores.keep(form, points, why)
        scores.pts[_key(form)][why] += points
    if len(bold) == 1 and slanted - bold and (only := next(iter(bold))) in scores.score:
        # one title in bold among titles in italics: the review sets its subject apart ("**Fire of Love**,
        # the 2022 documentary", then "her previous film *The Seer and the Unseen*")
        scores.score[only] += 3.0
    # 3. Recurrence: capitalised spans counted over the body.
    span_counts: Counter[str] = Counter()
    span_forms: dict[str, Counter[str]] = defaultdict(Counter)
    initial_only: Counter[str] = Counter()
    mentions: Counter[str] = Counter()  # once per span: "The X" and "X" in one span are one mention
    kept_openers: Counter[str] = Counter()  # "into What We Do in the Shadows": a capital mid-sentence is the title's
    for para, _ in text.paragraphs:
        for start, _end, span in _capital_spans(para):
            at_start = _is_sentence_start(para, start)
            kept = _clean(re.split(r"\s*[:,]\s+|\s+[–—-]\s+", span)[0]) if not at_start else ""
            kept = kept if kept and _opener_kept(kept) else ""
            if kept:
                kept_openers[kept] += 1
            mentioned: set[str] = set()
            for sub in _sub_spans(span):
                if _bad_candidate(sub) or kept and _key(kept).endswith(" " + _key(_strip_openers(sub))):
                    continue  # ("Do in the Shadows" is that mention, cut short)
                key = _key(sub)
                span_counts[key] += 1
                mentioned.add(key)
                span_forms[key][sub] += 1
                if at_start and span.startswith(sub):
                    initial_only[key] += 1
            mentions.update(mentioned)
    for key, n in span_counts.items():
        form = span_forms[key].most_common(1)[0][0]
        words = form.split()
        mid = n - initial_only[key]
        if len(words) == 1 and mid == 0 and not _rare_opener(form, n):
            continue  # a capital only because it opens sentences
        head = re.search(r"[\w\-]+['’]s\s+[\w\-]+", form)
        if head and n < 2 and len(re.findall(rf"(?<![\w'’]){re.escape(head[0])}\b", body)) < 2:
            continue  # "Gearbox's Aliens": a possessive, unless it recurs ("Ocean's Eleven")
        weight = 0.8 * min(n, 10) if len(words) > 1 else 0.5 * min(mid, 10) if mid else 0.4 * min(n, 10)
        if any(w.lower() in SMALL for w in words[1:-1]):
            weight *= 1.3  # "Last Men in Aleppo": a title more than a name
        scores.add(form, weight, "recurs")

    for form, n in kept_openers.items():
        scores.add(form, (0.8 * min(n, 10)) * (1.3 if any(w.lower() in SMALL for w in form.split()[1:-1]) else 1.0),
                   "recurs", keep_opener=True)

    # A year said with a title: the review's own year marks the work it is about, and another
    # year (an earlier work, a comparison) counts little when the review gives its year; a
    # title said once with its year, never again, is a reference more than the subject.
    for cand, points, year in dated:
        if review_years and year not in review_years:
            points *= 0.3
        elif review_years:
            points += 1.0
        elif mentions.get(_key(_clean(cand)), 0) <= 1 and len(dated) > 1:
            points *= 0.5
        scores.add(cand, points, "year", keep_opener=_key(cand) in own_titles)

    if len(scores.score) > MAX_CANDIDATES:  # only on huge or odd inputs: the best ones go on
        for key in sorted(scores.score, key=lambda k: (-scores.score[k], k))[MAX_CANDIDATES:]:
            del scores.score[key]
    # Spread: the work reviewed is talked about all through, a comparison in one place;
    # and it is named early (a pasted review names its subject in the first lines).
    for key in scores.score:
        form = scores.form[key].most_common(1)[0][0]
        pattern = re.compile(rf"(?<![\w'’]){re.escape(form)}(?![\w'’])")
        spread = sum(1 for para, _ in text.paragraphs if pattern.search(para))
        compared = sum(len(_COMPARED_RE.findall(para[max(0, m.start() - 25):m.start()]))
                       for para, _ in text.paragraphs for m in pattern.finditer(para))
        first = pattern.search(body)
        early_bonus = 0.0 if first is None else 2.0 if first.start() < 350 else 1.0 if first.start() < 800 else 0.0
        scores.score[key] += 0.6 * min(spread, 8) - 1.2 * compared + early_bonus
    # 4. Evidence against: people, the outlet, headline opinions.
    person_said: dict[str, int] = {}  # how often each candidate is said as a person is (a ranker feature)
    characters: Counter[str] = Counter()  # counted against a name after the nesting below ("Danny Ocean" leaves "Ocean's Eleven" whole)
    people_keys = people | {_key(p) for p in people}  # "The Long Take" the outlet is the candidate "long take"
    for key in list(scores.score):
        if key in people_keys or any(key == p or (len(key.split()) == 1 and key in p.split()) for p in people):
            scores.score[key] -= 8.0
        form = scores.form[key].most_common(1)[0][0]
        person_hits = 0
        for para, _ in text.paragraphs:
            for m in re.finditer(re.escape(form), para):
                before = para[max(0, m.start() - 30):m.start()]
                after = para[m.end():m.end() + 40]
                if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after) and not _KIND_APPOSITIVE_RE.match(after) \
                        or _PERSON_AFTER_ASIDE.match(para, m.end()):
                    person_hits += 1
                elif re.search(r"[A-Z](?:[\w'’\-]+|\.)\s*\($", before) and after.startswith(")"):
                    person_hits += 2  # "the aristocrat Jen Yu (Zhang Ziyi)", "Mark S. (Adam Scott)": the actor, in brackets
                elif _ACTOR_IN_BRACKETS_RE.match(para, m.end()) or _PLAYED_AS_RE.search(before):
                    characters[key] += 1  # "Martha (Jessica Gunning)", "Jessica Gunning as Martha": a character
        person_hits += _used_as_person(form, body, text.paragraphs) if not scores.why[key] & (_TITLE_EVIDENCE | {"headline"}) else 0
        person_said[key] = person_hits
        if person_hits:
            scores.score[key] -= 1.6 * person_hits
        if "italic" not in scores.why[key] and "quoted" not in scores.why[key] and "headline" not in scores.why[key]:
            if len(form.split()) == 1 and _common_word(form) and not scores.why[key] & {"is-a", "year", "consumed", "by-line"}:
                scores.score[key] -= 3.0  # ("Inside was made by Playdead", "Her (2013)": a common word used as a title)
    # A candidate contained in the headline gains; the headline's own form counts once more.
    hkey = norm(headline)
    if hkey:
        for key in list(scores.score):
            if re.search(rf"(?:^| ){re.escape(key)}(?: |$)", hkey):
                scores.score[key] += 2.0 if len(key.split()) > 1 else 1.0

    creator_names = {_key(n) for n, _, _ in role_creators} | {_key(n) for _, n, _ in linked}
    # 5. Prefer the longer of two nested candidates when it holds most of the shorter's weight.
    # (Not into a line of a cast list: "Jenny Gold – Kirsty Lammas" is a character and an actor.)
    cast_lines = len(re.findall(r"(?m)^[A-Z][^–—\n]{1,40}\s[–—]\s[A-Z][^–—\n]{1,40}$", body))
    keys = sorted(scores.score, key=lambda k: -scores.score[k])
    for key in keys:
        for other in keys:
            # A title's own extension ("Alien" -> "Alien: Isolation"), or a longer run that
            # recurs whole ("Crouching Tiger, Hidden Dragon"); never a run seen once ("X, Name").
            other_form = scores.form[other].most_common(1)[0][0]
            comma = "," in other_form
            sides = re.split(r"\s*:\s+|\s+[–—]\s+", other_form)
            if any(re.fullmatch(_EPISODE_LABEL, side) for side in sides):
                continue  # "Show — Episode 147: Title" is no longer form of the title
            # "Ada Kestrel – Sundial": artist, then album; also after a column's label ("Staff Pick: Hop Along —
            # Painted Shut"): a run that names the maker beside the work is a heading, not a longer title
            by_creator = any(_key(side) in creator_names for side in sides[:-1])
            # "The Holdovers: Paul Giamatti is a miserable teacher": the headline's title, then its subject, a person
            by_creator |= len(sides) == 2 and _person_said(sides[1], body) and other_form not in body
            cast = cast_lines >= 3 and re.search(rf"(?m)^{re.escape(other_form)}$", body) is not None
            split_head = "headline" in scores.why[key] and other_form not in body  # the headline already cut it there
            if len(sides) > 1 and not comma and not by_creator and not cast and not split_head and scores.score[other] > 0 \
                    and key in (_key(x) for x in (sides[0], sides[-1])):
                # "Alien" and "Isolation" are short for "Alien: Isolation", "Fallout" for "Mission: Impossible – Fallout"
                scores.score[other] += max(0.0, scores.score[key])
                scores.score[key] *= 0.3
                continue
            if other.endswith(" s " + key) and scores.score[other] > 0 and re.match(r"[A-Z][\w\-]*['’]s\s", other_form) \
                    and len(re.findall(rf"(?<![\w'’]){re.escape(other_form)}", body)) >= \
                    len(re.findall(rf"(?<![\w'’]){re.escape(scores.form[key].most_common(1)[0][0])}(?![\w'’])", body)):
                # "Gate 3" is never said but as "Baldur's Gate 3": a possessive title cut at its "'s"
                scores.score[other] += max(0.0, scores.score[key])
                scores.score[key] *= 0.3
                continue
            extends = other.startswith(key + " ") and not comma
            if other != key and re.search(rf"(?:^| ){re.escape(key)}(?: |$)", other) \
                    and (extends or (scores.why[other] & _TITLE_EVIDENCE and span_counts.get(other, 0) >= 2)):
                inner, outer = span_counts.get(key, 0), span_counts.get(other, 0)
                if outer >= max(1, 0.6 * inner) and scores.score[other] > 0:
                    scores.score[other] += 0.5 * max(0.0, scores.score[key])
                    scores.score[key] *= 0.6
                elif extends and mentions[other] >= 2 and scores.score[other] > 0:
                    scores.score[other] += max(0.0, scores.score[key])  # "Stardew" is short for "Stardew Valley"
                    scores.score[key] *= 0.3
                elif mentions[other] >= 2 and inner and scores.score[other] > 0:
                    # "Cold Front" inside "Cold Front 2: Whiteout": those mentions are the longer one's
                    scores.score[key] *= max(0.3, 1 - outer / inner)

    # A comma title said whole again and again ("Crouching Tiger, Hidden Dragon"): its halves,
    # seldom said alone, are short for it.
    for other in keys:
        other_form = scores.form[other].most_common(1)[0][0]
        halves = [_key(h) for h in other_form.split(", ")]
        if len(halves) != 2 or mentions.get(other, 0) < 2 or scores.score[other] <= 0:
            continue
        for half in halves:
            if half in scores.score and mentions.get(half, 0) <= mentions[other] + 1:
                scores.score[other] += max(0.0, scores.score[half])
                scores.score[half] *= 0.3

    # A numbered sequel ("Hades II", "Baldur's Gate 3") in a review that speaks of "the first X":
    # the bare name is short for the numbered one (the earlier entry is said with "first", "original").
    for key in list(scores.score):
        form = scores.form[key].most_common(1)[0][0]
        if not (m := re.fullmatch(r"(?P<base>.+?)\s+(?:[2-9]|I{2,3}|IV|VI{0,3}|IX)", form)) or scores.score[key] <= 0:
            continue
        base = _key(m["base"])
        if base in scores.score and re.search(rf"(?i)\b(?:first|original|previous|earlier)\s+(?:(?:two|three|few)\s+)?[*_\"“]?"
                                              rf"{re.escape(m['base'])}(?![\w'’])(?!\s+(?:[2-9]|I{{2,3}}|IV|VI{{0,3}}|IX)\b)", body):
            scores.score[key] += max(0.0, scores.score[base])
            scores.score[base] *= 0.3

    # Two spans joined by "and", "to" or "for", said once and never set apart as a title ("between Turin and
    # Leeds", "I May Destroy You and Normal People", "for Oppenheimer and I'm going", "from Succession to
    # King Lear", "leave rural Oklahoma for California"): two things.
    for key in list(scores.score):
        form = scores.form[key].most_common(1)[0][0]
        if all(len(re.split(rf"\s+(?:{joint})\s+", form)) != 2 for joint in ("and|&", "to|for")) or mentions.get(key, 0) > 1 or scores.why[key] & (_TITLE_EVIDENCE - {"is-a"}):
            continue
        scores.score[key] *= 0.3

    for key, hits in list(characters.items()):
        scores.score[key] -= 1.6 * hits
        first_name = key.split()[0]  # "Carmy Berzatto (Jeremy Allen White)", then "Carmy" alone: the character too
        if len(key.split()) == 2 and first_name in scores.score and first_name not in characters:
            scores.score[first_name] -= 1.6 * hits
    _named_by_file(scores, text.name, people)
    creator_surnames = {n.split()[-1].lower() for n, _, _ in role_creators if n.split()} | \
        {n.split()[-1].lower() for _, n, _ in linked if n.split()} | {p.split()[-1] for p in people if p.split()}
    for key in scores.score:
        form = scores.form[key].most_common(1)[0][0]
        marked = scores.why[key] & {"italic", "quoted", "headline"}
        said_with_year = scores.why[key] & {"by", "by-line", "year", "named"}  # ("it is Salt, Fat, Acid, Heat.": one thing named)  # "read X by Gabrielle Zevin": a title, commas and all
        if ", " in form and not marked and not said_with_year and (form.count(",") >= 2 or re.search(r",.*\band\b|\band\b.*,", form)):
            scores.score[key] -= 6.0  # a list of names ("Carey Mulligan, Keira Knightley and Andrew Garfield")
        elif (", " in form or " or " in form) and not scores.why[key] & (_TITLE_EVIDENCE | {"headline-span", "by"}) \
                and span_counts.get(key, 0) < 2:
            scores.score[key] *= 0.3  # "Helga Brandvold, The Broadcast", "José Arcadio or Aureliano": two spans side by side, once
        if not marked and re.fullmatch(r"[A-Z][\w\-]+ (?:[A-Z]\. )*[A-Z][\w\-]+ (?:and|&) [A-Z][\w\-]+ (?:[A-Z]\. )*[A-Z][\w\-]+", form):
            scores.score[key] -= 4.0  # "Keira Knightley and Andrew Garfield", "Kai Bird and Martin J. Sherwin": two people
        if re.match(r"^(?!(?:The|A|An)\s)[A-Z][\w\-]+\s+[A-Z][\w\-]+['’]s\s", form):
            scores.score[key] *= 0.3  # "Carys Wendt's Nine Days in Vilnius": a person's, then the title
        if " – " in form and cast_lines >= 3 and re.search(rf"(?m)^{re.escape(form)}$", body):
            scores.score[key] -= 6.0  # "Jenny Gold – Kirsty Lammas" in a cast list: a character and an actor
        if {w.lower().strip("'’") for w in form.split()} & _ORG_WORDS and not scores.why[key] & {"headline", "italic", "quoted"}:
            scores.score[key] -= 3.0  # "Supergiant Games", "Apple TV", "BBC Natural History Unit"
        if key in creator_names or any(form.startswith(n + " – ") or form.startswith(n + " — ")
                                       for n in (x for x, _, _ in role_creators)):
            scores.score[key] -= 4.0  # the studio or artist, not the work ("Supergiant Games")
        if len(form.split()) == 1 and "headline" not in scores.why[key] and (
                form.lower() in creator_surnames or _after_first_name(form, body)):
            scores.score[key] -= 4.0  # "Kubrick" after "Stanley Kubrick": a surname, not the work
    low_body = body.lower()

    def first_said(key: str) -> int:  # equal points: the span the review names first ("... in Past Lives ... East Village")
        at = low_body.find(scores.form[key].most_common(1)[0][0].lower())
        return at if at >= 0 and not scores.why[key] & {"headline", "headline-span", "box-head", "file-name"} else -1
    ranked = sorted(scores.score.items(), key=lambda kv: (-round(kv[1], 6), first_said(kv[0]), -len(kv[0]), kv[0]))
    guess.candidates = [(scores.form[k].most_common(1)[0][0], round(v, 2), sorted(scores.why[k])) for k, v in ranked[:8]]

    def output_form(key: str) -> str:  # the spelling a chosen candidate is given as
        form = _best_form(scores.form[key], span_forms.get(key))
        if (said := re.search(rf"(?<![\w'’]){re.escape(form)}(?![\w'’])", body, re.I)) \
                and sum(c.isupper() for c in said[0]) >= sum(c.isupper() for c in form) + 2:
            form = said[0]  # a catalogue's "Tomorrow, and tomorrow, and tomorrow": as the review writes it
        if not re.match(r"(?i)(?:the|a|an)\s", form) and re.search(rf"(?<=[a-z,;:] )The {re.escape(form)}(?![\w'’])", f"{headline}\n{body}") \
                and not re.search(rf"(?<![\w'’])the {re.escape(form)}(?![\w'’])", body):
            form = f"The {form}"  # "25 years on, The Sopranos is ..." beside "Sopranos veteran": the name has its article
        return form

    if ranked and ranked[0][1] >= 1.5:
        top = ranked[:RANK_K]
        context = _RankContext(body=body, headline=headline, paragraphs=text.paragraphs, people=people_keys,
                               creators=creator_names, surnames=creator_surnames, person_said=person_said,
                               characters=characters, mentions=mentions, span_counts=span_counts)
        rows = ranker_rows(scores, top, context)
        forms = [output_form(key) for key, _ in top]
        guess.ranking = list(zip(forms, rows))
        chosen = title_ranker.choose(rows)
        if chosen is None:  # no model shipped: the hand-set points decide
            pick, conf = 0, _points_confidence(ranked)
        else:
            pick, conf = chosen[0], round(min(0.97, chosen[1]), 2)
        key = top[pick][0]
        source = "headline" if "headline" in scores.why[key] else "body"
        guess.title = Guess(_separated_part(forms[pick], body), source, max(conf, 0.3))

    # The author of an adapted work is not the adaptation's maker, nor a vote for its kind
    # (unless nobody else is named as a maker: "adapted from her own play").
    sources = _source_authors(body)
    if any(_surname(n) not in sources for n, _, _ in role_creators):
        role_creators = [rc for rc in role_creators if _surname(rc[0]) not in sources]
        linked = [lk for lk in linked if _surname(lk[1]) not in sources]
    # Kind first: the creator's role is evidence for it ("created by" -> tv, "a chef" -> other).
    role_votes = Counter(k for _, k, _ in role_creators if k)
    kind = guess_kind(body, f"{headline}\n{text.tags}" if text.tags else headline, str(guess.title.value) if guess.title else None, role_votes, sources)
    if kind:
        guess.kind = Guess(kind[0], "body", kind[1])
    # Creator: a role pattern beats a possessive; a name the reviewer holds is never the creator;
    # the role that fits the kind ("created by" for a series, "directed by" for a film) wins.
    title_key = _key(str(guess.title.value)) if guess.title else ""
    # Every name that passes the exclusions is a candidate, in the hand rules' order (the first of
    # the highest confidence is theirs): (confidence, name, kind of role, "role" or "linked", with the title)
    entries: list[tuple[float, str, str | None, str, bool]] = []
    for name, kind_of_role, conf in role_creators:
        if kind and kind_of_role:
            conf += 0.15 if kind_of_role == kind[0] else -0.1
        name = _trim_name(name)
        conf += _mention_bonus(name, body)
        if not name or norm(name) in people and kind != "other" or norm(name) == title_key:
            continue
        first = name.split()[0].lower()
        if (first in _LEAD_NOISE or first in _OPENERS and len(name.split()) == 1) and not name.startswith("The ") or norm(name) in {"the", "a"}:
            continue  # "It", "She", "When X": no name (one kept with its "The" is a band's: "The Hollow Pines"; "Will Smith" is one)
        if kind and kind[0] in ("film", "tv") and kind_of_role == "book":
            continue  # "Frank Herbert's 1965 novel", "author X" in a film's review: the source's author, not the maker
        if kind and kind[0] != "game" and set(norm(name).split()) <= _CHANNELS:
            continue  # "Apple", "FX", "Netflix": a channel shows a film or a series, it does not make one
        entries.append((conf, name, kind_of_role, "role", False))
    for t, name, conf in linked:
        name = _trim_name(name)
        conf += (0.25 if _key(t) == title_key else 0.1) + _mention_bonus(name, body)  # "Jonah Pell's Small Hours": the title itself, said with its maker
        if kind and kind[0] != "game" and set(norm(name).split()) <= _CHANNELS:
            continue  # "X, BBC One's new drama": the channel's, as for the roles above
        if title_key and _key(t).endswith(title_key) and name and norm(name) not in people \
                and name.split()[0].lower() not in _OPENERS:
            entries.append((conf, name, None, "linked", _key(t) == title_key))
    guess.creator_ranking = _creator_candidates(entries, role_creators, body, people, headline, text.paragraphs,
                                                str(guess.title.value) if guess.title else None, kind[0] if kind else None, title_key)
    best: tuple[float, str] | None = None
    if guess.creator_ranking:
        pick = creator_ranker.choose([row for _, _, row in guess.creator_ranking])
        form, conf, _row = guess.creator_ranking[pick or 0]
        best = (conf, form)
    elif named := _most_named_person(body, people, title_key):
        best = (0.4, _full_name(named, body, people))  # no role said: the person the review keeps coming back to
    if best:
        guess.creator = Guess(best[1], "body", round(min(best[0], 0.95), 2))
    if guess.title is not None:
        for m in re.finditer(rf"{re.escape(str(guess.title.value))}\s*,?\s+(?:by|from)\s+(?P<n>{_STUDIO})", body):
            name = _trim_name(m["n"])
            if name and norm(name) not in people and (guess.creator is None or guess.creator.confidence < 0.7):
                guess.creator = Guess(name, "body", 0.7)
                break

    # Year: "X (2019)", "the 2019 film", "released in 2019".
    year = find_year(body, str(guess.title.value) if guess.title else None,
                      str(guess.creator.value) if guess.creator else None, kind[0] if kind else None)
    if guess.title and (hy := re.search(rf"(?<![\w'’]){re.escape(str(guess.title.value))}[\"”’*_]?\s*\(\s*(?:[^(),]{{1,40}},\s*)?(?P<y>{_YEAR})\s*\)", headline, re.I)):
        # "Coherence (2013) - just watched ...", "X (Reichardt, 2016)": the headline dates the work it names, as "X (2019)" does
        year = (int(hy["y"]), 0.9)
    said = released.get(_key(str(guess.title.value))) if guess.title else None
    if said and (not year or year[1] < 0.85):
        year = (said, 0.85)  # "Cowboy Carter, released in March 2024": surer than a year said nearby
    if year:
        guess.year = Guess(year[0], "body", year[1])
    return guess


# ------------------------------------------------------------ the title ranker

# How many of the best candidates by points the learned ranker chooses among (see title_ranker.py).
RANK_K = 10
_WHYS = ("headline", "headline-span", "italic", "quoted", "by", "by-line", "year", "is-a", "box-head", "possessive",
         "kind-noun", "consumed", "subject", "named", "recurs", "file-name", "lower")


@dataclass
class _RankContext:
    """What the ranker's features read besides the candidate's own evidence."""

    body: str
    headline: str
    paragraphs: list[tuple[str, list[Mark]]]
    people: set[str]
    creators: set[str]
    surnames: set[str]
    person_said: dict[str, int]
    characters: Counter[str]
    mentions: Counter[str]
    span_counts: Counter[str]


def _points_confidence(ranked: list[tuple[str, float]]) -> float:
    """The hand-set rules' confidence: the best candidate's lead over the second."""
    value = ranked[0][1]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return round(min(0.97, 1 - math.exp(-(value - max(second, 0) * 0.5) / 4)), 2)


def ranker_rows(scores: _Scores, top: list[tuple[str, float]], ctx: _RankContext) -> list[list[float]]:
    """The feature vectors of the best candidates by points, in :data:`title_ranker.FEATURES` order:
    one row per candidate (:func:`_candidate_features`)."""
    feats = [_candidate_features(scores, key, value, rank, top, ctx) for rank, (key, value) in enumerate(top)]
    # (Tried and left out, no better under leave-one-set-out: its mentions and its first mention against
    # the other candidates', said late or in the first sentence, quoted only, the rarity of its words.)
    return [[round(f[name], 6) for name in title_ranker.FEATURES] for f in feats]


def _candidate_features(scores: _Scores, key: str, value: float, rank: int, top: list[tuple[str, float]],
                        ctx: _RankContext) -> dict[str, float]:
    """One candidate's own features: its points and rank, the kinds of evidence it has, where and
    how often the review says it, its shape, and whether it reads as a person. Generic: no word or
    name of any review is a feature."""
    form = scores.form[key].most_common(1)[0][0]
    best = top[0][1]
    words = form.split()
    f: dict[str, float] = {
        "points": max(-20.0, min(40.0, value)) / 10,
        "rank": rank / (RANK_K - 1),
        "is_top": float(rank == 0),
        "gap": min(40.0, best - value) / 10,
        "ratio": max(-1.0, value / best) if best > 0 else 0.0,
        "n_whys": len(scores.why[key] & set(_WHYS)) / 5,
    }
    for why in _WHYS:
        f[f"why_{why}"] = float(why in scores.why[key])
    pts = scores.pts[key]
    f["evidence_pts"] = math.log1p(max(0.0, sum(v for w, v in pts.items() if w in _TITLE_EVIDENCE)))
    f["recurs_pts"] = math.log1p(max(0.0, pts.get("recurs", 0.0)))
    f["marks"] = math.log1p(sum(scores.form[key].values()))
    pattern = re.compile(rf"(?<![\w'’]){re.escape(form)}(?![\w'’])", re.I)
    body = ctx.body
    hits = [m.start() for m in pattern.finditer(body)]
    f["said"] = math.log1p(len(hits))
    f["never_said"] = float(not hits)
    f["mentions"] = math.log1p(ctx.mentions.get(key, 0))
    paras = [i for i, (p, _) in enumerate(ctx.paragraphs) if pattern.search(p)]
    f["spread"] = len(paras) / max(1, len(ctx.paragraphs))
    f["first_at"] = hits[0] / max(1, len(body)) if hits else 1.0
    f["first_para"] = min(paras[0], 10) / 10 if paras else 1.0
    f["words"] = min(len(words), 12) / 12
    f["one_word"] = float(len(words) == 1)
    f["chars"] = math.log1p(len(form)) / 4
    f["digit"] = float(any(c.isdigit() for c in form))
    f["colon"] = float(":" in form or " – " in form or " — " in form)
    f["comma"] = float("," in form)
    f["article"] = float(bool(re.match(r"(?i)(?:the|a|an)\s", form)))
    f["caps"] = sum(w[:1].isupper() for w in words) / max(1, len(words))
    f["all_caps"] = float(form.isupper() and len(form) > 3)
    f["small_inside"] = float(any(w.lower() in SMALL for w in words[1:-1]))
    hkey = norm(ctx.headline)
    f["in_headline"] = float(bool(hkey) and re.search(rf"(?:^| ){re.escape(key)}(?: |$)", hkey) is not None)
    f["person"] = float(key in ctx.people or any(len(words) == 1 and key in p.split() for p in ctx.people))
    f["person_said"] = math.log1p(ctx.person_said.get(key, 0))
    f["character"] = math.log1p(ctx.characters.get(key, 0))
    f["creator"] = float(key in ctx.creators or (len(words) == 1 and form.lower() in ctx.surnames))
    f["name_like"] = float(bool(re.fullmatch(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?\s[A-Z][\w'’\-]+", form)))
    f["common_word"] = float(len(words) == 1 and _common_word(form))
    f["org"] = float(bool({w.lower().strip("'’") for w in words} & _ORG_WORDS))
    f["compared"] = math.log1p(sum(1 for at in hits if _COMPARED_RE.search(body[max(0, at - 30):at])))
    top_key = top[0][0]
    f["inside_top"] = float(key != top_key and re.search(rf"(?:^| ){re.escape(key)}(?: |$)", top_key) is not None)
    f["holds_top"] = float(key != top_key and re.search(rf"(?:^| ){re.escape(top_key)}(?: |$)", key) is not None)
    return f


# A picture's caption that opens with who is in it: "Joaquin Phoenix in a still from the film.",
# "Michelle Zauner photographed in Seoul. Photo: ...", "Jared Harris as Valery Legasov in a scene from the series."
_CAPTION_WORDS_RE = re.compile(r"\b(?:Photo|Photograph|Picture|Image|Still|Credit|Illustration)s?\b\s*(?::|by\b)|\b(?:courtesy of|in a (?:still|scene) from)\b", re.I)
_CAPTION_LEAD_RE = re.compile(r"^\s*[*_]?(?P<n>[^.!?,;:]{2,60}?)\s+(?:in\s+a\s+(?:still|scene|photo|picture)|as\s+[A-Z]|photographed|pictured|"
                              r"at\s+(?:work|home|the)|during|on\s+set)\b")
_SOLO_PERSON_RE = r"(?:is|was|has|had|writes|wrote|sings|sang|plays|played|trained|grew|moved|says|said|seems|never|always|does|did|makes|made|['’]s)\b"


def _used_as_person(form: str, body: str, paragraphs: list[tuple[str, list[Mark]]]) -> int:
    """How often the review uses ``form`` as a person's name, from its own text (no word list):
    the people a picture's caption opens with ("Michelle Zauner photographed in Seoul. Photo: ..."),
    and, for a first name and a surname ("Michelle Zauner"), the surname said alone as someone who
    does or is something ("Zauner is extraordinarily honest", "Nosrat's idea", "When Zauner was")."""
    hits = 0
    for para, _ in paragraphs:
        if len(para) < 200 and _CAPTION_WORDS_RE.search(para) and (m := _CAPTION_LEAD_RE.match(para)) \
                and re.search(rf"(?:^|\s){re.escape(form)}(?:$|\s|,)", m["n"]):
            hits += 2
    words = form.split()
    if len(words) in (2, 3) and all(re.fullmatch(r"[A-Z][a-zà-ÿ'’\-]+", w) for w in words) and words[0].lower() not in _OPENERS:
        last = re.escape(words[-1])
        solo = re.findall(rf"(?<!{re.escape(words[-2])} )(?<![\w'’\-]){last}\s*{_SOLO_PERSON_RE}", body)
        if len(solo) >= 2:
            hits += min(len(solo), 3)
    return hits



# ------------------------------------------------------------ the creator ranker

_ROLE_KINDS = ("film", "tv", "book", "game", "other")


def _creator_form(conf: float, name: str, role_creators: list[tuple[str, str | None, float]], body: str, people: set[str]) -> str:
    """The name a creator candidate is given if chosen: the fuller credit of the same maker with
    partners ("X and Fiona Staples"), a given name said in full elsewhere ("Rosa" -> "Rosa
    Lindqvist"), a surname as the full name the text gives it."""
    for other, _kind, other_conf in role_creators:
        if re.search(r"\s(?:and|&)\s", other) and not re.search(r"\s(?:and|&)\s", name) and other_conf >= conf - 0.25 \
                and _surname(name) in {_surname(n) for n in re.split(r",\s*|\s+(?:and|&)\s+", other)} \
                and not any(norm(n) in people for n in re.split(r",\s*|\s+(?:and|&)\s+", other)):
            name = _trim_name(other)
            break
    if len(name.split()) == 1:  # "Rosa, who cooks" after "run by Rosa Lindqvist": the given name of a maker credited in full
        full = next((n for n, _, _ in role_creators if n.startswith(name + " ") and re.fullmatch(_NAME, n) and norm(n) not in people), None)
        if full:
            name = _trim_name(full)
    return _full_name(name, body, people)


def _creator_candidates(entries: list[tuple[float, str, str | None, str, bool]], role_creators: list[tuple[str, str | None, float]],
                        body: str, people: set[str], headline: str, paragraphs: list[tuple[str, list[Mark]]],
                        title: str | None, kind: str | None, title_key: str) -> list[tuple[str, float, list[float]]]:
    """The creator candidates grouped by the name each would be given, the hand rules' choice (the
    first of the highest confidence) first, then by confidence: (name, confidence, features in
    :data:`creator_ranker.FEATURES` order)."""
    if not entries:
        return []
    hand = max(range(len(entries)), key=lambda i: (entries[i][0], -i))
    entries = entries + [(0.0, p, None, "named", False) for p in _named_people(body, people, title_key)]
    groups: dict[str, list[tuple[float, str, str | None, str, bool]]] = {}
    forms: dict[str, str] = {}
    given: dict[tuple[float, str], str] = {}  # one look through the body per name and confidence (a name said 300 times)

    def form_of(entry: tuple[float, str, str | None, str, bool]) -> str:
        if (entry[0], entry[1]) not in given:
            given[entry[0], entry[1]] = _creator_form(entry[0], entry[1], role_creators, body, people)
        return given[entry[0], entry[1]]

    for entry in entries:
        form = form_of(entry)
        key = norm(form)
        if key not in groups:
            groups[key], forms[key] = [], form
        groups[key].append(entry)
    hand_key = norm(form_of(entries[hand]))
    order = sorted(groups, key=lambda k: (k != hand_key, -max(e[0] for e in groups[k])))
    top_conf = max(e[0] for e in groups[hand_key])
    named = _most_named_person(body, people, title_key)
    named_key = norm(_full_name(named, body, people)) if named else ""
    people_surnames = {p.split()[-1] for p in people if p.split()}
    title_low = (title or "").lower()
    feats: list[tuple[str, float, dict[str, float]]] = []
    for rank, key in enumerate(order):
        group, form = groups[key], forms[key]
        conf = max(e[0] for e in group)
        extra = all(e[3] == "named" for e in group)
        group = [e for e in group if e[3] != "named"] or group
        words = form.split()
        surname = words[-1] if words else ""
        hits = [m.start() for m in re.finditer(rf"(?<![\w'’]){re.escape(surname)}(?![\w\-])", body)] if surname else []
        para_at = next((i for i, (p, _) in enumerate(paragraphs) if surname and re.search(rf"(?<![\w'’]){re.escape(surname)}(?![\w\-])", p)), 10)
        kinds = {e[2] for e in group if e[2]}
        with_title = bool(title_low) and any(title_low in s.lower() and surname in s for p, _ in paragraphs for s in re.split(r"(?<=[.!?])\s+", p)
                                             if surname and surname in s)
        f = {
            "conf": conf, "rank": min(rank, 10) / 10, "is_top": float(rank == 0), "gap": min(1.0, top_conf - conf),
            "entries": 0.0 if extra else min(len(group), 5) / 5, "n_role": min(sum(e[3] == "role" for e in group), 5) / 5,
            "n_linked": min(sum(e[3] == "linked" for e in group), 5) / 5, "linked_title": float(any(e[4] for e in group)),
            "kind_match": float(bool(kind) and kind in kinds), "kind_other": float(bool(kinds) and bool(kind) and kind not in kinds),
            "kind_none": float(not kinds),
            "mentions": min(len(hits), 10) / 10, "never_again": float(len(hits) <= 1),
            "first_at": hits[0] / max(len(body), 1) if hits else 1.0, "first_para": min(para_at, 10) / 10,
            "in_headline": float(bool(surname) and bool(re.search(rf"(?<![\w'’]){re.escape(surname)}(?![\w\-])", headline))),
            "with_title": float(with_title), "most_named": float(key == named_key),
            "surname_people": float(norm(surname) in people_surnames), "acts": float(bool(surname) and _acts(surname, body, title_key)),
            "linked_only": float(all(e[3] == "linked" for e in group)), "extra": float(extra), "one_word": float(len(words) == 1),
            "words": min(len(words), 5) / 5, "pair": float(bool(re.search(r"\s(?:and|&)\s|,", form))),
            "org": float(bool(_ORG_WORDS & {w.lower() for w in words})), "all_caps": float(form.isupper()),
            "expanded": float(all(norm(e[1]) != key for e in group)),
        }
        for k in _ROLE_KINDS:
            f[f"role_{k}"] = float(k in kinds)
        f["_hits"], f["_first"] = len(hits), hits[0] if hits else len(body) + 1
        feats.append((form, round(conf, 6), f))
    most = max(f["_hits"] for _, _, f in feats)
    earliest = min(f["_first"] for _, _, f in feats)
    rows = []
    for form, conf, f in feats:  # against the other candidates: the most said, the first said
        f["most_mentioned"] = float(f["_hits"] == most and most > 0)
        f["mention_share"] = f["_hits"] / most if most else 0.0
        f["earliest"] = float(f["_first"] == earliest and earliest <= len(body))
        f["person_shape"] = float(bool(re.fullmatch(r"[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}", form)))
        rows.append((form, conf, [round(float(f[name]), 6) for name in creator_ranker.FEATURES]))
    return rows


# "Aoife Brennan's adaptation of Marcus Lyle's bestseller", "based on Jo Pike's novel":
# the second name wrote the source, not the work reviewed.
_SOURCE_RE = re.compile(rf"\b(?i:adaptation|version|retelling|reimagining|take)\s+of\s+(?P<n>{_NAME}){_POSS}\s"
                        rf"|\b(?i:based on|adapted from)\s+(?P<m>{_NAME}){_POSS}\s")


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


def _source_authors(body: str) -> set[str]:
    """The surnames of people whose book, play or story the reviewed work adapts."""
    return {_surname(_strip_openers(m["n"] or m["m"])) for m in _SOURCE_RE.finditer(body)} - {""}


def _mention_bonus(name: str, body: str) -> float:
    """A little confidence for each time the review comes back to a person (by surname):
    the maker of the work reviewed is talked about all through, a collaborator once."""
    if not name.split():
        return 0.0
    mentions = len(re.findall(rf"(?<![\w'’]){re.escape(name.split()[-1])}(?![\w\-])", body))
    return 0.03 * min(max(mentions - 1, 0), 5)


# A first name and a surname, alone ("Michelle Zauner", not "Crying in H Mart" nor "Tango Gameworks Studio").
_PERSON_RE = re.compile(r"(?<![\w'’\-])(?<![A-Z][\w'’\-]\s)(?P<first>[A-Z][a-zà-ÿ'’\-]+)\s+(?P<last>[A-Z][a-zà-ÿ\-]+(?:['’][a-z]{2,}[a-z\-]*)?)"
                        r"(?![\w\-]|\s+[A-Z0-9]|\s*\()")


def _most_named_person(body: str, people: set[str], title_key: str) -> str | None:
    """When no role names the maker: the person (first name and surname) the review
    names at least three times, the surname alone counting ("David Fincher ... Fincher
    and his cinematographer ... Fincher was"), who is no one the byline or infobox gave
    (reviewer, cast) and no part of the title; the earliest named of equals."""
    best: tuple[int, int, str] | None = None
    seen: set[str] = set()
    for m in _PERSON_RE.finditer(body):
        first, last = m["first"], m["last"]
        full = f"{first} {last}"
        if re.search(r"\b(?i:the)\s+$", body[max(0, m.start() - 5):m.start()]):
            continue  # "the Baltic Sea", "the Hague Tribunal": a name said after "the" is a place's or a thing's, not a person's
        if (poss := re.search(r"(\w+)['’]s?\s+$", body[max(0, m.start() - 30):m.start()])) and poss[1].lower() not in _OPENERS | _LEAD_NOISE:
            continue  # "Ada Lindqvist's Salt Road": what follows a possessive is the owner's work or thing, not a person
        if full in seen or first.lower() in _OPENERS | _LEAD_NOISE | _MONTHS | SMALL or last.lower() in _OPENERS | _MONTHS \
                or _ORG_WORDS & {first.lower(), last.lower()} or norm(full) in people or (title_key and _key(last) in title_key.split()):
            continue
        seen.add(full)
        if _compared(body, m.start()) or _PERSON_BEFORE.search(first + " ") or first.lower() in _TITLE_WORDS or _acts(last, body, title_key):
            continue  # "Queen Sethra": a character; "Julie Hagerty as Elaine": a cast member
        count = len(re.findall(rf"(?<![\w'’]){re.escape(last)}(?![\w\-])", body))
        if count >= 3 and (best is None or count > best[0]):
            # "David Lynch and Mark Frost were reviving ...": a pair named together is the pair
            pair = re.match(r"\s+and\s+([A-Z][a-zà-ÿ'’\-]+\s+[A-Z][a-zà-ÿ\-]+)(?![\w\-]|\s+[A-Z0-9])", body[m.end():m.end() + 60])
            best = (count, m.start(), f"{full} and {pair[1]}" if pair and norm(pair[1]) not in people else full)
    return best[2] if best else None



def _named_people(body: str, people: set[str], title_key: str) -> list[str]:
    """The people (first name and surname) the review names at least twice, by the surname, with
    :func:`_most_named_person`'s exclusions (the reviewer and cast, a character, a place, a possessive's
    thing, part of the title): the creator ranker's further candidates, in the order first named."""
    out: list[str] = []
    seen: set[str] = set()
    for m in _PERSON_RE.finditer(body):
        first, last = m["first"], m["last"]
        full = f"{first} {last}"
        if full in seen or re.search(r"\b(?i:the)\s+$", body[max(0, m.start() - 5):m.start()]):
            continue
        seen.add(full)
        if (poss := re.search(r"(\w+)['’]s?\s+$", body[max(0, m.start() - 30):m.start()])) and poss[1].lower() not in _OPENERS | _LEAD_NOISE:
            continue
        if first.lower() in _OPENERS | _LEAD_NOISE | _MONTHS | SMALL or last.lower() in _OPENERS | _MONTHS \
                or _ORG_WORDS & {first.lower(), last.lower()} or norm(full) in people or (title_key and _key(last) in title_key.split()):
            continue
        if _compared(body, m.start()) or _PERSON_BEFORE.search(first + " ") or first.lower() in _TITLE_WORDS:
            continue
        if len(re.findall(rf"(?<![\w'’]){re.escape(last)}(?![\w\-])", body)) >= 2:
            out.append(full)
    return out[:8]

_ACTOR_BEFORE = re.compile(r"(?i:actor|actress|star|co-star|played by|voiced by|starring|alongside|opposite|cast)\s+(?:[A-Z][\w'’\-]+\s+)?$")
_ACTOR_AFTER = re.compile(r"^(?:['’]s\s+(?:performance|turn|character)\b|\s+(?:plays|played|stars|starred|co-stars|returns as|as\s+(?:the\s+)?[A-Z]))")


def _acts(surname: str, body: str, title_key: str = "") -> bool:
    """True when the review casts the person (by surname): "starring Julie Hagerty", "Hagerty plays Elaine",
    a caption's "Robert Hays and Julie Hagerty in Airplane!"."""
    return any(_ACTOR_BEFORE.search(body[max(0, m.start() - 40):m.start()]) or _ACTOR_AFTER.match(body[m.end():m.end() + 40])
               or (title_key and _key(body[m.end():m.end() + 80]).startswith(f"in {title_key}"))
               for m in re.finditer(rf"(?<![\w'’]){re.escape(surname)}(?![\w\-])", body))


def _after_first_name(word: str, body: str) -> bool:
    """True when ``word`` follows a capitalised word that is no sentence opener
    ("Stanley Kubrick": a surname), not "With Hades II" or "In Hades"."""
    for m in re.finditer(rf"\b([A-Z][a-zà-ÿ]+) {re.escape(word)}(?![\w'’])", body):
        if m[1].lower() not in _OPENERS and m[1].lower() not in _LEAD_NOISE:
            return True
    return False


# The words that stand before a name as its role or rank ("Creator Dan Erickson", "Captain John Yossarian").
_TITLE_WORDS = {"creator", "co-creator", "showrunner", "captain", "host", "star", "actor", "actress", "novelist", "cook",
                "sergeant", "detective", "inspector", "officer", "president", "king", "queen", "prince", "princess", "lord",
                "lady", "sir", "dame", "professor", "doctor", "father", "mother", "uncle", "aunt", "saint", "st", "general",
                "colonel", "major", "agent", "judge", "narrator", "protagonist", "hero", "heroine", "composer", "designer",
                "baron", "baroness", "duke", "duchess", "emperor", "empress", "imperator", "count", "countess", "earl", "chief"}


def _full_name(name: str, body: str, people: set[str]) -> str:
    """A surname said alone ("which Ostrowski created") as the full name the text
    gives it elsewhere ("Jess Ostrowski"); the name as it is when there is none."""
    if len(name.split()) == 2 and name[:1].isupper():
        # "Azumah Nelson" said in full once as "Caleb Azumah Nelson": a two-word surname, or a middle name
        for m in re.finditer(rf"(?<![\w'’\-])(?P<first>[A-Z][a-zà-ÿ'’\-]+)[ \t]+{re.escape(name)}(?![\w\-])", body):
            first = m["first"].lower()
            if first in _LEAD_NOISE or first in _OPENERS or first in _ROLE_KIND or first.endswith("s") and first[:-1] in _ROLE_KIND or first in _MONTHS or "-" in first or first in _TITLE_WORDS \
                    or re.search(r"['’]s?$", first) \
                    or re.search(rf"(?<![\w'’\-]){re.escape(first)}(?![\w\-])", body) or norm(f"{m['first']} {name}") in people:
                continue  # (a word the text also writes in lower case, "Creator Dan Erickson", "Winter", is no given name; nor a role, "Developers X")
            return f"{m['first']} {name}"
        return name
    if len(name.split()) != 1 or not name[:1].isupper():
        return name
    if m := re.search(rf"(?<![\w'’\-]){re.escape(name)}\s+(?P<org>Games|Studios|Studio|Entertainment|Interactive|Pictures|Films|Records)\b", body):
        return f"{name} {m['org']}"  # "Supergiant" after "Supergiant Games": the company's full name
    for m in re.finditer(rf"(?<![\w'’\-])(?P<first>[A-Z][\w'’\-]+(?:\s+[A-Z]\.)?)\s+{re.escape(name)}(?![\w\-])", body):
        first = m["first"]
        if first.lower() in _LEAD_NOISE or first.lower() in _OPENERS or first in {"The", "A", "An", "Mr", "Ms", "Mrs", "Dr"}:
            continue
        full = f"{first} {name}"
        if norm(full) not in people:
            return full
    return name


# Sentence openers that never begin a title ("But Last Men in Aleppo", "When Kendrick Lamar").
_LEAD_NOISE = {"but", "and", "or", "so", "yet", "if", "when", "while", "as", "after", "before", "since", "though",
               "although", "because", "until", "unlike", "like", "despite", "in", "on", "at", "for", "with", "by",
               "from", "into", "through", "without", "within", "i", "we", "you", "he", "she", "they", "it", "its",
               "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "what", "which", "who",
               "how", "why", "where", "also", "however", "indeed", "ultimately", "overall", "finally", "meanwhile",
               "instead", "perhaps", "maybe", "sadly", "thankfully", "luckily", "fortunately", "unfortunately",
               "released", "starring", "directed", "written", "developer", "publisher", "opener", "closer",
               "watching", "reading", "playing", "is", "was", "are", "were", "has", "have", "had", "does", "did",
               "mr", "mrs", "ms", "dr", "yes", "oh", "well", "okay", "ok", "whereas", "even", "then", "now",
               "nobody", "somebody", "everyone", "everybody", "anyone", "someone", "no one", "it's", "that's", "here's",
               "there's", "what's", "it’s", "that’s", "here’s", "there’s", "what’s"}


def _strip_openers(text: str) -> str:
    text = re.sub(r"^(?i:comparisons?|compared)\s+(?:to|with)\s+(?=\S)", "", text)  # "Comparisons to Planescape: Torment"
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(",") in _LEAD_NOISE:
        if words[0] == "OK" and words[1][:1].isupper():
            break  # "OK Computer": capitals, no comma -- a title, not an interjection
        words = words[1:]
    return " ".join(words)


def _opener_kept(span: str) -> bool:
    """A run said mid-sentence that starts with a capitalised opener ("went into What We Do in
    the Shadows"): the capital is the title's, not a sentence's, so the word stays (not "I")."""
    words = _clean(span).split()
    return len(words) >= 3 and words[0][:1].isupper() and words[0].lower() in _OPENERS \
        and words[0].lower() not in {"the", "a", "an", "i"} and not words[0].lower().startswith("i'") \
        and words[1][:1].isupper() and not any(w.endswith(",") for w in words[:2])


def _is_title_span(text: str) -> bool:
    """True when ``text`` is a run of capitalised words (small words inside allowed)."""
    return bool(text) and len(text.split()) <= 10 and bool(_SPAN_RE.fullmatch(text))


_FIELD_SEP_RE = re.compile(r"\s+(?:·|—|\||/)\s+")


def _separated_part(form: str, body: str) -> str:
    """The title out of a line of fields ("Tenants — BBC Three / iPlayer — 6 x 30 min", "Copper Sky —
    Della Jarvis") that the review never says whole again: the field it names on its own most often
    (twice at least), else, after a "·" or "—", the first. An en dash is left alone: "Pinecone Riot –
    Good Grief!" is an artist and an album, and a band is said more often than its record."""
    parts = [p.strip() for p in _FIELD_SEP_RE.split(form) if p.strip()]
    if len(parts) < 2 or len(re.findall(re.escape(form), body, re.I)) > 1:
        return form

    def said(part: str) -> int:
        return len(re.findall(rf"(?<![\w'’]){re.escape(part)}(?![\w'’])", body, re.I)) - len(re.findall(re.escape(form), body, re.I))
    best = max(parts, key=said)
    if said(best) >= 2 and sum(said(p) == said(best) for p in parts) == 1:
        return best
    return parts[0] if re.search(r"\s(?:·|—)\s", form) else form


def _best_form(forms: Counter[str], recurring: Counter[str] | None) -> str:
    """The spelling the text uses most (with its "!" or "?", if it has one)."""
    pool = Counter(forms)
    if recurring:
        pool.update(recurring)
    ranked = sorted(pool.items(), key=lambda kv: (-kv[1], -sum(c.isupper() for c in kv[0]), -len(kv[0])))
    return ranked[0][0]


def _trim_name(name: str) -> str:
    words = name.strip().split("\n")[0].rstrip(".,;:").split()  # a name ends with its line ("It by Stephen King" over "Viking")
    # "Larian Studios' Baldur's Gate 3": the maker ends at its possessive, the title follows
    cut = next((i for i, w in enumerate(words[:-1]) if w.endswith(("'", "’", "'s", "’s")) and i > 0), None)
    if cut is not None:
        words = words[:cut + 1]
        words[-1] = re.sub(r"['’]s?$", "", words[-1])
    while words and (words[-1].lower().rstrip(".,;:") in SMALL or words[-1].lower().rstrip(".,;:") in _OPENERS):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(".,;:")
    # "Ines Varga's" -> "Ines Varga"
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(words)


def _rare_opener(word: str, count: int) -> bool:
    """A word that only ever opens sentences but is no everyday word and recurs
    ("Severance is all three", "Severance season one"): a title said first."""
    return count >= 2 and word.lower() not in _OPENERS and zipf(word.lower().strip("!?."), "en") < 3.5


def _person_said(form: str, body: str) -> bool:
    """A first name and a rare surname ("Paul Giamatti") that the body says twice or more."""
    return re.fullmatch(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?\s[A-Z][\w'’\-]+", form) is not None \
        and zipf(form.split()[-1].lower(), "en") < 3.5 and len(re.findall(rf"(?<![\w:] ){re.escape(form)}\b", body)) >= 2


def _common_word(word: str) -> bool:
    """A single capitalised word that is an everyday English word ("Still", "Gold")."""
    return zipf(word.lower().strip("!?."), "en") >= 4.6


# A year said of another work, a later cut, or the reviewer's own viewing: never the work's.
_NOT_THE_WORKS = r"(?:sequel|prequel|follow-up|spin-off|remake|reboot|original|predecessor|adaptation|restoration|re-release|reissue|" \
    r"cut|edition|remaster|revival|festival|screening|rewatch|visit)"


def find_year(body: str, title: str | None, creator: str | None = None,
               kind: str | None = None) -> tuple[int, float] | None:
    """The year the work came out, from the surest pattern that finds one: "X (2019)",
    "X, the 2001 remake", "Y's 2019 debut", "X came out in 2019", "its 2000 release",
    "the novel, published in 2005", "Y made it in 1968", "the 2019 film", "released in
    2019". A year said of another work, a later cut or a visit is passed over."""
    for pattern, conf in _year_patterns(title, creator, kind):
        if m := _first_of_kind(pattern, body, kind):
            return int(m["y"]), conf
    return None


def _year_patterns(title: str | None, creator: str | None, kind: str | None) -> list[tuple[re.Pattern[str], float]]:
    """The year patterns for this work, surest first."""
    out: list[tuple[str, float]] = []
    if title:
        t = re.escape(title)
        out += [(rf"{t}[\"”’*_]?\s*\((?:[^()]{{0,40}}?[\s,])?(?P<y>{_YEAR})\b", 0.95),
                # "Severance Season 2 (2025)", "Season 4 (2023)": the season reviewed, in a series' review
                (rf"(?:{t}\s+)?\b(?i:season|series)\s+(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\((?P<y>{_YEAR})\)", 0.9),
                (rf"{t}[\"”’*_]?,\s+(?:the|a|an|its|his|her|their|[\w\-]+['’]s)\s+(?P<y>{_YEAR})\s+(?:[a-z]|[A-Z]{{2,5}}\b)", 0.9)]  # "Ocean's Eleven, the 2001 remake", "Spinning, her 2017 graphic memoir", "X, a 2022 RPG"
        short = re.split(r"\s*:\s+|\s+[–—]\s+", title)[-1]
        if short != title and len(short) > 3:  # "Fallout (2018)" for "Mission: Impossible – Fallout"
            out.append((rf"(?<![\w'’]){re.escape(short)}[\"”’*_]?\s*\((?P<y>{_YEAR})\)", 0.9))
    if creator and creator.split():  # "Garmus's 2022 debut", "ZA/UM's 2019 role-playing game"
        who = re.escape(creator.split()[-1])
        out.append((rf"(?<![\w'’]){who}{_POSS}\s+(?P<y>{_YEAR})\s+(?!(?:[\w\-]+\s+)?{_NOT_THE_WORKS}\b)", 0.9))
    if kind == "book":  # the imprint in brackets after the author or the translator: "... by Ginny Tapley Takemori (Granta, 2018)"
        who = rf"{re.escape(creator)}|" if creator else ""
        out.append((rf"(?:{who}\b(?i:translated)\s+(?:from\s+the\s+[A-Z]\w+\s+)?(?:into\s+English\s+)?by\s+{_NAME})\s*"
                    rf"\([A-Z][^()]{{0,40}}?,\s*(?P<y>{_YEAR})\)", 0.85))
    if title:
        t = re.escape(title)
        out += [(rf"\b(?P<y>{_YEAR})['’]s\s+{t}", 0.8),
                (rf"['’]s\s+(?P<y>{_YEAR})\s+(?:[\w\-]+\s+){{0,3}}?{t}", 0.85),
                # "Alien: Isolation came out in October 2014", "Fleabag, ..., began life on BBC Three in 2016"
                # ("Hit the Road, first shown in the Directors' Fortnight at Cannes in 2021")
                (rf"{t}[\"”’*_]?(?:,[^.!?\n]{{0,80}}?,|,(?=\s+(?:first|originally)\b))?\s+(?:\w+\s+){{0,4}}?{_CAME_OUT}\b[^.!?\n]{{0,50}}?{_IN_YEAR}", 0.85),
                (rf"{t}[\"”’*_]?,\s*(?:[^.!?\n]{{0,80}}?\s)?(?:that|which)\s+(?:first\s+)?{_CAME_OUT}\b[^.!?\n]{{0,50}}?{_IN_YEAR}", 0.8)]
    out.append((rf"\b(?i:its|the (?:film|book|novel|game|series|show|album)['’]s)\s+(?P<y>{_YEAR})\s+(?:(?:[\w\-]+\s+)?release|debut|"
                rf"premiere|publication|launch|bow)\b", 0.8))  # "Its 2000 release made it ..."
    nouns = "|".join(re.escape(n) for n in KIND_NOUNS.get(kind or "", ()) if n not in _AMBIGUOUS_NOUNS or (kind, n) == ("tv", "show"))
    if nouns:  # "The memoir, published in 2021", "The show, which premiered on Apple TV+ in April 2022"
        out.append((rf"\b(?i:the|this)\s+(?:{nouns}),?\s+(?:(?:which|that)\s+)?(?:(?:first|originally)\s+)?{_CAME_OUT}\b"
                    rf"(?:[^.!?\n,]{{0,40}}?\s)?{_IN_YEAR}", 0.85))
    if creator and creator.split():  # "Stanley Kubrick actually made in 1968", "Miles Davis recorded it ... in 1959"
        who = re.escape(creator.split()[-1])  # (never "Lamar had already made ... in 2012": the pluperfect is an earlier work)
        out.append((rf"(?<![\w'’]){who}\s+(?:(?!had\b)\w+\s+){{0,2}}?(?:made|released|published|recorded|wrote|directed|created|developed)"
                    rf"\b[^.!?\n]{{0,40}}?{_IN_YEAR}", 0.75))
    # ("this quietly ferocious 2022 film": a few words between only after "this", which is the work reviewed)
    out += [(rf"\b(?:[Tt]he|[Aa]n?|[Tt]his(?:\s+[a-z][\w\-]+){{0,2}})\s+(?P<y>{_YEAR})\s+(?!(?:[\w\-]+\s+)?{_NOT_THE_WORKS}\b)"
             rf"(?:[\w\-]+\s+)?(?P<noun>{_KIND_NOUN_RE})\b", 0.75),
            # "Her 2023 film moves in three movements": the maker's, unless another title follows ("his 2014 film, Birdman")
            # or goes before ("DAMN., his 2017 album")
            (rf"(?<!,\s)\b(?i:her|his|their)\s+(?P<y>{_YEAR})\s+(?!(?:[\w\-]+\s+)?{_NOT_THE_WORKS}\b)(?:[\w\-]+\s+)?"
             rf"(?P<noun>{_KIND_NOUN_RE})\b(?![,:]?\s+[\"“‘*_]?[A-Z0-9])", 0.7),
            # (a film or a series is never "published": that is the book it adapts)
            (rf"\b(?i:released|release{'' if kind in ('film', 'tv') else '|published'}|premiered|premieres|came out|first aired|first broadcast|debuted|launched)\b"
             rf"[^.!?\n]{{0,50}}?\b(?P<y>{_YEAR})\b", 0.7),
            (rf"\b(?i:opens|arrives|arrived|lands|is out|streams|hits|into cinemas|in cinemas)\b[^.!?\n]{{0,50}}?\b(?P<y>{_YEAR})\b", 0.65),
            (rf"{_START}(?:{_NAME}){_POSS}\s+(?P<y>{_YEAR})\s+(?:[a-z][\w\-]+\s+){{0,2}}?(?:{_KIND_NOUN_RE})\b", 0.7),
            # "one of the best films of 2024", "my album of 2019": a year's best list names the work's year
            (rf"\b(?i:best|finest|favourite|favorite|strongest|greatest|top)\s+(?:[a-z][\w\-]+\s+)?(?P<noun>{_KIND_NOUN_RE})s?\s+of\s+(?P<y>{_YEAR})\b", 0.6)]
    return [(re.compile(p), c) for p, c in out]


# A release statement: "Released in September 1995, Se7en ...", "Cowboy Carter, released in March
# 2024, ...", "in October 2000, Kid A arrived", "Published in July 2022, it follows ...".
_MONTH_RE = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
_RELEASED_TITLE_RE = re.compile(
    rf"(?P<t>[^.!?\n]{{1,80}}?),\s+(?:which\s+(?:(?:she|he|they|it|[A-Z][\w'’\-]+)\s+)?[^,.!?\n]{{0,50}}?\b(?:and\s+)?|first\s+|originally\s+)?"
    rf"(?i:released|published|premiered)\s+in\s+{_MONTH_RE}(?P<y>{_YEAR})\b"  # "X, which she shot quietly and released in 2021"
    rf"|(?:^|(?<=[.!?]\s)|(?<=,\s))(?:(?i:first|originally)\s+(?=[a-zA-Z]+ed\b))?(?i:released|published|premiered|in)\s+(?:in\s+)?{_MONTH_RE}(?P<z>{_YEAR}),\s+(?P<u>[^.!?\n]{{1,80}}?)"
    rf"(?(t)|\s+(?:arrived|came out|was released|appeared|dropped|[a-z]+s)\b)")
_WAS_RELEASED_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<t>[^.!?\n,]{{1,80}}?)\s+(?:was|were)\s+(?:first\s+|originally\s+)?(?:released|published|premiered)\s+"
    rf"(?:in|on)\s+(?:\d{{1,2}}\s+)?{_MONTH_RE}(?:\d{{1,2}},?\s+)?(?P<y>{_YEAR})\b")
_RELEASED_YEAR_RE = re.compile(
    rf"\b(?i:released|published|premiered|came out|was released|arrived)\s+in\s+{_MONTH_RE}(?P<y>{_YEAR})\b"
    rf"|\b(?i:in)\s+{_MONTH_RE}(?P<y2>{_YEAR}),\s+(?:[^.!?\n]{{0,40}}?\s)?(?:arrived|came out|was released|appeared|dropped)\b")


def _head_span(text: str) -> str:
    """The title-case run that opens ``text`` ("Se7en arrived in ..." -> "Se7en")."""
    m = _SPAN_RE.match(text.lstrip())
    return _strip_openers(_clean(m[0])) if m else ""


_CAME_OUT = r"(?:came out|arrived|appeared|premiered|debuted|opened|began|launched|released|published|aired|broadcast|hit|landed|crawled|shown|screened)"
_IN_YEAR = rf"\b(?:in|on|of)\s+(?:[A-Z][a-z]+\s+)?(?:\d{{1,2}}\s+)?(?P<y>{_YEAR})\b"


_EARLIER_VERSION_RE = re.compile(r"\b(?i:earlier|previous|older|original|first)\s+(?:version|adaptation|film|series|miniseries|one)\s*,\s*$")


def _first_of_kind(pattern: re.Pattern[str], body: str, kind: str | None) -> re.Match[str] | None:
    """The first match whose "the 2010 film" names a work of the review's kind: in a
    book review "the 2010 film" is the adaptation's year, not the novel's."""
    for m in pattern.finditer(body):
        if _EARLIER_VERSION_RE.search(body, max(0, m.start() - 40), m.start()):
            continue  # "That earlier version, the 1980 miniseries": another work's year
        if kind and (before := re.search(r"([a-z][\w\-]*)\s+$", body[max(0, m.start() - 30):m.start()])) \
                and (word := before[1]) not in _AMBIGUOUS_NOUNS and word not in KIND_NOUNS.get(kind, ()) \
                and any(word in nouns for nouns in KIND_NOUNS.values()):
            continue  # "Mick Herron's novel Slow Horses, first published in 2010" in a series' review: the source's year
        noun = (m.groupdict().get("noun") or "").lower()
        if not noun or not kind or noun in _AMBIGUOUS_NOUNS or noun in KIND_NOUNS.get(kind, ()):
            return m
    return None


_ROLE_KIND = {"made": None, "created": "tv", "wrote": None, "directed": "film", "adapted": None, "developed": "game",
              "co-created": "tv", "co-wrote": None, "helmed": "film", "runs": "other", "cooks": "other", "founded": "other",
              "writer": "book", "venture": "other", "place": "other", "kitchen": "other", "remake": "film",
              "chef": "other", "director": "film", "filmmaker": "film", "novelist": "book", "author": "book",
              "developer": "game", "showrunner": "tv", "songwriter": "other", "rapper": "other", "singer": "other",
              "band": "other", "duo": "other", "trio": "other", "group": "other", "collective": "other",
              "album": "other", "record": "other", "restaurant": "other", "novel": "book", "memoir": "book",
              "cookbook": "book", "game": "game", "series": "tv", "documentary": "film", "co-directed": "film",
              "studio": "game", "show": "tv", "film": "film", "book": "book", "head chef": "other", "filmmaking": "film",
              "designer": "game", "musician": "other", "chef-owner": "other", "chef-patron": "other", "cook": "other", "quartet": "other", "quintet": "other", "sextet": "other", "septet": "other",
              "owner": "other", "owners": "other", "co-owner": "other", "proprietor": "other", "chefs": "other", "poet": "book",
              "directors": "film", "filmmakers": "film", "authors": "book", "showrunners": "tv", "developers": "game",
              "rpg": "game", "roguelike": "game", "platformer": "game", "shooter": "game", "puzzler": "game",
              "miniseries": "tv", "sitcom": "tv", "collection": "book"}


_HEADLINE_KIND_RE = re.compile(r"(?i)\b(film|movie|book|tv|television|game|album|restaurant)\s+review\b")
_HEADLINE_KIND = {"film": "film", "movie": "film", "book": "book", "tv": "tv", "television": "tv", "game": "game",
                  "album": "other", "restaurant": "other"}


def guess_kind(body: str, headline: str = "", title: str | None = None,
               roles: Counter[str] | None = None, sources: set[str] | None = None) -> tuple[str, float] | None:
    """film / tv / book / game / other from the words around the work and the whole text.

    The nouns right next to the title ("X is a documentary", "the novel X")
    count most, unless a source author's ("Marcus Lyle's 2015 novel X": the book the
    series adapts); the cue words of the whole text decide otherwise. A
    documentary is a film unless the text speaks of episodes or a series."""
    text = f"{headline}\n{body}".lower()
    scores: dict[str, float] = {k: float(len(rx.findall(text))) for k, rx in _CUE_RES.items()}
    if title:
        t = re.escape(title.lower())
        near = re.findall(rf"{t}[\"”’*_]?\s*(?:\([^)]*\)\s*)?(?:is|was|,)\s+(?:a|an|the)\s+(?:[\w'’\-]+,?\s+){{0,5}}?({_KIND_NOUN_RE})\b", text)
        near += [m["noun"] for m in re.finditer(rf"\b(?:the|this|new|latest|(?P<owner>[\w]+)['’]s)\s+(?:{_YEAR}\s+)?(?:[\w\-]+\s+)?"
                                                rf"(?P<noun>{_KIND_NOUN_RE})\s*,?\s*[\"“‘*_]?{t}", text)
                 if not m["owner"] or m["owner"] not in (sources or set())]
        for noun in near:
            for kind, nouns in KIND_NOUNS.items():
                if noun in nouns and noun not in _AMBIGUOUS_NOUNS:
                    scores[kind] += 6.0
    for kind, n in (roles or {}).items():
        scores[kind] += 2.0 * n
    if m := _HEADLINE_KIND_RE.search(headline):  # "Restaurant review: Iya Bisi, Peckham": the page files it so
        scores[_HEADLINE_KIND[m[1].lower()]] += 8.0
    scores["tv"] += 3.0 * len(re.findall(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-part\b|\bepisodes? (?:one|two|three|four|five|six|\d)\b|\btv\+", text))
    if re.search(r"\b(?:documentary|doc)\b", text) and scores["tv"] < 3:
        scores["film"] += 2.0
    # a cookbook's food words are a book's; recipes alone are not (a restaurant's chef has them too)
    if (re.search(r"\bcookbooks?\b", text) or re.search(r"\brecipes?\b", text) and scores["book"] >= 2) \
            and scores["other"] > scores["book"]:
        scores["book"] += scores["other"]
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, runner) = ranked[0], ranked[1]
    if top < 2:
        return None
    conf = round(min(0.95, 0.5 + (top - runner) / (top + 1) / 2), 2)
    return best, conf


_AMBIGUOUS_NOUNS = {"debut", "sequel", "remake", "thriller", "comedy", "drama", "anthology", "show", "adaptation",
                    "version", "take", "retelling", "reimagining",
                    "musical", "title", "story", "epic", "history", "collection", "short", "feature", "picture"}
