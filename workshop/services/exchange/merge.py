"""Merging a session file's rows into the library's copy of the session.

A pure function of what both sides have seen, so every copy reaches the same state whatever the
order of merges:

* rows: per field, the value with the later stamp wins (ties: the later device id, then the
  non-empty value); a deletion is the pseudo-field ``_deleted`` of the same row, kept in a
  tombstone while the row is gone;
* note text: the union of all versions; the shown text is the latest head, and two heads are a
  conflict the facilitator resolves (:mod:`.conflicts`);
* votes: per device the larger count of adds and of removes, summed for display.

Everything here runs on the connection of the one transaction :func:`.pack.merge_session`
opens, with plain SQL written once for SQLite and PostgreSQL (:mod:`workshop.store.sql`): the
stamper stays out of it (the rows keep the stamps they came with).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from workshop.errors import InvalidInputError
from workshop.services.attachments import MEDIA_TYPE, checked_photo
from workshop.services.exchange.conflicts import conflicted
from workshop.store.models import utcnow
from workshop.store.replication import (
    CREATED,
    DELETED,
    DERIVED,
    HLC_KEY,
    NATURAL_KEYS,
    NOT_IN_TOMBSTONE,
    Clock,
    data_columns,
    earliest,
    field_stamp,
    head_ids,
    latest,
    loads_json,
    parse_stamp,
    read_clock,
    row_stamps,
    stamp_key,
    too_far_ahead,
    wall_ms,
)
from workshop.store.sessionfile import (
    NOT_DECODED,
    SessionFileContent,
    SessionFileError,
    columns,
)
from workshop.store.sql import Sql, set_info

NULLABLE_REFS: dict[str, dict[str, str]] = {
    "notes": {"step_id": "steps", "cluster_id": "clusters"},
    "ratings": {"step_id": "steps"},
    "attachments": {"step_id": "steps"},
}
REQUIRED_REFS: dict[str, dict[str, str]] = {
    "note_principles": {"note_id": "notes"},
    "note_focus_areas": {"note_id": "notes"},
    "action_notes": {"action_id": "actions", "note_id": "notes"},
}
ROW_TABLES = (
    "sessions",
    "steps",
    "clusters",
    "notes",
    "note_principles",
    "note_focus_areas",
    "actions",
    "action_notes",
    "ratings",
    "attachments",
)
# How each table's rows of one session are found (the session id fills the one placeholder).
SCOPE = {
    "sessions": "id = ?",
    "steps": "session_id = ?",
    "clusters": "session_id = ?",
    "notes": "session_id = ?",
    "actions": "session_id = ?",
    "ratings": "session_id = ?",
    "attachments": "session_id = ?",
    "tombstones": "session_id = ?",
    "note_versions": "note_id IN (SELECT id FROM notes WHERE session_id = ?)",
    "note_votes": "note_id IN (SELECT id FROM notes WHERE session_id = ?)",
    "note_principles": "note_id IN (SELECT id FROM notes WHERE session_id = ?)",
    "note_focus_areas": "note_id IN (SELECT id FROM notes WHERE session_id = ?)",
    "action_notes": "action_id IN (SELECT id FROM actions WHERE session_id = ?)",
}


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class MergeSummary:
    session_id: str
    title: str
    new_session: bool
    notes: TableCounts = field(default_factory=TableCounts)
    other: TableCounts = field(default_factory=TableCounts)
    conflicts: int = 0
    dry_run: bool = False
    tables: dict[str, TableCounts] = field(default_factory=dict)
    pending: bool = False  # the session's minutes are approved: held as a pending revision

    @property
    def new(self) -> int:
        return self.notes.new + self.other.new

    @property
    def updated(self) -> int:
        return self.notes.updated + self.other.updated

    @property
    def unchanged(self) -> int:
        return self.notes.unchanged + self.other.unchanged

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(new=self.new, updated=self.updated, unchanged=self.unchanged)
        return out


def _file_stamps(content: SessionFileContent) -> Iterator[str]:
    """Every stamp in the file: each row's field stamps, each text version's, each tombstone's."""
    for table, rows in content.rows.items():
        if table == "note_versions":
            for row in rows:
                yield row["stamp"]
        if not rows or "stamps" not in rows[0]:
            continue
        for stamps in content.decoded(table, "stamps"):
            if stamps:
                yield from stamps.values()


