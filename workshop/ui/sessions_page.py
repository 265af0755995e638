"""The sessions screen ("Økter"): find, open, duplicate and delete sessions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import VerkstedError
from workshop.ui.commands.sessions import DeleteSessionCommand
from workshop.ui.session_model import (
    COL_DATE,
    COL_NOTES,
    COL_TITLE,
    SESSION_ID_ROLE,
    SessionTableModel,
)
from workshop.ui.widgets import refill_combo

SORT_ROLE = SessionTableModel.SORT_ROLE


class SessionFilter(QSortFilterProxyModel):
    """Search text over title, type and place; filter by template and year."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.template_id: str | None = None
        self.year: int | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_criteria(self, text: str, template_id: str | None, year: int | None) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt ≥ 6.10; invalidateRowsFilter before
        if modern:
            self.beginFilterChange()
        self.text = text.strip().casefold()
        self.template_id = template_id
        self.year = year
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        # The keys the model made once per listing, not two data() calls per comparison.
        model, column = self.sourceModel(), left.column()
        return model.sort_key(left.row(), column) < model.sort_key(right.row(), column)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        session = self.sourceModel().session_at(row)
        if self.template_id and session.template_id != self.template_id:
            return False
        if self.year and (session.date is None or session.date.year != self.year):
            return False
        if self.text:
            haystack = f"{session.title} {session.template_name} {session.place}".casefold()
            return self.text in haystack
        return True


class SessionsPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    changed = Signal()

    def __init__(self, parent=None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsPage")
        self.lib = None
        self._seen_mark: int | None = None  # the library's change mark when last listed
        self.undo_stack = undo_stack or QUndoStack(self)
        self.undo_stack.setParent(self)  # a page built again takes over the one it replaces

        self.heading = QLabel(self.tr("Sessions"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = QLabel(self.tr("Opening the library…"), self)
        self.status_label.setObjectName("libraryStatus")

        self.search = QLineEdit(self)
        self.search.setObjectName("sessionSearch")
        self.search.setPlaceholderText(self.tr("Search title, type or place"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("sessionTypeFilter")
        self.type_filter.setAccessibleName(self.tr("Filter by type"))
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("sessionYearFilter")
        self.year_filter.setAccessibleName(self.tr("Filter by year"))

        self.model = SessionTableModel(self)
        self.proxy = SessionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("sessionList")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Sized once per listing from the shown texts (_size_columns), not ResizeToContents:
        # that asks every row again after each sort or change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        self.new_button = self._button("newSessionButton", self.tr("&New session…"))
        self.open_button = self._button("runSessionButton", self.tr("&Run"))
        self.duplicate_button = self._button(
            "duplicateSessionButton", self.tr("&Duplicate as new plan")
        )
        self.delete_button = self._button("deleteSessionButton", self.tr("De&lete…"))
        self.demo_button = self._button("demoButton", self.tr("Create the demo session"))
        self.demo_button.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.year_filter)
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.delete_button,
            self.demo_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._apply_filter)
        self.type_filter.currentIndexChanged.connect(self._apply_filter)
        self.year_filter.currentIndexChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.demo_button.clicked.connect(self.create_demo)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Delete in the list deletes the selected session (asked first, undoable).
        self.delete_action = QAction(self.tr("Delete session"), self.table)
        self.delete_action.setObjectName("deleteSessionAction")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.setFocusProxy(self.table)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        return button

    # --- data ---
    def set_library(self, lib, *, listed: bool = True) -> None:
        """Work on ``lib``; ``listed=False``: list its sessions only at the next refresh."""
        self.lib = lib
        if listed:
            self.refresh()

    def refresh(self) -> None:
        if self.lib is None:
            return
        selected = self.selected_session_id()
        # Imported here: the window is painted before SQLAlchemy is loaded.
        from workshop.services.approval import locked_sessions
        from workshop.services.sessions import library_mark, list_sessions

        self._seen_mark = library_mark(self.lib)  # read first: a change meanwhile shows next time
        sessions = list_sessions(self.lib)
        self.model.set_sessions(sessions, locked_sessions(self.lib))
        self._listed()
        self.select_session(selected)
        self._update_buttons()
        self.changed.emit()

    def refresh_changed(self) -> None:
        """Show what changed elsewhere (the command line) since the list was last read: only
        the sessions made, changed or deleted meanwhile are read and redrawn; nothing at all
        when nothing changed."""
        if self.lib is None:
            return
        if self._seen_mark is None:
            self.refresh()
            return
        from workshop.services.approval import locked_sessions
        from workshop.services.sessions import list_sessions, sessions_changed_since

        mark, changed = sessions_changed_since(self.lib, self._seen_mark)
        if mark == self._seen_mark:
            return
        self._seen_mark = mark
        if changed:
            rows = list_sessions(self.lib, only=changed)
            gone = set(changed) - {s.id for s in rows}
            self.model.update_sessions(rows, gone, locked_sessions(self.lib))
            self._listed()
            self._update_buttons()
            self.changed.emit()

    def _listed(self) -> None:
        sessions = self.model.sessions()
        self._size_columns()
        self._fill_filters(sessions)
        if sessions:
            self.status_label.setText(self.tr("%n session(s)", "", len(sessions)))
        else:
            self.status_label.setText(
                self.tr("No sessions yet. Create one, or the demo session to look around.")
            )
        self.demo_button.setVisible(not sessions)

    def _size_columns(self) -> None:
        """Each column but the title as wide as its widest text or its header."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = 2 * self.table.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin)
        for column in range(self.model.columnCount()):
            if column == COL_TITLE:
                continue
            texts = {str(value) for value in self.model.column_values(column)}
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            header.resizeSection(column, max(header.sectionSizeHint(column), widest + margin + 12))

    def _fill_filters(self, sessions) -> None:
        fill = refill_combo
        types = sorted({(s.template_name, s.template_id) for s in sessions})
        fill(self.type_filter, [(self.tr("All types"), None), *types])
        years = sorted({s.date.year for s in sessions if s.date}, reverse=True)
        fill(self.year_filter, [(self.tr("All years"), None), *((str(y), y) for y in years)])

    def _apply_filter(self) -> None:
        self.proxy.set_criteria(
            self.search.text(), self.type_filter.currentData(), self.year_filter.currentData()
        )
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        if total and shown != total:
            self.status_label.setText(
                self.tr("%1 of %2 sessions").replace("%1", str(shown)).replace("%2", str(total))
            )
        elif total:
            self.status_label.setText(self.tr("%n session(s)", "", total))
        self._update_buttons()

    # --- selection ---
    def selected_session_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SESSION_ID_ROLE) if rows else None

    def select_session(self, session_id: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if session_id is None or index.data(SESSION_ID_ROLE) == session_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has = self.selected_session_id() is not None
        for b in (self.open_button, self.duplicate_button, self.delete_button):
            b.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        session_id = self.proxy.index(index.row(), 0).data(SESSION_ID_ROLE)
        if session_id:
            self.open_requested.emit(session_id)

    def _open_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id:
            self.open_requested.emit(session_id)

    # --- actions ---
    def duplicate_selected(self) -> str | None:
        """Duplicate as new plan: asks for the new plan's title and date first."""
        from workshop.ui.session_details import NewPlanDialog

        session_id = self.selected_session_id()
        if session_id is None:
            return None
        title = self.model.session_by_id(session_id).title
        dialog = NewPlanDialog(self.tr("%1 (copy)").replace("%1", title)[:300], self)
        try:
            if not dialog.exec():
                return None
            new_title, new_date = dialog.title(), dialog.plan_date()
        finally:
            dialog.deleteLater()
        try:
            from workshop.services.sessions import duplicate_session

            new_id = duplicate_session(self.lib, session_id, new_title, new_date)
        except VerkstedError as exc:
            self.show_error(exc)
            return None
        self.refresh()
        self.select_session(new_id)
        return new_id

    def delete_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is None:
            return
        summary = self.model.session_by_id(session_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete “%1” with its %n note(s)? You can undo this (Ctrl+Z) until Verksted "
                "closes; then it is deleted for good.",
                "",
                summary.note_count,
            ).replace("%1", summary.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteSessionCommand(self, session_id, summary.title))

    def create_demo(self) -> str | None:
        """Create the demo session and select it; its id, or None when it could not be made."""
        from workshop.services.demo import create_demo

        if self.lib is None:
            return None
        try:
            session_id = create_demo(self.lib)
        except VerkstedError as exc:
            self.show_error(exc)
            return None
        self.refresh()
        self.select_session(session_id)
        return session_id

    def demo_session_id(self) -> str | None:
        """A session made from the demo (its template and title), if the library has one."""
        from workshop.domain.validation import read_toml
        from workshop.paths import resource
        from workshop.services.sessions import list_sessions

        if self.lib is None:
            return None
        demo = read_toml(resource("demo", "library-evening.toml"))  # what create_demo reads
        titles = set(demo["title"].values())
        for session in list_sessions(self.lib):
            if session.template_id == demo["template"] and session.title in titles:
                return session.id
        return None

    def report_error(self, exc: VerkstedError) -> None:
        """A change was refused (an undo command): say why, then list what is stored."""
        self.show_error(exc)
        self.refresh()

    def show_error(self, exc: VerkstedError) -> None:
        from workshop.i18n import system_language

        QMessageBox.warning(self, self.tr("Verksted"), exc.message(system_language()))


__all__ = ["COL_NOTES", "SessionFilter", "SessionsPage"]
