"""Run mode's changes to the notes: capture, tags, votes, moves, clusters, actions, in-place edit.

A part of :class:`workshop.ui.run.run_view.RunView` (mixed into it). Every change is one command
pushed on the view's ``undo_stack``; it uses the view's ``model``, ``scene``, ``board``,
``capture`` (the capture line) and ``type_in``, and keeps ``last_captured`` and ``_editor``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
)

from workshop.ui.commands.board import (
    CreateClusterCommand,
    MoveNotesCommand,
    RemoveFromClusterCommand,
    RenameClusterCommand,
    TidyCommand,
)
from workshop.ui.commands.notes import (
    AddNoteCommand,
    DeleteNotesCommand,
    EditNoteCommand,
    StoryCommand,
    VoteCommand,
)
from workshop.ui.commands.tags import TogglePrincipleCommand
from workshop.ui.run.note_editor import InPlaceEditor


class RunBoardEdits:
    """What the facilitator does to the notes on the board."""

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
            feedback=self.current_feedback,
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

    # --- the selected notes ---
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
        self.show_vote_button(on)
        self.show_room_state()
        self._update_status()

    def nudge(self, note_ids: list[str], dx: float, dy: float) -> None:
        moves = {}
        for nid in note_ids:
            item = self.scene.notes[nid]
            old = (item.pos().x(), item.pos().y())
            moves[nid] = (old, (old[0] + dx, old[1] + dy))
        self.undo_stack.push(MoveNotesCommand(self.model, moves, nudge=True))

    def _on_drag(self, moves: dict, keep_clusters: bool) -> None:
        self.undo_stack.push(MoveNotesCommand(self.model, moves, keep_clusters=keep_clusters))

    def _ask_cluster_name(self, title: str, default: str) -> str | None:
        """The name typed (stripped); asked again after an empty one; None when cancelled."""
        name = default
        while True:
            name, ok = QInputDialog.getText(self, title, self.tr("Name of the cluster:"), text=name)
            if not ok:
                return None
            if name.strip():
                return name.strip()
            self.show_error(self.tr("A cluster needs a name. Type one, or press Cancel."))
            name = default

    def cluster_selected(self) -> None:
        """Ctrl+G: the selected notes become a cluster, gathered into a tidy grid."""
        targets = self.scene.selected_note_ids()
        if not targets:
            self.say(self.tr("Select the notes to group first (click, Ctrl+click or drag a box)."))
            return
        default = self.tr("Cluster %1").replace("%1", str(len(self.model.clusters) + 1))
        name = self._ask_cluster_name(self.tr("Group into cluster"), default)
        if name is not None:
            self.undo_stack.push(CreateClusterCommand(self.model, name, targets))
            self.scene.select_notes(targets)

    def uncluster_selected(self) -> None:
        targets = [n for n in self.scene.selected_note_ids() if self.model.notes[n].cluster_id]
        if targets:
            self.undo_stack.push(RemoveFromClusterCommand(self.model, targets))

    def tidy(self) -> None:
        """Arrange the selected notes' cluster, or the lane of the selection (else of the
        current step)."""
        selected = self.scene.selected_note_ids()
        clusters = {self.model.notes[n].cluster_id for n in selected}
        if selected and len(clusters) == 1 and None not in clusters:
            command = TidyCommand(self.model, cluster_id=clusters.pop())
        elif selected:
            command = TidyCommand(self.model, lane=self.scene.layout().lane_of(selected))
        else:
            step = self.current_step
            command = TidyCommand(self.model, lane=step.position if step else 1)
        self.undo_stack.push(command)
        self.scene.select_notes(selected)
        if command.change is not None and not command.change:  # the stack dropped it
            self.say(self.tr("Nothing to tidy: the notes are already in order."))

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
        name = self._ask_cluster_name(self.tr("Rename cluster"), cluster.name)
        if name is not None and name != cluster.name:
            self.undo_stack.push(RenameClusterCommand(self.model, cluster_id, cluster.name, name))

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
