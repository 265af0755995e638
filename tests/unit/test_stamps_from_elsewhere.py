"""A crafted stamp cannot poison a library's clock: a stamp far ahead of this computer's clock is
refused before any merge, the local clock never jumps with one, and stamps compare as numbers."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.services.exchange import pack_session, unpack_session
from workshop.services.exchange.merge import _Logical, _merge
from workshop.services.notes import add_note, edit_note, list_notes
from workshop.services.sessions import create_session
from workshop.store.db import Library
from workshop.store.replication import (
    CREATED,
    HLC_KEY,
    MAX_AHEAD_MS,
    Clock,
    latest,
    parse_stamp,
    stamp_key,
)
from workshop.store.sessionfile import SessionFileError, read_session_file

DEVICE = "0b6f3c1e-9a4d-4f1e-8c2b-5d7e9f0a1b2c"
HOUR_MS = 60 * 60 * 1000


def now_ms() -> int:
    return int(time.time() * 1000)


def clock_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM library_info WHERE key = ?", (HLC_KEY,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def packed(tmp_path) -> tuple[Path, str]:
    """A session with two notes, packed on laptop A."""
    with Library.open(tmp_path / "a.sqlite") as lib:
        sid = create_session(lib, "politician-workshop", "Klokka")
        add_note(lib, sid, "Første lapp")
        add_note(lib, sid, "Andre lapp")
        pack_session(lib, sid, tmp_path / "fra-a.verksted")
    return tmp_path / "fra-a.verksted", sid


def craft(path: Path, stamp: str, where: str = "notes") -> None:
    """Give the file's first row of ``where`` the stamp (as its creation and as a field's)."""
    conn = sqlite3.connect(path)
    try:
        if where == "note_versions":
            conn.execute("UPDATE note_versions SET stamp = ? WHERE rowid = 1", (stamp,))
        else:
            row = conn.execute(f"SELECT rowid, stamps FROM {where} LIMIT 1").fetchone()
            stamps = json.loads(row[1])
            stamps[CREATED] = stamp
            stamps["text" if where == "notes" else "title"] = stamp
            conn.execute(
                f"UPDATE {where} SET stamps = ? WHERE rowid = ?", (json.dumps(stamps), row[0])
            )
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def laptop_b(tmp_path) -> Path:
    path = tmp_path / "b.sqlite"
    with Library.open(path) as lib:
        sid = create_session(lib, "focus-group", "B sin egen økt")
        add_note(lib, sid, "Lapp på B")
    return path


@pytest.mark.parametrize("where", ["notes", "sessions", "note_versions"])
def test_the_poisoned_stamp_is_refused_with_one_line(packed, laptop_b, where):
    path, _sid = packed
    craft(path, f"9999999999999.9999.{DEVICE}", where)
    before, clock_before = dump(laptop_b), clock_of(laptop_b)
    proc = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(laptop_b), "unpack", str(path)],
        env=dict(os.environ, LANGUAGE="en"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == (
        "workshop: fra-a.verksted: a change is dated 2286-11-20 17:46 UTC, more than a day ahead "
        "of this computer's clock; the file was not imported (check the clock on both "
        "computers)\n"
    )
    assert clock_of(laptop_b) == clock_before
    after = [line for line in dump(laptop_b) if "changed_at" not in line]
    assert after == [line for line in before if "changed_at" not in line]


def test_a_dry_run_refuses_it_too(packed, laptop_b):
    path, _sid = packed
    craft(path, f"{now_ms() + MAX_AHEAD_MS + HOUR_MS:013d}.0000.{DEVICE}")
    with Library.open(laptop_b) as lib, pytest.raises(SessionFileError) as exc:
        unpack_session(lib, path, dry_run=True)
    assert exc.value.key == "session_file_future_stamp"


def test_after_a_stamp_an_hour_ahead_every_file_packed_here_is_accepted(packed, laptop_b, tmp_path):
    path, sid = packed
    ahead = now_ms() + HOUR_MS
    craft(path, f"{ahead:013d}.0000.{DEVICE}")
    with Library.open(laptop_b) as lib:
        summary = unpack_session(lib, path)
        assert summary.notes.new == 2
        # the clock moved with the hour (an HLC must), and no further
        ms, _counter = parse_stamp(clock_of(laptop_b))
        assert ahead <= ms <= ahead + 1
        note = list_notes(lib, sid)[0]
        edit_note(lib, sid, note.id, "Endret på B")
        other = create_session(lib, "focus-group", "Ny økt på B")
        add_note(lib, other, "Ny lapp")
        for session in (sid, other):
            pack_session(lib, session, tmp_path / f"{session}.verksted")
    for session in (sid, other):
        content = read_session_file(tmp_path / f"{session}.verksted")  # every reader's checks
        with Library.open(tmp_path / f"c-{session}.sqlite") as lib_c:
            assert unpack_session(lib_c, content=content).changed


def test_stamps_compare_as_numbers():
    low, high = f"9999999999999.9999.{DEVICE}", f"10000000000000.0000.{DEVICE}"
    assert high < low  # as text: the bug
    assert stamp_key(high) > stamp_key(low)
    assert latest([low, high]) == high
    local = _Logical("x", {"text": "nyere"}, {CREATED: low, "text": high})
    remote = _Logical("x", {"text": "eldre"}, {CREATED: low, "text": low})
    assert _merge(local, remote).values["text"] == "nyere"
    assert _merge(remote, local).values["text"] == "nyere"


def test_the_clock_never_jumps_with_a_stamp_far_ahead():
    now = now_ms()
    clock = Clock(DEVICE, f"{now:013d}.0000.{DEVICE}")
    clock.observe(f"9999999999999.9999.{DEVICE}", now)
    assert parse_stamp(clock.last)[0] == now
    clock.observe(f"{now + HOUR_MS:013d}.0003.{DEVICE}", now)
    assert parse_stamp(clock.last) == (now + HOUR_MS, 3)


def test_a_clock_poisoned_before_the_check_goes_on_from_the_wall_clock(tmp_path):
    """A library whose clock a crafted file pushed past 13 digits packs valid files again."""
    path = tmp_path / "forgiftet.sqlite"
    with Library.open(path) as lib:
        sid = create_session(lib, "politician-workshop", "Forgiftet")
        with lib.write() as s:
            s.connection().exec_driver_sql(
                "UPDATE library_info SET value = ? WHERE key = ?",
                (f"10000000000000.0001.{DEVICE}", HLC_KEY),
            )
        add_note(lib, sid, "Etter forgiftningen")
        ms, _counter = parse_stamp(clock_of(path))
        assert abs(ms - now_ms()) < HOUR_MS
        pack_session(lib, sid, tmp_path / "ut.verksted")
    assert read_session_file(tmp_path / "ut.verksted").count("notes") == 1
