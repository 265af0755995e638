"""The library itself: ``restore`` (a deleted note, or the library from a backup), ``purge``
(a session deleted for good, also from the backups) and the list of ``backups``."""

from __future__ import annotations

import sys

from workshop.cli.common import PROG, Command, library_path, open_library, session_and_note
from workshop.cli.output import ask, out, say
from workshop.i18n import t


def _restore_arguments(p, h) -> None:
    p.add_argument("target", metavar="SESSION|BACKUP")
    p.add_argument("note", metavar="NOTE", nargs="?")


def cmd_restore(args, lang: str) -> None:
    if args.note is None:
        return _restore_backup(args, lang)
    from workshop.services.notes import set_notes_deleted

    args.session = args.target
    with open_library(args) as lib:
        session_id, note_id = session_and_note(lib, args)
        set_notes_deleted(lib, session_id, [note_id], False)
    say(t("cli_note_restored", lang))
    return None


def _restore_backup(args, lang: str) -> None:
    from workshop.store.backups import find_backup, restore_backup
    from workshop.store.db import Library

    path = library_path(args)
    Library.open(path, create=False).close()  # refuse anything that is not a library
    backup = find_backup(path, args.target)
    safety = restore_backup(path, backup)
    say(t("cli_restored_backup", lang, backup=backup.name, safety=str(safety)))


def _purge_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--yes", action="store_true", help=h("cli_help_yes"))


def cmd_purge(args, lang: str) -> int | None:
    """Purge a session, or finish a purge of it that was interrupted (then without asking)."""
    from workshop.services.purge import BUSY, IN_USE, LIBRARY_READ, purge_session, resolve_purge

    with open_library(args) as lib:
        session_id, title, pending = resolve_purge(lib, args.session)
        if not pending and not args.yes and sys.stdin is not None and sys.stdin.isatty():
            ask(t("cli_purge_confirm", lang, title=title))
            if sys.stdin.readline().strip().lower() not in ("y", "yes", "j", "ja"):
                say(t("cli_cancelled", lang))
                return 1
        report = purge_session(lib, session_id)
    name = title if title is not None else session_id  # a finished purge knows only the id
    for leftover in report.skipped:
        say(t("cli_purge_skipped", lang, file=str(leftover.path)))
    if not report.complete:
        leftover = report.pending[0]
        reason = {
            LIBRARY_READ: t("purge_reason_reader", lang),
            BUSY: t("purge_reason_busy", lang),
            IN_USE: t("purge_reason_in_use", lang),
        }[leftover.reason]
        say(
            f"{PROG}: "
            + t(
                "cli_purge_unfinished",
                lang,
                title=name,
                file=str(leftover.path),
                reason=reason,
                ref=session_id,
            )
        )
        return 1
    say(t("cli_purged", lang, title=name))
    return None


def cmd_backups(args, lang: str) -> None:
    from workshop.store.backups import list_backups

    backups = list_backups(library_path(args))
    if not backups:
        say(t("cli_no_backups", lang))
        return
    for b in backups:
        out(
            f"{b.name:<44} {t('backup_' + b.kind.replace('-', '_'), lang):<22} "
            f"{b.created:%Y-%m-%d %H:%M}  {b.size // 1024:>6} KiB"
        )


COMMANDS = (
    Command("restore", "cli_help_restore", cmd_restore, _restore_arguments),
    Command("purge", "cli_help_purge", cmd_purge, _purge_arguments),
    Command("backups", "cli_help_backups", cmd_backups),
)
