"""Notes: capture, read, edit, vote, delete and restore.

Every way a note comes in (the capture line, the command line, a CSV file, the demo) goes
through :func:`add_notes`: one place numbers notes, cleans their text and checks colour, group,
step and tags. Each call is one write transaction, so callers on other threads may call it too.
Tags are set through :mod:`workshop.services.tags`, positions and clusters through
:mod:`workshop.services.board`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from workshop.domain.layout import BoardNote
from workshop.domain.vocabulary import (
    DEFAULT_COLOUR,
    FEEDBACK_KINDS,
    GROUP_MAX_LENGTH,
    NOTE_COLOURS,
    NOTE_MAX_LENGTH,
    NOTE_ORIGINS,
)
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.board import places_for_new_notes
from workshop.services.dto import NoteInfo
from workshop.services.refs import resolve_prefix, session_notes
from workshop.services.tags import TagVocabulary, framework_snapshot
from workshop.store.bulk import NewRows, insert_created
from workshop.store.changes import session_mark
from workshop.store.db import Library
from workshop.store.models import (
    Cluster,
    Note,
    NoteFocusArea,
    NotePrinciple,
    Step,
    WorkshopSession,
    new_id,
)
from workshop.store.sql import Sql

# --- checks --------------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Normalise line endings and trim; refuse empty and over-long notes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInputError("note_empty")
    if len(text) > NOTE_MAX_LENGTH:
        raise InvalidInputError("note_too_long", length=len(text), limit=NOTE_MAX_LENGTH)
    return text


def _check_colour(colour: str) -> str:
    if colour not in NOTE_COLOURS:
        raise InvalidInputError("colour_unknown", value=colour, known=", ".join(NOTE_COLOURS))
    return colour


def _clean_group(group: str) -> str:
    group = group.strip()
    if len(group) > GROUP_MAX_LENGTH:
        raise InvalidInputError("group_too_long", limit=GROUP_MAX_LENGTH)
    return group


def check_feedback(feedback: str) -> str:
    """ "keep", "change" or "" (neither): what an evaluate step's note says of the session."""
    feedback = feedback.strip().casefold()
    if feedback and feedback not in FEEDBACK_KINDS:
        raise InvalidInputError("feedback_unknown", value=feedback, known=", ".join(FEEDBACK_KINDS))
    return feedback


def _check_step(s: Session, session_id: str, step_id: str) -> None:
    if s.scalar(select(Step.session_id).where(Step.id == step_id)) != session_id:
        raise NotFoundError("step_not_found", ref=step_id)


# --- capture -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """A note to capture. The step is given by id, or by its 1-based position in the agenda."""

    text: str
    step_id: str | None = None
    step_position: int | None = None
    group: str = ""
    colour: str = DEFAULT_COLOUR
    author: str | None = None
    principles: Iterable[int] = ()
    focus_areas: Iterable[str] = ()
    x: float | None = None
    y: float | None = None
    cluster_id: str | None = None
    votes: int = 0
    origin: str = ""  # one of NOTE_ORIGINS: "phone" for a note sent from a participant's phone
    feedback: str = ""  # keep/change on an evaluate step (FEEDBACK_KINDS), else ""


class DraftRefused(InvalidInputError):
    """One draft of several cannot be captured; ``index`` says which (nothing was stored)."""

    def __init__(self, index: int, error: InvalidInputError) -> None:
        self.index = index
        super().__init__(error.key, **error.params)


def add_notes(lib: Library, session_id: str, drafts: Sequence[NoteDraft]) -> list[str]:
    """Capture notes in one committed transaction, numbered after the session's last note.

    Every draft is checked before anything is stored: the first bad one raises
    :class:`DraftRefused` (an :class:`InvalidInputError` with the draft's index) and nothing of
    the batch is kept. A large batch (a CSV file) is checked before the write lock is taken and
    then goes in with one multi-row insert per table, so it holds the lock only for moments
    while other writers wait. Returns the new ids in the order of ``drafts``.
    """
    return [note.id for note, _tags in _write(lib, session_id, drafts)[0]]


def capture_notes(lib: Library, session_id: str, drafts: Sequence[NoteDraft]) -> list[NoteInfo]:
    """:func:`add_notes`, returning the new notes as :func:`get_note` would read them back
    (without reading them back)."""
    rows, context = _write(lib, session_id, drafts)
    return [_info(note, tags, context) for note, tags in rows]


def capture_note(lib: Library, session_id: str, text: str, **fields) -> NoteInfo:
    """Capture one note (the fields of :class:`NoteDraft`); returns it as stored."""
    return capture_notes(lib, session_id, [NoteDraft(text, **fields)])[0]


# A batch this small is checked inside its write transaction, reading only what its drafts name;
# a larger one is checked before the write lock and checked again only if the session changed.
_SMALL = 32


