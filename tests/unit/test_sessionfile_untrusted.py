"""A session file from another machine is not trusted.

A good ``.verksted`` file is packed from a library holding a session with notes, tags, votes, a
cluster, an action, ratings, a photo and tombstones. Every file derived from it by cutting,
damaging, mislabelling or tampering must be refused with a one-line message that names the file,
and must leave the library, the file itself and its folder exactly as they were.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image

from workshop.services.actions import add_action, list_actions
from workshop.services.attachments import add_photo, list_photos
from workshop.services.board import create_cluster
from workshop.services.evaluation import add_ratings, list_ratings, remove_rating
from workshop.services.exchange import PurgedSessionError, pack_session, unpack_session
from workshop.services.minutes import build_minutes
from workshop.services.notes import (
    add_note,
    edit_note,
    list_notes,
    set_notes_deleted,
    vote_notes,
)
from workshop.services.purge import purge_session
from workshop.services.sessions import (
    create_session,
    get_session,
    list_sessions,
    session_framework,
)
from workshop.services.tags import set_tags
from workshop.store import sessionfile
from workshop.store.db import Library
from workshop.store.sessionfile import SessionFileError

FILE_NAME = "fra-kari.verksted"
PAGE = 4096  # the page size SQLite writes session files with
SIDE_FILES = ("-wal", "-shm", "-journal")
OTHER_UUID = "0b6f3c1e-9a4d-4f1e-8c2b-5d7e9f0a1b2c"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


# --- building the files ---------------------------------------------------------------------


def image_bytes(kind: str, size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(out, kind)
    return out.getvalue()


@dataclass(frozen=True)
class Source:
    library: Path  # the closed library the session was packed from
    session_id: str
    early: Path  # the session packed half-way, already merged into the target library
    good: Path  # the session packed at the end


@contextmanager
def away_from_the_user(tmp_path_factory) -> Iterator[None]:
    """Module-scoped fixtures run before the per-test isolation: keep them off the real dirs."""
    with pytest.MonkeyPatch.context() as mp:
        home = tmp_path_factory.mktemp("home")
        mp.setenv("HOME", str(home))
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        yield


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Source:
    folder = tmp_path_factory.mktemp("source")
    with away_from_the_user(tmp_path_factory), Library.open(folder / "library.sqlite") as lib:
        sid = create_session(
            lib,
            "politician-workshop",
            "Verksted på biblioteket",
            session_date=date(2026, 3, 4),
            start_time=time(18, 0),
            end_time=time(20, 30),
            facilitators=["Kari Nordmann"],
            participants={"Politikere": 20},
        )
        benches = add_note(lib, sid, "Benker langs stien", principles=[1, 3], colour="pink")
        light = add_note(lib, sid, "Lys")
        pack_session(lib, sid, folder / "early.verksted")
        edit_note(lib, sid, light, "Lys i løypa")
        vote_notes(lib, sid, {benches: 2})
        create_cluster(lib, sid, "Uterom", [benches, light])
        set_tags(lib, sid, {benches: False}, principles=[3])  # a tag's tombstone
        add_action(lib, sid, "Bestill benker", note_ids=[benches])
        first, _second = add_ratings(lib, sid, [4, 5])
        remove_rating(lib, first)  # a rating's tombstone
        add_photo(lib, sid, image_bytes("JPEG"), caption="Veggen etter runde 1")
        pack_session(lib, sid, folder / "good.verksted")
    return Source(
        folder / "library.sqlite", sid, folder / "early.verksted", folder / "good.verksted"
    )


@pytest.fixture(scope="module")
def target_template(source, tmp_path_factory) -> Path:
    """A library of its own: another session, and the source session as it was half-way."""
    path = tmp_path_factory.mktemp("target") / "library.sqlite"
    with away_from_the_user(tmp_path_factory), Library.open(path) as lib:
        other = create_session(lib, "focus-group", "Fokusgruppe")
        add_note(lib, other, "Et innspill i en annen økt")
        unpack_session(lib, source.early)
    assert side_files(path) == []
    return path


@pytest.fixture
def library(target_template, tmp_path) -> Path:
    path = tmp_path / "library" / "library.sqlite"
    path.parent.mkdir()
    shutil.copyfile(target_template, path)
    return path


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """Where the reader makes its private copy; it must be empty again afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def incoming(tmp_path: Path, source: Source) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    path = folder / FILE_NAME
    shutil.copyfile(source.good, path)
    return path


