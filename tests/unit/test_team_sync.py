"""Team sync through a real PostgreSQL server: laptops converge, only what changed travels,
and every fault is one clear line with no partial session on the server."""

from __future__ import annotations

import os
import pwd
import subprocess
import threading
from pathlib import Path

import psycopg
import pytest

from workshop.errors import InvalidInputError, LibraryError
from workshop.services import actions, board, exchange, notes
from workshop.services.purge import purge_session
from workshop.services.sessions import create_session, list_sessions
from workshop.services.sync import sync_library, team_url
from workshop.store import db
from workshop.store.db import Library
from workshop.store.inspection import KNOWN_REVISIONS


def laptop(path: Path, name: str) -> Library:
    """A library on its own computer (its own device id)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(db, "machine_id", lambda: f"laptop {name}")
        return Library.open(path)


@pytest.fixture
def team(new_database) -> str:
    return new_database()


@pytest.fixture
def laptops(tmp_path):
    made = [laptop(tmp_path / f"{name}.sqlite", name) for name in ("a", "b", "c")]
    yield made
    for lib in made:
        lib.close()


def texts(lib: Library, sid: str) -> dict[str, str]:
    return {n.id: n.text for n in notes.list_notes(lib, sid)}


def server_sql(url: str, query: str, *args):
    with psycopg.connect(url) as conn:
        return conn.execute(query, args).fetchall()


def test_two_laptops_and_the_server_converge(team, laptops):
    a, b, _c = laptops
    sid = create_session(a, "politician-workshop", "Verksted i Gran")
    first = notes.add_note(a, sid, "Lys i sentrum")
    summary = sync_library(a, team)
    assert (summary.sent, summary.received, summary.conflicts) == (1, 0, 0)
    summary = sync_library(b, team)
    assert (summary.sent, summary.received) == (0, 1)
    assert texts(b, sid) == texts(a, sid) == {first: "Lys i sentrum"}

    notes.add_note(b, sid, "Benker ved elva")
    notes.edit_note(a, sid, first, "Mer lys i sentrum")
    board.create_cluster(a, sid, "Sentrum", [first])
    sync_library(b, team)
    summary = sync_library(a, team)
    assert (summary.sent, summary.received) == (1, 1)
    sync_library(b, team)
    assert texts(a, sid) == texts(b, sid)
    assert sorted(texts(a, sid).values()) == ["Benker ved elva", "Mer lys i sentrum"]
    assert [c.name for c in board.list_clusters(b, sid)] == ["Sentrum"]
    with Library.open(team) as server:
        assert texts(server, sid) == texts(a, sid)
    # Nothing changed anywhere: a sync looks at nothing.
    assert sync_library(a, team).looked_at == 0
    assert sync_library(b, team).looked_at == 0


def test_a_text_edited_on_two_laptops_is_a_conflict_on_both_resolved_on_either(team, laptops):
    a, b, _c = laptops
    sid = create_session(a, "politician-workshop", "Konflikt")
    note = notes.add_note(a, sid, "Buss til Jaren")
    sync_library(a, team)
    sync_library(b, team)
    notes.edit_note(a, sid, note, "Buss til Jaren hver time")
    notes.edit_note(b, sid, note, "Tog til Jaren")
    sync_library(a, team)
    assert sync_library(b, team).conflicts == 1
    assert sync_library(a, team).conflicts == 1
    for lib in (a, b):
        [conflict] = exchange.list_conflicts(lib, sid)
        assert {h.text for h in conflict.heads} == {"Buss til Jaren hver time", "Tog til Jaren"}
    exchange.resolve_conflict(a, sid, note, "Buss og tog til Jaren")
    sync_library(a, team)
    assert sync_library(b, team).conflicts == 0
    assert exchange.list_conflicts(b, sid) == []
    assert texts(b, sid) == {note: "Buss og tog til Jaren"}


def test_only_the_session_that_changed_is_sent(team, laptops):
    a, b, _c = laptops
    ids = [create_session(a, "politician-workshop", f"Økt {n}") for n in range(5)]
    for sid in ids:
        notes.add_note(a, sid, "Første lapp")
    assert sync_library(a, team).sent == 5
    assert sync_library(b, team).received == 5
    assert sync_library(a, team).looked_at == 0
    note = notes.list_notes(b, ids[3])[0].id
    notes.edit_note(b, ids[3], note, "Endret på B")
    summary = sync_library(b, team)
    assert (summary.looked_at, summary.sent, summary.received) == (1, 1, 0)
    summary = sync_library(a, team)
    assert (summary.looked_at, summary.sent, summary.received) == (1, 0, 1)
    assert texts(a, ids[3]) == {note: "Endret på B"}


def test_an_edit_made_while_a_sync_runs_is_sent_by_the_next(team, laptops, monkeypatch):
    a, b, _c = laptops
    sid = create_session(a, "politician-workshop", "Samtidig")
    note = notes.add_note(a, sid, "Før")
    sync_library(a, team)
    sync_library(b, team)
    notes.add_note(b, sid, "Fra B")  # the server has something A lacks: A pulls after pushing
    sync_library(b, team)
    notes.edit_note(a, sid, note, "Under")
    from workshop.services import sync as sync_service

    real = sync_service._read
    edited = []

    def read_then_edit(lib, session):
        result = real(lib, session)
        if lib.is_server and not edited:  # between the push and the pull
            edited.append(notes.add_note(a, sid, "Skrevet mens synken gikk"))
        return result

    monkeypatch.setattr(sync_service, "_read", read_then_edit)
    sync_library(a, team)
    monkeypatch.setattr(sync_service, "_read", real)
    sync_library(a, team)
    sync_library(b, team)
    assert "Skrevet mens synken gikk" in texts(b, sid).values()
    assert texts(a, sid) == texts(b, sid)


def test_deletions_travel_as_tombstones(team, laptops):
    a, b, _c = laptops
    sid = create_session(a, "politician-workshop", "Sletting")
    keep, gone = notes.add_note(a, sid, "Bli"), notes.add_note(a, sid, "Gå")
    cluster = board.create_cluster(a, sid, "Tema", [keep])
    action = actions.add_action(a, sid, "Tiltak", note_ids=[keep])
    sync_library(a, team)
    sync_library(b, team)
    notes.set_notes_deleted(a, sid, [gone], True)
    board.delete_cluster(a, sid, cluster)
    actions.delete_action(a, action)
    sync_library(a, team)
    sync_library(b, team)
    assert texts(b, sid) == {keep: "Bli"}
    assert board.list_clusters(b, sid) == []
    assert actions.list_actions(b, session_id=sid) == []
    kinds = {row[0] for row in server_sql(team, "SELECT table_name FROM tombstones")}
    assert {"clusters", "actions", "action_notes"} <= kinds


def test_a_purged_session_stays_purged_on_the_server_and_every_laptop(team, laptops):
    a, b, c = laptops
    sid = create_session(a, "politician-workshop", "Skal bort")
    notes.add_note(a, sid, "Hemmelig")
    sync_library(a, team)
    sync_library(b, team)
    notes.add_note(b, sid, "Skrevet på B før slettingen kom")
    purge_session(a, sid)
    assert sync_library(a, team).purged == 0  # gone here already; now gone on the server too
    assert server_sql(team, "SELECT count(*) FROM sessions WHERE id = %s", sid) == [(0,)]
    assert server_sql(team, "SELECT count(*) FROM purged_sessions WHERE id = %s", sid) == [(1,)]
    assert sync_library(b, team).purged == 1
    assert list_sessions(b) == []
    sync_library(a, team)
    assert sync_library(c, team).purged == 1  # never had it: remembers it was purged
    assert list_sessions(c) == []
    assert server_sql(team, "SELECT count(*) FROM notes") == [(0,)]
    assert sync_library(b, team).looked_at == 0  # and no ping-pong afterwards
    assert sync_library(a, team).looked_at == 0


def test_the_team_url_is_remembered_without_its_password(team, laptops):
    a, _b, _c = laptops
    assert ":" in team.split("://", 1)[1].split("@", 1)[0]  # the fixture's URL has a password
    password = team.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    sync_library(a, team)
    remembered = team_url(a)
    assert remembered is not None and password not in remembered
    assert remembered == team.replace(f":{password}@", "@")
    with a.read() as s:
        stored = " ".join(
            v for (v,) in s.connection().exec_driver_sql("SELECT value FROM library_info")
        )
    assert password not in stored


def test_an_empty_database_gets_the_schema_and_an_older_one_is_upgraded(team, laptops):
    a, b, _c = laptops
    sid = create_session(a, "politician-workshop", "Skjema")
    sync_library(a, team)  # empty database: the schema is created
    head = [(KNOWN_REVISIONS[-1],)]
    assert server_sql(team, "SELECT version_num FROM alembic_version") == head
    from alembic import command

    from workshop.store.migrate import alembic_config

    older = KNOWN_REVISIONS[-2]  # one revision back: the team library from a Verksted before

    with Library.open(team) as server, server.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, older)
    assert server_sql(team, "SELECT version_num FROM alembic_version") == [(older,)]
    assert sync_library(b, team).received == 1
    assert server_sql(team, "SELECT version_num FROM alembic_version") == head
    assert [s.id for s in list_sessions(b)] == [sid]


def test_a_server_with_a_newer_schema_is_refused_before_anything_is_written(team, laptops):
    a, _b, _c = laptops
    sid = create_session(a, "politician-workshop", "Gammel maskin")
    sync_library(a, team)
    notes.add_note(a, sid, "Ikke sendt")
    server_sql(team, "UPDATE alembic_version SET version_num = '0099' RETURNING 1")
    with pytest.raises(LibraryError) as caught:
        sync_library(a, team)
    message = caught.value.message("en")
    assert "newer version" in message and "update Verksted" in message
    assert "\n" not in message
    assert server_sql(team, "SELECT count(*) FROM notes") == [(0,)]


def test_a_wrong_password_and_an_unreachable_host_are_one_clear_line(team, laptops):
    a, _b, _c = laptops
    password = team.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    wrong = team.replace(f":{password}@", ":wrong-password@")
    with pytest.raises(LibraryError) as caught:
        sync_library(a, wrong)
    assert caught.value.key == "server_auth_failed"
    assert "wrong-password" not in caught.value.message("en")
    import socket

    with socket.socket() as sock:  # a port on this machine that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(LibraryError) as caught:
        sync_library(a, f"postgresql://kari@127.0.0.1:{port}/verksted")
    assert caught.value.key == "server_unreachable"
    assert "\n" not in caught.value.message("nb")
    with pytest.raises(InvalidInputError):
        sync_library(a, "/not/a/server")


def _interrupt_merge_of_notes(monkeypatch, team: str, action) -> list:
    """While a session's notes merge into the server, ``action(pid)`` from outside."""
    from workshop.services.exchange import merge

    real = merge.Merger._merge_versions
    done: list = []

    def merge_versions(self, summary):
        real(self, summary)
        if self.sql.pg and not done:
            pid = self.sql.scalar("SELECT pg_backend_pid()")
            done.append(pid)
            action(pid)

    monkeypatch.setattr(merge.Merger, "_merge_versions", merge_versions)
    return done


