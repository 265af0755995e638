"""Sessions: create from a template, change, list, look up, purge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from workshop.domain.framework import Framework, framework_from_dict, load_default_framework
from workshop.domain.framework import load_framework as load_framework_file
from workshop.domain.templates import Template, get_template
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import SessionInfo, SessionSummary, StepInfo
from workshop.store.db import Library
from workshop.store.models import (
    SESSION_STATUSES,
    Note,
    PurgedSession,
    Step,
    WorkshopSession,
)

MIN_PREFIX = 4
LANGUAGES = ("nb", "en")


def _step_info(step: Step) -> StepInfo:
    return StepInfo(
        id=step.id,
        position=step.position,
        kind=step.kind,
        title=step.title,
        minutes=step.minutes,
        prompt=step.prompt,
        question=step.question,
        actual_seconds=step.actual_seconds,
    )


def _session_info(ws: WorkshopSession) -> SessionInfo:
    return SessionInfo(
        id=ws.id,
        title=ws.title,
        template_id=ws.template_id,
        template_name=ws.template_name,
        framework_id=ws.framework_id,
        date=ws.date,
        place=ws.place,
        archive_ref=ws.archive_ref,
        facilitators=list(ws.facilitators),
        participants_planned=dict(ws.participants_planned),
        participants_actual=dict(ws.participants_actual),
        language=ws.language,
        status=ws.status,
        created_at=ws.created_at,
        updated_at=ws.updated_at,
        current_step_id=ws.current_step_id,
        steps=[_step_info(s) for s in ws.steps],
    )


def validate_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise InvalidInputError("title_empty")
    if len(title) > 300:
        raise InvalidInputError("title_too_long", limit=300)
    return title


def validate_participants(participants: dict[str, int]) -> dict[str, int]:
    clean: dict[str, int] = {}
    for group, count in participants.items():
        group = group.strip()
        if not group:
            raise InvalidInputError("participants_bad", value=f"={count}")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidInputError("participants_bad", value=f"{group}={count}")
        clean[group] = count
    return clean


def create_session(
    lib: Library,
    template: Template | str,
    title: str,
    *,
    session_date: date | None = None,
    place: str = "",
    language: str = "nb",
    facilitators: list[str] | None = None,
    participants: dict[str, int] | None = None,
    archive_ref: str = "",
    framework: Framework | Path | None = None,
) -> str:
    """Create a session with the template's agenda and a snapshot of the framework."""
    if language not in LANGUAGES:
        raise InvalidInputError("language_bad", value=language)
    tpl = get_template(template) if isinstance(template, str) else template
    if framework is None:
        fw = load_default_framework()
    elif isinstance(framework, Path):
        fw = load_framework_file(framework)
    else:
        fw = framework
    title = validate_title(title)
    planned = validate_participants(participants or {})
    with lib.write() as s:
        ws = WorkshopSession(
            title=title,
            template_id=tpl.id,
            template_name=tpl.name[language],
            framework_id=fw.id,
            framework_snapshot=fw.to_dict(),
            date=session_date,
            place=place.strip(),
            archive_ref=archive_ref.strip(),
            facilitators=[f.strip() for f in facilitators or [] if f.strip()],
            participants_planned=planned,
            participants_actual={},
            language=language,
            status="planned",
            device_id=lib.device_id,
        )
        ws.steps = [
            Step(
                position=i,
                kind=step.kind,
                title=step.title[language],
                minutes=step.minutes,
                prompt=step.prompt[language],
                question=step.question[language],
                device_id=lib.device_id,
            )
            for i, step in enumerate(tpl.steps, start=1)
        ]
        s.add(ws)
        s.flush()
        return ws.id


def update_session(
    lib: Library,
    session_id: str,
    *,
    title: str | None = None,
    place: str | None = None,
    session_date: date | None = None,
    archive_ref: str | None = None,
    participants_planned: dict[str, int] | None = None,
    participants_actual: dict[str, int] | None = None,
    facilitators: list[str] | None = None,
    status: str | None = None,
) -> None:
    """Change the given fields; participant counts are merged group by group."""
    with lib.write() as s:
        ws = _get(s, session_id)
        if title is not None:
            ws.title = validate_title(title)
        if place is not None:
            ws.place = place.strip()
        if session_date is not None:
            ws.date = session_date
        if archive_ref is not None:
            ws.archive_ref = archive_ref.strip()
        if facilitators is not None:
            ws.facilitators = [f.strip() for f in facilitators if f.strip()]
        if participants_planned:
            ws.participants_planned = {
                **ws.participants_planned,
                **validate_participants(participants_planned),
            }
        if participants_actual:
            ws.participants_actual = {
                **ws.participants_actual,
                **validate_participants(participants_actual),
            }
        if status is not None:
            if status not in SESSION_STATUSES:
                raise InvalidInputError("status_bad", value=status)
            ws.status = status
        ws.device_id = lib.device_id


def _get(s, session_id: str) -> WorkshopSession:
    ws = s.get(WorkshopSession, session_id)
    if ws is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return ws


def resolve_session(lib: Library, ref: str) -> str:
    """A session id from its full UUID or a unique prefix of at least four characters."""
    ref = ref.strip().lower()
    if len(ref) < MIN_PREFIX:
        raise InvalidInputError("ref_too_short", ref=ref, min=MIN_PREFIX)
    with lib.read() as s:
        ids = s.scalars(
            select(WorkshopSession.id).where(WorkshopSession.id.startswith(ref)).limit(2)
        ).all()
    if not ids:
        raise NotFoundError("session_not_found", ref=ref)
    if len(ids) > 1:
        raise InvalidInputError("ref_ambiguous", ref=ref)
    return ids[0]


def get_session(lib: Library, session_id: str) -> SessionInfo:
    with lib.read() as s:
        return _session_info(_get(s, session_id))


def list_sessions(lib: Library) -> list[SessionSummary]:
    counts = (
        select(Note.session_id, func.count().label("n"))
        .where(Note.deleted.is_(False))
        .group_by(Note.session_id)
        .subquery()
    )
    stmt = (
        select(WorkshopSession, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.session_id == WorkshopSession.id)
        .order_by(WorkshopSession.date.desc(), WorkshopSession.created_at.desc())
    )
    with lib.read() as s:
        return [
            SessionSummary(
                id=ws.id,
                title=ws.title,
                template_id=ws.template_id,
                template_name=ws.template_name,
                date=ws.date,
                place=ws.place,
                status=ws.status,
                language=ws.language,
                note_count=n,
            )
            for ws, n in s.execute(stmt)
        ]


def session_framework(lib: Library, session_id: str) -> Framework:
    """The framework as it was when the session was created (its stored snapshot)."""
    with lib.read() as s:
        ws = _get(s, session_id)
        return framework_from_dict(ws.framework_snapshot, source=f"session {ws.id}")


def purge_session(lib: Library, session_id: str) -> None:
    """Delete a session for good: rows, free pages, the WAL and its copies in automatic backups."""
    from workshop.store.backups import list_backups, scrub_session

    with lib.write() as s:
        ws = _get(s, session_id)
        s.delete(ws)
        s.add(PurgedSession(id=session_id))
    lib.maintenance("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")
    for backup in list_backups(lib.path):
        scrub_session(backup.path, session_id)
