"""Phones in the room, from the run view: the participant server started and stopped with the
session, phone notes live on the board, the moderation queue, the presenter's QR code."""

from __future__ import annotations

from workshop.services.notes import add_note


def test_a_note_without_a_place_that_arrives_while_the_board_is_open_gets_one(run_view, ui):
    """A note from elsewhere (a phone, the command line) has no position yet: refreshing it
    into the open board puts it on a free spot of its step."""
    step = run_view.current_step
    note_id = add_note(run_view.lib, run_view.model.session_id, "Uten plass", step_id=step.id)
    run_view.model.refresh_notes([note_id])
    item = run_view.scene.notes[note_id]
    area = ui.area_rect(run_view, step.position)
    assert area.contains(item.sceneBoundingRect().center())
