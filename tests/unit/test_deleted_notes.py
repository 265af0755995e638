"""A deleted note cannot be changed until it is restored; restoring it always works."""

from __future__ import annotations

import pytest

from workshop.errors import InvalidInputError
from workshop.services import board, notes, tags

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")


def test_changes_to_a_deleted_note_are_refused_and_nothing_is_stored(lib, session_id):
    note_id = notes.add_note(lib, session_id, "Original")
    notes.set_notes_deleted(lib, session_id, [note_id], True)
    attempts = [
        lambda: notes.edit_note(lib, session_id, note_id, "Endret"),
        lambda: notes.vote_notes(lib, session_id, {note_id: 2}),
        lambda: tags.set_tags(lib, session_id, {note_id: True}, principles=[3]),
        lambda: board.move_notes(lib, session_id, {note_id: (5.0, 5.0)}),
        lambda: board.set_clusters(lib, session_id, {note_id: None}),
        lambda: board.drop_notes(lib, session_id, {note_id: (5.0, 5.0)}),
        lambda: board.gather_cluster(lib, session_id, "Tema", [note_id]),
        lambda: board.take_out_of_clusters(lib, session_id, [note_id]),
        lambda: tags.set_tags(
            lib, session_id, {note_id: True}, focus_areas=["digitalt-forstevalg"]
        ),
        lambda: notes.set_stories(lib, session_id, {note_id: True}),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidInputError) as err:
            attempt()
        assert err.value.key == "note_deleted"
    notes.set_notes_deleted(lib, session_id, [note_id], False)
    note = notes.get_note(lib, session_id, note_id)
    assert (note.text, note.votes, note.principles, note.x, note.deleted) == (
        "Original",
        0,
        (),
        None,
        False,
    )
