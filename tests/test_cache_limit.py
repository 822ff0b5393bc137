"""The synthesis cache's size limit (issue 14): LRU by last use, never an entry
the review that just rendered used. No synthesis: entries are made by hand."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest

from audioreview.errors import OutputError
from audioreview.speech import cache as cache_mod
from audioreview.speech.cache import SpeechCache, Trimmer, parse_size, trim


def fill(cache: SpeechCache, texts: list[str], samples: int = 1000, start: float = 1_000_000.0) -> None:
    """Entries whose last use is ``start``, ``start + 10``, ... in list order."""
    for i, text in enumerate(texts):
        cache.put(text, np.full(samples, i, dtype=np.float32))
        os.utime(cache.path(text), (start + 10 * i, start + 10 * i))


def sizes(cache: SpeechCache) -> int:
    return sum(p.stat().st_size for p in (cache.root / "speech-v1").rglob("*.npy"))


@pytest.mark.parametrize("text,expected", [("2GB", 2 * 10**9), ("500 MB", 500 * 10**6), ("1.5GiB", int(1.5 * 2**30)),
                                           ("800000", 800000), ("64k", 64000)])
def test_parse_size(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "lots", "5 parsecs", "0", "-1GB"])
def test_parse_size_refuses(text):
    with pytest.raises(OutputError):
        parse_size(text)


def test_trim_removes_least_recently_used_first(tmp_path):
    cache = SpeechCache("voice-x", tmp_path)
    texts = [f"sentence number {i}" for i in range(10)]
    fill(cache, texts)
    one = cache.path(texts[0]).stat().st_size
    assert cache.get(texts[2]) is not None  # a hit: now the most recently used
    stats = trim(tmp_path, max_bytes=5 * one, target=1.0)
    kept = [t for t in texts if cache.path(t).exists()]
    assert stats.removed == 5 and sizes(cache) <= 5 * one
    assert kept == [texts[2]] + texts[6:]


def test_trim_never_removes_what_the_current_review_used(tmp_path):
    cache = SpeechCache("voice-x", tmp_path)
    old = [f"old {i}" for i in range(4)]
    fill(cache, old)
    started = time.time()
    current = [f"current {i}" for i in range(4)]
    for t in current:
        cache.put(t, np.zeros(1000, dtype=np.float32))  # written now: used by this review
    one = cache.path(current[0]).stat().st_size
    stats = trim(tmp_path, max_bytes=2 * one, protect_since=started)
    assert all(cache.path(t).exists() for t in current)  # over the limit rather than taking them
    assert not any(cache.path(t).exists() for t in old)
    assert stats.bytes_after == 4 * one


def test_trim_under_the_limit_changes_nothing_and_removes_stale_temp_files(tmp_path):
    cache = SpeechCache("voice-x", tmp_path)
    fill(cache, ["a", "b"])
    shard = cache.path("a").parent
    stale, fresh = shard / ".x.npy.123.part", shard / ".y.npy.456.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (1000, 1000))
    stats = trim(tmp_path, max_bytes=10**9)
    assert stats.removed == 0 and cache.path("a").exists() and cache.path("b").exists()
    assert not stale.exists() and fresh.exists()  # a fresh one may be a live render's


def test_trimmer_scans_only_when_writes_could_pass_the_limit(tmp_path, monkeypatch):
    scans = []
    real = cache_mod.trim
    monkeypatch.setattr(cache_mod, "trim", lambda *a, **k: scans.append(1) or real(*a, **k))
    cache = SpeechCache("voice-x", tmp_path)
    one_entry = 4000 + 128
    trimmer = Trimmer(tmp_path, max_bytes=5 * one_entry, rescan_every=1000)
    clock = 1_000_000.0  # review i starts at clock + 10 i and uses (writes) one entry
    for i in range(12):
        started = clock + 10 * i
        cache.put(f"review {i}", np.zeros(1000, dtype=np.float32))
        os.utime(cache.path(f"review {i}"), (started + 1, started + 1))
        trimmer.after_review(started)
        assert cache.path(f"review {i}").exists()
        assert sizes(cache) <= 5 * one_entry
    assert 1 < len(scans) < 12
    assert [i for i in range(12) if cache.path(f"review {i}").exists()] == [8, 9, 10, 11]  # trimmed to 90 %


def test_a_half_written_entry_is_a_miss_not_audio(tmp_path):
    cache = SpeechCache("voice-x", tmp_path)
    cache.put("whole", np.ones(1000, dtype=np.float32))
    path = cache.path("whole")
    path.write_bytes(path.read_bytes()[:100])  # as if the disk filled mid-way (no rename ever does this)
    assert cache.get("whole") is None
