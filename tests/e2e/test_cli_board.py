"""``workshop cluster`` and ``uncluster``, and the board in ``show --json``: the same layout as
the GUI (workshop.domain.layout), the UUID alone on stdout, one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.board import CARD_H, CARD_W
from workshop.domain.layout import FRAME_TOP, Rect, card_rect

UUID_LINE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n")


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

    def fails(self, code: int, *args: str, lang: str = "en") -> str:
        got, out, err = self(*args, lang=lang)
        assert got == code, (got, err)
        assert out == "" and err.count("\n") == 1 and err.startswith("workshop: "), err
        return err.rstrip("\n")

    def show(self, session: str) -> dict:
        return json.loads(self.ok("show", session, "--json")[0])


@pytest.fixture
def cli(library_path, capsys, monkeypatch) -> Cli:
    return Cli(library_path, capsys, monkeypatch)


@pytest.fixture
def board(cli):
    """A session with six notes on step 2 and two on step 3, placed as the GUI would."""
    session = cli.ok("new", "politician-workshop", "--title", "T")[0].strip()
    notes = [cli.ok("add", session, f"Lapp {i}", "--step=2")[0].strip() for i in range(6)]
    notes += [cli.ok("add", session, f"Tre {i}", "--step=3")[0].strip() for i in range(2)]
    from workshop.services.board import place_new_notes
    from workshop.store.db import Library

    with Library.open(cli.library) as lib:
        place_new_notes(lib, session)
    return session, notes


def frame_rect(cluster: dict) -> Rect:
    return Rect(cluster["x"], cluster["y"], cluster["w"], cluster["h"])


def test_cluster_prints_the_uuid_and_show_json_has_the_frame(cli, board):
    session, notes = board
    out, err = cli.ok("cluster", session, "--name", "Lys", notes[0][:8], notes[6], notes[7])
    assert UUID_LINE.fullmatch(out) and err == ""
    cluster_id = out.strip()
    shown = cli.show(session)
    [cluster] = shown["clusters"]
    assert set(cluster) == {"id", "name", "x", "y", "w", "h"}
    assert (cluster["id"], cluster["name"]) == (cluster_id, "Lys")
    frame = frame_rect(cluster)
    assert frame.y >= FRAME_TOP
    by_id = {n["id"]: n for n in shown["notes"]}
    for note in shown["notes"]:
        assert (note["w"], note["h"]) == (CARD_W, CARD_H)
        assert {"x", "y", "cluster", "cluster_id"} <= set(note)
        card = card_rect((note["x"], note["y"]))
        if note["id"] in (notes[0], notes[6], notes[7]):
            assert note["cluster_id"] == cluster_id and note["cluster"] == "Lys"
            inside = Rect(frame.x, frame.y, frame.w, frame.h)
            assert inside.x <= card.x and card.right <= inside.right
            assert inside.y <= card.y and card.bottom <= inside.bottom
        else:
            assert note["cluster_id"] is None and note["cluster"] is None
            assert not card.intersects(frame), f"{note['text']} lies in the frame"
    # two of the three were in lane 3: the cluster is gathered there
    assert by_id[notes[6]]["x"] >= 2 * 700 - 20


def test_the_cli_computes_the_same_layout_as_the_services(cli, board):
    """Scripts see the layout the GUI shows: the one layout module, read back."""
    from workshop.services.board import cluster_frames, read_board
    from workshop.store.db import Library

    session, notes = board
    cluster_id = cli.ok("cluster", session, "--name", "A", *notes[:4])[0].strip()
    shown = cli.show(session)
    with Library.open(cli.library) as lib:
        frames = cluster_frames(lib, session)
        layout = read_board(lib, session)
    assert frame_rect(shown["clusters"][0]) == frames[cluster_id]
    for note in shown["notes"]:
        assert (note["x"], note["y"]) == layout.positions[note["id"]]


def test_a_second_cluster_never_overlaps_the_first(cli, board):
    session, notes = board
    cli.ok("cluster", session, "--name", "A", *notes[:3])
    cli.ok("cluster", session, "--name", "B", *notes[3:6])
    a, b = (frame_rect(c) for c in cli.show(session)["clusters"])
    assert not a.intersects(b)


def test_uncluster_takes_notes_out_and_the_cluster_closes_up(cli, board):
    session, notes = board
    cluster_id = cli.ok("cluster", session, "--name", "A", *notes[:4])[0].strip()
    out, err = cli.ok("uncluster", session, notes[1], notes[2])
    assert out == "" and err == "Taken out of their cluster: 2\n"
    shown = cli.show(session)
    frame = frame_rect(shown["clusters"][0])
    for note in shown["notes"]:
        card = card_rect((note["x"], note["y"]))
        if note["id"] in (notes[0], notes[3]):
            assert note["cluster_id"] == cluster_id
        else:
            assert note["cluster_id"] is None
            assert not card.intersects(frame)
    _, err = cli.ok("uncluster", session, notes[1], lang="nb")
    assert err == "Tatt ut av klyngen: 0\n"


def test_cluster_and_uncluster_errors_are_one_line(cli, board):
    session, notes = board
    assert cli.fails(1, "cluster", session, "--name", "  ", notes[0]) == (
        "workshop: The cluster needs a name"
    )
    assert "No note" in cli.fails(1, "cluster", session, "--name", "A", "ffffffff")
    cli.ok("delete", session, notes[0])
    assert "deleted" in cli.fails(1, "cluster", session, "--name", "A", notes[0])
    assert cli.fails(2, "cluster", session, notes[1]).startswith("workshop: ")  # no --name
    assert cli.fails(2, "uncluster", session).startswith("workshop: ")  # no note
    assert "No session" in cli.fails(1, "uncluster", "ffffffff", notes[1])
    assert cli.show(session)["clusters"] == []


def test_cluster_in_a_real_process_prints_only_the_uuid(tmp_path, board, cli):
    session, notes = board
    env = dict(os.environ, LANGUAGE="en", WORKSHOP_LIBRARY=str(cli.library))
    proc = subprocess.run(
        [sys.executable, "-m", "workshop", "cluster", session, "--name", "P", notes[0]],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert UUID_LINE.fullmatch(proc.stdout) and proc.stderr == ""
