"""Speech normalisation for German, French and Spanish reviews.

The English rules (:mod:`.normalise`) know English conventions: "1,200" is a
thousand two hundred, "2.5" a decimal, "9/10" is "nine out of ten". A German,
French or Spanish review writes "1.200" (de, es) or "1 200" (fr), "2,5", "9/10"
and means "neun von zehn", "neuf sur dix", "nueve de diez". This module holds
one rule set built from a small table of words per language (:data:`WORDS`)
and num2words in that language; docs/speech.md lists the rules.

Rules, in order: e-mail addresses and URLs; S01E02; star ratings; ratings and
fractions written a/b; ISO dates and day-month dates; clock times; money (€, $,
£); percentages and degrees; ranges between numbers; decades ("1990er", "années
90"); runtimes; abbreviations; a leading minus; and whatever numbers are left
(four-digit numbers from 1100 to 2099 as years).
"""

from __future__ import annotations

import re

from num2words import num2words

from ..readers.rating import EMPTY_STAR_GLYPHS, STAR_GLYPHS, star_counts

LANGUAGES = ("de", "fr", "es")

WORDS: dict[str, dict[str, object]] = {
    "de": {
        "dot": "Punkt", "slash": "Schrägstrich", "at": "at", "dash": "Strich",
        "out_of": "von", "star": "Stern", "stars": "Sterne", "stars_of": "Sternen", "half": "einhalb",
        "decimal": "Komma", "percent": "Prozent", "degrees": "Grad", "minus": "minus", "to": "bis",
        "hour": "Stunde", "hours": "Stunden", "minute": "Minute", "minutes": "Minuten",
        "season": "Staffel", "episode": "Folge", "and": "und",
        "money": {"€": ("Euro", "Euro", "Cent", "Cent"), "$": ("Dollar", "Dollar", "Cent", "Cent"),
                  "£": ("Pfund", "Pfund", "Penny", "Pence")},
        "months": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
        "abbreviations": [
            (r"\bz\.\s?B\.", "zum Beispiel"), (r"\bd\.\s?h\.", "das heißt"), (r"\bu\.\s?a\.", "unter anderem"),
            (r"\busw\.", "und so weiter"), (r"\bbzw\.", "beziehungsweise"), (r"\bca\.", "circa"),
            (r"\bNr\.(?=\s?\d)", "Nummer"), (r"\bS\.(?=\s?\d)", "Seite"), (r"\bDr\.", "Doktor"),
            (r"\bProf\.", "Professor"), (r"\bvgl\.", "vergleiche"), (r"(?<!\w)vs\.?(?!\w)", "gegen"),
            (r"\bMin\.(?!\w)", "Minuten"), (r"\bStd\.(?!\w)", "Stunden"), (r"\s*&\s*", " und "),
        ],
    },
    "fr": {
        "dot": "point", "slash": "barre oblique", "at": "arobase", "dash": "tiret",
        "out_of": "sur", "star": "étoile", "stars": "étoiles", "stars_of": "étoiles", "half": "et demie",
        "decimal": "virgule", "percent": "pour cent", "degrees": "degrés", "minus": "moins", "to": "à",
        "hour": "heure", "hours": "heures", "minute": "minute", "minutes": "minutes",
        "season": "saison", "episode": "épisode", "and": "et",
        "money": {"€": ("euro", "euros", "centime", "centimes"), "$": ("dollar", "dollars", "cent", "cents"),
                  "£": ("livre", "livres", "penny", "pence")},
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "abbreviations": [
            (r"\bp\.\s?ex\.", "par exemple"), (r"\betc\.(?!\w)", "et cetera"), (r"\bM\.(?=\s+[A-Z])", "Monsieur"),
            (r"\bMme(?=\s+[A-Z])", "Madame"), (r"\bn°\s?(?=\d)", "numéro "), (r"\bp\.(?=\s?\d)", "page"),
            (r"\bDr\.?(?=\s+[A-Z])", "docteur"), (r"(?<!\w)vs\.?(?!\w)", "contre"), (r"\s*&\s*", " et "),
        ],
    },
    "es": {
        "dot": "punto", "slash": "barra", "at": "arroba", "dash": "guion",
        "out_of": "de", "star": "estrella", "stars": "estrellas", "stars_of": "estrellas", "half": "y media",
        "decimal": "coma", "percent": "por ciento", "degrees": "grados", "minus": "menos", "to": "a",
        "hour": "hora", "hours": "horas", "minute": "minuto", "minutes": "minutos",
        "season": "temporada", "episode": "episodio", "and": "y",
        "money": {"€": ("euro", "euros", "céntimo", "céntimos"), "$": ("dólar", "dólares", "centavo", "centavos"),
                  "£": ("libra", "libras", "penique", "peniques")},
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "abbreviations": [
            (r"\bp\.\s?ej\.", "por ejemplo"), (r"\betc\.(?!\w)", "etcétera"), (r"\bSr\.(?=\s)", "señor"),
            (r"\bSra\.(?=\s)", "señora"), (r"\bDr\.(?=\s)", "doctor"), (r"\bn\.\s?º\s?(?=\d)", "número "),
            (r"\bpág\.(?=\s?\d)", "página"), (r"(?<!\w)vs\.?(?!\w)", "contra"), (r"\s*&\s*", " y "),
        ],
    },
}

