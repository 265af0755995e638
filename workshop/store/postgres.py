"""A library on a PostgreSQL server: the team's library that laptops sync with.

The URL is libpq's own (``postgresql://user@host:port/db?sslmode=verify-full``), handed to
psycopg as it is, so passwords come from libpq's usual places (``~/.pgpass``, ``PGPASSWORD``,
a service file with ``service=``); Verksted never stores one and never shows one
(:func:`safe_url`).

What differs from a SQLite library lives here: making the engine, telling connection failures
apart in one line, creating or upgrading the schema (under an advisory lock, so two laptops
doing it at once do not clash), checking the schema before every write, and the locks that
serialise writes: a service's write takes the library's lock exclusively (as SQLite's
``BEGIN IMMEDIATE`` does); merging one session takes it shared plus that session's own lock,
so laptops syncing different sessions go side by side.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, exc

from workshop.errors import LibraryError
from workshop.filetypes import safe_url
from workshop.store.inspection import HEAD_REVISION, KNOWN_REVISIONS

SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 10
LIBRARY_LOCK = 0x56524B53  # "VRKS": the whole library (advisory lock key)
RETRYABLE = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected


def check_scheme(url: str) -> None:
    scheme = url.split("://", 1)[0].lower()
    if scheme not in SCHEMES:
        raise LibraryError("library_url_scheme", scheme=scheme)


def with_password(url: str, password: str | None) -> str:
    """The URL with a password for this connection only (asked for, never stored)."""
    if not password:
        return url
    from urllib.parse import quote

    scheme, rest = url.split("://", 1)
    authority, slash, tail = rest.partition("/")
    user, at, host = authority.rpartition("@")
    user = user.split(":", 1)[0]
    if not at:
        user, host = "", authority
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}{slash}{tail}"


def make_engine(url: str) -> Engine:
    import psycopg

    def connect():
        try:
            return psycopg.connect(
                url, connect_timeout=CONNECT_TIMEOUT_S, application_name="verksted"
            )
        except psycopg.OperationalError as error:
            error.verksted_connecting = True  # no connection was made: unreachable or refused
            raise

    # An error's text never quotes what participants wrote (it goes to the log file, where no
    # purge reaches it): not the statement's values, nor the failing row of the server's DETAIL.
    engine = create_engine(
        "postgresql+psycopg://", creator=connect, pool_pre_ping=True, hide_parameters=True
    )
    event.listen(engine, "handle_error", _without_detail)
    return engine


def _without_detail(context) -> None:
    """The server's message without its DETAIL, HINT and CONTEXT lines (``Failing row contains
    (…)`` or ``Key (text)=(…)`` quote the row); the primary line says what failed."""
    orig = context.original_exception
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if not primary or not orig.args:
        return
    full = str(orig)
    orig.args = (primary,)
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args and isinstance(wrapped.args[0], str):
        wrapped.args = (wrapped.args[0].replace(full, primary), *wrapped.args[1:])


def session_lock_key(session_id: str) -> int:
    """A signed 64-bit advisory lock key for one session."""
    digest = hashlib.sha256(session_id.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock_for_write(conn, session_id: str | None) -> None:
    if session_id is None:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (LIBRARY_LOCK,))
        return
    conn.exec_driver_sql("SELECT pg_advisory_xact_lock_shared(%s)", (LIBRARY_LOCK,))
    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (session_lock_key(session_id),))


def revision(conn) -> str | None:
    """The schema revision; None on a database without Verksted's tables."""
    exists = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if exists is None:
        others = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename IN ('sessions', 'notes', 'library_info')"
        ).scalar()
        if others:
            raise LibraryError("server_not_verksted")
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def check_revision(found: str | None, url: str) -> None:
    """Refuse a server whose schema is newer than this Verksted: update first."""
    if found is not None and found not in KNOWN_REVISIONS:
        raise LibraryError("server_too_new", url=safe_url(url), revision=str(found))


def check_head(conn, url: str) -> None:
    """Before any write: the server's schema is still the one this Verksted writes."""
    found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    check_revision(found, url)
    if found != HEAD_REVISION:
        raise LibraryError("server_changed_schema", url=safe_url(url))


def retryable(error: BaseException) -> bool:
    orig = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) in RETRYABLE


def one_line(error: BaseException) -> str:
    """The first line of the driver's message (libpq adds hints on the lines after it)."""
    orig = getattr(error, "orig", None) or error
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    text = " ".join(lines[0].split()) if lines else ""
    text = re.sub(r"^connection failed: ", "", text)
    return text[:200] or type(orig).__name__


def translate(error: BaseException, url: str) -> LibraryError:
    """A driver's failure as one clear line (never with a password in it).

    Told apart by the server's SQLSTATE and by where it happened, not by the words of the
    message: libpq writes those in the user's language.
    """
    shown = safe_url(url)
    detail = one_line(error)
    orig = getattr(error, "orig", None) or error
    state = getattr(orig, "sqlstate", None) or ""
    if state in ("28P01", "28000"):
        return LibraryError("server_auth_failed", url=shown)
    if state == "3D000":
        return LibraryError("server_no_database", url=shown)
    if state == "42501":
        return LibraryError("server_permission", url=shown, detail=detail)
    if getattr(orig, "verksted_connecting", False):
        # libpq gives no SQLSTATE for a failed connection: tell by what it did.
        pgconn = getattr(orig, "pgconn", None)
        if pgconn is not None and getattr(pgconn, "needs_password", False):
            return LibraryError("server_auth_failed", url=shown)  # none in ~/.pgpass & co.
        if pgconn is None or not getattr(pgconn, "used_password", False):
            return LibraryError("server_unreachable", url=shown, detail=detail)
        # The server answered and refused: the server's own words (its language) say why.
        low = str(orig).lower()
        if "does not exist" in low or "finnes ikke" in low:
            return LibraryError("server_no_database", url=shown)
        if "password" in low or "passord" in low:
            return LibraryError("server_auth_failed", url=shown)
        return LibraryError("server_refused", url=shown, detail=detail)
    invalidated = isinstance(error, exc.DBAPIError) and error.connection_invalidated
    if invalidated or state.startswith(("08", "57P")) or _closed(orig):
        return LibraryError("server_connection_lost", url=shown)
    return LibraryError("server_error", url=shown, detail=detail)


def _closed(orig: BaseException) -> bool:
    """A failure without a server's SQLSTATE on a connection that is gone."""
    import psycopg

    if not isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    if getattr(orig, "sqlstate", None):
        return False
    pgconn = getattr(orig, "pgconn", None)
    return pgconn is None or getattr(pgconn, "status", 0) != 0  # CONNECTION_OK is 0


@contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Driver failures of a team library as one-line :class:`LibraryError` messages."""
    import psycopg

    try:
        yield
    except exc.DBAPIError as error:
        if not isinstance(
            error, exc.OperationalError | exc.InterfaceError | exc.ProgrammingError
        ) and not isinstance(error.orig, psycopg.OperationalError | psycopg.InterfaceError):
            raise
        raise _translated(error, url) from None
    except (psycopg.OperationalError, psycopg.InterfaceError) as error:
        raise _translated(error, url) from None


def _translated(error: BaseException, url: str) -> LibraryError:
    out = translate(error, url)
    out.retryable = retryable(error)  # a serialization failure or deadlock: try again
    return out
