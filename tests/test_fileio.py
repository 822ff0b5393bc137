"""Atomic writes: a failed write never replaces a good file or leaves debris."""

from __future__ import annotations

import os

import pytest

from audioreview.fileio import atomic_write, write_if_changed


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "a" / "b.txt"
    atomic_write(target, "first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["b.txt"]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "good.mp3"
    target.write_bytes(b"good")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"half")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["good.mp3"]


def test_write_if_changed_skips_identical_bytes(tmp_path):
    target = tmp_path / "x.json"
    assert write_if_changed(target, "{}") is True
    before = target.stat().st_mtime_ns
    os.utime(target, ns=(before - 10**9, before - 10**9))
    assert write_if_changed(target, "{}") is False
    assert target.stat().st_mtime_ns == before - 10**9
    assert write_if_changed(target, "{ }") is True
