"""The ``workshop`` command line. Every command calls the same services as the GUI.

Contract: a command that creates something prints exactly its UUID and a newline on stdout;
listings and ``--json`` go to stdout; every other message goes to stderr. Errors are one line
on stderr, exit 1 (2 for usage), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn

from workshop import __version__
from workshop.errors import VerkstedError
from workshop.i18n import system_language, t

PROG = "workshop"
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
    "rate",
    "attach",
    "import",
    "export",
    "pack",
    "unpack",
    "conflicts",
    "sheet",
    "action",
    "actions",
    "report",
    "purge",
    "backups",
)


class UsageError(Exception):
    """A malformed command line (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(value: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli_bad_date", None, value=value)) from None


def _group_count(value: str) -> tuple[str, int]:
    group, sep, count = value.rpartition("=")
    if not sep or not group.strip() or not count.strip().isdigit():
        raise argparse.ArgumentTypeError(t("cli_bad_participants", None, value=value))
    return group.strip(), int(count)


def _principle(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(t("cli_bad_principle", None, value=value))
    return int(value)


def _language(value: str) -> str:
    if value not in ("nb", "en"):
        raise argparse.ArgumentTypeError(t("cli_bad_language", None, value=value))
    return value


def build_parser() -> argparse.ArgumentParser:
    h = lambda key: t(key, None)  # noqa: E731 - short local helper for help texts
    parser = _Parser(prog=PROG, description=h("cli_description"))
    parser.add_argument("--version", action="version", version=f"Verksted {__version__}")
    parser.add_argument("--library", metavar="PATH", type=Path, help=h("cli_help_library"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def cmd(name: str, key: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=h(key), description=h(key))
        p.add_argument(
            "--library",
            metavar="PATH",
            type=Path,
            help=h("cli_help_library"),
            default=argparse.SUPPRESS,
        )
        return p

    p = cmd("templates", "cli_help_templates")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p = cmd("framework", "cli_help_framework")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p.add_argument("--framework", metavar="FILE", type=Path, help=h("cli_help_framework_file"))

    p = cmd("new", "cli_help_new")
    p.add_argument("template", metavar="TEMPLATE")
    p.add_argument("--title", required=True)
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--place", default="")
    p.add_argument("--language", type=_language, default="nb", metavar="nb|en")
    p.add_argument("--facilitator", action="append", default=[], metavar="NAME")
    p.add_argument(
        "--participants", action="append", type=_group_count, default=[], metavar="GROUP=N"
    )
    p.add_argument("--archive-ref", default="", metavar="REF")
    p.add_argument("--framework", type=Path, metavar="FILE", help=h("cli_help_framework_file"))

    p = cmd("set", "cli_help_set")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--title")
    p.add_argument("--place")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--participants", action="append", type=_group_count, default=[], metavar="GROUP=N"
    )
    p.add_argument(
        "--actual",
        action="append",
        type=_group_count,
        default=[],
        metavar="GROUP=N",
        help=h("cli_help_actual"),
    )
    p.add_argument("--archive-ref", metavar="REF")
    p.add_argument("--facilitator", action="append", metavar="NAME")
    p.add_argument("--status", choices=("planned", "running", "finished"))

    p = cmd("sessions", "cli_help_sessions")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p = cmd("show", "cli_help_show")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p.add_argument("--all", action="store_true", help=h("cli_help_all"))
    cmd("demo", "cli_help_demo")

    p = cmd("add", "cli_help_add")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--principle", action="append", type=_principle, default=[], metavar="N")
    p.add_argument("--focus-area", action="append", default=[], metavar="ID")
    p.add_argument("--group", default="")
    p.add_argument("--step", type=int, metavar="N")
    p.add_argument("--colour", default="yellow")

    p = cmd("edit", "cli_help_edit")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("note", metavar="NOTE")
    p.add_argument("text", metavar="TEXT")
    p = cmd("delete", "cli_help_delete")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("note", metavar="NOTE")
    p = cmd("restore", "cli_help_restore")
    p.add_argument("target", metavar="SESSION|BACKUP")
    p.add_argument("note", metavar="NOTE", nargs="?")

    p = cmd("tag", "cli_help_tag")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("note", metavar="NOTE")
    p.add_argument("--principle", action="append", type=_principle, default=[], metavar="N")
    p.add_argument("--focus-area", action="append", default=[], metavar="ID")
    p.add_argument("--remove", action="store_true")

    p = cmd("suggest", "cli_help_suggest")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p.add_argument("--framework", metavar="FILE", type=Path, help=h("cli_help_framework_file"))

    p = cmd("vote", "cli_help_vote")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("note", metavar="NOTE")
    p.add_argument("--count", type=int, default=1, metavar="N")

    p = cmd("rate", "cli_help_rate")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("values", nargs="+", metavar="VALUE")
    p.add_argument("--step", type=int, metavar="N", help=h("cli_help_rate_step"))

    p = cmd("import", "cli_help_import")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("file", type=Path, metavar="FILE.csv")

    p = cmd("pack", "cli_help_pack")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("file", type=Path, metavar="FILE.verksted")
    p = cmd("unpack", "cli_help_unpack")
    p.add_argument("file", type=Path, metavar="FILE.verksted")
    p.add_argument("--dry-run", action="store_true", help=h("cli_help_dry_run"))
    p.add_argument("--restore-purged", action="store_true", help=h("cli_help_restore_purged"))
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p = cmd("conflicts", "cli_help_conflicts")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))

    p = cmd("export", "cli_help_export")
    p.add_argument("session", metavar="SESSION")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="FILE")
    out.add_argument("--csv", type=Path, metavar="FILE")
    out.add_argument("--json", type=Path, metavar="FILE")
    p.add_argument("--language", type=_language, metavar="nb|en")
    p.add_argument("--anonymous", action="store_true", help=h("cli_help_anonymous"))

    p = cmd("sheet", "cli_help_sheet")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    p.add_argument("--language", type=_language, metavar="nb|en")

    _action_parsers(cmd, h)
    _report_parser(cmd, h)
    _attach_parser(cmd, h)

    p = cmd("purge", "cli_help_purge")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--yes", action="store_true", help=h("cli_help_yes"))
    cmd("backups", "cli_help_backups")
    return parser


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")


def _json(obj: object) -> None:
    _out(json.dumps(obj, ensure_ascii=False, indent=2))


def _open(args):
    from workshop.services.library import open_library

    return open_library(args.library)


def main(argv: list[str] | None = None) -> int:
    lang = system_language()
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        _say(f"{PROG}: {t('cli_usage_error', lang)}: {exc} ({t('cli_see_help', lang)})")
        return 2
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return 2
    try:
        return _dispatch(args, lang) or 0
    except VerkstedError as exc:
        _say(f"{PROG}: {exc.message(lang)}")
        return exc.exit_code
    except KeyboardInterrupt:
        _say(f"{PROG}: {t('cli_interrupted', lang)}")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:
        if os.environ.get("WORKSHOP_DEBUG"):
            raise
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        _say(f"{PROG}: {t('cli_unexpected', lang, detail=detail)}")
        return 1


def _dispatch(args, lang: str) -> int | None:
    handler = globals()[f"_cmd_{args.command.replace('-', '_')}"]
    return handler(args, lang)


# --- commands ---------------------------------------------------------------------------------


def _cmd_templates(args, lang: str) -> None:
    from workshop.domain.templates import load_templates

    templates = sorted(load_templates().values(), key=lambda tpl: tpl.id)
    if args.json:
        _json([tpl.to_dict(lang) for tpl in templates])
        return
    for tpl in templates:
        minutes = t("cli_minutes", lang, n=tpl.total_minutes)
        _out(
            f"{tpl.id:<22} {tpl.name[lang]:<32} {len(tpl.steps):>2} {t('cli_steps', lang)}"
            f"  {minutes}"
        )


def _cmd_framework(args, lang: str) -> None:
    from workshop.domain.framework import load_default_framework, load_framework

    fw = load_framework(args.framework) if args.framework else load_default_framework()
    if args.json:
        _json(fw.to_dict())
        return
    _out(f"{fw.name[lang]} ({fw.id})")
    _out("")
    for p in fw.principles:
        _out(f"{p.number:>2}. {p.title[lang]} – {p.text[lang]}")
    if fw.focus_areas:
        _out("")
        _out(t("cli_focus_areas", lang) + ":")
        for fa in fw.focus_areas:
            linked = ", ".join(str(n) for n in fa.principles)
            suffix = f"  [{t('cli_principles', lang)}: {linked}]" if linked else ""
            _out(f"  {fa.id:<34} {fa.title[lang]}{suffix}")


def _cmd_new(args, lang: str) -> None:
    from workshop.services.sessions import create_session

    with _open(args) as lib:
        session_id = create_session(
            lib,
            args.template,
            args.title,
            session_date=args.date,
            place=args.place,
            language=args.language,
            facilitators=args.facilitator,
            participants=dict(args.participants),
            archive_ref=args.archive_ref,
            framework=args.framework,
        )
    _out(session_id)


def _cmd_set(args, lang: str) -> None:
    from workshop.services.sessions import resolve_session, update_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        update_session(
            lib,
            session_id,
            title=args.title,
            place=args.place,
            session_date=args.date,
            archive_ref=args.archive_ref,
            participants_planned=dict(args.participants),
            participants_actual=dict(args.actual),
            facilitators=args.facilitator,
            status=args.status,
        )
    _say(t("cli_saved", lang))


def _cmd_sessions(args, lang: str) -> None:
    from workshop.services.dto import to_json_ready
    from workshop.services.sessions import list_sessions

    with _open(args) as lib:
        sessions = list_sessions(lib)
    if args.json:
        _json([to_json_ready(s) for s in sessions])
        return
    if not sessions:
        _say(t("cli_no_sessions", lang))
        return
    for s in sessions:
        day = s.date.isoformat() if s.date else " " * 10
        status = t(f"status_{s.status}", lang)
        _out(f"{s.id[:8]}  {day}  {status:<10} {s.note_count:>5}  {s.title}  ({s.template_name})")


def _note_json(note, include_deleted: bool) -> dict:
    from workshop.services.dto import to_json_ready

    record = {
        "id": note.id,
        "seq": note.seq,
        "text": note.text,
        "principles": list(note.principles),
        "focus_areas": list(note.focus_areas),
        "group": note.group,
        "step": note.step_position,
        "votes": note.votes,
        "cluster": note.cluster_name,
        "colour": note.colour,
        "x": note.x,
        "y": note.y,
        "created_at": to_json_ready(note.created_at),
        "updated_at": to_json_ready(note.updated_at),
    }
    if include_deleted:
        record["deleted"] = note.deleted
    return record


def _cmd_show(args, lang: str) -> None:
    from workshop.services.dto import to_json_ready
    from workshop.services.notes import list_notes
    from workshop.services.sessions import get_session, resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        session = get_session(lib, session_id)
        notes = list_notes(lib, session_id, include_deleted=args.all)
    if args.json:
        obj = to_json_ready(session)
        obj["notes"] = [_note_json(n, args.all) for n in notes]
        _json(obj)
        return
    _out(f"{session.title}  [{session.id}]")
    _out(
        f"{session.template_name} · {session.date or '–'} · {session.place or '–'} · "
        f"{t('status_' + session.status, lang)}"
    )
    _out("")
    for step in session.steps:
        minutes = t("cli_minutes", lang, n=step.minutes) if step.minutes else "–"
        _out(f"  {step.position:>2}. {step.title} ({minutes})")
    _out("")
    for n in notes:
        tags = ",".join(str(p) for p in n.principles)
        flags = f" [{t('cli_deleted', lang)}]" if n.deleted else ""
        first_line = n.text.replace("\n", " ⏎ ")
        _out(f"{n.id[:8]}  {n.step_position or '-':>2}  P[{tags}]  +{n.votes}  {first_line}{flags}")


def _cmd_demo(args, lang: str) -> None:
    from workshop.services.demo import create_demo

    with _open(args) as lib:
        _out(create_demo(lib))


def _cmd_add(args, lang: str) -> None:
    from workshop.services.notes import add_note
    from workshop.services.sessions import resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        note_id = add_note(
            lib,
            session_id,
            args.text,
            step_position=args.step,
            group=args.group,
            colour=args.colour,
            principles=args.principle,
            focus_areas=args.focus_area,
        )
    _out(note_id)


def _session_and_note(lib, args) -> tuple[str, str]:
    from workshop.services.notes import resolve_note
    from workshop.services.sessions import resolve_session

    session_id = resolve_session(lib, args.session)
    return session_id, resolve_note(lib, session_id, args.note)


def _cmd_edit(args, lang: str) -> None:
    from workshop.services.notes import edit_note

    with _open(args) as lib:
        edit_note(lib, *_session_and_note(lib, args), args.text)
    _say(t("cli_saved", lang))


def _cmd_delete(args, lang: str) -> None:
    from workshop.services.notes import delete_note

    with _open(args) as lib:
        delete_note(lib, *_session_and_note(lib, args))
    _say(t("cli_note_deleted", lang))


def _cmd_restore(args, lang: str) -> None:
    if args.note is None:
        return _restore_backup(args, lang)
    from workshop.services.notes import restore_note

    args.session = args.target
    with _open(args) as lib:
        restore_note(lib, *_session_and_note(lib, args))
    _say(t("cli_note_restored", lang))
    return None


def _restore_backup(args, lang: str) -> None:
    from workshop.paths import default_library_path
    from workshop.store.backups import find_backup, restore_backup
    from workshop.store.db import Library

    path = Path(args.library) if args.library else default_library_path()
    Library.open(path, create=False).close()  # refuse anything that is not a library
    backup = find_backup(path, args.target)
    safety = restore_backup(path, backup)
    _say(t("cli_restored_backup", lang, backup=backup.name, safety=str(safety)))


def _cmd_tag(args, lang: str) -> None:
    from workshop.errors import InvalidInputError
    from workshop.services.notes import tag_note

    if not args.principle and not args.focus_area:
        raise InvalidInputError("cli_tag_nothing")
    with _open(args) as lib:
        tag_note(
            lib,
            *_session_and_note(lib, args),
            principles=args.principle,
            focus_areas=args.focus_area,
            remove=args.remove,
        )
    _say(t("cli_saved", lang))


def _cmd_suggest(args, lang: str) -> None:
    from workshop.domain.framework import load_default_framework, load_framework
    from workshop.errors import InvalidInputError
    from workshop.services.suggest import Suggester

    if not args.text.strip():
        raise InvalidInputError("cli_suggest_empty")
    fw = load_framework(args.framework) if args.framework else load_default_framework()
    with _open(args) as lib:
        suggester = Suggester.from_library(lib, fw)
    suggestions = suggester.suggest(args.text, language=lang)
    if args.json:
        _json([s.to_dict() for s in suggestions])
        return
    if not suggestions:
        _say(t("cli_no_suggestions", lang))
        return
    width = max(len(p.title[lang]) for p in fw.principles)
    for s in suggestions:
        title = fw.principle(s.principle).title[lang]
        _out(f"P{s.principle:<2} {title:<{width}}  {s.score:.2f}  ({', '.join(s.reasons)})")


def _cmd_vote(args, lang: str) -> None:
    from workshop.services.notes import vote_note

    with _open(args) as lib:
        total = vote_note(lib, *_session_and_note(lib, args), args.count)
    _say(t("cli_votes_now", lang, n=total))


def _cmd_rate(args, lang: str) -> None:
    from workshop.services.evaluation import EVALUATE, add_ratings
    from workshop.services.notes import step_id_at
    from workshop.services.sessions import get_session, resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        if args.step is not None:
            step_id = step_id_at(lib, session_id, args.step)
        else:
            steps = get_session(lib, session_id).steps
            step_id = next((s.id for s in steps if s.kind == EVALUATE), None)
        ids = add_ratings(lib, session_id, args.values, step_id=step_id)
    _say(t("cli_rated", lang, n=len(ids)))


def _cmd_import(args, lang: str) -> None:
    from workshop.services.csv_import import import_csv
    from workshop.services.sessions import resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        result = import_csv(lib, session_id, args.file)
    _say(t("cli_imported", lang, n=result.imported, skipped=result.skipped_empty))


def _cmd_export(args, lang: str) -> None:
    from workshop.services.minutes import build_minutes
    from workshop.services.sessions import resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        data = build_minutes(lib, session_id, language=args.language, anonymous=args.anonymous)
    target = args.pdf or args.csv or args.json
    try:
        if args.pdf:
            from workshop.export.minutes_pdf import write_minutes_pdf

            write_minutes_pdf(data, args.pdf)
        elif args.csv:
            from workshop.export.tabular import write_csv

            write_csv(data, args.csv)
        else:
            from workshop.export.tabular import write_json

            write_json(data, args.json)
    except OSError as exc:
        from workshop.errors import InvalidInputError

        raise InvalidInputError(
            "cli_cannot_write", file=str(target), detail=exc.strerror or str(exc)
        ) from None
    _say(t("cli_wrote", lang, file=str(target)))
    if data.other_versions:
        _say(t("cli_export_conflicts", lang, n=len(data.other_versions)))


def _cmd_pack(args, lang: str) -> None:
    from workshop.services.exchange import pack_session
    from workshop.services.sessions import resolve_session

    target = args.file
    if target.suffix != ".verksted":
        target = target.with_name(target.name + ".verksted")
    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        try:
            result = pack_session(lib, session_id, target)
        except OSError as exc:
            from workshop.errors import InvalidInputError

            raise InvalidInputError(
                "cli_cannot_write", file=str(target), detail=exc.strerror or str(exc)
            ) from None
    _say(
        t(
            "cli_packed",
            lang,
            file=str(target),
            notes=result.notes,
            photos=result.photos,
            size=max(1, round(result.size / 1024)),
        )
    )


def _cmd_unpack(args, lang: str) -> None:
    from workshop.services.exchange import unpack_session

    with _open(args) as lib:
        summary = unpack_session(
            lib, args.file, dry_run=args.dry_run, allow_purged=args.restore_purged
        )
    if args.json:
        _json(summary.as_dict())
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
    _out(line)


def _cmd_conflicts(args, lang: str) -> None:
    from workshop.services.exchange import list_conflicts
    from workshop.services.sessions import resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        conflicts = list_conflicts(lib, session_id)
    if args.json:
        _json(
            [
                {
                    "note": c.note_id,
                    "seq": c.seq,
                    "versions": [
                        {"id": v.id, "text": v.text, "device": v.device_id} for v in c.heads
                    ],
                }
                for c in conflicts
            ]
        )
        return
    if not conflicts:
        _say(t("cli_no_conflicts", lang))
        return
    for c in conflicts:
        _out(t("cli_conflict", lang, seq=c.seq, ref=c.note_id[:8], n=len(c.heads)))
        for number, version in enumerate(c.heads, start=1):
            _out(f"  [{number}] {version.text}")


def _cmd_sheet(args, lang: str) -> None:
    from workshop.export.capture_sheet import write_capture_sheet
    from workshop.services.sessions import get_session, resolve_session, session_framework

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        session = get_session(lib, session_id)
        framework = session_framework(lib, session_id)
    try:
        write_capture_sheet(session, framework, args.pdf, args.language or session.language)
    except OSError as exc:
        from workshop.errors import InvalidInputError

        raise InvalidInputError(
            "cli_cannot_write", file=str(args.pdf), detail=exc.strerror or str(exc)
        ) from None
    _say(t("cli_wrote", lang, file=str(args.pdf)))


# --- actions: `action add|set` and `actions` ---
ACTION_STATUS_CHOICES = ("open", "in-progress", "done", "dropped")


def _action_parsers(cmd, h) -> None:
    p = cmd("action", "cli_help_action")
    sub = p.add_subparsers(
        dest="subcommand", metavar="add|set", parser_class=_Parser, required=True
    )

    def subcommand(name: str, key: str) -> argparse.ArgumentParser:
        q = sub.add_parser(name, help=h(key), description=h(key))
        q.add_argument(
            "--library",
            metavar="PATH",
            type=Path,
            help=h("cli_help_library"),
            default=argparse.SUPPRESS,
        )
        return q

    q = subcommand("add", "cli_help_action_add")
    q.add_argument("session", metavar="SESSION")
    q.add_argument("text", metavar="TEXT")
    q.add_argument("--owner", default="", metavar="O", help=h("cli_help_owner"))
    q.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help=h("cli_help_due"))
    q.add_argument(
        "--note", action="append", default=[], metavar="NOTE", help=h("cli_help_action_note")
    )
    q.add_argument(
        "--principle",
        action="append",
        type=_principle,
        metavar="N",
        help=h("cli_help_action_principle"),
    )

    q = subcommand("set", "cli_help_action_set")
    q.add_argument("action", metavar="ACTION")
    q.add_argument("--status", choices=ACTION_STATUS_CHOICES, help=h("cli_help_action_status"))
    q.add_argument("--comment", metavar="C", help=h("cli_help_action_comment"))
    q.add_argument("--owner", metavar="O", help=h("cli_help_owner"))
    due = q.add_mutually_exclusive_group()
    due.add_argument("--due", type=_date, metavar="YYYY-MM-DD", help=h("cli_help_due"))
    due.add_argument("--no-due", action="store_true", help=h("cli_help_no_due"))
    q.add_argument("--story", action=argparse.BooleanOptionalAction, help=h("cli_help_story"))

    p = cmd("actions", "cli_help_actions")
    p.add_argument("--status", choices=ACTION_STATUS_CHOICES)
    p.add_argument("--owner", metavar="O", help=h("cli_help_owner_filter"))
    p.add_argument("--overdue", action="store_true", help=h("cli_help_overdue"))
    p.add_argument("--session", metavar="SESSION", help=h("cli_help_session_filter"))
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))


