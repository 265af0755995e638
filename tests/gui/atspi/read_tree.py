"""Read an application's accessibility tree over AT-SPI (run with the system Python, which
has pyatspi): ``python3 read_tree.py tree PID`` prints the tree as JSON; ``python3
read_tree.py focus PID SECONDS`` prints ``listening``, then collects the focus events of that
application for SECONDS and prints them as JSON."""

from __future__ import annotations

import json
import sys
import time

import pyatspi


def application(pid: int, wait: float = 20.0):
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        time.sleep(0.3)
    raise SystemExit(f"no application with pid {pid} on the AT-SPI bus")


def node(acc, depth: int = 0) -> dict:
    states = acc.getState().getStates()
    found = {
        "role": acc.getRoleName(),
        "name": acc.name,
        "description": acc.description,
        "states": sorted(pyatspi.stateToString(s) for s in states),
        "children": [],
    }
    if depth < 14:
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                found["children"].append(node(child, depth + 1))
    return found


def tree(pid: int) -> None:
    print(json.dumps(node(application(pid))))


def focus(pid: int, seconds: float) -> None:
    from gi.repository import GLib

    application(pid)
    events = []

    def on_event(event) -> None:
        try:
            if event.source.get_process_id() == pid and event.detail1 == 1:
                events.append(
                    {
                        "type": event.type,
                        "name": event.source.name,
                        "role": event.source.getRoleName(),
                    }
                )
        except Exception:
            pass

    pyatspi.Registry.registerEventListener(on_event, "object:state-changed:focused", "focus:")
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    GLib.timeout_add(300, lambda: print("listening", flush=True) and False)
    loop.run()
    print(json.dumps(events), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "tree":
        tree(int(sys.argv[2]))
    else:
        focus(int(sys.argv[2]), float(sys.argv[3]))
