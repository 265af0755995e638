"""Scene items: sticky-note cards, cluster areas and step areas."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from workshop.domain.layout import empty_frame, frame_around
from workshop.domain.vocabulary import ORIGIN_PHONE
from workshop.services.dto import ClusterInfo, NoteInfo
from workshop.ui.board import style

MIN_SCREEN_TEXT_PX = 10.0  # below this a note's text is drawn larger, in fewer words
NOTE_TYPE = QGraphicsItem.UserType + 1
CLUSTER_TYPE = QGraphicsItem.UserType + 2
AREA_TYPE = QGraphicsItem.UserType + 3


class Board(QObject):
    """The translation context of the texts painted on the board (items are not QObjects).

    ``Board.tr("…", "", n)``: lupdate reads the plural argument of ``tr()`` in Python, not that
    of ``QCoreApplication.translate()``.
    """


def header_label(note: NoteInfo) -> str:
    """The card's top line: the participant group, and keep or change (an evaluate step)."""
    feedback = {"keep": Board.tr("Keep"), "change": Board.tr("Change")}.get(note.feedback, "")
    return " · ".join(part for part in (note.group, feedback) if part)


class BoardFonts:
    """Fonts derived from the application font, so the board follows the font-size setting."""

    def __init__(self, base: QFont) -> None:
        self.text = QFont(base)
        self.text.setPointSizeF(max(base.pointSizeF(), 6.0) * 1.35)
        self.small = QFont(base)
        self.small.setPointSizeF(max(base.pointSizeF(), 6.0) * 0.95)
        self.badge = QFont(self.small)
        self.badge.setBold(True)
        self.title = QFont(base)
        self.title.setPointSizeF(max(base.pointSizeF(), 6.0) * 1.6)
        self.title.setBold(True)


