"""The period overview and report over a library of 500 sessions / 50,000 notes.

Targets: building the overview of a year (every session of the library in it) ≤ 300 ms (median
of 5), and so the view's refresh — query, key figures, charts and tables, painted — since the GUI
refreshes on the UI thread; the PDF report of that year, with its appendices of all 500 sessions
and its table of all 2,500 actions, ≤ 10 s.

The library: 500 sessions of four types spread over 2026 (plus a few outside it and one without
a date), 100 notes each imported from CSV with principles (a fifth without, a quarter with two),
a focus area on every third note, participants planned and recorded, five actions per session in
every status with due dates, ten ratings per session and a few stories.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SESSIONS = 500
NOTES_PER_SESSION = 100
REPEATS = 5
TEMPLATES = ("library-evening", "politician-workshop", "focus-group", "creative-workshop")
FOCUS_AREAS = (
    "samskaping-og-involvering",
    "faktabasert-kvalitetsutvikling",
    "digitalt-forstevalg",
    "ekstern-vurdering",
)
START, END, TODAY = date(2026, 1, 1), date(2026, 12, 31), date(2026, 11, 26)


def _notes_csv(path: Path, n: int) -> Path:
    lines = ["text;principles;group;step"]
    for i in range(n):
        if i % 5 == 0:
            principles = ""
        elif i % 4 == 0:
            principles = f"{1 + i % 10}/{1 + (i + 3) % 10}"
        else:
            principles = str(1 + i % 10)
        lines.append(
            f"Innspill {i}: flere møteplasser og bedre busstilbud;{principles};Innbyggere;"
            f"{1 + i % 3}"
        )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def make_library(path: Path) -> None:
    from sqlalchemy import insert, select

    from workshop.services.actions import add_action, set_action
    from workshop.services.csv_import import import_csv
    from workshop.services.evaluation import add_ratings
    from workshop.services.notes import set_stories
    from workshop.services.sessions import create_session, update_session
    from workshop.store.db import Library
    from workshop.store.models import Note, NoteFocusArea, new_id

    statuses = ("open", "in-progress", "done", "dropped", "open")
    with Library.open(path) as lib:
        csv = _notes_csv(path.with_suffix(".csv"), NOTES_PER_SESSION)
        for i in range(SESSIONS + 6):
            if i < SESSIONS:
                day = START + timedelta(days=i * 365 // SESSIONS)
            else:
                day = None if i == SESSIONS else date(2025, 12, 1 + i - SESSIONS)
            sid = create_session(
                lib,
                TEMPLATES[i % len(TEMPLATES)],
                f"Økt {i}: medvirkning i Gran",
                session_date=day,
                participants={"Innbyggere": 20 + i % 15, "Politikere": 5, "Ansatte": 3},
            )
            if i % 3:
                update_session(lib, sid, participants_actual={"Innbyggere": 18 + i % 12})
            result = import_csv(lib, sid, csv)
            if i % 25 == 0:
                set_stories(lib, sid, {result.note_ids[1]: True})
            for k in range(5):
                aid = add_action(
                    lib,
                    sid,
                    f"Tiltak {k} fra økt {i}",
                    owner="Enhetsleder",
                    due=(day or START) + timedelta(days=30 + 20 * k),
                )
                if statuses[k] != "open" or (i % 40 == 0 and k == 2):
                    set_action(lib, aid, status=statuses[k], story=i % 40 == 0 and k == 2)
            add_ratings(lib, sid, [1 + (i + j) % 5 if j % 3 else 4 for j in range(10)])
        with lib.write() as s:  # focus areas: the CSV import has no column for them
            ids = s.scalars(select(Note.id).order_by(Note.session_id, Note.seq)).all()
            s.execute(
                insert(NoteFocusArea),
                [
                    {
                        "id": new_id(),
                        "note_id": note_id,
                        "focus_area": FOCUS_AREAS[k % len(FOCUS_AREAS)],
                        "device_id": lib.device_id,
                    }
                    for k, note_id in enumerate(ids)
                    if k % 3 == 0
                ],
            )


def main() -> None:
    from workshop.export.fonts import register_fonts
    from workshop.export.report import write_report_pdf
    from workshop.services.overview import build_overview
    from workshop.store.db import Library

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "overview.sqlite"
        started = time.perf_counter()
        notes = SESSIONS * NOTES_PER_SESSION
        print(f"building a library of {SESSIONS} sessions / {notes:,} notes …")
        make_library(path)
        print(f"{'    built in':<52} {time.perf_counter() - started:8.1f} s")
        with Library.open(path) as lib:
            build_overview(lib, START, END, today=TODAY)  # warm the page cache
            times = []
            for _ in range(REPEATS):
                start = time.perf_counter()
                ov = build_overview(lib, START, END, today=TODAY)
                times.append(time.perf_counter() - start)
            assert ov.session_count == SESSIONS and ov.notes_total == SESSIONS * NOTES_PER_SESSION
            refresh = statistics.median(times) * 1000
            verdict = "OK" if refresh <= 300 else "OVER TARGET (300 ms)"
            label = f"overview refresh, {ov.session_count} sessions (median of {REPEATS})"
            print(f"{label:<52} {refresh:8.0f} ms  {verdict}")
            view_refresh = _view_refresh(lib)
            verdict = "OK" if view_refresh <= 300 else "OVER TARGET (300 ms)"
            label = f"overview view refresh, painted (median of {REPEATS})"
            print(f"{label:<52} {view_refresh:8.0f} ms  {verdict}")
            start = time.perf_counter()
            write_report_pdf(ov, Path(tmp) / "report.pdf")
            report = time.perf_counter() - start
            pages = _page_count(Path(tmp) / "report.pdf")
            verdict = "OK" if report <= 10 else "OVER TARGET (10 s)"
            label = f"report PDF, {ov.session_count} sessions, {pages} pages"
            print(f"{label:<52} {report:8.2f} s   {verdict}")


def _view_refresh(lib) -> float:
    """OverviewView.refresh(), painted, in ms (median): what the GUI does for a new period."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from workshop.ui.overview.view import OverviewView

    app = QApplication.instance() or QApplication(["bench"])
    view = OverviewView(lib, language="nb", today=TODAY)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        view.refresh()
        view.repaint()
        times.append(time.perf_counter() - start)
    view.close()
    return statistics.median(times) * 1000


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


if __name__ == "__main__":
    main()
