"""Background jobs: long work off the UI thread, reported by signal, cancellable.

A :class:`Job` is a QObject whose :meth:`Job.run` is called on a worker thread. It never touches
a widget; it reports progress by signal and hands back one result (``finished``, usually the path
it wrote) or one message for the user (``failed``), or says that it stopped (``cancelled``).
:class:`JobRunner` owns the thread: it runs one job at a time, says whether one is running,
cancels and waits for it, and deletes the thread and the job once the thread has finished.

Connect the job's signals to bound methods of objects living on the UI thread (a widget's slot):
Qt then queues the call to the UI thread. The runner connects the results before it connects the
thread's end, so a result slot has run when the runner reports the job done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from workshop.errors import VerkstedError


class Cancelled(Exception):
    """Raised inside a job (by :meth:`Job._check`) when the user cancelled."""


class Job(QObject):
    """One piece of background work; subclasses implement :meth:`work` (or ``run`` itself).

    ``language`` is the language of the messages for the user; ``target`` the file the job
    writes, named in the message when writing it fails.
    """

    progress = Signal(int, int)  # done, total
    finished = Signal(str)  # the result, usually the written path
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, *, language: str = "en", target: Path | None = None) -> None:
        super().__init__()
        self.language = language
        self.target = target
        self._cancel = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check (called from the UI thread)."""
        self._cancel = True

    def _check(self, done: int = 0, total: int = 0) -> None:
        """Report progress (when ``total`` is given) and stop here if the user cancelled."""
        if total:
            self.progress.emit(done, total)
        if self._cancel:
            raise Cancelled

    def work(self) -> str:
        """Do the work on the worker thread; the result is emitted with ``finished``."""
        raise NotImplementedError

    def describe(self, exc: Exception) -> str:
        """The one line the user reads when the work failed."""
        if isinstance(exc, VerkstedError):
            return exc.message(self.language)
        if isinstance(exc, OSError):
            where = self.target if self.target is not None else exc.filename
            return f"{where}: {exc.strerror or exc}" if where else str(exc.strerror or exc)
        return str(exc) or type(exc).__name__

    def run(self) -> None:
        """Called on the worker thread: nothing escapes, every outcome is one signal."""
        try:
            result = self.work()
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # the user reads it; a worker thread has no one to raise to
            self.failed.emit(self.describe(exc))
            return
        self.finished.emit(result)


class JobRunner(QObject):
    """Runs one job at a time on its own QThread and cleans both up when the thread ends."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.current_thread: QThread | None = None
        self.job: Job | None = None

    def start(
        self,
        job: Job,
        *,
        progress: Callable[[int, int], None] | None = None,
        finished: Callable[[str], None] | None = None,
        failed: Callable[[str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run ``job`` on a new thread; the callbacks are slots on the UI thread."""
        if self.is_busy():
            raise RuntimeError("a job is already running")
        thread = QThread(self)
        self.job, self.current_thread = job, thread
        job.moveToThread(thread)
        thread.started.connect(job.run)
        for signal, slot in (
            (job.progress, progress),
            (job.finished, finished),
            (job.failed, failed),
            (job.cancelled, cancelled),
        ):
            if slot is not None:
                signal.connect(slot)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(self._cleanup)
        thread.start()

    def is_busy(self) -> bool:
        return self.current_thread is not None and self.current_thread.isRunning()

    def cancel(self) -> None:
        """Ask the running job to stop; it says so with ``cancelled``."""
        if self.is_busy() and self.job is not None:
            self.job.cancel()

    def wait(self, msecs: int) -> bool:
        """Wait for the running job's thread to end (tests, closing); True when it has."""
        return self.current_thread.wait(msecs) if self.current_thread is not None else True

    def stop(self, msecs: int) -> None:
        """Cancel the running job and wait for its thread (a dialog that closes)."""
        if self.is_busy():
            self.cancel()
            self.current_thread.quit()
            self.current_thread.wait(msecs)

    def _cleanup(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        if self.current_thread is not None:
            self.current_thread.deleteLater()
        self.job = None
        self.current_thread = None
