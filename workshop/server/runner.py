"""``ParticipantServer``: the participant server in one background thread with its own loop.

The GUI and ``workshop serve`` both use it::

    server = ParticipantServer(lib, session_id, hooks=ServerHooks(note_added=on_note))
    url = server.start()          # binds, or raises ServerStartError; returns the join URL
    ...
    server.notify()               # the laptop changed something: tell the phones now
    server.stop()                 # closes every connection; idempotent

Threads: the server's asyncio loop runs in one daemon thread. Blocking service calls (SQLite)
run in small executors: one writer thread (writes are serialised by SQLite's BEGIN IMMEDIATE
anyway) and two reader threads, so the loop never blocks on the library and the GUI thread is
never blocked by the server. ``start()`` waits only for the socket to be bound.

Hooks are plain callables, called **on the server thread** right after the change was
committed. They must return quickly and must not touch Qt widgets: the GUI connects each to a
Qt signal emitted from the hook (a queued connection delivers it on the GUI thread).
A hook that raises is logged and ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

from aiohttp import web

from workshop.errors import NotFoundError, VerkstedError
from workshop.server import network
from workshop.server.app import Room, build_app
from workshop.server.limits import Limits
from workshop.services import participation

log = logging.getLogger("workshop.server")
WATCH_INTERVAL = 0.5  # seconds between looks at the library's change mark
WATCH_MIN_INTERVAL = 0.2  # at most this often, however many phones post at once


@dataclass(frozen=True, slots=True)
class ServerHooks:
    """Callbacks from the server thread (see the module docstring). Each is optional.

    * ``note_added(note_id)``: a phone's note is on the board (auto-accept).
    * ``note_queued(pending_id)``: a phone's note waits in the moderation queue.
    * ``vote(note_id)``: a phone gave or took back a dot on a note.
    * ``rating(rating_id)``: a phone rated the session (new, or changed its rating).
    * ``step_changed(step_id)``: the session's current step changed (as phones now see it).
    * ``stopped(reason)``: the server stopped: ``"stopped"`` (asked to), ``"gone"``
      (the session was deleted; it stops with it) or ``"error"``.
    """

    note_added: Callable[[str], Any] | None = None
    note_queued: Callable[[str], Any] | None = None
    vote: Callable[[str], Any] | None = None
    rating: Callable[[str], Any] | None = None
    step_changed: Callable[[str | None], Any] | None = None
    stopped: Callable[[str], Any] | None = None


class ServerStartError(VerkstedError):
    """The server could not start (port in use, no such address, no network)."""


class EventHub:
    """The room's change mark, pushed to every open event stream."""

    def __init__(self, max_streams: int) -> None:
        self.mark = ""
        self.max_streams = max_streams
        self._queues: set[asyncio.Queue] = set()
        self._wake: asyncio.Event | None = None

    def bind(self) -> None:
        self._wake = asyncio.Event()

    def subscribe(self) -> asyncio.Queue | None:
        if len(self._queues) >= self.max_streams:
            return None
        queue: asyncio.Queue = asyncio.Queue(maxsize=4)
        self._queues.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self._queues.discard(queue)

    @property
    def streams(self) -> int:
        return len(self._queues)

    def publish(self, mark: str | None) -> None:
        if mark is not None:
            self.mark = mark
        for queue in list(self._queues):
            if queue.full():  # a slow phone: it only needs the latest mark
                with contextlib.suppress(asyncio.QueueEmpty):
                    queue.get_nowait()
            queue.put_nowait(mark)

    def poke(self) -> None:
        """Look at the library now instead of at the next interval (on the loop's thread)."""
        if self._wake is not None:
            self._wake.set()

    async def wait(self, timeout: float) -> None:
        assert self._wake is not None
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._wake.wait()
        self._wake.clear()


