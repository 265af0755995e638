"""The content of the minutes (referat), gathered once for every output format."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workshop.domain.framework import FocusArea, Framework, Principle
from workshop.services.dto import ClusterInfo, NoteInfo, SessionInfo
from workshop.services.notes import list_clusters, list_notes
from workshop.services.sessions import get_session, session_framework
from workshop.store.db import Library


@dataclass(frozen=True)
class PrincipleSection:
    principle: Principle
    notes: list[NoteInfo]


@dataclass(frozen=True)
class FocusAreaSection:
    focus_area: FocusArea
    notes: list[NoteInfo]


@dataclass(frozen=True)
class MinutesData:
    session: SessionInfo
    framework: Framework
    notes: list[NoteInfo]  # capture order, deleted notes excluded
    clusters: list[ClusterInfo]
    by_principle: list[PrincipleSection]
    unmapped: list[NoteInfo]
    by_focus_area: list[FocusAreaSection]
    language: str
    anonymous: bool
    exported_at: datetime

    def step_label(self, note: NoteInfo) -> str:
        step = self.session.step_by_id(note.step_id)
        return f"{step.position}. {step.title}" if step else ""


def build_minutes(
    lib: Library,
    session_id: str,
    *,
    language: str | None = None,
    anonymous: bool = False,
    exported_at: datetime | None = None,
) -> MinutesData:
    session = get_session(lib, session_id)
    framework = session_framework(lib, session_id)
    notes = list_notes(lib, session_id)
    by_principle = [
        PrincipleSection(p, [n for n in notes if p.number in n.principles])
        for p in framework.principles
    ]
    by_focus = [
        FocusAreaSection(fa, [n for n in notes if fa.id in n.focus_areas])
        for fa in framework.focus_areas
    ]
    return MinutesData(
        session=session,
        framework=framework,
        notes=notes,
        clusters=list_clusters(lib, session_id),
        by_principle=by_principle,
        unmapped=[n for n in notes if not n.principles],
        by_focus_area=by_focus,
        language=language or session.language,
        anonymous=anonymous,
        exported_at=exported_at or datetime.now(),
    )
