"""Notes and what is recorded about them: ``add``, ``edit``, ``delete``, ``tag``, ``suggest``,
``vote``, ``rate``, ``import`` (CSV) and ``attach`` (photos)."""

from __future__ import annotations

from pathlib import Path

from workshop.cli.common import Command, open_library, principle_number, session_and_note
from workshop.cli.output import out, print_json, say
from workshop.domain.vocabulary import FEEDBACK_KINDS
from workshop.i18n import t


def _session_note(p) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("note", metavar="NOTE")


def _add_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--principle", action="append", type=principle_number, default=[], metavar="N")
    p.add_argument("--focus-area", action="append", default=[], metavar="ID")
    p.add_argument("--group", default="")
    p.add_argument("--step", type=int, metavar="N")
    p.add_argument("--colour", default="yellow")
    p.add_argument("--feedback", choices=FEEDBACK_KINDS, default="", help=h("cli_help_feedback"))


def cmd_add(args, lang: str) -> None:
    from workshop.services.notes import add_note
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
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
            feedback=args.feedback,
        )
    out(note_id)


def _edit_arguments(p, h) -> None:
    _session_note(p)
    p.add_argument("text", metavar="TEXT")


def cmd_edit(args, lang: str) -> None:
    from workshop.services.notes import edit_note

    with open_library(args) as lib:
        edit_note(lib, *session_and_note(lib, args), args.text)
    say(t("cli_saved", lang))


def _delete_arguments(p, h) -> None:
    _session_note(p)


def cmd_delete(args, lang: str) -> None:
    from workshop.services.notes import set_notes_deleted

    with open_library(args) as lib:
        session_id, note_id = session_and_note(lib, args)
        set_notes_deleted(lib, session_id, [note_id], True)
    say(t("cli_note_deleted", lang))


def _tag_arguments(p, h) -> None:
    _session_note(p)
    p.add_argument("--principle", action="append", type=principle_number, default=[], metavar="N")
    p.add_argument("--focus-area", action="append", default=[], metavar="ID")
    p.add_argument("--remove", action="store_true")


def cmd_tag(args, lang: str) -> None:
    from workshop.errors import InvalidInputError
    from workshop.services.tags import set_tags

    if not args.principle and not args.focus_area:
        raise InvalidInputError("cli_tag_nothing")
    with open_library(args) as lib:
        session_id, note_id = session_and_note(lib, args)
        set_tags(
            lib,
            session_id,
            {note_id: not args.remove},
            principles=args.principle,
            focus_areas=args.focus_area,
        )
    say(t("cli_saved", lang))


def _suggest_arguments(p, h) -> None:
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help=h("cli_help_json"))
    p.add_argument("--framework", metavar="FILE", type=Path, help=h("cli_help_framework_file"))


def cmd_suggest(args, lang: str) -> None:
    from workshop.domain.framework import load_default_framework, load_framework
    from workshop.errors import InvalidInputError
    from workshop.services.suggest import Suggester

    if not args.text.strip():
        raise InvalidInputError("cli_suggest_empty")
    fw = load_framework(args.framework) if args.framework else load_default_framework()
    with open_library(args) as lib:
        suggester = Suggester.from_library(lib, fw)
    suggestions = suggester.suggest(args.text, language=lang)
    if args.json:
        print_json([s.to_dict() for s in suggestions])
        return
    if not suggestions:
        say(t("cli_no_suggestions", lang))
        return
    width = max(len(p.title[lang]) for p in fw.principles)
    for s in suggestions:
        title = fw.principle(s.principle).title[lang]
        out(f"P{s.principle:<2} {title:<{width}}  {s.score:.2f}  ({', '.join(s.reasons)})")


def _vote_arguments(p, h) -> None:
    _session_note(p)
    p.add_argument("--count", type=int, default=1, metavar="N")


def cmd_vote(args, lang: str) -> None:
    from workshop.services.notes import vote_notes

    with open_library(args) as lib:
        session_id, note_id = session_and_note(lib, args)
        total = vote_notes(lib, session_id, {note_id: args.count})[note_id]
    say(t("cli_votes_now", lang, n=total))


def _rate_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("values", nargs="+", metavar="VALUE")
    p.add_argument("--step", type=int, metavar="N", help=h("cli_help_rate_step"))


def cmd_rate(args, lang: str) -> None:
    from workshop.domain.vocabulary import EVALUATE
    from workshop.services.agenda import step_id_at
    from workshop.services.evaluation import add_ratings
    from workshop.services.sessions import get_session, resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        if args.step is not None:
            step_id = step_id_at(lib, session_id, args.step)
        else:
            steps = get_session(lib, session_id).steps
            step_id = next((s.id for s in steps if s.kind == EVALUATE), None)
        ids = add_ratings(lib, session_id, args.values, step_id=step_id)
    say(t("cli_rated", lang, n=len(ids)))


def _import_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("file", type=Path, metavar="FILE.csv")


def cmd_import(args, lang: str) -> None:
    from workshop.services.csv_import import import_csv
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
        session_id = resolve_session(lib, args.session)
        result = import_csv(lib, session_id, args.file)
    say(t("cli_imported", lang, n=result.imported, skipped=result.skipped_empty))


def _attach_arguments(p, h) -> None:
    p.add_argument("session", metavar="SESSION")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--step", type=int, metavar="N", help=h("cli_help_attach_step"))
    p.add_argument("--caption", default="", metavar="TEXT", help=h("cli_help_attach_caption"))


def cmd_attach(args, lang: str) -> None:
    """All files or none: if one is refused, those already attached are removed again."""
    from workshop.services.agenda import step_id_at
    from workshop.services.attachments import add_photo, delete_photo
    from workshop.services.sessions import resolve_session

    with open_library(args) as lib:
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
        out(photo_id)


COMMANDS = (
    Command("add", "cli_help_add", cmd_add, _add_arguments),
    Command("edit", "cli_help_edit", cmd_edit, _edit_arguments),
    Command("delete", "cli_help_delete", cmd_delete, _delete_arguments),
    Command("tag", "cli_help_tag", cmd_tag, _tag_arguments),
    Command("suggest", "cli_help_suggest", cmd_suggest, _suggest_arguments),
    Command("vote", "cli_help_vote", cmd_vote, _vote_arguments),
    Command("rate", "cli_help_rate", cmd_rate, _rate_arguments),
    Command("import", "cli_help_import", cmd_import, _import_arguments),
    Command("attach", "cli_help_attach", cmd_attach, _attach_arguments),
)
