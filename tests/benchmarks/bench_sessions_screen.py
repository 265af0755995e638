"""The sessions screen and the overview on a library of 1,000 sessions / 100,000 notes.

Each figure beside its floor in the same run:

- listed: ``SessionsPage.set_library`` until the list is painted (target ≤ 0.5 s), against
  sqlite3 running the same aggregate query into a QStandardItemModel shown in a sorting
  QTableView; the Python ``data()`` calls it takes are counted;
- sort by the title column, painted (target ≤ 50 ms), against the same QStandardItemModel;
- the overview's first open in the main window (target ≤ 0.5 s, built once), against the raw
  aggregate SQL of its key figures;
- the list when the window is activated after the command line added a note to one session:
  only that row is read and redrawn, against sqlite3 reading that one row into its items (and
  beside it, the whole list read again, as the screen did before); activated with nothing
  changed.

    python tests/benchmarks/bench_sessions_screen.py
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report

SESSIONS = 1000
NOTES_PER_SESSION = 100
REPEATS = 5
TEMPLATES = ("library-evening", "politician-workshop", "focus-group", "creative-workshop")

LIST_SQL = """
    SELECT s.id, s.title, s.template_name, s.date, s.place, s.status, coalesce(c.n, 0)
    FROM sessions s LEFT JOIN (
        SELECT session_id, count(*) AS n FROM notes WHERE deleted = 0 GROUP BY session_id
    ) c ON c.session_id = s.id
    WHERE s.deleted = 0 ORDER BY s.date DESC, s.created_at DESC
"""
OVERVIEW_SQL = """
    SELECT s.template_id, count(DISTINCT s.id), count(n.id)
    FROM sessions s LEFT JOIN notes n ON n.session_id = s.id AND n.deleted = 0
    WHERE s.deleted = 0 AND s.date BETWEEN ? AND ? GROUP BY s.template_id
"""


def make_library(path: Path) -> None:
    from sqlalchemy import insert

    from workshop.services.sessions import create_session
    from workshop.store.db import Library
    from workshop.store.models import Note, new_id

    start = date(2026, 1, 1)
    with Library.open(path) as lib:
        ids = [
            create_session(
                lib,
                TEMPLATES[i % len(TEMPLATES)],
                f"Økt {i}: medvirkning i Gran",
                session_date=start + timedelta(days=i * 365 // SESSIONS),
                place=f"Sted {i % 37}",
            )
            for i in range(SESSIONS)
        ]
        with lib.write() as s:
            s.execute(
                insert(Note),
                [
                    {
                        "id": new_id(),
                        "session_id": sid,
                        "seq": k + 1,
                        "text": f"Innspill {k}: flere møteplasser",
                        "device_id": lib.device_id,
                    }
                    for sid in ids
                    for k in range(NOTES_PER_SESSION)
                ],
            )


def _painted(app, widget) -> None:
    app.processEvents()
    widget.repaint()


def bench_list_and_sort(app, path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    from workshop.services.library import open_library
    from workshop.ui.session_model import COL_TITLE, SessionTableModel
    from workshop.ui.sessions_page import SessionsPage

    calls = [0]
    original = SessionTableModel.data

    def counted(self, *args):
        calls[0] += 1
        return original(self, *args)

    SessionTableModel.data = counted
    floor_list, floor_sort, ours_list, ours_sort, list_calls, sort_calls = [], [], [], [], [], []
    lib = open_library(path, backup=False)
    try:
        for _ in range(REPEATS):
            start = time.perf_counter()
            db = sqlite3.connect(path)
            rows = db.execute(LIST_SQL).fetchall()
            db.close()
            model = QStandardItemModel(len(rows), 6)
            for r, row in enumerate(rows):
                for c, value in enumerate(row[1:]):
                    model.setItem(r, c, QStandardItem(str(value or "")))
            table = QTableView()
            table.setModel(model)
            table.setSortingEnabled(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.resize(1280, 800)
            table.show()
            _painted(app, table)
            floor_list.append(time.perf_counter() - start)
            start = time.perf_counter()
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            _painted(app, table)
            floor_sort.append(time.perf_counter() - start)
            table.close()

            page = SessionsPage()
            page.resize(1280, 800)
            page.show()
            app.processEvents()
            calls[0] = 0
            start = time.perf_counter()
            page.set_library(lib)
            _painted(app, page)
            ours_list.append(time.perf_counter() - start)
            list_calls.append(calls[0])
            assert page.model.rowCount() == SESSIONS
            calls[0] = 0
            start = time.perf_counter()
            page.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
            _painted(app, page)
            ours_sort.append(time.perf_counter() - start)
            sort_calls.append(calls[0])
            page.close()
            page.deleteLater()
            app.processEvents()
    finally:
        SessionTableModel.data = original
        lib.close()
    floor = report("floor: sqlite3 + QStandardItemModel, listed", floor_list)
    ours = report(f"Verksted sessions screen, {SESSIONS} sessions listed", ours_list, 500)
    print(f"{'    ratio to the floor':<52} {ours / floor:8.2f} x   data() calls {list_calls[-1]}")
    floor = report("floor: QStandardItemModel sorted by title", floor_sort)
    ours = report("Verksted sessions screen sorted by title", ours_sort, 50)
    print(f"{'    ratio to the floor':<52} {ours / floor:8.2f} x   data() calls {sort_calls[-1]}")


def bench_overview(app, path: Path) -> None:
    from PySide6.QtCore import QSettings

    from workshop.ui.main_window import MainWindow
    from workshop.ui.overview.view import OverviewView
    from workshop.ui.settings import Settings

    builds = [0]
    original = OverviewView.refresh

    def counted(self):
        builds[0] += 1
        return original(self)

    OverviewView.refresh = counted
    floor, ours = [], []
    try:
        for run in range(REPEATS):
            start = time.perf_counter()
            db = sqlite3.connect(path)
            db.execute(OVERVIEW_SQL, ("2026-01-01", "2026-12-31")).fetchall()
            db.close()
            floor.append(time.perf_counter() - start)
            settings = Settings(
                QSettings(str(path.with_suffix(f".{run}.ini")), QSettings.Format.IniFormat)
            )
            window = MainWindow(path, settings=settings)
            window.resize(1280, 800)
            window.show()
            assert window.start()
            app.processEvents()
            builds[0] = 0
            start = time.perf_counter()
            window.show_overview()
            _painted(app, window)
            ours.append(time.perf_counter() - start)
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        OverviewView.refresh = original
    floor_s = report("floor: the overview's aggregate SQL", floor)
    ours_s = report(f"Verksted overview first open ({SESSIONS} sessions)", ours, 500)
    print(f"{'    ratio to the floor':<52} {ours_s / floor_s:8.2f} x   built {builds[0]}×")


ONE_SQL = """
    SELECT s.id, s.title, s.template_name, s.date, s.place, s.status,
        (SELECT count(*) FROM notes WHERE session_id = s.id AND deleted = 0)
    FROM sessions s WHERE s.id = ?
