"""The ``workshop`` command line: most logic in-process, the contract also through real processes.

Contract: a command that creates something prints exactly its UUID and a newline on stdout;
listings and ``--json`` go to stdout; everything else to stderr. Errors are one line on stderr,
exit 1 (2 for usage), never a traceback.
"""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop import __version__
from workshop.cli import main
from workshop.store.backups import backups_dir, copy_database

UUID_LINE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n")
TEMPLATE_IDS = [
    "ad-hoc-committee",
    "case-discussion",
    "creative-workshop",
    "focus-group",
    "library-evening",
    "politician-workshop",
    "popup-stand",
    "user-interview",
]


# --- helpers --------------------------------------------------------------------------------


class Cli:
    """Runs ``workshop.cli.main`` in this process against one library."""

    def __init__(self, library: Path, capsys, monkeypatch) -> None:
        self.library = library
        self.capsys = capsys
        self.monkeypatch = monkeypatch

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

    def fails(self, code: int, *args: str, lang: str = "en") -> str:
        """Run a command that must fail with ``code``; return its one line of stderr."""
        got, out, err = self(*args, lang=lang)
        assert got == code, (got, err)
        assert out == ""
        assert err.endswith("\n") and err.count("\n") == 1, err
        assert err.startswith("workshop: ")
        return err.rstrip("\n")

    def new(self, title: str = "T", *extra: str) -> str:
        out, err = self.ok("new", "politician-workshop", "--title", title, *extra)
        assert UUID_LINE.fullmatch(out), out
        assert err == ""
        return out.strip()

    def add(self, session: str, text: str, *extra: str) -> str:
        out, err = self.ok("add", session, text, *extra)
        assert UUID_LINE.fullmatch(out), out
        assert err == ""
        return out.strip()

    def show(self, session: str, *extra: str) -> dict:
        out, _ = self.ok("show", session, "--json", *extra)
        return json.loads(out)

    def notes(self, session: str, *extra: str) -> dict[str, dict]:
        return {n["id"]: n for n in self.show(session, *extra)["notes"]}


@pytest.fixture
def cli(library_path, capsys, monkeypatch) -> Cli:
    return Cli(library_path, capsys, monkeypatch)


def run(*args: str, lang: str = "en", library: Path | None = None, stdin=subprocess.DEVNULL):
    """Run ``python -m workshop`` as a real process (no TTY)."""
    env = dict(os.environ, LANGUAGE=lang)
    if library is not None:
        env["WORKSHOP_LIBRARY"] = str(library)
    proc = subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        env=env,
        stdin=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def assert_one_line_error(proc, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.endswith("\n"), proc.stderr
    assert proc.stderr.startswith("workshop: ")
    return proc.stderr.rstrip("\n")


# --- real processes -------------------------------------------------------------------------


def test_version_and_help():
    proc = run("--version")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"Verksted {__version__}\n", "")
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("templates", "new", "add", "import", "export", "purge", "backups"):
        assert command in proc.stdout
    assert "list the session templates" in proc.stdout
    proc = run("add", "--help", lang="nb_NO")
    assert proc.returncode == 0
    assert "legg til en lapp" in proc.stdout


