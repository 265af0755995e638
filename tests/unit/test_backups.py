"""Automatic daily backups, restoring from a backup, and purging a session for good."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop.errors import LibraryError, NotFoundError
from workshop.services.actions import add_action, list_actions
from workshop.services.board import create_cluster
from workshop.services.library import open_library
from workshop.services.notes import add_note, edit_note, list_notes
from workshop.services.purge import purge_session
from workshop.services.sessions import create_session, get_session, list_sessions
from workshop.store.backups import (
    KEEP_DAILY,
    backups_dir,
    daily_backup,
    find_backup,
    list_backups,
    restore_backup,
)
from workshop.store.db import Library
from workshop.store.inspection import HEAD_REVISION, inspect_file
from workshop.store.models import PurgedSession

DAY = date(2026, 3, 1)
MARKER = "PURGEMARKER-ÆØÅ-1234"


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def note_texts(path: Path, session_id: str) -> list[str]:
    with Library.open(path) as lib:
        return [n.text for n in list_notes(lib, session_id)]


# --- daily backups ---


def test_no_backup_when_the_library_never_changed(library_path):
    Library.open(library_path).close()
    assert daily_backup(library_path, None, today=DAY) is None
    assert not backups_dir(library_path).exists()
    assert list_backups(library_path) == []


def test_daily_backup_when_the_library_changed(lib, library_path, session_id):
    add_note(lib, session_id, "Lapp før kopien")
    changed = lib.changed_at()
    assert changed is not None

    made = daily_backup(library_path, changed, today=DAY)
    assert made == backups_dir(library_path) / "daily-2026-03-01.sqlite"
    assert made.is_file()
    assert backups_dir(library_path) == library_path.parent / "library-backups"
    assert [(b.name, b.kind) for b in list_backups(library_path)] == [
        ("daily-2026-03-01.sqlite", "daily")
    ]
    assert not list(made.parent.glob(".*.tmp"))  # the temporary copy was renamed into place

    # a backup is a complete library in its own right, written in rollback-journal mode
    assert inspect_file(made).revision == HEAD_REVISION
    assert integrity(made) == "ok"
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert note_texts(made, session_id) == ["Lapp før kopien"]
    with Library.open(made) as copy:
        assert get_session(copy, session_id).title == "Politikerverksted om innovasjon"


def test_no_second_backup_on_the_same_day(lib, library_path, session_id):
    first = daily_backup(library_path, lib.changed_at(), today=DAY)
    assert first is not None
    add_note(lib, session_id, "Endret etter kopien")
    assert daily_backup(library_path, lib.changed_at(), today=DAY) is None
    assert [b.name for b in list_backups(library_path)] == ["daily-2026-03-01.sqlite"]
    assert note_texts(first, session_id) == []  # the morning's copy was not replaced


def test_no_backup_on_a_new_day_when_nothing_changed_since_the_last(lib, library_path):
    assert daily_backup(library_path, "2026-01-01T08:00:00", today=DAY) is not None
    # changed before the newest backup was made: nothing new to keep
    assert daily_backup(library_path, "2026-01-01T08:00:00", today=DAY + timedelta(1)) is None
    assert [b.name for b in list_backups(library_path)] == ["daily-2026-03-01.sqlite"]


def test_rotation_keeps_the_newest_daily_backups(lib, library_path, session_id):
    days = [DAY + timedelta(days=i) for i in range(KEEP_DAILY + 2)]
    for i, day in enumerate(days):
        add_note(lib, session_id, f"Dag {i}")
        made = daily_backup(library_path, lib.changed_at(), today=day)
        assert made is not None and made.name == f"daily-{day.isoformat()}.sqlite"

    kept = [b.name for b in list_backups(library_path)]
    assert len(kept) == KEEP_DAILY
    assert kept == [f"daily-{d.isoformat()}.sqlite" for d in reversed(days[-KEEP_DAILY:])]
    assert sorted(p.name for p in backups_dir(library_path).iterdir()) == sorted(kept)

    newest = backups_dir(library_path) / f"daily-{days[-1].isoformat()}.sqlite"
    assert note_texts(newest, session_id) == [f"Dag {i}" for i in range(len(days))]
    oldest_kept = backups_dir(library_path) / f"daily-{days[2].isoformat()}.sqlite"
    assert note_texts(oldest_kept, session_id) == ["Dag 0", "Dag 1", "Dag 2"]


def test_open_library_makes_the_daily_backup(library_path):
    with open_library(library_path) as lib:
        assert list_backups(library_path) == []  # a new, unchanged library
        session_id = create_session(lib, "focus-group", "Ny")
    before = date.today()
    with open_library(library_path):
        pass
    days = {before, date.today()}  # in case the test runs across midnight
    backups = list_backups(library_path)
    assert len(backups) == 1
    assert backups[0].name in {f"daily-{d.isoformat()}.sqlite" for d in days}
    with Library.open(backups[0].path) as copy:
        assert [s.id for s in list_sessions(copy)] == [session_id]


# --- restore ---


def test_restore_brings_back_the_old_state_and_keeps_a_safety_copy(lib, library_path, session_id):
    old = add_note(lib, session_id, "Gammel tekst")
    backup = daily_backup(library_path, lib.changed_at(), today=DAY)
    edit_note(lib, session_id, old, "Ny tekst")
    add_note(lib, session_id, "Lapp etter kopien")
    other = create_session(lib, "focus-group", "Økt etter kopien")

    assert find_backup(library_path, "daily-2026-03-01.sqlite") == backup
    assert find_backup(library_path, "daily-2026-03-01") == backup
    safety = restore_backup(library_path, backup)

    # the open library sees the restored state
    assert [n.text for n in list_notes(lib, session_id)] == ["Gammel tekst"]
    assert [s.id for s in list_sessions(lib)] == [session_id]
    with pytest.raises(NotFoundError):
        get_session(lib, other)
    # and so does a fresh one
    assert note_texts(library_path, session_id) == ["Gammel tekst"]

    assert safety.parent == backups_dir(library_path)
    assert safety.name.startswith("pre-restore-")
    kinds = {b.name: b.kind for b in list_backups(library_path)}
    assert kinds == {backup.name: "daily", safety.name: "pre-restore"}
    assert note_texts(safety, session_id) == ["Ny tekst", "Lapp etter kopien"]
    assert integrity(library_path) == "ok"

    # the restored library keeps working in WAL mode
    add_note(lib, session_id, "Etter gjenoppretting")
    with lib.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert note_texts(library_path, session_id) == ["Gammel tekst", "Etter gjenoppretting"]


def test_restore_refuses_a_file_that_is_not_a_library(lib, library_path, session_id, tmp_path):
    add_note(lib, session_id, "Skal bli")
    fake = tmp_path / "fake.sqlite"
    fake.write_text("ikke en database", encoding="utf-8")
    with pytest.raises(LibraryError) as info:
        restore_backup(library_path, fake)
    assert info.value.key == "library_not_verksted"
    assert info.value.message("en") == f"{fake} is not a Verksted library; the file was not changed"
    assert list_backups(library_path) == []  # no safety copy for a refused restore
    assert [n.text for n in list_notes(lib, session_id)] == ["Skal bli"]


def test_restore_refuses_an_empty_file(lib, library_path, tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(LibraryError) as info:
        restore_backup(library_path, empty)
    assert info.value.key == "library_not_verksted"
    assert empty.stat().st_size == 0
    assert list_backups(library_path) == []


def test_restore_refuses_a_backup_from_a_newer_version(lib, library_path, session_id):
    backup = daily_backup(library_path, lib.changed_at(), today=DAY)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError) as info:
        restore_backup(library_path, backup)
    assert info.value.key == "library_too_new"
    assert get_session(lib, session_id).title == "Politikerverksted om innovasjon"


def test_unknown_backup_name(library_path):
    with pytest.raises(NotFoundError) as info:
        find_backup(library_path, "daily-1999-01-01")
    assert info.value.key == "backup_not_found"
    assert info.value.message("en") == (
        "No backup named “daily-1999-01-01” (see “workshop backups”)"
    )


# --- purge ---


def files_with(directory: Path, needle: bytes) -> list[str]:
    return sorted(p.name for p in directory.rglob("*") if p.is_file() and needle in p.read_bytes())


def test_purge_removes_every_trace_of_a_session(lib, library_path):
    secret = create_session(lib, "focus-group", f"Fokusgruppe {MARKER}")
    kept = create_session(lib, "user-interview", "Brukerintervju som skal bli")
    s1 = add_note(lib, secret, f"Navn og adresse: {MARKER}", author=f"Ola {MARKER}")
    s2 = add_note(lib, secret, "Annen lapp")
    create_cluster(lib, secret, f"Gruppe {MARKER}", [s1, s2])
    add_action(lib, secret, f"Følge opp {MARKER}", note_ids=[s1])
    k1 = add_note(lib, kept, "Denne skal bli", principles=[7])
    add_action(lib, kept, "Tiltak som skal bli", note_ids=[k1])

    # backups that hold the session: an older daily one, today's, and a pre-restore copy
    older = daily_backup(library_path, lib.changed_at(), today=DAY)
    add_note(lib, secret, f"Enda en {MARKER}")
    newer = daily_backup(library_path, lib.changed_at(), today=DAY + timedelta(1))
    safety = restore_backup(library_path, newer)
    needle = MARKER.encode("utf-8")
    assert files_with(backups_dir(library_path), needle) == sorted(
        [older.name, newer.name, safety.name]
    )
    in_library = needle in library_path.read_bytes()
    wal = Path(f"{library_path}-wal")
    assert in_library or (wal.exists() and needle in wal.read_bytes())

    purge_session(lib, secret)

    assert needle not in library_path.read_bytes()
    assert b"PURGEMARKER" not in library_path.read_bytes()
    if wal.exists():
        assert needle not in wal.read_bytes()
        assert b"PURGEMARKER" not in wal.read_bytes()
    assert files_with(library_path.parent, needle) == []
    assert files_with(library_path.parent, b"PURGEMARKER") == []

    with lib.read() as s:
        assert s.scalars(select(PurgedSession.id)).all() == [secret]
    with pytest.raises(NotFoundError):
        get_session(lib, secret)
    assert [s.id for s in list_sessions(lib)] == [kept]
    notes = list_notes(lib, kept)
    assert [(n.id, n.text, n.principles) for n in notes] == [(k1, "Denne skal bli", (7,))]
    assert [(a.text, a.note_ids) for a in list_actions(lib)] == [("Tiltak som skal bli", [k1])]

    with lib.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        for table in ("notes", "steps", "clusters", "actions", "action_notes"):
            orphans = conn.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE "
                + ("session_id = ?" if table != "action_notes" else "note_id = ?"),
                (secret if table != "action_notes" else s1,),
            ).scalar()
            assert orphans == 0, table

    # every backup is still a valid library with the other session in it
    for backup in (older, newer, safety):
        assert integrity(backup) == "ok"
        with Library.open(backup) as copy:
            assert [s.id for s in list_sessions(copy)] == [kept]
            assert [n.text for n in list_notes(copy, kept)] == ["Denne skal bli"]


def test_purge_unknown_session(lib):
    with pytest.raises(NotFoundError) as info:
        purge_session(lib, "00000000-0000-0000-0000-000000000000")
    assert info.value.key == "session_not_found"
