#!/usr/bin/env python3
"""Memory of one long narrated review: prints figures, asserts nothing.

    .venv/bin/python bench/long_review_memory.py [--words 100000] [--sections 40] [--no-epub]

Writes one original review of ``--words`` words (bench/review_text.py), then
runs `audioreview render` on it in a subprocess with fresh output and cache
folders, and reports the peak resident memory (VmHWM) of the render process
and, sampled every 0.2 s, of its synthesis workers. Goal (issue 14): the
render's peak RSS <= 400 MB for 100,000 words. Takes long: 100,000 words are
about 11 hours of speech.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from review_text import review  # noqa: E402

RUNNER = """
import resource, sys
from audioreview.cli import cli
try:
    cli(sys.argv[1:], prog_name="audioreview")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print(f"PEAK_RSS_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
sys.exit(code)
"""


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*") if Path(f"/proc/{p}/task").exists() else []:
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                kids = []
            out += kids
            todo += kids
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--sections", type=int, default=40)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-epub", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "long-review.txt"
        source.write_text(review(0, args.words, sections=args.sections), encoding="utf-8")
        cmd = [sys.executable, "-c", RUNNER, "render", str(source), "--out", str(Path(tmp) / "out"),
               "--cache-dir", str(Path(tmp) / "cache"), "--workers", str(args.workers), "-q"]
        if args.no_epub:
            cmd.append("--no-epub")
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
        workers_peak = {"each": 0, "sum": 0}
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                kids = [_rss_kb(k) for k in _descendants(proc.pid)]
                if kids:
                    workers_peak["each"] = max(workers_peak["each"], max(kids))
                    workers_peak["sum"] = max(workers_peak["sum"], sum(kids))

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        _, err = proc.communicate()
        done.set()
        took = time.perf_counter() - t0
        peak = [int(line.split()[1]) for line in err.splitlines() if line.startswith("PEAK_RSS_KB")]
        if proc.returncode != 0 or not peak:
            print(f"render failed, exit {proc.returncode}: {err.strip()[-800:]}")
            return 1
        out = Path(tmp) / "out"
        mp3s = sorted(out.rglob("*.mp3"))
        size = sum(p.stat().st_size for p in mp3s)
        print(f"{args.words} words in {args.sections} sections{' (no EPUB)' if args.no_epub else ''}: "
              f"rendered in {took / 60:.1f} min, {len(mp3s)} MP3 files, {size / 1e6:.0f} MB of MP3")
        print(f"peak RSS of the render process: {peak[0] / 1024:.0f} MB  (goal <= 400 MB)")
        print(f"synthesis workers (and fork server), sampled: largest {workers_peak['each'] / 1024:.0f} MB, "
              f"together at most {workers_peak['sum'] / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
