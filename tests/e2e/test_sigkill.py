"""Every note whose capture returned survives the process being killed with SIGKILL."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from workshop.services.notes import list_notes
from workshop.services.sessions import create_session
from workshop.store.db import Library

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")

MAX_LINES = 200
AFTER_FIRST_LINE_S = 0.3

# Adds notes until killed; prints "<n> <id>" only after add_note has returned (committed).
CHILD = """
import sys
from pathlib import Path

from workshop.services.notes import add_note
from workshop.store.db import Library

lib = Library.open(Path(sys.argv[1]), create=False)
session_id = sys.argv[2]
for n in range(100_000):
    note_id = add_note(lib, session_id, f"Lapp {n} før SIGKILL")
    print(n, note_id, flush=True)
"""


def test_notes_survive_sigkill(library_path):
    import signal

    with Library.open(library_path) as lib:
        session_id = create_session(lib, "popup-stand", "Stand på torget")

    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(library_path), session_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines: list[str] = []
    try:
        first_at = None
        while len(lines) < MAX_LINES:
            line = proc.stdout.readline()
            if not line:
                break  # the child ended by itself: reported below
            lines.append(line)
            first_at = first_at or time.monotonic()
            if time.monotonic() - first_at > AFTER_FIRST_LINE_S:
                break
        alive = proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        # lines already in the pipe were printed after their note was committed, too
        rest, stderr = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert alive, f"child ended before it was killed:\n{stderr}"
    assert proc.returncode == -signal.SIGKILL
    lines.extend(rest.splitlines(keepends=True))
    printed = [line.split() for line in lines if line.endswith("\n")]
    assert printed, f"child printed nothing:\n{stderr}"
    assert [int(n) for n, _ in printed] == list(range(len(printed)))

    with Library.open(library_path, create=False) as lib:
        stored = {note.id: note for note in list_notes(lib, session_id)}
        for n, note_id in printed:
            assert note_id in stored, f"note {n} was reported saved but is missing"
            assert stored[note_id].text == f"Lapp {n} før SIGKILL"
            assert stored[note_id].seq == int(n) + 1
        # at most the note being saved at the moment of the kill is stored without its line
        assert len(printed) <= len(stored) <= len(printed) + 1
        assert sorted(note.seq for note in stored.values()) == list(range(1, len(stored) + 1))
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