def test_new_and_add_print_exactly_a_uuid(tmp_path):
    library = tmp_path / "env-library.sqlite"
    proc = run(
        "new", "politician-workshop", "--title", "T", "--participants", "Politikere=12",
        library=library,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert UUID_LINE.fullmatch(proc.stdout), proc.stdout
    assert proc.stderr == ""
    assert library.is_file()  # WORKSHOP_LIBRARY chose the file
    session = proc.stdout.strip()
    proc = run("add", session, "Første lapp æøå", "--principle", "3", library=library)
    assert proc.returncode == 0, proc.stderr
    assert UUID_LINE.fullmatch(proc.stdout), proc.stdout
    assert proc.stderr == ""
    note = proc.stdout.strip()
    proc = run("--library", str(library), "show", session, "--json")
    shown = json.loads(proc.stdout)
    assert shown["id"] == session
    assert shown["title"] == "T"
    assert shown["participants_planned"] == {"Politikere": 12}
    assert [(n["id"], n["text"], n["principles"]) for n in shown["notes"]] == [
        (note, "Første lapp æøå", [3])
    ]


def test_templates_and_sessions_json(tmp_path):
    library = tmp_path / "lib.sqlite"
    proc = run("templates", "--json", library=library)
    assert proc.returncode == 0
    templates = json.loads(proc.stdout)
    assert isinstance(templates, list)
    assert [tpl["id"] for tpl in templates] == TEMPLATE_IDS
    assert all(tpl["steps"] and tpl["name"] for tpl in templates)
    proc = run("sessions", "--json", library=library)
    assert (proc.returncode, json.loads(proc.stdout)) == (0, [])
    session = run("new", "focus-group", "--title", "Fokus", library=library).stdout.strip()
    proc = run("sessions", "--json", library=library)
    sessions = json.loads(proc.stdout)
    assert [(s["id"], s["title"], s["note_count"]) for s in sessions] == [(session, "Fokus", 0)]


def test_show_json_notes_deleted_and_prefixes(tmp_path):
    library = tmp_path / "lib.sqlite"

    def ok(*args):
        proc = run("--library", str(library), *args)
        assert proc.returncode == 0, proc.stderr
        return proc

    session = ok("new", "politician-workshop", "--title", "T").stdout.strip()
    tags = ["--principle=7", "--principle=2", "--focus-area=ekstern-vurdering"]
    options = ["--group=Politikere", "--step=3", "--colour=blue", *tags]
    keep = ok("add", session, "Beholdes", *options).stdout.strip()
    gone = ok("add", session[:4], "Slettes").stdout.strip()
    ok("delete", session[:4], gone[:6])
    shown = json.loads(ok("show", session[:4], "--json").stdout)
    assert [n["id"] for n in shown["notes"]] == [keep]
    note = shown["notes"][0]
    assert {k: note[k] for k in ("id", "text", "principles", "focus_areas", "group")} == {
        "id": keep,
        "text": "Beholdes",
        "principles": [2, 7],
        "focus_areas": ["ekstern-vurdering"],
        "group": "Politikere",
    }
    assert (note["step"], note["votes"], note["cluster"], note["colour"]) == (3, 0, None, "blue")
    assert "deleted" not in note
    everything = json.loads(ok("show", session, "--json", "--all").stdout)["notes"]
    assert [(n["id"], n["deleted"]) for n in everything] == [(keep, False), (gone, True)]

    err = assert_one_line_error(run("--library", str(library), "show", session[:3]), 1)
    assert err == f"workshop: “{session[:3]}” is too short; use at least 4 characters of the id"
    unknown = "0000" if not session.startswith("0000") else "1111"
    err = assert_one_line_error(run("--library", str(library), "show", unknown), 1)
    assert err == f"workshop: No session “{unknown}”"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["new", "politician-workshop"], "--title"),
        (["new", "politician-workshop", "--title", "T", "--date", "2026-13-01"], "2026-13-01"),
        (["new", "politician-workshop", "--title", "T", "--date", "4.3.2026"], "4.3.2026"),
        (["frobnicate"], "frobnicate"),
        (["add", "abcd", "x", "--principle", "tre"], "tre"),
        (["new", "politician-workshop", "--title", "T", "--participants", "Politikere"], "GROUP"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path, args, needle):
    library = tmp_path / "lib.sqlite"
    err = assert_one_line_error(run(*args, library=library), 2)
    assert err.startswith("workshop: usage error: ")
    assert err.endswith("(see workshop --help)")
    assert needle in err
    assert not library.exists()  # a malformed command touches nothing


def test_usage_error_in_bokmal(tmp_path):
    proc = run("new", "politician-workshop", "--title", "T", "--date", "2026-02-30", lang="nb_NO")
    err = assert_one_line_error(proc, 2)
    assert err.startswith("workshop: feil i kommandoen: ")
    assert "ugyldig dato «2026-02-30» (bruk ÅÅÅÅ-MM-DD)" in err
    assert err.endswith("(se workshop --help)")