def _assert_no_partial_session(team: str, sid: str) -> None:
    assert server_sql(team, "SELECT count(*) FROM sessions WHERE id = %s", sid) == [(0,)]
    assert server_sql(team, "SELECT count(*) FROM notes WHERE session_id = %s", sid) == [(0,)]
    assert server_sql(team, "SELECT count(*) FROM steps WHERE session_id = %s", sid) == [(0,)]


def test_a_connection_cut_mid_merge_leaves_nothing_and_the_next_sync_completes(
    team, laptops, monkeypatch, postgres_admin
):
    a, b, _c = laptops
    sync_library(b, team)  # the schema exists
    sid = create_session(a, "politician-workshop", "Avbrutt")
    for n in range(20):
        notes.add_note(a, sid, f"Lapp {n}")

    def terminate(pid):
        with psycopg.connect(postgres_admin, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    done = _interrupt_merge_of_notes(monkeypatch, team, terminate)
    with pytest.raises(LibraryError) as caught:
        sync_library(a, team)
    assert done and caught.value.key == "server_connection_lost"
    assert "\n" not in caught.value.message("en")
    _assert_no_partial_session(team, sid)
    monkeypatch.undo()
    assert sync_library(a, team).sent == 1
    assert sync_library(b, team).received == 1
    assert texts(b, sid) == texts(a, sid) and len(texts(b, sid)) == 20


def _data_directory(admin: str) -> str:
    return server_sql(admin, "SHOW data_directory")[0][0]


def _restart_server(admin: str) -> None:
    bin_dir = os.environ.get("VERKSTED_TEST_POSTGRES_BIN")
    if not bin_dir:
        pytest.skip("VERKSTED_TEST_POSTGRES_BIN is not set (run under .ci/with-postgres)")
    data = _data_directory(admin)
    log = os.path.join(os.path.dirname(data), "server.log")  # not our pipes: pg_ctl returns
    command = [f"{bin_dir}/pg_ctl", "-D", data, "-l", log, "-m", "fast", "-w", "-t", "60"]
    command.append("restart")
    owner = os.stat(data).st_uid
    if os.getuid() != owner:  # as root: as the server's own user
        command = ["runuser", "-u", pwd.getpwuid(owner).pw_name, "--", *command]
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120
    )