# --- looking at the results -----------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return [s for s in SIDE_FILES if Path(f"{path}{s}").exists()]


def dump(path: Path) -> list[str]:
    """Every table and row of a closed library, as SQL."""
    assert side_files(path) == []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def state(library: Path) -> tuple[str, list[str]]:
    return sha256(library), dump(library)


def folder_state(path: Path) -> tuple[list[str], str | None]:
    names = sorted(p.name for p in path.parent.iterdir())
    return names, sha256(path) if path.is_file() else None


def assert_refused(library: Path, path: Path, key: str, private_tmp: Path) -> SessionFileError:
    """Unpacking ``path`` fails with ``key`` and changes nothing anywhere."""
    before, around = state(library), folder_state(path)
    with Library.open(library) as lib, pytest.raises(SessionFileError) as caught:
        unpack_session(lib, path)
    exc = caught.value
    assert exc.key == key, exc.message("en")
    for language in ("nb", "en"):
        message = exc.message(language)
        assert "\n" not in message and "\r" not in message, message
        assert path.name in message, message
        assert not PLACEHOLDER.search(message), message
    assert state(library) == before
    assert folder_state(path) == around
    assert list(private_tmp.iterdir()) == []
    return exc


# --- the bad files ----------------------------------------------------------------------------

Mutation = Callable[[Path, Source], None]


def replace_with(data: Callable[[bytes, Source], bytes]) -> Mutation:
    def mutate(path: Path, src: Source) -> None:
        path.write_bytes(data(path.read_bytes(), src))

    return mutate


def run_sql(script: str) -> Mutation:
    def mutate(path: Path, _src: Source) -> None:
        conn = sqlite3.connect(path)
        try:
            conn.executescript(script)
        finally:
            conn.close()
        assert side_files(path) == []

    return mutate


def damage(data: bytes, first: int, count: int, seed: int) -> bytes:
    """Random bytes over ``count`` whole pages from page index ``first``."""
    out = bytearray(data)
    out[first * PAGE : (first + count) * PAGE] = random.Random(seed).randbytes(count * PAGE)
    return bytes(out)


def overwrite_pages(first: int, count: int, seed: int) -> Mutation:
    return replace_with(lambda data, _src: damage(data, first, count, seed))


