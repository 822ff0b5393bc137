"""Peak memory and speed of a large text-only batch (issue 14): goal <= 300 MB.

    python bench/batch_memory.py [COUNT] [--keep DIR]

Writes COUNT (default 1000) varied synthetic reviews (bench/synthetic_reviews.py),
renders them with ``audioreview render DIR --no-audio --report`` in a child
process, and prints its peak RSS (``getrusage(RUSAGE_CHILDREN)``, the child's
whole life), reviews per second, and output bytes per review. It also renders
the first tenth alone, so a peak that grows with the batch shows as a gap.
Then it runs the same batch again (every review already done: what a resumed
batch costs per finished review). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from measure import run_child, tree_bytes  # noqa: E402
from synthetic_reviews import write_reviews  # noqa: E402

GOAL_MB = 300


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int, nargs="?", default=1000)
    ap.add_argument("--keep", help="use (and keep) this folder instead of a temporary one")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="audioreview-batch-"))
    inputs, tenth = work / "reviews", work / "tenth"
    started = time.monotonic()
    paths = write_reviews(args.count, inputs)
    write_reviews(max(1, args.count // 10), tenth)
    words = sum(len(p.read_text().split()) for p in paths)
    print(f"inputs: {len(paths)} synthetic reviews, {words / len(paths):.0f} words each on average "
          f"(written in {time.monotonic() - started:.1f} s)")

    small = run_child(["render", str(tenth), "--no-audio", "--out", str(work / "out-tenth"), "-q"])
    small_s, small_mb = small["seconds"], small["peak_mb"]
    print(f"{max(1, args.count // 10)} reviews: {small_s:.1f} s, peak RSS {small_mb:.0f} MB")
    report = work / "report.json"
    full = run_child(["render", str(inputs), "--no-audio", "--out", str(work / "out"), "-q", "--report", str(report)])
    full_s, full_mb, full_cpu = full["seconds"], full["peak_mb"], full["cpu"]
    totals = json.loads(report.read_text())["totals"]
    per = tree_bytes(work / "out") / max(1, totals["ok"])
    print(f"{args.count} reviews: {full_s:.1f} s ({args.count / full_s:.1f} reviews/s, "
          f"{totals['ok']} ok, {totals['errors']} errors), peak RSS {full_mb:.0f} MB "
          f"(goal <= {GOAL_MB} MB: {'met' if full_mb <= GOAL_MB else 'NOT met'}), "
          f"{per / 1024:.0f} KiB of output per review, {full_cpu / args.count * 1000:.0f} ms of CPU per review")
    again = run_child(["render", str(inputs), "--no-audio", "--out", str(work / "out"), "-q"])
    again_s, again_mb, again_cpu = again["seconds"], again["peak_mb"], again["cpu"]
    print(f"same batch again (all done, nothing rewritten): {again_s:.1f} s "
          f"({args.count / again_s:.1f} reviews/s, {again_cpu / args.count * 1000:.0f} ms of CPU per review), "
          f"peak RSS {again_mb:.0f} MB")
    print(f"peak growth from {max(1, args.count // 10)} to {args.count} reviews: {full_mb - small_mb:+.0f} MB")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
