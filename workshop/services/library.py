"""Opening the library for a user action, with the daily backup taken on the way in."""

from __future__ import annotations

from pathlib import Path

from workshop.paths import default_library_path
from workshop.store.backups import daily_backup
from workshop.store.db import Library


def open_library(path: Path | str | None = None, *, backup: bool = True) -> Library:
    """Open (or create) the library; make today's automatic backup if it changed since the last."""
    lib = Library.open(Path(path) if path else default_library_path())
    if backup:
        daily_backup(lib.path, lib.changed_at())
    return lib
