"""Actions: a new one from notes (run mode, mapping view) and changes in the actions view."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from workshop.errors import VerkstedError
from workshop.services import actions as action_service
from workshop.services.dto import ActionInfo
from workshop.services.library import Library
from workshop.ui.commands.base import ErrorReport, ServiceCommand, alive


class AddActionCommand(ServiceCommand):
    """Stores a new action; undo removes it, redo brings it back as it was then."""

    def __init__(self, lib: Library, session_id: str, values: dict, report: ErrorReport) -> None:
        super().__init__(QCoreApplication.translate("ActionDialog", "New action"), report)
        self.done_text = QCoreApplication.translate("ActionDialog", "Action created")
        self.lib, self.session_id, self.values = lib, session_id, dict(values)
        self.action_id: str | None = None
        self.removed: ActionInfo | None = None

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


class ActionsViewLike(Protocol):
    """What a change to an action needs of the view that shows the actions."""

    lib: Library

    def report_error(self, exc: VerkstedError) -> None: ...

    def show_action(self, action: ActionInfo) -> None: ...


class ChangeActionCommand(ServiceCommand):
    """One change to one action (status, comment, story, or the dialog's fields)."""

    def __init__(self, view: ActionsViewLike, action: ActionInfo, after: dict, text: str) -> None:
        super().__init__(text, view.report_error)
        self.view, self.action_id = view, action.id
        self.before = {key: getattr(action, key) for key in after}
        self.after = dict(after)

    def _set(self, fields: dict) -> None:
        stored: list[ActionInfo] = []

        def apply() -> None:
            action_service.update_action(self.view.lib, self.action_id, **fields)
            stored.append(action_service.get_action(self.view.lib, self.action_id))

        if self._run(apply) and alive(self.view.show_action):
            self.view.show_action(stored[0])

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)
