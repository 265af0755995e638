"""Run mode: step panel, filter bar, board and capture line, with undo and keyboard shortcuts."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import VerkstedError
from workshop.services import board as board_service
from workshop.services import evaluation as evaluation_service
from workshop.services import run as run_service
from workshop.services.dto import NoteInfo, StepInfo
from workshop.store.db import Library
from workshop.store.models import NOTE_COLOURS
from workshop.ui.board.model import BoardModel
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.style import note_colour
from workshop.ui.board.view import BoardView
from workshop.ui.commands.board import (
    CreateClusterCommand,
    MoveNotesCommand,
    RemoveFromClusterCommand,
    RenameClusterCommand,
)
from workshop.ui.commands.notes import (
    AddNoteCommand,
    DeleteNotesCommand,
    EditNoteCommand,
    StoryCommand,
    VoteCommand,
)
from workshop.ui.commands.tags import TogglePrincipleCommand
from workshop.ui.run.capture import CaptureInput
from workshop.ui.run.note_editor import InPlaceEditor
from workshop.ui.run.rating import RatingPanel
from workshop.ui.run.step_panel import StepPanel
from workshop.ui.run.type_in import TYPE_IN_KEYS, TypeInBar
from workshop.ui.shortcuts import redo_keys
from workshop.ui.widgets import refill_combo

TICK_MS = 250
SAVE_EVERY_S = 15.0
UNMAPPED = -1


class RunView(QWidget):
    """Everything a facilitator needs while the room is talking."""

    closed = Signal()
    step_changed = Signal(object)  # StepInfo
    timer_changed = Signal()

    def __init__(
        self,
        lib: Library,
        session_id: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        hosted: bool = False,
    ) -> None:
        """``hosted``: inside the main window, whose menus own undo/redo and F1."""
        super().__init__(parent)
        self.setObjectName("runView")
        self.hosted = hosted
        self.lib = lib
        self.clock = clock
        self.model = BoardModel(lib, session_id, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
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
            select_group=self.select_group,
            say=self.status.setText,
        )
        self.step_changed.connect(self.rating.show_step)
        self.addAction(self.rating.focus_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.board, 1)
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
    def _build_filter_bar(self) -> None:
        row = QHBoxLayout()
        self.filter_text = QLineEdit(self)
        self.filter_text.setObjectName("filterText")
        self.filter_text.setPlaceholderText(self.tr("Filter notes (Ctrl+F)"))
        self.filter_text.setAccessibleName(self.tr("Filter notes by text"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_principle = self._combo("filterPrinciple", self.tr("Filter by principle"))
        self.filter_step = self._combo("filterStep", self.tr("Filter by step"))
        self.filter_group = self._combo("filterGroup", self.tr("Filter by group"))
        self.vote_button = QPushButton(self.tr("Dot voting (F9)"), self)
        self.vote_button.setObjectName("votingModeButton")
        self.vote_button.setAccessibleName(self.tr("Dot voting mode"))
        self.vote_button.setCheckable(True)
        self.vote_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.zoom_out_button = self._tool("zoomOutButton", "−", self.tr("Zoom out (Ctrl+-)"))
        self.fit_button = self._tool(
            "fitButton", self.tr("Fit"), self.tr("Fit board (Ctrl+Shift+F)")
        )
        self.zoom_in_button = self._tool("zoomInButton", "+", self.tr("Zoom in (Ctrl++)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noteCount")
        row.addWidget(self.filter_text, 2)
        row.addWidget(self.filter_principle)
        row.addWidget(self.filter_step)
        row.addWidget(self.filter_group)
        row.addWidget(self.vote_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.fit_button)
        row.addWidget(self.zoom_in_button)
        self.filter_row = row

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _build_capture_row(self) -> None:
        row = QHBoxLayout()
        self.group_chip = QPushButton(self)
        self.group_chip.setObjectName("groupChip")
        self.group_chip.setToolTip(self.tr("Participant group (F3 / Shift+F3)"))
        self.group_chip.setAccessibleName(self.tr("Participant group"))
        self.group_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.colour_chip = QPushButton(self)
        self.colour_chip.setObjectName("colourChip")
        self.colour_chip.setToolTip(self.tr("Note colour (F4 / Shift+F4)"))
        self.colour_chip.setAccessibleName(self.tr("Note colour"))
        self.colour_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.type_in = TypeInBar(self)  # notes from the paper capture sheets
        self._capture_placeholder = self.capture.placeholderText()
        row.addWidget(self.type_in)
        row.addWidget(self.group_chip)
        row.addWidget(self.colour_chip)
        row.addWidget(self.capture, 1)
        row.addWidget(self.add_button)
        self.capture_row = row
        self.status = QLabel(self)
        self.status.setObjectName("runStatus")
        self.status.setAccessibleName(self.tr("Status"))

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
        self.type_in.toggled.connect(self._type_in_toggled)
        self.type_in.step_chosen.connect(self._type_in_step_chosen)
        self.zoom_in_button.clicked.connect(lambda: self.board.zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.board.zoom_by(0.8))
        self.fit_button.clicked.connect(self.board.fit)
        self.group_chip.clicked.connect(lambda: self.cycle_group(1))
        self.colour_chip.clicked.connect(lambda: self.cycle_colour(1))
        self.model.error.connect(self.show_error)
        self.model.reset.connect(self._after_reload)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_status())

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
        self._action(self.tr("Next group"), "F3", lambda: self.cycle_group(1))
        self._action(self.tr("Previous group"), "Shift+F3", lambda: self.cycle_group(-1))
        self._action(self.tr("Next colour"), "F4", lambda: self.cycle_colour(1))
        self._action(self.tr("Previous colour"), "Shift+F4", lambda: self.cycle_colour(-1))
        self._action(self.tr("Dot voting"), "F9", self.vote_button.toggle, "votingAction")
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
        self._action(self.tr("Pause or resume timer"), "Ctrl+T", self.toggle_timer, "timerAction")
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

    # --- steps and timer ---
    @property
    def steps(self) -> list[StepInfo]:
        return self.model.session.steps

    @property
    def current_step(self) -> StepInfo | None:
        steps = self.steps
        return steps[self.step_index] if steps else None

    @property
    def capture_step(self) -> StepInfo | None:
        """The step new notes go to: the pinned one in type-in mode, else the current one."""
        pinned = self.type_in.step_id
        if pinned is not None:
            step = self.model.session.step_by_id(pinned)
            if step is not None:
                return step
        return self.current_step

    def _enter_step(self, index: int, *, start: bool) -> None:
        steps = self.steps
        if not steps:
            return
        self.step_index = max(0, min(index, len(steps) - 1))
        step = steps[self.step_index]
        self.step_clock = run_service.StepClock(
            step.minutes * 60, elapsed=step.actual_seconds, clock=self.clock
        )
        self.step_clock.extend(step.extra_seconds)  # time given earlier stays given
        self._last_saved_elapsed = float(step.actual_seconds)
        self.panel.show_step(step, len(steps))
        self.scene.set_current_step(step.position)
        if start:
            self.step_clock.start()
            self.ticker.start()
        self.panel.show_running(self.step_clock.running)
        self._show_timer()
        self._refresh_groups()
        self.step_changed.emit(step)

    def _show_timer(self) -> None:
        if self.step_clock is not None:
            self.panel.timer.show_clock(self.step_clock)
            self.timer_changed.emit()

    def reload_agenda(self) -> None:
        """The agenda was edited: show the new steps, staying on the current one if it is left."""
        current = self.current_step.id if self.current_step else None
        running = self.step_clock.running if self.step_clock else False
        if self.step_clock is not None:
            self.step_clock.pause()
        self._save_step_time()
        self.model.reload_session()
        steps = self.steps
        index = next((i for i, s in enumerate(steps) if s.id == current), 0)
        self._enter_step(min(index, max(0, len(steps) - 1)), start=running)
        self._refresh_filter_choices()

    def _save_step_time(self) -> None:
        step, clock = self.current_step, self.step_clock
        if step is None or clock is None:
            return
        elapsed = clock.elapsed()
        if int(elapsed) != int(self._last_saved_elapsed):
            self._guard(
                lambda: run_service.set_step_time(self.lib, self.model.session_id, step.id, elapsed)
            )
            self._last_saved_elapsed = elapsed

    def go_to_step(self, index: int) -> None:
        if not self.steps or index == self.step_index or not 0 <= index < len(self.steps):
            return
        if self.step_clock is not None:
            self.step_clock.pause()
        self._save_step_time()
        target = self.steps[index]
        if not self._guard(
            lambda: run_service.set_current_step(self.lib, self.model.session_id, target.id)
        ):
            return
        self.model.reload_session()
        self._enter_step(index, start=True)
        self._refresh_filter_choices()

    def next_step(self) -> None:
        self.go_to_step(self.step_index + 1)

    def previous_step(self) -> None:
        self.go_to_step(self.step_index - 1)

    def toggle_timer(self) -> None:
        if self.step_clock is None:
            return
        running = self.step_clock.toggle()
        if running:
            if self.model.session.status == "planned" and self.current_step is not None:
                step_id = self.current_step.id
                self._guard(
                    lambda: run_service.set_current_step(self.lib, self.model.session_id, step_id)
                )
                self.model.reload_session()
            self.ticker.start()
        else:
            self.ticker.stop()
            self._save_step_time()
        self.panel.show_running(running)
        self._show_timer()

    def extend_timer(self, seconds: int) -> None:
        step = self.current_step
        if self.step_clock is None or step is None or not self.step_clock.time_boxed:
            return
        if self._guard(
            lambda: run_service.add_step_time(self.lib, self.model.session_id, step.id, seconds)
        ):
            self.step_clock.extend(seconds)
            self._show_timer()

    def tick(self) -> None:
        """Refresh the timer; store the time spent every SAVE_EVERY_S seconds."""
        if self.step_clock is None:
            return
        self._show_timer()
        if self.step_clock.elapsed() - self._last_saved_elapsed >= SAVE_EVERY_S:
            self._save_step_time()

    def stop(self) -> None:
        """Stop the timer and store the time spent; call before closing the view."""
        self.ticker.stop()
        if self.step_clock is not None:
            self.step_clock.pause()
        self._save_step_time()
        if self._editor is not None:
            self._close_editor()

    # --- capture ---
    def capture_note(self, text: str) -> str | None:
        """Commit a note and put it on the board; the capture line clears only after the commit."""
        if not text.strip():
            return None
        step = self.capture_step
        position = self.scene.free_spot(step.position if step else 1)
        command = AddNoteCommand(
            self.model,
            text,
            step_id=step.id if step else None,
            group=self.current_group,
            colour=self.current_colour,
            x=position.x(),
            y=position.y(),
        )
        self.undo_stack.push(command)
        if command.note_id is None:
            return None
        self.capture.clear()
        self.last_captured = command.note_id
        self.scene.clearSelection()
        self.board.ensure_note_visible(command.note_id)
        if self.type_in.active:
            self.type_in.typed += 1
            self._update_status()
        return command.note_id

    # --- type-in mode (notes from the paper capture sheets) ---
    def _type_in_toggled(self, on: bool) -> None:
        if on and self.current_step is not None:
            self.type_in.choose_step(self.current_step.id)
        self._type_in_step_chosen()

    def _type_in_step_chosen(self) -> None:
        step = self.capture_step
        if self.type_in.active and step is not None:
            self.capture.setPlaceholderText(
                self.tr("Note from paper for step %1 – Enter adds it, then type the next").replace(
                    "%1", f"{step.position}. {step.title}"
                )
            )
        else:
            self.capture.setPlaceholderText(self._capture_placeholder)
        self._update_status()
        self.focus_capture()

    def target_notes(self) -> list[str]:
        """The selected notes, or the note just captured when none is selected."""
        selected = self.scene.selected_note_ids()
        if selected:
            return selected
        if self.last_captured and self.last_captured in self.model.notes:
            return [self.last_captured]
        return []

    def toggle_principle(self, number: int) -> None:
        known = {p["number"] for p in self.model.session_framework_principles()}
        targets = self.target_notes()
        if not targets or number not in known:
            return
        self.undo_stack.push(TogglePrincipleCommand(self.model, targets, number))

    def delete_selected(self) -> None:
        if self.capture.hasFocus() and self.capture.toPlainText():
            self.capture.textCursor().deleteChar()
            return
        targets = self.scene.selected_note_ids()
        if targets:
            self.undo_stack.push(DeleteNotesCommand(self.model, targets))

    def vote(self, note_ids: list[str], delta: int) -> None:
        note_ids = [n for n in note_ids if n in self.model.notes]
        if delta < 0:
            note_ids = [n for n in note_ids if self.model.notes[n].votes > 0]
        if note_ids:
            self.undo_stack.push(VoteCommand(self.model, note_ids, delta))

    def set_voting(self, on: bool) -> None:
        self.scene.voting = on
        self.vote_button.setChecked(on)
        self._update_status()

    def nudge(self, note_ids: list[str], dx: float, dy: float) -> None:
        moves = {}
        for nid in note_ids:
            item = self.scene.notes[nid]
            old = (item.pos().x(), item.pos().y())
            moves[nid] = (old, (old[0] + dx, old[1] + dy))
        self.undo_stack.push(MoveNotesCommand(self.model, moves, nudge=True))

    def _on_drag(self, moves: dict, cluster_changes: dict) -> None:
        self.undo_stack.push(MoveNotesCommand(self.model, moves, cluster_changes))

    def cluster_selected(self) -> None:
        targets = self.scene.selected_note_ids()
        if not targets:
            return
        default = self.tr("Cluster %1").replace("%1", str(len(self.model.clusters) + 1))
        name, ok = QInputDialog.getText(
            self, self.tr("Group into cluster"), self.tr("Name of the cluster:"), text=default
        )
        if ok and name.strip():
            self.undo_stack.push(CreateClusterCommand(self.model, name.strip(), targets))

    def uncluster_selected(self) -> None:
        targets = [n for n in self.scene.selected_note_ids() if self.model.notes[n].cluster_id]
        if targets:
            self.undo_stack.push(RemoveFromClusterCommand(self.model, targets))

    def new_action(self) -> str | None:
        """An action from the selected notes (or the note just added); None if cancelled."""
        from workshop.ui.action_dialog import create_action_from_notes

        return create_action_from_notes(
            self, self.lib, self.model.session_id, self.target_notes(), self.undo_stack
        )

    def toggle_story(self) -> None:
        targets = self.target_notes()
        if targets:
            self.undo_stack.push(StoryCommand(self.model, targets))

    def rename_cluster(self, cluster_id: str) -> None:
        cluster = self.model.clusters.get(cluster_id)
        if cluster is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename cluster"), self.tr("Name of the cluster:"), text=cluster.name
        )
        if ok and name.strip() and name.strip() != cluster.name:
            self.undo_stack.push(
                RenameClusterCommand(self.model, cluster_id, cluster.name, name.strip())
            )

    # --- in-place editing ---
    def edit_selected(self) -> None:
        targets = self.target_notes()
        if targets:
            self.edit_note(targets[0])

    def edit_note(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is None or self._editor is not None:
            return
        self._editor = InPlaceEditor(item)
        self._editor.finished.connect(self._editor_finished)
        self.scene.addItem(self._editor)
        self.board.ensure_note_visible(note_id)
        # The keys must reach the board (and through it the editor), not the capture line.
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)
        self._editor.start()

    def _editor_finished(self, note_id: str, old: str, new: str) -> None:
        self._close_editor()
        if new.strip() and new != old:
            self.undo_stack.push(EditNoteCommand(self.model, note_id, old, new))
        elif not new.strip():
            self.show_error(self.tr("A note cannot be empty; to remove it, press Delete."))
        self.focus_capture()

    def _close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.finished.disconnect(self._editor_finished)
            self.scene.removeItem(editor)
            editor.deleteLater()

    # --- groups, colours, participants ---
    def _group_choices(self) -> list[str]:
        session = self.model.session
        groups = list(session.participants_planned) + [
            g for g in session.participants_actual if g not in session.participants_planned
        ]
        for note in self.model.notes.values():
            if note.group and note.group not in groups:
                groups.append(note.group)
        step = self.current_step
        if step is not None and step.kind == evaluation_service.EVALUATE:  # keep / change notes
            feedback = list(evaluation_service.feedback_labels(self.model.language()))
            groups = feedback + [g for g in groups if g not in feedback]
        return ["", *groups]

    def _refresh_groups(self) -> None:
        """Recompute the group choices (they depend on the step), keeping the chosen group."""
        chosen = self.current_group
        self.groups = self._group_choices()
        self.group_index = self.groups.index(chosen) if chosen in self.groups else 0
        self._show_chips()

    def select_group(self, group: str) -> None:
        if group in self.groups:
            self.group_index = self.groups.index(group)
            self._show_chips()

    @property
    def current_group(self) -> str:
        return self.groups[self.group_index] if self.groups else ""

    @property
    def current_colour(self) -> str:
        return NOTE_COLOURS[self.colour_index]

    def cycle_group(self, step: int) -> None:
        self.group_index = (self.group_index + step) % len(self.groups)
        self._show_chips()

    def cycle_colour(self, step: int) -> None:
        self.colour_index = (self.colour_index + step) % len(NOTE_COLOURS)
        self._show_chips()

    def _show_chips(self) -> None:
        group = self.current_group or self.tr("No group")
        self.group_chip.setText(group)
        self.group_chip.setAccessibleDescription(group)
        colour = note_colour(self.current_colour)
        self.colour_chip.setText(self._colour_name(self.current_colour))
        self.colour_chip.setStyleSheet(
            f"QPushButton {{ background: {colour.name()}; color: #151515; padding: 4px 10px; }}"
        )

    def _colour_name(self, colour: str) -> str:
        names = {
            "yellow": self.tr("Yellow"),
            "pink": self.tr("Pink"),
            "blue": self.tr("Blue"),
            "green": self.tr("Green"),
            "orange": self.tr("Orange"),
            "purple": self.tr("Purple"),
        }
        return names[colour]

    def _participant_counts(self) -> dict[str, int]:
        session = self.model.session
        counts = {g: 0 for g in session.participants_planned}
        counts.update(session.participants_actual)
        return counts

    def set_participants(self, group: str, count: int) -> None:
        if self._guard(
            lambda: run_service.set_actual_participants(
                self.lib, self.model.session_id, group, count
            )
        ):
            self.model.reload_session()

    # --- filter ---
    def _refresh_filter_choices(self) -> None:
        fill = refill_combo
        principles = [(self.tr("All principles"), None)]
        principles += [
            (f"{p['number']}. {p['title'][self.model.language()]}", p["number"])
            for p in self.model.session_framework_principles()
        ]
        principles.append((self.tr("Not mapped"), UNMAPPED))
        fill(self.filter_principle, principles)
        fill(
            self.filter_step,
            [(self.tr("All steps"), None)]
            + [(f"{s.position}. {s.title}", s.id) for s in self.steps],
        )
        self.type_in.set_steps(self.steps)
        fill(
            self.filter_group, [(self.tr("All groups"), None)] + [(g, g) for g in self.groups if g]
        )

    def apply_filter(self) -> None:
        text = self.filter_text.text().strip().casefold()
        principle = self.filter_principle.currentData()
        step_id = self.filter_step.currentData()
        group = self.filter_group.currentData()
        if not text and principle is None and step_id is None and group is None:
            self.scene.set_filter(None)
        else:

            def predicate(note: NoteInfo) -> bool:
                if text and text not in note.text.casefold():
                    return False
                if principle == UNMAPPED and note.principles:
                    return False
                if principle not in (None, UNMAPPED) and principle not in note.principles:
                    return False
                if step_id is not None and note.step_id != step_id:
                    return False
                return group is None or note.group == group

            self.scene.set_filter(predicate)
        self._update_status()

    def focus_filter(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    # --- focus, status, errors ---
    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_board(self) -> None:
        self.board.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.scene.selected_note_ids() and self.last_captured in self.scene.notes:
            self.scene.select_notes([self.last_captured])

    def _update_status(self) -> None:
        total = len(self.model.notes)
        visible = self.scene.visible_note_count()
        if visible == total:
            self.count_label.setText(self.tr("%n note(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 notes").replace("%1", str(visible)).replace("%2", str(total))
            )
        parts = [self.tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M:%S"))]
        if self.scene.voting:
            parts.append(self.tr("Dot voting: click a note to add a vote, Shift+click removes one"))
        if self.type_in.active:
            parts.append(self.type_in.status_text())
        self.status.setText(" · ".join(parts))

    def _store_new_positions(self) -> None:
        """Notes from the command line or a CSV file get a spot on the board; keep it."""
        positions = self.scene.unplaced_positions()
        if positions and self._guard(
            lambda: board_service.move_notes(self.lib, self.model.session_id, positions)
        ):
            self.model.refresh_notes(list(positions))

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

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Verksted"), message)

    def show_keys(self) -> None:
        from workshop.ui.run.keys import KeySheet

        KeySheet(self).exec()

    def refresh_from_library(self) -> None:
        """Show changes made elsewhere (the command line) when the window is active again."""
        if self.model.reload_if_changed():
            self.undo_stack.clear()  # old commands may refer to notes that no longer exist


class _ActivationFilter(QObject):
    """Calls back when the application becomes active (to pick up CLI changes)."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ApplicationActivate:
            self.callback()
        return False
