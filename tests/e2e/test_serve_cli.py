"""``workshop serve`` as a real process: the join URL first on stdout, SIGTERM ends it with 0."""

from __future__ import annotations

import http.cookiejar
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def cli(library: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, LANGUAGE=lang, WORKSHOP_LIBRARY=str(library))
    proc = subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def start_serve(library: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, LANGUAGE="en", WORKSHOP_LIBRARY=str(library))
    return subprocess.Popen(
        [sys.executable, "-m", "workshop", "serve", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def first_line(proc: subprocess.Popen, timeout: float = 30) -> str:
    """The first stdout line, read while the process keeps running (as a script would)."""
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    assert box, "no join URL on stdout in time"
    return box[0]


@pytest.fixture
def session(library_path) -> str:
    proc = cli(library_path, "new", "focus-group", "--title", "Mobilrom")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_serve_prints_the_url_first_takes_a_note_and_exits_0_on_sigterm(library_path, session):
    proc = start_serve(library_path, session, "--host", "127.0.0.1", "--port", "0", "--auto-accept")
    try:
        line = first_line(proc)
        assert line.endswith("\n")
        url = line.strip()
        assert url.startswith("http://127.0.0.1:") and "/j/" in url
        assert "?" not in url and "#" not in url
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        assert opener.open(url, timeout=10).status == 200
        request = urllib.request.Request(
            url + "/notes",
            data=json.dumps({"text": "Fra en mobil i rommet", "key": "e2e-1"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        response = opener.open(request, timeout=10)
        assert response.status == 201
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out == ""  # nothing after the URL on stdout
    assert "Traceback" not in err
    assert "room code" in err and "Stopped. Notes from phones: 1" in err
    shown = json.loads(cli(library_path, "show", session, "--json").stdout)
    notes = [(n["text"], n["origin"]) for n in shown["notes"]]
    assert notes == [("Fra en mobil i rommet", "phone")]


def test_serve_stops_on_sigint_with_0_too(library_path, session):
    proc = start_serve(library_path, session, "--host", "127.0.0.1", "--port", "0")
    try:
        assert first_line(proc).startswith("http://127.0.0.1:")
    finally:
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "wait in the queue" in err


def test_a_port_in_use_is_one_clear_line_and_exit_1(library_path, session):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = cli(library_path, "serve", session, "--host", "127.0.0.1", "--port", str(port))
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"Port {port} on 127.0.0.1 is in use" in lines[0]


def test_serve_refuses_an_unknown_session_and_a_bad_port(library_path, session):
    proc = cli(library_path, "serve", "no-such-session", "--host", "127.0.0.1", "--port", "0")
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
    proc = cli(library_path, "serve", session, "--port", "99999")
    assert proc.returncode == 2 and "invalid port" in proc.stderr
    proc = cli(library_path, "serve", session, "--host", "203.0.113.9", "--port", "0")
    assert proc.returncode == 1 and "Cannot listen on 203.0.113.9" in proc.stderr


def _post_notes(url: str, texts: list[str]) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    assert opener.open(url, timeout=10).status == 200
    for i, text in enumerate(texts):
        request = urllib.request.Request(
            url + "/notes",
            data=json.dumps({"text": text, "key": f"q-{i}"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        assert opener.open(request, timeout=10).status == 202


def test_the_queue_is_moderated_headless_while_serve_runs(library_path, session):
    proc = start_serve(library_path, session, "--host", "127.0.0.1", "--port", "0")
    try:
        url = first_line(proc).strip()
        _post_notes(url, ["Skirvefeil her", "Noe stygt", "Linje en\nlinje to"])

        listed = cli(library_path, "queue", session)
        assert listed.returncode == 0, listed.stderr
        lines = listed.stdout.splitlines()
        assert len(lines) == 3
        assert lines[0].endswith("Skirvefeil her") and lines[2].endswith("Linje en / linje to")
        as_json = json.loads(cli(library_path, "queue", session, "--json").stdout)
        assert [item["text"] for item in as_json] == [
            "Skirvefeil her",
            "Noe stygt",
            "Linje en\nlinje to",
        ]
        first, second, third = (item["id"] for item in as_json)
        assert lines[0].startswith(first[:8])

        approved = cli(
            library_path, "queue", session, "--approve", first[:8], "--text", "Skrivefeil"
        )
        assert approved.returncode == 0, approved.stderr
        note_id = approved.stdout.strip()
        assert len(note_id) == 36 and approved.stdout == note_id + "\n"
        rejected = cli(library_path, "queue", session, "--reject", second)
        assert rejected.returncode == 0 and rejected.stdout == ""
        assert "Rejected and deleted for good" in rejected.stderr

        wrong = cli(library_path, "queue", session, "--reject", second)
        assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1
        assert "No waiting note" in wrong.stderr
        usage = cli(library_path, "queue", session, "--text", "x")
        assert usage.returncode == 2 and "--text goes with --approve" in usage.stderr
        both = cli(library_path, "queue", session, "--approve", third, "--reject", third)
        assert both.returncode == 2
        assert [
            i["id"] for i in json.loads(cli(library_path, "queue", session, "--json").stdout)
        ] == [third]
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    shown = json.loads(cli(library_path, "show", session, "--json").stdout)
    assert [(n["id"], n["text"], n["origin"]) for n in shown["notes"]] == [
        (note_id, "Skrivefeil", "phone")
    ]
    cli(library_path, "queue", session, "--reject", third[:6])
    empty = cli(library_path, "queue", session)
    assert empty.returncode == 0 and empty.stdout == ""
    assert "No notes are waiting" in empty.stderr
