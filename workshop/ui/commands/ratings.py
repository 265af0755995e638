"""Ratings of an evaluate step: each digit typed is one undo step; Backspace takes one back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from workshop.services import evaluation
from workshop.services.evaluation import RatingInfo
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand


class RatingCommands(QObject):
    """The translation context of the rating undo texts (QUndoCommand is not a QObject)."""


class _RatingCommand(BoardCommand):
    """A rating change: one committed transaction, then the panel re-reads the library."""

    def __init__(self, model: BoardModel, text: str, changed: Callable[[], None]) -> None:
        super().__init__(model, text)
        self.changed = changed

    def _done(self) -> None:
        self.model.mark_seen()  # our own change: no reload when the window is activated again
        self.changed()


class AddRatingCommand(_RatingCommand):
    def __init__(
        self,
        model: BoardModel,
        value: int,
        step_id: str | None,
        changed: Callable[[], None],
    ) -> None:
        text = RatingCommands.tr("Add rating %1").replace("%1", str(value))
        super().__init__(model, text, changed)
        self.value = value
        self.step_id = step_id
        self.rating_id: str | None = None
        self.removed: RatingInfo | None = None

    def redo(self) -> None:
        lib, session_id = self.model.lib, self.model.session_id
        if self.removed is None:

            def add() -> None:
                (self.rating_id,) = evaluation.add_ratings(
                    lib, session_id, [self.value], step_id=self.step_id
                )

            ok = self._run(add)
        else:
            ok = self._run(lambda: evaluation.restore_rating(lib, self.removed))
        if ok:
            self._done()

    def undo(self) -> None:
        if self.rating_id is None:
            return

        def remove() -> None:
            self.removed = evaluation.remove_rating(self.model.lib, self.rating_id)

        if self._run(remove):
            self._done()


class RemoveRatingCommand(_RatingCommand):
    def __init__(self, model: BoardModel, rating: RatingInfo, changed: Callable[[], None]) -> None:
        text = RatingCommands.tr("Remove rating %1").replace("%1", str(rating.value))
        super().__init__(model, text, changed)
        self.rating = rating

    def redo(self) -> None:
        if self._run(lambda: evaluation.remove_rating(self.model.lib, self.rating.id)):
            self._done()

    def undo(self) -> None:
        if self._run(lambda: evaluation.restore_rating(self.model.lib, self.rating)):
            self._done()
