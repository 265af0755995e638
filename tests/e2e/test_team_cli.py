"""The command line and the team library: ``workshop sync``, and the usual commands run directly
against the team database (``--library postgresql://…``), through real processes too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main


def run(*args: str, cwd: Path | None = None, env: dict | None = None):
    """``workshop ARGS`` as a real process: (exit code, stdout, stderr)."""
    environment = {**os.environ, "LANGUAGE": "en", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "workshop.app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=120,
    )
    assert "Traceback" not in done.stderr
    return done.returncode, done.stdout, done.stderr


def test_a_url_library_is_never_taken_as_a_path(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANGUAGE", "en")
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code = main(["--library", f"postgresql://kari@127.0.0.1:{port}/verksted", "sessions"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Cannot reach the team server" in err
    code = main(["sessions", "--library", "mysql://kari@server/verksted"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "postgresql://" in err
    assert list(tmp_path.iterdir()) == []  # no folder "postgresql:" or "mysql:"


def test_workshop_sync_prints_one_line_and_the_commands_work_on_the_team_library(
    tmp_path, new_database
):
    team = new_database()
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    code, sid, err = run("--library", str(a), "new", "politician-workshop", "--title", "Felles")
    assert code == 0, err
    sid = sid.strip()
    for text in ("Lys i sentrum", "Benker ved elva"):
        assert run("--library", str(a), "add", sid[:8], text)[0] == 0
    code, out, err = run("--library", str(a), "sync", "--team", team)
    assert code == 0, err
    password = team.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert out.count("\n") == 1 and "sessions sent: 1, received: 0" in out
    assert password not in out + err
    code, out, err = run("--library", str(b), "sync", "--team", team, "--json")
    assert code == 0, err
    assert json.loads(out)["received"] == 1
    # Next time the remembered server is used (its password from PGPASSWORD here).
    env = {"PGPASSWORD": password}
    code, out, err = run("--library", str(b), "sync", env=env)
    assert code == 0, err
    assert "sessions sent: 0, received: 0" in out

    # The team database itself: sessions, show, export, report.
    code, out, err = run("--library", team, "sessions")
    assert code == 0, err
    assert "Felles" in out
    code, out, err = run("--library", team, "show", sid[:8])
    assert code == 0, err
    assert "Lys i sentrum" in out and "Benker ved elva" in out
    pdf = tmp_path / "minutes.pdf"
    code, _out, err = run("--library", team, "export", sid[:8], "--pdf", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    report = tmp_path / "report.pdf"
    code, _out, err = run(
        "--library",
        team,
        "report",
        "--from",
        "2000-01-01",
        "--to",
        "2100-12-31",
        "--pdf",
        str(report),
    )
    assert code == 0, err
    assert report.read_bytes().startswith(b"%PDF")
    # A change made on the team library reaches the laptops.
    assert run("--library", team, "add", sid[:8], "Skrevet på serveren")[0] == 0
    code, out, err = run("--library", str(a), "sync", env=env)
    assert code == 0, err
    assert "sessions sent: 0, received: 1" in out
    code, out, _err = run("--library", str(a), "show", sid[:8])
    assert "Skrevet på serveren" in out


def test_a_wrong_password_is_one_line_without_the_password(tmp_path, new_database):
    team = new_database()
    password = team.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    wrong = team.replace(f":{password}@", ":not-the-password@")
    code, out, err = run("--library", str(tmp_path / "a.sqlite"), "sync", "--team", wrong)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "did not accept the user name or password" in err
    assert "not-the-password" not in err


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_sync_summary_is_in_every_language(tmp_path, new_database, lang):
    team = new_database()
    code, out, err = run(
        "--library", str(tmp_path / "a.sqlite"), "sync", "--team", team, env={"LANGUAGE": lang}
    )
    assert code == 0, err
    word = {"nb": "Synkronisert med", "nn": "Synkronisert med", "en": "Synced with"}[lang]
    assert out.startswith(word)