def _cmd_action(args, lang: str) -> None:
    if args.subcommand == "add":
        _action_add(args)
    else:
        _action_set(args, lang)


def _action_add(args) -> None:
    from workshop.services.actions import add_action
    from workshop.services.notes import resolve_note
    from workshop.services.sessions import resolve_session

    with _open(args) as lib:
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
    _out(action_id)


def _action_set(args, lang: str) -> None:
    from workshop.errors import InvalidInputError
    from workshop.services.actions import UNSET, resolve_action, update_action

    due = None if args.no_due else (args.due or UNSET)
    changes = (args.status, args.comment, args.owner, args.story)
    if all(c is None for c in changes) and due is UNSET:
        raise InvalidInputError("cli_action_nothing")
    with _open(args) as lib:
        update_action(
            lib,
            resolve_action(lib, args.action),
            status=args.status,
            comment=args.comment,
            owner=args.owner,
            due=due,
            story=args.story,
        )
    _say(t("cli_saved", lang))


def _action_json(action, today: date) -> dict:
    from workshop.services.actions import is_overdue

    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
        "session": action.session_id,
        "session_title": action.session_title,
        "comment": action.comment,
        "principles": list(action.principles),
        "notes": list(action.note_ids),
        "story": action.story,
        "overdue": is_overdue(action, today),
    }


