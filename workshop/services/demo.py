"""A realistic demo session: a themed evening at the library, tagged, clustered and voted."""

from __future__ import annotations

from datetime import date, timedelta

from workshop.domain.validation import read_toml
from workshop.paths import resource
from workshop.services import notes as note_service
from workshop.services.notes import step_id_at
from workshop.services.sessions import create_session, update_session
from workshop.store.db import Library

CARD_W, CARD_H, GAP = 200.0, 130.0, 20.0


def create_demo(lib: Library, today: date | None = None) -> str:
    """Create the demo session and return its id (every change through the usual services)."""
    data = read_toml(resource("demo", "library-evening.toml"))
    language = data.get("language", "nb")
    session_id = create_session(
        lib,
        data["template"],
        data["title"][language],
        session_date=(today or date.today()) + timedelta(days=data.get("date_offset_days", 0)),
        place=data.get("place", ""),
        language=language,
        facilitators=list(data.get("facilitators", [])),
        participants=dict(data.get("participants_planned", {})),
        archive_ref=data.get("archive_ref", ""),
    )
    update_session(
        lib,
        session_id,
        participants_actual=dict(data.get("participants_actual", {})),
        status="finished",
    )
    cluster_names = [c["name"] for c in data.get("clusters", [])]
    column_of = {name: i for i, name in enumerate(cluster_names)}
    rows_used: dict[int, int] = {}
    by_cluster: dict[str, list[str]] = {name: [] for name in cluster_names}
    step_ids: dict[int, str] = {}
    for raw in data["notes"]:
        position = raw["step"]
        if position not in step_ids:
            with lib.read() as s:
                step_ids[position] = step_id_at(s, session_id, position)
        cluster = raw.get("cluster")
        column = column_of.get(cluster, len(cluster_names)) if cluster else len(cluster_names)
        row = rows_used.get(column, 0)
        rows_used[column] = row + 1
        note_id = note_service.add_note(
            lib,
            session_id,
            raw["text"],
            step_id=step_ids[position],
            group=raw.get("group", ""),
            colour=raw.get("colour", "yellow"),
            principles=raw.get("principles", []),
            focus_areas=raw.get("focus_areas", []),
            votes=raw.get("votes", 0),
            x=column * (CARD_W + GAP * 2),
            y=60.0 + row * (CARD_H + GAP),
        )
        if cluster:
            by_cluster[cluster].append(note_id)
    for i, name in enumerate(cluster_names):
        note_service.create_cluster(
            lib, session_id, name, by_cluster[name], x=i * (CARD_W + GAP * 2) - GAP / 2, y=0.0
        )
    return session_id
