"""What an hour of audio costs on this machine (issue 14; the figures of docs/scale.md).

    python bench/batch_scale.py [COUNT] [--paragraphs N] [--workers N]

Renders COUNT (default 6) synthetic reviews narrated, cold (an empty synthesis
cache), with ``audioreview render DIR --report``, in a child process; then the
same batch again into a new folder from the now warm cache (mastering,
encoding and writing only). From the report and the files it prints, per
minute of audio produced: wall seconds, synthesis seconds, CPU seconds of the
render process (the synthesis workers are children of the fork server and
escape getrusage); output bytes and cache bytes per audio hour; and the
text-only speed for comparison. Prints figures; asserts nothing. Run it on
an idle machine: on a loaded one the wall figures swing by 2x (CPU seconds
less so).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from measure import run_child, tree_bytes  # noqa: E402
from synthetic_reviews import write_reviews  # noqa: E402

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int, nargs="?", default=6)
    ap.add_argument("--paragraphs", type=int, default=6)
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="audioreview-scale-"))
    reviews, cache = work / "reviews", work / "cache"
    paths = write_reviews(args.count, reviews, paragraphs=args.paragraphs)
    words = sum(len(p.read_text().split()) for p in paths)
    extra = ["--workers", str(args.workers)] if args.workers else []
    print(f"{args.count} synthetic reviews, {words} words; {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} at the start")

    cold = run_child(["render", str(reviews), "--out", str(work / "cold"), "-q", "--cache-dir", str(cache),
                      "--report", str(work / "cold.json"), *extra])
    totals = json.loads((work / "cold.json").read_text())
    audio_min = totals["totals"]["audio_seconds"] / 60
    synth = sum(r["timings"].get("synthesis", 0.0) for r in totals["inputs"])
    out_bytes, mp3_bytes, cache_bytes = tree_bytes(work / "cold"), tree_bytes(work / "cold", "*.mp3"), tree_bytes(cache)
    print(f"cold: {audio_min:.1f} min of audio in {cold['seconds']:.1f} s wall; peak RSS {cold['peak_mb']:.0f} MB")
    print(f"  per audio minute: {cold['seconds'] / audio_min:.2f} s wall, of it {synth / audio_min:.2f} s "
          f"synthesizing; {cold['cpu'] / audio_min:.2f} s CPU in the render process (the synthesis workers, "
          f"children of the fork server, are not counted)")
    print(f"  per audio hour: {out_bytes * 60 / audio_min / 1e6:.1f} MB of output "
          f"({mp3_bytes * 60 / audio_min / 1e6:.1f} MB of it MP3), {cache_bytes * 60 / audio_min / 1e6:.0f} MB of "
          f"synthesis cache")

    warm = run_child(["render", str(reviews), "--out", str(work / "warm"), "-q", "--cache-dir", str(cache), *extra])
    print(f"warm cache, new folder (master, encode, write): {warm['seconds'] / audio_min:.2f} s wall and "
          f"{warm['cpu'] / audio_min:.2f} s CPU per audio minute")
    again = run_child(["render", str(reviews), "--out", str(work / "warm"), "-q", "--cache-dir", str(cache), *extra])
    print(f"same batch again, all done: {again['seconds'] / args.count:.2f} s wall, "
          f"{again['cpu'] / args.count:.2f} s CPU per review")
    text = run_child(["render", str(reviews), "--out", str(work / "text"), "-q", "--no-audio"])
    print(f"text only (--no-audio): {text['seconds'] / args.count:.2f} s wall, {text['cpu'] / args.count:.2f} s CPU "
          f"per review (with ~2 s of start-up in the batch)")
    import shutil

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
