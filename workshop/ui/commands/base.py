"""Undoable commands. Each redo and undo calls a service: one committed transaction each.

A command whose service call fails (say, the note was purged from the command line meanwhile)
reports the error through the model and marks itself obsolete, so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from workshop.errors import VerkstedError
from workshop.ui.board.model import BoardModel


class Commands(QObject):
    """The translation context of the undo texts (QUndoCommand is not a QObject).

    ``Commands.tr("%n note(s)", "", n)`` rather than ``QCoreApplication.translate``: lupdate
    reads the plural argument of ``tr()`` in Python, not that of ``translate()``.
    """


class ServiceCommand(QUndoCommand):
    """Runs service calls and refreshes the model; failures are reported, not raised."""

    def __init__(self, model: BoardModel, text: str) -> None:
        super().__init__(text)
        self.model = model

    def _run(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except VerkstedError as exc:
            self.setObsolete(True)
            self.model.error.emit(exc.message(self.model.language()))
            self.model.load()
            return False
        return True
