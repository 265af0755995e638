"""The lock of approved minutes: one guard for every write.

A session whose latest approval has not been reopened is locked: a flush that adds, changes or
deletes anything the minutes are made from (the session, its steps, notes, tags, votes,
clusters and board positions, ratings, photos, actions and their links, phones' queued notes)
is refused with :class:`~workshop.errors.SessionLockedError`, whoever asks (the GUI, the command
line, the participant server). It runs as a ``before_flush`` hook beside the stamper
(:mod:`workshop.store.replication`), and for rows inserted in bulk (:mod:`workshop.store.bulk`)
before they are stamped.

The ways past it: approving and reopening (:mod:`workshop.services.approval`) write only their
own tables, and a merge (a session file, team sync) never changes a locked session: what it
would change waits as a pending revision (:mod:`workshop.services.exchange.pending`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from workshop.domain.formatting import local_time
from workshop.errors import SessionLockedError
from workshop.store.models import (
    Action,
    ActionNote,
    Approval,
    Note,
    NoteFocusArea,
    NotePrinciple,
    PendingNote,
    Tracked,
    WorkshopSession,
)

# Columns that may change while the minutes are approved, none of them shown in the minutes:
# where run mode stands, the follow-up of an action (its status and comment are kept up to date
# after the session; the approved PDF keeps what the minutes said), and the "story worth telling"
# marks of the yearly report.
OPEN_COLUMNS: dict[str, frozenset[str]] = {
    "sessions": frozenset({"current_step_id"}),
    "notes": frozenset({"story"}),
    "actions": frozenset({"status", "comment", "story"}),
}
BOOKKEEPING = frozenset({"id", "updated_at", "device_id", "stamps"})


def lock_of(s: Session, session_id: str) -> Approval | None:
    """The approval that locks ``session_id``, or None if it is not locked."""
    latest = s.scalar(
        select(Approval)
        .where(Approval.session_id == session_id)
        .order_by(Approval.version.desc())
        .limit(1)
    )
    if latest is None or latest.reopened_at is not None:
        return None
    return latest


def locked_among(s: Session, session_ids: Iterable[str]) -> Approval | None:
    """The first lock among ``session_ids`` (one query), or None."""
    ids = sorted(set(session_ids))
    if not ids:
        return None
    rows = s.execute(
        select(Approval.session_id, Approval.version, Approval.reopened_at)
        .where(Approval.session_id.in_(ids))
        .order_by(Approval.session_id, Approval.version)
    ).all()
    latest: dict[str, tuple[int, object]] = {}
    for session_id, version, reopened_at in rows:
        latest[session_id] = (version, reopened_at)
    for session_id in ids:
        if session_id in latest and latest[session_id][1] is None:
            return lock_of(s, session_id)
    return None


def refuse(s: Session, approval: Approval) -> SessionLockedError:
    ws = s.get(WorkshopSession, approval.session_id)
    at = local_time(approval.approved_at).strftime("%Y-%m-%d %H:%M")
    return SessionLockedError(
        "session_locked",
        title=ws.title if ws is not None else approval.session_id,
        by=approval.approved_by,
        at=at,
        version=approval.version,
    )


def check_sessions(s: Session, session_ids: Iterable[str]) -> None:
    """Refuse a write to any of ``session_ids`` that is locked."""
    approval = locked_among(s, [i for i in session_ids if i is not None])
    if approval is not None:
        raise refuse(s, approval)


def guard_flush(s: Session, _context: object = None, _instances: object = None) -> None:
    """The ``before_flush`` hook: refuse a flush that changes a locked session."""
    if s.info.get("merging"):
        return  # a merge writes with plain SQL and routes a locked session to pending revisions
    ids: set[str | None] = set()
    for obj in s.new:
        if isinstance(obj, Tracked | PendingNote):
            ids.add(_session_id(s, obj))
    for obj in s.deleted:
        if isinstance(obj, Tracked | PendingNote):
            ids.add(_session_id(s, obj))
    for obj in s.dirty:
        if isinstance(obj, Tracked | PendingNote) and _changes_data(obj):
            ids.add(_session_id(s, obj))
    ids.discard(None)
    if ids:
        check_sessions(s, ids)  # type: ignore[arg-type]


def _changes_data(obj: object) -> bool:
    state = inspect(obj)
    open_columns = OPEN_COLUMNS.get(getattr(obj, "__tablename__", ""), frozenset())
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in BOOKKEEPING or key in open_columns:
            continue
        if state.attrs[key].history.has_changes():
            return True
    return False


def _session_id(s: Session, obj: object) -> str | None:
    if isinstance(obj, WorkshopSession):
        return obj.id
    session_id = getattr(obj, "session_id", None)
    if session_id is not None:
        return session_id
    if isinstance(obj, NotePrinciple | NoteFocusArea):
        parent = s.get(Note, obj.note_id)
    elif isinstance(obj, ActionNote):
        parent = s.get(Action, obj.action_id)
    else:
        return None
    return parent.session_id if parent is not None else None
