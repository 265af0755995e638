"""The board under a real X display with Qt's AT-SPI bridge on, for test_board_atspi.py.

python app.py LIBRARY: makes a session with notes and a cluster, opens run mode, prints
``ready`` and then answers commands read from stdin, one per line: ``tab`` or ``down`` (a
key on the board), ``focused``; each prints the text of the note with the focus. ``quit``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main(library: Path) -> None:
    app = QApplication(["verksted-atspi"])
    from workshop.services.board import gather_cluster, place_new_notes
    from workshop.services.notes import NoteDraft, add_notes
    from workshop.services.sessions import create_session
    from workshop.store.db import Library
    from workshop.ui.run.run_view import RunView

    lib = Library.open(library)
    session_id = create_session(lib, "politician-workshop", "Skjermleser")
    ids = add_notes(
        lib,
        session_id,
        [
            NoteDraft("Mer lys i parken", step_position=1, principles=[7], votes=2),
            NoteDraft("Flere benker ved elva", step_position=1),
            NoteDraft("Trygg skolevei", step_position=1),
        ],
    )
    place_new_notes(lib, session_id)
    gather_cluster(lib, session_id, "Uterom", ids[:2])
    view = RunView(lib, session_id)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    deadline = time.monotonic() + 20  # no window manager: the activation arrives in its time
    while not view.isActiveWindow() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    view.board.setFocus(Qt.FocusReason.OtherFocusReason)
    view.board.focus_note(view.board.reading_order()[0])

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line in ("", "quit"):
            view.stop()
            app.quit()
            return
        if line == "tab":
            QTest.keyClick(view.board, Qt.Key.Key_Tab)
        elif line == "down":
            QTest.keyClick(view.board, Qt.Key.Key_Down)
        QTest.qWait(200)  # the key reaches the window through the event queue
        focus = view.scene.focusItem()
        print(f"focused {focus.note.text if focus is not None else ''}", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("ready", flush=True)
    app.exec()
    lib.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
