"""``workshop serve SESSION [--host H] [--port P] [--auto-accept]``: the participant server
without the GUI.

The join URL is the first line on stdout, flushed at once, so a script can read it from a pipe
or a file; everything else goes to stderr. It runs until SIGINT or SIGTERM and then exits 0,
or until the session is deleted.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from workshop.cli.common import Command, open_library
from workshop.i18n import t

DEFAULT_PORT = 8750  # the same as workshop.server.network.DEFAULT_PORT (kept import-free)


def _arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--host", metavar="H", help=h("cli_help_serve_host"))
    p.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, metavar="P", help=h("cli_help_serve_port")
    )
    p.add_argument("--auto-accept", action="store_true", help=h("cli_help_serve_auto_accept"))


def _port(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(t("cli_bad_port", None, value=value))
    return int(value)


def cmd_serve(args, lang: str) -> int:
    from workshop.server import network
    from workshop.server.runner import ParticipantServer
    from workshop.services.sessions import resolve_session

    stop = threading.Event()

    def on_signal(_signum, _frame) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with open_library(args) as lib:
            session_id = resolve_session(lib, args.session)
            server = ParticipantServer(
                lib,
                session_id,
                host=args.host,
                port=args.port,
                auto_accept=True if args.auto_accept else None,
                hooks=None,
            )
            url = server.start()
            sys.stdout.write(url + "\n")
            sys.stdout.flush()
            say = lambda text: sys.stderr.write(text + "\n")  # noqa: E731
            say(t("cli_serve_listening", lang, url=url, code=server.room_code))
            if server.host == network.ALL_NETWORKS:
                say(t("cli_serve_all_networks", lang))
            if not server.settings.auto_accept:
                say(t("cli_serve_queue_mode", lang))
            if sys.stderr.isatty():
                from workshop.server.qr import qr_terminal

                qr_terminal(url, sys.stderr)
            sys.stderr.flush()
            while not stop.wait(0.25):
                if not server.running:
                    break
            server.stop()
            if server.stopped_reason == "gone":
                say(t("cli_serve_session_gone", lang))
            say(
                t(
                    "cli_serve_stopped",
                    lang,
                    notes=server.notes_received,
                    queued=server.notes_queued,
                )
            )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


COMMANDS = (Command("serve", "cli_help_serve", cmd_serve, _arguments),)
