"""Purge is complete and can be finished (GDPR): remembered before anything is deleted, every
backup and temporary copy scrubbed, a file that is not a library skipped and named, a reader that
keeps the text in the file waited for and then told, and a second purge finishes what the first
could not. A library opened through a symbolic link is purged, backed up and locked where it
really is."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.errors import NotFoundError
from workshop.services import purge
from workshop.services.exchange import pack_session
from workshop.services.library import open_library
from workshop.services.notes import add_note, list_notes
from workshop.services.purge import (
    IN_USE,
    pending_purges,
    purge_deleted_sessions,
    purge_session,
    resolve_purge,
)
from workshop.services.sessions import create_session, list_sessions, set_session_deleted
from workshop.store.backups import backups_dir, daily_backup
from workshop.store.db import Library
from workshop.store.scrub import FOREIGN

SECRET = "HEMMELIG-INNSPILL fra Kari"
NEEDLE = b"HEMMELIG-INNSPILL"


def files_with(folder: Path, needle: bytes = NEEDLE) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and needle in p.read_bytes()
    )


@pytest.fixture
def temp_dir(tmp_path, monkeypatch) -> Path:
    """The temp folder imports copy into (kept inside the test's folder)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", None)
    yield folder
    monkeypatch.setattr("tempfile.tempdir", None)


@pytest.fixture
def library(tmp_path, temp_dir) -> tuple[Path, str, str]:
    """A library with a secret session in three daily backups, and one session that stays."""
    path = tmp_path / "lib" / "library.sqlite"
    with Library.open(path) as lib:
        kept = create_session(lib, "focus-group", "Beholdes")
        add_note(lib, kept, "Offentlig lapp")
        sid = create_session(lib, "politician-workshop", "Hemmelig økt")
        for day in (1, 2, 3):
            add_note(lib, sid, f"{SECRET} dag {day}")
            daily_backup(path, lib.changed_at(), today=date(2025, 1, day))
    return path, sid, kept


def test_a_junk_file_is_named_and_the_rest_scrubbed(library):
    path, sid, kept = library
    junk = backups_dir(path) / "daily-2024-12-31.sqlite"
    junk.write_bytes(b"junk\n")
    other_program = backups_dir(path) / "daily-2024-12-30.sqlite"
    conn = sqlite3.connect(other_program)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with Library.open(path) as lib:
        report = purge_session(lib, sid)
        assert report.complete
        assert sorted((x.path.name, x.reason) for x in report.skipped) == [
            ("daily-2024-12-30.sqlite", FOREIGN),
            ("daily-2024-12-31.sqlite", FOREIGN),
        ]
        assert pending_purges(lib) == {}
        assert [s.id for s in list_sessions(lib)] == [kept]
    assert files_with(path.parent) == []
    assert junk.read_bytes() == b"junk\n"  # not ours: left as it was


def test_what_killed_backups_and_imports_left_is_removed(library, temp_dir, tmp_path):
    path, sid, _kept = library
    folder = backups_dir(path)
    shutil.copy(
        folder / "daily-2025-01-03.sqlite", folder / ".daily-2025-01-04.sqlite.1a2b3c4d.tmp"
    )
    (folder / "daily-2025-01-05.sqlite.tmp").write_bytes(b"")  # an empty one, as a full disk left
    with Library.open(path) as lib:
        pack_session(lib, sid, tmp_path / "økt.verksted")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    for name in (f"verksted-import-{dead.pid}-k9x1", "verksted-import-olde2e"):
        (temp_dir / name).mkdir(mode=0o700)
        shutil.copy(tmp_path / "økt.verksted", temp_dir / name / "incoming.sqlite")
    (tmp_path / "økt.verksted").unlink()
    # copies of other files that imports may be reading now are not touched
    others = [temp_dir / "verksted-import-a1b2c3", temp_dir / f"verksted-import-{os.getpid()}-z"]
    for other in others:
        other.mkdir()
        (other / "incoming.sqlite").write_bytes(b"another session")
    assert len(files_with(tmp_path)) == 7
    with Library.open(path) as lib:
        assert purge_session(lib, sid).complete
    assert files_with(tmp_path) == []
    assert sorted(p.name for p in folder.iterdir()) == [
        "daily-2025-01-01.sqlite",
        "daily-2025-01-02.sqlite",
        "daily-2025-01-03.sqlite",
    ]
    assert sorted(temp_dir.iterdir()) == sorted(others)


def test_a_copy_a_running_import_reads_is_told_and_finished_later(library, temp_dir, tmp_path):
    path, sid, _kept = library
    with Library.open(path) as lib:
        pack_session(lib, sid, tmp_path / "økt.verksted")
        live = temp_dir / f"verksted-import-{os.getpid()}-live"
        live.mkdir()
        shutil.copy(tmp_path / "økt.verksted", live / "incoming.sqlite")
        (tmp_path / "økt.verksted").unlink()
        report = purge_session(lib, sid)
        assert not report.complete
        assert [(x.path, x.reason) for x in report.pending] == [(live, IN_USE)]
        assert sid in pending_purges(lib)
        shutil.rmtree(live)  # the import ended
        assert resolve_purge(lib, sid[:8]) == (sid, None, True)
        assert purge_session(lib, sid).complete
        assert pending_purges(lib) == {}
    assert files_with(tmp_path) == []


def test_a_reader_is_waited_for_then_told_and_a_second_purge_finishes(library, monkeypatch, capsys):
    path, sid, kept = library
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM notes").fetchone() == (4,)  # holds its snapshot
    monkeypatch.setattr(purge, "WAIT_FOR_READERS_MS", 300)
    monkeypatch.setenv("LANGUAGE", "en")
    started = time.monotonic()
    code = main(["--library", str(path), "purge", sid, "--yes"])
    waited = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == (
        f"workshop: “Hemmelig økt” is deleted, but its text is not yet gone from {path} (another "
        f"program is reading the library); run “workshop purge {sid}” again when it is free\n"
    )
    assert waited >= 0.3
    assert NEEDLE in path.read_bytes()  # what the message says: still in the file
    assert files_with(backups_dir(path)) == []  # the backups were done meanwhile
    reader.execute("COMMIT")
    reader.close()
    # The session is gone from the list; a second purge by its id finishes the purge.
    assert main(["--library", str(path), "purge", sid[:8], "--yes"]) == 0
    assert capsys.readouterr().err == f"“{sid}” has been deleted for good.\n"
    assert files_with(path.parent) == []
    assert main(["--library", str(path), "purge", sid, "--yes"]) == 1
    assert capsys.readouterr().err == f"workshop: No session “{sid}”\n"
    with Library.open(path) as lib:
        assert [s.id for s in list_sessions(lib)] == [kept]


def test_an_interrupted_purge_is_finished_by_purge_and_when_the_app_closes(library):
    path, sid, kept = library
    with Library.open(path) as lib:
        real_scrub = purge.scrub_backups

        def killed(*args, **kwargs):
            raise KeyboardInterrupt  # stopped after the deletion was committed

        purge.scrub_backups = killed
        try:
            with pytest.raises(KeyboardInterrupt):
                purge_session(lib, sid)
        finally:
            purge.scrub_backups = real_scrub
        assert [s.id for s in list_sessions(lib)] == [kept]
        assert list(pending_purges(lib)) == [sid]
        assert files_with(backups_dir(path))  # the backups still hold it
        set_session_deleted(lib, kept, True)  # and one more is deleted in the app
        assert purge_deleted_sessions(lib) == 1
        assert pending_purges(lib) == {}
        with pytest.raises(NotFoundError):
            resolve_purge(lib, sid)
    assert files_with(path.parent) == []


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_a_library_opened_through_a_link_is_used_where_it_is(library, tmp_path, qtbot):
    path, sid, _kept = library
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(path)
    with open_library(link) as lib:
        assert lib.path == path
        assert list_notes(lib, sid)
        assert purge_session(lib, sid).complete
    assert files_with(path.parent) == []
    assert not (link.parent / "link-backups").exists()
    assert main(["--library", str(link), "backups"]) == 0

    from workshop.ui.app import library_in_use
    from workshop.ui.main_window import MainWindow

    window = MainWindow(link)
    qtbot.addWidget(window)
    assert window.acquire_lock()
    try:
        assert library_in_use(path)  # the real file's lock, seen under its own name
        assert library_in_use(link)
        assert Path(f"{path}.lock").exists()
        assert not Path(f"{link}.lock").exists()
    finally:
        window.lock.unlock()
