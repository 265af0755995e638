"""Actions: filters across sessions (owner, principle via linked notes, overdue on a fixed day),
changes with validation, prefix references, drafts from notes and clusters, undoable deletion."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from workshop.domain.vocabulary import OPEN_STATUSES
from workshop.errors import InvalidInputError, NotFoundError
from workshop.services import actions as action_service
from workshop.services import board as board_service
from workshop.services import notes as note_service
from workshop.services.sessions import create_session, set_session_deleted
from workshop.store.models import Action, ActionNote

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

TODAY = date(2026, 3, 10)
OTHER_DEVICE = "00000000-0000-4000-8000-000000000000"
OLD = datetime(2000, 1, 1)


def ids(actions) -> list[str]:
    return [a.id for a in actions]


def _age(lib, action_id: str) -> None:
    with lib.write() as s:
        s.execute(
            update(Action)
            .where(Action.id == action_id)
            .values(device_id=OTHER_DEVICE, updated_at=OLD)
        )


def _row(lib, action_id: str) -> Action:
    with lib.read() as s:
        return s.get(Action, action_id)


@pytest.fixture
def two_sessions(lib, session_id):
    other = create_session(lib, "focus-group", "Fokusgruppe om biblioteket")
    return session_id, other


# --- filters --------------------------------------------------------------------------------


def test_overdue_is_before_the_day_and_not_closed(lib, two_sessions):
    first, other = two_sessions
    late = action_service.add_action(lib, first, "For sent", due=date(2026, 3, 9))
    late_busy = action_service.add_action(lib, other, "Pågår", due=date(2026, 1, 1))
    action_service.set_action(lib, late_busy, status="in-progress")
    late_done = action_service.add_action(lib, first, "Ferdig", due=date(2026, 1, 1))
    action_service.set_action(lib, late_done, status="done")
    late_dropped = action_service.add_action(lib, first, "Droppet", due=date(2026, 1, 1))
    action_service.set_action(lib, late_dropped, status="dropped")
    action_service.add_action(lib, first, "I dag", due=TODAY)  # due today is not overdue
    action_service.add_action(lib, first, "Uten frist")

    overdue = action_service.list_actions(lib, overdue_on=TODAY)
    assert ids(overdue) == [late_busy, late]  # by due date
    by_id = {a.id: a for a in action_service.list_actions(lib)}
    assert {a for a in by_id if action_service.is_overdue(by_id[a], TODAY)} == {late, late_busy}
    assert ids(action_service.list_actions(lib, overdue_on=date(2026, 1, 1))) == []
    assert ids(action_service.list_actions(lib, overdue_on=TODAY, session_id=other)) == [late_busy]


def test_principle_filter_sees_own_and_linked_notes_principles(lib, session_id):
    tagged = note_service.add_note(lib, session_id, "Lapp om brukerne", principles=[7])
    gone = note_service.add_note(lib, session_id, "Slettet lapp", principles=[4])
    own = action_service.add_action(lib, session_id, "Eget prinsipp", principles=[7])
    via_note = action_service.add_action(
        lib, session_id, "Via lappen", note_ids=[tagged], principles=[]
    )
    via_deleted = action_service.add_action(
        lib, session_id, "Via slettet lapp", note_ids=[gone], principles=[]
    )
    note_service.set_notes_deleted(lib, session_id, [gone], True)
    action_service.add_action(lib, session_id, "Uten prinsipp")

    assert ids(action_service.list_actions(lib, principle=7)) == [own, via_note]
    assert action_service.list_actions(lib, principle=7)[1].principles == []  # own stay own
    assert ids(action_service.list_actions(lib, principle=4)) == []  # deleted notes do not count
    assert via_deleted in ids(action_service.list_actions(lib))


def test_owner_status_search_and_deleted_sessions(lib, two_sessions):
    first, other = two_sessions
    kari = action_service.add_action(lib, first, "Lag plan", owner="Kari Ødegård")
    ola = action_service.add_action(lib, other, "Ring Jaren", owner="Ola")
    nobody = action_service.add_action(lib, first, "Tenk", owner="")
    action_service.set_action(lib, ola, status="in-progress", comment="Venter på svar")

    assert ids(action_service.list_actions(lib, owner="ødegå")) == [kari]
    assert ids(action_service.list_actions(lib, owner="  OLA ")) == [ola]
    assert ids(action_service.list_actions(lib, owner="")) == [kari, ola, nobody]
    assert ids(action_service.list_actions(lib, status=OPEN_STATUSES)) == [
        kari,
        ola,
        nobody,
    ]
    assert ids(action_service.list_actions(lib, status=["done", "in-progress"])) == [ola]
    assert ids(action_service.list_actions(lib, search="svar")) == [ola]  # the comment
    assert ids(action_service.list_actions(lib, search="fokusgruppe")) == [ola]  # the session
    assert ids(action_service.list_actions(lib, search="PLAN")) == [kari]
    assert ids(action_service.list_actions(lib, owner="kari", status="done")) == []

    set_session_deleted(lib, other, True)  # waiting to be purged: gone from the overview
    assert ids(action_service.list_actions(lib)) == [kari, nobody]
    assert ids(action_service.list_actions(lib, session_id=other)) == [ola]
    assert action_service.known_owners(lib) == ["Kari Ødegård", "Ola"]


# --- creating and changing ------------------------------------------------------------------


def test_principles_default_to_the_union_of_the_notes(lib, session_id):
    a = note_service.add_note(lib, session_id, "A", principles=[7, 2])
    b = note_service.add_note(lib, session_id, "B", principles=[2, 9])
    union = action_service.add_action(lib, session_id, "Begge", note_ids=[a, b])
    chosen = action_service.add_action(lib, session_id, "Valgt", note_ids=[a], principles=[5])
    none = action_service.add_action(lib, session_id, "Ingen", note_ids=[a], principles=[])
    found = {x.id: x for x in action_service.list_actions(lib)}
    assert found[union].principles == [2, 7, 9]
    assert found[union].note_ids == [a, b]
    assert found[chosen].principles == [5]
    assert found[none].principles == []


def test_update_action_changes_fields_in_one_stamped_transaction(lib, session_id):
    action_id = action_service.add_action(
        lib, session_id, "Lag plan", owner="Kari", due=date(2026, 4, 1), principles=[1]
    )
    _age(lib, action_id)
    action_service.update_action(
        lib,
        action_id,
        text="  Lag en plan  ",
        owner="  Ola   Nordmann ",
        due=date(2026, 5, 1),
        principles=[9, 3, 3],
        status="in-progress",
        comment=" Startet ",
        story=True,
    )
    row = _row(lib, action_id)
    assert (row.device_id, row.updated_at > OLD) == (lib.device_id, True)
    info = action_service.get_action(lib, action_id)
    assert (info.text, info.owner, info.due, info.principles) == (
        "Lag en plan",
        "Ola Nordmann",
        date(2026, 5, 1),
        [3, 9],
    )
    assert (info.status, info.comment, info.story) == ("in-progress", "Startet", True)

    action_service.update_action(lib, action_id, owner="Kari")  # the due date is kept (UNSET)
    assert action_service.get_action(lib, action_id).due == date(2026, 5, 1)
    action_service.update_action(lib, action_id, due=None)
    assert action_service.get_action(lib, action_id).due is None
    action_service.set_action(lib, action_id, story=False)
    assert action_service.get_action(lib, action_id).story is False


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"text": "  \n "}, "action_empty"),
        ({"text": "x" * 5001}, "action_too_long"),
        ({"owner": "x" * 201}, "action_owner_too_long"),
        ({"comment": "x" * 5001}, "action_comment_too_long"),
        ({"status": "closed"}, "action_status_bad"),
        ({"due": "2026-05-01"}, "action_due_bad"),
        ({"principles": [11], "status": "done"}, "principle_unknown"),
    ],
)
def test_update_action_refuses_bad_values_and_changes_nothing(lib, session_id, changes, key):
    action_id = action_service.add_action(lib, session_id, "Lag plan", owner="Kari")
    with pytest.raises(InvalidInputError) as exc:
        action_service.update_action(lib, action_id, **changes)
    assert exc.value.key == key
    info = action_service.get_action(lib, action_id)
    assert (info.text, info.owner, info.status, info.principles) == ("Lag plan", "Kari", "open", [])


def test_update_and_get_of_a_missing_action(lib, session_id):
    with pytest.raises(NotFoundError) as exc:
        action_service.update_action(lib, "0" * 36, owner="x")
    assert exc.value.key == "action_not_found"
    with pytest.raises(NotFoundError):
        action_service.get_action(lib, "0" * 36)
    with pytest.raises(InvalidInputError) as exc:
        action_service.add_action(lib, session_id, "x", owner="o" * 201)
    assert exc.value.key == "action_owner_too_long"


def test_resolve_action_by_uuid_or_unique_prefix(lib, session_id):
    first = action_service.add_action(
        lib, session_id, "A", action_id="abcd1234-0000-4000-8000-000000000001"
    )
    second = action_service.add_action(
        lib, session_id, "B", action_id="abcd5678-0000-4000-8000-000000000002"
    )
    assert action_service.resolve_action(lib, first) == first
    assert action_service.resolve_action(lib, " ABCD1 ") == first
    assert action_service.resolve_action(lib, "abcd5") == second
    with pytest.raises(InvalidInputError) as exc:
        action_service.resolve_action(lib, "abcd")
    assert exc.value.key == "ref_ambiguous"
    with pytest.raises(InvalidInputError) as exc:
        action_service.resolve_action(lib, "abc")
    assert exc.value.key == "ref_too_short"
    with pytest.raises(NotFoundError) as exc:
        action_service.resolve_action(lib, "ffff")
    assert exc.value.key == "action_not_found"


def test_delete_and_restore_bring_the_action_back_as_it_was(lib, session_id):
    note = note_service.add_note(lib, session_id, "Lapp", principles=[3])
    action_id = action_service.add_action(
        lib, session_id, "Lag plan", owner="Kari", due=date(2026, 4, 1), note_ids=[note]
    )
    action_service.set_action(lib, action_id, status="in-progress", comment="Godt i gang")
    before = action_service.get_action(lib, action_id)
    removed = action_service.delete_action(lib, action_id)
    assert removed == before
    assert action_service.list_actions(lib) == []
    with lib.read() as s:
        assert s.query(ActionNote).count() == 0
    action_service.restore_action(lib, removed)
    assert action_service.get_action(lib, action_id) == before


# --- drafts from notes and clusters ---------------------------------------------------------


def test_drafts_from_a_note_a_cluster_and_mixed_notes(lib, session_id):
    one = note_service.add_note(lib, session_id, "Flere benker\nlangs stien", principles=[3])
    two = note_service.add_note(lib, session_id, "Bedre lys", principles=[7])
    three = note_service.add_note(lib, session_id, "Mer skilting", principles=[7, 1])
    loose = note_service.add_note(lib, session_id, "Kafé", principles=[2])
    cluster = board_service.create_cluster(lib, session_id, "Turstien", [one, two, three])
    note_service.set_notes_deleted(lib, session_id, [three], True)

    draft = action_service.draft_action(lib, session_id, [one])
    assert (draft.text, draft.note_ids, draft.principles) == (
        "Flere benker langs stien",
        [one],
        [3],
    )
    assert draft.cluster_name == "Turstien"  # so the dialog can offer the whole cluster

    draft = action_service.draft_action(lib, session_id, cluster_id=cluster)
    assert (draft.text, draft.note_ids, draft.principles) == ("Turstien", [one, two], [3, 7])
    assert action_service.cluster_note_ids(lib, session_id, cluster) == [one, two]

    draft = action_service.draft_action(lib, session_id, [two, one])  # one cluster, capture order
    assert (draft.text, draft.note_ids) == ("Turstien", [one, two])

    draft = action_service.draft_action(lib, session_id, [loose, one])
    assert (draft.text, draft.note_ids, draft.principles, draft.cluster_name) == (
        "Flere benker langs stien",
        [one, loose],
        [2, 3],
        None,
    )
    assert action_service.draft_action(lib, session_id).text == ""
    with pytest.raises(NotFoundError):
        action_service.draft_action(lib, session_id, cluster_id="0" * 36)
    other = create_session(lib, "focus-group", "Annen")
    with pytest.raises(NotFoundError):
        action_service.draft_action(lib, other, [one])
