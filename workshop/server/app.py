"""The aiohttp application: one session's page and JSON API under its join path, nothing else.

Plain HTTP on a local network, so every phone in the room is assumed hostile: a path that is
not this room's gets 404 and stores nothing; bodies over the limit get 413 before they are
read; JSON of the wrong shape gets 400 with a message; a device or an address that goes too
fast gets 429 with Retry-After; every response carries a strict CSP and no traceback ever
leaves the server. See ``docs/participant-api.md``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from workshop.errors import InvalidInputError, NotFoundError, SessionLockedError, VerkstedError
from workshop.i18n import LANGUAGES, t
from workshop.server import page
from workshop.server.limits import Limits, RateLimiter
from workshop.services import participation
from workshop.services.dto import to_json_ready

API_VERSION = 1
COOKIE = "verksted_device"
COOKIE_MAX_AGE = 2 * 24 * 3600
log = logging.getLogger("workshop.server")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ApiError(Exception):
    """A refusal with its HTTP status, a message key and the key's values."""

    def __init__(
        self, status: int, key: str, *, headers: dict[str, str] | None = None, **params: Any
    ) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.params = params
        self.headers = headers or {}


class Room:
    """Everything the handlers need: the library, the session, limits, and where to run the
    blocking service calls. Made by :class:`~workshop.server.runner.ParticipantServer`."""

    def __init__(
        self,
        lib,
        session_id: str,
        settings: participation.RoomSettings,
        *,
        limits: Limits,
        run_write: Callable[..., Awaitable[Any]],
        run_read: Callable[..., Awaitable[Any]],
        events,
        hooks,
    ) -> None:
        self.lib = lib
        self.session_id = session_id
        self.settings = settings
        self.limits = limits
        self.run_write = run_write
        self.run_read = run_read
        self.events = events  # EventHub: pushes the room's changes to every phone
        self.hooks = hooks
        self.base = settings.join_path
        self._cookie_key = hashlib.sha256(f"{settings.salt}\0cookie".encode()).digest()
        self.note_limiter = RateLimiter(limits.notes_per_minute)
        self.device_limiter = RateLimiter(limits.device_requests_per_minute)
        self.address_limiter = RateLimiter(limits.address_requests_per_minute, limits.address_burst)
        self.busy: set[object] = set()  # connections with a request in progress
        self.notes_received = 0
        self.notes_queued = 0
        self.phones = 0  # phones in the room now (count_phones); read from any thread
        self._seen: dict[str, float] = {}  # device token -> when it last asked something
        # open event streams: id(request) -> (request, device token)
        self._streams: dict[int, tuple[web.Request, str]] = {}

    # --- how many phones are in the room (only on the loop's thread) ---

    def saw_phone(self, token: str) -> None:
        self._seen[token] = time.monotonic()

    def count_phones(self) -> int:
        """Phones that asked something lately or hold an event stream open (a stream whose
        phone has gone counts no more once its connection is closed)."""
        quiet = time.monotonic() - self.limits.phone_quiet
        for token in [key for key, when in self._seen.items() if when < quiet]:
            del self._seen[token]
        streaming = {
            token
            for request, token in self._streams.values()
            if request.transport is not None and not request.transport.is_closing()
        }
        self.phones = len(streaming | self._seen.keys())
        return self.phones

    # --- the device cookie: a random token with a MAC, so only tokens we issued count ---

    def _mac(self, token: str) -> str:
        digest = hmac.new(self._cookie_key, token.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode()

    def new_device_cookie(self) -> str:
        token = secrets.token_urlsafe(18)
        return f"{token}.{self._mac(token)}"

    def device_token(self, cookie: str | None) -> str | None:
        if not cookie or len(cookie) > 100 or "." not in cookie:
            return None
        token, _, mac = cookie.partition(".")
        return token if hmac.compare_digest(mac, self._mac(token)) else None

    def device_hash(self, token: str) -> str:
        return participation.device_hash(self.settings, token)


# --- helpers ----------------------------------------------------------------------------------


def _language(request: web.Request) -> str:
    return page.page_language(request.headers.get("Accept-Language"))


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    body = json.dumps(to_json_ready(data), ensure_ascii=False)
    return web.Response(text=body, status=status, content_type="application/json", headers=headers)


def _error(request: web.Request, exc: ApiError) -> web.Response:
    language = _language(request)
    return _json(
        {
            "api": API_VERSION,
            "error": exc.key,
            "message": t(exc.key, language, **exc.params),
        },
        status=exc.status,
        headers=exc.headers,
    )


def _client_address(request: web.Request) -> str:
    peer = request.transport.get_extra_info("peername") if request.transport else None
    return str(peer[0]) if peer else "?"


async def _body(request: web.Request, room: Room, fields: tuple[str, ...]) -> dict[str, Any]:
    """The request's JSON object with exactly ``fields`` (the services check their values)."""
    limit = room.limits.max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, "phone_too_large", limit=limit // 1024)
    if request.content_type != "application/json":
        raise ApiError(415, "phone_content_type")
    try:
        async with asyncio.timeout(room.limits.body_timeout):
            raw = bytearray()
            async for chunk in request.content.iter_any():
                raw.extend(chunk)
                if len(raw) > limit:
                    raise ApiError(413, "phone_too_large", limit=limit // 1024)
    except TimeoutError:
        raise ApiError(408, "phone_bad_json") from None
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, "phone_bad_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "phone_not_object")
    for name in data:
        if name not in fields:
            raise ApiError(400, "phone_field_unknown", field=str(name)[:40])
    for name in fields:
        if name not in data:
            raise ApiError(400, "phone_field_missing", field=name)
    return data


def _device(request: web.Request, room: Room) -> str:
    """The device hash of a phone that joined; refuses a request without our cookie."""
    token = room.device_token(request.cookies.get(COOKIE))
    if token is None:
        raise ApiError(403, "phone_join_first")
    return room.device_hash(token)


def _same_origin(request: web.Request) -> None:
    """A write must come from this page: a browser names the page's origin (SameSite=Strict
    keeps the cookie off cross-site requests too)."""
    origin = request.headers.get("Origin")
    if origin is not None and origin != f"http://{request.host}":
        raise ApiError(403, "phone_cross_site")


def _give_cookie(response: web.StreamResponse, room: Room, request: web.Request) -> None:
    if room.device_token(request.cookies.get(COOKIE)) is None:
        cookie = room.new_device_cookie()
        room.saw_phone(cookie.partition(".")[0])  # a phone that just joined is in the room
        response.set_cookie(
            COOKIE,
            cookie,
            max_age=COOKIE_MAX_AGE,
            path=room.base,
            httponly=True,
            samesite="Strict",
        )


def _call_hook(hook: Callable[..., Any] | None, *args: Any) -> None:
    if hook is None:
        return
    try:
        hook(*args)
    except Exception:  # a listener's bug must never break a phone's request
        log.exception("participant hook %r failed", hook)


def _service_error(exc: VerkstedError) -> ApiError:
    status = 400
    if isinstance(exc, participation.ParticipationConflict):
        status = 409
    elif isinstance(exc, SessionLockedError):  # approved minutes: nothing more is taken in
        status = 423
    elif isinstance(exc, NotFoundError):
        status = 404
    elif isinstance(exc, InvalidInputError) and exc.key == "phone_note_filtered":
        status = 422
    return ApiError(status, exc.key, **exc.params)


# --- handlers ---------------------------------------------------------------------------------


async def _index(request: web.Request, room: Room) -> web.StreamResponse:
    body = page.render_index(_language(request), room.base, room.settings.room_code)
    response = web.Response(body=body, content_type="text/html", charset="utf-8")
    _give_cookie(response, room, request)
    return response


async def _asset(request: web.Request, room: Room, name: str) -> web.StreamResponse:
    found = page.asset(name)
    if found is None:
        raise ApiError(404, "phone_not_found")
    return web.Response(body=found.body, headers={"Content-Type": found.content_type})


async def _strings(request: web.Request, room: Room, language: str) -> web.StreamResponse:
    if language not in LANGUAGES:
        raise ApiError(404, "phone_not_found")
    return web.Response(
        body=page.strings(language), headers={"Content-Type": "application/json; charset=utf-8"}
    )


def state_json(state: participation.RoomState) -> dict[str, Any]:
    """The JSON of ``GET /state`` (see docs/participant-api.md)."""
    data: dict[str, Any] = {
        "api": API_VERSION,
        "session": {
            "title": state.session_title,
            "status": state.session_status,
            "language": state.language,
            "room": state.room_code,
        },
        "step": None,
        "mark": state.mark,
    }
    if state.step_id is not None:
        step: dict[str, Any] = {
            "id": state.step_id,
            "kind": state.step_kind,
            "title": state.step_title,
            "position": state.step_position,
            "count": state.step_count,
        }
        data["step"] = step
    data["question"] = state.question
    data["kind"] = state.step_kind
    if state.step_kind == "vote":
        data["vote"] = {
            "budget": state.vote_budget,
            "left": state.votes_left,
            "revealed": state.revealed,
            "notes": [
                {
                    "id": n.id,
                    "text": n.text,
                    "cluster": n.cluster,
                    "mine": n.mine,
                    **({"votes": n.votes} if state.revealed else {}),
                }
                for n in state.notes
            ],
        }
    if state.step_kind == "evaluate":
        data["rating"] = {"mine": state.my_rating, "values": [1, 2, 3, 4, 5]}
    return data


async def _state(request: web.Request, room: Room) -> web.StreamResponse:
    token = room.device_token(request.cookies.get(COOKIE))
    device = room.device_hash(token) if token else None
    state = await room.run_read(participation.room_state, room.lib, room.session_id, device)
    response = _json(state_json(state))
    _give_cookie(response, room, request)
    return response


async def _notes(request: web.Request, room: Room) -> web.StreamResponse:
    _same_origin(request)
    device = _device(request, room)
    data = await _body(request, room, ("text", "key"))
    wait = room.note_limiter.check(device)
    if wait:
        raise ApiError(429, "phone_too_many", seconds=wait, headers={"Retry-After": str(wait)})
    result = await room.run_write(
        participation.submit_phone_note,
        room.lib,
        room.session_id,
        device,
        data["key"],
        data["text"],
    )
    status = {"note": 201, "pending": 202}.get(result.outcome, 200)
    if result.repeated:
        status = 200
    elif result.outcome == "note":
        room.notes_received += 1
        _call_hook(room.hooks.note_added, result.ref)
        room.events.poke()
    elif result.outcome == "pending":
        room.notes_queued += 1
        _call_hook(room.hooks.note_queued, result.ref)
    body = {
        "api": API_VERSION,
        "status": {"note": "on_board", "pending": "queued", "rejected": "rejected"}[result.outcome],
        "repeated": result.repeated,
    }
    if result.outcome == "note":
        body["note"] = result.ref
    return _json(body, status=status)


async def _votes(request: web.Request, room: Room) -> web.StreamResponse:
    _same_origin(request)
    device = _device(request, room)
    data = await _body(request, room, ("note", "delta", "key"))
    result = await room.run_write(
        participation.phone_vote,
        room.lib,
        room.session_id,
        device,
        data["key"],
        data["note"],
        data["delta"],
    )
    if not result.repeated:
        _call_hook(room.hooks.vote, result.note_id)
        room.events.poke()
    body = {
        "api": API_VERSION,
        "note": result.note_id,
        "mine": result.mine,
        "left": result.left,
        "repeated": result.repeated,
    }
    return _json(body, status=200 if result.repeated else 201)


async def _ratings(request: web.Request, room: Room) -> web.StreamResponse:
    _same_origin(request)
    device = _device(request, room)
    data = await _body(request, room, ("value", "key"))
    result = await room.run_write(
        participation.phone_rating,
        room.lib,
        room.session_id,
        device,
        data["key"],
        data["value"],
    )
    if not result.repeated:
        _call_hook(room.hooks.rating, result.ref)
    body = {"api": API_VERSION, "value": data["value"], "repeated": result.repeated}
    return _json(body, status=200 if result.repeated else 201)


async def _events(request: web.Request, room: Room) -> web.StreamResponse:
    """Server-sent events: ``state`` with the room's change mark whenever what phones see
    changes, and ``ping`` every few seconds so a phone notices a dead connection."""
    queue = room.events.subscribe()
    if queue is None:
        raise ApiError(503, "phone_busy", headers={"Retry-After": "5"})
    token = room.device_token(request.cookies.get(COOKIE))
    if token is not None:
        room._streams[id(request)] = (request, token)
    try:
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        await response.write(b"retry: 3000\n\n")
        await response.write(_event("state", {"mark": room.events.mark}))
        while True:
            try:
                async with asyncio.timeout(room.limits.heartbeat):
                    mark = await queue.get()
            except TimeoutError:
                await response.write(_event("ping", {}))
                continue
            if mark is None:  # the server stops
                break
            await response.write(_event("state", {"mark": mark}))
        return response
    except (ConnectionResetError, asyncio.CancelledError):
        raise
    finally:
        room.events.unsubscribe(queue)
        room._streams.pop(id(request), None)


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


# --- routing and the guard --------------------------------------------------------------------

ROUTES: dict[tuple[str, str], Callable[..., Awaitable[web.StreamResponse]]] = {
    ("GET", ""): _index,
    ("GET", "/state"): _state,
    ("POST", "/notes"): _notes,
    ("POST", "/votes"): _votes,
    ("POST", "/ratings"): _ratings,
    ("GET", "/events"): _events,
}


async def _dispatch(request: web.Request, room: Room) -> web.StreamResponse:
    path = request.path
    base = room.base
    head = path[: len(base)].lower()
    if len(path) < len(base) or not hmac.compare_digest(head.encode(), base.encode()):
        raise ApiError(404, "phone_not_found")
    rest = path[len(base) :]
    if rest and not rest.startswith("/"):
        raise ApiError(404, "phone_not_found")
    method = "GET" if request.method == "HEAD" else request.method
    handler = ROUTES.get((method, rest))
    if handler is not None:
        return await handler(request, room)
    if method == "GET" and rest.startswith("/strings/"):
        return await _strings(request, room, rest.removeprefix("/strings/"))
    if method == "GET" and rest.count("/") == 1 and rest[1:] in page.ASSETS:
        return await _asset(request, room, rest[1:])
    if any(r == rest for (_m, r) in ROUTES):
        raise ApiError(405, "phone_method")
    raise ApiError(404, "phone_not_found")


def build_app(room: Room) -> web.Application:
    """The application for one room. Limits are checked before a body is read."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        protocol = request.protocol
        room.busy.add(protocol)
        try:
            wait = room.address_limiter.check(_client_address(request))
            if wait:
                raise ApiError(
                    429, "phone_too_many", seconds=wait, headers={"Retry-After": str(wait)}
                )
            token = room.device_token(request.cookies.get(COOKIE))
            if token is not None:
                room.saw_phone(token)
                wait = room.device_limiter.check(token)
                if wait:
                    raise ApiError(
                        429, "phone_too_many", seconds=wait, headers={"Retry-After": str(wait)}
                    )
            if (
                request.content_length is not None
                and request.content_length > room.limits.max_body_bytes
            ):
                raise ApiError(413, "phone_too_large", limit=room.limits.max_body_bytes // 1024)
            return await handler(request)
        except ApiError as exc:
            return _error(request, exc)
        except VerkstedError as exc:
            return _error(request, _service_error(exc))
        except web.HTTPException as exc:  # aiohttp's own refusals, as JSON like ours
            key = {413: "phone_too_large", 405: "phone_method"}.get(exc.status, "phone_not_found")
            params = {"limit": room.limits.max_body_bytes // 1024} if exc.status == 413 else {}
            if exc.status >= 500:
                key = "phone_server_error"
            return _error(request, ApiError(exc.status, key, **params))
        except (asyncio.CancelledError, ConnectionResetError):
            raise
        except Exception:
            log.exception("participant request failed: %s %s", request.method, request.path)
            return _error(request, ApiError(500, "phone_server_error"))
        finally:
            room.busy.discard(protocol)

    app = web.Application(middlewares=[guard], client_max_size=room.limits.max_body_bytes)

    async def headers(request: web.Request, response: web.StreamResponse) -> None:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers.pop("Server", None)

    app.on_response_prepare.append(headers)

    async def everything(request: web.Request) -> web.StreamResponse:
        return await _dispatch(request, room)

    app.router.add_route("*", "/{tail:.*}", everything)
    return app
