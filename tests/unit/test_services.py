"""Services: sessions, notes, tags, votes, clusters, actions and the demo, on stored rows."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from workshop.domain.framework import load_default_framework
from workshop.domain.templates import get_template
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services import actions as action_service
from workshop.services import agenda as agenda_service
from workshop.services import board as board_service
from workshop.services import notes as note_service
from workshop.services import tags as tag_service
from workshop.services.demo import create_demo
from workshop.services.sessions import (
    create_session,
    get_session,
    list_sessions,
    resolve_session,
    session_framework,
    update_session,
)
from workshop.store.models import (
    Action,
    Cluster,
    Note,
    NoteFocusArea,
    NotePrinciple,
    Step,
    WorkshopSession,
)

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

OLD = datetime(2000, 1, 1)
OTHER_DEVICE = "00000000-0000-4000-8000-0000000000ff"


def _age(lib, model, row_id: str) -> None:
    """Pretend another device changed the row long ago, so a new stamp is visible."""
    with lib.write() as s:
        s.execute(
            update(model).where(model.id == row_id).values(device_id=OTHER_DEVICE, updated_at=OLD)
        )


def _assert_stamped(lib, model, row_id: str) -> None:
    with lib.read() as s:
        row = s.get(model, row_id)
        assert row.device_id == lib.device_id
        assert row.updated_at > OLD


def _note_row(lib, note_id: str) -> Note:
    with lib.read() as s:
        return s.get(Note, note_id)


def _principles(lib, note_id: str) -> list[int]:
    with lib.read() as s:
        return sorted(
            s.scalars(select(NotePrinciple.principle).where(NotePrinciple.note_id == note_id))
        )


def _focus_areas(lib, note_id: str) -> list[str]:
    with lib.read() as s:
        return sorted(
            s.scalars(select(NoteFocusArea.focus_area).where(NoteFocusArea.note_id == note_id))
        )


def _note_count(lib) -> int:
    with lib.read() as s:
        return len(s.scalars(select(Note.id)).all())


# --- sessions -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nb", "en"])
def test_create_session_copies_the_template_agenda(lib, language):
    tpl = get_template("politician-workshop")
    session_id = create_session(lib, "politician-workshop", "  Verksted  ", language=language)
    with lib.read() as s:
        ws = s.get(WorkshopSession, session_id)
        steps = s.scalars(
            select(Step).where(Step.session_id == session_id).order_by(Step.position)
        ).all()
        assert ws.title == "Verksted"
        assert ws.language == language
        assert ws.status == "planned"
        assert ws.template_id == "politician-workshop"
        assert ws.template_name == tpl.name[language]
        assert ws.device_id == lib.device_id
    assert [st.position for st in steps] == list(range(1, len(tpl.steps) + 1))
    assert len(steps) == len(tpl.steps) >= 5
    for stored, expected in zip(steps, tpl.steps, strict=True):
        assert stored.kind == expected.kind
        assert stored.minutes == expected.minutes
        assert stored.title == expected.title[language]
        assert stored.prompt == expected.prompt[language]
        assert stored.question == expected.question[language]
        assert stored.device_id == lib.device_id
    other = "en" if language == "nb" else "nb"
    assert steps[1].title != tpl.steps[1].title[other]


def test_create_session_stores_framework_and_snapshot(lib, session_id):
    fw = load_default_framework()
    with lib.read() as s:
        ws = s.get(WorkshopSession, session_id)
        assert ws.framework_id == fw.id == "gran-innovasjonsplakaten"
        assert ws.framework_snapshot == fw.to_dict()
        assert ws.date == date(2026, 3, 4)
        assert ws.place == "Gran rådhus"
        assert ws.facilitators == ["Kari Nordmann"]
        assert ws.participants_planned == {"Politikere": 20, "Administrasjon": 5}
        assert ws.participants_actual == {}
    assert session_framework(lib, session_id) == fw
    assert [p.number for p in session_framework(lib, session_id).principles] == list(range(1, 11))


def test_create_session_refuses_bad_input(lib):
    with pytest.raises(InvalidInputError) as exc:
        create_session(lib, "politician-workshop", "   ")
    assert exc.value.key == "title_empty"
    with pytest.raises(InvalidInputError) as exc:
        create_session(lib, "politician-workshop", "T", language="de")
    assert exc.value.key == "language_bad"
    with pytest.raises(NotFoundError) as exc:
        create_session(lib, "no-such-template", "T")
    assert exc.value.key == "template_not_found"
    with pytest.raises(InvalidInputError) as exc:
        create_session(lib, "politician-workshop", "T", participants={"Politikere": -1})
    assert exc.value.key == "participants_bad"
    assert list_sessions(lib) == []


def test_update_session_merges_participants_per_group(lib, session_id):
    _age(lib, WorkshopSession, session_id)
    update_session(
        lib,
        session_id,
        participants_planned={"Politikere": 18, "Innbyggere": 3},
        participants_actual={"Politikere": 17},
    )
    update_session(lib, session_id, participants_actual={"Administrasjon": 4})
    info = get_session(lib, session_id)
    assert info.participants_planned == {"Politikere": 18, "Administrasjon": 5, "Innbyggere": 3}
    assert info.participants_actual == {"Politikere": 17, "Administrasjon": 4}
    assert info.title == "Politikerverksted om innovasjon"  # untouched fields stay
    _assert_stamped(lib, WorkshopSession, session_id)


def test_update_session_changes_fields_and_validates_status(lib, session_id):
    update_session(
        lib,
        session_id,
        title=" Ny tittel ",
        place=" Lunner ",
        session_date=date(2026, 4, 1),
        archive_ref=" 2026/9 ",
        facilitators=["Ola", " ", "Kari "],
        status="running",
    )
    info = get_session(lib, session_id)
    assert (info.title, info.place, info.date, info.archive_ref) == (
        "Ny tittel",
        "Lunner",
        date(2026, 4, 1),
        "2026/9",
    )
    assert info.facilitators == ["Ola", "Kari"]
    assert info.status == "running"
    with pytest.raises(InvalidInputError) as exc:
        update_session(lib, session_id, title="Skal ikke lagres", status="paused")
    assert exc.value.key == "status_bad"
    info = get_session(lib, session_id)
    assert info.status == "running"
    assert info.title == "Ny tittel"  # the whole change was refused
    with pytest.raises(NotFoundError):
        update_session(lib, "0" * 36, title="x")


def test_resolve_session_by_full_id_and_prefix(lib, session_id):
    assert resolve_session(lib, session_id) == session_id
    assert resolve_session(lib, session_id.upper()) == session_id
    assert resolve_session(lib, f"  {session_id[:4]} ") == session_id
    assert resolve_session(lib, session_id[:8]) == session_id


def test_resolve_session_refuses_short_and_unknown_refs(lib, session_id):
    with pytest.raises(InvalidInputError) as exc:
        resolve_session(lib, session_id[:3])
    assert exc.value.key == "ref_too_short"
    assert exc.value.params["min"] == 4
    unknown = "ffff" if not session_id.startswith("ffff") else "eeee"
    with pytest.raises(NotFoundError) as exc:
        resolve_session(lib, unknown)
    assert exc.value.key == "session_not_found"
    assert unknown in exc.value.message("en")


@pytest.fixture
def shared_prefix_ids(monkeypatch):
    """Every new row id starts with ``abcd``; ids stay unique."""
    counter = itertools.count()
    fake_uuid = SimpleNamespace(
        uuid4=lambda: f"abcd{next(counter):04x}-0000-4000-8000-000000000000"
    )
    monkeypatch.setattr("workshop.store.models.uuid", fake_uuid)


def test_resolve_session_ambiguous_prefix(lib, shared_prefix_ids):
    first = create_session(lib, "focus-group", "A")
    second = create_session(lib, "focus-group", "B")
    assert first[:4] == second[:4] == "abcd"
    with pytest.raises(InvalidInputError) as exc:
        resolve_session(lib, "abcd")
    assert exc.value.key == "ref_ambiguous"
    assert resolve_session(lib, first) == first
    assert resolve_session(lib, second[:8]) == second


def test_resolve_note_prefix_ambiguous_and_scoped_to_session(lib, session_id, shared_prefix_ids):
    a = note_service.add_note(lib, session_id, "a")
    b = note_service.add_note(lib, session_id, "b")
    with pytest.raises(InvalidInputError) as exc:
        note_service.resolve_note(lib, session_id, "abcd")
    assert exc.value.key == "ref_ambiguous"
    assert note_service.resolve_note(lib, session_id, a[:8]) == a
    assert note_service.resolve_note(lib, session_id, b) == b
    with pytest.raises(InvalidInputError) as exc:
        note_service.resolve_note(lib, session_id, "abc")
    assert exc.value.key == "ref_too_short"
    other = create_session(lib, "focus-group", "Annen")
    with pytest.raises(NotFoundError) as exc:
        note_service.resolve_note(lib, other, a)
    assert exc.value.key == "note_not_found"


def test_list_sessions_counts_notes_without_deleted(lib, session_id):
    other = create_session(lib, "focus-group", "Fokusgruppe", session_date=date(2026, 5, 1))
    ids = [note_service.add_note(lib, session_id, f"lapp {i}") for i in range(3)]
    note_service.add_note(lib, other, "annen")
    note_service.set_notes_deleted(lib, session_id, [ids[0]], True)
    summaries = {s.id: s for s in list_sessions(lib)}
    assert summaries[session_id].note_count == 2
    assert summaries[other].note_count == 1
    assert [s.id for s in list_sessions(lib)] == [other, session_id]  # newest date first
    assert summaries[session_id].template_id == "politician-workshop"
    assert summaries[session_id].status == "planned"


# --- notes ----------------------------------------------------------------------------------


def test_add_note_trims_and_normalises_line_endings(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "  \r\n Første linje\r\nAndre\rTredje \n ")
    row = _note_row(lib, note_id)
    assert row.text == "Første linje\nAndre\nTredje"
    assert row.session_id == session_id
    assert row.device_id == lib.device_id
    assert row.colour == "yellow"
    assert row.votes == 0
    assert row.deleted is False


def test_add_note_refuses_empty_text(lib, session_id):
    for text in ("", "   ", "\r\n\t"):
        with pytest.raises(InvalidInputError) as exc:
            note_service.add_note(lib, session_id, text)
        assert exc.value.key == "note_empty"
    assert _note_count(lib) == 0


def test_add_note_length_limit(lib, session_id):
    ok = "x" * 5000
    note_id = note_service.add_note(lib, session_id, ok)
    assert _note_row(lib, note_id).text == ok
    with pytest.raises(InvalidInputError) as exc:
        note_service.add_note(lib, session_id, "x" * 5001)
    assert exc.value.key == "note_too_long"
    assert exc.value.params == {"length": 5001, "limit": 5000}
    assert _note_count(lib) == 1
    # surrounding whitespace does not count against the limit
    note_service.add_note(lib, session_id, "  " + ok + "\n")
    assert _note_count(lib) == 2


def test_add_note_sequence_step_and_group(lib, session_id):
    ids = [note_service.add_note(lib, session_id, f"lapp {i}") for i in range(3)]
    assert [_note_row(lib, i).seq for i in ids] == [1, 2, 3]
    step3 = agenda_service.step_id_at(lib, session_id, 3)
    note_id = note_service.add_note(
        lib, session_id, "med steg", step_position=3, group=" Politikere ", colour="blue"
    )
    row = _note_row(lib, note_id)
    assert row.seq == 4
    assert row.step_id == step3
    assert row.participant_group == "Politikere"
    assert row.colour == "blue"
    listed = note_service.list_notes(lib, session_id)[-1]
    assert (listed.step_position, listed.group, listed.seq) == (3, "Politikere", 4)
    # numbering is per session
    other = create_session(lib, "focus-group", "Annen")
    assert _note_row(lib, note_service.add_note(lib, other, "første")).seq == 1


def test_add_note_refuses_unknown_step_principle_focus_area_and_colour(lib, session_id):
    cases = [
        ({"step_position": 99}, "step_unknown"),
        ({"principles": [11]}, "principle_unknown"),
        ({"principles": [0]}, "principle_unknown"),
        ({"focus_areas": ["no-such-area"]}, "focus_area_unknown"),
        ({"colour": "red"}, "colour_unknown"),
        ({"group": "g" * 101}, "group_too_long"),
    ]
    for kwargs, key in cases:
        with pytest.raises(InvalidInputError) as exc:
            note_service.add_note(lib, session_id, "tekst", **kwargs)
        assert exc.value.key == key, kwargs
    with pytest.raises(InvalidInputError) as exc:
        note_service.add_note(lib, session_id, "tekst", principles=[3, 11])
    assert exc.value.params["value"] == 11
    assert exc.value.params["known"] == "1–10"
    assert "11" in exc.value.message("nb")
    with pytest.raises(NotFoundError) as exc:
        note_service.add_note(lib, "0" * 36, "tekst")
    assert exc.value.key == "session_not_found"
    assert _note_count(lib) == 0


def test_add_note_with_tags(lib, session_id):
    note_id = note_service.add_note(
        lib,
        session_id,
        "tekst",
        principles=[7, 3, 7],
        focus_areas=["ekstern-vurdering", "digitalt-forstevalg"],
    )
    assert _principles(lib, note_id) == [3, 7]
    assert _focus_areas(lib, note_id) == ["digitalt-forstevalg", "ekstern-vurdering"]
    note = note_service.get_note(lib, session_id, note_id)
    assert note.principles == (3, 7)
    assert note.focus_areas == ("digitalt-forstevalg", "ekstern-vurdering")


def test_edit_note(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "gammel")
    _age(lib, Note, note_id)
    note_service.edit_note(lib, session_id, note_id, " ny\r\ntekst ")
    assert _note_row(lib, note_id).text == "ny\ntekst"
    _assert_stamped(lib, Note, note_id)
    with pytest.raises(InvalidInputError) as exc:
        note_service.edit_note(lib, session_id, note_id, " ")
    assert exc.value.key == "note_empty"
    with pytest.raises(InvalidInputError) as exc:
        note_service.edit_note(lib, session_id, note_id, "y" * 5001)
    assert exc.value.key == "note_too_long"
    assert _note_row(lib, note_id).text == "ny\ntekst"
    with pytest.raises(NotFoundError):
        note_service.edit_note(lib, session_id, "0" * 36, "x")


def test_delete_and_restore_note(lib, session_id):
    keep = note_service.add_note(lib, session_id, "beholdes")
    gone = note_service.add_note(lib, session_id, "slettes")
    _age(lib, Note, gone)
    note_service.set_notes_deleted(lib, session_id, [gone], True)
    _assert_stamped(lib, Note, gone)
    row = _note_row(lib, gone)
    assert row.deleted is True
    assert row.text == "slettes"  # soft delete keeps the text
    assert [n.id for n in note_service.list_notes(lib, session_id)] == [keep]
    with_deleted = note_service.list_notes(lib, session_id, include_deleted=True)
    assert [(n.id, n.deleted) for n in with_deleted] == [(keep, False), (gone, True)]
    _age(lib, Note, gone)
    note_service.set_notes_deleted(lib, session_id, [gone], False)
    _assert_stamped(lib, Note, gone)
    assert [n.id for n in note_service.list_notes(lib, session_id)] == [keep, gone]


def test_note_of_another_session_is_not_found(lib, session_id):
    other = create_session(lib, "focus-group", "Annen")
    note_id = note_service.add_note(lib, other, "annen økt")
    for call in (
        lambda: note_service.set_notes_deleted(lib, session_id, [note_id], True),
        lambda: note_service.edit_note(lib, session_id, note_id, "x"),
        lambda: note_service.vote_notes(lib, session_id, {note_id: 1}),
        lambda: tag_service.set_tags(lib, session_id, {note_id: True}, principles=[1]),
    ):
        with pytest.raises(NotFoundError) as exc:
            call()
        assert exc.value.key == "note_not_found"
    row = _note_row(lib, note_id)
    assert (row.deleted, row.text, row.votes) == (False, "annen økt", 0)
    assert _principles(lib, note_id) == []


def test_set_tags_adds_and_removes(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "tekst", principles=[2])
    _age(lib, Note, note_id)
    tag_service.set_tags(
        lib,
        session_id,
        {note_id: True},
        principles=[3, 7, 3, 2],
        focus_areas=["ekstern-vurdering"],
    )
    _assert_stamped(lib, Note, note_id)
    assert _principles(lib, note_id) == [2, 3, 7]  # duplicates and existing tags ignored
    assert _focus_areas(lib, note_id) == ["ekstern-vurdering"]
    tag_service.set_tags(lib, session_id, {note_id: True}, focus_areas=["ekstern-vurdering"])
    assert _focus_areas(lib, note_id) == ["ekstern-vurdering"]
    with lib.read() as s:
        devices = set(
            s.scalars(select(NotePrinciple.device_id).where(NotePrinciple.note_id == note_id))
        )
    assert devices == {lib.device_id}
    tag_service.set_tags(
        lib, session_id, {note_id: False}, principles=[2, 7], focus_areas=["ekstern-vurdering"]
    )
    assert _principles(lib, note_id) == [3]
    assert _focus_areas(lib, note_id) == []
    # removing a tag that is not there is harmless
    tag_service.set_tags(lib, session_id, {note_id: False}, principles=[9])
    assert _principles(lib, note_id) == [3]
    with pytest.raises(InvalidInputError) as exc:
        tag_service.set_tags(lib, session_id, {note_id: True}, principles=[4, 11])
    assert exc.value.key == "principle_unknown"
    assert _principles(lib, note_id) == [3]  # nothing of the refused change was stored
    with pytest.raises(InvalidInputError) as exc:
        tag_service.set_tags(lib, session_id, {note_id: True}, focus_areas=["nope"])
    assert exc.value.key == "focus_area_unknown"


def test_toggle_principle(lib, session_id):
    """Ctrl+digit on one note: on when the note lacks the principle, else off."""

    def toggle(principle: int) -> bool:
        on = principle not in note_service.get_note(lib, session_id, note_id).principles
        tag_service.set_tags(lib, session_id, {note_id: on}, principles=[principle])
        return principle in note_service.get_note(lib, session_id, note_id).principles

    note_id = note_service.add_note(lib, session_id, "tekst")
    assert toggle(5) is True
    assert _principles(lib, note_id) == [5]
    assert toggle(8) is True
    assert _principles(lib, note_id) == [5, 8]
    assert toggle(5) is False
    assert _principles(lib, note_id) == [8]


def test_vote_notes_never_below_zero(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "tekst")
    _age(lib, Note, note_id)
    assert note_service.vote_notes(lib, session_id, {note_id: 1})[note_id] == 1
    _assert_stamped(lib, Note, note_id)
    assert note_service.vote_notes(lib, session_id, {note_id: 3})[note_id] == 4
    assert note_service.vote_notes(lib, session_id, {note_id: -1})[note_id] == 3
    assert _note_row(lib, note_id).votes == 3
    assert note_service.vote_notes(lib, session_id, {note_id: -10})[note_id] == 0
    assert _note_row(lib, note_id).votes == 0
    assert note_service.vote_notes(lib, session_id, {note_id: -1})[note_id] == 0
    assert note_service.vote_notes(lib, session_id, {note_id: 2})[note_id] == 2
    assert note_service.get_note(lib, session_id, note_id).votes == 2


def test_clusters(lib, session_id):
    a = note_service.add_note(lib, session_id, "a")
    b = note_service.add_note(lib, session_id, "b")
    c = note_service.add_note(lib, session_id, "c")
    cluster = board_service.create_cluster(lib, session_id, "  Møteplasser ", [a], x=1.5, y=2.0)
    _assert_stamped(lib, Cluster, cluster)
    with lib.read() as s:
        row = s.get(Cluster, cluster)
        assert (row.name, row.x, row.y, row.session_id) == ("Møteplasser", 1.5, 2.0, session_id)
    _age(lib, Note, b)
    board_service.set_clusters(lib, session_id, {b: cluster})
    _assert_stamped(lib, Note, b)
    names = {n.id: n.cluster_name for n in note_service.list_notes(lib, session_id)}
    assert names == {a: "Møteplasser", b: "Møteplasser", c: None}
    assert _note_row(lib, b).cluster_id == cluster
    board_service.set_clusters(lib, session_id, {a: None})
    assert note_service.get_note(lib, session_id, a).cluster_name is None
    assert [(ci.id, ci.name) for ci in board_service.list_clusters(lib, session_id)] == [
        (cluster, "Møteplasser")
    ]
    with pytest.raises(InvalidInputError) as exc:
        board_service.create_cluster(lib, session_id, "  ")
    assert exc.value.key == "cluster_name_empty"
    other = create_session(lib, "focus-group", "Annen")
    foreign = board_service.create_cluster(lib, other, "Fremmed")
    with pytest.raises(NotFoundError) as exc:
        board_service.set_clusters(lib, session_id, {c: foreign})
    assert exc.value.key == "cluster_not_found"
    assert _note_row(lib, c).cluster_id is None


def test_move_notes_stores_position(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "tekst")
    assert (_note_row(lib, note_id).x, _note_row(lib, note_id).y) == (None, None)
    _age(lib, Note, note_id)
    board_service.move_notes(lib, session_id, {note_id: (120.5, -40.0)})
    _assert_stamped(lib, Note, note_id)
    row = _note_row(lib, note_id)
    assert (row.x, row.y) == (120.5, -40.0)
    info = note_service.get_note(lib, session_id, note_id)
    assert (info.x, info.y) == (120.5, -40.0)


def test_edit_note_group_colour_step(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "tekst")
    step2 = agenda_service.step_id_at(lib, session_id, 2)
    _age(lib, Note, note_id)
    note_service.edit_note(lib, session_id, note_id, group=" Adm ", colour="pink", step_id=step2)
    _assert_stamped(lib, Note, note_id)
    row = _note_row(lib, note_id)
    assert (row.participant_group, row.colour, row.step_id) == ("Adm", "pink", step2)
    with pytest.raises(InvalidInputError):
        note_service.edit_note(lib, session_id, note_id, colour="black")
    assert _note_row(lib, note_id).colour == "pink"


# --- actions --------------------------------------------------------------------------------


def test_actions_add_set_list(lib, session_id):
    note_id = note_service.add_note(lib, session_id, "tekst")
    later = action_service.add_action(
        lib, session_id, " Lag plan ", owner=" Kari ", due=date(2026, 6, 1), note_ids=[note_id]
    )
    sooner = action_service.add_action(
        lib, session_id, "Ring biblioteket", due=date(2026, 4, 1), principles=[3, 3, 9]
    )
    undated = action_service.add_action(lib, session_id, "Tenk videre")
    actions = action_service.list_actions(lib)
    assert [a.id for a in actions] == [sooner, later, undated]
    first = actions[1]
    assert (first.text, first.owner, first.status, first.note_ids) == (
        "Lag plan",
        "Kari",
        "open",
        [note_id],
    )
    assert first.session_title == "Politikerverksted om innovasjon"
    assert actions[0].principles == [3, 9]
    _age(lib, Action, later)
    action_service.set_action(lib, later, status="in-progress", comment=" Startet ")
    _assert_stamped(lib, Action, later)
    action_service.set_action(lib, sooner, status="done")
    assert [a.id for a in action_service.list_actions(lib, status="in-progress")] == [later]
    assert [a.id for a in action_service.list_actions(lib, status="done")] == [sooner]
    assert [a.id for a in action_service.list_actions(lib, status="open")] == [undated]
    assert action_service.list_actions(lib, status="in-progress")[0].comment == "Startet"
    other = create_session(lib, "focus-group", "Annen")
    assert action_service.list_actions(lib, session_id=other) == []
    assert len(action_service.list_actions(lib, session_id=session_id)) == 3


def test_actions_refuse_bad_input(lib, session_id):
    action_id = action_service.add_action(lib, session_id, "Gjør noe")
    with pytest.raises(InvalidInputError) as exc:
        action_service.set_action(lib, action_id, status="closed")
    assert exc.value.key == "action_status_bad"
    with pytest.raises(InvalidInputError) as exc:
        action_service.set_action(lib, action_id, status="in_progress")
    assert exc.value.key == "action_status_bad"
    assert action_service.list_actions(lib)[0].status == "open"
    with pytest.raises(NotFoundError) as exc:
        action_service.set_action(lib, "0" * 36, status="done")
    assert exc.value.key == "action_not_found"
    with pytest.raises(InvalidInputError) as exc:
        action_service.add_action(lib, session_id, "  ")
    assert exc.value.key == "action_empty"
    with pytest.raises(InvalidInputError) as exc:
        action_service.add_action(lib, session_id, "x", principles=[11])
    assert exc.value.key == "principle_unknown"
    with pytest.raises(NotFoundError) as exc:
        action_service.add_action(lib, session_id, "x", note_ids=["0" * 36])
    assert exc.value.key == "note_not_found"
    assert len(action_service.list_actions(lib)) == 1  # refused actions left nothing behind


# --- demo -----------------------------------------------------------------------------------


def test_demo_session(lib, demo_session):
    info = get_session(lib, demo_session)
    assert info.status == "finished"
    assert info.template_id == "library-evening"
    assert info.participants_actual == {"Innbyggere": 21, "Politikere": 5, "Administrasjon": 3}
    assert info.participants_planned["Innbyggere"] == 25
    assert info.facilitators == ["Kari Nordmann", "Ola Hansen"]
    notes = note_service.list_notes(lib, demo_session)
    assert len(notes) == 42
    assert [n.seq for n in notes] == list(range(1, 43))
    tagged = [n for n in notes if n.principles]
    assert 5 <= len(tagged) < 42
    assert all(set(n.principles) <= set(range(1, 11)) for n in tagged)
    assert any(n.focus_areas for n in notes)
    assert sum(n.votes for n in notes) > 0
    # the room's dots fit what the vote step gave each person ("3 stemmer hver · N av M brukt")
    vote_step = next(s for s in info.steps if s.kind == "vote")
    assert sum(n.votes for n in notes) <= vote_step.vote_budget * sum(
        info.participants_actual.values()
    )
    clusters = board_service.list_clusters(lib, demo_session)
    assert len(clusters) == 6
    assert {n.cluster_name for n in notes if n.cluster_name} == {c.name for c in clusters}
    assert all(n.step_position is not None and n.x is not None for n in notes)
    assert any("\n" in n.text for n in notes)
    assert [s.note_count for s in list_sessions(lib)] == [42]


def test_demo_can_be_created_twice(lib):
    first = create_demo(lib, today=date(2026, 1, 10))
    second = create_demo(lib)
    assert first != second
    assert get_session(lib, first).date == date(2026, 1, 3)
    assert {s.note_count for s in list_sessions(lib)} == {42}


@pytest.mark.parametrize("many", [400, 2])  # by their ids, or the whole session read
def test_get_notes_reads_several_notes_as_get_note_reads_each(lib, session_id, many, monkeypatch):
    from workshop.errors import NotFoundError
    from workshop.services import notes
    from workshop.services.notes import add_note, get_note, get_notes, set_notes_deleted

    monkeypatch.setattr(notes, "_MANY", many)
    ids = [add_note(lib, session_id, f"Innspill {i}", principles=[1 + i % 3]) for i in range(5)]
    set_notes_deleted(lib, session_id, [ids[1]], True)
    assert get_notes(lib, session_id, reversed(ids)) == [get_note(lib, session_id, i) for i in ids]
    assert get_notes(lib, session_id, []) == []
    with pytest.raises(NotFoundError):
        get_notes(lib, session_id, [ids[0], "no-such-note"])
