"""The board for screen readers, in Qt's accessibility tree (what the AT-SPI bridge exports):
every note and cluster an accessible object named by its text, reached with arrow keys and Tab.
The same over AT-SPI with a real bus: test_board_atspi.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")


def tree(view):
    return QAccessible.queryAccessibleInterface(view.board)


def flatten(iface, depth=0):
    found = [(depth, iface.role(), iface.text(QAccessible.Text.Name), iface)]
    for i in range(iface.childCount()):
        found += flatten(iface.child(i), depth + 1)
    return found


@pytest.fixture
def board(qtbot, ui, run_view, cluster_name):
    view = run_view
    a = ui.capture(view, "Mer lys i parken")
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    b = ui.capture(view, "Flere benker")
    c = ui.capture(view, "Trygg skolevei")
    ui.click_note(view, a)
    ui.click_note(view, b, CTRL)
    qtbot.keyClick(view.board, Key.Key_G, CTRL)  # "Tema"
    view.scene.clearSelection()
    return a, b, c


def test_every_note_and_cluster_is_an_accessible_object(qtbot, ui, run_view, board):
    """The defect: the board was one accessible object with no children."""
    view = run_view
    root = tree(view)
    assert root.role() == QAccessible.Role.List
    assert root.text(QAccessible.Text.Name) == "Board"
    nodes = flatten(root)
    names = {name for _d, _r, name, _i in nodes}
    assert {"Mer lys i parken", "Flere benker", "Trygg skolevei", "Cluster Tema"} <= names
    [cluster] = [i for _d, role, _n, i in nodes if role == QAccessible.Role.Grouping]
    assert cluster.parent() is root or cluster.parent().text(QAccessible.Text.Name) == "Board"
    members = {cluster.child(i).text(QAccessible.Text.Name) for i in range(cluster.childCount())}
    assert members == {"Mer lys i parken", "Flere benker"}
    assert "2 note(s)" in cluster.text(QAccessible.Text.Description)
    [lys] = [i for _d, _r, name, i in nodes if name == "Mer lys i parken"]
    description = lys.text(QAccessible.Text.Description)
    assert "Step 1" in description and "Cluster Tema" in description
    assert "Principles: 7 " in description and "vote" in description
    assert lys.role() == QAccessible.Role.ListItem
    assert lys.parent().text(QAccessible.Text.Name) == "Cluster Tema"
    assert not lys.rect().isEmpty()
    for index in range(root.childCount()):  # parent and child agree
        assert root.indexOfChild(root.child(index)) == index


def test_the_filter_hides_notes_from_the_screen_reader_too(qtbot, ui, run_view, board):
    view = run_view
    qtbot.keyClicks(view.filter_text, "skolevei")
    names = {name for _d, _r, name, _i in flatten(tree(view))}
    assert "Trygg skolevei" in names and "Flere benker" not in names


def test_arrow_keys_and_tab_move_the_focus_and_the_focused_note_is_announced(
    qtbot, ui, run_view, board, monkeypatch
):
    view = run_view
    a, b, c = board
    order = view.board.reading_order()
    assert set(order) == {a, b, c}
    events = []
    original = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Focus:
            iface = event.accessibleInterface()
            events.append(iface.text(QAccessible.Text.Name) if iface else None)
        original(event)

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))  # a reader is on
    QAccessible.updateAccessibility = staticmethod(record)
    try:
        qtbot.keyClick(view.capture, Key.Key_Escape)  # to the board (selects the last note)
        assert view.board.hasFocus()
        view.board.focus_note(order[-1])
        qtbot.keyClick(view.board, Key.Key_Tab, SHIFT)
        qtbot.keyClick(view.board, Key.Key_Tab, SHIFT)
        first = view.scene.notes[order[0]]
        assert first.isSelected() and view.scene.focusItem() is first
        root = tree(view)
        focused = root.focusChild()
        assert focused is not None and focused.text(QAccessible.Text.Name) == first.note.text
        assert focused.state().focused
        qtbot.keyClick(view.board, Key.Key_Tab)
        assert view.scene.focusItem() is view.scene.notes[order[1]]
        qtbot.keyClick(view.board, Key.Key_Tab, SHIFT)
        assert view.scene.focusItem() is first
        qtbot.keyClick(view.board, Key.Key_Down)  # the cluster lies below the loose note
        moved = view.scene.focusItem()
        assert moved is not first and moved.isSelected()
        assert tree(view).focusChild().text(QAccessible.Text.Name) == moved.note.text
    finally:
        QAccessible.updateAccessibility = original
    assert first.note.text in events and moved.note.text in events


def test_tab_past_the_last_note_leaves_the_board(qtbot, ui, run_view, board):
    view = run_view
    order = view.board.reading_order()
    view.board.focus_note(order[-1])
    ui.focus_board(view)
    qtbot.keyClick(view.board, Key.Key_Tab)
    assert not view.board.hasFocus()  # no keyboard trap


def test_notes_removed_and_undone_keep_the_tree_sound(qtbot, ui, run_view, board):
    view = run_view
    c = board[2]
    flatten(tree(view))  # the objects exist
    ui.click_note(view, c)
    qtbot.keyClick(view.board, Key.Key_Delete)
    names = {name for _d, _r, name, _i in flatten(tree(view))}
    assert "Trygg skolevei" not in names
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)
    names = {name for _d, _r, name, _i in flatten(tree(view))}
    assert "Trygg skolevei" in names
