"""Capturing a note is a handful of statements in one transaction, and what it returns is what
a re-read would give.

The statements are counted with SQLAlchemy's ``before_cursor_execute`` event, so a change that
adds a query to every Enter on the capture line fails here, not only in a benchmark.
"""

from __future__ import annotations

import pytest

from tests.statements import Statements
from workshop.errors import NotFoundError
from workshop.services import board as board_service
from workshop.services import notes as note_service
from workshop.services.sessions import get_session
from workshop.store.changes import current_mark, session_mark
from workshop.store.sql import Sql

LIBRARY_BACKENDS = ("sqlite", "postgresql")

# What one typed note costs on SQLite: the next number (which also refuses an unknown session),
# the session's steps, the clock read and saved, the note and its first version, and the
# library's change time, change mark and the session's mark.
TYPED_NOTE_STATEMENTS = 9


def _first_step(lib, session_id: str) -> str:
    return get_session(lib, session_id).steps[0].id


def test_a_typed_note_takes_few_statements_and_is_not_read_back(lib, session_id, library_backend):
    if library_backend != "sqlite":
        pytest.skip("a team server takes the ORM's way (its own count)")
    step_id = _first_step(lib, session_id)
    note_service.capture_note(lib, session_id, "Oppvarming", step_id=step_id)
    with Statements(lib) as seen:
        note = note_service.capture_note(
            lib, session_id, "Flere benker langs elva", step_id=step_id, x=10.0, y=20.0
        )
    assert len(seen) <= TYPED_NOTE_STATEMENTS, "\n".join(seen)
    assert not [s for s in seen if s.startswith("SELECT notes.")], "the note was read back"
    assert len([s for s in seen if "change_mark" in s]) == 1  # moved on and read at once
    assert note == note_service.get_note(lib, session_id, note.id)


def test_a_plain_note_reads_neither_steps_nor_clusters_nor_the_framework(
    lib, session_id, library_backend
):
    if library_backend != "sqlite":
        pytest.skip("a team server takes the ORM's way (its own count)")
    with Statements(lib) as seen:
        note_service.capture_note(lib, session_id, "Bare tekst")
    assert len(seen) <= TYPED_NOTE_STATEMENTS - 1, "\n".join(seen)
    for table in ("steps", "clusters", "framework_snapshot"):
        assert not [s for s in seen if s.startswith("SELECT") and table in s], table


def test_what_capture_returns_is_what_a_re_read_gives(lib, session_id):
    cluster_id = board_service.create_cluster(lib, session_id, "Møteplasser")
    drafts = [
        note_service.NoteDraft(
            "  Bibliotek  ",
            step_position=2,
            group="Unge",
            colour="blue",
            author=" Ola ",
            principles=iter([3, 1, 3]),  # any iterable, each once
            focus_areas=(),
            x=1.5,
            y=2.5,
            cluster_id=cluster_id,
            votes=2,
            origin="phone",
        ),
        note_service.NoteDraft("Ungdomsklubb", feedback="keep"),
    ]
    written = note_service.capture_notes(lib, session_id, drafts)
    assert written == note_service.get_notes(lib, session_id, [n.id for n in written])
    first = written[0]
    assert (first.text, first.principles) == ("Bibliotek", (1, 3))
    assert first.cluster_name == "Møteplasser"
    assert first.step_position == 2 and first.author == "Ola" and first.votes == 2
    assert [n.seq for n in written] == [1, 2]


def test_a_capture_moves_the_change_mark_once(lib, session_id):
    with lib.read() as s:
        before = current_mark(Sql(s.connection()))
    note_service.capture_note(lib, session_id, "Ett innspill")
    with lib.read() as s:
        sql = Sql(s.connection())
        assert current_mark(sql) == before + 1
        assert session_mark(sql, session_id) == before + 1


def test_a_capture_in_an_unknown_session_is_refused(lib):
    with pytest.raises(NotFoundError) as refused:
        note_service.capture_note(lib, "00000000-0000-4000-8000-000000000000", "Hei")
    assert refused.value.key == "session_not_found"
