"""File → Sync with the team server: two laptops and the server converge through the GUI; the
progress and the result are in the status bar, a failure in a dialog; the settings keep the
address without a password; sync on open and close when set."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMenu

from workshop.services import notes
from workshop.services.sessions import create_session, list_sessions
from workshop.services.sync import sync_library
from workshop.store import db
from workshop.store.db import Library
from workshop.ui.main_window import MainWindow
from workshop.ui.session_model import COL_TITLE
from workshop.ui.settings import Settings


def laptop(path, name: str) -> Library:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(db, "machine_id", lambda: f"laptop {name}")
        return Library.open(path)


def password_of(url: str) -> str:
    return url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]


def without_password(url: str) -> str:
    return url.replace(f":{password_of(url)}@", "@")


@pytest.fixture
def team(new_database, monkeypatch) -> str:
    url = new_database()
    monkeypatch.setenv("PGPASSWORD", password_of(url))  # as ~/.pgpass would give it
    return url


def file_menu_action(window: MainWindow, name: str):
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    [action] = [a for a in file_menu.actions() if a.objectName() == name]
    return action


def open_window(qtbot, path, settings: Settings | None = None) -> MainWindow:
    window = MainWindow(path, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_library()
    return window


def sync_through_the_menu(qtbot, window: MainWindow) -> str:
    action = file_menu_action(window, "syncTeamAction")
    assert action.isEnabled()
    action.trigger()
    assert window.sync_busy()
    qtbot.waitUntil(lambda: not window.sync_busy(), timeout=60_000)
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    return window.statusBar().currentMessage()


def summary_line(window: MainWindow, team: str, *, sent: int, received: int) -> str:
    from workshop.i18n import t

    return t(
        "sync_summary",
        window._language(),  # the language the GUI shows
        url=without_password(team),
        sent=sent,
        received=received,
        purged=0,
        conflicts=0,
    )


def titles(window: MainWindow) -> list[str]:
    model = window.model
    return sorted(model.index(row, COL_TITLE).data() for row in range(model.rowCount()))


def test_two_laptops_and_the_server_converge_through_file_sync(
    qtbot, tmp_path, team, monkeypatch, dialogs
):
    b = laptop(tmp_path / "b.sqlite", "b")
    from_b = create_session(b, "politician-workshop", "Fra B")
    notes.add_note(b, from_b, "Skrevet på B")
    sync_library(b, team)

    path_a = tmp_path / "a.sqlite"
    laptop(path_a, "a").close()
    window = open_window(qtbot, path_a)
    asked = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return without_password(team), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    message = sync_through_the_menu(qtbot, window)
    assert len(asked) == 1  # the address, asked once and remembered without its password
    assert window.settings.get("team/url") == without_password(team)
    assert message == summary_line(window, team, sent=0, received=1)
    assert titles(window) == ["Fra B"]

    from_a = create_session(window.lib, "focus-group", "Fra A")
    notes.add_note(window.lib, from_b, "Skrevet på A")
    window.refresh()
    message = sync_through_the_menu(qtbot, window)
    assert len(asked) == 1
    assert message == summary_line(window, team, sent=2, received=0)
    sync_library(b, team)
    assert sorted(s.title for s in list_sessions(b)) == ["Fra A", "Fra B"]
    assert sorted(n.text for n in notes.list_notes(b, from_b)) == ["Skrevet på A", "Skrevet på B"]
    with Library.open(team) as server:
        assert {s.id for s in list_sessions(server)} == {from_a, from_b}
    window.close()
    b.close()


def test_a_failed_sync_is_a_dialog_and_the_library_is_unchanged(
    qtbot, tmp_path, dialogs, monkeypatch
):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = Settings()
    settings.set("team/url", f"postgresql://kari@127.0.0.1:{port}/verksted")
    window = open_window(qtbot, tmp_path / "a.sqlite", settings)
    message = sync_through_the_menu(qtbot, window)
    assert message == window.tr("The sync did not complete")
    [shown] = dialogs.take_criticals()
    assert shown.startswith(("Cannot reach the team server", "Får ikke kontakt med teamserveren"))
    assert "\n" not in shown
    assert list_sessions(window.lib) == []
    window.close()


def test_a_refused_password_is_asked_for_and_used_once(qtbot, tmp_path, team, monkeypatch):
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    settings = Settings()
    settings.set("team/url", without_password(team))
    window = open_window(qtbot, tmp_path / "a.sqlite", settings)
    asked = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return password_of(team), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    file_menu_action(window, "syncTeamAction").trigger()
    qtbot.waitUntil(lambda: without_password(team) in window.last_sync_message, timeout=60_000)
    qtbot.waitUntil(lambda: not window.sync_busy(), timeout=60_000)
    assert len(asked) == 1 and ("godtok ikke" in asked[0] or "did not accept" in asked[0])
    assert password_of(team) not in str(settings.store.allKeys())
    assert all(
        password_of(team) not in str(settings.store.value(k)) for k in settings.store.allKeys()
    )
    window.close()


def test_sync_on_open_and_close_when_set(qtbot, tmp_path, team):
    b = laptop(tmp_path / "b.sqlite", "b")
    create_session(b, "politician-workshop", "Fra B")
    sync_library(b, team)
    settings = Settings()
    settings.set("team/url", without_password(team))
    settings.set("team/sync_on_open_close", True)
    window = open_window(qtbot, tmp_path / "a.sqlite", settings)
    qtbot.waitUntil(lambda: titles(window) == ["Fra B"], timeout=60_000)
    create_session(window.lib, "focus-group", "Skrevet rett før lukking")
    window.close()
    sync_library(b, team)
    assert sorted(s.title for s in list_sessions(b)) == ["Fra B", "Skrevet rett før lukking"]
    b.close()


def test_the_settings_keep_the_team_address_without_its_password(qtbot, tmp_path):
    from workshop.ui.settings_dialog import SettingsDialog

    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.team_url.setText("postgresql://kari:hemmelig@server.gran.kommune.no/verksted")
    dialog.team_sync.setChecked(True)
    dialog.accept()
    assert settings.get("team/url") == "postgresql://kari@server.gran.kommune.no/verksted"
    assert settings.get("team/sync_on_open_close") is True
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.team_url.setText("mysql://kari@server/verksted")
    dialog.accept()
    assert dialog.team_error.isVisible() or not dialog.team_error.isHidden()
    assert settings.get("team/url") == "postgresql://kari@server.gran.kommune.no/verksted"


def test_a_wrong_team_address_is_told_whole_and_in_the_gui_language(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from workshop.i18n import t
    from workshop.ui import translation
    from workshop.ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("LANGUAGE", "en")  # the system's language is not the GUI's
    monkeypatch.setitem(translation._current, "language", "nb")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.team_url.setText("https://server.gran.kommune.no/verksted")
    dialog.accept()
    error = dialog.team_error
    assert error.isVisible() and error.text() == t("library_url_scheme", "nb", scheme="https")
    qtbot.wait(10)  # the layout settles
    assert error.height() >= error.heightForWidth(error.width())  # no line cut off
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    assert settings.get("team/url") == ""


def test_the_app_given_a_team_url_says_how_to_sync_and_makes_no_folder(
    qtbot, tmp_path, monkeypatch, dialogs
):
    from workshop.ui.app import run_gui

    monkeypatch.chdir(tmp_path)
    assert run_gui(["--library", "postgresql://kari:hemmelig@server/verksted"]) == 1
    [shown] = dialogs.take_criticals()
    assert "postgresql://kari@server/verksted" in shown and "hemmelig" not in shown
    assert list(tmp_path.iterdir()) == []
