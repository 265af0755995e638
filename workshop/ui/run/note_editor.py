"""Editing a note in place on its card (F2 or double click)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QPlainTextEdit

from workshop.ui.board import style
from workshop.ui.board.items import NoteItem


class _Editor(QPlainTextEdit):
    commit = Signal()
    cancel = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.commit.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.commit.emit()


class InPlaceEditor(QGraphicsProxyWidget):
    """A text box laid over a card. Enter saves, Shift+Enter breaks the line, Esc cancels."""

    finished = Signal(str, str, str)  # note id, old text, new text (new == old: nothing to do)

    def __init__(self, item: NoteItem) -> None:
        super().__init__()
        self.note_id = item.note_id
        self.old_text = item.note.text
        self._done = False
        editor = _Editor()
        editor.setObjectName("noteEditor")
        editor.setAccessibleName(self.tr("Edit note"))
        editor.setPlainText(self.old_text)
        editor.resize(int(style.CARD_W), int(style.CARD_H))
        if NoteItem.fonts is not None:
            editor.setFont(NoteItem.fonts.text)
        editor.commit.connect(self._commit)
        editor.cancel.connect(self._cancel)
        self.setWidget(editor)
        self.setZValue(1000)
        self.setPos(item.pos())
        self.editor = editor

    def start(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.selectAll()

    def _commit(self) -> None:
        self._finish(self.editor.toPlainText())

    def _cancel(self) -> None:
        self._finish(self.old_text)

    def _finish(self, text: str) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(self.note_id, self.old_text, text)
