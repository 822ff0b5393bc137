"""The render and its outputs under bad luck (issue 11, the render half): a full
disk, kill -9 at any moment, two renders racing for one title, bad options, and
a re-render that no longer makes audio.

Disk full runs twice: on a real 3 MB tmpfs where this machine lets us mount one
(root and `mount`; otherwise that test is skipped, and -rs says why), and with
ENOSPC faked at the write layer (always). Process checks read /proc (Linux).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from audioreview import RenderOptions, render_batch
from audioreview.cli import cli
from conftest import EXAMPLES, ROOT

PLAIN = EXAMPLES / "the-lantern-keepers.txt"
MARKDOWN = EXAMPLES / "glass-orchard.md"
FAMILY = "paper-kites.md"

SHORT_REVIEW = """---
title: Tin Lanterns
author: Ada Quill
---

# The story

A lamp maker's daughter keeps the town's lights burning. The film takes its time.

# Verdict

Small, warm and worth an evening. Three stars.
"""


# ------------------------------------------------------------------ helpers


def runner() -> CliRunner:
    import inspect

    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def run(*args: str):
    return runner().invoke(cli, list(args), catch_exceptions=False)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def assert_one_line_error(result, *needles: str) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("audioreview: ") and "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def cli_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "audioreview", *args]


def debris(out: Path) -> list[str]:
    """Temporary files and claim folders a clean run never leaves behind."""
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.name.endswith(".part") or p.name.startswith(".claim-"))


def review_dirs(out: Path) -> list[str]:
    if not out.exists():
        return []
    return sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))


def can_mount() -> str | None:
    """Why a tmpfs cannot be mounted here (None: it can)."""
    if sys.platform != "linux":
        return "not Linux"
    if os.geteuid() != 0:
        return "not root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "no mount/umount command"
    return None


@contextlib.contextmanager
def tmpfs(path: Path, size: str, *, read_only: bool = False):
    """Mount a tmpfs of ``size`` at ``path``; yield (path, None) or (None, why not)."""
    path.mkdir(parents=True, exist_ok=True)
    why = can_mount()
    if why is None:
        opts = f"size={size},mode=0755" + (",ro" if read_only else "")
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)],
                              capture_output=True, text=True)
        why = None if proc.returncode == 0 else f"mount failed: {proc.stderr.strip()}"
    if why is not None:
        yield None, why
        return
    try:
        yield path, None
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(fs: Path, leave: int) -> Path:
    """Fill the file system at ``fs`` until ``leave`` bytes are free."""
    st = os.statvfs(fs)
    free = st.f_bavail * st.f_frsize
    filler = fs / "filler.bin"
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def session_processes(sid: int) -> list[tuple[int, str]]:
    """Live (not zombie) processes of session ``sid``, from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) == sid and fields[0] not in ("Z", "X"):
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found.append((int(entry), cmd[:120]))
        except (OSError, ValueError, IndexError):
            continue
    return found


def wait_gone(sid: int, timeout: float = 15.0) -> list[tuple[int, str]]:
    deadline = time.monotonic() + timeout
    left = session_processes(sid)
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = session_processes(sid)
    return left


