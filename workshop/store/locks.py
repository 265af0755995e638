"""The lock of approved minutes: one guard for every write.

A session whose latest approval has not been reopened is locked: a flush that adds, changes or
deletes anything the minutes are made from (the session, its steps, notes, tags, votes,
clusters and board positions, ratings, photos, actions and their links, phones' queued notes)
is refused with :class:`~workshop.errors.SessionLockedError`, whoever asks (the GUI, the command
line, the participant server). The stamper's ``before_flush`` hook
(:mod:`workshop.store.replication`) runs the guard, and so does the stamping of rows inserted in
bulk (:mod:`workshop.store.bulk`): the list of locked sessions (``library_info``, kept in step
with the approvals by :func:`set_locked`) is read in the same statement as the library's clock,
so a write to a session that is not locked costs nothing more.

The ways past it: approving and reopening (:mod:`workshop.services.approval`) write only their
own tables, and a merge (a session file, team sync) never changes a locked session: what it
would change waits as a pending revision (:mod:`workshop.services.exchange.pending`).
"""

from __future__ import annotations

import json
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
from workshop.store.sql import Sql, set_info

LOCKED_KEY = "locked_sessions"  # library_info: the ids of the locked sessions (JSON)

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


def locked_ids(value: str | None) -> frozenset[str]:
    """The locked sessions as kept in ``library_info`` (a JSON list of ids)."""
    if not value:
        return frozenset()
    try:
        ids = json.loads(value)
    except ValueError:
        return frozenset()
    return frozenset(i for i in ids if isinstance(i, str)) if isinstance(ids, list) else frozenset()


def set_locked(s: Session, session_id: str, locked: bool) -> None:
    """Keep the list of locked sessions (read with the clock in every write) in step with the
    approvals; called in the transaction that approves or reopens."""
    sql = Sql(s.connection())
    ids = set(locked_ids(sql.scalar("SELECT value FROM library_info WHERE key = ?", (LOCKED_KEY,))))
    if locked:
        ids.add(session_id)
    else:
        ids.discard(session_id)
    set_info(sql, LOCKED_KEY, json.dumps(sorted(ids)))


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


def guard(s: Session, locked: frozenset[str], session_ids: Iterable[str | None]) -> None:
    """Refuse a write to any of ``session_ids`` that is among ``locked`` (the list read with the
    clock); the approval itself is read only then, for the message."""
    for session_id in sorted(i for i in set(session_ids) if i is not None and i in locked):
        approval = lock_of(s, session_id)
        if approval is not None:
            raise refuse(s, approval)


def guard_flush(s: Session, locked: frozenset[str]) -> None:
    """In the stamper's ``before_flush``: refuse a flush that changes a locked session."""
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
    guard(s, locked, ids)


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
