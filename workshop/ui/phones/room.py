"""The participant server of one session, seen from the GUI thread.

:class:`PhoneRoom` starts and stops :class:`~workshop.server.runner.ParticipantServer`. The
server calls its hooks on its own thread right after a phone's change was committed; each hook
here only emits a private signal, connected with ``Qt.QueuedConnection`` to a slot of this
object (which lives on the GUI thread), and that slot emits the public signal. So the GUI learns
of phone events on its own thread only, and the server's thread never waits for the GUI.

The web server (aiohttp) is imported when "Mobil" is first turned on, not with the run view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workshop.server import network
from workshop.services.library import Library

if TYPE_CHECKING:
    from workshop.server.runner import ParticipantServer, ServerHooks

PHONES_POLL_MS = 1000  # how often the number of phones in the room is looked at


class NoNetwork(Exception):
    """No address phones could reach: no Wi-Fi, no hotspot (the facilitator chooses one)."""


class PhoneRoom(QObject):
    """Start, stop and watch the participant server; phone events as signals on the GUI thread."""

    note_added = Signal(str)  # a phone note is on the board (note id)
    note_queued = Signal(str)  # a phone note waits in the moderation queue (pending id)
    voted = Signal(str)  # a phone gave or took back a dot (note id)
    rated = Signal(str)  # a phone rated the session (rating id)
    stopped = Signal(str)  # the server stopped by itself: "gone" (session deleted) or "error"
    changed = Signal()  # started, stopped, another address, or the number of phones changed

    # Emitted on the server's thread by the hooks; delivered here through a queued connection.
    _hook_note_added = Signal(str)
    _hook_note_queued = Signal(str)
    _hook_vote = Signal(str)
    _hook_rating = Signal(str)
    _hook_stopped = Signal(str)

    def __init__(self, lib: Library, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneRoom")
        self.lib = lib
        self.session_id = session_id
        self.host: str | None = None  # chosen by the facilitator; None: the default one
        self.port = network.DEFAULT_PORT
        self.server: ParticipantServer | None = None
        self.phones = 0
        self.big_qr = False  # the presenter shows the QR code instead of the board
        queued = Qt.ConnectionType.QueuedConnection
        self._hook_note_added.connect(self.note_added.emit, queued)
        self._hook_note_queued.connect(self.note_queued.emit, queued)
        self._hook_vote.connect(self.voted.emit, queued)
        self._hook_rating.connect(self.rated.emit, queued)
        self._hook_stopped.connect(self._server_stopped, queued)
        self._poll = QTimer(self)
        self._poll.setObjectName("phonesPoll")
        self._poll.setInterval(PHONES_POLL_MS)
        self._poll.timeout.connect(self._look)

    # --- what the GUI shows ---
    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def url(self) -> str:
        return (self.server.url or "") if self.running else ""

    @property
    def room_code(self) -> str:
        return self.server.room_code if self.running else ""

    @property
    def all_networks(self) -> bool:
        return self.running and self.server.all_networks

    @property
    def listening_on(self) -> str:
        return (self.server.host or "") if self.running else ""

    # --- start and stop ---
    def start(self, host: str | None = None, port: int | None = None) -> str:
        """Serve this session's page on ``host`` (default: the hotspot's or Wi-Fi's address);
        the join URL. Raises :class:`NoNetwork`, or ``ServerStartError`` (port in use …)."""
        self.stop()
        if host is not None:
            self.host = host
        if port is not None:
            self.port = port
        chosen = self.host or network.default_host()
        if not chosen:
            raise NoNetwork()
        from workshop.server.runner import ParticipantServer

        server = ParticipantServer(
            self.lib, self.session_id, host=chosen, port=self.port, hooks=self._hooks()
        )
        url = server.start()  # raises ServerStartError; nothing is left running then
        self.server = server
        self.phones = 0
        self._poll.start()
        self.changed.emit()
        return url

    def stop(self) -> None:
        """Stop serving (every phone's connection closes); safe to call when stopped."""
        server, self.server = self.server, None
        self._poll.stop()
        if server is not None:
            server.stop()
            self.phones = 0
            self.big_qr = False
            self.changed.emit()

    def set_big_qr(self, on: bool) -> None:
        if on != self.big_qr:
            self.big_qr = on
            self.changed.emit()

    def notify(self) -> None:
        """The laptop changed what phones see (a step, a note, the budget): tell them now."""
        if self.server is not None:
            self.server.notify()

    def _hooks(self) -> ServerHooks:
        from workshop.server.runner import ServerHooks

        # Plain callables on the server's thread: they only emit (thread-safe, never blocks).
        return ServerHooks(
            note_added=self._hook_note_added.emit,
            note_queued=self._hook_note_queued.emit,
            vote=self._hook_vote.emit,
            rating=self._hook_rating.emit,
            stopped=self._hook_stopped.emit,
        )

    def _server_stopped(self, reason: str) -> None:
        """The server's thread ended; when it was not asked to (the session was deleted, an
        error), the GUI says so."""
        server = self.server
        if server is None or server.running:
            return  # asked to stop (by stop()), or a server started again meanwhile
        self.server = None
        self._poll.stop()
        server.stop()
        self.phones = 0
        self.big_qr = False
        self.changed.emit()
        if reason != "stopped":
            self.stopped.emit(reason)

    def _look(self) -> None:
        server = self.server
        if server is None:
            return
        if not server.running:
            self._server_stopped(server.stopped_reason or "error")
            return
        if server.phones != self.phones:
            self.phones = server.phones
            self.changed.emit()
