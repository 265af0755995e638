"""The agenda as list rows: one step per row, drag and drop asking for a move, late steps marked."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from workshop.services.agenda import Schedule, ScheduledStep
from workshop.services.dto import SessionInfo, StepInfo
from workshop.ui.labels import kind_label

translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_MIME = "application/x-verksted-step-id"
LATE_COLOUR = "#B3261E"


def clock_text(value: time | None) -> str:
    """``18:30``; empty without a time."""
    return value.strftime("%H:%M") if value is not None else ""


def _late_steps(session: SessionInfo) -> set[str]:
    """Ids of the steps that end after the booked end time."""
    if session.start_time is None or session.end_time is None:
        return set()
    start = session.start_time.hour * 60 + session.start_time.minute
    end = session.end_time.hour * 60 + session.end_time.minute
    booked = end - start if end >= start else end + 24 * 60 - start
    late, elapsed = set(), 0
    for step in session.steps:
        elapsed += step.minutes
        if elapsed > booked:
            late.add(step.id)
    return late


def _diff(old: list[str], new: list[str]) -> tuple[str, int, int] | None:
    """Describe ``old`` → ``new`` as one insert, removal or move: (kind, row, other row)."""
    if len(new) == len(old) + 1:
        for i in range(len(new)):
            if new[:i] + new[i + 1 :] == old:
                return ("insert", i, i)
    elif len(new) == len(old) - 1:
        for i in range(len(old)):
            if old[:i] + old[i + 1 :] == new:
                return ("remove", i, i)
    elif len(new) == len(old) and set(new) == set(old):
        for src in range(len(old)):
            rest = old[:src] + old[src + 1 :]
            dst = new.index(old[src])
            if [*rest[:dst], old[src], *rest[dst:]] == new:
                return ("move", src, dst)
    return None


class AgendaModel(QAbstractListModel):
    """The steps of one session as list rows; drag and drop asks for a move, never edits."""

    move_requested = Signal(str, int)  # step id, new 1-based position

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduledStep] = []
        self._late: set[str] = set()

    # --- content ---
    def set_session(self, session: SessionInfo, plan: Schedule) -> None:
        """Show a freshly read agenda; single inserts, removals and moves keep the selection."""
        old = [r.step.id for r in self._rows]
        new = [r.step.id for r in plan.steps]
        change = None if old == new else _diff(old, new)
        root = QModelIndex()
        if old == new:
            self._apply(session, plan)
        elif change is None:
            self.beginResetModel()
            self._apply(session, plan)
            self.endResetModel()
        elif change[0] == "insert":
            self.beginInsertRows(root, change[1], change[1])
            self._apply(session, plan)
            self.endInsertRows()
        elif change[0] == "remove":
            self.beginRemoveRows(root, change[1], change[1])
            self._apply(session, plan)
            self.endRemoveRows()
        else:
            src, dst = change[1], change[2]
            self.beginMoveRows(root, src, src, root, dst if dst < src else dst + 1)
            self._apply(session, plan)
            self.endMoveRows()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _apply(self, session: SessionInfo, plan: Schedule) -> None:
        self._rows = list(plan.steps)
        self._late = _late_steps(session)

    def step_at(self, row: int) -> StepInfo | None:
        return self._rows[row].step if 0 <= row < len(self._rows) else None

    def row_of(self, step_id: str | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.step.id == step_id), None)

    def row_text(self, row: int) -> str:
        scheduled = self._rows[row]
        step = scheduled.step
        title = step.title or translate("AgendaEditor", "(untitled)")
        length = (
            translate("AgendaEditor", "open")
            if step.minutes == 0
            else translate("AgendaEditor", "%1 min").replace("%1", str(step.minutes))
        )
        text = f"{step.position}. {title} — {kind_label(step.kind)}, {length}"
        if scheduled.starts is not None:
            text = f"{clock_text(scheduled.starts)}  {text}"
        return text

    # --- QAbstractListModel ---
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        step = self._rows[index.row()].step
        late = step.id in self._late
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_text(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.row_text(index.row())
            return (
                (text + ". " + translate("AgendaEditor", "Runs past the booked end time"))
                if late
                else text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [p for p in (step.question, step.prompt) if p]
            if late:
                parts.append(translate("AgendaEditor", "Runs past the booked end time"))
            return "\n\n".join(parts) if parts else None
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(QColor(LATE_COLOUR))
        if role == STEP_ID_ROLE:
            return step.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # --- drag and drop: one drop = one move request ---
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(STEP_MIME, QByteArray(self._rows[rows[0]].step.id.encode()))
        return data

    def _request_move(self, src: int, before: int) -> bool:
        """Ask for the step at ``src`` to go before the row ``before`` (rows as they are now)."""
        if not 0 <= src < len(self._rows):
            return False
        target = before - 1 if before > src else before
        target = max(0, min(target, len(self._rows) - 1))
        if target != src:
            self.move_requested.emit(self._rows[src].step.id, target + 1)
        return True

    def moveRows(
        self,
        sourceParent: QModelIndex | QPersistentModelIndex,
        sourceRow: int,
        count: int,
        destinationParent: QModelIndex | QPersistentModelIndex,
        destinationChild: int,
    ) -> bool:
        # QListView calls this for an internal drop. The move goes through the editor (an undo
        # command and move_step); the refresh that follows moves the row in this model.
        if sourceParent.isValid() or destinationParent.isValid() or count != 1:
            return False
        return self._request_move(sourceRow, destinationChild)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(STEP_MIME):
            return False
        step_id = bytes(data.data(STEP_MIME).data()).decode()
        src = self.row_of(step_id)
        if src is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        return self._request_move(src, row)
