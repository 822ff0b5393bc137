"""The web edition in a real browser: Debian's Chromium, headless, driven by
Playwright for Python, with axe-core (bundled by the axe-playwright-python
package) for the accessibility rules.

Never downloads a browser: Chromium is launched from /usr/bin/chromium (or
whatever ``chromium`` is on PATH). Missing Playwright or Chromium skips these
tests locally and fails them in CI (AUDIOREVIEW_REQUIRE_TOOLS=1).

Audio really plays: Chromium is started with
``--autoplay-policy=no-user-gesture-required`` so a test may start playback
from script; headless Chromium decodes MP3 and advances ``currentTime`` with no
sound device.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from audioreview.audio.timing import Timing
from audioreview.model import Review
from conftest import require_tool

pytestmark = pytest.mark.slow

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SEEK_TOLERANCE = 0.25


def chromium_path() -> str | None:
    for candidate in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require_tool("playwright", sync_playwright is not None, "pip install -e '.[test]' (never `playwright install`)")
    path = chromium_path()
    require_tool("chromium", path is not None, "run .ci/install-epub-tools.sh (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--autoplay-policy=no-user-gesture-required"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def narrated_dir(rendered_examples) -> Path:
    """The narrated example with a content note and a graphic section."""
    for r in rendered_examples.values():
        review = Review.from_dict(json.loads((r.out_dir / "review.json").read_text("utf-8")))
        if review.content_note is not None and any(s.notice for s in review.walk_sections()):
            return r.out_dir
    pytest.fail("no example has both a content note and a section notice")


@pytest.fixture(scope="module")
def timing(narrated_dir) -> Timing:
    return Timing.from_dict(json.loads((narrated_dir / "timing.json").read_text("utf-8")))


def url(path: Path) -> str:
    return path.resolve().as_uri()


@pytest.fixture
def page(browser, narrated_dir):
    ctx = browser.new_context(viewport={"width": 1024, "height": 800})
    pg = ctx.new_page()
    pg.goto(url(narrated_dir / "index.html"))
    yield pg
    ctx.close()


# ------------------------------------------------------------------- helpers


FOCUS_KIND = """() => {
  const a = document.activeElement;
  if (!a || a === document.body) return 'body';
  if (a.tagName === 'A' && a.closest('#note')) return 'skip';
  if (a.tagName === 'AUDIO') return 'audio';
  if (a.matches('button.seek')) return 'chapter:' + a.closest('li').dataset.chapter;
  if (a.closest('#transcript') && a.classList.contains('seekable')) return 'text:' + a.id;
  return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '');
}"""

SEEKED_TIME = """() => new Promise(resolve => {
  const a = document.getElementById('ar-audio');
  if (!a.seeking) { resolve(a.currentTime); return; }
  a.addEventListener('seeked', () => resolve(a.currentTime), {once: true});
})"""


def tab_until(pg, want: str, limit: int = 200) -> list[str]:
    """Press Tab until the focused element's kind is ``want``; the kinds seen."""
    seen = []
    for _ in range(limit):
        pg.keyboard.press("Tab")
        kind = pg.evaluate(FOCUS_KIND)
        seen.append(kind)
        if kind == want:
            return seen
    pytest.fail(f"Tab never reached {want}: {seen[:40]}")


def axe_violations(pg) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(pg, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return result.response["violations"]


# ------------------------------------------------------------------------ axe


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["review", "text-only review", "library"])
def test_axe_finds_no_violations(browser, narrated_dir, rendered_text_only, scheme, which):
    target = {
        "review": narrated_dir / "index.html",
        "text-only review": rendered_text_only[next(iter(rendered_text_only))].out_dir / "index.html",
        "library": narrated_dir.parent / "index.html",
    }[which]
    ctx = browser.new_context(color_scheme=scheme)
    try:
        pg = ctx.new_page()
        pg.goto(url(target))
        assert pg.evaluate(f"matchMedia('(prefers-color-scheme: {scheme})').matches")
        violations = axe_violations(pg)
        summary = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
        assert violations == [], summary
    finally:
        ctx.close()


# ------------------------------------------------------------------- keyboard


def test_tab_order_skip_control_player_chapters_text(page, timing):
    kinds = []
    for _ in range(200):
        page.keyboard.press("Tab")
        kinds.append(page.evaluate(FOCUS_KIND))
        if kinds[-1].startswith("text:"):
            break
    first = {k: next((i for i, v in enumerate(kinds) if v.startswith(k)), None)
             for k in ("skip", "audio", "chapter:", "text:")}
    assert None not in first.values(), kinds
    assert first["skip"] < first["audio"] < first["chapter:"] < first["text:"], kinds
    chapters_seen = [k.split(":", 1)[1] for k in kinds if k.startswith("chapter:")]
    assert chapters_seen == [c.id for c in timing.chapters]
    # one stop for the whole text: the first sentence (or heading) of the review
    first_text = page.evaluate("document.querySelector('#transcript .seekable').id")
    assert kinds[first["text:"]] == "text:" + first_text