def _cmd_actions(args, lang: str) -> None:
    from workshop.services.actions import is_overdue, list_actions
    from workshop.services.sessions import resolve_session

    today = date.today()
    with _open(args) as lib:
        session_id = resolve_session(lib, args.session) if args.session else None
        actions = list_actions(
            lib,
            session_id=session_id,
            status=args.status,
            owner=args.owner,
            overdue_on=today if args.overdue else None,
        )
    if args.json:
        _json([_action_json(a, today) for a in actions])
        return
    if not actions:
        _say(t("cli_no_actions", lang))
        return
    for a in actions:
        due = a.due.isoformat() if a.due else " " * 10
        status = t("action_" + a.status.replace("-", "_"), lang)
        late = f"  [{t('action_overdue', lang)}]" if is_overdue(a, today) else ""
        _out(f"{a.id[:8]}  {due}  {status:<12} {a.owner:<16} {a.text}{late}")


def _cmd_purge(args, lang: str) -> int | None:
    from workshop.services.sessions import get_session, purge_session, resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        title = get_session(lib, session_id).title
        if not args.yes and sys.stdin is not None and sys.stdin.isatty():
            sys.stderr.write(t("cli_purge_confirm", lang, title=title) + " ")
            sys.stderr.flush()
            if sys.stdin.readline().strip().lower() not in ("y", "yes", "j", "ja"):
                _say(t("cli_cancelled", lang))
                return 1
        purge_session(lib, session_id)
    _say(t("cli_purged", lang, title=title))
    return None


