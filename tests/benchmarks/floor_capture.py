"""The floor for capturing: a bare PySide6 + sqlite3 app, the least a capture window can do.

A line edit whose Enter inserts the text into a notes table (WAL, ``synchronous=FULL``, one
committed transaction) and adds a text item to a scene that already holds as many items as the
session has notes. Used in process (:class:`BareCapture`) for the latency of one Enter, and as a
process for the start and for a burst typed into a real window:

    python floor_capture.py DB [--quit-after N] [--start-only]

It prints ``painted <time>`` at its first paint and ``committed <time> <count>`` after each
Enter; with ``--quit-after N`` it quits after N notes, with ``--start-only`` after the first one.
"""

from __future__ import annotations

import sqlite3
import sys
import time
import uuid
from pathlib import Path


def make_db(path: Path, notes: int) -> Path:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, seq INTEGER, text TEXT)")
    db.executemany(
        "INSERT INTO notes VALUES (?, ?, ?)",
        ((uuid.uuid4().hex, i, f"Innspill {i}: flere møteplasser for unge") for i in range(notes)),
    )
    db.commit()
    db.close()
    return path


class BareCapture:
    """The window: a line edit over a graphics view of the session's notes."""

    def __init__(self, path: Path, on_commit=None) -> None:
        from PySide6.QtWidgets import (
            QGraphicsScene,
            QGraphicsView,
            QLineEdit,
            QVBoxLayout,
            QWidget,
        )

        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.scene = QGraphicsScene()
        rows = self.db.execute("SELECT seq, text FROM notes ORDER BY seq").fetchall()
        for seq, text in rows:
            item = self.scene.addText(text)
            item.setPos((seq % 40) * 220, (seq // 40) * 120)
        self.count = len(rows)
        self.window = QWidget()
        self.window.resize(1280, 800)
        self.view = QGraphicsView(self.scene, self.window)
        self.line = QLineEdit(self.window)
        layout = QVBoxLayout(self.window)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.line)
        self.on_commit = on_commit
        self.line.returnPressed.connect(self.enter)

    def enter(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO notes VALUES (?, ?, ?)", (uuid.uuid4().hex, self.count, text))
        self.db.execute("COMMIT")
        item = self.scene.addText(text)
        item.setPos((self.count % 40) * 220, (self.count // 40) * 120)
        self.count += 1
        self.line.clear()
        if self.on_commit is not None:
            self.on_commit(self.count)

    def show_new_rows(self) -> None:
        """What another program added since: read the new rows, add their items."""
        rows = self.db.execute(
            "SELECT seq, text FROM notes WHERE seq >= ? ORDER BY seq", (self.count,)
        ).fetchall()
        for seq, text in rows:
            item = self.scene.addText(text)
            item.setPos((seq % 40) * 220, (seq // 40) * 120)
            self.count = seq + 1


def main(argv: list[str]) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    path = Path(argv[0])
    quit_after = int(argv[argv.index("--quit-after") + 1]) if "--quit-after" in argv else 0
    app = QApplication(["floor"])
    typed = [0]

    def committed(_count: int) -> None:
        typed[0] += 1
        print("committed", time.time(), typed[0], flush=True)
        if "--start-only" in argv or (quit_after and typed[0] >= quit_after):
            QTimer.singleShot(0, app.quit)

    bare = BareCapture(path, committed)

    class Painted(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                print("painted", time.time(), flush=True)
                if "--start-only" in argv:  # then type a note, as a facilitator would
                    QTimer.singleShot(0, type_one)
            return False

    def type_one() -> None:
        # Typed key by key, as the probe types into Verksted's capture line (the same text).
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClicks(bare.line, "Første innspill")
        QTest.keyClick(bare.line, Qt.Key.Key_Return)

    painted = Painted()
    bare.window.installEventFilter(painted)
    bare.window.show()
    bare.line.setFocus()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1:])
