"""The mapping matrix's column headers: the note column as usual, each principle or focus area
by its name, written upwards and wrapped onto two lines (three for long names), so ten names fit
above narrow tick columns and the note column keeps its width.

Sizes are measured once from the font when the columns are set (never ResizeToContents: the
matrix can hold thousands of rows); the tooltip of a header keeps the full name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

LINES = (2, 3)  # a name wraps onto two lines, three when two would make the header too tall
PAD = 6  # pixels around the text
MAX_HEIGHT_CHARS = 24  # the header is not taller than this many average characters
NOTE_MIN_CHARS = 40  # the note column is at least this wide (in average characters)

_WRAP = int(Qt.TextFlag.TextWordWrap) | int(
    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
)


class TagHeader(QHeaderView):
    """Horizontal header of a notes × tags matrix: upright for column 0, upwards for the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("tagHeader")
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._height = 0
        self._lines = LINES[0]
        self._column_width = 0
        self._note_width = 0

    # --- measuring ---
    def fit(self, labels: list[str]) -> None:
        """Size the header for ``labels`` (the tag columns' names): called when they are set."""
        metrics = QFontMetrics(self.font())
        cap = metrics.averageCharWidth() * MAX_HEIGHT_CHARS
        for lines in LINES:
            longest = max((self.text_width(metrics, label, lines) for label in labels), default=0)
            if longest <= cap:
                break
        self._lines = lines
        self._column_width = lines * metrics.lineSpacing() + 2 * PAD
        self._height = max(metrics.height() + 2 * PAD, longest + 2 * PAD)
        self._note_width = metrics.averageCharWidth() * NOTE_MIN_CHARS
        self.setMinimumSectionSize(min(self._column_width, metrics.averageCharWidth() * 4))
        for section in range(self.count()):
            self.setSectionResizeMode(section, QHeaderView.ResizeMode.Fixed)
            if section:
                self.resizeSection(section, self._column_width)
        self._fit_note_column()
        self.updateGeometry()

    def _fit_note_column(self) -> None:
        """The note column takes the width the tick columns leave, never below its minimum."""
        if self.count():
            tags = sum(self.sectionSize(s) for s in range(1, self.count()))
            self.resizeSection(0, max(self._note_width, self.width() - tags))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_note_column()

    @staticmethod
    def text_width(metrics: QFontMetrics, label: str, lines: int) -> int:
        """The narrowest width in which ``label`` wraps onto at most ``lines`` lines."""
        whole = metrics.horizontalAdvance(label)
        low, high = max(1, whole // lines), whole
        while low < high:
            middle = (low + high) // 2
            if fits_in(metrics, label, middle, lines):
                high = middle
            else:
                low = middle + 1
        return high

    def fits(self, section: int) -> bool:
        """True when the whole name of ``section`` shows (for tests and the screenshots)."""
        label = str(self.model().headerData(section, self.orientation()) or "")
        return fits_in(QFontMetrics(self.font()), label, self._height - 2 * PAD, self._lines)

    @property
    def column_width(self) -> int:
        return self._column_width

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        size.setHeight(max(size.height(), self._height))
        return size

    # --- painting ---
    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if section == 0 or not rect.isValid():
            super().paintSection(painter, rect, section)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        label = str(self.model().headerData(section, self.orientation()) or "")
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        box = QRectF(PAD, PAD / 2, rect.height() - 2 * PAD, rect.width() - PAD)
        painter.setPen(self.palette().buttonText().color())
        painter.setClipRect(QRectF(0, 0, rect.height(), rect.width()))
        painter.drawText(box, _WRAP, label)
        painter.restore()


def fits_in(metrics: QFontMetrics, text: str, width: int, lines: int) -> bool:
    """True when ``text`` word-wrapped at ``width`` pixels takes at most ``lines`` lines and no
    word sticks out."""
    bounds = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), _WRAP, text)
    return round(bounds.height() / metrics.lineSpacing()) <= lines and bounds.width() <= width