Rule = tuple[re.Pattern[str], "str | Callable[[re.Match[str]], str]"]


class _Lang:
    """The rules of one language, compiled once."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.w = WORDS[lang]
        group = r"(?:[ \u00a0\u202f]\d{3})" if lang == "fr" else r"(?:\.\d{3})"
        self.num = rf"\d{{1,3}}{group}+(?!\d)|\d+"
        self.dec = rf"(?:{self.num})(?:,\d+)?"
        self.months = str(self.w["months"]).split()
        self.rules = self._rules()

    # -- words
    def cardinal(self, n: int) -> str:
        if n > 10**15:
            return " ".join(self.cardinal(int(c)) for c in str(n))
        return num2words(n, lang=self.lang)

    def ordinal(self, n: int) -> str:
        return num2words(n, lang=self.lang, to="ordinal")

    def year(self, y: int) -> str:
        return num2words(y, lang=self.lang, to="year")

    def number(self, s: str) -> str:
        """A number written the language's way ("1.200,5"; fr "1 200,5") as words."""
        whole, _, frac = s.partition(",")
        whole = re.sub(r"[.\s\u00a0\u202f]", "", whole)
        if len(whole) > 1 and whole.startswith("0"):
            words = " ".join(self.cardinal(int(c)) for c in whole)
        else:
            words = self.cardinal(int(whole or "0"))
        if frac:
            words += f" {self.w['decimal']} " + " ".join(self.cardinal(int(c)) for c in frac)
        return words

    def plain(self, s: str) -> str:
        if re.fullmatch(r"1[1-9]\d\d|20\d\d", s):
            return self.year(int(s))
        return self.number(s)

    # -- replacements
    def address(self, text: str) -> str:
        text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text, flags=re.I)
        text = re.sub(r"^www\.", "", text, flags=re.I)
        text = re.split(r"[?#]", text, maxsplit=1)[0].rstrip("/")
        w = self.w
        for sym, key in ((".", "dot"), ("/", "slash"), ("-", "dash"), ("@", "at")):
            text = text.replace(sym, f" {w[key]} ")
        return " ".join(text.split())

    def stars(self, m: re.Match[str]) -> str:
        full, half, empty = star_counts(m.group(0))
        w = self.w
        amount = self.cardinal(full) if full else ""
        if half:
            amount = f"{amount} {w['half']}".strip() if full else f"{self.cardinal(0)} {w['half']}"
            if self.lang == "de":
                amount = amount.replace(" ", "")  # "dreieinhalb"
        if empty:
            return f"{amount} {w['out_of']} {self.cardinal(full + int(half) + empty)} {w['stars_of']}"
        return f"{amount} {w['star'] if full == 1 and not half else w['stars']}"

    def slash(self, m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        return f"{self.number(a)} {self.w['out_of']} {self.number(b)}"

    def money(self, m: re.Match[str]) -> str:
        cur = m.group("cur") or m.group("cur2")
        one, many, sub_one, sub_many = self.w["money"][cur]  # type: ignore[index]
        whole, frac = m.group("whole"), m.group("frac")
        n = int(re.sub(r"[.\s\u00a0\u202f]", "", whole))
        cents = int(frac.ljust(2, "0")[:2]) if frac and frac != "-" and frac != "–" else 0
        parts = []
        if n or not cents:
            parts.append(f"{self.cardinal(n)} {one if n == 1 else many}")
        if cents:
            parts.append(f"{self.cardinal(cents)} {sub_one if cents == 1 else sub_many}")
        return f" {self.w['and']} ".join(parts)

    def clock(self, m: re.Match[str]) -> str:
        h, mins = int(m.group(1)), int(m.group(2))
        if self.lang == "de":
            return f"{self.cardinal(h)} Uhr" + (f" {self.cardinal(mins)}" if mins else "")
        if self.lang == "fr":
            hour = self.w["hour"] if h == 1 else self.w["hours"]
            return f"{self.cardinal(h)} {hour}" + (f" {self.cardinal(mins)}" if mins else "")
        return self.cardinal(h) + (f" y {self.cardinal(mins)}" if mins else "")

    def day_month(self, m: re.Match[str]) -> str:
        before, day, month = m.group("before") or "", int(m.group("day")), m.group("month")
        if not 1 <= day <= 31:
            return m.group(0)
        if self.lang == "de":
            word = self.ordinal(day) + ("n" if before else "")  # "am dritten März", "der dritte März"
        elif self.lang == "fr":
            word = "premier" if day == 1 else self.cardinal(day)
        else:
            word = self.cardinal(day)
        return f"{before}{word} {month}"

    def iso_date(self, m: re.Match[str]) -> str:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return m.group(0)
        month = self.months[mo - 1]
        if self.lang == "de":
            return f"{self.ordinal(d)}r {month} {self.year(y)}"
        if self.lang == "fr":
            return f"{'premier' if d == 1 else self.cardinal(d)} {month} {self.year(y)}"
        return f"{self.cardinal(d)} de {month} de {self.year(y)}"

    def runtime(self, m: re.Match[str]) -> str:
        w = self.w
        parts = []
        if m.group("h"):
            h = int(m.group("h"))
            parts.append(f"{self.cardinal(h)} {w['hour'] if h == 1 else w['hours']}")
        if m.group("m"):
            n = int(m.group("m"))
            parts.append(f"{self.cardinal(n)} {w['minute'] if n == 1 else w['minutes']}")
        return " ".join(parts)

    def decade(self, m: re.Match[str]) -> str:
        four, two = m.group("four"), m.group("two")
        if self.lang == "de":
            return (self.year(int(four)) if four else self.cardinal(int(two))) + "er"
        return self.year(int(four)) if four else self.cardinal(int(two))

    def _rules(self) -> list[Rule]:
        w, num, dec = self.w, self.num, self.dec
        months = "|".join(self.months)
        c = re.compile
        rules: list[Rule] = [
            (c(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I), lambda m: self.address(m.group(0))),
            (c(r"\b(?:https?|ftp)://[^\s<>\"')\]]+[^\s<>\"').,;:!?\]]", re.I), lambda m: self.address(m.group(0))),
            (c(r"\bwww\.[^\s<>\"')\]]+[^\s<>\"').,;:!?\]]", re.I), lambda m: self.address(m.group(0))),
            (c(r"\bS(\d{1,2})\s?E(\d{1,3})\b", re.I),
             lambda m: f"{w['season']} {self.cardinal(int(m.group(1)))}, {w['episode']} {self.cardinal(int(m.group(2)))}"),
            (c(rf"[{STAR_GLYPHS}{EMPTY_STAR_GLYPHS}][{STAR_GLYPHS}{EMPTY_STAR_GLYPHS}½]*"), self.stars),
            (c(r"(?<![\w./])(\d+(?:[.,]\d+)?)\s?/\s?(\d+)(?![\w/]|[.,]\d)"), self.slash),
            (c(r"\b(\d{4})-(\d{2})-(\d{2})\b"), self.iso_date),
        ]
        if self.lang == "de":
            rules.append((c(rf"(?P<before>\b(?i:am|vom|zum|bis zum|seit dem|dem|den) )?\b(?P<day>\d{{1,2}})\.\s?(?P<month>{months})\b"),
                          self.day_month))
        elif self.lang == "fr":
            rules.append((c(rf"(?P<before>)\b(?P<day>\d{{1,2}})(?:er)?\s(?P<month>{months})\b"), self.day_month))
        else:
            rules.append((c(rf"(?P<before>)\b(?P<day>\d{{1,2}})\s(?P<month>de\s(?:{months}))\b"), self.day_month))
        rules += [
            (c(r"(?<![\d:])([01]?\d|2[0-3])(?::|\s?h\s?)([0-5]\d)(?:\s?Uhr\b)?(?![\d:])(?!\s?min)"), self.clock),
            (c(r"(?<![\d:])([01]?\d|2[0-3])\sUhr\b"), lambda m: f"{self.cardinal(int(m.group(1)))} Uhr"),
            (c(rf"(?<![\w])(?:(?P<cur>[€$£])\s?(?P<whole>{num})(?:,(?P<frac>\d{{1,2}}|[-–]))?"
               rf"|(?P<whole2>{num})(?:,(?P<frac2>\d{{1,2}}|[-–]))?\s?(?P<cur2>[€$£]))"),
             lambda m: self.money(_money_match(m))),
            (c(rf"(?<![\w,.])({dec})\s?%"), lambda m: f"{self.number(m.group(1))} {w['percent']}"),
            (c(rf"(?<![\w,.])({dec})\s?°"), lambda m: f"{self.number(m.group(1))} {w['degrees']}"),
            (c(r"(?<![\w.,-])(\d{1,4})\s?[-–]\s?(\d{1,4})(?![\w-]|[.,]\d)"), rf"\1 {w['to']} \2"),
            (c(r"(?<![\w'’])(?:(?P<four>1[1-9]\d0|20\d0)|['’]?(?P<two>\d0))er\b" if self.lang == "de"
               else r"(?<=\bannées )(?:(?P<four>1[1-9]\d0|20\d0)|(?P<two>\d0))\b" if self.lang == "fr"
               else r"(?<=\baños )(?:(?P<four>1[1-9]\d0|20\d0)|(?P<two>\d0))\b"), self.decade),
            (c(r"(?<![\w.,])(?:(?P<h>\d{1,2})\s?(?:h|Std\.?|Stunden?|heures?|horas?)(?:\s?(?P<m>\d{1,2})\s?(?:min|Min)\b\.?)?)(?![\w])"),
             self.runtime),
            (c(r"(?<![\w.,])(?P<h>)(?P<m>\d{1,4})\s?(?:min|Min)\b\.?"), self.runtime),
        ]
        rules += [(c(p), r) for p, r in w["abbreviations"]]  # type: ignore[union-attr]
        rules += [
            (c(r"(?:(?<=\s)|^)[-−](?=\d)"), f"{w['minus']} "),
            (c(rf"(?<![\w.,])(?:{dec})(?![\w]|[.,]\d)"), lambda m: self.plain(m.group(0))),
        ]
        return rules

    def apply(self, text: str) -> str:
        for pattern, repl in self.rules:
            text = pattern.sub(repl, text)
        return text


class _MoneyMatch:
    """The two spellings of an amount ("€12,50", "12,50 €") as one."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def group(self, name: str) -> str | None:
        if name == "whole":
            return self.m.group("whole") or self.m.group("whole2")
        if name == "frac":
            return self.m.group("frac") or self.m.group("frac2")
        return self.m.group(name)


def _money_match(m: re.Match[str]) -> _MoneyMatch:
    return _MoneyMatch(m)


_COMPILED: dict[str, _Lang] = {}


def normalise_locale(text: str, lang: str) -> str:
    """``text`` with numbers, ratings, dates, money and abbreviations as words
    in ``lang`` (one of :data:`LANGUAGES`)."""
    rules = _COMPILED.get(lang)
    if rules is None:
        rules = _COMPILED[lang] = _Lang(lang)
    return rules.apply(text)
