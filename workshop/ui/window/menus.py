"""The main window's menu bar: File, Edit, View, Session and Help, and which entries are enabled.

A part of :class:`workshop.ui.main_window.MainWindow` (mixed into it). The board's own actions
(their keys work inside the board) are listed in the Session and View menus while a session is
open; the menus call the window's page and session methods.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from workshop.ui.shortcuts import redo_keys, settings_keys
from workshop.ui.window.pages import TAB_AGENDA, TAB_MAPPING, TAB_RUN


class MainWindowMenus:
    """Builds the menus once (again after a language switch) and keeps them current."""

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
        self.sync_action = self._act(
            self.tr("S&ync with the team server"), self.sync_with_team, None, "syncTeamAction"
        )
        self.settings_action = self._act(
            self.tr("&Settings…"), self.show_settings, settings_keys(), "settingsAction"
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
        file_menu.addAction(self.sync_action)
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
        self.run_action = self._act(self.tr("&Run"), self.run_chosen_session, "Ctrl+R", "runAction")
        self.details_action = self._act(
            self.tr("&Details…"), self.edit_session_details, None, "sessionDetailsAction"
        )
        self.finish_action = self._act(
            self.tr("&Finish session"), self.toggle_finished, None, "finishSessionAction"
        )
        self.photos_action = self._act(self.tr("&Photos…"), self.show_photos, None, "photosAction")
        self.conflicts_action = self._act(
            self.tr("Text &conflicts…"), lambda: self.show_conflicts(), None, "conflictsAction"
        )
        self.approve_action = self._act(
            self.tr("&Approve minutes…"), self.approve_minutes, None, "approveMinutesAction"
        )
        self.reopen_action = self._act(
            self.tr("Reopen &minutes…"), self.reopen_minutes, None, "reopenMinutesAction"
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
            self.photos_action,
            self.back_action,
        ):
            action.setEnabled(self.session_id is not None)
        # Run works wherever the Run button does: the open session, or the one selected.
        self.presenter_action.setEnabled(running)
        for action in self.session_menu.actions():  # not clear(): it may delete the actions
            self.session_menu.removeAction(action)
        self.session_menu.addAction(self.run_action)
        self.session_menu.addAction(self.details_action)
        self.session_menu.addAction(self.finish_action)
        self.session_menu.addAction(self.photos_action)
        self.session_menu.addAction(self.conflicts_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.approve_action)
        self.session_menu.addAction(self.reopen_action)
        self._update_finish_action()
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
                "phonesAction",
                "phoneQueueAction",
                "joinCardsAction",
            ):
                action = view.findChild(QAction, name)
                if action is not None:
                    self.session_menu.addAction(action)
            for name in (
                "zoomInAction",
                "zoomOutAction",
                "fitAction",
                "tidyAction",
                "votingAction",
                "revealAction",
            ):
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

    def _update_finish_action(self, *_args) -> None:
        """Finish session, or Reopen session when it is finished (the open session only)."""
        view = self.run_view
        finished = view is not None and view.finished
        self.finish_action.setText(
            self.tr("Re&open session") if finished else self.tr("&Finish session")
        )
        self.finish_action.setEnabled(view is not None)

    def run_chosen_session(self) -> None:
        """Session → Run: the open session's run tab, or run the session selected in the list."""
        if self.session_id is not None:
            self.show_tab(TAB_RUN)
            return
        session_id = self._chosen_session_id()
        if session_id is not None:
            self.open_session(session_id, TAB_RUN)

    def _update_session_file_actions(self) -> None:
        chosen = self.lib is not None and self._chosen_session_id() is not None
        self.run_action.setEnabled(chosen)
        self.details_action.setEnabled(chosen)
        self.export_session_action.setEnabled(chosen)
        self.conflicts_action.setEnabled(chosen)
        self._update_approval_actions()
        self.import_session_action.setEnabled(self.lib is not None)
        self.sync_action.setEnabled(self.lib is not None and not self.syncing)
