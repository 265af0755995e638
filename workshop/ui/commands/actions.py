"""Actions: a new one from notes (run mode, mapping view) and changes in the actions view."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop.errors import VerkstedError
from workshop.services import actions as action_service
from workshop.services.dto import ActionInfo
from workshop.store.db import Library

if TYPE_CHECKING:
    from workshop.ui.actions_view import ActionsView


class AddActionCommand(QUndoCommand):
    """Stores a new action; undo removes it, redo brings it back as it was then."""

    def __init__(
        self, lib: Library, session_id: str, values: dict, report: Callable[[str], None]
    ) -> None:
        super().__init__(QCoreApplication.translate("ActionDialog", "New action"))
        self.lib, self.session_id, self.values = lib, session_id, dict(values)
        self.report = report
        self.action_id: str | None = None
        self.removed: ActionInfo | None = None

    def _run(self, change: Callable[[], None]) -> None:
        try:
            change()
        except VerkstedError as exc:
            self.setObsolete(True)
            from workshop.ui.action_dialog import _language

            self.report(exc.message(_language(None)))

    def redo(self) -> None:
        if self.action_id is None:

            def add() -> None:
                self.action_id = action_service.add_action(self.lib, self.session_id, **self.values)

            self._run(add)
        elif self.removed is not None:
            removed = self.removed
            self._run(lambda: action_service.restore_action(self.lib, removed))

    def undo(self) -> None:
        if self.action_id is None:
            return

        def remove() -> None:
            self.removed = action_service.delete_action(self.lib, self.action_id)

        self._run(remove)


class ChangeActionCommand(QUndoCommand):
    """One change to one action (status, comment, story, or the dialog's fields)."""

    def __init__(self, view: ActionsView, action: ActionInfo, after: dict, text: str) -> None:
        super().__init__(text)
        self.view, self.action_id = view, action.id
        self.before = {key: getattr(action, key) for key in after}
        self.after = dict(after)

    def redo(self) -> None:
        if not self.view.apply_change(self.action_id, self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.view.apply_change(self.action_id, self.before):
            self.setObsolete(True)
