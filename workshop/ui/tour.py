"""Help → Getting started: three short steps (capture, board, minutes), each with its keys.

Shown once by itself on the first start with an empty library; always in the Help menu. The
pictures are drawn with QPainter in the board's own colours, so they need no image files and
follow the screen's scale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.board import style

STEPS = 3
PICTURE_W, PICTURE_H = 360.0, 130.0  # the pictures' own coordinates, centred when drawn
BACKDROP = QColor("#F3F5F7")
LINE = QColor("#B8C2CC")
INK = QColor("#5B6670")
KEYCAP_STYLE = (
    "QLabel#keyCap { background: #F7F8FA; color: #1F2F3F; border: 1px solid #B8C2CC;"
    " border-bottom: 2px solid #9AA6B2; border-radius: 5px; padding: 1px 7px; }"
)


def _pen(colour: QColor, width: float, line=Qt.PenStyle.SolidLine) -> QPen:
    return QPen(colour, width, line, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def menu_path() -> str:
    """File → Export minutes, as the menu shows it in the current language."""
    translate = QCoreApplication.translate
    file_menu = translate("MainWindow", "&File").replace("&", "")
    export = translate("MainWindow", "&Export minutes…").replace("&", "").rstrip("… ").strip()
    return f"{file_menu} → {export}"


class TourPicture(QWidget):
    """A small drawing for one step: notes landing on the board, a cluster, the PDF minutes."""

    def __init__(self, step: int, parent=None) -> None:
        super().__init__(parent)
        self.step = step
        self.setMinimumSize(int(PICTURE_W) + 24, int(PICTURE_H) + 20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BACKDROP)
        painter.drawRoundedRect(QRectF(self.rect()), 10, 10)
        painter.translate((self.width() - PICTURE_W) / 2, (self.height() - PICTURE_H) / 2)
        (self._capture, self._board, self._minutes)[self.step](painter)
        painter.end()

    # --- pieces ---
    @staticmethod
    def _note(painter: QPainter, x: float, y: float, colour: str, *, w=58.0, h=40.0, lines=2):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 22))
        painter.drawRoundedRect(QRectF(x + 1.5, y + 2, w, h), 3, 3)  # a soft shadow
        painter.setBrush(style.note_colour(colour))
        painter.drawRoundedRect(QRectF(x, y, w, h), 3, 3)
        painter.setPen(_pen(QColor(0, 0, 0, 70), 2.2))
        for i in range(lines):
            right = x + w - 10 - (14 if i == lines - 1 else 0)
            painter.drawLine(QPointF(x + 8, y + 11 + i * 8), QPointF(right, y + 11 + i * 8))

    @staticmethod
    def _arrow(painter: QPainter, path: QPainterPath, colour: QColor) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(colour, 1.8, Qt.PenStyle.DashLine))
        painter.drawPath(path)
        end = path.pointAtPercent(1.0)
        angle = path.angleAtPercent(1.0)
        head = QPainterPath()
        head.moveTo(0, 0)
        head.lineTo(-8, -4.5)
        head.lineTo(-8, 4.5)
        head.closeSubpath()
        painter.save()
        painter.translate(end)
        painter.rotate(-angle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(head)
        painter.restore()

    @staticmethod
    def _dot(painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
        painter.setBrush(style.VOTE)
        painter.drawEllipse(QPointF(x, y), 4.5, 4.5)

    # --- the three pictures ---
    def _capture(self, painter: QPainter) -> None:
        board = QRectF(0, 0, PICTURE_W, 84)
        painter.setPen(QPen(LINE, 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(board, 6, 6)
        self._note(painter, 18, 14, "yellow")
        self._note(painter, 86, 22, "blue")
        self._note(painter, 154, 12, "green")
        # The note just added, outlined as the board shows a selected card.
        self._note(painter, 254, 26, "pink")
        painter.setPen(QPen(style.SELECTED, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(251, 23, 64, 46), 5, 5)
        # The capture line with a caret, and Enter.
        line = QRectF(0, 98, 286, 28)
        painter.setPen(QPen(style.SELECTED, 1.5))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(line, 5, 5)
        painter.setPen(_pen(INK, 2.2))
        painter.drawLine(QPointF(12, 112), QPointF(150, 112))
        painter.setPen(QPen(QColor("#1F2F3F"), 1.5))
        painter.drawLine(QPointF(157, 104), QPointF(157, 120))
        key = QRectF(298, 96, 62, 32)
        painter.setPen(QPen(QColor("#9AA6B2"), 1.2))
        painter.setBrush(QColor("#F7F8FA"))
        painter.drawRoundedRect(key, 6, 6)
        enter = QPainterPath()
        enter.moveTo(343, 104)
        enter.lineTo(343, 118)
        enter.lineTo(318, 118)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(QColor("#1F2F3F"), 2))
        painter.drawPath(enter)
        painter.drawLine(QPointF(318, 118), QPointF(323, 113))
        painter.drawLine(QPointF(318, 118), QPointF(323, 123))
        path = QPainterPath(QPointF(222, 106))
        path.cubicTo(QPointF(232, 88), QPointF(236, 72), QPointF(250, 58))
        self._arrow(painter, path, style.SELECTED)

    def _board(self, painter: QPainter) -> None:
        cluster = QRectF(14, 8, 170, 116)
        painter.setPen(QPen(style.CLUSTER_LINE, 1.5))
        painter.setBrush(style.CLUSTER_FILL)
        painter.drawRoundedRect(cluster, 8, 8)
        painter.setPen(_pen(style.CLUSTER_LINE, 3))
        painter.drawLine(QPointF(28, 22), QPointF(92, 22))
        self._note(painter, 26, 34, "yellow", w=68, h=38)
        self._note(painter, 104, 34, "yellow", w=68, h=38)
        self._note(painter, 26, 78, "green", w=68, h=38)
        self._note(painter, 104, 78, "blue", w=68, h=38)
        for x, y in ((86, 40), (164, 40), (154, 40)):
            self._dot(painter, x, y)
        # A note on its way into the cluster.
        painter.save()
        painter.translate(290, 58)
        painter.rotate(-6)
        self._note(painter, -34, -20, "orange", w=68, h=38)
        painter.restore()
        path = QPainterPath(QPointF(252, 70))
        path.cubicTo(QPointF(232, 84), QPointF(214, 84), QPointF(196, 74))
        self._arrow(painter, path, style.CLUSTER_LINE)
        pointer = QPainterPath()
        pointer.moveTo(304, 62)
        for x, y in ((304, 80), (308.5, 75.5), (312, 83), (315, 81.5), (311.5, 74.5), (317, 74)):
            pointer.lineTo(x, y)
        pointer.closeSubpath()
        painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
        painter.setBrush(QColor("#1F2F3F"))
        painter.drawPath(pointer)

    def _minutes(self, painter: QPainter) -> None:
        # The board it comes from...
        self._note(painter, 6, 30, "yellow", w=46, h=32, lines=1)
        self._note(painter, 58, 30, "blue", w=46, h=32, lines=1)
        self._note(painter, 32, 70, "green", w=46, h=32, lines=1)
        path = QPainterPath(QPointF(116, 66))
        path.lineTo(QPointF(150, 66))
        self._arrow(painter, path, INK)
        # ...and two pages of minutes, the first on top.
        for dx, dy in ((14, 6), (0, 0)):
            page = QRectF(166 + dx, 2 + dy, 96, 124)
            fold = 16
            outline = QPainterPath()
            outline.moveTo(page.topLeft())
            outline.lineTo(page.right() - fold, page.top())
            outline.lineTo(page.right(), page.top() + fold)
            outline.lineTo(page.bottomRight())
            outline.lineTo(page.bottomLeft())
            outline.closeSubpath()
            painter.setPen(QPen(LINE, 1))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawPath(outline)
            corner = QPainterPath()
            corner.moveTo(page.right() - fold, page.top())
            corner.lineTo(page.right() - fold, page.top() + fold)
            corner.lineTo(page.right(), page.top() + fold)
            painter.setBrush(BACKDROP)
            painter.drawPath(corner)
        left = 176.0
        painter.setPen(_pen(QColor("#1F2F3F"), 3))
        painter.drawLine(QPointF(left, 16), QPointF(left + 50, 16))
        # Inputs by principle: a coloured mark and a few lines per principle.
        marks = [style.CLUSTER_LINE, QColor("#2E7D32"), QColor("#B26A00")]
        for i, mark in enumerate(marks):
            top = 30 + i * 30
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawRoundedRect(QRectF(left, top - 3, 8, 8), 2, 2)
            painter.setPen(_pen(QColor("#44505C"), 2.2))
            painter.drawLine(QPointF(left + 14, top + 1), QPointF(left + 58, top + 1))
            painter.setPen(_pen(QColor("#AEB7C0"), 1.8))
            painter.drawLine(QPointF(left + 14, top + 10), QPointF(left + 74, top + 10))
            painter.drawLine(QPointF(left + 14, top + 17), QPointF(left + 62, top + 17))
        badge = QRectF(284, 78, 58, 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#B3261E"))
        painter.drawRoundedRect(badge, 6, 6)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "PDF")


class GettingStartedTour(QDialog):
    """Three steps, one screen each: Back / Next, Alt+arrows or arrows; Esc closes."""

    demo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedTour")
        self.setWindowTitle(self.tr("Getting started"))
        self.setStyleSheet(KEYCAP_STYLE)
        self.index = 0

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("tourPages")
        self._grids: list[QGridLayout] = []
        for number, (title, text, keys) in enumerate(self._steps()):
            self.pages.addWidget(self._page(number, title, text, keys))
        # One column of keys for all steps, so the texts start at the same place on each.
        caps = self.pages.findChildren(QLabel, "keyCap")
        widest = max(cap.sizeHint().width() for cap in caps)
        for grid in self._grids:
            grid.setColumnMinimumWidth(0, widest)

        self.position = QLabel(self)
        self.position.setObjectName("tourPosition")
        self.position.setStyleSheet("color: #5B6670;")
        self.demo_button = self._button("tourDemoButton", self.tr("Open the &demo session"))
        self.demo_button.setToolTip(
            self.tr("Opens the demo session: a themed evening with about 40 notes to try things on")
        )
        self.back_button = self._button("tourBackButton", self.tr("&Back"))
        self.next_button = self._button("tourNextButton", self.tr("&Next"))
        self.close_button = self._button("tourCloseButton", self.tr("&Close"))

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.position)
        buttons.addSpacing(12)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.pages, 1)
        layout.addWidget(rule)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        self.demo_button.clicked.connect(self.demo_requested)
        for keys, slot in (
            (["Right", "Alt+Right"], self.next),
            (["Left", "Alt+Left"], self.back),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.go_to(0)
        hint = self.sizeHint()
        self.resize(max(600, hint.width()), hint.height())

    def _steps(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        return [
            (
                self.tr("Capture notes"),
                self.tr(
                    "Type what is said in the line at the bottom of the board. Enter saves the "
                    "note at once and puts it on the board."
                ),
                [
                    ("Enter", self.tr("Save the note")),
                    ("Ctrl+1 … Ctrl+0", self.tr("Link it to principle 1 … 10")),
                ],
            ),
            (
                self.tr("Sort them on the board"),
                self.tr("Drag notes into groups, and let the room vote on what matters most."),
                [
                    ("Ctrl+G", self.tr("Group the selected notes")),
                    ("F9", self.tr("Dot voting: a click gives a vote")),
                    ("Ctrl+F", self.tr("Filter the notes")),
                ],
            ),
            (
                self.tr("Export the minutes"),
                self.tr(
                    "%1 writes the minutes as a PDF, with the inputs grouped by principle."
                ).replace("%1", f"<b>{menu_path()}</b>"),
                [
                    ("Ctrl+Shift+E", self.tr("Export the minutes")),
                    ("F1", self.tr("All keys in run mode")),
                ],
            ),
        ]

    def _page(self, number: int, title: str, text: str, keys) -> QWidget:
        page = QWidget(self.pages)
        page.setObjectName(f"tourStep{number + 1}")
        picture = TourPicture(number, page)
        picture.setObjectName("tourPicture")
        heading = QLabel(title, page)
        heading.setObjectName("tourTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text, page)
        body.setObjectName("tourText")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for row, (key, what) in enumerate(keys):
            cap = QLabel(key, page)
            cap.setObjectName("keyCap")
            cap.setTextFormat(Qt.TextFormat.PlainText)
            label = QLabel(what, page)
            label.setObjectName("tourKeyText")
            label.setWordWrap(True)
            grid.addWidget(cap, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        self._grids.append(grid)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(picture)
        layout.addSpacing(4)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(2)
        layout.addLayout(grid)
        layout.addStretch(1)
        page.setAccessibleName(title)
        return page

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    # --- moving between the steps ---
    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, STEPS - 1))
        self.pages.setCurrentIndex(self.index)
        self.position.setText(f"{self.index + 1} / {STEPS}")
        self.position.setAccessibleName(
            self.tr("Step %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(STEPS))
        )
        last = self.index == STEPS - 1
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(not last)
        # Enter moves on; on the last step it closes.
        self.next_button.setDefault(not last)
        self.close_button.setDefault(last)
        focused = self.focusWidget()
        if focused is None or not focused.isEnabled():
            (self.close_button if last else self.next_button).setFocus()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def back(self) -> None:
        self.go_to(self.index - 1)