def test_a_server_restarted_mid_sync_leaves_nothing_and_the_next_sync_completes(
    team, laptops, monkeypatch, postgres_admin
):
    a, b, _c = laptops
    sync_library(b, team)
    sid = create_session(a, "politician-workshop", "Omstart")
    notes.add_note(a, sid, "Før omstarten")
    done = _interrupt_merge_of_notes(
        monkeypatch, team, lambda _pid: _restart_server(postgres_admin)
    )
    with pytest.raises(LibraryError) as caught:
        sync_library(a, team)
    assert done and caught.value.key == "server_connection_lost"
    _assert_no_partial_session(team, sid)
    monkeypatch.undo()
    assert sync_library(a, team).sent == 1
    assert sync_library(b, team).received == 1
    assert texts(b, sid) == texts(a, sid)


def test_several_laptops_syncing_at_once_all_land(team, laptops):
    sid = create_session(laptops[0], "politician-workshop", "Alle på en gang")
    sync_library(laptops[0], team)
    for lib in laptops[1:]:
        sync_library(lib, team)
    own = {}
    for n, lib in enumerate(laptops):
        own[n] = [notes.add_note(lib, sid, f"Lapp {n}.{k}") for k in range(15)]
        notes.vote_notes(lib, sid, {own[n][0]: 1})
        create_session(lib, "politician-workshop", f"Egen økt {n}")
    errors: list[BaseException] = []
    start = threading.Barrier(len(laptops))

    def run(lib):
        try:
            start.wait()
            sync_library(lib, team)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(lib,)) for lib in laptops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    for lib in laptops:
        sync_library(lib, team)
    expected = {f"Lapp {n}.{k}" for n in range(3) for k in range(15)}
    for lib in laptops:
        assert set(texts(lib, sid).values()) == expected
        assert len(list_sessions(lib)) == 4
        assert sum(n.votes for n in notes.list_notes(lib, sid)) == 3
    with Library.open(team) as server:
        assert set(texts(server, sid).values()) == expected


