"""Phones in the room, from the run view: the participant server started and stopped with the
session, phone notes live on the board, the moderation queue, the presenter's QR code."""

from __future__ import annotations

import asyncio
import json
import threading

import aiohttp
import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QInputDialog

from workshop.services import participation
from workshop.services.moderation import list_pending
from workshop.services.notes import add_note, get_note, list_notes


def test_a_note_without_a_place_that_arrives_while_the_board_is_open_gets_one(run_view, ui):
    """A note from elsewhere (a phone, the command line) has no position yet: refreshing it
    into the open board puts it on a free spot of its step."""
    step = run_view.current_step
    note_id = add_note(run_view.lib, run_view.model.session_id, "Uten plass", step_id=step.id)
    run_view.model.refresh_notes([note_id])
    item = run_view.scene.notes[note_id]
    area = ui.area_rect(run_view, step.position)
    assert area.contains(item.sceneBoundingRect().center())


# --- helpers: a phone in the room, talking to the run view's server over 127.0.0.1 ---------


def post_notes(url: str, texts: list[str], *, prefix: str = "n") -> list[tuple[int, dict]]:
    """One phone joins and sends each text as a note; the answers."""

    async def phone():
        origin = url.split("/j/")[0]
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(url) as r:
                assert r.status == 200
            answers = []
            for i, text in enumerate(texts):
                async with http.post(
                    url + "/notes",
                    data=json.dumps({"text": text, "key": f"{prefix}-{i}"}),
                    headers={"Content-Type": "application/json", "Origin": origin},
                ) as r:
                    answers.append((r.status, await r.json()))
            return answers

    return asyncio.run(phone())


def turn_on(qtbot, view, *, queue: bool = False) -> None:
    """Mobil on, on loopback (this machine has no hotspot), by its key as a facilitator does."""
    participation.set_room_settings(view.lib, view.model.session_id, auto_accept=not queue)
    view.phones.room.host, view.phones.room.port = "127.0.0.1", 0
    qtbot.keyClick(view.capture, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: view.phones.room.running)


@pytest.fixture
def phones_view(make_run_view, lib):
    from workshop.services.run import set_current_step
    from workshop.services.sessions import create_session, get_session

    session_id = create_session(lib, "focus-group", "Fokusgruppe om biblioteket")
    writing = next(s for s in get_session(lib, session_id).steps if s.kind == "silent-writing")
    set_current_step(lib, session_id, writing.id)
    return make_run_view(session_id)


def test_mobil_starts_the_server_for_this_session_and_stops_with_the_view(qtbot, phones_view):
    view = phones_view
    bar = view.phones.bar
    assert not bar.toggle.isChecked() and not bar.count.isVisible()
    turn_on(qtbot, view)
    room = view.phones.room
    assert bar.toggle.isChecked()
    assert room.url.startswith("http://127.0.0.1:") and "/j/" in room.url
    status = bar.status.text()
    assert room.url in status and room.room_code in status
    assert bar.count.text() == "0 phone(s)"
    assert not bar.warning.isVisible()
    post_notes(room.url, [])  # a phone joins
    qtbot.waitUntil(lambda: bar.count.text() == "1 phone(s)", timeout=5000)

    qtbot.keyClick(view.capture, Qt.Key.Key_F7)  # off again
    assert not room.running and not bar.toggle.isChecked()
    assert "off" in bar.status.text()
    turn_on(qtbot, view)
    server = room.server
    view.stop()  # the session closes
    assert not server.running and not room.running
    assert not any(t.name == "verksted-participant-server" for t in threading.enumerate())


def test_without_a_network_mobil_says_so_and_starts_nothing(
    qtbot, phones_view, dialogs, monkeypatch
):
    from workshop.server import network

    monkeypatch.setattr(network, "default_host", lambda: None)
    qtbot.keyClick(phones_view.capture, Qt.Key.Key_F7)
    assert not phones_view.phones.room.running
    assert not phones_view.phones.bar.toggle.isChecked()
    (warning,) = dialogs.take_warnings()
    assert "hotspot" in warning


def test_a_port_in_use_is_a_dialog_not_a_crash(qtbot, phones_view, dialogs):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        phones_view.phones.room.host = "127.0.0.1"
        phones_view.phones.room.port = taken.getsockname()[1]
        qtbot.keyClick(phones_view.capture, Qt.Key.Key_F7)
    assert not phones_view.phones.room.running
    (warning,) = dialogs.take_warnings()
    assert "in use" in warning or "i bruk" in warning


def test_every_network_only_when_chosen_and_then_said_on_screen(qtbot, phones_view, monkeypatch):
    from workshop.ui.phones.setup import PhoneSetupDialog

    def choose_every_network(dialog):
        dialog.hosts.setCurrentRow(dialog.hosts.count() - 1)
        assert dialog.warning.isVisibleTo(dialog)
        dialog.port.setValue(0)
        return 1

    monkeypatch.setattr(PhoneSetupDialog, "exec", choose_every_network)
    view = phones_view
    view.phones.bar.setup_button.click()
    qtbot.waitUntil(lambda: view.phones.room.running)
    assert view.phones.room.listening_on == "0.0.0.0"
    assert view.phones.bar.warning.isVisible()
    assert "0.0.0.0" in view.phones.bar.warning.text()
    view.phones.room.stop()
    assert not view.phones.bar.warning.isVisible()


