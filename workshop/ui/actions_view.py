"""The actions view: every session's actions in one table, to follow them up.

Filter by status, owner, principle (the action's own or its notes'), overdue and free text.
Status, closing comment and the story mark are edited in the table (F2 or Enter opens the
status list); each change is one undo step on ``undo_stack``. Enter or a double click on the
other columns edits the text, owner, due date and principles in a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.vocabulary import ACTION_STATUSES, OPEN_STATUSES
from workshop.errors import VerkstedError
from workshop.i18n import LANGUAGES
from workshop.services import actions as action_service
from workshop.services.dto import ActionInfo
from workshop.ui.action_dialog import NewActionDialog
from workshop.ui.commands.actions import ChangeActionCommand
from workshop.ui.labels import action_status_label
from workshop.ui.widgets import date_text

(
    COL_TEXT,
    COL_SESSION,
    COL_OWNER,
    COL_DUE,
    COL_STATUS,
    COL_PRINCIPLES,
    COL_STORY,
    COL_COMMENT,
) = range(8)
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOT_CLOSED = "not-closed"

OVERDUE_FILL = QColor("#FDE7E7")
OVERDUE_TEXT = QColor("#8C1D18")
CLOSED_TEXT = QColor("#5F6368")


def _headers() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("ActionsView", "Action"),
        translate("ActionsView", "Session"),
        translate("ActionsView", "Owner"),
        translate("ActionsView", "Due"),
        translate("ActionsView", "Status"),
        translate("ActionsView", "Principles"),
        translate("ActionsView", "Story"),
        translate("ActionsView", "Comment"),
    ]


class ActionTableModel(QAbstractTableModel):
    """The actions shown; an edit in a cell is handed to ``change_requested``, not stored here."""

    change_requested = Signal(str, dict)  # action id, {field: new value}

    def __init__(self, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[ActionInfo] = []
        self.headers = _headers()

    def set_actions(self, actions: list[ActionInfo]) -> None:
        self.beginResetModel()
        self.rows = list(actions)
        self.endResetModel()

    def action(self, row: int) -> ActionInfo:
        return self.rows[row]

    def row_of(self, action_id: str) -> int | None:
        return next((i for i, a in enumerate(self.rows) if a.id == action_id), None)

    def replace(self, action: ActionInfo) -> None:
        row = self.row_of(action.id)
        if row is not None:
            self.rows[row] = action
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def overdue(self, action: ActionInfo) -> bool:
        return action_service.is_overdue(action, self.today())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _display(self, a: ActionInfo, col: int) -> str:
        if col == COL_TEXT:
            return " ".join(a.text.split())
        if col == COL_SESSION:
            return a.session_title
        if col == COL_OWNER:
            return a.owner
        if col == COL_DUE:
            if a.due is None:
                return ""
            if self.overdue(a):
                return self.tr("%1 (overdue)").replace("%1", date_text(a.due))
            return date_text(a.due)
        if col == COL_STATUS:
            return action_status_label(a.status)
        if col == COL_PRINCIPLES:
            return ", ".join(str(n) for n in a.principles)
        if col == COL_COMMENT:
            return " ".join(a.comment.split())
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_STATUS:
                return a.status
            if col == COL_COMMENT:
                return a.comment
            return self._display(a, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_STORY:
            return Qt.CheckState.Checked if a.story else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TEXT:
                return a.text
            if col == COL_COMMENT:
                return a.comment or None
            if col == COL_DUE and self.overdue(a):
                return self.tr("Past its due date and not closed")
            if col == COL_STORY:
                return self.tr("An innovation story worth telling")
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_STORY:
            return self.tr("Story") if a.story else self.tr("Not a story")
        if role == Qt.ItemDataRole.BackgroundRole and self.overdue(a):
            return QBrush(OVERDUE_FILL)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.overdue(a) and col in (COL_DUE, COL_STATUS):
                return QBrush(OVERDUE_TEXT)
            if a.status in ("done", "dropped"):
                return QBrush(CLOSED_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole and col == COL_DUE and self.overdue(a):
            font = QFont()
            font.setBold(True)
            return font
        if role == ACTION_ID_ROLE:
            return a.id
        if role == SORT_ROLE:
            return self._sort_key(a, col)
        return None

    def _sort_key(self, a: ActionInfo, col: int):
        if col == COL_DUE:
            return a.due.isoformat() if a.due else "9999"
        if col == COL_STATUS:
            return ACTION_STATUSES.index(a.status) if a.status in ACTION_STATUSES else 99
        if col == COL_STORY:
            return int(not a.story)
        if col == COL_PRINCIPLES:
            return a.principles[0] if a.principles else 99
        return self._display(a, col).casefold()

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_STATUS, COL_COMMENT):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == COL_STORY:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        a = self.rows[index.row()]
        col = index.column()
        if col == COL_STORY and role == Qt.ItemDataRole.CheckStateRole:
            story = Qt.CheckState(value) == Qt.CheckState.Checked
            if story != a.story:
                self.change_requested.emit(a.id, {"story": story})
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == COL_STATUS and value in ACTION_STATUSES and value != a.status:
            self.change_requested.emit(a.id, {"status": value})
            return True
        if col == COL_COMMENT and str(value).strip() != a.comment:
            self.change_requested.emit(a.id, {"comment": str(value)})
            return True
        return False


class StatusDelegate(QStyledItemDelegate):
    """A list of the four statuses; choosing one stores it at once."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        combo.setAccessibleName(QCoreApplication.translate("ActionsView", "Status"))
        for status in ACTION_STATUSES:
            combo.addItem(action_status_label(status), status)
        combo.activated.connect(lambda i, c=combo: self._chosen(c, i))
        return combo

    def _chosen(self, combo: QComboBox, index: int) -> None:
        combo.setCurrentIndex(index)
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionsView(QWidget):
    """Every action across the sessions, with filters and editing in place."""

    open_session_requested = Signal(str)  # session id
    changed = Signal()  # an action was changed here

    def __init__(
        self,
        lib=None,
        parent: QWidget | None = None,
        language: str | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionsView")
        self.lib = lib
        self.language = language
        self.today = today or date.today
        self.undo_stack = QUndoStack(self)
        self.total = 0

        self.heading = QLabel(self.tr("Actions"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)

        self.search = QLineEdit(self)
        self.search.setObjectName("actionSearch")
        self.search.setPlaceholderText(self.tr("Search action, owner, comment or session"))
        self.search.setAccessibleName(self.tr("Search actions"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(self.tr("Not closed (open or in progress)"), NOT_CLOSED)
        for status in ACTION_STATUSES:
            self.status_filter.addItem(action_status_label(status), status)
        self.owner_filter = QLineEdit(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.setPlaceholderText(self.tr("Owner"))
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.owner_filter.setClearButtonEnabled(True)
        self.principle_filter = QComboBox(self)
        self.principle_filter.setObjectName("principleFilter")
        self.principle_filter.setAccessibleName(self.tr("Filter by principle"))
        self._fill_principles()
        self.overdue_filter = QCheckBox(self.tr("Only o&verdue"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.overdue_filter.setAccessibleName(self.tr("Only overdue actions"))

        self.model = ActionTableModel(self.today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("actionList")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)  # overdue rows must stand out
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.status_delegate = StatusDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_STATUS, self.status_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setMaximumSectionSize(self.fontMetrics().horizontalAdvance("m") * 24)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("actionCount")
        self.hint = QLabel(
            self.tr(
                "F2 or Enter changes the status or comment; Space ticks the story; "
                "Enter on the other columns edits the action."
            ),
            self,
        )
        self.hint.setObjectName("actionHint")
        self.hint.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editActionButton")
        self.open_button = QPushButton(self.tr("Open &session"), self)
        self.open_button.setObjectName("openSessionButton")
        for button in (self.edit_button, self.open_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.principle_filter)
        filters.addWidget(self.overdue_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh)
        self.owner_filter.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.principle_filter.currentIndexChanged.connect(self.refresh)
        self.overdue_filter.toggled.connect(self.refresh)
        self.model.change_requested.connect(self._change_requested)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self._open_selected)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self.setFocusProxy(self.table)
        self.refresh()

    # --- data ---
    def _language(self) -> str:
        if self.language in LANGUAGES:
            return self.language
        from workshop.ui.translation import current_ui_language

        return current_ui_language()

    def _fill_principles(self) -> None:
        from workshop.domain.framework import load_default_framework

        self.principle_filter.addItem(self.tr("All principles"), None)
        lang = self._language()
        for p in load_default_framework().principles:
            self.principle_filter.addItem(f"{p.number}. {p.title[lang]}", p.number)

    def set_library(self, lib) -> None:
        self.lib = lib
        self.undo_stack.clear()
        self.refresh()

    def filters(self) -> dict:
        """The current filters, as ``list_actions`` takes them."""
        status = self.status_filter.currentData() or None
        return {
            "status": OPEN_STATUSES if status == NOT_CLOSED else status,
            "owner": self.owner_filter.text().strip() or None,
            "principle": self.principle_filter.currentData(),
            "overdue_on": self.today() if self.overdue_filter.isChecked() else None,
            "search": self.search.text().strip() or None,
        }

    def refresh(self) -> None:
        """Read the actions again (keeps the selection); call when the view is shown."""
        if self.lib is None:
            self.model.set_actions([])
            self._update_count()
            return
        selected = self.selected_action_id()
        self.total = len(action_service.list_actions(self.lib))
        self.model.set_actions(action_service.list_actions(self.lib, **self.filters()))
        if selected is not None:
            self.select_action(selected)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        overdue = sum(1 for a in self.model.rows if self.model.overdue(a))
        if not self.total:
            text = self.tr("No actions yet. In run mode, select notes and press %1.").replace(
                "%1", "Ctrl+Shift+N"
            )
        elif shown == self.total:
            text = self.tr("%n action(s)", "", shown)
        else:
            text = self.tr("%1 of %2 actions").replace("%1", str(shown))
            text = text.replace("%2", str(self.total))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.count_label.setText(text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # --- selection ---
    def selected_action_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].data(ACTION_ID_ROLE)
        current = self.table.currentIndex()
        return current.data(ACTION_ID_ROLE) if current.isValid() else None

    def select_action(self, action_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_TEXT)
            if index.data(ACTION_ID_ROLE) == action_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_action(self) -> ActionInfo | None:
        action_id = self.selected_action_id()
        row = self.model.row_of(action_id) if action_id else None
        return self.model.action(row) if row is not None else None

    def _update_buttons(self) -> None:
        has = self.selected_action_id() is not None
        self.edit_button.setEnabled(has)
        self.open_button.setEnabled(has)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- editing ---
    def _activated(self, index: QModelIndex) -> None:
        column = index.column()
        if column in (COL_STATUS, COL_COMMENT):
            self.table.edit(index)
        elif column == COL_STORY:
            current = index.data(Qt.ItemDataRole.CheckStateRole)
            checked = Qt.CheckState(current) == Qt.CheckState.Checked
            new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            self.proxy.setData(index, new, Qt.ItemDataRole.CheckStateRole)
        else:
            self.edit_selected()

    def _change_requested(self, action_id: str, after: dict) -> None:
        row = self.model.row_of(action_id)
        if row is None:
            return
        action = self.model.action(row)
        self.undo_stack.push(ChangeActionCommand(self, action, after, self._command_text(after)))

    def _command_text(self, after: dict) -> str:
        if set(after) == {"status"}:
            return self.tr("Set status to %1").replace("%1", action_status_label(after["status"]))
        if set(after) == {"comment"}:
            return self.tr("Change comment")
        if set(after) == {"story"}:
            return self.tr("Mark as story") if after["story"] else self.tr("Unmark story")
        return self.tr("Edit action")

    def set_status(self, action_id: str, status: str) -> None:
        """Change the status as the table does (undoable)."""
        self._change_requested(action_id, {"status": status})

    def show_action(self, action: ActionInfo) -> None:
        """Show an action as stored after a change (the undo commands call it)."""
        self.model.replace(action)
        self._update_count()
        self.changed.emit()

    def report_error(self, exc: VerkstedError) -> None:
        """A change was refused (the action is gone): say why, then list what is stored."""
        self.show_error(exc.message(self._language()))
        self.refresh()

    def edit_selected(self) -> None:
        action = self.selected_action()
        if action is None or self.lib is None:
            return
        try:
            dialog = NewActionDialog(
                self.lib, action.session_id, parent=self, action=action, language=self.language
            )
        except VerkstedError as exc:
            self.show_error(exc.message(self._language()))
            return
        try:
            if dialog.exec() != NewActionDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        finally:
            dialog.deleteLater()
        after = {
            key: values[key]
            for key in ("text", "owner", "due", "principles")
            if values[key] != getattr(action, key)
        }
        if after:
            self.undo_stack.push(ChangeActionCommand(self, action, after, self.tr("Edit action")))

    def _open_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.open_session_requested.emit(action.session_id)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Verksted"), message)


__all__ = ["ActionsView", "NewActionDialog"]
