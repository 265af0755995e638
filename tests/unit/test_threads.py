"""Two threads write through the same services at once (the GUI and the participant server).

Each write is one ``BEGIN IMMEDIATE`` transaction: SQLite lets one writer in at a time and the
other waits (``busy_timeout``), so numbering, stamps and vote counters are never raced.
"""

from __future__ import annotations

import json
import sqlite3
import threading

from workshop.services.notes import add_note, list_notes, vote_notes
from workshop.store.replication import CREATED, HLC_KEY, STAMP_RE

PER_THREAD = 200


def _run_together(*jobs) -> list[BaseException]:
    """Start the jobs at the same moment, each in its own thread; the errors they raised."""
    start = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job) -> None:
        try:
            start.wait()
            job()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a writer hangs"
    return errors


def test_notes_written_from_two_threads_are_each_stored_once_numbered_and_stamped(lib, session_id):
    written: dict[str, list[str]] = {"ui": [], "server": []}

    def capture(name: str):
        def job() -> None:
            for i in range(PER_THREAD):
                written[name].append(add_note(lib, session_id, f"{name} {i}"))

        return job

    assert _run_together(capture("ui"), capture("server")) == []

    notes = list_notes(lib, session_id)
    assert len(notes) == 2 * PER_THREAD
    assert {n.id for n in notes} == set(written["ui"]) | set(written["server"])
    assert sorted(n.seq for n in notes) == list(range(1, 2 * PER_THREAD + 1))
    for name, ids in written.items():  # each thread's notes in the order it wrote them
        seqs = {n.id: n.seq for n in notes}
        assert [seqs[i] for i in ids] == sorted(seqs[i] for i in ids), name
        assert [n.text for n in notes if n.id in set(ids)] == [
            f"{name} {i}" for i in range(PER_THREAD)
        ]

    conn = sqlite3.connect(lib.path)
    try:
        rows = conn.execute("SELECT seq, stamps, device_id FROM notes ORDER BY seq").fetchall()
        versions = conn.execute("SELECT note_id, stamp FROM note_versions").fetchall()
        [clock] = conn.execute(
            "SELECT value FROM library_info WHERE key = ?", (HLC_KEY,)
        ).fetchone()
    finally:
        conn.close()
    stamps = [json.loads(raw)[CREATED] for _seq, raw, _device in rows]
    assert all(STAMP_RE.match(stamp) for stamp in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # the clock never raced
    assert {device for _seq, _raw, device in rows} == {lib.device_id}
    assert len(versions) == 2 * PER_THREAD == len({note for note, _stamp in versions})
    assert clock >= stamps[-1]


def test_votes_from_one_thread_while_another_captures_are_all_counted(lib, session_id):
    note_id = add_note(lib, session_id, "Benker langs elva")

    def vote() -> None:
        for _ in range(PER_THREAD):
            vote_notes(lib, session_id, {note_id: 1})

    def capture() -> None:
        for i in range(PER_THREAD):
            add_note(lib, session_id, f"lapp {i}")

    assert _run_together(vote, capture) == []
    [note] = [n for n in list_notes(lib, session_id) if n.id == note_id]
    assert note.votes == PER_THREAD
    conn = sqlite3.connect(lib.path)
    try:
        counter = conn.execute(
            "SELECT adds, removes FROM note_votes WHERE note_id = ?", (note_id,)
        ).fetchone()
    finally:
        conn.close()
    assert counter == (PER_THREAD, 0)
