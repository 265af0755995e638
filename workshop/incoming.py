"""Reading a file that comes from outside (a CSV to import, a session file): ordinary files only,
never past a limit, never waiting.

A path can name something that is not a file at all: a folder, ``/dev/zero`` (endless), a FIFO
(a read waits for a writer that never comes), a socket, or a symbolic link to any of them. The
file is therefore opened without waiting (``O_NONBLOCK``), looked at through the open descriptor
(so what is checked is what is read), and refused unless it is an ordinary file; its bytes are
then read up to a limit, checked while reading, so a file that grows meanwhile is not read past
it either.

Qt-free and free of the rest of Verksted: the callers turn :class:`NotAFileError` and
:class:`TooLargeError` into their own one-line messages.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

__all__ = ["NotAFileError", "TooLargeError", "copy_limited", "open_regular", "read_limited"]

_CHUNK = 1024 * 1024


class NotAFileError(OSError):
    """The path names a folder, a device, a FIFO or a socket, not an ordinary file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path}: not an ordinary file ({kind})")
        self.path = path
        self.kind = kind  # directory | device | fifo | socket | other


class TooLargeError(OSError):
    """The file holds more than the reader's limit (``size``: what is known of it, in bytes)."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path}: over {limit} bytes")
        self.path = path
        self.size = size
        self.limit = limit


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


@contextlib.contextmanager
def open_regular(path: Path | str) -> Iterator[tuple[BinaryIO, int]]:
    """Open ``path`` for reading if it is an ordinary file: ``(file, size at opening)``.

    Raises :class:`NotAFileError` for anything else, and the ``OSError`` the system gave
    (``FileNotFoundError``, ``PermissionError`` …) when it cannot be opened.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotAFileError(path, "directory") from None
    except PermissionError:
        if path.is_dir():  # Windows cannot open a folder at all
            raise NotAFileError(path, "directory") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(path, _kind(info.st_mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # an ordinary file: read as usual
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield fh, info.st_size


def read_limited(path: Path | str, limit: int) -> bytes:
    """All bytes of the ordinary file ``path``; :class:`TooLargeError` beyond ``limit``."""
    with open_regular(path) as (fh, size):
        if size > limit:
            raise TooLargeError(Path(path), size, limit)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(Path(path), len(data), limit)
    return data


def copy_limited(path: Path | str, target: IO[bytes], limit: int) -> int:
    """Copy the ordinary file ``path`` into ``target``; :class:`TooLargeError` beyond ``limit``.

    Returns the number of bytes copied. On an error part of the file may be in ``target``.
    """
    with open_regular(path) as (fh, size):
        if size > limit:
            raise TooLargeError(Path(path), size, limit)
        copied = 0
        while chunk := fh.read(min(_CHUNK, limit + 1 - copied)):
            copied += len(chunk)
            if copied > limit:
                raise TooLargeError(Path(path), max(size, copied), limit)
            target.write(chunk)
    return copied
