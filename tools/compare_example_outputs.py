#!/usr/bin/env python3
"""Render the bundled examples with an earlier commit and with this checkout, and
compare every output file byte for byte: a refactor must not change what users get.

    python3 tools/compare_example_outputs.py            # against HEAD
    python3 tools/compare_example_outputs.py --base de93f5f

The earlier commit is checked out in a temporary git worktree and run with the
same interpreter (``PYTHONPATH`` pointing at its ``src``). Both renders share one
synthesis cache, so the second costs little. The second render goes into a copy
of the first's folders holding only their ``render.json`` (the claim with the
episode guid and first render time, which are new for every fresh folder), so
those are compared as well. The one value left out is the feed's
``<lastBuildDate>``, the wall-clock time of the build. Exit status 1 when any
file differs, is missing or is extra.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".txt", ".md", ".html"})
BUILD_DATE = re.compile(rb"<lastBuildDate>[^<]*</lastBuildDate>")


def render(src: Path, out: Path, cache: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, "-m", "audioreview", "render", *map(str, EXAMPLES), "--out", str(out), "--feed",
           "--cache-dir", str(cache)]
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"render with {src} failed ({done.returncode}):\n{done.stderr}")


def files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def same(a: Path, b: Path) -> bool:
    if a.name == "feed.xml":
        return BUILD_DATE.sub(b"", a.read_bytes()) == BUILD_DATE.sub(b"", b.read_bytes())
    return filecmp.cmp(a, b, shallow=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="the earlier commit (default: HEAD)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="audioreview-compare-") as tmp:
        tmp_path = Path(tmp)
        tree = tmp_path / "base"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.base], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            before, after, cache = tmp_path / "before", tmp_path / "after", tmp_path / "cache"
            render(tree / "src", before, cache)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
        for claim in before.glob("*/render.json"):
            target = after / claim.relative_to(before)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(claim, target)
        render(ROOT / "src", after, cache)
        a, b = files(before), files(after)
        changed = sorted(n for n in a & b if not same(before / n, after / n))
        print(f"{len(a & b) - len(changed)} of {len(a | b)} files identical "
              f"({len(EXAMPLES)} examples, base {args.base})")
        for name in changed:
            print(f"  differs: {name}")
        for name in sorted(a - b):
            print(f"  only before: {name}")
        for name in sorted(b - a):
            print(f"  only after: {name}")
        return 1 if changed or a != b else 0


if __name__ == "__main__":
    sys.exit(main())
