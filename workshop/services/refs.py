"""Finding the rows a request names: an id typed as a unique prefix, or the notes of a session.

Every service that changes notes finds them through :func:`session_notes`, so a note of another
session, or one deleted meanwhile, is refused the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInputError, NotFoundError
from workshop.store.db import Library
from workshop.store.models import Note

MIN_PREFIX = 4


def resolve_prefix(
    lib: Library, column, ref: str, not_found_key: str, *where: ColumnElement[bool]
) -> str:
    """The one id in ``column`` starting with ``ref`` (within ``where``), or a clear error."""
    ref = ref.strip().lower()
    if len(ref) < MIN_PREFIX:
        raise InvalidInputError("ref_too_short", ref=ref, min=MIN_PREFIX)
    with lib.read() as s:
        ids = s.scalars(select(column).where(column.startswith(ref), *where).limit(2)).all()
    if not ids:
        raise NotFoundError(not_found_key, ref=ref)
    if len(ids) > 1:
        raise InvalidInputError("ref_ambiguous", ref=ref)
    return ids[0]


def session_notes(
    s: Session,
    session_id: str,
    note_ids: Iterable[str],
    *,
    live: bool = True,
    skip_missing: bool = False,
) -> list[Note]:
    """The session's notes with these ids, inside the caller's transaction.

    Refuses an id that is not a note of the session (unless ``skip_missing``: an undo after the
    note was purged elsewhere) and, unless ``live=False``, a deleted note (deleted from the
    command line, say, since the GUI last looked): nothing is changed then.
    """
    wanted = set(note_ids)
    if not wanted:
        return []
    notes = list(s.scalars(select(Note).where(Note.session_id == session_id, Note.id.in_(wanted))))
    if len(notes) != len(wanted) and not skip_missing:
        raise NotFoundError("note_not_found", ref=sorted(wanted - {n.id for n in notes})[0])
    if live:
        for note in notes:
            if note.deleted:
                raise InvalidInputError("note_deleted", ref=note.id[:8])
    return notes
