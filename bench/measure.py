"""Shared by the batch benches: run ``python -m audioreview`` in a child
process and measure it (wall seconds, CPU seconds of every process of the
render, peak RSS), and count the bytes of a folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A runner process starts the render and waits for it, so RUSAGE_CHILDREN is
# the render alone (and its own children: synthesis workers).
RUNNER = (
    "import resource, subprocess, sys, json, time\n"
    "t = time.monotonic()\n"
    "rc = subprocess.call([sys.executable, '-m', 'audioreview'] + json.loads(sys.argv[1]))\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'rc': rc, 'seconds': time.monotonic() - t, 'peak_mb': u.ru_maxrss / 1024,\n"
    "                  'cpu': u.ru_utime + u.ru_stime}))\n"
)


def run_child(args: list[str]) -> dict:
    """{seconds, cpu, peak_mb} of ``python -m audioreview ARGS``; exits when it fails."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(args)], env=env, capture_output=True, text=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    if data["rc"] != 0:
        print(out.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"render exited {data['rc']}")
    return data


def tree_bytes(folder: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob(pattern) if p.is_file())
