"""parse_rating: what counts as a rating line and how it is normalised."""

import re

import pytest

from audioreview.readers.rating import parse_rating

TABLE = [
    ("Rating: 9/10", 9.0, 10.0, None),
    ("9/10", 9.0, 10.0, None),
    ("Verdict: 8/10", 8.0, 10.0, None),
    ("Score: 8.5/10", 8.5, 10.0, None),
    ("Our rating: 7 / 10.", 7.0, 10.0, None),
    ("4 out of 5", 4.0, 5.0, None),
    ("Rating: 4 out of 5", 4.0, 5.0, None),
    ("8.5 out of 10 stars", 8.5, 10.0, None),
    ("3.5/5 stars", 3.5, 5.0, None),
    ("4 stars", 4.0, 5.0, None),
    ("Rating: four stars", 4.0, 5.0, None),
    ("Three and a half stars out of five", 3.5, 5.0, None),
    ("★★★½", 3.5, 5.0, None),
    ("★★★★★", 5.0, 5.0, None),
    ("★★★☆☆", 3.0, 5.0, None),
    ("Rating: ***1/2", 3.5, 5.0, None),
    ("85%", 85.0, 100.0, None),
    ("Grade: B+", None, None, "B+"),
    ("Grade: A−", None, None, "A-"),
    ("Grade: C", None, None, "C"),
    ("B+", None, None, "B+"),
]


@pytest.mark.parametrize("text, value, scale, grade", TABLE)
def test_ratings(text, value, scale, grade):
    rating = parse_rating(text)
    assert rating is not None
    assert (rating.value, rating.scale, rating.grade) == (value, scale, grade)
    # As written, less its label and closing full stop: "Rating: 9/10." -> "9/10".
    label = re.match(r"(?i)\s*(?:our rating|rating|verdict|score|grade)\s*:\s*", text)
    assert rating.text == text[label.end() if label else 0:].rstrip(".")


@pytest.mark.parametrize("text", [
    "B", "8", "11/10", "6 out of 5", "Verdict: a triumph", "I give it 4 out of 5 and would go again",
    "The film runs 9/10 of the way to greatness before it stumbles in the last act.", "",
    "Rating: ", "five",
])
def test_not_ratings(text):
    assert parse_rating(text) is None


def test_fraction():
    assert parse_rating("4 out of 5").fraction == pytest.approx(0.8)
    assert parse_rating("Grade: B").fraction is None
