"""The library a caller works on: opened once, handed to every service call.

Callers above the services (the GUI, the command line, the participant server) know the library
only through this module: :func:`open_library` and the :data:`Library` handle type they name in
their type hints. What lies behind it (SQLite today) is the store's business.
"""

from __future__ import annotations

from pathlib import Path

from workshop.paths import default_library_path
from workshop.store.backups import daily_backup
from workshop.store.db import Library

__all__ = ["Library", "open_library"]


def open_library(path: Path | str | None = None, *, backup: bool = True) -> Library:
    """Open (or create) the library; make today's automatic backup if it changed since the last."""
    lib = Library.open(Path(path) if path else default_library_path())
    if backup:
        daily_backup(lib.path, lib.changed_at())
    return lib
