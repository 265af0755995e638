"""GUI fixtures: a leak guard for timers and threads, a run view on an injected clock, and
helpers that drive the run view the way a user does.

The guard fails any GUI test that leaves an active QTimer, a running QThread or an extra Python
thread behind. Timers are found two ways: every QTimer created from Python is tracked (weakly)
by wrapping ``QTimer.__init__``, and every QTimer/QThread below a top-level widget or the
application object is found with ``findChildren``. Only those that were not already active
before the test count. The guard looks once pytest-qt has closed the test's widgets, and again
after the deletions queued with deleteLater() have run.
"""

from __future__ import annotations

import threading
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRectF, Qt, QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsProxyWidget, QLabel, QMessageBox

_created_timers: weakref.WeakSet[QTimer] = weakref.WeakSet()


def _track_timer_creation() -> None:
    """Wrap QTimer.__init__ once so every timer made from Python is remembered (weakly)."""
    if getattr(QTimer.__init__, "_leak_guard", False):
        return
    original = QTimer.__init__

    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _created_timers.add(self)

    __init__._leak_guard = True
    QTimer.__init__ = __init__


_track_timer_creation()


def _alive(obj: QObject) -> bool:
    try:
        return shiboken6.isValid(obj)
    except RuntimeError:
        return False


def _describe(obj: QObject) -> str:
    parent = obj.parent() if _alive(obj) else None
    owner = f"{type(parent).__name__}({parent.objectName()!r})" if parent is not None else "none"
    return f"{type(obj).__name__}({obj.objectName()!r}, parent={owner})"


def _roots() -> list[QObject]:
    app = QApplication.instance()
    return [app, *QApplication.topLevelWidgets()] if app is not None else []


def _address(obj: QObject) -> int:
    """The C++ object's address: the same for every Python wrapper of one object."""
    return shiboken6.getCppPointer(obj)[0]


def active_timers() -> list[QTimer]:
    timers = {_address(t): t for t in list(_created_timers) if _alive(t)}
    for root in _roots():
        for timer in root.findChildren(QTimer):
            timers.setdefault(_address(timer), timer)
    return [t for t in timers.values() if _alive(t) and t.isActive()]


def running_qthreads() -> list[QThread]:
    found = {}
    for root in _roots():
        for thread in root.findChildren(QThread):
            found.setdefault(_address(thread), thread)
    return [t for t in found.values() if _alive(t) and t.isRunning()]


def flush_deferred_deletes() -> None:
    """Run the deleteLater() calls pytest-qt and the code under test have queued."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


class LeakWatch:
    """What was running before a test; ``leaks()`` lists what runs now that did not then."""

    def __init__(self) -> None:
        self.timers_before = {_address(t) for t in active_timers()}
        self.qthreads_before = {_address(t) for t in running_qthreads()}
        self.threads_before = set(threading.enumerate())

    def leaked_timers(self) -> list[QTimer]:
        return [t for t in active_timers() if _address(t) not in self.timers_before]

    def leaks(self) -> list[str]:
        found = [f"active {_describe(t)}" for t in self.leaked_timers()]
        found += [
            f"running {_describe(t)}"
            for t in running_qthreads()
            if _address(t) not in self.qthreads_before
        ]
        found += [
            f"thread {t.name!r}"
            for t in threading.enumerate()
            if t not in self.threads_before and t.is_alive()
        ]
        return found

    def untrack(self, timer: QTimer) -> None:
        """Forget that Python made this timer (as if Qt had made it), to test the tree walk."""
        _created_timers.discard(timer)

    def check(self) -> None:
        """Fail (pytest.fail) when something was left running; stop leaked timers first."""
        leaks = self.leaks()
        if leaks:
            for timer in self.leaked_timers():
                timer.stop()  # keep the next test clean
            pytest.fail("left running after the test: " + "; ".join(leaks), pytrace=False)


@pytest.fixture
def leak_watch(qapp) -> LeakWatch:
    return LeakWatch()


@pytest.fixture(autouse=True)
def _no_timers_or_threads_left(leak_watch):
    """Fail the test when a QTimer, QThread or Python thread it started is still running.

    pytest-qt has closed the test's widgets by now (and queued their deletion): a timer still
    active on a closed window is a leak even though the deletion would stop it, because in the
    app a closed window is not always deleted. Then the queued deletions run and the check
    repeats, for what outlives them (timers without a parent, threads).
    """
    yield
    try:
        leak_watch.check()
    finally:
        flush_deferred_deletes()
    leak_watch.check()


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


def show_active(qtbot, widget) -> None:
    """Show a window and wait until it is the active one (shortcuts need that)."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def make_run_view(qtbot, lib, fake_clock):
    """Build, show and activate a RunView on the fake clock, focus in the capture line.

    Each view is stopped and closed after the test.
    """
    from workshop.ui.run.run_view import RunView

    views = []

    def make(session_id: str) -> RunView:
        view = RunView(lib, session_id, clock=fake_clock)
        view.fake_clock = fake_clock
        qtbot.addWidget(view, before_close_func=lambda w: w.stop())
        view.resize(1400, 900)
        show_active(qtbot, view)
        view.focus_capture()  # as the main window does when it opens run mode
        qtbot.waitUntil(view.capture.hasFocus)
        views.append(view)
        return view

    yield make
    for view in views:
        if _alive(view):
            view.stop()
            view.close()


