"""The ``.verksted`` session file: one session in one self-contained SQLite file.

SQLite is used as an application file format: ``application_id`` marks the file as a Verksted
session, ``user_version`` is the format version, the file is written in rollback-journal mode
(never a ``-wal`` beside it) under a temporary name and renamed into place.

A session file comes from another machine and is not trusted. :func:`read_session_file` copies it
to a private temporary file, checks the header, opens the copy read-only and immutable with a
hardened connection (``trusted_schema=OFF``, ``cell_size_check=ON``, no ``ATTACH``, a length
limit), runs ``PRAGMA quick_check``, refuses any schema object it does not expect (triggers,
views, extra tables) and validates every row before anything reaches the library.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
)

from workshop.atomic import atomic_path
from workshop.domain.vocabulary import (
    ACTION_STATUSES,
    DEFAULT_VOTE_BUDGET,
    FEEDBACK_KINDS,
    MAX_VOTE_BUDGET,
    NOTE_COLOURS,
    NOTE_MAX_LENGTH,
    NOTE_ORIGINS,
    SESSION_STATUSES,
    STEP_KINDS,
    TAG_SOURCES,
)
from workshop.errors import VerkstedError
from workshop.filetypes import SESSION_FILE_SUFFIX
from workshop.incoming import NotAFileError, TooLargeError, copy_limited
from workshop.store.inspection import NOT_UTF8
from workshop.store.models import Base
from workshop.store.replication import CREATED, DELETED, NATURAL_KEYS, STAMP_RE

FILE_APPLICATION_ID = 0x56524B46  # "VRKF": a Verksted session file (the library is "VRKS")
FILE_FORMAT = 1  # PRAGMA user_version
SUFFIX = SESSION_FILE_SUFFIX
SQLITE_HEADER = b"SQLite format 3\x00"

# Limits for a file from elsewhere.
MAX_FILE_BYTES = 512 * 1024 * 1024  # read whole into memory: room for hundreds of photos
MAX_ROWS = 500_000  # per table
MAX_TEXT = 100_000  # characters in any text cell (note text has its own, smaller limit)
MAX_JSON = 2_000_000  # characters of a JSON cell (the framework snapshot is the largest)
MAX_PHOTO_BYTES = 25 * 1024 * 1024

# Tables in the file, in the order they are merged (a row's references come before it).
TABLES: tuple[str, ...] = (
    "sessions",
    "steps",
    "clusters",
    "notes",
    "note_versions",
    "note_votes",
    "note_principles",
    "note_focus_areas",
    "actions",
    "action_notes",
    "ratings",
    "attachments",
    "tombstones",
)
TOMBSTONE_TABLES = frozenset(TABLES) - {"sessions", "notes", "note_versions", "note_votes"}
# Columns added since the first files were written: a file without one means this value.
LATER_COLUMNS: dict[tuple[str, str], Any] = {
    ("notes", "origin"): "",
    ("steps", "vote_budget"): DEFAULT_VOTE_BUDGET,
    ("steps", "revealed"): 0,
    ("sessions", "finished_at"): None,
    ("notes", "feedback"): "",
}

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}:\d{2}(\.\d{1,6})?$")

# Columns holding ids of other rows (always UUIDs); the device ids are UUIDs too.
ID_COLUMNS = frozenset(
    {"id", "session_id", "step_id", "cluster_id", "note_id", "action_id", "current_step_id"}
)


class SessionFileError(VerkstedError):
    """A session file that cannot be read or merged; the library is left as it was."""


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def columns(name: str) -> list[str]:
    return [c.name for c in table(name).columns]


def _sql_type(column) -> str:
    kind = column.type
    if isinstance(kind, LargeBinary):
        return "BLOB"
    if isinstance(kind, Boolean | Integer):
        return "INTEGER"
    if isinstance(kind, Float):
        return "REAL"
    return "TEXT"


def _ddl(name: str) -> str:
    t = table(name)
    cols = [f'"{c.name}" {_sql_type(c)}' for c in t.columns]
    keys = ", ".join(f'"{c.name}"' for c in t.primary_key.columns)
    return f'CREATE TABLE "{name}" ({", ".join(cols)}, PRIMARY KEY ({keys}))'


# --- writing ---


NOT_DECODED = object()  # a JSON cell not decoded yet


@dataclass
class SessionFileContent:
    meta: dict[str, str]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # JSON cells decoded once, by table and column: (the rows list, its decoded cells).
    _decoded: dict[tuple[str, str], tuple[list, list]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def session_id(self) -> str:
        return self.meta["session_id"]

    def count(self, name: str) -> int:
        return len(self.rows.get(name, ()))

    def decoded(self, table: str, column: str) -> list[Any]:
        """The JSON cells of one column, decoded (None for an empty cell), row by row.

        Decoded once: the validation of a file from elsewhere decodes them, the merge reuses
        them. Shared values: never change one in place.
        """
        rows = self.rows.get(table, [])
        known = self._decoded.get((table, column))
        if known is not None and known[0] is rows and len(known[1]) == len(rows):
            return known[1]
        cells = [_loads(row.get(column)) for row in rows]
        self._decoded[(table, column)] = (rows, cells)
        return cells

    def keep_decoded(self, table: str, column: str, cells: list[Any]) -> None:
        self._decoded[(table, column)] = (self.rows.get(table, []), cells)


def _loads(text: Any) -> Any:
    if text is None or text == "":
        return None
    if isinstance(text, dict | list):
        return text
    return json.loads(text)


def write_session_file(path: Path, content: SessionFileContent) -> int:
    """Write the file whole or not at all (see :mod:`workshop.atomic`); returns its size in bytes.

    A database error while writing (a full disk, say) arrives as the ``OSError`` it is.
    """
    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                # A new file under a temporary name, fsynced whole and renamed into place by
                # atomic_path (or removed): SQLite need neither a journal file nor fsyncs of
                # its own. The file is a rollback-journal file all the same (never WAL).
                conn.execute("PRAGMA journal_mode = MEMORY")
                conn.execute("PRAGMA synchronous = OFF")
                conn.execute(f"PRAGMA application_id = {FILE_APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {FILE_FORMAT}")
                conn.execute("BEGIN")
                conn.execute('CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT)')
                conn.executemany('INSERT INTO "meta" VALUES (?, ?)', sorted(content.meta.items()))
                for name in TABLES:
                    conn.execute(_ddl(name))
                    names = columns(name)
                    rows = content.rows.get(name, [])
                    if rows:
                        marks = ", ".join("?" for _ in names)
                        conn.executemany(
                            f'INSERT INTO "{name}" VALUES ({marks})', map(_cells(names), rows)
                        )
                conn.execute("COMMIT")
            finally:
                conn.close()
    except sqlite3.Error as exc:
        raise OSError(str(exc)) from None
    return path.stat().st_size


def _cells(names: list[str]) -> Callable[[dict[str, Any]], tuple]:
    """A row's cells in the order of ``names`` (None for a column the row does not have)."""

    def cells(row: dict[str, Any]) -> tuple:
        try:
            return every(row)
        except KeyError:
            return tuple(row.get(c) for c in names)

    every = itemgetter(*names)
    return cells


