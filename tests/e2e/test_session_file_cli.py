"""``workshop pack``, ``unpack`` and ``conflicts`` as real processes: what goes to stdout and
stderr, exit codes, ``--dry-run``, ``--json`` and ``--restore-purged``."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.services.exchange import pack_session, unpack_session
from workshop.services.notes import add_note, edit_note, list_notes, vote_notes
from workshop.services.purge import purge_session
from workshop.services.sessions import create_session
from workshop.store.db import Library

TITLE = "Verksted på biblioteket"
SUMMARY_KEYS = {
    "session_id",
    "title",
    "new_session",
    "notes",
    "other",
    "conflicts",
    "dry_run",
    "tables",
    "pending",
    "new",
    "updated",
    "unchanged",
}
COUNT_KEYS = {"new", "updated", "unchanged"}


def run(library: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), *args],
        env=dict(os.environ, LANGUAGE=lang),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.endswith("\n"), proc.stderr
    assert proc.stderr.startswith("workshop: ")
    return proc.stderr.rstrip("\n")


def dump(path: Path) -> list[str]:
    """Every table and row of a closed library, as SQL."""
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def laptop_a(tmp_path) -> tuple[Path, str]:
    """A library with one session of three notes, one of them voted on."""
    path = tmp_path / "a" / "library.sqlite"
    with Library.open(path) as lib:
        sid = create_session(lib, "politician-workshop", TITLE)
        first = add_note(lib, sid, "Benker langs stien", principles=[3])
        add_note(lib, sid, "Lys i løypa")
        add_note(lib, sid, "Lesekrok for ungdom")
        vote_notes(lib, sid, {first: 2})
    return path, sid


@pytest.fixture
def laptop_b(tmp_path) -> Path:
    """Another library, with a session of its own."""
    path = tmp_path / "b" / "library.sqlite"
    with Library.open(path) as lib:
        other = create_session(lib, "focus-group", "Fokusgruppe")
        add_note(lib, other, "Et innspill her")
    return path


@pytest.fixture
def packed(laptop_a, tmp_path) -> Path:
    library, sid = laptop_a
    path = tmp_path / "fra-a.verksted"
    proc = run(library, "pack", sid[:8], str(path))
    assert proc.returncode == 0, proc.stderr
    return path


def test_pack_then_unpack_into_another_library(laptop_a, laptop_b, tmp_path):
    library, sid = laptop_a
    target = tmp_path / "fra-a"  # the suffix is added
    proc = run(library, "pack", sid, str(target))
    assert (proc.returncode, proc.stdout) == (0, "")
    assert proc.stderr.count("\n") == 1 and "3 notes" in proc.stderr, proc.stderr
    path = tmp_path / "fra-a.verksted"
    assert path.is_file() and not target.exists()

    proc = run(laptop_b, "unpack", str(path))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.count("\n") == 1 and proc.stdout.endswith("\n"), proc.stdout
    assert proc.stdout.startswith(f"{TITLE}: ")
    assert "new session" in proc.stdout and "text conflicts: 0" in proc.stdout
    with Library.open(laptop_b) as lib:
        notes = list_notes(lib, sid)
    assert sorted(n.text for n in notes) == [
        "Benker langs stien",
        "Lesekrok for ungdom",
        "Lys i løypa",
    ]
    assert sum(n.votes for n in notes) == 2

    proc = run(laptop_b, "unpack", str(path), lang="nb_NO")  # the second time: nothing new
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.count("\n") == 1 and "tekstkonflikter" in proc.stdout
    assert "ny økt" not in proc.stdout
    again = json.loads(run(laptop_b, "unpack", str(path), "--json").stdout)
    assert (again["new"], again["updated"], again["new_session"]) == (0, 0, False)
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith("fra-a")) == [
        "fra-a.verksted"
    ]


def test_a_dry_run_prints_the_summary_and_writes_nothing(packed, laptop_b):
    before = dump(laptop_b)
    proc = run(laptop_b, "unpack", str(packed), "--dry-run")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.count("\n") == 1
    assert "new session" in proc.stdout and "dry run, nothing was written" in proc.stdout
    assert dump(laptop_b) == before

    real = run(laptop_b, "unpack", str(packed))
    assert real.returncode == 0
    assert real.stdout.rstrip("\n") == proc.stdout.split(" – ")[0]  # the same counts
    assert dump(laptop_b) != before


def test_unpack_json(packed, laptop_b):
    proc = run(laptop_b, "unpack", str(packed), "--json", "--dry-run")
    assert (proc.returncode, proc.stderr) == (0, "")
    trial = json.loads(proc.stdout)
    assert set(trial) == SUMMARY_KEYS
    assert trial["dry_run"] is True and trial["new_session"] is True
    assert trial["title"] == TITLE
    assert set(trial["notes"]) == COUNT_KEYS and set(trial["other"]) == COUNT_KEYS
    assert trial["notes"] == {"new": 3, "updated": 0, "unchanged": 0}
    assert all(set(counts) == COUNT_KEYS for counts in trial["tables"].values())
    assert trial["new"] == trial["notes"]["new"] + trial["other"]["new"]
    assert trial["conflicts"] == 0

    real = json.loads(run(laptop_b, "unpack", str(packed), "--json").stdout)
    assert real == {**trial, "dry_run": False}


def write_text_file(path: Path) -> None:
    path.write_text("Dette er ikke en øktfil.\n", encoding="utf-8")


def cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def add_trigger(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM sessions; END")
        conn.commit()
    finally:
        conn.close()


def damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 6 * 4096] = bytes(range(256)) * 64
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        pytest.param(write_text_file, "not a Verksted session file", id="text-file"),
        pytest.param(cut_in_half, "incomplete", id="truncated"),
        pytest.param(add_trigger, "trigger t", id="trigger"),
        pytest.param(damage_pages, "damaged", id="corrupt"),
    ],
)
def test_a_bad_file_is_one_line_on_stderr_and_exit_1(packed, laptop_b, spoil, words):
    spoil(packed)
    before = dump(laptop_b)
    line = one_line_error(run(laptop_b, "unpack", str(packed)))
    assert words in line and packed.name in line
    nb = one_line_error(run(laptop_b, "unpack", str(packed), "--dry-run", lang="nb_NO"))
    assert packed.name in nb and nb != line
    assert dump(laptop_b) == before


def test_a_missing_file(laptop_b, tmp_path):
    line = one_line_error(run(laptop_b, "unpack", str(tmp_path / "borte.verksted")))
    assert "borte.verksted" in line


def test_a_purged_session_needs_restore_purged(packed, laptop_a, laptop_b):
    _library, sid = laptop_a
    assert run(laptop_b, "unpack", str(packed)).returncode == 0
    with Library.open(laptop_b) as lib:
        purge_session(lib, sid)
    before = dump(laptop_b)

    line = one_line_error(run(laptop_b, "unpack", str(packed)))
    assert "--restore-purged" in line and TITLE in line and packed.name in line
    nb = one_line_error(run(laptop_b, "unpack", str(packed), lang="nb_NO"))
    assert "--restore-purged" in nb and "slettet for godt" in nb
    assert dump(laptop_b) == before

    proc = run(laptop_b, "unpack", str(packed), "--restore-purged")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "new session" in proc.stdout
    with Library.open(laptop_b) as lib:
        assert len(list_notes(lib, sid)) == 3


def test_conflicts_on_a_session_without_conflicts(packed, laptop_a, laptop_b):
    _library, sid = laptop_a
    assert run(laptop_b, "unpack", str(packed)).returncode == 0
    proc = run(laptop_b, "conflicts", sid[:8])
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "no text conflicts\n")
    proc = run(laptop_b, "conflicts", sid, "--json")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout) == []


def test_conflicts_lists_a_note_edited_on_both_laptops(laptop_a, laptop_b, tmp_path):
    library, sid = laptop_a
    with Library.open(library) as a, Library.open(laptop_b) as b:
        pack_session(a, sid, tmp_path / "1.verksted")
        unpack_session(b, tmp_path / "1.verksted")
        note = next(n for n in list_notes(a, sid) if n.text == "Lys i løypa")
        edit_note(a, sid, note.id, "Lys i hele løypa")
        edit_note(b, sid, note.id, "Lys i løypa om vinteren")
        pack_session(a, sid, tmp_path / "2.verksted")
    proc = run(laptop_b, "unpack", str(tmp_path / "2.verksted"))
    assert proc.returncode == 0 and "text conflicts: 1" in proc.stdout, proc.stdout

    proc = run(laptop_b, "conflicts", sid)
    assert (proc.returncode, proc.stderr) == (0, "")
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(f"note #{note.seq} ({note.id[:8]}): 2 versions")
    assert [line[:6] for line in lines[1:]] == ["  [1] ", "  [2] "]
    assert {line[6:] for line in lines[1:]} == {"Lys i hele løypa", "Lys i løypa om vinteren"}
    [conflict] = json.loads(run(laptop_b, "conflicts", sid, "--json").stdout)
    assert conflict["note"] == note.id and conflict["seq"] == note.seq
    assert {v["text"] for v in conflict["versions"]} == {
        "Lys i hele løypa",
        "Lys i løypa om vinteren",
    }
    assert all(set(v) == {"id", "text", "device"} for v in conflict["versions"])
