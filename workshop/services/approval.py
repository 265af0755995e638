"""The review cycle of a session's minutes: draft → approved → (reopened → approved again).

Approving keeps the approved PDF in the library with who approved it, when and its SHA-256, and
a snapshot of what the minutes showed; from then on the session is locked
(:mod:`workshop.store.locks`: every write to it is refused). Reopening, with a reason, unlocks it
and takes in the changes that reached it from session files or team sync while it was approved
(:mod:`workshop.services.exchange.pending`); the next approval is the next version, whose minutes
list what changed since the version before (:func:`minutes_revision`).

Approvals are this library's own record (the archive's copy): they do not travel in session
files or team sync. Each function is one transaction. The PDF itself is written by the export
layer (:mod:`workshop.export.approval`), which hands its bytes to :func:`approve`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.dto import ClusterInfo, NoteInfo, SessionInfo
from workshop.store.changes import session_mark, touch
from workshop.store.db import Library
from workshop.store.locks import lock_of, set_locked
from workshop.store.models import Approval, PendingRevision, WorkshopSession, utcnow
from workshop.store.sql import Sql

NAME_MAX_LENGTH = 200
REASON_MAX_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class ApprovalInfo:
    id: str
    session_id: str
    version: int
    approved_by: str
    approved_at: datetime
    language: str
    sha256: str
    size: int  # bytes of the kept PDF
    reason: str  # why the version before was reopened ("" for version 1)
    reopened_at: datetime | None
    reopened_by: str
    reopen_reason: str

    @property
    def locked(self) -> bool:
        return self.reopened_at is None

    def as_dict(self) -> dict:
        return {
            "version": self.version,
            "by": self.approved_by,
            "at": self.approved_at.isoformat(timespec="seconds"),
            "sha256": self.sha256,
            "size": self.size,
            "language": self.language,
            "reason": self.reason or None,
            "reopened_at": (
                self.reopened_at.isoformat(timespec="seconds") if self.reopened_at else None
            ),
            "reopened_by": self.reopened_by or None,
            "reopen_reason": self.reopen_reason or None,
        }


@dataclass(frozen=True, slots=True)
class PendingInfo:
    id: str
    session_id: str
    source: str  # a file name; "" with ``team`` for team sync
    team: bool
    received_at: datetime
    summary: dict

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source or None,
            "team": self.team,
            "received_at": self.received_at.isoformat(timespec="seconds"),
            "changes": self.summary,
        }


@dataclass(frozen=True, slots=True)
class Change:
    """One line of a revision's change list. ``kind`` is one of :data:`CHANGE_KINDS`."""

    kind: str
    number: int | None  # the note's number in the appendix (for a removed one: in the old version)
    text: str  # the note's text (for a removed one: its last approved text)
    before: str = ""
    after: str = ""
    # a "tags" change: the principles' numbers and the focus areas' ids before and after
    tags_before: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())
    tags_after: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())


# The groups of a change list, in the order the minutes show them.
CHANGE_KINDS = ("details", "added", "changed", "removed", "tags", "votes", "clusters")


@dataclass(frozen=True)
class Revision:
    """What the minutes of version ≥ 2 say about themselves."""

    version: int
    draft: bool  # True: reopened, not approved yet
    previous: int
    previous_by: str
    previous_at: datetime
    reopened_at: datetime | None
    reason: str
    changes: list[Change] = field(default_factory=list)

    def by_kind(self) -> list[tuple[str, list[Change]]]:
        return [
            (kind, [c for c in self.changes if c.kind == kind])
            for kind in CHANGE_KINDS
            if any(c.kind == kind for c in self.changes)
        ]


@dataclass(frozen=True, slots=True)
class ApprovalState:
    """Read before the minutes are written: :func:`approve` checks nothing changed since."""

    session_id: str
    title: str
    version: int  # the version an approval now would be
    mark: int  # the session's change mark


def _info(a: Approval) -> ApprovalInfo:
    return ApprovalInfo(
        id=a.id,
        session_id=a.session_id,
        version=a.version,
        approved_by=a.approved_by,
        approved_at=a.approved_at,
        language=a.language,
        sha256=a.sha256,
        size=len(a.pdf),
        reason=a.reason,
        reopened_at=a.reopened_at,
        reopened_by=a.reopened_by,
        reopen_reason=a.reopen_reason,
    )


def _session(s, session_id: str) -> WorkshopSession:
    ws = s.get(WorkshopSession, session_id)
    if ws is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return ws


def _approvals(s, session_id: str) -> list[Approval]:
    return list(
        s.scalars(
            select(Approval).where(Approval.session_id == session_id).order_by(Approval.version)
        )
    )