def _write(lib: Library, session_id: str, drafts: Sequence[NoteDraft]):
    drafts = [_fixed(draft) for draft in drafts]
    small = len(drafts) <= _SMALL
    context = None
    if not small and not lib.in_write():  # inside a caller's write, what it has not committed
        with lib.read() as s:  # counts too
            context = _Context.read(s, session_id)
            rows, batch = _ready(lib, session_id, context, drafts)
            _place(s, session_id, context, rows, batch)
    with lib.write() as s:
        s.flush()  # a caller's write may hold steps or clusters not yet flushed
        if small:
            seq = _last_seq(s, session_id)
            context = _Context.read(s, session_id, drafts)
            rows, batch = _ready(lib, session_id, context, drafts)
        else:
            now = _Context.read(s, session_id)
            if now != context:  # the session changed meanwhile: check and place again
                context = now
                rows, batch = _ready(lib, session_id, now, drafts)
                _place(s, session_id, context, rows, batch)
            seq = _last_seq(s, session_id)
        for number, (note, _tags) in enumerate(rows, start=seq + 1):
            batch.set(note, "seq", number)
        insert_created(s, batch)
        return rows, context


def _place(s: Session, session_id: str, context: _Context, rows, batch: NewRows) -> None:
    """The notes of a large batch (a CSV file) without a place get their free spots on the board
    now, in the same insert: the first open of the session then has nothing to place. Done
    before the write lock is taken, on the board as ``context`` saw it (placed again under the
    lock only if the session changed meanwhile)."""
    positions = {step_id: position for position, step_id in context.steps.items()}
    unplaced = [
        BoardNote(note.id, None, None, note.cluster_id, positions.get(note.step_id))
        for note, _tags in rows
        if note.x is None or note.y is None
    ]
    if not unplaced:
        return
    spots = places_for_new_notes(s, session_id, unplaced)
    for note, _tags in rows:
        if note.id in spots:
            x, y = spots[note.id]
            batch.set(note, "x", x)
            batch.set(note, "y", y)


def _fixed(draft: NoteDraft) -> NoteDraft:
    """The draft with its tags as tuples (given as any iterable, they are read more than once)."""
    if isinstance(draft.principles, tuple) and isinstance(draft.focus_areas, tuple):
        return draft
    return replace(draft, principles=tuple(draft.principles), focus_areas=tuple(draft.focus_areas))


def _last_seq(s: Session, session_id: str) -> int:
    """The number of the session's last note (0 when it has none); refuses an unknown session.

    Plain SQL: this runs in every capture, and the ORM adds nothing here."""
    last = (
        Sql(s.connection())
        .run(
            "SELECT (SELECT coalesce(max(seq), 0) FROM notes WHERE session_id = ?) "
            "FROM sessions WHERE id = ?",
            (session_id, session_id),
        )
        .first()
    )
    if last is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return int(last[0])


def _ready(lib: Library, session_id: str, context: _Context, drafts: Sequence[NoteDraft]):
    rows = _prepared_all(session_id, context, drafts)
    objects = [note for note, _tags in rows] + [tag for _note, tags in rows for tag in tags]
    return rows, NewRows(objects, lib.engine.dialect)


@dataclass(frozen=True)
class _Context:
    """What checking drafts needs from the library, read once for a whole batch: all of it, or
    (given the drafts) only what they name."""

    snapshot: dict
    steps: dict[int, str]  # position -> step id
    clusters: dict[str, str]  # id -> name
    mark: int = 0  # the session's change mark (read with all of it): the board as it was

    @classmethod
    def read(cls, s: Session, session_id: str, drafts: Sequence[NoteDraft] | None = None):
        every = drafts is None
        snapshot: dict = {"principles": []}
        if every or any(d.principles or d.focus_areas for d in drafts):
            snapshot = framework_snapshot(s, session_id)  # refuses an unknown session
        sql = Sql(s.connection())  # plain SQL: a typed note reads this in its write
        steps: dict[int, str] = {}
        if every or any(d.step_id is not None or d.step_position is not None for d in drafts):
            found = sql.run("SELECT position, id FROM steps WHERE session_id = ?", (session_id,))
            steps = {position: step_id for position, step_id in found}
        clusters: dict[str, str] = {}
        if every or any(d.cluster_id is not None for d in drafts):
            found = sql.run("SELECT id, name FROM clusters WHERE session_id = ?", (session_id,))
            clusters = {cluster_id: name for cluster_id, name in found}
        mark = session_mark(sql, session_id) if every else 0
        return cls(snapshot, steps, clusters, mark)


