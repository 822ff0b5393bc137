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
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic_reviews import write_reviews  # noqa: E402

GOAL_MB = 300


def run_child(args: list[str]) -> tuple[float, float, float]:
    """(seconds, peak RSS in MB, CPU seconds) of ``python -m audioreview ARGS`` in a fresh
    process (a forked runner, so RUSAGE_CHILDREN holds this child alone)."""
    script = (
        "import resource, subprocess, sys, json, time\n"
        "t = time.monotonic()\n"
        "rc = subprocess.call([sys.executable, '-m', 'audioreview'] + json.loads(sys.argv[1]))\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'rc': rc, 'seconds': time.monotonic() - t, 'peak_mb': u.ru_maxrss / 1024,\n"
        "                  'cpu': u.ru_utime + u.ru_stime}))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", script, json.dumps(args)], env=env, capture_output=True, text=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    if data["rc"] not in (0,):
        print(out.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"render exited {data['rc']}")
    return data["seconds"], data["peak_mb"], data["cpu"]


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


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

    small_s, small_mb, _ = run_child(["render", str(tenth), "--no-audio", "--out", str(work / "out-tenth"), "-q"])
    print(f"{max(1, args.count // 10)} reviews: {small_s:.1f} s, peak RSS {small_mb:.0f} MB")
    report = work / "report.json"
    full_s, full_mb, full_cpu = run_child(["render", str(inputs), "--no-audio", "--out", str(work / "out"), "-q",
                                 "--report", str(report)])
    totals = json.loads(report.read_text())["totals"]
    per = tree_bytes(work / "out") / max(1, totals["ok"])
    print(f"{args.count} reviews: {full_s:.1f} s ({args.count / full_s:.1f} reviews/s, "
          f"{totals['ok']} ok, {totals['errors']} errors), peak RSS {full_mb:.0f} MB "
          f"(goal <= {GOAL_MB} MB: {'met' if full_mb <= GOAL_MB else 'NOT met'}), "
          f"{per / 1024:.0f} KiB of output per review, {full_cpu / args.count * 1000:.0f} ms of CPU per review")
    again_s, again_mb, again_cpu = run_child(["render", str(inputs), "--no-audio", "--out", str(work / "out"), "-q"])
    print(f"same batch again (all done, nothing rewritten): {again_s:.1f} s "
          f"({args.count / again_s:.1f} reviews/s, {again_cpu / args.count * 1000:.0f} ms of CPU per review), "
          f"peak RSS {again_mb:.0f} MB")
    print(f"peak growth from {max(1, args.count // 10)} to {args.count} reviews: {full_mb - small_mb:+.0f} MB")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
