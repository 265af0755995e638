"""Every file is written whole or not at all, with the permissions an ordinary open() gives."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat

import pytest

from workshop import atomic
from workshop.atomic import atomic_open, atomic_path


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def mode_of(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_text_and_bytes_replace_the_target(tmp_path):
    target = tmp_path / "notes.csv"
    target.write_text("old", encoding="utf-8")
    with atomic_open(target, "w", encoding="utf-8", newline="") as fh:
        fh.write("æ;ø\r\nå\n")
        assert target.read_text(encoding="utf-8") == "old"  # nothing shows before the end
    assert target.read_bytes() == "æ;ø\r\nå\n".encode()
    with atomic_open(target) as fh:
        fh.write(b"%PDF-")
    assert target.read_bytes() == b"%PDF-"
    assert leftovers(tmp_path) == []


def test_a_path_for_sqlite(tmp_path):
    target = tmp_path / "copy.sqlite"
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".copy.sqlite.")
        assert tmp.name.endswith(".tmp") and tmp.stat().st_size == 0
        conn = sqlite3.connect(tmp)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
        assert not target.exists()
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("error", [ValueError("broken writer"), KeyboardInterrupt()])
def test_an_error_leaves_the_old_file_and_no_temporary_one(tmp_path, error):
    target = tmp_path / "referat.pdf"
    target.write_bytes(b"old")
    with pytest.raises(type(error)), atomic_open(target) as fh:
        fh.write(b"half")
        raise error
    with pytest.raises(type(error)), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise error
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_the_systems_error(tmp_path):
    target = tmp_path / "finnes-ikke" / "r.pdf"
    for opener in (atomic_open, atomic_path):
        with pytest.raises(FileNotFoundError) as caught, opener(target):
            pass
        assert caught.value.errno == errno.ENOENT
        assert caught.value.strerror == os.strerror(errno.ENOENT)  # the one-line reason as today
    assert not target.parent.exists()


def test_a_folder_as_target_is_refused_and_cleaned_up(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OSError) as caught, atomic_open(folder) as fh:
        fh.write(b"x")
    assert caught.value.strerror
    assert folder.is_dir() and leftovers(tmp_path) == []


def test_a_full_disk_removes_the_temporary_file(tmp_path, monkeypatch):
    def full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with (
        pytest.raises(OSError, match="No space left on device"),
        atomic_open(tmp_path / "r.json", "w", encoding="utf-8") as fh,
    ):
        fh.write("{}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_are_those_of_an_ordinary_file(tmp_path):
    old = os.umask(0o002)
    try:
        plain = tmp_path / "plain"
        plain.write_bytes(b"")
        with atomic_open(tmp_path / "a") as fh:
            fh.write(b"x")
        with atomic_path(tmp_path / "b"):
            pass
        with atomic_path(tmp_path / "c", mode=0o644):
            pass
    finally:
        os.umask(old)
    assert mode_of(tmp_path / "a") == mode_of(tmp_path / "b") == mode_of(plain) == 0o664
    assert mode_of(tmp_path / "c") == 0o644  # as SQLite creates a database (the backups)


def test_two_writers_of_one_target_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "r.csv"
    with atomic_open(target, "w") as first, atomic_open(target, "w") as second:
        assert len(leftovers(tmp_path)) == 2
        first.write("first")
        second.write("second")
    assert target.read_text() == "first"  # the last to finish wins, whole
    assert leftovers(tmp_path) == []
