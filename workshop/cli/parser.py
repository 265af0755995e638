"""The command line's parser, put together from the command modules in the order of ``--help``."""

from __future__ import annotations

import argparse

import workshop
from workshop.cli.actions import COMMANDS as ACTION_COMMANDS
from workshop.cli.approval import COMMANDS as APPROVAL_COMMANDS
from workshop.cli.board import COMMANDS as BOARD_COMMANDS
from workshop.cli.common import PROG, Command, Parser, add_library_option, library_value
from workshop.cli.exchange import COMMANDS as EXCHANGE_COMMANDS
from workshop.cli.export import COMMANDS as EXPORT_COMMANDS
from workshop.cli.library import COMMANDS as LIBRARY_COMMANDS
from workshop.cli.notes import COMMANDS as NOTE_COMMANDS
from workshop.cli.serve import COMMANDS as SERVE_COMMANDS
from workshop.cli.sessions import COMMANDS as SESSION_COMMANDS
from workshop.i18n import t

# Every command, in the order ``workshop --help`` lists them (the entry point also reads this to
# tell a command from a session file to open in the app).
COMMANDS = (
    "templates",
    "framework",
    "new",
    "set",
    "sessions",
    "show",
    "demo",
    "add",
    "edit",
    "delete",
    "restore",
    "tag",
    "suggest",
    "vote",
    "cluster",
    "uncluster",
    "rate",
    "import",
    "pack",
    "unpack",
    "conflicts",
    "sync",
    "export",
    "approve",
    "approved",
    "reopen",
    "sheet",
    "action",
    "actions",
    "report",
    "attach",
    "purge",
    "backups",
    "serve",
    "queue",
)
GROUPS = (
    SESSION_COMMANDS,
    NOTE_COMMANDS,
    BOARD_COMMANDS,
    LIBRARY_COMMANDS,
    EXCHANGE_COMMANDS,
    EXPORT_COMMANDS,
    APPROVAL_COMMANDS,
    ACTION_COMMANDS,
    SERVE_COMMANDS,
)


def declared() -> dict[str, Command]:
    """Each command module's commands by name."""
    return {command.name: command for group in GROUPS for command in group}


class _VersionAction(argparse._VersionAction):
    """``--version``, with the version read only when it is asked for."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        self.version = f"Verksted {workshop.__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    h = lambda key: t(key, None)  # noqa: E731 - short local helper for help texts
    parser = Parser(prog=PROG, description=h("cli_description"))
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--library", metavar="PATH|URL", type=library_value, help=h("cli_help_library")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands = declared()
    for name in COMMANDS:
        command = commands[name]
        p = sub.add_parser(name, help=h(command.help_key), description=h(command.help_key))
        add_library_option(p, h)
        if command.arguments is not None:
            command.arguments(p, h)
    return parser
