"""Creating an action from notes (run mode, mapping view) and editing one (the actions view).

``create_action_from_notes`` is what the "new action" key calls: it opens ``NewActionDialog``
prefilled from the notes (text, principles, linked notes) and pushes an undoable command, so
Ctrl+Z in the board removes the action again. ``StoryCommand`` marks notes as innovation stories.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import VerkstedError
from workshop.i18n import LANGUAGES
from workshop.services import actions as action_service
from workshop.services.dto import ActionInfo
from workshop.services.library import Library
from workshop.ui.commands.actions import AddActionCommand
from workshop.ui.widgets import DATE_FORMAT

NEW_KEY = "Ctrl+Shift+N"  # a new action from the selected notes (run mode, mapping view)
STORY_KEY = "Ctrl+Shift+S"  # mark the selected notes as innovation stories (run mode)
DEFAULT_DUE_DAYS = 14
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _language(language: str | None) -> str:
    if language in LANGUAGES:
        return language
    from workshop.ui.translation import current_ui_language

    return current_ui_language()


def _one_line(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NewActionDialog(QDialog):
    """Text, owner, optional due date, principles and linked notes of an action.

    New: ``NewActionDialog(lib, session_id, note_ids)`` prefilled from the notes. Editing:
    ``NewActionDialog(lib, action.session_id, action=action)``; the linked notes are only shown.
    ``values()`` gives what to store; nothing is stored by the dialog itself.
    """

    def __init__(
        self,
        lib: Library,
        session_id: str,
        note_ids: Iterable[str] = (),
        parent: QWidget | None = None,
        *,
        cluster_id: str | None = None,
        action: ActionInfo | None = None,
        language: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        from workshop.services.notes import list_notes
        from workshop.services.sessions import get_session, session_framework

        self.setObjectName("newActionDialog")
        self.lib, self.session_id, self.action = lib, session_id, action
        self.language = _language(language)
        today = today or date.today()
        session = get_session(lib, session_id)
        framework = session_framework(lib, session_id)
        self.notes = {n.id: n for n in list_notes(lib, session_id, include_deleted=True)}
        if action is None:
            draft = action_service.draft_action(lib, session_id, note_ids, cluster_id=cluster_id)
            text, owner, due = draft.text, "", None
            principles, linked = draft.principles, draft.note_ids
            self.cluster_name = draft.cluster_name
        else:
            text, owner, due = action.text, action.owner, action.due
            principles, linked = action.principles, action.note_ids
            self.cluster_name = None
        self.setWindowTitle(self.tr("New action") if action is None else self.tr("Edit action"))

        self.session_label = QLabel(self.tr("Session: %1").replace("%1", session.title), self)
        self.session_label.setObjectName("actionSession")
        self._draft_text = text
        self.text_edit = QLineEdit(text, self)
        self.text_edit.setObjectName("actionText")
        self.text_edit.setAccessibleName(self.tr("What is to be done"))
        self.text_edit.setPlaceholderText(self.tr("What is to be done, in one sentence"))
        self.text_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 48)
        self.owner_edit = QLineEdit(owner, self)
        self.owner_edit.setObjectName("actionOwner")
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setPlaceholderText(self.tr("Who follows it up"))
        completer = QCompleter(action_service.known_owners(lib), self.owner_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(completer)
        self.due_check = QCheckBox(self.tr("&Due by"), self)
        self.due_check.setObjectName("actionHasDue")
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(DATE_FORMAT)  # as the wizard and the details dialog
        start = due or today + timedelta(days=DEFAULT_DUE_DAYS)
        self.due_edit.setDate(QDate(start.year, start.month, start.day))
        self.due_check.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)

        self.principle_box = QGroupBox(self.tr("Principles"), self)
        grid = QGridLayout(self.principle_box)
        self.principle_checks: dict[int, QCheckBox] = {}
        per_column = (len(framework.principles) + 1) // 2
        for i, p in enumerate(framework.principles):
            check = QCheckBox(f"{p.number}. {p.title[self.language]}", self.principle_box)
            check.setObjectName(f"principle{p.number}Check")
            check.setChecked(p.number in principles)
            grid.addWidget(check, i % per_column, i // per_column)
            self.principle_checks[p.number] = check

        self.notes_label = QLabel(self.tr("Linked notes"), self)
        self.note_list = QListWidget(self)
        self.note_list.setObjectName("actionNotes")
        self.note_list.setAccessibleName(self.tr("Linked notes"))
        self.notes_label.setBuddy(self.note_list)
        for note_id in linked:
            self._add_note_item(note_id)
        self.cluster_check = QCheckBox(self)
        self.cluster_check.setObjectName("wholeClusterCheck")
        self._cluster_extra: list[str] = []
        self._setup_cluster(linked)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("actionError")
        self.error_label.setStyleSheet("color: #B3261E;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create action") if action is None else self.tr("Save"))
        ok.setObjectName("actionOkButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Action:"), self.text_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow("", due_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_label)
        layout.addLayout(form)
        layout.addWidget(self.principle_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.note_list)
        layout.addWidget(self.cluster_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if not linked and action is None:
            self.notes_label.setText(self.tr("Linked notes: none (no note was selected)"))
            self.note_list.hide()
        self.text_edit.selectAll()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_note_item(self, note_id: str) -> None:
        note = self.notes.get(note_id)
        if note is None:
            return
        item = QListWidgetItem(f"#{note.seq}  {_one_line(note.text)}")
        item.setToolTip(note.text)
        item.setData(NOTE_ID_ROLE, note_id)
        if self.action is None:  # a new action's links can be unticked
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.note_list.addItem(item)
        self._fit_note_list()

    def _fit_note_list(self) -> None:
        """As tall as its notes (two to six lines), so the dialog stays compact."""
        line = max(self.note_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        rows = min(max(self.note_list.count(), 2), 6)
        self.note_list.setFixedHeight(rows * line + 2 * self.note_list.frameWidth() + 4)

    def _setup_cluster(self, linked: list[str]) -> None:
        """Offer the rest of the cluster when the notes are part of one."""
        self.cluster_check.hide()
        if self.action is not None or not self.cluster_name:
            return
        cluster_ids = {self.notes[n].cluster_id for n in linked if n in self.notes}
        if len(cluster_ids) != 1:
            return
        cluster_id = cluster_ids.pop()
        members = action_service.cluster_note_ids(self.lib, self.session_id, cluster_id)
        self._cluster_extra = [n for n in members if n not in linked]
        if not self._cluster_extra:
            return
        self.cluster_check.setText(
            self.tr("Link the whole cluster “%1” (%n note(s))", "", len(members)).replace(
                "%1", self.cluster_name
            )
        )
        self.cluster_check.show()
        self.cluster_check.toggled.connect(self._toggle_cluster)

    def _toggle_cluster(self, on: bool) -> None:
        if on:
            self.note_list.show()
            for note_id in self._cluster_extra:
                self._add_note_item(note_id)
                for number in self.notes[note_id].principles:
                    if number in self.principle_checks:
                        self.principle_checks[number].setChecked(True)
            if self.text_edit.text() == self._draft_text and self.cluster_name:
                self.text_edit.setText(self.cluster_name)
                self.text_edit.selectAll()
        else:
            for row in reversed(range(self.note_list.count())):
                if self.note_list.item(row).data(NOTE_ID_ROLE) in self._cluster_extra:
                    self.note_list.takeItem(row)
            self._fit_note_list()
            if self.text_edit.text() == self.cluster_name:
                self.text_edit.setText(self._draft_text)
                self.text_edit.selectAll()

    # --- results ---
    def note_ids(self) -> list[str]:
        ids = []
        for row in range(self.note_list.count()):
            item = self.note_list.item(row)
            checkable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            if not checkable or item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(NOTE_ID_ROLE))
        return ids

    def due(self) -> date | None:
        if not self.due_check.isChecked():
            return None
        return self.due_edit.date().toPython()

    def values(self) -> dict:
        """text, owner, due, principles and note_ids, as ``add_action`` takes them."""
        return {
            "text": self.text_edit.text().strip(),
            "owner": self.owner_edit.text().strip(),
            "due": self.due(),
            "principles": sorted(n for n, c in self.principle_checks.items() if c.isChecked()),
            "note_ids": self.note_ids(),
        }

    def accept(self) -> None:
        if not self.text_edit.text().strip():
            self.error_label.setText(self.tr("Write what is to be done."))
            self.error_label.show()
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


# --- undoable commands ------------------------------------------------------------------------


def _warn(parent: QWidget | None, message: str) -> None:
    if parent is not None and not shiboken6.isValid(parent):
        parent = None  # an undo after the view was built again (a language switch)
    QMessageBox.warning(parent, QCoreApplication.translate("ActionDialog", "Verksted"), message)


def create_action_from_notes(
    parent: QWidget,
    lib: Library,
    session_id: str,
    note_ids: Iterable[str],
    undo_stack: QUndoStack,
    *,
    cluster_id: str | None = None,
    language: str | None = None,
) -> str | None:
    """Ask for the action's details and store it (undoable); the new id, or None if cancelled."""
    try:
        dialog = NewActionDialog(
            lib, session_id, list(note_ids), parent, cluster_id=cluster_id, language=language
        )
    except VerkstedError as exc:
        _warn(parent, exc.message(_language(language)))
        return None
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        command = AddActionCommand(
            lib,
            session_id,
            dialog.values(),
            lambda exc: _warn(parent, exc.message(_language(None))),
        )
    finally:
        dialog.deleteLater()
    undo_stack.push(command)
    return command.action_id
