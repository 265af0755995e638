"""Sessions: create from a template, change, list, look up (purging one: :mod:`.purge`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, select

from workshop.domain.framework import Framework, framework_from_dict, load_default_framework
from workshop.domain.framework import load_framework as load_framework_file
from workshop.domain.templates import Template, get_template
from workshop.domain.vocabulary import SESSION_STATUSES
from workshop.errors import InvalidInputError, NotFoundError
from workshop.i18n import LANGUAGES
from workshop.services.dto import SessionInfo, SessionSummary, StepInfo
from workshop.store.changes import changed_between, current_mark
from workshop.store.db import Library
from workshop.store.models import (
    Note,
    Step,
    WorkshopSession,
    utcnow,
)
from workshop.store.sql import Sql

KEEP = ...  # "not given": keep the stored value (None is a value: no booked time, not finished)


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
        extra_seconds=step.extra_seconds,
        vote_budget=step.vote_budget,
        revealed=step.revealed,
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
        start_time=ws.start_time,
        end_time=ws.end_time,
        steps=[_step_info(s) for s in ws.steps],
        finished_at=ws.finished_at,
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
    start_time: time | None = None,
    end_time: time | None = None,
) -> str:
    """Create a session with the template's agenda and a snapshot of the framework."""
    if language not in LANGUAGES:
        raise InvalidInputError("language_bad", value=language, known=", ".join(LANGUAGES))
    tpl = get_template(template) if isinstance(template, str) else template
    if framework is None:
        fw = load_default_framework()
    elif isinstance(framework, Path):
        fw = load_framework_file(framework)
    else:
        fw = framework
    title = validate_title(title)
    planned = validate_participants(participants or {})
    _check_booked(start_time, end_time)
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
            start_time=start_time,
            end_time=end_time,
        )
        ws.steps = [
            Step(
                position=i,
                kind=step.kind,
                title=step.title[language],
                minutes=step.minutes,
                prompt=step.prompt[language],
                question=step.question[language],
                vote_budget=step.vote_budget,
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
    session_date: date | object | None = KEEP,
    archive_ref: str | None = None,
    participants_planned: dict[str, int] | None = None,
    participants_actual: dict[str, int] | None = None,
    facilitators: list[str] | None = None,
    status: str | None = None,
    start_time: time | object | None = KEEP,
    end_time: time | object | None = KEEP,
    finished_at: datetime | object | None = KEEP,
    replace_planned: bool = False,
) -> None:
    """Change the given fields in one transaction; participant counts are merged group by group
    (``replace_planned``: the planned groups become exactly those given).

    ``session_date``, ``start_time`` and ``end_time`` (the booked hours) are changed when given,
    also to None. Finishing (``status="finished"``) records the actual end in ``finished_at``
    (now, unless given: an undo puts the earlier end back); any other status reopens the session
    and clears it. The booked hours stay as planned.
    """
    if status is not None and status not in SESSION_STATUSES:
        raise InvalidInputError("status_bad", value=status)
    with lib.write() as s:
        ws = _get(s, session_id)
        if title is not None:
            ws.title = validate_title(title)
        if place is not None:
            ws.place = place.strip()
        if session_date is not KEEP:
            ws.date = session_date
        if archive_ref is not None:
            ws.archive_ref = archive_ref.strip()
        if facilitators is not None:
            ws.facilitators = [f.strip() for f in facilitators if f.strip()]
        if replace_planned and participants_planned is not None:
            ws.participants_planned = validate_participants(participants_planned)
        elif participants_planned:
            ws.participants_planned = {
                **ws.participants_planned,
                **validate_participants(participants_planned),
            }
        if participants_actual:
            ws.participants_actual = {
                **ws.participants_actual,
                **validate_participants(participants_actual),
            }
        if start_time is not KEEP:
            ws.start_time = start_time
        if end_time is not KEEP:
            ws.end_time = end_time
        _check_booked(ws.start_time, ws.end_time)
        if status is not None:
            if status != "finished":
                ws.finished_at = None
            elif ws.status != "finished" or ws.finished_at is None:
                ws.finished_at = utcnow()
            ws.status = status
        if finished_at is not KEEP:
            ws.finished_at = finished_at if ws.status == "finished" else None


def _check_booked(start: time | None, end: time | None) -> None:
    """A booking needs a start when it has an end, and cannot last zero minutes."""
    if end is not None and start is None:
        raise InvalidInputError("booking_no_start")
    if start is not None and end is not None and start == end:
        raise InvalidInputError("booking_empty")


def _get(s, session_id: str) -> WorkshopSession:
    ws = s.get(WorkshopSession, session_id)
    if ws is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return ws


def resolve_session(lib: Library, ref: str) -> str:
    """A session id from its full UUID or a unique prefix of at least four characters."""
    from workshop.services.refs import resolve_prefix

    return resolve_prefix(lib, WorkshopSession.id, ref, "session_not_found")


def get_session(lib: Library, session_id: str) -> SessionInfo:
    with lib.read() as s:
        return _session_info(_get(s, session_id))


def list_sessions(
    lib: Library, *, include_deleted: bool = False, only: Iterable[str] | None = None
) -> list[SessionSummary]:
    """Every session (or ``only`` those), newest first, with its count of notes (deleted notes
    not counted)."""
    counts = select(Note.session_id, func.count().label("n")).where(Note.deleted.is_(False))
    if only is not None:
        only = list(only)
        counts = counts.where(Note.session_id.in_(only))
    counts = counts.group_by(Note.session_id).subquery()
    ws = WorkshopSession
    stmt = (
        select(
            ws.id,
            ws.title,
            ws.template_id,
            ws.template_name,
            ws.date,
            ws.place,
            ws.status,
            ws.language,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.session_id == ws.id)
        .order_by(ws.date.desc(), ws.created_at.desc())
    )
    if not include_deleted:
        stmt = stmt.where(ws.deleted.is_(False))
    if only is not None:
        stmt = stmt.where(ws.id.in_(only))
    with lib.read() as s:
        return [SessionSummary(*row) for row in s.execute(stmt)]


def library_mark(lib: Library) -> int:
    """The library's change mark: it moves with every committed change to any session."""
    with lib.read() as s:
        return current_mark(Sql(s.connection()))


def sessions_changed_since(lib: Library, mark: int) -> tuple[int, list[str]]:
    """The library's change mark now, and the sessions changed (made, edited, deleted) after
    ``mark``: a list that has seen mark M re-reads only those."""
    with lib.read() as s:
        sql = Sql(s.connection())
        now = current_mark(sql)
        return now, (sorted(changed_between(sql, mark, now)) if now != mark else [])


def session_framework(lib: Library, session_id: str) -> Framework:
    """The framework as it was when the session was created (its stored snapshot)."""
    with lib.read() as s:
        ws = _get(s, session_id)
        return framework_from_dict(ws.framework_snapshot, source=f"session {ws.id}")


def set_session_deleted(lib: Library, session_id: str, deleted: bool) -> None:
    """Hide (or bring back) a session. Hidden sessions are purged when the app closes
    (:func:`workshop.services.purge.purge_deleted_sessions`)."""
    with lib.write() as s:
        ws = _get(s, session_id)
        ws.deleted = deleted


def duplicate_session(
    lib: Library, session_id: str, title: str | None = None, session_date: date | None = None
) -> str:
    """A new plan on ``session_date`` (none when not given) with the same agenda, details and
    framework snapshot, without any notes."""
    with lib.write() as s:
        src = _get(s, session_id)
        copy = WorkshopSession(
            title=validate_title(title) if title else src.title,
            template_id=src.template_id,
            template_name=src.template_name,
            framework_id=src.framework_id,
            framework_snapshot=src.framework_snapshot,
            date=session_date,
            place=src.place,
            archive_ref="",
            facilitators=list(src.facilitators),
            participants_planned=dict(src.participants_planned),
            participants_actual={},
            language=src.language,
            status="planned",
            start_time=src.start_time,
            end_time=src.end_time,
        )
        copy.steps = [
            Step(
                position=step.position,
                kind=step.kind,
                title=step.title,
                minutes=step.minutes,
                prompt=step.prompt,
                question=step.question,
            )
            for step in src.steps
        ]
        s.add(copy)
        s.flush()
        return copy.id
