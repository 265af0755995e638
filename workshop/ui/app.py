"""Start the GUI: paint the window first, then open the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="workshop")
    parser.add_argument("--library", type=Path)
    parser.add_argument("--run", metavar="SESSION")
    parser.add_argument("session_file", nargs="?", metavar="FILE.verksted")
    args, qt_args = parser.parse_known_args(argv)
    session_file = None
    if args.session_file is not None:
        from workshop.app import is_session_file

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

    from workshop.paths import default_library_path
    from workshop.ui import errors
    from workshop.ui.main_window import MainWindow
    from workshop.ui.settings import Settings
    from workshop.ui.translation import apply_font_size, install_translators, ui_language

    errors.install()  # an unexpected error is logged and shown, not a silent crash
    settings = Settings()
    install_translators(app, ui_language(settings))
    apply_font_size(settings)
    window = MainWindow(
        args.library or default_library_path(),
        run_session=args.run,
        settings=settings,
        first_run_tour=session_file is None,  # not over a session file being imported
    )

    def start() -> None:
        if not window.start():
            app.exit(1)
        elif session_file is not None:  # started by a double click on a session file
            window.import_session(session_file)

    window.first_painted.connect(start)
    window.show()
    return app.exec()


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
