"""The overview's figures: big key numbers, bars per principle and columns per month (QPainter)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.ui.labels import number_text

BAR = QColor("#1F4E79")
BAR_MUTED = QColor("#8A99A8")
GRID = QColor("#DDE3EA")
TEXT = QColor("#222222")
ZERO = QColor("#B3261E")


class KeyFigure(QFrame):
    """A big number with a caption under it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        self.value.setObjectName(f"{name}Value")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #1F4E79;")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel("", self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setStyleSheet("color: #555555;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {value} {detail}".strip())


class BarChartWidget(QWidget):
    """Horizontal bars: number, label, bar scaled to the largest value, value. Zero in red."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.bars: list[tuple[str, str, int, bool]] = []  # number, label, value, muted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, str, int, bool]]) -> None:
        self.bars = bars
        text = "; ".join(f"{n} {label}: {value}".strip() for n, label, value, _ in bars)
        self.setAccessibleDescription(text)
        self.setToolTip(text.replace("; ", "\n"))
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(420, self.row_height() * max(len(self.bars), 1) + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row = self.row_height()
        number_w = metrics.horizontalAdvance("10") + 8
        label_w = min(int(self.width() * 0.42), metrics.horizontalAdvance("M" * 18))
        value_w = metrics.horizontalAdvance("00000") + 8
        bar_x = number_w + label_w + 8
        bar_max = max(self.width() - bar_x - value_w, 10)
        top = max((v for _, _, v, _ in self.bars), default=0)
        painter.setPen(GRID)
        for k in range(5):
            x = bar_x + bar_max * k / 4
            painter.drawLine(int(x), 0, int(x), row * len(self.bars))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, (number, label, value, muted) in enumerate(self.bars):
            y = i * row
            rect = QRectF(0, y, number_w - 6, row)
            painter.setFont(bold)
            painter.setPen(TEXT)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number
            )
            painter.setFont(self.font())
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(number_w, y, label_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            length = bar_max * value / top if top else 0
            if length > 0:
                painter.fillRect(QRectF(bar_x, y + 3, length, row - 6), BAR_MUTED if muted else BAR)
            painter.setPen(ZERO if value == 0 and not muted else TEXT)
            painter.drawText(
                QRectF(bar_x + length + 4, y, value_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                number_text(value),
            )
        painter.end()


class ColumnChartWidget(QWidget):
    """Vertical bars per month, the value on top, the month (and the year at its start) below."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.columns: list[tuple[str, str, int]] = []  # month, year, value
        self.setMinimumHeight(self.fontMetrics().height() * 9)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_columns(self, columns: list[tuple[str, str, int]]) -> None:
        self.columns = columns
        text = "; ".join(f"{month} {year}: {value}" for month, year, value in columns)
        self.setAccessibleDescription(text)
        self.setToolTip(text.replace("; ", "\n"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, self.fontMetrics().height() * 11)

    def paintEvent(self, _event) -> None:
        if not self.columns:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        n = len(self.columns)
        slot = self.width() / n
        label_h = 2 * line + 4
        plot_top = line + 4
        plot_h = max(self.height() - label_h - plot_top, 10)
        base = plot_top + plot_h
        top = max((v for _, _, v in self.columns), default=0)
        every = max(1, -(-(metrics.horizontalAdvance("sep.") + 6) // int(max(slot, 1))))
        painter.setPen(GRID)
        for k in range(5):
            y = plot_top + plot_h * k / 4
            painter.drawLine(0, int(y), self.width(), int(y))
        bar_w = min(slot * 0.64, 48)
        for i, (month, year, value) in enumerate(self.columns):
            centre = i * slot + slot / 2
            height = plot_h * value / top if top else 0
            if height > 0:
                painter.fillRect(QRectF(centre - bar_w / 2, base - height, bar_w, height), BAR)
            painter.setPen(TEXT)
            if value or every == 1:
                painter.drawText(
                    QRectF(centre - slot, base - height - line - 2, 2 * slot, line),
                    Qt.AlignmentFlag.AlignCenter,
                    number_text(value),
                )
            if i % every == 0:
                painter.drawText(
                    QRectF(centre - slot * every / 2, base + 2, slot * every, line),
                    Qt.AlignmentFlag.AlignCenter,
                    month,
                )
            if i == 0 or self.columns[i - 1][1] != year:
                painter.drawText(
                    QRectF(centre - 40, base + 2 + line, 80, line),
                    Qt.AlignmentFlag.AlignCenter,
                    year,
                )
        painter.end()
