"""Approving a session's minutes: write the tagged PDF/A-2a minutes and record them as approved.

The PDF is the ordinary minutes (:mod:`workshop.export.minutes_pdf`); from version 2 on it opens
with the revision section (the reason, and what changed since the version before). The bytes
recorded in the library are the bytes of the file written, so its SHA-256 is the file's.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from workshop.atomic import atomic_path
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.services import approval
from workshop.services.approval import ApprovalInfo
from workshop.services.library import Library
from workshop.services.minutes import build_minutes


@contextmanager
def _target(pdf_path: Path | None) -> Iterator[Path]:
    """Where to write: beside ``pdf_path`` (renamed into place after the approval is recorded),
    or a private temporary file."""
    if pdf_path is not None:
        with atomic_path(pdf_path) as tmp:
            yield tmp
        return
    with tempfile.TemporaryDirectory(prefix="verksted-approval-") as folder:
        yield Path(folder) / "minutes.pdf"


def approve_minutes(
    lib: Library,
    session_id: str,
    *,
    by: str,
    pdf_path: Path | str | None = None,
    language: str | None = None,
) -> ApprovalInfo:
    """Approve the session's minutes as they are now; also write them to ``pdf_path``.

    Nothing is recorded (and no file written) if the session changed while the PDF was being
    written, is approved already, or the name is empty.
    """
    state = approval.approval_state(lib, session_id)
    approval.check_name(by)
    data = build_minutes(lib, session_id, language=language)
    if data.revision is not None:
        data = replace(data, revision=replace(data.revision, draft=False))
    with _target(Path(pdf_path) if pdf_path is not None else None) as path:
        write_minutes_pdf(data, path)
        pdf = path.read_bytes()
        return approval.approve(
            lib, state, by=by, pdf=pdf, snapshot=data.snapshot(), language=data.language
        )


def write_approved_pdf(lib: Library, session_id: str, path: Path | str, version: int | None = None):
    """Write the approved PDF kept in the library (the latest, or ``version``) to ``path``."""
    pdf = approval.approved_pdf(lib, session_id, version)
    with atomic_path(path) as tmp:
        tmp.write_bytes(pdf)
    return len(pdf)
