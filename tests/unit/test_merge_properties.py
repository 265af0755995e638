"""Copies of a session on several laptops converge, whatever is done and merged in what order.

A property-based test in the manner of a replication system: random operations on two or three
copies (through the same services the GUI and the command line use), exchanged as session files
in random orders, then everyone exchanges with everyone until nothing changes. Every copy must
then hold the same session, and no text written anywhere may be missing.

Profiles: ``ci`` (derandomized, 50 examples, no deadline; the default) and ``heavy`` (500
examples, used by ``tests/benchmarks/run.py``), chosen with ``HYPOTHESIS_PROFILE``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from workshop.services import actions, agenda, attachments, board, evaluation, exchange, notes, tags
from workshop.services.sessions import create_session, update_session
from workshop.store.db import Library

settings.register_profile(
    "ci",
    max_examples=50,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "heavy",
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")


def _photo() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


PHOTO = _photo()
TEXTS = st.sampled_from(
    ["Mer lys i sentrum", "Benker ved elva", "Åpent bibliotek", "Buss til Jaren", "Ungdomsråd"]
)


DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module", params=["fresh", "old-library"])
def seeds(request, tmp_path_factory) -> tuple[Path, str, set[str]]:
    """Three libraries (three devices) that each hold the same session: a fresh one sent from
    the first to the others, or one library from the first schema copied to three laptops."""
    from workshop.store import db

    base = tmp_path_factory.mktemp("seeds")
    if request.param == "old-library":
        for n in range(3):
            shutil.copyfile(DATA / "library-v1.sqlite", base / f"lib{n}.sqlite")
            with pytest.MonkeyPatch.context() as patch:  # each copy on its own computer
                patch.setattr(db, "machine_id", lambda n=n: f"laptop {n}")
                lib = Library.open(base / f"lib{n}.sqlite")
            session_id = exchange_ids(lib)
            texts = {note.text for note in notes.list_notes(lib, session_id)}
            lib.checkpoint()
            lib.close()
        return base, session_id, texts
    origin = Library.open(base / "lib0.sqlite")
    session_id = create_session(origin, "politician-workshop", "Merge test")
    notes.add_note(origin, session_id, "Første lapp")
    file = base / "seed.verksted"
    exchange.pack_session(origin, session_id, file)
    origin.checkpoint()
    origin.close()
    for n in (1, 2):
        lib = Library.open(base / f"lib{n}.sqlite")
        exchange.unpack_session(lib, file)
        lib.checkpoint()
        lib.close()
    return base, session_id, {"Første lapp"}


def exchange_ids(lib: Library) -> str:
    from workshop.services.sessions import list_sessions

    [session] = list_sessions(lib)
    return session.id


def _copies(seeds, directory: Path, count: int) -> list[Library]:
    base, _sid, _notes = seeds
    directory.mkdir(parents=True, exist_ok=True)
    libs = []
    for n in range(count):
        target = directory / f"lib{n}.sqlite"
        shutil.copyfile(base / f"lib{n}.sqlite", target)
        libs.append(Library.open(target))
    return libs


class Copy:
    """One laptop: its library and what it has written (to check no text is lost)."""

    def __init__(self, lib: Library, session_id: str) -> None:
        self.lib = lib
        self.sid = session_id

    def note_ids(self) -> list[str]:
        return [n.id for n in notes.list_notes(self.lib, self.sid, include_deleted=True)]

    def live_note_ids(self) -> list[str]:
        return [n.id for n in notes.list_notes(self.lib, self.sid)]

    def pick(self, ids: list[str], index: int) -> str | None:
        return ids[index % len(ids)] if ids else None


def apply(copy: Copy, op: tuple, written: set[str], fields: dict | None = None) -> None:
    """Apply one operation; ``fields`` collects (note, field) -> values written, to check that
    a value written once, on one laptop only, is what every laptop ends with."""
    fields = {} if fields is None else fields
    kind, index, value = op
    lib, sid = copy.lib, copy.sid
    live = copy.live_note_ids()
    note = copy.pick(live, index)
    if kind == "add":
        notes.add_note(lib, sid, value)
        written.add(value)
    elif kind == "edit" and note:
        text = f"{value} ({index})"
        notes.edit_note(lib, sid, note, text)
        written.add(text)
    elif kind == "delete" and note:
        notes.set_notes_deleted(lib, sid, [note], True)
    elif kind == "restore":
        dead = sorted(set(copy.note_ids()) - set(live))
        target = copy.pick(dead, index)
        if target:
            notes.set_notes_deleted(lib, sid, [target], False)
    elif kind == "tag" and note:
        tags.set_tags(lib, sid, {note: bool(index % 2)}, principles=[1 + value % 3])
    elif kind == "focus" and note:
        fw_area = "samskaping-og-involvering" if value % 2 else "digitalt-forstevalg"
        tags.set_tags(lib, sid, {note: bool(index % 2)}, focus_areas=[fw_area])
    elif kind == "vote" and note:
        notes.vote_notes(lib, sid, {note: 1 if value % 3 else -1})
    elif kind == "colour" and note:
        colours = ("yellow", "pink", "blue", "green", "orange", "purple")
        colour = colours[value % len(colours)]
        notes.edit_note(lib, sid, note, colour=colour)
        fields.setdefault((note, "colour"), []).append(colour)
    elif kind == "move" and note:
        board.move_notes(lib, sid, {note: (float(value * 10), float(index * 7))})
        fields.setdefault((note, "x"), []).append(float(value * 10))
    elif kind == "cluster" and note:
        clusters = board.list_clusters(lib, sid)
        if clusters and index % 2:
            board.set_clusters(lib, sid, {note: clusters[value % len(clusters)].id})
        else:
            board.create_cluster(lib, sid, f"Gruppe {value}", [note])
    elif kind == "uncluster":
        clusters = board.list_clusters(lib, sid)
        if clusters:
            cluster = clusters[value % len(clusters)]
            members = board.delete_cluster(lib, sid, cluster.id)
            if index % 2:  # and undone at once: the cluster comes back under its old id
                board.restore_cluster(lib, sid, cluster.id, cluster.name, members)
    elif kind == "action" and note:
        existing = actions.list_actions(lib, session_id=sid)
        if existing and index % 2:
            actions.delete_action(lib, existing[value % len(existing)].id)
        else:
            actions.add_action(lib, sid, f"Tiltak {value}", note_ids=[note], owner="Kari")
    elif kind == "rate":
        ratings = evaluation.list_ratings(lib, sid)
        if ratings and index % 2:
            evaluation.remove_rating(lib, ratings[value % len(ratings)].id)
        else:
            evaluation.add_ratings(lib, sid, [1 + value % 5])
    elif kind == "step":
        steps = agenda_steps(lib, sid)
        step = steps[index % len(steps)]
        agenda.update_step(lib, sid, step, title=f"Steg {value}", minutes=5 + value)
    elif kind == "reorder":
        steps = agenda_steps(lib, sid)
        if index % 3 == 0 and len(steps) > 2:
            agenda.remove_step(lib, sid, steps[value % len(steps)])
        else:
            agenda.move_step(lib, sid, steps[value % len(steps)], 1 + index % len(steps))
    elif kind == "session":
        update_session(lib, sid, title=f"Verksted {value}", place=f"Sal {index}")
    elif kind == "status":
        existing = actions.list_actions(lib, session_id=sid)
        if existing:
            status = ("open", "in-progress", "done", "dropped")[value % 4]
            actions.set_action(lib, existing[index % len(existing)].id, status=status)
    elif kind == "photo":
        photos = attachments.list_photos(lib, sid)
        if photos and index % 2:
            attachments.delete_photo(lib, photos[value % len(photos)].id)
        elif photos and index % 3 == 0:
            attachments.set_caption(lib, photos[value % len(photos)].id, f"Vegg {value}")
        else:
            attachments.add_photo(lib, sid, PHOTO, caption=f"Tavle {value}")


def agenda_steps(lib: Library, sid: str) -> list[str]:
    from workshop.services.sessions import get_session

    return [s.id for s in get_session(lib, sid).steps]


def sync(source: Copy, target: Copy, directory: Path) -> exchange.MergeSummary:
    file = directory / "exchange.verksted"
    exchange.pack_session(source.lib, source.sid, file)
    return exchange.unpack_session(target.lib, file)


DATA_SKIP = {"updated_at", "device_id", "stamps", "id"}


def state(lib: Library, sid: str) -> dict:
    """Everything a user can see of the session (and the history that makes it), by key."""
    conn = sqlite3.connect(lib.path)
    conn.row_factory = sqlite3.Row
    try:

        def rows(sql: str, *args) -> list[dict]:
            return [dict(r) for r in conn.execute(sql, args)]

        def by_id(table: str, where: str = "session_id = ?") -> dict:
            return {
                r["id"]: {k: v for k, v in r.items() if k not in DATA_SKIP}
                for r in rows(f"SELECT * FROM {table} WHERE {where}", sid)
            }

        note_rows = by_id("notes")
        for data in note_rows.values():
            if data["deleted"]:
                data["text"] = None  # a tombstone: text only where it was deleted
        alive = {nid for nid, d in note_rows.items() if not d["deleted"]}
        in_session = "note_id IN (SELECT id FROM notes WHERE session_id = ?)"
        versions = sorted(
            (r["note_id"], r["id"], r["text"], r["parents"])
            for r in rows(f"SELECT * FROM note_versions WHERE {in_session}", sid)
            if r["note_id"] in alive
        )
        return {
            "session": by_id("sessions", "id = ?"),
            "steps": by_id("steps"),
            "clusters": by_id("clusters"),
            "notes": note_rows,
            "versions": versions,
            "votes": sorted(
                tuple(r.values()) for r in rows(f"SELECT * FROM note_votes WHERE {in_session}", sid)
            ),
            "principles": sorted(
                (r["note_id"], r["principle"], r["source"])
                for r in rows(f"SELECT * FROM note_principles WHERE {in_session}", sid)
            ),
            "focus": sorted(
                (r["note_id"], r["focus_area"])
                for r in rows(f"SELECT * FROM note_focus_areas WHERE {in_session}", sid)
            ),
            "actions": by_id("actions"),
            "action_notes": sorted(
                (r["action_id"], r["note_id"])
                for r in rows(
                    "SELECT * FROM action_notes WHERE action_id IN "
                    "(SELECT id FROM actions WHERE session_id = ?)",
                    sid,
                )
            ),
            "ratings": by_id("ratings"),
            "photos": by_id("attachments"),
        }
    finally:
        conn.close()


OPS = st.tuples(
    st.sampled_from(
        [
            "add",
            "edit",
            "edit",
            "delete",
            "restore",
            "tag",
            "focus",
            "vote",
            "colour",
            "move",
            "cluster",
            "uncluster",
            "action",
            "rate",
            "step",
            "reorder",
            "session",
            "status",
            "photo",
        ]
    ),
    st.integers(0, 5),  # small, so that operations often meet on the same note
    st.integers(0, 9),
)
TEXT_OPS = st.one_of(OPS, st.tuples(st.just("add"), st.integers(0, 7), TEXTS))


@st.composite
def scenarios(draw):
    copies = draw(st.integers(2, 3))
    steps = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("op"), st.integers(0, copies - 1), TEXT_OPS),
                st.tuples(st.just("sync"), st.integers(0, copies - 1), st.integers(0, copies - 1)),
            ),
            min_size=1,
            max_size=25,
        )
    )
    pairs = [(i, j) for i in range(copies) for j in range(copies) if i != j]
    order = draw(st.permutations(pairs))
    return copies, steps, order


@settings(settings.get_profile(PROFILE))
@given(scenario=scenarios())
# A colour changed on one laptop while a tag is added to the same note on another.
@example(
    scenario=(
        2,
        [("op", 1, ("colour", 0, 3)), ("op", 0, ("tag", 0, 1))],
        [(0, 1), (1, 0)],
    )
)
def test_copies_converge_and_keep_every_text(seeds, tmp_path_factory, scenario):
    copies_n, steps, order = scenario
    directory = tmp_path_factory.mktemp("run")
    libs = _copies(seeds, directory, copies_n)
    sid = seeds[1]
    copies = [Copy(lib, sid) for lib in libs]
    written = set(seeds[2])
    fields: dict[tuple[str, str], list] = {}
    try:
        for step in steps:
            if step[0] == "op":
                _kind, who, op = step
                if op[0] == "add" and isinstance(op[2], int):
                    op = ("add", op[1], f"Lapp {op[2]}")
                apply(copies[who], op, written, fields)
            else:
                _kind, a, b = step
                if a != b:
                    sync(copies[a], copies[b], directory)
        # Everyone exchanges with everyone, in the drawn order, until nothing changes.
        for _round in range(4):
            changed = False
            for i, j in order:
                changed |= sync(copies[i], copies[j], directory).changed
            if not changed:
                break
        states = [state(c.lib, sid) for c in copies]
        for other in states[1:]:
            for key in states[0]:
                assert other[key] == states[0][key], key
        # A field written once, on one laptop only, has that value everywhere: nothing else
        # (a tag, a vote, a touch of bookkeeping elsewhere) may look like a later change to it.
        for (note_id, name), values in fields.items():
            if len(values) == 1 and not states[0]["notes"][note_id]["deleted"]:
                assert states[0]["notes"][note_id][name] == values[0], (note_id, name)
        # No text lost: every text ever written is in some copy's history, and every live note's
        # versions are in every copy (checked above through "versions").
        history = set()
        for c in copies:
            conn = sqlite3.connect(c.lib.path)
            history |= {r[0] for r in conn.execute("SELECT text FROM note_versions")}
            conn.close()
        assert written <= history
        # The shown text of a live note is one of its heads, the same everywhere.
        for nid, data in states[0]["notes"].items():
            if not data["deleted"]:
                texts = {v[2] for v in states[0]["versions"] if v[0] == nid}
                assert data["text"] in texts
        # Importing once more changes nothing.
        again = sync(copies[0], copies[1], directory)
        assert not again.changed, json.dumps(again.as_dict())
    finally:
        for lib in libs:
            lib.close()


# --- the same, with a team server: laptops sync through PostgreSQL ---------------------------

SERVER_EXAMPLES = {"ci": 12, "heavy": 200}


@st.composite
def server_scenarios(draw):
    steps = draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("op"), st.integers(0, 2), TEXT_OPS),
                st.tuples(st.just("sync"), st.integers(0, 2)),
            ),
            min_size=1,
            max_size=25,
        )
    )
    return steps, draw(st.permutations([0, 1, 2]))


@pytest.fixture(scope="module")
def team_server(request):
    """One team database for the module, emptied before each example."""
    if not os.environ.get("VERKSTED_TEST_POSTGRES"):
        pytest.skip("no PostgreSQL (run the tests under .ci/with-postgres)")
    return request.getfixturevalue("_shared_team_database")


def server_texts(url: str, sid: str) -> tuple[dict, list]:
    with Library.open(url) as server:
        shown = {n.id: n.text for n in notes.list_notes(server, sid)}
        with server.read() as s:
            history = sorted(
                r[0] for r in s.connection().exec_driver_sql("SELECT text FROM note_versions")
            )
    return shown, history


@settings(settings.get_profile(PROFILE), max_examples=SERVER_EXAMPLES.get(PROFILE, 12))
@given(scenario=server_scenarios())
def test_laptops_syncing_through_the_team_server_converge(
    seeds, team_server, tmp_path_factory, scenario
):
    from tests.postgres import empty_team_database
    from workshop.services.sync import sync_library

    steps, order = scenario
    empty_team_database(team_server)
    directory = tmp_path_factory.mktemp("team")
    libs = _copies(seeds, directory, 3)
    sid = seeds[1]
    copies = [Copy(lib, sid) for lib in libs]
    written = set(seeds[2])
    fields: dict[tuple[str, str], list] = {}
    try:
        for step in steps:
            if step[0] == "op":
                _kind, who, op = step
                if op[0] == "add" and isinstance(op[2], int):
                    op = ("add", op[1], f"Lapp {op[2]}")
                apply(copies[who], op, written, fields)
            else:
                sync_library(copies[step[1]].lib, team_server)
        # Everyone syncs, in the drawn order, until a whole round changes nothing.
        for _round in range(4):
            moved = 0
            for who in order:
                summary = sync_library(copies[who].lib, team_server)
                assert summary.failed == []
                moved += summary.sent + summary.received
            if not moved:
                break
        assert not moved, "still changing after four rounds"
        states = [state(c.lib, sid) for c in copies]
        for other in states[1:]:
            for key in states[0]:
                assert other[key] == states[0][key], key
        for (note_id, name), values in fields.items():
            if len(values) == 1 and not states[0]["notes"][note_id]["deleted"]:
                assert states[0]["notes"][note_id][name] == values[0], (note_id, name)
        shown, server_history = server_texts(team_server, sid)
        live = {nid: d["text"] for nid, d in states[0]["notes"].items() if not d["deleted"]}
        assert shown == live  # the server shows what every laptop shows
        history = set(server_history)
        for c in copies:
            conn = sqlite3.connect(c.lib.path)
            history |= {r[0] for r in conn.execute("SELECT text FROM note_versions")}
            conn.close()
        assert written <= history  # no text lost
        # Once converged, a sync looks at nothing.
        for c in copies:
            assert sync_library(c.lib, team_server).looked_at == 0
    finally:
        for lib in libs:
            lib.close()
