"""The library file: pragmas, schema and migrations, refusing files it must not touch, sharing."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from workshop.errors import LibraryError
from workshop.services.actions import list_actions
from workshop.services.board import list_clusters
from workshop.services.notes import add_note, list_notes
from workshop.services.sessions import create_session, get_session, list_sessions
from workshop.store.backups import list_backups
from workshop.store.db import Library, make_engine
from workshop.store.inspection import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS, inspect_file
from workshop.store.migrate import script_revisions, upgrade
from workshop.store.models import Base

DATA = Path(__file__).resolve().parent.parent / "data"
SIDE_FILES = ("-wal", "-shm", "-journal")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return [s for s in SIDE_FILES if Path(f"{path}{s}").exists()]


def make_library(path: Path, notes: int = 40) -> Path:
    """A closed library with one session and some notes, long enough to span many pages."""
    with Library.open(path) as lib:
        session_id = create_session(lib, "focus-group", "Fokusgruppe")
        for i in range(notes):
            add_note(lib, session_id, f"Innspill {i}: " + "lang tekst " * 30)
    assert side_files(path) == []
    return path


def pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


# --- connection settings and identity ---


def test_pragmas_on_every_connection(lib):
    for _ in range(2):  # a fresh pooled connection as well as a reused one
        with lib.engine.connect() as conn:
            assert pragma(conn, "journal_mode") == "wal"
            assert pragma(conn, "synchronous") == 2  # FULL
            assert pragma(conn, "foreign_keys") == 1
            assert pragma(conn, "busy_timeout") > 0
            assert pragma(conn, "secure_delete") == 1


def test_new_library_is_marked_as_verksted(lib, library_path):
    with lib.engine.connect() as conn:
        assert pragma(conn, "application_id") == APPLICATION_ID
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
            (HEAD_REVISION,)
        ]
    assert inspect_file(library_path).revision == HEAD_REVISION
    assert lib.device_id and len(lib.device_id) == 36


def test_known_revisions_match_the_alembic_scripts():
    revisions = script_revisions()
    assert list(KNOWN_REVISIONS) == revisions
    assert revisions[-1] == HEAD_REVISION


# --- schema: migrations and models agree ---


def schema_diff(engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        return compare_metadata(context, Base.metadata)


def structure(path: Path) -> dict:
    """Columns, foreign keys and indexes of every table, independent of DDL formatting.

    Column order is left out: a migration appends a column where create_all may place it
    elsewhere, and no query depends on the order.
    """
    conn = sqlite3.connect(path)
    try:
        result = {}
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        for (table,) in tables.fetchall():
            columns = sorted(r[1:] for r in conn.execute(f"PRAGMA table_info('{table}')"))
            fks = sorted(r[2:] for r in conn.execute(f"PRAGMA foreign_key_list('{table}')"))
            indexes = sorted(
                (name, unique, origin, [c[2] for c in conn.execute(f"PRAGMA index_info('{name}')")])
                for _, name, unique, origin, _ in conn.execute(f"PRAGMA index_list('{table}')")
            )
            result[table] = (columns, fks, indexes)
        return result
    finally:
        conn.close()


def test_migrations_from_empty_match_the_models(tmp_path):
    path = tmp_path / "migrated.sqlite"
    engine = make_engine(path)
    try:
        upgrade(engine)
        assert schema_diff(engine) == []
        with engine.connect() as conn:
            assert pragma(conn, "application_id") == APPLICATION_ID
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
                (HEAD_REVISION,)
            ]
    finally:
        engine.dispose()


def test_new_library_matches_the_migrated_schema(lib, library_path, tmp_path):
    assert schema_diff(lib.engine) == []
    migrated = tmp_path / "migrated.sqlite"
    engine = make_engine(migrated)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    created = structure(library_path)
    assert set(created) >= {"sessions", "steps", "notes", "actions", "alembic_version"}
    assert created == structure(migrated)


# --- files that are refused and never written ---


def assert_refused_untouched(path: Path, key: str) -> LibraryError:
    before = sha256(path)
    sides_before = side_files(path)
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert info.value.key == key
    assert sha256(path) == before
    assert side_files(path) == sides_before
    return info.value


def test_library_from_a_newer_version_is_refused(tmp_path):
    path = make_library(tmp_path / "newer.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert side_files(path) == []

    err = assert_refused_untouched(path, "library_too_new")
    assert side_files(path) == []  # not even an empty -wal or -shm is left behind
    assert err.message("en") == (
        f"{path} was written by a newer version of Verksted (schema 9999); please update. "
        "The file was not changed"
    )
    assert err.message("nb") == (
        f"{path} er laget av en nyere versjon av Verksted (skjema 9999); oppdater programmet. "
        "Filen er ikke endret"
    )


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dette er en handleliste, ikke et arkiv.\nMelk\nBrød\n", encoding="utf-8")
    err = assert_refused_untouched(path, "library_not_verksted")
    assert err.message("en") == f"{path} is not a Verksted library; the file was not changed"


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "random.sqlite"
    path.write_bytes(random.Random(1234).randbytes(16384))
    err = assert_refused_untouched(path, "library_not_verksted")
    assert err.message("nb") == f"{path} er ikke et Verksted-arkiv; filen er ikke endret"


def test_sqlite_file_from_another_app_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Kari', '12345678')")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "library_not_verksted")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT * FROM contacts").fetchall() == [("Kari", "12345678")]
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("contacts",)]
    conn.close()


def test_sqlite_file_in_wal_mode_from_another_app_is_refused(tmp_path):
    path = tmp_path / "other-wal.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert side_files(path) == []
    assert_refused_untouched(path, "library_not_verksted")
    assert side_files(path) == []


def test_verksted_id_without_tables_is_refused(tmp_path):
    path = tmp_path / "marked.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "library_not_verksted")


def corrupted_message_ok(err: LibraryError, path: Path) -> None:
    msg = err.message("en")
    assert msg.startswith(f"{path} is damaged (")
    assert msg.endswith("); the file was not changed. Restore from a backup")


def test_library_with_a_damaged_page_is_refused(tmp_path):
    path = make_library(tmp_path / "damaged.sqlite")
    page_size = 4096
    data = bytearray(path.read_bytes())
    assert len(data) >= 8 * page_size
    data[2 * page_size : 3 * page_size] = random.Random(3).randbytes(page_size)  # page 3
    path.write_bytes(bytes(data))

    err = assert_refused_untouched(path, "library_corrupt")
    corrupted_message_ok(err, path)
    assert side_files(path) == []


def test_truncated_library_is_refused(tmp_path):
    path = make_library(tmp_path / "truncated.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    err = assert_refused_untouched(path, "library_corrupt")
    corrupted_message_ok(err, path)
    assert side_files(path) == []


def test_header_only_library_is_refused(tmp_path):
    path = tmp_path / "header.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(40))
    err = assert_refused_untouched(path, "library_corrupt")
    corrupted_message_ok(err, path)


def test_directory_is_refused(tmp_path):
    path = tmp_path / "folder.sqlite"
    path.mkdir()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert info.value.key == "library_not_a_file"
    assert info.value.message("en") == f"{path} is a folder, not a Verksted file"
    assert list(path.iterdir()) == []


def test_missing_library_without_create(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(LibraryError) as info:
        Library.open(path, create=False)
    assert info.value.key == "library_missing"
    assert info.value.message("en") == f"{path} does not exist"
    assert not path.exists()


def test_empty_file_becomes_a_library(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Library.open(path) as lib:
        session_id = create_session(lib, "focus-group", "Fra tom fil")
        add_note(lib, session_id, "Første lapp")
    assert inspect_file(path).revision == HEAD_REVISION
    with Library.open(path, create=False) as lib:
        assert [s.title for s in list_sessions(lib)] == ["Fra tom fil"]
        assert [n.text for n in list_notes(lib, session_id)] == ["Første lapp"]


def test_missing_parent_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "library.sqlite"
    with Library.open(path) as lib:
        assert list_sessions(lib) == []
    assert inspect_file(path).revision == HEAD_REVISION


def test_reopening_a_library_keeps_data_and_device(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        device = lib.device_id
        session_id = create_session(lib, "user-interview", "Intervju")
    assert side_files(path) == []
    with Library.open(path) as lib:
        assert lib.device_id == device
        assert get_session(lib, session_id).title == "Intervju"
        assert lib.changed_at() is not None


# --- two programs on the same file ---


def test_two_libraries_on_the_same_file_both_write(lib, library_path):
    """The CLI writes while the GUI has the library open, and each sees the other's notes."""
    session_id = create_session(lib, "focus-group", "Delt")
    other = Library.open(library_path)  # inspected while the first one holds it open
    try:
        assert other.device_id == lib.device_id
        a1 = add_note(lib, session_id, "fra GUI 1")
        b1 = add_note(other, session_id, "fra CLI 1")
        a2 = add_note(lib, session_id, "fra GUI 2")
        b2 = add_note(other, session_id, "fra CLI 2")
        expected = [
            (a1, 1, "fra GUI 1"),
            (b1, 2, "fra CLI 1"),
            (a2, 3, "fra GUI 2"),
            (b2, 4, "fra CLI 2"),
        ]
        for library in (lib, other):
            assert [(n.id, n.seq, n.text) for n in list_notes(library, session_id)] == expected
    finally:
        other.close()
    with lib.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


