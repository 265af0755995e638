"""The board scene: mirrors a BoardModel and reports the user's gestures as signals.

The scene never changes data. A drag ends in ``drag_finished`` (one undo step for the whole
drag: the services decide, with the layout module, which cluster each dropped card is in); a
click in voting mode in ``vote_requested``; a double click in ``note_activated``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsScene

from workshop.domain.layout import Board, BoardNote, SpotFinder
from workshop.services.dto import NoteInfo, SessionInfo
from workshop.ui.board import style
from workshop.ui.board.items import BoardFonts, ClusterItem, NoteItem, StepAreaItem
from workshop.ui.board.model import BoardModel

MIN_AREA_HEIGHT = 4 * (style.CARD_H + style.GAP) + style.AREA_HEADER


class BoardScene(QGraphicsScene):
    # {note_id: ((old_x, old_y), (new_x, new_y))}, True when a cluster was dragged by its name
    drag_finished = Signal(dict, bool)
    vote_requested = Signal(str, int)
    note_activated = Signal(str)
    cluster_activated = Signal(str)
    filter_changed = Signal()

    def __init__(self, model: BoardModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.notes: dict[str, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.areas: list[StepAreaItem] = []
        self.voting = False
        self._filter: Callable[[NoteInfo], bool] | None = None
        self._drag_start: dict[str, QPointF] = {}
        self._area_height = MIN_AREA_HEIGHT
        self.current_step_position: int | None = None
        self.set_base_font(QFont())
        # Free spots for new cards, kept while the board only gains cards (first, so that it is
        # forgotten before the scene follows any other change).
        self._spots: SpotFinder | None = None
        for signal in (
            model.reset,
            model.note_changed,
            model.note_removed,
            model.clusters_changed,
            model.session_changed,
        ):
            signal.connect(self._forget_spots)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        model.reset.connect(self.rebuild)
        model.note_added.connect(self._on_note_added)
        model.note_changed.connect(self._on_note_changed)
        model.note_removed.connect(self._on_note_removed)
        model.clusters_changed.connect(self._sync_clusters)
        model.session_changed.connect(self._sync_areas)
        self.rebuild()

    def set_base_font(self, font: QFont) -> None:
        fonts = BoardFonts(font)
        NoteItem.fonts = ClusterItem.fonts = StepAreaItem.fonts = fonts
        for item in self.items():
            item.update()

    # --- mirroring the model ---
    def rebuild(self) -> None:
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.areas = []
        self._sync_areas(self.model.session)
        for cluster in self.model.clusters.values():
            item = ClusterItem(cluster)
            self.clusters[cluster.id] = item
            self.addItem(item)
        for note in self.model.notes.values():
            if note.x is not None and note.y is not None:
                self._add_item(note)
        for note in self.model.notes.values():
            if note.x is None or note.y is None:
                # Notes from the CLI or a CSV file get a free spot in their step's area.
                point = self.free_spot(note.step_position or 1)
                self._add_item(note, point)
        self._apply_filter()

    def _sync_areas(self, session: SessionInfo) -> None:
        for area in self.areas:
            self.removeItem(area)
        self.areas = []
        for step in session.steps:
            area = StepAreaItem(step.position, step.title, self._area_height)
            area.set_current(step.position == self.current_step_position)
            self.areas.append(area)
            self.addItem(area)

    def _grow_areas(self, bottom: float) -> None:
        height = max(MIN_AREA_HEIGHT, bottom + style.GAP)
        if height > self._area_height:
            self._area_height = height
            for area in self.areas:
                area.set_height(height)

    def _add_item(self, note: NoteInfo, point: QPointF | None = None) -> NoteItem:
        item = NoteItem(note)
        item.set_conflict(note.id in self.model.conflicts)
        if point is None:
            placed = note.x is not None and note.y is not None
            point = QPointF(note.x, note.y) if placed else self.free_spot(note.step_position or 1)
        item.setPos(point)
        self.notes[note.id] = item
        self.addItem(item)
        if self._spots is not None:
            if note.cluster_id:
                self._spots = None  # its cluster's frame may grow
            else:
                self._spots.add_card((point.x(), point.y()))
        if note.cluster_id and note.cluster_id in self.clusters:
            self.clusters[note.cluster_id].add(item)
        self._grow_areas(item.pos().y() + style.CARD_H)
        if self._filter is not None:
            item.setVisible(self._filter(note))
        return item

    def _on_note_added(self, note: NoteInfo) -> None:
        point = None
        if note.x is None or note.y is None:  # from a phone or the command line: a free spot
            point = self.free_spot(note.step_position or 1)
        item = self._add_item(note, point)
        if item.cluster is not None:
            item.cluster.update_geometry()

    def _on_note_changed(self, note: NoteInfo) -> None:
        item = self.notes.get(note.id)
        if item is None:
            self._on_note_added(note)
            return
        old_cluster = item.cluster
        item.set_note(note)
        item.set_conflict(note.id in self.model.conflicts)
        if note.x is not None and note.y is not None and item.pos() != QPointF(note.x, note.y):
            item.setPos(note.x, note.y)
        new_cluster = self.clusters.get(note.cluster_id) if note.cluster_id else None
        if new_cluster is not old_cluster:
            if old_cluster is not None:
                old_cluster.remove(item)
            if new_cluster is not None:
                new_cluster.add(item)
        elif new_cluster is not None:
            new_cluster.update_geometry()
            new_cluster.update()
        if self._filter is not None:
            item.setVisible(self._filter(note))

    def _on_note_removed(self, note_id: str) -> None:
        item = self.notes.pop(note_id, None)
        if item is None:
            return
        if item.cluster is not None:
            item.cluster.remove(item)
        self.removeItem(item)

    def _sync_clusters(self) -> None:
        wanted = self.model.clusters
        for cluster_id in list(self.clusters):
            if cluster_id not in wanted:
                item = self.clusters.pop(cluster_id)
                for member in list(item.members):
                    item.remove(member)
                self.removeItem(item)
        for cluster in wanted.values():
            item = self.clusters.get(cluster.id)
            if item is None:
                item = ClusterItem(cluster)
                self.clusters[cluster.id] = item
                self.addItem(item)
            else:
                item.set_cluster(cluster)
        for note_id, note_item in self.notes.items():
            cluster_id = self.model.notes[note_id].cluster_id
            target = self.clusters.get(cluster_id) if cluster_id else None
            if note_item.cluster is not target:
                if note_item.cluster is not None:
                    note_item.cluster.remove(note_item)
                if target is not None:
                    target.add(note_item)

    # --- placing new notes ---
    def layout(self) -> Board:
        """The board as the layout module sees it: the cards where they are on screen."""
        notes = []
        for note_id, note in self.model.notes.items():
            item = self.notes.get(note_id)
            x, y = (item.pos().x(), item.pos().y()) if item is not None else (note.x, note.y)
            notes.append(BoardNote(note_id, x, y, note.cluster_id, note.step_position))
        corners = {
            c.id: (c.x, c.y) if c.x is not None and c.y is not None else None
            for c in self.model.clusters.values()
        }
        return Board(notes, corners)

    def free_spot(self, step_position: int) -> QPointF:
        """The first card slot in the step's lane clear of every card and cluster frame."""
        spots = self._spots
        if spots is None:
            spots = self.layout().spot_finder()
            if not self._drag_start:  # cards move while dragged: nothing is kept then
                self._spots = spots
        return QPointF(*spots.first_free(step_position))

    def _forget_spots(self, *_args) -> None:
        self._spots = None

    # --- selection and filter ---
    def selected_note_ids(self) -> list[str]:
        return [item.note_id for item in self.selectedItems() if isinstance(item, NoteItem)]

    def select_notes(self, note_ids) -> None:
        self.clearSelection()
        for note_id in note_ids:
            item = self.notes.get(note_id)
            if item is not None and item.isVisible():
                item.setSelected(True)

    def set_filter(self, predicate: Callable[[NoteInfo], bool] | None) -> None:
        self._filter = predicate
        self._apply_filter()
        self.filter_changed.emit()

    def passes(self, note: NoteInfo) -> bool:
        """True when the facilitator's filter shows this note."""
        return self._filter is None or self._filter(note)

    def _apply_filter(self) -> None:
        for item in self.notes.values():
            item.setVisible(self._filter is None or self._filter(item.note))
        for cluster in self.clusters.values():
            cluster.update_geometry()

    def visible_note_count(self) -> int:
        if self._filter is None:  # only the filter hides cards
            return len(self.notes)
        return sum(1 for item in self.notes.values() if item.isVisible())

    def set_current_step(self, position: int | None) -> None:
        self.current_step_position = position
        for area in self.areas:
            area.set_current(area.position == position)

    # --- gestures ---
    def begin_drag(self, items: list[NoteItem]) -> None:
        self._drag_start = {i.note_id: QPointF(i.pos()) for i in items}
        self._spots = None

    def end_drag(self, *, keep_clusters: bool = False) -> None:
        moves: dict[str, tuple[tuple[float, float], tuple[float, float]]] = {}
        for note_id, start in self._drag_start.items():
            item = self.notes.get(note_id)
            if item is not None and item.pos() != start:
                moves[note_id] = ((start.x(), start.y()), (item.pos().x(), item.pos().y()))
        self._drag_start = {}
        if moves:
            self.drag_finished.emit(moves, keep_clusters)

    def _note_at(self, pos: QPointF) -> NoteItem | None:
        for item in self.items(pos):
            if isinstance(item, NoteItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:
        note = (
            self._note_at(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        )
        if self.voting and note is not None:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.vote_requested.emit(note.note_id, -1 if shift else 1)
            event.accept()
            return
        super().mousePressEvent(event)
        if note is not None:
            selected = [i for i in self.selectedItems() if isinstance(i, NoteItem)]
            self.begin_drag(selected or [note])

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._drag_start and event.button() == Qt.MouseButton.LeftButton:
            self.end_drag()

    def mouseDoubleClickEvent(self, event) -> None:
        note = self._note_at(event.scenePos())
        if note is not None and not self.voting:
            self.note_activated.emit(note.note_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
