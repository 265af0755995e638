"""Run mode's view of the room: what the projector shows of the current step (silent writing
hidden until revealed, vote totals hidden until revealed), the vote budget, and the banners
over the board that tell the facilitator.

A part of :class:`workshop.ui.run.run_view.RunView` (mixed into it). It uses the view's
``model``, ``scene``, ``board``, ``undo_stack``, ``current_step`` and ``room_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from workshop.services import run as run_service
from workshop.ui.commands.room import RevealCommand

VOTE = "vote"
SILENT = "silent-writing"


class RoomTexts(QObject):
    """The room's plural texts. A plural asked for with ``self.tr`` in a part mixed into
    RunView is looked up in RunView's context only (its filled-in "%n" ends the search there),
    so it would stay English."""

    def votes_each(self, n: int) -> str:
        return self.tr("%n vote(s) each", "", n)


class RunRoom:
    """Reveal / Hide (F6) and the state of the room, shown over the board."""

    def _build_reveal_button(self) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName("revealButton")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(self.toggle_reveal)
        self.reveal_button = button
        return button

    # --- state ---
    def room_hides(self) -> bool:
        """True while the projector hides something of the current step."""
        step = self.current_step
        return (
            step is not None and run_service.hides_until_revealed(step.kind) and not step.revealed
        )

    def vote_tally(self) -> run_service.VoteTally | None:
        step = self.current_step
        if step is None or step.kind != VOTE:
            return None
        return run_service.vote_tally(self.model.session, self.model.notes.values(), step)

    def tally_text(self) -> str:
        tally = self.vote_tally()
        if tally is None:
            return ""
        each = RoomTexts().votes_each(tally.budget)
        if tally.people:
            used = (
                self.tr("%1 of %2 used")
                .replace("%1", str(tally.used))
                .replace("%2", str(tally.total))
            )
        else:
            used = self.tr("%1 used").replace("%1", str(tally.used))
        return f"{each} · {used}"

    # --- reveal ---
    def toggle_reveal(self) -> None:
        step = self.current_step
        if step is None or not run_service.hides_until_revealed(step.kind):
            self.say(self.tr("Only silent writing and votes are hidden from the room."))
            return
        self.undo_stack.push(
            RevealCommand(self.model, step.id, not step.revealed, self.show_room_state)
        )

    def show_room_state(self, *_args) -> None:
        """The reveal button, the banners over the board, and the presenter (by signal)."""
        step = self.current_step
        kind = step.kind if step is not None else ""
        hideable = run_service.hides_until_revealed(kind)
        revealed = bool(step and step.revealed)
        button = self.reveal_button
        button.setEnabled(hideable)
        if kind == SILENT:
            button.setText(
                self.tr("Hide the notes (F6)") if revealed else self.tr("Reveal the notes (F6)")
            )
        elif kind == VOTE:
            button.setText(
                self.tr("Hide the totals (F6)") if revealed else self.tr("Reveal the totals (F6)")
            )
        else:
            button.setText(self.tr("Reveal (F6)"))
        button.setAccessibleName(button.text())
        room = None
        room_kind = "hidden"
        if kind == SILENT:
            room = (
                self.tr("The room sees this step's notes. F6 hides them.")
                if revealed
                else self.tr("Hidden from the room: this step's notes. F6 reveals them.")
            )
        elif kind == VOTE:
            room = (
                self.tr("The room sees the vote totals. F6 hides them.")
                if revealed
                else self.tr("Hidden from the room: the vote totals. F6 reveals them.")
            )
        if room and revealed:
            room_kind = "shown"
        tally = self.tally_text()
        if tally and room:
            room = f"{room}  ·  {tally}"
        voting = None
        if self.scene.voting:
            voting = self.tr(
                "Dot voting is on: click a note to give it a dot, Shift+click takes one back."
                " F9 ends it."
            )
        self.board.show_banners(voting, room, room_kind)
        self.room_changed.emit()
