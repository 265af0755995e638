"""What the File and Session menus do with a session: presenter view, photos, minutes, capture
sheet, session files and their text conflicts.

A part of :class:`workshop.ui.main_window.MainWindow` (mixed into it); results are shown in the
window's status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
)


class MainWindowSessionActions:
    """Dialogs and windows for the open (or selected) session."""

    # --- details, finishing ---
    def edit_session_details(self) -> bool:
        """Session → Details…: change what the wizard asked for (one undoable step)."""
        from workshop.errors import VerkstedError
        from workshop.services.sessions import get_session
        from workshop.ui.commands.sessions import SessionDetailsCommand, session_details
        from workshop.ui.session_details import SessionDetailsDialog

        session_id = self._chosen_session_id()
        if self.lib is None or session_id is None:
            return False
        try:
            session = get_session(self.lib, session_id)
        except VerkstedError as exc:
            self._details_refused(exc)
            return False
        dialog = SessionDetailsDialog(session, self)
        try:
            if not dialog.exec():
                return False
            after = dialog.values()
        finally:
            dialog.deleteLater()
        before = session_details(session)
        if after == before:
            return False
        stack = self.undo_group.activeStack() or self.sessions_page.undo_stack
        command = SessionDetailsCommand(
            self.lib, session_id, before, after, self._details_refused, self._details_changed
        )
        stack.push(command)
        if command.isObsolete():
            return False
        self.statusBar().showMessage(self.tr("Details saved – Ctrl+Z undoes"))
        return True

    def _details_refused(self, exc) -> None:
        QMessageBox.warning(self, self.tr("Verksted"), exc.message(self._language()))
        self._details_changed()

    def _details_changed(self) -> None:
        """Show the stored details everywhere: the board, the agenda, the title, the list."""
        if self.run_view is not None:
            self.run_view.session_details_changed()
            self.setWindowTitle(
                self.tr("Verksted – %1").replace("%1", self.run_view.model.session.title)
            )
        if self.agenda_editor is not None:
            self.agenda_editor.refresh()
        self.sessions_page.refresh()

    def toggle_finished(self) -> bool:
        """Session → Finish session (records when it ended) or Reopen session."""
        view = self.run_view
        if view is None:
            return False
        done = view.reopen_session() if view.finished else view.offer_finish()
        self._update_finish_action()
        self.sessions_page.refresh()
        return done

    # --- approving the minutes (recorded acts, not undo steps) ---
    def approve_minutes(self) -> bool:
        """Session → Approve minutes…: write the archive PDF, record it, lock the session."""
        from workshop.errors import VerkstedError
        from workshop.services import approval
        from workshop.services.sessions import get_session
        from workshop.ui.approval_dialog import ApproveDialog

        session_id = self._chosen_session_id()
        if self.lib is None or session_id is None:
            return False
        try:
            state = approval.approval_state(self.lib, session_id)
            session = get_session(self.lib, session_id)
        except VerkstedError as exc:
            QMessageBox.warning(self, self.tr("Verksted"), exc.message(self._language()))
            return False
        dialog = ApproveDialog(self.lib, session, state.version, self._language(), self)
        try:
            dialog.exec()
            info = dialog.approval
        finally:
            dialog.finish()  # its thread has ended before the dialog goes
            dialog.deleteLater()
        if info is None:
            return False
        self._approval_changed()
        self.statusBar().showMessage(
            self.tr("Minutes approved as version %1 (SHA-256 %2)")
            .replace("%1", str(info.version))
            .replace("%2", info.sha256)
        )
        return True

    def reopen_minutes(self) -> bool:
        """Session → Reopen minutes…: unlock with a reason; take in what waited meanwhile."""
        from workshop.errors import VerkstedError
        from workshop.services import approval
        from workshop.services.sessions import get_session
        from workshop.ui.approval_dialog import ReopenDialog

        session_id = self._chosen_session_id()
        if self.lib is None or session_id is None:
            return False
        lock = approval.current_lock(self.lib, session_id)
        if lock is None:
            self._approval_changed()
            return False
        pending = len(approval.list_pending(self.lib, session_id))
        dialog = ReopenDialog(get_session(self.lib, session_id), lock, pending, self)
        try:
            if not dialog.exec():
                return False
            reason, by = dialog.values()
        finally:
            dialog.deleteLater()
        try:
            info = approval.reopen(self.lib, session_id, reason=reason, by=by)
            taken = approval.take_in(self.lib, session_id)
        except VerkstedError as exc:
            QMessageBox.warning(self, self.tr("Verksted"), exc.message(self._language()))
            self._approval_changed()
            return False
        self._approval_changed()
        if taken and self.run_view is not None:
            self.run_view.refresh_from_library()
        message = self.tr("Minutes reopened; the next approval will be version %1").replace(
            "%1", str(info.version + 1)
        )
        self.statusBar().showMessage(message)
        return True

    def _approval_changed(self) -> None:
        """Show the lock (or its end) in the run view, the sessions list and the menus."""
        self.update_lock_banner()
        self.sessions_page.refresh()
        self._update_approval_actions()

    def update_lock_banner(self) -> None:
        banner = getattr(self, "lock_banner", None)
        if self.lib is None or self.session_id is None or banner is None:
            return
        from workshop.services import approval

        lock = approval.current_lock(self.lib, self.session_id)
        pending = len(approval.list_pending(self.lib, self.session_id)) if lock else 0
        banner.show_lock(lock, pending)
        if self.run_view is not None:
            self.run_view.set_locked(lock is not None)

    def _update_approval_actions(self) -> None:
        session_id = self._chosen_session_id() if self.lib is not None else None
        locked = False
        if session_id is not None:
            from workshop.services import approval

            locked = approval.current_lock(self.lib, session_id) is not None
        self.approve_action.setEnabled(session_id is not None and not locked)
        self.reopen_action.setEnabled(session_id is not None and locked)

    # --- presenter, photos, minutes ---
    def toggle_presenter(self) -> None:
        from workshop.ui.presenter import PresenterWindow

        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None
            self.presenter_action.setChecked(False)
            return
        if self.run_view is None:
            self.presenter_action.setChecked(False)
            return
        self.presenter = PresenterWindow(self.run_view, self)
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presenter.present()
        self.presenter_action.setChecked(True)
        self.activateWindow()  # keep the keyboard with the facilitator

    def _presenter_closed(self) -> None:
        self.presenter = None
        self.presenter_action.setChecked(False)

    def show_photos(self) -> None:
        """The open session's photos of the wall and flipcharts (saved as they are changed)."""
        from workshop.ui.attachments_dialog import PhotosDialog

        if self.lib is None or self.session_id is None:
            return
        PhotosDialog(self.lib, self.session_id, self).exec()

    def export_minutes(self) -> None:
        from workshop.services.sessions import get_session
        from workshop.ui.export_dialog import ExportDialog

        if self.lib is None or self.session_id is None:
            return
        dialog = ExportDialog(
            self.lib, get_session(self.lib, self.session_id), self._language(), self
        )
        dialog.exec()
        if dialog.written:
            self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", dialog.written))

    # --- session files ---
    def export_session(self) -> None:
        """Write the open (or selected) session to a ``.verksted`` file for another computer."""
        from workshop.ui.session_files import SessionFiles

        session_id = self._chosen_session_id()
        if self.lib is None or session_id is None:
            return
        result = SessionFiles(self, self.lib, self.settings, self._language()).export(session_id)
        if result is not None:
            self.statusBar().showMessage(
                self.tr("Exported %n note(s) to %1", "", result.notes).replace(
                    "%1", result.path.name
                )
            )

    def import_session(self, path: Path | str | None = None):
        """Add or merge a session from a ``.verksted`` file (asked for when not given).

        Returns the services' MergeSummary, or None when nothing was imported.
        """
        from workshop.ui.session_files import SessionFiles

        if self.lib is None:
            return None
        done = SessionFiles(self, self.lib, self.settings, self._language()).import_file(path)
        if done is None:
            return None
        summary = done.summary
        self.refresh_from_library()
        self.sessions_page.refresh()
        self.sessions_page.select_session(summary.session_id)
        self._update_session_file_actions()
        self.statusBar().showMessage(
            self.tr("Imported “%1”: %2 new notes, %3 updated")
            .replace("%1", summary.title)
            .replace("%2", str(summary.notes.new))
            .replace("%3", str(summary.notes.updated))
        )
        if summary.conflicts:
            answer = QMessageBox.question(
                self,
                self.tr("Text conflicts"),
                self.tr(
                    "%n note(s) in “%1” were changed on two computers. Choose the text to keep "
                    "now?",
                    "",
                    summary.conflicts,
                ).replace("%1", summary.title),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.show_conflicts(summary.session_id)
        return summary

    def show_conflicts(self, session_id: str | None = None) -> None:
        """The notes of a session whose text was changed on two computers."""
        from workshop.ui.conflicts_dialog import ConflictsDialog

        session_id = session_id or self._chosen_session_id()
        if self.lib is None or session_id is None:
            return
        dialog = ConflictsDialog(self.lib, session_id, self._language(), self)
        dialog.resolved.connect(lambda note_id: self._conflict_resolved(session_id, note_id))
        dialog.exec()
        dialog.deleteLater()

    def _conflict_resolved(self, session_id: str, note_id: str) -> None:
        if self.run_view is not None and self.run_view.model.session_id == session_id:
            self.run_view.model.refresh_conflicts()
            self.run_view.model.refresh_notes([note_id])

    # --- paper ---
    def print_capture_sheet(self) -> None:
        from workshop.ui.run.type_in import save_capture_sheet

        if self.lib is not None and self.session_id is not None:
            written = save_capture_sheet(self, self.lib, self.session_id, self._language())
            if written:
                self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", written))
