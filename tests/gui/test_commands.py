"""The one undo-command base: a refused service call is reported once and the step is dropped."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from workshop.errors import InvalidInputError
from workshop.ui.commands.base import ServiceCommand, SimpleCommand

UI = Path(__file__).resolve().parents[2] / "workshop" / "ui"


def refuse() -> None:
    raise InvalidInputError("title_too_long", limit=300)


def test_a_refused_redo_is_reported_and_the_stack_drops_the_command(qapp):
    reported, stack = [], QUndoStack()
    stack.push(SimpleCommand("Change", refuse, lambda: None, reported.append))
    assert [type(e) for e in reported] == [InvalidInputError]
    assert stack.count() == 0 and not stack.canUndo()


def test_done_runs_after_each_stored_change(qapp):
    calls, stack = [], QUndoStack()
    stack.push(
        SimpleCommand(
            "Change",
            lambda: calls.append("redo"),
            lambda: calls.append("undo"),
            lambda exc: calls.append(exc),
            done=lambda: calls.append("done"),
        )
    )
    stack.undo()
    stack.redo()
    assert calls == ["redo", "done", "undo", "done", "redo", "done"]


def test_callbacks_of_a_deleted_widget_are_skipped(qtbot):
    class Owner(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list = []

        def report_error(self, exc) -> None:
            self.seen.append(exc)

        def refresh(self) -> None:
            self.seen.append("refresh")

    owner, stored, stack = Owner(), [], QUndoStack()
    state = {"refuse": False}

    def change() -> None:
        if state["refuse"]:
            refuse()
        stored.append("stored")

    stack.push(SimpleCommand("Change", change, change, owner.report_error, owner.refresh))
    assert owner.seen == ["refresh"]
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner))
    stack.undo()  # the change is still stored; only the dead widget is not called
    state["refuse"] = True
    stack.redo()
    assert stored == ["stored", "stored"]
    assert owner.seen == ["refresh"]  # neither the refresh nor the report reached it
    assert stack.count() == 0  # the refused redo dropped the command


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_every_undo_command_lives_in_the_commands_package_on_the_one_base():
    """Every QUndoCommand subclass of the GUI is in workshop/ui/commands and derives from
    ServiceCommand; only the base itself derives from QUndoCommand."""
    bases: dict[str, tuple[str, list[str]]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = [b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases]
                bases[node.name] = (str(path.relative_to(UI)), names)

    def derives_from(name: str, target: str) -> bool:
        if name == target:
            return True
        return any(derives_from(b, target) for b in bases.get(name, ("", []))[1])

    commands = {n: where for n, (where, b) in bases.items() if derives_from(n, "QUndoCommand")}
    assert len(commands) > 20
    assert {n: w for n, w in commands.items() if not w.startswith("commands/")} == {}
    direct = [n for n, (_w, b) in bases.items() if "QUndoCommand" in b]
    assert direct == ["ServiceCommand"]
    assert all(derives_from(n, ServiceCommand.__name__) for n in commands)
