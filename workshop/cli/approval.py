"""The review cycle of the minutes: ``approve`` and ``reopen``."""

from __future__ import annotations

from pathlib import Path

from workshop.cli.common import LANGUAGE_METAVAR, Command, language_code, open_library, writing
from workshop.cli.output import say
from workshop.i18n import t


def _approve_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--by", required=True, metavar="NAME", help=h("cli_help_approve_by"))
    p.add_argument("--pdf", type=Path, metavar="FILE", help=h("cli_help_approve_pdf"))
    p.add_argument("--language", type=language_code, metavar=LANGUAGE_METAVAR)


def cmd_approve(args, lang: str) -> None:
    from workshop.export.approval import approve_minutes
    from workshop.services.sessions import get_session, resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        title = get_session(lib, session_id).title
        if args.pdf is not None:
            with writing(args.pdf):
                info = approve_minutes(
                    lib, session_id, by=args.by, pdf_path=args.pdf, language=args.language
                )
        else:
            info = approve_minutes(lib, session_id, by=args.by, language=args.language)
    say(
        t(
            "cli_approved",
            lang,
            title=title,
            version=info.version,
            by=info.approved_by,
            sha256=info.sha256,
        )
    )
    if args.pdf is not None:
        say(t("cli_wrote", lang, file=str(args.pdf)))


def _reopen_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--reason", required=True, metavar="TEXT", help=h("cli_help_reopen_reason"))
    p.add_argument("--by", default="", metavar="NAME", help=h("cli_help_reopen_by"))


def cmd_reopen(args, lang: str) -> None:
    from workshop.services.approval import reopen, take_in
    from workshop.services.sessions import get_session, resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        title = get_session(lib, session_id).title
        info = reopen(lib, session_id, reason=args.reason, by=args.by)
        taken = take_in(lib, session_id)
    say(t("cli_reopened", lang, title=title, version=info.version + 1))
    if taken:
        say(t("cli_pending_taken_in", lang, n=taken))


def _approved_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    p.add_argument("--version", type=int, metavar="N", help=h("cli_help_approved_version"))


def cmd_approved(args, lang: str) -> None:
    """The approved PDF as kept in the library: the same bytes, the same SHA-256."""
    from workshop.export.approval import write_approved_pdf
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        with writing(args.pdf):
            write_approved_pdf(lib, session_id, args.pdf, args.version)
    say(t("cli_wrote", lang, file=str(args.pdf)))


COMMANDS = (
    Command("approve", "cli_help_approve", cmd_approve, _approve_arguments),
    Command("approved", "cli_help_approved", cmd_approved, _approved_arguments),
    Command("reopen", "cli_help_reopen", cmd_reopen, _reopen_arguments),
)