class ParticipantServer:
    """The participant server of one session (see the module docstring)."""

    def __init__(
        self,
        lib,
        session_id: str,
        *,
        host: str | None = None,
        port: int = network.DEFAULT_PORT,
        auto_accept: bool | None = None,
        hooks: ServerHooks | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.lib = lib
        self.session_id = session_id
        self.requested_host = host
        self.requested_port = port
        self.auto_accept = auto_accept
        self.hooks = hooks or ServerHooks()
        self.limits = limits or Limits()
        self.host: str | None = None
        self.port: int | None = None
        self.url: str | None = None
        self.settings: participation.RoomSettings | None = None
        self.room: Room | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="verksted-server-write")
        self._readers = ThreadPoolExecutor(2, thread_name_prefix="verksted-server-read")
        self._stopped_reason: str | None = None
        self._lock = threading.Lock()

    # --- for the GUI and the CLI (any thread) ---

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._ready.is_set()

    @property
    def all_networks(self) -> bool:
        """True when listening on every network (0.0.0.0): the GUI must say so."""
        return self.host == network.ALL_NETWORKS

    @property
    def room_code(self) -> str:
        return self.settings.room_code if self.settings else ""

    def start(self, timeout: float = 15.0) -> str:
        """Bind and serve; returns the join URL. Raises :class:`ServerStartError`."""
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("a ParticipantServer starts once")
            host = self.requested_host or network.default_host()
            if not host:
                raise ServerStartError("cli_serve_no_network")
            if self.auto_accept is not None:
                self.settings = participation.set_room_settings(
                    self.lib, self.session_id, auto_accept=self.auto_accept
                )
            else:
                self.settings = participation.room_settings(self.lib, self.session_id)
            self.host = host
            self._thread = threading.Thread(
                target=self._run, name="verksted-participant-server", daemon=True
            )
            self._thread.start()
        if not self._ready.wait(timeout):
            self.stop()
            raise ServerStartError(
                "cli_serve_cannot_listen", host=host, port=self.requested_port, detail="timeout"
            )
        if self._start_error is not None:
            self._thread.join(timeout)
            self._shutdown_executors()
            raise self._start_error
        return self.url or ""

    def notify(self) -> None:
        """Tell the phones about a change made on the laptop now (thread-safe, non-blocking)."""
        loop = self._loop
        if loop is not None and self.room is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.room.events.poke)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and close every connection; safe to call twice and from a hook."""
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            self._shutdown_executors()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the server has stopped; True when it has."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def stopped_reason(self) -> str | None:
        return self._stopped_reason

    @property
    def phones(self) -> int:
        """How many phones are in the room now (joined and asking, or holding the event
        stream open); updated about twice a second."""
        return self.room.phones if self.room else 0

    @property
    def notes_received(self) -> int:
        return self.room.notes_received if self.room else 0

    @property
    def notes_queued(self) -> int:
        return self.room.notes_queued if self.room else 0

    # --- the server thread ---

    def _shutdown_executors(self) -> None:
        self._writer.shutdown(wait=True, cancel_futures=True)
        self._readers.shutdown(wait=True, cancel_futures=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        reason = "error"
        try:
            reason = loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported to start(), or logged
            if not self._ready.is_set():
                self._start_error = exc
                self._ready.set()
            else:
                log.exception("participant server failed")
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            if self._ready.is_set() and self._start_error is None:
                self._stopped_reason = reason
                hook = self.hooks.stopped
                if hook is not None:
                    try:
                        hook(reason)
                    except Exception:
                        log.exception("participant hook stopped failed")

    async def _serve(self) -> str:
        loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()

        async def run_write(func, *args):
            return await loop.run_in_executor(self._writer, partial(func, *args))

        async def run_read(func, *args):
            return await loop.run_in_executor(self._readers, partial(func, *args))

        events = EventHub(self.limits.max_event_streams)
        events.bind()
        assert self.settings is not None
        room = Room(
            self.lib,
            self.session_id,
            self.settings,
            limits=self.limits,
            run_write=run_write,
            run_read=run_read,
            events=events,
            hooks=self.hooks,
        )
        self.room = room
        app = build_app(room)
        runner = web.AppRunner(
            app,
            access_log=None,
            handle_signals=False,
            keepalive_timeout=self.limits.idle_timeout,
            shutdown_timeout=1.0,
        )
        await runner.setup()
        try:
            sock = self._bind()
            site = web.SockSite(runner, sock)
            await site.start()
            self.port = sock.getsockname()[1]
            self.url = network.join_url(self.host, self.port, self.settings.join_path)
            first = await run_read(participation.room_state, self.lib, self.session_id, None)
            events.mark = first.mark
            self._ready.set()
            reason = await self._watch(room, runner, first)
        finally:
            events.publish(None)  # ends every event stream
            await runner.cleanup()
        return reason

    def _bind(self) -> socket.socket:
        host, port = self.host, self.requested_port
        family = socket.AF_INET6 if ":" in (host or "") else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: no stealing the port
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            sock.listen(256)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
                raise ServerStartError("cli_serve_port_in_use", host=host, port=port) from None
            raise ServerStartError(
                "cli_serve_cannot_listen", host=host, port=port, detail=exc.strerror or str(exc)
            ) from None
        return sock

    async def _watch(self, room: Room, runner: web.AppRunner, first) -> str:
        """Push changes to phones, close idle connections past the cap, stop with the session."""
        step_id = first.step_id
        seen_change = None
        assert self._stop is not None
        while not self._stop.is_set():
            await room.events.wait(WATCH_INTERVAL)
            if self._stop.is_set():
                break
            await asyncio.sleep(WATCH_MIN_INTERVAL)
            self._evict_idle(room, runner)
            room.count_phones()
            try:
                changed = await room.run_read(self.lib.changed_at)
                if changed == seen_change and room.events.mark:
                    continue
                seen_change = changed
                state = await room.run_read(
                    participation.room_state, self.lib, self.session_id, None
                )
            except NotFoundError:
                return "gone"
            except Exception:
                log.exception("participant server could not read the library")
                continue
            if state.mark != room.events.mark:
                room.events.publish(state.mark)
            if state.step_id != step_id:
                step_id = state.step_id
                hook = self.hooks.step_changed
                if hook is not None:
                    try:
                        hook(step_id)
                    except Exception:
                        log.exception("participant hook step_changed failed")
        return "stopped"

    def _evict_idle(self, room: Room, runner: web.AppRunner) -> None:
        """Past the connection cap, close the oldest connections that wait without a request,
        so a flood of slow or idle connections cannot keep new phones out."""
        server = runner.server
        if server is None:
            return
        connections = server.connections
        excess = len(connections) - self.limits.max_connections
        for handler in connections:
            if excess <= 0:
                break
            if handler not in room.busy:
                handler.force_close()
                excess -= 1
