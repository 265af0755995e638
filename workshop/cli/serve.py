"""``workshop serve SESSION [--host H] [--port P] [--auto-accept]``: the participant server
without the GUI, and ``workshop queue SESSION [--approve ID [--text T] | --reject ID]``: its
moderation queue.

The join URL is the first line on stdout, flushed at once, so a script can read it from a pipe
or a file; everything else goes to stderr. It runs until SIGINT or SIGTERM and then exits 0,
or until the session is deleted. ``queue`` lists the waiting notes (one a line, or ``--json``)
while ``serve`` runs in another terminal, and approves (printing the note's UUID) or rejects one.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import UTC

from workshop.cli.common import PROG, Command, open_library
from workshop.cli.output import out, print_json
from workshop.cli.output import say as tell
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
            out(url)
            sys.stdout.flush()
            say = tell
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


def _queue_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    decide = p.add_mutually_exclusive_group()
    decide.add_argument("--approve", metavar="ID", help=h("cli_help_queue_approve"))
    decide.add_argument("--reject", metavar="ID", help=h("cli_help_queue_reject"))
    p.add_argument("--text", metavar="T", help=h("cli_help_queue_text"))
    p.add_argument("--json", action="store_true")


def cmd_queue(args, lang: str) -> int | None:
    from workshop.services import moderation
    from workshop.services.dto import to_json_ready
    from workshop.services.sessions import resolve_session

    if args.text is not None and args.approve is None:
        problem = t("cli_queue_text_needs_approve", lang)
        tell(f"{PROG}: {t('cli_usage_error', lang)}: {problem} ({t('cli_see_help', lang)})")
        return 2
    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        if args.approve is not None:
            pending_id = moderation.resolve_pending(lib, session_id, args.approve)
            out(moderation.approve_pending(lib, session_id, pending_id, text=args.text))
            return None
        if args.reject is not None:
            pending_id = moderation.resolve_pending(lib, session_id, args.reject)
            moderation.reject_pending(lib, session_id, pending_id)
            tell(t("cli_queue_rejected", lang))
            return None
        waiting = moderation.list_pending(lib, session_id)
    if args.json:
        print_json([to_json_ready(item) for item in waiting])
    elif not waiting:
        tell(t("cli_queue_empty", lang))
    for item in [] if args.json else waiting:
        when = item.created_at.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
        out(f"{item.id[:8]}  {when}  {' / '.join(item.text.splitlines())}")
    return None


COMMANDS = (
    Command("serve", "cli_help_serve", cmd_serve, _arguments),
    Command("queue", "cli_help_queue", cmd_queue, _queue_arguments),
)
