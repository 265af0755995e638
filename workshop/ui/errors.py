"""The last line of defence: an unexpected error is logged and shown, never a silent crash.

Every change is committed when it is shown, so after such an error what was saved stays saved;
the dialog says so, and the full traceback goes to a log file for whoever fixes the bug.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop.private import PRIVATE_FILE, make_private, private_dir

_showing = {"now": False}


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("Verksted", appauthor=False) / "verksted.log"


def write_log(exc_type, exc, tb) -> Path | None:
    path = log_path()
    try:
        # Private: a traceback can quote what a participant wrote.
        private_dir(path.parent, tighten=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        make_private(path)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
        return path
    except OSError:
        return None


def handle_exception(exc_type, exc, tb) -> None:
    """sys.excepthook for the GUI: log, then tell the user in one calm dialog."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    path = write_log(exc_type, exc, tb)
    if QApplication.instance() is None or _showing["now"]:
        return
    _showing["now"] = True
    try:
        detail = str(exc).splitlines()[0] if str(exc) else exc_type.__name__
        text = QCoreApplication.translate(
            "Errors",
            "Something went wrong: %1\n\nEverything that was shown as saved is saved. "
            "The details are in %2.",
        )
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("Errors", "Unexpected error"),
            text.replace("%1", detail).replace("%2", str(path) if path else "-"),
        )
    finally:
        _showing["now"] = False


def install() -> None:
    sys.excepthook = handle_exception
