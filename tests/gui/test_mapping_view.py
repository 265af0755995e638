"""The mapping view: tick principles and focus areas, tag clusters, unmapped filter, coverage,
and suggestions that are only applied when accepted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.services.board import create_cluster
from workshop.services.notes import add_note, get_note
from workshop.store.models import NotePrinciple
from workshop.ui.board.model import BoardModel
from workshop.ui.mapping_view import NOTE_ID_ROLE, MappingView


@pytest.fixture
def notes(lib, session_id):
    ids = {
        "bus": add_note(lib, session_id, "Bedre busstilbud på kveldstid, og digital billett i app"),
        "youth": add_note(lib, session_id, "Spør ungdommen selv hva de trenger", principles=[7]),
        "cafe": add_note(lib, session_id, "Kafé på biblioteket"),
    }
    create_cluster(lib, session_id, "Sentrum", [ids["bus"], ids["cafe"]])
    return ids


@pytest.fixture
def view(qtbot, lib, session_id, notes):
    board = BoardModel(lib, session_id)
    stack = QUndoStack()
    mapping = MappingView(board, stack)
    mapping._test_refs = (board, stack)
    qtbot.addWidget(mapping)
    mapping.resize(1300, 700)
    mapping.show()
    return mapping


def row_of(tab, note_id: str) -> int:
    return next(
        r
        for r in range(tab.proxy.rowCount())
        if tab.proxy.index(r, 0).data(NOTE_ID_ROLE) == note_id
    )


def test_ticking_a_cell_stores_the_principle_and_undo_clears_it(view, lib, notes, session_id):
    tab = view.principles
    index = tab.proxy.index(row_of(tab, notes["cafe"]), 4)  # column 4 = principle 4
    assert tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert get_note(lib, session_id, notes["cafe"]).principles == (4,)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    view.undo_stack.undo()
    assert get_note(lib, session_id, notes["cafe"]).principles == ()


def test_space_on_a_cell_toggles_it(qtbot, view, lib, notes, session_id):
    tab = view.principles
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(row_of(tab, notes["bus"]), 8))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert 8 in get_note(lib, session_id, notes["bus"]).principles


def test_a_whole_cluster_is_tagged_at_once(qtbot, view, lib, notes, session_id):
    tab = view.principles
    tab.cluster.setCurrentIndex(tab.cluster.findText("Sentrum"))
    tab.cluster.activated.emit(tab.cluster.currentIndex())
    assert set(tab.selected_note_ids()) == {notes["bus"], notes["cafe"]}
    qtbot.keyClick(tab.table, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert 9 in get_note(lib, session_id, notes["bus"]).principles
    assert 9 in get_note(lib, session_id, notes["cafe"]).principles
    assert 9 not in get_note(lib, session_id, notes["youth"]).principles
    assert view.undo_stack.count() == 1  # one step for the whole cluster


def test_only_unmapped_and_coverage(view, notes):
    tab = view.principles
    assert tab.model.counts()[6] == 1  # principle 7: the youth note
    assert tab.model.counts()[0] == 0
    assert "1." in tab.coverage.toolTip()
    tab.unmapped.setChecked(True)
    shown = {tab.proxy.index(r, 0).data(NOTE_ID_ROLE) for r in range(tab.proxy.rowCount())}
    assert shown == {notes["bus"], notes["cafe"]}


def test_focus_areas_have_their_own_matrix(view, lib, notes, session_id):
    tab = view.focus_areas
    column = next(
        i for i, c in enumerate(tab.model.columns, start=1) if c[0] == "digitalt-forstevalg"
    )
    index = tab.proxy.index(row_of(tab, notes["bus"]), column)
    tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert get_note(lib, session_id, notes["bus"]).focus_areas == ("digitalt-forstevalg",)


def test_suggestions_are_applied_only_when_accepted(qtbot, view, lib, notes, session_id):
    tab = view.principles
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(row_of(tab, notes["bus"]), 0))
    panel = view.suggestions
    assert 1 <= panel.list.count() <= 3
    assert "because" in panel.list.item(0).text() or "fordi" in panel.list.item(0).text()
    assert get_note(lib, session_id, notes["bus"]).principles == ()  # nothing applied yet
    first = panel.current_principle()

    qtbot.keyClick(tab.table, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert first not in [
        panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())
    ]
    assert get_note(lib, session_id, notes["bus"]).principles == ()

    view.rejected.clear()  # a rejection lasts while the view is open; start again
    view.refresh_suggestions()
    assert panel.current_principle() == first
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_note(lib, session_id, notes["bus"]).principles == (first,)
    assert first not in [
        panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())
    ]
    with lib.read() as s:
        sources = {r.source for r in s.query(NotePrinciple).filter_by(note_id=notes["bus"])}
    assert sources == {"suggestion"}


def test_a_new_or_removed_note_is_one_row_not_a_rebuilt_matrix(view, lib, session_id, notes):
    """Capturing a note (or a phone's note arriving) adds its row; the matrix beside the board
    is not built again for each note, however many the session has."""
    board = view._test_refs[0]
    tab = view.principles
    resets, inserted, removed = [], [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    tab.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    tab.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    new = add_note(lib, session_id, "Lys i gatene", principles=[1])
    board.refresh_notes([new])
    assert resets == [] and inserted == [(3, 3)]
    assert tab.model.rows == [notes["bus"], notes["youth"], notes["cafe"], new]
    assert row_of(tab, new) >= 0
    assert tab.model.counts()[0] == 1 and "1." in tab.coverage.toolTip()
    from workshop.services.notes import set_notes_deleted

    set_notes_deleted(lib, session_id, [notes["youth"]], True)
    board.refresh_notes([notes["youth"]])
    assert resets == [] and removed == [(1, 1)]
    assert tab.model.rows == [notes["bus"], notes["cafe"], new]
    assert tab.model.counts()[6] == 0
    set_notes_deleted(lib, session_id, [notes["youth"]], False)
    board.refresh_notes([notes["youth"]])  # back in its place in capture order
    assert tab.model.rows == [notes["bus"], notes["youth"], notes["cafe"], new]


def test_headers_show_names_in_full_and_the_note_column_keeps_its_width(view):
    from PySide6.QtWidgets import QHeaderView

    for tab in (view.principles, view.focus_areas):
        view.tabs.setCurrentWidget(tab)
        header = tab.table.horizontalHeader()
        names = [header.model().headerData(s, Qt.Orientation.Horizontal) for s in range(1, 11)]
        assert all(header.fits(s) for s in range(1, header.count())), names
        tips = [
            header.model().headerData(s, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for s in range(1, header.count())
        ]
        assert tips == names  # the tooltip keeps the full text
        chars = header.sectionSize(0) / tab.table.fontMetrics().averageCharWidth()
        assert chars >= 40, f"the note column is {chars:.0f} characters wide"
        modes = {header.sectionResizeMode(s) for s in range(header.count())}
        assert QHeaderView.ResizeMode.ResizeToContents not in modes  # measured, not per row
        assert header.height() < 26 * tab.table.fontMetrics().averageCharWidth()  # not a tower
    principle_names = [
        view.principles.model.headerData(s, Qt.Orientation.Horizontal) for s in range(1, 11)
    ]
    assert principle_names[6] == "7. The user perspective"  # names, not only 1–10
    assert principle_names[0] == "1. Positive expectations"


def test_a_legend_of_the_principles_and_the_focus_areas(view):
    from PySide6.QtWidgets import QLabel

    legend = view.findChild(QLabel, "mappingLegend")
    assert legend.isVisible()
    lines = legend.text().splitlines()
    assert len(lines) == 10 and lines[6] == "7. The user perspective"
    view.tabs.setCurrentWidget(view.focus_areas)
    lines = legend.text().splitlines()
    assert lines[0].startswith("1. ") and len(lines) == view.focus_areas.model.columnCount() - 1
    assert view.findChild(QLabel, "mappingLegendTitle").text() == "Focus areas"


def test_a_new_note_is_one_row_inserted_without_a_reset_or_reading_other_rows(
    qtbot, lib, session_id, notes, monkeypatch
):
    from workshop.ui.mapping_view import MappingModel

    board = BoardModel(lib, session_id)
    model = MappingModel(board, "principle", QUndoStack())
    calls = []
    original = MappingModel.data
    monkeypatch.setattr(
        MappingModel, "data", lambda self, *a: calls.append(a) or original(self, *a)
    )
    events = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("inserted", first, last)))
    before = model.rowCount()
    note_id = add_note(lib, session_id, "Ny benk ved stasjonen")
    board.refresh_notes([note_id])
    assert events == [("inserted", before, before)]
    assert model.rows[-1] == note_id and not calls
