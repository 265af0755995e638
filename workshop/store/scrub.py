"""Removing a purged session from every copy of the library: its backups, what a killed backup
left behind, and the private copies of session files a killed import left in the temp folder.

Each step can be done again: a scrub interrupted half-way (a kill, a power cut) leaves SQLite's
rollback journal, which the next open rolls back before the scrub is repeated. What cannot be
scrubbed is reported, never silently passed over: a file in the backups folder that is not a
Verksted library (``echo junk > daily-2025-01-01.sqlite``), a backup another program holds
locked, a copy that a running import is reading.

Plain ``sqlite3``; the order of the work and the purge journal are
:mod:`workshop.services.purge`'s.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workshop.store.backups import backups_dir
from workshop.store.inspection import APPLICATION_ID, SQLITE_HEADER
from workshop.store.sessionfile import IMPORT_FOLDER_PREFIX

FOREIGN = "foreign"  # not a Verksted library: skipped, the user is told
BUSY = "busy"  # locked or being read by another program: not yet scrubbed
IN_USE = "in-use"  # a copy a running import is reading
# A copy this old is a leftover even if a process of that number runs (numbers are reused).
STALE_AFTER_S = 3600
BACKUP_LOCK_WAIT_S = 10.0
_IMPORT_FOLDER = re.compile(re.escape(IMPORT_FOLDER_PREFIX) + r"(\d+)-")


@dataclass(frozen=True)
class Leftover:
    """A file that may still hold the session's text, and why it was not scrubbed."""

    path: Path
    reason: str  # FOREIGN | BUSY | IN_USE


def _is_temporary(path: Path) -> bool:
    """A backup that was never finished: ``.<name>.<random>.tmp`` (or ``<name>.tmp``)."""
    return path.name.endswith(".tmp")


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER))


def scrub_backup(path: Path, session_id: str, keys: Iterable[str] = ()) -> Leftover | None:
    """Delete the session (and the library-info ``keys``) from one backup; None when done.

    A backup that never finished (a ``.tmp`` left by a killed backup) is removed whole.
    """
    if _is_temporary(path):
        path.unlink(missing_ok=True)
        return None
    try:
        if _header(path) != SQLITE_HEADER:
            return Leftover(path, FOREIGN)
    except FileNotFoundError:
        return None
    except OSError:
        return Leftover(path, BUSY)
    try:
        # Read-write: the open rolls back the journal of a scrub that was killed half-way.
        conn = sqlite3.connect(path, timeout=BACKUP_LOCK_WAIT_S, isolation_level=None)
    except sqlite3.Error:
        return Leftover(path, BUSY)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return Leftover(path, FOREIGN)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted pages are overwritten with zeros
        conn.execute("BEGIN IMMEDIATE")
        found = conn.execute("SELECT count(*) FROM sessions WHERE id = ?", (session_id,))
        gone = found.fetchone()[0]
        conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        for key in keys:
            with contextlib.suppress(sqlite3.OperationalError):  # no library_info before 0001
                gone += conn.execute("DELETE FROM library_info WHERE key = ?", (key,)).rowcount
        conn.execute("COMMIT")
        if gone:
            conn.execute("VACUUM")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return Leftover(path, BUSY)
        return Leftover(path, FOREIGN)
    except sqlite3.DatabaseError:  # damaged, or a database of something else
        return Leftover(path, FOREIGN)
    finally:
        conn.close()
    return None


def scrub_backups(library_path: Path, session_id: str, keys: Iterable[str] = ()) -> list[Leftover]:
    """Scrub every backup of the library, and remove what killed backups left; what is left."""
    folder = backups_dir(library_path)
    if not folder.is_dir():
        return []
    keys = tuple(keys)
    left = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(("-journal", "-wal", "-shm")):
            main = path.with_name(path.name.rsplit("-", 1)[0])
            if not main.exists():  # a journal whose database is gone holds only old pages
                path.unlink(missing_ok=True)
            continue  # else: rolled back or used by the scrub of its database
        if not path.is_file():
            continue
        leftover = scrub_backup(path, session_id, keys)
        if leftover is not None:
            left.append(leftover)
    return left


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _holds(folder: Path, needle: bytes) -> bool:
    """True if a file in ``folder`` holds ``needle`` (read a megabyte at a time)."""
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if not path.is_file():
                continue
            with path.open("rb") as fh:
                tail = b""
                while chunk := fh.read(1 << 20):
                    if needle in tail + chunk:
                        return True
                    tail = chunk[-len(needle) :]
    return False


def scrub_import_copies(session_id: str, temp_dir: Path | None = None) -> list[Leftover]:
    """Remove the copies of session files that killed imports left in the temp folder.

    Each import copies its file into a private ``verksted-import-<pid>-…`` folder, removed when
    it ends. A folder over an hour old, or whose process is gone, is a leftover and is removed
    whole. One that may be read now (recent, its process running, or of an older Verksted that
    did not name its process) is left alone unless it holds the session: then an older
    Verksted's copy is removed, and one a running import reads is reported.
    """
    temp_dir = Path(temp_dir or tempfile.gettempdir())
    left = []
    try:
        entries = list(temp_dir.iterdir())
    except OSError:
        return []
    for folder in entries:
        if not folder.name.startswith(IMPORT_FOLDER_PREFIX):
            continue
        try:
            info = folder.lstat()
        except OSError:
            continue
        if not folder.is_dir() or folder.is_symlink():
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue  # another user's: not ours to look into
        match = _IMPORT_FOLDER.match(folder.name)
        recent = time.time() - info.st_mtime < STALE_AFTER_S
        if recent and (match is None or _alive(int(match.group(1)))):
            if not _holds(folder, session_id.encode()):
                continue
            if match is not None:
                left.append(Leftover(folder, IN_USE))
                continue
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            left.append(Leftover(folder, BUSY))
    return left
