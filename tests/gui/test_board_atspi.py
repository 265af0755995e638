"""The board as a screen reader sees it, over AT-SPI: a real X display (Xvfb), a session bus and
the accessibility bus (at-spi2-core), the app with Qt's AT-SPI bridge, and a reader in the
system Python (pyatspi) that walks the tree and listens for focus events, as Orca does.

Skipped, with the reason, when Xvfb, dbus-daemon, at-spi2-core or Debian's python3-pyatspi is
missing (packaging/debian-packages.txt lists them for the tests).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "atspi"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
TEXTS = {"Mer lys i parken", "Flere benker ved elva", "Trygg skolevei"}


def _missing() -> str | None:
    if sys.platform != "linux":
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return "no system Python for pyatspi"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        return "Debian's python3-pyatspi is not installed"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


class Desktop:
    """Xvfb, a session bus and the accessibility bus, stopped again at the end."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []
        self.env = dict(os.environ)

    def start(self) -> None:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        self.procs.append(xvfb)
        display = b""
        with os.fdopen(read, "rb") as pipe:
            display = pipe.readline().strip()
        if not display:
            pytest.skip("Xvfb did not start")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.procs.append(bus)
        address = bus.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        self.env.update(
            DISPLAY=f":{display.decode()}",
            DBUS_SESSION_BUS_ADDRESS=address,
            XDG_RUNTIME_DIR=str(self.tmp),
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            LANGUAGE="en",
            NO_AT_BRIDGE="0",
        )
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        self.procs.append(
            subprocess.Popen(
                [launcher, "--launch-immediately"],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(1.0)

    def popen(self, args: list[str], **kwargs) -> subprocess.Popen:
        proc = subprocess.Popen(args, env=self.env, text=True, **kwargs)
        self.procs.append(proc)
        return proc

    def run(self, args: list[str], timeout: float = 60) -> str:
        done = subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


@pytest.fixture
def desktop(tmp_path):
    desk = Desktop(tmp_path)
    try:
        desk.start()
        yield desk
    finally:
        desk.stop()


@pytest.fixture
def app(desktop, tmp_path):
    proc = desktop.popen(
        [sys.executable, str(HERE / "app.py"), str(tmp_path / "library.sqlite")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        pytest.fail(f"the app did not start: {line!r} {proc.stderr.read()[-2000:]}")

    def send(command: str) -> str:
        proc.stdin.write(command + "\n")
        proc.stdin.flush()
        return proc.stdout.readline().strip()

    proc.send = send
    yield proc
    if proc.poll() is None:
        proc.stdin.write("quit\n")
        proc.stdin.flush()
        proc.wait(timeout=30)


def walk(node: dict, path=()):
    yield node, path
    for child in node["children"]:
        yield from walk(child, (*path, node))


def read_tree(desktop, pid: int) -> dict:
    return json.loads(desktop.run([SYSTEM_PYTHON, str(HERE / "read_tree.py"), "tree", str(pid)]))


def test_a_screen_reader_reaches_every_note_and_cluster(desktop, app):
    """The defect: over AT-SPI the board was one object with no children."""
    tree = read_tree(desktop, app.pid)
    nodes = list(walk(tree))
    [board] = [n for n, _ in nodes if n["name"] == "Board"]
    assert board["role"] == "list"
    inside = {n["name"]: (n, path) for n, path in walk(board)}
    assert set(inside) >= TEXTS, sorted(inside)
    note, path = inside["Mer lys i parken"]
    assert note["role"] == "list item"
    assert "Cluster Uterom" in note["description"] and "Principles: 7" in note["description"]
    assert "2 vote" in note["description"] and "Step 1" in note["description"]
    assert path[-1]["name"] == "Cluster Uterom"  # the note inside its cluster
    assert {"focusable", "selectable"} <= set(note["states"])
    loose, path = inside["Trygg skolevei"]
    assert path[-1] is board and loose["role"] == "list item"  # in no cluster


def test_the_focused_note_is_what_the_screen_reader_announces(desktop, app):
    first = app.send("focused").removeprefix("focused ")
    assert first in TEXTS
    listener = desktop.popen(
        [SYSTEM_PYTHON, str(HERE / "read_tree.py"), "focus", str(app.pid), "4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listener.stdout.readline().strip() == "listening"
    second = app.send("tab").removeprefix("focused ")
    third = app.send("tab").removeprefix("focused ")
    events = json.loads(listener.communicate(timeout=60)[0])
    announced = [e["name"] for e in events]
    assert second in TEXTS and len({first, second, third}) == 3  # Tab moved note by note
    assert announced[-2:] == [second, third], events  # each one announced as it got the focus
    assert all(e["role"] == "list item" for e in events)
    tree = read_tree(desktop, app.pid)
    focused = [n["name"] for n, _ in walk(tree) if "focused" in n["states"]]
    assert third in focused
