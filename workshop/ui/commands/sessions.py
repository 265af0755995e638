"""Sessions: hiding one (undoable until Verksted closes, then it is purged), changing its
details, finishing and reopening it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from workshop.errors import VerkstedError
from workshop.ui.commands.base import BoardCommand, SimpleCommand

if TYPE_CHECKING:
    from workshop.ui.board.model import BoardModel


class SessionsPageLike(Protocol):
    """What deleting a session needs of the page that lists the sessions.

    The page owns its undo stack; a page built again (after a language switch) takes the stack
    over, so the commands reach the page through the stack's parent, the page shown now.
    """

    lib: object
    undo_stack: QUndoStack

    def report_error(self, exc: VerkstedError) -> None: ...

    def refresh(self) -> None: ...


def _set_deleted(lib, session_id: str, deleted: bool) -> None:
    from workshop.services.sessions import set_session_deleted  # not at start: SQLAlchemy

    set_session_deleted(lib, session_id, deleted)


class DeleteSessionCommand(SimpleCommand):
    """Hides a session; undo brings it back. Hidden sessions are purged when the app closes."""

    def __init__(self, page: SessionsPageLike, session_id: str, title: str) -> None:
        text = QCoreApplication.translate("SessionsPage", "Delete “%1”")
        lib, stack = page.lib, page.undo_stack
        super().__init__(
            text.replace("%1", title),
            redo=lambda: _set_deleted(lib, session_id, True),
            undo=lambda: _set_deleted(lib, session_id, False),
            report=lambda exc: stack.parent().report_error(exc),
            done=lambda: stack.parent().refresh(),
        )
        self.session_id = session_id


DETAIL_FIELDS = (
    "title",
    "session_date",
    "start_time",
    "end_time",
    "place",
    "facilitators",
    "archive_ref",
    "participants_planned",
)


def session_details(session) -> dict:
    """The fields of the details dialog, as :func:`update_session` takes them."""
    return {
        "title": session.title,
        "session_date": session.date,
        "start_time": session.start_time,
        "end_time": session.end_time,
        "place": session.place,
        "facilitators": list(session.facilitators),
        "archive_ref": session.archive_ref,
        "participants_planned": dict(session.participants_planned),
    }


class SessionDetailsCommand(SimpleCommand):
    """The session's details changed in one go; undo puts every field back as it was."""

    def __init__(self, lib, session_id: str, before: dict, after: dict, report, done) -> None:
        from workshop.services.sessions import update_session  # not at start: SQLAlchemy

        def store(values: dict) -> None:
            update_session(lib, session_id, **values, replace_planned=True)

        super().__init__(
            QCoreApplication.translate("SessionDetailsDialog", "Change the session's details"),
            redo=lambda: store(after),
            undo=lambda: store(before),
            report=report,
            done=done,
        )
        self.session_id = session_id


class SessionStatusCommand(BoardCommand):
    """Finish the open session (its actual end is recorded) or reopen it."""

    def __init__(self, model: BoardModel, status: str) -> None:
        text = (
            QCoreApplication.translate("RunView", "Finish the session")
            if status == "finished"
            else QCoreApplication.translate("RunView", "Reopen the session")
        )
        super().__init__(model, text)
        session = model.session
        self.before = (session.status, session.finished_at)
        self.status = status
        self.finished_at = None  # the end recorded by the first redo, kept for the next

    def _set(self, status: str, finished_at) -> None:
        from workshop.services.sessions import update_session

        def apply() -> None:
            if finished_at is None:
                update_session(self.model.lib, self.model.session_id, status=status)
            else:
                update_session(
                    self.model.lib, self.model.session_id, status=status, finished_at=finished_at
                )

        if self._run(apply):
            self.model.reload_session()

    def redo(self) -> None:
        self._set(self.status, self.finished_at)
        if self.finished_at is None:
            self.finished_at = self.model.session.finished_at

    def undo(self) -> None:
        self._set(*self.before)
