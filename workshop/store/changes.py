"""Which sessions changed, and when: a change mark per session (for team sync).

Every write transaction that changes a session gives it the next value of the library's change
counter (``library_info['change_mark']``), as the transaction's last step. The counter is one
row, updated in place, so on PostgreSQL writers take their marks one after the other, in the
order they commit: whoever has read the counter as N has seen every session marked up to N.
The stamper (:mod:`workshop.store.replication`) and the merge tell this module which sessions a
transaction touched (:func:`touch`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from workshop.store.sql import Sql

TOUCHED = "verksted_touched_sessions"
COUNTER = "change_mark"


def touch(session: Session, session_id: str | None) -> None:
    """Remember that this transaction changes ``session_id``."""
    if session_id is not None:
        session.info.setdefault(TOUCHED, set()).add(session_id)


def mark_touched(session: Session) -> int | None:
    """Give every session touched so far the next change mark; the mark, or None if none."""
    session.flush()  # the stamper runs on flush and may touch more
    touched = session.info.pop(TOUCHED, None)
    if not touched:
        return None
    return mark_sessions(Sql(session.connection()), touched)


def mark_sessions(sql: Sql, session_ids: Iterable[str]) -> int:
    mark = int(
        sql.scalar(  # the counter moved on and read in one statement
            "INSERT INTO library_info (key, value) VALUES ('change_mark', '1') "
            "ON CONFLICT (key) DO UPDATE SET "
            "value = CAST(CAST(library_info.value AS BIGINT) + 1 AS TEXT) RETURNING value"
        )
    )
    sql.run_many(
        sql.upsert("session_changes", ("session_id", "mark"), ("session_id",)),
        [(sid, mark) for sid in sorted(session_ids)],
    )
    return mark


def current_mark(sql: Sql) -> int:
    """The counter as committed (or as this transaction has moved it)."""
    value = sql.scalar("SELECT value FROM library_info WHERE key = 'change_mark'")
    return int(value) if value else 0


def session_mark(sql: Sql, session_id: str) -> int:
    value = sql.scalar("SELECT mark FROM session_changes WHERE session_id = ?", (session_id,))
    return int(value) if value is not None else 0


def changed_between(sql: Sql, after: int, upto: int) -> dict[str, int]:
    """Sessions whose mark is in (after, upto], with their marks."""
    cursor = sql.run(
        "SELECT session_id, mark FROM session_changes WHERE mark > ? AND mark <= ?",
        (after, upto),
    )
    return {sid: int(mark) for sid, mark in cursor}
