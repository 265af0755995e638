"""Adding notes: the service (one transaction each) against raw sqlite3 with the same pragmas.

Target: median ≤ 2 ms per note through the service; the ratio to raw inserts is reported.

Then ``workshop add SESSION TEXT`` as a whole process on a big library (1,000 sessions /
100,000 notes), in turn with its floor in the same run: ``python -c 'import sqlalchemy.orm'``.
Target: ≤ 1.5× the floor. Both run as a user's Python runs, with the modules' bytecode written
once and read from then on; the first, untimed run makes the day's automatic backup.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report

N = 10_000
PROCESS_REPEATS = 9
TARGET_RATIO = 1.5
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def bench_service(directory: Path, n: int) -> list[float]:
    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    lib = Library.open(directory / "service.sqlite")
    session_id = create_session(lib, "library-evening", "Benchmark")
    step_id = (
        lib
        and __import__("workshop.services.sessions", fromlist=["x"])
        .get_session(lib, session_id)
        .steps[1]
        .id
    )
    times = []
    for i in range(n):
        start = time.perf_counter()
        add_note(
            lib,
            session_id,
            f"Innspill nummer {i}: mer lys i sentrum",
            step_id=step_id,
            group="Innbyggere",
            principles=[7] if i % 3 == 0 else (),
        )
        times.append(time.perf_counter() - start)
    lib.close()
    return times


def bench_raw(directory: Path, n: int) -> list[float]:
    conn = sqlite3.connect(directory / "raw.sqlite", isolation_level=None)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "busy_timeout = 10000",
        "secure_delete = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY, session_id TEXT, seq INTEGER, step_id TEXT, "
        "text TEXT, colour TEXT, participant_group TEXT, votes INTEGER, deleted INTEGER, "
        "created_at TEXT, updated_at TEXT, device_id TEXT)"
    )
    conn.execute("CREATE INDEX ix_seq ON notes (session_id, seq)")
    conn.execute("CREATE TABLE tags (id TEXT PRIMARY KEY, note_id TEXT, principle INTEGER)")
    session_id, step_id, device = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    times = []
    for i in range(n):
        start = time.perf_counter()
        note_id = str(uuid.uuid4())
        now = time.strftime("%Y-%m-%d %H:%M:%S")
        conn.execute("BEGIN")
        seq = conn.execute(
            "SELECT coalesce(max(seq), 0) FROM notes WHERE session_id = ?", (session_id,)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                note_id,
                session_id,
                seq + 1,
                step_id,
                f"Innspill nummer {i}",
                "yellow",
                "Innbyggere",
                0,
                0,
                now,
                now,
                device,
            ),
        )
        if i % 3 == 0:
            conn.execute("INSERT INTO tags VALUES (?,?,?)", (str(uuid.uuid4()), note_id, 7))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def _run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdin=subprocess.DEVNULL, capture_output=True, env=ENV)
    return time.perf_counter() - start


def bench_cli_add(directory: Path) -> None:
    """``workshop add`` on 1,000 sessions / 100,000 notes against importing the ORM."""
    from bench_sessions_screen import make_library

    from workshop.services.sessions import list_sessions
    from workshop.store.db import Library

    path = directory / "big.sqlite"
    make_library(path)
    with Library.open(path) as lib:
        session_id = list_sessions(lib)[500].id
    add = [sys.executable, "-m", "workshop", "--library", str(path), "add", session_id]
    floor = [sys.executable, "-c", "import sqlalchemy.orm"]
    _run([*add, "Innspill 0"])  # untimed: the day's backup, bytecode, a cold cache
    _run(floor)
    ours, base, ratios = [], [], []
    for i in range(PROCESS_REPEATS):
        ours.append(_run([*add, f"Innspill fra kommandolinja {i + 1}"]))
        base.append(_run(floor))
        ratios.append(ours[-1] / base[-1])
    report("workshop add, 100,000 notes, whole process", ours)
    report("  floor: python -c 'import sqlalchemy.orm'", base)
    ratio = statistics.median(ratios)
    verdict = "OK" if ratio <= TARGET_RATIO else f"OVER TARGET ({TARGET_RATIO:g}x)"
    print(f"{'  ratio to the floor (median of pairs)':<52} {ratio:8.2f} x  {verdict}")


def main(n: int = N) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw = bench_raw(Path(tmp), n)
        service = bench_service(Path(tmp), n)
    raw_ms = report(f"raw sqlite3 insert, 1 transaction each (n={n})", raw)
    svc_ms = report(f"add_note service, 1 transaction each (n={n})", service, target_ms=2.0)
    print(f"{'ratio service / raw (median)':<52} {svc_ms / raw_ms:8.2f} x")
    with tempfile.TemporaryDirectory() as tmp:
        bench_cli_add(Path(tmp))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else N)
