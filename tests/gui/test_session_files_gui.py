"""Session files in the app: export, import with a summary first, deleted-for-good sessions,
bad files, the text conflicts dialog, the board's conflict corner and ``workshop FILE.verksted``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from workshop.services.exchange import list_conflicts, pack_session, unpack_session
from workshop.services.notes import add_note, edit_note
from workshop.services.purge import purge_session
from workshop.services.sessions import list_sessions
from workshop.store.db import Library
from workshop.store.sessionfile import read_session_file
from workshop.ui.board import style
from workshop.ui.conflicts_dialog import ConflictsDialog
from workshop.ui.main_window import MainWindow
from workshop.ui.session_files import SessionFiles, session_file_name
from workshop.ui.settings import Settings
from workshop.ui.window.pages import TAB_RUN


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings):
    """A started main window on the given library; closed after the test."""
    windows = []

    def make(path: Path) -> MainWindow:
        window = MainWindow(path, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        assert window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.run_view is not None:
            window.run_view.stop()
        window.close()


@pytest.fixture
def other_library(tmp_path):
    """A second computer's library."""
    path = tmp_path / "other" / "library.sqlite"
    library = Library.open(path)
    yield library
    library.close()


@pytest.fixture
def answers(monkeypatch):
    """The questions asked (title, text, details); ``answers.reply`` is the answer given."""

    class Answers:
        def __init__(self) -> None:
            self.reply = True
            self.asked: list[tuple[QMessageBox.Icon, str, str, str]] = []
            self.informed: list[str] = []

    answers = Answers()

    def confirm(_self, icon, title, text, details, _accept, **_kwargs):
        answers.asked.append((icon, title, text, details))
        return answers.reply

    monkeypatch.setattr(SessionFiles, "confirm", confirm)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: answers.informed.append(text)
    )
    return answers


@pytest.fixture
def packed(lib, session_id, tmp_path) -> Path:
    """The session with two notes, written to a session file."""
    add_note(lib, session_id, "Lys i gatene langs Sentrumsvegen")
    add_note(lib, session_id, "Kafé på biblioteket")
    path = tmp_path / "fra-kari.verksted"
    pack_session(lib, session_id, path)
    return path


