"""Score the readers' metadata on the labelled review sets in tests/data/metadata.

``tuning.jsonl`` was written for this project by a helper who never saw the
readers' rules; the rules were then tuned on it. ``blind.jsonl`` was written
the same way by another helper and is scored, never tuned on: its figures are
the honest ones. Each text is read as the file it was saved as (``review.txt``,
an id-like name...), exactly as a user would run ``audioreview inspect``.

    python tests/metadata_eval.py [tuning|tuning2|...|tuning19|blind|blind2|...|blind8] [-v]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from audioreview.readers import read

DATA = Path(__file__).parent / "data" / "metadata"
FIELDS = ("work_title", "kind", "year", "creator", "byline", "publication")
PLACEHOLDER = re.compile(r"^(?:part \d+|discussion|review)(?: \(continued\))?$", re.I)


def norm(value: object) -> str:
    """Case-, accent- and punctuation-blind comparison, as the targets say."""
    text = unicodedata.normalize("NFKD", str(value or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines() if line.strip()]


@dataclass
class Score:
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    file_name_titles: int = 0
    placeholder_headings: int = 0
    duplicate_headings: int = 0
    reviews: int = 0
    errors: list[str] = field(default_factory=list, repr=False)  # never in a failing assert's report: blind errors stay unseen

    def rate(self, name: str) -> float:
        return self.hits[name] / self.totals[name] if self.totals[name] else 1.0


def found_values(review) -> dict[str, object]:
    m = review.metadata
    return {"work_title": m.work.title, "kind": m.work.kind, "year": m.work.year, "creator": m.work.creator,
            "byline": m.author, "publication": m.publication}


def score(rows: list[dict], tmp: Path) -> Score:
    """Read every row as its saved file and compare with the expected values.

    Title, kind, byline and publication count on every review (an expected
    null must come back empty); year and creator only where the text names one."""
    result = Score()
    for row in rows:
        exp = row["expected"]
        path = tmp / row["id"] / row["filename"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(row["text"], "utf-8")
        fmt = {"text": "text", "markdown": "markdown", "html": "html"}[row["format"]]
        review = read(path, fmt)
        got = found_values(review)
        result.reviews += 1
        for name in FIELDS:
            want = exp.get(name)
            if name in ("year", "creator") and want in (None, ""):
                continue
            result.totals[name] += 1
            if norm(got[name]) == norm(want) or (name == "year" and str(got[name]) == str(want)):
                result.hits[name] += 1
            else:
                result.errors.append(f"{row['id']} {name}: expected {want!r}, got {got[name]!r}")
        stem = norm(Path(row["filename"]).stem)
        title_source = review.metadata.provenance.get("title")
        if exp.get("work_title") and norm(review.metadata.title) == stem and getattr(title_source, "source", "") == "file name":
            result.file_name_titles += 1
            result.errors.append(f"{row['id']} title from the file name: {review.metadata.title!r}")
        headings = [s.heading for s in review.walk_sections() if s.derived]
        bad = [h for h in headings if PLACEHOLDER.match(h)]
        if bad and len(headings) > 1:
            result.placeholder_headings += len(bad)
            result.errors.append(f"{row['id']} placeholder headings: {bad}")
        if len(set(headings)) != len(headings):
            result.duplicate_headings += 1
            result.errors.append(f"{row['id']} duplicate headings: {headings}")
    return result


def table(name: str, s: Score) -> str:
    lines = [f"== {name}: {s.reviews} reviews =="]
    for f in FIELDS:
        lines.append(f"{f:<12} {s.hits[f]:>3}/{s.totals[f]:<3} {s.rate(f):.3f}")
    lines.append(f"titles from a file name: {s.file_name_titles}; placeholder headings: {s.placeholder_headings}; "
                 f"reviews with duplicate headings: {s.duplicate_headings}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a report for people
    import tempfile

    which = [a for a in sys.argv[1:] if not a.startswith("-")] or ["tuning"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in which:
            s = score(load(name), Path(tmp))
            print(table(name, s))
            if "-v" in sys.argv and not name.startswith("blind"):  # blind errors are never shown: nobody tunes on them
                print("\n".join(s.errors))
