"""Text conflicts: a note whose text was edited apart on two laptops has two heads to choose
from, until the facilitator settles it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm.attributes import flag_modified

from workshop.errors import NotFoundError
from workshop.store.db import Library
from workshop.store.models import Note, NoteVersion
from workshop.store.replication import head_ids, loads_json, stamp_key


def conflicted(rows: Iterable[tuple[str, str, Any]]) -> set[str]:
    """The notes with more than one head among (note id, version id, parents) rows."""
    by_note: dict[str, list[tuple[str, Any]]] = {}
    for note_id, version_id, parents in rows:
        by_note.setdefault(note_id, []).append((version_id, parents))
    # One version is one head at most: only notes with more are looked into.
    return {
        note_id
        for note_id, vs in by_note.items()
        if len(vs) > 1 and len(head_ids((v, loads_json(ps)) for v, ps in vs)) > 1
    }


@dataclass(frozen=True)
class TextVersion:
    id: str
    text: str
    stamp: str
    device_id: str


@dataclass(frozen=True)
class TextConflict:
    note_id: str
    seq: int
    heads: list[TextVersion]


def list_conflicts(lib: Library, session_id: str) -> list[TextConflict]:
    """Notes whose text was edited apart on two laptops: two or more heads to choose from."""
    with lib.read() as s:
        rows = s.execute(
            select(NoteVersion, Note.seq)
            .join(Note, Note.id == NoteVersion.note_id)
            .where(Note.session_id == session_id, Note.deleted.is_(False))
            .order_by(Note.seq, NoteVersion.stamp)
        ).all()
    by_note: dict[str, list] = {}
    seqs: dict[str, int] = {}
    for version, seq in rows:
        by_note.setdefault(version.note_id, []).append(version)
        seqs[version.note_id] = seq
    out = []
    for note_id, versions in by_note.items():
        head = head_ids((v.id, v.parents) for v in versions)
        heads = [v for v in versions if v.id in head]
        if len(heads) > 1:
            heads.sort(key=lambda v: stamp_key(v.stamp), reverse=True)
            out.append(
                TextConflict(
                    note_id,
                    seqs[note_id],
                    [TextVersion(v.id, v.text, v.stamp, v.device_id) for v in heads],
                )
            )
    return out


def conflicted_note_ids(lib: Library, session_id: str) -> set[str]:
    """The notes of a session in conflict (no texts loaded: cheap enough for every board load).

    Only notes with more than one version are looked at: one version is one head."""
    several = (
        select(NoteVersion.note_id)
        .join(Note, Note.id == NoteVersion.note_id)
        .where(Note.session_id == session_id, Note.deleted.is_(False))
        .group_by(NoteVersion.note_id)
        .having(func.count() > 1)
    )
    with lib.read() as s:
        rows = s.execute(
            select(NoteVersion.note_id, NoteVersion.id, NoteVersion.parents).where(
                NoteVersion.note_id.in_(several)
            )
        ).all()
    return conflicted(rows)


def resolve_conflict(lib: Library, session_id: str, note_id: str, text: str) -> None:
    """Settle a conflict: the chosen (or rewritten) text becomes a version over every head."""
    from workshop.services.notes import clean_text  # not loaded for a pack or an unpack

    text = clean_text(text)
    with lib.write() as s:
        note = s.get(Note, note_id)
        if note is None or note.session_id != session_id:
            raise NotFoundError("note_not_found", ref=note_id)
        note.text = text
        # Saving the text of one head unchanged still writes a version: that joins the heads.
        flag_modified(note, "text")