def test_vote_tag_import_export_in_a_process(tmp_path):
    library = tmp_path / "lib.sqlite"
    session = run("new", "politician-workshop", "--title", "T", library=library).stdout.strip()
    note = run("add", session, "Lapp", "--principle", "3", library=library).stdout.strip()

    proc = run("vote", session, note, "--count", "2", library=library)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "Votes now: 2\n")
    proc = run("vote", session, note, "--count", "-5", library=library)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "Votes now: 0\n")

    proc = run("tag", session, note, "--principle", "3", "--remove", library=library)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "Saved.\n")

    csv_file = tmp_path / "innspill.csv"
    csv_file.write_text('tekst;prinsipper\nEn;1\n\nTo;"2;4"\n', encoding="utf-8")
    proc = run("import", session, str(csv_file), library=library)
    assert (proc.returncode, proc.stdout) == (0, "")
    assert proc.stderr == "imported 2 notes, skipped 1 empty rows\n"

    shown = json.loads(run("show", session, "--json", library=library).stdout)
    assert [(n["text"], n["principles"], n["votes"]) for n in shown["notes"]] == [
        ("Lapp", [], 0),
        ("En", [1], 0),
        ("To", [2, 4], 0),
    ]

    for flag, name in (
        ("--pdf", "r.pdf"),
        ("--html", "r.html"),
        ("--csv", "r.csv"),
        ("--json", "r.json"),
    ):
        target = tmp_path / name
        proc = run("export", session, flag, str(target), library=library)
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", f"Wrote {target}\n")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="nb">') and "<p " in page
    assert (tmp_path / "r.csv").read_text(encoding="utf-8-sig").startswith("Nr.;ID;Tekst;")  # nb
    assert len(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["notes"]) == 3

    missing_dir = tmp_path / "finnes-ikke" / "r.pdf"
    err = assert_one_line_error(
        run("export", session, "--pdf", str(missing_dir), library=library), 1
    )
    assert err == f"workshop: Cannot write {missing_dir}: No such file or directory"
    assert not missing_dir.parent.exists()


def test_import_messages_in_bokmal(tmp_path):
    library = tmp_path / "lib.sqlite"
    session = run("new", "focus-group", "--title", "T", library=library).stdout.strip()
    csv_file = tmp_path / "innspill.csv"
    csv_file.write_bytes("tekst;gruppe\nÆrlig talt;A\n;\nØnske;B\n".encode("cp1252"))
    proc = run("import", session, str(csv_file), library=library, lang="nb_NO")
    assert (proc.returncode, proc.stdout) == (0, "")
    assert proc.stderr == "importerte 2 lapper, hoppet over 1 tomme rader\n"
    bad = tmp_path / "feil.csv"
    bad.write_text("tekst;prinsipper\nOK;1\nFeil;11\n", encoding="utf-8")
    err = assert_one_line_error(run("import", session, str(bad), library=library, lang="nb"), 1)
    assert err == f"workshop: {bad}, linje 3: ugyldig prinsipp «11»; ingenting er importert"
    shown = json.loads(run("show", session, "--json", library=library).stdout)
    assert [n["text"] for n in shown["notes"]] == ["Ærlig talt", "Ønske"]


def test_demo_and_purge_without_a_terminal(tmp_path):
    library = tmp_path / "lib.sqlite"
    proc = run("demo", library=library)
    assert proc.returncode == 0, proc.stderr
    assert UUID_LINE.fullmatch(proc.stdout)
    assert proc.stderr == ""
    demo = proc.stdout.strip()
    other = run("new", "focus-group", "--title", "Beholdes", library=library).stdout.strip()
    sessions = json.loads(run("sessions", "--json", library=library).stdout)
    assert {s["id"]: s["note_count"] for s in sessions} == {demo: 42, other: 0}
    proc = run("purge", demo[:6], library=library)  # stdin is not a TTY: no question asked
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert (
        proc.stderr
        == "“Temakveld på biblioteket: Et levende Gran sentrum” has been deleted for good.\n"
    )
    sessions = json.loads(run("sessions", "--json", library=library).stdout)
    assert [s["id"] for s in sessions] == [other]
    err = assert_one_line_error(run("show", demo, library=library), 1)
    assert err == f"workshop: No session “{demo}”"