def check_stamps(content: SessionFileContent, file_name: str = "") -> str:
    """Refuse content with a stamp far ahead of this computer's clock (see
    :data:`~workshop.store.replication.MAX_AHEAD_MS`), before anything is merged; returns the
    latest stamp in it ("" when there is none), which the library's clock then moves past.

    Every merge — a session file now, a team library's sync later — goes through here, so a
    crafted stamp never reaches the library or its clock.
    """
    now = wall_ms()
    last = _latest(list(_file_stamps(content)))
    if last and too_far_ahead(last, now):
        when = datetime.fromtimestamp(parse_stamp(last)[0] / 1000, UTC)
        raise SessionFileError(
            "session_file_future_stamp", file=file_name, when=when.strftime("%Y-%m-%d %H:%M")
        )
    return last


# Stamps of the usual shape (a 13-digit time, a 4-digit counter), one a line.
_USUAL_STAMPS = re.compile(r"[0-9]{13}\.[0-9]{4}\.[^\n]*(?:\n[0-9]{13}\.[0-9]{4}\.[^\n]*)*")


def _latest(stamps: list[str]) -> str:
    """The latest of ``stamps`` ("" for none). When every one has the usual shape, their text
    order is the order of :func:`stamp_key` (the same widths, digits first), found in one go."""
    if not stamps:
        return ""
    lines = "\n".join(stamps)
    if lines.count("\n") == len(stamps) - 1 and _USUAL_STAMPS.fullmatch(lines):
        return max(stamps)
    return max(stamps, key=stamp_key)


def check_photos(content: SessionFileContent, file_name: str = "") -> None:
    """Decode and limit every photo as ``attach`` does, before anything is merged.

    The width and height a file states are never trusted: each photo is decoded
    (:func:`~workshop.services.attachments.checked_photo`), a hostile one (damaged, or a
    decompression bomb of 30,000 × 60,000 pixels in a few kilobytes) refuses the file in one
    line, and one too large for the minutes is shrunk, its row given the real size.
    """
    for number, row in enumerate(content.rows.get("attachments", []), start=1):
        try:
            data, width, height = checked_photo(row["data"], file_name)
        except InvalidInputError as exc:
            if exc.key == "photo_too_many_pixels":
                raise SessionFileError(
                    "session_file_photo_too_large",
                    file=file_name,
                    n=number,
                    pixels=exc.params["pixels"],
                    limit=exc.params["limit"],
                ) from None
            raise SessionFileError(
                "session_file_photo_unreadable", file=file_name, n=number
            ) from None
        row.update(data=data, width=width, height=height, media_type=MEDIA_TYPE)


def local_rows(conn, name: str, session_id: str) -> list[dict[str, Any]]:
    """A table's rows of one session, in the stored form (as in a session file)."""
    return Sql(conn).rows(name, columns(name), SCOPE[name], (session_id,))


def _device_of(stamp: str) -> str:
    return stamp.split(".", 2)[2]


def _keys(table: str, rows: list[dict[str, Any]]) -> list[str]:
    """:func:`~workshop.store.replication.row_key` of every row, made for all rows at once."""
    names = NATURAL_KEYS.get(table)
    if names is None:
        return list(map(str, map(itemgetter("id"), rows)))
    return ["|".join(map(str, key)) for key in map(itemgetter(*names), rows)]


def _chunks(keys: list[str], size: int = 500) -> Iterator[tuple[tuple[str, ...], str]]:
    """Keys a few hundred at a time, each chunk with its placeholders (``?, ?, …``)."""
    for start in range(0, len(keys), size):
        chunk = tuple(keys[start : start + size])
        yield chunk, ", ".join("?" for _ in chunk)


class _Logical:
    """A row as merge sees it: values and stamps per field, ``_deleted`` included."""

    __slots__ = ("id", "stamps", "values")

    def __init__(self, row_id: str | None, values: dict[str, Any], stamps: dict[str, str]):
        self.id = row_id
        self.values = values
        self.stamps = stamps

    def stamp(self, name: str) -> str:
        return field_stamp(self.stamps, name)

    @property
    def dead(self) -> bool:
        return bool(self.values.get(DELETED))


def _live(
    table: str, row: dict[str, Any], names: list[str], decoded: Any = NOT_DECODED
) -> _Logical:
    if decoded is NOT_DECODED:
        decoded = loads_json(row.get("stamps"))
    stamps = row_stamps(decoded, row.get("updated_at"), row.get("device_id"))
    values = {c: row[c] for c in names}
    values[DELETED] = 0
    return _Logical(row.get("id"), values, stamps)


