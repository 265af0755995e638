"""The board from the command line: ``cluster`` and ``uncluster``, through the same services
(and so the same layout) as Ctrl+G and Ctrl+Shift+G on the board."""

from __future__ import annotations

from workshop.cli.common import Command, open_library
from workshop.cli.output import out, say
from workshop.i18n import t


def _notes(lib, session_id: str, refs: list[str]) -> list[str]:
    from workshop.services.notes import resolve_note

    return [resolve_note(lib, session_id, ref) for ref in refs]


def _cluster_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--name", required=True, help=h("cli_help_cluster_name"))
    p.add_argument("notes", nargs="+", metavar="NOTE")


def cmd_cluster(args, lang: str) -> None:
    from workshop.services.board import gather_cluster
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        change = gather_cluster(lib, session_id, args.name, _notes(lib, session_id, args.notes))
    out(change.cluster_id)


def _uncluster_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("notes", nargs="+", metavar="NOTE")


def cmd_uncluster(args, lang: str) -> None:
    from workshop.services.board import take_out_of_clusters
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        change = take_out_of_clusters(lib, session_id, _notes(lib, session_id, args.notes))
    say(t("cli_unclustered", lang, n=len(change.after.clusters)))


COMMANDS = (
    Command("cluster", "cli_help_cluster", cmd_cluster, _cluster_arguments),
    Command("uncluster", "cli_help_uncluster", cmd_uncluster, _uncluster_arguments),
)
