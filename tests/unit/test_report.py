"""The period report (PDF/A-2b) read back with pypdf and pikepdf, and ``workshop report``."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime

import pikepdf
import pytest
from pypdf import PdfReader
from test_overview import END, START, TODAY, build_library

from workshop.cli import main
from workshop.export.report import write_report_pdf
from workshop.services.overview import build_overview

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

EXPORTED = datetime(2026, 6, 15, 9, 30)


@pytest.fixture
def ov(lib):
    build_library(lib)
    return build_overview(lib, START, END, today=TODAY)


@pytest.fixture
def report(ov, tmp_path):
    path = tmp_path / "rapport.pdf"
    write_report_pdf(ov, path, "nb", exported_at=EXPORTED)
    return path


def _pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_title_page_and_key_figures(report):
    first = _pages(report)[0]
    assert "Innovasjon og medvirkning" in first
    assert "Rapport for perioden 1. mars 2026 – 31. mai 2026" in first
    for label, value in [
        ("Økter", "4"),
        ("Deltakere", "72"),
        ("Innspill", "9"),
        ("Tiltak", "6"),
        ("Innovasjonshistorier", "2"),
    ]:
        assert re.search(rf"{label} {value}\b", first), label
    assert "i tillegg 1 uten dato, ikke talt med" in first
    assert "59 faktisk registrert, 13 etter planen" in first
    assert "2 forfalt" in first
    assert "4,0 av 5 (4 vurderinger fra 2 økter)" in first
    assert "Innspill per prinsipp" in first  # the chart, drawn in the embedded font
    assert "Positive forventninger" in first and "Uten prinsipp" in first


def test_headings_and_sections(report):
    text = " ".join(_pages(report))
    for heading in [
        "Økter per måned",
        "Økter per type",
        "Innspill per fokusområde",
        "Prinsipper med få innspill",
        "Deltakere",
        "Evaluering",
        "Tiltak etter status",
        "Forfalte tiltak",
        "Alle tiltak med status",
        "Innovasjonshistorier",
        "Vedlegg A: øktene som er talt med",
        "Vedlegg B: innspill per prinsipp og økt",
        "Vedlegg C: innspill per fokusområde og økt",
    ]:
        assert heading in text, heading
    with pikepdf.open(report) as pdf, pdf.open_outline() as outline:
        top = [item.title for item in outline.root]
    assert top == [
        "Innovasjon og medvirkning",
        "Økter",
        "Innspill",
        "Deltakere",
        "Evaluering",
        "Tiltak",
        "Innovasjonshistorier",
        "Vedlegg A: øktene som er talt med",
        "Vedlegg B: innspill per prinsipp og økt",
        "Vedlegg C: innspill per fokusområde og økt",
    ]


def test_figures_match_the_overview(report, ov):
    text = " ".join(_pages(report))
    # sessions by type: table rows and the total row
    assert "Temakveld på biblioteket 2 3 41" in text
    assert "Sum 4 9 72" in text
    # participants by group: total, actual, planned, sessions
    assert "Innbyggere 43 35 8 2" in text
    assert "Sum 72 59 13" in text
    # few inputs: every principle without inputs
    for p in ov.zero_principles:
        assert f"Prinsipp {p.number} – {p.title['nb']}: ingen" in text
    # actions by status and overdue
    assert "Åpent 3 1" in text and "Pågår 1 1" in text and "Gjennomført 1 0" in text
    assert "Sum 6 2" in text
    assert "Pågår, forfalt" in text and "Pågår (forfalt)" in text
    # stories with their session
    assert "Vi målte ventetiden og halverte den" in text
    assert "Økt 1 · 2026-03-01 · Politikerverksted i mars · Innspill · Prinsipp 10" in text
    assert "Slettet historie" not in text and "Utenfor perioden" not in text


def test_appendix_lists_every_session_and_totals_match(report, ov):
    pages = _pages(report)
    first = next(i for i, p in enumerate(pages) if "Vedlegg A" in p)
    appendix = " ".join(pages[first:])
    for cs in ov.sessions:
        assert f"{cs.number} {cs.date.isoformat()} {cs.title}" in appendix
    assert "Dagen før" not in appendix and "Dagen etter" not in appendix
    assert "Uten dato" not in appendix and "Slettet økt" not in appendix
    # participants, inputs, actions, ratings, mean, stories: the key figures
    assert "Sum, 4 økter 72 9 6 4 4,0 2" in appendix
    # appendix B: per principle and session, totals = the chart
    assert "Sum 2 1 0 1 0 0 3 0 1 2 2" in appendix  # principles 1..10, then without


def test_footer_header_and_metadata(report):
    pages = _pages(report)
    total = len(pages)
    for i, text in enumerate(pages, start=1):
        assert f"side {i} av {total}" in text
        assert "Eksportert 15. juni 2026 kl. 09:30" in text
    assert "Innovasjon og medvirkning – 2026-03-01 – 2026-05-31" in pages[1]
    meta = PdfReader(report).metadata
    period = "1. mars 2026 – 31. mai 2026"
    assert meta.title == f"Innovasjon og medvirkning – rapport for perioden {period}"
    assert meta.creator == "Verksted"
    assert "2026-03-01 – 2026-05-31" in meta.subject
    assert "Måle effekt" in meta["/Keywords"]


def test_pdfa_markers(report):
    raw = report.read_bytes()
    assert raw.startswith(b"%PDF-1.7\n%")
    with pikepdf.open(report) as pdf:
        assert str(pdf.Root.Lang) == "nb-NO"
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert "/Encrypt" not in pdf.trailer
    assert re.search(r"<pdfaid:part[^>]*>2</pdfaid:part>", xmp)
    assert re.search(r"<pdfaid:conformance[^>]*>A</pdfaid:conformance>", xmp)
    assert re.search(r"<pdfuaid:part[^>]*>1</pdfuaid:part>", xmp)
    assert not list(report.parent.glob(".*.tmp"))


def test_only_embedded_fonts(report):
    raw = report.read_bytes()
    for name in (b"Helvetica", b"Times-Roman", b"Courier", b"ZapfDingbats"):
        assert name not in raw
    with pikepdf.open(report) as pdf:
        fonts = {}
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                fonts[str(font.BaseFont)] = font
        assert fonts
        for base, font in fonts.items():
            assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", base), base
            assert "/FontFile2" in font.FontDescriptor


def test_english_report(ov, tmp_path):
    path = tmp_path / "report.pdf"
    write_report_pdf(ov, path, "en", exported_at=EXPORTED)
    pages = _pages(path)
    assert "Innovation and participation" in pages[0]
    assert "Report for the period 1 March 2026 – 31 May 2026" in pages[0]
    assert "4.0 of 5 (4 ratings from 2 sessions)" in pages[0]
    assert f"page 1 of {len(pages)}" in pages[0]
    text = " ".join(pages)
    assert "Theme evening at the library 2 3 41" in text
    assert "Appendix A: the sessions counted" in text
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"


def test_empty_period_still_makes_a_report(lib, tmp_path):
    ov = build_overview(lib, date(2020, 1, 1), date(2020, 12, 31), today=TODAY)
    path = tmp_path / "tom.pdf"
    write_report_pdf(ov, path)
    text = " ".join(_pages(path))
    assert "Ingen økter med dato i perioden." in text
    assert "Ingen vurderinger i perioden" in text


def test_user_text_is_escaped(lib, tmp_path):
    from workshop.services.notes import add_note, set_stories
    from workshop.services.sessions import create_session

    sid = create_session(lib, "focus-group", "<b>A & B</b>", session_date=date(2026, 4, 1))
    nid = add_note(lib, sid, "x < y & z 🚌", principles=[3])
    set_stories(lib, sid, {nid: True})
    path = tmp_path / "esc.pdf"
    write_report_pdf(build_overview(lib, START, END, today=TODAY), path)
    text = " ".join(_pages(path))
    assert "<b>A & B</b>" in text
    assert "x < y & z [emoji: bus]" in text


# --- the command line ----------------------------------------------------------------------


def _cli(capsys, *args):
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_cli_pdf_and_csv(lib, library_path, tmp_path, capsys, monkeypatch):
    build_library(lib)
    monkeypatch.setenv("LANGUAGE", "en")
    target = tmp_path / "r.pdf"
    code, out, err = _cli(
        capsys,
        "--library",
        str(library_path),
        "report",
        "--from",
        "2026-03-01",
        "--to",
        "2026-05-31",
        "--pdf",
        str(target),
        "--language",
        "nb",
    )
    assert code == 0 and out == ""
    assert err == f"Wrote {target}\n"
    assert "Rapport for perioden 1. mars 2026 – 31. mai 2026" in _pages(target)[0]

    folder = tmp_path / "tabeller"
    code, out, err = _cli(
        capsys,
        "--library",
        str(library_path),
        "report",
        "--from",
        "2026-03-01",
        "--to",
        "2026-05-31",
        "--csv",
        str(folder),
    )
    assert code == 0 and out == ""
    assert err == f"Wrote 11 tables to {folder}\n"
    assert (folder / "sessions.csv").read_text(encoding="utf-8-sig").count("\n") == 5


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--from", "2026-06-01", "--to", "2026-05-31", "--pdf", "x.pdf"], "is after --to"),
        (["--from", "2026-02-30", "--to", "2026-05-31", "--pdf", "x.pdf"], "invalid date"),
        (["--from", "1.3.2026", "--to", "2026-05-31", "--pdf", "x.pdf"], "invalid date"),
        (["--from", "2026-03-01", "--to", "2026-05-31"], "one of the arguments"),
        (["--to", "2026-05-31", "--pdf", "x.pdf"], "--from"),
    ],
)
def test_cli_usage_errors(library_path, tmp_path, capsys, monkeypatch, args, fragment):
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.chdir(tmp_path)
    code, out, err = _cli(capsys, "--library", str(library_path), "report", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("workshop: usage error:")
    assert fragment in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_cannot_write(lib, library_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    target = tmp_path / "missing" / "r.pdf"
    code, _, err = _cli(
        capsys,
        "--library",
        str(library_path),
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--pdf",
        str(target),
    )
    assert code == 1 and err.startswith(f"workshop: Cannot write {target}")
    assert err.count("\n") == 1


def test_cli_in_a_real_process(lib, library_path, tmp_path):
    build_library(lib)
    lib.close()
    target = tmp_path / "prosess.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop",
            "--library",
            str(library_path),
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-05-31",
            "--pdf",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "LANGUAGE": "nb", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"Skrev {target}\n"
    assert "Vedlegg A: øktene som er talt med" in " ".join(_pages(target))
