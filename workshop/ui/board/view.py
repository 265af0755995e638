"""The board view: zoom, pan, fit, and keyboard navigation between cards."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsProxyWidget, QGraphicsView

from workshop.ui.board.items import NoteItem
from workshop.ui.board.scene import BoardScene

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
NUDGE = 10.0


class BoardView(QGraphicsView):
    nudge_requested = Signal(list, float, float)  # note ids, dx, dy
    vote_key = Signal(list, int)  # note ids, +1 / -1
    leave_board = Signal()  # Enter or Escape: back to the capture line
    zoom_changed = Signal(float)

    def __init__(self, scene: BoardScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Board"))
        self.setAccessibleDescription(
            self.tr("Sticky notes. Arrow keys move between notes, Shift+arrows move a note.")
        )
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._panning: QPointF | None = None

    @property
    def board(self) -> BoardScene:
        return self.scene()

    # --- zoom and fit ---
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0:
            self.scale(factor / current, factor / current)
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def fit(self) -> None:
        rect = self._content_rect()
        if rect.isNull():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.set_zoom(1.5)
        self.zoom_changed.emit(self.zoom())

    def _content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.board.notes.values():
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        current = self.board.current_step_position
        for area in self.board.areas:
            if area.position == current or rect.isNull():
                # The current step's header, so a new session shows where notes will land.
                rect = rect.united(area.rect().adjusted(0, 0, 0, -area.rect().height() + 300))
        return rect

    def ensure_note_visible(self, note_id: str) -> None:
        item = self.board.notes.get(note_id)
        if item is not None:
            self.ensureVisible(item, 40, 40)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    # --- panning with the middle button ---
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._panning is not None:
            self._panning = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- keyboard ---
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if isinstance(self.board.focusItem(), QGraphicsProxyWidget):
            # Typing in an in-place editor: arrows, +, -, Enter and Esc belong to its text.
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and not (mods & Qt.KeyboardModifier.AltModifier):
            dx, dy = arrows[key]
            selected = self.board.selected_note_ids()
            if mods & Qt.KeyboardModifier.ShiftModifier and selected:
                self.nudge_requested.emit(selected, dx * NUDGE, dy * NUDGE)
            else:
                self._select_neighbour(dx, dy)
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and not (
            mods & Qt.KeyboardModifier.ControlModifier
        ):
            selected = self.board.selected_note_ids()
            if selected:
                self.vote_key.emit(selected, 1 if key == Qt.Key.Key_Plus else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.leave_board.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _select_neighbour(self, dx: int, dy: int) -> None:
        visible = [i for i in self.board.notes.values() if i.isVisible()]
        if not visible:
            return
        selected = [i for i in self.board.selectedItems() if isinstance(i, NoteItem)]
        if not selected:
            target = min(visible, key=lambda i: (i.pos().y(), i.pos().x()))
        else:
            here = selected[-1].sceneBoundingRect().center()
            best, best_score = None, None
            for item in visible:
                if item is selected[-1]:
                    continue
                d = item.sceneBoundingRect().center() - here
                along = d.x() * dx + d.y() * dy
                if along <= 1:
                    continue
                across = abs(d.x() * dy) + abs(d.y() * dx)
                score = along + 2 * across
                if best_score is None or score < best_score:
                    best, best_score = item, score
            if best is None:
                return
            target = best
        self.board.clearSelection()
        target.setSelected(True)
        target.setFocus()
        self.ensureVisible(target, 40, 40)
