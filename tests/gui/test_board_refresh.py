"""The board after changes made elsewhere, and the work a run view does to open.

Another program (the command line) changes the session while the window is in the background;
when the window is active again the board shows each change on its own and keeps every other
card as it is. The work is counted (statements, cards rebuilt, modules imported), not timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.statements import Statements
from workshop.services import notes as note_service
from workshop.services.csv_import import import_csv
from workshop.store.db import Library

pytestmark = pytest.mark.usefixtures("dialogs")


@pytest.fixture
def elsewhere(library_path, lib):
    """The same library as another program opens it."""
    other = Library.open(library_path)
    yield other
    other.close()


@pytest.fixture
def filled(lib, session_id):
    for i in range(12):
        note_service.add_note(lib, session_id, f"Innspill {i}", step_position=1 + i % 3)
    return session_id


def test_an_external_add_gains_one_card_and_keeps_the_others(make_run_view, filled, elsewhere):
    view = make_run_view(filled)
    cards = dict(view.scene.notes)
    resets = []
    view.model.reset.connect(lambda: resets.append(1))
    new_id = note_service.add_note(elsewhere, filled, "Fra kommandolinja", step_position=2)

    assert view.model.reload_if_changed()
    assert set(view.scene.notes) == set(cards) | {new_id}
    assert all(view.scene.notes[n] is item for n, item in cards.items())  # the same objects
    assert not resets
    stored = note_service.get_note(view.lib, filled, new_id)
    assert stored.x is not None  # its free spot was stored before the board showed it
    assert view.scene.notes[new_id].pos().x() == stored.x
    assert view.count_label.text().startswith("13")


def test_an_external_edit_and_delete_touch_only_their_cards(make_run_view, filled, elsewhere):
    view = make_run_view(filled)
    cards = dict(view.scene.notes)
    edited, deleted, *rest = list(cards)
    changed = []
    view.model.note_changed.connect(lambda note: changed.append(note.id))
    note_service.edit_note(elsewhere, filled, edited, "Ny tekst")
    note_service.set_notes_deleted(elsewhere, filled, [deleted], True)

    view.refresh_from_library()
    assert changed == [edited]
    assert deleted not in view.scene.notes
    assert view.scene.notes[edited] is cards[edited]
    assert view.scene.notes[edited].note.text == "Ny tekst"
    assert all(view.scene.notes[n] is cards[n] for n in rest)


def test_activating_the_window_with_nothing_changed_reads_no_notes(make_run_view, filled, lib):
    view = make_run_view(filled)
    note_service.add_note(lib, get_other_session(lib), "Another session's note")
    with Statements(lib) as seen:
        assert not view.model.reload_if_changed()
    assert len(seen) <= 2, seen  # the session's change mark, nothing else
    assert not [s for s in seen if "FROM notes" in s]


def get_other_session(lib) -> str:
    from workshop.services.sessions import create_session

    return create_session(lib, "library-evening", "Another", participants={"Innbyggere": 5})


def test_capturing_does_not_make_the_next_activation_reread(run_view, lib):
    run_view.capture_note("Skrevet her")
    with Statements(lib) as seen:
        assert not run_view.model.reload_if_changed()
    assert not [s for s in seen if "FROM notes" in s]


def test_the_first_open_after_a_csv_import_writes_nothing(make_run_view, lib, session_id, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("text;step\n" + "\n".join(f"Innspill {i};2" for i in range(80)), "utf-8")
    import_csv(lib, session_id, path)
    with Statements(lib) as seen:
        view = make_run_view(session_id)
    assert len(view.scene.notes) == 80
    assert not [s for s in seen if s.startswith(("INSERT", "UPDATE"))], "placed at open"


def test_building_the_run_view_does_not_import_the_phones_server(tmp_path):
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from workshop.services.sessions import create_session
        from workshop.store.db import Library
        from workshop.ui.run.run_view import RunView

        app = QApplication([])
        lib = Library.open({str(tmp_path / "library.sqlite")!r})
        session_id = create_session(lib, "library-evening", "T", participants={{"A": 5}})
        view = RunView(lib, session_id)
        view.show()
        app.processEvents()
        print(",".join(m for m in ("aiohttp", "segno", "workshop.server.runner")
                       if m in sys.modules))
        view.stop()
        lib.close()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip() == ""


# --- the sessions list ---
def _titles(page) -> list[str]:
    from workshop.ui.session_model import COL_TITLE

    return sorted(page.proxy.index(r, COL_TITLE).data() for r in range(page.proxy.rowCount()))


def test_the_sessions_list_redraws_only_the_sessions_changed_elsewhere(qtbot, lib, elsewhere):
    from workshop.services.sessions import create_session, set_session_deleted, update_session
    from workshop.ui.sessions_page import SessionsPage

    ids = [
        create_session(lib, "library-evening", f"Temakveld {i}", participants={"A": 5})
        for i in range(4)
    ]
    page = SessionsPage()
    qtbot.addWidget(page)
    page.show()
    page.set_library(lib)
    page.select_session(ids[2])
    resets, changed_rows = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(
        lambda top, bottom: changed_rows.append((top.row(), bottom.row()))
    )

    update_session(elsewhere, ids[0], title="Temakveld om bussen")
    new_id = create_session(elsewhere, "popup-stand", "Stand på Jaren", participants={"A": 5})
    set_session_deleted(elsewhere, ids[1], True)
    note_service.add_note(elsewhere, ids[3], "Et innspill")
    page.refresh_changed()

    assert not resets
    assert _titles(page) == sorted(
        ["Temakveld om bussen", "Stand på Jaren", "Temakveld 2", "Temakveld 3"]
    )
    assert len(changed_rows) == 2  # the retitled session and the one with a new note
    assert page.selected_session_id() == ids[2]
    assert page.model.session_by_id(ids[3]).note_count == 1
    assert page.model.session_by_id(new_id).title == "Stand på Jaren"

    with Statements(lib) as seen:
        page.refresh_changed()  # activated again, nothing new
    assert len(seen) <= 2, seen
    assert not [s for s in seen if "FROM sessions" in s]


def test_opening_a_session_with_run_lists_the_sessions_only_when_shown(
    qtbot, library_path, session_id
):
    from workshop.ui.main_window import MainWindow

    window = MainWindow(library_path, run_session=session_id)
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    assert window.run_view is not None
    assert window.model.rowCount() == 0  # not read: the run view is what is shown
    window.show_sessions()
    assert window.model.rowCount() == 1


def test_most_of_the_board_changed_elsewhere_is_shown_as_a_new_board(
    make_run_view, lib, session_id, elsewhere, monkeypatch
):
    from workshop.ui.board import model as board_model

    monkeypatch.setattr(board_model, "REFRESH_ONE_BY_ONE", 5)
    ids = [
        note_service.add_note(lib, session_id, f"Lapp {i}", x=0.0, y=300.0 * i) for i in range(8)
    ]
    view = make_run_view(session_id)
    resets, one_by_one = [], []
    view.model.reset.connect(lambda: resets.append(1))
    view.model.note_changed.connect(lambda note: one_by_one.append(note.id))
    note_service.set_notes_deleted(elsewhere, session_id, ids[:6], True)

    assert view.model.reload_if_changed()
    assert resets == [1] and not one_by_one
    assert set(view.scene.notes) == set(ids[6:])
