"""Actions that come out of a session: text, owner, due date, status, linked notes and principles.

Every change is one committed transaction stamped with the device id. An action's principles are
its own; filtering by a principle also finds actions whose linked notes carry it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.domain.vocabulary import ACTION_STATUSES, NOTE_MAX_LENGTH, OPEN_STATUSES
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import ActionInfo
from workshop.services.tags import check_tags
from workshop.store.db import Library
from workshop.store.models import (
    Action,
    ActionNote,
    Cluster,
    Note,
    NotePrinciple,
    WorkshopSession,
)

OWNER_MAX_LENGTH: Final = 200


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()  # "leave as it is", where None means "no due date"


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """What a new action made from notes starts with; the facilitator edits it before saving."""

    text: str
    note_ids: list[str]
    principles: list[int]
    cluster_name: str | None = None


# --- validation -------------------------------------------------------------------------------


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInputError("action_empty")
    if len(text) > NOTE_MAX_LENGTH:
        raise InvalidInputError("action_too_long", length=len(text), limit=NOTE_MAX_LENGTH)
    return text


def _clean_owner(owner: str) -> str:
    owner = " ".join(owner.split())
    if len(owner) > OWNER_MAX_LENGTH:
        raise InvalidInputError("action_owner_too_long", limit=OWNER_MAX_LENGTH)
    return owner


def _clean_comment(comment: str) -> str:
    comment = comment.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(comment) > NOTE_MAX_LENGTH:
        raise InvalidInputError("action_comment_too_long", limit=NOTE_MAX_LENGTH)
    return comment


def _check_status(status: str) -> str:
    if status not in ACTION_STATUSES:
        raise InvalidInputError("action_status_bad", value=status, known=", ".join(ACTION_STATUSES))
    return status


def _check_due(due: object) -> date | None:
    if due is not None and not isinstance(due, date):
        raise InvalidInputError("action_due_bad", value=due)
    return due


def _check_principles(ws: WorkshopSession, principles: Iterable[int]) -> list[int]:
    numbers, _ = check_tags(ws.framework_snapshot, principles)
    return sorted(numbers)


def _session(s: Session, session_id: str) -> WorkshopSession:
    ws = s.get(WorkshopSession, session_id)
    if ws is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return ws


def _action(s: Session, action_id: str) -> Action:
    action = s.get(Action, action_id)
    if action is None:
        raise NotFoundError("action_not_found", ref=action_id)
    return action


def _note_principles(s: Session, note_ids: Iterable[str]) -> list[int]:
    """The principles of the given live notes, each once, in order."""
    ids = list(note_ids)
    if not ids:
        return []
    return sorted(
        set(
            s.scalars(
                select(NotePrinciple.principle)
                .join(Note, Note.id == NotePrinciple.note_id)
                .where(NotePrinciple.note_id.in_(ids), Note.deleted.is_(False))
            )
        )
    )


# --- changes ----------------------------------------------------------------------------------


def add_action(
    lib: Library,
    session_id: str,
    text: str,
    *,
    owner: str = "",
    due: date | None = None,
    note_ids: Iterable[str] = (),
    principles: Iterable[int] | None = None,
    action_id: str | None = None,
) -> str:
    """Store a new action; its principles default to those of the linked notes (``None``).

    ``action_id`` re-creates an action under its old id (undoing its deletion).
    """
    text = _clean_text(text)
    owner = _clean_owner(owner)
    due = _check_due(due)
    note_ids = list(dict.fromkeys(note_ids))
    with lib.write() as s:
        ws = _session(s, session_id)
        for note_id in note_ids:
            note = s.get(Note, note_id)
            if note is None or note.session_id != session_id:
                raise NotFoundError("note_not_found", ref=note_id)
        if principles is None:
            principles = _note_principles(s, note_ids)
        action = Action(
            session_id=session_id,
            text=text,
            owner=owner,
            due=due,
            principles=_check_principles(ws, principles),
        )
        if action_id is not None:
            action.id = action_id
        s.add(action)
        s.flush()
        for note_id in note_ids:
            s.add(ActionNote(action_id=action.id, note_id=note_id))
        return action.id


def update_action(
    lib: Library,
    action_id: str,
    *,
    text: str | None = None,
    owner: str | None = None,
    due: date | _Unset | None = UNSET,
    principles: Iterable[int] | None = None,
    status: str | None = None,
    comment: str | None = None,
    story: bool | None = None,
) -> None:
    """Change any of an action's fields at once; ``None`` (``UNSET`` for ``due``) keeps one."""
    text = None if text is None else _clean_text(text)
    owner = None if owner is None else _clean_owner(owner)
    due = due if isinstance(due, _Unset) else _check_due(due)
    status = None if status is None else _check_status(status)
    comment = None if comment is None else _clean_comment(comment)
    with lib.write() as s:
        action = _action(s, action_id)
        if principles is not None:
            action.principles = _check_principles(_session(s, action.session_id), principles)
        if text is not None:
            action.text = text
        if owner is not None:
            action.owner = owner
        if not isinstance(due, _Unset):
            action.due = due
        if status is not None:
            action.status = status
        if comment is not None:
            action.comment = comment
        if story is not None:
            action.story = bool(story)


