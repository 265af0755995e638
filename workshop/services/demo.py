"""A realistic demo session: a themed evening at the library, tagged, clustered and voted."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from workshop.domain.board import area_slot
from workshop.domain.formatting import utc_time
from workshop.domain.validation import read_toml
from workshop.domain.vocabulary import DEFAULT_COLOUR, EVALUATE
from workshop.paths import resource
from workshop.services.board import gather_cluster
from workshop.services.notes import NoteDraft, add_notes
from workshop.services.sessions import create_session, update_session
from workshop.store.db import Library

CLUSTER_LANES = (2, 3, 4)  # the room sorted its notes over the first lanes, one cluster beside
# the other, as the board's Ctrl+G would gather them


def create_demo(lib: Library, today: date | None = None) -> str:
    """Create the demo session and return its id (every change through the usual services)."""
    data = read_toml(resource("demo", "library-evening.toml"))
    language = data.get("language", "nb")
    day = (today or date.today()) + timedelta(days=data.get("date_offset_days", 0))
    booked = {k: time.fromisoformat(data[k]) for k in ("start_time", "end_time") if k in data}
    session_id = create_session(
        lib,
        data["template"],
        data["title"][language],
        session_date=day,
        **booked,
        place=data.get("place", ""),
        language=language,
        facilitators=list(data.get("facilitators", [])),
        participants=dict(data.get("participants_planned", {})),
        archive_ref=data.get("archive_ref", ""),
    )
    ended = data.get("finished_time")
    update_session(
        lib,
        session_id,
        participants_actual=dict(data.get("participants_actual", {})),
        status="finished",
        **(
            {"finished_at": utc_time(datetime.combine(day, time.fromisoformat(ended)))}
            if ended
            else {}
        ),
    )
    cluster_names = [c["name"] for c in data.get("clusters", [])]
    positions: dict[int, tuple[float, float] | None] = {}
    used: dict[int, int] = {}
    for raw in data["notes"]:
        if raw.get("cluster"):
            positions[id(raw)] = None  # gathered into their clusters below
            continue
        step = raw["step"]  # the rest stay in the areas of the steps they were written in
        if step in (2, 3):
            step = 5  # the sorted-out cards wait in the voting step's area
        positions[id(raw)] = area_slot(step, used.get(step, 0))
        used[step] = used.get(step, 0) + 1

    drafts = [
        NoteDraft(
            raw["text"],
            step_position=raw["step"],
            group=raw.get("group", ""),
            feedback=raw.get("feedback", ""),
            colour=raw.get("colour", DEFAULT_COLOUR),
            principles=raw.get("principles", []),
            focus_areas=raw.get("focus_areas", []),
            votes=raw.get("votes", 0),
            x=positions[id(raw)][0] if positions[id(raw)] else None,
            y=positions[id(raw)][1] if positions[id(raw)] else None,
        )
        for raw in data["notes"]
    ]
    note_ids = add_notes(lib, session_id, drafts)
    by_cluster: dict[str, list[str]] = {name: [] for name in cluster_names}
    for raw, note_id in zip(data["notes"], note_ids, strict=True):
        if raw.get("cluster"):
            by_cluster[raw["cluster"]].append(note_id)
    for i, name in enumerate(cluster_names):
        lane = CLUSTER_LANES[i % len(CLUSTER_LANES)]
        gather_cluster(lib, session_id, name, by_cluster[name], lane=lane)
    _record_the_evening(lib, session_id, data, today or date.today())
    return session_id


def _record_the_evening(lib: Library, session_id: str, data: dict, today: date) -> None:
    """The time spent per step and the actions agreed, as a finished session has them."""
    from workshop.services.actions import add_action, set_action
    from workshop.services.notes import list_notes
    from workshop.services.run import set_step_time
    from workshop.services.sessions import get_session

    steps = get_session(lib, session_id).steps
    for step, minutes in zip(steps, data.get("actual_minutes", []), strict=False):
        set_step_time(lib, session_id, step.id, minutes * 60)
    evaluate = next((s for s in steps if s.kind == EVALUATE), None)
    if data.get("ratings"):
        from workshop.services.evaluation import add_ratings

        add_ratings(lib, session_id, data["ratings"], evaluate.id if evaluate else None)
    notes = list_notes(lib, session_id)
    for raw in data.get("actions", []):
        linked = [
            n.id
            for n in notes
            if any(n.text.startswith(prefix) for prefix in raw.get("notes_containing", []))
        ]
        action_id = add_action(
            lib,
            session_id,
            raw["text"],
            owner=raw.get("owner", ""),
            due=today + timedelta(days=raw["due_offset_days"])
            if "due_offset_days" in raw
            else None,
            note_ids=linked,
            principles=raw.get("principles", []),
        )
        if raw.get("status", "open") != "open" or raw.get("comment"):
            set_action(lib, action_id, status=raw.get("status"), comment=raw.get("comment"))
