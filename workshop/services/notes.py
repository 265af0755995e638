"""Notes: capture, edit, delete and restore, tag, vote, place on the board, cluster."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import ClusterInfo, NoteInfo
from workshop.store.db import Library
from workshop.store.models import (
    NOTE_COLOURS,
    NOTE_MAX_LENGTH,
    Cluster,
    Note,
    NoteFocusArea,
    NotePrinciple,
    Step,
    WorkshopSession,
    utcnow,
)


def clean_text(text: str) -> str:
    """Normalise line endings and trim; refuse empty and over-long notes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInputError("note_empty")
    if len(text) > NOTE_MAX_LENGTH:
        raise InvalidInputError("note_too_long", length=len(text), limit=NOTE_MAX_LENGTH)
    return text


def _framework_ids(s: Session, session_id: str) -> tuple[set[int], set[str]]:
    snapshot = s.scalar(
        select(WorkshopSession.framework_snapshot).where(WorkshopSession.id == session_id)
    )
    if snapshot is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return (
        {p["number"] for p in snapshot["principles"]},
        {fa["id"] for fa in snapshot.get("focus_areas", [])},
    )


def _check_tags(
    s: Session, session_id: str, principles: Iterable[int], focus_areas: Iterable[str]
) -> tuple[list[int], list[str]]:
    principles = list(dict.fromkeys(principles))
    focus_areas = list(dict.fromkeys(focus_areas))
    if not principles and not focus_areas:
        return [], []
    known_p, known_f = _framework_ids(s, session_id)
    for n in principles:
        if n not in known_p:
            raise InvalidInputError("principle_unknown", value=n, known=_span(known_p))
    for fa in focus_areas:
        if fa not in known_f:
            raise InvalidInputError(
                "focus_area_unknown", value=fa, known=", ".join(sorted(known_f))
            )
    return principles, focus_areas


def _span(numbers: set[int]) -> str:
    return f"{min(numbers)}–{max(numbers)}" if numbers else "-"


def step_id_at(lib_or_session, session_id: str, position: int) -> str:
    """The id of the step at a 1-based position in the session's agenda."""

    def find(s: Session) -> str:
        step_id = s.scalar(
            select(Step.id).where(Step.session_id == session_id, Step.position == position)
        )
        if step_id is None:
            count = s.scalar(select(func.count()).where(Step.session_id == session_id))
            raise InvalidInputError("step_unknown", value=position, count=count)
        return step_id

    if isinstance(lib_or_session, Library):
        with lib_or_session.read() as s:
            return find(s)
    return find(lib_or_session)


def add_note(
    lib: Library,
    session_id: str,
    text: str,
    *,
    step_id: str | None = None,
    step_position: int | None = None,
    group: str = "",
    colour: str = "yellow",
    author: str | None = None,
    principles: Iterable[int] = (),
    focus_areas: Iterable[str] = (),
    x: float | None = None,
    y: float | None = None,
    cluster_id: str | None = None,
    votes: int = 0,
) -> str:
    """Capture one note in one committed transaction and return its id."""
    text = clean_text(text)
    if colour not in NOTE_COLOURS:
        raise InvalidInputError("colour_unknown", value=colour, known=", ".join(NOTE_COLOURS))
    group = group.strip()
    if len(group) > 100:
        raise InvalidInputError("group_too_long", limit=100)
    with lib.write() as s:
        if s.get(WorkshopSession, session_id) is None:
            raise NotFoundError("session_not_found", ref=session_id)
        p_list, f_list = _check_tags(s, session_id, principles, focus_areas)
        if step_position is not None:
            step_id = step_id_at(s, session_id, step_position)
        seq = s.scalar(
            select(func.coalesce(func.max(Note.seq), 0)).where(Note.session_id == session_id)
        )
        note = Note(
            session_id=session_id,
            seq=seq + 1,
            step_id=step_id,
            text=text,
            colour=colour,
            participant_group=group,
            author=author.strip() if author and author.strip() else None,
            x=x,
            y=y,
            cluster_id=cluster_id,
            votes=max(0, votes),
            device_id=lib.device_id,
        )
        s.add(note)
        s.flush()
        for n in p_list:
            s.add(NotePrinciple(note_id=note.id, principle=n, device_id=lib.device_id))
        for fa in f_list:
            s.add(NoteFocusArea(note_id=note.id, focus_area=fa, device_id=lib.device_id))
        return note.id


