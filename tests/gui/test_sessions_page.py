"""The sessions screen: search, filter, sort, duplicate, delete with undo, the demo offer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workshop.services.notes import add_note
from workshop.services.sessions import create_session, list_sessions
from workshop.ui.session_model import COL_TITLE
from workshop.ui.sessions_page import SessionsPage


def shown_titles(page: SessionsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def make_page(qtbot, lib) -> SessionsPage:
    page = SessionsPage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.set_library(lib)
    return page


def make_sessions(lib) -> dict[str, str]:
    return {
        "a": create_session(
            lib,
            "focus-group",
            "Fokusgruppe hjemmetjenester",
            session_date=date(2025, 5, 2),
            place="Brandbu",
        ),
        "b": create_session(
            lib,
            "library-evening",
            "Temakveld om sentrum",
            session_date=date(2026, 2, 1),
            place="Gran bibliotek",
        ),
        "c": create_session(
            lib, "popup-stand", "Stand på Jaren", session_date=date(2026, 6, 7), place="Jaren"
        ),
    }


def test_search_type_and_year_filters(qtbot, lib):
    make_sessions(lib)
    page = make_page(qtbot, lib)
    assert len(shown_titles(page)) == 3
    qtbot.keyClicks(page.search, "bibliotek")
    assert shown_titles(page) == ["Temakveld om sentrum"]  # matched on place
    assert "1 av 3" in page.status_label.text() or "1 of 3" in page.status_label.text()
    page.search.clear()
    page.type_filter.setCurrentIndex(page.type_filter.findData("popup-stand"))
    assert shown_titles(page) == ["Stand på Jaren"]
    page.type_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert shown_titles(page) == ["Fokusgruppe hjemmetjenester"]


def test_sorting_by_clicking_headers(qtbot, lib):
    make_sessions(lib)
    page = make_page(qtbot, lib)
    assert shown_titles(page)[0] == "Stand på Jaren"  # newest first
    page.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(page) == sorted(shown_titles(page), key=str.casefold)


def fill_new_plan(qtbot, day: date | None = None, *, cancel: bool = False) -> list[str]:
    """Answer the duplicate's question (title kept, the date set) once it is shown."""
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.title_edit.text())
        if day is not None:
            dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
        box = dialog.findChild(QDialogButtonBox)
        buttons = QDialogButtonBox.StandardButton
        which = buttons.Cancel if cancel else buttons.Ok
        qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_duplicate_makes_a_new_plan_on_the_date_asked_for(qtbot, lib):
    from workshop.services.sessions import get_session

    ids = make_sessions(lib)
    page = make_page(qtbot, lib)
    page.select_session(ids["b"])
    seen = fill_new_plan(qtbot, date(2027, 2, 11))
    new_id = page.duplicate_selected()
    assert seen and seen[0].startswith("Temakveld om sentrum (")
    assert new_id and page.selected_session_id() == new_id
    titles = [s.title for s in list_sessions(lib)]
    assert any(t.startswith("Temakveld om sentrum (") for t in titles)
    assert get_session(lib, new_id).date == date(2027, 2, 11)
    count = len(list_sessions(lib))
    fill_new_plan(qtbot, cancel=True)
    assert page.duplicate_selected() is None  # cancelled: nothing made
    assert len(list_sessions(lib)) == count


def test_delete_asks_and_can_be_undone(qtbot, lib, monkeypatch):
    ids = make_sessions(lib)
    add_note(lib, ids["a"], "Et innspill")
    page = make_page(qtbot, lib)
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.select_session(ids["a"])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Fokusgruppe hjemmetjenester" in asked[0] and "1" in asked[0]
    assert len(list_sessions(lib)) == 3  # "No" keeps it

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert ids["a"] not in [s.id for s in list_sessions(lib)]
    assert "Fokusgruppe hjemmetjenester" not in shown_titles(page)
    page.undo_stack.undo()
    assert ids["a"] in [s.id for s in list_sessions(lib)]
    assert "Fokusgruppe hjemmetjenester" in shown_titles(page)


def test_an_empty_library_offers_the_demo(qtbot, lib):
    page = make_page(qtbot, lib)
    assert page.demo_button.isVisible()
    assert not page.open_button.isEnabled()
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert len(shown_titles(page)) == 1 and not page.demo_button.isVisible()
    assert page.open_button.isEnabled()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [list_sessions(lib)[0].id]


def test_sorting_reads_the_keys_made_once_per_listing_not_every_row_again(qtbot, lib, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    from workshop.ui.session_model import COL_PLACE, COL_TITLE, SessionTableModel

    make_sessions(lib)
    page = make_page(qtbot, lib)
    model = page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert model.sort_key(row, column) == index.data(SessionTableModel.SORT_ROLE)
    header = page.table.horizontalHeader()
    modes = {header.sectionResizeMode(c) for c in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    widest = max(
        page.table.fontMetrics().horizontalAdvance(str(v)) for v in model.column_values(COL_PLACE)
    )
    assert header.sectionSize(COL_PLACE) >= widest  # every place readable in full
    calls = []
    original = SessionTableModel.data
    monkeypatch.setattr(
        SessionTableModel, "data", lambda self, *a: calls.append(a) or original(self, *a)
    )
    page.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert not [a for a in calls if len(a) > 1 and a[1] == SessionTableModel.SORT_ROLE]
    assert shown_titles(page) == sorted(shown_titles(page), key=str.casefold)
