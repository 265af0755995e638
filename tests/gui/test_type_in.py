"""Type-in mode: notes from the paper capture sheets go to one pinned step, the agenda stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton

from workshop.services.notes import list_notes
from workshop.services.sessions import get_session

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")


def _choose(qtbot, view, position: int) -> None:
    """Pick a step in the type-in combo with the keyboard, as a user would."""
    combo = view.findChild(QComboBox, "typeInStep")
    target = combo.findData(view.steps[position - 1].id)
    combo.setFocus()
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Key.Key_Down)
    combo.activated.emit(combo.currentIndex())  # offscreen: the popup-less key choice


def test_type_in_mode_pins_the_capture_to_the_chosen_step(qtbot, ui, run_view, session_id):
    view = run_view
    step1, step3 = view.steps[0], view.steps[2]
    button = view.findChild(QToolButton, "typeInButton")
    combo = view.findChild(QComboBox, "typeInStep")
    assert not button.isChecked() and not combo.isVisible()
    running_before = view.step_clock.running

    qtbot.keyClick(view.capture, Key.Key_P, CTRL | SHIFT)
    assert button.isChecked() and combo.isVisible()
    assert combo.currentData() == step1.id  # starts on the current step
    _choose(qtbot, view, 3)
    assert combo.currentData() == step3.id
    qtbot.waitUntil(view.capture.hasFocus)  # back to the capture line after choosing
    assert "3." in view.capture.placeholderText()

    first = ui.capture(view, "Flere benker i sentrum")
    assert view.capture.hasFocus() and view.capture.toPlainText() == ""
    second = ui.capture(view, "Lengre åpningstid")
    assert view.capture.hasFocus()
    assert ui.stored(view, first).step_id == step3.id
    assert ui.stored(view, second).step_id == step3.id
    assert ui.area_rect(view, 3).contains(ui.card_rect(view.scene.notes[second]))
    # the agenda and its timer did not move
    assert view.current_step.id == step1.id
    assert view.step_clock.running == running_before
    assert get_session(view.lib, session_id).current_step_id in (None, step1.id)
    status = view.findChild(QLabel, "runStatus").text()
    assert "2 note(s) typed in from paper" in status

    qtbot.keyClick(view.capture, Key.Key_2, CTRL)  # tags the note just added
    assert ui.stored(view, second).principles == (2,)
    assert ui.stored(view, first).principles == ()

    qtbot.keyClick(view.capture, Key.Key_P, CTRL | SHIFT)  # off again
    assert not button.isChecked() and not combo.isVisible()
    assert "typed in from paper" not in view.findChild(QLabel, "runStatus").text()
    third = ui.capture(view, "Trygg skolevei")
    assert ui.stored(view, third).step_id == step1.id
    assert [n.text for n in list_notes(view.lib, session_id)] == [
        "Flere benker i sentrum",
        "Lengre åpningstid",
        "Trygg skolevei",
    ]


def test_the_pinned_step_stays_when_the_agenda_moves_and_undo_removes_the_note(qtbot, ui, run_view):
    view = run_view
    view.type_in.button.click()
    _choose(qtbot, view, 2)
    qtbot.keyClick(view.capture, Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # step 2
    qtbot.keyClick(view.capture, Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # step 3
    assert view.current_step.id == view.steps[2].id
    note = ui.capture(view, "Kafe i biblioteket")
    assert ui.stored(view, note).step_id == view.steps[1].id
    view.undo_stack.undo()
    assert note not in view.model.notes
    view.type_in.button.click()
    assert ui.stored(view, ui.capture(view, "Benk")).step_id == view.steps[2].id


def test_render_type_in_mode(qtbot, ui, run_view):
    view = run_view
    view.type_in.button.click()
    _choose(qtbot, view, 3)
    ui.capture(view, "Flere benker i sentrum")
    qtbot.keyClicks(view.capture, "Lengre åpningstid på")
    view.grab().save("/tmp/type-in.png")


def test_the_toggle_is_not_clipped_when_switched_on(run_view, qtbot):
    button = run_view.findChild(object, "typeInButton")
    button.setChecked(True)
    qtbot.waitUntil(lambda: button.isVisible())
    assert button.width() >= button.sizeHint().width()
    assert button.minimumSizeHint().width() <= button.width()
