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


def key_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """Sections of (keys, what they do); the keys are shown in the platform's notation."""
    translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate
    return [
        (
            translate("KeySheet", "Capture"),
            [
                ("Enter", translate("KeySheet", "Add the note to the current step")),
                ("Shift+Enter", translate("KeySheet", "New line in the note")),
                ("F3 / Shift+F3", translate("KeySheet", "Next / previous participant group")),
                ("F4 / Shift+F4", translate("KeySheet", "Next / previous colour")),
                (
                    "F12 / Shift+F12",
                    translate("KeySheet", "Keep / change (notes of an evaluation step)"),
                ),
                (
                    "Ctrl+1 … Ctrl+9, Ctrl+0",
                    translate(
                        "KeySheet",
                        "Toggle principle 1 … 9, 10 on the selected note (or the note just added)",
                    ),
                ),
                ("Esc", translate("KeySheet", "Go to the board (selects the note just added)")),
                (
                    "Ctrl+Shift+P",
                    translate(
                        "KeySheet",
                        "Type-in mode for notes from paper: all new notes go to one chosen step",
                    ),
                ),
            ],
        ),
        (
            translate("KeySheet", "Board"),
            [
                (
                    translate("KeySheet", "Arrow keys"),
                    translate("KeySheet", "Select the next note in that direction"),
                ),
                (
                    "Tab / Shift+Tab",
                    translate(
                        "KeySheet", "Next / previous note, row by row (a screen reader reads it)"
                    ),
                ),
                (
                    translate("KeySheet", "Shift+arrow keys"),
                    translate("KeySheet", "Move the selected notes"),
                ),
                ("F2", translate("KeySheet", "Edit the note in place (Enter saves, Esc cancels)")),
                (
                    "Delete",
                    translate("KeySheet", "Delete the selected notes (undo brings them back)"),
                ),
                ("+ / −", translate("KeySheet", "Add / remove a vote on the selected notes")),
                (
                    "F9",
                    translate(
                        "KeySheet", "Dot voting: a click adds a vote, Shift+click removes one"
                    ),
                ),
                ("Ctrl+G", translate("KeySheet", "Group the selected notes into a named cluster")),
                (
                    "Ctrl+Shift+G",
                    translate("KeySheet", "Take the selected notes out of their cluster"),
                ),
                (
                    "Ctrl+Shift+L",
                    translate(
                        "KeySheet", "Tidy up the selected notes' cluster, or the lane of the step"
                    ),
                ),
                (
                    "F6",
                    translate(
                        "KeySheet",
                        "Silent writing and votes: reveal the notes or the totals on the projector",
                    ),
                ),
                (
                    "Ctrl+Shift+N",
                    translate(
                        "KeySheet",
                        "New action from the selected notes (or the note just added)",
                    ),
                ),
                (
                    "Ctrl+Shift+S",
                    translate("KeySheet", "Mark the selected notes as a story worth telling"),
                ),
                (
                    "Ctrl+Shift+R",
                    translate(
                        "KeySheet",
                        "On an evaluation step: to the rating field (type 1–5 per person)",
                    ),
                ),
                ("Ctrl+F", translate("KeySheet", "Filter notes by text")),
                (
                    "Ctrl++ / Ctrl+− / Ctrl+Shift+F",
                    translate("KeySheet", "Zoom in / zoom out / fit the board"),
                ),
                ("Enter / Esc", translate("KeySheet", "Back to the capture line")),
            ],
        ),
        (
            translate("KeySheet", "Agenda and timer"),
            [
                ("Alt+→ / Ctrl+PgDown", translate("KeySheet", "Next step")),
                ("Alt+← / Ctrl+PgUp", translate("KeySheet", "Previous step")),
                ("Ctrl+T", translate("KeySheet", "Start, pause or resume the timer")),
                ("Ctrl+M / Ctrl+Shift+M", translate("KeySheet", "One / five more minutes")),
            ],
        ),
        (
            translate("KeySheet", "Phones"),
            [
                (
                    "F7",
                    translate(
                        "KeySheet",
                        "Phones in the room on or off (Mobil: the server, the QR code on the "
                        "projector)",
                    ),
                ),
                ("F8", translate("KeySheet", "To the notes from phones waiting for approval")),
                (
                    "Enter / F2 / Delete",
                    translate(
                        "KeySheet",
                        "In the queue: Enter approves, F2 edits, Delete rejects the chosen note",
                    ),
                ),
            ],
        ),
        (
            translate("KeySheet", "Everywhere"),
            [
                (
                    QKeySequence(QKeySequence.StandardKey.Undo).toString(
                        QKeySequence.SequenceFormat.NativeText
                    ),
                    translate("KeySheet", "Undo"),
                ),
                ("Ctrl+Shift+Z", translate("KeySheet", "Redo")),
                ("F1", translate("KeySheet", "This sheet")),
                ("Ctrl+Q", translate("KeySheet", "Quit")),
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
