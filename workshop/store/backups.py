"""Backups made with SQLite's online backup API (never a file copy of a live database).

Automatic backups rotate: one per day on which the library changed, the newest ten kept.
Backups made before an upgrade or a restore are kept apart and never rotated away.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from workshop.atomic import atomic_path
from workshop.errors import LibraryError, NotFoundError
from workshop.private import PRIVATE_FILE, make_private, private_dir
from workshop.store.inspection import HEAD_REVISION, inspect_file

KEEP_DAILY = 10
DAILY_PREFIX = "daily-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # daily | pre-upgrade | pre-restore
    created: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def _utc_from_ts(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None)


def backups_dir(library_path: Path) -> Path:
    return library_path.parent / f"{library_path.stem}-backups"


def copy_database(source: Path, dest: Path) -> None:
    """Copy a live SQLite database consistently to ``dest``, written whole or not at all.

    On a full disk nothing is left behind: neither the temporary copy nor a journal SQLite
    made beside it.
    """
    private_backups(dest.parent)
    src = sqlite3.connect(source)
    try:
        # Private like the library: a backup holds everything the library held.
        with atomic_path(dest, mode=PRIVATE_FILE) as tmp:
            make_private(tmp)
            try:
                dst = sqlite3.connect(tmp)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")
                    dst.commit()
                finally:
                    dst.close()
            finally:
                for suffix in ("-journal", "-wal", "-shm"):
                    tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    finally:
        src.close()


def private_backups(directory: Path) -> None:
    """The backups folder ``0700`` and every backup in it ``0600`` (also those an older Verksted
    made readable to all)."""
    private_dir(directory, tighten=True)
    for path in directory.iterdir():
        make_private(path)


def list_backups(library_path: Path) -> list[BackupInfo]:
    directory = backups_dir(library_path)
    if not directory.is_dir():
        return []
    result = []
    for path in directory.glob("*.sqlite"):
        stem = path.stem
        kind = "daily" if stem.startswith(DAILY_PREFIX) else stem.split("-2", 1)[0]
        stat = path.stat()
        result.append(BackupInfo(path, kind, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(result, key=lambda b: (b.created, b.name), reverse=True)


def _daily(library_path: Path) -> list[BackupInfo]:
    return [b for b in list_backups(library_path) if b.kind == "daily"]


def daily_backup(
    library_path: Path, changed_at: str | None, today: date | None = None
) -> Path | None:
    """Make today's backup if the library changed since the newest one; rotate old ones.

    A backup that cannot be written (a full disk, a read-only backups folder) raises
    :class:`BackupFailed` and leaves nothing behind; the library itself is untouched, so the
    caller goes on and warns.
    """
    if changed_at is None:
        return None
    try:
        return _daily_backup(library_path, changed_at, today)
    except (OSError, sqlite3.Error) as exc:
        detail = getattr(exc, "strerror", None) or next(iter(str(exc).splitlines()), "")
        raise BackupFailed(
            "backup_failed", folder=str(backups_dir(library_path)), detail=detail or "?"
        ) from None


class BackupFailed(LibraryError):
    """Today's automatic backup could not be made: a warning, never a stop."""


def _daily_backup(library_path: Path, changed_at: str, today: date | None) -> Path | None:
    today = today or date.today()
    daily = _daily(library_path)
    if daily:
        newest = daily[0]
        if newest.path.stem == f"{DAILY_PREFIX}{today.isoformat()}":
            return None
        if datetime.fromisoformat(changed_at) <= _utc_from_ts(newest.path.stat().st_mtime):
            return None
    dest = backups_dir(library_path) / f"{DAILY_PREFIX}{today.isoformat()}.sqlite"
    copy_database(library_path, dest)
    for old in _daily(library_path)[KEEP_DAILY:]:
        old.path.unlink(missing_ok=True)
    return dest


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%dT%H%M%S")


def backup_before_upgrade(library_path: Path, revision: str) -> Path:
    dest = backups_dir(library_path) / f"pre-upgrade-{_stamp()}-r{revision}.sqlite"
    copy_database(library_path, dest)
    return dest


def find_backup(library_path: Path, name: str) -> Path:
    """A backup by file name as listed, or by path."""
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate
    for info in list_backups(library_path):
        if info.name == name or info.path.stem == name:
            return info.path
    raise NotFoundError("backup_not_found", name=name)


def restore_backup(library_path: Path, backup: Path) -> Path:
    """Replace the library's content with ``backup`` after backing up the current state.

    The backup is checked first; the library is written through the backup API so that other
    connections see a consistent database.
    """
    inspection = inspect_file(backup)
    if inspection.revision is None:
        raise LibraryError("library_not_verksted", path=str(backup))
    if inspection.revision != HEAD_REVISION:
        raise LibraryError("backup_other_version", path=str(backup))
    safety = backups_dir(library_path) / f"pre-restore-{_stamp()}.sqlite"
    copy_database(library_path, safety)
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(library_path, timeout=10)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    return safety
