"""Files that hold personal data are the user's alone: ``0600``, in folders that are ``0700``.

The library (and SQLite's ``-wal`` and ``-shm`` beside it, which SQLite gives the library's own
permissions), every backup, the temporary copies of a file being imported and the log hold what
participants said. They are made private whatever the umask (a umask of ``022`` would leave them
readable by every user of the computer), and a file or folder an older Verksted made readable
is tightened when Verksted next uses it. Where the file system has no such permissions (a FAT
memory stick) the attempt is quietly given up.

Qt-free and free of the rest of Verksted.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["PRIVATE_DIR", "PRIVATE_FILE", "create_private_file", "make_private", "private_dir"]

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path | str, mode: int = PRIVATE_FILE) -> None:
    """Give an existing file (or folder, with ``PRIVATE_DIR``) exactly ``mode``, if it is ours."""
    with contextlib.suppress(OSError):
        info = os.stat(path)
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return
        if info.st_mode & 0o777 != mode:
            os.chmod(path, mode)


def private_dir(path: Path | str, *, tighten: bool = False) -> Path:
    """Make the folder ``path`` and any missing parents, each ``0700`` whatever the umask.

    A folder that already exists is left as it is (the user's own Documents folder, say), unless
    ``tighten``: a folder that is Verksted's own (the backups) is made ``0700`` too. Errors from
    making a folder propagate as the ``OSError`` they are.
    """
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
        make_private(folder, PRIVATE_DIR)
    if tighten and not missing:
        make_private(path, PRIVATE_DIR)
    return path


def create_private_file(path: Path | str) -> bool:
    """Create ``path`` as an empty ``0600`` file if it does not exist; True if it was made.

    Made before SQLite creates a database there, so the database and the ``-wal``, ``-shm`` and
    ``-journal`` files SQLite gives its permissions are private from their first byte.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    try:
        if hasattr(os, "fchmod"):  # exactly 0600, whatever the umask took away
            with contextlib.suppress(OSError):
                os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return True
