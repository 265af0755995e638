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
import sys

from workshop.cli.common import PROG, UsageError
from workshop.cli.output import say
from workshop.cli.parser import COMMANDS, build_parser, declared
from workshop.errors import VerkstedError
from workshop.i18n import system_language, t

__all__ = ["COMMANDS", "build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
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
    except BrokenPipeError:
        return 1
    except Exception as exc:
        if os.environ.get("WORKSHOP_DEBUG"):
            raise
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        say(f"{PROG}: {t('cli_unexpected', lang, detail=detail)}")
        return 1
