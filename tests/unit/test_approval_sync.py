"""Team sync and approved minutes: what reaches an approved session through the team library
waits as a pending revision, on the laptop and on the server, until the minutes are reopened."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import SessionLockedError
from workshop.export.approval import approve_minutes
from workshop.services import approval, notes
from workshop.services.sessions import create_session
from workshop.services.sync import sync_library
from workshop.store import db
from workshop.store.db import Library


def laptop(path: Path, name: str) -> Library:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(db, "machine_id", lambda: f"laptop {name}")
        return Library.open(path)


@pytest.fixture
def team(new_database) -> str:
    return new_database()


@pytest.fixture
def laptops(tmp_path):
    made = [laptop(tmp_path / f"{name}.sqlite", name) for name in ("a", "b")]
    yield made
    for lib in made:
        lib.close()


def texts(lib: Library, sid: str) -> set[str]:
    return {n.text for n in notes.list_notes(lib, sid)}


def test_a_change_synced_into_an_approved_laptop_waits_until_reopened(team, laptops):
    a, b = laptops
    sid = create_session(a, "politician-workshop", "Verksted i Gran")
    notes.add_note(a, sid, "Lys i sentrum")
    sync_library(a, team)
    sync_library(b, team)
    approve_minutes(a, sid, by="Kari Nordmann")
    notes.add_note(b, sid, "Kom etter godkjenningen")
    sync_library(b, team)
    summary = sync_library(a, team)
    assert (summary.held, summary.received) == (1, 0)
    assert texts(a, sid) == {"Lys i sentrum"}  # the approved minutes are unchanged
    [held] = approval.list_pending(a, sid)
    assert held.team and held.source == "" and held.summary["notes_new"] == 1
    assert sync_library(a, team).looked_at == 0  # held once, not again at every sync
    approval.reopen(a, sid, reason="Et innspill kom etter godkjenningen")
    assert approval.take_in(a, sid) == 1
    assert texts(a, sid) == {"Lys i sentrum", "Kom etter godkjenningen"}
    assert approval.list_pending(a, sid) == []


def test_an_approval_on_the_team_library_holds_what_laptops_send(team, laptops):
    a, _b = laptops
    sid = create_session(a, "politician-workshop", "Verksted i Gran")
    notes.add_note(a, sid, "Lys i sentrum")
    sync_library(a, team)
    with Library.open(team) as server:
        approve_minutes(server, sid, by="Arkivet")
        with pytest.raises(SessionLockedError):
            notes.add_note(server, sid, "Rett på serveren")
    notes.add_note(a, sid, "Sent etterpå")
    sync_library(a, team)
    with Library.open(team) as server:
        assert texts(server, sid) == {"Lys i sentrum"}
        [held] = approval.list_pending(server, sid)
        assert held.summary["notes_new"] == 1
        approval.reopen(server, sid, reason="Et sent innspill")
        approval.take_in(server, sid)
        assert texts(server, sid) == {"Lys i sentrum", "Sent etterpå"}
