#!/usr/bin/env python3
"""Screenshots of a review's web page in light and dark: docs/web-light.png, docs/web-dark.png.

    python tools/web_screenshots.py [EXAMPLE] [--out-dir docs]

Renders EXAMPLE (default: examples/ashes-of-the-delta.txt, which has a content
note and a section notice) narrated into a temporary folder, opens its
index.html in Debian's headless Chromium (Playwright, never a downloaded
browser), plays a few seconds so a sentence is highlighted, and saves the top
of the page in both colour schemes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("example", nargs="?", default=str(ROOT / "examples" / "ashes-of-the-delta.txt"))
    parser.add_argument("--out-dir", default=str(ROOT / "docs"))
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--height", type=int, default=1300)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from audioreview import RenderOptions, render_batch

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as tmp:
        [result] = render_batch([args.example], RenderOptions(out_dir=tmp, quiet=True))
        if not result.ok:
            print(result.error, file=sys.stderr)
            return 2
        page_url = (result.out_dir / "index.html").as_uri()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium,
                                        args=["--autoplay-policy=no-user-gesture-required"])
            for scheme in ("light", "dark"):
                ctx = browser.new_context(viewport={"width": args.width, "height": args.height},
                                          color_scheme=scheme, reduced_motion="reduce")
                page = ctx.new_page()
                page.goto(page_url)
                # play the second chapter for a moment so the current chapter and sentence show
                page.evaluate("document.querySelectorAll('button.seek')[1].click()")
                page.wait_for_function("document.getElementById('ar-audio').currentTime > "
                                       "parseFloat(document.querySelectorAll('button.seek')[1].dataset.start) + 14")
                page.evaluate("document.getElementById('ar-audio').pause(); window.scrollTo(0, 0)")
                page.wait_for_timeout(300)
                target = Path(args.out_dir) / f"web-{scheme}.png"
                page.screenshot(path=str(target))
                print(target)
                ctx.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