def test_backups_and_restore(tmp_path):
    library = tmp_path / "lib.sqlite"
    first = run("new", "focus-group", "--title", "Første", library=library).stdout.strip()
    proc = run("backups", library=library)
    assert (proc.returncode, proc.stdout) == (0, "")
    backup = backups_dir(library) / "daily-2001-01-01.sqlite"
    copy_database(library, backup)
    second = run("new", "focus-group", "--title", "Andre", library=library).stdout.strip()
    ids = {s["id"] for s in json.loads(run("sessions", "--json", library=library).stdout)}
    assert ids == {first, second}

    proc = run("restore", backup.name, library=library)
    assert (proc.returncode, proc.stdout) == (0, "")
    match = re.fullmatch(
        r"Restored from daily-2001-01-01\.sqlite\. The previous state is saved in (.+)\n",
        proc.stderr,
    )
    assert match, proc.stderr
    safety = Path(match.group(1))
    assert safety.is_file() and safety.parent == backups_dir(library)
    assert safety.name.startswith("pre-restore-")
    sessions = json.loads(run("sessions", "--json", library=library).stdout)
    assert [s["id"] for s in sessions] == [first]

    proc = run("backups", library=library)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert any(line.startswith("daily-2001-01-01.sqlite") and "daily" in line for line in lines)
    assert any(line.startswith(safety.name) and "before restore" in line for line in lines)

    # the safety copy still holds the state before the restore
    conn = sqlite3.connect(safety)
    try:
        assert {r[0] for r in conn.execute("SELECT id FROM sessions")} == {first, second}
    finally:
        conn.close()
    err = assert_one_line_error(run("restore", "daily-1999-01-01.sqlite", library=library), 1)
    assert err == "workshop: No backup named “daily-1999-01-01.sqlite” (see “workshop backups”)"


def test_a_file_that_is_not_a_library_is_refused_and_unchanged(tmp_path):
    text_file = tmp_path / "handleliste.txt"
    text_file.write_bytes(b"melk\nbr\xc3\xb8d\n")
    for args in (
        ["sessions"],
        ["new", "focus-group", "--title", "T"],
        ["restore", "daily-2001-01-01.sqlite"],
    ):
        err = assert_one_line_error(run("--library", str(text_file), *args), 1)
        assert err == f"workshop: {text_file} is not a Verksted library; the file was not changed"
    assert text_file.read_bytes() == b"melk\nbr\xc3\xb8d\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handleliste.txt"]
    err = assert_one_line_error(run("--library", str(text_file), "sessions", lang="nb_NO"), 1)
    assert err == f"workshop: {text_file} er ikke et Verksted-arkiv; filen er ikke endret"


# --- in-process: the rest of the commands ---------------------------------------------------


def test_new_with_every_option(cli):
    session = cli.new(
        "Verksted",
        "--date", "2026-03-04",
        "--place", "Gran rådhus",
        "--language", "en",
        "--facilitator", "Kari",
        "--facilitator", "Ola",
        "--participants", "Politikere=20",
        "--participants", "Administrasjon=5",
        "--archive-ref", "2026/1",
    )  # fmt: skip
    shown = cli.show(session)
    assert shown["date"] == "2026-03-04"
    assert shown["place"] == "Gran rådhus"
    assert shown["language"] == "en"
    assert shown["facilitators"] == ["Kari", "Ola"]
    assert shown["participants_planned"] == {"Politikere": 20, "Administrasjon": 5}
    assert shown["archive_ref"] == "2026/1"
    assert shown["template_name"] == "Politician workshop"
    assert [s["position"] for s in shown["steps"]] == list(range(1, len(shown["steps"]) + 1))
    assert shown["steps"][1]["title"] == "Innovation stories"
    assert shown["status"] == "planned"


def test_new_errors(cli, tmp_path):
    err = cli.fails(1, "new", "no-such-template", "--title", "T")
    assert err.startswith("workshop: Unknown template “no-such-template”. Available: ")
    assert "politician-workshop" in err
    err = cli.fails(1, "new", "focus-group", "--title", "   ")
    assert err == "workshop: The title cannot be empty"
    err = cli.fails(2, "new", "focus-group", "--title", "T", "--language", "de")
    assert "“de”" in err and "(valid: nb, nn, en)" in err
    err = cli.fails(1, "new", "focus-group", "--title", "T", "--framework", str(tmp_path / "x"))
    assert err == f"workshop: File not found: {tmp_path / 'x'}"
    out, err = cli.ok("sessions", "--json")
    assert json.loads(out) == []


