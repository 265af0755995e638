"""Follow-up: ``action add|set`` and the ``actions`` list."""

from __future__ import annotations

import argparse
from datetime import date

from workshop.cli.common import (
    Command,
    Parser,
    add_library_option,
    iso_date,
    open_library,
    principle_number,
)
from workshop.cli.output import action_json, one_line, out, print_json, say
from workshop.domain.vocabulary import ACTION_STATUSES
from workshop.i18n import t


def _action_arguments(p, h) -> None:
    sub = p.add_subparsers(dest="subcommand", metavar="add|set", parser_class=Parser, required=True)

    def subcommand(name: str, key: str) -> argparse.ArgumentParser:
        q = sub.add_parser(name, help=h(key), description=h(key))
        add_library_option(q, h)
        return q

    q = subcommand("add", "cli_help_action_add")
    q.add_argument("session", metavar="SESSION")
    q.add_argument("text", metavar="TEXT")
    q.add_argument("--owner", default="", metavar="O", help=h("cli_help_owner"))
    q.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD", help=h("cli_help_due"))
    q.add_argument(
        "--note", action="append", default=[], metavar="NOTE", help=h("cli_help_action_note")
    )
    q.add_argument(
        "--principle",
        action="append",
        type=principle_number,
        metavar="N",
        help=h("cli_help_action_principle"),
    )

    q = subcommand("set", "cli_help_action_set")
    q.add_argument("action", metavar="ACTION")
    q.add_argument("--status", choices=ACTION_STATUSES, help=h("cli_help_action_status"))
    q.add_argument("--comment", metavar="C", help=h("cli_help_action_comment"))
    q.add_argument("--owner", metavar="O", help=h("cli_help_owner"))
    due = q.add_mutually_exclusive_group()
    due.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD", help=h("cli_help_due"))
    due.add_argument("--no-due", action="store_true", help=h("cli_help_no_due"))
    q.add_argument("--story", action=argparse.BooleanOptionalAction, help=h("cli_help_story"))


def cmd_action(args, lang: str) -> None:
    if args.subcommand == "add":
        _action_add(args)
    else:
        _action_set(args, lang)


def _action_add(args) -> None:
    from workshop.services.actions import add_action
    from workshop.services.notes import resolve_note
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        action_id = add_action(
            lib,
            session_id,
            args.text,
            owner=args.owner,
            due=args.due,
            note_ids=[resolve_note(lib, session_id, ref) for ref in args.note],
            principles=args.principle,
        )
    out(action_id)


def _action_set(args, lang: str) -> None:
    from workshop.errors import InvalidInputError
    from workshop.services.actions import UNSET, resolve_action, update_action

    due = None if args.no_due else (args.due or UNSET)
    changes = (args.status, args.comment, args.owner, args.story)
    if all(c is None for c in changes) and due is UNSET:
        raise InvalidInputError("cli_action_nothing")
    with open_library(args) as lib:
        update_action(
            lib,
            resolve_action(lib, args.action),
            status=args.status,
            comment=args.comment,
            owner=args.owner,
            due=due,
            story=args.story,
        )
    say(t("cli_saved", lang))


def _actions_arguments(p, h) -> None:
    p.add_argument("--status", choices=ACTION_STATUSES)
    p.add_argument("--owner", metavar="O", help=h("cli_help_owner_filter"))
    p.add_argument("--overdue", action="store_true", help=h("cli_help_overdue"))
    p.add_argument("--session", metavar="SESSION", help=h("cli_help_session_filter"))
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))


def cmd_actions(args, lang: str) -> None:
    from workshop.services.actions import is_overdue, list_actions
    from workshop.services.sessions import resolve_session

    today = date.today()
    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session) if args.session else None
        actions = list_actions(
            lib,
            session_id=session_id,
            status=args.status,
            owner=args.owner,
            overdue_on=today if args.overdue else None,
        )
    if args.json:
        print_json([action_json(a, today) for a in actions])
        return
    if not actions:
        say(t("cli_no_actions", lang))
        return
    for a in actions:
        due = a.due.isoformat() if a.due else " " * 10
        status = t("action_" + a.status.replace("-", "_"), lang)
        late = f"  [{t('action_overdue', lang)}]" if is_overdue(a, today) else ""
        out(f"{a.id[:8]}  {due}  {status:<12} {a.owner:<16} {one_line(a.text)}{late}")


COMMANDS = (
    Command("action", "cli_help_action", cmd_action, _action_arguments),
    Command("actions", "cli_help_actions", cmd_actions, _actions_arguments),
)