def kill_session(sid: int) -> None:
    """Clean up after a failed check: end what is left of our own test session."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(sid, signal.SIGKILL)


# ------------------------------------------------------------------ options (13)


def test_out_under_a_file_is_one_line_before_any_work(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("render", str(MARKDOWN), "--out", str(blocker / "out"), "--no-audio")
    assert_one_line_error(result, "a-file", "is a file")
    result = run("render", str(MARKDOWN), "--out", str(blocker), "--no-audio")
    assert_one_line_error(result, "a-file", "it is a file")
    assert blocker.read_text() == "not a folder"


def test_out_on_a_read_only_file_system(tmp_path, monkeypatch):
    with tmpfs(tmp_path / "ro", "1m", read_only=True) as (ro, why):
        if ro is not None:  # a real read-only mount
            result = run("render", str(MARKDOWN), "--out", str(ro / "out"), "--no-audio")
            assert_one_line_error(result, "cannot create the output folder", "Read-only file system")
            result = run("render", str(MARKDOWN), "--out", str(ro), "--no-audio")
            assert_one_line_error(result, "cannot write in the output folder", "Read-only file system")
            return
    # No mount here: fake the file system's answer where the check writes.
    import audioreview.render as pipeline

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(pipeline.tempfile, "mkstemp", read_only)
    result = run("render", str(MARKDOWN), "--out", str(tmp_path / "out"), "--no-audio")
    assert_one_line_error(result, "cannot write in the output folder", "Read-only file system")
    assert review_dirs(tmp_path / "out") == []


@pytest.mark.parametrize("url", ["ftp://x", "javascript:alert(1)", "not a url", "https://"])
@pytest.mark.parametrize("feed", [True, False])
def test_a_bad_base_url_is_refused_before_rendering(tmp_path, url, feed):
    out = tmp_path / "out"
    args = ["render", str(MARKDOWN), "--out", str(out), "--base-url", url]
    args += ["--feed"] if feed else ["--no-audio"]  # with --feed: narrated, so refusing late would cost minutes
    started = time.monotonic()
    assert_one_line_error(run(*args), "base URL must start with http:// or https://")
    assert time.monotonic() - started < 20
    assert review_dirs(out) == []


def test_an_unknown_voice_is_refused_with_no_audio_too(tmp_path):
    out = tmp_path / "out"
    assert_one_line_error(run("render", str(MARKDOWN), "--out", str(out), "--voice", "nonexistent", "--no-audio"),
                          "unknown voice 'nonexistent'", "joe")
    assert review_dirs(out) == []


def test_a_missing_cover_is_refused_before_rendering(tmp_path):
    out = tmp_path / "out"
    assert_one_line_error(run("render", str(MARKDOWN), "--out", str(out), "--no-audio",
                              "--cover", str(tmp_path / "nope.png")), "nope.png", "cover image not found")
    assert review_dirs(out) == []


def test_feed_with_no_audio_and_nothing_narrated_is_refused_up_front(tmp_path):
    out = tmp_path / "out"
    line = assert_one_line_error(run("render", str(MARKDOWN), str(PLAIN), "--out", str(out), "--no-audio", "--feed"),
                                 "--feed with --no-audio")
    assert "drop --no-audio" in line
    assert review_dirs(out) == [], "refused before rendering anything"


def test_a_stored_feed_cover_that_is_gone_is_refused_before_rendering(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "feed-settings.json").write_text(json.dumps({"image": str(tmp_path / "gone.png")}))
    started = time.monotonic()
    assert_one_line_error(run("render", str(MARKDOWN), "--out", str(out), "--feed"), "gone.png")
    assert time.monotonic() - started < 20 and review_dirs(out) == []


@pytest.mark.slow
def test_feed_with_no_audio_lists_the_narrated_reviews_already_there(rendered_examples, tmp_path):
    import feedparser

    out = tmp_path / "out"
    narrated = rendered_examples[FAMILY].out_dir
    shutil.copytree(narrated, out / narrated.name)
    # Another review, text only: rendered, and the feed lists the narrated one.
    result = run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "--feed", "-q",
                 "--base-url", "https://example.org/pod/")
    assert result.exit_code == 0, result.stderr
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert [e.enclosures[0].href.rsplit("/", 1)[-1] for e in feed.entries] == [f"{narrated.name}.mp3"]
    assert len(review_dirs(out)) == 2
    # The narrated review itself re-rendered without audio would leave nothing to list: refused up front.
    result = run("render", str(EXAMPLES / FAMILY), "--out", str(out), "--no-audio", "--feed")
    assert_one_line_error(result, "--feed with --no-audio")
    assert (out / narrated.name / f"{narrated.name}.mp3").is_file(), "nothing was rendered"


# --------------------------------------------------------------- disk full (7)


def enospc_on(monkeypatch, suffix: str) -> list[str]:
    """Make every write of a file ending in ``suffix`` fail as a full disk does."""
    import audioreview.fileio as fileio

    real = fileio.write_temp
    hits: list[str] = []

    def full_disk(target: Path, payload: bytes) -> Path:
        if target.name.endswith(suffix):
            hits.append(target.name)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, payload)

    monkeypatch.setattr(fileio, "write_temp", full_disk)
    return hits


def test_disk_full_faked_enospc(tmp_path, monkeypatch):
    """ENOSPC faked at the write layer (runs everywhere): one line per input
    naming the file and the cause, exit 2, nothing at any final path, every
    input tried; after space is freed the re-run takes the same folders."""
    out = tmp_path / "out"
    hits = enospc_on(monkeypatch, ".epub")
    result = run("render", str(MARKDOWN), str(PLAIN), "--out", str(out), "--no-audio", "-q")
    assert result.exit_code == 2
    lines = error_lines(result.stderr)
    assert len(lines) == 2, result.stderr
    for line, source in zip(lines, (MARKDOWN, PLAIN)):
        assert line.startswith(f"audioreview: {source}: ") and ".epub: cannot write: No space left on device" in line
    assert len(hits) == 2, "the second input was tried too"
    assert review_dirs(out) == [] and debris(out) == []
    monkeypatch.undo()
    assert run("render", str(MARKDOWN), str(PLAIN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    assert all(not d.endswith("-2") for d in review_dirs(out)) and len(review_dirs(out)) == 2


def test_after_a_failed_first_render_the_next_same_title_input_takes_the_free_name(tmp_path, monkeypatch):
    sources = write_same_title_sources(tmp_path)
    import audioreview.fileio as fileio

    real = fileio.write_temp
    calls = {"n": 0}

    def first_epub_fails(target: Path, payload: bytes) -> Path:
        if target.name.endswith(".epub"):
            calls["n"] += 1
            if calls["n"] == 1:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, payload)

    monkeypatch.setattr(fileio, "write_temp", first_epub_fails)
    out = tmp_path / "out"
    result = run("render", *map(str, sources), "--out", str(out), "--no-audio", "-q")
    assert_one_line_error(result, str(sources[0]), "No space left on device")
    assert review_dirs(out) == ["same-title"]
    owner = json.loads((out / "same-title" / "render.json").read_text())["source"]
    assert owner == str(sources[1].resolve())


def test_an_internal_error_with_a_multi_line_message_is_still_one_line(tmp_path, monkeypatch):
    import importlib

    pipeline = importlib.import_module("audioreview.render")

    def broken(review, slug, out, options, result, **kwargs):
        raise RuntimeError("\n    An attempt has been made to start a new process\n    before bootstrapping.\n")

    monkeypatch.setattr(pipeline, "build_outputs", broken)
    result = run("render", str(MARKDOWN), "--out", str(tmp_path / "out"), "--no-audio", "-q")
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert lines == [f"audioreview: {MARKDOWN}: internal error, please report it: RuntimeError: "
                     "An attempt has been made to start a new process before bootstrapping."]
    assert review_dirs(tmp_path / "out") == [], "the folder it had claimed is gone again"


def test_disk_full_faked_keeps_an_earlier_render_whole(tmp_path, monkeypatch):
    source = tmp_path / "review.md"
    shutil.copy(MARKDOWN, source)
    out = tmp_path / "out"
    assert run("render", str(source), "--out", str(out), "--no-audio", "-q").exit_code == 0
    [slug] = review_dirs(out)
    folder = out / slug
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    source.write_text(MARKDOWN.read_text() + "\n\nOne more paragraph for the second render. It is new.\n")
    enospc_on(monkeypatch, "review.json")  # the new EPUB is staged first, then review.json fails
    result = run("render", str(source), "--out", str(out), "--no-audio", "-q")
    assert_one_line_error(result, "review.json: cannot write: No space left on device")
    assert review_dirs(out) == [slug]
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before, "no final path changed"
    assert debris(out) == []


def test_feed_on_a_full_disk_faked(tmp_path, monkeypatch):
    import audioreview.feed.library as podcast
    from audioreview.errors import OutputError
    from audioreview.render import write_feed

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(podcast, "build_feed", lambda root, settings: {
        "feed.xml": b"<rss/>", "cover.png": b"png", "feed-settings.json": b"{}"})
    enospc_on(monkeypatch, "cover.png")
    with pytest.raises(OutputError) as caught:
        write_feed(out, base_url="https://example.org/")
    assert "cover.png: cannot write: No space left on device" in str(caught.value)
    assert list(out.iterdir()) == [], "nothing written, no temporary files"


def test_disk_full_text_only_on_a_tmpfs(tmp_path):
    with tmpfs(tmp_path / "small", "3m") as (fs, why):
        if fs is None:
            pytest.skip(f"cannot mount a tmpfs here ({why}); test_disk_full_faked_enospc covers disk full")
        filler = fill(fs, leave=12 * 1024)
        out = fs / "out"
        result = run("render", str(MARKDOWN), str(PLAIN), "--out", str(out), "--no-audio", "-q")
        assert result.exit_code == 2, result.stderr
        lines = error_lines(result.stderr)
        assert len(lines) == 2 and all("No space left on device" in line for line in lines), result.stderr
        assert review_dirs(out) == [] and debris(out) == []
        filler.unlink()
        assert run("render", str(MARKDOWN), str(PLAIN), "--out", str(out), "--no-audio", "-q").exit_code == 0
        assert len(review_dirs(out)) == 2 and not any(d.endswith("-2") for d in review_dirs(out))


@pytest.mark.slow
def test_disk_full_narrated_on_a_3mb_tmpfs_then_feed(tmp_path, synth_cache, rendered_examples):
    """The reproduction: a narrated batch into a 3 MB tmpfs (the real command,
    as a subprocess), then `feed` on a full disk."""
    with tmpfs(tmp_path / "small", "3m") as (fs, why):
        if fs is None:
            pytest.skip(f"cannot mount a tmpfs here ({why}); test_disk_full_faked_enospc covers disk full")
        proc = subprocess.run(cli_cmd("render", str(PLAIN), str(EXAMPLES / FAMILY), "--out", str(fs), "-q",
                                      "--cache-dir", str(synth_cache)),
                              capture_output=True, text=True, env=env(), timeout=600)
        assert proc.returncode == 2, proc.stderr
        lines = error_lines(proc.stderr)
        assert len(lines) == 2, proc.stderr  # one per input: the second input was tried too
        for line, source in zip(lines, (PLAIN, EXAMPLES / FAMILY)):
            assert line.startswith(f"audioreview: {source}: ") and "cannot write: No space left on device" in line
            assert "Traceback" not in line
        assert review_dirs(fs) == [] and debris(fs) == [], "nothing partial at any final path"

        # Room for the review but not for the feed: `feed` fails in one line, writes nothing.
        subprocess.run(["mount", "-o", "remount,size=8m", str(fs)], check=True)
        narrated = rendered_examples[FAMILY].out_dir
        shutil.copytree(narrated, fs / narrated.name)
        fill(fs, leave=8 * 1024)
        proc = subprocess.run(cli_cmd("feed", str(fs), "--base-url", "https://example.org/pod/"),
                              capture_output=True, text=True, env=env(), timeout=120)
        assert proc.returncode == 2, proc.stderr
        lines = error_lines(proc.stderr)
        assert len(lines) == 1 and "cannot write: No space left on device" in lines[0], proc.stderr
        assert not (fs / "feed.xml").exists() and debris(fs) == []


# ------------------------------------------------ folders: claims, leftovers (8)


def test_a_folder_with_only_its_claim_is_reused(tmp_path):
    """A render killed right after claiming its folder leaves render.json and
    temporary files; the re-run renders into that folder and cleans up."""
    out = tmp_path / "out"
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    [slug] = review_dirs(out)
    folder = out / slug
    for p in folder.iterdir():
        if p.name != "render.json":
            p.unlink()
    (folder / f".{slug}.epub.x1y2z3.part").write_bytes(b"half an epub")
    (folder / "chapters").mkdir()
    (folder / "chapters" / ".01-x.mp3.abc.part").write_bytes(b"half")
    (out / ".claim-0123abcd").mkdir()  # a claim that never got renamed into place
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    assert review_dirs(out) == [slug]
    assert debris(out) == []
    assert (folder / "review.json").is_file() and not (folder / "chapters").exists()


def test_an_unfinished_folder_without_render_json_is_adopted(tmp_path):
    """What the earlier version left on a full disk or a kill: MP3s and .part
    files, no render.json, no review.json. The re-run takes that folder (not
    <slug>-2) and removes what it does not produce."""
    out = tmp_path / "out"
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    [slug] = review_dirs(out)
    shutil.rmtree(out / slug)
    folder = out / slug
    (folder / "chapters").mkdir(parents=True)
    (folder / f"{slug}.mp3").write_bytes(b"\xff\xfb old audio")
    (folder / "chapters" / "01-title.mp3").write_bytes(b"\xff\xfb old audio")
    (folder / f".{slug}.mp3.k3j4.part").write_bytes(b"half")
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    assert review_dirs(out) == [slug]
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "render.json", "review.json", f"{slug}.epub"]


def test_a_folder_of_someone_else_is_never_taken(tmp_path):
    out = tmp_path / "out"
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    [slug] = review_dirs(out)
    shutil.rmtree(out / slug)
    (out / slug).mkdir()
    (out / slug / "notes.txt").write_text("mine")
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    assert review_dirs(out) == [slug, f"{slug}-2"]
    assert (out / slug / "notes.txt").read_text() == "mine"


def test_new_folders_keep_the_usual_permissions(tmp_path):
    out = tmp_path / "out"
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    [slug] = review_dirs(out)
    umask = os.umask(0)
    os.umask(umask)
    assert (out / slug).stat().st_mode & 0o777 == 0o777 & ~umask


# --------------------------------------- a render owns its folder (the "Also")


def test_no_audio_rerender_removes_what_it_no_longer_makes(tmp_path):
    out = tmp_path / "out"
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "-q").exit_code == 0
    [slug] = review_dirs(out)
    folder = out / slug
    stale = [f"{slug}.mp3", "chapters/01-title.mp3", "timing.json", f"{slug}.vtt", f"{slug}.srt",
             f"{slug}.chapters.json"]
    for name in stale:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(b"from an earlier narrated render")
    (folder / "notes.txt").write_text("not ours: kept")
    assert run("render", str(MARKDOWN), "--out", str(out), "--no-audio", "--no-epub", "-q").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "notes.txt", "render.json", "review.json"]


@pytest.mark.slow
def test_no_audio_rerender_of_a_narrated_review_drops_it_from_the_feed(rendered_examples, tmp_path):
    out = tmp_path / "out"
    narrated = rendered_examples[FAMILY].out_dir
    # The shared rendering may carry other tests' validator reports, which are not render's to remove.
    shutil.copytree(narrated, out / narrated.name, ignore=shutil.ignore_patterns("*.epubcheck.json"))
    folder = out / narrated.name
    result = render_batch([EXAMPLES / FAMILY], RenderOptions(out_dir=str(out), audio=False, quiet=True))[0]
    assert result.ok and result.out_dir == folder
    left = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    assert left == sorted(["index.html", "render.json", "review.json", f"{folder.name}.epub"]), left
    result = run("feed", str(out))
    assert_one_line_error(result, "no rendered reviews")


# ------------------------------------------------- concurrent renders (10)


def write_same_title_sources(tmp_path: Path) -> list[Path]:
    sources = []
    for name, body in (("a", "The first film is slow. It ends well."), ("b", "The second film is fast. It ends badly.")):
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: Same Title\n---\n\n{body}\n\nA second paragraph here. It is short.\n")
        sources.append(path)
    return sources


def check_both_kept(out: Path, sources: list[Path]) -> None:
    assert review_dirs(out) == ["same-title", "same-title-2"]
    owners = {json.loads((out / d / "render.json").read_text())["source"]: d for d in review_dirs(out)}
    assert set(owners) == {str(s.resolve()) for s in sources}
    for source in sources:
        model = (out / owners[str(source.resolve())] / "review.json").read_text()
        first_line = source.read_text().split("\n\n")[1].split(".")[0]
        assert first_line in model, "each folder holds its own source's review"
    assert debris(out) == []


def test_two_renders_of_same_title_sources_at_once_keep_both(tmp_path):
    sources = write_same_title_sources(tmp_path)
    for attempt in range(2):
        out = tmp_path / f"out{attempt}"
        procs = [subprocess.Popen(cli_cmd("render", str(s), "--out", str(out), "--no-audio", "-q"),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env()) for s in sources]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
        check_both_kept(out, sources)


@pytest.mark.slow
def test_two_narrated_renders_of_same_title_sources_at_once_keep_both_in_the_feed(tmp_path, synth_cache):
    import feedparser

    sources = write_same_title_sources(tmp_path)
    out = tmp_path / "out"
    procs = [subprocess.Popen(cli_cmd("render", str(s), "--out", str(out), "-q", "--feed",
                                      "--cache-dir", str(synth_cache), "--workers", "1"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env()) for s in sources]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    check_both_kept(out, sources)
    # Whichever feed build ran last saw both folders complete, or the first one
    # did not yet: rebuild once to compare against the folders.
    assert run("feed", str(out)).exit_code == 0
    assert len(feedparser.parse((out / "feed.xml").read_bytes()).entries) == 2


# ------------------------------------------------------------- kill -9 (8, 9)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find leftover processes")
def test_kill_9_at_random_points_then_rerun(tmp_path):
    """A real narrated render (two synthesis workers) killed with SIGKILL at
    random moments -- during synthesis, mastering, encoding and writing. After
    each kill no process of it is left; the re-run finishes in the same folder
    with no temporary or orphan files, and the episode guid never changes."""
    source = tmp_path / "tin-lanterns.md"
    source.write_text(SHORT_REVIEW)
    out, cache = tmp_path / "out", tmp_path / "cache"
    base = cli_cmd("render", str(source), "--out", str(out), "--workers", "2", "-q")

    def start(*extra: str) -> subprocess.Popen:
        return subprocess.Popen(base + list(extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=env(), start_new_session=True)

    def finish(proc: subprocess.Popen) -> None:
        try:
            _, err = proc.communicate(timeout=600)
        finally:
            left = wait_gone(proc.pid)
            kill_session(proc.pid)
        assert proc.returncode == 0, err
        assert left == [], left

    def timed(*extra: str) -> float:
        started = time.monotonic()
        finish(start(*extra))
        return time.monotonic() - started

    cold = timed("--no-cache")  # synthesis, mastering, encoding, writing
    [slug] = review_dirs(out)
    folder = out / slug
    (folder / "timing.json").unlink()  # without it the audio is made again (else reused by fingerprint)
    timed("--cache-dir", str(cache))  # fills the cache
    (folder / "timing.json").unlink()
    encode = timed("--cache-dir", str(cache))  # cached speech: mastering, encoding, writing

    seed = int(os.environ.get("AUDIOREVIEW_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    plan = [("--no-cache", "keep"), ("--no-cache", "fresh"), ("--cache", "keep"), ("--cache", "fresh"),
            ("--cache", "keep"), ("--cache", "fresh"), ("--no-cache", "keep"), ("--cache", "keep")]
    for i, (mode, folder_state) in enumerate(plan):
        guid = json.loads((folder / "render.json").read_text())["guid"]
        if folder_state == "fresh":
            shutil.rmtree(out)
        else:
            (folder / "timing.json").unlink()  # the audio is made and written again
        extra = ("--no-cache",) if mode == "--no-cache" else ("--cache-dir", str(cache))
        span = cold if mode == "--no-cache" else encode
        delay = rng.uniform(0.3, span)
        proc = start(*extra)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = wait_gone(proc.pid)
        kill_session(proc.pid)
        where = f"(seed {seed}, kill {i} after {delay:.2f} s of {span:.1f} s, {mode}, {folder_state} folder)"
        assert left == [], f"processes left after kill -9 {where}: {left}"
        assert all((out / d / "render.json").is_file() for d in review_dirs(out)), \
            f"a folder without its claim {where}: {review_dirs(out)}"
        assert len(review_dirs(out)) <= 1, where
        finish(start("--cache-dir", str(cache)))
        assert review_dirs(out) == [slug], f"re-run used another folder {where}: {review_dirs(out)}"
        assert debris(out) == [], f"leftovers {where}: {debris(out)}"
        for name in ("render.json", "review.json", "timing.json", f"{slug}.mp3", f"{slug}.epub"):
            assert (folder / name).is_file(), f"{name} missing {where}"
        if folder_state == "keep":
            assert json.loads((folder / "render.json").read_text())["guid"] == guid, f"guid changed {where}"
        assert run("feed", str(out)).exit_code == 0, where


# ------------------------------------------------------------- true peak (Also)


@pytest.mark.slow
def test_every_decoded_file_of_every_example_stays_under_minus_1_dbtp(rendered_examples):
    """Five narrated renders, every episode and chapter file decoded."""
    from audioreview.audio import dsp, mp3

    checked = 0
    for result in rendered_examples.values():
        for path in sorted(result.out_dir.rglob("*.mp3")):
            pcm, _ = mp3.decode(path.read_bytes())
            assert dsp.true_peak_db(pcm) <= -1.0, (path.name, dsp.true_peak_db(pcm))
            checked += 1
    assert checked >= 20
