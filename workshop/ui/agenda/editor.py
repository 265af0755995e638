"""The agenda editor: the steps of a session, their order, time boxes and the booked hours.

Every change is an undoable command on a QUndoStack; each redo and undo calls a service (one
committed transaction per call) and then reloads the agenda through ``get_session``. A service
error is shown in a warning dialog and never escapes into Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import VerkstedError
from workshop.services import agenda as agenda_service
from workshop.services import notes as note_service
from workshop.services import sessions as session_service
from workshop.services.agenda import Schedule
from workshop.services.dto import SessionInfo, StepInfo
from workshop.services.library import Library
from workshop.ui.agenda.booking import AgendaBooking
from workshop.ui.agenda.model import AgendaModel
from workshop.ui.agenda.step_form import AgendaStepForm
from workshop.ui.commands.agenda import AddStepCommand, MoveStepCommand, RemoveStepCommand
from workshop.ui.labels import kind_label
from workshop.ui.translation import current_ui_language


class AgendaEditor(AgendaBooking, AgendaStepForm, QWidget):
    """List of steps on the left, the selected step's form on the right, booked hours above."""

    changed = Signal()

    def __init__(
        self,
        lib: Library,
        session_id: str,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaEditor")
        self.setAccessibleName(self.tr("Agenda editor"))
        self.lib = lib
        self.session_id = session_id
        self.session: SessionInfo | None = None
        self.plan: Schedule | None = None
        self.owns_undo_stack = undo_stack is None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._form_step_id: str | None = None
        self._loaded: dict[str, object] = {}
        self._syncing = False
        self._refreshing = False
        self._last_row = 0

        self.model = AgendaModel(self)
        self.model.move_requested.connect(self.move_step_to)
        self._build_booking_row()
        self._build_list()
        self._build_form()
        self._build_actions()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("agendaSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_pane)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.booking_row)
        layout.addWidget(self.warning_label)
        layout.addWidget(splitter, 1)

        self.refresh()
        if self.model.rowCount():
            self.select_step(self.model.step_at(0).id)

    # --- building ---

    def _build_list(self) -> None:
        self.list_pane = QWidget(self)
        view = QListView(self.list_pane)
        view.setObjectName("agendaList")
        view.setAccessibleName(self.tr("Agenda steps"))
        view.setAccessibleDescription(
            self.tr("Ctrl+Up and Ctrl+Down move the selected step; drag a step to reorder")
        )
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setDropIndicatorShown(True)
        view.setAlternatingRowColors(True)
        view.setUniformItemSizes(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        metrics = view.fontMetrics()
        view.setMinimumWidth(metrics.horizontalAdvance("00:00  10. " + "M" * 12))
        view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view = view

        self.add_button = self._button("addStepButton", self.tr("Add step"))
        self.duplicate_button = self._button("duplicateStepButton", self.tr("Duplicate"))
        self.remove_button = self._button("removeStepButton", self.tr("Remove"))
        self.up_button = self._button("moveUpButton", self.tr("Move up"))
        self.down_button = self._button("moveDownButton", self.tr("Move down"))
        layout = QVBoxLayout(self.list_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.setAutoDefault(False)
        return button

    def _build_actions(self) -> None:
        def action(text: str, keys: list[str], slot, on_list_only: bool) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut
                if on_list_only
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(slot)
            self.list_view.addAction(act)
            if not on_list_only:
                self.addAction(act)
            return act

        # Delete and Ctrl/Alt+arrows act on the list only, so they keep their meaning in text.
        self.add_action = action(self.tr("Add step"), ["Ins"], self.add_step, False)
        self.duplicate_action = action(self.tr("Duplicate"), ["Ctrl+D"], self.duplicate_step, False)
        self.remove_action = action(self.tr("Remove"), ["Del"], self.remove_step, True)
        self.up_action = action(
            self.tr("Move up"), ["Ctrl+Up", "Alt+Up"], lambda: self.move_selected(-1), True
        )
        self.down_action = action(
            self.tr("Move down"), ["Ctrl+Down", "Alt+Down"], lambda: self.move_selected(1), True
        )
        for button, act, tip in (
            (self.add_button, self.add_action, self.tr("Add a step after the selected one (Ins)")),
            (self.duplicate_button, self.duplicate_action, self.tr("Duplicate the step (Ctrl+D)")),
            (self.remove_button, self.remove_action, self.tr("Remove the step (Del in the list)")),
            (self.up_button, self.up_action, self.tr("Move the step up (Ctrl+Up)")),
            (self.down_button, self.down_action, self.tr("Move the step down (Ctrl+Down)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(act.trigger)
        if self.owns_undo_stack:
            self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
            self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
            self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
            redo_keys = [QKeySequence("Ctrl+Shift+Z")]  # also where the platform says Ctrl+Y
            for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
                if key not in redo_keys:  # a key listed twice would be an ambiguous shortcut
                    redo_keys.append(key)
            self.redo_action.setShortcuts(redo_keys)
            for act in (self.undo_action, self.redo_action):
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)

    # --- reading ---
    def refresh(self, select_id: str | None = None) -> bool:
        """Read the agenda again and show it, keeping (or moving to) the selected step."""
        keep = select_id or self._current_id()
        previous_row = self._last_row
        self._refreshing = True
        try:
            try:
                self.session = session_service.get_session(self.lib, self.session_id)
            except VerkstedError as exc:
                self.setEnabled(False)
                self._warn(exc.message(current_ui_language()))
                return False
            self.plan = agenda_service.schedule(self.session)
            self.model.set_session(self.session, self.plan)
            row = self.model.row_of(keep)
            if row is None and self.model.rowCount():
                row = max(0, min(previous_row, self.model.rowCount() - 1))
            if row is not None and row != self._current_row():
                self.list_view.setCurrentIndex(self.model.index(row))
            if row is not None:
                self.list_view.scrollTo(self.model.index(row))
        finally:
            self._refreshing = False
        self._sync_booking()
        self._sync_summary()
        self._sync_form()
        self._sync_actions()
        return True

    def _current_row(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else None

    def _current_id(self) -> str | None:
        row = self._current_row()
        step = self.model.step_at(row) if row is not None else None
        return step.id if step else None

    def current_step(self) -> StepInfo | None:
        step_id = self._current_id()
        return self.session.step_by_id(step_id) if self.session and step_id else None

    def select_step(self, step_id: str) -> None:
        row = self.model.row_of(step_id)
        if row is not None:
            self.list_view.setCurrentIndex(self.model.index(row))
            self.list_view.scrollTo(self.model.index(row))

    def _sync_actions(self) -> None:
        row = self._current_row()
        count = self.model.rowCount()
        has = row is not None
        self.duplicate_action.setEnabled(has)
        self.remove_action.setEnabled(has and count > 1)
        self.up_action.setEnabled(has and row > 0)
        self.down_action.setEnabled(has and row < count - 1)
        for button, act in (
            (self.duplicate_button, self.duplicate_action),
            (self.remove_button, self.remove_action),
            (self.up_button, self.up_action),
            (self.down_button, self.down_action),
        ):
            button.setEnabled(act.isEnabled())

    # --- reacting ---
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._last_row = current.row()
        if self._refreshing:
            return
        self._flush_form()
        self._sync_form()
        self._sync_actions()

    # --- changing ---
    def add_step(self) -> None:
        """Insert a new step right after the selected one (at the end when none is)."""
        self._flush_form()
        current = self.current_step()
        known = {s.id for s in self.session.steps} if self.session else set()
        position = current.position + 1 if current else None
        fields = {"kind": "discuss", "title": self.tr("New step"), "minutes": 10}
        self.undo_stack.push(
            AddStepCommand(
                self,
                position=position,
                fields=fields,
                previous=current.id if current else None,
            )
        )
        added = self.current_step()
        if added is not None and added.id not in known:  # ready to type the new step's title
            self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.title_edit.selectAll()

    def duplicate_step(self) -> None:
        self._flush_form()
        current = self.current_step()
        if current is not None:
            self.undo_stack.push(AddStepCommand(self, duplicate_of=current.id, previous=current.id))

    def remove_step(self) -> None:
        """Remove the selected step; asks first when notes were captured under it."""
        self._flush_form()
        current = self.current_step()
        if current is None or len(self.session.steps) <= 1:
            return
        try:
            count = sum(
                1
                for n in note_service.list_notes(self.lib, self.session_id)
                if n.step_id == current.id
            )
        except VerkstedError as exc:
            self.report_error(exc)
            return
        if count:
            title = current.title or kind_label(current.kind)
            text = self.tr(
                "“%1” has %n note(s). Remove the step? The notes stay in the session, "
                "no longer tied to a step.",
                "",
                count,
            ).replace("%1", title)
            answer = QMessageBox.question(
                self,
                self.tr("Remove step"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo_stack.push(RemoveStepCommand(self, current))

    def move_selected(self, delta: int) -> None:
        current = self.current_step()
        if current is not None:
            self.move_step_to(current.id, current.position + delta)

    def move_step_to(self, step_id: str, position: int) -> None:
        """Move a step to a 1-based position (clamped to the agenda); one undoable change."""
        self._flush_form()
        step = self.session.step_by_id(step_id) if self.session else None
        if step is None:
            return
        position = max(1, min(position, len(self.session.steps)))
        if position != step.position:
            self.undo_stack.push(MoveStepCommand(self, step_id, step.position, position))

    # --- called by the commands ---
    def after_change(self, select_id: str | None) -> None:
        self.refresh(select_id)
        self.changed.emit()

    def report_error(self, exc: VerkstedError) -> None:
        self._warn(exc.message(current_ui_language()))
        self._form_step_id = None  # show the stored values again, not the refused ones
        self.refresh()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Agenda"), message)
