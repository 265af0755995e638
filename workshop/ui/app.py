"""Start the GUI: paint the window first, then open the library."""

from __future__ import annotations

import argparse
import gc
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def run_gui(argv: list[str]) -> int:
    # The cycle collector waits until the window has opened its library (or its session): the
    # imports and the board are hundreds of thousands of objects that stay, and its passes over
    # them would only delay the first paint. They are then frozen (left out of later passes, so
    # those stay short while notes are typed), until the app ends.
    gc.disable()
    try:
        return _run_gui(argv)
    finally:
        gc.unfreeze()
        gc.enable()


def _run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="workshop")
    parser.add_argument("--library")
    parser.add_argument("--run", metavar="SESSION")
    parser.add_argument("session_file", nargs="?", metavar="FILE.verksted")
    args, qt_args = parser.parse_known_args(argv)
    session_file = None
    if args.session_file is not None:
        from workshop.filetypes import is_session_file

        if is_session_file(args.session_file):
            session_file = Path(args.session_file)
        else:
            qt_args.insert(0, args.session_file)  # not ours: Qt may know it

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Verksted")
    app.setOrganizationName("Verksted")
    app.setDesktopFileName("no.gran.Verksted")  # ties the windows to the desktop entry
    app.setWindowIcon(app_icon())

    from PySide6.QtCore import QCoreApplication

    from workshop.filetypes import is_url, safe_url
    from workshop.paths import default_library_path
    from workshop.ui import errors
    from workshop.ui.main_window import MainWindow
    from workshop.ui.settings import Settings
    from workshop.ui.translation import apply_font_size, install_translators, ui_language

    errors.install()  # an unexpected error is logged and shown, not a silent crash
    settings = Settings()
    install_translators(app, ui_language(settings))
    apply_font_size(settings)
    if args.library and is_url(args.library):
        # The app works on this computer's library; the team library is synced with, not opened
        # (and a URL is never a file name to make folders of).
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Cannot open the library"),
            QCoreApplication.translate(
                "App",
                "Verksted works on a library on this computer. To work with the team library, "
                "use File → Sync with the team server, or the command line "
                "(workshop --library %1 sessions).",
            ).replace("%1", safe_url(args.library)),
        )
        return 1
    library = Path(args.library) if args.library else default_library_path()
    if session_file is not None and library_in_use(library):
        # A double click on a session file while Verksted is open: import it from here (the
        # library takes a second writer, as with the command line) and let the open window
        # show it when it is next focused.
        return import_beside_open_window(library, session_file, settings)
    window = MainWindow(
        library,
        run_session=args.run,
        settings=settings,
        first_run_tour=session_file is None,  # not over a session file being imported
    )

    def start() -> None:
        try:
            started = window.start()
        finally:
            gc.freeze()
            gc.enable()
        if not started:
            app.exit(1)
        elif session_file is not None:  # started by a double click on a session file
            window.import_session(session_file)

    window.first_painted.connect(start)
    window.show()
    with close_on_stop_signals(window):
        code = app.exec()
    return 0 if window.closed_by_signal else code


@contextmanager
def close_on_stop_signals(window) -> Iterator[None]:
    """SIGTERM, SIGHUP and SIGINT (a logout, a shutdown, ``kill``, Ctrl+C in the terminal)
    close the window the normal way: the write under way finishes (writes run on this thread,
    so none is half done when the loop gets the signal), deleted sessions are purged, the
    library is closed and its lock released, and the app exits with 0.

    Qt-safe: the C-level handler only writes the signal's number to a socket
    (``signal.set_wakeup_fd``); a QSocketNotifier wakes the event loop, and the window is closed
    from there, never from inside the handler.
    """
    from PySide6.QtCore import QSocketNotifier

    names = [n for n in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, n)]
    numbers = [getattr(signal, n) for n in names]
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {n: signal.signal(n, lambda *_: None) for n in numbers}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        try:
            got = reader.recv(64)
        except OSError:
            return
        if any(b in numbers for b in got) and not window.closed_by_signal:
            window.closed_by_signal = True
            window.close()  # the normal close: closeEvent saves, purges and unlocks
            QApplication.instance().quit()

    from PySide6.QtWidgets import QApplication

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()


def app_icon():
    """The app's icon: the drawn sizes where shipped (bundle, checkout), else the SVG."""
    from PySide6.QtGui import QIcon

    from workshop.paths import resource

    icon = QIcon()
    for png in sorted(resource("icons", "hicolor").glob("*/apps/verksted.png")):
        icon.addFile(str(png))  # read only when a size is needed
    svg = resource("icons", "verksted.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def library_in_use(library: Path) -> bool:
    """True when another Verksted window holds the library's lock."""
    from PySide6.QtCore import QLockFile

    from workshop.paths import real_path

    lock = QLockFile(str(real_path(library)) + ".lock")
    lock.setStaleLockTime(0)  # as the window does: stale only when its process is gone
    if lock.tryLock(200):
        lock.unlock()
        return False
    return True


def import_beside_open_window(library: Path, session_file: Path, settings) -> int:
    """The import flow (summary, question, merge) without a second main window."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from workshop.errors import VerkstedError
    from workshop.services.library import open_library
    from workshop.ui.session_files import SessionFiles
    from workshop.ui.translation import current_ui_language

    language = current_ui_language()
    try:
        lib = open_library(library, backup=False)
    except VerkstedError as exc:
        title = QCoreApplication.translate("SessionFiles", "The session was not imported")
        QMessageBox.critical(None, title, exc.message(language))
        return 1
    try:
        done = SessionFiles(None, lib, settings, language).import_file(session_file)
    finally:
        lib.close()
    if done is not None:
        QMessageBox.information(
            None,
            QCoreApplication.translate("SessionFiles", "Session imported"),
            QCoreApplication.translate(
                "SessionFiles",
                "“%1” is in the library. The open Verksted window shows it when you switch to it.",
            ).replace("%1", done.summary.title),
        )
    return 0
