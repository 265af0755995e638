"""Phones posting notes: the participant server against a bare aiohttp + sqlite3 floor.

60 simulated phones post 10 notes each, all at once, over loopback (127.0.0.1). Reported: the
note round trip (median and p95) through the participant server, the same for a bare aiohttp
handler doing one sqlite3 INSERT + COMMIT with the library's pragmas (the floor), their p95
ratio, and the laptop's own capture (``add_note`` from the main thread, as the capture line
calls it) while the phones post, against the same without phones.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import percentile, report

PHONES = 60
NOTES = 10
CAPTURE_EVERY = 0.02  # seconds between the laptop's own notes during the load


async def _phones(url: str, origin: str) -> list[float]:
    import aiohttp

    async def phone(i: int) -> list[float]:
        times = []
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(url) as r:
                assert r.status == 200, r.status

            async def send(j: int) -> None:
                body = json.dumps({"text": f"Telefon {i}, lapp {j}", "key": f"{i}-{j}"})
                start = time.perf_counter()
                async with http.post(
                    url + "/notes",
                    data=body,
                    headers={"Content-Type": "application/json", "Origin": origin},
                ) as r:
                    await r.read()
                    assert r.status == 201, r.status
                times.append(time.perf_counter() - start)

            await asyncio.gather(*(send(j) for j in range(NOTES)))
        return times

    results = await asyncio.gather(*(phone(i) for i in range(PHONES)))
    return [t for phone_times in results for t in phone_times]


def _load_in_thread(url: str, origin: str) -> tuple[threading.Thread, list]:
    box: list = []
    thread = threading.Thread(target=lambda: box.append(asyncio.run(_phones(url, origin))))
    thread.start()
    return thread, box


def bench_floor(directory: Path) -> list[float]:
    """A bare aiohttp handler: parse the JSON, INSERT + COMMIT in one writer thread."""
    from aiohttp import web

    conn = sqlite3.connect(
        directory / "floor.sqlite", isolation_level=None, check_same_thread=False
    )
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "busy_timeout = 10000",
        "secure_delete = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, key TEXT UNIQUE, text TEXT)")
    writer = ThreadPoolExecutor(1)

    def insert(text: str, key: str) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO notes VALUES (?, ?, ?)", (str(uuid.uuid4()), key, text))
        conn.execute("COMMIT")

    async def page(request):
        return web.Response(text="ok")

    async def notes(request):
        data = await request.json()
        await asyncio.get_running_loop().run_in_executor(writer, insert, data["text"], data["key"])
        return web.json_response({"status": "on_board"}, status=201)

    ready = threading.Event()
    state: dict = {}

    def serve() -> None:
        async def main() -> None:
            app = web.Application()
            app.router.add_get("/j/floor", page)
            app.router.add_post("/j/floor/notes", notes)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            state["port"] = runner.addresses[0][1]
            state["stop"] = asyncio.Event()
            ready.set()
            await state["stop"].wait()
            await runner.cleanup()

        state["loop"] = asyncio.new_event_loop()
        state["loop"].run_until_complete(main())

    thread = threading.Thread(target=serve)
    thread.start()
    ready.wait(10)
    origin = f"http://127.0.0.1:{state['port']}"
    times = asyncio.run(_phones(origin + "/j/floor", origin))
    state["loop"].call_soon_threadsafe(state["stop"].set)
    thread.join()
    writer.shutdown()
    conn.close()
    return times


def bench_server(directory: Path) -> tuple[list[float], list[float], list[float]]:
    """The participant server under the load, and the laptop's capture with and without it."""
    from workshop.server.limits import Limits
    from workshop.server.runner import ParticipantServer
    from workshop.services.notes import add_note, list_notes
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    lib = Library.open(directory / "server.sqlite")
    session_id = create_session(lib, "library-evening", "Benchmark")
    idle = []
    for i in range(200):
        start = time.perf_counter()
        add_note(lib, session_id, f"Fra laptopen {i}")
        idle.append(time.perf_counter() - start)
        time.sleep(CAPTURE_EVERY / 4)
    server = ParticipantServer(
        lib,
        session_id,
        host="127.0.0.1",
        port=0,
        auto_accept=True,
        limits=Limits(address_requests_per_minute=100_000, address_burst=100_000),
    )
    url = server.start()
    origin = url.split("/j/")[0]
    thread, box = _load_in_thread(url, origin)
    busy = []
    i = 0
    while thread.is_alive():
        start = time.perf_counter()
        add_note(lib, session_id, f"Fra laptopen under last {i}")
        busy.append(time.perf_counter() - start)
        i += 1
        time.sleep(CAPTURE_EVERY)
    thread.join()
    server.stop()
    phone_notes = [n for n in list_notes(lib, session_id) if n.origin == "phone"]
    assert len(phone_notes) == PHONES * NOTES, len(phone_notes)
    lib.close()
    return box[0], idle, busy


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        floor = bench_floor(Path(tmp))
        phones, idle, busy = bench_server(Path(tmp))
    n = PHONES * NOTES
    report(f"floor: bare aiohttp + INSERT/COMMIT, {PHONES}×{NOTES} at once", floor)
    report(f"participant server note round trip, {PHONES}×{NOTES} at once", phones)
    ratio = percentile(phones, 0.95) / percentile(floor, 0.95)
    print(f"{'ratio server / floor (p95)':<52} {ratio:8.2f} x   (n={n})")
    idle_ms = report("laptop add_note, no phones", idle)
    busy_ms = report(f"laptop add_note while {PHONES} phones post", busy)
    print(f"{'ratio capture under load / idle (median)':<52} {busy_ms / idle_ms:8.2f} x")


if __name__ == "__main__":
    main()
