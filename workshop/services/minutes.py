"""The content of the minutes (referat), gathered once for every output format."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from workshop.domain.framework import FocusArea, Framework, Principle
from workshop.errors import InvalidInputError
from workshop.services.actions import list_actions
from workshop.services.approval import Revision, minutes_revision, snapshot
from workshop.services.attachments import PhotoInfo, checked_photo, get_photo_bytes, list_photos
from workshop.services.board import list_clusters
from workshop.services.dto import ActionInfo, ClusterInfo, NoteInfo, SessionInfo, StepInfo
from workshop.services.evaluation import SessionEvaluation, session_evaluation
from workshop.services.notes import list_notes
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
class ClusterSection:
    cluster: ClusterInfo
    notes: list[NoteInfo]  # capture order

    @property
    def votes(self) -> int:
        return sum(n.votes for n in self.notes)


@dataclass(frozen=True)
class MinutesPhoto:
    """A photo for the appendix: what is known about it and the JPEG itself (None: damaged)."""

    info: PhotoInfo
    data: bytes | None


def _document_photo(lib: Library, info: PhotoInfo) -> MinutesPhoto:
    """The photo as a document may embed it: checked like a photo given to ``attach`` (a photo
    stored before photos from session files were checked may be hostile), shrunk if too large,
    None if it cannot be decoded. Its width and height are the real ones."""
    try:
        data, width, height = checked_photo(get_photo_bytes(lib, info.id))
    except InvalidInputError:
        return MinutesPhoto(info, None)
    return MinutesPhoto(replace(info, width=width, height=height), data)


TOP_VOTED = 10  # how many of the most-voted inputs the summary lists


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
    actions: list[ActionInfo] = field(default_factory=list)
    by_cluster: list[ClusterSection] = field(default_factory=list)  # most votes first
    top_voted: list[NoteInfo] = field(default_factory=list)  # most votes first, votes > 0
    numbers: dict[str, int] = field(default_factory=dict)  # note id -> number in capture order
    evaluation: SessionEvaluation | None = None  # ratings and keep/change notes
    photos: list[MinutesPhoto] = field(default_factory=list)  # in the order they were added
    # Notes whose text was changed apart on two laptops and not yet settled: the other texts
    # (the note shows the newest), so the minutes never silently drop one.
    other_versions: dict[str, list[str]] = field(default_factory=dict)
    # Version 2 or later of approved minutes (or the draft of it): the reason and what changed.
    revision: Revision | None = None

    def snapshot(self) -> dict:
        """What these minutes show, as an approval keeps it."""
        return snapshot(self.session, self.notes, self.clusters, self.numbers)

    def step_label(self, note: NoteInfo) -> str:
        step = self.session.step_by_id(note.step_id)
        return f"{step.position}. {step.title}" if step else ""

    def photo_step_label(self, photo: PhotoInfo) -> str:
        step = self.session.step_by_id(photo.step_id)
        return f"{step.position}. {step.title}" if step else ""

    def number(self, note: NoteInfo) -> int:
        """The note's number in the appendix (and the CSV/JSON), counted in capture order."""
        return self.numbers[note.id]

    def notes_in_step(self, step: StepInfo) -> int:
        return sum(1 for n in self.notes if n.step_id == step.id)


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
    clusters = list_clusters(lib, session_id)
    members: dict[str, list[NoteInfo]] = {c.id: [] for c in clusters}
    for n in notes:
        if n.cluster_id in members:
            members[n.cluster_id].append(n)
    by_cluster = sorted(
        (ClusterSection(c, members[c.id]) for c in clusters),
        key=lambda section: (-section.votes, section.cluster.name.casefold()),
    )
    voted = sorted((n for n in notes if n.votes > 0), key=lambda n: (-n.votes, n.seq))
    numbers = {n.id: i for i, n in enumerate(notes, start=1)}
    revision = minutes_revision(
        lib, session_id, lambda: snapshot(session, notes, clusters, numbers)
    )
    return MinutesData(
        session=session,
        framework=framework,
        notes=notes,
        clusters=clusters,
        by_principle=by_principle,
        unmapped=[n for n in notes if not n.principles],
        by_focus_area=by_focus,
        language=language or session.language,
        anonymous=anonymous,
        exported_at=exported_at or datetime.now(),
        actions=list_actions(lib, session_id=session_id),
        by_cluster=by_cluster,
        top_voted=voted[:TOP_VOTED],
        numbers=numbers,
        evaluation=session_evaluation(lib, session, notes),
        # A photo of a wall can show faces and names: an anonymous export leaves photos out.
        photos=[] if anonymous else [_document_photo(lib, p) for p in list_photos(lib, session_id)],
        other_versions=_other_versions(lib, session_id, notes),
        revision=revision,
    )


def _other_versions(lib: Library, session_id: str, notes: list[NoteInfo]) -> dict[str, list[str]]:
    from workshop.services.exchange import conflicted_note_ids, list_conflicts

    if not conflicted_note_ids(lib, session_id):  # the usual case, without loading any text
        return {}
    shown = {n.id: n.text for n in notes}
    out = {}
    for conflict in list_conflicts(lib, session_id):
        if conflict.note_id in shown:
            others = [v.text for v in conflict.heads if v.text != shown[conflict.note_id]]
            if others:
                out[conflict.note_id] = others
    return out
