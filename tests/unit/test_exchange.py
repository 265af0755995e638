"""Moving a session between laptops: what travels, how edits made apart are merged."""

from __future__ import annotations

import io
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PIL import Image

from workshop.cli import main
from workshop.services import actions, agenda, attachments, board, evaluation, exchange, notes, tags
from workshop.services.sessions import create_session, get_session, list_sessions
from workshop.store.db import Library
from workshop.store.sessionfile import FILE_APPLICATION_ID, FILE_FORMAT, read_session_file

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def pair(tmp_path, lib):
    """Laptop A with a session of three notes, and B holding a copy of it: another laptop's
    library, or the team library on PostgreSQL (the ``lib`` fixture's two backends)."""
    a = Library.open(tmp_path / "a.sqlite")
    b = lib
    sid = create_session(a, "politician-workshop", "Verksted i Gran")
    ids = [notes.add_note(a, sid, text) for text in ("Lys i sentrum", "Benker", "Buss")]
    send(a, b, sid, tmp_path)
    yield a, b, sid, ids, tmp_path
    a.close()
    b.close()


def send(source: Library, target: Library, sid: str, tmp: Path, **kw) -> exchange.MergeSummary:
    file = tmp / "send.verksted"
    exchange.pack_session(source, sid, file)
    return exchange.unpack_session(target, file, **kw)


def texts(lib: Library, sid: str, *, deleted: bool = False) -> dict[str, str]:
    return {n.id: n.text for n in notes.list_notes(lib, sid, include_deleted=deleted)}


def test_the_file_is_a_sqlite_application_file_without_wal(pair):
    a, _b, sid, _ids, tmp = pair
    file = tmp / "out.verksted"
    exchange.pack_session(a, sid, file)
    assert file.read_bytes()[:16] == b"SQLite format 3\x00"
    conn = sqlite3.connect(file)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == FILE_APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == FILE_FORMAT
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in tmp.iterdir() if p.name.startswith(("out", ".out"))) == [
        "out.verksted"
    ]


def test_a_new_session_arrives_whole_and_twice_changes_nothing(pair):
    a, b, sid, ids, tmp = pair
    assert texts(b, sid) == texts(a, sid)
    assert [s.title for s in get_session(b, sid).steps] == [
        s.title for s in get_session(a, sid).steps
    ]
    again = send(a, b, sid, tmp)
    assert (again.new, again.updated, again.conflicts) == (0, 0, 0)
    assert again.unchanged > len(ids)


def test_edits_made_apart_are_merged_field_by_field(pair):
    a, b, sid, ids, tmp = pair
    board.move_notes(a, sid, {ids[0]: (10.0, 20.0)})
    notes.edit_note(b, sid, ids[0], colour="pink")
    send(a, b, sid, tmp)
    send(b, a, sid, tmp)
    for lib in (a, b):
        note = notes.get_note(lib, sid, ids[0])
        assert (note.x, note.y, note.colour) == (10.0, 20.0, "pink")


def test_the_later_change_to_one_field_wins_everywhere(pair):
    a, b, sid, ids, tmp = pair
    notes.edit_note(a, sid, ids[1], colour="blue")
    time.sleep(0.002)
    notes.edit_note(b, sid, ids[1], colour="green")
    send(a, b, sid, tmp)
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[1]).colour == notes.get_note(b, sid, ids[1]).colour == "green"


def test_text_edited_on_two_laptops_is_a_conflict_nothing_is_lost(pair):
    a, b, sid, ids, tmp = pair
    notes.edit_note(a, sid, ids[0], "Mer lys i sentrum")
    notes.edit_note(b, sid, ids[0], "Lys langs elva")
    summary = send(a, b, sid, tmp)
    assert summary.conflicts == 1
    send(b, a, sid, tmp)
    for lib in (a, b):
        [conflict] = exchange.list_conflicts(lib, sid)
        assert conflict.note_id == ids[0]
        assert {v.text for v in conflict.heads} == {"Mer lys i sentrum", "Lys langs elva"}
    assert notes.get_note(a, sid, ids[0]).text == notes.get_note(b, sid, ids[0]).text
    assert exchange.conflicted_note_ids(a, sid) == {ids[0]}
    # The facilitator settles it on A; B learns it with the next file.
    exchange.resolve_conflict(a, sid, ids[0], "Mer lys i sentrum og langs elva")
    assert exchange.list_conflicts(a, sid) == []
    assert exchange.conflicted_note_ids(a, sid) == set()
    assert send(a, b, sid, tmp).conflicts == 0
    assert notes.get_note(b, sid, ids[0]).text == "Mer lys i sentrum og langs elva"


