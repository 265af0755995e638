"""Deleting a session for good (privacy, GDPR): from the library, every backup and every copy.

A purge is remembered before anything is deleted: the deletion of the session's rows commits in
one transaction with an entry in the library's purge journal (``library_info`` key
``purge:<id>``: the session's id and when the purge began, nothing of its content). Then the
library file is rewritten (checkpoint, VACUUM), every backup scrubbed, the leftovers of killed
backups and imports removed (:mod:`workshop.store.scrub`), and only when nothing is left does
the journal entry go. A purge that was killed at any point, or that found the library held open
by a reader or a backup locked, is finished by purging again (:func:`resolve_purge` finds it by
the session's id), and :func:`purge_deleted_sessions` (the app, when it closes) finishes any
that are pending.

The session's id alone stays, in ``purged_sessions``, so that an old copy of it is not imported
again without a yes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from workshop.errors import InvalidInputError, NotFoundError
from workshop.services.refs import MIN_PREFIX, resolve_prefix
from workshop.store.db import BUSY_TIMEOUT_MS, Library
from workshop.store.models import LibraryInfo, PurgedSession, WorkshopSession, utcnow
from workshop.store.scrub import BUSY, IN_USE, Leftover, scrub_backups, scrub_import_copies

__all__ = [
    "BUSY",
    "IN_USE",
    "LIBRARY_READ",
    "PurgeReport",
    "pending_purges",
    "purge_deleted_sessions",
    "purge_session",
    "resolve_purge",
]

JOURNAL_PREFIX = "purge:"
# How long a purge waits for another connection's read of the library before it tells that the
# text is still in the file (the read keeps the old pages there).
WAIT_FOR_READERS_MS = BUSY_TIMEOUT_MS
LIBRARY_READ = "reader"  # a Leftover reason: the library itself, held by another connection


@dataclass(frozen=True)
class PurgeReport:
    """What a purge did: complete, or which files still hold the session (run it again)."""

    session_id: str
    title: str | None  # None when a purge begun earlier was finished (the title went first)
    skipped: list[Leftover] = field(default_factory=list)  # not libraries: the user is told
    pending: list[Leftover] = field(default_factory=list)  # still hold the text

    @property
    def complete(self) -> bool:
        return not self.pending


def journal_key(session_id: str) -> str:
    return f"{JOURNAL_PREFIX}{session_id}"


def pending_purges(lib: Library) -> dict[str, str]:
    """The purges begun and not finished: session id → when the purge began (ISO 8601, UTC)."""
    with lib.read() as s:
        rows = s.scalars(select(LibraryInfo).where(LibraryInfo.key.startswith(JOURNAL_PREFIX)))
        return {r.key[len(JOURNAL_PREFIX) :]: json.loads(r.value)["started"] for r in rows}


def resolve_purge(lib: Library, ref: str) -> tuple[str, str | None, bool]:
    """The session ``ref`` names (a unique prefix of its id), or a purge of it left unfinished:
    ``(id, title, pending)``; the title of a session whose purge is pending is gone (None)."""
    try:
        session_id = resolve_prefix(lib, WorkshopSession.id, ref, "session_not_found")
    except NotFoundError:
        ref = ref.strip().lower()
        matches = [i for i in pending_purges(lib) if i.startswith(ref)]
        if len(matches) > 1:
            raise InvalidInputError("ref_ambiguous", ref=ref) from None
        if not matches or len(ref) < MIN_PREFIX:
            raise
        return matches[0], None, True
    with lib.read() as s:
        return session_id, s.get(WorkshopSession, session_id).title, False


def purge_session(lib: Library, session_id: str, *, wait_ms: int | None = None) -> PurgeReport:
    """Delete a session for good, or finish a purge of it that was interrupted (see the module).

    ``wait_ms``: how long to wait for another connection's read before telling that the text is
    still in the library file (default :data:`WAIT_FOR_READERS_MS`).
    """
    wait_ms = WAIT_FOR_READERS_MS if wait_ms is None else wait_ms
    key = journal_key(session_id)
    with lib.write() as s:
        ws = s.get(WorkshopSession, session_id)
        entry = s.get(LibraryInfo, key)
        if ws is None and entry is None:
            raise NotFoundError("session_not_found", ref=session_id)
        title = None
        if ws is not None:
            title = ws.title
            started = utcnow().isoformat(timespec="seconds")
            s.merge(LibraryInfo(key=key, value=json.dumps({"started": started})))
            s.delete(ws)  # and with it every row that belongs to it (foreign keys cascade)
            if s.get(PurgedSession, session_id) is None:
                s.add(PurgedSession(id=session_id))
    if lib.is_server:  # a team server keeps no backups of Verksted's own, nor a file to rewrite
        return _finish(lib, PurgeReport(session_id, title))
    pending: list[Leftover] = []
    if not lib.scrub(wait_ms):
        pending.append(Leftover(Path(lib.path), LIBRARY_READ))
    left = scrub_backups(lib.path, session_id, keys=(key,))
    left += scrub_import_copies(session_id)
    skipped = [x for x in left if x.reason not in (BUSY, IN_USE)]
    pending += [x for x in left if x.reason in (BUSY, IN_USE)]
    return _finish(lib, PurgeReport(session_id, title, skipped, pending))


def _finish(lib: Library, report: PurgeReport) -> PurgeReport:
    """A complete purge forgets its journal entry."""
    if report.complete:
        with lib.write() as s:
            entry = s.get(LibraryInfo, journal_key(report.session_id))
            if entry is not None:
                s.delete(entry)
    return report


def purge_deleted_sessions(lib: Library, reports: list[PurgeReport] | None = None) -> int:
    """Delete for good every session the user deleted in this run of the app, and finish any
    purge left unfinished. Returns how many sessions were purged; each purge's report is added
    to ``reports`` (when given), so that the caller can say what is not yet gone."""
    with lib.read() as s:
        ids = list(s.scalars(select(WorkshopSession.id).where(WorkshopSession.deleted.is_(True))))
    for session_id in [*ids, *(i for i in pending_purges(lib) if i not in ids)]:
        report = purge_session(lib, session_id)
        if reports is not None:
            reports.append(report)
    return len(ids)
