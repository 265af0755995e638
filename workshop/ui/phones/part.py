"""The run view's phones: "Mobil" on and off, phone notes arriving on the board, the queue.

:class:`RunPhones` belongs to one :class:`~workshop.ui.run.run_view.RunView` and uses its
``model``, ``scene``, ``board``, ``undo_stack`` and ``lib``. It owns the :class:`PhoneRoom`
(the server runs for this session only and stops with the view), the "Mobil" bar and the
moderation queue beside the board.

Phone events reach it as queued signals on the GUI thread. Several arriving close together are
shown in one go (``FLUSH_MS``): the notes are read through the services onto the board, their
new places kept in one write, so the capture line stays quick while a room posts. Every change
the laptop makes that phones see (a step, a note, a cluster, anything undone) pokes the server
once, here, so phones follow at once rather than at the server's next look.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from workshop.errors import VerkstedError
from workshop.services import moderation, participation
from workshop.services.moderation import PendingNoteInfo
from workshop.ui.commands.phones import (
    ApprovePendingCommand,
    EditPendingCommand,
    RejectPendingCommand,
    RoomSettingsCommand,
)
from workshop.ui.phones.bar import PHONES_KEYS, QUEUE_KEYS, PhonesBar
from workshop.ui.phones.queue import QueuePanel
from workshop.ui.phones.room import NoNetwork, PhoneRoom
from workshop.ui.phones.setup import PhoneSetup, PhoneSetupDialog

FLUSH_MS = 60  # phone events closer together than this are shown together


class RunPhones(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.setObjectName("runPhones")
        self.view = view
        self.model = view.model
        self.room = PhoneRoom(view.lib, self.model.session_id, self)
        self.bar = PhonesBar(view)
        self.queue = QueuePanel(view)
        self.queue.hide()
        self._arrived: set[str] = set()  # notes to read onto the board
        self._queue_changed = False
        self._rated = False
        self._auto_accept: bool | None = None  # the session's choice, read when it may change
        self._flush = QTimer(self)
        self._flush.setObjectName("phonesFlush")
        self._flush.setSingleShot(True)
        self._flush.setInterval(FLUSH_MS)
        self._flush.timeout.connect(self.flush)

        self.bar.toggle.toggled.connect(self.set_on)
        self.bar.setup_button.clicked.connect(self.open_setup)
        self.bar.cards_button.clicked.connect(self.save_join_cards)
        self.bar.queue_button.clicked.connect(self.focus_queue)
        self.bar.big_qr.toggled.connect(self.room.set_big_qr)
        self.queue.approve_requested.connect(self.approve)
        self.queue.reject_requested.connect(self.reject)
        self.queue.edit_requested.connect(self.edit)
        self.queue.leave.connect(view.focus_capture)
        self.room.changed.connect(self._show)
        self.room.stopped.connect(self._stopped_by_itself)
        self.room.note_added.connect(self._note_arrived)
        self.room.voted.connect(self._note_arrived)
        self.room.note_queued.connect(self._queued)
        self.room.rated.connect(self._rating_arrived)
        # What phones see changed on the laptop: tell them now (one place for all of it).
        model = self.model
        for signal in (
            model.session_changed,
            model.note_added,
            model.note_changed,
            model.note_removed,
            model.clusters_changed,
            model.reset,
            view.undo_stack.indexChanged,
        ):
            signal.connect(self._laptop_changed)
        model.reset.connect(self.refresh_queue)
        model.refreshed.connect(self.refresh_queue)

        self.toggle_action = self._action(
            self.tr("Phones in the room"),
            PHONES_KEYS,
            self.bar.toggle.toggle,
            "phonesAction",
        )
        self.queue_action = self._action(
            self.tr("Notes from phones waiting for approval"),
            QUEUE_KEYS,
            self.focus_queue,
            "phoneQueueAction",
        )
        self.cards_action = self._action(
            self.tr("Print join cards…"), None, self.save_join_cards, "joinCardsAction"
        )
        self.refresh_queue()

    def _action(self, text: str, keys: str | None, slot, name: str) -> QAction:
        action = QAction(text, self.view)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        return action

    # --- language ---
    def _language(self) -> str:
        return self.model.language()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.view, self.tr("Phones in the room"), text)

    # --- on and off ---
    def set_on(self, on: bool) -> None:
        if not on:
            self.room.stop()
            return
        if self.room.running:
            return
        try:
            self.room.start()
        except NoNetwork:
            self._show()
            self._warn(
                self.tr(
                    "This laptop is on no network phones can reach. Turn on its hotspot or join "
                    "the room's Wi-Fi, or choose an address under Settings."
                )
            )
            return
        except VerkstedError as exc:
            self._show()
            self._warn(exc.message(self._language()))
            return
        self._auto_accept = None
        self.model.mark_seen()  # the room's settings were made on first use
        self.refresh_queue()

    def stop(self) -> None:
        """The session closes (or the window): no phone can reach it any more."""
        self._flush.stop()
        self.room.stop()

    def _stopped_by_itself(self, reason: str) -> None:
        if reason == "gone":
            self._warn(self.tr("The session no longer exists; phones cannot reach it any more."))
        else:
            self._warn(
                self.tr("The phones' server stopped because of an error. Turn Phones on again.")
            )

    def _show(self) -> None:
        room = self.room
        if room.running:
            self.bar.show_on(room.url, room.room_code, room.phones, all_networks=room.all_networks)
        else:
            self.bar.show_off()
        self._show_queue_state()

    # --- settings ---
    def settings(self) -> participation.RoomSettings:
        return participation.room_settings(self.view.lib, self.model.session_id)

    def open_setup(self) -> None:
        try:
            settings = self.settings()
        except VerkstedError as exc:
            self._warn(exc.message(self._language()))
            return
        self.model.mark_seen()
        current = PhoneSetup(
            host=self.room.listening_on or self.room.host,
            port=self.room.port,
            auto_accept=settings.auto_accept,
            word_filter=settings.word_filter,
        )
        dialog = PhoneSetupDialog(current, self.view)
        if not dialog.exec():
            return
        chosen = dialog.setup()
        if (chosen.auto_accept, chosen.word_filter) != (settings.auto_accept, settings.word_filter):
            self.view.undo_stack.push(
                RoomSettingsCommand(
                    self.model,
                    settings,
                    chosen.auto_accept,
                    chosen.word_filter,
                    self._settings_changed,
                )
            )
        where_changed = (chosen.host, chosen.port) != (current.host, current.port)
        self.room.host, self.room.port = chosen.host, chosen.port
        if self.room.running and where_changed:
            self.room.stop()
            self.set_on(True)
        elif not self.room.running and where_changed:
            self.set_on(True)

    def _settings_changed(self) -> None:
        self._auto_accept = None
        self._show()

    # --- phone events, shown together ---
    def _note_arrived(self, note_id: str) -> None:
        self._arrived.add(note_id)
        self._flush.start()

    def _queued(self, _pending_id: str) -> None:
        self._queue_changed = True
        self._flush.start()

    def _rating_arrived(self, _rating_id: str) -> None:
        self._rated = True
        self._flush.start()

    def deliver_pending_events(self) -> None:
        """Take the phone events already posted to this thread, and show them now."""
        QCoreApplication.sendPostedEvents(self.room, QEvent.Type.MetaCall)
        self.flush()

    def flush(self) -> None:
        """Show what phones did since the last flush: new notes and dots, the queue, ratings."""
        self._flush.stop()
        arrived, self._arrived = self._arrived, set()
        if not (arrived or self._queue_changed or self._rated):
            return
        view = self.view
        if arrived:
            try:
                self.model.refresh_notes(sorted(arrived))
            except VerkstedError:
                self.model.load()  # e.g. a note deleted from the command line meanwhile
            view._store_new_positions()
            view._update_status()
        if self._queue_changed:
            self._queue_changed = False
            self.refresh_queue()
        if self._rated:
            self._rated = False
            view.rating.refresh()
        self.model.mark_seen()  # the phones' writes are not another process's changes

    def _laptop_changed(self, *_args) -> None:
        self.room.notify()

    # --- the queue ---
    def refresh_queue(self) -> None:
        try:
            items = moderation.list_pending(self.view.lib, self.model.session_id)
        except VerkstedError:
            items = []
        self.queue.show_items(items)
        self._show_queue_state()

    def _queue_mode(self) -> bool:
        if not self.room.running:
            return False
        if self._auto_accept is None:
            try:
                self._auto_accept = self.settings().auto_accept
            except VerkstedError:
                return False
        return not self._auto_accept

    def _show_queue_state(self) -> None:
        waiting = len(self.queue.items)
        queue_mode = self._queue_mode()
        self.bar.show_queue(waiting, queue_mode=queue_mode)
        self.queue.setVisible(queue_mode or waiting > 0)

    def focus_queue(self) -> None:
        self.queue.show()
        self.queue.focus_list()

    def _after_decision(self, note_ids: list[str]) -> None:
        if note_ids:
            self.model.refresh_notes(note_ids)
            self.view._store_new_positions()
            self.view._update_status()
        self.refresh_queue()

    def approve(self, items: list[PendingNoteInfo]) -> None:
        if items:
            self.view.undo_stack.push(
                ApprovePendingCommand(self.model, items, self._after_decision)
            )

    def reject(self, items: list[PendingNoteInfo]) -> None:
        if items:
            self.view.undo_stack.push(RejectPendingCommand(self.model, items, self._after_decision))

    def edit(self, item: PendingNoteInfo) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self.view, self.tr("Edit note from a phone"), self.tr("Text"), item.text
        )
        if ok and text.strip() and text.strip() != item.text:
            self.view.undo_stack.push(
                EditPendingCommand(self.model, item.id, item.text, text, self._after_decision)
            )
        self.queue.focus_list()

    # --- join cards ---
    def save_join_cards(self) -> str | None:
        """Ask where, and write a page of join cards in the session's language."""
        from workshop.export.formats import suggested_file_name
        from workshop.export.join_cards import write_join_cards

        if not self.room.running:
            self._warn(self.tr("Turn Phones on first: the cards show the address and room code."))
            return None
        session = self.model.session
        path, _ = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Print join cards"),
            str(Path.home() / suggested_file_name(session, "_QR.pdf")),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_join_cards(
                session.title, self.room.url, self.room.room_code, Path(path), session.language
            )
        except OSError as exc:
            self._warn(
                self.tr("Could not write %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or str(exc))
            )
            return None
        self.view.status.setText(self.tr("Join cards saved to %1").replace("%1", path))
        return path
