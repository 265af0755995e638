"""The sessions window: opens the library after painting, lists sessions, offers the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop.services.sessions import create_session
from workshop.store.db import Library
from workshop.ui.main_window import MainWindow
from workshop.ui.session_model import COL_NOTES, COL_TITLE


def test_empty_library_offers_the_demo(qtbot, library_path):
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    window.show()
    assert window.open_library()
    table = window.findChild(type(window.table), "sessionList")
    assert table is window.table
    assert window.model.rowCount() == 0
    assert window.demo_button.isVisible()

    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)

    assert window.model.rowCount() == 1
    title = window.model.index(0, COL_TITLE).data()
    assert title.startswith("Temakveld på biblioteket")
    assert window.model.index(0, COL_NOTES).data() >= 40
    assert not window.demo_button.isVisible()
    window.close()
    with Library.open(library_path) as lib:
        from workshop.services.sessions import list_sessions

        assert [s.title for s in list_sessions(lib)] == [title]


def test_lists_existing_sessions(qtbot, library_path):
    with Library.open(library_path) as lib:
        create_session(lib, "focus-group", "Fokusgruppe om hjemmetjenesten")
    window = MainWindow(library_path)
    qtbot.addWidget(window)
    assert window.open_library()
    assert window.model.rowCount() == 1
    assert window.model.index(0, COL_TITLE).data() == "Fokusgruppe om hjemmetjenesten"
    assert window.model.index(0, COL_NOTES).data() == 0
    window.close()


def test_a_file_that_is_not_a_library_gets_a_dialog_and_stays_untouched(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a database", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    window = MainWindow(bogus)
    qtbot.addWidget(window)
    assert not window.open_library()
    assert len(shown) == 1 and "notes.txt" in shown[0]
    assert bogus.read_text(encoding="utf-8") == "not a database"
    window.close()
