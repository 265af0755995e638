"""Sessions between computers: ``pack`` and ``unpack`` a ``.verksted`` file, and list the
``conflicts`` (text changed apart on two computers) a merge leaves to settle."""

from __future__ import annotations

from pathlib import Path

from workshop.cli.common import Command, open_library, writing
from workshop.cli.output import conflict_json, one_line, out, print_json, say
from workshop.filetypes import SESSION_FILE_SUFFIX
from workshop.i18n import t


def _pack_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("file", type=Path, metavar="FILE.verksted")


def cmd_pack(args, lang: str) -> None:
    from workshop.services.exchange import pack_session
    from workshop.services.sessions import resolve_session

    target = args.file
    if target.suffix != SESSION_FILE_SUFFIX:
        target = target.with_name(target.name + SESSION_FILE_SUFFIX)
    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        with writing(target):
            result = pack_session(lib, session_id, target)
    say(
        t(
            "cli_packed",
            lang,
            file=str(target),
            notes=result.notes,
            photos=result.photos,
            size=max(1, round(result.size / 1024)),
        )
    )


def _unpack_arguments(p, h) -> None:
    p.add_argument("file", type=Path, metavar="FILE.verksted")
    p.add_argument("--dry-run", action="store_true", help=h("cli_help_dry_run"))
    p.add_argument("--restore-purged", action="store_true", help=h("cli_help_restore_purged"))
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))


def cmd_unpack(args, lang: str) -> None:
    from workshop.services.exchange import unpack_session

    with open_library(args) as lib:
        summary = unpack_session(
            lib, args.file, dry_run=args.dry_run, allow_purged=args.restore_purged
        )
    if args.json:
        print_json(summary.as_dict())
        return
    line = t(
        "cli_unpack_summary",
        lang,
        title=summary.title,
        nn=summary.notes.new,
        nu=summary.notes.updated,
        nc=summary.notes.unchanged,
        on=summary.other.new,
        ou=summary.other.updated,
        oc=summary.other.unchanged,
        conflicts=summary.conflicts,
    )
    if summary.new_session:
        line += f" ({t('cli_unpack_new_session', lang)})"
    if summary.dry_run:
        line += f" – {t('cli_unpack_dry_run', lang)}"
    out(line)
    if summary.pending:
        say(t("cli_unpack_pending", lang, title=summary.title))


def _conflicts_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))


def cmd_conflicts(args, lang: str) -> None:
    from workshop.services.exchange import list_conflicts
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        conflicts = list_conflicts(lib, session_id)
    if args.json:
        print_json([conflict_json(c) for c in conflicts])
        return
    if not conflicts:
        say(t("cli_no_conflicts", lang))
        return
    for c in conflicts:
        out(t("cli_conflict", lang, seq=c.seq, ref=c.note_id[:8], n=len(c.heads)))
        for number, version in enumerate(c.heads, start=1):
            out(f"  [{number}] {one_line(version.text)}")


def _sync_arguments(p, h) -> None:
    p.add_argument("--team", metavar="URL", help=h("cli_help_team"))
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))


def cmd_sync(args, lang: str) -> int | None:
    from workshop.services.sync import sync_library

    with open_library(args) as lib:
        summary = sync_library(lib, args.team)
    if args.json:
        print_json(summary.as_dict())
    else:
        out(
            t(
                "sync_summary",
                lang,
                url=summary.url,
                sent=summary.sent,
                received=summary.received,
                purged=summary.purged,
                conflicts=summary.conflicts,
            )
        )
    if summary.held:
        say(t("sync_held", lang, n=summary.held))
    for title, error in summary.failed:
        say(t("sync_session_failed", lang, title=title, detail=error.message(lang)))
    return 1 if summary.failed else None


COMMANDS = (
    Command("sync", "cli_help_sync", cmd_sync, _sync_arguments),
    Command("pack", "cli_help_pack", cmd_pack, _pack_arguments),
    Command("unpack", "cli_help_unpack", cmd_unpack, _unpack_arguments),
    Command("conflicts", "cli_help_conflicts", cmd_conflicts, _conflicts_arguments),
)
