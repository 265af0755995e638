"""File → Sync with the team server: the library merged with the team library on the
municipality's PostgreSQL server, on a background worker, with progress and the result in the
status bar; a failure in a dialog. Optionally also when the window opens and closes.

A part of :class:`workshop.ui.main_window.MainWindow` (mixed into it). The password, when libpq's
own places (``~/.pgpass``, ``PGPASSWORD``) have none, is asked for and used for that sync only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from workshop.errors import VerkstedError
from workshop.i18n import t
from workshop.ui.worker import Job, JobRunner


class SyncJob(Job):
    """One sync of the library with the team server, off the UI thread."""

    needs_password = Signal(str)  # the server refused: ask, then try again

    def __init__(self, lib, url: str, *, language: str, password: str | None = None) -> None:
        super().__init__(language=language)
        self.lib = lib
        self.url = url
        self.password = password

    def work(self) -> str:
        from workshop.services.sync import sync_library

        try:
            summary = sync_library(
                self.lib,
                self.url,
                password=self.password,
                progress=lambda done, total: self._check(done, total),
                cancelled=lambda: self._cancel,
            )
        except VerkstedError as exc:
            if exc.key == "server_auth_failed" and self.password is None:
                self.needs_password.emit(exc.message(self.language))
                return ""
            raise
        lang = self.language
        line = t(
            "sync_summary",
            lang,
            url=summary.url,
            sent=summary.sent,
            received=summary.received,
            purged=summary.purged,
            conflicts=summary.conflicts,
        )
        for title, error in summary.failed:
            line += "\n" + t("sync_session_failed", lang, title=title, detail=error.message(lang))
        return line


class MainWindowTeamSync:
    """The sync action's work: start it, show its progress, report its end."""

    sync_runner: JobRunner | None = None
    syncing = False  # from the start of a sync until its result is shown
    last_sync_message = ""

    def _team_url(self) -> str:
        return self.settings.get("team/url").strip()

    def sync_with_team(self, *, password: str | None = None) -> None:
        if self.lib is None:
            return
        if self.sync_runner is None:
            self.sync_runner = JobRunner(self)
        if self.sync_busy():
            return
        url = self._team_url() or self._ask_team_url()
        if not url:
            return
        job = SyncJob(self.lib, url, language=self._language(), password=password)
        job.needs_password.connect(self._sync_needs_password)
        self.syncing = True
        self.sync_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Syncing with the team server…"))
        self.sync_runner.start(
            job,
            progress=self._sync_progress,
            finished=self._sync_finished,
            failed=self._sync_failed,
            cancelled=self._sync_cancelled,
        )

    def sync_busy(self) -> bool:
        """A sync runs, or its thread has not been cleaned up yet (a new one waits for that)."""
        return self.sync_runner is not None and self.sync_runner.current_thread is not None

    def _ask_team_url(self) -> str:
        from workshop.services.sync import clean_team_url

        text, ok = QInputDialog.getText(
            self,
            self.tr("Team server"),
            self.tr(
                "The team server's address, for example postgresql://kari@server/verksted "
                "(the password is asked for when needed, never stored):"
            ),
        )
        if not ok or not text.strip():
            return ""
        try:
            url = clean_team_url(text)
        except VerkstedError as exc:
            QMessageBox.warning(self, self.tr("Team server"), exc.message(self._language()))
            return ""
        self.settings.set("team/url", url)
        return text.strip()  # a password typed into it is used this once

    def _sync_progress(self, done: int, total: int) -> None:
        self.statusBar().showMessage(
            self.tr("Syncing with the team server… %1 of %2 sessions")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _sync_done(self) -> None:
        self.syncing = False
        self.sync_action.setEnabled(self.lib is not None)
        self.refresh_from_library()

    def _sync_finished(self, message: str) -> None:
        self._sync_done()
        if not message:  # the password is being asked for
            return
        first, *failures = message.split("\n")
        self.last_sync_message = first
        self.statusBar().showMessage(first)
        if failures:
            QMessageBox.warning(self, self.tr("Not every session was synced"), "\n".join(failures))

    def _sync_failed(self, message: str) -> None:
        self._sync_done()
        self.last_sync_message = message
        self.statusBar().showMessage(self.tr("The sync did not complete"))
        QMessageBox.critical(self, self.tr("The sync did not complete"), message)

    def _sync_cancelled(self) -> None:
        self._sync_done()
        self.statusBar().showMessage(self.tr("Sync stopped"))

    def _sync_needs_password(self, message: str) -> None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("Team server"),
            message + "\n\n" + self.tr("Password (used for this sync only, never stored):"),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            self._after_sync_job(lambda: self.sync_with_team(password=password))

    def _after_sync_job(self, then) -> None:
        """Run ``then`` once the current job's thread has ended (its result slot ran already)."""
        runner = self.sync_runner
        if runner is not None and runner.current_thread is not None:
            # After the runner's own clean-up (connected first), so the next sync may start.
            runner.current_thread.destroyed.connect(lambda *_: then())
        else:
            then()

    def sync_on_open(self) -> None:
        if self.settings.get("team/sync_on_open_close") and self._team_url():
            self.sync_with_team()

    def sync_on_close(self) -> None:
        """Before the library closes: wait for a running sync, then sync once more if set."""
        if self.sync_runner is not None:
            self.sync_runner.wait(120_000)
        if not (self.settings.get("team/sync_on_open_close") and self._team_url()):
            return
        job = SyncJob(self.lib, self._team_url(), language=self._language())
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            job.work()
        except VerkstedError as exc:
            QMessageBox.critical(self, self.tr("The sync did not complete"), job.describe(exc))
        finally:
            QApplication.restoreOverrideCursor()
            job.deleteLater()
