"""The smallest PySide6 window: the size baseline for Verksted's bundle (see bundle_report.py)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("Hello from Qt")
    label.resize(240, 80)
    label.show()
    if "--quit" in sys.argv:  # smoke test: start, show the window, quit
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
