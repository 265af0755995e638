"""The agenda editor: what the list and form show, what the library stores, and undo of both."""

from __future__ import annotations

import os
from datetime import time

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from workshop.domain.formatting import format_duration
from workshop.errors import InvalidInputError
from workshop.services import agenda as agenda_service
from workshop.services import notes as note_service
from workshop.services.sessions import get_session, update_session
from workshop.ui.agenda.editor import AgendaEditor

# The politician workshop: 9 steps, 95 minutes.
TOTAL = 95


class Dialogs:
    """Stand-ins for the message boxes: warnings are recorded, questions get ``answer``."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def warning(self, _parent, _title, text, *_args):
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def question(self, _parent, _title, text, *_args):
        self.questions.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    stub = Dialogs()
    monkeypatch.setattr(QMessageBox, "warning", stub.warning)
    monkeypatch.setattr(QMessageBox, "question", stub.question)
    return stub


@pytest.fixture
def editor(qtbot, lib, session_id) -> AgendaEditor:
    widget = AgendaEditor(lib, session_id)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts need the active window
    return widget


def stored(editor: AgendaEditor):
    return get_session(editor.lib, editor.session_id)


def titles(editor: AgendaEditor) -> list[str]:
    return [s.title for s in stored(editor).steps]


def rows(editor: AgendaEditor) -> list[str]:
    model = editor.list_view.model()
    return [model.index(r).data() for r in range(model.rowCount())]


def selected_row(editor: AgendaEditor) -> int:
    indexes = editor.list_view.selectionModel().selectedRows()
    assert len(indexes) == 1
    assert editor.list_view.currentIndex() == indexes[0]
    return indexes[0].row()


def focus_list(qtbot, editor: AgendaEditor, row: int) -> QListView:
    view = editor.findChild(QListView, "agendaList")
    view.setCurrentIndex(view.model().index(row))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def booking(editor: AgendaEditor, start: str, end: str) -> None:
    """Tick "Booked time" and set the times as a user would."""
    if not editor.booked_check.isChecked():
        editor.booked_check.click()
    editor.start_edit.setTime(QTime.fromString(start, "HH:mm"))
    editor.end_edit.setTime(QTime.fromString(end, "HH:mm"))


# --- showing ----------------------------------------------------------------------------------


def test_shows_the_agenda_and_renders_cleanly(qtbot, editor):
    view = editor.findChild(QListView, "agendaList")
    assert view is editor.list_view and view.accessibleName()
    assert rows(editor)[0] == "1. Velkommen og ramme — Intro, 10 min"
    assert rows(editor)[5] == "6. Prioriter — Voting, 5 min"
    assert len(rows(editor)) == 9
    assert editor.findChild(QWidget, "agendaTotal").text() == "Total 1 h 35 min"
    assert editor.findChild(QWidget, "agendaWarning").isHidden()
    assert selected_row(editor) == 0
    assert editor.title_edit.text() == "Velkommen og ramme"
    assert editor.kind_combo.currentData() == "intro"
    assert editor.minutes_spin.value() == 10
    assert not editor.start_edit.isEnabled()

    booking(editor, "18:00", "19:00")
    editor.select_step(stored(editor).steps[2].id)
    editor.grab().save("/tmp/agenda-editor.png")


def test_every_interactive_widget_has_an_accessible_name(editor):
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QListView)

    def inside_a_compound(widget: QWidget) -> bool:  # a spin box's line edit, a combo's popup
        parent = widget.parentWidget()
        while parent is not None and parent is not editor:
            if isinstance(parent, QAbstractSpinBox | QComboBox):
                return True
            parent = parent.parentWidget()
        return False

    missing = [
        w.objectName() or type(w).__name__
        for w in editor.findChildren(QWidget)
        if isinstance(w, kinds) and not inside_a_compound(w) and not w.accessibleName()
    ]
    assert missing == []
    for name in (
        "addStepButton",
        "duplicateStepButton",
        "removeStepButton",
        "moveUpButton",
        "moveDownButton",
    ):
        assert editor.findChild(QAbstractButton, name) is not None


# --- adding, duplicating, removing --------------------------------------------------------------


def test_insert_adds_a_step_after_the_selected_one(qtbot, editor):
    before = stored(editor).steps
    view = focus_list(qtbot, editor, 2)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(view, Qt.Key.Key_Insert)

    after = stored(editor).steps
    assert len(after) == 10
    new = after[3]
    assert new.id not in {s.id for s in before}
    assert (new.position, new.title, new.kind, new.minutes) == (4, "New step", "discuss", 10)
    assert [s.id for s in after[:3] + after[4:]] == [s.id for s in before]
    assert selected_row(editor) == 3
    assert rows(editor)[3] == "4. New step — Discussion, 10 min"
    assert editor.title_edit.text() == "New step"
    assert editor.title_edit.hasFocus()  # ready to type the title
    assert editor.findChild(QWidget, "agendaTotal").text() == "Total 1 h 45 min"

    editor.undo_stack.undo()
    assert [s.id for s in stored(editor).steps] == [s.id for s in before]
    assert selected_row(editor) == 2
    editor.undo_stack.redo()
    assert stored(editor).steps[3].id == new.id  # the same step comes back
    assert selected_row(editor) == 3


def test_ctrl_d_duplicates_the_selected_step(qtbot, editor):
    source = stored(editor).steps[1]
    view = focus_list(qtbot, editor, 1)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    steps = stored(editor).steps
    assert len(steps) == 10
    copy = steps[2]
    assert copy.id != source.id
    assert (copy.title, copy.kind, copy.minutes, copy.question) == (
        source.title,
        source.kind,
        source.minutes,
        source.question,
    )
    assert selected_row(editor) == 2
    editor.undo_stack.undo()
    assert len(stored(editor).steps) == 9
    editor.undo_stack.redo()
    assert stored(editor).steps[2].id == copy.id


def test_delete_removes_and_undo_brings_it_back_with_its_id(qtbot, editor, dialogs):
    victim = stored(editor).steps[4]
    view = focus_list(qtbot, editor, 4)
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert dialogs.questions == []  # no notes: removed at once
    assert victim.id not in [s.id for s in stored(editor).steps]
    assert len(rows(editor)) == 8
    assert selected_row(editor) == 4  # the next step is selected

    editor.undo_stack.undo()
    back = stored(editor).steps[4]
    assert (back.id, back.position, back.title, back.minutes) == (
        victim.id,
        5,
        victim.title,
        victim.minutes,
    )
    assert selected_row(editor) == 4
    assert editor.title_edit.text() == victim.title
    editor.undo_stack.redo()
    assert victim.id not in [s.id for s in stored(editor).steps]


def test_removing_a_step_with_notes_asks_and_undo_ties_the_notes_again(qtbot, editor, dialogs):
    step = stored(editor).steps[1]
    note_id = note_service.add_note(editor.lib, editor.session_id, "Biblioteket", step_id=step.id)
    view = focus_list(qtbot, editor, 1)

    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(dialogs.questions) == 1 and "1 note" in dialogs.questions[0]
    assert len(stored(editor).steps) == 9
    assert editor.undo_stack.count() == 0

    dialogs.answer = QMessageBox.StandardButton.Yes
    editor.remove_button.click()
    assert len(dialogs.questions) == 2
    assert step.id not in [s.id for s in stored(editor).steps]
    assert note_service.get_note(editor.lib, editor.session_id, note_id).step_id is None

    editor.undo_stack.undo()
    assert stored(editor).steps[1].id == step.id
    assert note_service.get_note(editor.lib, editor.session_id, note_id).step_id == step.id


def test_the_last_step_cannot_be_removed(qtbot, editor, dialogs):
    for step in stored(editor).steps[1:]:
        agenda_service.remove_step(editor.lib, editor.session_id, step.id)
    editor.refresh()
    assert not editor.remove_button.isEnabled()
    view = focus_list(qtbot, editor, 0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(stored(editor).steps) == 1
    assert dialogs.warnings == []


# --- reordering -------------------------------------------------------------------------------


def test_ctrl_down_and_alt_up_move_the_step_and_the_selection_follows(qtbot, editor):
    ids = [s.id for s in stored(editor).steps]
    view = focus_list(qtbot, editor, 1)

    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in stored(editor).steps][:3] == [ids[0], ids[2], ids[1]]
    assert selected_row(editor) == 2
    assert rows(editor)[2].startswith("3. Nyskapingshistorier")

    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in stored(editor).steps].index(ids[1]) == 3
    assert selected_row(editor) == 3

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in stored(editor).steps].index(ids[1]) == 2
    assert selected_row(editor) == 2
    assert view.hasFocus()

    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [s.id for s in stored(editor).steps].index(ids[1]) == 2
    editor.undo_stack.undo()
    assert [s.id for s in stored(editor).steps] == ids
    assert selected_row(editor) == 1
    editor.undo_stack.redo()
    assert [s.id for s in stored(editor).steps].index(ids[1]) == 2


def test_the_first_step_does_not_move_up(qtbot, editor):
    view = focus_list(qtbot, editor, 0)
    assert not editor.up_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.count() == 0


def test_move_buttons(editor):
    ids = [s.id for s in stored(editor).steps]
    editor.select_step(ids[8])
    assert not editor.down_button.isEnabled()
    editor.up_button.click()
    assert [s.id for s in stored(editor).steps][7] == ids[8]
    assert selected_row(editor) == 7
    editor.down_button.click()
    assert [s.id for s in stored(editor).steps] == ids


@pytest.fixture
def move_calls(monkeypatch) -> list[tuple[str, int]]:
    calls: list[tuple[str, int]] = []
    real = agenda_service.move_step

    def counting(lib, session_id, step_id, position):
        calls.append((step_id, position))
        real(lib, session_id, step_id, position)

    monkeypatch.setattr(agenda_service, "move_step", counting)
    return calls


def test_a_drop_is_one_move(editor, move_calls):
    view = editor.list_view
    assert view.dragDropMode() == QListView.DragDropMode.InternalMove
    model = view.model()
    ids = [s.id for s in stored(editor).steps]
    editor.select_step(ids[0])

    # What QListView does on an internal drop: moveRow(source row, row to insert before).
    # The first step dropped between steps 3 and 4:
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert move_calls == [(ids[0], 3)]
    assert [s.id for s in stored(editor).steps] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert selected_row(editor) == 2
    assert rows(editor)[2].startswith("3. Velkommen og ramme")

    editor.undo_stack.undo()
    assert [s.id for s in stored(editor).steps] == ids
    assert selected_row(editor) == 0


@pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen",
    reason="the offscreen platform has no drag and drop; run under xvfb with QT_QPA_PLATFORM=xcb",
)
def test_a_real_mouse_drag_is_one_move(qtbot, editor, move_calls):
    view = editor.list_view
    viewport = view.viewport()
    ids = [s.id for s in stored(editor).steps]
    start = view.visualRect(view.model().index(0)).center()
    target = view.visualRect(view.model().index(3))
    drop = QPoint(target.center().x(), target.top() + 2)  # the upper edge of row 4: above it
    done: list[bool] = []

    def mouse(kind: QEvent.Type, pos: QPoint, buttons, button=Qt.MouseButton.NoButton) -> None:
        global_pos = QPointF(viewport.mapToGlobal(pos))
        event = QMouseEvent(
            kind, QPointF(pos), global_pos, button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, event)

    def finish_drag() -> None:  # runs inside QDrag.exec's event loop
        left = Qt.MouseButton.LeftButton
        mouse(QEvent.Type.MouseMove, drop, left)
        mouse(QEvent.Type.MouseMove, drop + QPoint(0, 1), left)
        mouse(QEvent.Type.MouseButtonRelease, drop + QPoint(0, 1), Qt.MouseButton.NoButton, left)
        done.append(True)

    QTimer.singleShot(50, finish_drag)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    mouse(QEvent.Type.MouseMove, start + QPoint(0, 2), Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseMove, start + QPoint(0, 30), Qt.MouseButton.LeftButton)  # drags
    qtbot.waitUntil(lambda: bool(done))

    assert move_calls == [(ids[0], 3)]
    assert [s.id for s in stored(editor).steps][:4] == [ids[1], ids[2], ids[0], ids[3]]
    assert selected_row(editor) == 2
    assert editor.undo_stack.count() == 1


def test_a_drop_through_the_mime_data_is_one_move(editor, move_calls):
    model = editor.list_view.model()
    ids = [s.id for s in stored(editor).steps]
    data = model.mimeData([model.index(6)])
    assert data.formats() == model.mimeTypes()

    # Dropped above the second row.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert move_calls == [(ids[6], 2)]
    assert [s.id for s in stored(editor).steps][:3] == [ids[0], ids[6], ids[1]]
    # Dropped on the empty area below the rows: to the end.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert [s.id for s in stored(editor).steps][-1] == ids[6]
    assert len(move_calls) == 2
    # Dropped right where it is: nothing to do.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 9, 0, QModelIndex())
    assert len(move_calls) == 2


# --- the form ---------------------------------------------------------------------------------


def test_form_edits_are_stored_one_undoable_change_each(qtbot, editor):
    original = stored(editor).steps[2]
    editor.select_step(original.id)

    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Stille runde")
    assert stored(editor).steps[2].title == original.title  # not yet: still typing
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert stored(editor).steps[2].title == "Stille runde"
    assert rows(editor)[2] == "3. Stille runde — Silent writing, 10 min"

    editor.minutes_spin.setValue(25)
    assert stored(editor).steps[2].minutes == 25

    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("discuss"))
    assert stored(editor).steps[2].kind == "discuss"

    editor.question_edit.setFocus()
    qtbot.waitUntil(editor.question_edit.hasFocus)
    editor.question_edit.selectAll()
    qtbot.keyClicks(editor.question_edit, "Hva er viktigst?")
    editor.prompt_edit.setFocus()  # leaving the field saves it
    qtbot.waitUntil(editor.prompt_edit.hasFocus)
    assert stored(editor).steps[2].question == "Hva er viktigst?"

    qtbot.keyClick(editor.prompt_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.prompt_edit, " Husk pause.")
    editor.list_view.setFocus()
    qtbot.waitUntil(editor.list_view.hasFocus)
    assert stored(editor).steps[2].prompt == f"{original.prompt} Husk pause."

    assert editor.undo_stack.count() == 5
    editor.undo_stack.undo()
    assert stored(editor).steps[2].prompt == original.prompt
    assert editor.prompt_edit.toPlainText() == original.prompt
    editor.undo_stack.undo()
    assert stored(editor).steps[2].question == original.question
    assert editor.question_edit.toPlainText() == original.question
    editor.undo_stack.undo()
    assert stored(editor).steps[2].kind == original.kind
    assert editor.kind_combo.currentData() == original.kind
    editor.undo_stack.undo()
    assert stored(editor).steps[2].minutes == original.minutes
    assert editor.minutes_spin.value() == original.minutes
    editor.undo_stack.undo()
    assert stored(editor).steps[2] == original
    assert editor.title_edit.text() == original.title

    for _ in range(5):
        editor.undo_stack.redo()
    step = stored(editor).steps[2]
    assert (step.title, step.minutes, step.kind, step.question) == (
        "Stille runde",
        25,
        "discuss",
        "Hva er viktigst?",
    )
    assert editor.title_edit.text() == "Stille runde"


def test_minute_steps_merge_and_the_total_updates_live(qtbot, editor):
    editor.select_step(stored(editor).steps[0].id)
    total = editor.findChild(QWidget, "agendaTotal")
    editor.minutes_spin.setFocus()
    qtbot.waitUntil(editor.minutes_spin.hasFocus)

    qtbot.keyClick(editor.minutes_spin, Qt.Key.Key_Up)  # steps of 5
    assert stored(editor).steps[0].minutes == 15
    assert total.text() == "Total 1 h 40 min"
    qtbot.keyClick(editor.minutes_spin, Qt.Key.Key_Up)
    assert total.text() == "Total 1 h 45 min"
    assert rows(editor)[0] == "1. Velkommen og ramme — Intro, 20 min"
    assert editor.undo_stack.count() == 1  # one change of the time box

    editor.minutes_spin.setValue(0)
    assert stored(editor).steps[0].minutes == 0
    assert editor.minutes_spin.text() == "open (no time box)"
    assert rows(editor)[0] == "1. Velkommen og ramme — Intro, open"
    assert total.text() == "Total 1 h 25 min"

    editor.undo_stack.undo()
    assert stored(editor).steps[0].minutes == 10
    assert total.text() == f"Total {format_duration(TOTAL, 'en')}"


def test_the_total_and_start_times_follow_the_minutes_as_they_are_typed(qtbot, editor):
    update_session(editor.lib, editor.session_id, start_time=time(18, 0), end_time=time(19, 45))
    editor.refresh()
    editor.select_step(stored(editor).steps[0].id)
    total = editor.findChild(QWidget, "agendaTotal")
    assert total.text() == "Total 1 h 35 min · 18:00–19:35"
    assert rows(editor)[1].startswith("18:10  2.")
    editor.minutes_spin.setFocus()
    qtbot.waitUntil(editor.minutes_spin.hasFocus)
    editor.minutes_spin.selectAll()
    qtbot.keyClicks(editor.minutes_spin, "25")  # typed, the field not left yet
    assert stored(editor).steps[0].minutes == 10  # not stored yet
    assert total.text() == "Total 1 h 50 min · 18:00–19:50"
    assert rows(editor)[1].startswith("18:25  2.")
    assert editor.findChild(QWidget, "agendaWarning").isVisible()  # past the booked 19:45
    qtbot.keyClick(editor.minutes_spin, Qt.Key.Key_Return)
    assert stored(editor).steps[0].minutes == 25
    assert total.text() == "Total 1 h 50 min · 18:00–19:50"

    start = editor.findChild(QWidget, "bookedStartEdit")
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    start.setSelectedSection(start.Section.HourSection)  # as a double click on the hour
    qtbot.keyClicks(start, "17")  # the hour typed over
    assert stored(editor).start_time == time(18, 0)
    assert total.text() == "Total 1 h 50 min · 17:00–18:50"
    assert rows(editor)[1].startswith("17:25  2.")


def test_an_unfinished_edit_is_saved_before_a_structural_change(qtbot, editor):
    editor.select_step(stored(editor).steps[0].id)
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Velkommen")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    steps = stored(editor).steps
    assert [s.title for s in steps[:2]] == ["Velkommen", "Velkommen"]


def test_an_unfinished_edit_is_saved_to_its_own_step_when_another_is_selected(qtbot, editor):
    ids = [s.id for s in stored(editor).steps]
    editor.select_step(ids[0])
    editor.question_edit.setFocus()
    qtbot.waitUntil(editor.question_edit.hasFocus)
    qtbot.keyClicks(editor.question_edit, "Hvem er her?")

    editor.select_step(ids[5])  # say, the main window jumps to a step

    assert stored(editor).steps[0].question == "Hvem er her?"
    assert stored(editor).steps[5].question == "Hvor bør vi begynne?"
    assert selected_row(editor) == 5
    assert editor.question_edit.toPlainText() == "Hvor bør vi begynne?"
    editor.undo_stack.undo()  # shows the step that changes back
    assert stored(editor).steps[0].question == ""
    assert selected_row(editor) == 0


def test_wheel_turns_on_the_kind_are_one_change(editor):
    editor.select_step(stored(editor).steps[0].id)
    for kind in ("silent-writing", "share", "cluster"):
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(kind))
    assert stored(editor).steps[0].kind == "cluster"
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert stored(editor).steps[0].kind == "intro"


def test_changed_is_emitted_for_every_change_and_undo(qtbot, editor):
    seen: list[int] = []
    editor.changed.connect(lambda: seen.append(1))
    editor.minutes_spin.setValue(12)
    editor.move_selected(1)
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert len(seen) == 4


# --- booked time ------------------------------------------------------------------------------


def test_booked_time_shows_clock_times_and_the_overrun(qtbot, editor):
    total = editor.findChild(QWidget, "agendaTotal")
    warning = editor.findChild(QWidget, "agendaWarning")

    booking(editor, "18:00", "19:00")

    session = stored(editor)
    assert (session.start_time, session.end_time) == (time(18, 0), time(19, 0))
    assert rows(editor)[0] == "18:00  1. Velkommen og ramme — Intro, 10 min"
    assert rows(editor)[1].startswith("18:10  2. ")
    assert rows(editor)[8].startswith("19:30  9. ")
    assert total.text() == "Total 1 h 35 min · 18:00–19:35"
    assert warning.isVisible()
    assert "The plan runs 35 min past the booked end time" in warning.text()
    assert editor.position_label.text() == "Step 1 of 9 · starts 18:00"

    editor.end_edit.setTime(QTime(19, 45))
    assert stored(editor).end_time == time(19, 45)
    assert not warning.isVisible()
    editor.start_edit.setTime(QTime(18, 30))
    assert stored(editor).start_time == time(18, 30)
    assert warning.isVisible() and "20 min" in warning.text()

    # A run of changes to one time is one undo step (the arrows step a minute at a time).
    editor.undo_stack.undo()
    assert (stored(editor).start_time, stored(editor).end_time) == (time(18, 0), time(19, 45))
    assert editor.start_edit.time() == QTime(18, 0)
    editor.undo_stack.undo()  # 19:45 (as long as the plan, when ticked) → 19:00 → 19:45
    assert (stored(editor).start_time, stored(editor).end_time) == (None, None)
    assert not editor.booked_check.isChecked()
    assert not warning.isVisible()
    editor.undo_stack.redo()
    assert (stored(editor).start_time, stored(editor).end_time) == (time(18, 0), time(19, 45))
    assert editor.booked_check.isChecked()


def test_the_arrow_keys_step_the_booked_time_as_one_change(qtbot, editor):
    update_session(editor.lib, editor.session_id, start_time=time(18, 0), end_time=time(19, 0))
    editor.refresh()
    editor.end_edit.setFocus()
    qtbot.waitUntil(editor.end_edit.hasFocus)
    qtbot.keyClick(editor.end_edit, Qt.Key.Key_End)  # the minutes section
    for _ in range(3):
        qtbot.keyClick(editor.end_edit, Qt.Key.Key_Up)
    assert stored(editor).end_time == time(19, 3)
    assert editor.undo_stack.count() == 1
    assert "32 min" in editor.findChild(QWidget, "agendaWarning").text()
    editor.undo_stack.undo()
    assert stored(editor).end_time == time(19, 0)


def test_a_first_booking_is_as_long_as_the_plan(editor):
    editor.booked_check.click()
    session = stored(editor)
    assert (session.start_time, session.end_time) == (time(18, 0), time(19, 45))
    assert editor.start_edit.isEnabled() and editor.end_edit.isEnabled()
    assert not editor.findChild(QWidget, "agendaWarning").isVisible()


def test_clearing_the_booked_time_hides_clock_times_and_warning(qtbot, editor):
    update_session(editor.lib, editor.session_id, start_time=time(18, 0), end_time=time(19, 0))
    editor.refresh()
    warning = editor.findChild(QWidget, "agendaWarning")
    assert editor.booked_check.isChecked()
    assert warning.isVisible()

    editor.booked_check.click()

    session = stored(editor)
    assert (session.start_time, session.end_time) == (None, None)
    assert rows(editor)[0] == "1. Velkommen og ramme — Intro, 10 min"
    assert not warning.isVisible()
    assert editor.findChild(QWidget, "agendaTotal").text() == "Total 1 h 35 min"
    assert not editor.start_edit.isEnabled()

    editor.undo_stack.undo()
    assert (stored(editor).start_time, stored(editor).end_time) == (time(18, 0), time(19, 0))
    assert rows(editor)[0].startswith("18:00  1. ")
    assert warning.isVisible()
    editor.undo_stack.redo()
    assert stored(editor).start_time is None


def test_a_session_past_midnight(editor):
    booking(editor, "23:00", "00:30")
    assert rows(editor)[8].startswith("00:30  9. ")
    assert "5 min past" in editor.findChild(QWidget, "agendaWarning").text()


# --- errors and the undo stack ----------------------------------------------------------------


def test_a_service_error_is_shown_and_nothing_is_stored(qtbot, editor, dialogs, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise InvalidInputError("step_minutes_bad", value=1, limit=2)

    monkeypatch.setattr(agenda_service, "update_step", refuse)
    before = stored(editor)
    editor.minutes_spin.setValue(30)
    editor.title_edit.setText("Nytt navn")
    editor.title_edit.editingFinished.emit()

    assert len(dialogs.warnings) == 2
    assert "1" in dialogs.warnings[0] and "2" in dialogs.warnings[0]
    assert stored(editor) == before
    assert editor.undo_stack.count() == 0
    assert editor.minutes_spin.value() == 10  # the form shows what is stored
    assert editor.title_edit.text() == "Velkommen og ramme"


def test_a_step_removed_behind_the_editors_back(editor, dialogs):
    ids = [s.id for s in stored(editor).steps]
    editor.select_step(ids[3])
    agenda_service.remove_step(editor.lib, editor.session_id, ids[3])  # say, from the CLI

    editor.minutes_spin.setValue(30)

    assert len(dialogs.warnings) == 1
    assert len(rows(editor)) == 8  # reloaded
    assert editor.undo_stack.count() == 0
    editor.move_selected(1)  # still works on what is there now
    assert editor.undo_stack.count() == 1


def test_undo_after_the_step_is_gone_reports_and_drops_the_command(editor, dialogs):
    editor.minutes_spin.setValue(30)
    step_id = stored(editor).steps[0].id
    editor.move_selected(1)
    agenda_service.remove_step(editor.lib, editor.session_id, step_id)
    editor.undo_stack.undo()
    assert len(dialogs.warnings) == 1
    assert editor.undo_stack.count() == 1  # the failed move is dropped, the edit is kept


def test_changes_go_on_a_given_undo_stack(qtbot, lib, session_id):
    stack = QUndoStack()
    widget = AgendaEditor(lib, session_id, undo_stack=stack)
    qtbot.addWidget(widget)
    assert widget.undo_stack is stack
    assert not hasattr(widget, "undo_action")  # the window's Edit menu owns undo then
    widget.minutes_spin.setValue(20)
    assert stack.count() == 1 and stack.undoText() == "Change step time"
    stack.undo()
    assert get_session(lib, session_id).steps[0].minutes == 10


def test_ctrl_z_undoes_when_the_editor_owns_its_stack(qtbot, editor):
    view = focus_list(qtbot, editor, 0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored(editor).steps[1].title == "Velkommen og ramme"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(editor).steps[0].title == "Velkommen og ramme"
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored(editor).steps[1].title == "Velkommen og ramme"
