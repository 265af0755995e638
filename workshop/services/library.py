"""The library a caller works on: opened once, handed to every service call.

Callers above the services (the GUI, the command line, the participant server) know the library
only through this module: :func:`open_library` and the :data:`Library` handle type they name in
their type hints. What lies behind it (a SQLite file, or a team library on PostgreSQL given as a
``postgresql://`` URL) is the store's business.
"""

from __future__ import annotations

from pathlib import Path

from workshop.filetypes import is_url, safe_url
from workshop.paths import default_library_path
from workshop.store.backups import BackupFailed, daily_backup
from workshop.store.db import Library, set_busy_notice

__all__ = ["Library", "is_library_url", "open_library", "set_busy_notice", "shown_url"]


def open_library(path: Path | str | None = None, *, backup: bool = True) -> Library:
    """Open (or create) the library; make today's automatic backup if it changed since the last.

    A URL-like ``path`` (``postgresql://…``) is a team server, never a file name. A backup that
    cannot be made (a full disk) never stops the work: it is kept as ``lib.backup_warning`` (a
    :class:`~workshop.errors.VerkstedError`) for the caller to show.
    """
    lib = Library.open(path if is_library_url(path) else Path(path or default_library_path()))
    if backup and not lib.is_server:
        try:
            daily_backup(lib.path, lib.changed_at())
        except BackupFailed as exc:
            lib.backup_warning = exc
    return lib


def is_library_url(value: object) -> bool:
    """``scheme://…``: a library on a server (PostgreSQL), not a file."""
    return is_url(value)


def shown_url(url: str) -> str:
    """A team library's URL as it may be shown or stored: without a password."""
    return safe_url(url)