"""


def bench_refresh(app, path: Path) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from workshop.services.library import open_library
    from workshop.services.notes import add_note
    from workshop.ui.session_model import SESSION_ID_ROLE
    from workshop.ui.sessions_page import SessionsPage

    lib = open_library(path, backup=False)
    elsewhere = open_library(path, backup=False)  # the command line
    page = SessionsPage()
    page.resize(1280, 800)
    page.show()
    page.set_library(lib)
    _painted(app, page)
    ids = [page.model.index(r, 0).data(SESSION_ID_ROLE) for r in range(0, SESSIONS, 97)]
    floor_model = QStandardItemModel(SESSIONS, 6)
    ours, floor, whole, unchanged = [], [], [], []
    try:
        for i, session_id in enumerate(ids):
            before = page.model.session_by_id(session_id).note_count
            add_note(elsewhere, session_id, f"Fra kommandolinja {i}")
            start = time.perf_counter()
            page.refresh_changed()
            _painted(app, page)
            ours.append(time.perf_counter() - start)
            assert page.model.session_by_id(session_id).note_count == before + 1
            start = time.perf_counter()
            page.refresh_changed()
            unchanged.append(time.perf_counter() - start)

            start = time.perf_counter()
            db = sqlite3.connect(path)
            row = db.execute(ONE_SQL, (session_id,)).fetchone()
            db.close()
            for c, value in enumerate(row[1:]):
                floor_model.setItem(i, c, QStandardItem(str(value or "")))
            floor.append(time.perf_counter() - start)

            start = time.perf_counter()
            page.refresh()
            _painted(app, page)
            whole.append(time.perf_counter() - start)
    finally:
        page.close()
        lib.close()
        elsewhere.close()
    floor_ms = report("floor: sqlite3 reads one session's row into items", floor)
    ours_ms = report("Verksted sessions list after a CLI add, redrawn", ours)
    print(f"{'    ratio to the floor':<52} {ours_ms / floor_ms:8.2f} x")
    whole_ms = report("    the whole list read again (as before)", whole)
    print(f"{'    whole list / only what changed':<52} {whole_ms / ours_ms:8.2f} x")
    report("    activated again, nothing changed", unchanged)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sessions.sqlite"
        started = time.perf_counter()
        print(
            f"building a library of {SESSIONS} sessions / {SESSIONS * NOTES_PER_SESSION:,} notes …"
        )
        make_library(path)
        print(f"{'    built in':<52} {time.perf_counter() - started:8.1f} s")
        bench_list_and_sort(app, path)
        bench_overview(app, path)
        bench_refresh(app, path)


if __name__ == "__main__":
    main()