def _note(s: Session, session_id: str, note_id: str, *, live: bool = True) -> Note:
    """The note, refusing one of another session and (unless ``live=False``) a deleted one."""
    note = s.get(Note, note_id)
    if note is None or note.session_id != session_id:
        raise NotFoundError("note_not_found", ref=note_id)
    if live and note.deleted:
        raise InvalidInputError("note_deleted", ref=note_id[:8])
    return note


def resolve_note(lib: Library, session_id: str, ref: str) -> str:
    """A note id (within its session) from its UUID or a unique prefix of ≥ 4 characters."""
    from workshop.services.refs import resolve_prefix

    return resolve_prefix(lib, Note.id, ref, "note_not_found", Note.session_id == session_id)


def edit_note(lib: Library, session_id: str, note_id: str, text: str) -> None:
    text = clean_text(text)
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        note.text = text
        note.device_id = lib.device_id


def update_note(
    lib: Library,
    session_id: str,
    note_id: str,
    *,
    group: str | None = None,
    colour: str | None = None,
    step_id: str | None = None,
) -> None:
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        if group is not None:
            note.participant_group = group.strip()
        if colour is not None:
            if colour not in NOTE_COLOURS:
                raise InvalidInputError(
                    "colour_unknown", value=colour, known=", ".join(NOTE_COLOURS)
                )
            note.colour = colour
        if step_id is not None:
            note.step_id = step_id
        note.device_id = lib.device_id


def set_deleted(lib: Library, session_id: str, note_id: str, deleted: bool) -> None:
    """Soft delete (or restore) a note; the text stays so undo and restore bring it back."""
    with lib.write() as s:
        note = _note(s, session_id, note_id, live=False)
        note.deleted = deleted
        note.device_id = lib.device_id


def delete_note(lib: Library, session_id: str, note_id: str) -> None:
    set_deleted(lib, session_id, note_id, True)


def restore_note(lib: Library, session_id: str, note_id: str) -> None:
    set_deleted(lib, session_id, note_id, False)


def tag_note(
    lib: Library,
    session_id: str,
    note_id: str,
    *,
    principles: Iterable[int] = (),
    focus_areas: Iterable[str] = (),
    remove: bool = False,
    source: str = "manual",
) -> None:
    """Add (or with ``remove``, take away) principle and focus-area tags."""
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        p_list, f_list = _check_tags(s, session_id, principles, focus_areas)
        existing_p = set(
            s.scalars(select(NotePrinciple.principle).where(NotePrinciple.note_id == note_id))
        )
        existing_f = set(
            s.scalars(select(NoteFocusArea.focus_area).where(NoteFocusArea.note_id == note_id))
        )
        if remove:
            # Row by row so each removal is stamped and travels to other copies.
            for row in s.scalars(
                select(NotePrinciple).where(
                    NotePrinciple.note_id == note_id, NotePrinciple.principle.in_(p_list)
                )
            ):
                s.delete(row)
            for row in s.scalars(
                select(NoteFocusArea).where(
                    NoteFocusArea.note_id == note_id, NoteFocusArea.focus_area.in_(f_list)
                )
            ):
                s.delete(row)
        else:
            for n in p_list:
                if n not in existing_p:
                    s.add(
                        NotePrinciple(
                            note_id=note_id, principle=n, source=source, device_id=lib.device_id
                        )
                    )
            for fa in f_list:
                if fa not in existing_f:
                    s.add(NoteFocusArea(note_id=note_id, focus_area=fa, device_id=lib.device_id))
        note.device_id = lib.device_id
        note.updated_at = utcnow()  # views refresh a note whose tags changed


def toggle_principle(lib: Library, session_id: str, note_id: str, principle: int) -> bool:
    """Toggle one principle; returns True when it is now set."""
    with lib.read() as s:
        present = (
            s.scalar(
                select(NotePrinciple.id).where(
                    NotePrinciple.note_id == note_id, NotePrinciple.principle == principle
                )
            )
            is not None
        )
    tag_note(lib, session_id, note_id, principles=[principle], remove=present)
    return not present


def vote_note(lib: Library, session_id: str, note_id: str, count: int = 1) -> int:
    """Add ``count`` votes (negative removes; never below zero). Returns the new total."""
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        note.votes = max(0, note.votes + count)
        note.device_id = lib.device_id
        return note.votes


def move_note(lib: Library, session_id: str, note_id: str, x: float, y: float) -> None:
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        note.x, note.y = x, y
        note.device_id = lib.device_id


