"""Participants on their phones: notes (straight to the board or through a moderation queue),
dot votes within a step's budget, 1–5 ratings, and the settings of one session's phone room.

The participant server (:mod:`workshop.server`) calls these, and so can any other caller. Each
call is one committed transaction. Notes, votes and ratings go through the same services as the
laptop's own (:func:`~workshop.services.notes.add_note`, ``vote_notes``, ``add_ratings``), joined
into that transaction with the bookkeeping of this module (request keys, per-phone dots), so a
phone's request takes effect once or not at all.

Nothing here stores a name or an address. A phone is known by the salted hash of the random
token in its cookie; its request keys likewise.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workshop.domain.vocabulary import MAX_VOTE_BUDGET
from workshop.domain.wordfilter import nb_word_filter
from workshop.errors import InvalidInputError, NotFoundError, VerkstedError
from workshop.services import evaluation
from workshop.services import notes as note_service
from workshop.services.moderation import (  # the queue's own module; named here as before
    PendingNoteInfo,
    approve_pending,
    edit_pending,
    list_pending,
    pending_count,
    reject_pending,
)
from workshop.store.db import Library
from workshop.store.models import (
    Cluster,
    Note,
    ParticipantKey,
    ParticipantRating,
    ParticipantSettings,
    ParticipantVote,
    PendingNote,
    Rating,
    Step,
    WorkshopSession,
)

ORIGIN_PHONE = "phone"
PHONE_NOTE_MAX = 500  # characters: a sticky note, not an essay
KEY_MAX = 100
ROOM_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # lower case: easy to type on a phone
ROOM_CODE_LENGTH = 4
TOKEN_LENGTH = 18  # 18 × log2(31) ≈ 89 bits


class ParticipationConflict(VerkstedError):
    """A request that is well formed but not possible now (past the budget, not a vote step)."""


# --- settings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoomSettings:
    session_id: str
    auto_accept: bool  # False: phone notes wait in the moderation queue
    word_filter: bool
    room_code: str  # shown to people, e.g. "K7QM"
    join_token: str
    salt: str = field(repr=False)

    @property
    def join_path(self) -> str:
        """The path of the join URL: the room code and the unguessable token."""
        return f"/j/{self.room_code.lower()}-{self.join_token}"


def _random(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _settings_info(row: ParticipantSettings) -> RoomSettings:
    return RoomSettings(
        row.session_id, row.auto_accept, row.word_filter, row.room_code, row.join_token, row.salt
    )


def _live_session(s: Session, session_id: str) -> WorkshopSession:
    ws = s.get(WorkshopSession, session_id)
    if ws is None or ws.deleted:
        raise NotFoundError("session_not_found", ref=session_id)
    return ws


def _settings_row(s: Session, session_id: str) -> ParticipantSettings:
    row = s.get(ParticipantSettings, session_id)
    if row is None:
        _live_session(s, session_id)
        row = ParticipantSettings(
            session_id=session_id,
            auto_accept=False,
            word_filter=True,
            room_code=_random(ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH),
            join_token=_random(TOKEN_ALPHABET, TOKEN_LENGTH),
            salt=secrets.token_hex(16),
        )
        s.add(row)
        s.flush()
    return row


def room_settings(lib: Library, session_id: str) -> RoomSettings:
    """The session's phone-room settings, made (with a fresh room code and token) on first use."""
    with lib.read() as s:
        row = s.get(ParticipantSettings, session_id)
        if row is not None:
            _live_session(s, session_id)
            return _settings_info(row)
    with lib.write() as s:
        return _settings_info(_settings_row(s, session_id))


def set_room_settings(
    lib: Library,
    session_id: str,
    *,
    auto_accept: bool | None = None,
    word_filter: bool | None = None,
) -> RoomSettings:
    """Choose straight-to-the-board or the moderation queue, and the word filter."""
    with lib.write() as s:
        row = _settings_row(s, session_id)
        if auto_accept is not None:
            row.auto_accept = bool(auto_accept)
        if word_filter is not None:
            row.word_filter = bool(word_filter)
        return _settings_info(row)


def new_join_token(lib: Library, session_id: str) -> RoomSettings:
    """A new room code and token: the old join URL (and QR code) stop working."""
    with lib.write() as s:
        row = _settings_row(s, session_id)
        row.room_code = _random(ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH)
        row.join_token = _random(TOKEN_ALPHABET, TOKEN_LENGTH)
        return _settings_info(row)


