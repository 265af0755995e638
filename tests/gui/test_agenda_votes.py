"""The agenda editor sets a vote step's dots per person (from the template, "tre stemmer"),
through the participation service's one way in, as one undo step per run of changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QMessageBox, QSpinBox

from workshop.services import agenda as agenda_service
from workshop.services.sessions import get_session
from workshop.ui.agenda.editor import AgendaEditor

VOTE_ROW = 5  # the politician workshop's sixth step is its vote


@pytest.fixture
def editor(qtbot, lib, session_id, monkeypatch) -> AgendaEditor:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    widget = AgendaEditor(lib, session_id)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    assert warnings == []


def select(qtbot, editor, row: int) -> None:
    view = editor.findChild(QListView, "agendaList")
    view.setCurrentIndex(view.model().index(row))


def vote_step(editor):
    return get_session(editor.lib, editor.session_id).steps[VOTE_ROW]


def test_votes_per_person_shows_on_vote_steps_and_is_stored_with_undo(qtbot, editor):
    spin = editor.findChild(QSpinBox, "stepVotes")
    select(qtbot, editor, 0)
    assert not spin.isVisibleTo(editor)  # an intro step has no dots
    select(qtbot, editor, VOTE_ROW)
    assert vote_step(editor).kind == "vote"
    assert spin.isVisibleTo(editor) and spin.value() == 3  # "tre stemmer" in the template
    assert spin.accessibleName()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert vote_step(editor).vote_budget == 5
    assert editor.undo_stack.undoText() == "Change votes per person"
    editor.undo_stack.undo()  # one step for the run of changes
    assert vote_step(editor).vote_budget == 3
    assert spin.value() == 3


def test_removing_and_restoring_a_vote_step_keeps_its_budget(qtbot, editor, lib, session_id):
    step = vote_step(editor)
    from workshop.services.participation import set_vote_budget

    set_vote_budget(lib, session_id, step.id, 7)
    info = get_session(lib, session_id).step_by_id(step.id)
    tied = agenda_service.remove_step(lib, session_id, step.id)
    agenda_service.restore_step(lib, session_id, info, tied)
    assert get_session(lib, session_id).step_by_id(step.id).vote_budget == 7
    copy = agenda_service.duplicate_step(lib, session_id, step.id)
    assert get_session(lib, session_id).step_by_id(copy).vote_budget == 7
