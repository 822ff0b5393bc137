#!/usr/bin/env python3
"""Set up and run audioreview's two jobs with nothing but Python >= 3.11 and pip.

    python3 dev.py demo   # make .venv if missing, install, render the bundled examples (and a feed) into output/
    python3 dev.py test   # make .venv if missing, install with test extras, run the whole test suite
    python3 dev.py test --fast   # the quick loop: everything but speech synthesis and external tools

Extra arguments after ``test`` go to pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*cmd: str | Path) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT)


def setup(extras: str = "") -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"audioreview needs Python >= 3.11, this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed{extras or '-base'}"
    newest = max(p.stat().st_mtime for p in [ROOT / "pyproject.toml", Path(__file__)])
    if stamp.exists() and stamp.stat().st_mtime >= newest:
        return
    target = f".{extras}" if extras else "."
    if run(PY, "-m", "pip", "install", "--quiet", "-e", target) != 0:
        sys.exit("pip install failed")
    stamp.touch()


def main(argv: list[str]) -> int:
    job = argv[0] if argv else "help"
    if job == "demo":
        setup()
        examples = sorted(str(p) for p in (ROOT / "examples").iterdir() if p.suffix in {".txt", ".md", ".html"})
        code = run(BIN / "audioreview", "render", *examples, "--out", ROOT / "output", "--feed")
        if code == 0:
            print(f"\nDone: see {ROOT / 'output'}. To subscribe in a podcast app on this machine:\n"
                  f"  {BIN / 'audioreview'} serve {ROOT / 'output'}   # then http://127.0.0.1:8000/feed.xml")
        return code
    if job == "test":
        setup("[test]")
        args = argv[1:]
        if "--fast" in args:  # the quick loop: no speech synthesis, no external validators, on every core
            args = ["-m", "not slow", "-n", "auto", *(a for a in args if a != "--fast")]
        code = run(PY, "-m", "pytest", *args)
        return code
    print(__doc__)
    return 0 if job in {"help", "-h", "--help"} else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
