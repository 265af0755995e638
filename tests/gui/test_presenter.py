"""The presenter view: the current step's notes readable from the back of the room (their own
layout, a page at a time), silent writing hidden until revealed, vote totals hidden until
revealed, the room's vote budget counted, and the legend of the principles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop.services.notes import NoteDraft, add_notes, vote_notes
from workshop.services.sessions import get_session
from workshop.ui.presenter import PresenterWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key
SILENT_STEP, VOTE_STEP = 3, 6  # in the politician workshop

pytestmark = pytest.mark.usefixtures("dialogs")


@pytest.fixture
def presenter(qtbot, run_view):
    window = PresenterWindow(run_view)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    run_view.activateWindow()  # the keyboard stays with the facilitator, as in the app
    qtbot.waitUntil(run_view.isActiveWindow)
    run_view.focus_capture()
    return window


def go_to(qtbot, view, position: int) -> None:
    for _ in range(position):
        if view.current_step.position < position:
            qtbot.keyClick(view.capture, Key.Key_Right, ALT)
    assert view.current_step.position == position


def test_the_projector_shows_the_step_s_notes_readable_not_the_facilitator_s_zoom(
    qtbot, lib, session_id, run_view, presenter
):
    """The defect: the presenter copied the facilitator's "Tilpass" zoom: blank boxes."""
    view = run_view
    step = view.current_step
    add_notes(
        lib,
        session_id,
        [NoteDraft(f"Innspill nummer {i} om lys i parken", step_position=1) for i in range(40)],
    )
    view.refresh_from_library()
    qtbot.keyClick(view.capture, Key.Key_F, CTRL | SHIFT)  # the facilitator fits the whole board
    assert view.current_step.id == step.id
    board = presenter.board
    assert board.text_px >= 18 and board.smallest_text_px() >= 18  # at 1080 lines
    seen = set()
    for page in range(board.page_count()):
        board.page = page
        for note in board.notes_shown():
            seen.add(note.id)
        for placed in board.pages[page]:
            assert board.rect().contains(placed.rect.toRect()), "a card runs off the screen"
    assert len(seen) == 40  # every note, on as many pages as it takes
    assert board.page_count() > 1
    before = board.text_px
    view.board.zoom_by(0.3)
    assert board.text_px == before


def test_the_page_follows_the_note_just_written(qtbot, ui, lib, session_id, run_view, presenter):
    view = run_view
    add_notes(lib, session_id, [NoteDraft(f"Lapp {i}", step_position=1) for i in range(40)])
    view.refresh_from_library()
    assert presenter.board.page == 0
    new = ui.capture(view, "Den siste lappen")
    assert new in {n.id for n in presenter.board.notes_shown()}
    assert presenter.board.page == presenter.board.page_count() - 1
    assert presenter.page_label.text().startswith("Page ")
    presenter.activateWindow()  # clicked on the projector's window: its keys turn pages
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Key.Key_PageUp)
    assert presenter.board.page == presenter.board.page_count() - 2


def test_silent_writing_stays_hidden_until_revealed(
    qtbot, ui, lib, session_id, run_view, presenter
):
    view = run_view
    go_to(qtbot, view, SILENT_STEP)
    ui.capture(view, "Mer lys")
    ui.capture(view, "Flere benker")
    board = presenter.board
    assert board.hidden and "2 note(s) written" in board.hidden
    assert board.notes_shown() == []
    assert "Hidden from the room" in view.board.room_banner.text()
    assert view.reveal_button.text() == "Reveal the notes (F6)"
    steps = view.undo_stack.count()

    qtbot.keyClick(view.capture, Key.Key_F6)
    assert get_session(lib, session_id).steps[SILENT_STEP - 1].revealed
    assert board.hidden is None
    assert {n.text for n in board.notes_shown()} == {"Mer lys", "Flere benker"}
    assert "The room sees" in view.board.room_banner.text()
    assert view.reveal_button.text() == "Hide the notes (F6)"
    assert view.undo_stack.count() == steps + 1

    qtbot.keyClick(view.capture, Key.Key_Z, CTRL)  # undo hides them again
    assert not get_session(lib, session_id).steps[SILENT_STEP - 1].revealed
    assert board.hidden


