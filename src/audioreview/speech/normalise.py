"""Rewrite review prose so a text-to-speech voice reads it the way a person would.

Piper (through espeak-ng) reads digits and symbols literally: "9/10" becomes
"nine slash ten", "$12.50" comes out as "dollar twelve point five zero", a URL
is spelled letter by letter. :func:`normalise_for_speech` turns such written
forms into words before synthesis. It is a pure function built from
precompiled regular expressions applied in a fixed order (the order matters:
URLs before dots, money before plain numbers, decades before years...). The
rules are listed, with examples, in docs/speech.md.

English gets the rules of this module; German, French and Spanish those of
:mod:`.normalise_locale` (their own number formats and words). For other
languages the language-neutral steps run (dashes, ellipses, brackets,
whitespace) and plain numbers are written out by num2words when it knows the
language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from num2words import num2words
from num2words import CONVERTER_CLASSES

from ..readers.rating import EMPTY_STAR_GLYPHS, STAR_GLYPHS, star_counts
from .normalise_locale import LANGUAGES as LOCALE_LANGUAGES, normalise_locale

# ----------------------------------------------------------------- number words


def cardinal(n: int) -> str:
    """American-style cardinal: "one hundred twenty-eight" (no "and", no commas)."""
    if n > 10**15:
        return digits(str(n))
    return num2words(n).replace(" and ", " ").replace(",", "")


def ordinal(n: int) -> str:
    return num2words(n, to="ordinal").replace(" and ", " ").replace(",", "")


_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def digits(s: str) -> str:
    """Digit by digit, for codes and long numbers: "007" -> "zero zero seven"."""
    return " ".join(_DIGIT_WORDS[int(c)] for c in s if c.isdigit())


def number(s: str) -> str:
    """A written number ("1,200", "2.5", "0042") as words."""
    s = s.replace(",", "")
    whole, _, frac = s.partition(".")
    if len(whole) > 1 and whole.startswith("0") or len(whole) > 15:
        words = digits(whole)
    else:
        words = cardinal(int(whole or "0"))
    if frac:
        words += " point " + digits(frac)
    return words


def year(y: int) -> str:
    """How years are said: 1994 -> nineteen ninety-four, 2008 -> two thousand
    eight, 2019 -> twenty nineteen, 1905 -> nineteen oh five, 1900 -> nineteen hundred."""
    if 2000 <= y <= 2009:
        return "two thousand" + (f" {cardinal(y % 100)}" if y % 100 else "")
    hi, lo = divmod(y, 100)
    if lo == 0:
        return f"{cardinal(hi)} hundred"
    if lo < 10:
        return f"{cardinal(hi)} oh {cardinal(lo)}"
    return f"{cardinal(hi)} {cardinal(lo)}"


def plural(words: str) -> str:
    """Plural of a number phrase: "nineteen ninety" -> "nineteen nineties"."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


_FRACTION_DENOMS = {2: ("half", "halves"), 4: ("quarter", "quarters")}


def fraction(num: int, den: int) -> str:
    if den in _FRACTION_DENOMS:
        one, many = _FRACTION_DENOMS[den]
    else:
        one = ordinal(den)
        many = one + "s"
    return f"{cardinal(num)} {one if num == 1 else many}"


_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8)}

# ----------------------------------------------------------------------- rules

Rule = tuple[re.Pattern[str], "str | Callable[[re.Match[str]], str]"]

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"  # 1,200,000 or 1200
_DEC = rf"(?:{_NUM})(?:\.\d+)?"  # with an optional decimal part
_TLDS = (
    "com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|nl|eu|info|biz|me|tv|fm|ly|app|dev|blog|news"
)


def _say_address(host_and_path: str) -> str:
    """Say a URL or e-mail part as words: dots, slashes, dashes by name."""
    out = host_and_path.rstrip("/")
    out = out.replace(".", " dot ").replace("/", " slash ").replace("-", " dash ")
    out = out.replace("_", " underscore ").replace("@", " at ")
    return " ".join(out.split())


