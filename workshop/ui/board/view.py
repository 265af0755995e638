"""The board view: zoom, pan, fit, and keyboard navigation between cards.

An empty board shows a hint over it (a label on the view, not an item of the scene, so the
presenter view and pictures of the scene never show it, and clicks pass through it).
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsProxyWidget, QGraphicsView, QLabel

from workshop.ui.board import accessible, style
from workshop.ui.board.items import NoteItem
from workshop.ui.board.overlays import Banner, PrincipleLegend
from workshop.ui.board.scene import BoardScene

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
MIN_FIT_ZOOM = 0.3  # "Fit" stops here: below, the notes' words could no longer be read
HEADING_BAND = QColor("#FAFBFC")  # opaque: nothing of the board shows through
NUDGE = 10.0
HINT_STYLE = (
    "QLabel#boardEmptyHint { color: #44505C; background: rgba(255, 255, 255, 230);"
    " border: 1px dashed #9AA6B2; border-radius: 10px; padding: 14px 22px; }"
)


class BoardView(QGraphicsView):
    nudge_requested = Signal(list, float, float)  # note ids, dx, dy
    vote_key = Signal(list, int)  # note ids, +1 / -1
    leave_board = Signal()  # Enter or Escape: back to the capture line
    zoom_changed = Signal(float)

    def __init__(self, scene: BoardScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Board"))
        self._instructions = self.tr(
            "Sticky notes. Arrow keys move between notes, Shift+arrows move a note."
        )
        self.setAccessibleDescription(self._instructions)
        scene.selectionChanged.connect(self._describe_selection)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._panning: QPointF | None = None
        self._hint_lines = (
            self.tr(
                "Type a note in the line below and press Enter: it lands on the board at once."
            ),
            self.tr("F1 shows all keys."),
        )
        self.empty_hint = QLabel("<br>".join(html.escape(t) for t in self._hint_lines), self)
        self.empty_hint.setObjectName("boardEmptyHint")
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setStyleSheet(HINT_STYLE)
        font = self.empty_hint.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.empty_hint.setFont(font)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._accessible: accessible.BoardAccessible | None = None
        accessible.install()
        scene.focusItemChanged.connect(self._focus_item_changed)
        self.voting_banner = Banner("votingBanner", self)
        self.room_banner = Banner("roomBanner", self)
        self.legend = PrincipleLegend(self)
        model = scene.model
        for signal in (model.reset, model.note_added, model.note_removed):
            signal.connect(self._update_empty_hint)
        # The legend follows the principles in use, counted per note as notes come and change
        # (not by reading every note for each of them).
        self._legend_uses: dict[int, int] = {}
        self._legend_tags: dict[str, tuple[int, ...]] = {}
        model.reset.connect(self.update_legend)
        model.refreshed.connect(self.update_legend)
        model.note_added.connect(self._legend_note)
        model.note_changed.connect(self._legend_note)
        model.note_removed.connect(self._legend_note_removed)
        for signal in (model.reset, model.note_added, model.note_removed, model.clusters_changed):
            signal.connect(self._board_changed)
        self._update_empty_hint()
        self.update_legend()

    @property
    def board(self) -> BoardScene:
        return self.scene()

    def _describe_selection(self) -> None:
        """A screen reader hears the chosen card (its number, whether from a phone, its text)."""
        scene = self.scene()
        if scene is None or not shiboken6.isValid(scene):  # the scene is being taken down
            return
        chosen = [i for i in scene.selectedItems() if isinstance(i, NoteItem)]
        if len(chosen) == 1:
            self.setAccessibleDescription(f"{chosen[0].describe()}. {self._instructions}")
        else:
            self.setAccessibleDescription(self._instructions)

    # --- screen readers ---
    def accessible_interface(self) -> accessible.BoardAccessible:
        """The board as screen readers see it (see :mod:`workshop.ui.board.accessible`)."""
        if self._accessible is None or not shiboken6.isValid(self._accessible):
            self._accessible = accessible.BoardAccessible(self)
        return self._accessible

    def reading_order(self) -> list[str]:
        return self.accessible_interface().reading_order()

    def _focus_item_changed(self, *_args) -> None:
        if self._accessible is not None and shiboken6.isValid(self._accessible):
            self._accessible.announce_focus()

    def _board_changed(self, *_args) -> None:
        if self._accessible is not None and shiboken6.isValid(self._accessible):
            self._accessible.board_changed()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        tabbed = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if tabbed and self._current_note() is None:  # tabbed in: to the first (or last) note
            order = self.reading_order()
            if order:
                self.focus_note(order[0 if reason == Qt.FocusReason.TabFocusReason else -1])
        self._focus_item_changed()

    def _current_note(self) -> str | None:
        focus = self.board.focusItem()
        if isinstance(focus, NoteItem) and focus.isVisible():
            return focus.note_id
        selected = [i for i in self.board.selectedItems() if isinstance(i, NoteItem)]
        return selected[-1].note_id if selected else None

    def focus_note(self, note_id: str) -> None:
        """Select the note and give it the keyboard focus (what the screen reader reads)."""
        item = self.board.notes.get(note_id)
        if item is None:
            return
        self.board.clearSelection()
        item.setSelected(True)
        item.setFocus(Qt.FocusReason.OtherFocusReason)  # announced by focusItemChanged
        self.ensureVisible(item, 40, 40)

    def _tab(self, forward: bool) -> bool:
        """Tab / Shift+Tab: the next (previous) note in reading order; False past the end."""
        order = self.reading_order()
        current = self._current_note()
        if current in order:
            index = order.index(current) + (1 if forward else -1)
        else:
            index = 0 if forward else len(order) - 1
        if not 0 <= index < len(order):
            return False
        self.focus_note(order[index])
        return True

    def event(self, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            and not isinstance(self.board.focusItem(), QGraphicsProxyWidget)
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self._tab(forward):
                event.accept()
                return True
        return super().event(event)

    # --- the hint on an empty board ---
    def _update_empty_hint(self, *_args) -> None:
        empty = not self.board.model.notes
        self.empty_hint.setVisible(empty)
        if empty:
            self._place_empty_hint()

    def _place_empty_hint(self) -> None:
        """Centred low on the board, just above the capture line it points to."""
        area = self.viewport().geometry()
        metrics = self.empty_hint.fontMetrics()
        margins = self.empty_hint.contentsMargins()
        natural = max(metrics.horizontalAdvance(line) for line in self._hint_lines)
        natural += margins.left() + margins.right() + 2 * self.empty_hint.margin() + 8
        width = min(area.width() - 40, natural)
        if width <= 0:
            return
        height = self.empty_hint.heightForWidth(width)
        self.empty_hint.setGeometry(
            area.left() + (area.width() - width) // 2,
            max(area.top() + 10, area.bottom() - height - max(24, area.height() // 6)),
            width,
            height,
        )
        self.empty_hint.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.empty_hint.isVisibleTo(self):
            self._place_empty_hint()
        self._place_overlays()

    # --- banners and legend ---
    def show_banners(
        self, voting: str | None, room: str | None = None, room_kind: str = "hidden"
    ) -> None:
        """The dot-voting banner and the line saying what the room sees (None: none)."""
        self.voting_banner.show_text(voting, "voting")
        self.room_banner.show_text(room, room_kind)
        self._place_overlays()

    def update_legend(self, *_args) -> None:
        model = self.board.model
        self._legend_uses, self._legend_tags = {}, {}
        for note in model.notes.values():
            self._count_legend(note.id, tuple(note.principles))
        self._show_legend()

    def _show_legend(self) -> None:
        model = self.board.model
        used = set(self._legend_uses)
        self.legend.show_principles(model.session_framework_principles(), used, model.language())
        self._place_overlays()

    def _count_legend(self, note_id: str, tags: tuple[int, ...]) -> bool:
        """Count the note's principles instead of those it had; True when the set in use
        changed."""
        uses = self._legend_uses
        before = len(uses)
        changed = False
        for p in self._legend_tags.pop(note_id, ()):
            uses[p] -= 1
            if not uses[p]:
                del uses[p]
                changed = True
        for p in tags:
            uses[p] = uses.get(p, 0) + 1
        if tags:
            self._legend_tags[note_id] = tags
        return changed or len(uses) != before

    def _legend_note(self, note) -> None:
        tags = tuple(note.principles)
        if self._legend_tags.get(note.id, ()) != tags and self._count_legend(note.id, tags):
            self._show_legend()

    def _legend_note_removed(self, note_id: str) -> None:
        if self._count_legend(note_id, ()):
            self._show_legend()

    def set_legend_wanted(self, wanted: bool) -> None:
        self.legend.wanted = wanted
        self.update_legend()

    def _place_overlays(self) -> None:
        """The legend in the bottom right corner of the board; the banners in a strip of their
        own below it, so they never cover the last row of notes (the lane headings at the top
        stay in sight)."""
        area = self.viewport().geometry()
        legend = 0
        if self.legend.isVisibleTo(self):
            self.legend.adjustSize()
            legend = self.legend.sizeHint().width() + 12
        width = max(200, min(area.width() - legend - 24, 900))
        banners = [b for b in (self.room_banner, self.voting_banner) if b.isVisibleTo(self)]
        heights = [b.heightForWidth(width) for b in banners]
        strip = sum(heights) + 4 * (len(heights) - 1) + 12 if banners else 0
        if self.viewportMargins().bottom() != strip:
            self.setViewportMargins(0, 0, 0, strip)  # resizes the viewport: placed again
            area = self.viewport().geometry()
        if self.legend.isVisibleTo(self):
            size = self.legend.sizeHint()
            self.legend.setGeometry(
                area.right() - size.width() - 12,
                area.bottom() - size.height() - 12,
                size.width(),
                size.height(),
            )
        bottom = area.bottom() + strip - 4
        for banner, height in zip(banners, heights, strict=True):
            bottom -= height
            banner.setGeometry(area.left() + 8, bottom, width, height)
            bottom -= 4

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
        """The whole board in the window, but never so small that the notes cannot be read:
        a board too big for that shows its top left (the headings) at the smallest readable
        zoom, the rest a scroll away."""
        rect = self._content_rect()
        if rect.isNull():
            return
        rect = rect.adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.set_zoom(1.5)
        elif self.zoom() < MIN_FIT_ZOOM:
            self.set_zoom(MIN_FIT_ZOOM)
            view = self.viewport().rect()
            self.centerOn(
                rect.left() + view.width() / 2 / MIN_FIT_ZOOM,
                rect.top() + view.height() / 2 / MIN_FIT_ZOOM,
            )
        self.zoom_changed.emit(self.zoom())

    # --- lane headings that stay in sight ---
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """When the board is scrolled down, the lane headings stay at the top of the window
        (whole, never cut in half by the edge)."""
        super().drawForeground(painter, rect)
        top = self.mapToScene(0, 0).y()
        if top <= 0.5 or not self.board.areas:
            return
        band = QRectF(rect.left(), top, rect.width(), self.board.areas[0].heading_rect(0).height())
        painter.save()
        painter.fillRect(band, HEADING_BAND)
        painter.setPen(QPen(style.AREA_LINE, 0))
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        for area in self.board.areas:
            if area.heading_rect(top).intersects(rect):
                area.paint_heading(painter, top, self.zoom())
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:  # the pinned headings move with the window, not with the board
            self.viewport().update()

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
        self.focus_note(target.note_id)