def _info(note: Note, tags: list[Tag], context: _Context) -> NoteInfo:
    """A note just written, as :func:`_read` reads it."""
    positions = {step_id: position for position, step_id in context.steps.items()}
    return NoteInfo(
        id=note.id,
        seq=note.seq,
        text=note.text,
        step_id=note.step_id,
        step_position=positions.get(note.step_id),
        group=note.participant_group,
        colour=note.colour,
        author=note.author,
        principles=tuple(sorted(t.principle for t in tags if isinstance(t, NotePrinciple))),
        focus_areas=tuple(sorted(t.focus_area for t in tags if isinstance(t, NoteFocusArea))),
        votes=note.votes,
        cluster_id=note.cluster_id,
        cluster_name=context.clusters.get(note.cluster_id) if note.cluster_id else None,
        x=note.x,
        y=note.y,
        deleted=False,
        created_at=note.created_at,
        updated_at=note.updated_at,
        story=False,
        origin=note.origin,
        feedback=note.feedback,
    )


Tag = NotePrinciple | NoteFocusArea


def _prepared_all(
    session_id: str, context: _Context, drafts: Sequence[NoteDraft]
) -> list[tuple[Note, list[Tag]]]:
    known = TagVocabulary(context.snapshot)
    rows = []
    for index, draft in enumerate(drafts):
        try:
            rows.append(_prepared(session_id, context, known, draft))
        except InvalidInputError as exc:
            raise DraftRefused(index, exc) from None
    return rows


def add_note(lib: Library, session_id: str, text: str, **fields) -> str:
    """Capture one note (the fields of :class:`NoteDraft`); returns its id."""
    return add_notes(lib, session_id, [NoteDraft(text, **fields)])[0]


def _prepared(
    session_id: str, context: _Context, known: TagVocabulary, draft: NoteDraft
) -> tuple[Note, list[Tag]]:
    # In the order of a CSV file's columns: the first bad cell of a row is the one reported.
    text = clean_text(draft.text)
    colour = _check_colour(draft.colour)
    principles, focus_areas = known.check(draft.principles, draft.focus_areas)
    step_id = draft.step_id
    if draft.step_position is not None:
        step_id = context.steps.get(draft.step_position)
        if step_id is None:
            raise InvalidInputError(
                "step_unknown", value=draft.step_position, count=len(context.steps)
            )
    elif step_id is not None and step_id not in context.steps.values():
        raise NotFoundError("step_not_found", ref=step_id)
    group = _clean_group(draft.group)
    feedback = check_feedback(draft.feedback)
    if draft.cluster_id is not None and draft.cluster_id not in context.clusters:
        raise NotFoundError("cluster_not_found", ref=draft.cluster_id)
    author = draft.author.strip() if draft.author and draft.author.strip() else None
    if draft.origin not in NOTE_ORIGINS:
        raise InvalidInputError("origin_unknown", value=draft.origin)
    note = Note(
        id=new_id(),
        session_id=session_id,
        step_id=step_id,
        text=text,
        colour=colour,
        participant_group=group,
        feedback=feedback,
        author=author,
        x=draft.x,
        y=draft.y,
        cluster_id=draft.cluster_id,
        votes=max(0, draft.votes),
        origin=draft.origin,
    )
    tags: list[Tag] = [NotePrinciple(note_id=note.id, principle=n) for n in principles]
    tags += [NoteFocusArea(note_id=note.id, focus_area=fa) for fa in focus_areas]
    return note, tags


# --- edit, vote, delete --------------------------------------------------------------------------


def edit_note(
    lib: Library,
    session_id: str,
    note_id: str,
    text: str | None = None,
    *,
    colour: str | None = None,
    group: str | None = None,
    step_id: str | None = None,
    feedback: str | None = None,
) -> None:
    """Change a live note's own fields (those given); one committed transaction."""
    text = clean_text(text) if text is not None else None
    colour = _check_colour(colour) if colour is not None else None
    group = _clean_group(group) if group is not None else None
    feedback = check_feedback(feedback) if feedback is not None else None
    with lib.write() as s:
        [note] = session_notes(s, session_id, [note_id])
        if text is not None:
            note.text = text
        if colour is not None:
            note.colour = colour
        if group is not None:
            note.participant_group = group
        if feedback is not None:
            note.feedback = feedback
        if step_id is not None:
            _check_step(s, session_id, step_id)
            note.step_id = step_id


def set_stories(lib: Library, session_id: str, states: Mapping[str, bool]) -> None:
    """Mark (``True``) or unmark notes as innovation stories for the period report, in one
    transaction."""
    if not states:
        return
    with lib.write() as s:
        for note in session_notes(s, session_id, states):
            note.story = states[note.id]


def vote_notes(lib: Library, session_id: str, deltas: Mapping[str, int]) -> dict[str, int]:
    """Add votes to notes (``{note_id: count}``; negative removes, never below zero) in one
    transaction. Returns each note's new total."""
    if not deltas:
        return {}
    with lib.write() as s:
        notes = session_notes(s, session_id, deltas)
        for note in notes:
            note.votes = max(0, note.votes + deltas[note.id])
        s.flush()  # the stamper sums every device's counter into the shown total
        return {note.id: note.votes for note in notes}