def _url(m: re.Match[str]) -> str:
    url = m.group(0)
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.I)
    url = re.sub(r"^www\.", "", url, flags=re.I)
    url = re.split(r"[?#]", url, maxsplit=1)[0]  # query strings and anchors are noise to a listener
    return _say_address(url)


def _email(m: re.Match[str]) -> str:
    return _say_address(m.group(0))


def _stars(m: re.Match[str]) -> str:
    full, half, empty = star_counts(m.group(0))
    if half:
        amount = f"{cardinal(full)} and a half stars" if full else "half a star"
    else:
        amount = f"{cardinal(full)} star" + ("" if full == 1 else "s")
    if empty:
        amount += f" out of {cardinal(full + int(half) + empty)}"
    return amount


_RATING_DENOMS = {5, 10, 20, 100}


def _slash_numbers(m: re.Match[str]) -> str:
    """a/b: a rating ("9/10"), a fraction ("3/4") or two numbers ("24/7", "9/11")."""
    a, b = m.group(1), m.group(2)
    den = int(b)
    if "." in a or den in _RATING_DENOMS or (den == 4 and a == b):
        return f"{number(a)} out of {cardinal(den)}"
    num = int(a)
    if 0 < num < den <= 9:
        return fraction(num, den)
    return f"{number(a)} {number(b)}"


_CURRENCIES = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "", ""),
}
_SCALES = {
    "k": "thousand", "thousand": "thousand",
    "m": "million", "mn": "million", "million": "million",
    "b": "billion", "bn": "billion", "billion": "billion",
    "trillion": "trillion",
}


def _money(m: re.Match[str]) -> str:
    one, many, sub_one, sub_many = _CURRENCIES[m.group("cur")]
    whole, frac = m.group("whole"), m.group("frac")
    scale = m.group("scale") or m.group("short")
    if scale:
        amount = number(whole + (f".{frac}" if frac else ""))
        return f"{amount} {_SCALES[scale.lower()]} {many}"
    n = int(whole.replace(",", ""))
    if frac and (len(frac) > 2 or not sub_one):
        return f"{number(whole + '.' + frac)} {many}"
    cents = int(frac.ljust(2, "0")) if frac else 0
    parts = []
    if n or not cents:
        parts.append(f"{cardinal(n)} {one if n == 1 else many}")
    if cents:
        parts.append(f"{cardinal(cents)} {sub_one if cents == 1 else sub_many}")
    return " ".join(parts)


def _runtime(m: re.Match[str]) -> str:
    h, mins = m.group("h"), m.group("m")
    parts = []
    if h:
        parts.append(f"{cardinal(int(h))} hour" + ("" if int(h) == 1 else "s"))
    if mins:
        parts.append(f"{cardinal(int(mins))} minute" + ("" if int(mins) == 1 else "s"))
    return " ".join(parts)


def _minutes(m: re.Match[str]) -> str:
    n = int(m.group(1))
    return f"{cardinal(n)} minute" + ("" if n == 1 else "s")


def _clock(m: re.Match[str]) -> str:
    h, mins, ampm = int(m.group(1)), int(m.group(2)), m.group(3)
    if mins == 0:
        words = f"{cardinal(h)}" + ("" if ampm else " o'clock")
    elif mins < 10:
        words = f"{cardinal(h)} oh {cardinal(mins)}"
    else:
        words = f"{cardinal(h)} {cardinal(mins)}"
    return words + _ampm(ampm) + ("." if _ends_sentence(m) else "")


def _ampm(text: str | None) -> str:
    if not text:
        return ""
    return " A M" if text.lower().startswith("a") else " P M"


def _decade(m: re.Match[str]) -> str:
    four, two = m.group(1), m.group(2)
    if four:
        return plural(year(int(four)))
    n = int(two)
    return "two thousands" if n == 0 else plural(cardinal(n))


def _month_day(m: re.Match[str]) -> str:
    if not 1 <= int(m.group(2)) <= 31:
        return m.group(0)
    return f"{m.group(1)} {ordinal(int(m.group(2)))}"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _iso_date(m: re.Match[str]) -> str:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return m.group(0)
    return f"{_MONTHS[mo - 1]} {ordinal(d)}, {year(y)}"


