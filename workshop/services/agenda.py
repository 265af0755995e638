"""The agenda of a session: its steps, their order and the clock time each one starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.domain.vocabulary import DEFAULT_VOTE_BUDGET, MAX_VOTE_BUDGET, STEP_KINDS
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import SessionInfo, StepInfo
from workshop.store.db import Library
from workshop.store.models import Note, Step, WorkshopSession

MAX_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class ScheduledStep:
    step: StepInfo
    starts: time | None  # None when the session has no booked start time


@dataclass(frozen=True, slots=True)
class Schedule:
    steps: list[ScheduledStep]
    total_minutes: int
    ends: time | None
    overrun_minutes: int  # > 0 when the plan runs past the booked end time


def schedule(session: SessionInfo) -> Schedule:
    """Clock times from the booked start; how far the plan overruns the booked end."""
    start = session.start_time
    clock = datetime.combine(datetime(2000, 1, 1), start) if start else None
    rows = []
    for step in session.steps:
        rows.append(ScheduledStep(step, clock.time() if clock else None))
        if clock:
            clock += timedelta(minutes=step.minutes)
    total = sum(s.minutes for s in session.steps)
    overrun = 0
    if clock and session.end_time:
        booked_end = datetime.combine(datetime(2000, 1, 1), session.end_time)
        if booked_end < datetime.combine(datetime(2000, 1, 1), start):
            booked_end += timedelta(days=1)  # a session past midnight
        overrun = max(0, int((clock - booked_end).total_seconds() // 60))
    return Schedule(rows, total, clock.time() if clock else None, overrun)


def _validate(kind: str | None, minutes: int | None, title: str | None) -> None:
    if kind is not None and kind not in STEP_KINDS:
        raise InvalidInputError("step_kind_bad", value=kind, known=", ".join(STEP_KINDS))
    if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
        raise InvalidInputError("step_minutes_bad", value=minutes, limit=MAX_MINUTES)
    if title is not None and len(title) > 300:
        raise InvalidInputError("title_too_long", limit=300)


def _steps(s, session_id: str) -> list[Step]:
    if s.get(WorkshopSession, session_id) is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return list(
        s.scalars(
            select(Step).where(Step.session_id == session_id).order_by(Step.position, Step.id)
        )
    )


def _renumber(steps: list[Step]) -> None:
    for i, step in enumerate(steps, start=1):
        if step.position != i:
            step.position = i


def step_id_at(lib: Library, session_id: str, position: int) -> str:
    """The id of the step at a 1-based position in the session's agenda."""
    with lib.read() as s:
        return find_step_at(s, session_id, position)


def find_step_at(s: Session, session_id: str, position: int) -> str:
    """:func:`step_id_at` inside the caller's transaction."""
    step_id = s.scalar(
        select(Step.id).where(Step.session_id == session_id, Step.position == position)
    )
    if step_id is None:
        count = s.scalar(select(func.count()).where(Step.session_id == session_id))
        raise InvalidInputError("step_unknown", value=position, count=count)
    return step_id


def _step(s, session_id: str, step_id: str) -> Step:
    step = s.get(Step, step_id)
    if step is None or step.session_id != session_id:
        raise NotFoundError("step_not_found", ref=step_id)
    return step


def add_step(
    lib: Library,
    session_id: str,
    *,
    position: int | None = None,
    kind: str = "discuss",
    title: str = "",
    minutes: int = 10,
    prompt: str = "",
    question: str = "",
    vote_budget: int = DEFAULT_VOTE_BUDGET,
) -> str:
    """Insert a step at a 1-based position (default: at the end); returns its id."""
    _validate(kind, minutes, title)
    if not 1 <= vote_budget <= MAX_VOTE_BUDGET:
        raise InvalidInputError("vote_budget_bad", value=vote_budget, limit=MAX_VOTE_BUDGET)
    with lib.write() as s:
        steps = _steps(s, session_id)
        index = len(steps) if position is None else max(0, min(position - 1, len(steps)))
        step = Step(
            session_id=session_id,
            position=0,
            kind=kind,
            title=title.strip(),
            minutes=minutes,
            prompt=prompt.strip(),
            question=question.strip(),
            vote_budget=vote_budget,
        )
        s.add(step)
        steps.insert(index, step)
        _renumber(steps)
        s.flush()
        return step.id


def update_step(
    lib: Library,
    session_id: str,
    step_id: str,
    *,
    kind: str | None = None,
    title: str | None = None,
    minutes: int | None = None,
    prompt: str | None = None,
    question: str | None = None,
) -> None:
    _validate(kind, minutes, title)
    with lib.write() as s:
        step = _step(s, session_id, step_id)
        if kind is not None:
            step.kind = kind
        if title is not None:
            step.title = title.strip()
        if minutes is not None:
            step.minutes = minutes
        if prompt is not None:
            step.prompt = prompt.strip()
        if question is not None:
            step.question = question.strip()


def move_step(lib: Library, session_id: str, step_id: str, position: int) -> None:
    """Move a step to a 1-based position; the others close up around it."""
    with lib.write() as s:
        steps = _steps(s, session_id)
        step = _step(s, session_id, step_id)
        steps.remove(step)
        steps.insert(max(0, min(position - 1, len(steps))), step)
        _renumber(steps)


def duplicate_step(lib: Library, session_id: str, step_id: str) -> str:
    """A copy of the step right after it."""
    with lib.read() as s:
        src = _step(s, session_id, step_id)
        fields = dict(
            kind=src.kind,
            title=src.title,
            minutes=src.minutes,
            prompt=src.prompt,
            question=src.question,
            position=src.position + 1,
            vote_budget=src.vote_budget,
        )
    return add_step(lib, session_id, **fields)


def remove_step(lib: Library, session_id: str, step_id: str) -> list[str]:
    """Remove a step. Its notes stay in the session, no longer tied to a step.

    Returns the ids of those notes, so that ``restore_step`` can tie them to it again.
    """
    with lib.write() as s:
        steps = _steps(s, session_id)
        step = _step(s, session_id, step_id)
        if len(steps) == 1:
            raise InvalidInputError("step_last")
        tied_notes = list(s.scalars(select(Note).where(Note.step_id == step_id)))
        for note in tied_notes:
            note.step_id = None  # stamped, so the other copies untie them too
        tied = [note.id for note in tied_notes]
        session = s.get(WorkshopSession, session_id)
        if session.current_step_id == step_id:
            session.current_step_id = None
        steps.remove(step)
        s.delete(step)
        s.flush()
        _renumber(steps)
        return tied


def restore_step(
    lib: Library, session_id: str, info: StepInfo, note_ids: list[str] | None = None
) -> None:
    """Put a removed step back at its old position under its old id (undo of remove_step),
    with the notes that were tied to it, in one transaction."""
    with lib.write() as s:
        steps = _steps(s, session_id)
        step = Step(
            id=info.id,
            session_id=session_id,
            position=0,
            kind=info.kind,
            title=info.title,
            minutes=info.minutes,
            prompt=info.prompt,
            question=info.question,
            actual_seconds=info.actual_seconds,
            vote_budget=info.vote_budget,
            revealed=info.revealed,
        )
        s.add(step)
        steps.insert(max(0, min(info.position - 1, len(steps))), step)
        _renumber(steps)
        s.flush()
        if note_ids:
            for note in s.scalars(
                select(Note).where(Note.session_id == session_id, Note.id.in_(note_ids))
            ):
                note.step_id = step.id
