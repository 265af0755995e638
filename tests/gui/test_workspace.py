"""The main window around a session: tabs, menus, presenter view, export, settings, closing."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from workshop.services.agenda import add_step
from workshop.services.sessions import create_session, list_sessions, set_session_deleted
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings
from workshop.ui.window.pages import TAB_AGENDA, TAB_RUN


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, library_path, session_id, settings):
    win = MainWindow(library_path, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.start()
    yield win
    win.close()


def test_enter_in_the_list_opens_run_mode_and_the_agenda_tab_is_one_key_away(qtbot, window):
    window.sessions_page.table.setFocus()
    qtbot.keyClick(window.sessions_page.table, Qt.Key.Key_Return)
    assert window.workspace.currentWidget() is window.run_view
    assert window.findChild(type(window.run_view.capture), "captureInput").hasFocus()
    window.agenda_view_action.trigger()
    assert window.workspace.currentIndex() == TAB_AGENDA
    assert window.findChild(object, "agendaList") is not None
    window.board_view_action.trigger()
    assert window.workspace.currentIndex() == TAB_RUN


def test_agenda_changes_reach_run_mode(window, session_id, lib):
    window.open_session(session_id, TAB_AGENDA)
    steps_before = len(window.run_view.steps)
    add_step(lib, session_id, title="Ekstra runde", minutes=5)
    window.agenda_editor.changed.emit()
    assert len(window.run_view.steps) == steps_before + 1
    assert window.run_view.steps[-1].title == "Ekstra runde"


def test_presenter_follows_the_facilitator(qtbot, window, session_id):
    view = window.open_run(session_id)
    window.presenter_action.trigger()
    presenter = window.findChild(object, "presenterView")
    assert presenter is not None and presenter.isVisible()
    assert presenter.board.focusPolicy() == Qt.FocusPolicy.NoFocus  # read-only, its own board
    assert view.current_step.question in presenter.question_label.text() or (
        not view.current_step.question
    )
    view.next_step()
    assert presenter.question_label.text() == (
        view.current_step.question or view.current_step.title
    )
    assert f"{view.current_step.position}" in presenter.step_label.text()
    assert presenter.timer.text() == view.panel.timer.text()
    before = presenter.board.text_px
    view.board.zoom_by(0.2)  # the facilitator's zoom is the facilitator's own
    assert presenter.board.text_px == before
    window.presenter_action.trigger()  # F5 again closes it
    qtbot.waitUntil(lambda: window.findChild(object, "presenterView") is None)
    view.stop()


def test_export_minutes_suggests_a_dated_file_name_and_writes_the_pdf(
    qtbot, window, session_id, tmp_path, monkeypatch
):
    from workshop.ui.export_dialog import ExportDialog

    window.open_run(session_id)
    seen = {}

    def run_export(dialog):
        seen["suggested"] = dialog.path.text()
        dialog.path.setText(str(tmp_path / "referat.pdf"))
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.written is not None, timeout=30000)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", run_export)
    window.export_action.trigger()
    name = seen["suggested"].rsplit("/", 1)[-1]
    assert re.fullmatch(r"2026-03-04_Politikerverksted-om-innovasjon\.pdf", name)  # no type twice
    assert (tmp_path / "referat.pdf").read_bytes().startswith(b"%PDF")


def test_new_session_opens_its_agenda(qtbot, window, lib, monkeypatch):
    import workshop.ui.new_session.wizard as wizard_module

    class FakeWizard:
        def __init__(self, lib_, settings, parent, language=None):
            self.created_session_id = create_session(lib_, "focus-group", "Ny fokusgruppe")

        def exec(self):
            return 1

    monkeypatch.setattr(wizard_module, "NewSessionWizard", FakeWizard)
    window.new_action.trigger()
    assert window.workspace.currentIndex() == TAB_AGENDA
    assert window.run_view.model.session.title == "Ny fokusgruppe"
    assert "Ny fokusgruppe" in window.windowTitle()


def test_deleted_sessions_are_purged_when_the_window_closes(
    qtbot, library_path, session_id, settings, lib
):
    win = MainWindow(library_path, settings=settings)
    qtbot.addWidget(win)
    win.show()
    assert win.start()
    set_session_deleted(lib, session_id, True)
    win.close()
    assert list_sessions(lib, include_deleted=True) == []


def test_window_geometry_is_remembered(qtbot, library_path, session_id, settings):
    first = MainWindow(library_path, settings=settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    assert first.start()
    first.close()
    second = MainWindow(library_path, settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    second.close()


def test_settings_dialog_stores_typed_values_and_refuses_a_broken_framework(
    qtbot, settings, tmp_path
):
    from workshop.ui.settings_dialog import SettingsDialog
    from workshop.ui.translation import apply_font_size

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    # every label's accelerator reaches its field (an "&" is never shown as such), the team
    # server's too
    from PySide6.QtWidgets import QLabel

    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) == 5 and all(label.buddy() is not None for label in labels)
    broken = tmp_path / "broken.toml"
    broken.write_text("id = ", encoding="utf-8")
    dialog.framework.setText(str(broken))
    dialog.accept()
    assert not dialog.framework_error.isHidden() and "broken.toml" in dialog.framework_error.text()
    assert settings.get("sessions/default_framework") == ""  # nothing saved

    dialog.framework.clear()
    dialog.font_size.setValue(15)
    dialog.groups.setText("Elever, Lærere, Elever")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings.get("ui/font_size") == 15.0
    assert settings.get("sessions/default_groups") == ["Elever", "Lærere"]
    assert settings.get("ui/language") == "en"
    app = QApplication.instance()
    original = app.font()
    try:
        apply_font_size(settings)
        assert app.font().pointSizeF() == 15.0
    finally:
        app.setFont(original)


def test_actions_and_overview_views_are_in_the_view_menu(qtbot, window, lib, session_id):
    from workshop.services.actions import add_action

    add_action(lib, session_id, "Følge opp innspillene", owner="Kari")
    window.actions_view_action.trigger()
    actions = window.findChild(object, "actionsView")
    assert actions is not None and window.stack.currentWidget() is actions
    assert window.undo_group.activeStack() is actions.undo_stack
    with qtbot.waitSignal(actions.open_session_requested):
        actions.open_session_requested.emit(session_id)
    assert window.workspace.currentWidget() is window.run_view

    window.overview_view_action.trigger()
    overview = window.findChild(object, "overviewView")
    assert overview is not None and window.stack.currentWidget() is overview
    assert window.run_view is None  # leaving the session stopped its run view
    window.sessions_view_action.trigger()
    assert window.stack.currentWidget() is window.sessions_page


def test_the_mapping_tab_is_built_when_first_shown_and_follows_notes_from_then_on(
    qtbot, window, session_id
):
    from workshop.ui.window.pages import TAB_MAPPING

    window.open_session(session_id, TAB_RUN)
    assert window.mapping_view is None  # capturing on the board feeds no hidden matrix
    window.run_view.capture_note("Før matrisen ble vist")
    window.mapping_view_action.trigger()
    assert window.workspace.currentIndex() == TAB_MAPPING
    mapping = window.mapping_view
    assert mapping is not None and mapping.isVisible()
    assert mapping.principles.table.hasFocus()
    texts = {
        mapping.principles.model.note(r).text for r in range(mapping.principles.model.rowCount())
    }
    assert "Før matrisen ble vist" in texts
    window.board_view_action.trigger()
    window.run_view.capture_note("Etter at matrisen ble vist")
    rows = mapping.principles.model.rowCount()
    assert mapping.principles.model.note(rows - 1).text == "Etter at matrisen ble vist"
    window.mapping_view_action.trigger()
    assert window.mapping_view is mapping  # built once per session


def test_the_overview_is_built_once_when_first_opened_and_again_when_shown_again(
    qtbot, window, monkeypatch
):
    from workshop.ui.overview.view import OverviewView

    builds = []
    original = OverviewView.refresh
    monkeypatch.setattr(OverviewView, "refresh", lambda self: builds.append(1) or original(self))
    window.overview_view_action.trigger()
    assert len(builds) == 1
    window.show_sessions()
    window.overview_view_action.trigger()
    assert len(builds) == 2