def _roman(m: re.Match[str]) -> str:
    # "Part I was..." is "Part one"; but "the book I read" keeps its pronoun.
    if m.group(2) == "I" and re.match(r"\s+[a-z]", m.string[m.end():]):
        return m.group(0)
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(m.group(2)):
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return f"{m.group(1)} {cardinal(total)}"


def _vulgar(m: re.Match[str]) -> str:
    whole, sym = m.group(1), m.group(2)
    num, den = _VULGAR[sym]
    if whole:
        part = "a half" if den == 2 else ("a quarter" if (num, den) == (1, 4) else fraction(num, den))
        part = "a third" if (num, den) == (1, 3) else part
        return f"{number(whole)} and {part}"
    return fraction(num, den)


def _mixed_fraction(m: re.Match[str]) -> str:
    num, den = int(m.group(2)), int(m.group(3))
    part = "a half" if (num, den) == (1, 2) else fraction(num, den)
    return f"{number(m.group(1))} and {part}"


def _plain_number(m: re.Match[str]) -> str:
    s = m.group(0)
    if re.fullmatch(r"1[1-9]\d\d|20\d\d", s):  # 1100-2099 without a comma: read as a year
        return year(int(s))
    if "," not in s and "." not in s and len(s) > 9:
        return digits(s)
    return number(s)


def _ends_sentence(m: re.Match[str]) -> bool:
    """The match ends with a full stop that is also the sentence's last character."""
    return m.group(0).endswith(".") and m.string[m.end():].strip() == ""


def _abbrev(word: str) -> Callable[[re.Match[str]], str]:
    """Replacement for an abbreviation whose full stop may also end the sentence."""

    def repl(m: re.Match[str]) -> str:
        return word + ("." if _ends_sentence(m) else "")

    return repl


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_B = r"(?<![\w.])"  # number start: not inside a word or a decimal
_E = r"(?![\w]|\.\d)"  # number end

# Applied to every language.
_PRE: list[Rule] = [
    (_c(r"[\u00a0\u2007\u202f\u2009]"), " "),  # odd spaces
    (_c(r"[\ufe0f\u200b\u00ad]"), ""),  # emoji variation selector, zero-width space, soft hyphen
]

