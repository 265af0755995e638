"""Sessions: hiding one (undoable until Verksted closes, then it is purged)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from workshop.errors import VerkstedError
from workshop.ui.commands.base import SimpleCommand


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