def _cmd_backups(args, lang: str) -> None:
    from workshop.paths import default_library_path
    from workshop.store.backups import list_backups

    path = Path(args.library) if args.library else default_library_path()
    backups = list_backups(path)
    if not backups:
        _say(t("cli_no_backups", lang))
        return
    for b in backups:
        _out(
            f"{b.name:<44} {t('backup_' + b.kind.replace('-', '_'), lang):<22} "
            f"{b.created:%Y-%m-%d %H:%M}  {b.size // 1024:>6} KiB"
        )


# --- the period report: `report --from --to (--pdf FILE | --csv DIR)` ---


def _report_parser(cmd, h) -> None:
    p = cmd("report", "cli_help_report")
    p.add_argument(
        "--from",
        dest="start",
        type=_date,
        required=True,
        metavar="YYYY-MM-DD",
        help=h("cli_help_report_from"),
    )
    p.add_argument(
        "--to",
        dest="end",
        type=_date,
        required=True,
        metavar="YYYY-MM-DD",
        help=h("cli_help_report_to"),
    )
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, metavar="FILE")
    out.add_argument("--csv", type=Path, metavar="DIR", help=h("cli_help_report_csv"))
    p.add_argument("--language", type=_language, metavar="nb|en")


def _cmd_report(args, lang: str) -> int | None:
    from workshop.services.overview import build_overview

    if args.start > args.end:
        problem = t("cli_report_period_bad", lang, start=args.start, end=args.end)
        _say(f"{PROG}: {t('cli_usage_error', lang)}: {problem} ({t('cli_see_help', lang)})")
        return 2
    language = args.language or lang
    with _open(args) as lib:
        overview = build_overview(lib, args.start, args.end, language=language)
    target = args.pdf or args.csv
    try:
        if args.pdf:
            from workshop.export.report import write_report_pdf

            write_report_pdf(overview, args.pdf, language)
            _say(t("cli_wrote", lang, file=str(args.pdf)))
        else:
            from workshop.services.overview import write_overview_csv

            written = write_overview_csv(overview, args.csv, language)
            _say(t("cli_wrote_tables", lang, n=len(written), folder=str(args.csv)))
    except OSError as exc:
        from workshop.errors import InvalidInputError

        raise InvalidInputError(
            "cli_cannot_write", file=str(target), detail=exc.strerror or str(exc)
        ) from None
    return None


# --- photos: `attach` ---


def _attach_parser(cmd, h) -> None:
    p = cmd("attach", "cli_help_attach")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--step", type=int, metavar="N", help=h("cli_help_attach_step"))
    p.add_argument("--caption", default="", metavar="TEXT", help=h("cli_help_attach_caption"))


def _cmd_attach(args, lang: str) -> None:
    """All files or none: if one is refused, those already attached are removed again."""
    from workshop.services.attachments import add_photo, delete_photo
    from workshop.services.notes import step_id_at
    from workshop.services.sessions import resolve_session

    with _open(args) as lib:
        session_id = resolve_session(lib, args.session)
        step_id = step_id_at(lib, session_id, args.step) if args.step is not None else None
        ids: list[str] = []
        try:
            for path in args.files:
                ids.append(add_photo(lib, session_id, path, step_id=step_id, caption=args.caption))
        except BaseException:
            for photo_id in ids:
                delete_photo(lib, photo_id)
            raise
    for photo_id in ids:
        _out(photo_id)
