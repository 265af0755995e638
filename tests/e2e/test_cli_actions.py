"""``workshop action add|set`` and ``workshop actions``: in this process, and the contract (the
UUID alone on stdout, one-line errors, exit codes, the JSON shape) through real processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from workshop.cli import main

UUID_LINE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n")
JSON_KEYS = {
    "id",
    "text",
    "owner",
    "due",
    "status",
    "session",
    "session_title",
    "comment",
    "principles",
    "notes",
    "story",
    "overdue",
}


class Cli:
    def __init__(self, library: Path, capsys, monkeypatch) -> None:
        self.library, self.capsys, self.monkeypatch = library, capsys, monkeypatch

    def __call__(self, *args: str, lang: str = "en") -> tuple[int, str, str]:
        self.monkeypatch.setenv("LANGUAGE", lang)
        self.capsys.readouterr()
        code = main(["--library", str(self.library), *args])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    def ok(self, *args: str, lang: str = "en") -> tuple[str, str]:
        code, out, err = self(*args, lang=lang)
        assert code == 0, err
        return out, err

    def created(self, *args: str) -> str:
        out, err = self.ok(*args)
        assert UUID_LINE.fullmatch(out), out
        assert err == ""
        return out.strip()

    def fails(self, code: int, *args: str, lang: str = "en") -> str:
        got, out, err = self(*args, lang=lang)
        assert (got, out) == (code, ""), (got, out, err)
        assert err.startswith("workshop: ") and err.count("\n") == 1, err
        return err.rstrip("\n")

    def actions(self, *args: str) -> list[dict]:
        out, _ = self.ok("actions", "--json", *args)
        return json.loads(out)


@pytest.fixture
def cli(library_path, capsys, monkeypatch) -> Cli:
    return Cli(library_path, capsys, monkeypatch)


def run(library: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), *args],
        env=dict(os.environ, LANGUAGE=lang),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


# --- in this process ------------------------------------------------------------------------


def test_action_add_with_every_option_and_note_prefixes(cli):
    session = cli.created("new", "politician-workshop", "--title", "Verksted")
    a = cli.created("add", session, "Benker langs stien", "--principle", "3")
    b = cli.created("add", session, "Lys i løypa", "--principle", "7")
    action = cli.created(
        "action", "add", session[:6], "Bestill benker", "--owner", "Teknisk drift",
        "--due", "2030-06-01", "--note", a[:5], "--note", b,
    )  # fmt: skip
    [shown] = cli.actions()
    assert set(shown) == JSON_KEYS
    assert shown == {
        "id": action,
        "text": "Bestill benker",
        "owner": "Teknisk drift",
        "due": "2030-06-01",
        "status": "open",
        "session": session,
        "session_title": "Verksted",
        "comment": "",
        "principles": [3, 7],  # those of the notes
        "notes": [a, b],
        "story": False,
        "overdue": False,
    }
    chosen = cli.created("action", "add", session, "Eget", "--note", a, "--principle", "9")
    assert {x["id"]: x["principles"] for x in cli.actions()}[chosen] == [9]


def test_action_set_changes_and_clears(cli):
    session = cli.created("new", "politician-workshop", "--title", "T")
    action = cli.created("action", "add", session, "Ring", "--due", "2030-01-01")
    out, err = cli.ok(
        "action", "set", action[:6], "--status", "done", "--comment", "Ringte 3. mars",
        "--owner", "Kari", "--story",
    )  # fmt: skip
    assert (out, err) == ("", "Saved.\n")
    [shown] = cli.actions()
    assert (shown["status"], shown["comment"], shown["owner"], shown["story"]) == (
        "done",
        "Ringte 3. mars",
        "Kari",
        True,
    )
    cli.ok("action", "set", action, "--no-due", "--no-story")
    [shown] = cli.actions()
    assert (shown["due"], shown["story"], shown["status"]) == (None, False, "done")
    cli.ok("action", "set", action, "--due", "2031-02-03")
    assert cli.actions()[0]["due"] == "2031-02-03"


def test_actions_filters(cli):
    first = cli.created("new", "politician-workshop", "--title", "Første")
    second = cli.created("new", "focus-group", "--title", "Andre")
    past = (date.today() - timedelta(days=3)).isoformat()
    late = cli.created("action", "add", first, "Sent", "--owner", "Kari Ødegård", "--due", past)
    closed = cli.created("action", "add", second, "Ferdig", "--owner", "Ola", "--due", past)
    cli.ok("action", "set", closed, "--status", "done")
    later = cli.created("action", "add", second, "Senere", "--owner", "Kari")

    assert [a["id"] for a in cli.actions("--overdue")] == [late]
    assert cli.actions("--overdue")[0]["overdue"] is True
    assert [a["id"] for a in cli.actions("--owner", "KARI")] == [late, later]
    assert [a["id"] for a in cli.actions("--session", second[:5])] == [closed, later]
    assert [a["id"] for a in cli.actions("--status", "done")] == [closed]
    out, _ = cli.ok("actions", "--overdue")
    assert out == f"{late[:8]}  {past}  open         Kari Ødegård     Sent  [overdue]\n"
    out, _ = cli.ok("actions", "--overdue", lang="nb_NO")
    assert out.endswith("Sent  [forfalt]\n")
    out, err = cli.ok("actions", "--owner", "nobody")
    assert (out, err) == ("", "No actions.\n")


def test_action_errors(cli):
    session = cli.created("new", "politician-workshop", "--title", "T")
    action = cli.created("action", "add", session, "Ring")
    assert cli.fails(1, "action", "add", session, "  ") == "workshop: The action is empty"
    assert "Principle 11 does not exist" in cli.fails(
        1, "action", "add", session, "x", "--principle", "11"
    )
    assert cli.fails(1, "action", "add", session, "x", "--note", "ffff") == (
        "workshop: No note “ffff”"
    )
    assert cli.fails(1, "action", "set", action) == (
        "workshop: Nothing to change: use --status, --comment, --owner, --due, --no-due or --story"
    )
    assert cli.fails(1, "action", "set", "ffff", "--status", "done") == (
        "workshop: No action “ffff”"
    )
    assert "too short" in cli.fails(1, "action", "set", "abc", "--status", "done")
    assert "closed" in cli.fails(2, "action", "set", action, "--status", "closed")
    assert "2030-02-30" in cli.fails(2, "action", "add", session, "x", "--due", "2030-02-30")
    assert "--no-due" in cli.fails(2, "action", "set", action, "--due", "2030-01-01", "--no-due")
    assert "add|set" in cli.fails(2, "action")
    assert "frobnicate" in cli.fails(2, "action", "frobnicate")
    err = cli.fails(1, "action", "add", session, "  ", lang="nb_NO")
    assert err == "workshop: Tiltaket er tomt"
    assert [a["text"] for a in cli.actions()] == ["Ring"]  # the refused commands left nothing


# --- real processes -------------------------------------------------------------------------


def test_action_add_prints_exactly_the_uuid_in_a_process(tmp_path):
    library = tmp_path / "lib.sqlite"
    session = run(library, "new", "politician-workshop", "--title", "T").stdout.strip()
    note = run(library, "add", session, "Lapp", "--principle", "4").stdout.strip()
    proc = run(library, "action", "add", session, "Følg opp æøå", "--note", note[:6])
    assert proc.returncode == 0, proc.stderr
    assert UUID_LINE.fullmatch(proc.stdout), proc.stdout
    assert proc.stderr == ""
    action = proc.stdout.strip()
    proc = run(library, "actions", "--json")
    [shown] = json.loads(proc.stdout)
    assert set(shown) == JSON_KEYS
    assert shown["id"] == action
    assert (shown["text"], shown["principles"], shown["notes"]) == ("Følg opp æøå", [4], [note])
    assert (shown["session"], shown["session_title"]) == (session, "T")


def test_action_set_status_in_a_process(tmp_path):
    library = tmp_path / "lib.sqlite"
    session = run(library, "new", "politician-workshop", "--title", "T").stdout.strip()
    action = run(library, "action", "add", session, "Ring").stdout.strip()
    proc = run(library, "action", "set", action[:8], "--status", "in-progress")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "Saved.\n")
    proc = run(library, "actions", "--status", "in-progress", "--json")
    assert [a["id"] for a in json.loads(proc.stdout)] == [action]


def test_invalid_status_is_a_one_line_usage_error_in_a_process(tmp_path):
    library = tmp_path / "lib.sqlite"
    session = run(library, "new", "politician-workshop", "--title", "T").stdout.strip()
    action = run(library, "action", "add", session, "Ring").stdout.strip()
    proc = run(library, "action", "set", action, "--status", "finished")
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("workshop: usage error: ")
    assert "finished" in proc.stderr
    unknown = "1111" if action.startswith("0000") else "0000"
    proc = run(library, "action", "set", unknown, "--status", "done", lang="nb_NO")
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1,
        "",
        f"workshop: Finner ikke tiltaket «{unknown}»\n",
    )
