"""Tags on notes: principles and focus areas (Ctrl+digit, the mapping view, suggestions)."""

from __future__ import annotations

from workshop.domain.vocabulary import MANUAL
from workshop.services import tags as tag_service
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand, Commands


class TogglePrincipleCommand(BoardCommand):
    """Ctrl+digit: set the principle on all given notes, or clear it if all already have it."""

    def __init__(self, model: BoardModel, note_ids: list[str], principle: int) -> None:
        super().__init__(model, Commands.tr("Tag with principle %1").replace("%1", str(principle)))
        self.principle = principle
        self.before = {nid: principle in model.notes[nid].principles for nid in note_ids}
        turn_on = not all(self.before.values())
        self.after = {nid: turn_on for nid in note_ids}

    @property
    def turned_on(self) -> bool:
        return any(self.after.values())

    def _set(self, states: dict[str, bool]) -> None:
        if self._run(
            lambda: tag_service.set_tags(
                self.model.lib, self.model.session_id, states, principles=[self.principle]
            )
        ):
            self.model.refresh_notes(list(states))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class SetTagCommand(BoardCommand):
    """Set or clear one principle or focus area on several notes (mapping view, suggestions)."""

    def __init__(
        self,
        model: BoardModel,
        kind: str,  # "principle" or "focus_area"
        value,
        states: dict[str, bool],
        *,
        source: str = MANUAL,
        text: str | None = None,
    ) -> None:
        super().__init__(model, text or Commands.tr("Change mapping"))
        self.kind, self.value, self.source = kind, value, source
        field = "principles" if kind == "principle" else "focus_areas"
        self.before = {nid: value in getattr(model.notes[nid], field) for nid in states}
        self.after = dict(states)

    def _set(self, states: dict[str, bool]) -> None:
        def apply() -> None:
            tag = {"principles" if self.kind == "principle" else "focus_areas": [self.value]}
            tag_service.set_tags(
                self.model.lib, self.model.session_id, states, source=self.source, **tag
            )

        if self._run(apply):
            self.model.refresh_notes(list(states))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)