def create_cluster(
    lib: Library,
    session_id: str,
    name: str,
    note_ids: Iterable[str] = (),
    *,
    x: float | None = None,
    y: float | None = None,
) -> str:
    name = name.strip()
    if not name:
        raise InvalidInputError("cluster_name_empty")
    with lib.write() as s:
        if s.get(WorkshopSession, session_id) is None:
            raise NotFoundError("session_not_found", ref=session_id)
        cluster = Cluster(session_id=session_id, name=name[:200], x=x, y=y, device_id=lib.device_id)
        s.add(cluster)
        s.flush()
        for note_id in note_ids:
            note = _note(s, session_id, note_id)
            note.cluster_id = cluster.id
            note.device_id = lib.device_id
        return cluster.id


def assign_cluster(lib: Library, session_id: str, note_id: str, cluster_id: str | None) -> None:
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        if cluster_id is not None:
            cluster = s.get(Cluster, cluster_id)
            if cluster is None or cluster.session_id != session_id:
                raise NotFoundError("cluster_not_found", ref=cluster_id)
        note.cluster_id = cluster_id
        note.device_id = lib.device_id


def list_clusters(lib: Library, session_id: str) -> list[ClusterInfo]:
    with lib.read() as s:
        rows = s.scalars(
            select(Cluster).where(Cluster.session_id == session_id).order_by(Cluster.name)
        )
        return [ClusterInfo(c.id, c.name, c.x, c.y) for c in rows]


def list_notes(lib: Library, session_id: str, *, include_deleted: bool = False) -> list[NoteInfo]:
    """The session's notes in capture order, with tags, step position and cluster name."""
    with lib.read() as s:
        if s.get(WorkshopSession, session_id) is None:
            raise NotFoundError("session_not_found", ref=session_id)
        stmt = (
            select(Note, Step.position, Cluster.name)
            .outerjoin(Step, Step.id == Note.step_id)
            .outerjoin(Cluster, Cluster.id == Note.cluster_id)
            .where(Note.session_id == session_id)
            .order_by(Note.seq, Note.created_at, Note.id)
        )
        if not include_deleted:
            stmt = stmt.where(Note.deleted.is_(False))
        rows = s.execute(stmt).all()
        principles: dict[str, list[int]] = defaultdict(list)
        for note_id, n in s.execute(
            select(NotePrinciple.note_id, NotePrinciple.principle)
            .join(Note, Note.id == NotePrinciple.note_id)
            .where(Note.session_id == session_id)
            .order_by(NotePrinciple.principle)
        ):
            principles[note_id].append(n)
        areas: dict[str, list[str]] = defaultdict(list)
        for note_id, fa in s.execute(
            select(NoteFocusArea.note_id, NoteFocusArea.focus_area)
            .join(Note, Note.id == NoteFocusArea.note_id)
            .where(Note.session_id == session_id)
            .order_by(NoteFocusArea.focus_area)
        ):
            areas[note_id].append(fa)
        return [
            note_info(
                note,
                position,
                cluster_name,
                tuple(principles.get(note.id, ())),
                tuple(areas.get(note.id, ())),
            )
            for note, position, cluster_name in rows
        ]


def note_info(
    note: Note,
    step_position: int | None,
    cluster_name: str | None,
    principles: tuple[int, ...],
    focus_areas: tuple[str, ...],
) -> NoteInfo:
    """The plain view of a stored note."""
    return NoteInfo(
        id=note.id,
        seq=note.seq,
        text=note.text,
        step_id=note.step_id,
        step_position=step_position,
        group=note.participant_group,
        colour=note.colour,
        author=note.author,
        principles=principles,
        focus_areas=focus_areas,
        votes=note.votes,
        cluster_id=note.cluster_id,
        cluster_name=cluster_name,
        x=note.x,
        y=note.y,
        deleted=note.deleted,
        created_at=note.created_at,
        updated_at=note.updated_at,
        story=note.story,
    )


def set_story(lib: Library, session_id: str, note_id: str, story: bool) -> None:
    """Mark (or unmark) a note as an innovation story for the period report."""
    with lib.write() as s:
        note = _note(s, session_id, note_id)
        note.story = story
        note.device_id = lib.device_id


def get_note(lib: Library, session_id: str, note_id: str) -> NoteInfo:
    for note in list_notes(lib, session_id, include_deleted=True):
        if note.id == note_id:
            return note
    raise NotFoundError("note_not_found", ref=note_id)
