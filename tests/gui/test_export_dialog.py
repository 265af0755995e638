"""The export dialog works off the UI thread, reports failures, and can be cancelled."""

from __future__ import annotations

import json

import pytest

from workshop.i18n import t
from workshop.services.notes import add_note
from workshop.services.sessions import get_session
from workshop.ui.export_dialog import ExportDialog, ExportWorker


@pytest.fixture
def dialog(qtbot, lib, session_id):
    add_note(lib, session_id, "Kafé på biblioteket", principles=[7])
    dlg = ExportDialog(lib, get_session(lib, session_id), "nb")
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.wait()


def run(qtbot, dlg) -> None:
    dlg.start()
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.thread is None, timeout=30000)


def test_pdf_is_written_in_a_worker_and_offers_to_open_it(qtbot, dialog, tmp_path):
    dialog.path.setText(str(tmp_path / "referat.pdf"))
    run(qtbot, dialog)
    assert dialog.written == str(tmp_path / "referat.pdf")
    assert (tmp_path / "referat.pdf").read_bytes().startswith(b"%PDF")
    assert not dialog.open_button.isHidden() and not dialog.folder_button.isHidden()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file


def test_json_format_changes_the_suffix_and_writes_notes(qtbot, dialog, tmp_path):
    dialog.path.setText(str(tmp_path / "referat.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.path.text().endswith("referat.json")
    run(qtbot, dialog)
    data = json.loads((tmp_path / "referat.json").read_text(encoding="utf-8"))
    assert [n["text"] for n in data["notes"]] == ["Kafé på biblioteket"]


def test_html_minutes_are_offered_and_written_in_the_chosen_language(qtbot, dialog, tmp_path):
    dialog.path.setText(str(tmp_path / "referat.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.format.currentText() == t("file_format_html", dialog.ui_language)
    assert dialog.path.text().endswith("referat.html")
    assert dialog.language.isEnabled() and dialog.anonymous.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    run(qtbot, dialog)
    page = (tmp_path / "referat.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Kafé på biblioteket" in page and "Inputs by principle" in page
    assert not dialog.open_button.isHidden()


def test_a_missing_folder_is_refused_before_starting(qtbot, dialog, tmp_path):
    dialog.path.setText(str(tmp_path / "nope" / "referat.pdf"))
    dialog.start()
    assert dialog.thread is None and "folder" in dialog.status.text().lower()


def test_a_failure_is_shown_and_nothing_is_left_behind(qtbot, dialog, tmp_path, monkeypatch):
    import workshop.export.minutes_pdf as pdf

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "write_minutes_pdf", broken)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path.setText(str(out / "referat.pdf"))
    run(qtbot, dialog)
    assert dialog.written is None
    assert "No space left on device" in dialog.status.text()
    assert list(out.iterdir()) == []


def test_cancel_leaves_no_file(lib, session_id, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    worker = ExportWorker(lib, session_id, "pdf", out / "referat.pdf", "nb", False)
    outcome = []
    worker.cancelled.connect(lambda: outcome.append("cancelled"))
    worker.finished.connect(lambda path: outcome.append(path))
    worker.cancel()
    worker.run()  # in this thread: the cancel flag is checked between the stages
    assert outcome == ["cancelled"]
    assert list(out.iterdir()) == []


def test_pdf_progress_is_reported_and_a_cancel_during_the_layout_leaves_no_file(
    lib, session_id, tmp_path
):
    for n in range(40):
        add_note(lib, session_id, f"Lapp {n}", principles=[1 + n % 10])
    out = tmp_path / "out"
    out.mkdir()
    worker = ExportWorker(lib, session_id, "pdf", out / "referat.pdf", "nb", False)
    seen, outcome = [], []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if total and done * 2 > total:
            worker.cancel()  # as the Cancel button does, half-way through the pages

    worker.progress.connect(progress)
    worker.cancelled.connect(lambda: outcome.append("cancelled"))
    worker.finished.connect(lambda path: outcome.append(path))
    worker.run()
    assert outcome == ["cancelled"]
    assert any(total and 0 < done < total for done, total in seen)  # a real, partial figure
    assert list(out.iterdir()) == []


def test_a_nynorsk_session_exports_nynorsk_minutes_by_default(qtbot, lib, tmp_path):
    from pypdf import PdfReader

    from workshop.services.sessions import create_session

    session_id = create_session(lib, "focus-group", "Brukarar om heimetenesta", language="nn")
    add_note(lib, session_id, "Meir tid til kvar brukar", principles=[7])
    dlg = ExportDialog(lib, get_session(lib, session_id), "en")  # an English GUI
    qtbot.addWidget(dlg)
    dlg.show()
    combo = dlg.language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]
    assert combo.currentData() == "nn"
    dlg.path.setText(str(tmp_path / "referat.pdf"))
    run(qtbot, dlg)
    dlg.wait()
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "referat.pdf").pages)
    assert "Innspel etter prinsipp" in " ".join(text.split())
    assert "Referat – Fokusgruppe" in " ".join(text.split())
