"""The library's tables as a typed SQLAlchemy 2 ORM.

Every row that can travel between laptops carries a UUID primary key, an ``updated_at`` stamp and
the id of the device that last changed it. Types are portable (no SQLite-only types) so another
database can be used later.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workshop.domain.vocabulary import (
    ACTION_STATUSES,
    DEFAULT_COLOUR,
    DEFAULT_VOTE_BUDGET,
    GROUP_MAX_LENGTH,
    MANUAL,
    SESSION_STATUSES,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class Tracked:
    """Columns every travelling row has.

    ``stamps`` holds the hybrid-logical-clock stamp of the row's creation (key ``*``) and of every
    field changed since (key = column name); merging copies keeps, per field, the later stamp.
    ``None`` on rows written before stamps existed: their stamp is derived from ``updated_at``.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    stamps: Mapped[dict[str, Any] | None]


class LibraryInfo(Base):
    """Key/value facts about the library itself (device id, last change)."""

    __tablename__ = "library_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PurgedSession(Base):
    """A session deleted for good; remembered by id only so an old copy cannot bring it back."""

    __tablename__ = "purged_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    purged_at: Mapped[datetime] = mapped_column(default=utcnow)


class SessionChange(Base):
    """When a session last changed here: a mark from the library's change counter.

    Marks only grow and are given in commit order, so "every session changed after mark N" is
    exact; team sync reads it to send and fetch only what changed. Purged sessions keep their
    row (the purge is a change too).
    """

    __tablename__ = "session_changes"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mark: Mapped[int] = mapped_column(BigInteger, index=True)


class TeamSync(Base):
    """What a laptop and one team server know they share of a session.

    ``local_mark``: this library's change mark of the session up to which the server has it;
    ``server_mark``: the server's mark up to which this library has it.
    """

    __tablename__ = "team_sync"
    team_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_mark: Mapped[int] = mapped_column(BigInteger, default=0)
    server_mark: Mapped[int] = mapped_column(BigInteger, default=0)


class WorkshopSession(Tracked, Base):
    __tablename__ = "sessions"

    title: Mapped[str] = mapped_column(String(300))
    template_id: Mapped[str] = mapped_column(String(100))
    template_name: Mapped[str] = mapped_column(String(200), default="")
    framework_id: Mapped[str] = mapped_column(String(100))
    framework_snapshot: Mapped[dict[str, Any]]
    date: Mapped[date | None]
    place: Mapped[str] = mapped_column(String(300), default="")
    archive_ref: Mapped[str] = mapped_column(String(100), default="")
    facilitators: Mapped[list[Any]] = mapped_column(default=list)
    participants_planned: Mapped[dict[str, Any]] = mapped_column(default=dict)
    participants_actual: Mapped[dict[str, Any]] = mapped_column(default=dict)
    language: Mapped[str] = mapped_column(String(8), default="nb")
    status: Mapped[str] = mapped_column(String(16), default=SESSION_STATUSES[0])
    current_step_id: Mapped[str | None] = mapped_column(String(36))  # where run mode is
    start_time: Mapped[time | None]  # booked start and end, for the agenda's clock times
    end_time: Mapped[time | None]
    finished_at: Mapped[datetime | None]  # the actual end (UTC), set when it is finished
    deleted: Mapped[bool] = mapped_column(  # undoable until the app closes
        default=False, server_default=false()
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    steps: Mapped[list[Step]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Step.position, Step.id)",
    )


