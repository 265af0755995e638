"""Run mode on the board and around it: opening, mouse, filters, the room timer, windows.

Every flow checks what the user sees (labels, cards on the board, visibility) and what the
library holds afterwards (read through the services, never through the view's cache).
Keyboard-only flows are in test_run_keys.py; the helpers (``ui``) are in conftest.py.
"""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from workshop.services.board import list_clusters
from workshop.services.notes import add_note, set_notes_deleted
from workshop.services.sessions import create_session, get_session

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton
Key = Qt.Key

pytestmark = pytest.mark.usefixtures("dialogs")  # no real message box; unexpected ones fail


# --- the leak guard itself ---
def test_the_leak_guard_reports_timers_and_threads_left_running(qtbot, leak_watch):
    leak_watch.check()  # nothing yet
    window = QWidget()
    qtbot.addWidget(window)
    owned = QTimer(window)
    owned.setObjectName("ownedTimer")
    owned.start(60_000)
    leak_watch.untrack(owned)  # found by walking the top-level widgets, like Qt's own timers
    loose = QTimer()
    loose.setObjectName("looseTimer")
    loose.start(60_000)  # no parent: found only because its creation was tracked
    stopped = QTimer(window)
    stopped.start(60_000)
    stopped.stop()
    release = threading.Event()
    stray = threading.Thread(target=release.wait, name="strayThread", daemon=True)
    stray.start()
    try:
        leaks = " ".join(leak_watch.leaks())
        assert "ownedTimer" in leaks and "looseTimer" in leaks and "strayThread" in leaks
        assert leaks.count("active QTimer") == 2  # the stopped one is no leak
        with pytest.raises(pytest.fail.Exception, match="left running after the test"):
            leak_watch.check()
        assert not owned.isActive() and not loose.isActive()  # check() stops what it reports
    finally:
        release.set()
        stray.join()
    leak_watch.check()


# --- opening ---
def test_run_view_opens_on_step_one_ready_to_capture(qtbot, ui, run_view, lib, session_id):
    steps = get_session(lib, session_id).steps
    assert ui.label(run_view, "stepTitle") == steps[0].title
    assert ui.label(run_view, "stepQuestion") == steps[0].question
    assert ui.label(run_view, "stepPosition") == f"Step 1 of {len(steps)}"
    assert not run_view.findChild(QPushButton, "previousStepButton").isEnabled()
    assert run_view.findChild(QPushButton, "nextStepButton").isEnabled()
    assert ui.label(run_view, "stepTimer") == "‖ 10:00"  # shown, not started
    capture_line = run_view.findChild(QPlainTextEdit, "captureInput")
    assert capture_line is run_view.capture
    run_view.focus_capture()
    qtbot.waitUntil(capture_line.hasFocus)
    assert get_session(lib, session_id).status == "planned"  # opening changes nothing


def test_run_flag_opens_run_mode_with_the_capture_line_focused(qtbot, ui, library_path, session_id):
    from workshop.ui.main_window import MainWindow

    window = MainWindow(library_path, run_session=session_id[:4])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert window.start()
    view = window.run_view
    assert view is not None and window.workspace.currentWidget() is view
    assert "Politikerverksted om innovasjon" in window.windowTitle()
    capture_line = window.findChild(QPlainTextEdit, "captureInput")
    assert capture_line is view.capture
    qtbot.waitUntil(capture_line.hasFocus)
    assert ui.label(view, "stepPosition").startswith("Step 1 of")


def test_run_flag_with_an_unknown_session_warns_and_stays_on_the_list(
    qtbot, library_path, session_id, dialogs
):
    from workshop.ui.main_window import MainWindow

    window = MainWindow(library_path, run_session="zzzz")
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    [warning] = dialogs.take_warnings()
    assert "zzzz" in warning
    assert window.run_view is None
    assert window.stack.currentWidget() is window.sessions_page
    assert window.model.rowCount() == 1  # the list is there to pick from


