"""The one base of every undoable change: redo and undo call services; a refusal is reported.

Each redo and undo is one or more service calls, each one committed transaction. When a service
refuses (a :class:`VerkstedError`: the note was purged from the command line meanwhile, a value
out of range), the error never escapes into Qt: the command marks itself obsolete, so the stack
drops it, and hands the error to ``report``. That is the owner's ``report_error``: it shows the
message in the GUI's language and reads the stored state again, so the screen never shows a
change that was not stored.

A command can outlive the widget that pushed it (the agenda editor's stack belongs to the main
window): callbacks that are methods of a deleted Qt object are skipped. When a view is built again
around the same stack (after a language switch), :func:`hand_over` points the stack's commands at
the new view, so the history stays and undo still shows its result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.errors import VerkstedError

if TYPE_CHECKING:  # the board model reads through the services: not needed at start
    from workshop.ui.board.model import BoardModel

ErrorReport = Callable[[VerkstedError], None]


class Commands(QObject):
    """The translation context of the undo texts (QUndoCommand is not a QObject).

    ``Commands.tr("%n note(s)", "", n)`` rather than ``QCoreApplication.translate``: lupdate
    reads the plural argument of ``tr()`` in Python, not that of ``translate()``.
    """


def alive(callback: Callable) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def hand_over(stack: QUndoStack, successors: dict[QObject, QObject]) -> None:
    """Point every command on ``stack`` at the objects that replace the old ones.

    ``successors`` maps an old object (a view, its board model, its rating panel) to the one
    built in its place. A command's attribute that is an old object, or a method of one, is
    replaced by the new object or the same method of it.
    """
    by_id = {id(old): new for old, new in successors.items()}

    def visit(command: QUndoCommand) -> None:
        for name, value in list(vars(command).items()):
            if id(value) in by_id:
                setattr(command, name, by_id[id(value)])
            elif id(owner := getattr(value, "__self__", None)) in by_id and owner is not None:
                setattr(command, name, getattr(by_id[id(owner)], value.__name__))
        for index in range(command.childCount()):
            visit(command.child(index))

    for index in range(stack.count()):
        visit(stack.command(index))


class ServiceCommand(QUndoCommand):
    """Runs service calls in redo and undo; a refused call is reported, never raised.

    ``done_text`` says what the command did, for the status line ("1 note deleted"); empty when
    the screen shows it well enough (a new note on the board).
    """

    done_text = ""

    def __init__(self, text: str, report: ErrorReport) -> None:
        super().__init__(text)
        self.report = report

    def _run(self, action: Callable[[], object]) -> bool:
        """Run ``action``; on a VerkstedError report it, drop the command and return False."""
        try:
            action()
        except VerkstedError as exc:
            self.setObsolete(True)
            if alive(self.report):
                self.report(exc)
            return False
        return True


class SimpleCommand(ServiceCommand):
    """A one-off: ``redo`` and ``undo`` are service calls; ``done`` shows the result of each."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        report: ErrorReport,
        done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text, report)
        self._redo_call, self._undo_call, self._done = redo, undo, done

    def _apply(self, action: Callable[[], object]) -> None:
        if self._run(action) and self._done is not None and alive(self._done):
            self._done()

    def redo(self) -> None:
        self._apply(self._redo_call)

    def undo(self) -> None:
        self._apply(self._undo_call)


class BoardCommand(ServiceCommand):
    """A change to one session's notes; the board model reports refusals and reloads."""

    def __init__(self, model: BoardModel, text: str) -> None:
        super().__init__(text, model.report_error)
        self.model = model
