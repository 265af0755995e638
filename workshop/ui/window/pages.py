"""The main window's pages: the sessions list, one session's agenda, run and mapping tabs, and the
views across sessions (actions, overview), each with its own undo stack in the window's group.

A part of :class:`workshop.ui.main_window.MainWindow` (mixed into it).
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from workshop.ui.widgets import LazyPage

TAB_AGENDA, TAB_RUN, TAB_MAPPING = range(3)


@dataclass
class KeptSession:
    """What outlives the open session's views when they are built again (a language switch):
    the undo histories, the typed capture text, whether the timer ran, and the old objects the
    histories' commands refer to (handed over to the new ones)."""

    session_id: str
    tab: int
    capture_text: str
    running: bool
    run_stack: QUndoStack
    agenda_stack: QUndoStack
    old: dict[str, QObject]


class MainWindowPages:
    """Opening, switching and closing pages; the undo group follows the page shown."""

    # --- sessions ---
    def new_session(self) -> None:
        from workshop.ui.new_session.wizard import NewSessionWizard

        if self.lib is None:
            return
        wizard = NewSessionWizard(self.lib, self.settings, self, language=self._language())
        if wizard.exec() and wizard.created_session_id:
            self.sessions_page.refresh()
            self.open_session(wizard.created_session_id, TAB_AGENDA)

    def open_session(
        self, session_id: str, tab: int = TAB_RUN, kept: KeptSession | None = None
    ) -> None:
        """Show a session's tabs; ``kept``: the histories of the views built again.

        The cycle collector waits meanwhile: a board of thousands of notes is that many objects
        that stay, and passes over them while they are made took half the time."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._open_session(session_id, tab, kept)
        finally:
            if collecting:
                gc.enable()

    def _open_session(self, session_id: str, tab: int, kept: KeptSession | None) -> None:
        from workshop.ui.agenda.editor import AgendaEditor
        from workshop.ui.commands.base import hand_over
        from workshop.ui.run.run_view import RunView

        self.close_session()
        self.session_id = session_id
        self.agenda_editor = AgendaEditor(
            self.lib,
            session_id,
            self.workspace,
            undo_stack=kept.agenda_stack if kept else QUndoStack(self),
        )
        self.run_view = RunView(
            self.lib,
            session_id,
            self.workspace,
            hosted=True,
            undo_stack=kept.run_stack if kept else None,
        )
        if kept is not None:
            new = {
                "editor": self.agenda_editor,
                "run": self.run_view,
                "model": self.run_view.model,
                "rating": self.run_view.rating,
            }
            successors = {old: new[name] for name, old in kept.old.items()}
            hand_over(self.agenda_editor.undo_stack, successors)
            hand_over(self.run_view.undo_stack, successors)
            self.run_view.capture.setPlainText(kept.capture_text)
        self.undo_group.addStack(self.agenda_editor.undo_stack)
        self.undo_group.addStack(self.run_view.undo_stack)
        # Built when first shown: a hidden matrix of every note would work on each capture.
        self.mapping_page = LazyPage(self._build_mapping_view, self.run_view.undo_stack)
        self._add_lock_banner()
        self.agenda_editor.changed.connect(self.run_view.reload_agenda)
        self.run_view.model.session_changed.connect(self._update_finish_action)
        self.workspace.addTab(self.agenda_editor, self.tr("Agenda"))
        self.workspace.addTab(self.run_view, self.tr("Run"))
        self.workspace.addTab(self.mapping_page, self.tr("Mapping"))
        self.stack.setCurrentWidget(self.workspace)
        self.setWindowTitle(
            self.tr("Verksted – %1").replace("%1", self.run_view.model.session.title)
        )
        self.show_tab(tab)

    def _add_lock_banner(self) -> None:
        """Above the run view: approved minutes lock the session (shown while they do)."""
        from workshop.ui.approval_dialog import LockBanner

        self.lock_banner = LockBanner(self.run_view)
        self.lock_banner.reopen_requested.connect(self.reopen_minutes)
        self.run_view.layout().insertWidget(0, self.lock_banner)
        self.update_lock_banner()

    def _build_mapping_view(self, parent):
        from workshop.ui.mapping_view import MappingView

        self.mapping_view = MappingView(self.run_view.model, self.run_view.undo_stack, parent)
        return self.mapping_view

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
        elif tab == TAB_MAPPING and self.mapping_page is not None:
            self.mapping_page.content().setFocus()
        elif self.agenda_editor is not None:
            self.agenda_editor.setFocus()

    def _tab_changed(self, index: int) -> None:
        widget = self.workspace.widget(index)
        if widget is not None and hasattr(widget, "undo_stack"):
            self.undo_group.setActiveStack(widget.undo_stack)
        self._update_menus()

    def keep_session(self) -> KeptSession | None:
        """Close the open session's views but keep their histories (to build them again)."""
        run, editor = self.run_view, self.agenda_editor
        if self.session_id is None or run is None or editor is None:
            return None
        kept = KeptSession(
            session_id=self.session_id,
            tab=self.workspace.currentIndex(),
            capture_text=run.capture.toPlainText(),
            running=bool(run.step_clock and run.step_clock.running),
            run_stack=run.undo_stack,
            agenda_stack=editor.undo_stack,
            old={"editor": editor, "run": run, "model": run.model, "rating": run.rating},
        )
        run.undo_stack.setParent(self)  # not deleted with the view
        self.close_session()
        return kept

    def close_session(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None
        if self.mapping_page is not None:
            self.workspace.removeTab(self.workspace.indexOf(self.mapping_page))
            self.mapping_page.deleteLater()
            self.mapping_page = self.mapping_view = None
        for widget in (self.run_view, self.agenda_editor):
            if widget is None:
                continue
            if hasattr(widget, "stop"):
                widget.stop()
            self.undo_group.removeStack(widget.undo_stack)
            self.workspace.removeTab(self.workspace.indexOf(widget))
            widget.deleteLater()
        self.run_view = self.agenda_editor = None
        self.lock_banner = None
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
        if self.overview_view is None:  # built for the current period as it is made
            self.overview_view = OverviewView(self.lib, self, language=self._language())
            self.stack.addWidget(self.overview_view)
        else:  # shown again: the library may have changed meanwhile
            self.overview_view.refresh()
        self.stack.setCurrentWidget(self.overview_view)
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
