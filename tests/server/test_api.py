"""The participant API against a real server on 127.0.0.1: join, state, notes, votes, ratings."""

from __future__ import annotations

import asyncio
import time

import aiohttp

from tests.server.conftest import Phone, run, start_room
from workshop.services.evaluation import list_ratings
from workshop.services.minutes import build_minutes
from workshop.services.notes import list_notes, set_notes_deleted
from workshop.services.participation import set_revealed, set_vote_budget
from workshop.store.models import Note


def wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# --- join and state ------------------------------------------------------------------------


def test_join_gives_the_page_and_an_httponly_samesite_strict_device_cookie(room):
    async def scenario():
        async with (
            aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http,
            http.get(room.url, headers={"Accept-Language": "en-GB,en;q=0.9"}) as r,
        ):
            assert r.status == 200
            assert r.content_type == "text/html"
            page = await r.text()
            cookie = r.headers["Set-Cookie"]
        assert '<html lang="en">' in page
        assert room.server.room_code in page
        assert "HttpOnly" in cookie
        assert "SameSite=Strict" in cookie
        assert "Path=" + room.server.settings.join_path in cookie
        assert "<script>" not in page and "style=" not in page  # no inline script or style

    run(scenario())


def test_state_has_the_question_the_kind_and_no_vote_section_outside_a_vote(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            state = await phone.state()
        assert state["api"] == 1
        assert state["kind"] == "silent-writing"
        assert state["question"].startswith("Hva har fungert godt")
        assert state["step"]["position"] == 2
        assert state["session"]["room"] == room.server.room_code
        assert "vote" not in state

    run(scenario())


def test_the_page_speaks_bokmal_by_default_and_english_when_the_phone_asks(room):
    async def scenario():
        async with (
            Phone(room, language="nb-NO,nb;q=0.9,en;q=0.5") as nb,
            Phone(room, language="de-DE,en-US;q=0.8") as en,
        ):
            assert '<html lang="nb">' in await nb.join()
            assert '<html lang="en">' in await en.join()
            status, strings, _ = await nb.get("/strings/en")
            assert status == 200 and strings["send"] == "Send note"
            status, strings, _ = await nb.get("/strings/nb")
            assert strings["send"] == "Send lappen"
            status, strings, _ = await nb.get("/strings/nn")
            assert status == 200 and strings["note_label"] == "Lappen din"
            assert (await nb.get("/strings/de"))[0] == 404

    run(scenario())


# --- notes ---------------------------------------------------------------------------------


def test_a_note_lands_on_the_current_step_through_the_service_once_per_key(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            first = await phone.note("Lengre åpningstider på lørdager", "note-1")
            again = await phone.note("Lengre åpningstider på lørdager", "note-1")
            other = await phone.note("Flere sitteplasser", "note-2")
        return first, again, other

    first, again, other = run(scenario())
    assert first[0] == 201 and first[1]["status"] == "on_board"
    assert again[0] == 200 and again[1]["repeated"] is True
    assert again[1]["note"] == first[1]["note"]
    assert other[0] == 201
    notes = list_notes(room.lib, room.session_id)
    assert [n.text for n in notes] == ["Lengre åpningstider på lørdager", "Flere sitteplasser"]
    assert {n.origin for n in notes} == {"phone"}
    assert {n.step_position for n in notes} == {2}
    assert notes[0].author is None and notes[0].group == ""
    wait_for(lambda: len(room.events.added) == 2)
    assert room.events.added == [notes[0].id, notes[1].id]


def test_a_phone_note_is_stamped_undoable_and_in_the_minutes(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.note("Kaffe i lesesalen", "k")

    status, body = run(scenario())
    assert status == 201
    note_id = body["note"]
    with room.lib.read() as s:
        note = s.get(Note, note_id)
        assert note.stamps and "*" in note.stamps
        assert note.device_id == room.lib.device_id
    # What the laptop's undo does: delete and bring back through the same services.
    set_notes_deleted(room.lib, room.session_id, [note_id], True)
    assert list_notes(room.lib, room.session_id) == []
    set_notes_deleted(room.lib, room.session_id, [note_id], False)
    assert [n.id for n in list_notes(room.lib, room.session_id)] == [note_id]
    minutes = build_minutes(room.lib, room.session_id)
    assert "Kaffe i lesesalen" in repr(minutes)


def test_notes_are_taken_whatever_the_step_and_the_session_status(room):
    from workshop.services.sessions import update_session

    room.step("vote")
    update_session(room.lib, room.session_id, status="finished")

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.note("Etterpå kom jeg på dette", "late")

    assert run(scenario())[0] == 201
    (note,) = list_notes(room.lib, room.session_id)
    assert note.step_position == get_vote_position(room)


def get_vote_position(room) -> int:
    from workshop.services.sessions import get_session

    steps = get_session(room.lib, room.session_id).steps
    return next(s.position for s in steps if s.kind == "vote")


def test_script_is_stored_and_served_as_text(room):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            assert (await phone.note(evil, "evil"))[0] == 201
            room.step("vote")
            for _ in range(50):
                state = await phone.state()
                if state["kind"] == "vote":
                    return state
                await asyncio.sleep(0.05)

    state = run(scenario())
    assert [n["text"] for n in state["vote"]["notes"]] == [evil]  # JSON, rendered by textContent
    assert list_notes(room.lib, room.session_id)[0].text == evil


def test_queued_notes_answer_202_and_wait_for_the_facilitator(queue_room):
    from workshop.services.participation import list_pending

    async def scenario():
        async with Phone(queue_room) as phone:
            await phone.join()
            first = await phone.note("Til køen", "q1")
            again = await phone.note("Til køen", "q1")
            return first, again

    first, again = run(scenario())
    assert first[0] == 202 and first[1]["status"] == "queued"
    assert again[0] == 200 and again[1]["status"] == "queued" and again[1]["repeated"]
    assert list_notes(queue_room.lib, queue_room.session_id) == []
    (pending,) = list_pending(queue_room.lib, queue_room.session_id)
    assert pending.text == "Til køen"
    wait_for(lambda: queue_room.events.queued == [pending.id])


# --- votes ---------------------------------------------------------------------------------


def _vote_room(room, texts=("Lørdagsåpent", "Kafé", "Lekser")) -> list[str]:
    from workshop.services.notes import add_note

    ids = [add_note(room.lib, room.session_id, text) for text in texts]
    room.step("vote")
    return ids


def test_votes_within_the_budget_then_409_and_totals_hidden_until_revealed(room):
    ids = _vote_room(room)

    async def scenario():
        async with Phone(room) as a, Phone(room) as b:
            await a.join()
            await b.join()
            state = await a.state()
            assert state["vote"]["budget"] == 3 and state["vote"]["left"] == 3
            assert all("votes" not in n for n in state["vote"]["notes"])
            results = [await a.vote(ids[0], f"a{i}") for i in range(3)]
            past = await a.vote(ids[1], "a-past")
            repeat = await a.vote(ids[0], "a0")
            b_vote = await b.vote(ids[0], "b0")
            back = await a.vote(ids[0], "a-back", delta=-1)
            none_here = await a.vote(ids[2], "a-none", delta=-1)
            after = await a.state()
            set_revealed(room.lib, room.session_id, after["step"]["id"], True)
            shown = await b.state()
            return results, past, repeat, b_vote, back, none_here, after, shown

    results, past, repeat, b_vote, back, none_here, after, shown = run(scenario())
    assert [r[0] for r in results] == [201, 201, 201]
    assert [r[1]["left"] for r in results] == [2, 1, 0]
    assert past[0] == 409 and past[1]["error"] == "phone_budget_spent"
    assert "3" in past[1]["message"]
    assert repeat[0] == 200 and repeat[1]["repeated"]
    assert b_vote[0] == 201 and b_vote[1]["left"] == 2  # another phone has its own budget
    assert back[0] == 201 and back[1]["mine"] == 2 and back[1]["left"] == 1
    assert none_here[0] == 409 and none_here[1]["error"] == "phone_no_dot_here"
    assert after["vote"]["left"] == 1
    assert {n["id"]: n["mine"] for n in after["vote"]["notes"]}[ids[0]] == 2
    totals = {n["id"]: n["votes"] for n in shown["vote"]["notes"]}
    assert totals == {ids[0]: 3, ids[1]: 0, ids[2]: 0}
    assert {n.id: n.votes for n in list_notes(room.lib, room.session_id)}[ids[0]] == 3


def test_the_budget_holds_across_a_server_restart(lib, room_session):
    room = start_room(lib, room_session)
    ids = _vote_room(room)
    set_vote_budget(lib, room_session, room.step("vote"), 2)

    async def phase(r, key_prefix, count, cookie=None):
        async with Phone(r) as phone:
            if cookie:
                phone.http.cookie_jar.update_cookies({"verksted_device": cookie})
            await phone.join()
            results = [await phone.vote(ids[0], f"{key_prefix}{i}") for i in range(count)]
            (kept,) = [c.value for c in phone.http.cookie_jar if c.key == "verksted_device"]
            return results, kept

    first, cookie = run(phase(room, "x", 1))
    port = room.server.port
    room.server.stop()
    again = start_room(lib, room_session, port=port)
    try:
        second, same = run(phase(again, "y", 2, cookie))
    finally:
        again.server.stop()
    assert same == cookie  # the phone kept its device token
    assert [s for s, _ in first] == [201]
    assert [s for s, _ in second] == [201, 409]


def test_a_vote_outside_a_vote_step_is_a_conflict(room):
    from workshop.services.notes import add_note

    note_id = add_note(room.lib, room.session_id, "Noe")

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.vote(note_id, "v")

    status, body = run(scenario())
    assert status == 409 and body["error"] == "phone_not_voting"
    assert list_notes(room.lib, room.session_id)[0].votes == 0


def test_a_vote_on_another_sessions_note_is_404(room, lib):
    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session

    other = create_session(lib, "focus-group", "En annen økt")
    foreign = add_note(lib, other, "Ikke din")
    _vote_room(room, ("Egen",))

    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.vote(foreign, "f")

    assert run(scenario())[0] == 404
    assert list_notes(lib, other)[0].votes == 0


# --- ratings -------------------------------------------------------------------------------


def test_ratings_on_an_evaluate_step_one_per_phone_changeable(room):
    step_id = room.step("evaluate")

    async def scenario():
        async with Phone(room) as a, Phone(room) as b:
            await a.join()
            await b.join()
            first = await a.rate(4, "r1")
            repeat = await a.rate(4, "r1")
            change = await a.rate(2, "r2")
            other = await b.rate(5, "r3")
            bad = await b.rate(6, "r4")
            state = await a.state()
            return first, repeat, change, other, bad, state

    first, repeat, change, other, bad, state = run(scenario())
    assert (first[0], repeat[0], change[0], other[0]) == (201, 200, 201, 201)
    assert bad[0] == 400 and bad[1]["error"] == "rating_invalid"
    assert state["rating"]["mine"] == 2
    ratings = list_ratings(room.lib, room.session_id)
    assert sorted(r.value for r in ratings) == [2, 5]
    assert {r.step_id for r in ratings} == {step_id}


def test_a_rating_outside_an_evaluate_step_is_a_conflict(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.rate(3, "r")

    status, body = run(scenario())
    assert status == 409 and body["error"] == "phone_not_rating"
    assert list_ratings(room.lib, room.session_id) == []


# --- following the facilitator ---------------------------------------------------------------


def test_events_push_a_new_mark_when_the_facilitator_changes_step(room):
    async def scenario():
        async with Phone(room) as phone:
            await phone.join()
            async with phone.http.get(room.url + "/events") as stream:
                assert stream.headers["Content-Type"].startswith("text/event-stream")
                marks = []
                async for line in stream.content:
                    text = line.decode().strip()
                    if text.startswith("data:") and '"mark"' in text:
                        marks.append(text)
                        if len(marks) == 1:
                            await asyncio.to_thread(room.step, "vote")
                        else:
                            return marks

    marks = asyncio.run(asyncio.wait_for(scenario(), 10))
    assert marks[0] != marks[1]
    wait_for(lambda: len(room.events.steps) >= 1)


def test_the_server_stops_with_the_session(room):
    from workshop.services.purge import purge_session

    purge_session(room.lib, room.session_id)
    assert room.server.wait(10)
    assert room.events.stopped == ["gone"]


def test_the_server_counts_the_phones_in_the_room(lib, room_session):
    """Phones that joined and asked something lately, or hold the event stream open, count;
    a phone that went quiet stops counting."""
    from workshop.server.limits import Limits

    room = start_room(lib, room_session, limits=Limits(phone_quiet=1.5))
    assert room.server.phones == 0

    async def scenario():
        async with Phone(room) as first, Phone(room) as second, Phone(room) as third:
            for phone in (first, second, third):
                await phone.join()
            await first.state()
            await first.state()  # the same phone twice is one phone
            await asyncio.to_thread(wait_for, lambda: room.server.phones == 3)
            async with second.http.get(room.url + "/events") as stream:
                await stream.content.readline()
                # Only the open stream keeps the second phone counted once all went quiet.
                await asyncio.to_thread(wait_for, lambda: room.server.phones == 1)
            await asyncio.to_thread(wait_for, lambda: room.server.phones == 0)

    try:
        run(scenario())
    finally:
        room.server.stop()


def test_an_approved_session_refuses_phones_with_423_and_stores_nothing(room):
    from workshop.export.approval import approve_minutes

    async def before():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.note("Før godkjenningen", "note-1")

    assert run(before())[0] == 201
    approve_minutes(room.lib, room.session_id, by="Kari Nordmann")

    async def after():
        async with Phone(room) as phone:
            await phone.join()
            return await phone.note("Etter godkjenningen", "note-2")

    status, body = run(after())
    assert status == 423
    assert body["error"] == "session_locked" and "Kari Nordmann" in body["message"]
    assert [n.text for n in list_notes(room.lib, room.session_id)] == ["Før godkjenningen"]