def choose_open_file(monkeypatch, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def get_open(parent, title, folder, filters, *args, **kwargs):
        asked.append((title, folder, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    return asked


# --- export ---
def test_export_writes_a_file_the_reader_accepts(
    qtbot, make_window, library_path, session_id, lib, settings, tmp_path, monkeypatch
):
    add_note(lib, session_id, "Lys i gatene langs Sentrumsvegen")
    window = make_window(library_path)
    assert window.sessions_page.selected_session_id() == session_id
    assert window.export_session_action.isEnabled()
    out = tmp_path / "ut"
    out.mkdir()
    suggested: list[str] = []

    def get_save(parent, title, default, filters, *args, **kwargs):
        suggested.append(default)
        assert "*.verksted" in filters
        return str(out / "til-per"), filters  # the suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    window.export_session_action.trigger()

    written = out / "til-per.verksted"
    content = read_session_file(written)
    assert content.session_id == session_id
    assert content.count("notes") == 1
    assert Path(suggested[0]).name == "2026-03-04_Politikerverksted-om-innovasjon.verksted"
    assert "til-per.verksted" in window.statusBar().currentMessage()
    assert settings.get("files/session_folder") == str(out)

    window.open_session(session_id, TAB_RUN)  # the next export starts in the same folder
    window.export_session_action.trigger()
    assert Path(suggested[1]).parent == out


def test_export_needs_a_session_and_a_failure_is_shown(
    qtbot, make_window, library_path, session_id, tmp_path, monkeypatch, dialogs
):
    window = make_window(library_path)
    window.show_actions()
    assert not window.export_session_action.isEnabled()
    assert not window.conflicts_action.isEnabled()
    assert window.import_session_action.isEnabled()
    window.show_sessions()
    assert window.export_session_action.isEnabled()

    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    impossible = tmp_path / "a-file" / "x.verksted"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(impossible), ""))
    window.export_session()
    [message] = dialogs.take_criticals()
    assert "x.verksted" in message
    assert window.statusBar().currentMessage() == ""


def test_suggested_name_has_date_and_title_without_awkward_characters(lib, session_id):
    from workshop.services.sessions import get_session

    session = get_session(lib, session_id)
    assert session_file_name(session) == "2026-03-04_Politikerverksted-om-innovasjon.verksted"


# --- import ---
def test_import_shows_the_summary_and_imports_only_on_yes(
    qtbot, make_window, other_library, packed, session_id, monkeypatch, answers
):
    window = make_window(other_library.path)
    choose_open_file(monkeypatch, packed)

    answers.reply = False
    assert window.import_session() is None
    [(icon, _title, text, details)] = answers.asked
    assert icon == QMessageBox.Icon.Question
    assert "Politikerverksted om innovasjon" in text and "fra-kari.verksted" in text
    assert "Notes: 2 new, 0 updated, 0 unchanged." in details
    assert "new session" in details.lower()
    assert "No text conflicts." in details
    assert list_sessions(other_library) == []

    answers.reply = True
    summary = window.import_session()
    assert summary is not None and summary.new_session
    assert [s.id for s in list_sessions(other_library)] == [session_id]
    assert window.model.rowCount() == 1
    assert window.sessions_page.selected_session_id() == session_id
    assert "Politikerverksted om innovasjon" in window.statusBar().currentMessage()

    answers.asked.clear()
    assert window.import_session(packed) is None  # nothing new: said so, nothing asked
    assert answers.asked == []
    assert len(answers.informed) == 1 and "up to date" in answers.informed[0]


def test_import_into_an_open_session_refreshes_its_board(
    qtbot, make_window, other_library, packed, lib, session_id, tmp_path, answers
):
    unpack_session(other_library, packed)
    window = make_window(other_library.path)
    view = window.open_run(session_id)
    assert len(view.scene.notes) == 2
    add_note(lib, session_id, "Benker ved elva")
    again = tmp_path / "igjen.verksted"
    pack_session(lib, session_id, again)

    summary = window.import_session(again)
    [(_icon, _title, _text, details)] = answers.asked
    assert "Notes: 1 new, 0 updated, 2 unchanged." in details
    assert "merged" in details
    assert summary.notes.new == 1
    assert {i.note.text for i in window.run_view.scene.notes.values()} >= {"Benker ved elva"}


def test_a_session_deleted_for_good_here_is_only_brought_back_on_yes(
    qtbot, make_window, other_library, packed, session_id, answers
):
    unpack_session(other_library, packed)
    purge_session(other_library, session_id)
    window = make_window(other_library.path)

    answers.reply = False
    assert window.import_session(packed) is None
    [(icon, _title, text, _details)] = answers.asked
    assert icon == QMessageBox.Icon.Warning
    assert "deleted for good" in text and "Politikerverksted om innovasjon" in text
    assert list_sessions(other_library) == []

    answers.reply = True
    assert window.import_session(packed) is not None
    assert [s.id for s in list_sessions(other_library)] == [session_id]


def test_a_bad_file_is_shown_and_the_library_is_untouched(
    qtbot, make_window, other_library, tmp_path, monkeypatch, dialogs, answers
):
    bad = tmp_path / "skadet.verksted"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window = make_window(other_library.path)
    before = other_library.changed_at()
    choose_open_file(monkeypatch, bad)
    window.import_session_action.trigger()
    [message] = dialogs.take_criticals()
    assert "skadet.verksted" in message
    assert answers.asked == []
    assert other_library.changed_at() == before
    assert list_sessions(other_library) == []

    text_file = tmp_path / "notat.verksted"
    text_file.write_text("bare tekst", encoding="utf-8")
    assert window.import_session(text_file) is None
    [message] = dialogs.take_criticals()
    assert "notat.verksted" in message


# --- conflicts ---
@pytest.fixture
def conflict(lib, session_id, other_library, tmp_path):
    """Note 1 edited on both computers, then the other computer's file imported here."""
    first = add_note(lib, session_id, "Første lapp")
    add_note(lib, session_id, "Andre lapp")
    there = tmp_path / "hit.verksted"
    pack_session(lib, session_id, there)
    unpack_session(other_library, there)
    edit_note(lib, session_id, first, "Første lapp, endret her")
    edit_note(other_library, session_id, first, "Første lapp, endret der")
    back = tmp_path / "tilbake.verksted"
    pack_session(other_library, session_id, back)
    return first, back


def test_importing_a_conflict_marks_the_note_and_resolving_clears_it(
    qtbot, make_window, library_path, lib, session_id, conflict, answers, monkeypatch
):
    note_id, back = conflict
    window = make_window(library_path)
    view = window.open_run(session_id)
    assert not any(item.conflict for item in view.scene.notes.values())

    offered: list[str] = []

    def question(_parent, _title, text, *args):
        offered.append(text)
        return QMessageBox.StandardButton.Yes

    shown: list[ConflictsDialog] = []
    chosen: list[str] = []

    def run_dialog(dialog):
        shown.append(dialog)
        assert dialog.list.count() == 1
        assert len(dialog.version_widgets) == 2
        chosen.append(dialog.version_widgets[1][0].toPlainText())
        dialog.version_widgets[1][1].click()  # "Use this version" on the older one
        assert dialog.editor.toPlainText() == chosen[0]
        assert dialog.save()
        return 0

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(ConflictsDialog, "exec", run_dialog)
    window.import_session(back)

    [(_icon, _title, _text, details)] = answers.asked
    assert "1 note" in details and "text conflict to resolve" in details
    assert len(offered) == 1 and "two computers" in offered[0]
    assert shown and list_conflicts(lib, session_id) == []
    item = window.run_view.scene.notes[note_id]
    assert not item.conflict
    assert item.note.text == chosen[0]


def test_the_board_marks_a_conflicted_note_with_a_drawn_corner(
    qtbot, make_window, library_path, lib, session_id, conflict
):
    note_id, back = conflict
    unpack_session(lib, back)
    window = make_window(library_path)
    view = window.open_run(session_id)
    marked = {nid for nid, item in view.scene.notes.items() if item.conflict}
    assert marked == {note_id}
    assert "two computers" in view.scene.notes[note_id].toolTip()

    def corner_colour(nid: str) -> QColor:
        item = view.scene.notes[nid]
        image = QImage(style.CARD_W, style.CARD_H, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        rect = item.sceneBoundingRect().adjusted(3, 3, -3, -3)
        view.scene.render(painter, QRectF(0, 0, style.CARD_W, style.CARD_H), rect)
        painter.end()
        return image.pixelColor(5, 5)

    other = next(nid for nid in view.scene.notes if nid != note_id)
    assert corner_colour(note_id) == style.CONFLICT
    assert corner_colour(other) != style.CONFLICT

    # A new text written on this computer settles the conflict; the corner goes.
    edit_note(lib, session_id, note_id, "Første lapp, samlet")
    view.model.refresh_notes([note_id])
    assert not view.scene.notes[note_id].conflict


def test_conflicts_dialog_shows_versions_and_saves_with_enter(
    qtbot, lib, session_id, conflict, other_library
):
    note_id, back = conflict
    unpack_session(lib, back)
    dialog = ConflictsDialog(lib, session_id, "en")
    qtbot.addWidget(dialog)
    resolved: list[str] = []
    dialog.resolved.connect(resolved.append)
    dialog.show()
    assert dialog.pages.currentIndex() == 1
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("#1")
    texts = [text.toPlainText() for text, _use in dialog.version_widgets]
    assert sorted(texts) == ["Første lapp, endret der", "Første lapp, endret her"]
    assert all(text.isReadOnly() for text, _use in dialog.version_widgets)
    newest = list_conflicts(lib, session_id)[0].heads[0]
    assert dialog.editor.toPlainText() == newest.text
    labels = [w.text() for w in dialog.findChildren(type(dialog.heading), "versionLabel")]
    assert any("this computer" in label for label in labels)
    assert any(other_library.device_id[:8] in label for label in labels)

    dialog.editor.setFocus()
    dialog.editor.selectAll()
    qtbot.keyClicks(dialog.editor, "Første lapp")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dialog.editor, "samlet")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)

    assert resolved == [note_id]
    assert list_conflicts(lib, session_id) == []
    from workshop.services.notes import get_note

    assert get_note(lib, session_id, note_id).text == "Første lapp\nsamlet"
    assert dialog.pages.currentIndex() == 0
    assert dialog.empty_label.text() == "No text conflicts in this session."
    assert "All conflicts are resolved" in dialog.status.text()
    assert not dialog.save_button.isEnabled()