def test_set_merges_and_validates(cli):
    session = cli.new("T", "--participants", "Politikere=20", "--participants", "Adm=5")
    out, err = cli.ok(
        "set", session[:5],
        "--title", "Ny",
        "--participants", "Politikere=18",
        "--actual", "Politikere=17",
        "--status", "finished",
        "--facilitator", "Kari",
        "--date", "2026-05-06",
    )  # fmt: skip
    assert (out, err) == ("", "Saved.\n")
    shown = cli.show(session)
    assert shown["title"] == "Ny"
    assert shown["participants_planned"] == {"Politikere": 18, "Adm": 5}
    assert shown["participants_actual"] == {"Politikere": 17}
    assert shown["status"] == "finished"
    assert shown["facilitators"] == ["Kari"]
    assert shown["date"] == "2026-05-06"
    err = cli.fails(2, "set", session, "--status", "paused")
    assert "paused" in err
    assert cli.show(session)["status"] == "finished"
    _, err = cli.ok("set", session, "--place", "Brandbu", lang="nb_NO")
    assert err == "Lagret.\n"


def test_add_edit_delete_restore(cli):
    session = cli.new()
    note = cli.add(session, "  Første\r\nandre  ", "--step", "2", "--group", "Adm")
    assert cli.notes(session)[note]["text"] == "Første\nandre"
    assert cli.notes(session)[note]["step"] == 2
    out, err = cli.ok("edit", session, note[:4], "Endret")
    assert (out, err) == ("", "Saved.\n")
    assert cli.notes(session)[note]["text"] == "Endret"
    out, err = cli.ok("delete", session, note)
    assert (out, err) == ("", "Note deleted (bring it back with “workshop restore”).\n")
    assert cli.notes(session) == {}
    assert cli.notes(session, "--all")[note]["deleted"] is True
    out, err = cli.ok("restore", session, note[:8])
    assert (out, err) == ("", "Note restored.\n")
    assert cli.notes(session)[note]["text"] == "Endret"

    assert cli.fails(1, "add", session, "   ") == "workshop: The note is empty"
    err = cli.fails(1, "add", session, "x" * 5001)
    assert err == "workshop: The note has 5001 characters; at most 5000 are allowed"
    err = cli.fails(1, "add", session, "x", "--principle", "11")
    assert err == "workshop: Principle 11 does not exist (valid: 1–10)"
    err = cli.fails(1, "add", session, "x", "--step", "99")
    assert err == "workshop: Step 99 does not exist; the session has 9 steps"
    err = cli.fails(1, "add", session, "x", "--colour", "red")
    assert err.startswith("workshop: Unknown colour “red” (valid: yellow, ")
    err = cli.fails(1, "add", session, "x", "--focus-area", "månen")
    assert err.startswith("workshop: Focus area “månen” does not exist (valid: ")
    err = cli.fails(1, "edit", session, "ffffffff", "x")
    assert err == "workshop: No note “ffffffff”"
    err = cli.fails(1, "edit", session, note[:3], "x")
    assert "is too short" in err
    assert list(cli.notes(session)) == [note]
    long_text = "y" * 5000
    long_note = cli.add(session, long_text)
    assert cli.notes(session)[long_note]["text"] == long_text


def test_tag_and_vote(cli):
    session = cli.new()
    note = cli.add(session, "Lapp")
    area = "--focus-area=ekstern-vurdering"
    cli.ok("tag", session, note, "--principle=3", "--principle=7", "--principle=3", area)
    assert cli.notes(session)[note]["principles"] == [3, 7]
    assert cli.notes(session)[note]["focus_areas"] == ["ekstern-vurdering"]
    cli.ok("tag", session, note, "--principle", "3", area, "--remove")
    assert cli.notes(session)[note]["principles"] == [7]
    assert cli.notes(session)[note]["focus_areas"] == []
    err = cli.fails(1, "tag", session, note)
    assert err == "workshop: Give --principle or --focus-area"
    err = cli.fails(1, "tag", session, note, "--principle", "0")
    assert err == "workshop: Principle 0 does not exist (valid: 1–10)"
    assert cli.notes(session)[note]["principles"] == [7]

    assert cli.ok("vote", session, note) == ("", "Votes now: 1\n")
    assert cli.ok("vote", session, note, "--count", "3") == ("", "Votes now: 4\n")
    assert cli.ok("vote", session, note, "--count", "-5") == ("", "Votes now: 0\n")
    assert cli.ok("vote", session, note, "--count", "-1") == ("", "Votes now: 0\n")
    assert cli.notes(session)[note]["votes"] == 0
    assert cli.ok("vote", session, note, "--count", "2", lang="nb") == ("", "Stemmer nå: 2\n")
    assert cli.notes(session)[note]["votes"] == 2


