"""Each misleading error of old has its own clear one-line message (issue 15).

A read-only mount said "damaged … restore from a backup"; a 0444 library and ``--library
/dev/null`` gave unexpected errors (and created ``/dev/null-journal``); SQLite messages that are
not UTF-8 escaped as a UnicodeDecodeError; a CSV step ``²`` or a number of 4,301 digits escaped
as an int() error; a bad principle echoed a 5,000-character value.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from workshop.cli import main


def run(capsys, monkeypatch, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("LANGUAGE", "en")
    capsys.readouterr()
    code = main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "unexpected error" not in err
    return code, err


@pytest.fixture
def library(tmp_path, capsys, monkeypatch) -> Path:
    path = tmp_path / "lib.sqlite"
    code, _ = run(capsys, monkeypatch, "--library", str(path), "demo")
    assert code == 0
    return path


def poison_schema(path: Path, *, broken_sql: bool) -> None:
    """Give the file a table whose name is not UTF-8: SQLite quotes it in its messages.

    ``broken_sql``: the table's SQL does not parse (every statement fails with a message naming
    it); else a NOT NULL column holds a NULL (quick_check names the table).
    """
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute('CREATE TABLE "zzÆÆ"(a)')
    conn.execute('INSERT INTO "zzÆÆ" VALUES (NULL)')
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    sql = 'CREATE TABLE "zzÆÆ"(a NOT NULL' + ("" if broken_sql else ")")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'zzÆÆ'", (sql,))
    conn.commit()
    conn.close()
    path.write_bytes(path.read_bytes().replace("ÆÆ".encode(), b"\xff\xfe\xff\xfe"))


@pytest.mark.parametrize("broken_sql", [True, False], ids=["schema", "quick_check"])
def test_a_library_whose_messages_are_not_utf8_is_damaged(library, capsys, monkeypatch, broken_sql):
    poison_schema(library, broken_sql=broken_sql)
    code, err = run(capsys, monkeypatch, "--library", str(library), "sessions")
    assert code == 1
    assert err.count("\n") == 1
    assert "is damaged" in err


@pytest.mark.parametrize("broken_sql", [True, False], ids=["schema", "quick_check"])
def test_a_session_file_whose_messages_are_not_utf8_is_damaged(
    library, tmp_path, capsys, monkeypatch, broken_sql
):
    from workshop.errors import VerkstedError
    from workshop.services.library import open_library
    from workshop.services.sessions import list_sessions
    from workshop.store.sessionfile import read_session_file

    target = tmp_path / "s.verksted"
    with open_library(library) as lib:
        session_id = list_sessions(lib)[0].id
    code, _ = run(capsys, monkeypatch, "--library", str(library), "pack", session_id, str(target))
    assert code == 0
    poison_schema(target, broken_sql=broken_sql)
    with pytest.raises(VerkstedError) as caught:
        read_session_file(target)
    assert "is damaged" in caught.value.message("en")
    code, err = run(capsys, monkeypatch, "--library", str(library), "unpack", str(target))
    assert code == 1
    assert "is damaged" in err


def journal_state(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def test_dev_null_is_refused_and_no_journal_is_made(capsys, monkeypatch):
    journal = Path("/dev/null-journal")
    before = journal_state(journal)  # an older Verksted may have left one: it must stay as is
    code, err = run(capsys, monkeypatch, "--library", "/dev/null", "sessions")
    assert code == 1
    assert "/dev/null is not a regular file" in err
    assert journal_state(journal) == before


def test_a_fifo_is_refused(tmp_path, capsys, monkeypatch):
    fifo = tmp_path / "lib.sqlite"
    os.mkfifo(fifo)
    code, err = run(capsys, monkeypatch, "--library", str(fifo), "sessions")
    assert code == 1
    assert "is not a regular file" in err


def as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user (root ignores file permissions)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_a_read_only_library_file_says_so(library, request):
    prefix = as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions do not apply")
    # Outside pytest's folders, which only their owner may enter.
    folder = Path(tempfile.mkdtemp(prefix="verksted-ro-test-"))
    request.addfinalizer(lambda: shutil.rmtree(folder, ignore_errors=True))
    copy = folder / "lib.sqlite"
    shutil.copyfile(library, copy)
    copy.chmod(0o444)
    if prefix:
        os.chown(copy, 65534, 65534)
        os.chown(folder, 65534, 65534)
    env = {**os.environ, "LANGUAGE": "en", "HOME": str(folder)}
    for command in ("sessions", "demo"):
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "workshop", "--library", str(copy), command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert done.stderr.count("\n") == 1, done.stderr
        assert "is read-only (file permissions)" in done.stderr
        assert "unexpected" not in done.stderr


def test_a_read_only_mount_is_not_called_damaged(library, tmp_path, capsys, monkeypatch):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)])
    if mounted.returncode != 0:
        pytest.skip("this machine does not let tests mount a tmpfs")
    try:
        shutil.copyfile(library, mnt / "lib.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        for name in ("lib.sqlite", "new.sqlite"):
            code, err = run(capsys, monkeypatch, "--library", str(mnt / name), "sessions")
            assert code == 1
            assert "is on a read-only disk or mount" in err
            assert "damaged" not in err
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def test_a_read_only_mount_is_seen_by_its_flag(library, monkeypatch, capsys):
    """Without root: the mount's read-only flag alone gives the message."""
    from workshop.store import inspection

    real_access = os.access
    monkeypatch.setattr(
        inspection.os,
        "access",
        lambda p, mode: False if mode & os.W_OK else real_access(p, mode),
    )
    monkeypatch.setattr(inspection, "_read_only_mount", lambda p: True)
    code, err = run(capsys, monkeypatch, "--library", str(library), "sessions")
    assert code == 1
    assert "is on a read-only disk or mount" in err
