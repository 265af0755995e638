"""Stamps that let copies of a session on several laptops merge to the same state.

Every change made through the ORM is stamped here, in one ``before_flush`` hook, so services stay
unaware of it:

* a hybrid logical clock (HLC) per library gives stamps that order by (wall time, counter,
  device) and never go backwards even when a laptop's clock is behind one it has merged from;
* each changed column of a travelling row gets its own stamp (per-field last-writer-wins);
* every new, changed, touched (``updated_at`` set so views refresh) or revived row gets this
  device's id: services never set ``device_id`` themselves;
* a note's text is kept as versions with parents (never overwritten, so never lost);
* votes are a counter per device;
* a deleted row leaves a tombstone with its last values, so the deletion travels.

Merging itself lives in :mod:`workshop.services.exchange`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from datetime import UTC, date, datetime
from datetime import time as time_of_day
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from workshop.store.changes import touch
from workshop.store.locks import LOCKED_KEY, guard, guard_flush, locked_ids
from workshop.store.models import (
    Action,
    ActionNote,
    Note,
    NoteFocusArea,
    NotePrinciple,
    NoteVersion,
    NoteVote,
    PendingNote,
    Tombstone,
    Tracked,
    WorkshopSession,
    new_id,
)
from workshop.store.sql import Sql, set_info, stored_row

CREATED = "*"  # stamps key: when the row was made; fields not listed since then carry it
DELETED = "_deleted"  # stamps key of a tombstone: when the row was deleted
HLC_KEY = "hlc"
_COUNTER_MAX = 9999
STAMP_RE = re.compile(r"^\d{13}\.\d{4}\.[0-9a-f-]{1,36}$")
MIN_STAMP = "0000000000000.0000."

# Columns that are bookkeeping, not data: never stamped, never compared.
BOOKKEEPING = frozenset({"id", "updated_at", "device_id", "stamps"})
# Note columns derived from other tables: text from versions, votes from counters.
DERIVED = {"notes": frozenset({"text", "votes"})}
# Columns a tombstone does not keep (the point of deleting is that they go away).
NOT_IN_TOMBSTONE = {"attachments": frozenset({"data"}), "notes": frozenset({"text"})}
# Tables whose rows are identified by a natural key rather than their id: the same tag added on
# two laptops is one tag.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "note_principles": ("note_id", "principle"),
    "note_focus_areas": ("note_id", "focus_area"),
    "action_notes": ("action_id", "note_id"),
}


# How far ahead of this computer's clock a stamp from elsewhere may be. Laptops' clocks differ by
# seconds or minutes (a wrong time zone: hours); a stamp further ahead is crafted or broken, and
# accepting it would drag this library's clock along: every later change would carry it and
# every file packed here would be refused everywhere.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000


def make_stamp(ms: int, counter: int, device_id: str) -> str:
    return f"{ms:013d}.{counter:04d}.{device_id}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    ms, counter, _device = stamp.split(".", 2)
    return int(ms), int(counter)


def stamp_key(stamp: str) -> tuple[int, int, str]:
    """A stamp as the numbers it orders by (ms, counter, then the device id).

    Stamps are compared with this, never as strings: as text a 14-digit time (after the year
    2286, or from a clock pushed ahead) would sort below every 13-digit one.
    """
    ms, counter, device = stamp.split(".", 2)
    return int(ms), int(counter), device


def latest(stamps: Iterable[str]) -> str:
    return max(stamps, key=stamp_key)


def earliest(stamps: Iterable[str]) -> str:
    return min(stamps, key=stamp_key)


def wall_ms() -> int:
    return int(time.time() * 1000)


def too_far_ahead(stamp: str, now_ms: int | None = None) -> bool:
    """True for a stamp more than :data:`MAX_AHEAD_MS` ahead of this computer's clock."""
    now_ms = wall_ms() if now_ms is None else now_ms
    return parse_stamp(stamp)[0] > now_ms + MAX_AHEAD_MS


