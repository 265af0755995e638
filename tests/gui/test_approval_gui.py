"""Approving and reopening minutes from the Session menu: the dialogs, the locked banner above
the run view, the padlock in the sessions list, and edits (and undo) refused with a message."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import when_shown
from workshop.services import approval, notes
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings
from workshop.ui.window.pages import TAB_RUN


@pytest.fixture
def window(qtbot, library_path, session_id, lib, tmp_path):
    notes.add_note(lib, session_id, "Lys i sentrum")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(library_path, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.start()
    yield win
    win.close()


def _approve(qtbot, window, tmp_path, name="Kari Nordmann") -> None:
    path = tmp_path / "godkjent.pdf"

    def fill(dialog) -> None:
        assert dialog.objectName() == "approveDialog"
        dialog.name.setText(name)
        dialog.save_copy.setChecked(True)
        dialog.path.setText(str(path))
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    shown = when_shown(fill)
    window.approve_action.trigger()
    assert shown


def test_approve_locks_the_session_and_reopen_unlocks_it(
    qtbot, window, lib, session_id, tmp_path, monkeypatch
):
    window.open_session(session_id, TAB_RUN)
    view = window.run_view
    assert window.approve_action.isEnabled() and not window.reopen_action.isEnabled()
    assert not window.lock_banner.isVisible()
    note = next(iter(view.model.notes))
    from workshop.ui.commands.notes import EditNoteCommand

    view.undo_stack.push(EditNoteCommand(view.model, note, "Lys i sentrum", "Mer lys"))
    assert notes.get_note(lib, session_id, note).text == "Mer lys"

    _approve(qtbot, window, tmp_path)
    [info] = approval.list_approvals(lib, session_id)
    assert info.approved_by == "Kari Nordmann" and info.locked
    written = (tmp_path / "godkjent.pdf").read_bytes()
    assert hashlib.sha256(written).hexdigest() == info.sha256
    assert window.lock_banner.isVisible()
    assert "Kari Nordmann" in window.lock_banner.text.text()
    assert not window.approve_action.isEnabled() and window.reopen_action.isEnabled()
    window.lock_banner.grab().save(str(tmp_path / "banner.png"))
    assert view.capture.isReadOnly() and not view.add_button.isEnabled()
    assert not view.type_in.isEnabled()
    assert "approved" in view.capture.placeholderText()

    # An edit and the undo of the edit before the approval: refused with the message.
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    view.undo_stack.push(EditNoteCommand(view.model, note, "Mer lys", "Annet"))
    view.undo_stack.undo()
    assert len(warnings) == 2
    assert all("Kari Nordmann" in w and "\n" not in w for w in warnings), warnings
    assert notes.get_note(lib, session_id, note).text == "Mer lys"

    # The sessions list shows the padlock.
    model = window.sessions_page.model
    assert model.is_locked(session_id)

    def reason(dialog) -> None:
        assert dialog.objectName() == "reopenDialog"
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)  # no reason: refused
        assert dialog.isVisible() and dialog.status.text()
        dialog.reason.setPlainText("Innspill 1 var feilskrevet")
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)

    shown = when_shown(reason)
    window.lock_banner.reopen_button.click()
    assert shown
    [info] = approval.list_approvals(lib, session_id)
    assert info.reopen_reason == "Innspill 1 var feilskrevet" and not info.locked
    assert not window.lock_banner.isVisible()
    assert window.approve_action.isEnabled()
    assert not view.capture.isReadOnly() and view.add_button.isEnabled()
    assert "approved" not in view.capture.placeholderText()
    view.undo_stack.push(EditNoteCommand(view.model, note, "Mer lys", "Mer lys i sentrum"))
    assert notes.get_note(lib, session_id, note).text == "Mer lys i sentrum"
    assert len(warnings) == 2


def test_an_empty_name_is_refused_in_the_dialog(qtbot, window, lib, session_id):
    window.open_session(session_id, TAB_RUN)

    def fill(dialog) -> None:
        dialog.name.setText("  ")
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.status.text()
        dialog.reject()

    shown = when_shown(fill)
    window.approve_action.trigger()
    assert shown
    assert approval.list_approvals(lib, session_id) == []


def test_an_approved_session_opens_without_a_refused_write(
    qtbot, window, lib, session_id, monkeypatch
):
    """Notes never placed on the board (from the command line) stay where the board shows them:
    opening the run view of approved minutes writes nothing, so nothing is refused."""
    from workshop.export.approval import approve_minutes

    approve_minutes(lib, session_id, by="Kari Nordmann")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    window.open_session(session_id, TAB_RUN)
    assert warnings == []
    assert window.lock_banner.isVisible()
    assert "Kari Nordmann" in window.lock_banner.text.text()
    window.sessions_page.refresh()
    model = window.sessions_page.model
    row = next(r for r in range(model.rowCount()) if model.session_at(r).id == session_id)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None
