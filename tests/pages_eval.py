"""Score the HTML reader on saved review pages with labelled page furniture.

    python tests/pages_eval.py tuning            # aggregate figures
    python tests/pages_eval.py tuning --detail   # and what went wrong, page by page
    python tests/pages_eval.py blind             # aggregate figures only, never details

The pages (tests/data/pages/{tuning,tuning2,tuning3,tuning4,tuning5,tuning6,tuning7,tuning8,tuning9,tuning10,tuning11,blind,blind2,blind3}/, see their README.md) are original
saved web pages that imitate a newspaper, a games site, a blog platform and a
magazine, in English, German, French and Spanish, with a sidecar JSON that lists
every furniture string verbatim and the first and last sentences of the body.

Each page is read (:func:`audioreview.readers.read`) and turned into the speech
script with the default voice's settings (no synthesis): the narration is every
utterance's text, chapter by chapter, but the title announcement (made from the
metadata: it names the work and its creator, which a tag list may name too) and the
byline the reader writes from the metadata when the page shows none. Figures:

- furniture words narrated: the words of each furniture string that reached the
  narration: an utterance is (a part of) the string, or the string is most of an
  utterance (case-insensitive, whitespace collapsed); a tag that is just a word of
  a review sentence is not counted, nor is an utterance that is part of the string
  when the page says it outside its furniture too (a pull quote that paraphrases the
  review around a short sentence of it, "Not the notes.", leaks only if it is narrated),
  nor, for a string the page says outside its furniture too (a table of contents'
  entry that is also a subheading of the review), as many utterances of it as the
  page says it there;
- body sentences lost: first and last body sentences not found in the narration;
- body words narrated: the body's words found in the narration (a bag of words,
  capped at the body's count), over the body word count;
- language, title and author found: the reader's value equals the sidecar's
  (language: primary subtag; title and author: case- and space-blind).

The blind sets are scored with aggregates only, so no page of it is ever read by
whoever tunes the reader (tests/test_pages_eval.py runs both).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "data" / "pages"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


@dataclass
class Score:
    pages: int = 0
    furniture_strings: int = 0
    furniture_words: int = 0
    furniture_words_narrated: int = 0
    body_sentences: int = 0
    body_sentences_lost: int = 0
    body_words: int = 0
    body_words_narrated: int = 0
    language_right: int = 0
    title_right: int = 0
    author_pages: int = 0
    author_right: int = 0
    errors: int = 0
    details: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "pages": self.pages,
            "read errors": self.errors,
            "furniture words narrated": self.furniture_words_narrated,
            "furniture words in the pages": self.furniture_words,
            "body sentences lost (first/last)": self.body_sentences_lost,
            "body sentences checked": self.body_sentences,
            "body words narrated": round(self.body_words_narrated / max(1, self.body_words), 3),
            "language right": round(self.language_right / max(1, self.pages), 3),
            "title right": round(self.title_right / max(1, self.pages), 3),
            "author right": round(self.author_right / max(1, self.author_pages), 3),
        }


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("’", "'").split()).casefold()


def _found(needle: str, hay: str) -> bool:
    needle = _norm(needle)
    if not needle:
        return False
    left = r"\b" if needle[0].isalnum() else ""
    right = r"\b" if needle[-1].isalnum() else ""
    return re.search(left + re.escape(needle) + right, hay) is not None


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", _norm(text))]


class _Text(HTMLParser):
    """The visible text of a page: outside <head>, <script>, <style> (as the sidecars' README defines it)."""

    SKIP = {"script", "style", "head", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skip += tag in self.SKIP

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible_text(page: Path) -> str:
    """The page's visible text, normalised."""
    parser = _Text()
    parser.feed(page.read_text("utf-8"))
    return _norm("".join(parser.parts))


def outside_furniture(page: Path, furniture: list[str]) -> str:
    """The page's visible text with every furniture string taken out (normalised)."""
    text = visible_text(page)
    for item in sorted(furniture, key=len, reverse=True):
        if _norm(item):
            text = text.replace(_norm(item), " | ")
    return text


def _leaked(item: str, utterances: list[str], elsewhere: str | None = None, own: int = 0) -> bool:
    """Whether a furniture string reached the narration: some utterance is (a part
    of) it, or it is most of an utterance. A tag that is also a word of a review
    sentence ("Drama" in "un drama familiar") is no leak, nor is an utterance that
    is a part of the string and that the page says ``elsewhere`` too (its text
    outside furniture: a short sentence of the review that a pull quote repeats).
    ``own``: how often the page says the string outside its furniture (a table of
    contents' entry is also the review's own subheading): that many utterances of
    it are the review's, and only one more is a leak."""
    furniture = _norm(item)
    whole = 0
    for said in utterances:
        if not said:
            continue
        if _found(said, furniture) and len(said.split()) >= min(3, len(furniture.split())) \
                and not (elsewhere is not None and _found(said, elsewhere)):
            if own and 2 * len(said.split()) >= len(furniture.split()):
                whole += 1  # most of the string ("Worum geht es" of "Worum geht es?"): counted against ``own``
                continue
            return True
        if _found(furniture, said) and 2 * len(furniture.split()) >= len(said.split()):
            whole += 1
    return whole > own


def own_mentions(page_text: str, item: str, furniture: list[str]) -> int:
    """How often the page's visible text says ``item`` beyond its furniture strings."""
    count = lambda hay: len(re.findall(re.escape(_norm(item)), hay))  # noqa: E731
    return max(0, count(page_text) - sum(count(_norm(other)) for other in furniture))


def narration(path: Path) -> tuple[object, str, list[str]]:
    from audioreview.readers import read
    from audioreview.speech.profiles import load_profile
    from audioreview.speech.script import build_script

    from audioreview.model import TITLE_ID

    review = read(path)
    script = build_script(review, load_profile(None))
    # The title announcement is made from the metadata (the work, its creator): a tag or
    # a shop box may name them too, but the announcement does not narrate the box.
    # So is the byline the reader writes when the page shows none ("By X, Outlet."): it names
    # the outlet, which a masthead label on the page may name too.
    from audioreview.phrases import say

    meta = review.metadata
    made = _norm(say("byline", meta.language, author=meta.author or "")
                 + (f", {meta.publication}" if meta.publication else "") + ".")
    said = [_norm(u.text) for c in script.chapters for u in c.utterances
            if u.id != TITLE_ID and _norm(u.text) != made]
    return review, " ".join(said), [u.rstrip(".!?…:;,") for u in said]


def score(set_name: str) -> Score:
    from audioreview.phrases import primary

    result = Score()
    for sidecar in sorted((ROOT / set_name).glob("*.json")):
        truth = json.loads(sidecar.read_text("utf-8"))
        page = sidecar.with_name(truth["file"])
        result.pages += 1
        try:
            review, said, utterances = narration(page)
        except Exception as exc:  # a page the reader refuses: counts as everything lost
            result.errors += 1
            result.details.append(f"{page.name}: cannot read: {exc}")
            continue
        elsewhere = outside_furniture(page, truth["furniture"])
        page_text = visible_text(page)
        for item in truth["furniture"]:
            n = len(item.split())
            result.furniture_strings += 1
            result.furniture_words += n
            if _leaked(item, utterances, elsewhere, own_mentions(page_text, item, truth["furniture"])):
                result.furniture_words_narrated += n
                result.details.append(f"{page.name}: furniture narrated: {item!r}")
        for key in ("body_first_sentence", "body_last_sentence"):
            result.body_sentences += 1
            if not _found(truth[key], said):
                result.body_sentences_lost += 1
                result.details.append(f"{page.name}: body sentence lost: {truth[key]!r}")
        result.body_words += truth["body_word_count"]
        have = Counter(_words(said))
        result.body_words_narrated += min(truth["body_word_count"], sum(min(have[w], c) for w, c in Counter(
            _words(" ".join(_body_text(review)))).items()))
        meta = review.metadata  # type: ignore[attr-defined]
        if primary(meta.language) == truth["language"]:
            result.language_right += 1
        else:
            result.details.append(f"{page.name}: language {meta.language!r}, not {truth['language']!r}")
        if _norm(meta.title) == _norm(truth["title"]):
            result.title_right += 1
        else:
            result.details.append(f"{page.name}: title {meta.title!r}")
        if truth.get("author"):
            result.author_pages += 1
            if meta.author and _norm(meta.author) == _norm(truth["author"]):
                result.author_right += 1
            else:
                result.details.append(f"{page.name}: author {meta.author!r}, not {truth['author']!r}")
    return result


def _body_text(review: object) -> list[str]:
    return [b.text for b in review.body_blocks()]  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    sets = [a for a in argv if not a.startswith("-")] or ["tuning"]
    detail = "--detail" in argv
    for name in sets:
        result = score(name)
        print(f"{name}: " + "; ".join(f"{k} {v}" for k, v in result.figures().items()))
        if detail:
            if not name.startswith("tuning"):
                print("  (details are printed for the tuning sets only)")
                continue
            for line in result.details:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