# --- reading ---


IMPORT_FOLDER_PREFIX = "verksted-import-"  # the private copies' folders in the temp folder


def import_folder_prefix(pid: int | None = None) -> str:
    """``verksted-import-<pid>-``: whose copy a folder holds, so a purge can tell a copy that a
    killed process left behind from one that is being read now."""
    return f"{IMPORT_FOLDER_PREFIX}{os.getpid() if pid is None else pid}-"


def read_session_file(path: Path | str) -> SessionFileContent:
    """Read and validate a session file from anywhere; raises :class:`SessionFileError`.

    Only an ordinary file is read (not a folder, a device or a FIFO), and never past
    :data:`MAX_FILE_BYTES`, into a private copy (``0600`` in a ``0700`` folder).
    """
    path = Path(path).expanduser()
    name = path.name
    with tempfile.TemporaryDirectory(prefix=import_folder_prefix()) as tmpdir:
        copy = Path(tmpdir) / "incoming.sqlite"
        _copy_in(path, copy, name)
        _check_header(copy, name)
        try:
            conn = _open_hardened(copy, name)
        except UnicodeDecodeError:
            raise SessionFileError("session_file_corrupt", file=name, detail=NOT_UTF8) from None
        try:
            return _read(conn, name)
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(
                "session_file_corrupt", file=name, detail=_one_line(str(exc))
            ) from None
        except UnicodeDecodeError:
            # SQLite's message quoted a name from a damaged schema that is not UTF-8.
            raise SessionFileError("session_file_corrupt", file=name, detail=NOT_UTF8) from None
        finally:
            conn.close()


