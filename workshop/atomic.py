"""Writing a file whole or not at all: the one way every Verksted file reaches the disk.

The content goes to a temporary file in the target's folder (so the rename stays on one file
system), is flushed and fsynced, and is then renamed over the target; the folder is fsynced so
that the rename itself survives a power cut. On any error — a full disk, a missing folder, a
target that is a folder, Ctrl+C — the temporary file is removed and the error propagates
unchanged (an ``OSError`` stays the ``OSError`` the system raised), the old target untouched.

The temporary file is created as an ordinary file would be (``mode`` minus the umask; no private
``0600`` file as :func:`tempfile.mkstemp` makes), so the result has the permissions the same
``open()`` would have given it. Its name is ``.<target name>.<random>.tmp``: hidden, unique, so
two writers of the same target never share one, and recognisable if a killed process leaves it.

Qt-free and free of the rest of Verksted, so that the store, the exporters and any later caller
can all use it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_open", "atomic_path", "temporary_name"]

_ATTEMPTS = 100


def temporary_name(target: Path) -> Path:
    """A fresh name beside ``target`` for its temporary file (not created here)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _create(target: Path, mode: int) -> tuple[Path, int]:
    """Create the temporary file exclusively; returns its path and an open descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        tmp = temporary_name(target)
        try:
            return tmp, os.open(tmp, flags, mode)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows opening a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _commit(tmp: Path, target: Path) -> None:
    os.replace(tmp, target)
    _fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_path(target: Path | str, *, mode: int = 0o666) -> Iterator[Path]:
    """Yield the path of an empty temporary file for a writer that needs a path (SQLite).

    When the block ends normally the file is fsynced and renamed over ``target``; when it
    raises (anything, ``KeyboardInterrupt`` included) the file is removed.
    """
    target = Path(target)
    tmp, fd = _create(target, mode)
    os.close(fd)
    try:
        yield tmp
        _fsync_file(tmp)
        _commit(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_open(
    target: Path | str,
    file_mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    mode: int = 0o666,
) -> Iterator[IO[Any]]:
    """Yield an open file (``"wb"`` or ``"w"``) whose content replaces ``target`` on success.

    The file is flushed, fsynced and closed before the rename; on any error it is removed.
    """
    if file_mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes a new file ('w' or 'wb'), not {file_mode!r}")
    target = Path(target)
    tmp, fd = _create(target, mode)
    try:
        try:
            fh = os.fdopen(fd, file_mode, encoding=encoding, newline=newline)
        except BaseException:
            os.close(fd)
            raise
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _commit(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
