"""Entry point: ``workshop`` starts the GUI, ``workshop <command>`` the command line.

``workshop FILE.verksted`` starts the GUI and offers to import that session file.
"""

from __future__ import annotations

import gc
import sys

from workshop.filetypes import is_session_file

# Options that take a value and may stand before the command.
_GLOBAL_WITH_VALUE = ("--library", "--run")


def wants_cli(argv: list[str]) -> bool:
    from workshop.cli import COMMANDS

    skip = False
    positional: list[str] = []
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _GLOBAL_WITH_VALUE:
            skip = True
            continue
        if arg.split("=", 1)[0] in _GLOBAL_WITH_VALUE:
            continue
        if arg in ("-h", "--help", "--version") or arg in COMMANDS:
            return True
        if not arg.startswith("-"):
            positional.append(arg)
    if len(positional) == 1 and is_session_file(positional[0]):
        return False  # the app opens and offers to import the session file
    return bool(positional)  # an unknown command: let the CLI say so


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if wants_cli(argv):
        from workshop.cli import main as cli_main

        # Loading the ORM and the models makes some 300,000 objects that live as long as the
        # process: no cycle collection while they are made. Opening the library freezes them
        # and lets the collector run again (workshop.cli.common.open_library), so that it does
        # not walk them over and over while a command works on many rows.
        gc.disable()
        code = cli_main(argv)
        # The command is done and the process ends with it: what it allocated (the library's
        # objects, a laid-out document) goes with the process instead of being traversed once
        # more by the interpreter's last collection, a tenth of an export's time.
        gc.freeze()
        return code
    from workshop.ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    raise SystemExit(main())
