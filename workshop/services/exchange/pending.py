"""Changes that reach an approved session from elsewhere: held as pending revisions.

A session file or team sync that would change a locked session (approved minutes,
:mod:`workshop.store.locks`) does not change it: :func:`hold`, inside the merge's transaction,
keeps the incoming copy (as a session file's bytes) with a summary of what merging it would
change. :func:`workshop.services.approval.take_in`, after the session is reopened, merges each
held copy through the same :func:`~workshop.services.exchange.pack.merge_session` as any file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from workshop.services.exchange.merge import MergeSummary
from workshop.store.models import PendingRevision, utcnow
from workshop.store.sessionfile import SessionFileContent, read_session_file, write_session_file


def _as_bytes(content: SessionFileContent) -> bytes:
    with tempfile.TemporaryDirectory(prefix="verksted-pending-") as folder:
        path = Path(folder) / "pending.verksted"
        write_session_file(path, content)
        return path.read_bytes()


def from_bytes(data: bytes, name: str) -> SessionFileContent:
    with tempfile.TemporaryDirectory(prefix="verksted-pending-") as folder:
        path = Path(folder) / (name or "pending.verksted")
        path.write_bytes(data)
        return read_session_file(path)  # the same checks as any file from elsewhere


def summary_of(summary: MergeSummary) -> dict:
    """What a held copy would change, as shown in ``show`` and the GUI."""
    return {
        "notes_new": summary.notes.new,
        "notes_updated": summary.notes.updated,
        "other_new": summary.other.new,
        "other_updated": summary.other.updated,
        "conflicts": summary.conflicts,
    }


def hold(s, content: SessionFileContent, summary: MergeSummary, *, file_name: str) -> None:
    """Keep ``content`` as a pending revision of its (locked) session, in the transaction of
    ``s``. ``file_name`` empty: it came from the team library."""
    s.add(
        PendingRevision(
            session_id=content.session_id,
            source=Path(file_name).name[:300] if file_name else "",
            team=not file_name,
            received_at=utcnow(),
            summary=summary_of(summary),
            content=_as_bytes(content),
        )
    )
