#!/usr/bin/env python3
"""Batch speed: prints figures, asserts nothing.

    .venv/bin/python bench/batch_speed.py [--reviews 20] [--words 220] [--workers 2]

Writes N original reviews (bench/review_text.py), then in the same run:

1. raw: Piper (PiperVoice.load, onnxruntime's default threads: all cores)
   synthesizing every unique spoken text of the N scripts one after another in
   this process, model load excluded;
2. batch: `audioreview render DIR/*.txt` (a subprocess: start-up included) into
   fresh output and cache folders -- narration pipelined across the reviews;
3. with --compare-src DIR: the same batch run with another checkout's src/;
4. raw again (on a shared machine the load drifts): the ratio uses the mean.

Goal (issue 14): batch wall time / raw <= 1.0 on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from review_text import raw_piper, review  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reviews", type=int, default=20)
    ap.add_argument("--words", type=int, default=220)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--compare-src", metavar="DIR",
                    help="also time the same batch with another checkout's src/ (e.g. before pipelining)")
    args = ap.parse_args()

    from audioreview.render import prepare
    from audioreview.speech.cache import normalise_text
    from audioreview.speech.profiles import load_profile
    from audioreview.speech.script import build_script

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "reviews"
        src.mkdir()
        paths = []
        for i in range(args.reviews):
            path = src / f"review-{i:02d}.txt"
            path.write_text(review(i, args.words), encoding="utf-8")
            paths.append(path)
        profile = load_profile(None)
        texts: dict[str, None] = {}
        for path in paths:
            for u in build_script(prepare(path), profile).utterances():
                if u.spoken.strip():
                    texts.setdefault(normalise_text(u.spoken))
        words = sum(len(t.split()) for t in texts)
        print(f"{args.reviews} reviews, {words} spoken words, {len(texts)} unique utterances; "
              f"{os.cpu_count()} CPUs, {args.workers} workers")

        raw, audio_s = raw_piper(list(texts), profile)
        print(f"raw Piper, sequential, one process (onnxruntime default threads): {raw:.1f} s "
              f"for {audio_s / 60:.1f} min of speech (RTF {raw / audio_s:.3f})")

        cmd = [sys.executable, "-m", "audioreview", "render", *map(str, paths), "--out", str(Path(tmp) / "out"),
               "--cache-dir", str(Path(tmp) / "cache"), "--workers", str(args.workers), "-q"]
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        batch = time.perf_counter() - t0
        if proc.returncode != 0:
            print(f"`audioreview render` failed, exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
            return 1
        print(f"`audioreview render` of the {args.reviews} reviews (cold, pipelined): {batch:.1f} s")
        other = None
        if args.compare_src:
            t0 = time.perf_counter()
            cmd_other = [a.replace(str(Path(tmp) / "cache"), str(Path(tmp) / "cache-other")).replace(
                str(Path(tmp) / "out"), str(Path(tmp) / "out-other")) for a in cmd]
            done = subprocess.run(cmd_other, capture_output=True, text=True,
                                  env=dict(os.environ, PYTHONPATH=str(Path(args.compare_src).resolve())))
            other = time.perf_counter() - t0
            print(f"the same with {args.compare_src}: {other:.1f} s (exit {done.returncode})")
        # Raw again: on a shared machine the load changes; the ratio uses the mean of both.
        again, _ = raw_piper(list(texts), profile)
        print(f"raw Piper again, after the batch: {again:.1f} s")
        mean = (raw + again) / 2
        print(f"  batch / raw = {batch / mean:.2f}  (goal <= 1.0; against the raw run before: {batch / raw:.2f}, "
              f"after: {batch / again:.2f})")
        if other is not None:
            print(f"  {args.compare_src}: batch / raw = {other / mean:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
