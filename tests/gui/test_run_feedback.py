"""What run mode tells the facilitator: what was just done (a note deleted, an action created,
an undo), the timer's Start / Pause / Resume, the time running out (a flash and a banner, not
only a colour), and the From paper toggle that looks like one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QToolButton

from workshop.ui.action_dialog import NewActionDialog
from workshop.ui.run.step_panel import FLASH_SECONDS

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def status(view) -> str:
    return view.findChild(QLabel, "runStatus").text()


def test_deleting_a_note_says_so_and_how_to_undo(qtbot, ui, run_view):
    view = run_view
    note = ui.capture(view, "Benker langs elva")
    assert "deleted" not in status(view)
    ui.focus_board(view)
    view.scene.select_notes([note])
    qtbot.keyClick(view.board, Key.Key_Delete)
    assert note not in view.model.notes
    assert status(view).startswith("1 note(s) deleted – Ctrl+Z undoes")
    qtbot.keyClick(view.board, Key.Key_Z, CTRL)
    assert note in view.model.notes
    assert status(view).startswith("Undone: Delete 1 note(s)")


def test_creating_an_action_says_so(qtbot, ui, run_view, monkeypatch):
    view = run_view
    ui.capture(view, "Flere benker langs stien")
    monkeypatch.setattr(NewActionDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    qtbot.keyClick(view.capture, Key.Key_N, CTRL | SHIFT)
    assert status(view).startswith("Action created – Ctrl+Z undoes")


def test_the_timer_button_says_start_then_pause_then_resume(qtbot, run_view):
    view = run_view
    button = view.findChild(QPushButton, "pauseButton")
    assert button.text() == "Start"  # the step's clock never ran
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Pause"
    view.fake_clock.advance(30)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.text() == "Resume"


def test_at_zero_the_timer_flashes_and_a_banner_says_the_time_is_up(qtbot, run_view):
    view = run_view
    timer, banner = view.panel.timer, view.findChild(QLabel, "timeUpBanner")
    step = view.current_step
    assert step.minutes > 0
    view.toggle_timer()
    view.fake_clock.advance(step.minutes * 60 - 10)
    view.tick()
    assert not banner.isVisible() and timer.state != "flash"
    view.fake_clock.advance(10.1)  # the time is up
    view.tick()
    assert banner.isVisible() and banner.text() == "Time is up"
    assert timer.state == "flash"
    view.fake_clock.advance(0.5)
    view.tick()
    assert timer.state == "danger"  # it flashes: every other half second
    view.fake_clock.advance(0.5)
    view.tick()
    assert timer.state == "flash"
    view.fake_clock.advance(FLASH_SECONDS)
    view.tick()
    assert timer.state == "danger" and banner.isVisible()  # then it stays red, with the banner
    view.extend_timer(300)  # five more minutes: the banner goes
    assert not banner.isVisible()


def test_from_paper_is_a_visible_toggle(qtbot, run_view):
    button = run_view.findChild(QToolButton, "typeInButton")
    assert button.isCheckable() and not button.isChecked()
    assert button.text() == "☐ From paper" and button.accessibleDescription() == "Off"
    assert "border" in button.styleSheet()  # framed when off, not a bare label
    qtbot.keyClick(run_view.capture, Key.Key_P, CTRL | SHIFT)
    assert button.isChecked()
    assert button.text() == "☑ From paper" and button.accessibleDescription() == "On"
