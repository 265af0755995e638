"""The window makes the library's folder as the library does: 0700 whatever the umask (it takes
its lock there first, before the library is opened)."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from PySide6.QtCore import QSettings

from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def test_the_window_makes_a_new_library_folder_private(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    path = tmp_path / "home" / "Verksted" / "library.sqlite"
    old = os.umask(0o022)
    try:
        win = MainWindow(path, settings=settings)
        qtbot.addWidget(win)
        assert win.start()
        win.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
