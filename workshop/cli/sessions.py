"""Sessions and what they are made from: ``templates``, ``framework``, ``new``, ``set``,
``sessions``, ``show``, ``demo``."""

from __future__ import annotations

from pathlib import Path

from workshop.cli.common import (
    LANGUAGE_METAVAR,
    Command,
    group_count,
    iso_date,
    language_code,
    open_library,
)
from workshop.cli.output import cluster_json, note_json, one_line, out, print_json, say
from workshop.domain.vocabulary import SESSION_STATUSES
from workshop.i18n import t


def _json_flag(p, h) -> None:
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))


def _templates_arguments(p, h) -> None:
    _json_flag(p, h)


def cmd_templates(args, lang: str) -> None:
    from workshop.domain.templates import load_templates

    templates = sorted(load_templates().values(), key=lambda tpl: tpl.id)
    if args.json:
        print_json([tpl.to_dict(lang) for tpl in templates])
        return
    for tpl in templates:
        minutes = t("cli_minutes", lang, n=tpl.total_minutes)
        out(
            f"{tpl.id:<22} {tpl.name[lang]:<32} {len(tpl.steps):>2} {t('cli_steps', lang)}"
            f"  {minutes}"
        )


def _framework_arguments(p, h) -> None:
    _json_flag(p, h)
    p.add_argument("--framework", metavar="FILE", type=Path, help=h("cli_help_framework_file"))


def cmd_framework(args, lang: str) -> None:
    from workshop.domain.framework import load_default_framework, load_framework

    fw = load_framework(args.framework) if args.framework else load_default_framework()
    if args.json:
        print_json(fw.to_dict())
        return
    out(f"{fw.name[lang]} ({fw.id})")
    out("")
    for p in fw.principles:
        out(f"{p.number:>2}. {p.title[lang]} – {p.text[lang]}")
    if fw.focus_areas:
        out("")
        out(t("cli_focus_areas", lang) + ":")
        for fa in fw.focus_areas:
            linked = ", ".join(str(n) for n in fa.principles)
            suffix = f"  [{t('cli_principles', lang)}: {linked}]" if linked else ""
            out(f"  {fa.id:<34} {fa.title[lang]}{suffix}")


def _new_arguments(p, h) -> None:
    p.add_argument("template", metavar="TEMPLATE")
    p.add_argument("--title", required=True)
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--place", default="")
    p.add_argument("--language", type=language_code, default="nb", metavar=LANGUAGE_METAVAR)
    p.add_argument("--facilitator", action="append", default=[], metavar="NAME")
    p.add_argument(
        "--participants", action="append", type=group_count, default=[], metavar="GROUP=N"
    )
    p.add_argument("--archive-ref", default="", metavar="REF")
    p.add_argument("--framework", type=Path, metavar="FILE", help=h("cli_help_framework_file"))


def cmd_new(args, lang: str) -> None:
    from workshop.services.sessions import create_session

    with open_library(args) as lib:
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
    out(session_id)


def _set_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--title")
    p.add_argument("--place")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--participants", action="append", type=group_count, default=[], metavar="GROUP=N"
    )
    p.add_argument(
        "--actual",
        action="append",
        type=group_count,
        default=[],
        metavar="GROUP=N",
        help=h("cli_help_actual"),
    )
    p.add_argument("--archive-ref", metavar="REF")
    p.add_argument("--facilitator", action="append", metavar="NAME")
    p.add_argument("--status", choices=SESSION_STATUSES, help=h("cli_help_session_status"))


def cmd_set(args, lang: str) -> None:
    """``--status finished`` records the actual end (finished_at); another status reopens."""
    from workshop.services.sessions import KEEP, resolve_session, update_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        update_session(
            lib,
            session_id,
            title=args.title,
            place=args.place,
            session_date=KEEP if args.date is None else args.date,
            archive_ref=args.archive_ref,
            participants_planned=dict(args.participants),
            participants_actual=dict(args.actual),
            facilitators=args.facilitator,
            status=args.status,
        )
    say(t("cli_saved", lang))


def _sessions_arguments(p, h) -> None:
    _json_flag(p, h)


