"""render --watch (render.watch): an input is rendered again when its file
changes, new files in a watched folder are rendered, a broken edit is
reported and watched on; standard input is refused; Ctrl-C ends it cleanly."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from audioreview import RenderOptions
from audioreview.errors import InputError
from audioreview.render import watch

REVIEW = """{title}

There is a moment in The Harbour Clock when the keeper winds the great mechanism for the last
time. The film lingers there without hurry, and the quiet is the point.

The performances are small and exact. Nobody raises a voice, and nobody needs to.

A patient, generous film. Four stars.
"""


class Watcher:
    """watch() in a thread, stopped by :meth:`stop`; results collected as they come."""

    def __init__(self, sources: list[str], out: Path) -> None:
        self.results: list = []
        self.done = threading.Event()
        self.errors: list[BaseException] = []
        options = RenderOptions(out_dir=str(out), audio=False, epub=False, quiet=True)

        def run() -> None:
            try:
                watch(sources, options, poll=0.05, stop=self.done.is_set,
                      on_result=lambda r, say: self.results.append(r))
            except BaseException as exc:  # noqa: BLE001 -- reported by the test
                self.errors.append(exc)

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.results) < count:
            assert not self.errors, self.errors
            assert time.monotonic() < deadline, f"{len(self.results)} results, waited for {count}"
            time.sleep(0.02)

    def __enter__(self) -> "Watcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self.done.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()
        assert not self.errors, self.errors


def _title(result) -> str:
    return json.loads((result.out_dir / "review.json").read_text())["metadata"]["title"]


def _write(path: Path, text: str) -> None:
    """Write and move the time on, so the change shows on a coarse clock too."""
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_an_edited_file_is_rendered_again_and_a_new_one_in_the_folder_too(tmp_path):
    folder = tmp_path / "reviews"
    folder.mkdir()
    first = folder / "clock.txt"
    first.write_text(REVIEW.format(title="The Harbour Clock: time, kept"), encoding="utf-8")
    with Watcher([str(folder)], tmp_path / "out") as w:
        w.wait_for(1)
        assert w.results[0].ok and _title(w.results[0]) == "The Harbour Clock: time, kept"
        time.sleep(0.2)
        assert len(w.results) == 1  # nothing changed: nothing rendered again

        _write(first, REVIEW.format(title="The Harbour Clock: time, lost"))
        w.wait_for(2)
        assert w.results[1].ok and _title(w.results[1]) == "The Harbour Clock: time, lost"

        (folder / "second.md").write_text(REVIEW.format(title="# A second review of the clock"), encoding="utf-8")
        w.wait_for(3)
        assert Path(w.results[2].source).name == "second.md" and w.results[2].ok
    assert len(w.results) == 3


def test_a_broken_edit_is_reported_and_watched_on(tmp_path):
    review = tmp_path / "clock.txt"
    review.write_text(REVIEW.format(title="The Harbour Clock: time, kept"), encoding="utf-8")
    with Watcher([str(review)], tmp_path / "out") as w:
        w.wait_for(1)
        _write(review, "")  # an empty file: this input's error, one line
        w.wait_for(2)
        assert not w.results[1].ok and "empty" in str(w.results[1].error).lower()
        assert _title(w.results[0]) == "The Harbour Clock: time, kept"  # the good render stays
        _write(review, REVIEW.format(title="The Harbour Clock: mended"))
        w.wait_for(3)
        assert w.results[2].ok and _title(w.results[2]) == "The Harbour Clock: mended"


def test_a_manifest_is_rendered_again_when_a_file_it_names_changes(tmp_path):
    review = tmp_path / "clock.txt"
    review.write_text(REVIEW.format(title="The Harbour Clock: time, kept"), encoding="utf-8")
    manifest = tmp_path / "batch.jsonl"
    manifest.write_text(json.dumps({"path": "clock.txt", "author": "Ines Halloran"}) + "\n", encoding="utf-8")
    with Watcher([str(manifest)], tmp_path / "out") as w:
        w.wait_for(1)
        _write(review, REVIEW.format(title="The Harbour Clock: rewound"))
        w.wait_for(2)
        assert w.results[1].ok and _title(w.results[1]) == "The Harbour Clock: rewound"


def test_standard_input_cannot_be_watched(tmp_path):
    with pytest.raises(InputError, match="cannot be watched"):
        watch(["-"], RenderOptions(out_dir=str(tmp_path / "out"), audio=False), stop=lambda: True)


def _cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "audioreview", "render", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_cli_watch_refuses_a_scheduler_and_a_report(tmp_path):
    review = tmp_path / "clock.txt"
    review.write_text(REVIEW.format(title="The Harbour Clock"), encoding="utf-8")
    for extra in (["--scheduler", "tcp://127.0.0.1:9"], ["--report", str(tmp_path / "r.json")]):
        proc = _cli(str(review), "--out", str(tmp_path / "out"), "--no-audio", "--watch", *extra)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2 and "--watch" in err and "Traceback" not in err, err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is a POSIX test")
def test_cli_watch_stops_cleanly_on_ctrl_c(tmp_path):
    review = tmp_path / "clock.txt"
    review.write_text(REVIEW.format(title="The Harbour Clock"), encoding="utf-8")
    # A shell's background job (nohup ... &) starts with SIGINT ignored, and its children inherit
    # that: give the child the terminal's default so Ctrl-C means the same wherever the suite runs.
    proc = _cli(str(review), "--out", str(tmp_path / "out"), "--no-audio", "--watch",
                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not list((tmp_path / "out").glob("*/review.json")):
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "clock.txt ->" in out and re.search(r"unchanged, \d+\.\d s\)", out), out  # and how long it took
