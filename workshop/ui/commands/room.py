"""What the room sees: revealing a step's notes (silent writing) or vote totals (a vote)."""

from __future__ import annotations

from collections.abc import Callable

from workshop.services import participation
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand, Commands, alive


class RevealCommand(BoardCommand):
    """Reveal (or hide again) on the projector; ``done`` shows the new state."""

    def __init__(
        self, model: BoardModel, step_id: str, revealed: bool, done: Callable[[], None]
    ) -> None:
        super().__init__(
            model,
            Commands.tr("Reveal to the room") if revealed else Commands.tr("Hide from the room"),
        )
        self.step_id, self.revealed, self.done = step_id, revealed, done

    def _set(self, revealed: bool) -> None:
        if self._run(
            lambda: participation.set_revealed(
                self.model.lib, self.model.session_id, self.step_id, revealed
            )
        ):
            self.model.reload_session()
            if alive(self.done):
                self.done()

    def redo(self) -> None:
        self._set(self.revealed)

    def undo(self) -> None:
        self._set(not self.revealed)
