"""Wording of the content note and the section notice.

The note is specific (names the topics and how explicit the review is about
them), calm, brief, spoils nothing and never repeats graphic detail: it only
ever uses the plain-language category names. It ends with a medium-neutral way
to skip ("The review begins after this note.") that works read aloud, in the
EPUB (which adds its own link) and in the feed.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..model import ContentWarning
from ..phrases import has_table, primary, say
from . import lexicons as lx


_GROUP_LEAD = {3: "graphic descriptions of", 2: "descriptions of", 1: "references to"}
_DEATH = re.compile(r"\b(?:die|dies|died|dying|death|deaths|dead|drown\w*|killed|murder\w*|body|bodies|funeral)\b", re.I)


def join_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _evidence_text(w: ContentWarning) -> str:
    return " ".join(e.text + " " + " ".join(e.phrases) for e in w.evidence).lower()


# Categories named more specifically by what their evidence mentions:
# (pattern, name) in the order the names are listed.
_KINDS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "discrimination": [
        (re.compile(r"racis|racial|segregation|jim crow|klan|n-word|apartheid|colou?r of (?:his|her|their) skin|"
                    r"skin colou?r|whites[- ]only|colou?red[- ]only|"
                    r"because (?:he|she|they)(?:'s|'re| is| are| was| were) black"), "racism"),
        (re.compile(r"homophob|gay|lesbian|queer|conversion therapy"), "homophobia"),
        (re.compile(r"transphob"), "transphobia"),
        (re.compile(r"anti-?semit"), "antisemitism"),
    ],
    "captivity": [
        (re.compile(r"kidnap|abduct|hostage|snatched|bundled into|held captive|taken captive"), "kidnapping"),
        (re.compile(r"slave|enslav|plantation|servitude|in chains|shackled"), "slavery"),
        (re.compile(r"traffick"), "trafficking"),
        (re.compile(r"prison|jail|incarcerat|imprison|gulag|labou?r camp|penal colon|detention"), "imprisonment"),
    ],
}


def topic_name(w: ContentWarning) -> str:
    """The category's plain name, made more specific from its evidence."""
    text = _evidence_text(w)
    if w.category == "child_harm":
        return "the deaths of children" if _DEATH.search(text) else "harm to children"
    if w.category in _KINDS:
        kinds = [name for pattern, name in _KINDS[w.category] if pattern.search(text)]
        return join_list(kinds) if kinds else lx.NAMES[w.category]
    if w.category == "medical_reproductive":
        if re.search(r"miscarr|stillb", text):
            return "illness and pregnancy loss"
        if re.search(r"abortion", text):
            return "illness, medical treatment and abortion"
    if w.category == "animal_harm" and _DEATH.search(text):
        return "harm to and the deaths of animals"
    return lx.NAMES[w.category]


def _names(ws: list[ContentWarning]) -> list[str]:
    """Topic names of one severity group, child harm aside; violence and
    wartime violence together read "wartime and other violence"."""
    cats = {w.category for w in ws}
    both = {"violence", "war_atrocity"} <= cats
    out = []
    for w in ws:
        if w.category == "child_harm" or (both and w.category == "violence"):
            continue
        out.append("wartime and other violence" if both and w.category == "war_atrocity" else topic_name(w))
    return out


def _groups(warnings: Iterable[ContentWarning]) -> list[str]:
    by_sev: dict[int, list[ContentWarning]] = {3: [], 2: [], 1: []}
    language = False
    for w in warnings:
        if w.category == "strong_language":
            language = True
            continue
        by_sev[w.severity].append(w)
    groups = []
    for sev in (3, 2, 1):
        ws = by_sev[sev]
        if not ws:
            continue
        child = next((w for w in ws if w.category == "child_harm"), None)
        others = _names(ws)
        if child and others:
            phrase = f"{_GROUP_LEAD[sev]} {join_list(others)}, including {topic_name(child)}"
        else:
            phrase = f"{_GROUP_LEAD[sev]} {join_list(others or [topic_name(child)])}"
        groups.append(phrase)
    if language:
        groups.append("strong language")
    return groups


def _join_groups(groups: list[str]) -> str:
    if len(groups) > 1:  # groups hold "and" already: commas keep them apart
        return ", ".join(groups[:-1]) + ", and " + groups[-1]
    return join_list(groups)


def compose_note(warnings: Iterable[ContentWarning], language: str | None = "en",
                 unchecked: bool = False) -> str | None:
    """The content note for the shown warnings, or None when none is due.

    ``unchecked``: the detector did not read the review (its language is not
    one it knows), so the note says so, after the declared warnings if any.
    English notes are composed by the rules above; other languages name each
    category from phrases.py, grouped by severity."""
    shown = [w for w in warnings if w.shown]
    english = primary(language) == "en" or not has_table(language)
    lang = "en" if english else language
    if not shown:
        return f"{say('note_unchecked', lang)} {say('note_skip', lang)}" if unchecked else None
    topics = _join_groups(_groups(shown)) if english else _phrase_groups(shown, lang)
    note = say("note", lang, topics=topics)
    if unchecked:
        note += " " + say("unchecked", lang)
    return f"{note} {say('note_skip', lang)}"


def _phrase_groups(shown: list[ContentWarning], lang: str | None) -> str:
    """"Schilderungen von Gewalt und Tod, und derbe Sprache": one group per
    severity, topic names from phrases.py."""
    and_ = say("and", lang)

    def join(items: list[str]) -> str:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {and_} " + items[-1]

    groups = []
    for sev in (3, 2, 1):
        names = [say(f"topic.{w.category}", lang) for w in shown
                 if w.severity == sev and w.category != "strong_language"]
        if names:
            groups.append(say(f"group.{sev}", lang, topics=join(names)))
    if any(w.category == "strong_language" for w in shown):
        groups.append(say("topic.strong_language", lang))
    return join(groups)


def compose_notice(warnings: Iterable[ContentWarning], language: str | None = "en") -> str:
    """The short notice read before a section holding graphic material."""
    ws = list(warnings)
    if primary(language) != "en" and has_table(language):
        and_ = say("and", language)
        names = [say(f"topic.{w.category}", language) for w in ws]
        topics = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {and_} " + names[-1]
        return say("notice", language, topics=topics)
    others = _names(ws)
    child = next((w for w in ws if w.category == "child_harm"), None)
    if child and others:
        topics = f"{join_list(others)}, including {topic_name(child)}"
    elif child:
        topics = topic_name(child)
    else:
        topics = join_list(others)
    return say("notice", topics=topics)
