"""Undoable commands. Each redo and undo calls a service: one committed transaction each.

A command whose service call fails (say, the note was purged from the command line meanwhile)
reports the error through the model and marks itself obsolete, so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from workshop.errors import VerkstedError
from workshop.services import board as board_service
from workshop.services import notes as note_service
from workshop.ui.board.model import BoardModel

NUDGE_ID = 1001


class Commands(QObject):
    """The translation context of the undo texts (QUndoCommand is not a QObject).

    ``Commands.tr("%n note(s)", "", n)`` rather than ``QCoreApplication.translate``: lupdate
    reads the plural argument of ``tr()`` in Python, not that of ``translate()``.
    """


class ServiceCommand(QUndoCommand):
    """Runs service calls and refreshes the model; failures are reported, not raised."""

    def __init__(self, model: BoardModel, text: str) -> None:
        super().__init__(text)
        self.model = model

    def _run(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except VerkstedError as exc:
            self.setObsolete(True)
            self.model.error.emit(exc.message(self.model.language()))
            self.model.load()
            return False
        return True


class AddNoteCommand(ServiceCommand):
    def __init__(self, model: BoardModel, text: str, **fields) -> None:
        super().__init__(model, Commands.tr("Add note"))
        self.text_value = text
        self.fields = fields
        self.note_id: str | None = None

    def redo(self) -> None:
        if self.note_id is None:

            def add() -> None:
                self.note_id = note_service.add_note(
                    self.model.lib, self.model.session_id, self.text_value, **self.fields
                )

            if self._run(add):
                self.model.refresh_notes([self.note_id])
        elif self._run(
            lambda: board_service.set_notes_deleted(
                self.model.lib, self.model.session_id, [self.note_id], False
            )
        ):
            self.model.refresh_notes([self.note_id])

    def undo(self) -> None:
        if self.note_id and self._run(
            lambda: board_service.set_notes_deleted(
                self.model.lib, self.model.session_id, [self.note_id], True
            )
        ):
            self.model.refresh_notes([self.note_id])


class EditNoteCommand(ServiceCommand):
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


class DeleteNotesCommand(ServiceCommand):
    def __init__(self, model: BoardModel, note_ids: list[str]) -> None:
        super().__init__(model, Commands.tr("Delete %n note(s)", "", len(note_ids)))
        self.note_ids = list(note_ids)

    def _set(self, deleted: bool) -> None:
        if self._run(
            lambda: board_service.set_notes_deleted(
                self.model.lib, self.model.session_id, self.note_ids, deleted
            )
        ):
            self.model.refresh_notes(self.note_ids)

    def redo(self) -> None:
        self._set(True)

    def undo(self) -> None:
        self._set(False)


class TogglePrincipleCommand(ServiceCommand):
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
            lambda: board_service.set_principle(
                self.model.lib, self.model.session_id, states, self.principle
            )
        ):
            self.model.refresh_notes(list(states))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class VoteCommand(ServiceCommand):
    def __init__(self, model: BoardModel, note_ids: list[str], delta: int) -> None:
        label = Commands.tr("Add vote") if delta > 0 else Commands.tr("Remove vote")
        super().__init__(model, label)
        self.delta = delta
        self.note_ids = list(note_ids)
        self.applied: dict[str, int] = {}

    def redo(self) -> None:
        def vote() -> None:
            for nid in self.note_ids:
                before = self.model.notes[nid].votes
                after = note_service.vote_note(
                    self.model.lib, self.model.session_id, nid, self.delta
                )
                self.applied[nid] = after - before

        if self._run(vote):
            self.model.refresh_notes(self.note_ids)

    def undo(self) -> None:
        def unvote() -> None:
            for nid, applied in self.applied.items():
                if applied:
                    note_service.vote_note(self.model.lib, self.model.session_id, nid, -applied)

        if self._run(unvote):
            self.model.refresh_notes(self.note_ids)


class MoveNotesCommand(ServiceCommand):
    """One drag (or a run of keyboard nudges) = one undo step, with cluster changes on drop."""

    def __init__(
        self,
        model: BoardModel,
        moves: dict[str, tuple[tuple[float, float], tuple[float, float]]],
        cluster_changes: dict[str, tuple[str | None, str | None]] | None = None,
        *,
        nudge: bool = False,
    ) -> None:
        text = (
            Commands.tr("Move to cluster")
            if cluster_changes
            else Commands.tr("Move %n note(s)", "", len(moves))
        )
        super().__init__(model, text)
        self.moves = dict(moves)
        self.cluster_changes = dict(cluster_changes or {})
        self.nudge = nudge

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNotesCommand) or not other.nudge:
            return False
        if set(other.moves) != set(self.moves):
            return False
        for nid, (_old, new) in other.moves.items():
            self.moves[nid] = (self.moves[nid][0], new)
        return True

    def _apply(self, index: int) -> None:
        positions = {nid: pair[index] for nid, pair in self.moves.items()}
        clusters = {nid: pair[index] for nid, pair in self.cluster_changes.items()}

        def apply() -> None:
            board_service.move_notes(self.model.lib, self.model.session_id, positions)
            board_service.set_clusters(self.model.lib, self.model.session_id, clusters)

        if self._run(apply):
            self.model.refresh_notes(list(self.moves))
            if clusters:
                self.model.clusters_changed.emit()

    def redo(self) -> None:
        self._apply(1)

    def undo(self) -> None:
        self._apply(0)


class CreateClusterCommand(ServiceCommand):
    def __init__(self, model: BoardModel, name: str, note_ids: list[str]) -> None:
        super().__init__(model, Commands.tr("Group into “%1”").replace("%1", name))
        self.name = name
        self.note_ids = list(note_ids)
        self.previous = {nid: model.notes[nid].cluster_id for nid in note_ids}
        self.cluster_id: str | None = None

    def redo(self) -> None:
        def create() -> None:
            if self.cluster_id is None:
                self.cluster_id = note_service.create_cluster(
                    self.model.lib, self.model.session_id, self.name, self.note_ids
                )
            else:
                board_service.restore_cluster(
                    self.model.lib,
                    self.model.session_id,
                    self.cluster_id,
                    self.name,
                    self.note_ids,
                )

        if self._run(create):
            self.model.refresh_clusters()
            self.model.refresh_notes(self.note_ids)

    def undo(self) -> None:
        def remove() -> None:
            board_service.delete_cluster(self.model.lib, self.model.session_id, self.cluster_id)
            board_service.set_clusters(
                self.model.lib,
                self.model.session_id,
                {nid: cid for nid, cid in self.previous.items() if cid is not None},
            )

        if self.cluster_id and self._run(remove):
            self.model.refresh_notes(self.note_ids)
            self.model.refresh_clusters()


class RenameClusterCommand(ServiceCommand):
    def __init__(self, model: BoardModel, cluster_id: str, old: str, new: str) -> None:
        super().__init__(model, Commands.tr("Rename cluster"))
        self.cluster_id, self.old, self.new = cluster_id, old, new

    def _set(self, name: str) -> None:
        if self._run(
            lambda: board_service.rename_cluster(
                self.model.lib, self.model.session_id, self.cluster_id, name
            )
        ):
            self.model.refresh_clusters()

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class RemoveFromClusterCommand(ServiceCommand):
    def __init__(self, model: BoardModel, note_ids: list[str]) -> None:
        super().__init__(model, Commands.tr("Take out of cluster"))
        self.previous = {nid: model.notes[nid].cluster_id for nid in note_ids}

    def _set(self, assignment: dict[str, str | None]) -> None:
        if self._run(
            lambda: board_service.set_clusters(self.model.lib, self.model.session_id, assignment)
        ):
            self.model.refresh_notes(list(assignment))
            self.model.clusters_changed.emit()

    def redo(self) -> None:
        self._set(dict.fromkeys(self.previous))

    def undo(self) -> None:
        self._set(self.previous)


class SetTagCommand(ServiceCommand):
    """Set or clear one principle or focus area on several notes (mapping view, suggestions)."""

    def __init__(
        self,
        model: BoardModel,
        kind: str,  # "principle" or "focus_area"
        value,
        states: dict[str, bool],
        *,
        source: str = "manual",
        text: str | None = None,
    ) -> None:
        super().__init__(model, text or Commands.tr("Change mapping"))
        self.kind, self.value, self.source = kind, value, source
        field = "principles" if kind == "principle" else "focus_areas"
        self.before = {nid: value in getattr(model.notes[nid], field) for nid in states}
        self.after = dict(states)

    def _set(self, states: dict[str, bool]) -> None:
        def apply() -> None:
            if self.kind == "principle":
                board_service.set_principle(
                    self.model.lib, self.model.session_id, states, self.value, source=self.source
                )
            else:
                board_service.set_focus_area(
                    self.model.lib, self.model.session_id, states, self.value
                )

        if self._run(apply):
            self.model.refresh_notes(list(states))

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)
