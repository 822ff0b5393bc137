"""Time content-warning analysis of a ~1,000-word review after start-up.

Usage: python bench/warnings_speed.py [FILE]   (default: a built-in review made
from the labelled test sentences). Prints the median of 20 runs in ms; the goal
is under 50 ms.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from audioreview.analysis.content_warnings import analyse
from audioreview.ids import assign_ids
from audioreview.model import Block, Metadata, Review, Section, Sentence
from audioreview.analysis.options import WarningOptions

ROOT = Path(__file__).resolve().parent.parent


def sample_review(words: int = 1000) -> Review:
    """~``words`` words of review text, built from our own labelled sentences."""
    rows = [json.loads(l) for l in open(ROOT / "tests/data/warnings/sentences.jsonl", encoding="utf-8")]
    sentences, count = [], 0
    while count < words:
        for r in rows:
            sentences.append(r["text"])
            count += len(r["text"].split())
            if count >= words:
                break
    blocks = [Block(id="", sentences=[Sentence("", t) for t in sentences[i : i + 5]]) for i in range(0, len(sentences), 5)]
    sections = [Section(id="", heading=f"Part {n + 1}", blocks=blocks[n * 4 : n * 4 + 4]) for n in range((len(blocks) + 3) // 4)]
    return assign_ids(Review(metadata=Metadata(title="Benchmark"), sections=sections))


def main() -> None:
    if len(sys.argv) > 1:
        from audioreview import readers

        make = lambda: readers.read(sys.argv[1])  # noqa: E731
    else:
        make = sample_review
    review = make()
    words = sum(len(s.text.split()) for s in review.body_sentences())
    analyse(review, WarningOptions())  # warm-up (regex compilation happens at import)
    times = []
    for _ in range(20):
        r = make()
        t0 = time.perf_counter()
        analyse(r, WarningOptions())
        times.append((time.perf_counter() - t0) * 1000)
    print(f"{words} words, {sum(1 for _ in review.body_sentences())} sentences: "
          f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (goal < 50 ms)")


if __name__ == "__main__":
    main()