@pytest.fixture
def run_view(make_run_view, session_id):
    return make_run_view(session_id)


# --- dialogs ---
class Dialogs:
    """Stand-ins for the modal message boxes; a test takes the ones it expects."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.criticals: list[str] = []

    def take_warnings(self) -> list[str]:
        taken, self.warnings = self.warnings, []
        return taken

    def take_criticals(self) -> list[str]:
        taken, self.criticals = self.criticals, []
        return taken


@pytest.fixture
def dialogs(monkeypatch):
    """No real message box opens; one that the test did not take fails it."""
    shown = Dialogs()
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.warnings.append(text)
    )
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.criticals.append(text)
    )
    yield shown
    assert shown.warnings == [], f"unexpected warning dialog: {shown.warnings}"
    assert shown.criticals == [], f"unexpected error dialog: {shown.criticals}"


@pytest.fixture
def cluster_name(monkeypatch):
    """QInputDialog.getText answers "Tema" (OK); the list records each question asked."""
    from PySide6.QtWidgets import QInputDialog

    asked: list[str] = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return "Tema", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


# --- driving the run view ---
class RunUI:
    """What a user does on the run view (keys and mouse), and what they see on it."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def capture(self, view, text: str) -> str:
        """Type a note in the capture line and press Enter; the id of the note stored."""
        from workshop.services.notes import list_notes

        def ids() -> set[str]:
            notes = list_notes(view.lib, view.model.session_id, include_deleted=True)
            return {n.id for n in notes}

        before = ids()
        self.qtbot.keyClicks(view.capture, text)
        self.qtbot.keyClick(view.capture, Qt.Key.Key_Return)
        new = ids() - before
        assert len(new) == 1, f"Enter stored {len(new)} notes"
        return new.pop()

    @staticmethod
    def stored(view, note_id: str):
        """The note as the library has it (not the view's cache)."""
        from workshop.services.notes import get_note

        return get_note(view.lib, view.model.session_id, note_id)

    @staticmethod
    def note_point(view, note_id: str) -> QPoint:
        """The card's centre in viewport coordinates (scrolled into view first)."""
        item = view.scene.notes[note_id]
        view.board.ensureVisible(item, 40, 40)
        return view.board.mapFromScene(item.sceneBoundingRect().center())

    def click_note(self, view, note_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        point = self.note_point(view, note_id)
        self.qtbot.mouseClick(view.board.viewport(), Qt.MouseButton.LeftButton, modifier, point)

    @staticmethod
    def drag(view, start: QPoint, end: QPoint) -> None:
        viewport, left, none = (
            view.board.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QTest.mousePress(viewport, left, none, start)
        QTest.mouseMove(viewport, start + QPoint(8, 8))  # past the drag distance
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, left, none, end)

    def focus_board(self, view) -> None:
        view.board.setFocus()
        self.qtbot.waitUntil(view.board.hasFocus)

    @staticmethod
    def card_rect(item) -> QRectF:
        from workshop.ui.board.style import CARD_H, CARD_W

        return QRectF(item.pos().x(), item.pos().y(), CARD_W, CARD_H)

    @staticmethod
    def area_rect(view, position: int) -> QRectF:
        return next(a for a in view.scene.areas if a.position == position).rect()

    @staticmethod
    def label(view, name: str) -> str:
        return view.findChild(QLabel, name).text()

    @staticmethod
    def visible_texts(view) -> set[str]:
        return {i.note.text for i in view.scene.notes.values() if i.isVisible()}

    @staticmethod
    def editor_proxy(view) -> QGraphicsProxyWidget | None:
        proxies = [i for i in view.scene.items() if isinstance(i, QGraphicsProxyWidget)]
        return proxies[0] if proxies else None


@pytest.fixture
def ui(qtbot) -> RunUI:
    return RunUI(qtbot)


def when_shown(act) -> list:
    """Run ``act(dialog)`` on the next modal dialog once it is shown; the list gets the dialog."""
    done: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        done.append(dialog)
        act(dialog)

    QTimer.singleShot(0, run)
    return done
