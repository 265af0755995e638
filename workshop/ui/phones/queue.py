"""The moderation queue beside the board: phone notes waiting to be approved, edited or rejected.

Keyboard first: F8 comes here, the arrows choose a note, Enter approves it, F2 edits it, Delete
rejects it, Esc goes back to the capture line. The panel only shows what the services list and
asks for decisions by signal; the run view's part turns each into one undoable command.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.services.moderation import PendingNoteInfo

PANEL_WIDTH = 340


class QueueList(QListWidget):
    """The waiting notes; Enter, F2 and Delete decide on the chosen one."""

    approve_key = Signal()
    edit_key = Signal()
    reject_key = Signal()
    leave = Signal()

    OWN_KEYS = (
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_F2,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Escape,
    )

    def event(self, event: QEvent) -> bool:
        # F2 and Delete are the board's keys elsewhere in the run view: here they are ours.
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key_event.key() in self.OWN_KEYS and not modifiers:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.approve_key.emit()
        elif key == Qt.Key.Key_F2:
            self.edit_key.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.reject_key.emit()
        elif key == Qt.Key.Key_Escape:
            self.leave.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class QueuePanel(QFrame):
    """What waits, the chosen note's buttons, and the counts."""

    approve_requested = Signal(list)  # [PendingNoteInfo]
    edit_requested = Signal(object)  # PendingNoteInfo
    reject_requested = Signal(list)  # [PendingNoteInfo]
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneQueue")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(PANEL_WIDTH)
        self.setAccessibleName(self.tr("Notes from phones waiting for approval"))
        self.items: list[PendingNoteInfo] = []
        self.title = QLabel(self)
        self.title.setObjectName("phoneQueueTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.list = QueueList(self)
        self.list.setObjectName("phoneQueueList")
        self.list.setAccessibleName(self.tr("Waiting notes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.hint = QLabel(
            self.tr("Enter approves, F2 edits, Delete rejects, Esc back to the capture line"),
            self,
        )
        self.hint.setObjectName("phoneQueueHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #44505C;")
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("phoneApprove")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("phoneEdit")
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.setObjectName("phoneReject")
        self.all_button = QPushButton(self.tr("Approve a&ll"), self)
        self.all_button.setObjectName("phoneApproveAll")
        for button in (self.approve_button, self.edit_button, self.reject_button, self.all_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.all_button)
        layout.addWidget(self.hint)

        self.list.approve_key.connect(self._approve_current)
        self.list.edit_key.connect(self._edit_current)
        self.list.reject_key.connect(self._reject_current)
        self.list.leave.connect(self.leave.emit)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.approve_button.clicked.connect(self._approve_current)
        self.edit_button.clicked.connect(self._edit_current)
        self.reject_button.clicked.connect(self._reject_current)
        self.all_button.clicked.connect(lambda: self.approve_requested.emit(list(self.items)))
        self.show_items([])

    # --- showing ---
    def show_items(self, items: list[PendingNoteInfo]) -> None:
        """Show the queue as the services list it, keeping the chosen note (or its place)."""
        current = self.current()
        row = self.list.currentRow()
        self.items = list(items)
        self.list.clear()
        for info in self.items:
            when = info.created_at.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
            item = QListWidgetItem(info.text, self.list)
            item.setToolTip(self.tr("Sent at %1").replace("%1", when))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole,
                self.tr("From a phone, sent at %1").replace("%1", when),
            )
        ids = [info.id for info in self.items]
        if current is not None and current.id in ids:
            self.list.setCurrentRow(ids.index(current.id))
        elif self.items:
            self.list.setCurrentRow(max(0, min(row, len(self.items) - 1)))
        self.title.setText(self.tr("Waiting for approval: %1").replace("%1", str(len(items))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.approve_button, self.edit_button, self.reject_button):
            button.setEnabled(chosen)
        self.all_button.setEnabled(len(self.items) > 1)

    def current(self) -> PendingNoteInfo | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.list.currentRow() < 0 and self.items:
            self.list.setCurrentRow(0)

    # --- deciding ---
    def _approve_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.approve_requested.emit([chosen])

    def _edit_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.edit_requested.emit(chosen)

    def _reject_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.reject_requested.emit([chosen])
