"""The overview over a period: what the workshops gave, for the yearly evaluation and the prize.

Principle 10 of Gran's *Innovasjonsplakaten* — «Vi i Gran måler effekt, synliggjør resultater og
tar ut gevinster» — and the focus areas *Faktabasert kvalitetsutvikling* and *Ekstern vurdering*
(the yearly application for the ministry's innovation prize) ask for figures that can be checked.
So every number here comes with the sessions it was counted from (:attr:`Overview.sessions`, the
report's appendix), and each total is the sum of that list's column.

What is counted:

* sessions dated inside the period, both ends included; sessions without a date are left out and
  counted separately (:attr:`Overview.undated_sessions`); deleted (hidden) sessions never count;
* participants per group: the actual count where one was recorded for the group, else the
  planned one — :class:`GroupCount` and :class:`CountedSession` say which;
* inputs: live notes only (deleted notes never count); a note tagged with two principles counts
  under both, so the principle rows can add up to more than the number of inputs;
* actions of the counted sessions by status; overdue = due before ``today`` and still open or in
  progress;
* the evaluation: every 1–5 rating given in a counted session (read through
  :func:`workshop.services.evaluation.evaluation_summaries`);
* stories: notes (live) and actions the facilitator marked as an innovation story.

The counting is aggregate SQL over the sessions of the period, never a query per session: one
compound query reads the period's live notes once and counts them per session, per session and
principle (a LEFT JOIN: the NULL principle is "without a principle"), per session and focus area,
and lists the stories; ratings are one GROUP BY per session and value. The sums by type, month
and group run over the appendix's rows, so they add up to its totals. 500 sessions / 50,000
notes take about 160 ms (``tests/benchmarks/bench_overview.py``; target ≤ 300 ms).

:func:`overview_tables` gives the overview as plain tables (the view and the CSV export use the
same rows) and :func:`write_overview_csv` writes one CSV per table into a folder.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import and_, func, literal, null, select, union_all

from workshop.domain.framework import Framework, framework_from_dict, load_default_framework
from workshop.i18n import LANGUAGES, localised, month_names, t
from workshop.services.evaluation import RATING_VALUES, evaluation_summaries
from workshop.store.db import Library
from workshop.store.models import (
    ACTION_STATUSES,
    Action,
    Note,
    NoteFocusArea,
    NotePrinciple,
    WorkshopSession,
)

OPEN_STATUSES = ("open", "in-progress")  # an action still to do: overdue when past its due date
FEW_INPUTS = 3  # "few inputs": every principle without any, and at least the three lowest
SOURCES = ("actual", "planned", "mixed", "none")  # where a session's participant count comes from

Labels = Mapping[str, str]  # {"nb": …, "nn": …, "en": …}


def _label(labels: Labels, language: str) -> str:
    if not labels:
        return ""
    return localised(labels, language)


@dataclass(frozen=True, slots=True)
class CountedSession:
    """One session counted in the period: a row of the appendix."""

    number: int  # 1-based, in date order; other tables refer to sessions by it
    id: str
    date: date
    title: str
    template_id: str
    type_name: Labels
    status: str
    participants: int
    participants_source: str  # one of SOURCES
    notes: int  # live notes
    notes_unmapped: int  # live notes without a principle
    principle_counts: Mapping[int, int]
    focus_area_counts: Mapping[str, int]
    actions: int
    ratings: int
    rating_sum: int
    stories: int

    def type_label(self, language: str) -> str:
        return _label(self.type_name, language)

    @property
    def rating_mean(self) -> float | None:
        return self.rating_sum / self.ratings if self.ratings else None


@dataclass(frozen=True, slots=True)
class TypeCount:
    template_id: str
    name: Labels
    sessions: int
    notes: int
    participants: int

    def label(self, language: str) -> str:
        return _label(self.name, language)


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str  # "2026-03"
    sessions: int
    notes: int

    def label(self, language: str, *, short: bool = False) -> str:
        return month_label(self.month, language, short=short)


@dataclass(frozen=True, slots=True)
class GroupCount:
    """Participants of one group: ``total`` = ``actual`` (recorded) + ``planned`` (fallback)."""

    group: str
    total: int
    actual: int
    planned: int
    sessions: int


@dataclass(frozen=True, slots=True)
class PrincipleCount:
    number: int
    title: Labels
    notes: int

    def label(self, language: str) -> str:
        return _label(self.title, language)


@dataclass(frozen=True, slots=True)
class FocusAreaCount:
    id: str
    title: Labels
    notes: int

    def label(self, language: str) -> str:
        return _label(self.title, language)


@dataclass(frozen=True, slots=True)
class StatusCount:
    status: str
    actions: int


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: str
    session_number: int
    session_id: str
    session_title: str
    session_date: date
    text: str
    owner: str
    due: date | None
    status: str
    comment: str
    overdue: bool
    story: bool


@dataclass(frozen=True, slots=True)
class Story:
    """A note or an action marked as an innovation story."""

    kind: str  # "note" | "action"
    id: str
    session_number: int
    session_id: str
    session_title: str
    session_date: date
    text: str
    principles: tuple[int, ...]
    status: str = ""  # actions only
    owner: str = ""  # actions only


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Every 1–5 rating given in the counted sessions."""

    counts: tuple[int, ...]  # how many of each value 1..5
    sessions: int  # sessions with at least one rating

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def total(self) -> int:
        return sum(v * c for v, c in zip(RATING_VALUES, self.counts, strict=True))

    @property
    def mean(self) -> float | None:
        return self.total / self.n if self.n else None


