"""Atomic writes: a failed write never replaces a good file or leaves debris."""

from __future__ import annotations

import os

import pytest

from audioreview.fileio import atomic_write, commit_files, is_part_file


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


# ------------------------------------------------------------ spooled outputs (issue 14)

def test_a_spooled_output_is_renamed_into_place_and_nothing_temporary_stays(tmp_path):
    from audioreview.fileio import OnDisk, Spool

    with Spool(tmp_path) as spool:
        big = spool.write("chapters/01-a.mp3", lambda fh: [fh.write(b"frame" * 1000) for _ in range(3)])
        assert isinstance(big, OnDisk) and big.temporary and big.path.parent == tmp_path / "chapters"
        assert is_part_file(big.path.name) and not (tmp_path / "chapters/01-a.mp3").exists()
        written, unchanged = commit_files(tmp_path, {"chapters/01-a.mp3": big, "small.json": b"{}"})
    assert sorted(written) == ["chapters/01-a.mp3", "small.json"] and unchanged == []
    assert (tmp_path / "chapters/01-a.mp3").read_bytes() == b"frame" * 3000
    assert not list(tmp_path.rglob("*.part"))


def test_a_spooled_output_equal_to_the_file_on_disk_leaves_it_untouched(tmp_path):
    from audioreview.fileio import OnDisk, Spool

    target = tmp_path / "a.mp3"
    target.write_bytes(b"same bytes")
    before = target.stat().st_mtime_ns, target.stat().st_ino
    with Spool(tmp_path) as spool:
        again = spool.write("a.mp3", lambda fh: fh.write(b"same bytes"))
        kept = OnDisk(target, temporary=False)  # a re-render reusing the file on disk
        written, unchanged = commit_files(tmp_path, {"a.mp3": again})
        assert (written, unchanged) == ([], ["a.mp3"])
        assert commit_files(tmp_path, {"a.mp3": kept}) == ([], ["a.mp3"])
    assert (target.stat().st_mtime_ns, target.stat().st_ino) == before
    assert not list(tmp_path.rglob("*.part"))


def test_spooled_outputs_of_a_failed_render_are_removed(tmp_path):
    from audioreview.fileio import Spool

    with pytest.raises(RuntimeError):
        with Spool(tmp_path) as spool:
            spool.write("episode.mp3", lambda fh: fh.write(b"x" * 100))

            def broken(fh):
                fh.write(b"half")
                raise RuntimeError("the writer failed half way")

            spool.write("book.epub", broken)
    assert list(tmp_path.iterdir()) == [], "neither the finished nor the half-written temporary file stays"


def test_without_a_folder_a_spool_gives_bytes():
    from audioreview.fileio import Spool

    assert Spool(None).write("x.mp3", lambda fh: fh.write(b"abc")) == b"abc"
