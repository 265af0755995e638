"""The participation services without a server: settings, keys, queue, budget, session files."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services import participation as p
from workshop.services.exchange import pack_session, unpack_session
from workshop.services.notes import add_note, list_notes
from workshop.services.purge import purge_session
from workshop.services.run import set_current_step
from workshop.services.sessions import create_session, get_session, list_sessions
from workshop.store.db import Library
from workshop.store.models import (
    ParticipantKey,
    ParticipantRating,
    ParticipantSettings,
    ParticipantVote,
    PendingNote,
)

DATA = Path(__file__).resolve().parent.parent / "data"


def current(lib, session_id, kind) -> str:
    step = next(s for s in get_session(lib, session_id).steps if s.kind == kind)
    set_current_step(lib, session_id, step.id)
    return step.id


@pytest.fixture
def sid(lib) -> str:
    session_id = create_session(lib, "focus-group", "Fokusgruppe")
    current(lib, session_id, "silent-writing")
    return session_id


def test_room_settings_are_made_once_and_a_new_token_changes_the_join_path(lib, sid):
    first = p.room_settings(lib, sid)
    assert p.room_settings(lib, sid) == first
    assert first.auto_accept is False and first.word_filter is True
    assert len(first.room_code) == 4
    assert set(first.room_code) <= set(p.ROOM_CODE_ALPHABET)
    assert first.join_path == f"/j/{first.room_code.lower()}-{first.join_token}"
    assert len(first.join_token) == p.TOKEN_LENGTH
    renewed = p.new_join_token(lib, sid)
    assert renewed.join_path != first.join_path
    assert renewed.salt == first.salt  # the phones' budgets still hold


def test_settings_of_a_missing_or_deleted_session_are_refused(lib, sid):
    from workshop.services.sessions import set_session_deleted

    with pytest.raises(NotFoundError):
        p.room_settings(lib, "00000000-0000-4000-8000-000000000000")
    set_session_deleted(lib, sid, True)
    with pytest.raises(NotFoundError):
        p.room_settings(lib, sid)


def test_device_hashes_are_salted_per_session(lib, sid):
    other = create_session(lib, "focus-group", "En annen")
    a = p.device_hash(p.room_settings(lib, sid), "same-token")
    b = p.device_hash(p.room_settings(lib, other), "same-token")
    assert a != b and len(a) == 64 and "same-token" not in a


def test_the_same_key_from_two_threads_at_once_stores_one_note(lib, sid):
    p.set_room_settings(lib, sid, auto_accept=True)
    device = p.device_hash(p.room_settings(lib, sid), "tok")
    results = []
    barrier = threading.Barrier(4)

    def send():
        barrier.wait()
        results.append(p.submit_phone_note(lib, sid, device, "same", "Bare én gang"))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(list_notes(lib, sid)) == 1
    assert sorted(r.repeated for r in results) == [False, True, True, True]
    assert len({r.ref for r in results}) == 1


def test_a_write_inside_a_write_joins_it_and_rolls_back_with_it(lib, sid):
    with pytest.raises(RuntimeError), lib.write():
        add_note(lib, sid, "Skal ikke bli igjen")
        raise RuntimeError("the outer action fails")
    assert list_notes(lib, sid) == []


def test_queue_edit_then_approve_puts_the_edited_text_on_the_step_it_came_from(lib, sid):
    device = p.device_hash(p.room_settings(lib, sid), "tok")
    outcome = p.submit_phone_note(lib, sid, device, "k", "Skirvefeil")
    assert outcome.outcome == "pending"
    writing = get_session(lib, sid).current_step_id
    current(lib, sid, "vote")
    p.edit_pending(lib, sid, outcome.ref, "Skrivefeil")
    note_id = p.approve_pending(lib, sid, outcome.ref)
    (note,) = list_notes(lib, sid)
    assert (note.id, note.text, note.step_id, note.origin) == (
        note_id,
        "Skrivefeil",
        writing,
        "phone",
    )
    with pytest.raises(NotFoundError):
        p.approve_pending(lib, sid, outcome.ref)
    assert p.submit_phone_note(lib, sid, device, "k", "Skirvefeil").outcome == "note"


def test_moderation_of_another_sessions_note_is_refused(lib, sid):
    other = create_session(lib, "focus-group", "En annen")
    device = p.device_hash(p.room_settings(lib, other), "tok")
    pending = p.submit_phone_note(lib, other, device, "k", "Hei").ref
    for call in (p.approve_pending, p.reject_pending):
        with pytest.raises(NotFoundError):
            call(lib, sid, pending)
    assert [x.id for x in p.list_pending(lib, other)] == [pending]


def test_vote_budget_and_reveal_are_checked(lib, sid):
    step = current(lib, sid, "vote")
    for bad in (0, 100, "3", True, 2.5):
        with pytest.raises(InvalidInputError):
            p.set_vote_budget(lib, sid, step, bad)
    p.set_vote_budget(lib, sid, step, 5)
    p.set_revealed(lib, sid, step, True)
    info = get_session(lib, sid).step_by_id(step)
    assert (info.vote_budget, info.revealed) == (5, True)


def test_dots_on_a_deleted_note_are_given_back(lib, sid):
    from workshop.services.notes import set_notes_deleted

    note = add_note(lib, sid, "Bort")
    keep = add_note(lib, sid, "Bli")
    current(lib, sid, "vote")
    device = p.device_hash(p.room_settings(lib, sid), "tok")
    for i in range(3):
        p.phone_vote(lib, sid, device, f"v{i}", note)
    with pytest.raises(p.ParticipationConflict):
        p.phone_vote(lib, sid, device, "v3", keep)
    set_notes_deleted(lib, sid, [note], True)
    assert p.phone_vote(lib, sid, device, "v4", keep).left == 2


def test_a_template_sets_the_vote_budget(lib):
    session_id = create_session(lib, "popup-stand", "Stand")
    budgets = {s.kind: s.vote_budget for s in get_session(lib, session_id).steps}
    assert budgets["vote"] == 5
    other = create_session(lib, "focus-group", "Fokus")
    assert {s.vote_budget for s in get_session(lib, other).steps} == {3}


def test_a_template_with_a_bad_budget_names_the_problem(tmp_path):
    from workshop.domain.templates import load_template
    from workshop.errors import FrameworkError

    path = tmp_path / "bad.toml"
    path.write_text(
        'id = "bad"\nname = { nb = "Dårlig", en = "Bad" }\n[[steps]]\nkind = "vote"\n'
        'minutes = 5\nvotes = 0\ntitle = { nb = "Stem", en = "Vote" }\n',
        encoding="utf-8",
    )
    with pytest.raises(FrameworkError) as caught:
        load_template(path)
    assert "votes" in caught.value.message("en")


# --- session files: what travels and what stays -------------------------------------------


def test_origin_budget_and_reveal_travel_but_the_phone_bookkeeping_stays(lib, sid, tmp_path):
    p.set_room_settings(lib, sid, auto_accept=True)
    device = p.device_hash(p.room_settings(lib, sid), "tok")
    p.submit_phone_note(lib, sid, device, "n1", "Fra mobilen")
    p.set_room_settings(lib, sid, auto_accept=False)
    p.submit_phone_note(lib, sid, device, "n2", "Venter i køen")
    step = current(lib, sid, "vote")
    p.set_vote_budget(lib, sid, step, 4)
    p.set_revealed(lib, sid, step, True)
    note = list_notes(lib, sid)[0].id
    p.phone_vote(lib, sid, device, "v1", note)
    current(lib, sid, "evaluate")
    p.phone_rating(lib, sid, device, "r1", 4)
    path = tmp_path / "okt.verksted"
    pack_session(lib, sid, path)
    raw = path.read_bytes()
    assert b"Venter i k" not in raw
    conn = sqlite3.connect(path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert not tables & {
        "participant_settings",
        "pending_notes",
        "participant_keys",
        "participant_votes",
        "participant_ratings",
    }
    with Library.open(tmp_path / "other.sqlite") as other:
        unpack_session(other, path)
        (copied,) = list_notes(other, sid)
        assert (copied.text, copied.origin, copied.votes) == ("Fra mobilen", "phone", 1)
        info = get_session(other, sid).step_by_id(step)
        assert (info.vote_budget, info.revealed) == (4, True)


def test_a_session_file_from_before_phones_still_imports(lib, sid, tmp_path):
    add_note(lib, sid, "Gammel lapp")
    path = tmp_path / "gammel.verksted"
    pack_session(lib, sid, path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE notes DROP COLUMN origin")
    conn.execute("ALTER TABLE steps DROP COLUMN vote_budget")
    conn.execute("ALTER TABLE steps DROP COLUMN revealed")
    conn.commit()
    conn.close()
    with Library.open(tmp_path / "other.sqlite") as other:
        unpack_session(other, path)
        (note,) = list_notes(other, sid)
        assert (note.text, note.origin) == ("Gammel lapp", "")
        assert {s.vote_budget for s in get_session(other, sid).steps} == {3}


def test_a_session_file_with_a_made_up_origin_is_refused(lib, sid, tmp_path):
    from workshop.store.sessionfile import SessionFileError

    add_note(lib, sid, "Lapp")
    path = tmp_path / "fusk.verksted"
    pack_session(lib, sid, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE notes SET origin = 'satellite'")
    conn.commit()
    conn.close()
    with Library.open(tmp_path / "other.sqlite") as other, pytest.raises(SessionFileError):
        unpack_session(other, path)


def test_purging_the_session_removes_every_trace_of_the_phones(lib, sid):
    device = p.device_hash(p.room_settings(lib, sid), "tok")
    p.submit_phone_note(lib, sid, device, "k", "I køen")
    p.set_room_settings(lib, sid, auto_accept=True)
    note = p.submit_phone_note(lib, sid, device, "k2", "På tavla").ref
    current(lib, sid, "vote")
    p.phone_vote(lib, sid, device, "v", note)
    current(lib, sid, "evaluate")
    p.phone_rating(lib, sid, device, "r", 5)
    purge_session(lib, sid)
    with lib.read() as s:
        for model in (
            ParticipantSettings,
            PendingNote,
            ParticipantKey,
            ParticipantVote,
            ParticipantRating,
        ):
            assert s.query(model).count() == 0, model.__tablename__


def test_a_library_from_before_phones_upgrades_with_defaults(tmp_path):
    path = tmp_path / "library-v1.sqlite"
    shutil.copyfile(DATA / "library-v1.sqlite", path)
    with Library.open(path) as lib:
        (summary,) = list_sessions(lib)
        notes = list_notes(lib, summary.id, include_deleted=True)
        assert {n.origin for n in notes} == {""}
        steps = get_session(lib, summary.id).steps
        assert {(s.vote_budget, s.revealed) for s in steps} == {(3, False)}
        assert p.room_settings(lib, summary.id).auto_accept is False


def test_writes_of_one_process_take_turns_in_the_order_they_asked():
    import time

    from workshop.store.db import _FairLock

    lock = _FairLock()
    order = []
    lock.acquire()
    threads = []
    for n in range(5):
        thread = threading.Thread(
            target=lambda n=n: (lock.acquire(), order.append(n), lock.release())
        )
        thread.start()
        threads.append(thread)
        time.sleep(0.05)  # each asks after the one before
    lock.release()
    for thread in threads:
        thread.join(5)
    assert order == [0, 1, 2, 3, 4]


def test_a_writer_interrupted_while_waiting_does_not_block_the_others():
    from workshop.store.db import _FairLock

    lock = _FairLock()
    lock.acquire()
    original = lock._turn.wait

    def interrupted(*args):
        raise KeyboardInterrupt

    lock._turn.wait = interrupted
    with pytest.raises(KeyboardInterrupt):
        lock.acquire()  # takes a ticket, gives up
    lock._turn.wait = original
    lock.release()
    done = threading.Event()
    thread = threading.Thread(target=lambda: (lock.acquire(), done.set(), lock.release()))
    thread.start()
    assert done.wait(5)
    thread.join()
