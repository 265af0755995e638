"""A session after the wizard: its details changed in a dialog (one undo step), finished on the
last step or from the Session menu (the actual end recorded, the booked hours kept) and reopened."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from tests.gui.conftest import when_shown
from workshop.services.sessions import get_session, update_session
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings
from workshop.ui.window.pages import TAB_AGENDA, TAB_RUN


@pytest.fixture
def window(qtbot, library_path, session_id, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(library_path, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.start()
    yield win
    win.close()


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_details_are_changed_after_the_wizard_and_undone_in_one_step(
    qtbot, window, session_id, lib
):
    window.open_session(session_id, TAB_RUN)

    def edit(dialog) -> None:
        assert dialog.title_edit.text() == "Politikerverksted om innovasjon"
        dialog.title_edit.selectAll()
        qtbot.keyClicks(dialog.title_edit, "Politikerverksted, runde 2")
        dialog.date_edit.setDate(QDate(2026, 3, 11))
        dialog.booked_check.setChecked(True)
        dialog.start_edit.setTime(QTime(18, 0))
        dialog.end_edit.setTime(QTime(19, 30))
        dialog.place_edit.setText("Lunner rådhus")
        dialog.facilitators_edit.setText("Kari Nordmann, Ola Nordmann")
        dialog.archive_edit.setText("2026/123")
        dialog.groups.item(0, 1).setData(Qt.ItemDataRole.EditRole, 18)
        qtbot.mouseClick(dialog.add_group_button, Qt.MouseButton.LeftButton)
        dialog.groups.item(2, 0).setText("Ungdomsråd")
        dialog.groups.item(2, 1).setData(Qt.ItemDataRole.EditRole, 4)
        dialog.groups.setCurrentCell(1, 0)  # Administrasjon
        qtbot.mouseClick(dialog.remove_group_button, Qt.MouseButton.LeftButton)
        click_ok(qtbot, dialog)

    shown = when_shown(edit)
    window.details_action.trigger()
    assert shown
    info = get_session(lib, session_id)
    assert info.title == "Politikerverksted, runde 2"
    assert info.date == date(2026, 3, 11)
    assert (info.start_time, info.end_time) == (time(18, 0), time(19, 30))
    assert (info.place, info.archive_ref) == ("Lunner rådhus", "2026/123")
    assert info.facilitators == ["Kari Nordmann", "Ola Nordmann"]
    assert info.participants_planned == {"Politikere": 18, "Ungdomsråd": 4}
    assert window.windowTitle() == "Verksted – Politikerverksted, runde 2"
    assert "Ungdomsråd" in window.run_view.groups  # the group chip offers the new group
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.show_tab(TAB_AGENDA)
    assert window.agenda_editor.booked_check.isChecked()  # the agenda shows the booked hours
    window.show_tab(TAB_RUN)

    window.undo_action.trigger()  # every field back in one step
    info = get_session(lib, session_id)
    assert info.title == "Politikerverksted om innovasjon"
    assert (info.date, info.start_time, info.place) == (date(2026, 3, 4), None, "Gran rådhus")
    assert info.participants_planned == {"Politikere": 20, "Administrasjon": 5}
    assert window.windowTitle() == "Verksted – Politikerverksted om innovasjon"
    window.redo_action.trigger()
    assert get_session(lib, session_id).title == "Politikerverksted, runde 2"
    window.run_view.stop()


def test_details_refuse_an_empty_title_and_a_group_listed_twice(qtbot, window, session_id):
    window.open_session(session_id, TAB_RUN)
    seen: dict = {}

    def edit(dialog) -> None:
        dialog.title_edit.clear()
        seen["empty"] = (dialog.ok_button.isEnabled(), dialog.error.text())
        dialog.title_edit.setText("Ny tittel")
        dialog.groups.item(1, 0).setText("Politikere")
        seen["twice"] = (dialog.ok_button.isEnabled(), dialog.error.text())
        dialog.reject()

    when_shown(edit)
    assert not window.edit_session_details()
    assert seen["empty"] == (False, "The session needs a title.")
    assert seen["twice"] == (False, "The group “Politikere” is listed twice.")
    assert window.run_view.undo_stack.count() == 0
    window.run_view.stop()


def test_details_from_the_sessions_list(qtbot, window, session_id, lib):
    window.sessions_page.select_session(session_id)
    assert window.details_action.isEnabled()

    def edit(dialog) -> None:
        dialog.place_edit.setText("Brandbu")
        click_ok(qtbot, dialog)

    when_shown(edit)
    window.details_action.trigger()
    assert get_session(lib, session_id).place == "Brandbu"
    window.undo_action.trigger()
    assert get_session(lib, session_id).place == "Gran rådhus"


def test_next_on_the_last_step_offers_to_finish_and_reopen_undoes(
    qtbot, window, session_id, lib, monkeypatch
):
    update_session(lib, session_id, start_time=time(18, 0), end_time=time(19, 30))
    view = window.open_run(session_id)
    view.go_to_step(len(view.steps) - 1)
    next_button = view.findChild(QPushButton, "nextStepButton")
    assert next_button.isEnabled()  # not greyed out on the last step
    assert next_button.text() == "Finish ✓"
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert asked and "Politikerverksted om innovasjon" in asked[0]
    info = get_session(lib, session_id)
    assert info.status == "finished" and info.finished_at is not None
    assert (info.start_time, info.end_time) == (time(18, 0), time(19, 30))  # as booked
    assert not view.step_clock.running
    assert next_button.text() == "Finished ✓" and not next_button.isEnabled()
    assert "Session finished at" in view.status.text()
    assert window.finish_action.text() == "Re&open session"
    window.sessions_page.refresh()
    assert window.sessions_page.model.session_by_id(session_id).status == "finished"

    window.finish_action.trigger()  # Session → Reopen session
    info = get_session(lib, session_id)
    assert (info.status, info.finished_at) == ("running", None)
    assert next_button.text() == "Finish ✓" and next_button.isEnabled()
    assert window.finish_action.text() == "&Finish session"
    window.undo_action.trigger()  # the reopening undone: finished again, at the same time
    again = get_session(lib, session_id)
    assert again.status == "finished"
    window.undo_action.trigger()  # the finishing undone
    assert get_session(lib, session_id).status in ("planned", "running")
    assert get_session(lib, session_id).finished_at is None
    view.stop()


def test_no_on_the_question_finishes_nothing(qtbot, window, session_id, lib, monkeypatch):
    view = window.open_run(session_id)
    view.go_to_step(len(view.steps) - 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(view.capture, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert get_session(lib, session_id).status != "finished"
    assert view.undo_stack.count() == 0
    view.stop()