# --- dragging and selecting ---
def test_dragging_a_note_onto_a_cluster_is_one_undo_step(
    qtbot, ui, run_view, session_id, cluster_name
):
    view = run_view
    a = ui.capture(view, "Mer lys")
    b = ui.capture(view, "Gatelys")
    c = ui.capture(view, "Lys i parken")
    ui.click_note(view, a)
    ui.click_note(view, b, CTRL)
    qtbot.keyClick(view.board, Key.Key_G, CTRL)
    [cluster] = list_clusters(view.lib, session_id)
    ui.click_note(view, a, CTRL)
    ui.click_note(view, b, CTRL)  # nothing selected: the drag takes only the card under it
    assert view.scene.selected_note_ids() == []
    start_xy = (ui.stored(view, c).x, ui.stored(view, c).y)
    steps_before = view.undo_stack.count()

    target = view.board.mapFromScene(view.scene.clusters[cluster.id].boundingRect().center())
    ui.drag(view, ui.note_point(view, c), target)
    moved = ui.stored(view, c)
    assert moved.cluster_id == cluster.id and moved.cluster_name == "Tema"
    assert (moved.x, moved.y) != start_xy
    item = view.scene.notes[c]
    assert (item.pos().x(), item.pos().y()) == (moved.x, moved.y)
    assert item in view.scene.clusters[cluster.id].members
    assert view.undo_stack.count() == steps_before + 1

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)
    back = ui.stored(view, c)
    assert back.cluster_id is None and (back.x, back.y) == start_xy
    assert (item.pos().x(), item.pos().y()) == start_xy
    assert item.cluster is None
    assert view.scene.clusters[cluster.id].members == {view.scene.notes[a], view.scene.notes[b]}
    assert [ui.stored(view, n).cluster_id for n in (a, b)] == [cluster.id, cluster.id]


def test_rubber_band_and_ctrl_click_select_several_notes(qtbot, ui, run_view):
    view = run_view
    a = ui.capture(view, "Mer lys")
    b = ui.capture(view, "Gatelys")
    c = ui.capture(view, "Flere benker")
    card_a, card_b = view.scene.notes[a], view.scene.notes[b]
    view.board.ensureVisible(card_a.sceneBoundingRect().united(card_b.sceneBoundingRect()))
    corner = card_a.pos()
    top_left = view.board.mapFromScene(corner.x() - 10, corner.y() - 10)
    inside_b = view.board.mapFromScene(card_b.sceneBoundingRect().center())
    ui.drag(view, top_left, inside_b)
    assert set(view.scene.selected_note_ids()) == {a, b}
    assert card_a.isSelected() and card_b.isSelected()
    assert not view.scene.notes[c].isSelected()
    assert {(ui.stored(view, n).x, ui.stored(view, n).y) for n in (a, b)} == {
        (i.pos().x(), i.pos().y()) for i in (card_a, card_b)
    }  # selecting moved nothing

    ui.click_note(view, c)
    assert view.scene.selected_note_ids() == [c]
    ui.click_note(view, a, CTRL)
    assert set(view.scene.selected_note_ids()) == {a, c}
    ui.click_note(view, c, CTRL)  # Ctrl+click again unselects
    assert view.scene.selected_note_ids() == [a]
    assert view.undo_stack.count() == 3  # the three captures; clicks changed no data


# --- voting ---
def test_dot_voting_by_click_and_shift_click(qtbot, ui, run_view):
    view = run_view
    note_id = ui.capture(view, "Mer lys")
    other = ui.capture(view, "Gatelys")
    voting = view.findChild(QPushButton, "votingModeButton")
    qtbot.keyClick(view.capture, Key.Key_F9)
    assert voting.isChecked() and "Dot voting" in ui.label(view, "runStatus")
    ui.click_note(view, note_id)
    assert ui.stored(view, note_id).votes == 1
    assert view.scene.notes[note_id].note.votes == 1
    ui.click_note(view, note_id)
    ui.click_note(view, other)
    assert [ui.stored(view, n).votes for n in (note_id, other)] == [2, 1]
    ui.click_note(view, note_id, SHIFT)
    assert ui.stored(view, note_id).votes == 1
    ui.click_note(view, note_id, SHIFT)
    steps = view.undo_stack.count()
    ui.click_note(view, note_id, SHIFT)  # at zero already
    assert ui.stored(view, note_id).votes == 0
    assert view.scene.notes[note_id].note.votes == 0
    assert view.undo_stack.count() == steps

    qtbot.mouseClick(voting, LEFT)  # off again: a click selects
    assert not voting.isChecked() and "Dot voting" not in ui.label(view, "runStatus")
    ui.click_note(view, other)
    assert ui.stored(view, other).votes == 1
    assert view.scene.selected_note_ids() == [other]


