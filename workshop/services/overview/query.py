"""The overview's queries: each a GROUP BY or a list over the period, none per session."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, and_, cast, func, literal, null, select, union_all

from workshop.domain.framework import Framework, framework_from_dict, load_default_framework
from workshop.store.db import Library
from workshop.store.models import Action, Note, NoteFocusArea, NotePrinciple, WorkshopSession


def period_filter(start: date, end: date):
    ws = WorkshopSession
    return and_(ws.deleted.is_(False), ws.date.is_not(None), ws.date >= start, ws.date <= end)


def _framework(s, start: date, end: date) -> Framework:
    """The framework snapshot of the most recent session in the period, else the default one."""
    ws = WorkshopSession
    snapshot = s.scalar(
        select(ws.framework_snapshot)
        .where(period_filter(start, end))
        .order_by(ws.date.desc(), ws.created_at.desc())
        .limit(1)
    )
    if snapshot:
        try:
            return framework_from_dict(snapshot)
        except Exception:
            pass
    return load_default_framework()


@dataclass
class Raw:
    """What the queries return, before it is put together."""

    framework: Framework
    sessions: list  # rows: id, date, title, template_id, template_name, status, participants
    undated: int
    notes: dict[str, int]  # session -> live notes
    unmapped: dict[str, int]  # session -> live notes without a principle
    principles: dict[str, dict[int, int]]  # session -> principle -> live notes
    focus_areas: dict[str, dict[str, int]]  # session -> focus area -> live notes
    story_notes: list  # rows: id, session_id, seq, text
    story_principles: dict[str, list[int]]
    actions: list  # rows


def read_period(lib: Library, start: date, end: date) -> Raw:
    """Every query of the overview: each a GROUP BY or a list, none per session."""
    ws = WorkshopSession
    in_period = period_filter(start, end)
    period_ids = select(ws.id).where(in_period)
    # the live notes of the period, read once (SQLite materialises a CTE used more than once)
    live = (
        select(Note.id, Note.session_id, Note.seq, Note.story)
        .where(Note.deleted.is_(False), Note.session_id.in_(period_ids))
        .cte("live")
    )
    # One key column for all four kinds, as text (PostgreSQL matches a union's types strictly).
    counts = union_all(
        select(literal("n"), live.c.session_id, cast(null(), String), func.count()).group_by(
            live.c.session_id
        ),
        select(literal("p"), live.c.session_id, cast(NotePrinciple.principle, String), func.count())
        .select_from(live.outerjoin(NotePrinciple, NotePrinciple.note_id == live.c.id))
        .group_by(live.c.session_id, NotePrinciple.principle),
        select(literal("f"), live.c.session_id, NoteFocusArea.focus_area, func.count())
        .select_from(live.join(NoteFocusArea, NoteFocusArea.note_id == live.c.id))
        .group_by(live.c.session_id, NoteFocusArea.focus_area),
        select(literal("s"), live.c.session_id, live.c.id, live.c.seq).where(
            live.c.story.is_(True)
        ),
    )
    notes: dict[str, int] = {}
    unmapped: dict[str, int] = {}
    principles: dict[str, dict[int, int]] = defaultdict(dict)
    focus_areas: dict[str, dict[str, int]] = defaultdict(dict)
    story_ids: list[str] = []
    with lib.read() as s:
        framework = _framework(s, start, end)
        sessions = s.execute(
            select(
                ws.id,
                ws.date,
                ws.title,
                ws.template_id,
                ws.template_name,
                ws.status,
                ws.participants_planned,
                ws.participants_actual,
            )
            .where(in_period)
            .order_by(ws.date, ws.title, ws.created_at)
        ).all()
        undated = s.scalar(
            select(func.count()).select_from(ws).where(ws.deleted.is_(False), ws.date.is_(None))
        )
        for kind, sid, key, n in s.execute(counts):
            if kind == "n":
                notes[sid] = n
            elif kind == "p" and key is None:
                unmapped[sid] = n
            elif kind == "p":
                principles[sid][int(key)] = n
            elif kind == "f":
                focus_areas[sid][key] = n
            else:
                story_ids.append(key)
        story_notes, story_principles = [], defaultdict(list)
        if story_ids:
            story_notes = s.execute(
                select(Note.id, Note.session_id, Note.seq, Note.text).where(Note.id.in_(story_ids))
            ).all()
            for note_id, number in s.execute(
                select(NotePrinciple.note_id, NotePrinciple.principle)
                .where(NotePrinciple.note_id.in_(story_ids))
                .order_by(NotePrinciple.principle)
            ):
                story_principles[note_id].append(number)
        actions = s.execute(
            select(
                Action.id,
                Action.session_id,
                Action.text,
                Action.owner,
                Action.due,
                Action.status,
                Action.comment,
                Action.story,
            )
            .where(Action.session_id.in_(period_ids))
            .order_by(Action.due.is_(None), Action.due, Action.created_at)
        ).all()
    return Raw(
        framework=framework,
        sessions=sessions,
        undated=undated or 0,
        notes=notes,
        unmapped=unmapped,
        principles=principles,
        focus_areas=focus_areas,
        story_notes=story_notes,
        story_principles=story_principles,
        actions=actions,
    )
