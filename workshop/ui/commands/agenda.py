"""The agenda: steps added, duplicated, removed, moved and changed, and the booked hours.

Every redo and undo calls a service (one committed transaction per call), then the editor reads
the agenda again through ``get_session``. A service error is shown in a warning dialog and never
escapes into Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop.errors import NotFoundError, VerkstedError
from workshop.services import agenda as agenda_service
from workshop.services import participation
from workshop.services import sessions as session_service
from workshop.services.dto import StepInfo
from workshop.services.library import Library
from workshop.ui.commands.base import ServiceCommand, alive
from workshop.ui.labels import kind_label

translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate

MERGE_IDS = {
    "minutes": 2101,
    "kind": 2102,
    "vote_budget": 2104,
}  # runs of arrow keys or wheel turns merge
BOOKING_MERGE_ID = 2103


def _take_out(lib: Library, session_id: str, step_id: str) -> tuple[StepInfo, list[str]]:
    """Remove a step; return what restore needs: the step and the notes that were tied to it."""
    info = session_service.get_session(lib, session_id).step_by_id(step_id)
    if info is None:
        raise NotFoundError("step_not_found", ref=step_id)
    return info, agenda_service.remove_step(lib, session_id, step_id)


def _put_back(lib: Library, session_id: str, info: StepInfo, note_ids: list[str]) -> None:
    agenda_service.restore_step(lib, session_id, info, note_ids)


class AgendaEditorLike(Protocol):
    """What the agenda commands need of the editor that pushes them."""

    lib: Library
    session_id: str

    def report_error(self, exc: VerkstedError) -> None: ...

    def after_change(self, select_id: str | None) -> None: ...


class AgendaCommand(ServiceCommand):
    """Runs service calls, then refreshes the editor; a failure is reported, not raised.

    The commands keep the library and session themselves: they still work if the editor was
    closed meanwhile (its callbacks are then skipped).
    """

    def __init__(self, editor: AgendaEditorLike, text: str) -> None:
        super().__init__(text, editor.report_error)
        self.editor = editor
        self.lib = editor.lib
        self.session_id = editor.session_id

    def _change(self, action: Callable[[], None], select: Callable[[], str | None]) -> bool:
        """Run ``action``; when it was stored, show the agenda with ``select()`` selected."""
        if not self._run(action):
            return False
        if alive(self.editor.after_change):
            self.editor.after_change(select())
        return True


class AddStepCommand(AgendaCommand):
    """Add a step (or duplicate one); undo removes it, redo puts it back under the same id."""

    def __init__(
        self,
        editor: AgendaEditorLike,
        *,
        position: int | None = None,
        fields: dict | None = None,
        duplicate_of: str | None = None,
        previous: str | None = None,
    ) -> None:
        super().__init__(
            editor,
            translate("AgendaEditor", "Duplicate step")
            if duplicate_of
            else translate("AgendaEditor", "Add step"),
        )
        self.position = position
        self.fields = dict(fields or {})
        self.duplicate_of = duplicate_of
        self.previous = previous
        self.step_id: str | None = None
        self.removed: tuple[StepInfo, list[str]] | None = None

    def redo(self) -> None:
        def add() -> None:
            if self.removed is not None:
                _put_back(self.lib, self.session_id, *self.removed)
            elif self.duplicate_of is not None:
                self.step_id = agenda_service.duplicate_step(
                    self.lib, self.session_id, self.duplicate_of
                )
            else:
                self.step_id = agenda_service.add_step(
                    self.lib, self.session_id, position=self.position, **self.fields
                )

        self._change(add, lambda: self.step_id)

    def undo(self) -> None:
        def remove() -> None:
            self.removed = _take_out(self.lib, self.session_id, self.step_id)

        if self.step_id is not None:
            self._change(remove, lambda: self.previous)


class RemoveStepCommand(AgendaCommand):
    """Remove a step; undo restores it at its old position, with its id and its notes."""

    def __init__(self, editor: AgendaEditorLike, step: StepInfo) -> None:
        name = step.title or kind_label(step.kind)
        super().__init__(editor, translate("AgendaEditor", "Remove step “%1”").replace("%1", name))
        self.step_id = step.id
        self.removed: tuple[StepInfo, list[str]] | None = None

    def redo(self) -> None:
        def remove() -> None:
            self.removed = _take_out(self.lib, self.session_id, self.step_id)

        self._change(remove, lambda: None)

    def undo(self) -> None:
        if self.removed is not None:
            self._change(
                lambda: _put_back(self.lib, self.session_id, *self.removed), lambda: self.step_id
            )


class MoveStepCommand(AgendaCommand):
    def __init__(self, editor: AgendaEditorLike, step_id: str, old: int, new: int) -> None:
        super().__init__(editor, translate("AgendaEditor", "Move step"))
        self.step_id, self.old, self.new = step_id, old, new

    def _move(self, position: int) -> None:
        self._change(
            lambda: agenda_service.move_step(self.lib, self.session_id, self.step_id, position),
            lambda: self.step_id,
        )

    def redo(self) -> None:
        self._move(self.new)

    def undo(self) -> None:
        self._move(self.old)


class UpdateStepCommand(AgendaCommand):
    """Change one field of a step. Runs of minute or kind changes on one step merge into one."""

    def __init__(self, editor: AgendaEditorLike, step_id: str, field: str, old, new) -> None:
        labels = {
            "kind": translate("AgendaEditor", "Change step kind"),
            "title": translate("AgendaEditor", "Rename step"),
            "minutes": translate("AgendaEditor", "Change step time"),
            "prompt": translate("AgendaEditor", "Edit facilitator prompt"),
            "question": translate("AgendaEditor", "Edit participant question"),
            "vote_budget": translate("AgendaEditor", "Change votes per person"),
        }
        super().__init__(editor, labels[field])
        self.step_id, self.field, self.old, self.new = step_id, field, old, new
        self.pushed = False

    def id(self) -> int:
        return MERGE_IDS.get(self.field, -1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, UpdateStepCommand)
            or other.isObsolete()
            or other.step_id != self.step_id
            or other.field != self.field
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def _set(self, value, select: str | None) -> None:
        if self.field == "vote_budget":  # the one way in for a step's dots per person

            def store() -> None:
                participation.set_vote_budget(self.lib, self.session_id, self.step_id, value)
        else:

            def store() -> None:
                agenda_service.update_step(
                    self.lib, self.session_id, self.step_id, **{self.field: value}
                )

        self._change(store, lambda: select)

    def redo(self) -> None:
        # When pushed, the step is already where the user is (or the user just left it for
        # another one); a later redo or undo shows the step that changes.
        self._set(self.new, self.step_id if self.pushed else None)
        self.pushed = True

    def undo(self) -> None:
        self._set(self.old, self.step_id)


Booking = tuple[time | None, time | None]


class BookingCommand(AgendaCommand):
    """Set or clear the booked hours. A run of changes to one of the two times merges."""

    def __init__(self, editor: AgendaEditorLike, old: Booking, new: Booking) -> None:
        text = (
            translate("AgendaEditor", "Clear booked time")
            if new == (None, None)
            else translate("AgendaEditor", "Change booked time")
        )
        super().__init__(editor, text)
        self.old, self.new = old, new
        self.adjusted = self._adjusted(old, new)

    @staticmethod
    def _adjusted(old: Booking, new: Booking) -> str | None:
        """Which booked time alone changes: "start", "end" or None (both, or a booking)."""
        if None in old or None in new:
            return None
        if old[0] != new[0] and old[1] == new[1]:
            return "start"
        if old[0] == new[0] and old[1] != new[1]:
            return "end"
        return None

    def id(self) -> int:
        return BOOKING_MERGE_ID if self.adjusted else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, BookingCommand)
            or other.isObsolete()
            or other.adjusted != self.adjusted
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def _set(self, booking: Booking) -> None:
        self._change(
            lambda: session_service.update_session(
                self.lib, self.session_id, start_time=booking[0], end_time=booking[1]
            ),
            lambda: None,
        )

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)
