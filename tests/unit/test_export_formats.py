"""The export formats are declared once; the CLI and the export dialog both read the registry."""

from __future__ import annotations

import re
import subprocess
import sys

from workshop.export.formats import (
    ANONYMOUS,
    EXPORT_FORMATS,
    LANGUAGE,
    PROGRESS,
    export_format,
    suggested_file_name,
)
from workshop.i18n import LANGUAGES
from workshop.messages import MESSAGES
from workshop.services.minutes import build_minutes
from workshop.services.notes import add_note


def test_suggested_file_name_is_safe():
    class S:
        date = None
        template_name = "Temakveld/bibliotek"
        title = 'Hva: "nå"?  <Gran>'

    name = suggested_file_name(S())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}_Temakveld-bibliotek_Hva-nå-Gran\.pdf", name)
    assert export_format("json").file_name(S()) == name.removesuffix(".pdf") + ".json"


def test_the_suggested_file_name_does_not_repeat_the_type():
    class S:
        date = None
        template_name = "Temakveld på biblioteket"
        title = "Temakveld på biblioteket: Et levende Gran sentrum"

    name = suggested_file_name(S())
    assert re.fullmatch(
        r"\d{4}-\d{2}-\d{2}_Temakveld-på-biblioteket-Et-levende-Gran-sentrum\.pdf", name
    )
    assert name.count("Temakveld") == 1


def test_every_format_is_complete_and_unique():
    assert [f.id for f in EXPORT_FORMATS] == ["pdf", "html", "csv", "json"]
    assert len({f.suffix for f in EXPORT_FORMATS}) == len(EXPORT_FORMATS)
    for fmt in EXPORT_FORMATS:
        assert re.fullmatch(r"[a-z][a-z0-9]*", fmt.id)  # a command-line flag and a dest
        assert fmt.suffix == f".{fmt.id}"
        assert set(MESSAGES[fmt.label_key]) == set(MESSAGES[fmt.filter_key]) == set(LANGUAGES)
        assert callable(fmt.writer)
        assert export_format(fmt.id) is fmt
    assert LANGUAGE in export_format("pdf").options and PROGRESS in export_format("pdf").options
    assert export_format("html").options == {LANGUAGE, ANONYMOUS}


def test_progress_reaches_only_the_writers_that_report_it(lib, session_id, tmp_path):
    add_note(lib, session_id, "Kafé på biblioteket", principles=[7])
    data = build_minutes(lib, session_id)
    calls = []
    for fmt in EXPORT_FORMATS:
        fmt.write(data, tmp_path / f"referat{fmt.suffix}", progress=lambda *a: calls.append(a))
    assert sorted(p.name for p in tmp_path.glob("referat.*")) == [
        "referat.csv",
        "referat.html",
        "referat.json",
        "referat.pdf",
    ]
    assert calls and all(total == calls[0][1] for _, total in calls)  # the PDF's alone


def test_reading_the_registry_loads_no_pdf_or_database_stack():
    code = (
        "import sys, workshop.export.formats as f; [x.file_name for x in f.EXPORT_FORMATS]; "
        "print(','.join(m for m in ('sqlalchemy', 'reportlab', 'pikepdf') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
