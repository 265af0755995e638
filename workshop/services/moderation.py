"""The moderation queue: phone notes that wait for the facilitator to approve, edit or reject.

A session chooses (:func:`workshop.services.participation.set_room_settings`) whether notes
from phones go straight onto the board or wait here. Every decision is one committed
transaction and can be taken back, so the GUI wraps each in an undoable command:

* approving puts the note on the board through :func:`~workshop.services.notes.add_note`
  (marked as from a phone); :func:`return_to_queue` takes it off the board again (a soft
  delete, :func:`~workshop.services.notes.set_notes_deleted`) and back into the queue under the
  note's id, so approving it again brings back the same note;
* rejecting deletes the queued note for good (the library runs with ``secure_delete``, so its
  text is overwritten on disk), together with the deleted note it was, if it had been on the
  board before; :func:`restore_pending` puts it back from what the caller kept (the laptop's
  undo history holds the text in memory, the library does not).

A phone that sends the same note again learns what became of it: the request keys follow
every decision here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.domain.vocabulary import ORIGIN_PHONE as PHONE
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services import notes as note_service
from workshop.services.refs import resolve_prefix
from workshop.store.db import Library
from workshop.store.models import Note, ParticipantKey, PendingNote, Step


@dataclass(frozen=True, slots=True)
class PendingNoteInfo:
    id: str
    session_id: str
    step_id: str | None
    text: str
    created_at: datetime


def _info(p: PendingNote) -> PendingNoteInfo:
    return PendingNoteInfo(p.id, p.session_id, p.step_id, p.text, p.created_at)


def list_pending(lib: Library, session_id: str) -> list[PendingNoteInfo]:
    """The moderation queue, oldest first."""
    with lib.read() as s:
        rows = s.scalars(
            select(PendingNote)
            .where(PendingNote.session_id == session_id)
            .order_by(PendingNote.created_at, PendingNote.id)
        )
        return [_info(p) for p in rows]


def pending_count(lib: Library, session_id: str) -> int:
    with lib.read() as s:
        return s.scalar(select(func.count()).where(PendingNote.session_id == session_id))


def resolve_pending(lib: Library, session_id: str, ref: str) -> str:
    """A queued note's id from its id or a unique prefix of at least 4 characters."""
    return resolve_prefix(
        lib, PendingNote.id, ref, "pending_note_not_found", PendingNote.session_id == session_id
    )


def _pending(s: Session, session_id: str, pending_id: str) -> PendingNote:
    pending = s.get(PendingNote, pending_id)
    if pending is None or pending.session_id != session_id:
        raise NotFoundError("pending_note_not_found", ref=pending_id)
    return pending


def _rekey(s: Session, old_ref: str, outcome: str, ref: str | None) -> None:
    for row in s.scalars(select(ParticipantKey).where(ParticipantKey.ref == old_ref)):
        row.outcome, row.ref = outcome, ref


def _taken_back(s: Session, session_id: str, pending_id: str) -> Note | None:
    """The deleted note a queued note was before it went back to the queue, if any."""
    note = s.get(Note, pending_id)
    if note is None or note.session_id != session_id or not note.deleted:
        return None
    return note


def approve_pending(lib: Library, session_id: str, pending_id: str, text: str | None = None) -> str:
    """Put a queued note on the board (with the facilitator's edit, if any); its note id."""
    with lib.write() as s:
        pending = _pending(s, session_id, pending_id)
        new_text = pending.text if text is None else note_service.clean_text(text)
        earlier = _taken_back(s, session_id, pending_id)
        if earlier is not None:  # it was on the board before: the same note comes back
            if earlier.text != new_text:
                earlier.text = new_text
            earlier.deleted = False
            note_id = earlier.id
        else:
            step_id = pending.step_id
            if step_id is not None and s.get(Step, step_id) is None:
                step_id = None
            note_id = note_service.add_note(
                lib, session_id, new_text, step_id=step_id, origin=PHONE
            )
        _rekey(s, pending_id, "note", note_id)
        s.delete(pending)
        return note_id


def approve_pendings(lib: Library, session_id: str, pending_ids: Sequence[str]) -> list[str]:
    """Approve several queued notes in one transaction; their note ids in the same order."""
    with lib.write():
        return [approve_pending(lib, session_id, pending_id) for pending_id in pending_ids]


def edit_pending(lib: Library, session_id: str, pending_id: str, text: str) -> None:
    """Change a queued note's text before deciding on it."""
    clean = note_service.clean_text(text)
    with lib.write() as s:
        _pending(s, session_id, pending_id).text = clean


def reject_pending(lib: Library, session_id: str, pending_id: str) -> None:
    """Delete a queued note for good: the library runs with secure_delete, so its text is
    overwritten on disk. A phone resending it is told it was not taken."""
    reject_pendings(lib, session_id, [pending_id])


def reject_pendings(lib: Library, session_id: str, pending_ids: Iterable[str]) -> None:
    """Reject several queued notes in one transaction (see :func:`reject_pending`)."""
    with lib.write() as s:
        for pending_id in pending_ids:
            pending = _pending(s, session_id, pending_id)
            _rekey(s, pending_id, "rejected", pending_id)  # the id only, so undo can find it
            earlier = _taken_back(s, session_id, pending_id)
            if earlier is not None:  # its text is not kept as a deleted note either
                s.delete(earlier)
            s.delete(pending)


def return_to_queue(
    lib: Library,
    session_id: str,
    note_ids: Sequence[str],
    queued_at: Mapping[str, datetime] | None = None,
) -> list[str]:
    """Take phone notes off the board and back into the queue (the undo of approving them).

    Each waits under its note's id, at ``queued_at[note_id]`` in the queue's order (else at
    the note's creation); approving it again brings back the same note. Returns the queued ids.
    """
    queued_at = queued_at or {}
    with lib.write() as s:
        notes = {n.id: n for n in s.scalars(select(Note).where(Note.id.in_(list(note_ids))))}
        for note_id in note_ids:
            note = notes.get(note_id)
            if note is None or note.session_id != session_id or note.deleted:
                raise NotFoundError("note_not_found", ref=note_id[:8])
            if note.origin != PHONE:
                raise InvalidInputError("note_not_from_phone", ref=note_id[:8])
            if s.get(PendingNote, note_id) is not None:
                continue
            s.add(
                PendingNote(
                    id=note_id,
                    session_id=session_id,
                    step_id=note.step_id,
                    text=note.text,
                    created_at=queued_at.get(note_id, note.created_at),
                )
            )
            _rekey(s, note_id, "pending", note_id)
        note_service.set_notes_deleted(lib, session_id, note_ids, True)
        return list(note_ids)


def restore_pending(lib: Library, session_id: str, items: Sequence[PendingNoteInfo]) -> None:
    """Put rejected notes back in the queue as they were (the undo of rejecting them)."""
    with lib.write() as s:
        for item in items:
            if item.session_id != session_id:
                raise NotFoundError("pending_note_not_found", ref=item.id)
            if s.get(PendingNote, item.id) is not None:
                continue
            step_id = item.step_id if item.step_id and s.get(Step, item.step_id) else None
            s.add(
                PendingNote(
                    id=item.id,
                    session_id=session_id,
                    step_id=step_id,
                    text=note_service.clean_text(item.text),
                    created_at=item.created_at,
                )
            )
            _rekey(s, item.id, "pending", item.id)


__all__ = [
    "PendingNoteInfo",
    "approve_pending",
    "approve_pendings",
    "edit_pending",
    "list_pending",
    "pending_count",
    "reject_pending",
    "reject_pendings",
    "resolve_pending",
    "restore_pending",
    "return_to_queue",
]