class NoteItem(QGraphicsItem):
    """A sticky note. Mirrors a NoteInfo; it never changes data itself.

    It deliberately does not override ``itemChange``: in PySide6 6.12 (Python 3.11) every call
    of an overridden ``itemChange`` drops a reference to ``None``, which crashes a long session.
    The scene updates cluster outlines while dragging instead.
    """

    fonts: BoardFonts | None = None
    show_authors = True

    def __init__(self, note: NoteInfo) -> None:
        super().__init__()
        self.note = note
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.conflict = False  # two versions of the text to choose between
        self.cluster: ClusterItem | None = None
        self._set_tooltip()

    def type(self) -> int:
        return NOTE_TYPE

    @property
    def note_id(self) -> str:
        return self.note.id

    def set_note(self, note: NoteInfo) -> None:
        self.note = note
        self._set_tooltip()
        self.update()

    def set_conflict(self, conflict: bool) -> None:
        if conflict != self.conflict:
            self.conflict = conflict
            self._set_tooltip()
            self.update()

    @property
    def from_phone(self) -> bool:
        return self.note.origin == ORIGIN_PHONE

    def _set_tooltip(self) -> None:
        hints = []
        if self.from_phone:
            hints.append(Board.tr("From a phone"))
        if self.conflict:
            hints.append(
                Board.tr("Text conflict: changed on two computers (Session → Text conflicts)")
            )
        self.setToolTip("\n\n".join([self.note.text, *hints]))

    def describe(self) -> str:
        """The card for a screen reader: its number, where it came from, and its text."""
        number = Board.tr("Note %1").replace("%1", str(self.note.seq))
        if self.from_phone:
            number += ", " + Board.tr("from a phone")
        return f"{number}: {self.note.text}"

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, style.CARD_W + 6, style.CARD_H + 6)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, style.CARD_W, style.CARD_H))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = QRectF(0, 0, style.CARD_W, style.CARD_H)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        fill = style.note_colour(self.note.colour)
        fonts = self.fonts or BoardFonts(QFont())
        if QFontMetricsF(fonts.text).height() * lod < MIN_SCREEN_TEXT_PX:
            self._paint_far(painter, rect, fill, selected, lod)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.SELECTED, 4) if selected else QPen(fill.darker(130), 1))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 6, 6)

        # Header: group (left) and votes (right).
        painter.setFont(fonts.small)
        painter.setPen(style.MUTED_TEXT)
        header = QRectF(10, 6, style.CARD_W - 20, 18)
        if self.conflict:  # a coloured corner, top left, with the group moved clear of it
            painter.fillPath(_conflict_corner(rect), style.CONFLICT)
            painter.setPen(QPen(style.SELECTED, 4) if selected else QPen(fill.darker(130), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(style.MUTED_TEXT)
            header.setLeft(style.CONFLICT_CORNER - 2)
        label = header_label(self.note)
        if label:
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetricsF(fonts.small).elidedText(label, Qt.TextElideMode.ElideRight, 120),
            )
        if self.note.votes:
            painter.setFont(fonts.badge)
            painter.setPen(style.VOTE)
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"● {self.note.votes}",
            )
        if self.note.story:  # an innovation story worth telling: a star left of the votes
            painter.setFont(fonts.badge)
            painter.setPen(style.CLUSTER_LINE)
            votes = f"● {self.note.votes}  " if self.note.votes else ""
            offset = QFontMetricsF(fonts.badge).horizontalAdvance(votes)
            painter.drawText(
                header.adjusted(0, 0, -offset, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "★",
            )

        # Body text, word-wrapped and elided at the bottom.
        painter.setFont(fonts.text)
        painter.setPen(style.TEXT)
        body = QRectF(10, 26, style.CARD_W - 20, style.CARD_H - 26 - 30)
        painter.drawText(body, wrap_flags(), fit_text(self.note.text, fonts.text, body))

        # Footer: principle badges.
        if self.note.principles:
            painter.setFont(fonts.badge)
            metrics = QFontMetricsF(fonts.badge)
            x = 10.0
            y = style.CARD_H - 26
            for number in self.note.principles:
                label = f"P{number}"
                w = metrics.horizontalAdvance(label) + 10
                if x + w > style.CARD_W - 8:
                    break
                badge = QRectF(x, y, w, 19)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.CLUSTER_LINE)
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
                x += w + 4
        if self.from_phone:  # a small phone, bottom right: "fra mobil"
            _draw_phone(painter, QRectF(style.CARD_W - 20, style.CARD_H - 27, 11, 19))

    def _paint_far(self, painter: QPainter, rect: QRectF, fill, selected: bool, lod: float) -> None:
        """Zoomed far out ("Fit" on a full board): the first words in a font large enough to
        read on screen, and the votes as a large dot; never a blank block."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.SELECTED, 3 / max(lod, 0.05)) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRect(rect)
        if self.conflict:  # twice the size, to be seen from afar
            painter.fillPath(_conflict_corner(rect, 2 * style.CONFLICT_CORNER), style.CONFLICT)
        far = QFont(self.fonts.text if self.fonts else QFont())
        far.setBold(True)
        body = rect.adjusted(8, 6, -8, -6)
        votes = ""
        if self.note.votes:
            votes = f"● {self.note.votes}"
        # the text's screen height, in scene units, capped so that two lines fit the card
        size = min(MIN_SCREEN_TEXT_PX / max(lod, 0.01), body.height() / (2.6 if votes else 2.2))
        far.setPixelSize(max(1, round(size)))
        painter.setFont(far)
        if votes:
            line = QFontMetricsF(far).height()
            painter.setPen(style.VOTE)
            painter.drawText(
                QRectF(body.left(), body.top(), body.width(), line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                votes,
            )
            body = body.adjusted(0, line * 0.9, 0, 0)
        painter.setPen(style.TEXT)
        painter.drawText(body, wrap_flags(), fit_text(self.note.text, far, body))


def _draw_phone(painter: QPainter, rect: QRectF) -> None:
    painter.save()
    painter.setPen(QPen(style.MUTED_TEXT, 1.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 2.5, 2.5)
    painter.setPen(QPen(style.MUTED_TEXT, 1.4))
    bottom = rect.bottom() - 3.2
    painter.drawLine(
        QPointF(rect.center().x() - 1.8, bottom), QPointF(rect.center().x() + 1.8, bottom)
    )
    painter.restore()


def readable_font(font: QFont, lod: float, room: float) -> QFont:
    """``font``, or a larger one when zoomed so far out that it would be smaller on screen
    than MIN_SCREEN_TEXT_PX; never taller than ``room`` (scene units)."""
    if QFontMetricsF(font).height() * lod >= MIN_SCREEN_TEXT_PX:
        return font
    large = QFont(font)
    large.setPixelSize(max(1, round(min(MIN_SCREEN_TEXT_PX / max(lod, 0.01), room / 1.25))))
    return large


def _conflict_corner(rect: QRectF, size: float = style.CONFLICT_CORNER) -> QPainterPath:
    """The card's top-left corner as a triangle, inside the rounded outline."""
    triangle = QPainterPath()
    triangle.moveTo(rect.topLeft())
    triangle.lineTo(rect.left() + size, rect.top())
    triangle.lineTo(rect.left(), rect.top() + size)
    triangle.closeSubpath()
    card = QPainterPath()
    card.addRoundedRect(rect, 6, 6)
    return triangle.intersected(card)


def wrap_flags() -> int:
    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def fit_text(text: str, font: QFont, rect: QRectF) -> str:
    """The text, shortened with an ellipsis when it does not fit the card."""
    metrics = QFontMetricsF(font)
    if metrics.boundingRect(rect, wrap_flags(), text).height() <= rect.height():
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        candidate = text[:mid].rstrip() + "…"
        if metrics.boundingRect(rect, wrap_flags(), candidate).height() <= rect.height():
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


