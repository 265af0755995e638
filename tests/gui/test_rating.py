"""The rating panel of an evaluate step: digits typed become ratings, Backspace and Ctrl+Z take
them back, the panel shows the distribution and the mean, and appears on evaluate steps only.

What the library holds is read through the services, never through the panel.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton

from workshop.services.evaluation import add_ratings, list_ratings
from workshop.services.sessions import get_session

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")


def evaluate_index(view) -> int:
    return next(i for i, s in enumerate(view.steps) if s.kind == "evaluate")


@pytest.fixture
def evaluating(qtbot, run_view):
    """The run view on the politician workshop's evaluate step, the rating field focused."""
    run_view.go_to_step(evaluate_index(run_view))
    panel = run_view.findChild(QFrame, "ratingPanel")
    qtbot.waitUntil(panel.isVisible)
    qtbot.keyClick(run_view.capture, Key.Key_R, CTRL | SHIFT)
    field = run_view.findChild(QLineEdit, "ratingInput")
    qtbot.waitUntil(field.hasFocus)
    return run_view


def values(view) -> list[int]:
    return [r.value for r in list_ratings(view.lib, view.model.session_id)]


def label(view, name: str) -> str:
    return view.findChild(QLabel, name).text()


def test_panel_only_on_evaluate_steps(qtbot, run_view):
    panel = run_view.findChild(QFrame, "ratingPanel")
    assert run_view.current_step.kind != "evaluate"
    assert not panel.isVisible()
    qtbot.keyClick(run_view.capture, Key.Key_R, CTRL | SHIFT)  # nothing to rate here
    assert run_view.capture.hasFocus()
    assert "evaluation step" in label(run_view, "runStatus")
    run_view.go_to_step(evaluate_index(run_view))
    qtbot.waitUntil(panel.isVisible)
    assert run_view.capture.isVisible()  # the note line stays, for keep / change notes
    qtbot.keyClick(run_view.capture, Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert run_view.current_step.kind != "evaluate"


def test_typing_digits_stores_one_rating_each_and_shows_the_counts(qtbot, evaluating):
    view = evaluating
    field = view.findChild(QLineEdit, "ratingInput")
    assert field.accessibleName()
    qtbot.keyClicks(field, "4553")
    assert values(view) == [4, 5, 5, 3]
    step_id = view.current_step.id
    assert {r.step_id for r in list_ratings(view.lib, view.model.session_id)} == {step_id}
    assert label(view, "ratingCount") == "4 rating(s)"
    assert label(view, "ratingMean") == "Mean 4.3 of 5"
    assert view.rating.bars.summary.counts == (0, 0, 1, 1, 2)
    assert view.rating.bars.accessibleDescription() == "1: 0, 2: 0, 3: 1, 4: 1, 5: 2"
    assert field.text() == "4 5 5 3"  # the field echoes what is stored
    assert view.undo_stack.count() == 4  # one undo step per rating


def test_other_characters_add_nothing_and_give_a_hint(qtbot, evaluating):
    view = evaluating
    field = view.findChild(QLineEdit, "ratingInput")
    qtbot.keyClicks(field, "a")
    assert values(view) == []
    assert "1–5" in label(view, "ratingHint")
    qtbot.keyClicks(field, "6 0x")
    assert values(view) == []
    qtbot.keyClicks(field, "2")
    assert values(view) == [2]
    assert label(view, "ratingHint") == ""  # gone with the next rating
    assert field.text() == "2"


def test_backspace_takes_back_the_last_rating_and_redo_brings_it_back(qtbot, evaluating):
    view = evaluating
    field = view.findChild(QLineEdit, "ratingInput")
    qtbot.keyClicks(field, "451")
    ids = [r.id for r in list_ratings(view.lib, view.model.session_id)]
    qtbot.keyClick(field, Key.Key_Backspace)
    assert values(view) == [4, 5]
    assert label(view, "ratingCount") == "2 rating(s)"
    assert field.text() == "4 5"
    qtbot.keyClick(field, Key.Key_Z, CTRL | SHIFT)  # redo: the same rating again
    assert [r.id for r in list_ratings(view.lib, view.model.session_id)] == ids
    qtbot.keyClick(field, Key.Key_Z, CTRL)  # Ctrl+Z from the field undoes too
    qtbot.keyClick(field, Key.Key_Z, CTRL)
    assert values(view) == [4]


def test_backspace_after_other_work_removes_the_newest_rating_as_an_undo_step(
    qtbot, ui, evaluating
):
    view = evaluating
    add_ratings(view.lib, view.model.session_id, [3, 1])  # from the command line, say
    view.refresh_from_library()
    field = view.findChild(QLineEdit, "ratingInput")
    assert label(view, "ratingCount") == "2 rating(s)"
    qtbot.keyClick(field, Key.Key_Escape)  # back to the note line
    qtbot.waitUntil(view.capture.hasFocus)
    ui.capture(view, "Mer pause")
    qtbot.keyClick(view.capture, Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Key.Key_Backspace)
    assert values(view) == [3]
    assert len(view.model.notes) == 1  # the note stays
    qtbot.keyClick(field, Key.Key_Z, CTRL)
    assert values(view) == [3, 1]
    qtbot.keyClick(field, Key.Key_Backspace)
    qtbot.keyClick(field, Key.Key_Backspace)
    qtbot.keyClick(field, Key.Key_Backspace)  # nothing left
    assert values(view) == []
    assert "No rating" in label(view, "ratingHint")


def test_enter_goes_back_to_the_note_line(qtbot, evaluating):
    view = evaluating
    field = view.findChild(QLineEdit, "ratingInput")
    qtbot.keyClick(field, Key.Key_5)
    qtbot.keyClick(field, Key.Key_Return)
    qtbot.waitUntil(view.capture.hasFocus)
    assert values(view) == [5]


def test_keep_and_change_are_their_own_field_not_a_group(qtbot, ui, run_view, lib, session_id):
    view = run_view
    feedback_chip = view.findChild(QPushButton, "feedbackChip")
    assert not feedback_chip.isVisible()  # not an evaluate step
    view.cycle_group(1)
    assert view.current_group == "Politikere"
    view.go_to_step(evaluate_index(view))
    assert "Keep" not in view.groups and "Change" not in view.groups
    assert view.group_chip.text() == "Politikere"  # the participant group stays chosen
    assert feedback_chip.isVisible()
    assert feedback_chip.text() == "Neither keep nor change"
    qtbot.keyClick(view.capture, Key.Key_F12, SHIFT)  # the one before: "Change"
    assert feedback_chip.text() == "Change"
    assert view.findChild(QPushButton, "changeButton").isChecked()
    assert view.group_chip.text() == "Politikere"
    change_note = ui.capture(view, "Mer tid til gruppene")
    view.findChild(QPushButton, "keepButton").click()
    qtbot.waitUntil(view.capture.hasFocus)
    assert feedback_chip.text() == "Keep"
    assert view.findChild(QPushButton, "keepButton").isChecked()
    assert not view.findChild(QPushButton, "changeButton").isChecked()
    keep_note = ui.capture(view, "Korte innlegg")
    assert (ui.stored(view, change_note).group, ui.stored(view, change_note).feedback) == (
        "Politikere",
        "change",
    )
    assert (ui.stored(view, keep_note).group, ui.stored(view, keep_note).feedback) == (
        "Politikere",
        "keep",
    )
    view.go_to_step(evaluate_index(view) + 1)
    assert not feedback_chip.isVisible()
    assert view.group_chip.text() == "Politikere"  # never "Keep" or "Change" after the step
    assert "Keep" not in view.groups
    later = ui.capture(view, "Neste steg")
    assert (ui.stored(view, later).group, ui.stored(view, later).feedback) == ("Politikere", "")
    qtbot.keyClick(view.capture, Key.Key_F12)  # off an evaluate step: says why, changes nothing
    assert view.current_feedback == ""
    assert "evaluation step" in view.status.text()
    view.go_to_step(evaluate_index(view))
    assert feedback_chip.text() == "Neither keep nor change"  # cleared when the step was left
    steps = get_session(lib, session_id).steps
    assert steps[evaluate_index(view)].kind == "evaluate"


def test_ratings_typed_elsewhere_show_when_the_panel_opens(qtbot, run_view):
    add_ratings(run_view.lib, run_view.model.session_id, [5, 5, 4])
    run_view.refresh_from_library()
    run_view.go_to_step(evaluate_index(run_view))
    assert label(run_view, "ratingCount") == "3 rating(s)"
    assert label(run_view, "ratingMean") == "Mean 4.7 of 5"


def test_in_the_main_window_the_keys_reach_the_panel_and_undo_works(
    qtbot, library_path, session_id
):
    from workshop.ui.main_window import MainWindow

    window = MainWindow(library_path, run_session=session_id[:4])
    qtbot.addWidget(window, before_close_func=lambda w: w.run_view and w.run_view.stop())
    window.show()
    window.activateWindow()
    assert window.start()
    view = window.run_view
    qtbot.waitUntil(view.capture.hasFocus)
    view.go_to_step(evaluate_index(view))
    view.stop()  # the timer is not what this test is about
    qtbot.keyClick(view.capture, Key.Key_R, CTRL | SHIFT)  # Ctrl+R is the window's Run
    field = view.findChild(QLineEdit, "ratingInput")
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "35")
    assert values(view) == [3, 5]
    qtbot.keyClick(field, Key.Key_Z, CTRL)  # the window's Undo
    assert values(view) == [3]
    assert window.workspace.currentWidget() is view
