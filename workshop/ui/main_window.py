"""The main window: the sessions screen, and for one session its agenda and run mode.

Menus follow desktop conventions. Actions that belong to one page (the board's keys, the
sessions search) live on that page with a widget shortcut context, so they never clash with the
window's own shortcuts; the menus list them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QTimer, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from workshop.paths import real_path
from workshop.ui.sessions_page import SessionsPage
from workshop.ui.settings import Settings
from workshop.ui.translation import TranslatesItsParts
from workshop.ui.window.help import MainWindowHelp
from workshop.ui.window.menus import MainWindowMenus
from workshop.ui.window.pages import TAB_RUN, MainWindowPages
from workshop.ui.window.session_actions import MainWindowSessionActions
from workshop.ui.window.team_sync import MainWindowTeamSync


class MainWindow(
    TranslatesItsParts,
    MainWindowMenus,
    MainWindowPages,
    MainWindowSessionActions,
    MainWindowTeamSync,
    MainWindowHelp,
    QMainWindow,
):
    first_painted = Signal()
    library_waits = Signal()  # a write waits for another program (from any thread)

    def __init__(
        self,
        library_path: Path,
        *,
        run_session: str | None = None,
        settings: Settings | None = None,
        first_run_tour: bool = False,
    ) -> None:
        """``first_run_tour``: show Help → Getting started by itself once, on an empty library
        (the app asks for it unless it was started to import a session file)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.library_path = real_path(library_path)  # a link: the real file's lock
        self.run_session_ref = run_session
        self.settings = settings or Settings()
        self.lib = None
        self.lock: QLockFile | None = None
        self.session_id: str | None = None
        self.run_view = None
        self.lock_banner = None  # above the run view while the minutes are approved
        self.agenda_editor = None
        self.mapping_view = None
        self.mapping_page = None  # the mapping tab; its view is built when first shown
        self.actions_view = None
        self.overview_view = None
        self.presenter = None
        self.tour = None
        self.first_run_tour = first_run_tour
        self.closed_by_signal = False  # SIGTERM/SIGHUP/SIGINT closed the window (exit 0)
        self._painted = False
        self.setWindowTitle(self.tr("Verksted – Sessions"))
        self.resize(1280, 800)

        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget(self)
        self.sessions_page = SessionsPage(self)
        self.undo_group.addStack(self.sessions_page.undo_stack)
        self.undo_group.setActiveStack(self.sessions_page.undo_stack)
        self.sessions_page.open_requested.connect(lambda sid: self.open_session(sid, TAB_RUN))
        self.sessions_page.new_requested.connect(self.new_session)
        self.stack.addWidget(self.sessions_page)
        self.workspace = QTabWidget(self)
        self.workspace.setObjectName("sessionWorkspace")
        self.workspace.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._restore_geometry()
        self.library_waits.connect(self._library_busy)  # queued when a server thread waits
        QApplication.instance().installEventFilter(self)

    # --- library ---
    def _language(self) -> str:
        """The language the GUI shows now (the catalogue installed at start or on a switch)."""
        from workshop.ui.translation import current_ui_language

        return current_ui_language()

    def acquire_lock(self) -> bool:
        """One window per library; a lock left by a killed process is taken over."""
        from workshop.private import private_dir

        private_dir(self.library_path.parent)  # 0700 whatever the umask, as the library makes it
        lock = QLockFile(str(self.library_path) + ".lock")
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(200):
            info = lock.getLockInfo()
            # PySide6 returns (ok, pid, hostname, appname) or (pid, hostname, appname).
            ok, pid, host = (info[0], info[1], info[2]) if len(info) == 4 else (True, *info[:2])
            if lock.error() != QLockFile.LockError.LockFailedError or not (ok and pid):
                # Not held by another window: the lock file itself cannot be written or read (a
                # full disk, a folder in its place). SQLite's own locking still keeps writers
                # apart; go on, and let opening the library say what is wrong, if anything.
                return True
            detail = self.tr("process %1 on %2").replace("%1", str(pid)).replace("%2", host)
            QMessageBox.critical(
                self,
                self.tr("The library is open elsewhere"),
                self.tr(
                    "This library is already open in another Verksted window (%1). "
                    "Close that window first; nothing has been changed here."
                ).replace("%1", detail),
            )
            return False
        self.lock = lock
        return True

    def open_library(self) -> bool:
        """Open the library after the window is painted (SQLAlchemy's import is the slow part)."""
        from workshop.errors import VerkstedError
        from workshop.services.library import open_library, set_busy_notice

        try:
            self.lib = open_library(self.library_path)
        except VerkstedError as exc:
            self.sessions_page.status_label.setText(exc.message(self._language()))
            QMessageBox.critical(
                self, self.tr("Cannot open the library"), exc.message(self._language())
            )
            return False
        if self.lib.backup_warning is not None:  # a warning, never a stop
            # A widget of the status bar, not a message: it stays when a menu's tip is shown.
            warning = QLabel(self.lib.backup_warning.message(self._language()), self)
            warning.setObjectName("backupWarning")
            self.statusBar().addWidget(warning, 1)
        set_busy_notice(self.library_waits.emit)
        # Opening a session (--run), the list is not shown: it is read when it is (or now, when
        # the session cannot be opened).
        self.sessions_page.set_library(self.lib, listed=not self.run_session_ref)
        self._update_session_file_actions()
        if self.run_session_ref:
            from workshop.services.sessions import resolve_session

            try:
                session_id = resolve_session(self.lib, self.run_session_ref)
            except VerkstedError as exc:
                self.sessions_page.refresh()
                QMessageBox.warning(
                    self, self.tr("Cannot open the session"), exc.message(self._language())
                )
                return True
            self.open_run(session_id)
        else:
            self.sessions_page.table.setFocus()
            if self.first_run_tour:
                self.offer_tour()
        self.sync_on_open()
        return True

    def _library_busy(self) -> None:
        """A write waits for another program (a long import in the command line): say so
        at once, before the wait (the window is not repainted while it waits)."""
        from workshop.i18n import t

        self.statusBar().showMessage(t("library_busy_waiting", self._language()), 15_000)
        self.statusBar().repaint()

    def start(self) -> bool:
        """Lock and open the library; False when the app should quit."""
        return self.acquire_lock() and self.open_library()

    def refresh(self) -> None:
        self.sessions_page.refresh()

    # Kept for callers and tests written against the first sessions window.
    @property
    def model(self):
        return self.sessions_page.model

    @property
    def table(self):
        return self.sessions_page.table

    @property
    def demo_button(self):
        return self.sessions_page.demo_button

    def create_demo(self) -> None:
        self.sessions_page.create_demo()

    def open_demo(self) -> None:
        """Open the demo session in run mode, creating it first when the library has none."""
        if self.tour is not None:
            self.tour.accept()
        if self.lib is None:
            return
        session_id = self.sessions_page.demo_session_id() or self.sessions_page.create_demo()
        if session_id is not None:
            self.open_session(session_id, TAB_RUN)

    # --- settings and language ---
    def show_settings(self) -> None:
        from workshop.ui.settings_dialog import SettingsDialog

        before = self._language()
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            from workshop.ui.translation import apply_font_size, ui_language

            apply_font_size(self.settings)
            if self.run_view is not None:  # the board's cards follow the new size too
                self.run_view.scene.set_base_font(QApplication.font())
            if ui_language(self.settings) != before:
                self.switch_language()

    def switch_language(self) -> None:
        """Load the new catalogue and rebuild the widgets; everything shown is already saved.

        The open session's tabs are built again around their undo histories, so Ctrl+Z still
        undoes what was done before the switch; the typed capture text and a running timer stay.
        """
        from workshop.ui.translation import install_translators, ui_language

        install_translators(QApplication.instance(), ui_language(self.settings))
        kept = self.keep_session()
        self.close_session()
        self._drop_views_across_sessions()
        self.menuBar().clear()
        for action in list(self.actions()):
            self.removeAction(action)
        self.undo_group.removeStack(self.sessions_page.undo_stack)
        old_page = self.sessions_page
        self.sessions_page = SessionsPage(self, old_page.undo_stack)
        self.undo_group.addStack(self.sessions_page.undo_stack)
        self.sessions_page.open_requested.connect(lambda sid: self.open_session(sid, TAB_RUN))
        self.sessions_page.new_requested.connect(self.new_session)
        self.stack.removeWidget(old_page)
        old_page.deleteLater()
        self.stack.insertWidget(0, self.sessions_page)
        self._build_menus()
        self.sessions_page.set_library(self.lib)
        if kept is not None:
            self.open_session(kept.session_id, kept.tab, kept)
            if kept.running and self.run_view is not None:
                self.run_view.toggle_timer()
        else:
            self.show_sessions()

    # --- window state ---
    def _restore_geometry(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    def refresh_from_library(self) -> None:
        """Show what changed outside this window: the command line, an imported session file."""
        if self.lib is None:
            return
        current = self.stack.currentWidget()
        if self.run_view is not None:
            self.run_view.refresh_from_library()
            self.update_lock_banner()  # approved or reopened from the command line
        elif self.actions_view is not None and current is self.actions_view:
            self.actions_view.refresh()
        elif self.overview_view is not None and current is self.overview_view:
            self.overview_view.refresh()
        else:
            self.sessions_page.refresh_changed()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ApplicationActivate and self.lib is not None:
            self.refresh_from_library()
        return False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Let this paint reach the screen before the library (and SQLAlchemy) is loaded.
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event) -> None:
        if self.tour is not None:
            self.tour.reject()
        self.close_session()
        if self.overview_view is not None:
            self.overview_view.wait()  # a report being written is finished first
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        QApplication.instance().removeEventFilter(self)
        purges: list = []
        if self.lib is not None:
            from workshop.services.library import set_busy_notice
            from workshop.services.purge import purge_deleted_sessions

            self.sync_on_close()
            set_busy_notice(None)

            purge_deleted_sessions(self.lib, purges)  # deleting was undoable until now
            self.lib.close()
            self.lib = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
        if not getattr(self, "closed_by_signal", False):  # no question at logout or shutdown
            from workshop.ui.purge_notice import tell_purge_problems

            tell_purge_problems(self, purges, self._language())  # what is not yet gone
        super().closeEvent(event)
