"""Metadata on reviews nobody tuned the readers for: the tuned and the blind tables.

tests/data/metadata/tuning.jsonl (42 reviews) and blind.jsonl (30 reviews) were
written by two helpers who never saw the readers' rules. The rules were tuned on
the first; the second is scored and never tuned on. The issue's targets (work
title >= 0.95, kind >= 0.9, creator >= 0.85, byline and publication >= 0.95 on
the blind part) are NOT all met yet: this test holds the figures measured now as
floors, so a change can only keep or raise them, and prints both tables
(``pytest -s``, or ``python tests/metadata_eval.py tuning blind -v``).
"""

from __future__ import annotations

import pytest

from metadata_eval import FIELDS, load, score, table

# Measured on this commit; raise them when the rules improve, never lower them.
FLOORS = {
    "tuning": {"work_title": 0.88, "kind": 0.92, "year": 0.80, "creator": 0.75, "byline": 0.90, "publication": 0.90},
    "blind": {"work_title": 0.86, "kind": 0.96, "year": 0.70, "creator": 0.66, "byline": 0.80, "publication": 0.90},
}
TARGETS = {"work_title": 0.95, "kind": 0.9, "creator": 0.85, "byline": 0.95, "publication": 0.95}


@pytest.mark.parametrize("part", ["tuning", "blind"])
def test_metadata_table(part, tmp_path):
    rows = load(part)
    assert len(rows) >= (40 if part == "tuning" else 30)
    result = score(rows, tmp_path)
    print("\n" + table(part, result))
    print("targets:", ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))
    # The blind part's individual errors are never printed: nobody tunes on them.
    errors = result.errors if part != "blind" else f"{len(result.errors)} errors (not shown: blind)"
    for name in FIELDS:
        assert result.rate(name) >= FLOORS[part][name], (name, result.rate(name), errors)
    # Never a file name as the title when the text names the work; never "Part N" or "Discussion".
    assert result.file_name_titles == 0, errors
    assert result.placeholder_headings <= (1 if part == "tuning" else 0), errors
    assert result.duplicate_headings == 0, errors


def test_byline_inside_a_disclaimer_paragraph(tmp_path):
    """The issue's example: the byline on the last lines of the closing paragraph."""
    from audioreview.readers import read

    text = ("Last Men in Aleppo is a heartbreaking chronicle of a city under siege, directed by Firas Fayyad.\n\n"
            "The film follows the White Helmets as they dig through rubble for survivors.\n\n"
            "Khaled and Mahmoud carry the film, and Last Men in Aleppo never looks away.\n\n"
            "It is essential viewing.\n"
            "The views and opinions expressed in this article are those of the author and do not necessarily "
            "reflect the official policy or position of Movieweb.\n"
            "Julian Roman at Movieweb\n"
            "Julian Roman\n")
    path = tmp_path / "review.txt"
    path.write_text(text, "utf-8")
    r = read(path)
    m = r.metadata
    assert (m.author, m.publication) == ("Julian Roman", "Movieweb")
    assert r.disclaimer is not None and "Julian" not in r.disclaimer.text
    assert r.disclaimer.text.startswith("The views and opinions")
    assert r.sections[-1].blocks[-1].text == "It is essential viewing."
    assert (m.work.title, m.work.kind, m.work.creator) == ("Last Men in Aleppo", "film", "Firas Fayyad")
    assert m.title == "Last Men in Aleppo — review"
    assert m.provenance["work.title"].source == "body" and 0 < m.provenance["work.title"].confidence <= 1
    from audioreview.outline import format_outline
    from audioreview.speech.script import title_announcement

    assert title_announcement(m) == ("Last Men in Aleppo, a film directed by Firas Fayyad. "
                                     "A review by Julian Roman, for Movieweb.")
    assert "work.title body" in format_outline(r)
    assert not any(s.heading.startswith(("Part ", "Discussion")) for s in r.sections)


def test_headline_that_does_not_name_the_work_gets_it_in_the_edition_title(tmp_path):
    from audioreview.readers import read

    path = tmp_path / "review.txt"
    path.write_text("On the ropes\n\nRaging Bull is a ferocious film directed by Martin Scorsese. Raging Bull hurts."
                    "\n\nDe Niro is astonishing in Raging Bull.\n", "utf-8")
    r = read(path)
    assert r.metadata.title == "On the ropes"
    assert r.title == "On the ropes — a review of Raging Bull"
    assert r.metadata.provenance["title"].source == "headline"
    from audioreview.speech.script import title_announcement
    from audioreview.writers.epub_xhtml import title_of

    assert title_of(r) == "On the ropes — a review of Raging Bull"  # the EPUB's title page and dc:title
    assert title_announcement(r.metadata).startswith("On the ropes. A review of Raging Bull, directed by Martin Scorsese.")