def device_hash(settings: RoomSettings, device_token: str) -> str:
    """What the library keeps of a phone: a hash salted per session, never the token."""
    return hashlib.sha256(f"{settings.salt}\0device\0{device_token}".encode()).hexdigest()


def _key_hash(device: str, kind: str, key: str) -> str:
    return hashlib.sha256(f"{device}\0{kind}\0{key}".encode()).hexdigest()


def check_key(key: object) -> str:
    """A client's request key: 1–100 printable ASCII characters without spaces."""
    if (
        not isinstance(key, str)
        or not 1 <= len(key) <= KEY_MAX
        or not all("!" <= ch <= "~" for ch in key)
    ):
        raise InvalidInputError("phone_key_bad", limit=KEY_MAX)
    return key


# --- the steps: budget and reveal -----------------------------------------------------------


def _step(s: Session, session_id: str, step_id: str) -> Step:
    step = s.get(Step, step_id)
    if step is None or step.session_id != session_id:
        raise NotFoundError("step_not_found", ref=step_id)
    return step


def set_vote_budget(lib: Library, session_id: str, step_id: str, budget: int) -> None:
    """How many dots each person has on this (vote) step."""
    if isinstance(budget, bool) or not isinstance(budget, int):
        raise InvalidInputError("vote_budget_bad", value=budget, limit=MAX_VOTE_BUDGET)
    if not 1 <= budget <= MAX_VOTE_BUDGET:
        raise InvalidInputError("vote_budget_bad", value=budget, limit=MAX_VOTE_BUDGET)
    with lib.write() as s:
        _step(s, session_id, step_id).vote_budget = budget


def set_revealed(lib: Library, session_id: str, step_id: str, revealed: bool) -> None:
    """Show (or hide again) the vote totals of this step to the room."""
    with lib.write() as s:
        _step(s, session_id, step_id).revealed = bool(revealed)


# --- notes ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a phone's request came to: ``note``, ``pending``, ``rejected``, ``vote``, ``rating``.

    ``repeated`` is True when the same key was seen before and nothing new was stored.
    """

    outcome: str
    ref: str | None
    repeated: bool = False


def check_phone_text(text: object, *, word_filter: bool) -> str:
    """The text of a phone's note, cleaned; refused when empty, too long or filtered."""
    if not isinstance(text, str):
        raise InvalidInputError("phone_text_bad")
    text = note_service.clean_text(text)
    if len(text) > PHONE_NOTE_MAX:
        raise InvalidInputError("phone_note_too_long", length=len(text), limit=PHONE_NOTE_MAX)
    if word_filter and nb_word_filter().matches(text):
        raise InvalidInputError("phone_note_filtered")
    return text


def _seen(s: Session, key_hash: str) -> Outcome | None:
    row = s.get(ParticipantKey, key_hash)
    return None if row is None else Outcome(row.outcome, row.ref, repeated=True)


def _remember(s: Session, session_id: str, key_hash: str, outcome: str, ref: str | None) -> None:
    s.add(ParticipantKey(key_hash=key_hash, session_id=session_id, outcome=outcome, ref=ref))


def _once(lib: Library, key_hash: str, write) -> Outcome:
    """Run ``write`` (one transaction that looks the key up first); when two requests with
    the same key race, the second one's insert of the key fails and it is a repeat."""
    try:
        return write()
    except IntegrityError:
        with lib.read() as s:
            seen = _seen(s, key_hash)
        if seen is None:
            raise
        return seen


def submit_phone_note(
    lib: Library, session_id: str, device: str, key: str, text: object
) -> Outcome:
    """A note from a phone: on the board at once (``note``) or in the queue (``pending``).

    It lands on the session's current step, whatever the step kind or session status. One
    transaction, which first looks the request key up (a repeat changes nothing).
    """
    key = check_key(key)
    if not isinstance(text, str):
        raise InvalidInputError("phone_text_bad")
    key_hash = _key_hash(device, "note", key)

    def write() -> Outcome:
        with lib.write() as s:
            seen = _seen(s, key_hash)
            if seen is not None:
                return seen
            ws = _live_session(s, session_id)
            settings = _settings_row(s, session_id)
            clean = check_phone_text(text, word_filter=settings.word_filter)
            if settings.auto_accept:
                note_id = note_service.add_note(
                    lib, session_id, clean, step_id=ws.current_step_id, origin=ORIGIN_PHONE
                )
                _remember(s, session_id, key_hash, "note", note_id)
                return Outcome("note", note_id)
            pending = PendingNote(session_id=session_id, step_id=ws.current_step_id, text=clean)
            s.add(pending)
            s.flush()
            _remember(s, session_id, key_hash, "pending", pending.id)
            return Outcome("pending", pending.id)

    return _once(lib, key_hash, write)