def _roles(admin: str, *statements: str) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def test_a_role_per_facilitator_as_the_readme_sets_it_up(postgres_admin, laptops):
    from tests.postgres import database_url, drop_database

    tag = os.urandom(4).hex()
    team_role, kari, ola, name = f"team_{tag}", f"kari_{tag}", f"ola_{tag}", f"verksted_{tag}"
    _roles(
        postgres_admin,
        f"CREATE ROLE {team_role} NOLOGIN",
        f"CREATE ROLE {kari} LOGIN PASSWORD 'kari-pw' IN ROLE {team_role}",
        f"CREATE ROLE {ola} LOGIN PASSWORD 'ola-pw' IN ROLE {team_role}",
        f'CREATE DATABASE "{name}" OWNER {team_role}',
        f"ALTER ROLE {kari} IN DATABASE \"{name}\" SET role = '{team_role}'",
        f"ALTER ROLE {ola} IN DATABASE \"{name}\" SET role = '{team_role}'",
    )
    try:
        _roles(database_url(postgres_admin, name), f"ALTER SCHEMA public OWNER TO {team_role}")
        a, b, _c = laptops
        sid = create_session(a, "politician-workshop", "Karis økt")
        assert sync_library(a, database_url(postgres_admin, name, kari, "kari-pw")).sent == 1
        as_ola = database_url(postgres_admin, name, ola, "ola-pw")
        assert sync_library(b, as_ola).received == 1
        notes.add_note(b, sid, "Ola skrev")
        assert sync_library(b, as_ola).sent == 1
        owners = server_sql(
            database_url(postgres_admin, name),
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
        )
        assert owners == [(team_role,)]
    finally:
        drop_database(postgres_admin, name)
        _roles(postgres_admin, f"DROP ROLE {kari}", f"DROP ROLE {ola}", f"DROP ROLE {team_role}")