@dataclass(frozen=True)
class Overview:
    start: date
    end: date
    today: date
    language: str
    framework_name: Labels
    sessions: tuple[CountedSession, ...]  # the appendix: every session counted, in date order
    undated_sessions: int  # not deleted, no date: not counted
    by_type: tuple[TypeCount, ...]  # most sessions first
    by_month: tuple[MonthCount, ...]  # every month of the period, also those without sessions
    participants: tuple[GroupCount, ...]  # most participants first
    notes_total: int
    notes_unmapped: int
    by_principle: tuple[PrincipleCount, ...]  # framework order
    by_focus_area: tuple[FocusAreaCount, ...]  # framework order
    few_inputs: tuple[PrincipleCount, ...]  # fewest first
    actions: tuple[ActionRow, ...]  # due date order, undated last
    actions_by_status: tuple[StatusCount, ...]  # every status, in ACTION_STATUSES order
    evaluation: Evaluation
    stories: tuple[Story, ...]  # date order

    @property
    def session_count(self) -> int:
        return len(self.sessions)

    @property
    def participants_total(self) -> int:
        return sum(g.total for g in self.participants)

    @property
    def participants_actual(self) -> int:
        return sum(g.actual for g in self.participants)

    @property
    def participants_planned(self) -> int:
        return sum(g.planned for g in self.participants)

    @property
    def overdue(self) -> tuple[ActionRow, ...]:
        return tuple(a for a in self.actions if a.overdue)

    @property
    def zero_principles(self) -> tuple[PrincipleCount, ...]:
        return tuple(p for p in self.by_principle if p.notes == 0)

    def months(self) -> list[str]:
        return [m.month for m in self.by_month]


# --- labels --------------------------------------------------------------------------------------


def month_label(month: str, language: str, *, short: bool = False) -> str:
    """``"2026-03"`` as "mars 2026" / "March 2026", or "mar. 2026" / "Mar 2026" when short."""
    year, number = month.split("-")
    name = month_names(language)[int(number) - 1]
    if short:
        name = name[:3] + ("." if language != "en" and len(name) > 3 else "")
    return f"{name} {year}"


def decimal(value: float | None, language: str, places: int = 1) -> str:
    """A number with a decimal comma in bokmål and nynorsk; "–" for none."""
    if value is None:
        return "–"
    text = f"{value:.{places}f}"
    return text if language == "en" else text.replace(".", ",")


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


# --- building ------------------------------------------------------------------------------------


def _period_filter(start: date, end: date):
    ws = WorkshopSession
    return and_(ws.deleted.is_(False), ws.date.is_not(None), ws.date >= start, ws.date <= end)


