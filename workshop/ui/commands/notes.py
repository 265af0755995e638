"""Notes on the board: capture, edit, delete, vote and mark as story."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.services import notes as note_service
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand, Commands


class AddNoteCommand(BoardCommand):
    def __init__(self, model: BoardModel, text: str, **fields) -> None:
        super().__init__(model, Commands.tr("Add note"))
        self.text_value = text
        self.fields = fields
        self.note_id: str | None = None

    def redo(self) -> None:
        if self.note_id is None:
            written = []

            def add() -> None:
                written.append(
                    note_service.capture_note(
                        self.model.lib, self.model.session_id, self.text_value, **self.fields
                    )
                )
                self.note_id = written[0].id

            if self._run(add):
                self.model.notes_written(written)  # as stored: no need to read it back
        elif self._run(
            lambda: note_service.set_notes_deleted(
                self.model.lib, self.model.session_id, [self.note_id], False
            )
        ):
            self.model.refresh_notes([self.note_id])

    def undo(self) -> None:
        if self.note_id and self._run(
            lambda: note_service.set_notes_deleted(
                self.model.lib, self.model.session_id, [self.note_id], True
            )
        ):
            self.model.refresh_notes([self.note_id])


class EditNoteCommand(BoardCommand):
    def __init__(self, model: BoardModel, note_id: str, old: str, new: str) -> None:
        super().__init__(model, Commands.tr("Edit note"))
        self.note_id, self.old, self.new = note_id, old, new

    def _set(self, text: str) -> None:
        if self._run(
            lambda: note_service.edit_note(
                self.model.lib, self.model.session_id, self.note_id, text
            )
        ):
            self.model.refresh_notes([self.note_id])

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class DeleteNotesCommand(BoardCommand):
    def __init__(self, model: BoardModel, note_ids: list[str]) -> None:
        super().__init__(model, Commands.tr("Delete %n note(s)", "", len(note_ids)))
        self.note_ids = list(note_ids)
        self.done_text = Commands.tr("%n note(s) deleted", "", len(note_ids))

    def _set(self, deleted: bool) -> None:
        if self._run(
            lambda: note_service.set_notes_deleted(
                self.model.lib, self.model.session_id, self.note_ids, deleted
            )
        ):
            self.model.refresh_notes(self.note_ids)

    def redo(self) -> None:
        self._set(True)

    def undo(self) -> None:
        self._set(False)


class VoteCommand(BoardCommand):
    def __init__(self, model: BoardModel, note_ids: list[str], delta: int) -> None:
        label = Commands.tr("Add vote") if delta > 0 else Commands.tr("Remove vote")
        super().__init__(model, label)
        self.delta = delta
        self.note_ids = list(note_ids)
        self.applied: dict[str, int] = {}

    def redo(self) -> None:
        def vote() -> None:
            before = {nid: self.model.notes[nid].votes for nid in self.note_ids}
            after = note_service.vote_notes(
                self.model.lib, self.model.session_id, dict.fromkeys(self.note_ids, self.delta)
            )
            self.applied = {nid: after[nid] - before[nid] for nid in self.note_ids}

        if self._run(vote):
            self.model.refresh_notes(self.note_ids)

    def undo(self) -> None:
        def unvote() -> None:
            note_service.vote_notes(
                self.model.lib,
                self.model.session_id,
                {nid: -applied for nid, applied in self.applied.items() if applied},
            )

        if self._run(unvote):
            self.model.refresh_notes(self.note_ids)


class StoryCommand(BoardCommand):
    """Marks notes as innovation stories, or unmarks them when all are marked already."""

    def __init__(self, model, note_ids: list[str]) -> None:
        self.before = {nid: model.notes[nid].story for nid in note_ids if nid in model.notes}
        on = not all(self.before.values())
        self.after = dict.fromkeys(self.before, on)
        text = (
            QCoreApplication.translate("ActionDialog", "Mark as story")
            if on
            else QCoreApplication.translate("ActionDialog", "Unmark story")
        )
        super().__init__(model, text)

    def _set(self, states: dict[str, bool]) -> None:
        def apply() -> None:
            note_service.set_stories(self.model.lib, self.model.session_id, states)

        if self._run(apply):
            self.model.refresh_notes(list(states))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)
