"""A SIGKILL of the real window while notes are typed loses no note that was shown as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from workshop.services.notes import list_notes
from workshop.store.db import Library

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from workshop.ui.main_window import MainWindow

    app = QApplication(["verksted"])
    window = MainWindow(sys.argv[1], run_session=sys.argv[2])
    window.show()
    assert window.start()
    view = window.run_view
    capture = view.capture
    i = 0
    while True:
        i += 1
        text = f"Innspill {i}: æøå «sitat» & <b>"
        QTest.keyClicks(capture, text)
        QTest.keyClick(capture, Qt.Key.Key_Return)
        note_id = view.last_captured
        assert capture.toPlainText() == ""
        print(f"{note_id}\\t{i}", flush=True)
        app.processEvents()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_typing_loses_no_saved_note(library_path, session_id, lib):
    lib.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(library_path), session_id[:8]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    printed: dict[str, int] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            note_id, number = line.rstrip("\n").split("\t")
            printed[note_id] = int(number)
            if len(printed) >= 60:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert len(printed) >= 60, child.stderr.read() if child.stderr else ""

    with Library.open(library_path) as after:
        stored = {n.id: n for n in list_notes(after, session_id)}
        for note_id, number in printed.items():
            assert note_id in stored
            assert stored[note_id].text == f"Innspill {number}: æøå «sitat» & <b>"
        with after.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