def test_conflicts_dialog_refuses_an_empty_text(qtbot, lib, session_id, conflict, dialogs):
    _note_id, back = conflict
    unpack_session(lib, back)
    dialog = ConflictsDialog(lib, session_id, "en")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("   ")
    assert not dialog.save()
    assert len(dialogs.take_warnings()) == 1
    assert len(list_conflicts(lib, session_id)) == 1


def test_conflicts_dialog_without_conflicts_says_so(qtbot, lib, session_id):
    dialog = ConflictsDialog(lib, session_id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentIndex() == 0
    assert dialog.empty_label.isVisible()
    assert not dialog.save_button.isEnabled()


# --- starting the app with a session file ---
@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        (["fra-kari.verksted"], False),
        (["/home/kari/Nedlastinger/Økt 1.VERKSTED"], False),
        (["--library", "x.sqlite", "fra-kari.verksted"], False),
        (["unpack", "fra-kari.verksted"], True),
        (["fra-kari.verksted", "annen.verksted"], True),
        (["fra-kari.txt"], True),
        (["fra-kari.verksted", "--help"], True),
    ],
)
def test_a_session_file_argument_starts_the_app(argv, cli):
    from workshop.app import wants_cli
    from workshop.filetypes import SESSION_FILE_SUFFIX
    from workshop.store.sessionfile import SUFFIX

    assert SESSION_FILE_SUFFIX == SUFFIX
    assert wants_cli(argv) is cli


