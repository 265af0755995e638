"""Many new rows at once: a batch of notes (a CSV file of 100,000 rows) in moments of write lock.

The ORM's flush works row by row, and the stamper (:mod:`workshop.store.replication`) with it.
Here the rows of a batch are made ready before the write transaction — ids, defaults, every
value already in the form SQLite stores — and inside it only stamped
(:func:`workshop.store.replication.stamp_created`, which alone sets their device id, exactly as
the stamper does for a new row) and inserted with one ``executemany`` per table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from workshop.store.models import Note, NoteVersion, NoteVote, Tombstone, Tracked, new_id
from workshop.store.replication import row_key, stamp_created

_LATE = ("stamps", "device_id")  # set in the write transaction


class NewRows:
    """New, unsaved objects of travelling tables (parents before children: notes, then tags),
    made ready for :func:`insert_created` outside any transaction: ids, defaults, and every value
    already converted by SQLAlchemy's own column types to what SQLite stores."""

    def __init__(self, objects: Sequence[Tracked], dialect) -> None:
        self.rows: list[tuple[Tracked, dict[str, Any]]] = []
        self._by_object: dict[int, dict[str, Any]] = {}
        processors: dict[Table, dict[str, Any]] = {}
        for obj in objects:
            if type(obj).__name__ == "WorkshopSession":
                raise TypeError("sessions are created through the ORM")
            if obj.id is None:
                obj.id = new_id()
            table = obj.__table__
            if table not in processors:
                processors[table] = {c.key: c.type._cached_bind_processor(dialect) for c in table.c}
            row = _complete(obj)
            for name, process in processors[table].items():
                if process is not None and name in row:
                    row[name] = process(row[name])
            self.rows.append((obj, row))
            self._by_object[id(obj)] = row
        self.version_ids = {row["id"]: new_id() for obj, row in self.rows if isinstance(obj, Note)}

    def set(self, obj: Tracked, key: str, value: Any) -> None:
        """Set a plain value (a note's number) on an object after it was made ready."""
        setattr(obj, key, value)
        self._by_object[id(obj)][key] = value


def _complete(obj: Tracked) -> dict[str, Any]:
    """Every column's value: as set on the object, else the column's default (then set on the
    object too)."""
    given = vars(obj)
    row: dict[str, Any] = {}
    for column in obj.__table__.c:
        name = column.key
        if name in _LATE:
            continue
        value = given.get(name)
        if value is None and column.default is not None:
            default = column.default
            value = default.arg(None) if default.is_callable else default.arg
            setattr(obj, name, value)  # the object holds what is stored
        if value is None and column.server_default is not None and name not in given:
            continue  # the database's own default
        row[name] = value
    return row


def insert_created(session: Session, batch: NewRows) -> None:
    """Stamp the batch's rows (in the caller's write transaction) and insert them.

    A row that brings back a deleted row's key (its tombstone is there) takes the ordinary way,
    through the ORM and its stamper.
    """
    session.flush()  # what the caller's transaction holds goes first (a session, a step)
    if session.get_bind().dialect.name != "sqlite":
        # A team server takes the ORM's way: its driver has its own placeholders and types, and
        # a batch there is one laptop's, not a CSV file of thousands written beside the capture.
        session.add_all([obj for obj, _row in batch.rows])
        return
    revived = _tombstoned(session, batch.rows)
    fresh = []
    for obj, row in batch.rows:
        if revived and (obj.__tablename__, row_key(obj.__tablename__, row)) in revived:
            session.add(obj)
        else:
            fresh.append((obj, row))
    tables = stamp_created(session, fresh, batch.version_ids)
    connection = session.connection()
    first = [Note.__table__, NoteVersion.__table__, NoteVote.__table__]
    for table in dict.fromkeys([*first, *tables]):
        # One statement per shape of row: executemany needs the same columns in every row.
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in tables.get(table, []):
            shapes.setdefault(tuple(row), []).append(row)
        for names, same in shapes.items():
            quoted = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" for _ in names)
            connection.exec_driver_sql(
                f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
                [tuple(row.values()) for row in same],
            )


def _tombstoned(session: Session, rows: list[tuple[Tracked, dict]]) -> set[tuple[str, str]]:
    """(table, key) of the new rows whose key a tombstone holds."""
    keys: dict[str, list[str]] = {}
    new_notes = {row["id"] for obj, row in rows if isinstance(obj, Note)}
    for obj, row in rows:
        # Notes leave no tombstones, and the tags of a note made now cannot have one.
        if not isinstance(obj, Note) and row.get("note_id") not in new_notes:
            keys.setdefault(obj.__tablename__, []).append(row_key(obj.__tablename__, row))
    found: set[tuple[str, str]] = set()
    for table, wanted in keys.items():
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                session.query(Tombstone.table_name, Tombstone.row_key)
                .filter(Tombstone.table_name == table, Tombstone.row_key.in_(chunk))
                .all()
            )
    return found