def test_skip_link_moves_past_the_note(page):
    tab_until(page, "skip")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#listen"
    page.keyboard.press("Tab")
    kind = page.evaluate(FOCUS_KIND)
    assert kind == "audio", kind  # the next stop after the note is the player


@pytest.mark.parametrize("key, index", [("Enter", 2), ("Space", 3)])
def test_a_chapter_button_seeks_to_the_chapters_start(page, timing, key, index):
    chapter = timing.chapters[index]
    tab_until(page, "chapter:" + chapter.id)
    page.keyboard.press(key)
    t = page.evaluate(SEEKED_TIME)
    assert abs(t - chapter.start) <= SEEK_TOLERANCE, (t, chapter.start)
    assert page.evaluate("document.querySelector('button[aria-current=true]').closest('li').dataset.chapter") \
        == chapter.id
    assert page.evaluate("document.getElementById('ar-now-chapter').textContent") == chapter.title


def test_playing_highlights_the_sentence_being_read(page, timing):
    chapter = timing.chapters[1]
    tab_until(page, "chapter:" + chapter.id)
    page.keyboard.press("Enter")  # seeks and plays
    page.wait_for_function(f"document.getElementById('ar-audio').currentTime > {chapter.start + 3.0}",
                           timeout=20000)
    page.evaluate("document.getElementById('ar-audio').pause()")
    page.wait_for_timeout(200)
    t, current = page.evaluate("[document.getElementById('ar-audio').currentTime, "
                               "(document.querySelector('.current') || {}).id || null]")
    utts = sorted(timing.utterances, key=lambda u: u.start)
    holder = [u for i, u in enumerate(utts)
              if u.start <= t and (t < u.end or (i + 1 < len(utts) and t < utts[i + 1].start))]
    assert holder, t
    assert current == holder[-1].id, (t, current, holder[-1])
    assert page.evaluate("document.querySelectorAll('.current').length") == 1


def test_keyboard_in_the_text_moves_by_sentence_and_seeks(page, timing):
    kinds = tab_until(page, "text:" + page.evaluate("document.querySelector('#transcript .seekable').id"))
    assert kinds
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.id")
    expected = page.evaluate("document.querySelectorAll('#transcript .seekable')[3].id")
    assert focused == expected
    page.keyboard.press("Enter")
    t = page.evaluate(SEEKED_TIME)
    start = min(u.start for u in timing.utterances if u.id == focused)
    assert abs(t - start) <= SEEK_TOLERANCE
    # still one Tab stop for the text: Shift+Tab leaves it, Tab comes back to the same sentence
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") != focused
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == focused


def test_clicking_a_sentence_seeks_there(page, timing):
    sid = next(u.id for u in timing.utterances if u.kind == "sentence" and u.start > 30)
    page.click(f"[id='{sid}']")
    t = page.evaluate(SEEKED_TIME)
    assert abs(t - min(u.start for u in timing.utterances if u.id == sid)) <= SEEK_TOLERANCE


# ------------------------------------------------------------- without script


def test_without_javascript_every_sentence_is_visible_and_the_player_is_native(browser, narrated_dir):
    review = Review.from_dict(json.loads((narrated_dir / "review.json").read_text("utf-8")))
    ctx = browser.new_context(java_script_enabled=False)
    try:
        pg = ctx.new_page()
        pg.goto(url(narrated_dir / "index.html"))
        for s in review.sentences():
            assert pg.locator(f"[id='{s.id}']").is_visible(), s.id
        assert pg.locator("audio[controls]").count() == 1 and pg.locator("audio[controls]").is_visible()
        assert pg.locator("button.seek").first.is_hidden()  # nothing that would not work
        assert pg.locator(".chapter-title").first.is_visible()
        assert pg.locator("a[href$='.mp3']").count() >= 2
    finally:
        ctx.close()


# -------------------------------------------------------------------- reflow


@pytest.mark.parametrize("viewport, scale", [((320, 640), 1), ((640, 800), 2)], ids=["320px", "200pct-zoom"])
def test_no_horizontal_scrolling(browser, narrated_dir, rendered_text_only, viewport, scale):
    pages = [narrated_dir / "index.html", narrated_dir.parent / "index.html",
             rendered_text_only[next(iter(rendered_text_only))].out_dir / "index.html"]
    ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, device_scale_factor=scale)
    try:
        pg = ctx.new_page()
        for p in pages:
            pg.goto(url(p))
            sw, cw = pg.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert cw == viewport[0] and sw <= cw, (p, sw, cw)
    finally:
        ctx.close()


def test_reduced_motion_turns_smooth_scrolling_off(browser, narrated_dir):
    behaviours = {}
    for motion in ("no-preference", "reduce"):
        ctx = browser.new_context(reduced_motion=motion)
        pg = ctx.new_page()
        pg.goto(url(narrated_dir / "index.html"))
        behaviours[motion] = pg.evaluate("getComputedStyle(document.documentElement).scrollBehavior")
        ctx.close()
    assert behaviours == {"no-preference": "smooth", "reduce": "auto"}


def test_focus_is_visible(page):
    tab_until(page, "skip")
    outline = page.evaluate("(() => { const s = getComputedStyle(document.activeElement); "
                            "return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert outline[0] != "none" and outline[1] >= 2