def test_vote_totals_stay_hidden_until_revealed_and_the_budget_is_counted(
    qtbot, ui, lib, session_id, run_view, presenter
):
    view = run_view
    ids = add_notes(lib, session_id, [NoteDraft(f"Forslag {i}", step_position=2) for i in range(3)])
    vote_notes(lib, session_id, {ids[0]: 5, ids[1]: 2})
    view.refresh_from_library()
    go_to(qtbot, view, VOTE_STEP)
    board = presenter.board
    assert {n.id for n in board.notes_shown()} == set(ids)  # a vote step shows every note
    assert not board.show_votes
    # 3 dots each for the 25 planned participants
    assert presenter.budget_label.text().startswith("3 vote(s) each · 7 of 75 used")
    assert "3 vote(s) each · 7 of 75 used" in view.board.room_banner.text()
    qtbot.keyClick(view.capture, Key.Key_F9)
    ui.click_note(view, ids[2])
    assert "8 of 75 used" in presenter.budget_label.text()
    assert "8 of 75 used" in view.board.room_banner.text()
    assert view.board.voting_banner.isVisible()

    qtbot.keyClick(view.capture, Key.Key_F6)
    assert board.show_votes
    assert get_session(lib, session_id).steps[VOTE_STEP - 1].revealed
    assert "Hide the totals" in view.reveal_button.text()


def test_a_cluster_over_two_pages_says_it_goes_on_and_shows_its_whole_total(
    qtbot, lib, session_id, run_view, presenter
):
    from workshop.services.board import gather_cluster

    view = run_view
    drafts = [NoteDraft(f"Forslag {i}", step_position=2) for i in range(40)]
    ids = add_notes(lib, session_id, drafts)
    vote_notes(lib, session_id, {note_id: 1 for note_id in ids})
    gather_cluster(lib, session_id, "Parken", ids)
    view.refresh_from_library()
    go_to(qtbot, view, VOTE_STEP)
    qtbot.keyClick(view.capture, Key.Key_F6)  # the totals revealed
    board = presenter.board
    headings = [
        (page, board.heading_text(placed))
        for page in range(board.page_count())
        for placed in board.pages[page]
        if placed.kind == "heading"
    ]
    assert board.page_count() > 1
    assert headings[0] == (0, "Parken  (40 vote(s))")
    assert headings[1:] and all(
        text == "Parken (continued)  (40 vote(s))" for _, text in headings[1:]
    )
    assert [page for page, _ in headings] == list(range(board.page_count()))


def test_reveal_does_nothing_on_other_steps_and_says_so(qtbot, ui, run_view, presenter):
    view = run_view
    assert view.current_step.kind == "intro"
    assert not view.reveal_button.isEnabled()
    steps = view.undo_stack.count()
    qtbot.keyClick(view.capture, Key.Key_F6)
    assert view.undo_stack.count() == steps
    assert "Only silent writing and votes" in ui.label(view, "runStatus")


def test_the_legend_on_the_projector_names_the_principles_on_the_page(
    qtbot, ui, run_view, presenter
):
    view = run_view
    ui.capture(view, "Mer lys")
    qtbot.keyClick(view.capture, Key.Key_7, CTRL)
    legend = presenter.legend_label.text()
    assert legend.startswith("P7 ") and len(legend) > 4


@pytest.fixture
def bokmal(qapp):
    """The bokmål catalogues installed as the app does; removed afterwards."""
    from PySide6.QtCore import QLocale

    from workshop.ui import translation

    locale, shown = QLocale(), translation.current_ui_language()
    translation.install_translators(qapp, "nb")
    yield
    for translator in translation._installed:
        qapp.removeTranslator(translator)
    translation._installed.clear()
    translation._current["language"] = shown
    QLocale.setDefault(locale)


def test_the_budget_and_the_hidden_page_read_in_the_room_s_language(
    qtbot, ui, lib, session_id, bokmal, run_view, presenter
):
    """The defect: the budget's plural stayed English ("3 vote(s) each") in bokmål, and a
    hidden step still showed "Side 1 av 3" under its one line."""
    view = run_view
    add_notes(lib, session_id, [NoteDraft(f"Lapp {i}", step_position=1) for i in range(40)])
    view.refresh_from_library()
    go_to(qtbot, view, VOTE_STEP)
    assert presenter.budget_label.text().startswith("3 stemmer hver · 0 av 75 brukt")
    assert "3 stemmer hver" in view.board.room_banner.text()
    go_to_start = view.current_step.position - SILENT_STEP
    for _ in range(go_to_start):
        qtbot.keyClick(view.capture, Key.Key_Left, ALT)
    assert view.current_step.kind == "silent-writing"
    for i in range(40):
        ui.capture(view, f"Stille {i}")
    assert presenter.board.hidden and presenter.board.hidden.startswith("40 lapper")
    assert presenter.page_label.text() == ""
