"""The notes of a large batch (a CSV file) get their places on the board when they are written,
so the first open of the session has nothing to place or store."""

from __future__ import annotations

from workshop.domain.layout import Board, BoardNote, card_rect, lane_at
from workshop.services import board as board_service
from workshop.services import notes as note_service
from workshop.services.csv_import import import_csv
from workshop.services.sessions import get_session

LIBRARY_BACKENDS = ("sqlite", "postgresql")

ROWS = 120  # more than a small batch


def _csv(tmp_path, rows: int, steps: int):
    lines = ["text;step"] + [f"Innspill {i};{1 + i % steps}" for i in range(rows)]
    path = tmp_path / "notes.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_csv_import_places_its_notes_as_the_board_would(lib, session_id, tmp_path):
    steps = len(get_session(lib, session_id).steps)
    before = note_service.add_note(lib, session_id, "Lagt til før, uten plass", step_position=1)
    placed_first = note_service.add_note(lib, session_id, "Har plass", x=0.0, y=400.0)
    import_csv(lib, session_id, _csv(tmp_path, ROWS, steps))

    notes = note_service.list_notes(lib, session_id)
    imported = [n for n in notes if n.id not in (before, placed_first)]
    assert len(imported) == ROWS
    assert all(n.x is not None and n.y is not None for n in imported)
    assert note_service.get_note(lib, session_id, before).x is None  # not the batch's: left

    # The same places as the board gives the notes one after the other when it is shown.
    unplaced = Board(
        BoardNote(
            n.id,
            None if n in imported else n.x,
            None if n in imported else n.y,
            n.cluster_id,
            n.step_position,
        )
        for n in notes
    )
    unplaced.place_unplaced()
    for note in imported:
        assert (note.x, note.y) == unplaced.positions[note.id]
        assert lane_at(card_rect((note.x, note.y)).centre[0]) == note.step_position

    cards = [card_rect((n.x, n.y)) for n in notes if n.x is not None]
    assert not any(a.intersects(b) for i, a in enumerate(cards) for b in cards[i + 1 :])
    # The note without a place from before the import is the only one the board still places.
    assert board_service.place_new_notes(lib, session_id) == [before]


def test_a_small_batch_is_left_for_the_board_to_place(lib, session_id, tmp_path):
    import_csv(lib, session_id, _csv(tmp_path, 3, 1))
    assert all(n.x is None for n in note_service.list_notes(lib, session_id))
