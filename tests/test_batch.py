"""Batches at archive scale (issue 14): kill -9 and resume, the synthesis cache
under kill -9, and a real Dask cluster (a scheduler and two worker processes on
127.0.0.1, one killed mid-batch) giving the same files as a local render.

Every test here starts real processes and most synthesize speech: all slow.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT, require_tool
from test_render_robustness import cli_cmd, debris, env, kill_session, review_dirs, wait_gone

sys.path.insert(0, str(ROOT / "bench"))
from synthetic_reviews import write_reviews  # noqa: E402

pytestmark = pytest.mark.slow


def file_states(out: Path, folders: list[str]) -> dict[str, int]:
    """mtime_ns of every file in ``folders`` of ``out``."""
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns
            for d in folders for p in sorted((out / d).rglob("*")) if p.is_file()}


def start(args: list[str], **kw) -> subprocess.Popen:
    return subprocess.Popen(cli_cmd(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
                            start_new_session=True, **kw)


def read_lines_until(proc: subprocess.Popen, count: int, timeout: float = 300) -> list[str]:
    """The first ``count`` result lines a running render prints."""
    lines, deadline = [], time.monotonic() + timeout
    while len(lines) < count and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if " -> " in line:
            lines.append(line.strip())
    return lines


def kill_9(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = wait_gone(proc.pid)
    kill_session(proc.pid)
    assert left == [], f"processes left after kill -9: {left}"


def check_cache(cache: Path) -> int:
    """Every entry of the synthesis cache loads as mono float32; returns how many."""
    entries = list(cache.rglob("*.npy"))
    for path in entries:
        audio = np.load(path, allow_pickle=False)
        assert audio.dtype == np.float32 and audio.ndim == 1 and audio.size > 0, path
    return len(entries)


def test_a_text_batch_killed_midway_resumes_without_redoing_finished_reviews(tmp_path):
    reviews = write_reviews(40, tmp_path / "reviews")
    out = tmp_path / "out"
    args = ["render", str(tmp_path / "reviews"), "--no-audio", "--out", str(out)]
    proc = start(args)
    done = read_lines_until(proc, 12)
    kill_9(proc)
    assert len(done) == 12, done
    finished = [Path(line.split(" -> ", 1)[1].split("/ (")[0]).name for line in done]
    before = file_states(out, finished)
    assert 12 <= len(review_dirs(out)) < 40

    again = subprocess.run(cli_cmd(*args, "--report", str(tmp_path / "report.json")), capture_output=True,
                           text=True, env=env(), timeout=600)
    assert again.returncode == 0, again.stderr
    assert len(review_dirs(out)) == len(reviews) == 40
    assert file_states(out, finished) == before  # finished reviews: not one file rewritten
    assert debris(out) == []
    report = json.loads((tmp_path / "report.json").read_text())
    by_slug = {r["slug"]: r for r in report["inputs"]}
    assert all(by_slug[s]["written"] == 0 for s in finished)
    assert sum(1 for r in report["inputs"] if r["written"] > 0) == 40 - len(finished)
    for d in review_dirs(out):
        for name in ("render.json", "review.json", "index.html"):
            assert (out / d / name).is_file(), (d, name)
        assert any((out / d).glob("*.epub")), d


def test_a_narrated_batch_killed_mid_synthesis_keeps_the_cache_whole_and_resumes(tmp_path):
    write_reviews(3, tmp_path / "reviews", paragraphs=2)
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["render", str(tmp_path / "reviews"), "--out", str(out), "--cache-dir", str(cache), "--workers", "2"]
    proc = start(args)
    first = read_lines_until(proc, 1)
    time.sleep(1.5)  # into the second review's synthesis
    kill_9(proc)
    assert len(first) == 1, proc.stderr.read()
    finished = [Path(first[0].split(" -> ", 1)[1].split("/ (")[0]).name]
    before = file_states(out, finished)
    entries = check_cache(cache)
    assert entries > 0

    again = subprocess.run(cli_cmd(*args, "-q", "--report", str(tmp_path / "r.json")), capture_output=True,
                           text=True, env=env(), timeout=900)
    assert again.returncode == 0, again.stderr
    assert file_states(out, finished) == before
    assert len(review_dirs(out)) == 3 and debris(out) == []
    # Every entry still loads; the re-run adds what was missing (with pipelining the
    # workers may have synthesized every review's speech before the kill).
    assert check_cache(cache) >= entries
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["totals"]["ok"] == 3
    assert report["totals"]["ok"] == 3 and report["totals"]["audio_seconds"] > 30
    [kept] = [r for r in report["inputs"] if r["slug"] == finished[0]]
    assert kept["cache"]["audio_reused"] and kept["written"] == 0


def test_cache_max_size_trims_after_each_review_but_never_what_it_used(tmp_path):
    """A limit below one review's speech: after each review every older entry
    goes, and exactly what the last review used is left."""
    write_reviews(3, tmp_path / "reviews", paragraphs=2)
    out, cache = tmp_path / "out", tmp_path / "cache"
    result = subprocess.run(cli_cmd("render", str(tmp_path / "reviews"), "--out", str(out), "--cache-dir", str(cache),
                                    "-q", "--cache-max-size", "1MB", "--report", str(tmp_path / "r.json")),
                            capture_output=True, text=True, env=env(), timeout=900)
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    used = [r["cache"]["hits"] + r["cache"]["misses"] for r in report["inputs"]]
    assert all(n > 0 for n in used)
    assert check_cache(cache) == used[-1]
    assert sum(p.stat().st_size for p in cache.rglob("*.npy")) > 1_000_000  # over: the last review's own


# ------------------------------------------------------------------ Dask


def need_dask() -> None:
    require_tool("dask distributed", importlib.util.find_spec("distributed") is not None,
                 "pip install 'audioreview[dask]'")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def dask_cluster(tmp_path: Path, workers: int = 2):
    """A `dask scheduler` and ``workers`` `dask worker` processes (no nanny, so
    a killed worker stays dead) on 127.0.0.1; yields (address, worker processes)."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    logs = tmp_path / "dask-logs"
    logs.mkdir()
    procs = [subprocess.Popen(dask + ["--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
                              stdout=subprocess.DEVNULL, stderr=open(logs / "scheduler.log", "w"), env=env(),
                              cwd=logs, start_new_session=True)]
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            time.sleep(0.3)
        worker_procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                          "--nthreads", "1", "--no-nanny", "--dashboard-address", ":0",
                                          "--name", f"w{i}"],
                                         stdout=subprocess.DEVNULL, stderr=open(logs / f"worker{i}.log", "w"),
                                         env=env(), cwd=logs, start_new_session=True)
                        for i in range(workers)]
        procs += worker_procs
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, worker_procs
    finally:
        for p in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def comparable(out: Path) -> dict[str, bytes]:
    """Every file of a render by path, render.json without its guid and first
    render time (they differ between two renders by design). The library page
    (OUT/index.html) lists the reviews in the order they were first rendered,
    which follows those times: it is compared as its lines, sorted."""
    files = {}
    for p in sorted(out.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(out).as_posix()
        data = p.read_bytes()
        if p.name == "render.json":
            info = json.loads(data)
            info.pop("guid"), info.pop("first_rendered")
            data = json.dumps(info, sort_keys=True).encode()
        elif rel == "index.html":
            lines = re.sub(rb'aria-describedby="review-\d+"|id="review-\d+"', b"", data).replace(b"><", b">\n<")
            data = b"\n".join(sorted(lines.splitlines()))
        files[rel] = data
    return files


def test_dask_cluster_with_a_worker_killed_midway_gives_the_local_files(tmp_path):
    need_dask()
    reviews = tmp_path / "reviews"
    write_reviews(6, reviews, paragraphs=2)
    local, cluster_out, cache = tmp_path / "local", tmp_path / "cluster", tmp_path / "cache"
    common = ["--cache-dir", str(cache)]
    ran = subprocess.run(cli_cmd("render", str(reviews), "--out", str(local), "-q", *common), capture_output=True,
                         text=True, env=env(), timeout=1200)
    assert ran.returncode == 0, ran.stderr
    with dask_cluster(tmp_path) as (address, workers):
        proc = start(["render", str(reviews), "--out", str(cluster_out), "--scheduler", address,
                      "--report", str(tmp_path / "report.json"), *common], cwd=str(ROOT))
        first = read_lines_until(proc, 1)
        os.kill(workers[1].pid, signal.SIGKILL)  # mid-task: each worker holds tasks of the batch
        workers[1].wait()
        rest, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
        assert len(first) == 1
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["totals"]["ok"] == 6 and report["totals"]["scheduler"] == address
    assert debris(cluster_out) == []
    got, want = comparable(cluster_out), comparable(local)
    assert sorted(got) == sorted(want)
    assert [name for name in want if got[name] != want[name]] == []  # text and audio byte-identical


def test_dask_text_batch_and_a_bad_row(tmp_path):
    need_dask()
    reviews = tmp_path / "reviews"
    write_reviews(8, reviews)
    [extra] = write_reviews(1, tmp_path / "extra", start=100)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "reviews/nope.md"}) + "\n"
                        + json.dumps({"path": f"extra/{extra.name}", "title": "Renamed"}) + "\n")
    local, cluster_out = tmp_path / "local", tmp_path / "cluster"
    ran = subprocess.run(cli_cmd("render", str(reviews), str(manifest), "--no-audio", "--out", str(local), "-q"),
                         capture_output=True, text=True, env=env(), timeout=600)
    assert ran.returncode == 2 and "m.jsonl row 1" in ran.stderr
    with dask_cluster(tmp_path) as (address, _workers):
        ran = subprocess.run(cli_cmd("render", str(reviews), str(manifest), "--no-audio", "--out", str(cluster_out),
                                     "-q", "--scheduler", address), capture_output=True, text=True, env=env(),
                             timeout=600)
    assert ran.returncode == 2, ran.stderr
    assert [line for line in ran.stderr.splitlines() if line.strip()] == [
        f"audioreview: {manifest} row 1: {reviews / 'nope.md'}: no such file"]
    assert comparable(cluster_out) == comparable(local)
    assert (cluster_out / "renamed" / "review.json").is_file()


def test_an_unreachable_scheduler_is_one_line_within_10_seconds(tmp_path):
    need_dask()
    source = write_reviews(1, tmp_path / "reviews")[0]
    started = time.monotonic()
    ran = subprocess.run(cli_cmd("render", str(source), "--no-audio", "--out", str(tmp_path / "out"),
                                 "--scheduler", f"tcp://127.0.0.1:{free_port()}"),
                         capture_output=True, text=True, env=env(), timeout=60)
    elapsed = time.monotonic() - started
    lines = [line for line in ran.stderr.splitlines() if line.strip()]
    assert ran.returncode == 2 and len(lines) == 1, ran.stderr
    assert lines[0].startswith("audioreview: tcp://127.0.0.1:") and "cannot reach the Dask scheduler" in lines[0]
    assert elapsed < 10, elapsed
    assert review_dirs(tmp_path / "out") == []