def test_import_errors(cli, tmp_path):
    session = cli.new()
    missing = tmp_path / "finnes-ikke.csv"
    assert cli.fails(1, "import", session, str(missing)) == f"workshop: File not found: {missing}"
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert cli.fails(1, "import", session, str(empty)) == f"workshop: {empty} is empty"
    binary = tmp_path / "bilde.csv"
    binary.write_bytes(b"\x00\x01\x02PNG")
    err = cli.fails(1, "import", session, str(binary))
    assert err == f"workshop: {binary} is not a text (CSV) file: a NUL character on line 1"
    no_text = tmp_path / "feil.csv"
    no_text.write_text("navn;gruppe\nKari;A\n", encoding="utf-8")
    err = cli.fails(1, "import", session, str(no_text))
    assert err == f"workshop: {no_text}: the first line must have a column named “text”"
    long_file = tmp_path / "lang.csv"
    long_file.write_text("text\nkort\n" + "z" * 5001 + "\n", encoding="utf-8")
    err = cli.fails(1, "import", session, str(long_file))
    assert err == (
        f"workshop: {long_file}, line 3: the text is longer than 5000 characters; "
        "nothing was imported"
    )
    step_file = tmp_path / "steg.csv"
    step_file.write_text("text,step\nA,1\nB,99\n", encoding="utf-8")
    err = cli.fails(1, "import", session, str(step_file))
    assert err == (
        f"workshop: {step_file}, line 3: unknown step “99” (the session has 9); "
        "nothing was imported"
    )
    assert cli.notes(session) == {}


