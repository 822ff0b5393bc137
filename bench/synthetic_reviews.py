"""Varied, original synthetic reviews for batch benches and tests.

Every review is assembled from the word lists and sentence templates below
(written for this project), so no two of a batch are alike: the work's title,
kind, year and creator, the headline, the number of sections and paragraphs,
plain text or Markdown with front matter. Deterministic for a given seed.

    python bench/synthetic_reviews.py 1000 /tmp/reviews      # writes 1000 files
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ADJECTIVES = ["quiet", "restless", "patient", "crooked", "bright", "hollow", "stubborn", "gentle", "salted",
              "borrowed", "lantern-lit", "northern", "paper", "copper", "late", "uneasy", "tender", "wry"]
NOUNS = ["harbour", "orchard", "signal", "ferry", "winter", "kiln", "archive", "meadow", "engine", "choir",
         "lighthouse", "market", "quarry", "atlas", "garden", "relay", "tannery", "observatory"]
PEOPLE = ["Ines Varro", "Tobiah Lund", "Mara Okafor", "Desmond Pike", "Lior Achterberg", "Suvi Kallio",
          "Ottoline Grey", "Ravi Menon", "Beatrix Sallow", "Ezra Quill", "Noor Haddad", "Pavel Drummond"]
OUTLETS = ["The Evening Ledger", "Slow Shelf", "Porchlight Weekly", "The Northern Review", "Static & Grain"]
KINDS = {"film": ("film", "director", "directed by"), "book": ("novel", "author", "written by"),
         "game": ("game", "studio", "developed by"), "tv": ("series", "showrunner", "created by")}
OPENINGS = [
    "{title} is a {adj} {noun_kind} about a {noun} and the people who keep it going.",
    "Few {noun_kind}s this year feel as {adj} as {title}.",
    "{creator}'s {title} opens on a {adj} {noun} and never quite leaves it.",
    "There is a moment early in {title} when the {noun} falls silent, and everything after depends on it.",
]
MIDDLES = [
    "The {noun} scenes carry most of the weight, and they are {adj} in the best sense.",
    "Where it stumbles is the middle stretch, which circles the {noun} one time too many.",
    "The supporting cast, especially the {adj} keeper of the {noun}, give it a pulse.",
    "It trusts its audience to notice small things: a {adj} glance, a {noun} left unlocked.",
    "Some choices feel {adj} rather than bold, but the craft is never in doubt.",
    "By the time the {noun} returns, the {noun_kind} has earned its patience.",
    "The sound design turns the {noun} into a character of its own.",
    "A subplot about a {adj} rival goes nowhere, and the {noun_kind} seems to know it.",
]
VERDICTS = [
    "It is {adj}, imperfect and worth your evening. {stars} out of five.",
    "Not everyone will have the patience for it, but I would return to the {noun} gladly. {stars} out of five.",
    "A {adj} piece of work that lingers longer than it lasts. {stars} out of five.",
]
SECTION_NAMES = ["The story", "The {noun}", "Performances", "Craft", "What drags", "The ending", "Verdict"]


def review(seed: int, paragraphs: int | None = None) -> tuple[str, str]:
    """(file name, text) of review number ``seed``."""
    rng = random.Random(seed)
    kind = rng.choice(list(KINDS))
    noun_kind, _role, credit = KINDS[kind]
    title = f"The {rng.choice(ADJECTIVES).title()} {rng.choice(NOUNS).title()}"
    if rng.random() < 0.3:
        title += f" {rng.choice(['Sessions', 'Letters', 'Years', 'Protocol', 'Variations'])}"
    creator, author = rng.sample(PEOPLE, 2)
    year = rng.randint(1968, 2025)
    fill = {"title": title, "creator": creator, "noun_kind": noun_kind}

    def say(template: str) -> str:
        return template.format(adj=rng.choice(ADJECTIVES), noun=rng.choice(NOUNS), stars=rng.randint(2, 5), **fill)

    count = paragraphs or rng.randint(3, 9)
    sections = max(2, min(len(SECTION_NAMES), count // 2))
    names = [say(n) for n in rng.sample(SECTION_NAMES[:-1], sections - 1)] + ["Verdict"]
    body: list[tuple[str, list[str]]] = []
    for i, name in enumerate(names):
        paras = []
        share = max(1, count // sections)
        for j in range(share):
            if i == 0 and j == 0:
                sentences = [say(rng.choice(OPENINGS)), f"It was {credit} {creator} in {year}."]
            elif name == "Verdict" and j == share - 1:
                sentences = [say(rng.choice(VERDICTS))]
            else:
                sentences = [say(t) for t in rng.sample(MIDDLES, rng.randint(2, 4))]
            paras.append(" ".join(sentences))
        body.append((name, paras))
    headline = f"{title}: a {rng.choice(ADJECTIVES)} {noun_kind} of {rng.choice(NOUNS)}s"
    slug = f"review-{seed:06d}"
    if rng.random() < 0.5:
        front = (f"---\ntitle: \"{headline}\"\nauthor: {author}\npublication: {rng.choice(OUTLETS)}\n"
                 f"date: {year if year > 2000 else 2024}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
                 f"work:\n  title: \"{title}\"\n  kind: {kind}\n  year: {year}\n---\n\n")
        text = front + "\n\n".join(f"## {name}\n\n" + "\n\n".join(paras) for name, paras in body)
        return f"{slug}.md", text + "\n"
    lines = [headline, "", f"By {author}", ""]
    for name, paras in body:
        lines += [name, ""] + [p + "\n" for p in paras]
    return f"{slug}.txt", "\n".join(lines)


def write_reviews(count: int, folder: str | Path, start: int = 0, paragraphs: int | None = None) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(start, start + count):
        name, text = review(seed, paragraphs)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    out = sys.argv[2] if len(sys.argv) > 2 else "synthetic-reviews"
    print(f"wrote {len(write_reviews(n, out))} reviews to {out}")
