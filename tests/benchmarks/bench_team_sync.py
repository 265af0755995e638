"""Team sync through PostgreSQL. Targets: a sync where one note changed, on a team library of
1,000 sessions / 100,000 notes, ≤ 1 s of sync work and ≤ 2 s for the whole ``workshop sync``.

Needs a server: run under ``.ci/with-postgres`` (it sets VERKSTED_TEST_POSTGRES); without one
the benchmark says so and measures nothing.

1. Laptop A holds 200 sessions of 100 notes (20,000 notes; one in two with a principle, a vote
   on every tenth). Timed: A's first sync into an empty team library (everything sent), laptop
   B's first sync (everything received). The floor: the same rows (sessions, notes, note
   versions, tags, votes) copied into an empty database of the same schema with a bare psycopg
   COPY, in the same run.
2. A grows to 1,000 sessions / 100,000 notes and syncs; B syncs. Then, five times: B edits one
   note and syncs (in this process: the sync work), and once more through a new
   ``workshop sync`` process (the whole command: start, import, connect, sync); A then receives
   that change.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report

NOTES_PER_SESSION = 100
FIRST_SESSIONS = 200
ALL_SESSIONS = 1_000
REPEATS = 5
SYNC_TARGET_MS = 1000
PROCESS_TARGET_MS = 2000


def _admin_connect(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


def _database(admin: str) -> str:
    name = f"verksted_bench_{uuid.uuid4().hex[:10]}"
    with _admin_connect(admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    head, _slash, _db = admin.rpartition("/")
    return f"{head}/{name}"


def _drop(admin: str, url: str) -> None:
    name = url.rpartition("/")[2]
    with _admin_connect(admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fill(lib, first: int, last: int) -> None:
    from workshop.services.notes import NoteDraft, add_notes, vote_notes
    from workshop.services.sessions import create_session

    for n in range(first, last):
        sid = create_session(lib, "library-evening", f"Temakveld {n}")
        drafts = [
            NoteDraft(
                f"Innspill {n}.{i}: flere møteplasser og bedre busstilbud",
                principles=[1 + i % 10] if i % 2 else [],
            )
            for i in range(NOTES_PER_SESSION)
        ]
        ids = add_notes(lib, sid, drafts)
        vote_notes(lib, sid, {note: 1 for note in ids[::10]})


def _copy_floor(admin: str, laptop_path: Path) -> float:
    """The same rows into an empty team schema with a bare COPY: the cost of moving them."""
    import sqlite3

    from workshop.store.db import Library

    url = _database(admin)
    try:
        Library.open(url).close()  # the schema
        source = sqlite3.connect(laptop_path)
        tables = {
            "sessions": None,
            "steps": None,
            "notes": None,
            "note_versions": None,
            "note_principles": None,
            "note_votes": None,
        }
        rows = {}
        for name in tables:
            cursor = source.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            rows[name] = (columns, cursor.fetchall())
        source.close()
        kinds = _pg_kinds()
        start = time.perf_counter()
        with _admin_connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
            conn.autocommit = False
            for name, (columns, data) in rows.items():
                col_list = ", ".join(f'"{c}"' for c in columns)
                with conn.cursor().copy(f'COPY "{name}" ({col_list}) FROM STDIN') as copy:
                    for row in data:
                        copy.write_row(
                            [kinds(name, c, v) for c, v in zip(columns, row, strict=True)]
                        )
            conn.commit()
        return time.perf_counter() - start
    finally:
        _drop(admin, url)


def _pg_kinds():
    from workshop.store.sql import KINDS

    def convert(table: str, column: str, value):
        if value is not None and KINDS[table].get(column) == "bool":
            return bool(value)
        return value

    return convert


def _edit_one(lib, n: int) -> None:
    from workshop.services import notes
    from workshop.services.sessions import list_sessions

    session = sorted(list_sessions(lib), key=lambda s: s.title)[n % 7]
    note = notes.list_notes(lib, session.id)[n]
    notes.edit_note(lib, session.id, note.id, f"Endret på B, gang {n}")


def main() -> None:
    admin = os.environ.get("VERKSTED_TEST_POSTGRES")
    if not admin:
        print("team sync: skipped: no PostgreSQL (run the benchmarks under .ci/with-postgres)")
        return
    from workshop.services.sync import sync_library
    from workshop.store.db import Library

    team = _database(admin)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            a = Library.open(tmp / "a.sqlite")
            b = Library.open(tmp / "b.sqlite")
            t0 = time.perf_counter()
            _fill(a, 0, FIRST_SESSIONS)
            print(
                f"(made {FIRST_SESSIONS} sessions on laptop A in {time.perf_counter() - t0:.1f} s)"
            )

            start = time.perf_counter()
            summary = sync_library(a, team)
            first_push = time.perf_counter() - start
            assert summary.sent == FIRST_SESSIONS, summary
            start = time.perf_counter()
            summary = sync_library(b, team)
            first_pull = time.perf_counter() - start
            assert summary.received == FIRST_SESSIONS, summary
            a.checkpoint()
            floor = _copy_floor(admin, tmp / "a.sqlite")
            n = FIRST_SESSIONS * NOTES_PER_SESSION
            report(f"first sync, {FIRST_SESSIONS} sessions / {n:,} notes sent", [first_push])
            report(f"first sync, {FIRST_SESSIONS} sessions / {n:,} notes received", [first_pull])
            report("floor: the same rows with a bare COPY", [floor])
            print(
                f"  ratio to the floor: sent {first_push / floor:.1f}×, "
                f"received {first_pull / floor:.1f}×"
            )

            t0 = time.perf_counter()
            _fill(a, FIRST_SESSIONS, ALL_SESSIONS)
            made = time.perf_counter() - t0
            print(f"(made {ALL_SESSIONS - FIRST_SESSIONS} more sessions in {made:.1f} s)")
            start = time.perf_counter()
            sync_library(a, team)
            grow_push = time.perf_counter() - start
            start = time.perf_counter()
            sync_library(b, team)
            grow_pull = time.perf_counter() - start
            more = ALL_SESSIONS - FIRST_SESSIONS
            report(f"{more} more sessions sent (team library then 1,000 / 100,000)", [grow_push])
            report(f"{more} more sessions received", [grow_pull])
            with Library.open(team) as server, server.read() as s:
                notes_on_server = (
                    s.connection().exec_driver_sql("SELECT count(*) FROM notes").scalar()
                )
            assert notes_on_server == ALL_SESSIONS * NOTES_PER_SESSION, notes_on_server

            one, received = [], []
            for n in range(REPEATS):
                _edit_one(b, n)
                start = time.perf_counter()
                summary = sync_library(b, team)
                one.append(time.perf_counter() - start)
                assert (summary.looked_at, summary.sent) == (1, 1), summary
                start = time.perf_counter()
                summary = sync_library(a, team)
                received.append(time.perf_counter() - start)
                assert summary.received == 1, summary
            report("one note changed: sync work (send)", one, SYNC_TARGET_MS)
            report("one note changed: sync work (receive)", received, SYNC_TARGET_MS)

            b.close()
            processes = []
            for n in range(REPEATS):
                with Library.open(tmp / "b.sqlite") as lib:
                    _edit_one(lib, REPEATS + n)
                command = [sys.executable, "-m", "workshop.app", "--library", str(tmp / "b.sqlite")]
                start = time.perf_counter()
                done = subprocess.run(
                    [*command, "sync", "--team", team],
                    capture_output=True,
                    text=True,
                    check=False,
                    env={**os.environ, "LANGUAGE": "en"},
                )
                processes.append(time.perf_counter() - start)
                assert done.returncode == 0 and "sessions sent: 1," in done.stdout, done
            report(
                "one note changed: the whole `workshop sync` process", processes, PROCESS_TARGET_MS
            )
            print(f"  (median {statistics.median(processes) * 1000:.0f} ms, the process included)")
            a.close()
    finally:
        _drop(admin, team)


if __name__ == "__main__":
    main()
