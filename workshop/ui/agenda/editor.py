"""The agenda editor: the steps of a session, their order, time boxes and the booked hours.

Every change is an undoable command on a QUndoStack; each redo and undo calls a service (one
committed transaction per call) and then reloads the agenda through ``get_session``. A service
error is shown in a warning dialog and never escapes into Qt.
"""

from __future__ import annotations

import math
from datetime import time

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.templates import STEP_KINDS
from workshop.errors import VerkstedError
from workshop.services import agenda as agenda_service
from workshop.services import notes as note_service
from workshop.services import sessions as session_service
from workshop.services.agenda import MAX_MINUTES, Schedule
from workshop.services.dto import SessionInfo, StepInfo
from workshop.store.db import Library
from workshop.ui.agenda.model import LATE_COLOUR, AgendaModel, _clock
from workshop.ui.commands.agenda import (
    AddStepCommand,
    BookingCommand,
    MoveStepCommand,
    RemoveStepCommand,
    UpdateStepCommand,
)
from workshop.ui.labels import format_duration, kind_label
from workshop.ui.translation import current_ui_language

FIELDS = ("kind", "title", "minutes", "prompt", "question")
DEFAULT_START = time(18, 0)


translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate


def _to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


# --- the list model -------------------------------------------------------------------------


# --- undoable commands ------------------------------------------------------------------------


# --- the editor -------------------------------------------------------------------------------


