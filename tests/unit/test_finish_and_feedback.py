"""A session is finished (its actual end recorded, the booked hours kept) and reopened; keep/change
is a note's own field, apart from its participant group: stored, migrated, carried by session
files (also those written before the fields existed), printed in the minutes and on the CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import create_engine

from workshop.cli import main
from workshop.errors import InvalidInputError
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.tabular import minutes_json
from workshop.services import exchange
from workshop.services.minutes import build_minutes
from workshop.services.notes import add_note, edit_note, get_note, list_notes
from workshop.services.sessions import create_session, get_session, update_session
from workshop.store.db import Library
from workshop.store.migrate import upgrade
from workshop.store.models import utcnow

DATA = Path(__file__).resolve().parents[1] / "data"


def evaluate_step(lib, session_id):
    return next(s for s in get_session(lib, session_id).steps if s.kind == "evaluate")


# --- finishing ---
def test_finishing_records_the_actual_end_and_keeps_the_booked_hours(lib, session_id):
    update_session(lib, session_id, start_time=time(18, 0), end_time=time(19, 30))
    before = utcnow()
    update_session(lib, session_id, status="finished")
    info = get_session(lib, session_id)
    assert info.status == "finished"
    assert before - timedelta(seconds=1) <= info.finished_at <= utcnow()
    assert (info.start_time, info.end_time) == (time(18, 0), time(19, 30))
    first = info.finished_at
    update_session(lib, session_id, status="finished", title="Ny tittel")  # finished again
    assert get_session(lib, session_id).finished_at == first  # the end stays the first one

    update_session(lib, session_id, status="running")  # reopened
    info = get_session(lib, session_id)
    assert (info.status, info.finished_at) == ("running", None)
    update_session(lib, session_id, status="finished", finished_at=first)  # an undo of it
    assert get_session(lib, session_id).finished_at == first


def test_a_session_that_is_not_finished_has_no_end(lib, session_id):
    update_session(lib, session_id, finished_at=datetime(2026, 3, 4, 18, 0))
    assert get_session(lib, session_id).finished_at is None
    with pytest.raises(InvalidInputError):
        update_session(lib, session_id, status="done")


def test_cli_set_status_finished_and_running(lib, library_path, session_id, capsys):
    library = ["--library", str(library_path)]
    assert main([*library, "set", session_id[:8], "--status", "finished"]) == 0
    info = get_session(lib, session_id)
    assert info.status == "finished" and info.finished_at is not None
    assert info.date == date(2026, 3, 4)  # --date not given: the date stays
    capsys.readouterr()
    assert main([*library, "show", session_id[:8], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "finished"
    assert datetime.fromisoformat(shown["finished_at"]) == info.finished_at
    assert main([*library, "set", session_id[:8], "--status", "running"]) == 0
    info = get_session(lib, session_id)
    assert (info.status, info.finished_at) == ("running", None)


# --- keep / change ---
def test_feedback_is_checked_and_kept_apart_from_the_group(lib, session_id):
    step = evaluate_step(lib, session_id)
    note_id = add_note(
        lib, session_id, "Korte innlegg", step_id=step.id, group="Politikere", feedback="keep"
    )
    note = get_note(lib, session_id, note_id)
    assert (note.group, note.feedback) == ("Politikere", "keep")
    edit_note(lib, session_id, note_id, feedback="change")
    assert get_note(lib, session_id, note_id).feedback == "change"
    with pytest.raises(InvalidInputError) as exc:
        add_note(lib, session_id, "x", feedback="maybe")
    assert exc.value.key == "feedback_unknown"


def test_minutes_print_keep_under_its_own_label_not_as_a_group(lib, session_id, tmp_path):
    step = evaluate_step(lib, session_id)
    add_note(
        lib, session_id, "EVAL korte innlegg", step_id=step.id, group="Politikere", feedback="keep"
    )
    data = build_minutes(lib, session_id)
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(data, path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Gruppe Behold" not in text and "Gruppe Endre" not in text
    assert "Gruppe Politikere · Behold" in text
    [record] = [n for n in minutes_json(data)["notes"] if n["text"] == "EVAL korte innlegg"]
    assert (record["group"], record["feedback"]) == ("Politikere", "keep")


def test_the_upgrade_turns_keep_and_change_groups_into_the_field(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "library-v1.sqlite", path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0008")  # the schema before the field
    engine.dispose()
    conn = sqlite3.connect(path)
    (evaluate,) = conn.execute("SELECT id FROM steps WHERE kind = 'evaluate'").fetchone()
    (other,) = conn.execute("SELECT id FROM steps WHERE kind = 'share' LIMIT 1").fetchone()
    (session_id,) = conn.execute("SELECT id FROM sessions").fetchone()
    (device,) = conn.execute("SELECT device_id FROM notes LIMIT 1").fetchone()
    rows = [
        ("a" * 8, evaluate, "Behold", "Korte innlegg"),
        ("b" * 8, evaluate, " endre ", "Mer tid"),
        ("c" * 8, evaluate, "Politikere", "Takk"),
        ("d" * 8, other, "Behold", "Et annet steg"),
    ]
    for n, (prefix, step, group, text) in enumerate(rows, start=100):
        conn.execute(
            "INSERT INTO notes (id, session_id, seq, step_id, text, colour, participant_group,"
            " votes, deleted, story, created_at, updated_at, device_id)"
            " VALUES (?, ?, ?, ?, ?, 'yellow', ?, 0, 0, 0, '2026-03-04 18:00:00',"
            " '2026-03-04 18:00:00', ?)",
            (prefix + "-0000-4000-8000-000000000000", session_id, n, step, text, group, device),
        )
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        found = {n.text: (n.group, n.feedback) for n in list_notes(lib, session_id)}
        assert get_session(lib, session_id).finished_at is None
    assert found["Korte innlegg"] == ("", "keep")
    assert found["Mer tid"] == ("", "change")
    assert found["Takk"] == ("Politikere", "")
    assert found["Et annet steg"] == ("Behold", "")  # not an evaluate step: a group after all


def test_feedback_and_the_end_travel_in_session_files(tmp_path):
    with Library.open(tmp_path / "a.sqlite") as a, Library.open(tmp_path / "b.sqlite") as b:
        sid = create_session(a, "politician-workshop", "Verksted")
        step = evaluate_step(a, sid)
        note_id = add_note(a, sid, "Korte innlegg", step_id=step.id, feedback="keep")
        update_session(a, sid, status="finished")
        exchange.pack_session(a, sid, tmp_path / "s.verksted")
        exchange.unpack_session(b, tmp_path / "s.verksted")
        assert get_note(b, sid, note_id).feedback == "keep"
        assert get_session(b, sid).finished_at == get_session(a, sid).finished_at


def test_a_session_file_from_before_the_fields_still_imports(tmp_path):
    """A file written by the current code with the two columns dropped: as an older Verksted
    wrote it. Its rows take the defaults."""
    file = tmp_path / "old.verksted"
    with Library.open(tmp_path / "a.sqlite") as a:
        sid = create_session(a, "politician-workshop", "Verksted")
        note_id = add_note(a, sid, "Lys i sentrum", group="Politikere")
        exchange.pack_session(a, sid, file)
    conn = sqlite3.connect(file)
    conn.execute('ALTER TABLE "notes" DROP COLUMN "feedback"')
    conn.execute('ALTER TABLE "sessions" DROP COLUMN "finished_at"')
    conn.commit()
    conn.close()
    with Library.open(tmp_path / "b.sqlite") as b:
        exchange.unpack_session(b, file)
        note = get_note(b, sid, note_id)
        assert (note.text, note.group, note.feedback) == ("Lys i sentrum", "Politikere", "")
        assert get_session(b, sid).finished_at is None