def _dead(tomb: dict[str, Any]) -> _Logical:
    values = dict(loads_json(tomb["data"]))
    values[DELETED] = 1
    row_id = tomb["row_key"] if tomb["table_name"] not in NATURAL_KEYS else None
    return _Logical(row_id, values, dict(loads_json(tomb["stamps"])))


def _merge(local: _Logical | None, remote: _Logical) -> _Logical:
    if local is None:
        return remote
    values: dict[str, Any] = {}
    chosen: dict[str, str] = {}
    for name in local.values.keys() | remote.values.keys():
        in_l, in_r = name in local.values, name in remote.values
        if in_l and not in_r:
            values[name], chosen[name] = local.values[name], local.stamp(name)
            continue
        if in_r and not in_l:
            values[name], chosen[name] = remote.values[name], remote.stamp(name)
            continue
        sl, sr = local.stamp(name), remote.stamp(name)
        vl, vr = local.values[name], remote.values[name]
        if sl == sr:  # most fields: the same stamp on both sides, no need to read it
            keep_left = _tie_keeps_left(vl, vr)
        else:
            kl, kr = stamp_key(sl), stamp_key(sr)
            keep_left = kl > kr or (kl == kr and _tie_keeps_left(vl, vr))
        if keep_left:
            values[name], chosen[name] = vl, sl
        else:
            values[name], chosen[name] = vr, sr
    created = earliest((local.stamps[CREATED], remote.stamps[CREATED]))
    stamps = {CREATED: created}
    for name, stamp in chosen.items():
        if stamp != created:
            stamps[name] = stamp
    return _Logical(local.id or remote.id, values, stamps)


def _tie_keeps_left(left: Any, right: Any) -> bool:
    """The same stamp with two values (a reference cleared on one side): keep the non-empty."""
    if left == right or right is None:
        return True
    if left is None:
        return False
    return repr(left) >= repr(right)


def _same(a: _Logical, b: _Logical) -> bool:
    if a.values != b.values:
        return False
    names = a.values.keys()
    return all(a.stamp(n) == b.stamp(n) for n in names)


def _same_data(table: str, names: list[str], live: dict[str, set[str]]):
    """``same(local_row, file_row, file_stamps)``: True when the two rows are one and the same,
    so that merging them changes nothing: the same stamps text (with a creation stamp, so it is
    not a row from before stamps), the same value in every data column, and every reference it
    holds to a row that is there after the merge. False means only: merge them field by field.
    """
    values = itemgetter(*names)
    required = [(c, live.get(t, set())) for c, t in REQUIRED_REFS.get(table, {}).items()]
    nullable = [(c, live.get(t, set())) for c, t in NULLABLE_REFS.get(table, {}).items()]

    def same(mine: dict[str, Any], theirs: dict[str, Any], stamps: Any) -> bool:
        text = theirs.get("stamps")
        if text is None or text != mine.get("stamps") or not isinstance(stamps, dict):
            return False
        if CREATED not in stamps or values(mine) != values(theirs):
            return False
        for column, there in required:
            if theirs[column] not in there:
                return False
        for column, there in nullable:
            value = theirs[column]
            if value is not None and value not in there:
                return False
        return True

    return same