def test_the_app_started_with_a_session_file_offers_to_import_it(
    qtbot, qapp, other_library, packed, session_id, monkeypatch, answers
):
    from workshop.ui import translation
    from workshop.ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    locale = QLocale()
    library = other_library.path

    def exec_(_app) -> int:
        qtbot.waitUntil(lambda: bool(answers.asked), timeout=10000)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    try:
        assert run_gui(["--library", str(library), str(packed)]) == 0
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()
        for translator in translation._installed:
            qapp.removeTranslator(translator)
        translation._installed.clear()
        QLocale.setDefault(locale)
    assert [s.id for s in list_sessions(other_library)] == [session_id]


def test_a_session_file_opened_while_verksted_is_open_is_imported_beside_it(
    qtbot, qapp, other_library, packed, session_id, monkeypatch, answers
):
    """A double click on a file while a window holds the library: the import flow runs in
    the second process, and no second main window appears."""
    from PySide6.QtCore import QLockFile

    from workshop.ui import translation
    from workshop.ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    locale = QLocale()
    library = other_library.path
    holder = QLockFile(str(library) + ".lock")  # the window already open
    assert holder.tryLock(0)
    windows_before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    try:
        assert run_gui(["--library", str(library), str(packed)]) == 0
    finally:
        holder.unlock()
        for translator in translation._installed:
            qapp.removeTranslator(translator)
        translation._installed.clear()
        QLocale.setDefault(locale)
    assert len(answers.asked) == 1  # the summary, then the question
    assert any("Verksted" in text for text in answers.informed)
    windows_after = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert windows_after == windows_before
    assert [s.id for s in list_sessions(other_library)] == [session_id]


def test_the_export_dialog_mentions_unsettled_texts(qtbot, lib, session_id, conflict):
    from workshop.services.sessions import get_session
    from workshop.ui.export_dialog import ExportDialog

    _note_id, back = conflict
    plain = ExportDialog(lib, get_session(lib, session_id), "en")
    qtbot.addWidget(plain)
    assert plain.status.text() == ""
    unpack_session(lib, back)
    dialog = ExportDialog(lib, get_session(lib, session_id), "en")
    qtbot.addWidget(dialog)
    text = dialog.status.text()  # (source text: no translator is installed in tests)
    assert text.startswith("1 note") and "changed on two computers" in text
