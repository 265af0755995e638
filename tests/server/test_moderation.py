"""The moderation queue's decisions and their undo, without a server."""

from __future__ import annotations

import sqlite3

import pytest

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services import moderation as m
from workshop.services import participation as p
from workshop.services.notes import add_note, get_note, list_notes
from workshop.services.run import set_current_step
from workshop.services.sessions import create_session, get_session


@pytest.fixture
def sid(lib) -> str:
    session_id = create_session(lib, "focus-group", "Fokusgruppe")
    step = next(s for s in get_session(lib, session_id).steps if s.kind == "silent-writing")
    set_current_step(lib, session_id, step.id)
    return session_id


def phone(lib, sid, token="tok") -> str:
    return p.device_hash(p.room_settings(lib, sid), token)


def queued(lib, sid, *texts: str) -> list[str]:
    device = phone(lib, sid)
    return [p.submit_phone_note(lib, sid, device, f"k{i}", t).ref for i, t in enumerate(texts)]


def raw_count(lib, needle: str) -> int:
    """How often ``needle`` is anywhere in the library file's rows (not only live ones)."""
    lib.checkpoint()
    conn = sqlite3.connect(lib.path)
    try:
        total = 0
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            for column in columns:
                total += conn.execute(
                    f'SELECT count(*) FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE ?',
                    (f"%{needle}%",),
                ).fetchone()[0]
        return total
    finally:
        conn.close()


def test_the_queue_functions_are_still_named_by_participation():
    assert p.list_pending is m.list_pending
    assert p.approve_pending is m.approve_pending
    assert p.reject_pending is m.reject_pending


def test_approving_then_taking_back_then_approving_again_is_the_same_note(lib, sid):
    first, second = queued(lib, sid, "Lengre åpent", "Flere benker")
    before = {i.id: i for i in m.list_pending(lib, sid)}
    (note_id,) = m.approve_pendings(lib, sid, [first])
    assert [i.id for i in m.list_pending(lib, sid)] == [second]

    assert m.return_to_queue(lib, sid, [note_id], {note_id: before[first].created_at}) == [note_id]
    waiting = m.list_pending(lib, sid)
    assert [(i.id, i.text) for i in waiting] == [
        (note_id, "Lengre åpent"),
        (second, "Flere benker"),
    ]
    assert get_note(lib, sid, note_id).deleted
    assert list_notes(lib, sid) == []
    # The phone that sent it learns it waits again.
    device = phone(lib, sid)
    assert p.submit_phone_note(lib, sid, device, "k0", "Lengre åpent").outcome == "pending"

    assert m.approve_pending(lib, sid, note_id) == note_id
    (note,) = list_notes(lib, sid)
    assert (note.id, note.seq, note.text, note.origin) == (note_id, 1, "Lengre åpent", "phone")
    assert p.submit_phone_note(lib, sid, device, "k0", "Lengre åpent").outcome == "note"


def test_only_a_live_phone_note_goes_back_to_the_queue(lib, sid):
    typed = add_note(lib, sid, "Skrevet på laptopen")
    with pytest.raises(InvalidInputError) as refused:
        m.return_to_queue(lib, sid, [typed])
    assert refused.value.key == "note_not_from_phone"
    with pytest.raises(NotFoundError):
        m.return_to_queue(lib, sid, ["not-a-note"])
    assert m.list_pending(lib, sid) == []


def test_a_rejected_note_is_kept_nowhere_even_after_a_trip_to_the_board(lib, sid):
    (pending,) = queued(lib, sid, "Hemmelig tekst 7Q")
    note_id = m.approve_pending(lib, sid, pending)
    m.return_to_queue(lib, sid, [note_id])
    m.reject_pending(lib, sid, note_id)
    assert m.list_pending(lib, sid) == []
    assert list_notes(lib, sid, include_deleted=True) == []
    assert raw_count(lib, "Hemmelig tekst 7Q") == 0
    device = phone(lib, sid)
    assert p.submit_phone_note(lib, sid, device, "k0", "Hemmelig tekst 7Q").outcome == "rejected"


def test_undoing_a_reject_puts_the_note_back_where_it_was_in_the_queue(lib, sid):
    first, second = queued(lib, sid, "Først", "Så")
    kept = m.list_pending(lib, sid)
    m.reject_pendings(lib, sid, [first, second])
    assert m.list_pending(lib, sid) == []
    m.restore_pending(lib, sid, kept)
    assert m.list_pending(lib, sid) == kept
    device = phone(lib, sid)
    assert p.submit_phone_note(lib, sid, device, "k1", "Så").outcome == "pending"
    m.restore_pending(lib, sid, kept)  # twice changes nothing
    assert len(m.list_pending(lib, sid)) == 2
    other = create_session(lib, "focus-group", "En annen")
    with pytest.raises(NotFoundError):
        m.restore_pending(lib, other, kept)


def test_a_queued_note_is_found_by_the_start_of_its_id(lib, sid):
    (pending,) = queued(lib, sid, "Hei")
    assert m.resolve_pending(lib, sid, pending[:8].upper()) == pending
    with pytest.raises(NotFoundError):
        m.resolve_pending(lib, sid, "ffffffff")
    with pytest.raises(InvalidInputError):
        m.resolve_pending(lib, sid, "ab")


def test_approving_several_is_one_transaction(lib, sid):
    first, second = queued(lib, sid, "En", "To")
    with pytest.raises(NotFoundError):
        m.approve_pendings(lib, sid, [first, "missing"])
    assert [i.id for i in m.list_pending(lib, sid)] == [first, second]
    assert list_notes(lib, sid) == []
    ids = m.approve_pendings(lib, sid, [second, first])
    assert [n.text for n in list_notes(lib, sid)] == ["To", "En"]
    assert [n.id for n in list_notes(lib, sid)] == ids
