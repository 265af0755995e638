"""The background-job base: one outcome signal per job, cancelling, and the thread cleaned up."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from workshop.errors import NotFoundError
from workshop.ui.worker import Job, JobRunner


class Recorder(QObject):
    """Slots on the UI thread, as a widget's would be."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple] = []
        self.threads: set[int] = set()

    def progress(self, done: int, total: int) -> None:
        self.events.append(("progress", done, total))

    def finished(self, result: str) -> None:
        self.threads.add(threading.get_ident())
        self.events.append(("finished", result))

    def failed(self, message: str) -> None:
        self.events.append(("failed", message))

    def cancelled(self) -> None:
        self.events.append(("cancelled",))


class Steps(Job):
    """Counts to three, checking for a cancel between the steps; remembers its thread."""

    def __init__(self, gate: threading.Event | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.gate = gate
        self.thread_id: int | None = None

    def work(self) -> str:
        self.thread_id = threading.get_ident()
        for done in range(1, 4):
            if self.gate is not None:
                self.gate.wait(10)
            self._check(done, 3)
        return "done"


class Broken(Job):
    def __init__(self, exc: Exception, **kwargs) -> None:
        super().__init__(**kwargs)
        self.exc = exc

    def work(self) -> str:
        raise self.exc


@pytest.fixture
def host(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run(qtbot, runner: JobRunner, job: Job, recorder: Recorder) -> None:
    runner.start(
        job,
        progress=recorder.progress,
        finished=recorder.finished,
        failed=recorder.failed,
        cancelled=recorder.cancelled,
    )
    qtbot.waitUntil(lambda: runner.current_thread is None, timeout=10000)


def test_a_job_runs_off_the_ui_thread_and_reports_on_it(qtbot, host):
    runner, recorder, job = JobRunner(host), Recorder(), Steps()
    run(qtbot, runner, job, recorder)
    assert recorder.events == [
        ("progress", 1, 3),
        ("progress", 2, 3),
        ("progress", 3, 3),
        ("finished", "done"),
    ]
    assert job.thread_id != threading.get_ident()
    assert recorder.threads == {threading.get_ident()}
    assert not runner.is_busy() and runner.job is None


def test_a_cancelled_job_stops_at_its_next_check_and_says_so(qtbot, host):
    runner, recorder, gate = JobRunner(host), Recorder(), threading.Event()
    runner.start(
        Steps(gate),
        progress=recorder.progress,
        finished=recorder.finished,
        cancelled=recorder.cancelled,
    )
    assert runner.is_busy()
    runner.cancel()
    gate.set()
    qtbot.waitUntil(lambda: runner.current_thread is None, timeout=10000)
    assert recorder.events == [("progress", 1, 3), ("cancelled",)]


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (OSError(28, "No space left on device"), "/out/report.pdf: No space left on device"),
        (NotFoundError("session_not_found", ref="abc"), None),
        (ValueError(), "ValueError"),
        (ValueError("bad value"), "bad value"),
    ],
)
def test_a_failure_is_one_message_for_the_user(qtbot, host, exc, message):
    runner, recorder = JobRunner(host), Recorder()
    run(qtbot, runner, Broken(exc, language="en", target=Path("/out/report.pdf")), recorder)
    expected = message if message is not None else exc.message("en")
    assert recorder.events == [("failed", expected)]


def test_one_job_at_a_time_and_stop_waits_for_it(qtbot, host):
    runner, gate = JobRunner(host), threading.Event()
    runner.start(Steps(gate))
    with pytest.raises(RuntimeError):
        runner.start(Steps())
    gate.set()
    runner.stop(10000)
    assert not runner.is_busy()
    assert runner.wait(100)
    qtbot.waitUntil(lambda: runner.current_thread is None, timeout=10000)
