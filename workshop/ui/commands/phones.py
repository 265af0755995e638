"""Moderating phone notes: approve, edit and reject queued notes, and the room's settings.

Each calls :mod:`workshop.services.moderation` (or ``participation.set_room_settings``) and is
undone by its counterpart there: an approved note goes back to the queue (its note is soft
deleted), a rejected one comes back from the text this command keeps in memory (the library
has overwritten it). ``shown`` is called after every redo and undo so the queue and the board
show what was stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workshop.services import moderation, participation
from workshop.services.moderation import PendingNoteInfo
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.base import BoardCommand, Commands

Shown = Callable[[list[str]], None]  # the note ids whose board card may have changed


class ApprovePendingCommand(BoardCommand):
    """Put queued phone notes on the board; undo takes them back into the queue."""

    def __init__(self, model: BoardModel, items: Sequence[PendingNoteInfo], shown: Shown) -> None:
        super().__init__(model, Commands.tr("Approve %n note(s) from phones", "", len(items)))
        self.items = list(items)
        self.queue_ids = [item.id for item in self.items]  # their ids in the queue now
        self.note_ids: list[str] = []
        self.shown = shown

    def redo(self) -> None:
        def approve() -> None:
            self.note_ids = moderation.approve_pendings(
                self.model.lib, self.model.session_id, self.queue_ids
            )

        if self._run(approve):
            self.shown(self.note_ids)

    def undo(self) -> None:
        queued_at = {n: item.created_at for n, item in zip(self.note_ids, self.items, strict=True)}

        def take_back() -> None:
            self.queue_ids = moderation.return_to_queue(
                self.model.lib, self.model.session_id, self.note_ids, queued_at
            )

        if self._run(take_back):
            self.shown(self.note_ids)


class EditPendingCommand(BoardCommand):
    def __init__(self, model: BoardModel, pending_id: str, old: str, new: str, shown: Shown):
        super().__init__(model, Commands.tr("Edit note from a phone"))
        self.pending_id, self.old, self.new, self.shown = pending_id, old, new, shown

    def _set(self, text: str) -> None:
        if self._run(
            lambda: moderation.edit_pending(
                self.model.lib, self.model.session_id, self.pending_id, text
            )
        ):
            self.shown([])

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class RejectPendingCommand(BoardCommand):
    """Delete queued phone notes for good; undo puts them back from what this command keeps."""

    def __init__(self, model: BoardModel, items: Sequence[PendingNoteInfo], shown: Shown) -> None:
        super().__init__(model, Commands.tr("Reject %n note(s) from phones", "", len(items)))
        self.items = list(items)
        self.shown = shown

    def redo(self) -> None:
        ids = [item.id for item in self.items]
        if self._run(
            lambda: moderation.reject_pendings(self.model.lib, self.model.session_id, ids)
        ):
            self.shown([])

    def undo(self) -> None:
        if self._run(
            lambda: moderation.restore_pending(self.model.lib, self.model.session_id, self.items)
        ):
            self.shown([])


class RoomSettingsCommand(BoardCommand):
    """Straight onto the board or through the queue, and the word filter, for this session."""

    def __init__(
        self,
        model: BoardModel,
        old: participation.RoomSettings,
        auto_accept: bool,
        word_filter: bool,
        shown: Callable[[], None],
    ) -> None:
        super().__init__(model, Commands.tr("Change how phone notes are taken"))
        self.old = (old.auto_accept, old.word_filter)
        self.new = (auto_accept, word_filter)
        self.done = shown

    def _set(self, values: tuple[bool, bool]) -> None:
        auto_accept, word_filter = values
        if self._run(
            lambda: participation.set_room_settings(
                self.model.lib,
                self.model.session_id,
                auto_accept=auto_accept,
                word_filter=word_filter,
            )
        ):
            self.model.mark_seen()
            self.done()

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)
