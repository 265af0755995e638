"""Agenda editing, clock times, and session duplicate/delete for the planning screens."""

from __future__ import annotations

from datetime import time

import pytest

from workshop.errors import InvalidInputError
from workshop.services import agenda
from workshop.services.notes import add_note, list_notes
from workshop.services.purge import purge_deleted_sessions
from workshop.services.sessions import (
    duplicate_session,
    get_session,
    list_sessions,
    set_session_deleted,
    update_session,
)

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")


def titles(lib, session_id):
    return [(s.position, s.title) for s in get_session(lib, session_id).steps]


def test_add_move_duplicate_remove_and_restore_keep_positions_dense(lib, session_id):
    before = titles(lib, session_id)
    new_id = agenda.add_step(lib, session_id, position=2, kind="share", title="Runde", minutes=7)
    after = titles(lib, session_id)
    assert after[1] == (2, "Runde")
    assert [p for p, _ in after] == list(range(1, len(before) + 2))

    agenda.move_step(lib, session_id, new_id, len(after))
    assert titles(lib, session_id)[-1] == (len(after), "Runde")

    copy_id = agenda.duplicate_step(lib, session_id, new_id)
    steps = get_session(lib, session_id).steps
    assert [s.title for s in steps[-2:]] == ["Runde", "Runde"]
    assert steps[-1].id == copy_id and steps[-1].minutes == 7

    removed = next(s for s in steps if s.id == new_id)
    agenda.remove_step(lib, session_id, new_id)
    assert new_id not in [s.id for s in get_session(lib, session_id).steps]
    agenda.restore_step(lib, session_id, removed)
    restored = get_session(lib, session_id).steps
    assert restored[removed.position - 1].id == new_id
    assert [s.position for s in restored] == list(range(1, len(restored) + 1))


def test_update_step_validates(lib, session_id):
    step = get_session(lib, session_id).steps[0]
    agenda.update_step(
        lib,
        session_id,
        step.id,
        kind="discuss",
        minutes=25,
        title=" Ny ",
        prompt="Spør",
        question="Hva nå?",
    )
    changed = get_session(lib, session_id).steps[0]
    assert (changed.kind, changed.minutes, changed.title, changed.question) == (
        "discuss",
        25,
        "Ny",
        "Hva nå?",
    )
    with pytest.raises(InvalidInputError) as bad_kind:
        agenda.update_step(lib, session_id, step.id, kind="party")
    assert bad_kind.value.key == "step_kind_bad"
    with pytest.raises(InvalidInputError) as bad_minutes:
        agenda.update_step(lib, session_id, step.id, minutes=-1)
    assert bad_minutes.value.key == "step_minutes_bad"


def test_removing_a_step_keeps_its_notes(lib, session_id):
    step = get_session(lib, session_id).steps[1]
    note_id = add_note(lib, session_id, "Beholdes", step_id=step.id)
    agenda.remove_step(lib, session_id, step.id)
    [note] = list_notes(lib, session_id)
    assert note.id == note_id and note.step_id is None


def test_the_last_step_cannot_be_removed(lib, session_id):
    steps = get_session(lib, session_id).steps
    for step in steps[1:]:
        agenda.remove_step(lib, session_id, step.id)
    with pytest.raises(InvalidInputError) as err:
        agenda.remove_step(lib, session_id, steps[0].id)
    assert err.value.key == "step_last"


def test_schedule_gives_clock_times_and_overrun(lib, session_id):
    session = get_session(lib, session_id)
    plan = agenda.schedule(session)
    assert plan.total_minutes == sum(s.minutes for s in session.steps)
    assert all(row.starts is None for row in plan.steps) and plan.overrun_minutes == 0

    update_session(lib, session_id, start_time=time(18, 0), end_time=time(19, 0))
    plan = agenda.schedule(get_session(lib, session_id))
    assert plan.steps[0].starts == time(18, 0)
    assert plan.steps[1].starts == time(18, session.steps[0].minutes)
    assert plan.overrun_minutes == plan.total_minutes - 60
    update_session(lib, session_id, end_time=None)
    assert agenda.schedule(get_session(lib, session_id)).overrun_minutes == 0


def test_duplicate_is_a_new_plan_with_the_same_agenda_and_no_notes(lib, session_id):
    add_note(lib, session_id, "Bare i originalen")
    update_session(lib, session_id, status="finished", participants_actual={"Politikere": 9})
    copy_id = duplicate_session(lib, session_id, "Neste verksted")
    original, copy = get_session(lib, session_id), get_session(lib, copy_id)
    assert copy.title == "Neste verksted" and copy.status == "planned"
    assert [(s.kind, s.title, s.minutes) for s in copy.steps] == [
        (s.kind, s.title, s.minutes) for s in original.steps
    ]
    assert {s.id for s in copy.steps}.isdisjoint({s.id for s in original.steps})
    assert copy.participants_planned == original.participants_planned
    assert copy.participants_actual == {}
    assert list_notes(lib, copy_id) == []


def test_deleted_sessions_hide_come_back_and_are_purged_on_close(lib, session_id):
    other = duplicate_session(lib, session_id, "Beholdes")
    set_session_deleted(lib, session_id, True)
    assert [s.id for s in list_sessions(lib)] == [other]
    set_session_deleted(lib, session_id, False)
    assert {s.id for s in list_sessions(lib)} == {session_id, other}
    set_session_deleted(lib, session_id, True)
    assert purge_deleted_sessions(lib) == 1
    assert [s.id for s in list_sessions(lib, include_deleted=True)] == [other]


def test_restoring_a_step_ties_its_notes_to_it_again(lib, session_id):
    from workshop.services.run import set_current_step

    step = get_session(lib, session_id).steps[1]
    note_id = add_note(lib, session_id, "Hører til steget", step_id=step.id)
    set_current_step(lib, session_id, step.id)
    tied = agenda.remove_step(lib, session_id, step.id)
    assert tied == [note_id]
    assert get_session(lib, session_id).current_step_id is None  # not left dangling
    agenda.restore_step(lib, session_id, step, tied)
    [note] = list_notes(lib, session_id)
    assert note.step_id == step.id and note.step_position == step.position


def test_booked_hours_need_a_start_and_some_length(lib, session_id):
    with pytest.raises(InvalidInputError) as no_start:
        update_session(lib, session_id, end_time=time(20, 0))
    assert no_start.value.key == "booking_no_start"
    with pytest.raises(InvalidInputError) as empty:
        update_session(lib, session_id, start_time=time(18, 0), end_time=time(18, 0))
    assert empty.value.key == "booking_empty"
    assert get_session(lib, session_id).start_time is None  # nothing stored
