"""Labels, shortcuts and menu entries: no literal ampersand in a label, Ctrl+, opens the
settings, Delete in the sessions list deletes (asked, undoable), Session → Run is enabled
whenever the Run button is."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from workshop.services.notes import add_note
from workshop.services.sessions import get_session, list_sessions
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings

MNEMONIC = re.compile(r"(?<!&)&[^&\s]")


def literal_ampersands(widget: QWidget) -> list[str]:
    """Labels that would show "F&ile:" as it is: a mnemonic without a buddy to give it to."""
    found = []
    for label in widget.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if (
            MNEMONIC.search(text)
            and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText
        ):
            found.append(f"{type(widget).__name__}: {label.text()!r}")
    return found


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, library_path, session_id, settings):
    win = MainWindow(library_path, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.start()
    yield win
    win.close()


def test_no_label_shows_a_literal_ampersand(qtbot, lib, session_id, settings):
    from workshop.ui.action_dialog import NewActionDialog
    from workshop.ui.agenda.editor import AgendaEditor
    from workshop.ui.export_dialog import ExportDialog
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.run.run_view import RunView
    from workshop.ui.session_details import NewPlanDialog, SessionDetailsDialog
    from workshop.ui.settings_dialog import SettingsDialog

    note = add_note(lib, session_id, "Benker langs elva")
    session = get_session(lib, session_id)
    run = RunView(lib, session_id)
    widgets = [
        SettingsDialog(settings),
        ExportDialog(lib, session, "en"),
        NewSessionWizard(lib, settings, language="en"),
        SessionDetailsDialog(session),
        NewPlanDialog("Kopi"),
        NewActionDialog(lib, session_id, [note]),
        AgendaEditor(lib, session_id),
        run,
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
    problems = [p for widget in widgets for p in literal_ampersands(widget)]
    run.stop()
    assert problems == []


def test_ctrl_comma_opens_the_settings(qtbot, window, monkeypatch):
    from workshop.ui.settings_dialog import SettingsDialog

    opened: list[bool] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda _d: opened.append(True) or 0)
    qtbot.keyClick(
        window.sessions_page.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
    )
    assert opened == [True]


def test_delete_in_the_sessions_list_asks_and_undo_brings_it_back(
    qtbot, window, session_id, lib, monkeypatch
):
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    table = window.sessions_page.table
    window.sessions_page.select_session(session_id)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked and "Politikerverksted om innovasjon" in asked[0]
    assert list_sessions(lib) == []
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in list_sessions(lib)] == [session_id]


def test_session_run_is_enabled_whenever_the_run_button_is(qtbot, window, session_id):
    page = window.sessions_page
    page.table.clearSelection()
    assert not page.open_button.isEnabled()
    assert not window.run_action.isEnabled()
    page.select_session(session_id)
    assert page.open_button.isEnabled()
    assert window.run_action.isEnabled()  # it was greyed out while the button was not
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.run_view is not None and window.workspace.currentWidget() is window.run_view
    assert window.run_action.isEnabled()
    window.run_view.stop()


def test_dates_are_typed_the_same_way_in_every_form(qtbot, lib, session_id, settings):
    from workshop.ui.action_dialog import NewActionDialog
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.session_details import NewPlanDialog, SessionDetailsDialog

    note = add_note(lib, session_id, "Benker langs elva")
    action = NewActionDialog(lib, session_id, [note])
    wizard = NewSessionWizard(lib, settings, language="en")
    details = SessionDetailsDialog(get_session(lib, session_id))
    plan = NewPlanDialog("Kopi")
    for widget in (action, wizard, details, plan):
        qtbot.addWidget(widget)
    formats = {
        action.due_edit.displayFormat(),  # it was yyyy-MM-dd
        wizard.details_page.date_edit.displayFormat(),
        details.date_edit.displayFormat(),
        plan.date_edit.displayFormat(),
    }
    assert formats == {"dd.MM.yyyy"}


def test_no_two_actions_of_run_mode_share_a_key(qtbot, window, session_id):
    """Each key of run mode does one thing: of two actions with one key in the same place, Qt
    runs neither (an ambiguous shortcut). F6 was both keep/change and reveal on the projector."""

    window.open_run(session_id)
    view = window.run_view
    owners: dict[str, list[str]] = {}
    for action in view.actions():  # all on the run view, for it and its children
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    shared = {key: texts for key, texts in owners.items() if key and len(set(texts)) > 1}
    assert not shared, shared
    view.stop()