# --- filters ---
@pytest.fixture
def three_notes(qtbot, ui, run_view):
    """Mer lys (P7, Politikere), Flere benker (no tags, Administrasjon), Trygg vei (step 2)."""
    view = run_view
    qtbot.keyClick(view.capture, Key.Key_F3)
    lys = ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    qtbot.keyClick(view.capture, Key.Key_F3)
    benker = ui.capture(view, "Flere benker")
    qtbot.keyClick(view.capture, Key.Key_F3)
    qtbot.keyClick(view.capture, Key.Key_Right, ALT)
    vei = ui.capture(view, "Trygg vei")
    qtbot.keyClick(view.capture, Key.Key_3, CTRL)
    assert ui.stored(view, vei).principles == (3,)
    return lys, benker, vei


def test_text_filter_hides_cards_that_do_not_match(qtbot, ui, run_view, three_notes):
    view = run_view
    lys, benker, vei = three_notes
    qtbot.keyClicks(view.findChild(type(view.filter_text), "filterText"), "LYS")
    assert view.scene.notes[lys].isVisible()
    assert not view.scene.notes[benker].isVisible() and not view.scene.notes[vei].isVisible()
    assert "1 of 3" in ui.label(view, "noteCount")
    view.filter_text.clear()
    assert ui.visible_texts(view) == {"Mer lys", "Flere benker", "Trygg vei"}
    assert ui.label(view, "noteCount") == "3 note(s)"


def test_principle_step_group_and_not_mapped_filters(qtbot, ui, run_view, three_notes):
    view = run_view
    principle = view.findChild(type(view.filter_principle), "filterPrinciple")
    principle.setCurrentIndex(principle.findData(7))
    assert ui.visible_texts(view) == {"Mer lys"}
    assert "1 of 3" in ui.label(view, "noteCount")
    principle.setCurrentIndex(principle.findData(-1))  # "Not mapped"
    assert principle.currentText() == "Not mapped"
    assert ui.visible_texts(view) == {"Flere benker"}
    principle.setCurrentIndex(0)

    step = view.findChild(type(view.filter_step), "filterStep")
    step.setCurrentIndex(step.findData(view.steps[1].id))
    assert ui.visible_texts(view) == {"Trygg vei"}
    step.setCurrentIndex(step.findData(view.steps[0].id))
    assert ui.visible_texts(view) == {"Mer lys", "Flere benker"}
    assert "2 of 3" in ui.label(view, "noteCount")
    step.setCurrentIndex(0)

    group = view.findChild(type(view.filter_group), "filterGroup")
    group.setCurrentIndex(group.findData("Administrasjon"))
    assert ui.visible_texts(view) == {"Flere benker"}
    view.filter_text.setText("lys")  # filters combine
    assert ui.visible_texts(view) == set()
    assert "0 of 3" in ui.label(view, "noteCount")
    group.setCurrentIndex(0)
    view.filter_text.clear()
    assert len(ui.visible_texts(view)) == 3


