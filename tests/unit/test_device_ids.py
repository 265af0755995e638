"""The stamper alone gives rows this device's id: new, changed, touched and revived rows of every
table that travels between laptops (no service sets ``device_id`` itself)."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest
from PIL import Image
from sqlalchemy import select

from workshop.domain.vocabulary import SUGGESTION
from workshop.services import actions, agenda, attachments, board, evaluation, notes, sessions, tags
from workshop.store.models import (
    Action,
    ActionNote,
    Attachment,
    Base,
    Cluster,
    Note,
    NoteFocusArea,
    NotePrinciple,
    Rating,
    Step,
    Tracked,
    WorkshopSession,
    utcnow,
)

OTHER_DEVICE = "00000000-0000-4000-8000-0000000000aa"
TRACKED = sorted(
    m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Tracked)
)
# One data change per table through the ORM; tables whose rows are only keys are touched instead.
CHANGES = {
    WorkshopSession: ("place", "Jaren"),
    Step: ("title", "Et nytt steg"),
    Cluster: ("name", "En ny gruppe"),
    Note: ("x", 12345.0),
    NotePrinciple: ("source", SUGGESTION),
    NoteFocusArea: None,
    Action: ("owner", "Noen andre"),
    ActionNote: None,
    Rating: ("value", None),  # another valid value than the row has
    Attachment: ("caption", "Tavla etter pausen"),
}


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def full(lib, demo_session) -> str:
    """A session with a row in every travelling table."""
    attachments.add_photo(lib, demo_session, _jpeg(), caption="Tavla")
    return demo_session


def _rows(lib, table: str) -> dict[str, tuple[str, dict]]:
    """Each row of the table: its device id and stamps (keyed by id)."""
    conn = sqlite3.connect(lib.path)
    try:
        cursor = conn.execute(f"SELECT id, device_id, stamps FROM {table}")
        return {row_id: (device, json.loads(stamps)) for row_id, device, stamps in cursor}
    finally:
        conn.close()


def _written_elsewhere(lib) -> None:
    """Pretend another laptop last wrote every row (as after a merge)."""
    conn = sqlite3.connect(lib.path)
    try:
        with conn:
            for table in TRACKED:
                conn.execute(f"UPDATE {table} SET device_id = ?", (OTHER_DEVICE,))
    finally:
        conn.close()


def test_every_travelling_table_is_covered():
    assert sorted(model.__tablename__ for model in CHANGES) == TRACKED


def test_new_rows_get_this_devices_id(lib, full):
    for table in TRACKED:
        rows = _rows(lib, table)
        assert rows, f"the demo has no {table}"
        assert {device for device, _stamps in rows.values()} == {lib.device_id}, table


def test_changed_and_touched_rows_get_this_devices_id(lib, full):
    _written_elsewhere(lib)
    before = {table: _rows(lib, table) for table in TRACKED}
    changed: dict[str, str] = {}
    with lib.write() as s:
        for model, change in CHANGES.items():
            row = s.scalars(select(model).order_by(model.id).limit(1)).one()
            if change is None:
                row.updated_at = utcnow()  # a touch: views refresh the row
            else:
                column, value = change
                if model is Rating:
                    value = 1 if row.value != 1 else 2
                setattr(row, column, value)
            changed[model.__tablename__] = row.id
    for table, row_id in changed.items():
        rows = _rows(lib, table)
        device, stamps = rows[row_id]
        assert device == lib.device_id, table
        others = {d for rid, (d, _s) in rows.items() if rid != row_id}
        assert others <= {OTHER_DEVICE}, table  # only the row that changed
        change = CHANGES[next(m for m in CHANGES if m.__tablename__ == table)]
        if change is None:  # a touch changes no data: it must not look like a newer change
            assert stamps == before[table][row_id][1], table
        else:
            assert stamps[change[0]] > max(before[table][row_id][1].values()), table


def test_revived_rows_get_this_devices_id(lib, full):
    session = sessions.get_session(lib, full)
    note = notes.list_notes(lib, full)[0]
    [cluster, *_] = board.list_clusters(lib, full)
    [action, *_] = [a for a in actions.list_actions(lib, session_id=full) if a.note_ids]
    [rating, *_] = evaluation.list_ratings(lib, full)
    [photo] = attachments.list_photos(lib, full)
    step = session.steps[-1]
    area = "digitalt-forstevalg"
    tags.set_tags(lib, full, {note.id: True}, principles=[1], focus_areas=[area])

    members = board.delete_cluster(lib, full, cluster.id)
    tied = agenda.remove_step(lib, full, step.id)
    gone_action = actions.delete_action(lib, action.id)
    gone_rating = evaluation.remove_rating(lib, rating.id)
    gone_photo = attachments.delete_photo(lib, photo.id)
    tags.set_tags(lib, full, {note.id: False}, principles=[1], focus_areas=[area])
    notes.set_notes_deleted(lib, full, [note.id], True)
    sessions.set_session_deleted(lib, full, True)
    _written_elsewhere(lib)

    sessions.set_session_deleted(lib, full, False)
    notes.set_notes_deleted(lib, full, [note.id], False)
    board.restore_cluster(lib, full, cluster.id, cluster.name, members, x=cluster.x, y=cluster.y)
    agenda.restore_step(lib, full, step, tied)
    actions.restore_action(lib, gone_action)
    evaluation.restore_rating(lib, gone_rating)
    attachments.restore_photo(lib, gone_photo)
    tags.set_tags(lib, full, {note.id: True}, principles=[1], focus_areas=[area])

    revived = {
        "sessions": [full],
        "notes": [note.id],
        "clusters": [cluster.id],
        "steps": [step.id],
        "actions": [action.id],
        "ratings": [rating.id],
        "attachments": [photo.id],
    }
    for table, ids in revived.items():
        rows = _rows(lib, table)
        assert [rows[i][0] for i in ids] == [lib.device_id] * len(ids), table
    with lib.read() as s:
        links = s.scalars(select(ActionNote.device_id).where(ActionNote.action_id == action.id))
        assert set(links) == {lib.device_id}
        principle = s.scalar(
            select(NotePrinciple.device_id).where(
                NotePrinciple.note_id == note.id, NotePrinciple.principle == 1
            )
        )
        focus = s.scalar(
            select(NoteFocusArea.device_id).where(
                NoteFocusArea.note_id == note.id, NoteFocusArea.focus_area == area
            )
        )
    assert principle == focus == lib.device_id