def test_a_phone_note_appears_on_the_board_marked_and_can_be_taken_off_and_back(
    qtbot, phones_view, ui
):
    view = phones_view
    turn_on(qtbot, view)
    [(status, body)] = post_notes(view.phones.room.url, ["Lengre åpent på lørdager"])
    assert status == 201
    note_id = body["note"]
    qtbot.waitUntil(lambda: note_id in view.scene.notes, timeout=5000)
    item = view.scene.notes[note_id]
    assert item.from_phone and "From a phone" in item.toolTip()
    step = view.current_step
    assert ui.area_rect(view, step.position).contains(item.sceneBoundingRect().center())
    stored = get_note(view.lib, view.model.session_id, note_id)
    assert stored.x is not None and stored.origin == "phone"  # its place is kept
    assert ui.label(view, "noteCount") == "1 note(s)"
    view.scene.select_notes([note_id])
    assert "from a phone" in view.board.accessibleDescription()

    # Taken off the board on the laptop, and back with undo (set_notes_deleted both ways).
    ui.focus_board(view)
    view.scene.select_notes([note_id])
    qtbot.keyClick(view.board, Qt.Key.Key_Delete)
    assert note_id not in view.scene.notes
    assert list_notes(view.lib, view.model.session_id) == []
    view.undo_stack.undo()
    assert note_id in view.scene.notes
    assert [n.id for n in list_notes(view.lib, view.model.session_id)] == [note_id]


def test_phone_events_reach_the_gui_thread_only(qtbot, phones_view):
    view = phones_view
    threads = []
    view.phones.room.note_added.connect(lambda _id: threads.append(QThread.currentThread()))
    turn_on(qtbot, view)
    post_notes(view.phones.room.url, ["En", "To"])
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=5000)
    assert set(threads) == {QApplication.instance().thread()}


def test_the_queue_approves_edits_and_rejects_each_undoable(qtbot, phones_view, monkeypatch):
    view = phones_view
    turn_on(qtbot, view, queue=True)
    queue = view.phones.queue
    assert queue.isVisible() and view.phones.bar.queue_button.isVisible()
    answers = post_notes(view.phones.room.url, ["Skirvefeil", "Noe stygt", "Mer lys"])
    assert [status for status, _ in answers] == [202, 202, 202]
    qtbot.waitUntil(lambda: len(queue.items) == 3, timeout=5000)
    assert queue.title.text().endswith("3")
    assert view.phones.bar.queue_button.text().endswith("3")
    sid = view.model.session_id

    qtbot.keyClick(view.capture, Qt.Key.Key_F8)
    assert queue.list.hasFocus() and queue.current().text == "Skirvefeil"

    # F2: edit, undoable.
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("Skrivefeil", True)
    )
    qtbot.keyClick(queue.list, Qt.Key.Key_F2)
    assert list_pending(view.lib, sid)[0].text == "Skrivefeil"
    view.undo_stack.undo()
    assert list_pending(view.lib, sid)[0].text == "Skirvefeil"
    view.undo_stack.redo()

    # Enter: approve, onto the board; undo takes it back into the queue at its place.
    queue.focus_list()
    qtbot.keyClick(queue.list, Qt.Key.Key_Return)
    (note,) = list_notes(view.lib, sid)
    assert (note.text, note.origin) == ("Skrivefeil", "phone")
    assert note.id in view.scene.notes and view.scene.notes[note.id].from_phone
    assert [i.text for i in queue.items] == ["Noe stygt", "Mer lys"]
    assert queue.current().text == "Noe stygt"
    view.undo_stack.undo()
    assert note.id not in view.scene.notes and list_notes(view.lib, sid) == []
    assert [i.text for i in queue.items] == ["Skrivefeil", "Noe stygt", "Mer lys"]
    view.undo_stack.redo()
    assert [n.id for n in list_notes(view.lib, sid)] == [note.id]  # the same note again

    # Delete: reject, for good; undo brings it back from memory.
    queue.focus_list()
    assert queue.current().text == "Noe stygt"
    qtbot.keyClick(queue.list, Qt.Key.Key_Delete)
    assert [i.text for i in list_pending(view.lib, sid)] == ["Mer lys"]
    view.undo_stack.undo()
    assert [i.text for i in list_pending(view.lib, sid)] == ["Noe stygt", "Mer lys"]
    view.undo_stack.redo()

    # Approve all, and Esc back to the capture line.
    queue.all_button.setEnabled(True)
    queue.approve_requested.emit(list(queue.items))
    assert [n.text for n in list_notes(view.lib, sid)] == ["Skrivefeil", "Mer lys"]
    assert queue.items == []
    queue.focus_list()
    qtbot.keyClick(queue.list, Qt.Key.Key_Escape)
    assert view.capture.hasFocus()


