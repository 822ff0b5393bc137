"""Atomic writes: a failed write never replaces a good file or leaves debris."""

from __future__ import annotations

import os

import pytest

from audioreview.fileio import atomic_write


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


def test_commit_files_writes_a_group_renaming_the_last_ones_last(tmp_path, monkeypatch):
    from audioreview.fileio import commit_files

    (tmp_path / "same.txt").write_text("same")
    renamed = []
    real_replace = os.replace

    def watching_replace(src, dst):
        renamed.append(os.path.relpath(dst, tmp_path))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching_replace)
    written, unchanged = commit_files(tmp_path, {"index.json": "{}", "sub/a.bin": b"a", "same.txt": "same",
                                                 "b.txt": "b"}, last=("index.json",))
    assert renamed == ["sub/a.bin", "b.txt", "index.json"]
    assert written == renamed and unchanged == ["same.txt"]
    assert (tmp_path / "sub" / "a.bin").read_bytes() == b"a"


def test_commit_files_that_cannot_write_one_file_changes_no_final_path(tmp_path, monkeypatch):
    import errno

    import audioreview.fileio as fileio
    from audioreview.errors import OutputError

    (tmp_path / "a.txt").write_text("old a")
    real = fileio.write_temp

    def full_disk(target, payload):
        if target.name == "c.txt":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, payload)

    monkeypatch.setattr(fileio, "write_temp", full_disk)
    with pytest.raises(OutputError) as caught:
        fileio.commit_files(tmp_path, {"a.txt": "new a", "b.txt": "new b", "c.txt": "new c"})
    assert str(caught.value) == f"{tmp_path / 'c.txt'}: cannot write: No space left on device"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old a"


def test_dir_lock_excludes_a_second_holder_until_released(tmp_path):
    import threading
    import time

    from audioreview.fileio import dir_lock

    order = []
    with dir_lock(tmp_path):
        def second():
            with dir_lock(tmp_path):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.2)
        order.append("first done")
    thread.join(5)
    assert order == ["first done", "second"]


def test_remove_part_files_takes_only_temporary_files(tmp_path):
    from audioreview.fileio import remove_part_files

    (tmp_path / "chapters").mkdir()
    keep = [tmp_path / "a.mp3", tmp_path / "notes.part", tmp_path / "chapters" / "01-x.mp3"]
    gone = [tmp_path / ".a.mp3.x1y2.part", tmp_path / "chapters" / ".01-x.mp3.abc.part"]
    for p in keep + gone:
        p.write_bytes(b"x")
    remove_part_files(tmp_path)
    assert all(p.exists() for p in keep) and not any(p.exists() for p in gone)
