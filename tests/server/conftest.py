"""A real participant server on 127.0.0.1 and phones that talk to it with aiohttp's client."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest

from workshop.server.limits import Limits
from workshop.server.runner import ParticipantServer, ServerHooks
from workshop.services.participation import set_room_settings
from workshop.services.run import set_current_step
from workshop.services.sessions import create_session, get_session


def run(coro):
    return asyncio.run(coro)


@dataclass
class Events:
    """What the server's hooks reported (from the server thread)."""

    added: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    votes: list[str] = field(default_factory=list)
    ratings: list[str] = field(default_factory=list)
    steps: list[str | None] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)

    def hooks(self) -> ServerHooks:
        return ServerHooks(
            note_added=self.added.append,
            note_queued=self.queued.append,
            vote=self.votes.append,
            rating=self.ratings.append,
            step_changed=self.steps.append,
            stopped=self.stopped.append,
        )


@dataclass
class Room:
    lib: Any
    session_id: str
    server: ParticipantServer
    events: Events

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def origin(self) -> str:
        return self.url.split("/j/")[0]

    def step(self, kind: str) -> str:
        """Make the first step of this kind the current one; its id."""
        info = get_session(self.lib, self.session_id)
        step = next(s for s in info.steps if s.kind == kind)
        set_current_step(self.lib, self.session_id, step.id)
        self.server.notify()
        return step.id


def start_room(lib, session_id, *, auto_accept=True, limits=None, port=0) -> Room:
    events = Events()
    server = ParticipantServer(
        lib,
        session_id,
        host="127.0.0.1",
        port=port,
        auto_accept=auto_accept,
        hooks=events.hooks(),
        limits=limits,
    )
    server.start()
    return Room(lib, session_id, server, events)


@pytest.fixture
def room_session(lib) -> str:
    """A focus group whose current step is its silent writing."""
    session_id = create_session(lib, "focus-group", "Fokusgruppe om biblioteket")
    info = get_session(lib, session_id)
    step = next(s for s in info.steps if s.kind == "silent-writing")
    set_current_step(lib, session_id, step.id)
    return session_id


@pytest.fixture
def room(lib, room_session) -> Iterator[Room]:
    r = start_room(lib, room_session, auto_accept=True)
    yield r
    r.server.stop()


@pytest.fixture
def queue_room(lib, room_session) -> Iterator[Room]:
    set_room_settings(lib, room_session, auto_accept=False)
    r = start_room(lib, room_session, auto_accept=None)
    yield r
    r.server.stop()


@pytest.fixture
def tight_room(lib, room_session) -> Iterator[Room]:
    """Low limits, so tests reach them quickly."""
    limits = Limits(
        notes_per_minute=5,
        device_requests_per_minute=100,
        address_requests_per_minute=60,
        address_burst=60,
        idle_timeout=1.0,
        body_timeout=1.0,
        max_connections=50,
    )
    r = start_room(lib, room_session, auto_accept=True, limits=limits)
    yield r
    r.server.stop()


class Phone:
    """One phone: its own cookie jar (so its own device token)."""

    def __init__(self, room: Room, *, language: str = "nb") -> None:
        self.room = room
        self.language = language
        self.http = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),  # cookies for a bare IP address
            headers={"Accept-Language": language},
        )

    async def __aenter__(self) -> Phone:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.http.close()

    async def join(self) -> str:
        async with self.http.get(self.room.url) as response:
            assert response.status == 200
            return await response.text()

    async def get(self, path: str = "") -> tuple[int, Any, Any]:
        async with self.http.get(self.room.url + path) as response:
            return response.status, await _body(response), response.headers

    async def state(self) -> dict:
        status, body, _ = await self.get("/state")
        assert status == 200, body
        return body

    async def post(
        self, path: str, payload: Any, *, raw: bytes | None = None, headers=None
    ) -> tuple[int, Any, Any]:
        data = raw if raw is not None else json.dumps(payload).encode()
        send_headers = {"Content-Type": "application/json", "Origin": self.room.origin}
        send_headers.update(headers or {})
        async with self.http.post(self.room.url + path, data=data, headers=send_headers) as r:
            return r.status, await _body(r), r.headers

    async def note(self, text: str, key: str) -> tuple[int, Any]:
        status, body, _ = await self.post("/notes", {"text": text, "key": key})
        return status, body

    async def vote(self, note_id: str, key: str, delta: int = 1) -> tuple[int, Any]:
        status, body, _ = await self.post("/votes", {"note": note_id, "delta": delta, "key": key})
        return status, body

    async def rate(self, value: int, key: str) -> tuple[int, Any]:
        status, body, _ = await self.post("/ratings", {"value": value, "key": key})
        return status, body


async def _body(response) -> Any:
    text = await response.text()
    if response.content_type == "application/json":
        return json.loads(text)
    return text
