"""Run mode from the keyboard: capture, tags, undo and redo, editing, clusters, votes, F1.

Every flow checks what the user sees and what the library holds afterwards (read through the
services). The helpers (``ui``, ``dialogs``, ``cluster_name``) are in conftest.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from workshop.services.board import list_clusters
from workshop.services.notes import list_notes
from workshop.ui.board.items import ClusterItem, NoteItem

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")  # no real message box; unexpected ones fail


# --- capture ---
def test_enter_stores_the_note_on_the_current_step_in_a_free_spot(qtbot, ui, run_view, session_id):
    view = run_view
    step1 = view.steps[0]
    first = ui.capture(view, "Mer lys")
    note = ui.stored(view, first)
    assert (note.text, note.step_id, note.group, note.colour) == ("Mer lys", step1.id, "", "yellow")
    assert view.findChild(QPushButton, "groupChip").text() == "No group"
    assert view.findChild(QPushButton, "colourChip").text() == "Yellow"
    assert view.capture.toPlainText() == ""
    assert view.capture.hasFocus()
    item = view.scene.notes[first]
    assert item.scene() is view.scene and item.isVisible() and item.note.text == "Mer lys"
    assert (item.pos().x(), item.pos().y()) == (note.x, note.y)
    assert ui.area_rect(view, 1).contains(ui.card_rect(item))

    second = ui.capture(view, "Bedre busstilbud")
    other = view.scene.notes[second]
    assert ui.area_rect(view, 1).contains(ui.card_rect(other))
    assert not ui.card_rect(other).intersects(ui.card_rect(item))
    assert (ui.stored(view, second).x, ui.stored(view, second).y) == (
        other.pos().x(),
        other.pos().y(),
    )
    assert ui.label(view, "noteCount") == "2 note(s)"

    qtbot.keyClick(view.capture, Key.Key_Right, ALT)  # step 2: new notes land in its area
    third = ui.capture(view, "Trygg skolevei")
    assert ui.stored(view, third).step_id == view.steps[1].id
    assert ui.area_rect(view, 2).contains(ui.card_rect(view.scene.notes[third]))
    assert [n.text for n in list_notes(view.lib, session_id)] == [
        "Mer lys",
        "Bedre busstilbud",
        "Trygg skolevei",
    ]


def test_shift_enter_breaks_the_line_and_blank_input_adds_nothing(qtbot, run_view, session_id):
    view = run_view
    qtbot.keyClicks(view.capture, "Linje en")
    qtbot.keyClick(view.capture, Key.Key_Return, SHIFT)
    assert view.capture.toPlainText() == "Linje en\n"
    assert list_notes(view.lib, session_id) == []  # Shift+Enter did not submit
    qtbot.keyClicks(view.capture, "linje to")
    qtbot.keyClick(view.capture, Key.Key_Return)
    [note] = list_notes(view.lib, session_id)
    assert note.text == "Linje en\nlinje to"
    assert view.scene.notes[note.id].note.text == "Linje en\nlinje to"

    qtbot.keyClick(view.capture, Key.Key_Return)  # empty
    qtbot.keyClicks(view.capture, "   ")
    qtbot.keyClick(view.capture, Key.Key_Return, SHIFT)
    qtbot.keyClick(view.capture, Key.Key_Return)  # only blanks and a line break
    qtbot.mouseClick(view.findChild(QPushButton, "addNoteButton"), LEFT)
    assert len(list_notes(view.lib, session_id, include_deleted=True)) == 1
    assert len(view.scene.notes) == 1
    assert view.undo_stack.count() == 1
    assert view.capture.toPlainText() == "   \n"  # kept for the user to fix


def test_f3_and_f4_cycle_the_group_and_colour_of_the_next_notes(qtbot, ui, run_view):
    view = run_view
    group_chip = view.findChild(QPushButton, "groupChip")
    colour_chip = view.findChild(QPushButton, "colourChip")
    qtbot.keyClick(view.capture, Key.Key_F3)
    assert group_chip.text() == "Politikere"
    first = ui.capture(view, "Mer lys")
    assert ui.stored(view, first).group == "Politikere"
    assert view.scene.notes[first].note.group == "Politikere"

    qtbot.keyClick(view.capture, Key.Key_F3)
    assert group_chip.text() == "Administrasjon"
    qtbot.keyClick(view.capture, Key.Key_F4)
    assert colour_chip.text() == "Pink"
    second = ui.capture(view, "Flere benker")
    assert (ui.stored(view, second).group, ui.stored(view, second).colour) == (
        "Administrasjon",
        "pink",
    )
    assert view.scene.notes[second].note.colour == "pink"

    qtbot.keyClick(view.capture, Key.Key_F3)
    assert group_chip.text() == "No group"  # wraps around
    qtbot.keyClick(view.capture, Key.Key_F3, SHIFT)
    assert group_chip.text() == "Administrasjon"
    qtbot.keyClick(view.capture, Key.Key_F4, SHIFT)
    qtbot.keyClick(view.capture, Key.Key_F4, SHIFT)
    assert colour_chip.text() == "Purple"
    third = ui.capture(view, "Gatelys")
    assert (ui.stored(view, third).group, ui.stored(view, third).colour) == (
        "Administrasjon",
        "purple",
    )


# --- principles ---
def test_ctrl_digits_tag_the_note_just_captured(qtbot, ui, run_view):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_1, CTRL)
    assert ui.stored(view, note_id).principles == (1,)
    qtbot.keyClick(view.capture, Key.Key_0, CTRL)  # Ctrl+0 is principle 10
    qtbot.keyClick(view.capture, Key.Key_9, CTRL)
    assert ui.stored(view, note_id).principles == (1, 9, 10)
    assert view.scene.notes[note_id].note.principles == (1, 9, 10)
    qtbot.keyClick(view.capture, Key.Key_1, CTRL)  # again: off
    qtbot.keyClick(view.capture, Key.Key_9, CTRL)
    assert ui.stored(view, note_id).principles == (10,)
    assert view.scene.notes[note_id].note.principles == (10,)
    assert view.capture.hasFocus()


def test_ctrl_digits_tag_the_selected_notes_instead(qtbot, ui, run_view):
    view = run_view
    a = ui.capture(view, "Mer lys")
    b = ui.capture(view, "Flere benker")
    c = ui.capture(view, "Gatelys")  # the note just captured
    ui.click_note(view, a)
    ui.click_note(view, b, CTRL)
    assert set(view.scene.selected_note_ids()) == {a, b}
    view.focus_capture()
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    assert [ui.stored(view, n).principles for n in (a, b, c)] == [(7,), (7,), ()]
    assert view.scene.notes[a].note.principles == (7,)
    assert view.scene.notes[c].note.principles == ()

    ui.click_note(view, b)  # only b selected
    qtbot.keyClick(view.board, Key.Key_7, CTRL)
    assert [ui.stored(view, n).principles for n in (a, b)] == [(7,), ()]
    ui.click_note(view, a, CTRL)
    assert set(view.scene.selected_note_ids()) == {a, b}
    qtbot.keyClick(view.board, Key.Key_7, CTRL)  # mixed: all of them get it
    assert [ui.stored(view, n).principles for n in (a, b)] == [(7,), (7,)]
    qtbot.keyClick(view.board, Key.Key_7, CTRL)  # all had it: all lose it
    assert [ui.stored(view, n).principles for n in (a, b)] == [(), ()]
    assert view.scene.notes[b].note.principles == ()


# --- undo and redo ---
def test_undo_and_redo_of_adding_a_note(qtbot, ui, run_view, session_id):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)  # straight from the capture line
    assert ui.stored(view, note_id).deleted
    assert list_notes(view.lib, session_id) == []
    assert note_id not in view.scene.notes
    assert not [i for i in view.scene.items() if isinstance(i, NoteItem)]
    assert ui.label(view, "noteCount") == "0 note(s)"

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL | SHIFT)
    assert [n.id for n in list_notes(view.lib, session_id)] == [note_id]
    assert view.scene.notes[note_id].note.text == "Mer lys"
    assert ui.label(view, "noteCount") == "1 note(s)"

    qtbot.keyClicks(view.capture, "Halv")
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)  # with text typed, Ctrl+Z is the text's
    assert not ui.stored(view, note_id).deleted
    assert view.capture.toPlainText() == ""


def test_undo_and_redo_of_a_tag_and_a_vote(qtbot, ui, run_view):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_4, CTRL)
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)
    assert ui.stored(view, note_id).principles == ()
    assert view.scene.notes[note_id].note.principles == ()
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL | SHIFT)
    assert ui.stored(view, note_id).principles == (4,)
    assert view.scene.notes[note_id].note.principles == (4,)

    qtbot.keyClick(view.capture, Key.Key_Escape)  # to the board, the note selected
    assert view.board.hasFocus() and view.scene.selected_note_ids() == [note_id]
    qtbot.keyClick(view.board, Key.Key_Plus)
    assert ui.stored(view, note_id).votes == 1
    qtbot.keyClick(view.board, Key.Key_Z, CTRL)
    assert ui.stored(view, note_id).votes == 0
    assert view.scene.notes[note_id].note.votes == 0
    qtbot.keyClick(view.board, Key.Key_Z, CTRL | SHIFT)
    assert ui.stored(view, note_id).votes == 1
    assert view.scene.notes[note_id].note.votes == 1


def test_delete_key_removes_the_selected_notes_and_undo_brings_them_back(
    qtbot, ui, run_view, session_id
):
    view = run_view
    a = ui.capture(view, "Mer lys")
    b = ui.capture(view, "Flere benker")
    keep = ui.capture(view, "Gatelys")
    where = {n: (ui.stored(view, n).x, ui.stored(view, n).y) for n in (a, b)}
    ui.focus_board(view)
    ui.click_note(view, a)
    ui.click_note(view, b, CTRL)
    qtbot.keyClick(view.board, Key.Key_Delete)
    assert ui.stored(view, a).deleted and ui.stored(view, b).deleted
    assert [n.id for n in list_notes(view.lib, session_id)] == [keep]
    assert set(view.scene.notes) == {keep}
    assert ui.label(view, "noteCount") == "1 note(s)"

    qtbot.keyClick(view.board, Key.Key_Z, CTRL)
    assert [n.id for n in list_notes(view.lib, session_id)] == [a, b, keep]
    assert {n: (view.scene.notes[n].pos().x(), view.scene.notes[n].pos().y()) for n in where} == (
        where
    )
    qtbot.keyClick(view.board, Key.Key_Z, CTRL | SHIFT)
    assert [n.id for n in list_notes(view.lib, session_id)] == [keep]

    view.focus_capture()
    qtbot.keyClicks(view.capture, "abc")
    qtbot.keyClick(view.capture, Key.Key_Home)
    qtbot.keyClick(view.capture, Key.Key_Delete)  # in the capture line: a character
    assert view.capture.toPlainText() == "bc"
    assert [n.id for n in list_notes(view.lib, session_id)] == [keep]


def test_f2_edits_in_place_and_undo_restores_the_text(qtbot, ui, run_view):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_F2)
    proxy = ui.editor_proxy(view)
    assert proxy is not None and proxy.widget().objectName() == "noteEditor"
    assert proxy.widget().toPlainText() == "Mer lys"
    assert proxy.pos() == view.scene.notes[note_id].pos()  # laid over the card
    typing = QApplication.focusWidget()  # where the keyboard goes, as for a user
    qtbot.keyClick(typing, Key.Key_A, CTRL)
    qtbot.keyClicks(typing, "Mer lys 18-22 + benker")
    assert proxy.widget().toPlainText() == "Mer lys 18-22 + benker"
    assert ui.stored(view, note_id).votes == 0  # + and - were text, not votes
    qtbot.keyClick(typing, Key.Key_Return)
    assert ui.stored(view, note_id).text == "Mer lys 18-22 + benker"
    assert view.scene.notes[note_id].note.text == "Mer lys 18-22 + benker"
    assert ui.editor_proxy(view) is None
    assert view.capture.hasFocus()

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)
    assert ui.stored(view, note_id).text == "Mer lys"
    assert view.scene.notes[note_id].note.text == "Mer lys"
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL | SHIFT)
    assert ui.stored(view, note_id).text == "Mer lys 18-22 + benker"


def test_escape_in_the_note_editor_cancels(qtbot, ui, run_view):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    steps_before = view.undo_stack.count()
    qtbot.keyClick(view.capture, Key.Key_F2)
    typing = QApplication.focusWidget()
    qtbot.keyClick(typing, Key.Key_End)
    qtbot.keyClick(typing, Key.Key_Left)  # the cursor moves; no note is picked
    qtbot.keyClicks(typing, "X")
    assert ui.editor_proxy(view).widget().toPlainText() == "Mer lyXs"
    qtbot.keyClick(typing, Key.Key_Escape)
    assert ui.editor_proxy(view) is None
    assert ui.stored(view, note_id).text == "Mer lys"
    assert view.undo_stack.count() == steps_before


def test_ctrl_g_groups_the_selected_notes_and_undo_removes_the_cluster(
    qtbot, ui, run_view, session_id, cluster_name
):
    view = run_view
    a = ui.capture(view, "Mer lys")
    b = ui.capture(view, "Gatelys")
    other = ui.capture(view, "Flere benker")
    ui.focus_board(view)
    ui.click_note(view, a)
    ui.click_note(view, b, CTRL)
    qtbot.keyClick(view.board, Key.Key_G, CTRL)
    assert cluster_name == ["Name of the cluster:"]
    [cluster] = list_clusters(view.lib, session_id)
    assert cluster.name == "Tema"
    assert [ui.stored(view, n).cluster_id for n in (a, b, other)] == [cluster.id, cluster.id, None]
    item = view.scene.clusters[cluster.id]
    assert item.isVisible() and item.members == {view.scene.notes[a], view.scene.notes[b]}

    qtbot.keyClick(view.board, Key.Key_Z, CTRL)
    assert list_clusters(view.lib, session_id) == []
    assert [ui.stored(view, n).cluster_id for n in (a, b)] == [None, None]
    assert not [i for i in view.scene.items() if isinstance(i, ClusterItem)]

    qtbot.keyClick(view.board, Key.Key_Z, CTRL | SHIFT)
    assert [c.id for c in list_clusters(view.lib, session_id)] == [cluster.id]
    assert [ui.stored(view, n).cluster_id for n in (a, b)] == [cluster.id, cluster.id]
    assert view.scene.clusters[cluster.id].members == {view.scene.notes[a], view.scene.notes[b]}


def test_plus_and_minus_keys_vote_on_the_selected_note(qtbot, ui, run_view):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    ui.focus_board(view)
    ui.click_note(view, note_id)
    qtbot.keyClick(view.board, Key.Key_Plus)
    qtbot.keyClick(view.board, Key.Key_Plus)
    assert ui.stored(view, note_id).votes == 2
    assert view.scene.notes[note_id].note.votes == 2
    qtbot.keyClick(view.board, Key.Key_Minus)
    assert ui.stored(view, note_id).votes == 1
    qtbot.keyClick(view.board, Key.Key_Minus)
    steps = view.undo_stack.count()
    qtbot.keyClick(view.board, Key.Key_Minus)
    assert ui.stored(view, note_id).votes == 0
    assert view.undo_stack.count() == steps  # nothing to take away: no undo step


# --- the key sheet ---
def test_f1_opens_the_key_sheet(qtbot, run_view, monkeypatch):
    from workshop.ui.run.keys import KeySheet

    opened: list[KeySheet] = []
    monkeypatch.setattr(KeySheet, "exec", lambda sheet: opened.append(sheet) or 0)
    qtbot.keyClick(run_view.capture, Key.Key_F1)
    [sheet] = opened
    assert sheet.objectName() == "keySheet" and sheet.parent() is run_view
    table = sheet.findChild(QTableWidget, "keyTable")
    rows = {
        table.item(r, 0).text(): table.item(r, 1).text() if table.item(r, 1) else ""
        for r in range(table.rowCount())
    }
    assert "cluster" in rows["Ctrl+G"]
    assert {"Enter", "Shift+Enter", "F2", "F9", "Ctrl+Q", "Ctrl+Z"} <= set(rows)