class AgendaEditor(QWidget):
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
    def _build_booking_row(self) -> None:
        self.booked_check = QCheckBox(self.tr("Booked time"), self)
        self.booked_check.setObjectName("bookedTimeCheck")
        self.booked_check.setAccessibleName(self.tr("Booked time"))
        self.booked_check.setToolTip(self.tr("The hours booked for the session (room, invitation)"))
        self.start_edit = self._time_edit("bookedStartEdit", self.tr("Booked start time"))
        self.end_edit = self._time_edit("bookedEndEdit", self.tr("Booked end time"))
        self.start_edit.setTime(_to_qtime(DEFAULT_START))
        self.end_edit.setTime(_to_qtime(time(21, 0)))
        self.total_label = QLabel(self)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setAccessibleName(self.tr("Total time"))
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.total_label.setFont(font)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("agendaWarning")
        self.warning_label.setAccessibleName(self.tr("Overrun warning"))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"QLabel {{ color: {LATE_COLOUR}; font-weight: bold; }}")
        self.warning_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.booked_check)
        self.from_label = QLabel(self.tr("from"), self)
        self.from_label.setBuddy(self.start_edit)
        self.to_label = QLabel(self.tr("to"), self)
        self.to_label.setBuddy(self.end_edit)
        row.addWidget(self.from_label)
        row.addWidget(self.start_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        row.addWidget(self.total_label)
        self.booking_row = row

        self.booked_check.toggled.connect(self._on_booked_toggled)
        self.start_edit.timeChanged.connect(self._on_booked_time_changed)
        self.end_edit.timeChanged.connect(self._on_booked_time_changed)

    def _time_edit(self, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(accessible)
        edit.setDisplayFormat("HH:mm")
        edit.setKeyboardTracking(False)
        return edit

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

    def _build_form(self) -> None:
        box = QGroupBox(self.tr("Selected step"), self)
        box.setObjectName("stepForm")
        self.form_box = box

        self.kind_combo = QComboBox(box)
        self.kind_combo.setObjectName("stepKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of step"))
        for kind in STEP_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)

        self.title_edit = QLineEdit(box)
        self.title_edit.setObjectName("stepTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Step title"))
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("What the room sees as the heading"))

        self.minutes_spin = QSpinBox(box)
        self.minutes_spin.setObjectName("stepMinutes")
        self.minutes_spin.setAccessibleName(self.tr("Minutes for the step"))
        self.minutes_spin.setRange(0, MAX_MINUTES)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setSpecialValueText(self.tr("open (no time box)"))
        self.minutes_spin.setKeyboardTracking(False)
        self.minutes_spin.setToolTip(self.tr("0 minutes: an open step without a time box"))

        self.prompt_edit = self._text_edit(
            "stepPromptEdit",
            self.tr("Facilitator prompt"),
            self.tr("What you say or do"),
        )
        self.question_edit = self._text_edit(
            "stepQuestionEdit",
            self.tr("Participant question"),
            self.tr("The question the participants answer"),
        )

        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.position_label = QLabel(box)
        self.position_label.setObjectName("stepFormPosition")
        form.addRow(self.position_label)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Minutes:"), self.minutes_spin)
        for text, edit in (
            (self.tr("Facilitator &prompt (only you see it):"), self.prompt_edit),
            (self.tr("Participant &question (shown to the room):"), self.question_edit),
        ):
            label = QLabel(text, box)
            label.setBuddy(edit)
            form.addRow(label)  # long texts get the full width under their label
            form.addRow(edit)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self._commit("kind"))
        self.title_edit.editingFinished.connect(lambda: self._commit("title"))
        self.minutes_spin.valueChanged.connect(lambda _v: self._commit("minutes"))

    def _text_edit(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.form_box)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 3 + 12)
        edit.installEventFilter(self)
        return edit

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

    def _sync_booking(self) -> None:
        s = self.session
        booked = s.start_time is not None
        self._syncing = True
        try:
            with QSignalBlocker(self.booked_check):
                self.booked_check.setChecked(booked)
            if s.start_time is not None:
                with QSignalBlocker(self.start_edit):
                    self.start_edit.setTime(_to_qtime(s.start_time))
            if s.end_time is not None:
                with QSignalBlocker(self.end_edit):
                    self.end_edit.setTime(_to_qtime(s.end_time))
        finally:
            self._syncing = False
        for widget in (self.start_edit, self.end_edit, self.from_label, self.to_label):
            widget.setEnabled(booked)

    def _sync_summary(self) -> None:
        s, plan = self.session, self.plan
        text = self.tr("Total %1").replace("%1", format_duration(plan.total_minutes))
        if s.start_time is not None and plan.ends is not None:
            text += f" · {_clock(s.start_time)}–{_clock(plan.ends)}"
        self.total_label.setText(text)
        self.total_label.setAccessibleDescription(text)
        over = plan.overrun_minutes
        if over > 0:
            warning = self.tr("The plan runs %1 min past the booked end time").replace(
                "%1", str(over)
            )
            self.warning_label.setText(f"⚠ {warning}")
            self.warning_label.setAccessibleDescription(warning)
        else:
            self.warning_label.clear()
        self.warning_label.setVisible(over > 0)

    def _sync_form(self) -> None:
        """Show the selected step in the form; a field the user has not touched is updated."""
        step = self.current_step()
        self._syncing = True
        try:
            if step is None:
                self._form_step_id = None
                self._loaded = {}
                self.form_box.setEnabled(False)
                self.position_label.clear()
                return
            self.form_box.setEnabled(True)
            values = {f: getattr(step, f) for f in FIELDS}
            fresh = step.id != self._form_step_id
            for field, value in values.items():
                if fresh or self._loaded.get(field) != value:
                    self._set_field(field, value)
            self._form_step_id = step.id
            self._loaded = values
            scheduled = self.plan.steps[step.position - 1] if self.plan else None
            text = (
                self.tr("Step %1 of %2")
                .replace("%1", str(step.position))
                .replace("%2", str(len(self.session.steps)))
            )
            if scheduled is not None and scheduled.starts is not None:
                text += " · " + self.tr("starts %1").replace("%1", _clock(scheduled.starts))
            self.position_label.setText(text)
        finally:
            self._syncing = False

    def _set_field(self, field: str, value) -> None:
        if field == "kind":
            index = self.kind_combo.findData(value)
            if index < 0:
                self.kind_combo.addItem(kind_label(value), value)
                index = self.kind_combo.count() - 1
            with QSignalBlocker(self.kind_combo):
                self.kind_combo.setCurrentIndex(index)
        elif field == "title":
            self.title_edit.setText(value)
            self.title_edit.setCursorPosition(0)
        elif field == "minutes":
            with QSignalBlocker(self.minutes_spin):
                self.minutes_spin.setValue(value)
        elif field == "prompt":
            self.prompt_edit.setPlainText(value)
        elif field == "question":
            self.question_edit.setPlainText(value)

    def _field_value(self, field: str):
        if field == "kind":
            return self.kind_combo.currentData()
        if field == "title":
            return self.title_edit.text().strip()
        if field == "minutes":
            return self.minutes_spin.value()
        if field == "prompt":
            return self.prompt_edit.toPlainText().strip()
        return self.question_edit.toPlainText().strip()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.prompt_edit:
                self._commit("prompt")
            elif watched is self.question_edit:
                self._commit("question")
        return super().eventFilter(watched, event)

    def _commit(self, field: str) -> None:
        """Save one form field of the step shown in the form, if it differs from the store."""
        if self._syncing or self._form_step_id is None or self.session is None:
            return
        step = self.session.step_by_id(self._form_step_id)
        if step is None:
            return
        old, new = getattr(step, field), self._field_value(field)
        if new is None or new == old:
            return
        self.undo_stack.push(UpdateStepCommand(self, step.id, field, old, new))

    def _flush_form(self) -> None:
        """Save edits still open in the form (before the selection or the agenda changes)."""
        if self._syncing or self._form_step_id is None:
            return
        self.minutes_spin.interpretText()
        for field in ("title", "prompt", "question"):
            self._commit(field)

    def _on_booked_toggled(self, checked: bool) -> None:
        if self._syncing or self.session is None:
            return
        old = (self.session.start_time, self.session.end_time)
        if checked:
            start = _from_qtime(self.start_edit.time())
            if self.session.end_time is None and self.plan is not None:
                # a first booking as long as the plan, rounded up to the quarter hour
                length = max(15, math.ceil(self.plan.total_minutes / 15) * 15)
                end_q = self.start_edit.time().addSecs(length * 60)
                end = _from_qtime(end_q)
            else:
                end = _from_qtime(self.end_edit.time())
            new = (start, end)
        else:
            new = (None, None)
        if new != old:
            self.undo_stack.push(BookingCommand(self, old, new))

    def _on_booked_time_changed(self, _value: QTime) -> None:
        if self._syncing or self.session is None or not self.booked_check.isChecked():
            return
        old = (self.session.start_time, self.session.end_time)
        new = (_from_qtime(self.start_edit.time()), _from_qtime(self.end_edit.time()))
        if new != old:
            self.undo_stack.push(BookingCommand(self, old, new))

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
