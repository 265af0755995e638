"""Plain, immutable views of stored data handed to the CLI, the exporters and the GUI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from typing import Any


@dataclass(frozen=True, slots=True)
class StepInfo:
    id: str
    position: int  # 1-based
    kind: str
    title: str
    minutes: int
    prompt: str
    question: str
    actual_seconds: int
    extra_seconds: int = 0
    vote_budget: int = 3  # dots per person on a vote step
    revealed: bool = False  # vote totals shown to the room


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: str
    title: str
    template_id: str
    template_name: str
    date: date | None
    place: str
    status: str
    language: str
    note_count: int


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    title: str
    template_id: str
    template_name: str
    framework_id: str
    date: date | None
    place: str
    archive_ref: str
    facilitators: list[str]
    participants_planned: dict[str, int]
    participants_actual: dict[str, int]
    language: str
    status: str
    created_at: datetime
    updated_at: datetime
    current_step_id: str | None = None
    start_time: time | None = None
    end_time: time | None = None
    steps: list[StepInfo] = field(default_factory=list)
    finished_at: datetime | None = None  # the actual end (UTC) of a finished session

    def step_by_id(self, step_id: str | None) -> StepInfo | None:
        return next((s for s in self.steps if s.id == step_id), None)


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    id: str
    name: str
    x: float | None
    y: float | None


@dataclass(frozen=True, slots=True)
class NoteInfo:
    id: str
    seq: int
    text: str
    step_id: str | None
    step_position: int | None
    group: str
    colour: str
    author: str | None
    principles: tuple[int, ...]
    focus_areas: tuple[str, ...]
    votes: int
    cluster_id: str | None
    cluster_name: str | None
    x: float | None
    y: float | None
    deleted: bool
    created_at: datetime
    updated_at: datetime
    story: bool = False
    origin: str = ""  # "phone": sent from a participant's phone
    feedback: str = ""  # "keep", "change" (an evaluate step's note) or ""


@dataclass(frozen=True, slots=True)
class ActionInfo:
    id: str
    session_id: str
    session_title: str
    text: str
    owner: str
    due: date | None
    status: str
    comment: str
    principles: list[int]
    note_ids: list[str]
    story: bool = False


def to_json_ready(obj: Any) -> Any:
    """Dataclasses, dates and tuples into JSON-serialisable values."""
    if hasattr(obj, "__dataclass_fields__"):
        obj = asdict(obj)
    if isinstance(obj, dict):
        return {k: to_json_ready(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_json_ready(v) for v in obj]
    if isinstance(obj, datetime | date | time):
        return obj.isoformat()
    return obj
