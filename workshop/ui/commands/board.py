"""The board's layout: moving notes (one drag, or a run of nudges, per step) and clusters."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from workshop.services import board as board_service
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand, Commands

NUDGE_ID = 1001


class MoveNotesCommand(BoardCommand):
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


class CreateClusterCommand(BoardCommand):
    def __init__(self, model: BoardModel, name: str, note_ids: list[str]) -> None:
        super().__init__(model, Commands.tr("Group into “%1”").replace("%1", name))
        self.name = name
        self.note_ids = list(note_ids)
        self.previous = {nid: model.notes[nid].cluster_id for nid in note_ids}
        self.cluster_id: str | None = None

    def redo(self) -> None:
        def create() -> None:
            if self.cluster_id is None:
                self.cluster_id = board_service.create_cluster(
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


class RenameClusterCommand(BoardCommand):
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


class RemoveFromClusterCommand(BoardCommand):
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