def set_action(
    lib: Library,
    action_id: str,
    *,
    status: str | None = None,
    comment: str | None = None,
    story: bool | None = None,
) -> None:
    """Close (or reopen) an action: status, closing comment, story mark."""
    update_action(lib, action_id, status=status, comment=comment, story=story)


def delete_action(lib: Library, action_id: str) -> ActionInfo:
    """Remove an action for good (undoing its creation); returns it as it was."""
    info = get_action(lib, action_id)
    with lib.write() as s:
        # Row by row (not one DELETE statement) so each removal is stamped and travels.
        for link in s.scalars(select(ActionNote).where(ActionNote.action_id == action_id)):
            s.delete(link)
        s.flush()
        s.delete(_action(s, action_id))
    return info


def restore_action(lib: Library, info: ActionInfo) -> None:
    """Store a deleted action again as it was, with the notes that still exist."""
    with lib.write() as s:
        ws = _session(s, info.session_id)
        action = Action(
            id=info.id,
            session_id=info.session_id,
            text=info.text,
            owner=info.owner,
            due=info.due,
            status=info.status,
            comment=info.comment,
            principles=_check_principles(ws, info.principles),
            story=info.story,
        )
        s.add(action)
        s.flush()
        for note_id in info.note_ids:
            note = s.get(Note, note_id)
            if note is not None and note.session_id == info.session_id:
                s.add(ActionNote(action_id=info.id, note_id=note_id))


# --- reading ----------------------------------------------------------------------------------


def resolve_action(lib: Library, ref: str) -> str:
    """An action id from its full UUID or a unique prefix of at least four characters."""
    from workshop.services.refs import resolve_prefix

    return resolve_prefix(lib, Action.id, ref, "action_not_found")


def is_overdue(action: ActionInfo, today: date) -> bool:
    """Past its due date and still open or in progress."""
    return action.due is not None and action.due < today and action.status in OPEN_STATUSES


