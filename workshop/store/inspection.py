"""Looking at a file before opening it as a library: is it one, which schema, is it sound?

Plain ``sqlite3``, read-only, nothing written: the library opener (:mod:`workshop.store.db`) and
the backups (:mod:`workshop.store.backups`, which check a backup before restoring it) both ask
here. A file that is not a Verksted library, is corrupt, or was written by a newer Verksted is
refused with a :class:`~workshop.errors.LibraryError`.

Soundness is SQLite's ``PRAGMA quick_check``, which reads every page (some 80 ms at 100,000
notes). The library opener runs it once a day per library, and again whenever the file is not
exactly as Verksted left it at its last clean close (:class:`CheckMark`): a library written to
in the write-ahead log with ``synchronous = FULL`` does not come apart in a crash or a power
cut (an unfinished transaction is rolled back, a torn log frame fails its checksum), so what
the check is there for is damage from outside: a bad disk or memory stick, a copy or a sync
tool that wrote part of a file, another file put in its place. Each of these changes the file
(its size, its modification time, or which file it is), or, for a medium that decays silently,
is found by the next day's check. A process that stops without closing leaves no mark, so after
an unclean close the next open checks again. Backups are always checked whole.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from errno import EACCES
from pathlib import Path

from workshop.errors import LibraryError

APPLICATION_ID = 0x56524B53  # "VRKS": marks a file as a Verksted library
SQLITE_HEADER = b"SQLite format 3\x00"
# Every schema revision this version knows, oldest first; the last is the head. A test checks
# that this matches the Alembic scripts, so opening a library need not import Alembic.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


@dataclass(frozen=True)
class Inspection:
    revision: str | None  # None: an empty file that can become a library


def check_place(path: Path) -> None:
    """Refuse a place where a library cannot be kept, each reason with its own message.

    A device (``/dev/null``), a FIFO or a socket is not a file SQLite may write beside (it would
    create ``/dev/null-journal``); a read-only mount, a read-only file or a folder where the
    write-ahead log cannot be created would otherwise surface as "damaged" or as SQLite's
    "attempt to write a readonly database".
    """
    try:
        path.stat()
    except FileNotFoundError:
        pass
    except OSError as exc:  # a folder on the way that may not be entered, a loop of links
        raise LibraryError("library_unreadable", path=str(path), detail=exc.strerror) from None
    if path.exists():
        if path.is_dir():
            raise LibraryError("library_not_a_file", path=str(path))
        if not path.is_file():
            raise LibraryError("library_not_regular", path=str(path))
        if not os.access(path, os.R_OK):
            raise LibraryError("library_unreadable", path=str(path), detail=os.strerror(EACCES))
        if not os.access(path, os.W_OK):
            if _read_only_mount(path):
                raise LibraryError("library_read_only_mount", path=str(path))
            raise LibraryError("library_read_only_file", path=str(path))
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        if _read_only_mount(folder):
            raise LibraryError("library_read_only_mount", path=str(path))
        raise LibraryError("library_read_only_folder", path=str(path), folder=str(folder))


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


class CheckMark:
    """What this computer knows of a library it checked: the day of its last whole check, and
    the file as Verksted left it then or at a clean close since.

    Kept beside this user's other caches, one small file per library (named by a hash of its
    path): never in the library, so marking costs the library no write and no lock, and a copy
    of the library on another computer (or at another place) is checked there on its own.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()
        self._file = _marks_dir() / digest[:32]

    def _state(self) -> str | None:
        """The file's identity and version: device, inode, size, modification time."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"

    def holds(self, today: date | None = None) -> bool:
        """True when the file was checked whole today and is as Verksted left it since."""
        try:
            day, state = self._file.read_text(encoding="ascii").split()
        except (OSError, ValueError, UnicodeDecodeError):
            return False
        return day == (today or date.today()).isoformat() and state == self._state()

    def set(self, *, identity: str | None = None, today: date | None = None) -> None:
        """Mark the file as it is now as checked today; with ``identity``, only while it is
        still that same file (not one put in its place meanwhile). Never fails: without a
        mark the next open checks again."""
        state = self._state()
        if state is None or (identity is not None and state.rsplit(":", 2)[0] != identity):
            return
        mtime_ns = int(state.rsplit(":", 1)[1])
        if mtime_ns % 1_000_000 == 0 and time.time_ns() - mtime_ns < 2_000_000_000:
            # Times in whole milliseconds or seconds (a FAT memory stick): a write later in the
            # same second would leave the same time, so a file written just now is not marked.
            return
        day = (today or date.today()).isoformat()
        try:
            self._file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            tmp = self._file.with_name(f"{self._file.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(f"{day} {state}\n")
            os.replace(tmp, self._file)
        except OSError:
            return

    def identity(self) -> str | None:
        """Which file this is (device and inode), to compare at a close."""
        state = self._state()
        return state.rsplit(":", 2)[0] if state else None


def _marks_dir() -> Path:
    from workshop.paths import user_cache_dir

    return user_cache_dir() / "checked"


def inspect_file(path: Path, *, check: bool = True) -> Inspection:
    """Look at an existing file read-only and refuse anything that is not a usable library.

    ``check=False`` leaves out the whole-file check (``PRAGMA quick_check``): for a library
    whose :class:`CheckMark` holds. Everything else is looked at all the same.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise LibraryError("library_not_a_file", path=str(path)) from None
    except OSError as exc:
        raise LibraryError("library_unreadable", path=str(path), detail=exc.strerror) from None
    if not header:
        return Inspection(revision=None)
    if header != SQLITE_HEADER:
        raise LibraryError("library_not_verksted", path=str(path))
    wal = path.with_name(path.name + "-wal")
    had_wal = wal.exists()
    try:
        return _inspect_sqlite(path, check)
    finally:
        if not had_wal and wal.exists():
            _release_wal(path)


