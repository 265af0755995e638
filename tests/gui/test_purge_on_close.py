"""Sessions deleted in the window are purged when it closes; what that purge could not remove
(a reader held the library, a file in the backups folder is not a library) is said in one
warning, and the next closing finishes it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from workshop.services import purge
from workshop.services.notes import add_note
from workshop.services.purge import pending_purges
from workshop.services.sessions import set_session_deleted
from workshop.store.backups import backups_dir, daily_backup
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings

NEEDLE = b"HEMMELIG-INNSPILL"


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_and_close(qtbot, library_path, settings, before_close=None) -> None:
    win = MainWindow(library_path, settings=settings)
    qtbot.addWidget(win)
    win.show()
    assert win.start()
    if before_close is not None:
        before_close()
    win.close()


def test_a_purge_at_closing_that_could_not_finish_is_told_and_finished_next_time(
    qtbot, library_path, session_id, lib, settings, dialogs, monkeypatch
):
    monkeypatch.setenv("LANGUAGE", "en")
    add_note(lib, session_id, "HEMMELIG-INNSPILL fra Kari")
    daily_backup(library_path, lib.changed_at(), today=date(2026, 3, 4))
    junk = backups_dir(library_path) / "daily-2025-01-01.sqlite"
    junk.write_bytes(b"junk\n")
    monkeypatch.setattr(purge, "WAIT_FOR_READERS_MS", 200)
    reader = sqlite3.connect(library_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM notes").fetchone()  # holds the old pages in the file

    open_and_close(
        qtbot, library_path, settings, lambda: set_session_deleted(lib, session_id, True)
    )
    assert dialogs.take_warnings() == [
        f"“Politikerverksted om innovasjon” is deleted, but its text is not yet gone from "
        f"{library_path} (another program is reading the library). Verksted finishes the "
        f"deletion the next time it closes; or run “workshop purge {session_id}”.\n\n"
        f"{junk} is not a Verksted library and was not scrubbed; delete it yourself if it is a "
        "copy of the library."
    ]
    wal = library_path.with_name(library_path.name + "-wal")
    assert NEEDLE in library_path.read_bytes() + wal.read_bytes()  # as the warning says
    assert list(pending_purges(lib)) == [session_id]

    reader.execute("COMMIT")
    reader.close()
    open_and_close(qtbot, library_path, settings)
    assert dialogs.take_warnings() == [  # the junk file, named again; the text is gone
        f"{junk} is not a Verksted library and was not scrubbed; delete it yourself if it is a "
        "copy of the library."
    ]
    assert pending_purges(lib) == {}
    held = [
        p.name for p in library_path.parent.rglob("*") if p.is_file() and NEEDLE in p.read_bytes()
    ]
    assert held == []


def test_a_complete_purge_at_closing_says_nothing(
    qtbot, library_path, session_id, lib, settings, dialogs
):
    add_note(lib, session_id, "HEMMELIG-INNSPILL fra Kari")
    daily_backup(library_path, lib.changed_at(), today=date(2026, 3, 4))
    open_and_close(
        qtbot, library_path, settings, lambda: set_session_deleted(lib, session_id, True)
    )
    assert pending_purges(lib) == {}
    held = [
        p.name for p in library_path.parent.rglob("*") if p.is_file() and NEEDLE in p.read_bytes()
    ]
    assert held == []