# --- steps and the timer ---
def test_steps_and_the_room_timer(qtbot, ui, run_view, lib, session_id):
    view, clock = run_view, run_view.fake_clock
    steps = get_session(lib, session_id).steps
    assert steps[1].minutes == 15 and steps[2].minutes == 10
    timer = view.panel.timer
    qtbot.mouseClick(view.findChild(QPushButton, "nextStepButton"), LEFT)
    assert ui.label(view, "stepTitle") == steps[1].title
    assert ui.label(view, "stepPosition") == f"Step 2 of {len(steps)}"
    assert view.findChild(QPushButton, "previousStepButton").isEnabled()
    assert ui.label(view, "stepTimer") == "15:00" and view.ticker.isActive()
    session = get_session(lib, session_id)
    assert (session.status, session.current_step_id) == ("running", steps[1].id)

    clock.advance(90)
    view.tick()
    assert ui.label(view, "stepTimer") == "13:30" and timer.state == "normal"
    assert get_session(lib, session_id).steps[1].actual_seconds == 90  # saved as it runs
    qtbot.keyClick(view.capture, Key.Key_M, CTRL)  # one more minute: 16 in all
    assert ui.label(view, "stepTimer") == "14:30"

    clock.advance(0.8 * 960 - 90)
    view.tick()
    assert (ui.label(view, "stepTimer"), timer.state) == ("03:12", "warning")
    clock.advance(0.15 * 960)
    view.tick()
    assert (ui.label(view, "stepTimer"), timer.state) == ("00:48", "danger")
    clock.advance(78)
    view.tick()
    assert (ui.label(view, "stepTimer"), timer.state) == ("−00:30", "danger")

    qtbot.keyClick(view.capture, Key.Key_T, CTRL)  # pause
    assert ui.label(view, "stepTimer") == "‖ −00:30"
    assert not view.ticker.isActive()
    assert get_session(lib, session_id).steps[1].actual_seconds == 990
    clock.advance(300)
    view.tick()
    assert view.step_clock.elapsed() == 990 and ui.label(view, "stepTimer") == "‖ −00:30"
    qtbot.keyClick(view.capture, Key.Key_T, CTRL)  # resume
    clock.advance(10)
    view.tick()
    assert ui.label(view, "stepTimer") == "−00:40"

    qtbot.keyClick(view.capture, Key.Key_Right, ALT)
    session = get_session(lib, session_id)
    assert session.steps[1].actual_seconds == 1000
    assert (session.status, session.current_step_id) == ("running", steps[2].id)
    assert ui.label(view, "stepTitle") == steps[2].title
    assert ui.label(view, "stepTimer") == "10:00"


def test_ctrl_t_on_a_planned_session_starts_it(qtbot, ui, run_view, lib, session_id):
    view = run_view
    assert get_session(lib, session_id).status == "planned"
    qtbot.keyClick(view.capture, Key.Key_T, CTRL)
    session = get_session(lib, session_id)
    assert (session.status, session.current_step_id) == ("running", session.steps[0].id)
    view.fake_clock.advance(61)
    view.tick()
    assert ui.label(view, "stepTimer") == "08:59"
    qtbot.keyClick(view.capture, Key.Key_Left, ALT)  # on step 1: nowhere to go
    assert ui.label(view, "stepTitle") == session.steps[0].title


def test_a_step_without_a_time_box_counts_up(qtbot, ui, make_run_view, lib):
    session_id = create_session(lib, "popup-stand", "Stand på torget")
    steps = get_session(lib, session_id).steps
    assert steps[1].minutes == 0
    view = make_run_view(session_id)
    qtbot.keyClick(view.capture, Key.Key_Right, ALT)
    assert ui.label(view, "stepTitle") == steps[1].title
    assert ui.label(view, "stepTimer") == "00:00" and view.panel.timer.state == "open"
    view.fake_clock.advance(75)
    view.tick()
    assert ui.label(view, "stepTimer") == "01:15" and view.panel.timer.state == "open"
    assert not view.findChild(QPushButton, "plusOneButton").isEnabled()
    qtbot.keyClick(view.capture, Key.Key_M, CTRL)  # no time box to extend
    assert ui.label(view, "stepTimer") == "01:15"
    view.fake_clock.advance(3600)
    view.tick()
    assert ui.label(view, "stepTimer") == "1:01:15" and view.panel.timer.state == "open"
    qtbot.keyClick(view.capture, Key.Key_Right, ALT)
    assert get_session(lib, session_id).steps[1].actual_seconds == 3675


# --- participants ---
def test_participant_counters_store_the_actual_count(qtbot, run_view, make_run_view, session_id):
    view = run_view
    spins = {s.prefix(): s for s in view.panel.findChildren(QSpinBox)}
    assert set(spins) == {"Politikere: ", "Administrasjon: "}
    qtbot.keyClick(spins["Politikere: "], Key.Key_Up)
    qtbot.keyClick(spins["Politikere: "], Key.Key_Up)
    assert get_session(view.lib, session_id).participants_actual == {"Politikere": 2}
    admin = spins["Administrasjon: "]
    qtbot.keyClick(admin, Key.Key_A, CTRL)
    qtbot.keyClicks(admin, "4")
    qtbot.keyClick(admin, Key.Key_Return)
    assert get_session(view.lib, session_id).participants_actual == {
        "Politikere": 2,
        "Administrasjon": 4,
    }
    reopened = make_run_view(session_id)
    shown = {s.prefix(): s.value() for s in reopened.panel.findChildren(QSpinBox)}
    assert shown == {"Politikere: ": 2, "Administrasjon: ": 4}