def _copy_in(path: Path, copy: Path, name: str) -> None:
    """Copy the file from elsewhere to ``copy`` (an ordinary file only, within the limit)."""
    mb = 1024 * 1024
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as target:
            copy_limited(path, target, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise SessionFileError("session_file_missing", file=name) from None
    except NotAFileError as exc:
        if exc.kind == "directory":
            raise SessionFileError(
                "session_file_unreadable", file=name, detail="directory"
            ) from None
        raise SessionFileError("file_not_regular", file=name) from None
    except TooLargeError as exc:
        raise SessionFileError(
            "session_file_too_large",
            file=name,
            size=exc.size // mb,
            limit=MAX_FILE_BYTES // mb,
        ) from None
    except OSError as exc:
        raise SessionFileError(
            "session_file_unreadable", file=name, detail=exc.strerror or str(exc)
        ) from None


def _one_line(text: str, limit: int = 120) -> str:
    """The first line of a message from SQLite, kept short (it may quote the file's bytes)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _check_header(copy: Path, name: str) -> None:
    with copy.open("rb+") as fh:
        header = fh.read(100)
        if len(header) < 100 and SQLITE_HEADER.startswith(header[: len(SQLITE_HEADER)]):
            # Empty, or a database cut off inside its header: most likely a copy that stopped.
            raise SessionFileError("session_file_truncated", file=name)
        if len(header) < 100 or not header.startswith(SQLITE_HEADER):
            raise SessionFileError("session_file_foreign", file=name)
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        actual = copy.stat().st_size
        if page_size < 512 or (pages and actual < pages * page_size) or actual % page_size:
            raise SessionFileError("session_file_truncated", file=name)
        if header[18] == 2 or header[19] == 2:
            # Marked as WAL mode: the file came without its -wal, so everything is in the main
            # file. Read our private copy in rollback mode instead of creating -wal/-shm files.
            fh.seek(18)
            fh.write(b"\x01\x01")


def _open_hardened(copy: Path, name: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise SessionFileError("session_file_corrupt", file=name, detail=str(exc)) from None
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max(MAX_PHOTO_BYTES, MAX_JSON * 4) + 1024)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MB: the file is read twice, kept
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        detail = NOT_UTF8 if isinstance(exc, UnicodeDecodeError) else _one_line(str(exc))
        raise SessionFileError("session_file_corrupt", file=name, detail=detail) from None
    if app_id != FILE_APPLICATION_ID:
        conn.close()
        if app_id == 0x56524B53:
            raise SessionFileError("session_file_is_library", file=name)
        raise SessionFileError("session_file_foreign", file=name)
    if version > FILE_FORMAT:
        conn.close()
        raise SessionFileError("session_file_too_new", file=name, version=version)
    if version < 1:
        conn.close()
        raise SessionFileError("session_file_foreign", file=name)
    try:
        # quick_check may quote names from a damaged schema: shown, never decoded strictly.
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        check = conn.execute("PRAGMA quick_check").fetchall()
        conn.text_factory = str
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if isinstance(exc, UnicodeDecodeError):
            exc = NOT_UTF8
        conn.close()
        raise SessionFileError("session_file_corrupt", file=name, detail=str(exc)) from None
    if check != [("ok",)]:
        conn.close()
        problems = "\n".join(str(row[0]) for row in check)
        # The first line is a heading ("*** in database main ***"), the problems follow.
        problems = "\n".join(ln for ln in problems.splitlines() if not ln.startswith("***"))
        raise SessionFileError("session_file_corrupt", file=name, detail=_one_line(problems))
    return conn


def _read(conn: sqlite3.Connection, name: str) -> SessionFileContent:
    _check_schema(conn, name)
    meta_rows = conn.execute('SELECT "key", "value" FROM "meta" LIMIT 1000').fetchall()
    meta = {}
    for key, value in meta_rows:
        if not isinstance(key, str) or not isinstance(value, str) or len(value) > 1000:
            raise SessionFileError("session_file_invalid", file=name, detail="meta")
        meta[key] = value
    session_id = meta.get("session_id", "")
    if not UUID_RE.match(session_id):
        raise SessionFileError("session_file_invalid", file=name, detail="meta: session_id")
    content = SessionFileContent(meta=meta)
    for tname in TABLES:
        present = _present_columns(conn, tname)
        names = columns(tname)
        # A column from a later version than the file's is the value it meant then.
        select = ", ".join(f'"{c}"' if c in present else f'? AS "{c}"' for c in names)
        defaults = [LATER_COLUMNS[(tname, c)] for c in names if c not in present]
        try:
            cursor = conn.execute(f'SELECT {select} FROM "{tname}" LIMIT {MAX_ROWS + 1}', defaults)
            rows = list(map(dict, map(zip, repeat(names), cursor.fetchall())))
        except sqlite3.DataError:  # a cell over SQLITE_LIMIT_LENGTH
            raise SessionFileError(
                "session_file_invalid", file=name, detail=f"{tname}: a value too large"
            ) from None
        except sqlite3.OperationalError as exc:
            if "UTF-8" not in str(exc):
                raise
            raise SessionFileError(
                "session_file_invalid", file=name, detail=f"{tname}: text that is not UTF-8"
            ) from None
        if len(rows) > MAX_ROWS:
            raise SessionFileError(
                "session_file_invalid", file=name, detail=f"{tname}: too many rows"
            )
        content.rows[tname] = rows
    _validate(content, name)
    return content


def _check_schema(conn: sqlite3.Connection, name: str) -> None:
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    expected = {"meta", *TABLES}
    seen = set()
    for kind, obj_name, tbl in objects:
        if kind == "table" and obj_name in expected:
            seen.add(obj_name)
        elif kind == "index" and str(obj_name).startswith("sqlite_autoindex_") and tbl in expected:
            continue
        else:  # a trigger, a view, a table or an index nobody asked for
            raise SessionFileError("session_file_unexpected", file=name, what=f"{kind} {obj_name}")
    if seen != expected:
        missing = sorted(expected - seen)[0]
        raise SessionFileError("session_file_invalid", file=name, detail=f"table {missing} missing")
    for tname in TABLES:
        present = _present_columns(conn, tname)
        wanted = {c for c in columns(tname) if (tname, c) not in LATER_COLUMNS}
        if not wanted <= present:
            missing = sorted(wanted - present)[0]
            raise SessionFileError(
                "session_file_invalid", file=name, detail=f"{tname}: column {missing} missing"
            )


def _present_columns(conn: sqlite3.Connection, tname: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{tname}")')}


# --- validation ---
#
# Every cell of a file from elsewhere is checked. A rule proves a whole column at once where it
# can (``all_ok``: the types of the column in one pass, its longest text, its regular expression
# run over the column in C), which costs a fraction of a call per cell; only when that cannot
# prove the column are the rows checked one by one, in order, so a refused file names the first
# bad row and column exactly as before.

NONE = type(None)


def _present(values: list[Any], kinds: tuple[type, ...], *, nullable: bool) -> list[Any] | None:
    """``values`` without None when each is exactly of one of ``kinds`` (or None, if allowed);
    None when some value is not."""
    found = set(map(type, values))
    if NONE in found:
        if not nullable:
            return None
        found.discard(NONE)
        values = [v for v in values if v is not None]
    return values if found <= set(kinds) else None


class Check:
    """The rule for one cell: ``check(value)`` is True when the value may be stored."""

    def __call__(self, value: Any) -> bool:  # pragma: no cover - every rule has its own
        raise NotImplementedError

    def all_ok(self, values: list[Any]) -> bool:
        """True when every value passes; False only means: look at them one by one."""
        return all(map(self, values))


class _Text(Check):
    def __init__(self, limit: int, *, nullable: bool) -> None:
        self.limit, self.nullable = limit, nullable

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        return isinstance(value, str) and len(value) <= self.limit

    def all_ok(self, values: list[Any]) -> bool:
        texts = _present(values, (str,), nullable=self.nullable)
        return texts is not None and max(map(len, texts), default=0) <= self.limit


class _Pattern(Check):
    def __init__(self, pattern: re.Pattern, *, nullable: bool) -> None:
        self.pattern, self.nullable = pattern, nullable

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        return isinstance(value, str) and bool(self.pattern.match(value))

    def all_ok(self, values: list[Any]) -> bool:
        texts = _present(values, (str,), nullable=self.nullable)
        if texts is None:
            return False
        if self.pattern is UUID_RE and _all_uuids(texts):
            return True
        return all(map(self.pattern.match, texts))


_UUID_CHARACTERS = str.maketrans("", "", "0123456789abcdef-")


def _all_uuids(texts: list[str]) -> bool:
    """True when every text is a UUID as :data:`UUID_RE` has it (8-4-4-4-12 lowercase hex),
    seen in a few passes over the texts put together rather than a match per text."""
    if not texts:
        return True
    if set(map(len, texts)) != {36}:
        return False
    joined = "".join(texts)
    if joined.translate(_UUID_CHARACTERS) or joined.count("-") != 4 * len(texts):
        return False
    # Every text's four dashes in their places, so no other dash anywhere.
    return all(joined[at::36].count("-") == len(texts) for at in (8, 13, 18, 23))


class _Int(Check):
    def __init__(self, lo: int, hi: int, *, nullable: bool) -> None:
        self.lo, self.hi, self.nullable = lo, hi, nullable

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        return isinstance(value, int) and self.lo <= value <= self.hi

    def all_ok(self, values: list[Any]) -> bool:
        numbers = _present(values, (int,), nullable=self.nullable)
        if numbers is None:
            return False
        return not numbers or (self.lo <= min(numbers) and max(numbers) <= self.hi)


class _Float(Check):
    def __init__(self, *, nullable: bool) -> None:
        self.nullable = nullable

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        return isinstance(value, int | float) and abs(value) < 1e9 and value == value

    def all_ok(self, values: list[Any]) -> bool:
        numbers = _present(values, (int, float), nullable=self.nullable)
        if numbers is None:
            return False
        try:
            return all(map(math.isfinite, numbers)) and max(map(abs, numbers), default=0) < 1e9
        except OverflowError:  # an integer beyond any float
            return False


class _OneOf(Check):
    def __init__(self, values: Iterable[Any], *, nullable: bool = False) -> None:
        self.allowed, self.nullable = frozenset(values), nullable

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        try:
            return value in self.allowed
        except TypeError:  # a list or an object from a tombstone's JSON
            return False

    def all_ok(self, values: list[Any]) -> bool:
        try:
            found = set(values)
        except TypeError:
            return False
        if None in found:
            if not self.nullable:
                return False
            found.discard(None)
        return found <= self.allowed


class _Moment(Check):
    """A date, time or timestamp as the library stores it, and one that exists."""

    def __init__(self, pattern: re.Pattern, parse: Callable[[str], Any], *, nullable: bool) -> None:
        self.pattern, self.parse, self.nullable = pattern, parse, nullable

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        if not isinstance(value, str) or not self.pattern.match(value):
            return False
        try:
            self.parse(value)
        except ValueError:
            return False
        return True

    def all_ok(self, values: list[Any]) -> bool:
        texts = _present(values, (str,), nullable=self.nullable)
        if texts is None or not all(map(self.pattern.match, texts)):
            return False
        try:
            for _moment in map(self.parse, set(texts)):
                pass
        except ValueError:
            return False
        return True


class _Json(Check):
    """A JSON cell whose parsed value has the shape the app expects.

    ``plain``, a regular expression for the plain form such cells take (one line, as
    ``json.dumps`` writes them), proves a whole column at once: cells that each match it are
    each JSON of that form, and the column is then decoded in one go (``keep`` receives it);
    ``rest`` is what the plain form leaves of the shape to check on the decoded values.
    """

    def __init__(
        self,
        shape: Callable[[Any], bool],
        *,
        nullable: bool,
        limit: int = MAX_JSON,
        plain: str | None = None,
        rest: Callable[[Any], bool] | None = None,
    ) -> None:
        self.shape, self.nullable, self.limit = shape, nullable, limit
        self.plain = re.compile(f"{plain}(?:\n{plain})*") if plain else None
        self.rest = rest or shape

    def __call__(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        if not isinstance(value, str) or len(value) > self.limit:
            return False
        try:
            return self.shape(json.loads(value))
        except (ValueError, RecursionError):
            return False

    def all_ok(self, values: list[Any], keep: Callable[[list[Any]], None] | None = None) -> bool:
        texts = _present(values, (str,), nullable=self.nullable)
        if self.plain is None or not texts or max(map(len, texts)) > self.limit:
            return super().all_ok(values)
        lines = "\n".join(texts)
        # A cell with a line break of its own would make two lines out of one cell.
        if lines.count("\n") != len(texts) - 1 or not self.plain.fullmatch(lines):
            return super().all_ok(values)
        decoded = json.loads(f"[{','.join(texts)}]")
        if not all(map(self.rest, decoded)):
            return False
        if keep is not None:
            if len(texts) != len(values):
                cells = iter(decoded)
                decoded = [None if v is None else next(cells) for v in values]
            keep(decoded)
        return True


def _is_text(limit: int, *, nullable: bool) -> Check:
    return _Text(limit, nullable=nullable)


def _is_pattern(pattern: re.Pattern, *, nullable: bool) -> Check:
    return _Pattern(pattern, nullable=nullable)


def _is_int(lo: int, hi: int, *, nullable: bool) -> Check:
    return _Int(lo, hi, nullable=nullable)


def _is_float(*, nullable: bool) -> Check:
    return _Float(nullable=nullable)


def _is_json(kind: type, *, nullable: bool) -> Check:
    return _Json(lambda value: isinstance(value, kind), nullable=nullable)


def _is_list(value: Any) -> bool:
    return isinstance(value, list)


def _stamps_shape(stamps: Any) -> bool:
    return (
        isinstance(stamps, dict)
        and CREATED in stamps
        and all(isinstance(k, str) and len(k) <= 64 for k in stamps)
        and all(isinstance(v, str) and STAMP_RE.match(v) for v in stamps.values())
    )


def _has_created(stamps: Any) -> bool:
    return CREATED in stamps


# The plain forms of the two JSON columns every row has, as json.dumps writes them: a field's
# name (no quote, backslash or control character, so it reads as it is written) and its stamp;
# a text version's parents.
_PLAIN_STAMP = r"[0-9]{13}\.[0-9]{4}\.[0-9a-f-]{1,36}"
_PLAIN_FIELD = r'"[^"\\\x00-\x1f]{0,64}": "' + _PLAIN_STAMP + '"'
PLAIN_STAMPS = r"\{" + _PLAIN_FIELD + "(?:, " + _PLAIN_FIELD + r")*\}"
_PLAIN_UUID = r'"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"'
PLAIN_PARENTS = r"\[(?:" + _PLAIN_UUID + "(?:, " + _PLAIN_UUID + r")*)?\]"


# A cell in the plain form has the rest of the shape already: only its creation stamp is left.
_is_stamps = _Json(
    _stamps_shape, nullable=True, limit=50_000, plain=PLAIN_STAMPS, rest=_has_created
)


def _is_one_of(values: Iterable[Any], *, nullable: bool = False) -> Check:
    return _OneOf(values, nullable=nullable)


def _is_moment(pattern: re.Pattern, parse: Callable[[str], Any], *, nullable: bool) -> Check:
    return _Moment(pattern, parse, nullable=nullable)


def _is_json_of(shape: Callable[[Any], bool]) -> Check:
    return _Json(shape, nullable=False)


def _count(value: Any, lo: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= 2**31


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _principle_list(value: Any) -> bool:
    return isinstance(value, list) and all(_count(v, 1) for v in value)


def _group_counts(value: Any) -> bool:
    return isinstance(value, dict) and all(_count(v, 0) for v in value.values())


def _framework(value: Any) -> bool:
    from workshop.domain.framework import framework_from_dict

    try:
        framework_from_dict(value)
    except (VerkstedError, TypeError, ValueError, KeyError, AttributeError, RecursionError):
        return False
    return True


class _Photo(Check):
    def __call__(self, value: Any) -> bool:
        return (
            isinstance(value, bytes)
            and 0 < len(value) <= MAX_PHOTO_BYTES
            and (value.startswith(b"\xff\xd8\xff") or value.startswith(b"\x89PNG\r\n\x1a\n"))
        )


_is_photo = _Photo()


SPECIAL: dict[tuple[str, str], Check] = {
    ("notes", "text"): _is_text(NOTE_MAX_LENGTH, nullable=False),
    ("note_versions", "text"): _is_text(NOTE_MAX_LENGTH, nullable=False),
    ("note_versions", "stamp"): _is_pattern(STAMP_RE, nullable=False),
    ("note_versions", "parents"): _Json(_is_list, nullable=False, plain=PLAIN_PARENTS),
    ("notes", "colour"): _is_one_of(NOTE_COLOURS),
    ("notes", "origin"): _is_one_of(NOTE_ORIGINS),
    ("steps", "vote_budget"): _is_int(1, MAX_VOTE_BUDGET, nullable=False),
    ("notes", "feedback"): _is_one_of(("", *FEEDBACK_KINDS)),
    ("sessions", "status"): _is_one_of(SESSION_STATUSES),
    ("actions", "status"): _is_one_of(ACTION_STATUSES),
    ("steps", "kind"): _is_one_of(STEP_KINDS),
    ("ratings", "value"): _is_int(1, 5, nullable=False),
    ("note_principles", "principle"): _is_int(1, 99, nullable=False),
    ("note_principles", "source"): _is_one_of(TAG_SOURCES),
    ("note_votes", "adds"): _is_int(0, 1_000_000, nullable=False),
    ("note_votes", "removes"): _is_int(0, 1_000_000, nullable=False),
    ("attachments", "media_type"): _is_one_of(("image/jpeg", "image/png")),
    ("attachments", "data"): _is_photo,
    ("attachments", "width"): _is_int(1, 20_000, nullable=False),
    ("attachments", "height"): _is_int(1, 20_000, nullable=False),
    ("tombstones", "table_name"): _is_one_of(TOMBSTONE_TABLES),
    ("tombstones", "row_key"): _is_text(200, nullable=False),
    ("tombstones", "data"): _is_json(dict, nullable=False),
    ("sessions", "framework_snapshot"): _is_json_of(_framework),
    ("sessions", "facilitators"): _is_json_of(_text_list),
    ("sessions", "participants_planned"): _is_json_of(_group_counts),
    ("sessions", "participants_actual"): _is_json_of(_group_counts),
    ("actions", "principles"): _is_json_of(_principle_list),
}


def _column_check(tname: str, column) -> Check:
    import datetime as dt

    special = SPECIAL.get((tname, column.name))
    if special is not None:
        return special
    nullable = bool(column.nullable)
    if column.name == "stamps":
        return _is_stamps
    if column.name in ID_COLUMNS or column.name == "device_id":
        return _is_pattern(UUID_RE, nullable=nullable)
    kind = column.type
    if isinstance(kind, JSON):
        return _is_json(object, nullable=nullable)
    if isinstance(kind, Boolean):
        return _is_one_of((0, 1), nullable=nullable)
    if isinstance(kind, Integer):
        return _is_int(-(2**31), 2**31, nullable=nullable)
    if isinstance(kind, Float):
        return _is_float(nullable=nullable)
    if isinstance(kind, DateTime):
        return _is_moment(DATETIME_RE, dt.datetime.fromisoformat, nullable=nullable)
    if isinstance(kind, Date):
        return _is_moment(DATE_RE, dt.date.fromisoformat, nullable=nullable)
    if isinstance(kind, Time):
        return _is_moment(TIME_RE, dt.time.fromisoformat, nullable=nullable)
    if isinstance(kind, Text):
        return _is_text(MAX_TEXT, nullable=nullable)
    if isinstance(kind, String):
        return _is_text(kind.length or MAX_TEXT, nullable=nullable)
    raise AssertionError(f"no check for {tname}.{column.name}")  # pragma: no cover


CHECKS: dict[str, list[tuple[str, Check]]] = {
    tname: [(c.name, _column_check(tname, c)) for c in table(tname).columns] for tname in TABLES
}


def validate_content(content: SessionFileContent, name: str) -> None:
    """Check every row of a session's copy from elsewhere (a file, or the team server)."""
    _validate(content, name)


def _columns_ok(content: SessionFileContent, tname: str) -> bool:
    """True when every cell of the table passes its column's rule, proved column by column."""
    rows = content.rows[tname]
    for column, check in CHECKS[tname]:
        values = list(map(itemgetter(column), rows))
        if isinstance(check, _Json):

            def keep(cells: list[Any], column: str = column) -> None:
                content.keep_decoded(tname, column, cells)

            if not check.all_ok(values, keep):
                return False
        elif not check.all_ok(values):
            return False
    return True


def _validate(content: SessionFileContent, name: str) -> None:
    def bad(tname: str, index: int, detail: str) -> SessionFileError:
        return SessionFileError(
            "session_file_invalid", file=name, detail=f"{tname}, row {index + 1}: {detail}"
        )

    for tname in TABLES:
        if _columns_ok(content, tname):
            continue
        # Some cell is bad: the first one, row by row, is the one named.
        for index, row in enumerate(content.rows[tname]):
            for column, check in CHECKS[tname]:
                if not check(row[column]):
                    return_value = repr(row[column])[:40]
                    raise bad(tname, index, f"{column} = {return_value}")
    session_id = content.session_id
    sessions = content.rows["sessions"]
    if len(sessions) != 1 or sessions[0]["id"] != session_id:
        raise SessionFileError("session_file_invalid", file=name, detail="sessions: not one")
    for tname in ("steps", "clusters", "notes", "actions", "ratings", "attachments", "tombstones"):
        rows = content.rows[tname]
        if set(map(itemgetter("session_id"), rows)) <= {session_id}:
            continue
        for index, row in enumerate(rows):
            if row["session_id"] != session_id:
                raise bad(tname, index, "another session")
    note_ids = set(map(itemgetter("id"), content.rows["notes"]))
    action_ids = set(map(itemgetter("id"), content.rows["actions"]))
    for tname in ("note_versions", "note_votes", "note_principles", "note_focus_areas"):
        rows = content.rows[tname]
        if set(map(itemgetter("note_id"), rows)) <= note_ids:
            continue
        for index, row in enumerate(rows):
            if row["note_id"] not in note_ids:
                raise bad(tname, index, "note not in the file")
    for index, row in enumerate(content.rows["action_notes"]):
        if row["action_id"] not in action_ids or row["note_id"] not in note_ids:
            raise bad("action_notes", index, "action or note not in the file")
    for tname, key_names in NATURAL_KEYS.items():
        rows = content.rows[tname]
        if len(set(map(itemgetter(*key_names), rows))) == len(rows):
            continue
        seen: set[tuple] = set()
        for index, row in enumerate(rows):
            key = tuple(row[k] for k in key_names)
            if key in seen:
                raise bad(tname, index, "duplicate")
            seen.add(key)
    for index, row in enumerate(content.rows["tombstones"]):
        problem = _tombstone_problem(row)
        if problem:
            raise bad("tombstones", index, problem)
    parents_of = content.decoded("note_versions", "parents")
    every_parent = [p for parents in parents_of for p in parents]
    if max(map(len, parents_of), default=0) <= 1000 and _PARENT.all_ok(every_parent):
        return
    for index, parents in enumerate(parents_of):
        if len(parents) > 1000 or not all(isinstance(p, str) and UUID_RE.match(p) for p in parents):
            raise bad("note_versions", index, "parents")


_PARENT = _Pattern(UUID_RE, nullable=False)


def _tombstone_problem(row: dict[str, Any]) -> str | None:
    if row["stamps"] is None or DELETED not in json.loads(row["stamps"]):
        return "stamps"
    tname = row["table_name"]
    data = json.loads(row["data"])
    if "session_id" in data and data["session_id"] != row["session_id"]:
        return "data: another session"
    checks = dict(CHECKS[tname])
    for key, value in data.items():
        check = checks.get(key)
        if check is None or key in ("id", "stamps", "updated_at", "device_id"):
            return f"data: {str(key)[:40]}"
        if not check(value):
            return f"data: {key} = {repr(value)[:40]}"
    names = NATURAL_KEYS.get(tname)
    if names is None:
        return None if UUID_RE.match(row["row_key"]) else "row_key"
    if any(name not in data for name in names):
        return "data: key"
    if row["row_key"] != "|".join(str(data[name]) for name in names):
        return "row_key"
    return None
