"""Table model of the sessions in the library; reads through services only."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workshop.domain.vocabulary import SESSION_STATUSES
from workshop.services.dto import SessionSummary
from workshop.ui.widgets import date_text

COL_TITLE, COL_TYPE, COL_DATE, COL_PLACE, COL_STATUS, COL_NOTES = range(6)
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Marked for the catalogue here, translated when shown (in the language installed then).
_HEADERS = (
    QT_TRANSLATE_NOOP("SessionModel", "Title"),
    QT_TRANSLATE_NOOP("SessionModel", "Type"),
    QT_TRANSLATE_NOOP("SessionModel", "Date"),
    QT_TRANSLATE_NOOP("SessionModel", "Place"),
    QT_TRANSLATE_NOOP("SessionModel", "Status"),
    QT_TRANSLATE_NOOP("SessionModel", "Notes"),
)


def status_label(status: str) -> str:
    """A session's status as the GUI shows it (an unknown one, from a newer copy, as it is)."""
    translate = QCoreApplication.translate
    labels = dict(
        zip(
            SESSION_STATUSES,
            (
                translate("SessionModel", "Planned"),
                translate("SessionModel", "Running"),
                translate("SessionModel", "Finished"),
            ),
            strict=True,
        )
    )
    return labels.get(status, status)


class SessionTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._shown: list[tuple] = []
        self._keys: list[tuple] = []
        self._locked: set[str] = set()  # sessions whose minutes are approved
        self._lock_icon = None

    def set_sessions(self, rows: list[SessionSummary], locked: set[str] | None = None) -> None:
        """``locked``: the ids of the sessions whose approved minutes lock them (a padlock)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._locked = set(locked or ())
        # What each cell shows and sorts by, made once per listing: sorting and painting
        # a thousand sessions then only look values up.
        self._shown = [self._display_row(s, s.id in self._locked) for s in self._rows]
        self._keys = [
            self._sort_row(s, shown) for s, shown in zip(self._rows, self._shown, strict=True)
        ]
        self.endResetModel()

    def update_sessions(
        self, rows: list[SessionSummary], gone: set[str], locked: set[str] | None = None
    ) -> None:
        """Only these sessions changed: each row is replaced, added or taken out on its own
        (the others, and what is selected, stay as they are). ``locked``: the sessions locked
        now (approved minutes), if known."""
        if locked is not None:
            self._locked = set(locked)
        for row in sorted((i for i, s in enumerate(self._rows) if s.id in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row], self._shown[row], self._keys[row]
            self.endRemoveRows()
        where = {s.id: i for i, s in enumerate(self._rows)}
        last = self.columnCount() - 1
        for session in rows:
            shown = self._display_row(session, session.id in self._locked)
            keys = self._sort_row(session, shown)
            row = where.get(session.id)
            if row is None:
                row = len(self._rows)
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.append(session)
                self._shown.append(shown)
                self._keys.append(keys)
                self.endInsertRows()
            elif self._rows[row] != session or self._shown[row] != shown:
                self._rows[row], self._shown[row], self._keys[row] = session, shown, keys
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def sessions(self) -> list[SessionSummary]:
        return list(self._rows)

    @staticmethod
    def _display_row(s: SessionSummary, locked: bool = False) -> tuple:
        status = status_label(s.status)
        if locked:
            approved = QCoreApplication.translate("SessionModel", "minutes approved")
            status = f"{status} · {approved}"
        return (
            s.title,
            s.template_name,
            date_text(s.date) if s.date else "",
            s.place,
            status,
            s.note_count,
        )

    def is_locked(self, session_id: str) -> bool:
        return session_id in self._locked

    @staticmethod
    def _sort_row(s: SessionSummary, shown: tuple) -> tuple:
        keys = [str(value or "").casefold() for value in shown]
        keys[COL_DATE] = s.date.isoformat() if s.date else ""
        keys[COL_NOTES] = s.note_count
        return tuple(keys)

    def session_at(self, row: int) -> SessionSummary:
        return self._rows[row]

    def session_by_id(self, session_id: str) -> SessionSummary:
        return next(s for s in self._rows if s.id == session_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SessionModel", _HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[row][col]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_TITLE:
            if self._rows[row].id not in self._locked:
                return None
            if self._lock_icon is None:
                from workshop.ui.approval_dialog import lock_icon

                self._lock_icon = lock_icon()
            return self._lock_icon
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TITLE, COL_STATUS):
            if self._rows[row].id in self._locked:
                return QCoreApplication.translate(
                    "SessionModel", "The minutes are approved: the session is locked"
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SESSION_ID_ROLE:
            return self._rows[row].id
        if role == self.SORT_ROLE:
            return self._keys[row][col]
        return None

    def column_values(self, column: int) -> list:
        """What the column shows, row by row."""
        return [shown[column] for shown in self._shown]

    def sort_key(self, row: int, column: int):
        """What the row sorts by in the column (the SORT_ROLE value), without a model index."""
        return self._keys[row][column]