def test_choosing_the_queue_is_one_undoable_change_of_the_session(qtbot, phones_view, monkeypatch):
    from workshop.ui.phones.setup import PhoneSetupDialog

    view = phones_view
    sid = view.model.session_id
    turn_on(qtbot, view)  # straight onto the board

    def choose_queue_without_filter(dialog):
        assert dialog.board.isChecked() and dialog.word_filter.isChecked()
        assert "500" in dialog.findChild(object, "phoneLengthCap").text()
        dialog.queue.setChecked(True)
        dialog.word_filter.setChecked(False)
        return 1

    monkeypatch.setattr(PhoneSetupDialog, "exec", choose_queue_without_filter)
    view.phones.bar.setup_button.click()
    settings = participation.room_settings(view.lib, sid)
    assert (settings.auto_accept, settings.word_filter) == (False, False)
    assert view.phones.queue.isVisible()
    assert view.phones.room.running  # the same address: not started again
    [(status, _)] = post_notes(view.phones.room.url, ["Venter"])
    assert status == 202
    view.undo_stack.undo()
    settings = participation.room_settings(view.lib, sid)
    assert (settings.auto_accept, settings.word_filter) == (True, True)


def test_the_presenter_shows_a_qr_code_that_scans_to_the_join_url(qtbot, phones_view):
    from workshop.ui.presenter import PresenterWindow

    view = phones_view
    presenter = PresenterWindow(view)
    qtbot.addWidget(presenter)
    presenter.resize(1600, 900)
    presenter.show()
    assert not presenter.join_panel.isVisible()  # Mobil is off
    turn_on(qtbot, view)
    qtbot.waitUntil(presenter.join_panel.isVisible)
    url = view.phones.room.url
    panel = presenter.join_panel
    assert panel.code.text().endswith(view.phones.room.room_code)
    assert panel.url.text().replace("\u200b", "").replace("\u2011", "-") == url
    image = panel.qr.pixmap().toImage()
    assert image.width() >= 300  # large enough for the back of the room
    assert_qr_is(image, url)

    view.phones.bar.big_qr.click()  # the QR code instead of the board
    assert not presenter.board.isVisible()
    big = panel.qr.pixmap().toImage()
    assert big.width() > image.width()
    assert_qr_is(big, url)
    view.phones.bar.toggle.click()  # off: the board is back, the QR code gone
    assert presenter.board.isVisible() and not panel.isVisible()
    presenter.close()


def assert_qr_is(image, url: str) -> None:
    """Decoded, the picture is the URL; and every module is whole pixels of one colour."""
    import segno

    from workshop.server.qr import BORDER

    code = segno.make(url, error="m", micro=False)
    matrix = code.matrix
    modules = len(matrix) + 2 * BORDER
    assert image.width() == image.height() and image.width() % modules == 0
    scale = image.width() // modules
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            for dy in (0, scale - 1):
                for dx in (0, scale - 1):
                    pixel = image.pixelColor((c + BORDER) * scale + dx, (r + BORDER) * scale + dy)
                    assert (pixel.lightness() < 128) == bool(dark), (r, c)
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert [d.text for d in decoded] == [url]


def test_join_cards_from_the_bar(qtbot, phones_view, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    view = phones_view
    target = tmp_path / "kort"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert not view.phones.bar.cards_button.isEnabled()
    turn_on(qtbot, view)
    view.phones.bar.cards_button.click()
    written = tmp_path / "kort.pdf"
    text = PdfReader(written).pages[0].extract_text()
    assert view.phones.room.room_code in text and "Skriv og stem fra mobilen" in text
    assert "kort.pdf" in view.status.text()


def test_the_server_stops_with_its_session_and_says_so(qtbot, phones_view, dialogs):
    from workshop.services.purge import purge_session

    view = phones_view
    turn_on(qtbot, view)
    purge_session(view.lib, view.model.session_id)
    qtbot.waitUntil(lambda: not view.phones.room.running, timeout=10000)
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=5000)
    assert "no longer exists" in dialogs.take_warnings()[0]
    assert not view.phones.bar.toggle.isChecked()


def test_the_session_menu_has_the_phones_and_closing_the_window_stops_them(qtbot, lib, session_id):
    from PySide6.QtGui import QAction

    from workshop.ui.main_window import MainWindow

    path = lib.path
    window = MainWindow(path, run_session=session_id)
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    view = window.run_view
    names = {a.objectName() for a in window.session_menu.actions()}
    assert {"phonesAction", "phoneQueueAction", "joinCardsAction"} <= names
    view.phones.room.host, view.phones.room.port = "127.0.0.1", 0
    window.findChild(QAction, "phonesAction").trigger()
    qtbot.waitUntil(lambda: view.phones.room.running)
    server = view.phones.room.server
    window.close()
    assert not server.running
