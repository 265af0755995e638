"""What the facilitator's board shows: readable notes at "Fit" zoom, whole lane headings,
dot-voting mode that cannot be missed, and the legend of the principles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage

from workshop.services.notes import NoteDraft, add_notes

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")


def dark_pixels(image: QImage, rect: QRect, limit: int = 90) -> int:
    """Pixels of the (near-black) note text inside ``rect`` of the image."""
    count = 0
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1, 1):
        for x in range(rect.left(), rect.right() + 1, 1):
            c = image.pixelColor(x, y)
            if c.red() < limit and c.green() < limit and c.blue() < limit:
                count += 1
    return count


@pytest.fixture
def full_board(lib, session_id):
    """Eight notes on each of the eight steps: more than fits a window at a readable zoom."""
    drafts = [
        NoteDraft(f"Innspill {step}.{i} om lys og benker", step_position=step)
        for step in range(1, 9)
        for i in range(8)
    ]
    add_notes(lib, session_id, drafts)
    return session_id


def test_fit_never_turns_the_notes_into_blank_boxes(qtbot, make_run_view, full_board):
    """The defect: at "Tilpass" the notes became blank coloured boxes."""
    view = make_run_view(full_board)
    qtbot.keyClick(view.capture, Key.Key_F, CTRL | SHIFT)
    qtbot.wait(10)
    image = view.board.viewport().grab().toImage()
    checked = 0
    for item in view.scene.notes.values():
        rect = view.board.mapFromScene(item.sceneBoundingRect()).boundingRect()
        if not view.board.viewport().rect().contains(rect):
            continue
        body = rect.adjusted(4, rect.height() // 4, -4, -4)
        assert dark_pixels(image, body) > 20, f"{item.note.text!r} is a blank box"
        checked += 1
    assert checked >= 8


def test_lane_headings_stay_whole_when_the_board_is_scrolled(qtbot, ui, make_run_view, full_board):
    """The defect: the lane headings were half clipped at the top of the board."""
    view = make_run_view(full_board)
    view.resize(1400, 600)  # a laptop's board: room for a few rows only
    view.board.set_zoom(1.0)
    qtbot.wait(10)
    bar = view.board.verticalScrollBar()
    bar.setValue(bar.minimum())
    qtbot.wait(10)
    top = view.board.mapToScene(QPoint(0, 0)).y()
    bar.setValue(bar.value() + int(28 - top))  # half of the 56-unit heading above the edge
    qtbot.wait(10)
    assert view.board.mapToScene(QPoint(0, 0)).y() > 20
    image = view.board.viewport().grab().toImage()
    heading = view.scene.areas[0].title
    rows = [y for y in range(0, 70) if dark_pixels(image, QRect(0, y, 400, 1), 120) > 0]
    assert rows, f"no heading ({heading}) at the top of the board"
    assert rows[0] >= 4, "the heading is cut by the top edge"
    assert rows[-1] - rows[0] >= 8  # a whole line of text, not a sliver


def test_dot_voting_mode_cannot_be_missed(qtbot, ui, run_view):
    """The defect: dot-voting mode showed only as a slightly darker button."""
    view = run_view
    note = ui.capture(view, "Mer lys")
    button = view.vote_button
    banner = view.board.voting_banner
    assert not banner.isVisible() and "off" in button.text()
    qtbot.keyClick(view.capture, Key.Key_F9)
    assert button.isChecked() and "ON" in button.text()
    assert banner.isVisible() and "Dot voting is on" in banner.text()
    board_area = view.board.viewport().geometry()
    assert banner.geometry().top() > board_area.bottom()  # below the notes, never over them
    assert banner.geometry().bottom() <= board_area.bottom() + 60  # along the bottom of the board
    assert view.board.rect().contains(banner.geometry())
    assert banner.geometry().width() >= 200
    ui.click_note(view, note)
    assert ui.stored(view, note).votes == 1
    qtbot.keyClick(view.capture, Key.Key_F9)
    assert not banner.isVisible() and "off" in button.text()
    assert view.board.viewportMargins().bottom() == 0  # the strip goes with its banner


def test_the_dot_voting_toggle_shows_its_whole_text_when_on(qtbot, run_view):
    """The defect: the bold "ON" text was wider than the button ("rikkstemming: PÅ (F9")."""
    from PySide6.QtGui import QFont, QFontMetrics

    view = run_view
    view.resize(1600, 900)
    qtbot.keyClick(view.capture, Key.Key_F9)
    qtbot.wait(10)
    button = view.vote_button
    bold = QFont(button.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(button.text()) + 2 * 10  # the padding
    assert button.width() >= needed, (button.width(), needed)


def test_the_legend_names_the_principles_on_the_board(qtbot, ui, run_view):
    view = run_view
    legend = view.board.legend
    assert not legend.isVisible()  # nothing tagged yet
    ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    ui.capture(view, "Flere benker")
    qtbot.keyClick(view.capture, Key.Key_2, CTRL)
    assert legend.isVisible()
    text = legend.text()
    assert "P2" in text and "P7" in text and "P1 " not in text
    assert legend.accessibleName()
    qtbot.mouseClick(view.legend_button, Qt.MouseButton.LeftButton)
    assert not legend.isVisible()


def test_the_legend_drops_a_principle_no_note_has_any_more(qtbot, ui, run_view):
    view = run_view
    legend = view.board.legend
    ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    ui.capture(view, "Flere benker")
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)  # off again on the second note
    assert "P7" in legend.text()  # the first note still has it
    for _ in range(4):  # the second note's tags and the note, then the first note's tag
        view.undo_stack.undo()
    assert len(view.model.notes) == 1 and not legend.isVisible()


def test_new_cards_get_the_spots_a_fresh_look_at_the_board_gives(
    qtbot, ui, make_run_view, lib, session_id
):
    from workshop.services.board import create_cluster

    add_notes(lib, session_id, [NoteDraft(f"Innspill {i}", step_position=1) for i in range(7)])
    view = make_run_view(session_id)
    scene = view.scene
    for i in range(4):
        assert scene.free_spot(1).toTuple() == scene.layout().free_card_spot(1)  # kept, right
        ui.capture(view, f"Ny lapp {i}")
    first = next(iter(scene.notes))
    create_cluster(lib, session_id, "Sentrum", [first])
    view.model.refresh_clusters()
    view.model.refresh_notes([first])
    assert scene.free_spot(1).toTuple() == scene.layout().free_card_spot(1)