def _clean(text: str, limit: int, missing: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise InvalidInputError(missing)
    return text[:limit]


def check_name(by: str) -> str:
    """The approver's name as it is recorded (refused when empty)."""
    return _clean(by, NAME_MAX_LENGTH, "approval_name_missing")


def list_approvals(lib: Library, session_id: str) -> list[ApprovalInfo]:
    """Every approval of the session, oldest first (without the PDFs)."""
    with lib.read() as s:
        _session(s, session_id)
        return [_info(a) for a in _approvals(s, session_id)]


def current_lock(lib: Library, session_id: str) -> ApprovalInfo | None:
    """The approval that locks the session now, or None."""
    with lib.read() as s:
        approval = lock_of(s, session_id)
        return _info(approval) if approval is not None else None


def locked_sessions(lib: Library) -> set[str]:
    """The ids of every session that is locked now (for the sessions list)."""
    with lib.read() as s:
        latest: dict[str, datetime | None] = {}
        rows = s.execute(
            select(Approval.session_id, Approval.reopened_at).order_by(
                Approval.session_id, Approval.version
            )
        )
        for session_id, reopened_at in rows:
            latest[session_id] = reopened_at
        return {sid for sid, reopened in latest.items() if reopened is None}


def approved_pdf(lib: Library, session_id: str, version: int | None = None) -> bytes:
    """The approved PDF as kept in the library (the latest version if ``version`` is None)."""
    with lib.read() as s:
        ws = _session(s, session_id)
        approvals = _approvals(s, session_id)
        if version is not None:
            approvals = [a for a in approvals if a.version == version]
        if not approvals:
            raise NotFoundError("approval_version_not_found", title=ws.title, version=version or 1)
        return approvals[-1].pdf


def approval_state(lib: Library, session_id: str) -> ApprovalState:
    """Before the minutes are written for approval: refuses a session that is approved."""
    with lib.read() as s:
        ws = _session(s, session_id)
        approvals = _approvals(s, session_id)
        if approvals and approvals[-1].reopened_at is None:
            raise InvalidInputError(
                "approval_already", title=ws.title, version=approvals[-1].version
            )
        version = approvals[-1].version + 1 if approvals else 1
        return ApprovalState(
            session_id, ws.title, version, session_mark(Sql(s.connection()), session_id)
        )


def approve(
    lib: Library,
    state: ApprovalState,
    *,
    by: str,
    pdf: bytes,
    snapshot: dict,
    language: str,
) -> ApprovalInfo:
    """Record the approval of the minutes in ``pdf`` (written from the session as it was when
    ``state`` was read, :func:`approval_state`), and lock the session.

    Refused if the session changed since ``state`` was read (the PDF would not be what is
    locked) or was approved meanwhile.
    """
    by = check_name(by)
    with lib.write() as s:
        ws = _session(s, state.session_id)
        approvals = _approvals(s, state.session_id)
        if approvals and approvals[-1].reopened_at is None:
            raise InvalidInputError(
                "approval_already", title=ws.title, version=approvals[-1].version
            )
        version = approvals[-1].version + 1 if approvals else 1
        mark = session_mark(Sql(s.connection()), state.session_id)
        if version != state.version or mark != state.mark:
            raise InvalidInputError("approval_changed_meanwhile", title=ws.title)
        approval = Approval(
            session_id=state.session_id,
            version=version,
            approved_by=by,
            approved_at=utcnow(),
            language=language,
            sha256=hashlib.sha256(pdf).hexdigest(),
            pdf=pdf,
            snapshot=snapshot,
            reason=approvals[-1].reopen_reason if approvals else "",
            reopened_at=None,
            reopened_by="",
            reopen_reason="",
        )
        s.add(approval)
        s.flush()
        set_locked(s, state.session_id, True)
        touch(s, state.session_id)  # the sessions list (and team sync) see that it changed
        return _info(approval)


def reopen(lib: Library, session_id: str, *, reason: str, by: str = "") -> ApprovalInfo:
    """Unlock approved minutes; ``reason`` is shown in the next version. The changes waiting in
    pending revisions are taken in by :func:`workshop.services.exchange.pending.take_in`."""
    reason = _clean(reason, REASON_MAX_LENGTH, "approval_reason_missing")
    by = " ".join((by or "").split())[:NAME_MAX_LENGTH]
    with lib.write() as s:
        ws = _session(s, session_id)
        approval = lock_of(s, session_id)
        if approval is None:
            raise InvalidInputError("approval_not_approved", title=ws.title)
        approval.reopened_at = utcnow()
        approval.reopened_by = by
        approval.reopen_reason = reason
        s.flush()
        set_locked(s, session_id, False)
        touch(s, session_id)
        return _info(approval)


def list_pending(lib: Library, session_id: str) -> list[PendingInfo]:
    """Changes from elsewhere waiting for the session to be reopened, oldest first."""
    with lib.read() as s:
        rows = s.scalars(
            select(PendingRevision)
            .where(PendingRevision.session_id == session_id)
            .order_by(PendingRevision.received_at, PendingRevision.id)
        )
        return [
            PendingInfo(r.id, r.session_id, r.source, r.team, r.received_at, dict(r.summary))
            for r in rows
        ]


# --- what the minutes showed, and what changed since ---


def snapshot(
    session: SessionInfo,
    notes: Iterable[NoteInfo],
    clusters: Iterable[ClusterInfo],
    numbers: dict[str, int],
) -> dict:
    """What approved minutes show, in a form kept with the approval (JSON)."""
    names = {c.id: c.name for c in clusters}
    return {
        "session": {
            "title": session.title,
            "date": session.date.isoformat() if session.date else "",
            "place": session.place,
        },
        "notes": {
            n.id: {
                "n": numbers.get(n.id),
                "text": n.text,
                "principles": sorted(n.principles),
                "focus_areas": sorted(n.focus_areas),
                "votes": n.votes,
                "cluster": names.get(n.cluster_id or "", ""),
            }
            for n in notes
        },
    }


def changes_between(old: dict, new: dict) -> list[Change]:
    """The change list from snapshot ``old`` to ``new``, in :data:`CHANGE_KINDS` order and, in
    each group, in the order of the notes' numbers."""
    changes: list[Change] = []
    old_session, new_session = old.get("session", {}), new.get("session", {})
    for key in ("title", "date", "place"):
        before, after = old_session.get(key, ""), new_session.get(key, "")
        if before != after:
            changes.append(Change("details", None, key, str(before), str(after)))
    old_notes, new_notes = old.get("notes", {}), new.get("notes", {})

    def order(item: tuple[str, dict]) -> tuple[int, str]:
        return (item[1].get("n") or 0, item[0])

    for note_id, note in sorted(new_notes.items(), key=order):
        was = old_notes.get(note_id)
        n, text = note.get("n"), note.get("text", "")
        if was is None:
            changes.append(Change("added", n, text))
            continue
        if was.get("text") != text:
            changes.append(Change("changed", n, text, was.get("text", ""), text))
        before = (tuple(was.get("principles", [])), tuple(was.get("focus_areas", [])))
        after = (tuple(note.get("principles", [])), tuple(note.get("focus_areas", [])))
        if before != after:
            changes.append(
                Change(
                    "tags",
                    n,
                    text,
                    _tags(*before),
                    _tags(*after),
                    tags_before=before,
                    tags_after=after,
                )
            )
        if was.get("votes", 0) != note.get("votes", 0):
            changes.append(Change("votes", n, text, str(was.get("votes", 0)), str(note["votes"])))
        if was.get("cluster", "") != note.get("cluster", ""):
            changes.append(Change("clusters", n, text, was.get("cluster", ""), note["cluster"]))
    for note_id, was in sorted(old_notes.items(), key=order):
        if note_id not in new_notes:
            changes.append(Change("removed", was.get("n"), was.get("text", "")))
    rank = {kind: i for i, kind in enumerate(CHANGE_KINDS)}
    return sorted(changes, key=lambda c: rank[c.kind])  # stable: numbers stay in order


def _tags(principles: list, focus_areas: list) -> str:
    return ", ".join([*(str(p) for p in principles), *(str(f) for f in focus_areas)])


def minutes_revision(lib: Library, session_id: str, current: Callable[[], dict]) -> Revision | None:
    """The revision section of the minutes: for an approved version ≥ 2 what it changed, for a
    reopened session the draft of the next version (changes up to ``current()``, the snapshot
    of the minutes being written); None before the first approval and for version 1."""
    with lib.read() as s:
        approvals = _approvals(s, session_id)
        if not approvals:
            return None
        latest = approvals[-1]
        if latest.reopened_at is None:  # approved: the minutes are that version's
            if len(approvals) < 2:
                return None
            before = approvals[-2]
            return Revision(
                version=latest.version,
                draft=False,
                previous=before.version,
                previous_by=before.approved_by,
                previous_at=before.approved_at,
                reopened_at=before.reopened_at,
                reason=latest.reason,
                changes=changes_between(before.snapshot or {}, latest.snapshot or {}),
            )
        return Revision(
            version=latest.version + 1,
            draft=True,
            previous=latest.version,
            previous_by=latest.approved_by,
            previous_at=latest.approved_at,
            reopened_at=latest.reopened_at,
            reason=latest.reopen_reason,
            changes=changes_between(latest.snapshot or {}, current()),
        )


def take_in(lib: Library, session_id: str) -> int:
    """Merge every pending revision of a reopened session, oldest first; returns how many.

    One transaction each, the held copy deleted in the transaction of its merge (a take-in cut
    off half-way only repeats work); a held copy is read back through the checks of any file.
    """
    from workshop.services.exchange.pack import MergeHooks, merge_session
    from workshop.services.exchange.pending import from_bytes

    class _Done(MergeHooks):
        def __init__(self, pending_id: str) -> None:
            self.pending_id = pending_id

        def after(self, s, summary, wrote: bool) -> bool:
            row = s.get(PendingRevision, self.pending_id)
            if row is not None:
                s.delete(row)
            return True

    taken = 0
    for info in list_pending(lib, session_id):
        with lib.read() as s:
            row = s.get(PendingRevision, info.id)
            if row is None:
                continue
            data = row.content
        merge_session(lib, from_bytes(data, ""), file_name=info.source, hooks=_Done(info.id))
        taken += 1
    return taken
