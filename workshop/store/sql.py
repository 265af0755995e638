"""Plain SQL that runs on both backends, and rows in one form whatever the backend.

The merge of session copies (:mod:`workshop.services.exchange`) and the stamper read and write
rows with plain SQL. They write it once, for both SQLite and PostgreSQL:

* placeholders are ``?`` (turned into the driver's ``%s`` on PostgreSQL);
* upserts are ``INSERT … ON CONFLICT (…) DO UPDATE`` (both have it);
* rows come and go in the *stored form* of a SQLite library, which is also the form of a
  ``.verksted`` file: dates and times as text, JSON as text, booleans as 0/1. On PostgreSQL,
  :func:`stored_row` turns a row read into that form and :func:`db_values` turns one back.

So a row compares equal across backends, and a session file, a laptop's library and the team
server all hand the merge the same values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Time

from workshop.store.models import Base

POSTGRESQL = "postgresql"


def is_postgresql(conn) -> bool:
    return conn.dialect.name == POSTGRESQL


def _kinds(table: str) -> dict[str, str]:
    kinds = {}
    for column in Base.metadata.tables[table].columns:
        kind = column.type
        if isinstance(kind, JSON):
            kinds[column.name] = "json"
        elif isinstance(kind, Boolean):
            kinds[column.name] = "bool"
        elif isinstance(kind, DateTime):
            kinds[column.name] = "datetime"
        elif isinstance(kind, Date):
            kinds[column.name] = "date"
        elif isinstance(kind, Time):
            kinds[column.name] = "time"
    return kinds


KINDS: dict[str, dict[str, str]] = {name: _kinds(name) for name in Base.metadata.tables}


def _stored(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "json":
        return value if isinstance(value, str) else json.dumps(value)
    if kind == "bool":
        return int(value)
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, dt.datetime) else value
    if kind == "time":
        return value.strftime("%H:%M:%S.%f") if isinstance(value, dt.time) else value
    if kind == "date":
        return value.isoformat() if isinstance(value, dt.date) else value
    return value


def _db(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "datetime" and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if kind == "time" and isinstance(value, str):
        return dt.time.fromisoformat(value)
    return value  # JSON stays text: PostgreSQL parses it into the json column


class Sql:
    """One connection's plain SQL, written once for both backends."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.pg = is_postgresql(conn)

    def text(self, statement: str) -> str:
        return statement.replace("?", "%s") if self.pg else statement

    def run(self, statement: str, params: Sequence | None = None):
        """One statement; ``params`` a tuple of values (never SQL text)."""
        return self.conn.exec_driver_sql(self.text(statement), tuple(params or ()))

    def run_many(self, statement: str, rows: Iterable[Sequence]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            self.conn.exec_driver_sql(self.text(statement), rows)

    def scalar(self, statement: str, params: Sequence | None = None) -> Any:
        return self.run(statement, params).scalar()

    def rows(self, table: str, names: Sequence[str], where: str, params: Sequence) -> list[dict]:
        """Rows of ``table`` in the stored form (see the module text)."""
        select_list = ", ".join(f'"{c}"' for c in names)
        statement = f'SELECT {select_list} FROM "{table}" WHERE {where}'
        if self.pg:
            cursor = self.run(statement, params)
            return [stored_row(table, dict(zip(names, row, strict=True))) for row in cursor]
        return list(map(dict, map(zip, repeat(names), self.fetch_all(statement, params))))

    def fetch_all(self, statement: str, params: Sequence | None = None) -> list[tuple]:
        """Every row of one query as plain tuples. On SQLite straight from the driver's cursor,
        in the transaction of the connection: a session's 10,000 notes are read without a
        result object per row. (A team server's errors need SQLAlchemy's own wrapping.)"""
        if self.pg:
            return [tuple(row) for row in self.run(statement, params)]
        cursor = self.conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(statement, tuple(params or ()))
            return cursor.fetchall()
        finally:
            cursor.close()

    def values(self, table: str, names: Sequence[str], values: Sequence) -> tuple:
        """Values in the stored form, as this backend takes them for ``names`` of ``table``."""
        if not self.pg:
            return tuple(values)
        kinds = KINDS[table]
        return tuple(
            _db(kinds[n], v) if n in kinds else v for n, v in zip(names, values, strict=True)
        )

    def upsert(self, table: str, names: Sequence[str], keys: Sequence[str]) -> str:
        """``INSERT … ON CONFLICT (keys) DO UPDATE`` of the other columns."""
        col_list = ", ".join(f'"{c}"' for c in names)
        marks = ", ".join("?" for _ in names)
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in names if c not in keys)
        key_list = ", ".join(f'"{c}"' for c in keys)
        return (
            f'INSERT INTO "{table}" ({col_list}) VALUES ({marks}) '
            f"ON CONFLICT ({key_list}) DO UPDATE SET {sets}"
        )


def stored_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row read from PostgreSQL in the stored form of a SQLite library."""
    kinds = KINDS[table]
    out = {}
    for name, value in row.items():
        kind = kinds.get(name)
        if kind is not None:
            value = _stored(kind, value)
        elif isinstance(value, memoryview):
            value = bytes(value)
        out[name] = value
    return out


def set_info(sql: Sql, key: str, value: str) -> None:
    sql.run(sql.upsert("library_info", ("key", "value"), ("key",)), (key, value))