def overwrite_middle(data: bytes, _src: Source) -> bytes:
    return damage(data, len(data) // PAGE // 2 - 1, 3, seed=7)


def other_app_database(path: Path, _src: Source) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    try:
        conn.executescript("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('x');")
    finally:
        conn.close()


def pad_to(size: int) -> Mutation:
    return replace_with(lambda data, _src: data + bytes(size - len(data)))


FIRST = "rowid = (SELECT min(rowid) FROM {table})"


def first_row(table: str, assignment: str) -> Mutation:
    return run_sql(f"UPDATE {table} SET {assignment} WHERE {FIRST.format(table=table)}")


def tombstone(table: str, assignment: str) -> Mutation:
    return run_sql(f"UPDATE tombstones SET {assignment} WHERE table_name = '{table}'")


def copy_first_row(table: str, **values: str) -> Mutation:
    """Add a copy of the table's first row with some columns replaced (SQL expressions)."""
    names = sessionfile.columns(table)
    select = ", ".join(values.get(c, f'"{c}"') for c in names)
    into = ", ".join(f'"{c}"' for c in names)
    return run_sql(
        f"INSERT INTO {table} ({into}) SELECT {select} FROM {table} "
        f"WHERE {FIRST.format(table=table)}"
    )


@dataclass(frozen=True)
class Bad:
    mutate: Mutation
    key: str
    limits: tuple[tuple[str, int], ...] = ()


BAD_FILES = {
    # cut short while copying
    "truncated-at-half": Bad(
        replace_with(lambda d, _s: d[: len(d) // 2]), "session_file_truncated"
    ),
    "truncated-one-page-short": Bad(
        replace_with(lambda d, _s: d[:-PAGE]), "session_file_truncated"
    ),
    "truncated-inside-a-page": Bad(replace_with(lambda d, _s: d[:-1000]), "session_file_truncated"),
    "truncated-inside-the-header": Bad(
        replace_with(lambda d, _s: d[:60]), "session_file_truncated"
    ),
    "zero-length": Bad(replace_with(lambda _d, _s: b""), "session_file_truncated"),
    # damaged
    "random-bytes-over-middle-pages": Bad(replace_with(overwrite_middle), "session_file_corrupt"),
    "random-bytes-over-a-table-page": Bad(overwrite_pages(2, 1, seed=1), "session_file_corrupt"),
    "random-bytes-over-an-overflow-page": Bad(
        overwrite_pages(5, 1, seed=2), "session_file_corrupt"
    ),
    "random-bytes-over-the-schema": Bad(overwrite_pages(1, 1, seed=3), "session_file_corrupt"),
    # not a session file
    "a-text-file": Bad(
        replace_with(lambda _d, _s: "Dette er ikke en øktfil.\n".encode()), "session_file_foreign"
    ),
    "a-png": Bad(replace_with(lambda _d, _s: image_bytes("PNG")), "session_file_foreign"),
    "a-verksted-library": Bad(
        replace_with(lambda _d, src: src.library.read_bytes()), "session_file_is_library"
    ),
    "another-apps-sqlite": Bad(other_app_database, "session_file_foreign"),
    "another-application-id": Bad(
        run_sql("PRAGMA application_id = 305419896"), "session_file_foreign"
    ),
    "format-0": Bad(run_sql("PRAGMA user_version = 0"), "session_file_foreign"),
    "format-99-too-new": Bad(run_sql("PRAGMA user_version = 99"), "session_file_too_new"),
    "larger-than-the-limit": Bad(
        pad_to(2 * 1024 * 1024), "session_file_too_large", (("MAX_FILE_BYTES", 1024 * 1024),)
    ),
    # schema objects nobody asked for
    "a-trigger": Bad(
        run_sql("CREATE TRIGGER steal AFTER INSERT ON notes BEGIN DELETE FROM sessions; END;"),
        "session_file_unexpected",
    ),
    "a-view": Bad(
        run_sql("CREATE VIEW everything AS SELECT * FROM notes"), "session_file_unexpected"
    ),
    "a-table-replaced-by-a-view": Bad(
        run_sql("DROP TABLE ratings; CREATE VIEW ratings AS SELECT * FROM tombstones"),
        "session_file_unexpected",
    ),
    "an-extra-table": Bad(run_sql("CREATE TABLE extra (x)"), "session_file_unexpected"),
    "an-extra-index": Bad(
        run_sql("CREATE INDEX ix_text ON notes (text)"), "session_file_unexpected"
    ),
    "a-missing-table": Bad(run_sql("DROP TABLE ratings"), "session_file_invalid"),
    "a-missing-column": Bad(
        run_sql("ALTER TABLE notes DROP COLUMN colour"), "session_file_invalid"
    ),
    "too-many-rows": Bad(run_sql("SELECT 1"), "session_file_invalid", (("MAX_ROWS", 3),)),
    # oversized cells
    "a-blob-too-big-for-sqlite": Bad(
        first_row("attachments", "data = CAST(X'FFD8FF' || zeroblob(26 * 1024 * 1024) AS BLOB)"),
        "session_file_invalid",
    ),
    "a-photo-over-the-photo-limit": Bad(
        first_row("attachments", "data = CAST(X'FFD8FF' || zeroblob(64 * 1024) AS BLOB)"),
        "session_file_invalid",
        (("MAX_PHOTO_BYTES", 32 * 1024),),
    ),
    "a-photo-that-is-not-an-image": Bad(
        first_row("attachments", "data = CAST('GIF89a not a photo' AS BLOB)"),
        "session_file_invalid",
    ),
    "a-photo-as-text": Bad(first_row("attachments", "data = 'FFD8FF'"), "session_file_invalid"),
    "an-empty-photo": Bad(first_row("attachments", "data = X''"), "session_file_invalid"),
    "a-note-too-long": Bad(
        first_row("notes", "text = printf('%.*c', 5001, 'x')"), "session_file_invalid"
    ),
    "a-version-too-long": Bad(
        first_row("note_versions", "text = printf('%.*c', 5001, 'x')"), "session_file_invalid"
    ),
    "a-comment-too-long": Bad(
        first_row("actions", "comment = printf('%.*c', 100001, 'x')"), "session_file_invalid"
    ),
    # bad values
    "a-bad-colour": Bad(first_row("notes", "colour = 'chartreuse'"), "session_file_invalid"),
    "a-bad-uuid-in-notes-id": Bad(first_row("notes", "id = 'not-a-uuid'"), "session_file_invalid"),
    "text-where-a-number-belongs": Bad(first_row("notes", "seq = 'one'"), "session_file_invalid"),
    "bytes-where-text-belongs": Bad(first_row("notes", "text = X'00FF'"), "session_file_invalid"),
    "text-that-is-not-utf8": Bad(
        first_row("notes", "text = CAST(X'4C7973FF0A69206CF8797061' AS TEXT)"),
        "session_file_invalid",
    ),
    "an-infinite-position": Bad(first_row("notes", "x = 1e999"), "session_file_invalid"),
    "a-flag-that-is-2": Bad(first_row("notes", "deleted = 2"), "session_file_invalid"),
    "a-huge-number": Bad(first_row("steps", "minutes = 1099511627776"), "session_file_invalid"),
    "a-rating-of-6": Bad(first_row("ratings", "value = 6"), "session_file_invalid"),
    "an-impossible-date": Bad(first_row("actions", "due = '2026-13-45'"), "session_file_invalid"),
    "an-impossible-time": Bad(
        first_row("sessions", "start_time = '25:61:00'"), "session_file_invalid"
    ),
    "an-impossible-timestamp": Bad(
        first_row("notes", "created_at = '2026-02-30 10:00:00'"), "session_file_invalid"
    ),
    "participants-not-a-table": Bad(
        first_row("sessions", "participants_planned = '[1, 2]'"), "session_file_invalid"
    ),
    "participants-not-counts": Bad(
        first_row("sessions", 'participants_actual = \'{"Politikere": "mange"}\''),
        "session_file_invalid",
    ),
    "facilitators-not-a-list": Bad(
        first_row("sessions", "facilitators = '\"Kari\"'"), "session_file_invalid"
    ),
    "action-principles-not-numbers": Bad(
        first_row("actions", "principles = '[\"tre\"]'"), "session_file_invalid"
    ),
    "a-framework-snapshot-that-is-no-framework": Bad(
        first_row("sessions", "framework_snapshot = '{}'"), "session_file_invalid"
    ),
    "deeply-nested-json": Bad(
        first_row("sessions", "framework_snapshot = printf('%.*c', 5000, '[')"),
        "session_file_invalid",
    ),
    # rows that do not belong
    "a-row-of-another-session": Bad(
        first_row("notes", f"session_id = '{OTHER_UUID}'"), "session_file_invalid"
    ),
    "two-sessions": Bad(copy_first_row("sessions", id=f"'{OTHER_UUID}'"), "session_file_invalid"),
    "meta-names-another-session": Bad(
        run_sql(f"UPDATE meta SET value = '{OTHER_UUID}' WHERE key = 'session_id'"),
        "session_file_invalid",
    ),
    "meta-without-a-session": Bad(
        run_sql("DELETE FROM meta WHERE key = 'session_id'"), "session_file_invalid"
    ),
    "a-tag-on-a-note-not-in-the-file": Bad(
        first_row("note_principles", f"note_id = '{OTHER_UUID}'"), "session_file_invalid"
    ),
    "a-vote-on-a-note-not-in-the-file": Bad(
        first_row("note_votes", f"note_id = '{OTHER_UUID}'"), "session_file_invalid"
    ),
    "an-action-link-to-an-action-not-in-the-file": Bad(
        first_row("action_notes", f"action_id = '{OTHER_UUID}'"), "session_file_invalid"
    ),
    "the-same-tag-twice": Bad(
        copy_first_row("note_principles", id=f"'{OTHER_UUID}'"), "session_file_invalid"
    ),
    # tombstones
    "a-tombstone-with-an-unknown-column": Bad(
        tombstone("ratings", "data = json_set(data, '$.evil', 'x')"), "session_file_invalid"
    ),
    "a-tombstone-with-a-bookkeeping-column": Bad(
        tombstone("ratings", f"data = json_set(data, '$.id', '{OTHER_UUID}')"),
        "session_file_invalid",
    ),
    "a-tombstone-with-a-bad-value": Bad(
        tombstone("ratings", "data = json_set(data, '$.value', 9)"), "session_file_invalid"
    ),
    "a-tombstone-with-a-list-for-a-choice": Bad(
        tombstone("note_principles", "data = json_set(data, '$.source', json('[1]'))"),
        "session_file_invalid",
    ),
    "a-tombstone-of-another-session": Bad(
        tombstone("ratings", f"data = json_set(data, '$.session_id', '{OTHER_UUID}')"),
        "session_file_invalid",
    ),
    "a-tombstone-of-an-unknown-table": Bad(
        tombstone("ratings", "table_name = 'library_info'"), "session_file_invalid"
    ),
    "a-tombstone-without-a-deletion-stamp": Bad(
        tombstone("ratings", "stamps = json_remove(stamps, '$._deleted')"), "session_file_invalid"
    ),
    "a-tombstone-with-a-wrong-key": Bad(
        tombstone("note_principles", "row_key = row_key || '0'"), "session_file_invalid"
    ),
    # stamps and versions
    "stamps-that-are-not-json": Bad(
        first_row("notes", "stamps = 'not json'"), "session_file_invalid"
    ),
    "stamps-nested-deeply": Bad(
        first_row("notes", "stamps = printf('%.*c', 3000, '[') || printf('%.*c', 3000, ']')"),
        "session_file_invalid",
    ),
    "a-stamp-that-is-no-stamp": Bad(
        first_row("notes", 'stamps = \'{"*": "yesterday"}\''), "session_file_invalid"
    ),
    "versions-with-non-uuid-parents": Bad(
        first_row("note_versions", "parents = '[\"abc\"]'"), "session_file_invalid"
    ),
    "versions-with-parents-not-a-list": Bad(
        first_row("note_versions", "parents = '{\"a\": 1}'"), "session_file_invalid"
    ),
}


@pytest.mark.parametrize("case", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_refused_and_changes_nothing(
    case, source, library, tmp_path, private_tmp, monkeypatch
):
    path = incoming(tmp_path, source)
    case.mutate(path, source)
    for name, value in case.limits:
        monkeypatch.setattr(sessionfile, name, value)
    assert_refused(library, path, case.key, private_tmp)


def test_the_corrupt_message_is_one_line_even_when_quick_check_finds_many_problems(
    source, library, tmp_path, private_tmp
):
    path = incoming(tmp_path, source)
    overwrite_pages(5, 1, seed=2)(path, source)
    exc = assert_refused(library, path, "session_file_corrupt", private_tmp)
    assert "***" not in exc.message("en")


def test_a_missing_file_and_a_folder_are_refused(source, library, tmp_path, private_tmp):
    before = state(library)
    with Library.open(library) as lib:
        with pytest.raises(SessionFileError) as caught:
            unpack_session(lib, tmp_path / FILE_NAME)
        assert caught.value.key == "session_file_missing"
        (tmp_path / "folder.verksted").mkdir()
        with pytest.raises(SessionFileError) as caught:
            unpack_session(lib, tmp_path / "folder.verksted")
        assert caught.value.key == "session_file_unreadable"
        assert "folder.verksted" in caught.value.message("nb")
    assert state(library) == before
    assert list(private_tmp.iterdir()) == []


# --- files that are fine ------------------------------------------------------------------


def test_the_good_file_imports_everything(source, library, tmp_path, private_tmp):
    path = incoming(tmp_path, source)
    around = folder_state(path)
    with Library.open(library) as lib:
        summary = unpack_session(lib, path)
        assert not summary.new_session and summary.changed
        notes = list_notes(lib, source.session_id)
        assert sorted(n.text for n in notes) == ["Benker langs stien", "Lys i løypa"]
        assert [r.value for r in list_ratings(lib, source.session_id)] == [5]
        assert len(list_photos(lib, source.session_id)) == 1
        assert [a.text for a in list_actions(lib, session_id=source.session_id)] == [
            "Bestill benker"
        ]
    assert folder_state(path) == around
    assert list(private_tmp.iterdir()) == []


def test_every_kind_of_row_the_app_writes_passes_the_checks(lib, tmp_path):
    """The checks are strict, but never refuse what a library really holds."""
    from workshop.services.actions import delete_action
    from workshop.services.agenda import remove_step
    from workshop.services.attachments import delete_photo
    from workshop.services.board import delete_cluster
    from workshop.services.demo import create_demo

    sid = create_demo(lib)
    notes = list_notes(lib, sid)
    cluster = create_cluster(lib, sid, "Bort", [notes[0].id])
    delete_cluster(lib, sid, cluster)
    action = add_action(lib, sid, "Bort", note_ids=[notes[0].id])
    delete_action(lib, action)
    delete_photo(lib, add_photo(lib, sid, image_bytes("PNG")))
    remove_step(lib, sid, get_session(lib, sid).steps[-1].id)
    set_notes_deleted(lib, sid, [notes[1].id], True)
    pack_session(lib, sid, tmp_path / "demo.verksted")
    content = sessionfile.read_session_file(tmp_path / "demo.verksted")
    assert {row["table_name"] for row in content.rows["tombstones"]} >= {
        "actions",
        "action_notes",
        "attachments",
        "clusters",
        "steps",
    }
    with Library.open(tmp_path / "other.sqlite") as other:
        assert unpack_session(other, content=content).new_session
        build_minutes(other, sid)


def test_a_file_marked_as_wal_without_its_wal_imports_and_leaves_no_side_files(
    source, library, tmp_path, private_tmp
):
    path = incoming(tmp_path, source)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    finally:
        conn.close()
    assert side_files(path) == []
    assert path.read_bytes()[18:20] == b"\x02\x02"
    around = folder_state(path)
    with Library.open(library) as lib:
        summary = unpack_session(lib, path)
        assert summary.changed
        assert len(list_notes(lib, source.session_id)) == 2
    assert side_files(path) == []
    assert folder_state(path) == around
    assert list(private_tmp.iterdir()) == []


def without_change_marker(rows: list[str]) -> list[str]:
    return [row for row in rows if "'changed_at'" not in row]


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    source, library, tmp_path, private_tmp
):
    path = incoming(tmp_path, source)
    with Library.open(library) as lib:
        first = unpack_session(lib, path)
    assert first.changed
    after_first = dump(library)
    with Library.open(library) as lib:
        second = unpack_session(lib, path)
    assert (second.new, second.updated, second.conflicts) == (0, 0, 0)
    assert not second.changed and second.unchanged >= first.new
    assert without_change_marker(dump(library)) == without_change_marker(after_first)
    assert list(private_tmp.iterdir()) == []


def test_an_import_that_changes_nothing_leaves_the_library_byte_for_byte(source, library, tmp_path):
    path = incoming(tmp_path, source)
    with Library.open(library) as lib:
        unpack_session(lib, path)
    before = state(library)
    with Library.open(library) as lib:
        assert not unpack_session(lib, path).changed
    assert state(library) == before


def test_a_dry_run_writes_nothing_and_counts_like_the_import(source, library, tmp_path):
    path = incoming(tmp_path, source)
    before = state(library)
    with Library.open(library) as lib:
        trial = unpack_session(lib, path, dry_run=True)
    assert trial.dry_run and trial.changed
    assert state(library) == before
    with Library.open(library) as lib:
        real = unpack_session(lib, path)
    assert not real.dry_run
    assert {**trial.as_dict(), "dry_run": False} == real.as_dict()
    assert dump(library) != before[1]


def test_a_purged_session_comes_back_only_when_asked(source, library, tmp_path, private_tmp):
    path = incoming(tmp_path, source)
    with Library.open(library) as lib:
        purge_session(lib, source.session_id)
    before = state(library)
    with Library.open(library) as lib:
        with pytest.raises(PurgedSessionError) as caught:
            unpack_session(lib, path)
        with pytest.raises(PurgedSessionError):
            unpack_session(lib, path, dry_run=True)
    assert caught.value.key == "session_file_purged"
    for language in ("nb", "en"):
        message = caught.value.message(language)
        assert "\n" not in message and FILE_NAME in message
        assert "Verksted på biblioteket" in message
    assert state(library) == before
    with Library.open(library) as lib:
        summary = unpack_session(lib, path, allow_purged=True)
        assert summary.new_session
        assert get_session(lib, source.session_id).title == "Verksted på biblioteket"
        assert len(list_notes(lib, source.session_id)) == 2
    with Library.open(library) as lib:  # no longer purged: a second import needs no yes
        again = unpack_session(lib, path)
    assert (again.new, again.updated) == (0, 0)
    assert list(private_tmp.iterdir()) == []


def test_an_imported_session_can_be_read_everywhere(source, library, tmp_path):
    """What the checks let through is what the app can show."""
    path = incoming(tmp_path, source)
    with Library.open(library) as lib:
        unpack_session(lib, path)
        list_sessions(lib)
        get_session(lib, source.session_id)
        session_framework(lib, source.session_id)
        build_minutes(lib, source.session_id)


def test_a_row_id_taken_by_another_session_is_refused(source, library, tmp_path, private_tmp):
    with Library.open(library) as lib:
        other = next(s.id for s in list_sessions(lib) if s.id != source.session_id)
        taken = list_notes(lib, other)[0].id
    path = incoming(tmp_path, source)
    run_sql(
        f"UPDATE note_versions SET note_id = '{taken}' WHERE note_id = "
        f"(SELECT id FROM notes WHERE {FIRST.format(table='notes')});"
        f"UPDATE note_votes SET note_id = '{taken}' WHERE note_id = "
        f"(SELECT id FROM notes WHERE {FIRST.format(table='notes')});"
        f"UPDATE note_principles SET note_id = '{taken}' WHERE note_id = "
        f"(SELECT id FROM notes WHERE {FIRST.format(table='notes')});"
        f"UPDATE action_notes SET note_id = '{taken}' WHERE note_id = "
        f"(SELECT id FROM notes WHERE {FIRST.format(table='notes')});"
        f"UPDATE notes SET id = '{taken}' WHERE {FIRST.format(table='notes')};"
    )(path, source)
    assert_refused(library, path, "session_file_invalid", private_tmp)


def test_the_bad_files_really_differ_from_the_good_one(source, tmp_path):
    """Guard against a mutation that silently did nothing."""
    good = sha256(source.good)
    for name, case in BAD_FILES.items():
        path = tmp_path / name / FILE_NAME
        path.parent.mkdir()
        shutil.copyfile(source.good, path)
        case.mutate(path, source)
        if not case.limits:
            assert sha256(path) != good, name


def test_the_good_file_is_what_the_tests_assume(source):
    content = sessionfile.read_session_file(source.good)
    counts = {name: content.count(name) for name in sessionfile.TABLES}
    for name in sessionfile.TABLES:
        if name != "note_focus_areas":
            assert counts[name] >= 1, name
    assert {row["table_name"] for row in content.rows["tombstones"]} == {
        "note_principles",
        "ratings",
    }
    assert any(json.loads(v["parents"]) for v in content.rows["note_versions"])  # an edit
    assert source.good.read_bytes()[16:18] == PAGE.to_bytes(2, "big")