def legacy_stamp(updated_at: datetime | str | None, device_id: str | None) -> str:
    """The stamp of a row written before stamps existed: its last change time."""
    if isinstance(updated_at, str):
        try:
            updated_at = datetime.fromisoformat(updated_at)
        except ValueError:
            updated_at = None
    if updated_at is None:
        return MIN_STAMP + (device_id or "")
    ms = int(updated_at.replace(tzinfo=UTC).timestamp() * 1000)  # stored as naive UTC
    return make_stamp(max(ms, 0), 0, device_id or "")


def row_stamps(stamps: dict[str, Any] | None, updated_at: Any, device_id: str | None) -> dict:
    if stamps and CREATED in stamps:
        return stamps
    base = {CREATED: legacy_stamp(updated_at, device_id)}
    if stamps:
        base.update(stamps)
    return base


def field_stamp(stamps: dict[str, Any], field: str) -> str:
    return stamps.get(field, stamps[CREATED])


def row_key(table: str, values: dict[str, Any]) -> str:
    names = NATURAL_KEYS.get(table)
    if names is None:
        return str(values["id"])
    return "|".join(str(values[name]) for name in names)


def data_columns(table: str, columns: Iterable[str]) -> list[str]:
    skip = BOOKKEEPING | DERIVED.get(table, frozenset())
    return [c for c in columns if c not in skip]


class Clock:
    """A hybrid logical clock, kept in the library so every process on the device shares it."""

    def __init__(self, device_id: str, last: str | None, now_ms: int | None = None) -> None:
        self.device_id = device_id
        self.ms, self.counter = parse_stamp(last) if last else (0, 0)
        self.changed = False
        if last and too_far_ahead(last, now_ms):
            # Pushed ahead by a crafted stamp before such stamps were refused: go on from the
            # wall clock, so that no new stamp carries the poisoned time.
            self.ms, self.counter = 0, 0

    locked: frozenset[str] = frozenset()  # sessions whose approved minutes lock them

    @classmethod
    def load(cls, session: Session, device_id: str) -> Clock:
        """The library's clock and, in the same statement, which sessions are locked
        (:mod:`workshop.store.locks`)."""
        # Plain SQL: this runs in every write, and the ORM's identity map adds nothing here.
        last, locked = read_clock_and_locks(Sql(session.connection()))
        clock = cls(device_id, last)
        clock.locked = locked
        return clock

    def tick(self, now_ms: int | None = None) -> str:
        now_ms = wall_ms() if now_ms is None else now_ms
        if now_ms > self.ms:
            self.ms, self.counter = now_ms, 0
        elif self.counter < _COUNTER_MAX:
            self.counter += 1
        else:
            self.ms, self.counter = self.ms + 1, 0
        self.changed = True
        return make_stamp(self.ms, self.counter, self.device_id)

    def observe(self, stamp: str, now_ms: int | None = None) -> None:
        """Move past a stamp seen in a merged file, so later local edits order after it.

        Never past :data:`MAX_AHEAD_MS` ahead of the wall clock: such a stamp is refused before
        a merge (:func:`workshop.services.exchange.merge.check_stamps`), and is ignored here.
        """
        if too_far_ahead(stamp, now_ms):
            return
        ms, counter = parse_stamp(stamp)
        if (ms, counter) > (self.ms, self.counter):
            self.ms, self.counter = ms, counter
            self.changed = True

    @property
    def last(self) -> str:
        return make_stamp(self.ms, self.counter, self.device_id)

    def save(self, session: Session) -> None:
        if self.changed:
            set_info(Sql(session.connection()), HLC_KEY, self.last)


def read_clock(sql: Sql) -> str | None:
    """The library's clock; on PostgreSQL its row stays locked until the transaction ends, so
    two writers on the team server never save clocks out of order."""
    lock = " FOR UPDATE" if sql.pg else ""
    return sql.scalar(f"SELECT value FROM library_info WHERE key = ?{lock}", (HLC_KEY,))


