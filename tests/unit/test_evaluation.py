"""Session evaluation: ratings 1–5 (validation, summary, mean, many sessions at once), keep/change
notes of the evaluate step, the minutes' section read back with pypdf, the JSON, and ``rate``."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from workshop.cli import main
from workshop.domain.formatting import decimal
from workshop.errors import InvalidInputError, NotFoundError
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.tabular import minutes_json
from workshop.services import evaluation
from workshop.services.evaluation import (
    RatingSummary,
    add_ratings,
    evaluation_summaries,
    feedback_kind,
    list_ratings,
    rating_summary,
    remove_rating,
    restore_rating,
)
from workshop.services.minutes import build_minutes
from workshop.services.notes import add_note, set_notes_deleted
from workshop.services.sessions import create_session, get_session

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

EXPORTED = datetime(2026, 3, 5, 12, 30)


def _evaluate_step(lib, session_id):
    return next(s for s in get_session(lib, session_id).steps if s.kind == "evaluate")


def _other_session(lib, template="library-evening", title="Temakveld"):
    return create_session(lib, template, title, session_date=date(2026, 4, 1))


def _pdf_text(lib, session_id, tmp_path, **kwargs) -> str:
    data = build_minutes(lib, session_id, exported_at=EXPORTED, **kwargs)
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(data, path)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# --- adding and validating ---------------------------------------------------------------------
def test_add_ratings_stores_each_value_in_typing_order(lib, session_id):
    step = _evaluate_step(lib, session_id)
    ids = add_ratings(lib, session_id, [4, 5, 5, 3, 1], step_id=step.id)
    assert len(ids) == len(set(ids)) == 5
    stored = list_ratings(lib, session_id)
    assert [r.id for r in stored] == ids
    assert [r.value for r in stored] == [4, 5, 5, 3, 1]
    assert {r.step_id for r in stored} == {step.id}
    assert add_ratings(lib, session_id, []) == []


def test_digit_strings_count_as_ratings(lib, session_id):
    add_ratings(lib, session_id, ["2", " 5 "])
    assert [r.value for r in list_ratings(lib, session_id)] == [2, 5]
    assert list_ratings(lib, session_id)[0].step_id is None


@pytest.mark.parametrize("bad", [0, 6, -1, 10, "x", "", "4.5", 4.0, True, None])
def test_values_outside_one_to_five_are_refused_and_nothing_is_stored(lib, session_id, bad):
    with pytest.raises(InvalidInputError) as caught:
        add_ratings(lib, session_id, [4, bad, 5])
    assert caught.value.key == "rating_invalid"
    assert "1" in caught.value.message("nb") and "5" in caught.value.message("nb")
    assert list_ratings(lib, session_id) == []  # all or none


def test_unknown_session_and_foreign_step_are_refused(lib, session_id):
    with pytest.raises(NotFoundError):
        add_ratings(lib, "no-such-session", [3])
    other = _other_session(lib)
    foreign = _evaluate_step(lib, other)
    with pytest.raises(NotFoundError) as caught:
        add_ratings(lib, session_id, [3], step_id=foreign.id)
    assert caught.value.key == "rating_step_not_found"
    assert list_ratings(lib, session_id) == []


def test_remove_and_restore_keep_id_value_and_order(lib, session_id):
    ids = add_ratings(lib, session_id, [1, 2, 3])
    removed = remove_rating(lib, ids[1])
    assert removed.value == 2
    assert [r.value for r in list_ratings(lib, session_id)] == [1, 3]
    restore_rating(lib, removed)
    restore_rating(lib, removed)  # twice is harmless
    assert [r.id for r in list_ratings(lib, session_id)] == ids
    with pytest.raises(NotFoundError) as caught:
        remove_rating(lib, "nope")
    assert caught.value.key == "rating_not_found"


def test_ratings_go_with_their_session(lib, session_id):
    from workshop.services.purge import purge_session

    add_ratings(lib, session_id, [5, 5])
    purge_session(lib, session_id)
    assert evaluation_summaries(lib, [session_id])[session_id].n == 0


# --- summaries ---------------------------------------------------------------------------------
def test_summary_counts_n_and_mean(lib, session_id):
    empty = rating_summary(lib, session_id)
    assert empty.counts == (0, 0, 0, 0, 0) and empty.n == 0 and empty.mean is None
    add_ratings(lib, session_id, [4, 5, 5, 3, 1, 5])
    summary = rating_summary(lib, session_id)
    assert summary.counts == (1, 0, 1, 1, 3)
    assert summary.count(5) == 3 and summary.count(2) == 0
    assert summary.n == 6
    assert summary.mean == pytest.approx(23 / 6)
    assert summary.share(5) == pytest.approx(0.5)
    assert summary.as_dict() == {
        "counts": {"1": 1, "2": 0, "3": 1, "4": 1, "5": 3},
        "n": 6,
        "mean": 3.83,
    }
    assert RatingSummary.of({}).as_dict()["mean"] is None


def test_mean_is_written_the_norwegian_way_in_bokmal():
    assert decimal(23 / 6, "nb") == "3,8"
    assert decimal(23 / 6, "en") == "3.8"
    assert decimal(None, "nb") == "–"
    assert decimal(4.25, "en") == "4.3"  # half up, as people round
    assert RatingSummary.of({4: 1, 5: 3, 3: 4}).as_dict()["mean"] == 3.88  # 3.875


def test_summaries_of_many_sessions_in_one_query(lib, session_id):
    second = _other_session(lib)
    unrated = _other_session(lib, title="Uten vurdering")
    add_ratings(lib, session_id, [5, 4])
    add_ratings(lib, second, [2, 2, 3])
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(lib.engine, "before_cursor_execute", count)
    try:
        summaries = evaluation_summaries(lib, [session_id, second, unrated, session_id])
    finally:
        event.remove(lib.engine, "before_cursor_execute", count)
    assert len([s for s in statements if "ratings" in s]) == 1
    assert set(summaries) == {session_id, second, unrated}
    assert summaries[session_id].counts == (0, 0, 0, 1, 1)
    assert summaries[session_id].mean == pytest.approx(4.5)
    assert summaries[second].n == 3 and summaries[second].mean == pytest.approx(7 / 3)
    assert summaries[unrated].n == 0 and summaries[unrated].mean is None
    assert evaluation_summaries(lib, []) == {}


# --- keep / change notes -----------------------------------------------------------------------
def test_keep_and_change_are_the_notes_own_field_not_its_group():
    assert feedback_kind("keep") == "keep"
    assert feedback_kind("change") == "change"
    assert feedback_kind("") is None
    assert feedback_kind("Behold") is None  # a participant group's name is no feedback
    assert evaluation.feedback_labels("nb") == ("Behold", "Endre")
    assert evaluation.feedback_labels("en") == ("Keep", "Change")


@pytest.mark.parametrize(
    ("feedback", "text", "kind"),
    [
        ("", "Beholde: at politikerne satt ved bordene", "keep"),
        ("", "Endre – annonser tidligere", "change"),
        ("", "keep: the short talks", "keep"),
        ("", "Endre-knappen virket ikke", None),  # a word, not a prefix
        ("", "Endret: tidspunktet", None),
        ("", "Behold dette", None),
        ("keep", "Endre: x", "keep"),  # the field wins
    ],
)
def test_keep_and_change_by_a_prefix_in_the_text(feedback, text, kind):
    assert feedback_kind(feedback, text) == kind


def test_session_evaluation_sorts_the_evaluate_steps_notes(lib, session_id):
    step = _evaluate_step(lib, session_id)
    keep = add_note(lib, session_id, "Korte innlegg", step_id=step.id, feedback="keep")
    change = add_note(
        lib, session_id, "Mer tid", step_id=step.id, feedback="change", group="Politikere"
    )
    other = add_note(lib, session_id, "Takk for i dag", step_id=step.id, group="Behold")
    gone = add_note(lib, session_id, "Slettet", step_id=step.id, feedback="keep")
    set_notes_deleted(lib, session_id, [gone], True)
    add_note(lib, session_id, "Innspill i steg 1", step_position=1, feedback="keep")
    data = build_minutes(lib, session_id)
    result = data.evaluation
    assert [s.id for s in result.steps] == [step.id]
    assert [n.id for n in result.keep] == [keep]
    assert [n.id for n in result.change] == [change]
    assert [n.id for n in result.other] == [other]
    assert result.shown


# --- the minutes ---------------------------------------------------------------------------------
def test_minutes_show_the_distribution_mean_and_keep_change_notes(lib, session_id, tmp_path):
    step = _evaluate_step(lib, session_id)
    add_ratings(lib, session_id, [4, 5, 5, 3, 4, 5, 2], step_id=step.id)
    add_note(lib, session_id, "EVAL-K korte innlegg", step_id=step.id, feedback="keep")
    add_note(lib, session_id, "EVAL-C mer tid", step_id=step.id, feedback="change")
    add_note(lib, session_id, "EVAL-O takk", step_id=step.id)
    text = _pdf_text(lib, session_id, tmp_path)
    flat = " ".join(text.split())
    agenda = flat.index("Agenda slik den ble gjennomført")
    section = flat.index("Evaluering av økta", agenda)
    assert section < flat.index("Innspill etter prinsipp", section)
    part = flat[section : flat.index("Innspill etter prinsipp", section)]
    assert "7 vurderinger" in part
    assert "Gjennomsnitt 4,0 av 5" in part
    assert "fra 1 (lavest) til 5 (høyest)" in part
    assert "Ingen vurderinger registrert." not in part
    # the chart: each value 5 … 1 followed by its count
    assert "5 3 4 2 3 1 2 1 1 0" in part
    keep, change, other = (part.index(h) for h in ("Behold", "Endre", "Andre tilbakemeldinger"))
    assert keep < part.index("EVAL-K") < change < part.index("EVAL-C") < other
    assert other < part.index("EVAL-O")


def test_minutes_say_no_ratings_recorded(lib, session_id, tmp_path):
    text = " ".join(_pdf_text(lib, session_id, tmp_path).split())
    assert "Evaluering av økta Ingen vurderinger registrert." in text
    assert "Ingen lapper om hva som bør beholdes eller endres." in text
    english = " ".join(_pdf_text(lib, session_id, tmp_path, language="en").split())
    assert "Session evaluation No ratings recorded." in english


def test_one_rating_in_english(lib, session_id, tmp_path):
    add_ratings(lib, session_id, [4])
    text = " ".join(_pdf_text(lib, session_id, tmp_path, language="en").split())
    assert "1 rating Mean 4.0 out of 5" in text


def test_evaluation_is_bookmarked_under_the_agenda(lib, session_id, tmp_path):
    import pikepdf

    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(data, path)
    with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
        agenda = next(i for i in outline.root if i.title == "Agenda slik den ble gjennomført")
        assert [c.title for c in agenda.children] == ["Evaluering av økta"]
        assert "Evaluering av økta" not in [i.title for i in outline.root]


def test_no_section_without_an_evaluate_step_or_ratings(lib, tmp_path):
    stand = _other_session(lib, template="popup-stand", title="Stand")
    assert all(s.kind != "evaluate" for s in get_session(lib, stand).steps)
    assert "Evaluering av økta" not in _pdf_text(lib, stand, tmp_path)
    add_ratings(lib, stand, [3])
    assert "Evaluering av økta" in _pdf_text(lib, stand, tmp_path)


def test_json_has_the_ratings_summary_and_the_note_numbers(lib, session_id):
    step = _evaluate_step(lib, session_id)
    add_note(lib, session_id, "Først", step_position=1)
    add_note(lib, session_id, "Behold dette", step_id=step.id, feedback="keep")
    add_ratings(lib, session_id, [5, 4], step_id=step.id)
    record = minutes_json(build_minutes(lib, session_id))
    assert record["evaluation"] == {
        "ratings": {"counts": {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1}, "n": 2, "mean": 4.5},
        "keep": [2],
        "change": [],
        "other": [],
    }
    json.dumps(record)  # serialisable as it is


# --- the command line ----------------------------------------------------------------------------
def test_rate_adds_ratings_to_the_evaluate_step(lib, library_path, session_id, capsys):
    code = main(["--library", str(library_path), "rate", session_id[:8], "4", "5", "3"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == ""
    assert err.strip() == "Vurderinger lagt inn: 3"
    stored = list_ratings(lib, session_id)
    assert [r.value for r in stored] == [4, 5, 3]
    assert {r.step_id for r in stored} == {_evaluate_step(lib, session_id).id}


def test_rate_refuses_a_bad_value_and_stores_nothing(lib, library_path, session_id, capsys):
    code = main(["--library", str(library_path), "rate", session_id, "4", "7"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "Ugyldig vurdering «7»" in err
    assert list_ratings(lib, session_id) == []


def test_rate_with_a_step_number(lib, library_path, session_id, capsys):
    assert main(["--library", str(library_path), "rate", session_id, "2", "--step", "1"]) == 0
    capsys.readouterr()
    first = get_session(lib, session_id).steps[0]
    assert [r.step_id for r in list_ratings(lib, session_id)] == [first.id]
