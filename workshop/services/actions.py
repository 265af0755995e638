"""Actions that come out of a session: text, owner, due date, status, linked notes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import ActionInfo
from workshop.store.db import Library
from workshop.store.models import ACTION_STATUSES, Action, ActionNote, Note, WorkshopSession


def add_action(
    lib: Library,
    session_id: str,
    text: str,
    *,
    owner: str = "",
    due: date | None = None,
    note_ids: Iterable[str] = (),
    principles: Iterable[int] = (),
) -> str:
    text = text.strip()
    if not text:
        raise InvalidInputError("action_empty")
    with lib.write() as s:
        ws = s.get(WorkshopSession, session_id)
        if ws is None:
            raise NotFoundError("session_not_found", ref=session_id)
        known = {p["number"] for p in ws.framework_snapshot["principles"]}
        principles = list(dict.fromkeys(principles))
        for n in principles:
            if n not in known:
                raise InvalidInputError(
                    "principle_unknown", value=n, known=f"{min(known)}–{max(known)}"
                )
        action = Action(
            session_id=session_id,
            text=text,
            owner=owner.strip(),
            due=due,
            principles=principles,
            device_id=lib.device_id,
        )
        s.add(action)
        s.flush()
        for note_id in dict.fromkeys(note_ids):
            note = s.get(Note, note_id)
            if note is None or note.session_id != session_id:
                raise NotFoundError("note_not_found", ref=note_id)
            s.add(ActionNote(action_id=action.id, note_id=note_id, device_id=lib.device_id))
        return action.id


def set_action(
    lib: Library,
    action_id: str,
    *,
    status: str | None = None,
    comment: str | None = None,
    story: bool | None = None,
) -> None:
    if status is not None and status not in ACTION_STATUSES:
        raise InvalidInputError("action_status_bad", value=status, known=", ".join(ACTION_STATUSES))
    with lib.write() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise NotFoundError("action_not_found", ref=action_id)
        if status is not None:
            action.status = status
        if comment is not None:
            action.comment = comment.strip()
        if story is not None:
            action.story = story
        action.device_id = lib.device_id


def list_actions(
    lib: Library, *, session_id: str | None = None, status: str | None = None
) -> list[ActionInfo]:
    stmt = select(Action, WorkshopSession.title).join(
        WorkshopSession, WorkshopSession.id == Action.session_id
    )
    if session_id:
        stmt = stmt.where(Action.session_id == session_id)
    if status:
        stmt = stmt.where(Action.status == status)
    stmt = stmt.order_by(Action.due.is_(None), Action.due, Action.created_at)
    with lib.read() as s:
        rows = s.execute(stmt).all()
        links: dict[str, list[str]] = defaultdict(list)
        ids = [a.id for a, _ in rows]
        if ids:
            for action_id, note_id in s.execute(
                select(ActionNote.action_id, ActionNote.note_id).where(
                    ActionNote.action_id.in_(ids)
                )
            ):
                links[action_id].append(note_id)
        return [
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
            for a, title in rows
        ]
