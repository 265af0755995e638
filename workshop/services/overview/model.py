"""What the overview of a period holds: the counted sessions and every sum made from them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from workshop.domain.formatting import month_label
from workshop.i18n import localised
from workshop.services.evaluation import RATING_VALUES

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
