"""Clusters on the board are real containers, driven with the mouse and keys on the real board.

Ctrl+G gathers the selected notes into a tidy grid at a free place (never over a lane heading,
never overlapping another cluster or holding non-members); a note dropped in a frame joins it,
one dragged out leaves it; the whole cluster dragged keeps its notes; tidying arranges a lane or
a cluster. Each gesture is one undo step.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QInputDialog

from workshop.domain.board import AREA_HEADER
from workshop.domain.layout import FRAME_TOP, Rect, grid_slots, lane_span
from workshop.services.board import list_clusters, read_board

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")


def rect_of(item) -> Rect:
    r: QRectF = item.sceneBoundingRect() if hasattr(item, "note") else item._rect
    if hasattr(item, "note"):
        return Rect(item.pos().x(), item.pos().y(), 200.0, 130.0)
    return Rect(r.x(), r.y(), r.width(), r.height())


def assert_containers(view) -> None:
    """What the user sees: frames apart, no stranger inside one, none over a lane heading."""
    frames = {cid: rect_of(c) for cid, c in view.scene.clusters.items() if c.isVisible()}
    for cid, frame in frames.items():
        assert frame.y >= FRAME_TOP
        assert not any(frame.intersects(f) for c, f in frames.items() if c != cid)
        for item in view.scene.notes.values():
            if item.cluster is None or item.cluster.cluster_id != cid:
                assert not rect_of(item).intersects(frame), f"{item.note.text} lies in a frame"
    stored = read_board(view.lib, view.model.session_id)
    for note_id, item in view.scene.notes.items():  # the screen shows what is stored
        assert stored.positions[note_id] == (item.pos().x(), item.pos().y())
        assert stored.membership[note_id] == (item.cluster.cluster_id if item.cluster else None)


def tidy_grid(view, cluster_id: str) -> bool:
    board = read_board(view.lib, view.model.session_id)
    frame = board.frame(cluster_id)
    members = board.members(cluster_id)
    return [board.positions[n] for n in members] == grid_slots(len(members), frame.x, frame.y)


@pytest.fixture
def two_lanes(qtbot, ui, run_view):
    """Four notes on step 1 and five on step 2, typed in the capture line."""
    view = run_view
    first = [ui.capture(view, f"Første {i}") for i in range(4)]
    qtbot.keyClick(view.capture, Key.Key_Right, ALT)
    second = [ui.capture(view, f"Andre {i}") for i in range(5)]
    return first, second


@pytest.fixture(autouse=True)
def names(monkeypatch):
    """QInputDialog.getText answers from a list (each answer: text, OK)."""
    answers: list[tuple[str, bool]] = []
    asked: list[str] = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(kwargs.get("text", ""))
        return answers.pop(0) if answers else ("Tema", True)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return answers


def select(ui, view, note_ids) -> None:
    ui.click_note(view, note_ids[0])
    for note_id in note_ids[1:]:
        ui.click_note(view, note_id, CTRL)
    assert set(view.scene.selected_note_ids()) == set(note_ids)


def group(qtbot, ui, view, note_ids) -> str:
    before = {c.id for c in list_clusters(view.lib, view.model.session_id)}
    select(ui, view, note_ids)
    qtbot.keyClick(view.board, Key.Key_G, CTRL)
    [new] = [c.id for c in list_clusters(view.lib, view.model.session_id) if c.id not in before]
    return new


def test_ctrl_g_on_notes_in_two_lanes_gathers_them_tidily_in_one(qtbot, ui, run_view, two_lanes):
    """The defect: the frame spanned both lanes, held non-members, its title over a heading."""
    view = run_view
    first, second = two_lanes
    steps = view.undo_stack.count()
    chosen = [first[1], second[0], second[3]]
    cluster_id = group(qtbot, ui, view, chosen)
    assert view.undo_stack.count() == steps + 1  # Ctrl+G and the gathering: one step
    frame = rect_of(view.scene.clusters[cluster_id])
    left, right = lane_span(2)  # the lane holding two of the three
    assert left <= frame.x and frame.right <= right
    assert frame.y >= AREA_HEADER  # its title under the lane heading
    assert {i.note_id for i in view.scene.clusters[cluster_id].members} == set(chosen)
    assert tidy_grid(view, cluster_id)
    assert_containers(view)

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)
    assert list_clusters(view.lib, view.model.session_id) == []
    assert not view.scene.clusters
    assert ui.stored(view, first[1]).cluster_id is None
    assert_containers(view)
    qtbot.keyClick(view.capture, Key.Key_Z, CTRL | SHIFT)
    [back] = list_clusters(view.lib, view.model.session_id)
    assert back.id == cluster_id
    assert {i.note_id for i in view.scene.clusters[cluster_id].members} == set(chosen)
    assert tidy_grid(view, cluster_id)
    assert_containers(view)


def test_a_second_cluster_never_overlaps_the_first(qtbot, ui, run_view, two_lanes):
    view = run_view
    first, second = two_lanes
    group(qtbot, ui, view, second[:3])
    group(qtbot, ui, view, [second[3], second[4], first[0]])
    assert len(view.scene.clusters) == 2
    assert_containers(view)


def test_dragging_the_members_into_one_lane_keeps_them_in_the_cluster(
    qtbot, ui, run_view, two_lanes
):
    """The defect: dragging the members into one lane silently took two of them out."""
    view = run_view
    _first, second = two_lanes
    chosen = [second[0], second[1], second[2]]
    cluster_id = group(qtbot, ui, view, chosen)
    select(ui, view, chosen)
    steps = view.undo_stack.count()
    start = ui.note_point(view, chosen[0])
    target = view.board.mapFromScene(view.scene.areas[2].rect().center())  # lane 3
    ui.drag(view, start, QPoint(target.x(), start.y()))
    assert view.undo_stack.count() == steps + 1
    assert [ui.stored(view, n).cluster_id for n in chosen] == [cluster_id] * 3
    assert tidy_grid(view, cluster_id)
    assert_containers(view)


def test_a_note_dropped_inside_a_frame_joins_and_one_dragged_out_leaves(
    qtbot, ui, run_view, two_lanes
):
    view = run_view
    _first, second = two_lanes
    cluster_id = group(qtbot, ui, view, second[:2])
    view.scene.clearSelection()
    frame_item = view.scene.clusters[cluster_id]
    steps = view.undo_stack.count()

    start = ui.note_point(view, second[4])
    inside = view.board.mapFromScene(frame_item.boundingRect().center())
    ui.drag(view, start, inside)
    assert ui.stored(view, second[4]).cluster_id == cluster_id
    assert view.scene.notes[second[4]] in frame_item.members
    assert tidy_grid(view, cluster_id)
    assert view.undo_stack.count() == steps + 1
    assert_containers(view)

    view.scene.clearSelection()
    member = second[0]
    start = ui.note_point(view, member)
    far = view.board.mapFromScene(view.scene.areas[3].rect().center())
    ui.drag(view, start, far)
    assert ui.stored(view, member).cluster_id is None
    assert view.scene.notes[member].cluster is None
    assert len(frame_item.members) == 2 and tidy_grid(view, cluster_id)
    assert_containers(view)

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)  # back in, where it was
    assert ui.stored(view, member).cluster_id == cluster_id
    assert_containers(view)


def test_a_cluster_dragged_by_its_name_onto_another_lands_clear_of_it(
    qtbot, ui, run_view, two_lanes
):
    view = run_view
    first, second = two_lanes
    a = group(qtbot, ui, view, second[:3])
    b = group(qtbot, ui, view, first[:2])
    view.scene.clearSelection()
    item_a, item_b = view.scene.clusters[a], view.scene.clusters[b]
    view.board.ensureVisible(item_b.label_rect().united(item_a.boundingRect()))
    label = view.board.mapFromScene(item_b.label_rect().center())
    onto = view.board.mapFromScene(item_a.boundingRect().center())
    ui.drag(view, label, onto)
    assert {i.note_id for i in item_b.members} == set(first[:2])
    assert tidy_grid(view, a) and tidy_grid(view, b)
    assert_containers(view)


def test_tidy_arranges_the_current_lane_and_a_cluster(qtbot, ui, run_view, two_lanes):
    view = run_view
    _first, second = two_lanes
    cluster_id = group(qtbot, ui, view, second[1:4])
    view.scene.clearSelection()
    start = ui.note_point(view, second[0])
    below = view.scene.clusters[cluster_id].boundingRect().bottomLeft() + QPointF(150, 180)
    view.board.ensureVisible(QRectF(below, below))
    start = ui.note_point(view, second[0])
    far = view.board.mapFromScene(below)
    ui.drag(view, start, far)  # a stray card below the cluster
    assert ui.stored(view, second[0]).cluster_id is None
    view.scene.clearSelection()
    steps = view.undo_stack.count()
    ui.focus_board(view)
    qtbot.keyClick(view.board, Key.Key_L, CTRL | SHIFT)  # nothing selected: the current lane
    assert view.undo_stack.count() == steps + 1
    assert view.undo_stack.undoText().startswith("Tidy lane 2")
    board = read_board(view.lib, view.model.session_id)
    frame = board.frame(cluster_id)
    assert frame.y == FRAME_TOP  # the cluster first
    stray = board.positions[second[0]]
    assert stray[1] > frame.bottom and lane_span(2)[0] < stray[0] < lane_span(2)[1]
    assert_containers(view)

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)
    assert ui.stored(view, second[0]).x == view.scene.notes[second[0]].pos().x()
    ui.click_note(view, second[2])
    qtbot.keyClick(view.board, Key.Key_L, CTRL | SHIFT)  # one member selected: its cluster
    assert view.undo_stack.index() == view.undo_stack.count()  # already tidy: nothing to undo
    assert not view.undo_stack.undoText().startswith("Tidy")
    assert "already" in ui.label(view, "runStatus")
    assert tidy_grid(view, cluster_id)


def test_an_empty_cluster_name_says_so_and_asks_again(
    qtbot, ui, run_view, two_lanes, names, dialogs
):
    view = run_view
    first, _second = two_lanes
    names.extend([("   ", True), ("Lys", True)])
    select(ui, view, first[:2])
    qtbot.keyClick(view.board, Key.Key_G, CTRL)
    [warning] = dialogs.take_warnings()
    assert "needs a name" in warning
    [cluster] = list_clusters(view.lib, view.model.session_id)
    assert cluster.name == "Lys"

    names.extend([("", True), ("", False)])  # empty, then Cancel: nothing happens
    select(ui, view, first[2:4])
    steps = view.undo_stack.count()
    qtbot.keyClick(view.board, Key.Key_G, CTRL)
    assert len(dialogs.take_warnings()) == 1
    assert view.undo_stack.count() == steps
    assert len(list_clusters(view.lib, view.model.session_id)) == 1


def test_ctrl_g_with_nothing_selected_says_what_to_do(qtbot, ui, run_view, names):
    view = run_view
    ui.capture(view, "Alene")
    view.scene.clearSelection()
    ui.focus_board(view)
    qtbot.keyClick(view.board, Key.Key_G, CTRL)
    assert "Select the notes" in ui.label(view, "runStatus")
    assert list_clusters(view.lib, view.model.session_id) == []


def test_ctrl_shift_g_puts_the_notes_beside_the_cluster(qtbot, ui, run_view, two_lanes):
    view = run_view
    _first, second = two_lanes
    cluster_id = group(qtbot, ui, view, second[:4])
    ui.click_note(view, second[1])
    qtbot.keyClick(view.board, Key.Key_G, CTRL | SHIFT)
    assert ui.stored(view, second[1]).cluster_id is None
    assert len(view.scene.clusters[cluster_id].members) == 3
    assert tidy_grid(view, cluster_id)
    assert_containers(view)
