"""The actions view (filters, overdue rows, status/comment/story edited in place with undo) and
creating an action with one key from run mode and the mapping view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from workshop.services import actions as action_service
from workshop.services.board import create_cluster
from workshop.services.notes import add_note, get_note
from workshop.services.sessions import create_session
from workshop.ui.action_dialog import NewActionDialog
from workshop.ui.actions_view import (
    ACTION_ID_ROLE,
    COL_COMMENT,
    COL_DUE,
    COL_STATUS,
    COL_STORY,
    COL_TEXT,
    OVERDUE_FILL,
    ActionsView,
)

TODAY = date(2026, 3, 10)


@pytest.fixture
def actions(lib, session_id):
    other = create_session(lib, "focus-group", "Fokusgruppe om biblioteket")
    note = add_note(lib, other, "Åpent på søndager", principles=[2])
    ids = {
        "late": action_service.add_action(
            lib, session_id, "Bestille benker", owner="Teknisk drift", due=date(2026, 3, 1)
        ),
        "busy": action_service.add_action(
            lib, other, "Prøve søndagsåpent", owner="Biblioteksjef", note_ids=[note]
        ),
        "done": action_service.add_action(
            lib, session_id, "Flytte et møte", owner="Ordføreren", due=date(2026, 2, 1)
        ),
        "later": action_service.add_action(
            lib, session_id, "Invitere ungdomsrådet", due=date(2026, 4, 1), principles=[1, 4]
        ),
    }
    action_service.set_action(lib, ids["busy"], status="in-progress")
    action_service.set_action(lib, ids["done"], status="done", comment="Holdt i januar")
    return ids


@pytest.fixture
def view(qtbot, lib, actions):
    widget = ActionsView(lib, language="en", today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    return widget


def shown(view) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, COL_TEXT).data(ACTION_ID_ROLE) for r in range(proxy.rowCount())]


def index_of(view, action_id: str, column: int):
    row = shown(view).index(action_id)
    return view.proxy.index(row, column)


def ctrl_shift(qtbot, widget, key) -> None:
    """Ctrl+Shift+key; then Shift is released again (QTest leaves it held in the app's state,
    which would turn the next test's selectRow() into a range selection)."""
    qtbot.keyClick(
        widget, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyRelease(widget, Qt.Key.Key_Shift)


def stored(lib, action_id: str):
    return action_service.get_action(lib, action_id)


# --- the view -------------------------------------------------------------------------------


def test_filters_hide_rows(qtbot, view, actions):
    assert view.objectName() == "actionsView"
    assert view.table.objectName() == "actionList"
    assert set(shown(view)) == set(actions.values())
    assert shown(view)[0] == actions["done"]  # by due date, undated last
    assert shown(view)[-1] == actions["busy"]

    view.findChild(type(view.overdue_filter), "overdueFilter").setChecked(True)
    assert shown(view) == [actions["late"]]
    assert "1 of 4" in view.count_label.text()
    view.overdue_filter.setChecked(False)

    view.status_filter.setCurrentIndex(view.status_filter.findData("done"))
    assert shown(view) == [actions["done"]]
    view.status_filter.setCurrentIndex(view.status_filter.findData("not-closed"))
    assert set(shown(view)) == {actions["late"], actions["busy"], actions["later"]}
    view.status_filter.setCurrentIndex(0)

    qtbot.keyClicks(view.owner_filter, "teknisk")
    assert shown(view) == [actions["late"]]
    view.owner_filter.clear()

    view.principle_filter.setCurrentIndex(view.principle_filter.findData(2))  # via the note
    assert shown(view) == [actions["busy"]]
    view.principle_filter.setCurrentIndex(view.principle_filter.findData(4))
    assert shown(view) == [actions["later"]]
    view.principle_filter.setCurrentIndex(0)

    qtbot.keyClicks(view.search, "fokusgruppe")  # the session's title
    assert shown(view) == [actions["busy"]]
    view.search.clear()
    assert len(shown(view)) == 4


def test_overdue_rows_stand_out(view, actions):
    late = index_of(view, actions["late"], COL_DUE)
    assert late.data() == "01.03.2026 (overdue)"  # as the forms write dates
    assert late.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_FILL
    assert index_of(view, actions["late"], COL_TEXT).data(Qt.ItemDataRole.BackgroundRole)
    done = index_of(view, actions["done"], COL_DUE)  # past its date, but closed
    assert done.data() == "01.02.2026"
    assert done.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 overdue" in view.count_label.text() or "overdue" in view.count_label.text()


def test_status_is_edited_in_place_with_f2_and_undo_restores_it(qtbot, view, lib, actions):
    view.table.setFocus()
    view.table.setCurrentIndex(index_of(view, actions["late"], COL_STATUS))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(QComboBox, "statusEditor")
    assert editor is not None and editor.currentData() == "open"
    editor.setCurrentIndex(editor.findData("done"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: stored(lib, actions["late"]).status == "done")
    assert index_of(view, actions["late"], COL_STATUS).data() == "Done"
    # closed now: no longer overdue
    assert index_of(view, actions["late"], COL_DUE).data() == "01.03.2026"
    assert view.undo_stack.count() == 1
    view.undo_stack.undo()
    assert stored(lib, actions["late"]).status == "open"
    assert index_of(view, actions["late"], COL_STATUS).data() == "Open"
    view.undo_stack.redo()
    assert stored(lib, actions["late"]).status == "done"


def test_enter_opens_the_status_list_and_choosing_stores_it(qtbot, view, lib, actions):
    view.table.setFocus()
    view.table.setCurrentIndex(index_of(view, actions["busy"], COL_STATUS))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.table.findChild(QComboBox, "statusEditor")
    assert editor is not None and editor.isVisible()
    editor.activated.emit(editor.findData("dropped"))  # a choice from the list
    assert stored(lib, actions["busy"]).status == "dropped"


def test_comment_and_story_in_place(qtbot, view, lib, actions):
    view.table.setFocus()
    view.table.setCurrentIndex(index_of(view, actions["later"], COL_COMMENT))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Invitasjon sendt")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(lib, actions["later"]).comment == "Invitasjon sendt")
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)

    view.table.setCurrentIndex(index_of(view, actions["later"], COL_STORY))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert stored(lib, actions["later"]).story is True
    assert index_of(view, actions["later"], COL_STORY).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert [view.undo_stack.text(i) for i in range(view.undo_stack.count())] == [
        "Change comment",
        "Mark as story",
    ]
    view.undo_stack.undo()
    view.undo_stack.undo()
    after = stored(lib, actions["later"])
    assert (after.comment, after.story) == ("", False)


def test_edit_dialog_changes_owner_and_due_date(view, lib, actions, monkeypatch):
    def answer(dialog) -> int:
        assert dialog.text_edit.text() == "Invitere ungdomsrådet"
        assert dialog.principle_checks[4].isChecked() and dialog.due_check.isChecked()
        dialog.owner_edit.setText("Ungdomskontakten")
        dialog.due_check.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewActionDialog, "exec", answer)
    view.select_action(actions["later"])
    view.edit_button.click()
    after = stored(lib, actions["later"])
    assert (after.owner, after.due, after.principles) == ("Ungdomskontakten", None, [1, 4])
    view.undo_stack.undo()
    assert stored(lib, actions["later"]).owner == ""
    assert stored(lib, actions["later"]).due == date(2026, 4, 1)


def test_open_session_and_an_empty_library(qtbot, view, lib, actions, session_id):
    view.select_action(actions["late"])
    with qtbot.waitSignal(view.open_session_requested) as signal:
        view.open_button.click()
    assert signal.args == [session_id]
    empty = ActionsView(None, language="en")
    qtbot.addWidget(empty)
    assert "No actions yet" in empty.count_label.text()
    empty.set_library(lib)
    assert empty.model.rowCount() == 4


# --- creating an action with one key --------------------------------------------------------


@pytest.fixture
def fill_dialog(monkeypatch):
    """NewActionDialog.exec answers OK after the test's edits; the dialogs seen are kept."""
    seen: list[dict] = []

    def install(edit=None, accept: bool = True):
        def answer(dialog) -> int:
            seen.append(
                {
                    "text": dialog.text_edit.text(),
                    "principles": dialog.values()["principles"],
                    "notes": dialog.note_ids(),
                }
            )
            if edit is not None:
                edit(dialog)
            return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

        monkeypatch.setattr(NewActionDialog, "exec", answer)
        return seen

    return install


def test_run_mode_key_makes_an_action_of_the_note_just_added(qtbot, ui, run_view, lib, fill_dialog):
    def edit(dialog):
        dialog.owner_edit.setText("Kari")
        dialog.due_check.setChecked(True)
        dialog.due_edit.setDate(date(2026, 5, 1))

    seen = fill_dialog(edit)
    note = ui.capture(run_view, "Flere benker langs stien")
    qtbot.keyClick(run_view.capture, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    ctrl_shift(qtbot, run_view.capture, Qt.Key.Key_N)
    assert seen == [{"text": "Flere benker langs stien", "principles": [3], "notes": [note]}]
    [action] = action_service.list_actions(lib)
    assert (action.text, action.owner, action.due) == (
        "Flere benker langs stien",
        "Kari",
        date(2026, 5, 1),
    )
    assert (action.principles, action.note_ids) == ([3], [note])
    assert run_view.undo_stack.undoText() == "New action"
    run_view.undo_stack.undo()
    assert action_service.list_actions(lib) == []
    run_view.undo_stack.redo()
    assert action_service.list_actions(lib) == [action]


def test_run_mode_key_on_selected_notes_and_cancel(qtbot, ui, run_view, lib, fill_dialog):
    first = ui.capture(run_view, "Benker")
    second = ui.capture(run_view, "Lys")
    run_view.scene.select_notes([first, second])
    fill_dialog(accept=False)
    assert run_view.new_action() is None
    assert action_service.list_actions(lib) == []
    seen = fill_dialog()
    run_view.new_action()
    assert seen[0]["notes"] == [first, second]
    assert action_service.list_actions(lib)[0].note_ids == [first, second]


def test_story_key_marks_the_note_and_undo_unmarks(qtbot, ui, run_view):
    note = ui.capture(run_view, "En historie verdt å fortelle")
    ctrl_shift(qtbot, run_view.capture, Qt.Key.Key_S)
    assert ui.stored(run_view, note).story is True
    assert run_view.scene.notes[note].note.story is True
    run_view.undo_stack.undo()
    assert ui.stored(run_view, note).story is False


def test_mapping_view_key_makes_an_action_of_a_cluster(qtbot, lib, session_id, fill_dialog):
    from workshop.ui.board.model import BoardModel
    from workshop.ui.mapping_view import MappingView

    bus = add_note(lib, session_id, "Bedre busstilbud", principles=[8])
    cafe = add_note(lib, session_id, "Kafé på biblioteket", principles=[6])
    add_note(lib, session_id, "Noe annet")
    create_cluster(lib, session_id, "Sentrum", [bus, cafe])
    board = BoardModel(lib, session_id)
    stack = QUndoStack()
    mapping = MappingView(board, stack)
    mapping._test_refs = (board, stack)
    qtbot.addWidget(mapping)
    mapping.resize(1200, 700)
    mapping.show()
    mapping.activateWindow()
    qtbot.waitUntil(mapping.isActiveWindow)  # shortcuts need the active window
    tab = mapping.principles
    QTest.keyRelease(tab.table, Qt.Key.Key_Shift)  # whatever an earlier test left held
    tab.cluster.setCurrentIndex(tab.cluster.findText("Sentrum"))
    tab.cluster.activated.emit(tab.cluster.currentIndex())
    seen = fill_dialog()
    ctrl_shift(qtbot, tab.table, Qt.Key.Key_N)
    assert seen == [{"text": "Sentrum", "principles": [6, 8], "notes": [bus, cafe]}]
    [action] = action_service.list_actions(lib)
    assert (action.text, action.note_ids, action.principles) == ("Sentrum", [bus, cafe], [6, 8])
    stack.undo()
    assert action_service.list_actions(lib) == []


# --- the dialog -----------------------------------------------------------------------------


def test_dialog_offers_the_whole_cluster_and_refuses_an_empty_text(qtbot, lib, session_id):
    bus = add_note(lib, session_id, "Bedre busstilbud", principles=[8])
    cafe = add_note(lib, session_id, "Kafé", principles=[6])
    create_cluster(lib, session_id, "Sentrum", [bus, cafe])
    dialog = NewActionDialog(lib, session_id, [bus], language="en", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "newActionDialog"
    assert dialog.due_edit.date().toPython() == date(2026, 3, 24)  # two weeks on, if ticked
    assert dialog.values() == {
        "text": "Bedre busstilbud",
        "owner": "",
        "due": None,
        "principles": [8],
        "note_ids": [bus],
    }
    assert not dialog.cluster_check.isHidden()
    assert "Sentrum" in dialog.cluster_check.text()
    dialog.cluster_check.setChecked(True)
    assert dialog.values()["note_ids"] == [bus, cafe]
    assert dialog.values()["principles"] == [6, 8]
    assert dialog.values()["text"] == "Sentrum"
    dialog.cluster_check.setChecked(False)
    assert dialog.values()["note_ids"] == [bus]
    assert dialog.values()["text"] == "Bedre busstilbud"
    dialog.note_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # unlink the note
    assert dialog.values()["note_ids"] == []

    dialog.text_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert get_note(lib, session_id, bus).story is False


def test_a_failed_creation_is_reported_and_leaves_no_undo_step(
    qtbot, ui, run_view, lib, fill_dialog, dialogs
):
    from workshop.services.purge import purge_session

    ui.capture(run_view, "Lapp")
    steps = run_view.undo_stack.count()
    fill_dialog(lambda _dialog: purge_session(lib, run_view.model.session_id))  # meanwhile
    assert run_view.new_action() is None
    session_id = run_view.model.session_id
    assert dialogs.take_warnings() == [f"No session “{session_id}”"]  # in the GUI's language
    assert run_view.undo_stack.count() == steps


def test_the_key_sheet_and_the_run_view_know_the_new_keys(run_view):
    from PySide6.QtGui import QAction

    from workshop.ui.run.keys import key_rows

    keys = {k for _section, rows in key_rows() for k, _what in rows}
    assert {"Ctrl+Shift+N", "Ctrl+Shift+S"} <= keys
    for name, key in (("newActionAction", "Ctrl+Shift+N"), ("storyAction", "Ctrl+Shift+S")):
        assert run_view.findChild(QAction, name).shortcut().toString() == key
