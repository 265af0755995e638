"""The board: where notes lie and which cluster they are in. Each call is one transaction.

The gestures of the board (gathering notes into a cluster, a drop, taking notes out, tidying)
read the session's board into a :class:`workshop.domain.layout.Board`, let the layout decide,
and store what it changed; each returns a :class:`BoardChange` whose ``before`` the GUI's undo
puts back with :func:`arrange`. The GUI, the command line and the demo call the same functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.domain.layout import Arrangement, Board, BoardNote, Rect
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import ClusterInfo
from workshop.services.refs import session_notes
from workshop.store.changes import session_mark
from workshop.store.db import Library
from workshop.store.locks import lock_of
from workshop.store.models import Cluster, Note, Step, WorkshopSession
from workshop.store.sql import Sql

CLUSTER_NAME_MAX_LENGTH = 200


def move_notes(lib: Library, session_id: str, positions: Mapping[str, tuple[float, float]]) -> None:
    """Store new board positions of notes (one drag is one transaction)."""
    if not positions:
        return
    with lib.write() as s:
        for note in session_notes(s, session_id, positions):
            note.x, note.y = positions[note.id]


@dataclass(frozen=True, slots=True)
class BoardChange:
    """What one gesture changed: ``after`` is stored, ``before`` is what undo puts back."""

    before: Arrangement
    after: Arrangement
    cluster_id: str | None = None  # the cluster a gathering made

    def __bool__(self) -> bool:
        return bool(self.after)


def _read_board(s: Session, session_id: str, new: Sequence[BoardNote] = ()) -> Board:
    if s.get(WorkshopSession, session_id) is None:
        raise NotFoundError("session_not_found", ref=session_id)
    rows = s.execute(
        select(Note.id, Note.x, Note.y, Note.cluster_id, Step.position)
        .outerjoin(Step, Step.id == Note.step_id)
        .where(Note.session_id == session_id, Note.deleted.is_(False))
        .order_by(Note.seq)
    )
    notes = [BoardNote(nid, x, y, cid, pos) for nid, x, y, cid, pos in rows]
    notes += new
    corners = {
        c.id: (c.x, c.y) if c.x is not None and c.y is not None else None
        for c in s.scalars(select(Cluster).where(Cluster.session_id == session_id))
    }
    return Board(notes, corners)


def _store(s: Session, session_id: str, arrangement: Arrangement) -> None:
    ids = set(arrangement.positions) | set(arrangement.clusters)
    for note in session_notes(s, session_id, ids, skip_missing=True, live=False):
        if note.id in arrangement.positions:
            note.x, note.y = arrangement.positions[note.id]
        if note.id in arrangement.clusters:
            note.cluster_id = arrangement.clusters[note.id]
    for cluster_id, (x, y) in arrangement.frames.items():
        cluster = s.get(Cluster, cluster_id)
        if cluster is not None and cluster.session_id == session_id:
            cluster.x, cluster.y = x, y


def _gesture(s: Session, session_id: str, board: Board, cluster_id: str | None = None):
    change = BoardChange(board.before(), board.after(), cluster_id)
    _store(s, session_id, change.after)
    return change


def places_for_new_notes(s: Session, session_id: str, notes: Sequence[BoardNote]) -> dict:
    """Free spots for notes about to be written in ``s`` (a CSV file's, placed when imported
    rather than when the board is first shown): each the first free slot of its step's lane,
    after the session's notes, as the board places them one after the other. One read of the
    board, linear in its cards. Returns ``{note_id: (x, y)}``."""
    board = _read_board(s, session_id, notes)
    board.place_unplaced()
    return {note.id: board.positions[note.id] for note in notes}


def change_mark(lib: Library, session_id: str) -> int:
    """The session's change mark: it moves with every committed change to the session (its
    notes, steps, clusters), by this window or another program; 0 for a session never changed.
    A board that has seen mark M need not re-read anything while the mark is still M."""
    with lib.read() as s:
        return session_mark(Sql(s.connection()), session_id)


def read_board(lib: Library, session_id: str) -> Board:
    """The session's board as the layout sees it (live notes, their places and clusters)."""
    with lib.read() as s:
        return _read_board(s, session_id)


def cluster_frames(lib: Library, session_id: str) -> dict[str, Rect | None]:
    """Each cluster's frame in scene units (None for a cluster never placed)."""
    board = read_board(lib, session_id)
    return {cluster_id: board.frame(cluster_id) for cluster_id in board.corners}