class Merger:
    def __init__(
        self, conn, device_id: str, content: SessionFileContent, file_name: str = ""
    ) -> None:
        self.conn = conn
        self.sql = Sql(conn)
        self.file_name = file_name
        self.wrote = False
        self.device_id = device_id
        self.content = content
        self.sid = content.session_id
        self.now = utcnow().isoformat(sep=" ")
        self.live: dict[str, set[str]] = {}
        self.touched_notes: set[str] = set()
        self.max_stamp = ""
        self.here = True

    def run(self) -> MergeSummary:
        # The clock moves past every stamp in the file, so later edits here order after it.
        self.max_stamp = check_stamps(self.content, self.file_name)
        check_photos(self.content, self.file_name)
        local_session = local_rows(self.conn, "sessions", self.sid)
        # A session new here has no rows here at all (they all hang on the session row): its
        # tables are not read, which halves a first sync's queries.
        self.here = bool(local_session)
        remote_session = self.content.rows["sessions"][0]
        summary = MergeSummary(
            session_id=self.sid,
            title=remote_session["title"],
            new_session=not local_session,
        )
        tombs_remote = self._group_tombs(self.content.rows["tombstones"])
        tombs_local = self._group_tombs(self._local_rows("tombstones"))
        for table in ROW_TABLES:
            counts = self._merge_table(
                table, tombs_local.get(table, {}), tombs_remote.get(table, {})
            )
            summary.tables[table] = counts
            if table == "notes":
                summary.notes = counts
            else:
                bucket = summary.other
                bucket.new += counts.new
                bucket.updated += counts.updated
                bucket.unchanged += counts.unchanged
            if table == "notes":
                self._merge_versions(summary)
                self._merge_votes(summary)
        self._refresh_notes()
        summary.conflicts = self._conflicts()
        title = self.sql.scalar("SELECT title FROM sessions WHERE id = ?", (self.sid,))
        summary.title = title or summary.title
        self._advance_clock()
        return summary

    @staticmethod
    def _group_tombs(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for row in rows:
            out.setdefault(row["table_name"], {})[row["row_key"]] = row
        return out

    def _note_stamp(self, stamps: Iterable[str]) -> None:
        for stamp in stamps:
            if not self.max_stamp or stamp_key(stamp) > stamp_key(self.max_stamp):
                self.max_stamp = stamp

    def _merge_table(
        self, table: str, tombs_local: dict[str, dict], tombs_remote: dict[str, dict]
    ) -> TableCounts:
        names = data_columns(table, columns(table))
        all_columns = columns(table)
        counts = TableCounts()
        # A note's text and votes here are derived (from versions and counters): not read.
        wanted = [c for c in all_columns if c not in DERIVED.get(table, ())]
        mine_rows = self.sql.rows(table, wanted, SCOPE[table], (self.sid,)) if self.here else []
        local = dict(zip(_keys(table, mine_rows), mine_rows, strict=True))
        live_ids = {row["id"] for row in local.values()}
        same_data = _same_data(table, names, self.live)
        remote: dict[str, _Logical] = {}
        rows = self.content.rows[table]
        stamps_of = self.content.decoded(table, "stamps")
        for key, row, stamps in zip(_keys(table, rows), rows, stamps_of, strict=True):
            mine_row = local.get(key)
            if (
                mine_row is not None
                and key not in tombs_remote
                and same_data(mine_row, row, stamps)
            ):
                # The same row on both sides, stamps and all (most of a file merged again):
                # nothing to merge.
                counts.unchanged += 1
                continue
            remote[key] = _live(table, row, names, stamps)
        for key, tomb in tombs_remote.items():
            dead = _dead(tomb)
            remote[key] = _merge(remote.get(key), dead) if key in remote else dead

        inserts, updates, deletes, tomb_writes, tomb_deletes = [], [], [], [], []
        for key, theirs in remote.items():
            self._note_stamp(theirs.stamps.values())  # also a row's from before stamps
            mine_row = local.get(key)
            if mine_row is not None:
                mine: _Logical | None = _live(table, mine_row, names)
                local_id = mine_row["id"]
            elif key in tombs_local:
                mine, local_id = _dead(tombs_local[key]), None
            else:
                mine, local_id = None, None
            merged = _merge(mine, theirs)
            if not merged.dead and not self._references_ok(table, merged):
                continue
            self._clear_missing(table, merged)
            same = mine is not None and _same(merged, mine)
            alive_before = mine is not None and not mine.dead
            if not merged.dead or alive_before:  # tombstones alone are not counted
                if same:
                    counts.unchanged += 1
                elif mine is None:
                    counts.new += 1
                else:
                    counts.updated += 1
            if same:
                continue
            if table == "notes":
                self.touched_notes.add(merged.id or key)
            if merged.dead:
                if local_id is not None:
                    deletes.append((local_id,))
                    live_ids.discard(local_id)
                data = {
                    k: v
                    for k, v in merged.values.items()
                    if k != DELETED and k not in NOT_IN_TOMBSTONE.get(table, ())
                }
                tomb_writes.append(
                    (table, key, self.sid, json.dumps(data), json.dumps(merged.stamps))
                )
                continue
            row_id = local_id or merged.id or theirs.id
            if key in tombs_local:
                tomb_deletes.append((table, key))
            stamps = dict(merged.stamps)
            if stamps.get(DELETED) == stamps[CREATED]:
                stamps.pop(DELETED, None)
            device = _device_of(latest(stamps.values()))
            values = {c: merged.values.get(c) for c in names}
            if table == "notes" and local_id is None:
                values["text"], values["votes"] = "", 0
            bookkeeping = {
                "id": row_id,
                "updated_at": self.now,
                "device_id": device,
                "stamps": json.dumps(stamps),
            }
            if local_id is None:
                row = {**values, **bookkeeping}
                inserts.append(tuple(row.get(c) for c in all_columns))
                live_ids.add(row_id)
            else:
                updates.append(
                    (
                        *(values[c] for c in names),
                        *(bookkeeping[c] for c in ("updated_at", "device_id", "stamps")),
                        row_id,
                    )
                )
        sql = self.sql
        if inserts:
            at = all_columns.index("id")
            self._refuse_taken(table, [row[at] for row in inserts])
        if tomb_writes:
            self._refuse_foreign_tombstones(table, [w[1] for w in tomb_writes])
        self.wrote |= bool(deletes or tomb_deletes or tomb_writes or updates or inserts)
        sql.run_many(f'DELETE FROM "{table}" WHERE id = ?', deletes)
        sql.run_many("DELETE FROM tombstones WHERE table_name = ? AND row_key = ?", tomb_deletes)
        tomb_columns = ("table_name", "row_key", "session_id", "data", "stamps")
        sql.run_many(sql.upsert("tombstones", tomb_columns, ("table_name", "row_key")), tomb_writes)
        if updates:
            set_names = (*names, "updated_at", "device_id", "stamps")
            sets = ", ".join(f'"{c}" = ?' for c in set_names)
            sql.run_many(
                f'UPDATE "{table}" SET {sets} WHERE id = ?',
                (sql.values(table, (*set_names, "id"), row) for row in updates),
            )
        if inserts:
            marks = ", ".join("?" for _ in all_columns)
            col_list = ", ".join(f'"{c}"' for c in all_columns)
            sql.run_many(
                f'INSERT INTO "{table}" ({col_list}) VALUES ({marks})',
                (sql.values(table, all_columns, row) for row in inserts),
            )
        self.live[table] = live_ids
        return counts

    def _invalid(self, detail: str) -> SessionFileError:
        return SessionFileError("session_file_invalid", file=self.file_name, detail=detail)

    def _refuse_taken(self, table: str, ids: list[str]) -> None:
        """A new row's id must not belong to a row elsewhere in the library."""
        taken = self._first_of(f'SELECT id FROM "{table}" WHERE id IN', (), ids)
        if taken is not None:
            raise self._invalid(f"{table}: id {taken} belongs to another session")

    def _refuse_foreign_tombstones(self, table: str, keys: list[str]) -> None:
        taken = self._first_of(
            "SELECT row_key FROM tombstones WHERE table_name = ? AND session_id != ? "
            "AND row_key IN",
            (table, self.sid),
            keys,
        )
        if taken is not None:
            raise self._invalid(f"tombstones: {table} {taken} belongs to another session")

    def _first_of(self, query: str, params: tuple, keys: list[str]) -> Any:
        """The first row of ``query (keys…)``, asked 500 keys at a time; None when none."""
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found = self.sql.scalar(f"{query} ({marks}) LIMIT 1", (*params, *chunk))
            if found is not None:
                return found
        return None

    def _references_ok(self, table: str, merged: _Logical) -> bool:
        for column, target in REQUIRED_REFS.get(table, {}).items():
            if merged.values.get(column) not in self.live.get(target, ()):
                return False
        return True

    def _clear_missing(self, table: str, merged: _Logical) -> None:
        if merged.dead:
            return
        for column, target in NULLABLE_REFS.get(table, {}).items():
            value = merged.values.get(column)
            if value is not None and value not in self.live.get(target, ()):
                merged.values[column] = None

    def _local_rows(self, table: str) -> list[dict[str, Any]]:
        return local_rows(self.conn, table, self.sid) if self.here else []

    def _merge_versions(self, summary: MergeSummary) -> None:
        known = {
            row[0]
            for row in (
                self.sql.fetch_all(
                    f"SELECT id FROM note_versions WHERE {SCOPE['note_versions']}", (self.sid,)
                )
                if self.here
                else ()
            )
        }
        notes = self.live.get("notes", set())
        fresh = list(
            {
                v["id"]: v
                for v in self.content.rows["note_versions"]
                if v["id"] not in known and v["note_id"] in notes
            }.values()
        )
        if not fresh:
            return
        self._refuse_taken("note_versions", [v["id"] for v in fresh])
        self.wrote = True
        self.sql.run_many(
            "INSERT INTO note_versions (id, note_id, text, parents, stamp, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (v["id"], v["note_id"], v["text"], v["parents"], v["stamp"], v["device_id"])
                for v in fresh
            ],
        )
        self._touched(summary, {v["note_id"] for v in fresh})

    def _merge_votes(self, summary: MergeSummary) -> None:
        local = {
            (r[0], r[1]): (r[2], r[3])
            for r in (
                self.sql.fetch_all(
                    "SELECT note_id, device_id, adds, removes FROM note_votes WHERE "
                    + SCOPE["note_votes"],
                    (self.sid,),
                )
                if self.here
                else ()
            )
        }
        notes = self.live.get("notes", set())
        writes = []
        for v in self.content.rows["note_votes"]:
            if v["note_id"] not in notes:
                continue
            key = (v["note_id"], v["device_id"])
            mine = local.get(key, (0, 0))
            merged = (max(mine[0], v["adds"]), max(mine[1], v["removes"]))
            if merged != mine or key not in local:
                writes.append((*key, *merged))
        if not writes:
            return
        self.wrote = True
        self.sql.run_many(
            self.sql.upsert(
                "note_votes", ("note_id", "device_id", "adds", "removes"), ("note_id", "device_id")
            ),
            writes,
        )
        self._touched(summary, {w[0] for w in writes})

    def _touched(self, summary: MergeSummary, note_ids: set[str]) -> None:
        """Notes changed through their text versions or votes: updated, not unchanged."""
        changed = note_ids - self.touched_notes
        summary.notes.updated += len(changed)
        summary.notes.unchanged -= len(changed)
        self.touched_notes |= note_ids

    def _refresh_notes(self) -> None:
        """Shown text = the latest head version; votes = the sum of every device's counter."""
        if not self.touched_notes:
            return
        versions: dict[str, list[tuple[str, str, str, list]]] = {}
        votes: dict[str, int] = {}
        current: dict[str, tuple[str, int]] = {}
        for chunk, marks in _chunks(sorted(self.touched_notes)):
            for vid, note_id, text, parents, stamp in self.sql.fetch_all(
                f"SELECT id, note_id, text, parents, stamp FROM note_versions "
                f"WHERE note_id IN ({marks})",
                chunk,
            ):
                versions.setdefault(note_id, []).append((vid, text, stamp, loads_json(parents)))
            for note_id, adds, removes in self.sql.fetch_all(
                f"SELECT note_id, adds, removes FROM note_votes WHERE note_id IN ({marks})", chunk
            ):
                votes[note_id] = votes.get(note_id, 0) + adds - removes
            for note_id, text, count in self.sql.fetch_all(
                f"SELECT id, text, votes FROM notes WHERE session_id = ? AND id IN ({marks})",
                (self.sid, *chunk),
            ):
                current[note_id] = (text, count)
        writes = []
        for note_id, (text, count) in current.items():
            mine = versions.get(note_id, [])
            heads = head_ids((v[0], v[3]) for v in mine)
            shown = max(
                (v for v in mine if v[0] in heads), key=lambda v: stamp_key(v[2]), default=None
            )
            new_text = shown[1] if shown else text
            new_votes = max(0, votes.get(note_id, 0))
            if (new_text, new_votes) != (text, count):
                writes.append((new_text, new_votes, note_id))
        if writes:
            self.wrote = True
            self.sql.run_many("UPDATE notes SET text = ?, votes = ? WHERE id = ?", writes)

    def _conflicts(self) -> int:
        # Only a note with two versions or more can have two heads.
        rows = self.sql.fetch_all(
            "SELECT note_id, id, parents FROM note_versions WHERE note_id IN ("
            "SELECT note_id FROM note_versions WHERE note_id IN "
            "(SELECT id FROM notes WHERE session_id = ? AND deleted = ?) "
            "GROUP BY note_id HAVING count(*) > 1)",
            (self.sid, False),
        )
        return len(conflicted(rows))

    def _advance_clock(self) -> None:
        if not self.max_stamp:
            return
        clock = Clock(self.device_id, read_clock(self.sql))
        clock.observe(self.max_stamp)
        if clock.changed:
            set_info(self.sql, HLC_KEY, clock.last)
