"""The ``workshop`` command line. Every command calls the same services as the GUI.

Contract: a command that creates something prints exactly its UUID and a newline on stdout;
listings and ``--json`` go to stdout; every other message goes to stderr. Errors are one line
on stderr, exit 1 (2 for usage), never a traceback.

One module per group of commands — :mod:`~workshop.cli.sessions`, :mod:`~workshop.cli.notes`,
:mod:`~workshop.cli.library`, :mod:`~workshop.cli.exchange`, :mod:`~workshop.cli.export`,
:mod:`~workshop.cli.actions` — each declaring its commands (name, help, arguments, handler) in
``COMMANDS``. A handler imports what is heavy (SQLAlchemy, ReportLab) itself, so ``--help`` and
``--version`` load neither. :mod:`~workshop.cli.parser` puts the parser together,
:mod:`~workshop.cli.common` holds what the commands share and :mod:`~workshop.cli.output` what
they print.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

from workshop.cli.common import PROG, UsageError
from workshop.cli.output import say
from workshop.cli.parser import COMMANDS, build_parser, declared
from workshop.errors import VerkstedError
from workshop.i18n import system_language, t

__all__ = ["COMMANDS", "build_parser", "main"]


class Terminated(BaseException):
    """SIGTERM or SIGHUP (a logout, a shutdown, ``kill``): unwinds the command like Ctrl+C does,
    so that the open transaction rolls back and temporary files are removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = ("SIGTERM", "SIGHUP")


def _stop(signum: int, _frame: object) -> None:
    for name in _STOP_SIGNALS:  # once is enough: a second signal must not cut the unwinding
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    raise Terminated(signum)


def _on_stop_signals(handler) -> dict[int, object]:
    """Install ``handler`` for the stop signals this system has; returns the previous ones."""
    previous: dict[int, object] = {}
    if threading.current_thread() is not threading.main_thread():
        return previous  # only the main thread may set handlers (a caller's worker thread)
    for name in _STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, handler)
    return previous


def main(argv: list[str] | None = None) -> int:
    previous = _on_stop_signals(_stop)
    try:
        return _main(argv)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _main(argv: list[str] | None) -> int:
    lang = system_language()
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        say(f"{PROG}: {t('cli_usage_error', lang)}: {exc} ({t('cli_see_help', lang)})")
        return 2
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return 2
    try:
        return declared()[args.command].handler(args, lang) or 0
    except VerkstedError as exc:
        say(f"{PROG}: {exc.message(lang)}")
        return exc.exit_code
    except KeyboardInterrupt:
        say(f"{PROG}: {t('cli_interrupted', lang)}")
        return 130
    except Terminated as exc:
        name = signal.Signals(exc.signum).name
        say(f"{PROG}: {t('cli_terminated', lang, signal=name)}")
        return 128 + exc.signum
    except BrokenPipeError:
        return 1
    except Exception as exc:
        if os.environ.get("WORKSHOP_DEBUG"):
            raise
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        say(f"{PROG}: {t('cli_unexpected', lang, detail=detail)}")
        return 1
