"""Packing a session into a ``.verksted`` file, and unpacking one into the library.

:func:`merge_session` is the one merge of a session's copy into a library, in one transaction
of that library: an unpacked file, and both directions of team sync (into the server, into the
laptop), go through it. ``dry_run`` rolls it back after counting, so the summary it shows is
exactly what an import would do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError

import workshop
from workshop.errors import NotFoundError
from workshop.services.exchange.merge import Merger, MergeSummary, local_rows
from workshop.services.exchange.pending import hold
from workshop.store.changes import touch
from workshop.store.db import Library
from workshop.store.locks import lock_of
from workshop.store.models import PurgedSession, WorkshopSession, utcnow
from workshop.store.sessionfile import (
    TABLES,
    SessionFileContent,
    SessionFileError,
    read_session_file,
    write_session_file,
)


@dataclass(frozen=True)
class PackResult:
    path: Path
    size: int
    notes: int
    photos: int


class PurgedSessionError(SessionFileError):
    """The file holds a session that was deleted for good here; importing needs a yes."""


def pack_session(lib: Library, session_id: str, path: Path | str) -> PackResult:
    """Write one session, with everything that belongs to it, to a ``.verksted`` file."""
    content = session_content(lib, session_id)
    size = write_session_file(Path(path), content)
    return PackResult(Path(path), size, content.count("notes"), content.count("attachments"))


def session_content(lib: Library, session_id: str) -> SessionFileContent:
    with lib.read() as s:
        return read_content(s, lib.device_id, session_id)


def read_content(s, device_id: str, session_id: str) -> SessionFileContent:
    """A session and everything that belongs to it, as read in the transaction of ``s``."""
    ws = s.get(WorkshopSession, session_id)
    if ws is None:
        raise NotFoundError("session_not_found", ref=session_id)
    conn = s.connection()
    content = SessionFileContent(
        meta={
            "session_id": session_id,
            "title": ws.title[:300],
            "device_id": device_id,
            "packed_at": utcnow().isoformat(timespec="seconds"),
            "app_version": workshop.__version__,
        }
    )
    for name in TABLES:
        content.rows[name] = local_rows(conn, name, session_id)
    # A deleted note travels as a tombstone: no text, no versions (its tags and votes carry no
    # words, and keep a restore elsewhere complete).
    deleted = set()
    for row in content.rows["notes"]:
        if row["deleted"]:
            row["text"] = ""
            deleted.add(row["id"])
    if deleted:
        content.rows["note_versions"] = [
            v for v in content.rows["note_versions"] if v["note_id"] not in deleted
        ]
    return content


class _DryRun(Exception):
    def __init__(self, summary: MergeSummary) -> None:
        self.summary = summary


class MergeHooks:
    """What a caller of :func:`merge_session` adds inside its transaction (team sync records
    there what the laptop and the server now share)."""

    def before(self, s) -> None:
        """Inside the transaction, under its locks, before anything is merged."""

    def after(self, s, summary: MergeSummary, wrote: bool) -> bool:
        """After the merge, before the commit; True to commit even when nothing was merged."""
        return False


def unpack_session(
    lib: Library,
    path: Path | str | None = None,
    *,
    content: SessionFileContent | None = None,
    dry_run: bool = False,
    allow_purged: bool = False,
) -> MergeSummary:
    """Add the file's session to the library, or merge it into the copy already there."""
    if content is None:
        content = read_session_file(path)
    file_name = Path(path).name if path is not None else ""
    return merge_session(
        lib, content, file_name=file_name, dry_run=dry_run, allow_purged=allow_purged
    )


def merge_session(
    lib: Library,
    content: SessionFileContent,
    *,
    file_name: str = "",
    dry_run: bool = False,
    allow_purged: bool = False,
    hooks: MergeHooks | None = None,
) -> MergeSummary:
    """Merge a copy of one session into the library, all or nothing, in one transaction."""
    hooks = hooks or MergeHooks()
    session_id = content.session_id
    try:
        with lib.write(session_id=session_id) as s:
            s.info["merging"] = True
            hooks.before(s)
            purged = s.get(PurgedSession, session_id)
            if purged is not None:
                if not allow_purged:
                    raise PurgedSessionError(
                        "session_file_purged",
                        file=file_name,
                        title=content.meta.get("title", ""),
                        date=purged.purged_at.date().isoformat(),
                    )
                s.delete(purged)
                s.flush()
            merger = Merger(s.connection(), lib.device_id, content, file_name)
            if purged is None and lock_of(s, session_id) is not None:
                return _held(s, merger, content, file_name, dry_run, hooks)
            summary = merger.run()
            summary.dry_run = dry_run
            if dry_run:
                raise _DryRun(summary)
            if merger.wrote or purged is not None:
                touch(s, session_id)
            keep = hooks.after(s, summary, merger.wrote)
            if not merger.wrote and purged is None and not keep:
                # Nothing to write: roll back, so not even the library's change mark moves.
                raise _DryRun(summary)
            return summary
    except _DryRun as done:
        return done.summary
    except IntegrityError as exc:  # a crafted file the row checks could not see through
        detail = str(exc.orig).splitlines()[0] if exc.orig else "integrity"
        raise SessionFileError("session_file_invalid", file=file_name, detail=detail) from None


def _held(s, merger: Merger, content, file_name: str, dry_run: bool, hooks: MergeHooks):
    """A copy of a session whose minutes are approved: merged only to see what it would change
    (rolled back to a savepoint), and held as a pending revision if anything."""
    savepoint = s.begin_nested()
    s.connection()  # the SAVEPOINT is set when the connection is next asked for
    try:
        summary = merger.run()
        wrote = merger.wrote
    finally:
        savepoint.rollback()
    summary.dry_run = dry_run
    summary.pending = wrote
    if dry_run:
        raise _DryRun(summary)
    if wrote:
        hold(s, content, summary, file_name=file_name)
    keep = hooks.after(s, summary, False)
    if not wrote and not keep:
        raise _DryRun(summary)
    return summary