def test_a_role_that_may_not_create_the_schema_is_told_so(postgres_admin, new_database, laptops):
    from tests.postgres import database_url

    url = new_database()  # owned by the superuser: others may not create tables in it
    tag = os.urandom(4).hex()
    role = f"guest_{tag}"
    _roles(postgres_admin, f"CREATE ROLE {role} LOGIN PASSWORD 'guest-pw'")
    try:
        name = url.rpartition("/")[2]
        with pytest.raises(LibraryError) as caught:
            sync_library(laptops[0], database_url(postgres_admin, name, role, "guest-pw"))
        assert caught.value.key == "server_permission"
        assert "\n" not in caught.value.message("nb")
        assert server_sql(url, "SELECT to_regclass('sessions')") == [(None,)]
    finally:
        _roles(postgres_admin, f"DROP OWNED BY {role}", f"DROP ROLE {role}")


def test_a_direct_write_cut_off_leaves_nothing_and_the_library_writes_again(
    team, postgres_admin, monkeypatch
):
    """``workshop --library postgresql://… add``: the connection lost while a write is under
    way is one clear line, none of that write is on the server, and the next write lands."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from workshop.services.notes import NoteDraft, add_notes

    with Library.open(team) as server:
        sid = create_session(server, "politician-workshop", "Rett på serveren")
        cut: list[int] = []

        def terminate(session, _context) -> None:
            if cut:
                return
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            cut.append(pid)
            with psycopg.connect(postgres_admin, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

        event.listen(Session, "after_flush", terminate)
        try:
            with pytest.raises(LibraryError) as caught:
                add_notes(server, sid, [NoteDraft(f"Lapp {n}") for n in range(10)])
        finally:
            event.remove(Session, "after_flush", terminate)
        assert cut and caught.value.key == "server_connection_lost"
        assert "\n" not in caught.value.message("nb")
        assert server_sql(team, "SELECT count(*) FROM notes WHERE session_id = %s", sid) == [(0,)]
        add_notes(server, sid, [NoteDraft("Etter brottet")])
        assert [n.text for n in notes.list_notes(server, sid)] == ["Etter brottet"]
