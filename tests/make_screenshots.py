"""Render the README's screenshots offscreen from the demo session.

python tests/make_screenshots.py [OUTPUT_DIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["verksted"])
    from workshop.services.demo import create_demo
    from workshop.store.db import Library
    from workshop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        with Library.open(path) as lib:
            session_id = create_demo(lib)
        window = MainWindow(path)
        window.resize(1600, 900)
        window.show()
        assert window.start()
        app.processEvents()
        window.grab().save(str(out / "sessions.png"))

        view = window.open_run(session_id)
        view.go_to_step(1)
        view.capture.setPlainText("Lys i gatene langs Sentrumsvegen")
        app.processEvents()
        view.board.set_zoom(0.78)  # readable from the back of the room
        clusters = [c for c in view.scene.clusters.values() if c.isVisible()]
        top_left = min(clusters, key=lambda c: (c.boundingRect().top(), c.boundingRect().left()))
        rect = top_left.boundingRect()
        view.board.centerOn(rect.left() + view.board.viewport().width() / 2 / 0.78 - 40,
                            rect.top() + view.board.viewport().height() / 2 / 0.78 - 110)
        app.processEvents()
        window.grab().save(str(out / "run-view.png"))
        window.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