def test_choosing_one_head_unchanged_also_resolves(pair):
    a, b, sid, ids, tmp = pair
    notes.edit_note(a, sid, ids[2], "Buss til Jaren")
    notes.edit_note(b, sid, ids[2], "Buss til Brandbu")
    send(b, a, sid, tmp)
    shown = notes.get_note(a, sid, ids[2]).text
    exchange.resolve_conflict(a, sid, ids[2], shown)
    assert exchange.list_conflicts(a, sid) == []
    assert notes.get_note(a, sid, ids[2]).text == shown


def test_a_deletion_travels_without_the_text(pair):
    a, b, sid, ids, tmp = pair
    notes.set_notes_deleted(a, sid, [ids[1]], True)
    file = tmp / "deleted.verksted"
    exchange.pack_session(a, sid, file)
    content = read_session_file(file)
    [row] = [r for r in content.rows["notes"] if r["id"] == ids[1]]
    assert row["deleted"] == 1 and row["text"] == ""
    assert all(v["note_id"] != ids[1] for v in content.rows["note_versions"])
    assert b"Benker" not in file.read_bytes()
    exchange.unpack_session(b, file)
    assert ids[1] not in texts(b, sid)
    # Restored on B, the note comes back with its text (B kept its own history).
    notes.set_notes_deleted(b, sid, [ids[1]], False)
    assert texts(b, sid)[ids[1]] == "Benker"


def test_an_edit_made_while_deleted_elsewhere_is_kept_for_a_restore(pair):
    a, b, sid, ids, tmp = pair
    notes.set_notes_deleted(a, sid, [ids[0]], True)
    time.sleep(0.002)
    notes.edit_note(b, sid, ids[0], "Lys i hele sentrum")
    send(b, a, sid, tmp)
    send(a, b, sid, tmp)
    # The deletion is the later change to "deleted": the note stays deleted on both…
    assert ids[0] not in texts(a, sid) and ids[0] not in texts(b, sid)
    # …but the edit is in A's history, so a restore brings it back.
    notes.set_notes_deleted(a, sid, [ids[0]], False)
    assert texts(a, sid)[ids[0]] == "Lys i hele sentrum"
    send(a, b, sid, tmp)
    assert texts(b, sid)[ids[0]] == "Lys i hele sentrum"


def test_tags_added_and_removed_travel_and_a_later_add_wins(pair):
    a, b, sid, ids, tmp = pair
    tags.set_tags(a, sid, {ids[0]: True, ids[1]: True}, principles=[3])
    send(a, b, sid, tmp)
    assert notes.get_note(b, sid, ids[0]).principles == (3,)
    tags.set_tags(b, sid, {ids[0]: False}, principles=[3])
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[0]).principles == ()
    assert notes.get_note(a, sid, ids[1]).principles == (3,)
    time.sleep(0.002)
    tags.set_tags(a, sid, {ids[0]: True}, principles=[3])  # added again, later than the removal
    send(a, b, sid, tmp)
    assert notes.get_note(b, sid, ids[0]).principles == (3,)


def test_votes_are_counted_per_laptop_and_summed(pair):
    a, b, sid, ids, tmp = pair
    notes.vote_notes(a, sid, {ids[2]: 2})
    notes.vote_notes(b, sid, {ids[2]: 1})
    send(a, b, sid, tmp)
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[2]).votes == notes.get_note(b, sid, ids[2]).votes == 3
    notes.vote_notes(b, sid, {ids[2]: -1})
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[2]).votes == 2
    # The same file again does not count anyone twice.
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[2]).votes == 2


