"""Tags: the principles and focus areas of the session's framework, set on notes.

One validator (:func:`check_tags`) for every way a tag comes in — captured with a note, typed on
the command line, ticked in the mapping matrix, accepted from a suggestion, read from a CSV
file — and one function that sets and clears tags (:func:`set_tags`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.domain.vocabulary import MANUAL, TAG_SOURCES
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.refs import session_notes
from workshop.store.db import Library
from workshop.store.models import NoteFocusArea, NotePrinciple, WorkshopSession, utcnow


def framework_snapshot(s: Session, session_id: str) -> dict[str, Any]:
    """The framework the session was created with, as stored (refusing an unknown session)."""
    snapshot = s.scalar(
        select(WorkshopSession.framework_snapshot).where(WorkshopSession.id == session_id)
    )
    if snapshot is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return snapshot


def check_tags(
    snapshot: Mapping[str, Any], principles: Iterable[int] = (), focus_areas: Iterable[str] = ()
) -> tuple[list[int], list[str]]:
    """The principles and focus areas, each once and in the order given, if the framework
    snapshot has them all; else the first unknown one is refused."""
    return TagVocabulary(snapshot).check(principles, focus_areas)


class TagVocabulary:
    """The tags one framework snapshot knows, read once: :func:`check_tags` for many notes."""

    def __init__(self, snapshot: Mapping[str, Any]) -> None:
        self.principles = frozenset(p["number"] for p in snapshot["principles"])
        self.focus_areas = frozenset(fa["id"] for fa in snapshot.get("focus_areas", []))
        known = self.principles
        self.span = f"{min(known)}–{max(known)}" if known else "-"

    def check(
        self, principles: Iterable[int] = (), focus_areas: Iterable[str] = ()
    ) -> tuple[list[int], list[str]]:
        principles = list(dict.fromkeys(principles))
        focus_areas = list(dict.fromkeys(focus_areas))
        for n in principles:
            if n not in self.principles:
                raise InvalidInputError("principle_unknown", value=n, known=self.span)
        for fa in focus_areas:
            if fa not in self.focus_areas:
                raise InvalidInputError(
                    "focus_area_unknown", value=fa, known=", ".join(sorted(self.focus_areas))
                )
        return principles, focus_areas


def set_tags(
    lib: Library,
    session_id: str,
    states: Mapping[str, bool],
    *,
    principles: Iterable[int] = (),
    focus_areas: Iterable[str] = (),
    source: str = MANUAL,
) -> None:
    """Set (``True``) or clear (``False``) the given tags on each note of ``states``, in one
    transaction. Tags a note already has (or lacks) stay as they are; a principle set here is
    stored with ``source`` (``SUGGESTION`` when the user accepted a suggestion)."""
    if not states:
        return
    if source not in TAG_SOURCES:
        raise ValueError(f"unknown tag source {source!r}")
    with lib.write() as s:
        p_list, f_list = check_tags(framework_snapshot(s, session_id), principles, focus_areas)
        notes = session_notes(s, session_id, states)
        on = [n.id for n in notes if states[n.id]]
        off = [n.id for n in notes if not states[n.id]]
        for model, column, values, extra in (
            (NotePrinciple, NotePrinciple.principle, p_list, {"source": source}),
            (NoteFocusArea, NoteFocusArea.focus_area, f_list, {}),
        ):
            if not values:
                continue
            present = {
                (note_id, value)
                for note_id, value in s.execute(
                    select(model.note_id, column).where(
                        model.note_id.in_(list(states)), column.in_(values)
                    )
                )
            }
            s.add_all(
                model(note_id=note_id, **{column.key: value}, **extra)
                for note_id in on
                for value in values
                if (note_id, value) not in present
            )
            if off:
                # Row by row, so each removal is stamped and travels to the other copies.
                for row in s.scalars(
                    select(model).where(model.note_id.in_(off), column.in_(values))
                ):
                    s.delete(row)
        for note in notes:
            note.updated_at = utcnow()  # views refresh a note whose tags changed