class ClusterItem(QGraphicsItem):
    """A labelled area around its notes. Dragging its label moves all its notes."""

    fonts: BoardFonts | None = None

    def __init__(self, cluster: ClusterInfo) -> None:
        super().__init__()
        self.cluster = cluster
        self.members: set[NoteItem] = set()
        self._rect = QRectF()
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self._drag_origin: QPointF | None = None

    def type(self) -> int:
        return CLUSTER_TYPE

    @property
    def cluster_id(self) -> str:
        return self.cluster.id

    def set_cluster(self, cluster: ClusterInfo) -> None:
        self.cluster = cluster
        self.update()

    def add(self, note: NoteItem) -> None:
        self.members.add(note)
        note.cluster = self
        self.update_geometry()

    def remove(self, note: NoteItem) -> None:
        self.members.discard(note)
        if note.cluster is self:
            note.cluster = None
        self.update_geometry()

    def visible_members(self) -> list[NoteItem]:
        return [m for m in self.members if m.isVisible()]

    def update_geometry(self) -> None:
        """The frame around every member (the layout module's frame), shown while one of them
        is visible."""
        frame = frame_around((m.pos().x(), m.pos().y()) for m in self.members)
        if frame is None and self.cluster.x is not None and self.cluster.y is not None:
            frame = empty_frame(self.cluster.x, self.cluster.y)
        rect = QRectF(frame.x, frame.y, frame.w, frame.h) if frame is not None else QRectF()
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.setVisible(bool(self.visible_members()))

    def label_rect(self) -> QRectF:
        return QRectF(
            self._rect.left(), self._rect.top(), self._rect.width(), style.CLUSTER_LABEL_H
        )

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        # Only the label grabs the mouse; clicks inside the area reach the board (rubber band).
        path = QPainterPath()
        path.addRect(self.label_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._rect.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.CLUSTER_LINE, 2, Qt.PenStyle.DashLine))
        painter.setBrush(style.CLUSTER_FILL)
        painter.drawRoundedRect(self._rect, 10, 10)
        fonts = self.fonts or BoardFonts(QFont())
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        title = readable_font(fonts.title, lod, style.CLUSTER_LABEL_H)
        painter.setFont(title)
        painter.setPen(style.CLUSTER_LINE)
        votes = sum(m.note.votes for m in self.members)
        label = self.cluster.name
        if votes:
            label += "  " + Board.tr("(%n vote(s))", "", votes)
        painter.drawText(
            self.label_rect().adjusted(12, 0, -12, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(title).elidedText(
                label, Qt.TextElideMode.ElideRight, max(20.0, self._rect.width() - 24)
            ),
        )

    # Dragging the label moves every member; the scene records one undo step on release.
    def mousePressEvent(self, event) -> None:
        self._drag_origin = event.scenePos()
        scene = self.scene()
        if scene is not None and hasattr(scene, "begin_drag"):
            scene.begin_drag(list(self.members))
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_origin is None:
            return
        delta = event.scenePos() - self._drag_origin
        self._drag_origin = event.scenePos()
        for m in self.members:
            m.moveBy(delta.x(), delta.y())
        self.update_geometry()

    def mouseReleaseEvent(self, event) -> None:
        self._drag_origin = None
        scene = self.scene()
        if scene is not None and hasattr(scene, "end_drag"):
            scene.end_drag(keep_clusters=True)
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "cluster_activated"):
            scene.cluster_activated.emit(self.cluster_id)
        event.accept()


class StepAreaItem(QGraphicsItem):
    """The column where a step's new notes land, headed by the step's title."""

    fonts: BoardFonts | None = None

    def __init__(self, position: int, title: str, height: float) -> None:
        super().__init__()
        self.position = position
        self.title = title
        self.height = height
        self.current = False
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def type(self) -> int:
        return AREA_TYPE

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def rect(self) -> QRectF:
        return QRectF((self.position - 1) * style.AREA_W, 0, style.AREA_W - style.GAP, self.height)

    def boundingRect(self) -> QRectF:
        return self.rect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.rect()
        painter.fillRect(rect, style.CLUSTER_FILL if self.current else Qt.GlobalColor.transparent)
        painter.setPen(QPen(style.AREA_LINE, 1))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        self.paint_heading(
            painter, 0.0, option.levelOfDetailFromTransform(painter.worldTransform())
        )

    def heading_rect(self, top: float) -> QRectF:
        rect = self.rect()
        return QRectF(rect.left(), top, rect.width(), style.AREA_HEADER)

    def paint_heading(self, painter: QPainter, top: float, lod: float = 1.0) -> None:
        """The lane's title in the band of AREA_HEADER from ``top`` (0 on the board; the view
        draws it again at the top of the window when the board is scrolled down)."""
        rect = self.heading_rect(top)
        fonts = self.fonts or BoardFonts(QFont())
        title = readable_font(fonts.title, lod, style.AREA_HEADER)
        painter.setFont(title)
        painter.setPen(style.CLUSTER_LINE if self.current else style.AREA_TITLE)
        header = rect.adjusted(style.GAP, 0, -style.GAP, 0)
        painter.drawText(
            header,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(title).elidedText(
                f"{self.position}. {self.title}", Qt.TextElideMode.ElideRight, header.width()
            ),
        )
