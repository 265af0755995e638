"""F1: a sheet of every key in run mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeySheet", text)


def key_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """Sections of (keys, what they do); the keys are shown in the platform's notation."""
    return [
        (
            _tr("Capture"),
            [
                ("Enter", _tr("Add the note to the current step")),
                ("Shift+Enter", _tr("New line in the note")),
                ("F3 / Shift+F3", _tr("Next / previous participant group")),
                ("F4 / Shift+F4", _tr("Next / previous colour")),
                (
                    "Ctrl+1 … Ctrl+9, Ctrl+0",
                    _tr("Toggle principle 1 … 9, 10 on the selected note (or the note just added)"),
                ),
                ("Esc", _tr("Go to the board (selects the note just added)")),
            ],
        ),
        (
            _tr("Board"),
            [
                (_tr("Arrow keys"), _tr("Select the next note in that direction")),
                (_tr("Shift+arrow keys"), _tr("Move the selected notes")),
                ("F2", _tr("Edit the note in place (Enter saves, Esc cancels)")),
                ("Delete", _tr("Delete the selected notes (undo brings them back)")),
                ("+ / −", _tr("Add / remove a vote on the selected notes")),
                ("F9", _tr("Dot voting: a click adds a vote, Shift+click removes one")),
                ("Ctrl+G", _tr("Group the selected notes into a named cluster")),
                ("Ctrl+Shift+G", _tr("Take the selected notes out of their cluster")),
                ("Ctrl+F", _tr("Filter notes by text")),
                ("Ctrl++ / Ctrl+− / Ctrl+Shift+F", _tr("Zoom in / zoom out / fit the board")),
                ("Enter / Esc", _tr("Back to the capture line")),
            ],
        ),
        (
            _tr("Agenda and timer"),
            [
                ("Alt+→ / Ctrl+PgDown", _tr("Next step")),
                ("Alt+← / Ctrl+PgUp", _tr("Previous step")),
                ("Ctrl+T", _tr("Pause or resume the timer")),
                ("Ctrl+M / Ctrl+Shift+M", _tr("One / five more minutes")),
            ],
        ),
        (
            _tr("Everywhere"),
            [
                (
                    QKeySequence(QKeySequence.StandardKey.Undo).toString(
                        QKeySequence.SequenceFormat.NativeText
                    ),
                    _tr("Undo"),
                ),
                ("Ctrl+Shift+Z", _tr("Redo")),
                ("F1", _tr("This sheet")),
                ("Ctrl+Q", _tr("Quit")),
            ],
        ),
    ]


class KeySheet(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("keySheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = key_rows()
        table = QTableWidget(sum(len(items) + 1 for _, items in rows), 2, self)
        table.setObjectName("keyTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row = 0
        for section, items in rows:
            head = QTableWidgetItem(section)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            table.setItem(row, 0, head)
            table.setSpan(row, 0, 1, 2)
            row += 1
            for keys, what in items:
                key_item = QTableWidgetItem(keys)
                key_font = key_item.font()
                key_font.setBold(True)
                key_item.setFont(key_font)
                table.setItem(row, 0, key_item)
                table.setItem(row, 1, QTableWidgetItem(what))
                row += 1
        layout.addWidget(QLabel(self.tr("Everything in run mode works from the keyboard."), self))
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(720, 640)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
