"""Documents out of the library: ``export`` (the minutes in each format of
:mod:`workshop.export.formats`), ``sheet`` (the paper capture sheet) and ``report`` (the period
report, PDF or CSV tables)."""

from __future__ import annotations

from pathlib import Path

from workshop.cli.common import (
    LANGUAGE_METAVAR,
    PROG,
    Command,
    iso_date,
    language_code,
    open_library,
    writing,
)
from workshop.cli.output import say
from workshop.export.formats import EXPORT_FORMATS
from workshop.i18n import t


def _export_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    target = p.add_mutually_exclusive_group(required=True)
    for fmt in EXPORT_FORMATS:
        target.add_argument(
            f"--{fmt.id}", dest=fmt.id, type=Path, metavar="FILE", help=h(fmt.label_key)
        )
    p.add_argument("--language", type=language_code, metavar=LANGUAGE_METAVAR)
    p.add_argument("--anonymous", action="store_true", help=h("cli_help_anonymous"))


def cmd_export(args, lang: str) -> None:
    from workshop.services.minutes import build_minutes
    from workshop.services.sessions import resolve_session

    fmt, target = next((f, getattr(args, f.id)) for f in EXPORT_FORMATS if getattr(args, f.id))
    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        data = build_minutes(lib, session_id, language=args.language, anonymous=args.anonymous)
    with writing(target):
        fmt.write(data, target)
    say(t("cli_wrote", lang, file=str(target)))
    if data.other_versions:
        say(t("cli_export_conflicts", lang, n=len(data.other_versions)))


def _sheet_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("--pdf", type=Path, metavar="FILE", required=True)
    p.add_argument("--language", type=language_code, metavar=LANGUAGE_METAVAR)


def cmd_sheet(args, lang: str) -> None:
    from workshop.export.capture_sheet import write_capture_sheet
    from workshop.services.sessions import get_session, resolve_session, session_framework

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        session = get_session(lib, session_id)
        framework = session_framework(lib, session_id)
    with writing(args.pdf):
        write_capture_sheet(session, framework, args.pdf, args.language or session.language)
    say(t("cli_wrote", lang, file=str(args.pdf)))


def _report_arguments(p, h) -> None:
    p.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help=h("cli_help_report_from"),
    )
    p.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help=h("cli_help_report_to"),
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=Path, metavar="FILE")
    target.add_argument("--csv", type=Path, metavar="DIR", help=h("cli_help_report_csv"))
    p.add_argument("--language", type=language_code, metavar=LANGUAGE_METAVAR)


def cmd_report(args, lang: str) -> int | None:
    from workshop.services.overview import build_overview

    if args.start > args.end:
        problem = t("cli_report_period_bad", lang, start=args.start, end=args.end)
        say(f"{PROG}: {t('cli_usage_error', lang)}: {problem} ({t('cli_see_help', lang)})")
        return 2
    language = args.language or lang
    with open_library(args) as lib:
        overview = build_overview(lib, args.start, args.end, language=language)
    if args.pdf:
        from workshop.export.report import write_report_pdf

        with writing(args.pdf):
            write_report_pdf(overview, args.pdf, language)
        say(t("cli_wrote", lang, file=str(args.pdf)))
    else:
        from workshop.export.overview_csv import write_overview_csv

        with writing(args.csv):
            written = write_overview_csv(overview, args.csv, language)
        say(t("cli_wrote_tables", lang, n=len(written), folder=str(args.csv)))
    return None


COMMANDS = (
    Command("export", "cli_help_export", cmd_export, _export_arguments),
    Command("sheet", "cli_help_sheet", cmd_sheet, _sheet_arguments),
    Command("report", "cli_help_report", cmd_report, _report_arguments),
)
