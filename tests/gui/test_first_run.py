"""First run: the Getting started tour, and the hints on an empty board and mapping view."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from workshop.services.sessions import create_session, list_sessions
from workshop.store.db import Library
from workshop.ui.main_window import MainWindow
from workshop.ui.settings import Settings
from workshop.ui.tour import GettingStartedTour
from workshop.ui.window.pages import TAB_RUN

DEMO_TITLE = "Temakveld på biblioteket: Et levende Gran sentrum"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def start(qtbot, library_path, settings):
    """``start()`` starts the app's window as a first start does (the tour may show itself)."""
    windows: list[MainWindow] = []

    def make(**kwargs) -> MainWindow:
        window = MainWindow(library_path, settings=settings, first_run_tour=True, **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        assert window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window) and window.isVisible():
            window.close()


def sessions(library_path) -> list:
    with Library.open(library_path) as lib:
        return list_sessions(lib)


def test_the_tour_shows_on_a_first_start_with_an_empty_library_and_not_again(
    qtbot, start, settings
):
    assert settings.get("tour/seen") is False
    window = start()
    tour = window.tour
    assert isinstance(tour, GettingStartedTour) and tour.isVisible()
    assert tour.windowTitle() == "Getting started"
    assert tour.position.text() == "1 / 3"
    assert tour.pages.currentWidget().objectName() == "tourStep1"

    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible() and window.tour is None
    assert settings.get("tour/seen") is True
    window.close()

    again = start()
    assert again.tour is None
    assert again.findChild(GettingStartedTour) is None


def test_the_tour_does_not_show_itself_over_a_library_with_sessions(library_path, start, settings):
    with Library.open(library_path) as lib:
        create_session(lib, "focus-group", "Fokusgruppe om hjemmetjenesten")
    window = start()
    assert window.tour is None
    assert settings.get("tour/seen") is False  # not seen: it was not shown


def test_the_tour_shows_itself_only_when_the_app_asks(qtbot, library_path, settings):
    window = MainWindow(library_path, settings=settings)  # as the other tests make it
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    assert window.tour is None
    window.close()


def test_help_getting_started_opens_the_tour_also_after_it_was_seen(start, settings):
    settings.set("tour/seen", True)
    window = start()
    assert window.tour is None
    help_menu = window.menuBar().actions()[-1].menu()
    action = window.findChild(QAction, "tourAction")
    assert action in help_menu.actions()
    assert help_menu.actions()[0] is action and action.text() == "&Getting started"
    action.trigger()
    assert window.tour is not None and window.tour.isVisible()
    window.tour.close_button.click()
    assert window.tour is None


def test_next_back_arrow_keys_and_escape(qtbot, start, settings):
    settings.set("tour/seen", True)
    window = start()
    tour = window.show_tour()
    tour.activateWindow()
    qtbot.waitUntil(tour.isActiveWindow)  # shortcuts need the active window
    assert not tour.back_button.isEnabled() and tour.next_button.isEnabled()
    assert tour.next_button.isDefault()

    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.position.text() == "2 / 3"
    assert tour.position.accessibleName() == "Step 2 of 3"
    assert tour.back_button.isEnabled()
    qtbot.keyClick(tour, Qt.Key.Key_Right)
    assert tour.position.text() == "3 / 3"
    assert not tour.next_button.isEnabled() and tour.close_button.isDefault()
    qtbot.keyClick(tour, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tour.index == 2  # stays on the last step
    qtbot.keyClick(tour, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tour.position.text() == "2 / 3"
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert tour.index == 0 and not tour.back_button.isEnabled()
    qtbot.keyClick(tour, Qt.Key.Key_Left)
    assert tour.index == 0
    qtbot.keyClick(tour, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tour.index == 1

    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible() and window.tour is None


def test_the_steps_name_the_real_keys(start, settings):
    settings.set("tour/seen", True)
    window = start()
    tour = window.show_tour()
    label = type(tour.position)
    keys = [
        {cap.text() for cap in tour.pages.widget(step).findChildren(label, "keyCap")}
        for step in range(3)
    ]
    assert keys == [
        {"Enter", "Ctrl+1 … Ctrl+0"},
        {"Ctrl+G", "F9", "Ctrl+F"},
        {"Ctrl+Shift+E", "F1"},
    ]
    assert window.export_action.shortcut().toString() == "Ctrl+Shift+E"
    assert window.findChild(QAction, "keysAction").shortcut().toString() == "F1"
    assert "File → Export minutes" in tour.pages.widget(2).findChild(label, "tourText").text()
    tour.reject()


def test_open_the_demo_session_creates_it_once_and_opens_it(qtbot, library_path, start):
    window = start()
    tour = window.tour
    assert tour is not None
    qtbot.mouseClick(tour.demo_button, Qt.MouseButton.LeftButton)
    assert window.tour is None and not tour.isVisible()
    [demo] = sessions(library_path)
    assert demo.title == DEMO_TITLE and demo.note_count >= 40
    assert window.session_id == demo.id
    assert window.workspace.currentIndex() == TAB_RUN
    assert window.workspace.currentWidget() is window.run_view

    window.show_sessions()
    window.tour_action.trigger()
    qtbot.mouseClick(window.tour.demo_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in sessions(library_path)] == [demo.id]  # opened, not made again
    assert window.session_id == demo.id


def test_the_board_shows_a_hint_until_the_first_note(qtbot, run_view, ui):
    hint = run_view.board.empty_hint
    assert hint.isVisible()
    assert "press Enter" in hint.text() and "F1" in hint.text()
    assert hint.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert hint.parent() is run_view.board  # on the view, not an item of the scene
    viewport = run_view.board.viewport().geometry()
    assert viewport.contains(hint.geometry())

    ui.capture(run_view, "Lys i gatene langs Sentrumsvegen")
    assert not hint.isVisible()
    run_view.undo_stack.undo()  # the board is empty again
    assert hint.isVisible()
    run_view.undo_stack.redo()
    assert not hint.isVisible()


def test_the_mapping_view_says_where_notes_come_from(qtbot, run_view, ui):
    from workshop.ui.mapping_view import MappingView

    mapping = MappingView(run_view.model, run_view.undo_stack)
    qtbot.addWidget(mapping)
    mapping.show()
    assert mapping.empty_hint.isVisible() and "Ctrl+Shift+B" in mapping.empty_hint.text()
    ui.capture(run_view, "Flere benker på torget")
    assert not mapping.empty_hint.isVisible()


def test_the_board_keys_in_the_tour_are_those_of_run_mode(run_view):
    def keys(name: str) -> str:
        return run_view.findChild(QAction, name).shortcut().toString()

    assert keys("principle1Action") == "Ctrl+1" and keys("principle10Action") == "Ctrl+0"
    assert keys("clusterAction") == "Ctrl+G"
    assert keys("votingAction") == "F9"
    find = [a for a in run_view.actions() if a.shortcut().toString() == "Ctrl+F"]
    assert len(find) == 1 and find[0].text() == "Filter"


def test_the_app_icon_is_found_in_every_size(qapp):
    from workshop.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not icon.pixmap(64).isNull()
