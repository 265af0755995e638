"""Documents in nynorsk: minutes, yearly report, capture sheet and JSON of an nn session.

A session whose language is nynorsk gets a nynorsk agenda and participant groups from its
template, and every document it exports is in nynorsk without being asked; any session can be
exported in nynorsk with ``language="nn"``. The text is read back with poppler's ``pdftotext``
(an independent reader) and the language tags with pikepdf.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pikepdf
import pytest

from workshop.export.capture_sheet import write_capture_sheet
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.report import write_report_pdf
from workshop.export.tabular import write_json
from workshop.services import notes as note_service
from workshop.services.minutes import build_minutes
from workshop.services.overview import build_overview
from workshop.services.sessions import create_session, get_session, session_framework

TUESDAY = date(2026, 3, 3)


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def nn_session(lib) -> str:
    session_id = create_session(
        lib,
        "politician-workshop",
        "Politikarverkstad om innovasjon",
        session_date=TUESDAY,
        place="Gran rådhus",
        language="nn",
        facilitators=["Kari Nordmann"],
        participants={"Politikarar": 20},
    )
    note_service.add_note(lib, session_id, "MARK-N1 Lytt meir til innbyggjarane", principles=[7])
    note_service.add_note(lib, session_id, "MARK-N2 Ingen kopling")
    return session_id


def test_an_nn_session_takes_the_nynorsk_agenda_and_groups(lib, nn_session):
    session = get_session(lib, nn_session)
    assert session.language == "nn"
    assert session.template_name == "Politikarverkstad"
    assert session.steps[1].title == "Nyskapingshistorier"
    assert session.steps[1].question == "Kva har vi fått til?"
    assert session.steps[4].title == "Samle innspela i klynger"


def test_minutes_of_an_nn_session_are_in_nynorsk(lib, nn_session, tmp_path):
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(build_minutes(lib, nn_session, exported_at=datetime(2026, 3, 4, 9)), path)
    text = pdftotext(path)
    flat = one_line(text)
    assert "Referat – Politikarverkstad" in flat
    assert "tysdag 3. mars 2026" in flat  # the long date, with the nynorsk weekday
    for heading in (
        "Deltakarar",
        "Innspel etter prinsipp",
        "Prinsipp 7 – Brukarperspektivet",
        "Ikkje kopla til prinsipp",
        "Innspel etter fokusområde",
        "Agendaen slik han vart gjennomført",
        "Vedlegg: alle innspel",
    ):
        assert heading in flat, heading
    # the note mapped to principle 7 sits under its heading, before the unmapped section
    p7 = flat.index("Prinsipp 7 – Brukarperspektivet")
    assert p7 < flat.index("MARK-N1") < flat.index("Ikkje kopla til prinsipp")
    assert "Vi i Gran legg alltid vekt på brukarperspektivet" in flat  # the nynorsk principle
    assert "side 1 av" in flat and "Eksportert 4. mars 2026 kl. 09:00" in flat
    for bokmal in ("Innspill etter prinsipp", "Ikke koblet", "Deltakere", "tirsdag"):
        assert bokmal not in flat, bokmal
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "nn-NO"
        assert set(pdf.open_metadata()["dc:language"]) == {"nn-NO"}


def test_a_bokmal_session_can_be_exported_in_nynorsk(lib, session_id, tmp_path):
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(build_minutes(lib, session_id, language="nn"), path)
    flat = one_line(pdftotext(path))
    assert "Innspel etter prinsipp" in flat
    assert "Referat – Politikerverksted" in flat  # the session's own (bokmål) agenda and type
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "nn-NO"


def test_json_of_an_nn_session_names_the_framework_in_nynorsk(lib, nn_session, tmp_path):
    path = tmp_path / "referat.json"
    write_json(build_minutes(lib, nn_session), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["session"]["language"] == "nn"
    assert data["framework"]["name"] == "Innovasjonsplakaten – Gran kommune"


def test_capture_sheet_in_nynorsk(lib, nn_session, tmp_path):
    path = tmp_path / "skjema.pdf"
    session = get_session(lib, nn_session)
    write_capture_sheet(session, session_framework(lib, nn_session), path, "nn")
    flat = one_line(pdftotext(path))
    assert "Verksted · skjema for innspel" in flat
    with pikepdf.open(path) as pdf:
        assert str(pdf.docinfo["/Title"]).endswith("– Skjema for innspel")
        assert str(pdf.Root.Lang) == "nn-NO"
    assert "3. mars 2026" in flat
    assert "Korleis var økta? Kryss av:" in flat
    assert "Kva har vi fått til?" in flat  # the step's question, from the nn agenda
    assert "Skriv eitt innspel per rute" in flat


def test_yearly_report_in_nynorsk(lib, nn_session, tmp_path):
    overview = build_overview(lib, date(2026, 1, 1), date(2026, 12, 31), language="nn")
    path = tmp_path / "rapport.pdf"
    write_report_pdf(overview, path, "nn", exported_at=datetime(2026, 12, 31, 12))
    flat = one_line(pdftotext(path))
    assert "Innovasjon og medverknad" in flat
    assert "1. januar 2026 – 31. desember 2026" in flat
    assert "Nøkkeltal" in flat
    assert "Økter per månad" in flat
    assert "Politikarverkstad" in flat  # the session type in nynorsk
    assert "Brukarperspektivet" in flat
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "nn-NO"
