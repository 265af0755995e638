"""The printable capture sheet: questions of the collecting steps, boxes, embedded fonts, CLI."""

from __future__ import annotations

import re

import pikepdf
import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.export.capture_sheet import (
    COLLECTING_KINDS,
    collecting_steps,
    step_question,
    write_capture_sheet,
)
from workshop.i18n import t
from workshop.services.agenda import remove_step
from workshop.services.sessions import get_session, session_framework


def _text(path) -> str:
    """The PDF's text with whitespace collapsed (a long question wraps over lines)."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _fonts(path) -> set[tuple[str, bool]]:
    """(base font, embedded?) of every font on every page."""
    found = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            fonts = page.Resources.get("/Font", {})
            for font in fonts.values():
                descendants = font.get("/DescendantFonts")
                target = descendants[0] if descendants else font
                descriptor = target.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found.add((str(font.BaseFont), embedded))
    return found


@pytest.fixture
def sheet(lib, session_id, tmp_path):
    path = tmp_path / "skjema.pdf"
    session = get_session(lib, session_id)
    write_capture_sheet(session, session_framework(lib, session_id), path, "nb")
    return session, path


def test_the_sheet_has_each_collecting_question_and_not_the_others(sheet):
    session, path = sheet
    text = _text(path)
    collecting = collecting_steps(session)
    assert collecting
    for step in collecting:
        assert " ".join(step_question(step).split()) in text
    for step in session.steps:
        if step.kind not in COLLECTING_KINDS and step.question.strip():
            assert " ".join(step.question.split()) not in text, step.kind
    intro = next(s for s in session.steps if s.kind == "intro")
    assert f"Steg {intro.position} · {intro.title}" not in text
    assert session.title in text
    assert "Gran rådhus" in text
    assert "4. mars 2026" in text
    assert "Skriv ett innspill per rute" in text
    assert text.count("Gruppe:") == 6 * len(collecting)  # six boxes on every step's page


def test_one_page_per_collecting_step_and_a_rating_row_on_evaluate(sheet):
    session, path = sheet
    reader = PdfReader(str(path))
    steps = collecting_steps(session)
    assert len(reader.pages) == len(steps)
    for page, step in zip(reader.pages, steps, strict=True):
        page_text = " ".join(page.extract_text().split())
        assert f"Steg {step.position}" in page_text
        has_rating = "Kryss av" in page_text
        assert has_rating == (step.kind == "evaluate")


def test_only_embedded_fonts_and_pdfa_markers(sheet):
    _, path = sheet
    fonts = _fonts(path)
    assert fonts
    assert all(embedded for _, embedded in fonts)
    assert all(re.search(r"DejaVuSans", name) for name, _ in fonts)
    assert not any("Helvetica" in name for name, _ in fonts)
    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version == "1.7"
        assert "/OutputIntents" in pdf.Root
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert "pdfaid:part" in xmp


def test_no_half_file_is_left_behind(sheet):
    _, path = sheet
    assert [p.name for p in path.parent.iterdir() if "skjema" in p.name] == [path.name]


def test_a_session_without_collecting_steps_still_gives_the_header(lib, session_id, tmp_path):
    for step in get_session(lib, session_id).steps:
        if step.kind in COLLECTING_KINDS:
            remove_step(lib, session_id, step.id)
    session = get_session(lib, session_id)
    assert session.steps and not collecting_steps(session)
    path = tmp_path / "tom.pdf"
    write_capture_sheet(session, None, path, "en")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = _text(path)
    assert session.title in text
    assert "Write one idea per box" in text
    assert t("sheet_no_steps", "en") in text


def test_cli_writes_the_sheet(library_path, session_id, tmp_path, capsys):
    target = tmp_path / "sheet.pdf"
    code = main(["--library", str(library_path), "sheet", session_id[:8], "--pdf", str(target)])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == ""
    assert err.strip() in (f"Skrev {target}", f"Wrote {target}")
    assert target.read_bytes().startswith(b"%PDF-1.7")
    assert "Skriv ett innspill per rute" in _text(target)  # the session's language


def test_cli_sheet_in_english(library_path, session_id, tmp_path, capsys):
    target = tmp_path / "sheet.pdf"
    args = ["--library", str(library_path), "sheet", session_id, "--pdf", str(target)]
    assert main([*args, "--language", "en"]) == 0
    capsys.readouterr()
    assert "Write one idea per box" in _text(target)


def test_cli_sheet_errors_are_one_line(library_path, session_id, tmp_path, capsys):
    code = main(["--library", str(library_path), "sheet", "nope", "--pdf", str(tmp_path / "x.pdf")])
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    missing = tmp_path / "no-such-folder" / "x.pdf"
    code = main(["--library", str(library_path), "sheet", session_id, "--pdf", str(missing)])
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert str(missing) in err
