"""The photos dialog: add (file dialog stubbed), caption, step, remove; the Session menu."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from workshop.services import attachments as photos
from workshop.services.sessions import get_session
from workshop.ui.attachments_dialog import PhotosDialog, thumbnail
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings


def picture(path, size=(640, 480), colour=(30, 120, 200)) -> str:
    Image.new("RGB", size, colour).save(path)
    return str(path)


@pytest.fixture
def dialog(qtbot, lib, session_id):
    dlg = PhotosDialog(lib, session_id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def choose(monkeypatch, dlg, files) -> None:
    monkeypatch.setattr(dlg, "choose_files", lambda: [str(f) for f in files])


def test_empty_dialog_says_so(dialog):
    assert dialog.list.isHidden() and not dialog.empty.isHidden()
    assert not dialog.remove_button.isEnabled() and not dialog.editor.isEnabled()


def test_add_photos_lists_thumbnails(dialog, lib, session_id, tmp_path, monkeypatch, dialogs):
    files = [picture(tmp_path / "a.jpg"), picture(tmp_path / "b.png", (300, 600))]
    choose(monkeypatch, dialog, files)
    added = dialog.add_photos()
    assert len(added) == 2
    assert [p.id for p in photos.list_photos(lib, session_id)] == added
    assert dialog.list.count() == 2 and not dialog.list.isHidden()
    assert dialog.current_id() == added[-1]
    assert not dialog.list.item(0).icon().isNull()
    assert "600" in dialog.list.item(1).text()


def test_the_file_dialog_asks_for_jpeg_and_png(dialog, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    seen = {}

    def fake(_parent, _title, _dir, filters):
        seen["filters"] = filters
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    assert dialog.add_photos() == []
    assert "*.jpg *.jpeg *.png" in seen["filters"]


def test_a_bad_file_is_reported_and_the_good_ones_kept(
    dialog, lib, session_id, tmp_path, monkeypatch, dialogs
):
    bad = tmp_path / "notat.txt"
    bad.write_text("ikke et bilde")
    choose(monkeypatch, dialog, [picture(tmp_path / "a.jpg"), bad])
    assert len(dialog.add_photos()) == 1
    [warning] = dialogs.take_warnings()
    assert "notat.txt" in warning and "JPEG" in warning
    assert len(photos.list_photos(lib, session_id)) == 1


def test_caption_and_step_are_saved(dialog, lib, session_id, tmp_path, monkeypatch, dialogs):
    choose(monkeypatch, dialog, [picture(tmp_path / "a.jpg")])
    assert len(dialog.add_photos()) == 1
    dialog.caption.setText("Veggen etter runde 1")
    dialog.caption.editingFinished.emit()
    step = get_session(lib, session_id).steps[1]
    dialog.step.setCurrentIndex(dialog.step.findData(step.id))
    [info] = photos.list_photos(lib, session_id)
    assert (info.caption, info.step_id) == ("Veggen etter runde 1", step.id)
    assert "Veggen etter runde 1" in dialog.list.item(0).text()
    assert step.title in dialog.list.item(0).text()
    # new photos join the selected photo's step
    choose(monkeypatch, dialog, [picture(tmp_path / "b.jpg")])
    [second] = dialog.add_photos()
    assert {p.id: p.step_id for p in photos.list_photos(lib, session_id)}[second] == step.id
    assert dialog.step.currentData() == step.id


def test_remove_asks_first(dialog, lib, session_id, tmp_path, monkeypatch, dialogs):
    choose(monkeypatch, dialog, [picture(tmp_path / "a.jpg"), picture(tmp_path / "b.jpg")])
    dialog.add_photos()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not dialog.remove_current()
    assert len(photos.list_photos(lib, session_id)) == 2
    assert dialog.remove_current()
    assert len(photos.list_photos(lib, session_id)) == 1
    assert dialog.list.count() == 1 and dialog.current_id() is not None


def test_thumbnail_keeps_the_shape_inside_a_fixed_box():
    out = io.BytesIO()
    Image.new("RGB", (400, 100)).save(out, "JPEG")
    pixmap = thumbnail(out.getvalue())
    assert (pixmap.width(), pixmap.height()) == (144, 108)


def test_session_menu_opens_the_dialog(qtbot, library_path, session_id, tmp_path, monkeypatch):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library_path, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    assert not window.photos_action.isEnabled()
    assert window.photos_action in window.session_menu.actions()
    opened = []
    monkeypatch.setattr(PhotosDialog, "exec", lambda dlg: opened.append(dlg.session_id) or 0)
    window.open_run(session_id)
    assert window.photos_action.isEnabled()
    window.photos_action.trigger()
    assert opened == [session_id]
    window.close()