def read_clock_and_locks(sql: Sql) -> tuple[str | None, frozenset[str]]:
    """The clock (as :func:`read_clock`) and the locked sessions, in one statement."""
    lock = " FOR UPDATE" if sql.pg else ""
    rows = sql.run(
        f"SELECT key, value FROM library_info WHERE key IN (?, ?){lock}", (HLC_KEY, LOCKED_KEY)
    ).fetchall()
    values = dict(rows)
    return values.get(HLC_KEY), locked_ids(values.get(LOCKED_KEY))


DEVICE_KEY = "device_id"  # Session.info key: the device whose clock stamps the session's rows


def install(factory: sessionmaker, device_id: str) -> None:
    """Stamp every flush of sessions made by ``factory`` with this device's clock."""
    factory.configure(info={DEVICE_KEY: device_id})
    event.listen(factory, "before_flush", _Stamper(device_id))


def stamp_created(
    session: Session, rows: list[tuple[Tracked, dict[str, Any]]], version_ids: dict[str, str]
) -> dict[Any, list[dict[str, Any]]]:
    """Stamp new rows made ready outside the ORM (:mod:`workshop.store.bulk`) as the flush hook
    stamps a new row: a fresh stamp of the library's clock, this device's id, and for a note the
    first version of its text (id from ``version_ids``) and its vote counter. The row dicts hold
    stored values (JSON as text); returns every row to insert, by table."""
    device_id = session.info[DEVICE_KEY]
    clock = Clock.load(session, device_id)
    if clock.locked:  # approved minutes: nothing is added to them
        guard(session, clock.locked, {session_of(obj) for obj, _row in rows})
    tables: dict[Any, list[dict[str, Any]]] = {}
    for obj, row in rows:
        stamp = clock.tick()
        # The stamps column as SQLAlchemy's JSON type writes it (a stamp needs no escaping).
        row["stamps"] = f'{{"{CREATED}": "{stamp}"}}'
        row["device_id"] = device_id
        tables.setdefault(obj.__table__, []).append(row)
        if isinstance(obj, Note):
            version = {"id": version_ids[row["id"]], "note_id": row["id"], "text": row["text"]}
            version.update(parents="[]", stamp=stamp, device_id=device_id)
            tables.setdefault(NoteVersion.__table__, []).append(version)
            if row.get("votes"):
                vote = {"note_id": row["id"], "device_id": device_id, "adds": row["votes"]}
                tables.setdefault(NoteVote.__table__, []).append({**vote, "removes": 0})
    clock.save(session)
    for obj, _row in rows:  # the change marks of team sync see these rows like any other
        touch(session, session_of(obj))
    return tables


def session_of(obj: Tracked) -> str | None:
    if isinstance(obj, WorkshopSession):
        return obj.id
    session_id = getattr(obj, "session_id", None)
    if session_id is not None:
        return session_id
    return None