def test_clusters_actions_ratings_steps_and_photos_travel(pair):
    a, b, sid, ids, tmp = pair
    cluster = board.create_cluster(a, sid, "Sentrum", ids[:2])
    action = actions.add_action(a, sid, "Lag en lysplan", owner="Kari", note_ids=[ids[0]])
    evaluation.add_ratings(a, sid, [4, 5])
    step = get_session(a, sid).steps[0]
    agenda.update_step(a, sid, step.id, title="Velkommen til alle")
    image = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(image, "JPEG")
    photo = attachments.add_photo(a, sid, image.getvalue(), caption="Veggen")
    send(a, b, sid, tmp)
    assert notes.get_note(b, sid, ids[1]).cluster_id == cluster
    assert actions.get_action(b, action).text == "Lag en lysplan"
    assert sorted(r.value for r in evaluation.list_ratings(b, sid)) == [4, 5]
    assert get_session(b, sid).steps[0].title == "Velkommen til alle"
    assert attachments.get_photo_bytes(b, photo) == attachments.get_photo_bytes(a, photo)
    # Taken away on B: the removals reach A.
    board.delete_cluster(b, sid, cluster)
    actions.delete_action(b, action)
    evaluation.remove_rating(b, evaluation.list_ratings(b, sid)[0].id)
    attachments.delete_photo(b, photo)
    removed = get_session(b, sid).steps[-1].id
    agenda.remove_step(b, sid, removed)
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[1]).cluster_id is None
    assert actions.list_actions(a, session_id=sid) == []
    assert len(evaluation.list_ratings(a, sid)) == 1
    assert attachments.list_photos(a, sid) == []
    assert removed not in [s.id for s in get_session(a, sid).steps]


def test_a_laptop_with_a_slow_clock_still_orders_after_what_it_merged(pair, monkeypatch):
    a, b, sid, ids, tmp = pair
    notes.edit_note(a, sid, ids[0], colour="blue")
    send(a, b, sid, tmp)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 3600)  # B's clock is an hour behind
    notes.edit_note(b, sid, ids[0], colour="green")  # made after seeing A's change
    monkeypatch.setattr(time, "time", real)
    send(b, a, sid, tmp)
    assert notes.get_note(a, sid, ids[0]).colour == "green"


def test_a_purged_session_is_not_brought_back_silently(pair):
    from workshop.services.purge import purge_session

    a, b, sid, _ids, tmp = pair
    file = tmp / "old.verksted"
    exchange.pack_session(a, sid, file)
    purge_session(b, sid)
    with pytest.raises(exchange.PurgedSessionError) as info:
        exchange.unpack_session(b, file)
    assert "--restore-purged" in info.value.message("en")
    assert sid not in [s.id for s in list_sessions(b)]
    exchange.unpack_session(b, file, allow_purged=True)
    assert sid in [s.id for s in list_sessions(b)]


def test_dry_run_counts_without_writing(pair):
    a, b, sid, ids, tmp = pair
    notes.add_note(a, sid, "Ny lapp")
    notes.edit_note(a, sid, ids[0], "Endret")
    file = tmp / "dry.verksted"
    exchange.pack_session(a, sid, file)
    dry = exchange.unpack_session(b, file, dry_run=True)
    assert (dry.notes.new, dry.notes.updated, dry.dry_run) == (1, 1, True)
    assert len(texts(b, sid)) == 3
    real = exchange.unpack_session(b, file)
    assert (real.notes.new, real.notes.updated) == (1, 1)
    assert len(texts(b, sid)) == 4


def test_a_library_from_the_first_schema_can_send_its_sessions(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "library-v1.sqlite", path)
    with Library.open(path) as old, Library.open(tmp_path / "new.sqlite") as new:
        [session] = list_sessions(old)
        send(old, new, session.id, tmp_path)
        assert texts(new, session.id) == texts(old, session.id)
        assert sorted(n.votes for n in notes.list_notes(new, session.id)) == sorted(
            n.votes for n in notes.list_notes(old, session.id)
        )


def test_cli_changes_travel_too(pair, library_arg, capsys):
    a, b, sid, ids, tmp = pair
    lib_args = ["--library", str(a.path)]
    assert main(["edit", sid[:8], ids[0][:8], "Fra kommandolinja", *lib_args]) == 0
    assert main(["tag", sid[:8], ids[1][:8], "--principle", "5", *lib_args]) == 0
    assert main(["vote", sid[:8], ids[2][:8], "--count", "2", *lib_args]) == 0
    assert main(["delete", sid[:8], ids[2][:8], *lib_args]) == 0
    file = tmp / "cli.verksted"
    assert main(["pack", sid[:8], str(file), *lib_args]) == 0
    assert main(["unpack", str(file), "--library", library_arg]) == 0
    out = capsys.readouterr().out
    assert "2 updated" in out or "2 endret" in out  # notes: one edited, one voted and deleted
    assert notes.get_note(b, sid, ids[0]).text == "Fra kommandolinja"
    assert notes.get_note(b, sid, ids[1]).principles == (5,)
    assert ids[2] not in texts(b, sid)