def set_notes_deleted(
    lib: Library, session_id: str, note_ids: Iterable[str], deleted: bool
) -> None:
    """Soft delete (or restore) notes in one transaction; the text stays so undo and restore
    bring it back."""
    with lib.write() as s:
        for note in session_notes(s, session_id, note_ids, live=False):
            note.deleted = deleted


# --- reading -------------------------------------------------------------------------------------


def resolve_note(lib: Library, session_id: str, ref: str) -> str:
    """A note id (within its session) from its UUID or a unique prefix of ≥ 4 characters."""
    return resolve_prefix(lib, Note.id, ref, "note_not_found", Note.session_id == session_id)


def get_note(lib: Library, session_id: str, note_id: str) -> NoteInfo:
    """One note of the session, deleted or not, with its tags, step position and cluster name."""
    with lib.read() as s:
        found = _read(s, Note.id == note_id, Note.session_id == session_id)
    if not found:
        raise NotFoundError("note_not_found", ref=note_id)
    return found[0]


def get_notes(lib: Library, session_id: str, note_ids: Iterable[str]) -> list[NoteInfo]:
    """Several notes of the session (deleted or not) as :func:`get_note` gives each, in
    capture order, read in a few queries however many they are."""
    wanted = set(note_ids)
    if not wanted:
        return []
    with lib.read() as s:
        if len(wanted) > _MANY:  # most of a session: read it all rather than name each id
            found = [n for n in _read(s, Note.session_id == session_id) if n.id in wanted]
        else:
            found = _read(s, Note.id.in_(wanted), Note.session_id == session_id)
    if len(found) < len(wanted):
        missing = sorted(wanted - {n.id for n in found})[0]
        raise NotFoundError("note_not_found", ref=missing)
    return found


_MANY = 400


def list_notes(lib: Library, session_id: str, *, include_deleted: bool = False) -> list[NoteInfo]:
    """The session's notes in capture order, with tags, step position and cluster name."""
    where = [Note.session_id == session_id]
    if not include_deleted:
        where.append(Note.deleted.is_(False))
    with lib.read() as s:
        if s.get(WorkshopSession, session_id) is None:
            raise NotFoundError("session_not_found", ref=session_id)
        return _read(s, *where)


_COLUMNS = (
    Note.id,
    Note.seq,
    Note.text,
    Note.step_id,
    Note.participant_group,
    Note.colour,
    Note.author,
    Note.votes,
    Note.cluster_id,
    Note.x,
    Note.y,
    Note.deleted,
    Note.created_at,
    Note.updated_at,
    Note.story,
    Note.origin,
    Note.feedback,
)


def _read(s: Session, *where: ColumnElement[bool]) -> list[NoteInfo]:
    """Notes matching ``where`` in capture order, each with its tags: three queries in all.

    Plain rows, not ORM objects: a session's thousands of notes are read when a board opens."""
    rows = s.execute(
        select(*_COLUMNS, Step.position, Cluster.name)
        .outerjoin(Step, Step.id == Note.step_id)
        .outerjoin(Cluster, Cluster.id == Note.cluster_id)
        .where(*where)
        .order_by(Note.seq, Note.created_at, Note.id)
    ).all()
    if not rows:
        return []
    principles: dict[str, list[int]] = defaultdict(list)
    for note_id, n in s.execute(
        select(NotePrinciple.note_id, NotePrinciple.principle)
        .join(Note, Note.id == NotePrinciple.note_id)
        .where(*where)
        .order_by(NotePrinciple.principle)
    ):
        principles[note_id].append(n)
    areas: dict[str, list[str]] = defaultdict(list)
    for note_id, fa in s.execute(
        select(NoteFocusArea.note_id, NoteFocusArea.focus_area)
        .join(Note, Note.id == NoteFocusArea.note_id)
        .where(*where)
        .order_by(NoteFocusArea.focus_area)
    ):
        areas[note_id].append(fa)
    return [
        NoteInfo(
            id=note_id,
            seq=seq,
            text=text,
            step_id=step_id,
            step_position=position,
            group=group,
            colour=colour,
            author=author,
            principles=tuple(principles.get(note_id, ())),
            focus_areas=tuple(areas.get(note_id, ())),
            votes=votes,
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            x=x,
            y=y,
            deleted=deleted,
            created_at=created_at,
            updated_at=updated_at,
            story=story,
            origin=origin,
            feedback=feedback,
        )
        for (
            note_id,
            seq,
            text,
            step_id,
            group,
            colour,
            author,
            votes,
            cluster_id,
            x,
            y,
            deleted,
            created_at,
            updated_at,
            story,
            origin,
            feedback,
            position,
            cluster_name,
        ) in rows
    ]
