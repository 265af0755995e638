"""A daily backup that cannot be made never blocks the work (issue 15).

On a full disk on a new day even ``show`` and ``sessions`` failed ("database or disk is full")
and left an empty temporary backup behind; the GUI then said "The library is open elsewhere
(process 0 on )". Now the failure is one warning line (a status-bar warning in the GUI), nothing
is left in the backups folder, and the GUI opens the library.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main

WARNING = "Warning: today's backup could not be made in"


@pytest.fixture
def changed_library(tmp_path) -> Path:
    """A library changed since its last backup (none yet): opening it makes today's backup."""
    from workshop.services.demo import create_demo
    from workshop.store.db import Library

    path = tmp_path / "made" / "lib.sqlite"
    with Library.open(path) as lib:
        create_demo(lib)
        lib.checkpoint()
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def full_disk(tmp_path, changed_library):
    """The library alone on a tmpfs just larger than it, so its backup cannot be written."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "full"
    mnt.mkdir()
    size = changed_library.stat().st_size + 48 * 1024  # the file, its -shm and a little
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)]).returncode:
        pytest.skip("this machine does not let tests mount a tmpfs")
    try:
        shutil.copyfile(changed_library, mnt / "lib.sqlite")
        yield mnt / "lib.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def test_a_full_disk_on_a_new_day_still_shows_the_sessions(full_disk):
    env = {**os.environ, "LANGUAGE": "en"}
    for command in (["sessions"], ["show", "--help"], ["sessions", "--json"]):
        done = subprocess.run(
            [sys.executable, "-m", "workshop", "--library", str(full_disk), *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        if command != ["show", "--help"]:
            assert "Temakveld" in done.stdout
            assert done.stderr.count("\n") == 1
            assert WARNING in done.stderr
            assert "disk is full" in done.stderr
    assert leftovers(full_disk.parent / "lib-backups") == []
    assert integrity(full_disk) == "ok"


def test_a_backups_folder_that_cannot_be_made_is_a_warning(changed_library, capsys, monkeypatch):
    backups = changed_library.parent / "lib-backups"
    backups.write_text("not a folder", encoding="utf-8")  # mkdir fails, as on a read-only disk
    monkeypatch.setenv("LANGUAGE", "en")
    capsys.readouterr()
    assert main(["--library", str(changed_library), "sessions"]) == 0
    out, err = capsys.readouterr()
    assert "Temakveld" in out
    assert err.count("\n") == 1 and WARNING in err
    assert leftovers(changed_library.parent) == ["lib-backups", "lib.sqlite"]


def test_a_failed_copy_leaves_no_temporary_files(changed_library, monkeypatch):
    """The copy fails half-way (as on a full disk): neither the temporary copy nor a journal
    beside it is left."""
    from workshop.store import backups

    class FullDisk:
        def __init__(self, real):
            self.real = real

        def backup(self, target, **kwargs):
            target.execute("CREATE TABLE filler(x)")
            target.execute("BEGIN")
            target.execute("INSERT INTO filler VALUES (zeroblob(100000))")
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.real.close()

    real_connect = sqlite3.connect
    first = []

    def connect(path, *args, **kwargs):
        conn = real_connect(path, *args, **kwargs)
        if not first:
            first.append(path)
            return FullDisk(conn)
        return conn

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    with pytest.raises(backups.BackupFailed) as caught:
        backups.daily_backup(changed_library, "2999-01-01T00:00:00")
    assert "disk is full" in caught.value.message("en")
    assert leftovers(backups.backups_dir(changed_library)) == []


def test_the_gui_opens_with_a_status_bar_warning(qtbot, changed_library, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from workshop.ui.main_window import MainWindow

    (changed_library.parent / "lib-backups").write_text("not a folder", encoding="utf-8")
    dialogs: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a: dialogs.append(text))
    window = MainWindow(changed_library)
    qtbot.addWidget(window)
    assert window.start()
    assert dialogs == []
    assert window.model.rowCount() == 1
    from PySide6.QtWidgets import QLabel

    warning = window.statusBar().findChild(QLabel, "backupWarning")
    assert warning is not None and warning.isVisibleTo(window)
    assert warning.text() == window.lib.backup_warning.message(window._language())
    assert "lib-backups" in warning.text()
    window.close()


def test_a_lock_file_that_cannot_be_written_is_not_another_process(
    qtbot, changed_library, monkeypatch
):
    """The lock file cannot be made (here: a folder stands in its place, as a full disk or a
    read-only folder would refuse it): never "open elsewhere (process 0 on )"."""
    from PySide6.QtWidgets import QMessageBox

    from workshop.ui.main_window import MainWindow

    (changed_library.parent / "lib.sqlite.lock").mkdir()
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: dialogs.append(text))
    window = MainWindow(changed_library)
    qtbot.addWidget(window)
    assert window.start()
    assert not any("process 0" in d or "open in another" in d for d in dialogs), dialogs
    assert window.model.rowCount() == 1
    window.close()
