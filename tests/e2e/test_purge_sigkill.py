"""A purge killed at any point (SIGKILL, counted in SQL statements from the start of the purge)
is finished by ``workshop purge`` run again: afterwards the session's text is in no file — not in
the library, its WAL, any backup, what a killed backup left, or a copy a killed import left in
the temp folder — and the other session is whole. A file in the backups folder that is not a
library is named in a warning, never a stop."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop.services.exchange import pack_session
from workshop.services.notes import add_note, list_notes
from workshop.services.sessions import create_session, list_sessions
from workshop.store.backups import backups_dir, copy_database, daily_backup
from workshop.store.db import Library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")

NEEDLES = (b"HEMMELIG-INNSPILL", b"HEMMELIG-TITTEL")
KILLS = 12  # kill points, spread over the purge (the first right after its deletion commits)

# Runs ``workshop ARGS`` and SIGKILLs itself before the KILL_AT-th SQL statement of the purge
# (every statement of every connection, through sqlite3's trace callback); KILL_AT 0 runs it
# through and writes each statement, numbered, to LOG.
CHILD = r"""
import os, signal, sqlite3, sys

kill_at, log_path, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
state = {"armed": False, "n": 0}
log = open(log_path, "w", encoding="utf-8") if log_path != "-" else None


def trace(sql):
    if not state["armed"]:
        return
    state["n"] += 1
    if log is not None:
        log.write(f"{state['n']}\t{sql.split(None, 1)[0].upper() if sql.strip() else ''}\n")
        log.flush()
    if state["n"] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


real_connect = sqlite3.connect


def connect(*a, **k):
    conn = real_connect(*a, **k)
    conn.set_trace_callback(trace)
    return conn


sqlite3.connect = sqlite3.dbapi2.connect = connect

import workshop.services.purge as purge

real_purge = purge.purge_session


def armed(*a, **k):
    state["armed"] = True
    return real_purge(*a, **k)


purge.purge_session = armed
from workshop.cli import main

sys.exit(main(args))
"""


def _environment(root: Path) -> dict[str, str]:
    return dict(os.environ, LANGUAGE="en", TMPDIR=str(root / "tmp"))


def workshop(root: Path, *args: str, kill_at: int = 0, log: str = "-"):
    return subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(kill_at),
            log,
            "--library",
            str(root / "lib" / "library.sqlite"),
            *args,
        ],
        env=_environment(root),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def files_with_text(root: Path) -> list[str]:
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in NEEDLES)
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str, str]:
    """A library with a secret session everywhere it can be, and one session that stays."""
    root = tmp_path_factory.mktemp("purge-template")
    (root / "tmp").mkdir()
    path = root / "lib" / "library.sqlite"
    with Library.open(path) as lib:
        kept = create_session(lib, "focus-group", "Beholdes")
        add_note(lib, kept, "Offentlig lapp")
        sid = create_session(lib, "politician-workshop", "HEMMELIG-TITTEL")
        for day in (1, 2, 3, 4):
            add_note(lib, sid, f"HEMMELIG-INNSPILL dag {day} " + "x" * 3000)  # overflow pages too
            daily_backup(path, lib.changed_at(), today=date(2025, 1, day))
        pack_session(lib, sid, root / "økt.verksted")
    folder = backups_dir(path)
    copy_database(path, folder / "pre-restore-2025-01-05T101500.sqlite")
    (folder / "daily-2024-12-31.sqlite").write_bytes(b"junk\n")  # not a library
    shutil.copy(
        folder / "daily-2025-01-04.sqlite", folder / ".daily-2025-01-06.sqlite.9f8e7d6c.tmp"
    )
    (folder / "daily-2025-01-07.sqlite.tmp").write_bytes(b"")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    for name in (f"verksted-import-{dead.pid}-q1w2", "verksted-import-3xyz9a"):
        (root / "tmp" / name).mkdir(mode=0o700)
        shutil.copy(root / "økt.verksted", root / "tmp" / name / "incoming.sqlite")
    (root / "økt.verksted").unlink()
    assert len(files_with_text(root)) == 9  # the library, 5 backups, a leftover, 2 copies
    return root, sid, kept


def _kill_points(template, tmp_path) -> tuple[list[int], int, int]:
    """Statement numbers to kill at (right after the deletion commits, then spread evenly), the
    number of that first COMMIT, and of the purge's last (its journal entry removed: complete)."""
    root = tmp_path / "count"
    shutil.copytree(template[0], root, symlinks=True)
    log = tmp_path / "statements.tsv"
    proc = workshop(root, "purge", template[1], "--yes", log=str(log))
    assert proc.returncode == 0, proc.stderr
    words = [line.split("\t")[1] for line in log.read_text(encoding="utf-8").splitlines()]
    first_commit = words.index("COMMIT") + 1  # 1-based: the statement number of the COMMIT
    last_commit = len(words) - words[::-1].index("COMMIT")
    step = max(1, len(words) // (KILLS - 1))
    points = {first_commit + 1, *range(1, len(words) + 1, step)}
    # Where the point after the COMMIT is one of the spread ones, a point between two of them.
    between = (p for p in range(1 + step // 2, len(words) + 1, step) if p not in points)
    while len(points) < KILLS:
        points.add(next(between))
    return sorted(points)[:KILLS], first_commit, last_commit


def test_a_killed_purge_is_finished_by_purge_and_leaves_the_text_nowhere(template, tmp_path):
    template_root, sid, kept = template
    points, first_commit, complete_after = _kill_points(template, tmp_path)
    assert len(points) == KILLS
    for kill_at in points:
        root = tmp_path / f"kill-{kill_at}"
        shutil.copytree(template_root, root, symlinks=True)
        killed = workshop(root, "purge", sid, "--yes", kill_at=kill_at)
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr)

        again = workshop(root, "purge", sid, "--yes")
        assert "Traceback" not in again.stderr
        junk = root / "lib" / "library-backups" / "daily-2024-12-31.sqlite"
        if kill_at > complete_after:  # killed on its way out: the purge was complete
            assert (again.returncode, again.stderr) == (1, f"workshop: No session “{sid}”\n")
        else:
            assert again.returncode == 0, (kill_at, again.stderr)
            # before the deletion committed the title is known; after it, only the id
            name = "HEMMELIG-TITTEL" if kill_at <= first_commit else sid
            assert again.stderr.splitlines() == [
                f"warning: {junk} is not a Verksted library and was not scrubbed; delete it "
                "yourself if it is a copy of the library",
                f"“{name}” has been deleted for good.",
            ], kill_at
        assert files_with_text(root) == [], kill_at

        with Library.open(root / "lib" / "library.sqlite") as lib:
            assert [s.id for s in list_sessions(lib)] == [kept]
            assert [n.text for n in list_notes(lib, kept)] == ["Offentlig lapp"]
        for backup in (root / "lib" / "library-backups").glob("*-2025-*.sqlite"):
            conn = sqlite3.connect(backup)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), backup
                assert conn.execute("SELECT id FROM sessions").fetchall() == [(kept,)], backup
            finally:
                conn.close()
        done = workshop(root, "purge", sid, "--yes")
        assert (done.returncode, done.stderr) == (1, f"workshop: No session “{sid}”\n"), kill_at