def test_export_errors_and_anonymous(cli, tmp_path):
    session = cli.new("T", "--facilitator", "Kari Nordmann")
    cli.add(session, "Lapp")
    err = cli.fails(2, "export", session)
    assert "--pdf" in err
    err = cli.fails(1, "export", session, "--csv", str(tmp_path))  # a folder
    assert err.startswith(f"workshop: Cannot write {tmp_path}: ")
    assert not list(tmp_path.parent.glob(f".{tmp_path.name}.*tmp"))  # no half-written file
    target = tmp_path / "anonym.json"
    assert cli.ok("export", session, "--json", str(target), "--anonymous") == (
        "",
        f"Wrote {target}\n",
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["session"]["facilitators"] == []
    assert "Kari Nordmann" not in target.read_text(encoding="utf-8")
    pdf = tmp_path / "en.pdf"
    _, err = cli.ok("export", session, "--pdf", str(pdf), "--language", "en", lang="nb")
    assert err == f"Skrev {pdf}\n"
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    assert "Minutes – " in text and "page 1 of " in text


def test_export_html_in_each_language_anonymous_and_its_errors(cli, tmp_path):
    session = cli.new("Temakveld <ungdom>", "--facilitator", "Kari Nordmann")
    cli.add(session, "Et sted å være <etter skolen>", "--principle", "7")
    target = tmp_path / "referat.html"
    _, err = cli.ok("export", session, "--html", str(target), "--language", "nn", "--anonymous")
    assert err == f"Wrote {target}\n"
    page = target.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="nn">')
    assert "Et sted å være &lt;etter skolen&gt;" in page and "Temakveld &lt;ungdom&gt;" in page
    assert "Innspel etter prinsipp" in page and "Kari Nordmann" not in page
    err = cli.fails(1, "export", session, "--html", str(tmp_path))  # a folder
    assert err.startswith(f"workshop: Cannot write {tmp_path}: ")
    missing = tmp_path / "finnes-ikke" / "referat.html"
    err = cli.fails(1, "export", session, "--html", str(missing))
    assert err.startswith(f"workshop: Cannot write {missing}: ")
    assert not missing.parent.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_nynorsk_sessions_messages_and_documents(cli, tmp_path):
    """``--language nn`` makes a nynorsk session and nynorsk documents; an nn locale (LANGUAGE)
    gives nynorsk messages and listings."""
    session = cli.new("Politikarverkstad", "--language", "nn", "--date", "2026-03-03")
    shown = cli.show(session)
    assert shown["language"] == "nn"
    assert shown["template_name"] == "Politikarverkstad"
    assert shown["steps"][1]["title"] == "Nyskapingshistorier"
    assert shown["steps"][1]["question"] == "Kva har vi fått til?"
    cli.add(session, "Lytt meir til innbyggjarane", "--principle", "7")

    pdf = tmp_path / "referat.pdf"
    _, err = cli.ok("export", session, "--pdf", str(pdf), lang="nn_NO.UTF-8")
    assert err == f"Skreiv {pdf}\n"
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Referat – Politikarverkstad" in text and "tysdag 3. mars 2026" in text
    assert "Innspel etter prinsipp" in text and "side 1 av " in text

    # a bokmål session, its minutes asked for in nynorsk from an English terminal
    other = cli.new("Kommunestyret")
    nn_pdf = tmp_path / "nn.pdf"
    _, err = cli.ok("export", other, "--pdf", str(nn_pdf), "--language", "nn")
    assert err == f"Wrote {nn_pdf}\n"
    nn_text = " ".join(" ".join(p.extract_text() for p in PdfReader(nn_pdf).pages).split())
    assert "Innspel etter prinsipp" in nn_text and "Referat – Politikerverksted" in nn_text
    sheet = tmp_path / "skjema.pdf"
    cli.ok("sheet", session, "--pdf", str(sheet))  # the session's language: nynorsk
    assert "Korleis var økta?" in " ".join(PdfReader(sheet).pages[-1].extract_text().split())

    out, _ = cli.ok("sessions", lang="nn")
    assert "planlagt" in out
    out, _ = cli.ok("templates", lang="nn_NO")
    assert "Politikarverkstad" in out and "steg" in out
    out, _ = cli.ok("framework", lang="nn")
    assert " 7. Brukarperspektivet – Vi i Gran legg alltid vekt på brukarperspektivet" in out
    assert "Fokusområde:" in out
    assert cli.fails(1, "show", "ffffffff", lang="nn") == "workshop: Finn inga økt «ffffffff»"
    err = cli.fails(1, "new", "focus-group", "--title", " ", lang="nn")
    assert err == "workshop: Tittelen kan ikkje vere tom"
    err = cli.fails(2, "new", "focus-group", "--title", "T", "--language", "nynorsk", lang="nn")
    assert "ukjend språk «nynorsk» (gyldige: nb, nn, en)" in err


def test_nynorsk_help_from_a_real_process():
    proc = run("new", "--help", lang="nn_NO.UTF-8")
    assert proc.returncode == 0
    assert "lag ei ny økt frå ein mal" in proc.stdout
    assert "--language nb|nn|en" in proc.stdout


def test_human_listings(cli):
    out, err = cli.ok("sessions")
    assert (out, err) == ("", "No sessions yet. Try “workshop demo” or “workshop new”.\n")
    session = cli.new("Kommunestyret", "--date", "2026-03-04")
    note = cli.add(session, "To\nlinjer", "--principle", "2", "--step", "3")
    cli.ok("vote", session, note, "--count", "3")
    out, err = cli.ok("sessions")
    assert err == ""
    assert (
        out == f"{session[:8]}  2026-03-04  planned        1  Kommunestyret  (Politikerverksted)\n"
    )
    out, _ = cli.ok("sessions", lang="nb")
    assert "planlagt" in out
    out, _ = cli.ok("show", session)
    lines = out.splitlines()
    assert lines[0] == f"Kommunestyret  [{session}]"
    assert lines[1] == "Politikerverksted · 2026-03-04 · – · planned"
    assert lines[-1] == f"{note[:8]}   3  P[2]  +3  To ⏎ linjer"
    out, _ = cli.ok("templates")
    assert [line.split()[0] for line in out.splitlines()] == TEMPLATE_IDS
    out, _ = cli.ok("framework")
    assert out.startswith("The Innovation Charter – Gran municipality (gran-innovasjonsplakaten)")
    assert "\n 7. The user perspective – We in Gran always emphasise" in out
    assert "Focus areas:" in out and "ekstern-vurdering" in out
    out, _ = cli.ok("framework", "--json")
    assert [p["number"] for p in json.loads(out)["principles"]] == list(range(1, 11))
    out, err = cli.ok("backups")
    # the library changed today, so opening it made a daily backup
    assert out.startswith("daily-") and "daily" in out


def test_actions_listing(cli, library_path):
    from workshop.services.actions import add_action, set_action
    from workshop.store.db import Library

    session = cli.new("T")
    with Library.open(library_path) as lib:
        first = add_action(lib, session, "Lag plan", owner="Kari")
        second = add_action(lib, session, "Ring", owner="Ola")
        set_action(lib, second, status="in-progress")
    out, _ = cli.ok("actions", "--json")
    actions = json.loads(out)
    assert [(a["id"], a["status"], a["session"]) for a in actions] == [
        (first, "open", session),
        (second, "in-progress", session),
    ]
    out, _ = cli.ok("actions", "--status", "in-progress")
    assert out.splitlines() == [f"{second[:8]}  {' ' * 10}  in progress  Ola              Ring"]
    out, _ = cli.ok("actions", "--status", "done", "--json")
    assert json.loads(out) == []
    assert "in_progress" in cli.fails(2, "actions", "--status", "in_progress")


class _FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_purge_asks_on_a_terminal(cli, monkeypatch):
    session = cli.new("Hemmelig")
    monkeypatch.setattr(sys, "stdin", _FakeTty("n\n"))
    code, out, err = cli("purge", session)
    assert (code, out) == (1, "")
    assert err == (
        "Delete “Hemmelig” for good, also from the backups? [y/N] Cancelled; nothing deleted.\n"
    )
    assert [s["id"] for s in json.loads(cli.ok("sessions", "--json")[0])] == [session]
    monkeypatch.setattr(sys, "stdin", _FakeTty("j\n"))
    code, out, err = cli("purge", session, lang="nb_NO")
    assert (code, out) == (0, "")
    assert err.endswith("«Hemmelig» er slettet for godt.\n")
    assert json.loads(cli.ok("sessions", "--json")[0]) == []
    other = cli.new("Annen")
    monkeypatch.setattr(sys, "stdin", _FakeTty(""))  # --yes: nothing is read
    assert cli.ok("purge", other, "--yes") == ("", "“Annen” has been deleted for good.\n")


def test_purge_removes_the_session_from_backups(cli, library_path):
    session = cli.new("Personvern")
    cli.add(session, "Sensitivt innspill")
    backup = backups_dir(library_path) / "daily-2001-01-01.sqlite"
    copy_database(library_path, backup)
    cli.ok("purge", session, "--yes")
    for path in backups_dir(library_path).glob("*.sqlite"):
        assert b"Sensitivt innspill" not in path.read_bytes(), path.name
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
        finally:
            conn.close()


def test_sqlite_file_of_another_program_is_refused(cli, tmp_path):
    other = tmp_path / "annet.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    cli.library = other
    err = cli.fails(1, "sessions")
    assert err == f"workshop: {other} is not a Verksted library; the file was not changed"
    err = cli.fails(1, "new", "focus-group", "--title", "T")
    assert other.read_bytes() == before
    cli.library = tmp_path
    err = cli.fails(1, "sessions")
    assert err == f"workshop: {tmp_path} is a folder, not a Verksted file"


def test_default_library_and_library_after_the_command(capsys, monkeypatch, tmp_path):
    from platformdirs import user_data_path

    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["new", "focus-group", "--title", "Standard"]) == 0
    session = capsys.readouterr().out.strip()
    default = user_data_path("Verksted", appauthor=False) / "library.sqlite"
    assert default.is_file()
    assert str(default).startswith(os.environ["XDG_DATA_HOME"])  # never the real user's data
    explicit = tmp_path / "annen.sqlite"
    assert main(["sessions", "--json", "--library", str(explicit)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["sessions", "--json"]) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == [session]


def test_unexpected_errors_are_one_line(cli, monkeypatch):
    session = cli.new()

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr("workshop.services.notes.list_notes", boom)
    err = cli.fails(1, "show", session)
    assert err == "workshop: unexpected error: disk on fire. What was saved stays saved"
