"""Run mode: step panel, filter bar, board and capture line, with undo and keyboard shortcuts."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from workshop.errors import VerkstedError
from workshop.services import board as board_service
from workshop.services import run as run_service
from workshop.services.library import Library
from workshop.ui.board.model import BoardModel
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.view import BoardView
from workshop.ui.phones.part import RunPhones
from workshop.ui.run.board_edits import RunBoardEdits
from workshop.ui.run.capture import CaptureInput
from workshop.ui.run.capture_row import RunCaptureRow
from workshop.ui.run.filter_bar import RunFilterBar
from workshop.ui.run.note_editor import InPlaceEditor
from workshop.ui.run.rating import RatingPanel
from workshop.ui.run.room import RunRoom
from workshop.ui.run.step_panel import StepPanel
from workshop.ui.run.steps import TICK_MS, RunSteps
from workshop.ui.run.type_in import TYPE_IN_KEYS
from workshop.ui.shortcuts import redo_keys


class RunView(RunSteps, RunBoardEdits, RunCaptureRow, RunFilterBar, RunRoom, QWidget):
    """Everything a facilitator needs while the room is talking."""

    closed = Signal()
    step_changed = Signal(object)  # StepInfo
    timer_changed = Signal()
    room_changed = Signal()  # what the projector may show, or the votes, changed

    def __init__(
        self,
        lib: Library,
        session_id: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        hosted: bool = False,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """``hosted``: inside the main window, whose menus own undo/redo and F1.

        ``undo_stack``: the history of a view this one replaces (after a language switch); its
        commands must have been handed over (:func:`workshop.ui.commands.base.hand_over`).
        """
        super().__init__(parent)
        self.setObjectName("runView")
        self.hosted = hosted
        self.lib = lib
        self.clock = clock
        self.model = BoardModel(lib, session_id, self)
        if undo_stack is None:
            undo_stack = QUndoStack(self)
            undo_stack.setUndoLimit(500)
        self.undo_stack = undo_stack
        self.undo_stack.setParent(self)
        self._undo_index = undo_stack.index()
        self.last_captured: str | None = None
        self.step_index = 0
        self.step_clock: run_service.StepClock | None = None
        self._last_saved_elapsed = 0.0
        self._editor: InPlaceEditor | None = None

        self.scene = BoardScene(self.model, self)
        self.board = BoardView(self.scene, self)
        self.panel = StepPanel(self)
        self.capture = CaptureInput(self)
        self._build_filter_bar()
        self._build_capture_row()
        self.rating = RatingPanel(  # shown on evaluate steps only
            self,
            self.model,
            self.undo_stack,
            focus_capture=self.focus_capture,
            select_feedback=self.select_feedback,
            say=self.status.setText,
        )
        self.step_changed.connect(self.rating.show_step)
        self.addAction(self.rating.focus_action)
        self.phones = RunPhones(self)  # "Mobil": the participant server and its queue

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.phones.bar)
        board_row = QHBoxLayout()
        board_row.addWidget(self.board, 1)
        board_row.addWidget(self.phones.queue)
        layout.addLayout(board_row, 1)
        layout.addWidget(self.rating)
        layout.addLayout(self.capture_row)
        layout.addWidget(self.status)

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)

        self._connect()
        self._build_actions()
        self.groups = self._group_choices()
        self.group_index = 0
        self.colour_index = 0
        self._show_chips()
        self.panel.set_participant_groups(self._participant_counts())
        self._refresh_filter_choices()
        steps = self.steps
        current = self.model.session.current_step_id
        index = next((i for i, s in enumerate(steps) if s.id == current), 0)
        self._enter_step(index, start=False)
        self._store_new_positions()
        self._update_status()
        self.setFocusProxy(self.capture)

    # --- construction ---
    def _connect(self) -> None:
        self.capture.submitted.connect(self.capture_note)
        self.capture.escape_pressed.connect(self.focus_board)
        self.add_button.clicked.connect(lambda: self.capture_note(self.capture.toPlainText()))
        self.board.leave_board.connect(self.focus_capture)
        self.board.nudge_requested.connect(self.nudge)
        self.board.vote_key.connect(self.vote)
        self.scene.drag_finished.connect(self._on_drag)
        self.scene.vote_requested.connect(lambda nid, d: self.vote([nid], d))
        self.scene.note_activated.connect(self.edit_note)
        self.scene.cluster_activated.connect(self.rename_cluster)
        self.panel.previous_requested.connect(self.previous_step)
        self.panel.next_requested.connect(self.next_step)
        self.panel.pause_requested.connect(self.toggle_timer)
        self.panel.extend_requested.connect(self.extend_timer)
        self.panel.participants_changed.connect(self.set_participants)
        self.filter_text.textChanged.connect(self.apply_filter)
        self.filter_principle.currentIndexChanged.connect(self.apply_filter)
        self.filter_step.currentIndexChanged.connect(self.apply_filter)
        self.filter_group.currentIndexChanged.connect(self.apply_filter)
        self.vote_button.toggled.connect(self.set_voting)
        self.legend_button.toggled.connect(self.board.set_legend_wanted)
        self.step_changed.connect(self.show_room_state)
        for signal in (self.model.note_added, self.model.note_changed, self.model.note_removed):
            signal.connect(self._votes_may_have_changed)
        self.type_in.toggled.connect(self._type_in_toggled)
        self.type_in.step_chosen.connect(self._type_in_step_chosen)
        self.zoom_in_button.clicked.connect(lambda: self.board.zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.board.zoom_by(0.8))
        self.fit_button.clicked.connect(self.board.fit)
        self.group_chip.clicked.connect(lambda: self.cycle_group(1))
        self.colour_chip.clicked.connect(lambda: self.cycle_colour(1))
        self.feedback_chip.clicked.connect(lambda: self.cycle_feedback(1))
        self.model.error.connect(self.show_error)
        self.model.reset.connect(self._after_reload)
        self.model.refreshed.connect(self._after_reload)
        self.model.session_changed.connect(self._session_changed)
        # A bound method, not a lambda: the stack may outlive this view (a language switch).
        self.undo_stack.indexChanged.connect(self._undo_index_changed)

    def _action(self, text: str, shortcuts, slot, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        keys = shortcuts if isinstance(shortcuts, list) else [shortcuts]
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if not self.hosted:
                self.addAction(action)
        for n in range(1, 11):
            key = f"Ctrl+{n % 10}"
            self._action(
                self.tr("Toggle principle %1").replace("%1", str(n)),
                key,
                lambda _=False, n=n: self.toggle_principle(n),
                f"principle{n}Action",
            )
        self._action(self.tr("Edit note"), "F2", self.edit_selected, "editAction")
        self._action(
            self.tr("Delete note"),
            [QKeySequence.StandardKey.Delete],
            self.delete_selected,
            "deleteAction",
        )
        self._action(
            self.tr("Group into cluster"), "Ctrl+G", self.cluster_selected, "clusterAction"
        )
        self._action(
            self.tr("Take out of cluster"),
            "Ctrl+Shift+G",
            self.uncluster_selected,
            "unclusterAction",
        )
        self._action(self.tr("Tidy up"), "Ctrl+Shift+L", self.tidy, "tidyAction")
        self._action(self.tr("Next group"), "F3", lambda: self.cycle_group(1))
        self._action(self.tr("Previous group"), "Shift+F3", lambda: self.cycle_group(-1))
        self._action(self.tr("Keep or change"), "F12", lambda: self.cycle_feedback(1))
        self._action(self.tr("Keep or change, back"), "Shift+F12", lambda: self.cycle_feedback(-1))
        self._action(self.tr("Next colour"), "F4", lambda: self.cycle_colour(1))
        self._action(self.tr("Previous colour"), "Shift+F4", lambda: self.cycle_colour(-1))
        self._action(self.tr("Dot voting"), "F9", self.vote_button.toggle, "votingAction")
        self._action(
            self.tr("Reveal or hide on the projector"), "F6", self.toggle_reveal, "revealAction"
        )
        self._action(self.tr("Filter"), [QKeySequence.StandardKey.Find], self.focus_filter)
        self._action(
            self.tr("Next step"), ["Alt+Right", "Ctrl+PgDown"], self.next_step, "nextStepAction"
        )
        self._action(
            self.tr("Previous step"),
            ["Alt+Left", "Ctrl+PgUp"],
            self.previous_step,
            "previousStepAction",
        )
        self._action(
            self.tr("Start, pause or resume timer"), "Ctrl+T", self.toggle_timer, "timerAction"
        )
        self._action(
            self.tr("One more minute"), "Ctrl+M", lambda: self.extend_timer(60), "plusOneAction"
        )
        self._action(
            self.tr("Five more minutes"),
            "Ctrl+Shift+M",
            lambda: self.extend_timer(300),
            "plusFiveAction",
        )
        self._action(
            self.tr("Zoom in"),
            ["Ctrl++", "Ctrl+="],
            lambda: self.board.zoom_by(1.25),
            "zoomInAction",
        )
        self._action(
            self.tr("Zoom out"), "Ctrl+-", lambda: self.board.zoom_by(0.8), "zoomOutAction"
        )
        self._action(self.tr("Fit board"), "Ctrl+Shift+F", self.board.fit, "fitAction")
        self._action(
            self.tr("New action from the notes…"),
            "Ctrl+Shift+N",
            self.new_action,
            "newActionAction",
        )
        self._action(self.tr("Mark as story"), "Ctrl+Shift+S", self.toggle_story, "storyAction")
        self._action(
            self.tr("Type in notes from paper"),
            TYPE_IN_KEYS,
            self.type_in.button.toggle,
            "typeInAction",
        )
        if not self.hosted:  # the main window's Help menu has F1
            self._action(self.tr("Keyboard shortcuts"), "F1", self.show_keys, "keysAction")

    # --- focus, status, errors ---
    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_board(self) -> None:
        self.board.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.scene.selected_note_ids() and self.last_captured in self.scene.notes:
            self.scene.select_notes([self.last_captured])

    def _update_status(self, what: str = "") -> None:
        """The counts, and a status line: ``what`` was just done (else when it was saved)."""
        total = len(self.model.notes)
        visible = self.scene.visible_note_count()
        if visible == total:
            self.count_label.setText(self.tr("%n note(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 notes").replace("%1", str(visible)).replace("%2", str(total))
            )
        saved = self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        parts = [what, saved] if what else [saved]
        if self.scene.voting:
            parts.append(self.tr("Dot voting: click a note to add a vote, Shift+click removes one"))
        if self.type_in.active:
            parts.append(self.type_in.status_text())
        self.status.setText(" · ".join(parts))

    def _undo_index_changed(self, index: int) -> None:
        """Say what the step just done, undone or redone changed (a deletion, a new action)."""
        stack, what = self.undo_stack, ""
        if index > self._undo_index and index > 0:
            done = getattr(stack.command(index - 1), "done_text", "")
            what = self.tr("%1 – Ctrl+Z undoes").replace("%1", done) if done else ""
        elif index < self._undo_index and index < stack.count():
            what = self.tr("Undone: %1").replace("%1", stack.command(index).text())
        self._undo_index = index
        self._update_status(what)

    def _store_new_positions(self) -> None:
        """Notes from the command line or a CSV file get a free spot on the board; keep it."""
        if all(n.x is not None and n.y is not None for n in self.model.notes.values()):
            return  # nothing to place (a CSV file's notes are placed when imported)
        placed: list[str] = []
        if (
            self._guard(
                lambda: placed.extend(
                    board_service.place_new_notes(self.lib, self.model.session_id)
                )
            )
            and placed
        ):
            self.model.refresh_notes(placed)

    def _after_reload(self) -> None:
        self._store_new_positions()
        self._refresh_groups()
        self.panel.set_participant_groups(self._participant_counts())
        self._refresh_filter_choices()
        self.apply_filter()

    def _guard(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except VerkstedError as exc:
            self.show_error(exc.message(self.model.language()))
            return False
        return True

    def _votes_may_have_changed(self, *_args) -> None:
        step = self.current_step
        if step is not None and step.kind == "vote":
            self.show_room_state()

    def say(self, text: str) -> None:
        """A short message in the status line (what a key did, or why it did nothing)."""
        self.status.setText(text)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Verksted"), message)

    def show_keys(self) -> None:
        from workshop.ui.run.keys import KeySheet

        KeySheet(self).exec()

    def stop(self) -> None:
        """Stop the timer and the phones' server; call before closing the view."""
        self.phones.stop()
        super().stop()

    def refresh_from_library(self) -> None:
        """Show changes made elsewhere (the command line) when the window is active again."""
        self.phones.deliver_pending_events()  # phones' notes are not another process's changes
        if self.model.reload_if_changed():
            self.undo_stack.clear()  # old commands may refer to notes that no longer exist