class _Stamper:
    def __init__(self, device_id: str) -> None:
        self.device_id = device_id

    def __call__(self, session: Session, _context: object, _instances: object) -> None:
        if session.info.get("merging"):
            return
        new = [o for o in session.new if isinstance(o, Tracked)]
        dirty = [o for o in session.dirty if isinstance(o, Tracked)]
        deleted = [o for o in session.deleted if isinstance(o, Tracked)]
        queued = [o for o in session.new if isinstance(o, PendingNote)]  # a phone's, waiting
        if not (new or dirty or deleted or queued):
            return
        clock = Clock.load(session, self.device_id)
        if clock.locked:  # approved minutes: the one guard of every change to them
            guard_flush(session, clock.locked)
        pending_heads: dict[str, list[str]] = {}
        for obj in new:
            self._created(session, clock, obj, pending_heads)
        for obj in dirty:
            self._changed(session, clock, obj, pending_heads)
        gone = {o.id for o in deleted if isinstance(o, WorkshopSession)}
        for obj in deleted:
            self._deleted(session, clock, obj, gone)
        clock.save(session)
        for obj in (*new, *dirty, *deleted):  # ids are set now
            touch(session, _session_id_of(session, obj))

    def _created(self, session: Session, clock: Clock, obj: Tracked, heads: dict) -> None:
        stamp = clock.tick()
        obj.stamps = {CREATED: stamp}
        obj.device_id = self.device_id
        table = obj.__tablename__
        if obj.id is None:
            obj.id = new_id()
        if isinstance(obj, Note):
            version = NoteVersion(
                note_id=obj.id, text=obj.text, parents=[], stamp=stamp, device_id=self.device_id
            )
            session.add(version)
            heads[obj.id] = [version.id]
            if obj.votes:
                session.add(
                    NoteVote(note_id=obj.id, device_id=self.device_id, adds=obj.votes, removes=0)
                )
        if not isinstance(obj, WorkshopSession | Note):
            key = row_key(table, _values(obj))
            old = session.get(Tombstone, (table, key))
            if old is not None:  # brought back (undo of a deletion): no longer deleted
                obj.stamps = _revived_stamps(obj, old, stamp)
                session.delete(old)

    def _changed(self, session: Session, clock: Clock, obj: Tracked, heads: dict) -> None:
        state = inspect(obj)
        table = obj.__tablename__
        changed = []
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in BOOKKEEPING:
                continue
            if state.attrs[key].history.has_changes():
                changed.append(key)
        # A row from before stamps takes its stamp from its last stored change, not from the
        # bookkeeping (``updated_at``, ``device_id``) a service may set in this transaction,
        # and keeps it from now on: a touch that changes no data must not make it look newer.
        stamps = dict(
            row_stamps(obj.stamps, _committed(state, "updated_at"), _committed(state, "device_id"))
        )
        if not changed:
            if obj.stamps is None:
                obj.stamps = stamps
            if state.attrs["updated_at"].history.has_changes():
                obj.device_id = self.device_id  # touched here, so that views refresh it
            return
        stamp = clock.tick()
        for key in changed:
            if key not in DERIVED.get(table, ()):
                stamps[key] = stamp
        obj.stamps = stamps
        obj.device_id = self.device_id
        if isinstance(obj, Note):
            if "text" in changed:
                parents = heads.get(obj.id)
                if parents is None:
                    parents = note_heads(session, obj.id)
                version = NoteVersion(
                    note_id=obj.id,
                    text=obj.text,
                    parents=sorted(parents),
                    stamp=stamp,
                    device_id=self.device_id,
                )
                session.add(version)
                heads[obj.id] = [version.id]
            if "votes" in changed:
                history = state.attrs["votes"].history
                before = history.deleted[0] if history.deleted else 0
                delta = (obj.votes or 0) - (before or 0)
                counter = session.get(NoteVote, (obj.id, self.device_id))
                if counter is None:
                    counter = NoteVote(note_id=obj.id, device_id=self.device_id, adds=0, removes=0)
                    session.add(counter)
                if delta > 0:
                    counter.adds = (counter.adds or 0) + delta
                elif delta < 0:
                    counter.removes = (counter.removes or 0) - delta
                # Shown votes are the sum over every device, as after a merge.
                counters = {
                    c.device_id: c
                    for c in session.scalars(select(NoteVote).where(NoteVote.note_id == obj.id))
                }
                counters[self.device_id] = counter
                obj.votes = max(0, sum((c.adds or 0) - (c.removes or 0) for c in counters.values()))

    def _deleted(self, session: Session, clock: Clock, obj: Tracked, gone: set[str]) -> None:
        # A purged session takes everything with it (no tombstones: nothing may remain).
        if isinstance(obj, WorkshopSession | Note):
            return
        table = obj.__tablename__
        session_id = _session_id_of(session, obj)
        if session_id is None or session_id in gone:
            return
        raw = raw_row(session, table, obj.id)
        if raw is None:
            return
        stamps = dict(
            row_stamps(loads_json(raw.get("stamps")), raw["updated_at"], raw["device_id"])
        )
        stamps[DELETED] = clock.tick()
        data = {
            k: v
            for k, v in raw.items()
            if k not in BOOKKEEPING and k not in NOT_IN_TOMBSTONE.get(table, ())
        }
        key = row_key(table, raw)
        tomb = session.get(Tombstone, (table, key))
        if tomb is None:
            session.add(
                Tombstone(
                    table_name=table, row_key=key, session_id=session_id, data=data, stamps=stamps
                )
            )
        else:
            tomb.data = data
            tomb.stamps = stamps


