"""Sessions: hiding one (undoable until Verksted closes, then it is purged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop.errors import VerkstedError

if TYPE_CHECKING:
    from workshop.ui.sessions_page import SessionsPage


class DeleteSessionCommand(QUndoCommand):
    """Hides a session; undo brings it back. Hidden sessions are purged when the app closes."""

    def __init__(self, page: SessionsPage, session_id: str, title: str) -> None:
        text = QCoreApplication.translate("SessionsPage", "Delete “%1”")
        super().__init__(text.replace("%1", title))
        self.page, self.session_id = page, session_id

    def _set(self, deleted: bool) -> None:
        try:
            from workshop.services.sessions import set_session_deleted

            set_session_deleted(self.page.lib, self.session_id, deleted)
        except VerkstedError as exc:
            self.setObsolete(True)
            self.page.show_error(exc)
        self.page.refresh()

    def redo(self) -> None:
        self._set(True)

    def undo(self) -> None:
        self._set(False)
