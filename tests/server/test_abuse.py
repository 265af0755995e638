"""A hostile phone in the room: every refusal, on a real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time

import aiohttp
import pytest
import yarl

from tests.server.conftest import Phone, run
from workshop.server.app import SECURITY_HEADERS
from workshop.server.limits import Limits
from workshop.services import participation
from workshop.services.notes import list_notes
from workshop.services.participation import (
    approve_pending,
    list_pending,
    reject_pending,
    set_room_settings,
)
from workshop.store.models import ParticipantKey, PendingNote


def stored(room) -> tuple[int, int, int]:
    with room.lib.read() as s:
        keys = s.query(ParticipantKey).count()
        pending = s.query(PendingNote).count()
    return len(list_notes(room.lib, room.session_id, include_deleted=True)), pending, keys


def library_bytes(room) -> bytes:
    room.lib.checkpoint()
    data = room.lib.path.read_bytes()
    wal = room.lib.path.with_name(room.lib.path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def assert_clean_error(status: int, body, expected_status: int, error: str | None = None):
    assert status == expected_status, body
    assert isinstance(body, dict), body
    assert set(body) >= {"error", "message"}
    assert "Traceback" not in json.dumps(body)
    if error:
        assert body["error"] == error


# --- only this room -------------------------------------------------------------------------


def test_a_wrong_token_or_any_other_path_is_404_and_stores_nothing(room):
    base = room.server.settings.join_path
    origin = room.origin

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            (cookie,) = [c.value for c in phone.http.cookie_jar if c.key == "verksted_device"]
            results = []
            headers = {
                "Content-Type": "application/json",
                "Origin": origin,
                "Cookie": f"verksted_device={cookie}",
            }
            wrong = base[:-3] + ("aaa" if not base.endswith("aaa") else "bbb")
            for path in (
                wrong + "/notes",
                base + "x/notes",
                "/j/notes",
                "/notes",
                base + "/../notes",
                base + "/notes/extra",
            ):
                async with (
                    aiohttp.ClientSession() as raw,
                    raw.post(
                        origin + path, data=json.dumps({"text": "inn", "key": "k"}), headers=headers
                    ) as r,
                ):
                    results.append((path, r.status, await r.json()))
            for path in ("/", "/j/", wrong, base + "/%2e%2e/app.css", "/favicon.ico"):
                url = yarl.URL(origin + path, encoded=True)
                async with aiohttp.ClientSession() as raw, raw.get(url) as r:
                    results.append((path, r.status, await r.json()))
            return results

    for path, status, body in run(scenario()):
        assert status == 404, path
        assert_clean_error(status, body, 404, "phone_not_found")
    assert stored(room) == (0, 0, 0)


def test_the_room_code_in_the_path_may_be_typed_in_capitals(room):
    base = room.server.settings.join_path
    upper = "/j/" + base[3:7].upper() + base[7:]

    async def scenario():
        async with aiohttp.ClientSession() as http, http.get(room.origin + upper) as r:
            return r.status

    assert run(scenario()) == 200


def test_writes_need_the_device_cookie_and_this_pages_origin(room):
    async def scenario():
        async with Phone(room) as stranger, Phone(room) as phone:
            no_cookie = await stranger.post("/notes", {"text": "hei", "key": "k1"})
            await phone.join()
            cross = await phone.post(
                "/notes", {"text": "hei", "key": "k2"}, headers={"Origin": "http://evil.example"}
            )
            forged = await stranger.post(
                "/votes",
                {"note": "x", "delta": 1, "key": "k3"},
                headers={"Cookie": "verksted_device=forged.token"},
            )
            return no_cookie, cross, forged

    no_cookie, cross, forged = run(scenario())
    assert_clean_error(no_cookie[0], no_cookie[1], 403, "phone_join_first")
    assert_clean_error(cross[0], cross[1], 403, "phone_cross_site")
    assert_clean_error(forged[0], forged[1], 403, "phone_join_first")
    assert stored(room) == (0, 0, 0)


# --- bodies and shapes ----------------------------------------------------------------------


def test_a_body_over_16_kb_is_413_and_stores_nothing(room):
    big = json.dumps({"text": "x" * 17_000, "key": "big"}).encode()

    async def chunks():
        for i in range(0, len(big), 1000):
            yield big[i : i + 1000]

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            sized = await phone.post("/notes", None, raw=big)
            async with phone.http.post(
                room.url + "/notes",
                data=chunks(),
                headers={"Content-Type": "application/json", "Origin": room.origin},
            ) as r:
                chunked = (r.status, await r.json())
            return sized, chunked

    sized, chunked = run(scenario())
    assert_clean_error(sized[0], sized[1], 413, "phone_too_large")
    assert "16" in sized[1]["message"]
    assert_clean_error(chunked[0], chunked[1], 413, "phone_too_large")
    assert stored(room) == (0, 0, 0)


@pytest.mark.parametrize(
    ("path", "raw", "error"),
    [
        ("/notes", b"not json", "phone_bad_json"),
        ("/notes", b"\xff\xfe", "phone_bad_json"),
        ("/notes", b'["a list"]', "phone_not_object"),
        ("/notes", b'{"text": "hei"}', "phone_field_missing"),
        ("/notes", b'{"text": "hei", "key": "k", "author": "Ola"}', "phone_field_unknown"),
        ("/notes", b'{"text": 5, "key": "k"}', "phone_text_bad"),
        ("/notes", b'{"text": {"a": 1}, "key": "k"}', "phone_text_bad"),
        ("/notes", b'{"text": "   ", "key": "k"}', "note_empty"),
        ("/notes", b'{"text": "hei", "key": ""}', "phone_key_bad"),
        ("/notes", b'{"text": "hei", "key": "has space"}', "phone_key_bad"),
        ("/notes", b'{"text": "hei", "key": 7}', "phone_key_bad"),
        ("/notes", json.dumps({"text": "x" * 501, "key": "k"}).encode(), "phone_note_too_long"),
        ("/notes", b"[" * 5000 + b"]" * 5000, "phone_bad_json"),
        ("/votes", b'{"note": 5, "delta": 1, "key": "k"}', "phone_note_ref_bad"),
        ("/votes", b'{"note": "x", "delta": 2, "key": "k"}', "phone_delta_bad"),
        ("/votes", b'{"note": "x", "delta": true, "key": "k"}', "phone_delta_bad"),
        ("/ratings", b'{"value": "lots", "key": "k"}', "rating_invalid"),
        ("/ratings", b'{"value": null, "key": "k"}', "rating_invalid"),
    ],
)
def test_json_of_the_wrong_shape_is_400_with_a_message(room, path, raw, error):
    if path == "/ratings":
        room.step("evaluate")

    async def scenario():
        async with Phone(room, language="en") as phone:
            await phone.join()
            status, body, _ = await phone.post(path, None, raw=raw)
            return status, body

    status, body = run(scenario())
    assert_clean_error(status, body, 400, error)
    assert body["message"] and body["message"] != body["error"]
    assert stored(room) == (0, 0, 0)


def test_a_body_that_is_not_json_by_its_type_is_415(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.post(
                "/notes", None, raw=b"text=hei&key=k", headers={"Content-Type": "text/plain"}
            )

    status, body, _ = run(scenario())
    assert_clean_error(status, body, 415, "phone_content_type")


def test_other_methods_are_405(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            async with phone.http.put(room.url + "/notes", data=b"{}") as r:
                put = (r.status, await r.json())
            async with phone.http.delete(room.url + "/state") as r:
                delete = (r.status, await r.json())
            return put, delete

    put, delete = run(scenario())
    assert_clean_error(put[0], put[1], 405, "phone_method")
    assert_clean_error(delete[0], delete[1], 405, "phone_method")


def test_no_traceback_reaches_a_phone_when_something_breaks(room, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals /home/kari/library.sqlite")

    monkeypatch.setattr(participation, "submit_phone_note", broken)

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.note("hei", "k")

    status, body = run(scenario())
    assert_clean_error(status, body, 500, "phone_server_error")
    assert "secret" not in json.dumps(body) and "kari" not in json.dumps(body)


# --- text -----------------------------------------------------------------------------------


def test_the_word_filter_refuses_before_the_queue_and_can_be_turned_off(queue_room):
    async def scenario():
        async with Phone(queue_room) as phone:
            await phone.join()
            refused = await phone.note("Dette er faen meg dårlig", "w1")
            set_room_settings(queue_room.lib, queue_room.session_id, word_filter=False)
            taken = await phone.note("Dette er faen meg dårlig", "w2")
            return refused, taken

    refused, taken = run(scenario())
    assert_clean_error(refused[0], refused[1], 422, "phone_note_filtered")
    assert taken[0] == 202
    assert [p.text for p in list_pending(queue_room.lib, queue_room.session_id)] == [
        "Dette er faen meg dårlig"
    ]


def test_the_word_filter_lets_ordinary_strong_opinions_through():
    from workshop.domain.wordfilter import nb_word_filter

    words = nb_word_filter()
    assert words.matches("FAEN heller")
    assert words.matches("for en jævlig idé")
    assert not words.matches("Forslaget er helt idiotisk og dyrt")
    assert not words.matches("Pikkolofløyte i kulturskolen, takk")
    assert not words.matches("Drittvær, men god stemning")


# --- moderation -----------------------------------------------------------------------------


def test_approve_edit_and_reject_and_a_rejected_note_is_gone_from_the_file(queue_room):
    secret = "Avvist-lapp-som-ikke-skal-finnes-7f3a"

    async def post(texts):
        async with Phone(queue_room) as phone:
            await phone.join()
            return [await phone.note(text, f"k{i}") for i, text in enumerate(texts)]

    run(post(["Godkjennes som den er", "Skrivefeil i lapen", secret]))
    first, second, third = list_pending(queue_room.lib, queue_room.session_id)
    approve_pending(queue_room.lib, queue_room.session_id, first.id)
    approve_pending(queue_room.lib, queue_room.session_id, second.id, "Skrivefeil i lappen")
    reject_pending(queue_room.lib, queue_room.session_id, third.id)

    notes = list_notes(queue_room.lib, queue_room.session_id)
    assert [(n.text, n.origin) for n in notes] == [
        ("Godkjennes som den er", "phone"),
        ("Skrivefeil i lappen", "phone"),
    ]
    assert list_pending(queue_room.lib, queue_room.session_id) == []
    assert secret.encode() not in library_bytes(queue_room)

    async def resend():
        async with Phone(queue_room) as phone:
            await phone.join()
            return [await phone.note("ignored", f"k{i}") for i in range(3)]

    # A new phone has its own keys: these are new notes, not repeats.
    assert [s for s, _ in run(resend())] == [202, 202, 202]


def test_a_phone_resending_a_rejected_or_approved_note_is_told_what_became_of_it(queue_room):
    async def scenario():
        async with Phone(queue_room) as phone:
            await phone.join()
            await phone.note("Tas med", "a")
            await phone.note("Tas ikke med", "b")
            keep, drop = list_pending(queue_room.lib, queue_room.session_id)
            approve_pending(queue_room.lib, queue_room.session_id, keep.id)
            reject_pending(queue_room.lib, queue_room.session_id, drop.id)
            return await phone.note("Tas med", "a"), await phone.note("Tas ikke med", "b")

    approved, rejected = run(scenario())
    assert approved == (200, {**approved[1], "status": "on_board", "repeated": True})
    assert rejected[0] == 200 and rejected[1]["status"] == "rejected"
    assert len(list_notes(queue_room.lib, queue_room.session_id)) == 1


# --- privacy --------------------------------------------------------------------------------


def test_no_names_addresses_or_device_tokens_are_stored(room):
    room.step("vote")

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            await phone.note("Anonym lapp", "p1")
            state = await phone.state()
            await phone.vote(state["vote"]["notes"][0]["id"], "p2")
            (cookie,) = [c.value for c in phone.http.cookie_jar if c.key == "verksted_device"]
            return cookie

    cookie = run(scenario())
    data = library_bytes(room)
    token = cookie.split(".")[0]
    assert b"127.0.0.1" not in data
    assert token.encode() not in data and cookie.encode() not in data
    assert b"Mozilla" not in data and b"aiohttp" not in data.lower()
    assert b"Anonym lapp" in data  # the check does see what is stored


# --- pace and connections -------------------------------------------------------------------


def test_a_device_past_30_notes_a_minute_gets_429_and_others_go_on(tight_room):
    async def scenario():
        async with Phone(tight_room) as fast, Phone(tight_room) as other:
            await fast.join()
            await other.join()
            results = [
                await fast.post("/notes", {"text": f"n{i}", "key": f"f{i}"}) for i in range(6)
            ]
            start = time.monotonic()
            calm = await other.note("Rolig", "o1")
            return results, calm, time.monotonic() - start

    results, calm, took = run(scenario())
    assert [r[0] for r in results] == [201] * 5 + [429]
    status, body, headers = results[-1]
    assert_clean_error(status, body, 429, "phone_too_many")
    assert int(headers["Retry-After"]) >= 1
    assert calm[0] == 201 and took < 1.0
    assert Limits().notes_per_minute == 30


def test_the_address_limit_lets_a_whole_room_behind_one_address_through(room):
    """60 phones behind one NAT address: join, state and a few writes each, all at once."""
    assert Limits().address_requests_per_minute >= 600

    async def phone_life(i):
        async with Phone(room) as phone:
            await phone.join()
            statuses = []
            for j in range(4):
                statuses.append((await phone.get("/state"))[0])
                statuses.append((await phone.note(f"Lapp {i}-{j}", f"{i}-{j}"))[0])
            for asset in ("/app.js", "/app.css", "/strings/nb"):
                statuses.append((await phone.get(asset))[0])
            return statuses

    async def scenario():
        return await asyncio.gather(*(phone_life(i) for i in range(60)))

    everything = [s for phone in run(scenario()) for s in phone]
    assert len(everything) == 60 * 11
    assert 429 not in everything
    assert set(everything) == {200, 201}


def test_an_address_past_its_limit_gets_429(tight_room):
    async def scenario():
        async with Phone(tight_room) as phone:
            statuses = [(await phone.get("/state"))[0] for _ in range(70)]
            return statuses

    statuses = run(scenario())
    assert statuses[:60] == [200] * 60
    assert 429 in statuses[60:]


def test_slow_connections_time_out_and_cannot_starve_new_phones(tight_room):
    """Slowloris: many sockets sending their headers a byte at a time."""
    host, port = "127.0.0.1", tight_room.server.port
    path = tight_room.server.settings.join_path
    request = f"GET {path}/state HTTP/1.1\r\nHost: {host}:{port}\r\nX-Slow: ".encode()
    slow = []
    for _ in range(120):  # more than the connection cap of this room (50)
        sock = socket.create_connection((host, port), timeout=5)
        sock.sendall(request[:10])
        slow.append(sock)
    try:
        # Keep dripping bytes while a new phone comes in.
        for sock in slow:
            with contextlib.suppress(OSError):
                sock.sendall(b"a")

        async def newcomer():
            start = time.monotonic()
            async with Phone(tight_room) as phone:
                await phone.join()
                state = await phone.state()
            return state, time.monotonic() - start

        state, took = run(newcomer())
        assert state["kind"] == "silent-writing"
        assert took < 2.0
        # Within the idle timeout (1 s here, 10 s by default) the server drops the slow ones.
        deadline = time.monotonic() + 5
        closed = 0
        for sock in slow:
            sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                while sock.recv(1024):
                    pass
                closed += 1
            except ConnectionResetError:
                closed += 1
            except TimeoutError:
                pass
        assert closed == len(slow)
    finally:
        for sock in slow:
            sock.close()


# --- headers on every response --------------------------------------------------------------


def test_every_response_carries_the_security_headers(tight_room):
    room = tight_room

    async def scenario():
        seen = []
        async with Phone(room) as phone:
            for path in ("", "/app.js", "/app.css", "/icon.svg", "/strings/en", "/state", "/x"):
                _, _, headers = await phone.get(path)
                seen.append((path, headers))
            seen.append(("/notes", (await phone.post("/notes", None, raw=b"x" * 20_000))[2]))
            seen.append(("/notes", (await phone.post("/notes", {"text": "a", "key": "b"}))[2]))
            async with phone.http.get(room.url + "/events") as stream:
                seen.append(("/events", stream.headers))
        return seen

    for path, headers in run(scenario()):
        for name, value in SECURITY_HEADERS.items():
            assert headers.get(name) == value, (path, name)
        assert "Server" not in headers, path
    assert "default-src 'self'" in SECURITY_HEADERS["Content-Security-Policy"]
    assert "unsafe-inline" not in SECURITY_HEADERS["Content-Security-Policy"]


def test_assets_are_served_with_their_types_and_nosniff(room):
    async def scenario():
        async with Phone(room) as phone:
            out = {}
            for name in ("app.js", "app.css", "icon.svg"):
                _, _, headers = await phone.get("/" + name)
                out[name] = headers["Content-Type"]
            return out

    types = run(scenario())
    assert types["app.js"].startswith("text/javascript")
    assert types["app.css"].startswith("text/css")
    assert types["icon.svg"] == "image/svg+xml"
