"""Read-only tables of the overview: numbers right-aligned in the locale's format."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from workshop.ui.labels import number_text

OVERDUE_FILL = QColor("#FDE7E7")


class RowsModel(QAbstractTableModel):
    """Plain rows for a read-only table: numbers right-aligned and in the locale's format."""

    def __init__(self, headers: list[str], numeric: set[int], parent: QObject) -> None:
        super().__init__(parent)
        self.headers = headers
        self.numeric = numeric
        self.rows: list[list] = []
        self.texts: list[list[str]] = []
        self.highlighted: set[int] = set()

    def set_rows(self, rows: list[list], highlighted: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.texts = [
            [number_text(v) if isinstance(v, int) else str(v) for v in row] for row in rows
        ]
        self.highlighted = highlighted or set()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[r][c]
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[r][c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r in self.highlighted:
            return OVERDUE_FILL
        return None

    def text(self, row: int, column: int) -> str:
        return self.texts[row][column]


class RowsTable(QTableView):
    """A read-only table of a :class:`RowsModel`; one column takes the spare width."""

    def __init__(
        self, name: str, headers: list[str], numeric: set[int], parent: QWidget, stretch: int = 0
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows_model = RowsModel(headers, numeric, self)
        self.setModel(self.rows_model)
        self.stretch = stretch
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(100)  # measure 100 rows, not 2,500 actions
        header.setStretchLastSection(False)

    def set_rows(self, rows: list[list], highlighted: set[int] | None = None) -> None:
        self.rows_model.set_rows(rows, highlighted)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)

    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.rows_model.text(row, column)
