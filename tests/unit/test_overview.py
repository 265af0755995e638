"""The period overview: what is counted, what is not, and that every total is its appendix's sum.

One hand-built library (:func:`build_library`) with sessions of three types on both edges of the
period and one day outside each, an undated and a deleted session, notes with two principles,
deleted notes, actions in every status around a fixed ``TODAY``, ratings and stories.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

import pytest

from workshop.export.overview_csv import write_overview_csv
from workshop.services import notes as note_service
from workshop.services.actions import add_action, set_action
from workshop.services.evaluation import add_ratings
from workshop.services.overview import (
    TABLE_NAMES,
    build_overview,
    few_inputs,
    overview_tables,
)
from workshop.services.sessions import create_session, set_session_deleted, update_session

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

START, END = date(2026, 3, 1), date(2026, 5, 31)
TODAY = date(2026, 6, 15)


@dataclass
class Built:
    a: str  # politician workshop on the first day
    b: str  # library evening
    b2: str  # library evening without notes or participants
    c: str  # focus group on the last day
    before: str  # one day before the period
    after: str  # one day after the period
    undated: str
    deleted: str
    story_note: str
    story_action: str
    deleted_story_note: str


def build_library(lib) -> Built:
    def session(template, title, day, planned=None, actual=None):
        sid = create_session(lib, template, title, session_date=day, participants=planned or {})
        if actual:
            update_session(lib, sid, participants_actual=actual)
        return sid

    def note(sid, text, principles=(), focus=(), deleted=False, story=False):
        nid = note_service.add_note(lib, sid, text, principles=principles, focus_areas=focus)
        if story:
            note_service.set_stories(lib, sid, {nid: True})
        if deleted:
            note_service.set_notes_deleted(lib, sid, [nid], True)
        return nid

    def action(sid, text, status="open", due=None, story=False, owner=""):
        aid = add_action(lib, sid, text, due=due, owner=owner)
        if status != "open" or story:
            set_action(lib, aid, status=status, story=story)
        return aid

    a = session(
        "politician-workshop",
        "Politikerverksted i mars",
        START,
        {"Politikere": 20, "Administrasjon": 5},
        {"Politikere": 18},
    )
    b = session(
        "library-evening",
        "Temakveld i april",
        date(2026, 4, 15),
        {"Innbyggere": 40},
        {"Innbyggere": 35, "Ungdom": 6},
    )
    b2 = session("library-evening", "Temakveld i mai", date(2026, 5, 10))
    c = session("focus-group", "Fokusgruppe i mai", END, {"Innbyggere": 8})
    before = session("library-evening", "Dagen før", date(2026, 2, 28), {"Innbyggere": 99})
    after = session("politician-workshop", "Dagen etter", date(2026, 6, 1), {"Politikere": 99})
    undated = session("focus-group", "Uten dato", None, {"Innbyggere": 99})
    deleted = session("library-evening", "Slettet økt", date(2026, 4, 1), {"Innbyggere": 99})
    deleted_undated = session("library-evening", "Slettet uten dato", None)

    note(a, "Mål effekten av tiltakene", [1, 10], ["faktabasert-kvalitetsutvikling"])
    note(a, "Heia på initiativ", [1])
    note(a, "Kaffe og vafler")
    note(a, "Tillit til de ansatte", [5], deleted=True)
    story_note = note(a, "Vi målte ventetiden og halverte den", [10], story=True)
    note(b, "Brukerne med fra start", [7, 9], ["samskaping-og-involvering", "ekstern-vurdering"])
    note(b, "Spør innbyggerne", [7])
    note(b, "Bedre skilting")
    deleted_story_note = note(b, "Slettet historie", [3], deleted=True, story=True)
    note(c, "Snakk med brukerne", [7])
    note(c, "Lær nytt og del det", [2, 4])
    for sid in (before, after, deleted):
        note(sid, "Utenfor perioden", [2, 6], ["digitalt-forstevalg"], story=True)

    action(a, "Åpent, forfalt i går", due=date(2026, 6, 14), owner="Rådmannen")
    action(a, "Pågår, forfalt", "in-progress", due=date(2026, 5, 1))
    action(b, "Åpent, frist i dag", due=TODAY)
    story_action = action(b, "Gjennomført", "done", due=date(2026, 5, 1), story=True)
    action(c, "Droppet", "dropped", due=date(2026, 4, 1))
    action(c, "Åpent uten frist")
    action(before, "Utenfor, forfalt", due=date(2026, 1, 1), story=True)

    add_ratings(lib, a, [5, 4, 4])
    add_ratings(lib, b, [3])
    add_ratings(lib, before, [1, 1])
    add_ratings(lib, deleted, [1])

    set_session_deleted(lib, deleted, True)
    set_session_deleted(lib, deleted_undated, True)
    return Built(
        a, b, b2, c, before, after, undated, deleted, story_note, story_action, deleted_story_note
    )


@pytest.fixture
def built(lib) -> Built:
    return build_library(lib)


@pytest.fixture
def ov(lib, built):
    return build_overview(lib, START, END, today=TODAY)


# --- sessions ----------------------------------------------------------------------------------


def test_sessions_on_both_edges_counted_and_a_day_outside_not(ov, built):
    assert [cs.id for cs in ov.sessions] == [built.a, built.b, built.b2, built.c]
    assert [cs.number for cs in ov.sessions] == [1, 2, 3, 4]
    assert ov.sessions[0].date == START and ov.sessions[-1].date == END
    assert ov.session_count == 4


def test_undated_sessions_counted_separately_and_deleted_ones_never(ov, built):
    assert ov.undated_sessions == 1  # the deleted undated one does not count
    ids = {cs.id for cs in ov.sessions}
    assert built.deleted not in ids and built.undated not in ids


def test_sessions_by_type_and_month(ov):
    assert [(tc.template_id, tc.sessions) for tc in ov.by_type] == [
        ("library-evening", 2),
        ("focus-group", 1),
        ("politician-workshop", 1),
    ]
    evening = ov.by_type[0]
    assert evening.label("nb") == "Temakveld på biblioteket"
    assert evening.label("en") == "Theme evening at the library"
    assert (evening.notes, evening.participants) == (3, 41)
    assert [(m.month, m.sessions, m.notes) for m in ov.by_month] == [
        ("2026-03", 1, 4),
        ("2026-04", 1, 3),
        ("2026-05", 2, 2),
    ]


def test_months_without_sessions_are_listed(lib, built):
    ov = build_overview(lib, date(2025, 11, 1), date(2026, 4, 30), today=TODAY)
    assert ov.months() == ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    assert [m.sessions for m in ov.by_month] == [0, 0, 0, 1, 1, 1]


def test_a_period_of_one_day(lib, built):
    ov = build_overview(lib, END, END, today=TODAY)
    assert [cs.title for cs in ov.sessions] == ["Fokusgruppe i mai"]
    assert ov.notes_total == 2


def test_an_empty_period(lib, built):
    ov = build_overview(lib, date(2020, 1, 1), date(2020, 12, 31), today=TODAY)
    assert ov.sessions == () and ov.notes_total == 0 and ov.actions == ()
    assert ov.evaluation.n == 0 and ov.evaluation.mean is None
    assert len(ov.few_inputs) == len(ov.by_principle) == 10  # all without inputs
    assert ov.undated_sessions == 1
    assert ov.by_principle[0].title["nb"] == "Positive forventninger"


def test_start_after_end_is_refused(lib):
    with pytest.raises(ValueError):
        build_overview(lib, END, START)


# --- participants ------------------------------------------------------------------------------


def test_participants_actual_where_recorded_else_planned(ov):
    groups = {g.group: (g.total, g.actual, g.planned, g.sessions) for g in ov.participants}
    assert groups == {
        "Politikere": (18, 18, 0, 1),  # actual 18 replaces the planned 20
        "Administrasjon": (5, 0, 5, 1),  # no actual recorded: planned
        "Innbyggere": (43, 35, 8, 2),  # actual in B, planned in C
        "Ungdom": (6, 6, 0, 1),  # only recorded as actual
    }
    assert (ov.participants_total, ov.participants_actual, ov.participants_planned) == (72, 59, 13)
    assert [cs.participants_source for cs in ov.sessions] == ["mixed", "actual", "none", "planned"]
    assert [cs.participants for cs in ov.sessions] == [23, 41, 0, 8]


# --- inputs ------------------------------------------------------------------------------------


def test_live_notes_only_and_two_principles_count_under_both(ov):
    assert ov.notes_total == 9  # 11 notes in the period, 2 deleted
    assert ov.notes_unmapped == 2
    counts = {p.number: p.notes for p in ov.by_principle}
    assert counts == {1: 2, 2: 1, 3: 0, 4: 1, 5: 0, 6: 0, 7: 3, 8: 0, 9: 1, 10: 2}
    assert sum(counts.values()) == 10  # two notes have two principles each
    assert [cs.notes for cs in ov.sessions] == [4, 3, 0, 2]
    assert ov.sessions[0].principle_counts == {1: 2, 10: 2}


def test_inputs_per_focus_area(ov):
    counts = {fa.id: fa.notes for fa in ov.by_focus_area if fa.notes}
    assert counts == {
        "faktabasert-kvalitetsutvikling": 1,
        "samskaping-og-involvering": 1,
        "ekstern-vurdering": 1,
    }
    assert len(ov.by_focus_area) == 10  # every focus area of the framework, also empty ones
    assert ov.by_focus_area[0].label("en") == "Active innovation politicians"


def test_principles_with_few_inputs(ov):
    assert [p.number for p in ov.few_inputs] == [3, 5, 6, 8]
    assert [p.number for p in ov.zero_principles] == [3, 5, 6, 8]


def test_few_inputs_without_zeros_takes_the_three_lowest_with_ties():
    from workshop.services.overview import PrincipleCount

    rows = [PrincipleCount(n, {"nb": str(n)}, c) for n, c in [(1, 5), (2, 1), (3, 2), (4, 2)]]
    rows.append(PrincipleCount(5, {"nb": "5"}, 2))
    assert [p.number for p in few_inputs(rows)] == [2, 3, 4, 5]


# --- actions -----------------------------------------------------------------------------------


def test_actions_by_status_every_status_listed(ov):
    assert [(s.status, s.actions) for s in ov.actions_by_status] == [
        ("open", 3),
        ("in-progress", 1),
        ("done", 1),
        ("dropped", 1),
    ]
    assert len(ov.actions) == 6  # the action of the session before the period is left out


def test_overdue_is_due_before_today_and_still_open(ov):
    assert [a.text for a in ov.overdue] == ["Pågår, forfalt", "Åpent, forfalt i går"]
    today = next(a for a in ov.actions if a.text == "Åpent, frist i dag")
    assert not today.overdue  # due today is not overdue yet
    done = next(a for a in ov.actions if a.status == "done")
    assert done.due < TODAY and not done.overdue
    assert ov.actions[-1].due is None  # undated last
    assert {a.session_number for a in ov.overdue} == {1}


def test_overdue_follows_today(lib, built):
    later = build_overview(lib, START, END, today=date(2026, 6, 16))
    assert len(later.overdue) == 3


# --- evaluation and stories --------------------------------------------------------------------


def test_average_evaluation_over_the_ratings_of_the_period(ov):
    ev = ov.evaluation
    assert ev.counts == (0, 0, 1, 2, 1)
    assert (ev.n, ev.sessions) == (4, 2)
    assert ev.mean == pytest.approx(4.0)
    assert [(cs.ratings, cs.rating_mean) for cs in ov.sessions[:2]] == [
        (3, pytest.approx(13 / 3)),
        (1, 3.0),
    ]


def test_stories_are_live_notes_and_actions_of_the_period(ov, built):
    assert [(s.kind, s.id) for s in ov.stories] == [
        ("note", built.story_note),
        ("action", built.story_action),
    ]
    note, action = ov.stories
    assert note.session_title == "Politikerverksted i mars" and note.principles == (10,)
    assert note.session_number == 1
    assert action.status == "done" and action.session_number == 2
    assert [cs.stories for cs in ov.sessions] == [1, 1, 0, 0]


# --- traceability ------------------------------------------------------------------------------


def test_every_total_is_the_sum_of_the_appendix(ov):
    s = ov.sessions
    assert ov.notes_total == sum(cs.notes for cs in s)
    assert ov.notes_unmapped == sum(cs.notes_unmapped for cs in s)
    assert ov.participants_total == sum(cs.participants for cs in s)
    assert len(ov.actions) == sum(cs.actions for cs in s)
    assert ov.evaluation.n == sum(cs.ratings for cs in s)
    assert len(ov.stories) == sum(cs.stories for cs in s)
    assert sum(tc.sessions for tc in ov.by_type) == len(s)
    assert sum(m.sessions for m in ov.by_month) == len(s)
    for p in ov.by_principle:
        assert p.notes == sum(cs.principle_counts.get(p.number, 0) for cs in s)
    for fa in ov.by_focus_area:
        assert fa.notes == sum(cs.focus_area_counts.get(fa.id, 0) for cs in s)


# --- tables and CSV ----------------------------------------------------------------------------


def test_tables_in_order(ov):
    tables = overview_tables(ov, "nb")
    assert tuple(t.name for t in tables) == TABLE_NAMES
    for table in tables:
        assert all(len(row) == len(table.columns) for row in table.rows), table.name


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_csv_one_file_per_table(ov, tmp_path):
    written = write_overview_csv(ov, tmp_path / "out", "nb")
    assert [p.name for p in written] == [f"{name}.csv" for name in TABLE_NAMES]
    assert not list((tmp_path / "out").glob(".*.tmp"))

    summary = {r["key"]: r["value"] for r in _read(tmp_path / "out" / "summary.csv")}
    assert summary["sessions"] == "4"
    assert summary["sessions_without_date"] == "1"
    assert summary["participants"] == "72"
    assert summary["inputs"] == "9"
    assert summary["actions_overdue"] == "2"
    assert summary["rating_mean"] == "4,00"  # decimal comma in bokmål

    sessions = _read(tmp_path / "out" / "sessions.csv")
    assert [r["title"] for r in sessions] == [
        "Politikerverksted i mars",
        "Temakveld i april",
        "Temakveld i mai",
        "Fokusgruppe i mai",
    ]
    assert sessions[0]["principle_1"] == "2" and sessions[0]["principle_10"] == "2"
    assert sessions[0]["participant_source"] == "mixed"
    assert sessions[0]["focus_area_faktabasert-kvalitetsutvikling"] == "1"
    assert sum(int(r["inputs"]) for r in sessions) == 9

    principles = _read(tmp_path / "out" / "inputs_by_principle.csv")
    assert [(r["principle"], r["inputs"], r["few_inputs"]) for r in principles][:3] == [
        ("1", "2", "0"),
        ("2", "1", "0"),
        ("3", "0", "1"),
    ]
    actions = _read(tmp_path / "out" / "actions.csv")
    assert [r["overdue"] for r in actions].count("1") == 2
    assert {r["status"] for r in actions} == {"open", "in-progress", "done", "dropped"}
    stories = _read(tmp_path / "out" / "stories.csv")
    assert [(r["session"], r["kind"]) for r in stories] == [("1", "note"), ("2", "action")]
    evaluation = _read(tmp_path / "out" / "evaluation.csv")
    assert [r["ratings"] for r in evaluation] == ["0", "0", "1", "2", "1"]
    groups = _read(tmp_path / "out" / "participant_groups.csv")
    assert groups[0] == {
        "group": "Innbyggere",
        "participants": "43",
        "actual": "35",
        "planned": "8",
        "sessions": "2",
    }


def test_csv_in_english(ov, tmp_path):
    write_overview_csv(ov, tmp_path, "en")
    rows = _read(tmp_path / "sessions_by_type.csv")
    assert rows[0]["type"] == "Theme evening at the library"
    summary = {r["key"]: r for r in _read(tmp_path / "summary.csv")}
    assert summary["rating_mean"]["value"] == "4.00"
    assert summary["inputs"]["label"] == "Inputs"
