"""The capture line: Enter adds the note, Shift+Enter breaks the line. It keeps focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

MAX_VISIBLE_LINES = 4


class CaptureInput(QPlainTextEdit):
    submitted = Signal(str)
    escape_pressed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("captureInput")
        self.setAccessibleName(self.tr("New note"))
        self.setAccessibleDescription(
            self.tr("Type a note and press Enter. Shift+Enter starts a new line.")
        )
        self.setPlaceholderText(self.tr("Type a note and press Enter (Shift+Enter: new line)"))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.updateGeometry)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)

    def sizeHint(self) -> QSize:
        lines = max(1, min(MAX_VISIBLE_LINES, self.document().lineCount()))
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 14
        return QSize(400, int(height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._board_undo_key(event):
            event.ignore()  # not overridden: the run view's Undo / Redo shortcut takes it
            return False
        return super().event(event)

    def _board_undo_key(self, event: QKeyEvent) -> bool:
        """Undo / Redo with nothing to undo or redo in the line itself (say, right after Enter)."""
        document = self.document()
        if event.matches(QKeySequence.StandardKey.Undo):
            return not document.isUndoAvailable()
        redo = (
            event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == (QKeySequence("Ctrl+Shift+Z")[0])
        )
        return redo and not document.isRedoAvailable()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                text = self.toPlainText()
                if text.strip():
                    self.submitted.emit(text)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
