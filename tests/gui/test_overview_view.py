"""The overview view: the period drives every number; the exports write files."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from workshop.services.actions import add_action, set_action
from workshop.services.evaluation import add_ratings
from workshop.services.notes import add_note, set_notes_deleted, set_stories
from workshop.services.sessions import create_session, update_session
from workshop.ui.overview.view import OverviewView

TODAY = date(2026, 6, 15)


@pytest.fixture
def library(lib):
    """2026: two sessions (one in March, one in May); 2025: one session in October."""
    march = create_session(
        lib,
        "politician-workshop",
        "Politikerverksted",
        session_date=date(2026, 3, 10),
        participants={"Politikere": 20},
    )
    update_session(lib, march, participants_actual={"Politikere": 17})
    may = create_session(
        lib,
        "library-evening",
        "Temakveld",
        session_date=date(2026, 5, 20),
        participants={"Innbyggere": 30},
    )
    last_year = create_session(
        lib, "focus-group", "Fokusgruppe i fjor", session_date=date(2025, 10, 1)
    )
    story = add_note(lib, march, "Vi halverte ventetiden", principles=[10, 3])
    set_stories(lib, march, {story: True})
    add_note(lib, march, "Del mer", principles=[4])
    gone = add_note(lib, march, "Slettet", principles=[4])
    set_notes_deleted(lib, march, [gone], True)
    for i in range(3):
        add_note(lib, may, f"Innspill {i}", principles=[7])
    add_note(lib, may, "Uten prinsipp")
    add_note(lib, last_year, "I fjor", principles=[1])
    overdue = add_action(lib, march, "Følge opp", due=date(2026, 4, 1))
    set_action(lib, overdue, status="in-progress")
    done = add_action(lib, may, "Ferdig", due=date(2026, 6, 1))
    set_action(lib, done, status="done")
    add_ratings(lib, march, [5, 4])
    add_ratings(lib, may, [3])
    return lib


@pytest.fixture
def view(qtbot, library):
    v = OverviewView(library, language="nb", today=TODAY)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    return v


def figure(view, name: str) -> str:
    return view.figures[name].value.text()


def detail(view, name: str) -> str:
    return view.figures[name].detail.text()


def column(table, c: int) -> list[str]:
    return [table.text(r, c) for r in range(table.rowCount())]


def test_opens_on_this_year(view):
    assert view.objectName() == "overviewView"
    assert view.period() == (date(2026, 1, 1), date(2026, 12, 31))
    assert figure(view, "sessions") == "2"
    assert figure(view, "participants") == "47"
    assert detail(view, "participants") == "17 actual, 30 planned"
    assert figure(view, "inputs") == "6"  # the deleted note is not counted
    assert figure(view, "actions") == "2"
    assert detail(view, "actions") == "1 overdue"
    assert figure(view, "evaluation") == "4,0"
    assert view.evaluation_label.text() == "of 5 · 3 rating(s)"
    assert figure(view, "stories") == "1"
    assert column(view.sessions_table, 2) == ["Politikerverksted", "Temakveld"]


def test_charts_show_the_counts(view):
    bars = {number: value for number, _, value, _ in view.principle_chart.bars}
    assert bars["3"] == 1 and bars["4"] == 1 and bars["7"] == 3 and bars["10"] == 1
    assert view.principle_chart.bars[-1][2] == 1  # without a principle
    assert len(view.month_chart.columns) == 12
    assert [v for _, _, v in view.month_chart.columns][2:5] == [1, 0, 1]
    assert "7 Brukerperspektivet: 3" in view.principle_chart.accessibleDescription()
    assert not view.grab().isNull()  # both charts paint


def test_changing_the_period_updates_the_numbers(view, qtbot):
    view.from_date.setDate(QDate(2026, 4, 1))
    assert view.period()[0] == date(2026, 4, 1)
    assert figure(view, "sessions") == "1"
    assert figure(view, "inputs") == "4"
    assert figure(view, "evaluation") == "3,0"
    assert column(view.sessions_table, 2) == ["Temakveld"]
    assert len(view.month_chart.columns) == 9
    view.to_date.setDate(QDate(2026, 5, 19))
    assert figure(view, "sessions") == "0"
    assert figure(view, "evaluation") == "–"
    assert view.stories_list.count() == 1  # the "no stories" line
    assert not view.stories_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_quick_buttons(view, qtbot):
    qtbot.mouseClick(view.last_year_button, Qt.MouseButton.LeftButton)
    assert view.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert figure(view, "sessions") == "1"
    assert figure(view, "inputs") == "1"
    assert column(view.type_table, 0) == ["Fokusgruppe"]
    qtbot.mouseClick(view.this_year_button, Qt.MouseButton.LeftButton)
    assert view.period() == (date(2026, 1, 1), date(2026, 12, 31))
    assert figure(view, "sessions") == "2"


def test_tables(view):
    assert column(view.type_table, 0) == ["Politikerverksted", "Temakveld på biblioteket"]
    assert column(view.group_table, 0) == ["Innbyggere", "Politikere"]
    assert column(view.group_table, 2) == ["0", "17"]  # actual
    assert column(view.group_table, 3) == ["30", "0"]  # planned
    assert column(view.status_table, 1) == ["0", "1", "1", "0"]
    assert column(view.status_table, 2) == ["0", "1", "0", "0"]
    assert column(view.actions_table, 4) == ["In progress (overdue)", "Done"]
    assert view.stories_list.item(0).text().startswith("Vi halverte ventetiden\nInput · session 1")
    assert "Principles with few inputs: 1 Positive forventninger (0)" in view.few_label.text()


def test_start_after_end_disables_the_exports(view):
    view.from_date.setDate(QDate(2027, 1, 1))
    assert view.status.text() == "The first day is after the last day."
    assert not view.pdf_button.isEnabled() and not view.csv_button.isEnabled()
    view.from_date.setDate(QDate(2026, 1, 1))
    assert view.pdf_button.isEnabled() and view.status.text() == ""


def test_export_report_writes_the_pdf_off_the_ui_thread(view, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "rapport"
    asked = []

    def save(_parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("overview_2026-01-01_2026-12-31.pdf")
    qtbot.waitUntil(lambda: view.thread is None, timeout=60000)
    written = tmp_path / "rapport.pdf"
    assert view.status.text() == f"Saved to {written}"
    assert view.written == [str(written)]
    text = PdfReader(written).pages[0].extract_text()
    assert "Innovasjon og medvirkning" in text
    assert view.pdf_button.isEnabled()


def test_export_report_failure_is_shown(view, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "no-such-folder" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.thread is None, timeout=60000)
    assert view.status.text().startswith(f"Not exported: {target}")
    assert not target.exists()


def test_cancelled_dialogs_write_nothing(view, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: "")
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    assert view.thread is None and view.written == []


def test_export_tables_writes_csv_files(view, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    folder = tmp_path / "overview_2026-01-01_2026-12-31"
    assert (folder / "sessions.csv").is_file()
    assert len(view.written) == 11
    assert view.status.text() == f"Saved 11 table(s) to {folder}"
    rows = (folder / "sessions.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 3 and rows[1].split(";")[3] == "Politikerverksted"


def test_refresh_sees_new_data(view, library):
    session = create_session(
        library, "focus-group", "Ny fokusgruppe", session_date=date(2026, 9, 1)
    )
    add_note(library, session, "Nytt innspill", principles=[8])
    assert figure(view, "sessions") == "2"
    view.refresh()
    assert figure(view, "sessions") == "3"
    assert figure(view, "inputs") == "7"