def _framework(s, start: date, end: date) -> Framework:
    """The framework snapshot of the most recent session in the period, else the default one."""
    ws = WorkshopSession
    snapshot = s.scalar(
        select(ws.framework_snapshot)
        .where(_period_filter(start, end))
        .order_by(ws.date.desc(), ws.created_at.desc())
        .limit(1)
    )
    if snapshot:
        try:
            return framework_from_dict(snapshot)
        except Exception:
            pass
    return load_default_framework()


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


@dataclass
class _Raw:
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


def _read(lib: Library, start: date, end: date) -> _Raw:
    """Every query of the overview: each a GROUP BY or a list, none per session."""
    ws = WorkshopSession
    in_period = _period_filter(start, end)
    period_ids = select(ws.id).where(in_period)
    # the live notes of the period, read once (SQLite materialises a CTE used more than once)
    live = (
        select(Note.id, Note.session_id, Note.seq, Note.story)
        .where(Note.deleted.is_(False), Note.session_id.in_(period_ids))
        .cte("live")
    )
    counts = union_all(
        select(literal("n"), live.c.session_id, null(), func.count()).group_by(live.c.session_id),
        select(literal("p"), live.c.session_id, NotePrinciple.principle, func.count())
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
    return _Raw(
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
    raw = _read(lib, start, end)
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


def _counted_sessions(raw: _Raw, ratings) -> list[CountedSession]:
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


def _by_group(raw: _Raw) -> list[GroupCount]:
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
    raw: _Raw, sessions: list[CountedSession]
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


def _stories(raw: _Raw, by_id: dict[str, CountedSession], actions: list[ActionRow]):
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


# --- tables and CSV ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverviewTable:
    """One table of the overview: a stable file name, column keys and rows of plain values."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


TABLE_NAMES = (
    "summary",
    "sessions",
    "sessions_by_type",
    "sessions_by_month",
    "participant_groups",
    "inputs_by_principle",
    "inputs_by_focus_area",
    "actions_by_status",
    "actions",
    "evaluation",
    "stories",
)


def summary_rows(ov: Overview, language: str) -> list[tuple[str, str, object]]:
    """The key figures: (key, label, value)."""
    lang = language
    ev = ov.evaluation
    return [
        ("period_start", t("report_period_start", lang), ov.start.isoformat()),
        ("period_end", t("report_period_end", lang), ov.end.isoformat()),
        ("sessions", t("report_sessions", lang), ov.session_count),
        ("sessions_without_date", t("report_sessions_undated", lang), ov.undated_sessions),
        ("participants", t("report_participants", lang), ov.participants_total),
        ("participants_actual", t("report_participants_actual", lang), ov.participants_actual),
        ("participants_planned", t("report_participants_planned", lang), ov.participants_planned),
        ("inputs", t("report_inputs", lang), ov.notes_total),
        ("inputs_without_principle", t("report_inputs_unmapped", lang), ov.notes_unmapped),
        ("actions", t("report_actions", lang), len(ov.actions)),
        ("actions_overdue", t("report_actions_overdue", lang), len(ov.overdue)),
        ("ratings", t("report_ratings", lang), ev.n),
        ("rating_mean", t("report_rating_mean", lang), decimal(ev.mean, lang, 2)),
        ("stories", t("report_stories", lang), len(ov.stories)),
    ]


def overview_tables(ov: Overview, language: str | None = None) -> list[OverviewTable]:
    """Every table of the overview, in :data:`TABLE_NAMES` order (labels in ``language``).

    Keys and codes stay English (``status`` is ``in-progress``, not a translation). In the
    ``actions`` and ``stories`` tables ``session`` is the session's number in the ``sessions``
    table (the report's appendix A) and ``date`` and ``title`` are the session's.
    """
    lang = language or ov.language
    principles = [p.number for p in ov.by_principle]
    areas = [fa.id for fa in ov.by_focus_area]
    tables = [
        OverviewTable("summary", ("key", "label", "value"), tuple(summary_rows(ov, lang))),
        OverviewTable(
            "sessions",
            (
                "number",
                "id",
                "date",
                "title",
                "type",
                "status",
                "participants",
                "participant_source",
                "inputs",
                "inputs_without_principle",
                *(f"principle_{n}" for n in principles),
                *(f"focus_area_{a}" for a in areas),
                "actions",
                "ratings",
                "rating_mean",
                "stories",
            ),
            tuple(
                (
                    cs.number,
                    cs.id,
                    cs.date.isoformat(),
                    cs.title,
                    cs.type_label(lang),
                    cs.status,
                    cs.participants,
                    cs.participants_source,
                    cs.notes,
                    cs.notes_unmapped,
                    *(cs.principle_counts.get(n, 0) for n in principles),
                    *(cs.focus_area_counts.get(a, 0) for a in areas),
                    cs.actions,
                    cs.ratings,
                    decimal(cs.rating_mean, lang, 2) if cs.ratings else "",
                    cs.stories,
                )
                for cs in ov.sessions
            ),
        ),
        OverviewTable(
            "sessions_by_type",
            ("type_id", "type", "sessions", "inputs", "participants"),
            tuple(
                (tc.template_id, tc.label(lang), tc.sessions, tc.notes, tc.participants)
                for tc in ov.by_type
            ),
        ),
        OverviewTable(
            "sessions_by_month",
            ("month", "label", "sessions", "inputs"),
            tuple((m.month, m.label(lang), m.sessions, m.notes) for m in ov.by_month),
        ),
        OverviewTable(
            "participant_groups",
            ("group", "participants", "actual", "planned", "sessions"),
            tuple((g.group, g.total, g.actual, g.planned, g.sessions) for g in ov.participants),
        ),
        OverviewTable(
            "inputs_by_principle",
            ("principle", "title", "inputs", "few_inputs"),
            tuple(
                (p.number, p.label(lang), p.notes, int(p in ov.few_inputs)) for p in ov.by_principle
            ),
        ),
        OverviewTable(
            "inputs_by_focus_area",
            ("focus_area", "title", "inputs"),
            tuple((fa.id, fa.label(lang), fa.notes) for fa in ov.by_focus_area),
        ),
        OverviewTable(
            "actions_by_status",
            ("status", "label", "actions", "overdue"),
            tuple(
                (
                    sc.status,
                    status_label(sc.status, lang),
                    sc.actions,
                    sum(1 for a in ov.overdue if a.status == sc.status),
                )
                for sc in ov.actions_by_status
            ),
        ),
        OverviewTable(
            "actions",
            (
                "session",
                "date",
                "title",
                "action",
                "owner",
                "due",
                "status",
                "overdue",
                "story",
                "comment",
                "id",
            ),
            tuple(
                (
                    a.session_number,
                    a.session_date.isoformat(),
                    a.session_title,
                    a.text,
                    a.owner,
                    a.due.isoformat() if a.due else "",
                    a.status,
                    int(a.overdue),
                    int(a.story),
                    a.comment,
                    a.id,
                )
                for a in ov.actions
            ),
        ),
        OverviewTable(
            "evaluation",
            ("value", "ratings"),
            tuple(zip(RATING_VALUES, ov.evaluation.counts, strict=True)),
        ),
        OverviewTable(
            "stories",
            (
                "session",
                "date",
                "title",
                "kind",
                "text",
                "principles",
                "status",
                "owner",
                "id",
            ),
            tuple(
                (
                    st.session_number,
                    st.session_date.isoformat(),
                    st.session_title,
                    st.kind,
                    st.text,
                    ";".join(map(str, st.principles)),
                    st.status,
                    st.owner,
                    st.id,
                )
                for st in ov.stories
            ),
        ),
    ]
    return tables


def status_label(status: str, language: str) -> str:
    key = "action_" + status.replace("-", "_")
    try:
        return t(key, language)
    except KeyError:
        return status


def write_overview_csv(ov: Overview, directory: Path, language: str | None = None) -> list[Path]:
    """One CSV per table (``sessions.csv``, ``inputs_by_principle.csv`` …) into ``directory``
    (made if missing): UTF-8 with BOM and semicolons like the notes CSV, each file written
    whole or not at all. Returns the files written."""
    from workshop.atomic import atomic_open

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in overview_tables(ov, language):
        path = directory / f"{table.name}.csv"
        with atomic_open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write("\ufeff")
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(table.columns)
            writer.writerows(table.rows)
        written.append(path)
    return written
