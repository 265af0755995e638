"""The library, its -wal and -shm, every backup, the temporary copy of a file being imported and
the log are 0600, and the folders Verksted makes for them 0700, also with a umask of 022."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop.services.exchange import pack_session, unpack_session
from workshop.services.notes import add_note
from workshop.services.sessions import create_session
from workshop.store import sessionfile
from workshop.store.backups import backups_dir, daily_backup, restore_backup
from workshop.store.db import Library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_library_and_its_wal_and_shm_are_private(tmp_path):
    path = tmp_path / "ny" / "mappe" / "library.sqlite"
    with Library.open(path) as lib:
        sid = create_session(lib, "politician-workshop", "Privat")
        add_note(lib, sid, "Det Kari sa")
        with lib.read() as s:  # a reader keeps the -wal and -shm in place while we look
            s.connection().exec_driver_sql("SELECT 1").fetchall()
            for name in ("library.sqlite", "library.sqlite-wal", "library.sqlite-shm"):
                assert mode(path.parent / name) == 0o600, name
    assert mode(tmp_path / "ny" / "mappe") == 0o700
    assert mode(tmp_path / "ny") == 0o700


def test_backups_and_their_folder_are_private(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        sid = create_session(lib, "politician-workshop", "Privat")
        add_note(lib, sid, "Det Kari sa")
        changed = lib.changed_at()
    daily = daily_backup(path, changed, today=date(2026, 1, 2))
    safety = restore_backup(path, daily)
    folder = backups_dir(path)
    assert mode(folder) == 0o700
    for backup in (daily, safety):
        assert mode(backup) == 0o600, backup.name
    assert sorted(p.name for p in folder.iterdir()) == sorted([daily.name, safety.name])


def test_an_older_readable_library_and_backups_are_made_private(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.changed_at()
    folder = backups_dir(path)
    folder.mkdir(mode=0o755)
    old_backup = folder / "daily-2025-01-01.sqlite"
    old_backup.write_bytes(path.read_bytes())
    for p, m in ((path, 0o644), (folder, 0o755), (old_backup, 0o644)):
        p.chmod(m)
    with Library.open(path) as lib:
        sid = create_session(lib, "politician-workshop", "Privat")
        changed = lib.changed_at()
    assert mode(path) == 0o600
    daily_backup(path, changed, today=date(2026, 1, 2))
    assert mode(folder) == 0o700
    assert {p.name: mode(p) for p in folder.iterdir()} == {
        "daily-2025-01-01.sqlite": 0o600,
        "daily-2026-01-02.sqlite": 0o600,
    }
    assert sid


def test_the_copy_of_a_session_file_being_read_is_private(tmp_path, monkeypatch):
    with Library.open(tmp_path / "a.sqlite") as lib:
        sid = create_session(lib, "politician-workshop", "Privat")
        add_note(lib, sid, "Det Kari sa")
        pack_session(lib, sid, tmp_path / "fil.verksted")
    seen = {}
    check = sessionfile._check_header

    def look(copy: Path, name: str) -> None:
        seen.update(copy=mode(copy), folder=mode(copy.parent), name=copy.parent.name)
        check(copy, name)

    monkeypatch.setattr(sessionfile, "_check_header", look)
    with Library.open(tmp_path / "b.sqlite") as lib:
        unpack_session(lib, tmp_path / "fil.verksted")
    assert seen["copy"] == 0o600 and seen["folder"] == 0o700
    assert seen["name"].startswith(f"verksted-import-{os.getpid()}-")


def test_the_log_is_private(tmp_path, monkeypatch):
    from workshop.ui import errors

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    try:
        raise RuntimeError("Det Kari sa")
    except RuntimeError as exc:
        path = errors.write_log(type(exc), exc, exc.__traceback__)
    assert path is not None and path.is_relative_to(tmp_path / "state")
    assert mode(path) == 0o600
    assert "Det Kari sa" in path.read_text(encoding="utf-8")
    for folder in path.relative_to(tmp_path / "state").parents:
        if folder != Path("."):
            assert mode(tmp_path / "state" / folder) == 0o700, folder


@pytest.mark.skipif(sys.platform != "linux", reason="XDG data folder")
def test_verksteds_own_folder_is_tightened_and_the_users_own_left_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    own = tmp_path / "share" / "Verksted"
    documents = tmp_path / "Documents"
    for folder in (own, documents):
        folder.mkdir(parents=True)
        folder.chmod(0o755)  # as an older Verksted, or the user, made them
        Library.open(folder / "library.sqlite").close()
        folder.chmod(0o755)
        Library.open(folder / "library.sqlite").close()
    assert mode(own) == 0o700
    assert mode(documents) == 0o755
