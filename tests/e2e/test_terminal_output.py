"""What the command line prints never drives the terminal: ESC, CR, other C0 and C1 controls and
bidi overrides in notes, titles, owners and typed arguments (from a CSV, a session file or the
command line) are shown as visible escapes in every listing and error, and as JSON escapes in
``--json`` (the data unchanged). Suggested export file names leave them out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop.controls import UNSAFE, visible, without_controls
from workshop.export.formats import EXPORT_FORMATS, suggested_file_name
from workshop.services.actions import add_action
from workshop.services.notes import add_note
from workshop.services.sessions import create_session
from workshop.store.db import Library

# Clear the screen, set the window title, overwrite the line, a C1 CSI, a right-to-left override.
HOSTILE = "A\x1b[2J\x1b]0;eid\x07\rB\x9b31mC\u202eD\u2066E\x00F\x7fG"
TERMINAL_CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]
BIDI = [
    "\u061c",
    "\u200e",
    "\u200f",
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
]


def run(library: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), *args],
        env=dict(os.environ, LANGUAGE="en"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="strict",
        timeout=60,
    )


def assert_safe(text: str) -> None:
    bad = sorted({c for c in text if c in TERMINAL_CONTROLS or c in BIDI})
    assert bad == [], [hex(ord(c)) for c in bad]


@pytest.fixture
def hostile(tmp_path) -> tuple[Path, str, str]:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        sid = create_session(
            lib, "politician-workshop", f"Tittel {HOSTILE}", session_date=date(2026, 3, 4)
        )
        note = add_note(lib, sid, f"Lapp {HOSTILE}")
        add_action(lib, sid, f"Tiltak {HOSTILE}", owner=f"Eier {HOSTILE}")
    return path, sid, note


@pytest.mark.parametrize(
    "command",
    [("sessions",), ("show", "{sid}"), ("show", "{sid}", "--all"), ("actions",)],
    ids=["sessions", "show", "show-all", "actions"],
)
def test_listings_show_controls_as_escapes(hostile, command):
    path, sid, _note = hostile
    proc = run(path, *(arg.format(sid=sid) for arg in command))
    assert proc.returncode == 0, proc.stderr
    assert_safe(proc.stdout + proc.stderr)
    assert "\\x1b[2J" in proc.stdout and "\\x1b]0;eid\\x07" in proc.stdout
    assert "\\x9b31m" in proc.stdout and "\\u202e" in proc.stdout and "\\x00" in proc.stdout
    if command[0] == "actions":  # one line per action, its text's line breaks shown as ⏎
        assert len(proc.stdout.splitlines()) == 1
        assert "\\x07 ⏎ B" in proc.stdout
    else:  # the title keeps its CR: shown, not obeyed
        assert f"Tittel {visible(HOSTILE)}" in proc.stdout


@pytest.mark.parametrize("command", [("sessions", "--json"), ("show", "{sid}", "--json")])
def test_json_escapes_controls_and_keeps_the_data(hostile, command):
    path, sid, _note = hostile
    proc = run(path, *(arg.format(sid=sid) for arg in command))
    assert proc.returncode == 0, proc.stderr
    assert_safe(proc.stdout)
    data = json.loads(proc.stdout)
    titles = [s["title"] for s in data] if isinstance(data, list) else [data["title"]]
    assert titles == [f"Tittel {HOSTILE}"]
    if isinstance(data, dict):
        # (capture turned the CR into a line break, as for every note)
        assert [n["text"] for n in data["notes"]] == [f"Lapp {HOSTILE}".replace("\r", "\n")]


def test_an_error_naming_a_typed_value_stays_one_safe_line(hostile):
    path, _sid, _note = hostile
    typed = HOSTILE.replace("\x00", "")  # a command line cannot hold a NUL
    proc = run(path, "show", f"abcd{typed}\nline two")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("workshop: ")
    assert_safe(proc.stderr)
    assert "\\x1b[2j" in proc.stderr and "\\x0aline two" in proc.stderr  # the ref in lower case


def test_imported_csv_text_is_shown_safely(hostile, tmp_path):
    path, sid, _note = hostile
    csv_file = tmp_path / "innspill.csv"
    csv_file.write_text('text\n"Fra CSV \x1b]0;tittel\x07 \x1b[31m rød \u202e"\n', encoding="utf-8")
    assert run(path, "import", sid, str(csv_file)).returncode == 0
    proc = run(path, "show", sid)
    assert_safe(proc.stdout)
    assert "Fra CSV \\x1b]0;tittel\\x07" in proc.stdout


def test_visible_and_without_controls():
    assert visible("a\tb\nc\x1b") == "a\tb\nc\\x1b"
    assert visible("a\tb\nc", lines=False) == "a\\x09b\\x0ac"
    assert without_controls(HOSTILE) == "A[2J]0;eidB31mCDEFG"
    assert UNSAFE.search("vanlig tekst – «æøå» 😀 עברית") is None


class _Session:
    date = date(2026, 3, 4)
    template_name = "Politiker\x00verksted"
    title = "Referat\u202efdp.exe\x1b[2J \x07møte\r\nnr 2"


def test_suggested_file_names_drop_controls():
    from workshop.export.formats import file_name_part

    names = [suggested_file_name(_Session, fmt.suffix) for fmt in EXPORT_FORMATS]
    assert names[0] == "2026-03-04_Politikerverksted_Referatfdp.exe[2J-møte-nr-2.pdf"
    for name in names:
        assert_safe(name)
    assert file_name_part("\u202e\x00\x1b") == "okt"