# --- a library written by the first released schema ---


def test_frozen_v1_library_opens_and_reads(tmp_path):
    frozen = DATA / "library-v1.sqlite"
    assert frozen.stat().st_size < 200_000
    path = tmp_path / "library-v1.sqlite"
    shutil.copyfile(frozen, path)
    assert inspect_file(path).revision == "0001"

    with Library.open(path) as lib:
        # Opening upgraded the file to the current schema, after a backup of the old one.
        assert inspect_file(path).revision == HEAD_REVISION
        pre_upgrade = [b for b in list_backups(path) if b.kind == "pre-upgrade"]
        assert len(pre_upgrade) == 1
        assert inspect_file(pre_upgrade[0].path).revision == "0001"
        sessions = list_sessions(lib)
        assert [(s.title, s.template_id, s.note_count) for s in sessions] == [
            ("Politikerverksted om innovasjonstrykket", "politician-workshop", 3)
        ]
        session_id = sessions[0].id
        info = get_session(lib, session_id)
        assert info.date == date(2026, 3, 4)
        assert info.place == "Gran rådhus"
        assert info.archive_ref == "2026/123"
        assert info.facilitators == ["Kari Nordmann"]
        assert info.participants_planned == {"Politikere": 20, "Administrasjon": 5}
        assert info.participants_actual == {"Politikere": 18}
        assert info.status == "finished"
        assert info.framework_id == "gran-innovasjonsplakaten"
        assert len(info.steps) == 9

        notes = list_notes(lib, session_id, include_deleted=True)
        assert [
            (n.seq, n.text, n.step_position, n.group, n.principles, n.focus_areas) for n in notes
        ] == [
            (
                1,
                "Frivilligsentralen og biblioteket samarbeider om leksehjelp.",
                2,
                "Politikere",
                (9,),
                ("samskaping-og-involvering",),
            ),
            (
                2,
                "Digital søknad om plass i SFO – færre telefoner.",
                2,
                "Administrasjon",
                (8, 10),
                (),
            ),
            (
                3,
                "Tør vi prøve ut et kommunestyremøte utenfor rådhuset?",
                3,
                "Politikere",
                (5,),
                ("aktive-innovasjonspolitikere",),
            ),
            (4, "Lapp som ble slettet.", 3, "", (), ()),
        ]
        assert [n.deleted for n in notes] == [False, False, False, True]
        assert [n.cluster_name for n in notes] == [
            "Samarbeid og digitalt",
            "Samarbeid og digitalt",
            None,
            None,
        ]
        assert (notes[2].votes, notes[2].author, notes[2].colour) == (3, "Ola", "pink")
        assert [c.name for c in list_clusters(lib, session_id)] == ["Samarbeid og digitalt"]

        actions = list_actions(lib, session_id=session_id)
        assert [(a.text, a.owner, a.due, a.principles, a.note_ids) for a in actions] == [
            (
                "Legge ett kommunestyremøte til Brandbu i høst.",
                "Ordføreren",
                date(2026, 10, 1),
                [5],
                [notes[2].id],
            )
        ]

        # the old library is fully usable
        new_id = add_note(lib, session_id, "Ny lapp i gammelt arkiv", principles=[1])
        assert list_notes(lib, session_id)[-1].id == new_id
        assert list_notes(lib, session_id)[-1].seq == 5
    assert inspect_file(path).revision == HEAD_REVISION
