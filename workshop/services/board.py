"""Board operations that touch several notes at once; each call is one committed transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from sqlalchemy import select

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import NoteInfo
from workshop.services.notes import note_info
from workshop.store.db import Library
from workshop.store.models import (
    Cluster,
    Note,
    NoteFocusArea,
    NotePrinciple,
    Step,
    WorkshopSession,
    utcnow,
)


def get_note(lib: Library, note_id: str) -> NoteInfo:
    """One note with its tags, step position and cluster name (a handful of indexed lookups)."""
    with lib.read() as s:
        row = s.execute(
            select(Note, Step.position, Cluster.name)
            .outerjoin(Step, Step.id == Note.step_id)
            .outerjoin(Cluster, Cluster.id == Note.cluster_id)
            .where(Note.id == note_id)
        ).first()
        if row is None:
            raise NotFoundError("note_not_found", ref=note_id)
        note, position, cluster_name = row
        principles = tuple(
            s.scalars(
                select(NotePrinciple.principle)
                .where(NotePrinciple.note_id == note_id)
                .order_by(NotePrinciple.principle)
            )
        )
        areas = tuple(
            s.scalars(
                select(NoteFocusArea.focus_area)
                .where(NoteFocusArea.note_id == note_id)
                .order_by(NoteFocusArea.focus_area)
            )
        )
        return note_info(note, position, cluster_name, principles, areas)


def _refuse_deleted(notes) -> None:
    for note in notes:
        if note.deleted:
            raise InvalidInputError("note_deleted", ref=note.id[:8])


def move_notes(lib: Library, session_id: str, positions: Mapping[str, tuple[float, float]]) -> None:
    """Store new board positions of several notes at once (one drag is one transaction)."""
    if not positions:
        return
    with lib.write() as s:
        notes = s.scalars(
            select(Note).where(Note.session_id == session_id, Note.id.in_(list(positions)))
        ).all()
        if len(notes) != len(positions):
            missing = set(positions) - {n.id for n in notes}
            raise NotFoundError("note_not_found", ref=sorted(missing)[0])
        _refuse_deleted(notes)
        for note in notes:
            note.x, note.y = positions[note.id]
            note.device_id = lib.device_id


def set_clusters(lib: Library, session_id: str, assignment: Mapping[str, str | None]) -> None:
    """Put each note into the given cluster (or none) in one transaction."""
    if not assignment:
        return
    with lib.write() as s:
        cluster_ids = {c for c in assignment.values() if c is not None}
        if cluster_ids:
            found = set(
                s.scalars(
                    select(Cluster.id).where(
                        Cluster.session_id == session_id, Cluster.id.in_(cluster_ids)
                    )
                )
            )
            if found != cluster_ids:
                raise NotFoundError("cluster_not_found", ref=sorted(cluster_ids - found)[0])
        notes = s.scalars(
            select(Note).where(Note.session_id == session_id, Note.id.in_(list(assignment)))
        ).all()
        _refuse_deleted(notes)
        for note in notes:
            note.cluster_id = assignment[note.id]
            note.device_id = lib.device_id


def rename_cluster(lib: Library, session_id: str, cluster_id: str, name: str) -> None:
    name = name.strip()
    if not name:
        raise InvalidInputError("cluster_name_empty")
    with lib.write() as s:
        cluster = s.get(Cluster, cluster_id)
        if cluster is None or cluster.session_id != session_id:
            raise NotFoundError("cluster_not_found", ref=cluster_id)
        cluster.name = name[:200]
        cluster.device_id = lib.device_id


def delete_cluster(lib: Library, session_id: str, cluster_id: str) -> list[str]:
    """Dissolve a cluster; its notes stay on the board. Returns the ids of its former notes."""
    with lib.write() as s:
        cluster = s.get(Cluster, cluster_id)
        if cluster is None or cluster.session_id != session_id:
            raise NotFoundError("cluster_not_found", ref=cluster_id)
        members = list(s.scalars(select(Note.id).where(Note.cluster_id == cluster_id)))
        for note in s.scalars(select(Note).where(Note.cluster_id == cluster_id)):
            note.cluster_id = None
            note.device_id = lib.device_id
        s.flush()
        s.delete(cluster)
        return members


def restore_cluster(
    lib: Library,
    session_id: str,
    cluster_id: str,
    name: str,
    note_ids: Iterable[str],
    *,
    x: float | None = None,
    y: float | None = None,
) -> None:
    """Bring back a dissolved cluster under its old id (undo of delete_cluster)."""
    with lib.write() as s:
        if s.get(Cluster, cluster_id) is None:
            s.add(
                Cluster(
                    id=cluster_id,
                    session_id=session_id,
                    name=name,
                    x=x,
                    y=y,
                    device_id=lib.device_id,
                )
            )
            s.flush()
        for note in s.scalars(
            select(Note).where(Note.session_id == session_id, Note.id.in_(list(note_ids)))
        ):
            note.cluster_id = cluster_id
            note.device_id = lib.device_id


def set_notes_deleted(
    lib: Library, session_id: str, note_ids: Iterable[str], deleted: bool
) -> None:
    """Soft delete (or restore) several notes in one transaction."""
    note_ids = list(note_ids)
    with lib.write() as s:
        notes = s.scalars(
            select(Note).where(Note.session_id == session_id, Note.id.in_(note_ids))
        ).all()
        if len(notes) != len(set(note_ids)):
            raise NotFoundError(
                "note_not_found", ref=sorted(set(note_ids) - {n.id for n in notes})[0]
            )
        for note in notes:
            note.deleted = deleted
            note.device_id = lib.device_id


def _set_tag(
    lib: Library,
    session_id: str,
    states: Mapping[str, bool],
    tag_model: type[NotePrinciple] | type[NoteFocusArea],
    column: str,
    value: int | str,
    known: Callable[[dict], set],
    unknown_error: Callable[[set], InvalidInputError],
    **extra: str,
) -> None:
    """Set or clear one tag (a principle or a focus area) on several notes in one transaction."""
    if not states:
        return
    with lib.write() as s:
        snapshot = s.scalar(
            select(WorkshopSession.framework_snapshot).where(WorkshopSession.id == session_id)
        )
        if snapshot is None:
            raise NotFoundError("session_not_found", ref=session_id)
        valid = known(snapshot)
        if value not in valid:
            raise unknown_error(valid)
        notes = s.scalars(
            select(Note).where(Note.session_id == session_id, Note.id.in_(list(states)))
        ).all()
        if len(notes) != len(states):
            missing = set(states) - {n.id for n in notes}
            raise NotFoundError("note_not_found", ref=sorted(missing)[0])
        # Deleted (say, from the command line) since the board last looked: tag nothing.
        _refuse_deleted(notes)
        tag_column = getattr(tag_model, column)
        present = set(
            s.scalars(
                select(tag_model.note_id).where(
                    tag_model.note_id.in_(list(states)), tag_column == value
                )
            )
        )
        for note in notes:
            on = states[note.id]
            if on and note.id not in present:
                s.add(
                    tag_model(note_id=note.id, device_id=lib.device_id, **{column: value}, **extra)
                )
            elif not on and note.id in present:
                for row in s.scalars(
                    select(tag_model).where(tag_model.note_id == note.id, tag_column == value)
                ):
                    s.delete(row)
            note.device_id = lib.device_id
            note.updated_at = utcnow()


def set_principle(
    lib: Library,
    session_id: str,
    states: Mapping[str, bool],
    principle: int,
    *,
    source: str = "manual",
) -> None:
    """Set or clear one principle on several notes (``{note_id: on}``) in one transaction."""
    _set_tag(
        lib,
        session_id,
        states,
        NotePrinciple,
        "principle",
        principle,
        known=lambda snap: {p["number"] for p in snap["principles"]},
        unknown_error=lambda valid: InvalidInputError(
            "principle_unknown", value=principle, known=f"{min(valid)}–{max(valid)}"
        ),
        source=source,
    )


def set_focus_area(
    lib: Library, session_id: str, states: Mapping[str, bool], focus_area: str
) -> None:
    """Set or clear one focus area on several notes (``{note_id: on}``) in one transaction."""
    _set_tag(
        lib,
        session_id,
        states,
        NoteFocusArea,
        "focus_area",
        focus_area,
        known=lambda snap: {fa["id"] for fa in snap.get("focus_areas", [])},
        unknown_error=lambda valid: InvalidInputError(
            "focus_area_unknown", value=focus_area, known=", ".join(sorted(valid))
        ),
    )