def test_purging_removes_every_version_of_the_text(pair):
    from workshop.services.purge import purge_session

    a, _b, sid, ids, _tmp = pair
    notes.edit_note(a, sid, ids[0], "Hemmelig første utkast")
    notes.edit_note(a, sid, ids[0], "Endelig tekst")
    purge_session(a, sid)
    a.checkpoint()
    for path in [a.path, *a.path.parent.glob("a.sqlite-*")]:
        if path.is_file():
            assert b"Hemmelig" not in path.read_bytes(), path


def test_a_library_copied_to_another_computer_counts_its_votes_apart(tmp_path, monkeypatch):
    from workshop.store import db

    path_a = tmp_path / "a.sqlite"
    with Library.open(path_a) as a:
        sid = create_session(a, "politician-workshop", "Kopiert")
        note = notes.add_note(a, sid, "Lys")
        device_a = a.device_id
        a.checkpoint()
    shutil.copyfile(path_a, tmp_path / "b.sqlite")  # the whole library moved to a second laptop
    monkeypatch.setattr(db, "machine_id", lambda: "another computer")
    with Library.open(tmp_path / "b.sqlite") as b:
        assert b.device_id != device_a
        notes.vote_notes(b, sid, {note: 2})
        monkeypatch.undo()
        with Library.open(path_a) as a:
            assert a.device_id == device_a  # reopened where it was made: the same id
            notes.vote_notes(a, sid, {note: 1})
            send(b, a, sid, tmp_path)
            send(a, b, sid, tmp_path)
            assert notes.get_note(a, sid, note).votes == notes.get_note(b, sid, note).votes == 3


def test_minutes_show_every_unsettled_text(pair, capsys):
    from pypdf import PdfReader

    from workshop.export.minutes_pdf import write_minutes_pdf
    from workshop.services.minutes import build_minutes

    a, b, sid, ids, tmp = pair
    notes.edit_note(a, sid, ids[0], "Lys i sentrum hele året")
    notes.edit_note(b, sid, ids[0], "Lys langs elvepromenaden")
    send(b, a, sid, tmp)
    data = build_minutes(a, sid, language="nb")
    shown = notes.get_note(a, sid, ids[0]).text
    [other] = data.other_versions[ids[0]]
    assert {shown, other} == {"Lys i sentrum hele året", "Lys langs elvepromenaden"}
    pdf = tmp / "referat.pdf"
    write_minutes_pdf(data, pdf)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    assert "Lys i sentrum hele året" in text and "Lys langs elvepromenaden" in text
    assert "Ikke avklart" in text
    assert main(["export", sid[:8], "--pdf", str(pdf), "--library", str(a.path)]) == 0
    assert "workshop conflicts" in capsys.readouterr().err


def test_rows_from_before_stamps_do_not_look_newer_after_a_tag_change(tmp_path):
    """Two laptops with copies of one old library: a tag added on A (which only touches the
    note's bookkeeping) must not undo a colour change made on B."""
    shutil.copyfile(DATA / "library-v1.sqlite", tmp_path / "a.sqlite")
    shutil.copyfile(DATA / "library-v1.sqlite", tmp_path / "b.sqlite")
    with Library.open(tmp_path / "a.sqlite") as a, Library.open(tmp_path / "b.sqlite") as b:
        [session] = list_sessions(a)
        sid = session.id
        note = notes.list_notes(b, sid)[0].id
        notes.edit_note(b, sid, note, colour="green")
        time.sleep(0.002)
        tags.set_tags(a, sid, {note: True}, principles=[4])
        send(b, a, sid, tmp_path)
        send(a, b, sid, tmp_path)
        for lib in (a, b):
            assert notes.get_note(lib, sid, note).colour == "green"
            assert 4 in notes.get_note(lib, sid, note).principles


def test_undoing_a_deletion_does_not_override_an_edit_made_elsewhere_meanwhile(pair):
    a, b, sid, ids, tmp = pair
    cluster = board.create_cluster(a, sid, "Sentrum", ids[:2])
    send(a, b, sid, tmp)
    members = board.delete_cluster(a, sid, cluster)  # a slip on laptop A…
    board.rename_cluster(b, sid, cluster, "Sentrum og torget")  # …while B renames it
    board.restore_cluster(a, sid, cluster, "Sentrum", members)  # A undoes the slip
    send(a, b, sid, tmp)
    send(b, a, sid, tmp)
    for lib in (a, b):
        [info] = board.list_clusters(lib, sid)
        assert info.name == "Sentrum og torget"
        assert notes.get_note(lib, sid, ids[0]).cluster_id == cluster