# --- votes ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VoteOutcome:
    note_id: str
    mine: int  # this phone's dots on the note
    left: int  # this phone's dots left on the step
    repeated: bool = False


def _current_step(s: Session, session_id: str, kind: str, problem: str) -> Step:
    ws = _live_session(s, session_id)
    step = s.get(Step, ws.current_step_id) if ws.current_step_id else None
    if step is None or step.kind != kind:
        raise ParticipationConflict(problem)
    return step


def _dots_used(s: Session, device: str, step_id: str) -> int:
    return s.scalar(
        select(func.coalesce(func.sum(ParticipantVote.count), 0))
        .join(Note, Note.id == ParticipantVote.note_id)
        .where(
            ParticipantVote.device_hash == device,
            ParticipantVote.step_id == step_id,
            Note.deleted.is_(False),
        )
    )


def phone_vote(
    lib: Library, session_id: str, device: str, key: str, note_id: object, delta: object = 1
) -> VoteOutcome:
    """Give (``delta`` 1) or take back (-1) one dot on a note, within the current vote step's
    budget for this phone. Past the budget, or taking back a dot never given: a conflict."""
    key = check_key(key)
    if not isinstance(note_id, str) or len(note_id) > 36:
        raise InvalidInputError("phone_note_ref_bad")
    if delta not in (1, -1) or isinstance(delta, bool):
        raise InvalidInputError("phone_delta_bad")
    key_hash = _key_hash(device, "vote", key)

    def state(s: Session, step_id: str) -> VoteOutcome:
        mine = s.scalar(
            select(ParticipantVote.count).where(
                ParticipantVote.device_hash == device,
                ParticipantVote.step_id == step_id,
                ParticipantVote.note_id == note_id,
            )
        )
        step = s.get(Step, step_id)
        left = max(0, step.vote_budget - _dots_used(s, device, step_id))
        return VoteOutcome(note_id, mine or 0, left)

    with lib.read() as s:
        seen = _seen(s, key_hash)
        if seen is not None:
            step_id = seen.ref or ""
            if s.get(Step, step_id) is not None:
                return _repeat(state(s, step_id))

    with lib.write() as s:
        step = _current_step(s, session_id, "vote", "phone_not_voting")
        note = s.get(Note, note_id)
        if note is None or note.session_id != session_id or note.deleted:
            raise NotFoundError("note_not_found", ref=note_id[:8])
        if _seen(s, key_hash) is not None:  # sent twice at once: the first one counted
            return _repeat(state(s, step.id))
        row = s.get(ParticipantVote, (device, step.id, note_id))
        if delta > 0 and _dots_used(s, device, step.id) >= step.vote_budget:
            raise ParticipationConflict("phone_budget_spent", budget=step.vote_budget)
        if delta < 0 and (row is None or row.count <= 0):
            raise ParticipationConflict("phone_no_dot_here")
        if row is None:
            row = ParticipantVote(device_hash=device, step_id=step.id, note_id=note_id, count=0)
            s.add(row)
        row.count += delta
        note_service.vote_notes(lib, session_id, {note_id: delta})
        _remember(s, session_id, key_hash, "vote", step.id)
        s.flush()
        return state(s, step.id)


def _repeat(outcome: VoteOutcome) -> VoteOutcome:
    return VoteOutcome(outcome.note_id, outcome.mine, outcome.left, repeated=True)


# --- ratings -------------------------------------------------------------------------------


def phone_rating(lib: Library, session_id: str, device: str, key: str, value: object) -> Outcome:
    """This phone's 1–5 rating on the current evaluate step; a second one changes the first."""
    key = check_key(key)
    checked = evaluation.check_value(value)
    key_hash = _key_hash(device, "rating", key)

    def write() -> Outcome:
        with lib.write() as s:
            seen = _seen(s, key_hash)
            if seen is not None:
                return seen
            step = _current_step(s, session_id, "evaluate", "phone_not_rating")
            given = s.get(ParticipantRating, (device, step.id))
            if given is not None:  # a rating removed on the laptop takes this row with it
                rating = s.get(Rating, given.rating_id)
                rating.value = checked
                rating_id = rating.id
            else:
                (rating_id,) = evaluation.add_ratings(lib, session_id, [checked], step.id)
                s.add(ParticipantRating(device_hash=device, step_id=step.id, rating_id=rating_id))
            _remember(s, session_id, key_hash, "rating", rating_id)
            return Outcome("rating", rating_id)

    return _once(lib, key_hash, write)


