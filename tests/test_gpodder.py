"""A real podcast client: gPodder's `gpo` subscribes to the feed that
`audioreview.serve` serves on 127.0.0.1 and downloads every episode, which must
be byte-identical to the MP3s in DIR.

Needs `gpo` (Debian package gpodder): run .ci/install-gpodder.sh. Without it
the test is skipped, unless AUDIOREVIEW_REQUIRE_TOOLS=1 (CI), where it fails.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from audioreview.feed.library import build_feed, scan_reviews
from audioreview.serve import make_server
from audioreview.feed.settings import FeedSettings
from conftest import require_tool
from test_feed import make_library, write_outputs


def gpo_or_skip() -> str:
    gpo = shutil.which("gpo")
    require_tool("gpo", gpo is not None, "run .ci/install-gpodder.sh (Debian gpodder)")
    return gpo


def gpo_env(home: Path) -> dict[str, str]:
    """A private gPodder: its own HOME, database and download folder, no proxies."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(HOME=str(home / "home"), GPODDER_HOME=str(home / "gpodder"),
               GPODDER_DOWNLOAD_DIR=str(home / "downloads"), NO_PROXY="127.0.0.1,localhost",
               XDG_CONFIG_HOME=str(home / "home" / ".config"), XDG_DATA_HOME=str(home / "home" / ".local"),
               XDG_CACHE_HOME=str(home / "home" / ".cache"))
    (home / "home").mkdir(parents=True, exist_ok=True)
    return env


def run_gpo(gpo: str, env: dict[str, str], *args: str) -> str:
    proc = subprocess.run([gpo, *args], env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, f"gpo {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def subscribe_and_download(root: Path, tmp: Path) -> tuple[list[Path], str]:
    """Serve ``root`` on an ephemeral port and let gpo fetch everything."""
    gpo = gpo_or_skip()
    server = make_server(root, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        env = gpo_env(tmp / "gpo")
        url = f"{server.url}feed.xml"
        log = run_gpo(gpo, env, "subscribe", url)
        log += run_gpo(gpo, env, "update")
        log += run_gpo(gpo, env, "download")
    finally:
        server.shutdown()
        server.server_close()
    downloads = [p for p in (tmp / "gpo" / "downloads").rglob("*") if p.is_file() and not p.name.endswith(".partial")]
    # Nothing leaked into the real HOME's gPodder folders: all state is under tmp.
    assert (tmp / "gpo" / "gpodder").is_dir()
    return downloads, log


def test_gpo_downloads_every_episode_byte_identical(tmp_path: Path) -> None:
    root = make_library(tmp_path / "site")
    write_outputs(root, build_feed(root, FeedSettings(title="gPodder & <friends>")))
    downloads, log = subscribe_and_download(root, tmp_path)
    episodes = scan_reviews(root)
    expected = {sha(root / e.audio_path): e.audio_path for e in episodes}
    got = {sha(p): p for p in downloads if p.suffix == ".mp3"}
    assert set(got) == set(expected), f"gpo downloaded {sorted(p.name for p in downloads)}\n{log}"
    assert len([p for p in downloads if p.suffix == ".mp3"]) == len(episodes)
    assert "2 episodes downloaded" in log


@pytest.mark.slow
def test_gpo_end_to_end_with_the_real_renderer(tmp_path: Path, rendered_examples: dict) -> None:
    """Two bundled examples rendered by the real pipeline (the session's shared
    render, Piper voice), copied to their own DIR: build the feed, serve it, and
    let gpo download both episodes."""
    from lxml import etree

    gpo_or_skip()
    # A benign review and one with a content note (war, torture, children).
    picked = ["paper-kites.md", "ashes-of-the-delta.txt"]
    out = tmp_path / "out"
    for name in picked:
        result = rendered_examples[name]
        shutil.copytree(result.out_dir, out / result.out_dir.name)
    files = build_feed(out, FeedSettings(title="End to end"))
    # The transcripts and chapters the render wrote are the ones the feed build makes.
    for rel, data in files.items():
        if rel.endswith((".vtt", ".srt", ".chapters.json")):
            assert (out / rel).read_bytes() == data, rel
    write_outputs(out, files)
    downloads, log = subscribe_and_download(out, tmp_path)
    episodes = scan_reviews(out)
    assert len(episodes) == 2
    assert {sha(out / e.audio_path) for e in episodes} == {sha(p) for p in downloads if p.suffix == ".mp3"}, log
    # The description of the review with a content note starts with the note.
    items = etree.fromstring((out / "feed.xml").read_bytes()).findall("channel/item")
    noted = [e for e in episodes if e.review.content_note is not None]
    assert noted, "ashes-of-the-delta should carry a content note"
    for ep in noted:
        item = next(i for i in items if i.findtext("guid") == ep.guid)
        assert item.findtext("description").startswith("<p>" + ep.review.content_note.sentences[0].text[:20])
    # The served episodes' transcripts start with timing.json's first utterance.
    for ep in episodes:
        vtt = (out / ep.slug / f"{ep.slug}.vtt").read_text(encoding="utf-8")
        first = ep.timing.utterances[0]
        assert vtt.startswith(f"WEBVTT\n\n{first.id}\n")
