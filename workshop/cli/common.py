"""What every command module shares: the parser class, argument types, the command record, the
library handle, and turning a failed write into the one-line error."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NoReturn

from workshop.i18n import LANGUAGES, t

PROG = "workshop"
LANGUAGE_METAVAR = "|".join(LANGUAGES)  # nb|nn|en

Help = Callable[[str], str]  # a message key -> the help text in the system's language
Handler = Callable[[argparse.Namespace, str], "int | None"]  # (args, language) -> exit code


class UsageError(Exception):
    """A malformed command line (exit 2)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@dataclass(frozen=True)
class Command:
    """One sub-command: its name, help, arguments and the function that runs it.

    ``handler(args, language)`` returns None (exit 0) or an exit code; it imports heavy modules
    (SQLAlchemy, ReportLab) itself, so that building the parser stays light.
    """

    name: str
    help_key: str
    handler: Handler
    arguments: Callable[[argparse.ArgumentParser, Help], None] | None = None


def library_value(value: str) -> Path | str:
    """A library file, or a team library's URL (``postgresql://…``), never taken as a path."""
    from workshop.filetypes import is_url  # light: parsing loads no database code

    return value if is_url(value) else Path(value)


def add_library_option(parser: argparse.ArgumentParser, h: Help) -> None:
    """``--library`` after the command too (``workshop sessions --library X``)."""
    parser.add_argument(
        "--library",
        metavar="PATH|URL",
        type=library_value,
        help=h("cli_help_library"),
        default=argparse.SUPPRESS,
    )


# --- argument types ---


def iso_date(value: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli_bad_date", None, value=value)) from None


def group_count(value: str) -> tuple[str, int]:
    group, sep, count = value.rpartition("=")
    if not sep or not group.strip() or not count.strip().isdigit():
        raise argparse.ArgumentTypeError(t("cli_bad_participants", None, value=value))
    return group.strip(), int(count)


def principle_number(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(t("cli_bad_principle", None, value=value))
    return int(value)


def language_code(value: str) -> str:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            t("cli_bad_language", None, value=value, known=", ".join(LANGUAGES))
        )
    return value


# --- what handlers need ---


def open_library(args):
    from workshop.cli.output import say
    from workshop.i18n import system_language
    from workshop.services.library import open_library as open_
    from workshop.services.library import set_busy_notice

    lang = system_language()
    # A write that waits for another writer (a long import) says so once, on stderr.
    set_busy_notice(lambda: say(f"{PROG}: {t('library_busy_waiting', lang)}"))
    lib = open_(args.library)
    if lib.backup_warning is not None:
        say(f"{PROG}: {lib.backup_warning.message(lang)}")
    _settled()
    return lib


def _settled() -> None:
    """What is loaded now stays: out of the cycle collector's way, which runs again from here
    (the program's entry, :func:`workshop.app.main`, holds it back while the modules load)."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def library_path(args) -> Path:
    """The library's path without opening it (backups, restore); a team library has none."""
    from workshop.paths import default_library_path, real_path

    if isinstance(args.library, str):
        from workshop.errors import LibraryError
        from workshop.filetypes import safe_url

        raise LibraryError("library_is_server", url=safe_url(args.library))
    return real_path(args.library if args.library else default_library_path())


def session_and_note(lib, args) -> tuple[str, str]:
    """``args.session`` and ``args.note`` (ids or their first characters) resolved."""
    from workshop.services.notes import resolve_note
    from workshop.services.sessions import resolve_session

    session_id = resolve_session(lib, args.session)
    return session_id, resolve_note(lib, session_id, args.note)


@contextmanager
def writing(target: Path) -> Iterator[None]:
    """A file that cannot be written becomes the one-line ``Cannot write FILE: reason``."""
    try:
        yield
    except OSError as exc:
        from workshop.errors import InvalidInputError

        raise InvalidInputError(
            "cli_cannot_write", file=str(target), detail=exc.strerror or str(exc)
        ) from None