def arrange(
    lib: Library,
    session_id: str,
    arrangement: Arrangement,
    *,
    remove_cluster: str | None = None,
    restore_cluster: tuple[str, str] | None = None,
) -> None:
    """Put notes and frames where ``arrangement`` says (undo and redo of a gesture), in one
    transaction; ``restore_cluster`` (id, name) first brings back a cluster a gathering made,
    ``remove_cluster`` afterwards removes it again."""
    with lib.write() as s:
        if restore_cluster is not None and s.get(Cluster, restore_cluster[0]) is None:
            s.add(Cluster(id=restore_cluster[0], session_id=session_id, name=restore_cluster[1]))
            s.flush()
        _store(s, session_id, arrangement)
        if remove_cluster is not None:
            s.flush()
            cluster = s.get(Cluster, remove_cluster)
            if cluster is not None and cluster.session_id == session_id:
                for note in s.scalars(select(Note).where(Note.cluster_id == remove_cluster)):
                    note.cluster_id = None
                s.flush()
                s.delete(cluster)


def gather_cluster(
    lib: Library,
    session_id: str,
    name: str,
    note_ids: Iterable[str],
    *,
    lane: int | None = None,
) -> BoardChange:
    """Ctrl+G and ``workshop cluster``: a new cluster of these notes, gathered into a tidy grid
    at a free place of the lane holding most of them (or ``lane``)."""
    name = _clean_name(name)
    note_ids = list(dict.fromkeys(note_ids))
    if not note_ids:
        raise InvalidInputError("cluster_no_notes")
    with lib.write() as s:
        session_notes(s, session_id, note_ids)  # refuses unknown and deleted notes
        board = _read_board(s, session_id)
        cluster = Cluster(session_id=session_id, name=name)
        s.add(cluster)
        s.flush()
        board.corners[cluster.id] = None
        board.gather(cluster.id, note_ids, lane)
        return _gesture(s, session_id, board, cluster.id)


def drop_notes(
    lib: Library,
    session_id: str,
    positions: Mapping[str, tuple[float, float]],
    *,
    keep_clusters: bool = False,
) -> BoardChange:
    """One drag ended: cards dropped in a frame join it, cards dragged out leave; every cluster
    touched is tidied and kept clear of the others (see :meth:`Board.drop`)."""
    if not positions:
        return BoardChange(Arrangement(), Arrangement())
    with lib.write() as s:
        session_notes(s, session_id, positions)
        board = _read_board(s, session_id)
        board.drop(positions, keep_clusters=keep_clusters)
        return _gesture(s, session_id, board)


def take_out_of_clusters(lib: Library, session_id: str, note_ids: Iterable[str]) -> BoardChange:
    """Ctrl+Shift+G and ``workshop uncluster``: the notes leave their clusters for free spots in
    their lanes, and the clusters close up."""
    note_ids = list(dict.fromkeys(note_ids))
    with lib.write() as s:
        session_notes(s, session_id, note_ids)
        board = _read_board(s, session_id)
        board.take_out(note_ids)
        return _gesture(s, session_id, board)


def tidy_board(
    lib: Library, session_id: str, *, lane: int | None = None, cluster_id: str | None = None
) -> BoardChange:
    """Arrange one cluster (its notes in a tidy grid) or one lane (its clusters, then its loose
    notes, in the lane's columns)."""
    with lib.write() as s:
        board = _read_board(s, session_id)
        if cluster_id is not None:
            _cluster(s, session_id, cluster_id)
            board.tidy_cluster(cluster_id)
        elif lane is not None:
            if lane < 1:
                raise InvalidInputError("lane_bad", value=lane)
            board.tidy_lane(lane)
        return _gesture(s, session_id, board)


def place_new_notes(lib: Library, session_id: str) -> list[str]:
    """Notes from the command line, a CSV file or a phone get the first free spot in their
    step's lane (clear of every card and frame). Returns the ids of the notes placed.

    Nothing is placed in a session whose minutes are approved (they are locked as they are).
    """
    with lib.write() as s:
        if lock_of(s, session_id) is not None:
            return []
        board = _read_board(s, session_id)
        unplaced = board.place_unplaced()
        if unplaced:
            _store(s, session_id, board.after())
        return unplaced


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
