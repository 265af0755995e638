"""Guard against Qt bindings that drop references to None in overridden virtual methods.

PySide6 6.12.0 does this for ``shape``, ``sizeHint`` and ``itemChange``; in a long session the
reference count of None reaches zero and the app dies ("deallocating None"). The run view
overrides such methods, so a steady stream of board work must leave None's count where it was.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from workshop.ui.run.run_view import RunView


def test_board_work_does_not_leak_references_to_none(qtbot, lib, session_id):
    view = RunView(lib, session_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    for i in range(5):
        view.capture_note(f"Innspill {i}")

    def work(rounds: int) -> None:
        for i in range(rounds):
            QTest.keyClicks(view.capture, "x")
            view.capture.clear()
            view.capture.updateGeometry()
            view.capture.sizeHint()
            for item in view.scene.notes.values():
                item.setPos(item.pos().x() + 1, item.pos().y())
                item.setSelected(i % 2 == 0)
            view.scene.items(QRectF(0, 0, 2000, 2000), Qt.ItemSelectionMode.IntersectsItemShape)
            view.board.viewport().repaint()

    work(20)  # warm up caches that legitimately keep references
    before = sys.getrefcount(None)
    work(200)
    lost = before - sys.getrefcount(None)
    view.stop()
    assert lost < 100, f"{lost} references to None were dropped by the Qt bindings"