_ENGLISH: list[Rule] = [
    # Addresses first: they hold dots, slashes and digits the later rules would split.
    (_c(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I), _email),
    (_c(r"\b(?:https?|ftp)://[^\s<>\"')\]]+[^\s<>\"').,;:!?\]]", re.I), _url),
    (_c(r"\bwww\.[^\s<>\"')\]]+[^\s<>\"').,;:!?\]]", re.I), _url),
    (_c(rf"(?<![\w@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})(?:/[^\s<>\"')\]]*[^\s<>\"').,;:!?\]])?(?![\w@])", re.I), _url),
    # Ratings.
    (_c(rf"[{STAR_GLYPHS}{EMPTY_STAR_GLYPHS}][{STAR_GLYPHS}{EMPTY_STAR_GLYPHS}½]*"), _stars),
    (_c(r"\b((?i:grade|rating|score|verdict|mark))(:?\s+|\s*:\s*)([A-F])([+\-−])(?![\w+\-])"),
     lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} {'plus' if m.group(4) == '+' else 'minus'}"),
    (_c(r"(?<![\w+])([A-F])\+(?![\w+])"), r"\1 plus"),
    (_c(r"(?<![\w+])([A-F])[\-−](?=\s+(?i:grade|rating|score|overall)\b)"), r"\1 minus"),
    (_c(r"\bS(\d{1,2})\s?E(\d{1,3})\b", re.I),
     lambda m: f"season {cardinal(int(m.group(1)))}, episode {cardinal(int(m.group(2)))}"),
    # Dates and times.
    (_c(r"\b(\d{4})-(\d{2})-(\d{2})\b"), _iso_date),
    # 12/25/2019 or 25/12/2019: the order is the writer's, so say the numbers in turn.
    (_c(r"(?<![\w./])(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?![\w/])"), r"\1 \2 \3"),
    (_c(rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"), _month_day),
    (_c(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?:\s?([ap])\.?m\.?(?![a-z]))?(?![\d:])", re.I), _clock),
    (_c(r"(?<![\w.])(1[0-2]|[1-9])\s?([ap])\.?m\b\.?", re.I), 
     lambda m: cardinal(int(m.group(1))) + _ampm(m.group(2)) + ("." if _ends_sentence(m) else "")),
    (_c(r"(?:(?<=\s)|^)[-−](?=\d)"), "minus "),  # -5, −3
    # Money and percentages before plain numbers.
    (_c(rf"(?<![\w])(?P<cur>[$£€¥])\s?(?P<whole>{_NUM})(?:\.(?P<frac>\d+))?"
        r"(?:\s(?P<scale>thousand|million|billion|trillion)\b|(?P<short>bn|mn|[kmb])(?![\w]))?", re.I), _money),
    (_c(rf"{_B}({_DEC})\s?%"), lambda m: f"{number(m.group(1))} percent"),
    (_c(rf"{_B}({_DEC})\s?°"), lambda m: f"{number(m.group(1))} degrees"),
    # Decades, ordinals, fractions, ratings written a/b.
    (_c(r"(?<![\w'’])(?:(1[1-9]\d0|20\d0)|['’]?(\d0))['’]?s\b"), _decade),
    (_c(r"(?<![\w.])(\d+)(?:st|nd|rd|th)\b", re.I), lambda m: ordinal(int(m.group(1)))),
    (_c(r"(?<![\w.])(\d+)\s+(\d)/(\d{1,2})(?![\w/]|\.\d)"), _mixed_fraction),
    (_c(r"(?<![\w.])(\d+)?([½¼¾⅓⅔⅛])"), _vulgar),
    (_c(r"(?<![\w./])(\d+(?:\.\d+)?)\s?/\s?(\d+)(?![\w/]|\.\d)"), _slash_numbers),
    # Runtimes: 2h 14m, 2 hr 14 min, 128 min.
    (_c(r"(?<![\w./])(?:(?P<h>\d{1,2})\s?(?:h|hrs?|hours?)(?:\.(?=\s?\d))?\s?(?:(?P<m>\d{1,2})\s?(?:m|mins?|minutes?)\b)?)(?![\w])", re.I), _runtime),
    (_c(r"(?<![\w./])(\d{1,4})\s?mins?\b", re.I), _minutes),
    # Numbered things.
    (_c(r"\b([Nn])os?\.\s?(?=\d)"), lambda m: "numbers " if "os" in m.group(0) else "number "),
    (_c(r"(?<![\w&])#\s?(?=\d)"), "number "),
    (_c(r"\b([Pp]art|[Cc]hapter|[Aa]ct|[Vv]ol\.|[Vv]olume|[Bb]ook|[Ss]eason|[Ee]pisode|[Pp]hase|World War)\s+([IVXLC]+)\b(?!['’])"), _roman),
    # Ranges between numbers: 1990-1995, pages 10–12.
    (_c(r"(?<![\w.,-])(\d{1,4})\s?[-–]\s?(\d{1,4})(?![\w-]|\.\d)"), r"\1 to \2"),
    # Abbreviations.
    (_c(r"\bQ\s?&\s?A\b"), "Q and A"),
    (_c(r"(?<!\w)[Vv]s\.?(?!\w)|(?<=\s)v\.(?=\s)"), _abbrev("versus")),
    (_c(r"\b[Dd]ir\.(?=\s)"), "directed by"),
    (_c(r"\b[Ff]eat\.(?=\s)|\b[Ff]t\.(?=\s+[A-Z])"), "featuring"),
    (_c(r"\b[Aa]pprox\.(?!\w)"), _abbrev("approximately")),
    (_c(r"\be\.g\.(?!\w)", re.I), _abbrev("for example")),
    (_c(r"\bi\.e\.(?!\w)", re.I), _abbrev("that is")),
    (_c(r"\betc\.(?!\w)"), _abbrev("et cetera")),
    (_c(r"\bcf\.(?=\s)"), "compare"),
    (_c(r"\bca?\.\s?(?=\d)"), "circa "),
    (_c(r"\b[Vv]ol\.(?=\s)"), "volume"),
    (_c(r"\b[Ee]p\.(?=\s)"), "episode"),
    (_c(r"\b[Cc]h\.(?=\s?\d)"), "chapter"),
    (_c(r"\bpp\.(?=\s?\d)"), "pages"),
    (_c(r"\bp\.(?=\s?\d)"), "page"),
    (_c(r"\bMr\.(?!\w)"), "Mister"),
    (_c(r"\bMrs\.(?!\w)"), "Missus"),
    (_c(r"\bMs\.(?!\w)"), "Miz"),
    (_c(r"\bDr\.(?!\w)"), "Doctor"),
    (_c(r"\bProf\.(?!\w)"), "Professor"),
    (_c(r"\bMt\.(?=\s+[A-Z])"), "Mount"),
    (_c(r"\bSt\.(?=\s+[A-Z])"), "Saint"),
    (_c(r"(?<=[a-z] )St\.?(?![\w.])|(?<=[a-z] )St\.$"), _abbrev("Street")),
    (_c(r"\bJr\.(?!\w)"), _abbrev("Junior")),
    (_c(r"\bSr\.(?!\w)"), _abbrev("Senior")),
    (_c(r"\s*&\s*"), " and "),
    (_c(r"(?<=[A-Za-z])/(?=[A-Za-z])"), " "),  # and/or, writer/director
    (_c(r"(?<=\d)\+(?!\w)"), " plus"),  # 18+
    # Whatever numbers are left.
    (_c(rf"(?<![\w.,]){_DEC}(?![\w]|[.,]\d)"), _plain_number),
]

# Pauses: dashes, ellipses and brackets become commas. Applied to every language.
_PUNCT: list[Rule] = [
    (_c(r"(?<=\d)\s?[–—]\s?(?=\d)"), " to "),
    (_c(r"\s*(?:\.\s?){2,}\.|\s*…"), " , "),
    (_c(r"\s*(?:[—–―]|--+|\s-\s)\s*"), " , "),
    (_c(r"\s*[(\[{]\s*"), " , "),
    (_c(r"\s*[)\]}]"), " , "),
]

_CLEAN: list[Rule] = [
    (_c(r"\s+"), " "),
    (_c(r"\s+([,.;:!?])"), r"\1"),
    (_c(r",(?:\s*,)+"), ","),
    (_c(r",\s*([.;:!?])"), r"\1"),
    (_c(r"([.;:!?])\s*,"), r"\1"),
    (_c(r"^[\s,]+|[\s,]+$"), ""),
    (_c(r",(?=\S)"), ", "),
]


def _run(rules: list[Rule], text: str) -> str:
    for pattern, repl in rules:
        text = pattern.sub(repl, text)
    return text


def _other_language(text: str, lang: str) -> str:
    if lang not in CONVERTER_CLASSES:
        return text

    def say(m: re.Match[str]) -> str:
        s = m.group(0).replace(",", "")
        try:
            return num2words(float(s) if "." in s else int(s), lang=lang)
        except (NotImplementedError, ValueError, OverflowError):
            return m.group(0)

    return re.sub(rf"(?<![\w.,]){_DEC}(?![\w]|[.,]\d)", say, text)


def normalise_for_speech(text: str, language: str = "en") -> str:
    """``text`` rewritten as words a TTS voice reads naturally (see docs/speech.md).

    ``language`` is a BCP 47 tag; only its primary subtag is used. Idempotent on
    its own output for English (running it twice changes nothing).
    """
    text = unicodedata.normalize("NFC", text)
    text = _run(_PRE, text)
    lang = (language or "en").split("-")[0].split("_")[0].lower()
    if lang == "en":
        text = _run(_ENGLISH, text)
    elif lang in LOCALE_LANGUAGES:
        text = normalise_locale(text, lang)
    else:
        text = _other_language(text, lang)
    text = _run(_PUNCT, text)
    text = _run(_CLEAN, text)
    return text
