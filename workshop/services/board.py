"""The board: where notes lie and which cluster they are in. Each call is one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import ClusterInfo
from workshop.services.refs import session_notes
from workshop.store.db import Library
from workshop.store.models import Cluster, Note, WorkshopSession

CLUSTER_NAME_MAX_LENGTH = 200


def move_notes(lib: Library, session_id: str, positions: Mapping[str, tuple[float, float]]) -> None:
    """Store new board positions of notes (one drag is one transaction)."""
    if not positions:
        return
    with lib.write() as s:
        for note in session_notes(s, session_id, positions):
            note.x, note.y = positions[note.id]


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInputError("cluster_name_empty")
    return name[:CLUSTER_NAME_MAX_LENGTH]


def _cluster(s, session_id: str, cluster_id: str) -> Cluster:
    cluster = s.get(Cluster, cluster_id)
    if cluster is None or cluster.session_id != session_id:
        raise NotFoundError("cluster_not_found", ref=cluster_id)
    return cluster


def create_cluster(
    lib: Library,
    session_id: str,
    name: str,
    note_ids: Iterable[str] = (),
    *,
    x: float | None = None,
    y: float | None = None,
) -> str:
    """A new cluster holding the given (live) notes; returns its id."""
    name = _clean_name(name)
    with lib.write() as s:
        if s.get(WorkshopSession, session_id) is None:
            raise NotFoundError("session_not_found", ref=session_id)
        notes = session_notes(s, session_id, note_ids)
        cluster = Cluster(session_id=session_id, name=name, x=x, y=y)
        s.add(cluster)
        s.flush()
        for note in notes:
            note.cluster_id = cluster.id
        return cluster.id


def list_clusters(lib: Library, session_id: str) -> list[ClusterInfo]:
    with lib.read() as s:
        rows = s.scalars(
            select(Cluster).where(Cluster.session_id == session_id).order_by(Cluster.name)
        )
        return [ClusterInfo(c.id, c.name, c.x, c.y) for c in rows]


def set_clusters(lib: Library, session_id: str, assignment: Mapping[str, str | None]) -> None:
    """Put each note into the given cluster (or none) in one transaction.

    Notes no longer in the library are passed over (undo after a purge elsewhere); a deleted
    note is refused.
    """
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
        for note in session_notes(s, session_id, assignment, skip_missing=True):
            note.cluster_id = assignment[note.id]


def rename_cluster(lib: Library, session_id: str, cluster_id: str, name: str) -> None:
    name = _clean_name(name)
    with lib.write() as s:
        _cluster(s, session_id, cluster_id).name = name


def delete_cluster(lib: Library, session_id: str, cluster_id: str) -> list[str]:
    """Dissolve a cluster; its notes stay on the board. Returns the ids of its former notes."""
    with lib.write() as s:
        cluster = _cluster(s, session_id, cluster_id)
        members = list(s.scalars(select(Note).where(Note.cluster_id == cluster_id)))
        for note in members:
            note.cluster_id = None
        s.flush()
        s.delete(cluster)
        return [note.id for note in members]


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
            s.add(Cluster(id=cluster_id, session_id=session_id, name=name, x=x, y=y))
            s.flush()
        for note in s.scalars(
            select(Note).where(Note.session_id == session_id, Note.id.in_(list(note_ids)))
        ):
            note.cluster_id = cluster_id
