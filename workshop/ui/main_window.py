"""The main window: the sessions screen, and for one session its agenda and run mode.

Menus follow desktop conventions. Actions that belong to one page (the board's keys, the
sessions search) live on that page with a widget shortcut context, so they never clash with the
window's own shortcuts; the menus list them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from workshop import __version__
from workshop.ui.sessions_page import SessionsPage
from workshop.ui.settings import Settings
from workshop.ui.shortcuts import redo_keys

TAB_AGENDA, TAB_RUN, TAB_MAPPING = range(3)


class MainWindow(QMainWindow):
    first_painted = Signal()

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
        self.library_path = Path(library_path)
        self.run_session_ref = run_session
        self.settings = settings or Settings()
        self.lib = None
        self.lock: QLockFile | None = None
        self.session_id: str | None = None
        self.run_view = None
        self.agenda_editor = None
        self.mapping_view = None
        self.actions_view = None
        self.overview_view = None
        self.presenter = None
        self.tour = None
        self.first_run_tour = first_run_tour
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
        QApplication.instance().installEventFilter(self)

    # --- menus ---
    def _act(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._act(
            self.tr("&New session…"),
            self.new_session,
            QKeySequence.StandardKey.New,
            "newSessionAction",
        )
        self.open_action = self._act(
            self.tr("&Open…"), self.show_sessions, QKeySequence.StandardKey.Open, "openAction"
        )
        self.export_action = self._act(
            self.tr("&Export minutes…"), self.export_minutes, "Ctrl+Shift+E", "exportMinutesAction"
        )
        self.sheet_action = self._act(
            self.tr("&Print capture sheet…"), self.print_capture_sheet, None, "captureSheetAction"
        )
        self.export_session_action = self._act(
            self.tr("E&xport session…"), self.export_session, None, "exportSessionAction"
        )
        self.import_session_action = self._act(
            self.tr("&Import session…"), lambda: self.import_session(), None, "importSessionAction"
        )
        self.settings_action = self._act(
            self.tr("&Settings…"),
            self.show_settings,
            QKeySequence.StandardKey.Preferences,
            "settingsAction",
        )
        self.back_action = self._act(
            self.tr("&Back to sessions"),
            self.show_sessions,
            QKeySequence.StandardKey.Close,
            "backAction",
        )
        quit_action = self._act(self.tr("&Quit"), self.close, ["Ctrl+Q"], "quitAction")
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        file_menu.addActions([self.new_action, self.open_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.sheet_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_session_action, self.import_session_action])
        file_menu.addSeparator()
        file_menu.addActions([self.settings_action, self.back_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find…"), self)  # Ctrl+F lives on each page
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find_action.triggered.connect(self.find)
        edit_menu.addAction(self.find_action)
        page_find = QAction(self.sessions_page)
        page_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        page_find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page_find.triggered.connect(self.find)
        self.sessions_page.addAction(page_find)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.sessions_view_action = self._act(self.tr("&Sessions"), self.show_sessions)
        self.actions_view_action = self._act(
            self.tr("A&ctions across sessions"), self.show_actions, "Ctrl+Shift+T", "actionsAction"
        )
        self.overview_view_action = self._act(
            self.tr("&Overview and report"), self.show_overview, "Ctrl+Shift+O", "overviewAction"
        )
        self.agenda_view_action = self._act(
            self.tr("&Agenda"), lambda: self.show_tab(TAB_AGENDA), "Ctrl+Shift+A"
        )
        self.mapping_view_action = self._act(
            self.tr("&Mapping"), lambda: self.show_tab(TAB_MAPPING), "Ctrl+Shift+K"
        )
        self.board_view_action = self._act(
            self.tr("&Board"), lambda: self.show_tab(TAB_RUN), "Ctrl+Shift+B"
        )
        self.presenter_action = self._act(
            self.tr("&Presenter view"), self.toggle_presenter, "F5", "presenterAction"
        )
        self.presenter_action.setCheckable(True)
        self.view_menu.addActions(
            [self.sessions_view_action, self.actions_view_action, self.overview_view_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addActions(
            [self.agenda_view_action, self.board_view_action, self.mapping_view_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.presenter_action)
        self.zoom_section = self.view_menu.addSeparator()

        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.run_action = self._act(
            self.tr("&Run"), lambda: self.show_tab(TAB_RUN), "Ctrl+R", "runAction"
        )
        self.photos_action = self._act(self.tr("&Photos…"), self.show_photos, None, "photosAction")
        self.conflicts_action = self._act(
            self.tr("Text &conflicts…"), lambda: self.show_conflicts(), None, "conflictsAction"
        )
        # Export and conflicts also work on the session selected in the list.
        self.sessions_page.table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_session_file_actions()
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.tour_action = self._act(
            self.tr("&Getting started"), self.show_tour, None, "tourAction"
        )
        keys = self._act(self.tr("&Keyboard shortcuts"), self.show_keys, "F1", "keysAction")
        about = self._act(self.tr("&About Verksted"), self.show_about, None, "aboutAction")
        help_menu.addActions([self.tour_action, keys, about])
        self._update_menus()

    def _update_menus(self) -> None:
        in_session = self.session_id is not None and self.stack.currentWidget() is self.workspace
        running = self.run_view is not None
        for action in (
            self.export_action,
            self.sheet_action,
            self.agenda_view_action,
            self.board_view_action,
            self.mapping_view_action,
            self.run_action,
            self.photos_action,
            self.back_action,
        ):
            action.setEnabled(self.session_id is not None)
        self.presenter_action.setEnabled(running)
        for action in self.session_menu.actions():  # not clear(): it may delete the actions
            self.session_menu.removeAction(action)
        self.session_menu.addAction(self.run_action)
        self.session_menu.addAction(self.photos_action)
        self.session_menu.addAction(self.conflicts_action)
        self._update_session_file_actions()
        # The board's own actions (their keys work inside the board) appear in the menus.
        for action in self.view_menu.actions():
            if action.property("board_action"):
                self.view_menu.removeAction(action)
        if running and in_session:
            view = self.run_view
            for name in (
                "nextStepAction",
                "previousStepAction",
                "newActionAction",
                "storyAction",
                "timerAction",
                "plusOneAction",
                "plusFiveAction",
            ):
                action = view.findChild(QAction, name)
                if action is not None:
                    self.session_menu.addAction(action)
            for name in ("zoomInAction", "zoomOutAction", "fitAction", "votingAction"):
                action = view.findChild(QAction, name)
                if action is not None:
                    action.setProperty("board_action", True)
                    self.view_menu.addAction(action)

    def _chosen_session_id(self) -> str | None:
        """The open session, else the one selected on the sessions screen."""
        if self.session_id is not None:
            return self.session_id
        if self.stack.currentWidget() is self.sessions_page:
            return self.sessions_page.selected_session_id()
        return None

    def _update_session_file_actions(self) -> None:
        chosen = self.lib is not None and self._chosen_session_id() is not None
        self.export_session_action.setEnabled(chosen)
        self.conflicts_action.setEnabled(chosen)
        self.import_session_action.setEnabled(self.lib is not None)

    # --- library ---
    def _language(self) -> str:
        """The language the GUI shows now (the catalogue installed at start or on a switch)."""
        from workshop.ui.translation import current_ui_language

        return current_ui_language()

    def acquire_lock(self) -> bool:
        """One window per library; a lock left by a killed process is taken over."""
        self.library_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.library_path) + ".lock")
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(200):
            info = lock.getLockInfo()
            # PySide6 returns (ok, pid, hostname, appname) or (pid, hostname, appname).
            ok, pid, host = (info[0], info[1], info[2]) if len(info) == 4 else (True, *info[:2])
            detail = (
                self.tr("process %1 on %2").replace("%1", str(pid)).replace("%2", host)
                if ok
                else self.tr("another process")
            )
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
        from workshop.services.library import open_library

        try:
            self.lib = open_library(self.library_path)
        except VerkstedError as exc:
            self.sessions_page.status_label.setText(exc.message(self._language()))
            QMessageBox.critical(
                self, self.tr("Cannot open the library"), exc.message(self._language())
            )
            return False
        self.sessions_page.set_library(self.lib)
        self._update_session_file_actions()
        if self.run_session_ref:
            from workshop.services.sessions import resolve_session

            try:
                session_id = resolve_session(self.lib, self.run_session_ref)
            except VerkstedError as exc:
                QMessageBox.warning(
                    self, self.tr("Cannot open the session"), exc.message(self._language())
                )
                return True
            self.open_run(session_id)
        else:
            self.sessions_page.table.setFocus()
            if self.first_run_tour:
                self.offer_tour()
        return True

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

    # --- sessions ---
    def new_session(self) -> None:
        from workshop.ui.new_session.wizard import NewSessionWizard

        if self.lib is None:
            return
        wizard = NewSessionWizard(self.lib, self.settings, self, language=self._language())
        if wizard.exec() and wizard.created_session_id:
            self.sessions_page.refresh()
            self.open_session(wizard.created_session_id, TAB_AGENDA)

    def open_session(self, session_id: str, tab: int = TAB_RUN) -> None:
        from workshop.ui.agenda.editor import AgendaEditor
        from workshop.ui.run.run_view import RunView

        self.close_session()
        self.session_id = session_id
        self.agenda_editor = AgendaEditor(
            self.lib, session_id, self.workspace, undo_stack=QUndoStack(self)
        )
        self.run_view = RunView(self.lib, session_id, self.workspace, hosted=True)
        self.undo_group.addStack(self.agenda_editor.undo_stack)
        self.undo_group.addStack(self.run_view.undo_stack)
        from workshop.ui.mapping_view import MappingView

        self.mapping_view = MappingView(
            self.run_view.model, self.run_view.undo_stack, self.workspace
        )
        self.agenda_editor.changed.connect(self.run_view.reload_agenda)
        self.workspace.addTab(self.agenda_editor, self.tr("Agenda"))
        self.workspace.addTab(self.run_view, self.tr("Run"))
        self.workspace.addTab(self.mapping_view, self.tr("Mapping"))
        self.stack.setCurrentWidget(self.workspace)
        self.setWindowTitle(
            self.tr("Verksted – %1").replace("%1", self.run_view.model.session.title)
        )
        self.show_tab(tab)

    def open_run(self, session_id: str):
        self.open_session(session_id, TAB_RUN)
        return self.run_view

    def show_tab(self, tab: int) -> None:
        if self.session_id is None:
            return
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.setCurrentIndex(tab)
        self._tab_changed(tab)
        if tab == TAB_RUN and self.run_view is not None:
            self.run_view.board.fit()
            self.run_view.focus_capture()
        elif tab == TAB_MAPPING and self.mapping_view is not None:
            self.mapping_view.setFocus()
        elif self.agenda_editor is not None:
            self.agenda_editor.setFocus()

    def _tab_changed(self, index: int) -> None:
        widget = self.workspace.widget(index)
        if widget is not None and hasattr(widget, "undo_stack"):
            self.undo_group.setActiveStack(widget.undo_stack)
        self._update_menus()

    def close_session(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None
        if self.mapping_view is not None:
            self.workspace.removeTab(self.workspace.indexOf(self.mapping_view))
            self.mapping_view.deleteLater()
            self.mapping_view = None
        for widget in (self.run_view, self.agenda_editor):
            if widget is None:
                continue
            if hasattr(widget, "stop"):
                widget.stop()
            self.undo_group.removeStack(widget.undo_stack)
            self.workspace.removeTab(self.workspace.indexOf(widget))
            widget.deleteLater()
        self.run_view = self.agenda_editor = None
        self.session_id = None

    def close_run(self) -> None:
        self.show_sessions()

    def show_sessions(self) -> None:
        self.close_session()
        self.stack.setCurrentWidget(self.sessions_page)
        self.undo_group.setActiveStack(self.sessions_page.undo_stack)
        self.setWindowTitle(self.tr("Verksted – Sessions"))
        self.sessions_page.refresh()
        self.sessions_page.table.setFocus()
        self._update_menus()

    # --- views across sessions ---
    def show_actions(self) -> None:
        from workshop.ui.actions_view import ActionsView

        if self.lib is None:
            return
        self.close_session()
        if self.actions_view is None:
            self.actions_view = ActionsView(self.lib, self, language=self._language())
            self.actions_view.setObjectName("actionsView")
            self.actions_view.open_session_requested.connect(
                lambda sid: self.open_session(sid, TAB_RUN)
            )
            self.undo_group.addStack(self.actions_view.undo_stack)
            self.stack.addWidget(self.actions_view)
        self.stack.setCurrentWidget(self.actions_view)
        self.undo_group.setActiveStack(self.actions_view.undo_stack)
        self.actions_view.refresh()
        self.setWindowTitle(self.tr("Verksted – Actions"))
        self._update_menus()

    def show_overview(self) -> None:
        from workshop.ui.overview.view import OverviewView

        if self.lib is None:
            return
        self.close_session()
        if self.overview_view is None:
            self.overview_view = OverviewView(self.lib, self, language=self._language())
            self.stack.addWidget(self.overview_view)
        self.stack.setCurrentWidget(self.overview_view)
        self.overview_view.refresh()
        self.setWindowTitle(self.tr("Verksted – Overview"))
        self._update_menus()

    def _drop_views_across_sessions(self) -> None:
        """Built again on next use (after a language switch)."""
        if self.overview_view is not None:
            self.overview_view.wait()
            self.stack.removeWidget(self.overview_view)
            self.overview_view.deleteLater()
            self.overview_view = None
        if self.actions_view is not None:
            self.undo_group.removeStack(self.actions_view.undo_stack)
            self.stack.removeWidget(self.actions_view)
            self.actions_view.deleteLater()
            self.actions_view = None

    def find(self) -> None:
        if self.actions_view is not None and self.stack.currentWidget() is self.actions_view:
            self.actions_view.focus_search()
            return
        if self.stack.currentWidget() is self.sessions_page:
            self.sessions_page.search.setFocus()
            self.sessions_page.search.selectAll()
        elif self.run_view is not None and self.workspace.currentWidget() is self.run_view:
            self.run_view.focus_filter()

    # --- presenter, export, settings, help ---
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

    def print_capture_sheet(self) -> None:
        from workshop.ui.run.type_in import save_capture_sheet

        if self.lib is not None and self.session_id is not None:
            written = save_capture_sheet(self, self.lib, self.session_id, self._language())
            if written:
                self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", written))

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
        """Load the new catalogue and rebuild the widgets; everything shown is already saved."""
        from workshop.ui.translation import install_translators, ui_language

        install_translators(QApplication.instance(), ui_language(self.settings))
        state = (self.session_id, self.workspace.currentIndex())
        capture_text = self.run_view.capture.toPlainText() if self.run_view else ""
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
        if state[0] is not None:
            self.open_session(state[0], state[1])
            if self.run_view is not None:
                self.run_view.capture.setPlainText(capture_text)
        else:
            self.show_sessions()

    def show_tour(self):
        """Help → Getting started: capture, board and minutes in three short steps."""
        from workshop.ui.tour import GettingStartedTour

        if self.tour is None:
            self.tour = GettingStartedTour(self)
            self.tour.demo_requested.connect(self.open_demo)
            self.tour.finished.connect(self._tour_finished)
        self.tour.demo_button.setEnabled(self.lib is not None)
        self.tour.open()
        return self.tour

    def offer_tour(self) -> bool:
        """Show the tour by itself once: on a first start, while the library is still empty."""
        if self.lib is None or self.settings.get("tour/seen"):
            return False
        from workshop.services.sessions import list_sessions

        if list_sessions(self.lib):
            return False
        self.show_tour()
        return True

    def _tour_finished(self) -> None:
        self.settings.set("tour/seen", True)
        tour, self.tour = self.tour, None
        if tour is not None:
            tour.deleteLater()

    def show_keys(self) -> None:
        from workshop.ui.run.keys import KeySheet

        KeySheet(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Verksted"),
            self.tr(
                "<h3>Verksted %1</h3><p>Plan and run workshops and citizen-participation "
                "sessions, capture what is said, and write the minutes.</p>"
                "<p>Licence: MIT. Fonts: DejaVu (Bitstream Vera licence).</p>"
            ).replace("%1", __version__),
        )

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
        elif self.actions_view is not None and current is self.actions_view:
            self.actions_view.refresh()
        elif self.overview_view is not None and current is self.overview_view:
            self.overview_view.refresh()
        else:
            self.sessions_page.refresh()

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
        if self.lib is not None:
            from workshop.services.sessions import purge_deleted_sessions

            purge_deleted_sessions(self.lib)  # deleting was undoable until now
            self.lib.close()
            self.lib = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
        super().closeEvent(event)