def list_actions(
    lib: Library,
    *,
    session_id: str | None = None,
    status: str | Iterable[str] | None = None,
    owner: str | None = None,
    principle: int | None = None,
    overdue_on: date | None = None,
    search: str | None = None,
) -> list[ActionInfo]:
    """Actions by due date (undated last), then creation.

    Without ``session_id`` the actions of sessions waiting to be purged are left out. Filters:
    ``status`` (one or several), ``owner`` (part of the name, any case), ``principle`` (the
    action's own or one of its linked notes'), ``overdue_on`` (due before that day and still
    open or in progress), ``search`` (part of the text, owner, comment or session title).
    """
    stmt = select(Action, WorkshopSession.title).join(
        WorkshopSession, WorkshopSession.id == Action.session_id
    )
    if session_id:
        stmt = stmt.where(Action.session_id == session_id)
    else:
        stmt = stmt.where(WorkshopSession.deleted.is_(False))
    if status:
        statuses = [status] if isinstance(status, str) else list(status)
        stmt = stmt.where(Action.status.in_(statuses))
    if overdue_on is not None:
        stmt = stmt.where(
            Action.due.is_not(None), Action.due < overdue_on, Action.status.in_(OPEN_STATUSES)
        )
    stmt = stmt.order_by(Action.due.is_(None), Action.due, Action.created_at, Action.id)
    with lib.read() as s:
        rows = s.execute(stmt).all()
        links: dict[str, list[str]] = defaultdict(list)
        linked_principles: dict[str, set[int]] = defaultdict(set)
        ids = [a.id for a, _ in rows]
        if ids:
            for action_id, note_id in s.execute(
                select(ActionNote.action_id, ActionNote.note_id)
                .join(Note, Note.id == ActionNote.note_id)
                .where(ActionNote.action_id.in_(ids))
                .order_by(Note.seq, Note.created_at, Note.id)
            ):
                links[action_id].append(note_id)
            if principle is not None:
                for action_id, number in s.execute(
                    select(ActionNote.action_id, NotePrinciple.principle)
                    .join(NotePrinciple, NotePrinciple.note_id == ActionNote.note_id)
                    .join(Note, Note.id == ActionNote.note_id)
                    .where(ActionNote.action_id.in_(ids), Note.deleted.is_(False))
                ):
                    linked_principles[action_id].add(number)
        owner_part = (owner or "").strip().casefold()
        needle = (search or "").strip().casefold()
        found = []
        for a, title in rows:
            if owner_part and owner_part not in a.owner.casefold():
                continue
            if principle is not None and not (
                principle in a.principles or principle in linked_principles[a.id]
            ):
                continue
            if needle and needle not in f"{a.text}\n{a.owner}\n{a.comment}\n{title}".casefold():
                continue
            found.append(
                ActionInfo(
                    id=a.id,
                    session_id=a.session_id,
                    session_title=title,
                    text=a.text,
                    owner=a.owner,
                    due=a.due,
                    status=a.status,
                    comment=a.comment,
                    principles=list(a.principles),
                    note_ids=links.get(a.id, []),
                    story=a.story,
                )
            )
        return found


def get_action(lib: Library, action_id: str) -> ActionInfo:
    with lib.read() as s:
        session_id = s.scalar(select(Action.session_id).where(Action.id == action_id))
    if session_id is None:
        raise NotFoundError("action_not_found", ref=action_id)
    for action in list_actions(lib, session_id=session_id):
        if action.id == action_id:
            return action
    raise NotFoundError("action_not_found", ref=action_id)


def known_owners(lib: Library) -> list[str]:
    """Every owner named on an action, once, alphabetically (for completion)."""
    with lib.read() as s:
        owners = set(s.scalars(select(Action.owner).where(Action.owner != "")))
    return sorted(owners, key=str.casefold)


def cluster_note_ids(lib: Library, session_id: str, cluster_id: str) -> list[str]:
    """The live notes of a cluster, in capture order."""
    with lib.read() as s:
        cluster = s.get(Cluster, cluster_id)
        if cluster is None or cluster.session_id != session_id:
            raise NotFoundError("cluster_not_found", ref=cluster_id)
        return list(
            s.scalars(
                select(Note.id)
                .where(Note.cluster_id == cluster_id, Note.deleted.is_(False))
                .order_by(Note.seq, Note.created_at, Note.id)
            )
        )


def draft_action(
    lib: Library,
    session_id: str,
    note_ids: Iterable[str] = (),
    *,
    cluster_id: str | None = None,
) -> ActionDraft:
    """A new action from notes or a whole cluster: text, linked notes and principles to start with.

    The text is the note's own (one note) or the cluster's name (a cluster, or notes that are
    all of one cluster); otherwise the first note's. The principles are all the notes have.
    """
    ids = list(dict.fromkeys(note_ids))
    if cluster_id is not None:
        ids = list(dict.fromkeys([*cluster_note_ids(lib, session_id, cluster_id), *ids]))
    with lib.read() as s:
        _session(s, session_id)
        notes = []
        for note_id in ids:
            note = s.get(Note, note_id)
            if note is None or note.session_id != session_id:
                raise NotFoundError("note_not_found", ref=note_id)
            notes.append(note)
        notes.sort(key=lambda n: n.seq)
        clusters = {n.cluster_id for n in notes}
        if cluster_id is None and len(clusters) == 1 and None not in clusters:
            cluster_id = clusters.pop()
        cluster = s.get(Cluster, cluster_id) if cluster_id else None
        principles = _note_principles(s, [n.id for n in notes])
    text = ""
    if cluster is not None and len(notes) > 1:
        text = cluster.name
    elif notes:
        text = " ".join(notes[0].text.split())
    return ActionDraft(
        text=text,
        note_ids=[n.id for n in notes],
        principles=principles,
        cluster_name=cluster.name if cluster is not None else None,
    )