def _release_wal(path: Path) -> None:
    """Remove the -wal and -shm files a read-only look at a WAL-mode file had to create.

    A read-only connection cannot delete them when it closes. A read-write connection that only
    reads removes them on close if it is the last connection (its WAL is empty, so nothing is
    written to the file); while another process has the file open they stay, as they must.
    """
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error:
        return
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error:
        pass
    finally:
        conn.close()


def _inspect_sqlite(path: Path, check: bool) -> Inspection:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise LibraryError("library_unreadable", path=str(path), detail=str(exc)) from None
    try:
        return _inspect_open(conn, path, check)
    except UnicodeDecodeError:
        # SQLite's own message quoted a name from the damaged schema that is not UTF-8.
        raise LibraryError("library_corrupt", path=str(path), detail=NOT_UTF8) from None
    finally:
        conn.close()


NOT_UTF8 = "text that is not UTF-8"


def one_line(text: object, limit: int = 120) -> str:
    """The first line of a message from SQLite, kept short (it may quote a damaged file)."""
    line = next((ln.strip() for ln in str(text).splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _inspect_open(conn: sqlite3.Connection, path: Path, check: bool) -> Inspection:
    # quick_check may quote names from a damaged schema: shown, not decoded strictly.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise LibraryError("library_not_verksted", path=str(path))
        if check:
            found = conn.execute("PRAGMA quick_check").fetchall()
            if found != [("ok",)]:
                detail = one_line(found[0][0])
                raise LibraryError("library_corrupt", path=str(path), detail=detail)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "no such table" in str(exc):
            raise LibraryError("library_not_verksted", path=str(path)) from None
        raise LibraryError("library_corrupt", path=str(path), detail=one_line(exc)) from None
    revision = row[0] if row else None
    if revision not in KNOWN_REVISIONS:
        raise LibraryError("library_too_new", path=str(path), revision=str(revision))
    return Inspection(revision=revision)