def raw_row(session: Session, table: str, row_id: str) -> dict[str, Any] | None:
    """A row in the stored form of a SQLite library (dates as text, JSON as text, booleans as
    0/1), whichever the backend (:mod:`workshop.store.sql`)."""
    sql = Sql(session.connection())
    cursor = sql.run(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip(cursor.keys(), row, strict=True))
    return stored_row(table, values) if sql.pg else values


def loads_json(text: Any) -> Any:
    """A JSON column as read with plain SQL (text), or already decoded by the ORM."""
    if text is None or text == "":
        return None
    if isinstance(text, dict | list):
        return text
    return json.loads(text)


def _revived_stamps(obj: Tracked, tomb: Tombstone, stamp: str) -> dict[str, str]:
    """Stamps of a row brought back under its old id (undo of a deletion).

    Fields that still hold the value the row had keep their old stamps, so an edit made to the
    row elsewhere in the meantime still wins; only the revival itself (and any field given a
    new value) is the new change.
    """
    old = dict(tomb.stamps or {})
    created = old.get(CREATED, stamp)
    stamps = {CREATED: created}
    data = tomb.data or {}
    for attr in inspect(obj).mapper.column_attrs:
        key = attr.key
        if key in BOOKKEEPING:
            continue
        if key in data and _stored(getattr(obj, key)) == data[key]:
            kept = old.get(key, created)
            if kept != created:
                stamps[key] = kept
        else:
            stamps[key] = stamp
    stamps[DELETED] = stamp
    return stamps


def _stored(value: Any) -> Any:
    """A value as the library stores it in SQLite (what a tombstone keeps)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, time_of_day):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


def _committed(state, key: str) -> Any:
    """An attribute's value as loaded from the database (before changes in this session)."""
    history = state.attrs[key].history
    if history.deleted:
        return history.deleted[0]
    return getattr(state.obj(), key)


def _values(obj: Tracked) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: getattr(obj, attr.key) for attr in state.mapper.column_attrs}


def _session_id_of(session: Session, obj: Tracked) -> str | None:
    session_id = session_of(obj)
    if session_id is not None:
        return session_id
    # The parent is nearly always in the session already (no query); a new one is pending.
    if isinstance(obj, NotePrinciple | NoteFocusArea):
        parent = session.get(Note, obj.note_id)
    elif isinstance(obj, ActionNote):
        parent = session.get(Action, obj.action_id)
    else:
        return None
    return parent.session_id if parent is not None else None


def head_ids(versions: Iterable[tuple[str, Any]]) -> set[str]:
    """Of (version id, parents) pairs, the versions no other version was written over."""
    versions = list(versions)
    parents = {p for _id, ps in versions for p in (loads_json(ps) or [])}
    return {vid for vid, _ps in versions if vid not in parents}


def note_heads(session: Session, note_id: str) -> list[str]:
    """The heads of one note's text."""
    rows = session.execute(
        select(NoteVersion.id, NoteVersion.parents).where(NoteVersion.note_id == note_id)
    ).all()
    return sorted(head_ids(rows))
