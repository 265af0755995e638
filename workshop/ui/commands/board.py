"""The board's layout: one drag (or a run of nudges), Ctrl+G, taking notes out of a cluster
and tidying, each one undo step; the layout itself is decided by the services (the one layout
module), and undo puts back what they report as changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workshop.domain.layout import Arrangement
from workshop.services import board as board_service
from workshop.services.board import BoardChange
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand, Commands

NUDGE_ID = 1001


class GestureCommand(BoardCommand):
    """A gesture of the board: the first redo asks the service (which decides and stores the
    layout); undo and later redos store the reported ``before`` / ``after`` again."""

    def __init__(
        self,
        model: BoardModel,
        text: str,
        gesture: Callable[[], BoardChange],
        touched: list[str] = (),
    ) -> None:
        super().__init__(model, text)
        self._gesture = gesture
        self.touched = list(touched)  # notes the screen must re-read even if they did not change
        self.change: BoardChange | None = None

    def _show(self, arrangement: Arrangement) -> None:
        ids = set(self.touched) | set(arrangement.positions) | set(arrangement.clusters)
        if self.change is not None:
            ids |= set(self.change.after.positions) | set(self.change.after.clusters)
        self.model.refresh_notes(sorted(ids, key=str))
        if arrangement.clusters or arrangement.frames or self.change.cluster_id:
            self.model.refresh_clusters()

    def _arrange(self, arrangement: Arrangement, **options) -> bool:
        return self._run(
            lambda: board_service.arrange(
                self.model.lib, self.model.session_id, arrangement, **options
            )
        )

    def redo(self) -> None:
        if self.change is None:
            result: list[BoardChange] = []
            if not self._run(lambda: result.append(self._gesture())):
                return
            self.change = result[0]
            if not self.change:
                self.setObsolete(True)  # nothing moved: no undo step
            self._show(self.change.after)
            return
        if self._arrange(self.change.after, **self._redo_options()):
            self._show(self.change.after)

    def undo(self) -> None:
        if self.change is not None and self._arrange(self.change.before, **self._undo_options()):
            self._show(self.change.before)

    def _redo_options(self) -> dict:
        return {}

    def _undo_options(self) -> dict:
        return {}


class MoveNotesCommand(GestureCommand):
    """One drag (or a run of keyboard nudges) = one undo step: a card dropped in a frame joins
    it, one dragged out leaves it (``keep_clusters``: the cluster was dragged by its name)."""

    def __init__(
        self,
        model: BoardModel,
        moves: dict[str, tuple[tuple[float, float], tuple[float, float]]],
        *,
        keep_clusters: bool = False,
        nudge: bool = False,
    ) -> None:
        positions = {nid: new for nid, (_old, new) in moves.items()}
        super().__init__(
            model,
            Commands.tr("Move %n note(s)", "", len(moves)),
            lambda: board_service.drop_notes(
                model.lib, model.session_id, positions, keep_clusters=keep_clusters
            ),
            list(moves),
        )
        self.moves = dict(moves)
        self.nudge = nudge

    def redo(self) -> None:
        super().redo()
        if self.change is not None and self.change.after.clusters:
            self.setText(Commands.tr("Move to cluster"))

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNotesCommand) or not other.nudge:
            return False
        if set(other.moves) != set(self.moves) or other.change is None or self.change is None:
            return False
        mine, theirs = self.change, other.change
        before = Arrangement(
            {**theirs.before.positions, **mine.before.positions},
            {**theirs.before.clusters, **mine.before.clusters},
            {**theirs.before.frames, **mine.before.frames},
        )
        after = Arrangement(
            {**mine.after.positions, **theirs.after.positions},
            {**mine.after.clusters, **theirs.after.clusters},
            {**mine.after.frames, **theirs.after.frames},
        )
        self.change = BoardChange(before, after)
        self.touched = sorted(set(self.touched) | set(other.touched))
        return True


class CreateClusterCommand(GestureCommand):
    """Ctrl+G: a new cluster, its notes gathered into a tidy grid at a free place (one step)."""

    def __init__(self, model: BoardModel, name: str, note_ids: list[str]) -> None:
        super().__init__(
            model,
            Commands.tr("Group into “%1”").replace("%1", name),
            lambda: board_service.gather_cluster(model.lib, model.session_id, name, note_ids),
            list(note_ids),
        )
        self.name = name
        self.note_ids = list(note_ids)

    @property
    def cluster_id(self) -> str | None:
        return self.change.cluster_id if self.change is not None else None

    def _redo_options(self) -> dict:
        return {"restore_cluster": (self.cluster_id, self.name)}

    def _undo_options(self) -> dict:
        return {"remove_cluster": self.cluster_id}


class RemoveFromClusterCommand(GestureCommand):
    """Ctrl+Shift+G: the notes leave their clusters for free spots; the clusters close up."""

    def __init__(self, model: BoardModel, note_ids: list[str]) -> None:
        super().__init__(
            model,
            Commands.tr("Take out of cluster"),
            lambda: board_service.take_out_of_clusters(model.lib, model.session_id, note_ids),
            list(note_ids),
        )


class TidyCommand(GestureCommand):
    """Arrange one cluster or one lane."""

    def __init__(
        self, model: BoardModel, *, lane: int | None = None, cluster_id: str | None = None
    ) -> None:
        if cluster_id is not None:
            name = model.clusters[cluster_id].name if cluster_id in model.clusters else ""
            text = Commands.tr("Tidy cluster “%1”").replace("%1", name)
        else:
            text = Commands.tr("Tidy lane %1").replace("%1", str(lane))
        super().__init__(
            model,
            text,
            lambda: board_service.tidy_board(
                model.lib, model.session_id, lane=lane, cluster_id=cluster_id
            ),
        )


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