class Step(Tracked, Base):
    __tablename__ = "steps"
    __table_args__ = (Index("ix_steps_session_position", "session_id", "position"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    prompt: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    actual_seconds: Mapped[int] = mapped_column(Integer, default=0)
    extra_seconds: Mapped[int] = mapped_column(  # time added while running (+1 / +5 min)
        Integer, default=0, server_default="0"
    )
    vote_budget: Mapped[int] = mapped_column(  # dots per person when this step is a vote
        Integer, default=DEFAULT_VOTE_BUDGET, server_default=str(DEFAULT_VOTE_BUDGET)
    )
    revealed: Mapped[bool] = mapped_column(  # vote totals shown to the room
        default=False, server_default=false()
    )

    session: Mapped[WorkshopSession] = relationship(back_populates="steps")


class Cluster(Tracked, Base):
    __tablename__ = "clusters"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    x: Mapped[float | None]
    y: Mapped[float | None]


class Note(Tracked, Base):
    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_session_seq", "session_id", "seq"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # capture order within the session
    step_id: Mapped[str | None] = mapped_column(
        ForeignKey("steps.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16), default=DEFAULT_COLOUR)
    participant_group: Mapped[str] = mapped_column(String(GROUP_MAX_LENGTH), default="")
    author: Mapped[str | None] = mapped_column(String(200))
    x: Mapped[float | None]
    y: Mapped[float | None]
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    votes: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(default=False)
    story: Mapped[bool] = mapped_column(  # an innovation story worth telling
        default=False, server_default=false()
    )
    origin: Mapped[str] = mapped_column(  # one of NOTE_ORIGINS
        String(16), default="", server_default=""
    )
    feedback: Mapped[str] = mapped_column(  # "keep", "change" (FEEDBACK_KINDS) or ""
        String(8), default="", server_default=""
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class NotePrinciple(Tracked, Base):
    __tablename__ = "note_principles"
    __table_args__ = (UniqueConstraint("note_id", "principle"),)

    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    principle: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default=MANUAL)  # one of TAG_SOURCES


class NoteFocusArea(Tracked, Base):
    __tablename__ = "note_focus_areas"
    __table_args__ = (UniqueConstraint("note_id", "focus_area"),)

    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"))
    focus_area: Mapped[str] = mapped_column(String(100))


class Action(Tracked, Base):
    __tablename__ = "actions"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default=ACTION_STATUSES[0])
    comment: Mapped[str] = mapped_column(Text, default="")
    principles: Mapped[list[Any]] = mapped_column(default=list)
    story: Mapped[bool] = mapped_column(  # an innovation story worth telling
        default=False, server_default=false()
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Rating(Tracked, Base):
    """One participant's 1–5 rating of the session itself, given in an ``evaluate`` step."""

    __tablename__ = "ratings"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[str | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))
    value: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ActionNote(Tracked, Base):
    __tablename__ = "action_notes"
    __table_args__ = (UniqueConstraint("action_id", "note_id"),)

    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)


class Attachment(Tracked, Base):
    """A photo of the wall or a flipchart, stored in the library so it travels with the session.

    The bytes are a re-encoded JPEG without any metadata (no EXIF, no GPS).
    """

    __tablename__ = "attachments"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[str | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))
    caption: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(64), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class NoteVersion(Base):
    """One version of a note's text. ``parents`` are the versions it was written over: two
    versions written apart from the same parent are both heads, a conflict to resolve."""

    __tablename__ = "note_versions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    parents: Mapped[list[Any]] = mapped_column(default=list)
    stamp: Mapped[str] = mapped_column(String(80))
    device_id: Mapped[str] = mapped_column(String(36))


class NoteVote(Base):
    """Votes on a note given on one device: a counter of adds and removes (summed for display)."""

    __tablename__ = "note_votes"

    note_id: Mapped[str] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    adds: Mapped[int] = mapped_column(Integer, default=0)
    removes: Mapped[int] = mapped_column(Integer, default=0)


class Tombstone(Base):
    """A row deleted from a travelling table, so the deletion reaches the other copies.

    ``row_key`` is the row's id, or its natural key for tags and action links. ``data`` keeps
    the row's last values (never note text or photo bytes) so a later edit elsewhere can bring
    it back consistently; ``stamps`` are its field stamps plus ``_deleted``.
    """

    __tablename__ = "tombstones"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    stamps: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- the participant server: local to this library, never in a session file ---


class ParticipantSettings(Base):
    """How phones take part in one session on this laptop.

    ``join_token`` ends the join URL (so a phone's saved link and queued notes still work after
    the server restarts); ``salt`` makes the stored device hashes useless anywhere else.
    """

    __tablename__ = "participant_settings"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    auto_accept: Mapped[bool] = mapped_column(default=False)  # False: the moderation queue
    word_filter: Mapped[bool] = mapped_column(default=True)
    room_code: Mapped[str] = mapped_column(String(16))
    join_token: Mapped[str] = mapped_column(String(64))
    salt: Mapped[str] = mapped_column(String(64))


class PendingNote(Base):
    """A phone's note waiting for the facilitator; a rejected one is deleted, not kept."""

    __tablename__ = "pending_notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[str | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ParticipantKey(Base):
    """A request a phone already made: the hash of (device, client key) and what came of it.

    ``outcome`` is ``note``, ``pending``, ``rejected``, ``vote`` or ``rating``; ``ref`` the id
    of the row it made (for a rejected note, the id it had in the queue, so undo finds it).
    """

    __tablename__ = "participant_keys"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ParticipantVote(Base):
    """Dots one phone (by the hash of its device token) gave a note on one vote step."""

    __tablename__ = "participant_votes"

    device_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    step_id: Mapped[str] = mapped_column(
        ForeignKey("steps.id", ondelete="CASCADE"), primary_key=True
    )
    note_id: Mapped[str] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    count: Mapped[int] = mapped_column(Integer, default=0)


class ParticipantRating(Base):
    """Which rating one phone gave on one evaluate step (so it changes it instead of adding)."""

    __tablename__ = "participant_ratings"

    device_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    step_id: Mapped[str] = mapped_column(
        ForeignKey("steps.id", ondelete="CASCADE"), primary_key=True
    )
    rating_id: Mapped[str] = mapped_column(ForeignKey("ratings.id", ondelete="CASCADE"), index=True)


# --- approved minutes: local to this library, never in a session file ---


class Approval(Base):
    """One approval of a session's minutes: who approved them, when, and the PDF they approved.

    The latest approval of a session without ``reopened_at`` locks the session
    (:mod:`workshop.store.locks`). ``snapshot`` is what the approved minutes showed (notes,
    tags, votes, clusters), so the next version can list what changed since. Approvals belong to
    the library that approved (the archive's copy): they do not travel, and what reaches an
    approved session from elsewhere waits as a :class:`PendingRevision`.
    """

    __tablename__ = "approvals"
    __table_args__ = (UniqueConstraint("session_id", "version"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_at: Mapped[datetime] = mapped_column(default=utcnow)
    language: Mapped[str] = mapped_column(String(8), default="nb")
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")  # why the version before was reopened
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[str] = mapped_column(String(200), default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class PendingRevision(Base):
    """Changes to an approved session that came from a session file or team sync.

    ``content`` is the incoming copy of the session as a session file (read back through the
    same checks as any file); ``summary`` what merging it would change. They are merged when the
    session is reopened.
    """

    __tablename__ = "pending_revisions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(300), default="")  # a file name, or "" for sync
    team: Mapped[bool] = mapped_column(default=False)  # True: from the team library
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content: Mapped[bytes] = mapped_column(LargeBinary)
