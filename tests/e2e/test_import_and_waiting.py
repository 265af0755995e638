"""CSV import without holding the write lock for long, and writers that wait say so (issue 15).

An import of 20k rows held the write lock for 90 s, and a concurrent ``add`` failed after ~11.6 s
with "unexpected error: (sqlite3.OperationalError) database is locked". Now the rows are checked
before the lock is taken and inserted in one short transaction; a writer that must wait says so
in one line, waits with a bound, and never ends in an unexpected error. The per-row cost is in
``tests/benchmarks/bench_csv_import.py``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main


def run(capsys, monkeypatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("LANGUAGE", "en")
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert "unexpected error" not in err
    return code, out, err


@pytest.fixture
def session(tmp_path, capsys, monkeypatch) -> tuple[Path, str]:
    library = tmp_path / "lib.sqlite"
    code, out, _ = run(
        capsys, monkeypatch, "--library", str(library), "new", "focus-group", "--title", "Import"
    )
    assert code == 0
    return library, out.strip()


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["text;principles;step", *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ("²", "step"),
        ("1" * 4301, "step"),
        ("١", "step"),
        ("²", "principles"),
        ("9" * 4301, "principles"),
    ],
    ids=["step superscript", "step 4301 digits", "step arabic digit", "principle ²", "principle"],
)
def test_odd_numbers_in_cells_are_refused_with_the_line(session, tmp_path, capsys, monkeypatch,
                                                         cell, column):  # fmt: skip
    library, session_id = session
    row = f"Innspill;{cell};1" if column == "principles" else f"Innspill;1;{cell}"
    csv = write_csv(tmp_path / "odd.csv", ["Første;1;1", row])
    code, _, err = run(capsys, monkeypatch, "--library", str(library), "import", session_id,
                       str(csv))  # fmt: skip
    assert code == 1
    assert err.count("\n") == 1
    assert "line 3" in err
    assert "nothing was imported" in err
    assert len(err) < 300  # a cell of 4,301 digits is named, not repeated


def test_a_long_bad_principle_is_not_echoed(session, tmp_path, capsys, monkeypatch):
    library, session_id = session
    csv = write_csv(tmp_path / "long.csv", [f"Innspill;{'x' * 5000};1"])
    code, _, err = run(capsys, monkeypatch, "--library", str(library), "import", session_id,
                       str(csv))  # fmt: skip
    assert code == 1
    assert "invalid principle" in err
    assert len(err) < 300


def test_a_refused_file_never_takes_the_write_lock(session, tmp_path, capsys, monkeypatch):
    """The rows are checked before the write lock is taken: a bad file is refused at once even
    while another program writes."""
    from workshop.store import db

    library, session_id = session
    rows = [f"Innspill {n};1;1" for n in range(2000)] + ["Dårlig;99;1"]
    csv = write_csv(tmp_path / "bad.csv", rows)
    blocker = sqlite3.connect(library, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    notices = []
    monkeypatch.setattr(db, "_busy_notice", lambda: notices.append(1))
    try:
        monkeypatch.setattr(db, "set_busy_notice", lambda notice: None)
        code, _, err = run(capsys, monkeypatch, "--library", str(library), "import", session_id,
                           str(csv))  # fmt: skip
    finally:
        blocker.rollback()
        blocker.close()
    assert code == 1
    assert "line 2002" in err
    assert notices == []


def test_a_writer_that_must_wait_says_so_and_succeeds(session, tmp_path):
    """Another program holds the write lock until the ``add`` says it waits; then it lets go."""
    library, session_id = session
    blocker = sqlite3.connect(library, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    env = {**os.environ, "LANGUAGE": "en"}
    add = subprocess.Popen(
        [sys.executable, "-m", "workshop", "--library", str(library), "add", session_id, "Venter"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = add.stderr.readline()
    finally:
        blocker.rollback()
        blocker.close()
    out, rest = add.communicate(timeout=120)
    assert line == "workshop: The library is in use – waiting …\n"
    assert rest == ""
    assert add.returncode == 0
    assert len(out.strip()) == 36


def test_a_writer_gives_up_with_a_clear_line(session, capsys, monkeypatch):
    from workshop.store import db

    library, session_id = session
    monkeypatch.setattr(db, "WRITE_WAIT_S", 1.5)
    blocker = sqlite3.connect(library, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run(capsys, monkeypatch, "--library", str(library), "add", session_id,
                             "Gir opp")  # fmt: skip
    finally:
        blocker.rollback()
        blocker.close()
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        "workshop: The library is in use – waiting …",
        f"workshop: {library} is still in use by another program after 2 s; nothing was "
        "changed. Try again when it is done",
    ]
    code, out, _ = run(capsys, monkeypatch, "--library", str(library), "show", session_id)
    assert "Gir opp" not in out


def test_an_add_during_a_big_import_waits_and_succeeds(session, tmp_path):
    library, session_id = session
    csv = write_csv(tmp_path / "big.csv", [f"Innspill {n};{1 + n % 10};1" for n in range(20_000)])
    env = {**os.environ, "LANGUAGE": "en"}
    base = [sys.executable, "-m", "workshop", "--library", str(library)]
    importing = subprocess.Popen(
        [*base, "import", session_id, str(csv)], stderr=subprocess.PIPE, text=True, env=env
    )
    adds = [
        subprocess.run(
            [*base, "add", session_id, f"Samtidig {n}"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        for n in range(3)
    ]
    _, err = importing.communicate(timeout=600)
    assert importing.returncode == 0, err
    assert "imported 20000 notes" in err
    for done in adds:
        assert done.returncode == 0, done.stderr
        assert "unexpected" not in done.stderr
        assert set(done.stderr.splitlines()) <= {"workshop: The library is in use – waiting …"}
    check = sqlite3.connect(library)
    try:
        count = check.execute("SELECT count(*) FROM notes").fetchone()[0]
        versions = check.execute("SELECT count(*) FROM note_versions").fetchone()[0]
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
    assert count == versions == 20_003


def test_the_gui_says_it_waits_and_then_tells_why_it_gave_up(qtbot, tmp_path, monkeypatch):
    """A write from the window while the command line holds the library: the status bar says
    it waits; when the wait ends unfinished, a dialog says why (never "database is locked")."""
    from PySide6.QtWidgets import QMessageBox

    from workshop.i18n import system_language, t
    from workshop.store import db
    from workshop.ui.main_window import MainWindow

    library = tmp_path / "gui.sqlite"
    window = MainWindow(library)
    qtbot.addWidget(window)
    assert window.start()
    shown: list[str] = []
    waiting: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a: shown.append(text))
    window.library_waits.connect(lambda: waiting.append(window.statusBar().currentMessage()))
    monkeypatch.setattr(db, "WRITE_WAIT_S", 1.5)
    blocker = sqlite3.connect(library, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        assert window.sessions_page.create_demo() is None
    finally:
        blocker.rollback()
        blocker.close()
    assert waiting == [t("library_busy_waiting", window._language())]
    gave_up = t("library_busy", system_language(), path=str(library), seconds=2)
    assert shown == [gave_up]
    assert window.sessions_page.create_demo() is not None  # free again: it works
    window.close()
