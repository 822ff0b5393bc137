#!/usr/bin/env python3
"""Narration speed benchmark: prints figures, asserts nothing.

    .venv/bin/python bench/render_speed.py [REVIEW] [--workers N]

1. raw: Piper (PiperVoice.load, default session: onnxruntime picks its thread
   count, i.e. all cores) synthesizing the script's unique spoken texts one
   after another in this process, model load excluded; and the same with one
   onnxruntime thread (what each worker process uses);
2. cold: narrate() + write_audio() with an empty temporary cache and N workers
   (default 2) -- goal: cold / raw <= 1.10;
3. warm: the same again with the cache filled (all hits, re-encode), and the
   fingerprint check a re-render uses to skip the audio altogether -- goal: the
   warm render <= 5% of cold;
4. when the CLI works: `audioreview render` cold and warm (subprocess, fresh
   output and cache dirs) -- the end-to-end figures.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from review_text import raw_piper  # noqa: E402
DEFAULT = ROOT / "examples" / "the-lantern-keepers.txt"


def load_review(path: Path):
    import importlib

    render = importlib.import_module("audioreview.render")  # the module, not the function
    try:
        return render.prepare(path)
    except ImportError:  # content-warning analysis not there yet: the model as read
        return render.load(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("review", nargs="?", default=str(DEFAULT))
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    path = Path(args.review)

    from audioreview.render import RenderOptions
    from audioreview.speech.cache import normalise_text
    from audioreview.speech.narrate import narrate
    from audioreview.speech.profiles import load_profile
    from audioreview.speech.script import build_script
    from audioreview.audio.episode import audio_fingerprint, warm_up, write_audio

    review = load_review(path)
    profile = load_profile(None)
    script = build_script(review, profile)
    texts = list(dict.fromkeys(normalise_text(u.spoken) for u in script.utterances() if u.spoken.strip()))
    words = sum(len(t.split()) for t in texts)
    print(f"review: {path.name}: {words} spoken words, {len(texts)} utterances, "
          f"{len(script.chapters)} chapters, voice {profile.name}")

    raw, audio_s = raw_piper(texts, profile, warm_up=False)
    print(f"raw Piper, sequential, one process (onnxruntime default threads): {raw:.2f} s "
          f"for {audio_s:.1f} s of speech (RTF {raw / audio_s:.3f})")
    from audioreview.speech.piper_engine import PiperEngine

    one = PiperEngine(profile, threads=1)
    one.synthesize("Warm up.")
    t0 = time.perf_counter()
    for t in texts:
        one.synthesize(t)
    raw1 = time.perf_counter() - t0
    print(f"raw Piper, sequential, one process, 1 onnxruntime thread (the workers' setting): {raw1:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        opts = RenderOptions(cache_dir=tmp, quiet=True, workers=args.workers)
        t0 = time.perf_counter()
        narration = narrate(script, profile, opts, while_waiting=lambda: warm_up(profile, opts))
        t1 = time.perf_counter()
        files, timing = write_audio(review, script, narration, profile, opts, "bench")
        cold = time.perf_counter() - t0
        print(f"cold narrate + write_audio, {args.workers} workers: {cold:.2f} s "
              f"(narrate {t1 - t0:.2f} s, write {cold - (t1 - t0):.2f} s; {narration.stats}); "
              f"episode {timing.duration:.1f} s, {sum(map(len, files.values())) / 1e6:.2f} MB")
        print(f"  ratio cold / raw = {cold / raw:.2f}  (goal <= 1.10); "
              f"vs the 1-thread baseline {cold / raw1:.2f}")

        t0 = time.perf_counter()
        warm_n = narrate(script, profile, opts)
        write_audio(review, script, warm_n, profile, opts, "bench")
        warm = time.perf_counter() - t0
        print(f"warm narrate + write_audio (cache hits {warm_n.hits}, misses {warm_n.misses}, re-encoded): "
              f"{warm:.2f} s = {100 * warm / cold:.1f}% of cold")
        t0 = time.perf_counter()
        same = audio_fingerprint(script, profile, opts, review) == timing.fingerprint
        skip = time.perf_counter() - t0
        print(f"warm fingerprint check (audio skipped: {same}): {skip * 1000:.0f} ms = "
              f"{100 * skip / cold:.2f}% of cold  (goal <= 5%)")

    cli = ROOT / ".venv" / "bin" / "audioreview"
    if cli.exists():
        with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as cache:
            cmd = [str(cli), "render", str(path), "--out", out, "--cache-dir", cache,
                   "--workers", str(args.workers), "-q"]
            runs = []
            for label in ("cold", "warm"):
                t0 = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, text=True)
                runs.append(time.perf_counter() - t0)
                if proc.returncode != 0:
                    last = (proc.stderr.strip().splitlines() or ["?"])[-1]
                    print(f"`audioreview render` ({label}) failed, exit {proc.returncode}: {last}")
                    break
                print(f"`audioreview render` {label}: {runs[-1]:.2f} s")
            else:
                print(f"  CLI cold / raw = {runs[0] / raw:.2f}; warm / cold = {100 * runs[1] / runs[0]:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
