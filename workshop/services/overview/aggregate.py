"""Putting the overview together: the appendix's rows, then every sum over them.

The sums by type, month and group run over the appendix's rows, so they add up to its totals.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from workshop.domain.vocabulary import ACTION_STATUSES, OPEN_STATUSES
from workshop.i18n import LANGUAGES
from workshop.services.evaluation import RATING_VALUES, evaluation_summaries
from workshop.services.overview.model import (
    FEW_INPUTS,
    ActionRow,
    CountedSession,
    Evaluation,
    FocusAreaCount,
    GroupCount,
    Labels,
    MonthCount,
    Overview,
    PrincipleCount,
    StatusCount,
    Story,
    TypeCount,
)
from workshop.services.overview.query import Raw, read_period
from workshop.store.db import Library


def _month_keys(start: date, end: date) -> list[str]:
    keys = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def _type_names() -> dict[str, Labels]:
    """Template names in both languages (a broken user template is no reason to fail here)."""
    from workshop.domain.templates import load_templates

    try:
        return {tid: dict(tpl.name) for tid, tpl in load_templates().items()}
    except Exception:
        return {}


def _participants(planned: dict, actual: dict) -> tuple[dict[str, tuple[int, bool]], str]:
    """Per group (count, from_actual), and the session's source: actual/planned/mixed/none."""
    groups: dict[str, tuple[int, bool]] = {}
    for group in dict.fromkeys([*(planned or {}), *(actual or {})]):
        if group in (actual or {}):
            groups[group] = (int(actual[group]), True)
        else:
            groups[group] = (int(planned[group]), False)
    if not groups:
        return groups, "none"
    kinds = {from_actual for _, from_actual in groups.values()}
    if kinds == {True}:
        return groups, "actual"
    return groups, "planned" if kinds == {False} else "mixed"


def build_overview(
    lib: Library,
    start: date,
    end: date,
    *,
    today: date | None = None,
    language: str = "nb",
) -> Overview:
    """The overview of the sessions dated from ``start`` to ``end`` (both included).

    ``today`` decides which actions are overdue (default: the real today); ``language`` is the
    default language of the labels (every label is kept in every language).
    """
    if start > end:
        raise ValueError("start after end")
    today = today or date.today()
    raw = read_period(lib, start, end)
    ratings = evaluation_summaries(lib, [row.id for row in raw.sessions])  # one GROUP BY query
    sessions = _counted_sessions(raw, ratings)
    by_id = {cs.id: cs for cs in sessions}
    actions = [
        ActionRow(
            id=row.id,
            session_number=by_id[row.session_id].number,
            session_id=row.session_id,
            session_title=by_id[row.session_id].title,
            session_date=by_id[row.session_id].date,
            text=row.text,
            owner=row.owner,
            due=row.due,
            status=row.status,
            comment=row.comment,
            overdue=row.due is not None and row.due < today and row.status in OPEN_STATUSES,
            story=bool(row.story),
        )
        for row in raw.actions
    ]
    status_counts = Counter(a.status for a in actions)
    actions_by_status = [StatusCount(st, status_counts.get(st, 0)) for st in ACTION_STATUSES]
    actions_by_status += [
        StatusCount(st, n) for st, n in sorted(status_counts.items()) if st not in ACTION_STATUSES
    ]
    by_principle, by_focus = _tag_totals(raw, sessions)
    return Overview(
        start=start,
        end=end,
        today=today,
        language=language,
        framework_name=dict(raw.framework.name),
        sessions=tuple(sessions),
        undated_sessions=raw.undated,
        by_type=tuple(_by_type(sessions, language)),
        by_month=tuple(_by_month(sessions, start, end)),
        participants=tuple(_by_group(raw)),
        notes_total=sum(cs.notes for cs in sessions),
        notes_unmapped=sum(cs.notes_unmapped for cs in sessions),
        by_principle=tuple(by_principle),
        by_focus_area=tuple(by_focus),
        few_inputs=tuple(few_inputs(by_principle)),
        actions=tuple(actions),
        actions_by_status=tuple(actions_by_status),
        evaluation=Evaluation(
            counts=tuple(sum(r.counts[i] for r in ratings.values()) for i in range(5)),
            sessions=sum(1 for r in ratings.values() if r.n),
        ),
        stories=tuple(_stories(raw, by_id, actions)),
    )


def _counted_sessions(raw: Raw, ratings) -> list[CountedSession]:
    type_names = _type_names()
    actions = Counter(row.session_id for row in raw.actions)
    stories = Counter(row.session_id for row in raw.story_notes)
    stories.update(row.session_id for row in raw.actions if row.story)
    sessions = []
    for number, row in enumerate(raw.sessions, start=1):
        people, source = _participants(row.participants_planned, row.participants_actual)
        given = ratings[row.id]
        sessions.append(
            CountedSession(
                number=number,
                id=row.id,
                date=row.date,
                title=row.title,
                template_id=row.template_id,
                type_name=type_names.get(row.template_id)
                or dict.fromkeys(LANGUAGES, row.template_name),
                status=row.status,
                participants=sum(count for count, _ in people.values()),
                participants_source=source,
                notes=raw.notes.get(row.id, 0),
                notes_unmapped=raw.unmapped.get(row.id, 0),
                principle_counts=dict(sorted(raw.principles.get(row.id, {}).items())),
                focus_area_counts=dict(raw.focus_areas.get(row.id, {})),
                actions=actions.get(row.id, 0),
                ratings=given.n,
                rating_sum=sum(v * c for v, c in zip(RATING_VALUES, given.counts, strict=True)),
                stories=stories.get(row.id, 0),
            )
        )
    return sessions