# --- what a phone sees ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VoteNote:
    id: str
    text: str
    cluster: str | None
    mine: int
    votes: int | None  # None until the facilitator reveals the totals


@dataclass(frozen=True, slots=True)
class RoomState:
    """The room as one phone sees it (``device`` None: as any phone sees it)."""

    session_title: str
    session_status: str
    language: str
    room_code: str
    step_id: str | None
    step_kind: str | None
    step_title: str
    question: str
    step_position: int | None
    step_count: int
    vote_budget: int | None = None  # vote steps only
    votes_left: int | None = None
    revealed: bool = False
    notes: tuple[VoteNote, ...] = ()
    my_rating: int | None = None  # evaluate steps only
    mark: str = ""  # changes whenever what a phone sees changes (for pushing to phones)


def room_state(lib: Library, session_id: str, device: str | None = None) -> RoomState:
    """The current step, its question and, by kind, the notes to vote on or this phone's
    rating. A handful of indexed reads; the server calls it per request."""
    with lib.read() as s:
        ws = _live_session(s, session_id)
        settings = s.get(ParticipantSettings, session_id)
        room_code = settings.room_code if settings else ""
        step_count = s.scalar(select(func.count()).where(Step.session_id == session_id))
        step = s.get(Step, ws.current_step_id) if ws.current_step_id else None
        base = dict(
            session_title=ws.title,
            session_status=ws.status,
            language=ws.language,
            room_code=room_code,
            step_count=step_count,
        )
        if step is None:
            state = RoomState(
                **base,
                step_id=None,
                step_kind=None,
                step_title="",
                question="",
                step_position=None,
            )
            return _marked(state, "")
        extra: dict = {}
        notes_mark = ""
        if step.kind == "vote":
            extra, notes_mark = _vote_view(s, session_id, step, device)
        elif step.kind == "evaluate" and device is not None:
            given = s.get(ParticipantRating, (device, step.id))
            rating = s.get(Rating, given.rating_id) if given else None
            extra["my_rating"] = rating.value if rating else None
        state = RoomState(
            **base,
            step_id=step.id,
            step_kind=step.kind,
            step_title=step.title,
            question=step.question,
            step_position=step.position,
            **extra,
        )
        return _marked(state, notes_mark)


def _vote_view(s: Session, session_id: str, step: Step, device: str | None) -> tuple[dict, str]:
    rows = s.execute(
        select(Note.id, Note.text, Note.votes, Note.updated_at, Cluster.name)
        .outerjoin(Cluster, Cluster.id == Note.cluster_id)
        .where(Note.session_id == session_id, Note.deleted.is_(False))
        .order_by(Cluster.name.is_(None), Cluster.name, Note.seq, Note.id)
    ).all()
    mine: dict[str, int] = {}
    if device is not None:
        mine = dict(
            s.execute(
                select(ParticipantVote.note_id, ParticipantVote.count).where(
                    ParticipantVote.device_hash == device, ParticipantVote.step_id == step.id
                )
            ).all()
        )
    notes = tuple(
        VoteNote(note_id, text, cluster, mine.get(note_id, 0), votes if step.revealed else None)
        for note_id, text, votes, _updated, cluster in rows
    )
    used = sum(n.mine for n in notes)
    latest = max((str(r[3]) for r in rows), default="")
    extra = {
        "vote_budget": step.vote_budget,
        "votes_left": None if device is None else max(0, step.vote_budget - used),
        "revealed": step.revealed,
        "notes": notes,
    }
    return extra, f"{len(rows)}|{latest}"


def _marked(state: RoomState, notes_mark: str) -> RoomState:
    parts = (
        state.session_status,
        state.step_id or "",
        state.step_kind or "",
        state.step_title,
        state.question,
        str(state.vote_budget),
        str(state.revealed),
        str(state.step_count),
        notes_mark,
    )
    mark = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
    return replace(state, mark=mark)


__all__ = [
    "ORIGIN_PHONE",
    "PHONE_NOTE_MAX",
    "Outcome",
    "ParticipationConflict",
    "PendingNoteInfo",
    "RoomSettings",
    "RoomState",
    "VoteNote",
    "VoteOutcome",
    "approve_pending",
    "check_key",
    "device_hash",
    "edit_pending",
    "list_pending",
    "new_join_token",
    "pending_count",
    "phone_rating",
    "phone_vote",
    "reject_pending",
    "room_settings",
    "room_state",
    "set_revealed",
    "set_room_settings",
    "set_vote_budget",
    "submit_phone_note",
]
