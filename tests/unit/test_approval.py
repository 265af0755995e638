"""The review cycle of the minutes: approve (lock), reopen (with a reason), approve again as
version 2 with the list of what changed; every kind of write refused while approved."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from workshop.errors import InvalidInputError, SessionLockedError
from workshop.export.approval import approve_minutes, write_approved_pdf
from workshop.export.minutes_html import minutes_html
from workshop.services import (
    actions,
    agenda,
    approval,
    attachments,
    board,
    evaluation,
    exchange,
    notes,
    tags,
)
from workshop.services.minutes import build_minutes
from workshop.services.purge import purge_session
from workshop.services.sessions import get_session, set_session_deleted, update_session
from workshop.store.db import Library

LIBRARY_BACKENDS = ("sqlite", "postgresql")


@pytest.fixture
def approved(lib, session_id, tmp_path):
    """A session with three notes (one tagged, one voted, one clustered) and an action,
    approved as version 1."""
    ids = [notes.add_note(lib, session_id, text) for text in ("Lys i sentrum", "Benker", "Buss")]
    tags.set_tags(lib, session_id, {ids[0]: True}, principles=[3])
    notes.vote_notes(lib, session_id, {ids[1]: 2})
    cluster = board.create_cluster(lib, session_id, "Sentrum", [ids[2]])
    action = actions.add_action(lib, session_id, "Lag en lysplan", owner="Kari")
    info = approve_minutes(lib, session_id, by="Kari Nordmann", pdf_path=tmp_path / "v1.pdf")
    return session_id, ids, cluster, action, info


def _photo() -> bytes:
    image = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(image, "JPEG")
    return image.getvalue()


WRITES = {
    "add note": lambda lib, sid, ids, c, a: notes.add_note(lib, sid, "Ny lapp"),
    "add notes in bulk": lambda lib, sid, ids, c, a: notes.add_notes(
        lib, sid, [notes.NoteDraft(text=f"Lapp {i}") for i in range(3)]
    ),
    "edit note": lambda lib, sid, ids, c, a: notes.edit_note(lib, sid, ids[0], "Endret"),
    "delete note": lambda lib, sid, ids, c, a: notes.set_notes_deleted(lib, sid, [ids[0]], True),
    "vote": lambda lib, sid, ids, c, a: notes.vote_notes(lib, sid, {ids[0]: 1}),
    "unvote": lambda lib, sid, ids, c, a: notes.vote_notes(lib, sid, {ids[1]: -1}),
    "tag": lambda lib, sid, ids, c, a: tags.set_tags(lib, sid, {ids[1]: True}, principles=[2]),
    "untag": lambda lib, sid, ids, c, a: tags.set_tags(lib, sid, {ids[0]: False}, principles=[3]),
    "move": lambda lib, sid, ids, c, a: board.move_notes(lib, sid, {ids[0]: (10.0, 20.0)}),
    "cluster": lambda lib, sid, ids, c, a: board.create_cluster(lib, sid, "Ny", [ids[0]]),
    "rename cluster": lambda lib, sid, ids, c, a: board.rename_cluster(lib, sid, c, "Torget"),
    "delete cluster": lambda lib, sid, ids, c, a: board.delete_cluster(lib, sid, c),
    "rating": lambda lib, sid, ids, c, a: evaluation.add_ratings(lib, sid, [4]),
    "photo": lambda lib, sid, ids, c, a: attachments.add_photo(lib, sid, _photo()),
    "add action": lambda lib, sid, ids, c, a: actions.add_action(lib, sid, "Nytt tiltak"),
    "edit action": lambda lib, sid, ids, c, a: actions.update_action(lib, a, text="Annet"),
    "delete action": lambda lib, sid, ids, c, a: actions.delete_action(lib, a),
    "session title": lambda lib, sid, ids, c, a: update_session(lib, sid, title="Ny tittel"),
    "delete session": lambda lib, sid, ids, c, a: set_session_deleted(lib, sid, True),
    "step": lambda lib, sid, ids, c, a: agenda.update_step(
        lib, sid, get_session(lib, sid).steps[0].id, title="Annen tittel"
    ),
    "purge": lambda lib, sid, ids, c, a: purge_session(lib, sid),
}


@pytest.mark.parametrize("kind", sorted(WRITES))
def test_every_kind_of_write_to_an_approved_session_is_refused(lib, approved, kind):
    sid, ids, cluster, action, _info = approved
    snapshot = build_minutes(lib, sid).snapshot()
    with pytest.raises(SessionLockedError) as refused:
        WRITES[kind](lib, sid, ids, cluster, action)
    message = refused.value.message("nb")
    assert "godkjent" in message and "Kari Nordmann" in message and "gjenåpne" in message
    assert "\n" not in message
    assert build_minutes(lib, sid).snapshot() == snapshot  # nothing changed


def test_follow_up_of_actions_and_story_marks_stay_open(lib, approved):
    sid, ids, _cluster, action, _info = approved
    actions.set_action(lib, action, status="done", comment="Ferdig i mai")
    notes.set_stories(lib, sid, {ids[0]: True})
    assert actions.get_action(lib, action).status == "done"


def test_the_kept_pdf_is_the_written_file_and_its_hash_is_recorded(lib, approved, tmp_path):
    sid, _ids, _cluster, _action, info = approved
    written = (tmp_path / "v1.pdf").read_bytes()
    assert info.sha256 == hashlib.sha256(written).hexdigest()
    assert approval.approved_pdf(lib, sid) == written
    write_approved_pdf(lib, sid, tmp_path / "copy.pdf", version=1)
    assert hashlib.sha256((tmp_path / "copy.pdf").read_bytes()).hexdigest() == info.sha256
    with pikepdf.open(tmp_path / "v1.pdf") as pdf:  # the tagged archive PDF
        assert pdf.Root.MarkInfo.Marked
        xmp = pdf.open_metadata()
        assert xmp.get("pdfaid:part") == "2" and xmp.get("pdfaid:conformance") == "A"
    [listed] = approval.list_approvals(lib, sid)
    assert (listed.version, listed.approved_by, listed.locked) == (1, "Kari Nordmann", True)


def test_approving_twice_or_reopening_a_draft_is_refused(lib, session_id, approved):
    with pytest.raises(InvalidInputError) as twice:
        approve_minutes(lib, session_id, by="Ola")
    assert twice.value.key == "approval_already"
    approval.reopen(lib, session_id, reason="Feil i innspill 2")
    with pytest.raises(InvalidInputError) as again:
        approval.reopen(lib, session_id, reason="Igjen")
    assert again.value.key == "approval_not_approved"
    with pytest.raises(InvalidInputError) as nameless:
        approve_minutes(lib, session_id, by="   ")
    assert nameless.value.key == "approval_name_missing"
    approve_minutes(lib, session_id, by="Kari")
    with pytest.raises(InvalidInputError) as reasonless:
        approval.reopen(lib, session_id, reason=" ")
    assert reasonless.value.key == "approval_reason_missing"


def test_a_change_while_the_pdf_was_written_approves_nothing(lib, session_id, tmp_path):
    notes.add_note(lib, session_id, "Lys i sentrum")
    state = approval.approval_state(lib, session_id)
    notes.add_note(lib, session_id, "Kom inn mens PDF-en ble skrevet")
    with pytest.raises(InvalidInputError) as changed:
        approval.approve(lib, state, by="Kari", pdf=b"%PDF", snapshot={}, language="nb")
    assert changed.value.key == "approval_changed_meanwhile"
    assert approval.list_approvals(lib, session_id) == []
    assert approval.current_lock(lib, session_id) is None


def test_reopen_then_approve_again_is_version_2_with_what_changed(lib, approved, tmp_path):
    sid, ids, _cluster, _action, first = approved
    approval.reopen(lib, sid, reason="Innspill 2 var feilskrevet", by="Ola")
    assert approval.current_lock(lib, sid) is None
    notes.edit_note(lib, sid, ids[1], "Benker ved elva")
    notes.set_notes_deleted(lib, sid, [ids[2]], True)
    tags.set_tags(lib, sid, {ids[0]: True}, principles=[5])
    notes.vote_notes(lib, sid, {ids[0]: 1})
    added = notes.add_note(lib, sid, "Flere busser")
    draft = build_minutes(lib, sid)
    assert draft.revision.draft and draft.revision.version == 2
    second = approve_minutes(lib, sid, by="Kari Nordmann", pdf_path=tmp_path / "v2.pdf")
    assert second.version == 2 and second.reason == "Innspill 2 var feilskrevet"
    assert second.sha256 != first.sha256
    data = build_minutes(lib, sid)
    revision = data.revision
    assert not revision.draft and revision.previous == 1
    kinds = {(c.kind, c.text) for c in revision.changes}
    assert ("added", "Flere busser") in kinds
    assert ("changed", "Benker ved elva") in kinds
    assert ("removed", "Buss") in kinds
    assert ("tags", "Lys i sentrum") in kinds
    assert ("votes", "Lys i sentrum") in kinds
    [tag_change] = [c for c in revision.changes if c.kind == "tags"]
    assert tag_change.tags_before == ((3,), ()) and tag_change.tags_after == ((3, 5), ())
    assert added in data.numbers
    listed = [a.as_dict() for a in approval.list_approvals(lib, sid)]
    assert [(a["version"], a["reopen_reason"]) for a in listed] == [
        (1, "Innspill 2 var feilskrevet"),
        (2, None),
    ]
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "v2.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Revidert referat, versjon 2" in text
    assert "Utkast" not in text
    assert "Begrunnelse: Innspill 2 var feilskrevet" in text
    for words in ("Nye innspill", "Endret tekst", "Fjernede innspill", "Endrede stemmer"):
        assert words in text
    assert text.index("Revidert referat") < text.index("Sammendrag")
    html = minutes_html(data)
    assert ">Revidert referat, versjon 2</h2>" in html
    assert "Innspill 2 var feilskrevet" in html and "Flere busser" in html


def test_the_revision_section_speaks_each_language(lib, approved):
    sid, ids, *_ = approved
    approval.reopen(lib, sid, reason="Retting")
    notes.edit_note(lib, sid, ids[0], "Lys")
    approve_minutes(lib, sid, by="Kari")
    for lang, words in (
        ("nb", "Revidert referat, versjon 2"),
        ("nn", "Revidert referat, versjon 2"),
        ("en", "Revised minutes, version 2"),
    ):
        assert f">{words}</h2>" in minutes_html(build_minutes(lib, sid, language=lang))


def test_no_change_between_versions_says_so(lib, approved):
    sid, *_ = approved
    approval.reopen(lib, sid, reason="Kontroll")
    approve_minutes(lib, sid, by="Kari")
    data = build_minutes(lib, sid)
    assert data.revision.changes == []
    assert "Ingen innspill, prinsipper eller stemmer er endret siden versjon 1." in minutes_html(
        data
    )


# --- changes from elsewhere: pending revisions ---


def test_a_session_file_for_an_approved_session_waits_as_a_pending_revision(
    lib, approved, tmp_path
):
    sid, ids, *_ = approved
    other = Library.open(tmp_path / "other.sqlite")
    try:
        exchange.pack_session(lib, sid, tmp_path / "out.verksted")
        exchange.unpack_session(other, tmp_path / "out.verksted")
        notes.edit_note(other, sid, ids[0], "Mer lys i sentrum")
        notes.add_note(other, sid, "Fra den andre maskinen")
        exchange.pack_session(other, sid, tmp_path / "back.verksted")
    finally:
        other.close()
    before = build_minutes(lib, sid).snapshot()
    summary = exchange.unpack_session(lib, tmp_path / "back.verksted")
    assert summary.pending and summary.notes.new == 1
    assert build_minutes(lib, sid).snapshot() == before  # the approved minutes are unchanged
    [held] = approval.list_pending(lib, sid)
    assert held.source == "back.verksted" and not held.team
    assert held.summary["notes_new"] == 1 and held.summary["notes_updated"] == 1
    # The same file again is nothing new: a dry run says it would wait, too.
    assert exchange.unpack_session(lib, tmp_path / "back.verksted", dry_run=True).pending
    approval.reopen(lib, sid, reason="Innspill fra en annen maskin")
    assert approval.take_in(lib, sid) == 1
    assert approval.list_pending(lib, sid) == []
    assert notes.get_note(lib, sid, ids[0]).text == "Mer lys i sentrum"
    assert "Fra den andre maskinen" in {n.text for n in notes.list_notes(lib, sid)}


def test_a_file_that_changes_nothing_is_not_held(lib, approved, tmp_path):
    sid, *_ = approved
    exchange.pack_session(lib, sid, tmp_path / "same.verksted")
    summary = exchange.unpack_session(lib, tmp_path / "same.verksted")
    assert not summary.pending
    assert approval.list_pending(lib, sid) == []


# --- the command line ---


def _cli(library: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), *args],
        capture_output=True,
        text=True,
    )


def test_cli_approve_reopen_and_refusals(tmp_path):
    library = tmp_path / "lib.sqlite"
    sid = _cli(library, "new", "politician-workshop", "--title", "Verksted").stdout.strip()
    note = _cli(library, "add", sid, "Lys i sentrum").stdout.strip()
    done = _cli(library, "approve", sid, "--by", "Kari Nordmann", "--pdf", str(tmp_path / "a.pdf"))
    assert done.returncode == 0, done.stderr
    sha = hashlib.sha256((tmp_path / "a.pdf").read_bytes()).hexdigest()
    assert sha in done.stderr
    for args in (
        ("edit", sid, note, "Endret"),
        ("delete", sid, note),
        ("vote", sid, note),
        ("tag", sid, note, "--principle", "3"),
        ("add", sid, "Ny"),
    ):
        refused = _cli(library, *args)
        assert refused.returncode == 1, args
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
        assert refused.stderr.startswith("workshop: Referatet for «Verksted» er godkjent")
    kept = _cli(library, "approved", sid, "--pdf", str(tmp_path / "kept.pdf"), "--version", "1")
    assert kept.returncode == 0, kept.stderr
    assert hashlib.sha256((tmp_path / "kept.pdf").read_bytes()).hexdigest() == sha
    missing = _cli(library, "approved", sid, "--pdf", str(tmp_path / "x.pdf"), "--version", "9")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    shown = json.loads(_cli(library, "show", sid, "--json").stdout)
    assert shown["locked"] is True
    assert shown["approvals"][0]["sha256"] == sha
    assert shown["approvals"][0]["by"] == "Kari Nordmann"
    assert "Kari Nordmann" in _cli(library, "show", sid).stdout
    no_reason = _cli(library, "reopen", sid, "--reason", "")
    assert no_reason.returncode == 1 and no_reason.stderr.count("\n") == 1
    reopened = _cli(library, "reopen", sid, "--reason", "Skrivefeil")
    assert reopened.returncode == 0, reopened.stderr
    assert _cli(library, "edit", sid, note, "Lys i hele sentrum").returncode == 0
    again = _cli(library, "approve", sid, "--by", "Kari Nordmann")
    assert again.returncode == 0 and "versjon 2" in again.stderr
    shown = json.loads(_cli(library, "show", sid, "--json").stdout)
    assert [a["version"] for a in shown["approvals"]] == [1, 2]
    assert shown["approvals"][0]["reopen_reason"] == "Skrivefeil"
    twice = _cli(library, "approve", sid, "--by", "Ola")
    assert twice.returncode == 1 and "Traceback" not in twice.stderr
    assert _cli(library, "reopen", sid, "--reason", "Ny runde").returncode == 0
    unwritable = _cli(library, "approve", sid, "--by", "Ola", "--pdf", str(tmp_path / "no/x.pdf"))
    assert unwritable.returncode == 1 and unwritable.stderr.count("\n") == 1
    assert "x.pdf" in unwritable.stderr
    assert len(json.loads(_cli(library, "show", sid, "--json").stdout)["approvals"]) == 2