# by type, month and group: sums over the appendix's rows, so they add up to its totals


def _by_type(sessions: list[CountedSession], language: str) -> list[TypeCount]:
    types: dict[str, tuple[Labels, list[int]]] = {}
    for cs in sessions:
        entry = types.setdefault(cs.template_id, (cs.type_name, [0, 0, 0]))[1]
        entry[0] += 1
        entry[1] += cs.notes
        entry[2] += cs.participants
    return sorted(
        (
            TypeCount(tid, name, n, notes, people)
            for tid, (name, (n, notes, people)) in types.items()
        ),
        key=lambda tc: (-tc.sessions, tc.label(language).casefold()),
    )


def _by_month(sessions: list[CountedSession], start: date, end: date) -> list[MonthCount]:
    months = {key: [0, 0] for key in _month_keys(start, end)}
    for cs in sessions:
        entry = months[cs.date.strftime("%Y-%m")]
        entry[0] += 1
        entry[1] += cs.notes
    return [MonthCount(k, n, notes) for k, (n, notes) in months.items()]


def _by_group(raw: Raw) -> list[GroupCount]:
    groups: dict[str, list[int]] = {}  # group -> [actual, planned, sessions]
    for row in raw.sessions:
        people, _ = _participants(row.participants_planned, row.participants_actual)
        for group, (count, from_actual) in people.items():
            entry = groups.setdefault(group, [0, 0, 0])
            entry[0 if from_actual else 1] += count
            entry[2] += 1
    return sorted(
        (GroupCount(g, a + p, a, p, n) for g, (a, p, n) in groups.items()),
        key=lambda gc: (-gc.total, gc.group.casefold()),
    )


def _tag_totals(
    raw: Raw, sessions: list[CountedSession]
) -> tuple[list[PrincipleCount], list[FocusAreaCount]]:
    """Per principle and focus area of the framework (then any other found), summed over the
    sessions' counts."""
    framework = raw.framework
    principle_totals: Counter = Counter()
    focus_totals: Counter = Counter()
    for cs in sessions:
        principle_totals.update(cs.principle_counts)
        focus_totals.update(cs.focus_area_counts)
    by_principle = [
        PrincipleCount(p.number, dict(p.title), principle_totals.get(p.number, 0))
        for p in framework.principles
    ]
    known = set(framework.principle_numbers)
    by_principle += [
        PrincipleCount(
            n,
            {"nb": f"Prinsipp {n}", "nn": f"Prinsipp {n}", "en": f"Principle {n}"},
            principle_totals[n],
        )
        for n in sorted(principle_totals)
        if n not in known
    ]
    by_focus = [
        FocusAreaCount(fa.id, dict(fa.title), focus_totals.get(fa.id, 0))
        for fa in framework.focus_areas
    ]
    known_areas = set(framework.focus_area_ids)
    by_focus += [
        FocusAreaCount(area, dict.fromkeys(LANGUAGES, area), focus_totals[area])
        for area in sorted(focus_totals)
        if area not in known_areas
    ]
    return by_principle, by_focus


def _stories(raw: Raw, by_id: dict[str, CountedSession], actions: list[ActionRow]):
    notes = sorted(raw.story_notes, key=lambda row: (by_id[row.session_id].number, row.seq))
    stories = [
        Story(
            kind="note",
            id=row.id,
            session_number=by_id[row.session_id].number,
            session_id=row.session_id,
            session_title=by_id[row.session_id].title,
            session_date=by_id[row.session_id].date,
            text=row.text,
            principles=tuple(raw.story_principles.get(row.id, ())),
        )
        for row in notes
    ]
    stories += [
        Story(
            kind="action",
            id=a.id,
            session_number=a.session_number,
            session_id=a.session_id,
            session_title=a.session_title,
            session_date=a.session_date,
            text=a.text,
            principles=(),
            status=a.status,
            owner=a.owner,
        )
        for a in actions
        if a.story
    ]
    return sorted(stories, key=lambda st: (st.session_number, st.kind != "note"))


def few_inputs(by_principle: list[PrincipleCount], at_least: int = FEW_INPUTS):
    """The principles with the fewest inputs: all without any, and at least ``at_least`` of the
    lowest (ties with the last one included), fewest first."""
    ordered = sorted(by_principle, key=lambda p: (p.notes, p.number))
    if not ordered:
        return []
    cut = ordered[min(at_least, len(ordered)) - 1].notes
    return [p for p in ordered if p.notes <= cut or p.notes == 0]
