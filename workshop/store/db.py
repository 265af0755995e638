"""Opening a library: checks before any write, pragmas on every connection, migrations.

This is the only module that creates engines. A library is a SQLite file on this computer or,
given a ``postgresql://`` URL, the team's library on a PostgreSQL server
(:mod:`workshop.store.postgres`); both offer the same ``read()``, ``write()``, device id and
clock. A file that is not a Verksted library, is corrupt, or was written by a newer Verksted is
refused before anything is written to it (the look at the file is
:mod:`workshop.store.inspection`); an older one is backed up, then upgraded. The library and the
files SQLite keeps beside it are private (:mod:`workshop.private`). A server's schema is created
when the database is empty, upgraded when older, refused when newer, and checked again before
every write.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from workshop.errors import LibraryError
from workshop.filetypes import is_url, safe_url
from workshop.paths import own_data_dir, real_path
from workshop.private import PRIVATE_DIR, create_private_file, make_private, private_dir
from workshop.store import postgres, replication
from workshop.store.backups import backup_before_upgrade
from workshop.store.changes import mark_touched
from workshop.store.inspection import (
    APPLICATION_ID,
    HEAD_REVISION,
    CheckMark,
    check_place,
    inspect_file,
)
from workshop.store.models import Base, LibraryInfo, new_id, utcnow
from workshop.store.sql import Sql, set_info

BUSY_TIMEOUT_MS = 10_000
SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a library


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # SQLAlchemy, not the sqlite3 module, decides where transactions begin (see _begin): with
    # the module's legacy handling, DDL ran outside any transaction and a migration could be
    # left half done.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, not left in free pages
    cur.execute("PRAGMA cache_size = -32000")  # 32 MB: a large import stays in memory
    cur.close()


# A writer that finds the library locked by another (a long import in the command line beside
# the GUI) waits this long quietly, then says once that it waits, and gives up after WRITE_WAIT_S
# with a one-line LibraryError: never sqlite3's "database is locked" as an unexpected error.
QUIET_WAIT_MS = 1_000
WRITE_WAIT_S = 120.0
_busy_notice: Callable[[], None] | None = None


def set_busy_notice(notice: Callable[[], None] | None) -> None:
    """Call ``notice()`` (once per write) when a write has to wait for another writer."""
    global _busy_notice
    _busy_notice = notice


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _begin(conn) -> None:
    # A write takes the write lock up front (BEGIN IMMEDIATE) and so waits for another writer
    # (the CLI beside the GUI) instead of failing half-way through with "database is locked".
    if not conn.get_execution_options().get("verksted_write", False):
        conn.exec_driver_sql("BEGIN")
        return
    raw = conn.connection.dbapi_connection
    raw.execute(f"PRAGMA busy_timeout = {QUIET_WAIT_MS}")
    deadline = time.monotonic() + WRITE_WAIT_S
    told = False
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _locked(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise LibraryError(
                        "library_busy", path=_file_of(raw), seconds=round(WRITE_WAIT_S)
                    ) from None
                if not told:
                    told = True
                    if _busy_notice is not None:
                        _busy_notice()
                    raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _file_of(raw: sqlite3.Connection) -> str:
    try:
        return str(raw.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        return ""


def machine_id() -> str:
    """A stable id of this computer and user (hashed; never shown or sent anywhere)."""
    import getpass
    import hashlib
    import socket

    parts = [socket.gethostname()]
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            parts.append(Path(candidate).read_text(encoding="ascii").strip())
            break
        except OSError:
            continue
    with suppress(KeyError, OSError):
        parts.append(getpass.getuser())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # An error's text never quotes the values of its statement: they are what participants
        # wrote, and the error goes to the log file, where no purge reaches it.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


class _FairLock:
    """A lock granted in the order it was asked for (``threading.Lock`` is not fair).

    Writes of one process take it before SQLite's write lock, so a write from the GUI thread
    waits for the writes asked for before it, not behind a stream of them from another thread
    (the participant server): SQLite's own busy wait sleeps, and a busy writer thread would
    win the lock again and again in the meantime.
    """

    def __init__(self) -> None:
        self._turn = threading.Condition(threading.Lock())
        self._next_ticket = 0
        self._serving = 0
        self._abandoned: set[int] = set()  # tickets whose waiter gave up (interrupted)

    def acquire(self) -> None:
        with self._turn:
            ticket = self._next_ticket
            self._next_ticket += 1
            try:
                while ticket != self._serving:
                    self._turn.wait()
            except BaseException:  # e.g. Ctrl+C while waiting: never block the others
                if ticket == self._serving:
                    self._advance()
                else:
                    self._abandoned.add(ticket)
                raise

    def release(self) -> None:
        with self._turn:
            self._advance()

    def _advance(self) -> None:
        self._serving += 1
        while self._serving in self._abandoned:
            self._abandoned.discard(self._serving)
            self._serving += 1
        self._turn.notify_all()


class Library:
    """An open library (a file, or a team server): the engine, session factories, device id."""

    def __init__(self, path: Path | None, engine: Engine, *, url: str | None = None) -> None:
        self.path = path
        self.url = safe_url(url) if url else None  # never with a password
        self.engine = engine
        self.backup_warning: LibraryError | None = None  # today's backup failed (a warning)
        # On a server a read is one snapshot (REPEATABLE READ): a session read table by table
        # while another laptop merges into it is still read whole, before or after.
        reads = engine.execution_options(isolation_level="REPEATABLE READ") if url else engine
        self._sessions = sessionmaker(reads, expire_on_commit=False, autoflush=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(verksted_write=True), expire_on_commit=False, autoflush=False
        )
        self._open_write = threading.local()  # the write transaction open in this thread
        # A library file checked whole today (or just made): its mark, set again at a clean
        # close, so the next open today need not read every page (see inspection.CheckMark).
        self._check_mark: CheckMark | None = None
        self._checked_file: str | None = None
        self._write_turn = _FairLock()
        self.device_id = self._own_device_id()
        replication.install(self._sessions, self.device_id)
        replication.install(self._write_sessions, self.device_id)

    def _own_device_id(self) -> str:
        """This library's device id, renewed when the file turns up on another computer.

        Stamps and vote counters are per device. A library file copied to a second laptop would
        otherwise count that laptop's votes under the first one's id, and a merge (which keeps
        the larger count per device) would drop some. A new id is always safe: it only starts
        new counters.
        """
        host = machine_id()
        if self.is_server:
            # Each computer writing to the team library directly is its own device; the same
            # one every time (nothing stored), so its vote counters stay its own.
            return str(uuid.uuid5(uuid.NAMESPACE_OID, f"verksted|{host}|{self.library_id}"))
        info = self._info("device_id", "device_host")
        if info.get("device_host") == host:
            return info["device_id"]
        # The same file now on another computer, or a library from before this check (copies of
        # it may already sit on several laptops): a fresh id is safe in both cases.
        device = new_id()
        with self._write_sessions.begin() as s:
            s.merge(LibraryInfo(key="device_id", value=device))
            s.merge(LibraryInfo(key="device_host", value=host))
        return device

    @property
    def is_server(self) -> bool:
        """A team library on a PostgreSQL server (not a file on this computer)."""
        return self.url is not None

    @property
    def name(self) -> str:
        """What to call the library in messages: its file or its URL (without a password)."""
        return self.url if self.url is not None else str(self.path)

    @property
    def library_id(self) -> str:
        with self.read() as s:
            info = s.get(LibraryInfo, "library_id")
            return info.value if info is not None else ""

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Library:
        if is_url(path):
            return cls._open_server(str(path), create=create)
        path = Path(path).expanduser()
        check_place(path)  # before links are followed: a loop of links has its own message
        path = real_path(path)  # through a link: the real file's lock, backups and purge
        inspection = None
        mark = CheckMark(path)
        if path.exists():
            checked_today = mark.holds()
            inspection = inspect_file(path, check=not checked_today)
            if checked_today and inspection.revision not in (None, HEAD_REVISION):
                inspection = inspect_file(path)  # an upgrade starts from a file checked whole
            if not checked_today and inspection.revision is not None:
                mark.set()
        elif not create:
            raise LibraryError("library_missing", path=str(path))
        if inspection is None or inspection.revision is None:
            return cls._create(path)._marked(mark)
        for own in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
            make_private(own)  # a library an older Verksted left readable to all
        if path.parent == own_data_dir():  # so is its folder, if Verksted's own (not Documents)
            make_private(path.parent, PRIVATE_DIR)
        if inspection.revision != HEAD_REVISION:
            from workshop.store.migrate import upgrade

            backup_before_upgrade(path, inspection.revision)
            engine = make_engine(path)
            upgrade(engine)
            return cls(path, engine)._marked(mark)
        return cls(path, make_engine(path))._marked(mark)

    def _marked(self, mark: CheckMark) -> Library:
        self._check_mark, self._checked_file = mark, mark.identity()
        return self

    @classmethod
    def _create(cls, path: Path) -> Library:
        try:
            private_dir(path.parent)
            create_private_file(path)  # SQLite gives -wal and -shm the library's permissions
        except OSError as exc:
            raise LibraryError("library_unreadable", path=str(path), detail=exc.strerror) from None
        engine = make_engine(path)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                Base.metadata.create_all(conn)
                conn.exec_driver_sql(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
                conn.exec_driver_sql(
                    "INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,)
                )
                conn.execute(LibraryInfo.__table__.insert().values(key="device_id", value=new_id()))
                conn.execute(
                    LibraryInfo.__table__.insert().values(key="device_host", value=machine_id())
                )
        except Exception as exc:
            engine.dispose()
            if isinstance(exc, OSError | sqlite3.Error) or "unable to open" in str(exc):
                raise LibraryError("library_unreadable", path=str(path), detail=str(exc)) from None
            raise
        return cls(path, engine)

    @classmethod
    def _open_server(cls, url: str, *, create: bool) -> Library:
        postgres.check_scheme(url)
        engine = postgres.make_engine(url)
        try:
            with postgres.server_errors(url):
                with engine.connect() as conn:
                    found = postgres.revision(conn)
                postgres.check_revision(found, url)
                if found is None and not create:
                    raise LibraryError("server_empty", url=safe_url(url))
                if found != HEAD_REVISION:
                    from workshop.store.migrate import prepare_server

                    prepare_server(engine, url)
                return cls(None, engine, url=url)
        except BaseException:
            engine.dispose()
            raise

    def _errors(self):
        return postgres.server_errors(self.url) if self.is_server else nullcontext()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._errors(), self._sessions() as session:
            yield session

    @contextmanager
    def write(self, *, session_id: str | None = None) -> Iterator[Session]:
        """One user action: one committed transaction, and the library marked as changed.

        A write opened inside another one in the same thread joins it, so a service can make
        another service's change part of its own transaction (all of it commits, or none).
        On a team server the write first takes the library's lock (or, merging one session,
        ``session_id``, that session's lock) and checks the schema is still this Verksted's.
        Every session the transaction changed gets the next change mark.
        """
        outer = getattr(self._open_write, "session", None)
        if outer is not None:
            yield outer
            return
        self._write_turn.acquire()
        try:
            with self._errors(), self._write_sessions.begin() as session:
                if self.is_server:
                    conn = session.connection()
                    postgres.lock_for_write(conn, session_id)
                    postgres.check_head(conn, self.url)
                self._open_write.session = session
                try:
                    yield session
                    set_info(Sql(session.connection()), "changed_at", utcnow().isoformat())
                    mark_touched(session)
                finally:
                    self._open_write.session = None
        finally:
            self._write_turn.release()

    def in_write(self) -> bool:
        """True inside a write of this thread (a write opened now would join it)."""
        return getattr(self._open_write, "session", None) is not None

    def changed_at(self) -> str | None:
        return self._info("changed_at").get("changed_at")

    def _info(self, *keys: str) -> dict[str, str]:
        """Rows of ``library_info`` (plain SQL: asked at every open, before any other query)."""
        marks = ", ".join("?" for _ in keys)
        with self.read() as s:
            rows = Sql(s.connection()).fetch_all(
                f'SELECT "key", "value" FROM library_info WHERE "key" IN ({marks})', keys
            )
        return dict(rows)

    def maintenance(self, *statements: str) -> None:
        """Run statements that must not be inside a transaction (VACUUM, checkpoints).

        SQLite's own upkeep: a team server looks after itself (autovacuum)."""
        if self.is_server:
            return
        raw = self.engine.raw_connection()
        try:
            for statement in statements:
                raw.driver_connection.execute(statement).fetchall()
        finally:
            raw.close()

    def checkpoint(self) -> None:
        self.maintenance("PRAGMA wal_checkpoint(TRUNCATE)")

    def scrub(self, wait_ms: int = BUSY_TIMEOUT_MS) -> bool:
        """Rewrite the file without what was deleted: checkpoint, VACUUM, checkpoint, the WAL
        truncated. True when done; False when another connection's read (a window, a command)
        kept the old pages in the file for more than ``wait_ms``: what was deleted is then still
        in the file, and the caller must say so."""
        raw = self.engine.raw_connection()
        conn = raw.driver_connection
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
            if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                return False
            conn.execute("VACUUM")
            return not conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError as exc:  # a writer held the lock all along
            if "locked" in str(exc) or "busy" in str(exc):
                return False
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            raw.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._check_mark is not None:
            # Closed cleanly (the last connection has moved the log into the file): the file
            # as it is now is as Verksted left it, unless another file was put in its place.
            self._check_mark.set(identity=self._checked_file)
            self._check_mark = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