def cmd_sessions(args, lang: str) -> None:
    from workshop.services.dto import to_json_ready
    from workshop.services.sessions import list_sessions

    with open_library(args) as lib:
        sessions = list_sessions(lib)
    if args.json:
        print_json([to_json_ready(s) for s in sessions])
        return
    if not sessions:
        say(t("cli_no_sessions", lang))
        return
    for s in sessions:
        day = s.date.isoformat() if s.date else " " * 10
        status = t(f"status_{s.status}", lang)
        out(f"{s.id[:8]}  {day}  {status:<10} {s.note_count:>5}  {s.title}  ({s.template_name})")


def _show_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    _json_flag(p, h)
    p.add_argument("--all", action="store_true", help=h("cli_help_all"))


def cmd_show(args, lang: str) -> None:
    from workshop.domain.formatting import local_time
    from workshop.services.approval import list_approvals, list_pending
    from workshop.services.board import cluster_frames, list_clusters
    from workshop.services.dto import to_json_ready
    from workshop.services.notes import list_notes
    from workshop.services.sessions import get_session, resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        session = get_session(lib, session_id)
        notes = list_notes(lib, session_id, include_deleted=args.all)
        clusters = list_clusters(lib, session_id)
        frames = cluster_frames(lib, session_id) if args.json else {}
        approvals = list_approvals(lib, session_id)
        pending = list_pending(lib, session_id)
    locked = bool(approvals) and approvals[-1].locked
    if args.json:
        obj = to_json_ready(session)
        obj["locked"] = locked
        obj["approvals"] = [a.as_dict() for a in approvals]
        obj["pending_revisions"] = [p.as_dict() for p in pending]
        obj["clusters"] = [cluster_json(c, frames.get(c.id)) for c in clusters]
        obj["notes"] = [note_json(n, args.all) for n in notes]
        print_json(obj)
        return
    out(f"{session.title}  [{session.id}]")
    status = t("status_" + session.status, lang)
    if session.finished_at is not None:
        status += " " + local_time(session.finished_at).strftime("%Y-%m-%d %H:%M")
    out(f"{session.template_name} · {session.date or '–'} · {session.place or '–'} · {status}")
    _show_approvals(approvals, pending, locked, lang)
    out("")
    for step in session.steps:
        minutes = t("cli_minutes", lang, n=step.minutes) if step.minutes else "–"
        out(f"  {step.position:>2}. {step.title} ({minutes})")
    out("")
    for n in notes:
        tags = ",".join(str(p) for p in n.principles)
        flags = f" [{t('cli_deleted', lang)}]" if n.deleted else ""
        text = one_line(n.text)
        out(f"{n.id[:8]}  {n.step_position or '-':>2}  P[{tags}]  +{n.votes}  {text}{flags}")


PENDING_COUNTS = ("notes_new", "notes_updated", "other_new", "other_updated", "conflicts")


def _show_approvals(approvals, pending, locked: bool, lang: str) -> None:
    from workshop.domain.formatting import local_time

    def moment(value) -> str:
        return local_time(value).strftime("%Y-%m-%d %H:%M")

    if not approvals and not pending:
        return
    out("")
    if locked:
        out(t("cli_show_locked", lang))
    for a in approvals:
        out(
            t(
                "cli_show_approved",
                lang,
                version=a.version,
                by=a.approved_by,
                at=moment(a.approved_at),
                sha256=a.sha256,
            )
        )
        if a.reopened_at is not None:
            out(t("cli_show_reopened", lang, at=moment(a.reopened_at), reason=a.reopen_reason))
    for p in pending:
        source = p.source or t("pending_from_team", lang)
        counts = {k: int(p.summary.get(k, 0) or 0) for k in PENDING_COUNTS}
        out(
            t(
                "cli_show_pending",
                lang,
                source=source,
                at=moment(p.received_at),
                nn=counts["notes_new"],
                nu=counts["notes_updated"],
                on=counts["other_new"],
                ou=counts["other_updated"],
                conflicts=counts["conflicts"],
            )
        )


def cmd_demo(args, lang: str) -> None:
    from workshop.services.demo import create_demo

    with open_library(args) as lib:
        out(create_demo(lib))


COMMANDS = (
    Command("templates", "cli_help_templates", cmd_templates, _templates_arguments),
    Command("framework", "cli_help_framework", cmd_framework, _framework_arguments),
    Command("new", "cli_help_new", cmd_new, _new_arguments),
    Command("set", "cli_help_set", cmd_set, _set_arguments),
    Command("sessions", "cli_help_sessions", cmd_sessions, _sessions_arguments),
    Command("show", "cli_help_show", cmd_show, _show_arguments),
    Command("demo", "cli_help_demo", cmd_demo),
)