# --- the command line alongside ---
def test_notes_added_from_the_command_line_appear_on_refresh(
    qtbot, ui, run_view, library_path, session_id
):
    from workshop.store.db import Library

    view = run_view
    mine = ui.capture(view, "Mer lys")
    with Library.open(library_path) as cli:
        theirs = add_note(cli, session_id, "Fra terminalen", step_position=1, group="Politikere")
    assert theirs not in view.scene.notes  # nothing shows until the view looks again
    view.refresh_from_library()
    item = view.scene.notes[theirs]
    assert item.isVisible() and item.note.text == "Fra terminalen"
    assert ui.area_rect(view, 1).contains(ui.card_rect(item))
    assert not ui.card_rect(item).intersects(ui.card_rect(view.scene.notes[mine]))
    assert ui.label(view, "noteCount") == "2 note(s)"
    assert view.undo_stack.count() == 0  # old commands may no longer apply


def test_the_main_window_picks_up_cli_notes_when_activated(qtbot, library_path, session_id):
    from PySide6.QtCore import QEvent

    from workshop.store.db import Library
    from workshop.ui.main_window import MainWindow

    window = MainWindow(library_path, run_session=session_id)
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    with Library.open(library_path) as cli:
        theirs = add_note(cli, session_id, "Fra terminalen", step_position=1)
    QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.ApplicationActivate))
    assert window.run_view.scene.notes[theirs].note.text == "Fra terminalen"


# --- one window per library ---
def test_a_second_window_on_the_same_library_is_refused(qtbot, library_path, dialogs):
    from workshop.ui.main_window import MainWindow

    first = MainWindow(library_path)
    qtbot.addWidget(first)
    assert first.start()
    second = MainWindow(library_path)
    qtbot.addWidget(second)
    assert not second.acquire_lock()
    assert not second.start()
    texts = dialogs.take_criticals()
    assert len(texts) == 2 and all("already open in another Verksted window" in t for t in texts)
    assert f"process {os.getpid()}" in texts[0]  # who holds it
    assert second.lock is None and second.lib is None

    first.close()
    assert second.acquire_lock()
    assert second.lock is not None
    assert dialogs.take_criticals() == []


# --- quitting ---
def test_ctrl_q_in_the_capture_line_closes_the_window(qtbot, library_path, lib, session_id):
    from workshop.ui.main_window import MainWindow

    window = MainWindow(library_path, run_session=session_id[:6])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert window.start()
    view = window.run_view
    qtbot.waitUntil(view.capture.hasFocus)
    qtbot.keyClick(view.capture, Key.Key_Right, ALT)  # the timer runs
    qtbot.keyClick(view.capture, Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert not view.ticker.isActive()  # stopped on the way out
    assert window.lib is None and window.lock is None
    assert get_session(lib, session_id).current_step_id == get_session(lib, session_id).steps[1].id


# --- errors are shown, never raised ---
def test_tagging_a_note_deleted_elsewhere_warns_and_changes_nothing(
    qtbot, ui, run_view, session_id, dialogs
):
    view = run_view
    gone = ui.capture(view, "Mer lys")
    kept = ui.capture(view, "Gatelys")
    set_notes_deleted(
        view.lib, session_id, [gone], True
    )  # the command line, behind the view's back
    steps = view.undo_stack.count()
    ui.click_note(view, gone)
    ui.click_note(view, kept, CTRL)
    view.focus_capture()
    qtbot.keyClick(view.capture, Key.Key_5, CTRL)
    [warning] = dialogs.take_warnings()
    assert gone[:8] in warning and "deleted" in warning
    assert ui.stored(view, gone).principles == () and ui.stored(view, gone).deleted
    assert ui.stored(view, kept).principles == ()  # one transaction: nothing was tagged
    assert view.undo_stack.count() == steps
    assert set(view.scene.notes) == {kept}  # the board caught up
    qtbot.keyClick(view.capture, Key.Key_5, CTRL)  # still works for what is left
    assert ui.stored(view, kept).principles == (5,)
