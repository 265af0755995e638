"""Mapping: every note against the principles and the focus areas, with offline suggestions.

A matrix of notes × principles (and a second tab for focus areas): tick cells by mouse or
keyboard (Space), tag a whole cluster at once, show only unmapped notes, and see at a glance
which principles got no inputs. Suggestions are never applied silently: Ctrl+Enter accepts,
Ctrl+Backspace rejects.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.vocabulary import MANUAL, SUGGESTION
from workshop.services.dto import NoteInfo
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.tags import SetTagCommand
from workshop.ui.mapping_header import TagHeader

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MappingModel(QAbstractTableModel):
    """Rows: the session's notes in capture order. Column 0: the text; then one per tag."""

    def __init__(self, board: BoardModel, kind: str, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.board = board
        self.kind = kind  # "principle" or "focus_area"
        self.undo_stack = undo_stack
        self.columns: list[tuple[object, str, str]] = []  # (value, short label, full title)
        self.rows: list[str] = []
        self._load_columns()
        self.reload()
        board.reset.connect(self.reload)
        # One row in or out per note: a session of thousands is not rebuilt for each note
        # captured (or arriving from a phone).
        board.note_added.connect(self._note_added)
        board.note_removed.connect(self._note_removed)
        board.note_changed.connect(self._note_changed)

    def _load_columns(self) -> None:
        from workshop.services.sessions import session_framework

        framework = session_framework(self.board.lib, self.board.session_id)
        lang = self.board.language()
        if self.kind == "principle":  # shown by name; the number is the short label
            self.columns = [
                (p.number, str(p.number), f"{p.number}. {p.title[lang]}")
                for p in framework.principles
            ]
        else:
            self.columns = [(fa.id, fa.title[lang], fa.title[lang]) for fa in framework.focus_areas]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [n.id for n in sorted(self.board.notes.values(), key=lambda n: n.seq)]
        self.endResetModel()

    def _note_added(self, note: NoteInfo) -> None:
        if note.id in self.rows:
            return
        notes = self.board.notes
        row = len(self.rows)
        while row > 0 and notes[self.rows[row - 1]].seq > note.seq:  # new notes come last
            row -= 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, note.id)
        self.endInsertRows()

    def _note_removed(self, note_id: str) -> None:
        if note_id not in self.rows:
            return
        row = self.rows.index(note_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def _note_changed(self, note: NoteInfo) -> None:
        if note.id in self.rows:
            row = self.rows.index(note.id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns)))

    def note(self, row: int) -> NoteInfo:
        return self.board.notes[self.rows[row]]

    def tags(self, note: NoteInfo) -> tuple:
        return note.principles if self.kind == "principle" else note.focus_areas

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Mapping", "Note")
            return None
        _value, _short, full = self.columns[section - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return full
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self.note(index.row())
        if role == NOTE_ID_ROLE:
            return note.id
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return note.text.replace("\n", " ")
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [note.text]
                if note.cluster_name:
                    parts.append(
                        QCoreApplication.translate("Mapping", "Cluster: %1").replace(
                            "%1", note.cluster_name
                        )
                    )
                return "\n".join(parts)
            return None
        value = self.columns[index.column() - 1][0]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = value in self.tags(note)
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.columns[index.column() - 1][2]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() == 0:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_tag([self.rows[index.row()]], self.columns[index.column() - 1][0], on)
        return True

    def set_tag(self, note_ids: list[str], value, on: bool, *, source: str = MANUAL) -> None:
        states = {nid: on for nid in note_ids if nid in self.board.notes}
        if states:
            self.undo_stack.push(SetTagCommand(self.board, self.kind, value, states, source=source))

    def counts(self) -> list[int]:
        """Notes per column, in one pass over the notes."""
        tally: Counter = Counter()
        for note in self.board.notes.values():
            tally.update(self.tags(note))
        return [tally[value] for value, _s, _f in self.columns]


class UnmappedFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_unmapped = False
        self.text = ""

    def set_filter(self, only_unmapped: bool, text: str) -> None:
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self.only_unmapped, self.text = only_unmapped, text.strip().casefold()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model: MappingModel = self.sourceModel()
        note = model.note(row)
        if self.only_unmapped and model.tags(note):
            return False
        return not self.text or self.text in note.text.casefold()


class CoverageBar(QWidget):
    """Inputs per column; a column with no inputs stands out in red."""

    def __init__(self, model: MappingModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageBar")
        self.model = model
        self.setMinimumHeight(self.fontMetrics().height() * 4)
        self.setAccessibleName(QCoreApplication.translate("Mapping", "Coverage per principle"))
        model.modelReset.connect(self.refresh)
        model.dataChanged.connect(lambda *_: self.refresh())
        model.rowsInserted.connect(lambda *_: self.refresh())
        model.rowsRemoved.connect(lambda *_: self.refresh())
        self._stale = True
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():  # counted when shown: capture on the board stays quick
            self._stale = True
            return
        self._stale = False
        counts = self.model.counts()
        empty = [self.model.columns[i][1] for i, c in enumerate(counts) if c == 0]
        text = ", ".join(f"{self.model.columns[i][2]}: {c}" for i, c in enumerate(counts))
        if empty:
            text += " — " + QCoreApplication.translate("Mapping", "no inputs: %1").replace(
                "%1", ", ".join(empty)
            )
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() * 4)

    def paintEvent(self, _event) -> None:
        counts = self.model.counts()
        if not counts:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width = self.width() / len(counts)
        top = metrics.height() + 2
        bar_h = self.height() - 2 * metrics.height() - 6
        highest = max(max(counts), 1)
        for i, count in enumerate(counts):
            x = i * width
            label = self.model.columns[i][1] if self.model.kind == "principle" else str(i + 1)
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(x, 0, width, metrics.height()), Qt.AlignmentFlag.AlignCenter, label
            )
            frame = QRectF(x + width * 0.2, top, width * 0.6, bar_h)
            if count == 0:
                painter.setPen(QColor("#B3261E"))
                painter.setBrush(QColor("#FDE7E7"))
                painter.drawRect(frame)
            else:
                filled = frame.adjusted(0, frame.height() * (1 - count / highest), 0, 0)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#1F4E79"))
                painter.drawRect(filled)
            painter.setPen(QColor("#B3261E") if count == 0 else QColor("#333333"))
            painter.drawText(
                QRectF(x, top + bar_h + 2, width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
        painter.end()


class MatrixTab(QWidget):
    """One matrix (principles or focus areas) with its filter bar and coverage bars."""

    def __init__(self, board: BoardModel, kind: str, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.model = MappingModel(board, kind, undo_stack, self)
        self.proxy = UnmappedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName(f"{kind}Matrix")
        self.table.setAccessibleName(
            QCoreApplication.translate("Mapping", "Notes and principles")
            if kind == "principle"
            else QCoreApplication.translate("Mapping", "Notes and focus areas")
        )
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Names written upwards over narrow tick columns, sized once from the font; the note
        # column takes the rest (at least NOTE_MIN_CHARS wide).
        self.header = TagHeader(self.table)
        self.table.setHorizontalHeader(self.header)
        self.header.fit([full for _v, _s, full in self.model.columns])
        self.coverage = CoverageBar(self.model, self)
        self.unmapped = QCheckBox(
            QCoreApplication.translate("Mapping", "Only &unmapped notes"), self
        )
        self.unmapped.setObjectName(f"{kind}UnmappedFilter")
        self.unmapped.setAccessibleName(self.unmapped.text().replace("&", ""))
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{kind}Search")
        self.search.setPlaceholderText(QCoreApplication.translate("Mapping", "Filter notes"))
        self.search.setAccessibleName(QCoreApplication.translate("Mapping", "Filter notes"))
        self.search.setClearButtonEnabled(True)
        self.cluster = QComboBox(self)
        self.cluster.setObjectName(f"{kind}ClusterSelect")
        self.cluster.setAccessibleName(QCoreApplication.translate("Mapping", "Select a cluster"))
        self._fill_clusters()
        board.clusters_changed.connect(self._fill_clusters)
        board.reset.connect(self._fill_clusters)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.unmapped)
        bar.addWidget(self.cluster, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.coverage)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.unmapped.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.cluster.activated.connect(self._select_cluster)

    def _filter(self) -> None:
        self.proxy.set_filter(self.unmapped.isChecked(), self.search.text())

    def _fill_clusters(self) -> None:
        self.cluster.blockSignals(True)
        self.cluster.clear()
        self.cluster.addItem(QCoreApplication.translate("Mapping", "Select a cluster…"), None)
        board = self.model.board
        for cluster in sorted(board.clusters.values(), key=lambda c: c.name.casefold()):
            self.cluster.addItem(cluster.name, cluster.id)
        self.cluster.blockSignals(False)

    def _select_cluster(self, index: int) -> None:
        cluster_id = self.cluster.itemData(index)
        if cluster_id is None:
            return
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            proxy_index = self.proxy.index(row, 0)
            note_id = proxy_index.data(NOTE_ID_ROLE)
            if self.model.board.notes[note_id].cluster_id == cluster_id:
                self.table.selectRow(row) if first is None else selection.select(
                    proxy_index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                first = first or proxy_index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
        self.table.setFocus()

    def selected_note_ids(self) -> list[str]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return [self.proxy.index(r, 0).data(NOTE_ID_ROLE) for r in sorted(rows)]

    def current_note_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.index(index.row(), 0).data(NOTE_ID_ROLE) if index.isValid() else None

    def toggle_on_selection(self, value) -> None:
        ids = self.selected_note_ids()
        if not ids:
            return
        notes = self.model.board.notes
        on = not all(value in self.model.tags(notes[i]) for i in ids)
        self.model.set_tag(ids, value, on)


class SuggestionPanel(QWidget):
    """Up to three suggested principles for the current note, each with its reasons."""

    accepted = Signal(str, int)  # note id, principle

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self.title = QLabel(QCoreApplication.translate("Mapping", "Suggestions"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(QCoreApplication.translate("Mapping", "Suggested principles"))
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(
            QCoreApplication.translate("Mapping", "Accept (Ctrl+Enter)"), self
        )
        self.accept_button.setObjectName("acceptSuggestionButton")
        self.accept_button.setAccessibleName(QCoreApplication.translate("Mapping", "Accept"))
        self.reject_button = QPushButton(
            QCoreApplication.translate("Mapping", "Reject (Ctrl+Backspace)"), self
        )
        self.reject_button.setObjectName("rejectSuggestionButton")
        self.reject_button.setAccessibleName(QCoreApplication.translate("Mapping", "Reject"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

    def show_suggestions(self, suggestions, titles: dict[int, str]) -> None:
        self.list.clear()
        for s in suggestions:
            reasons = ", ".join(s.reasons)
            item = QListWidgetItem(
                f"{titles.get(s.principle, s.principle)}\n"
                + QCoreApplication.translate("Mapping", "because: %1").replace("%1", reasons)
            )
            item.setData(Qt.ItemDataRole.UserRole, s.principle)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.hint.setText("")
        else:
            self.hint.setText(
                QCoreApplication.translate("Mapping", "No suggestions for this note.")
            )
        self.accept_button.setEnabled(bool(self.list.count()))
        self.reject_button.setEnabled(bool(self.list.count()))

    def current_principle(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class MappingView(QWidget):
    """The principles and focus-area matrices side by side with the suggestions."""

    def __init__(self, board: BoardModel, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingView")
        self.board = board
        self.undo_stack = undo_stack
        self.rejected: dict[str, set[int]] = {}  # note id → principles rejected in this view
        self._suggester = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mappingTabs")
        self.principles = MatrixTab(board, "principle", undo_stack, self)
        self.focus_areas = MatrixTab(board, "focus_area", undo_stack, self)
        self.tabs.addTab(self.principles, QCoreApplication.translate("Mapping", "&Principles"))
        self.tabs.addTab(self.focus_areas, QCoreApplication.translate("Mapping", "&Focus areas"))
        self.suggestions = SuggestionPanel(self)
        self.legend_title = QLabel(self)
        self.legend_title.setObjectName("mappingLegendTitle")
        bold = self.legend_title.font()
        bold.setBold(True)
        self.legend_title.setFont(bold)
        self.legend = QLabel(self)  # what the numbers of the coverage bars stand for
        self.legend.setObjectName("mappingLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend_title.setBuddy(self.legend)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.suggestions, 1)
        side_layout.addWidget(self.legend_title)
        side_layout.addWidget(self.legend)
        splitter = QSplitter(self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "Mapping",
                "No notes yet. Capture them on the board (Ctrl+Shift+B); here you link them to "
                "the principles and focus areas.",
            ),
            self,
        )
        self.empty_hint.setObjectName("mappingEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #44505C; padding: 4px 2px;")
        self.empty_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter)
        for signal in (board.reset, board.note_added, board.note_removed):
            signal.connect(self._update_empty_hint)
        self._update_empty_hint()

        self.tabs.currentChanged.connect(self._show_legend)
        self._show_legend()
        self.principles.table.selectionModel().currentChanged.connect(self._current_changed)
        self.suggestions.accept_button.clicked.connect(self.accept_suggestion)
        self.suggestions.reject_button.clicked.connect(self.reject_suggestion)
        board.note_changed.connect(self._note_changed)
        self._add_actions()
        self.setFocusProxy(self.principles.table)

    def _show_legend(self, *_args) -> None:
        """The legend of the tab shown: the principles, or the focus areas by number."""
        translate = QCoreApplication.translate
        tab = self.tabs.currentWidget()
        if tab is self.focus_areas:
            self.legend_title.setText(translate("Mapping", "Focus areas"))
            lines = [f"{i}. {full}" for i, (_v, _s, full) in enumerate(tab.model.columns, 1)]
        else:
            self.legend_title.setText(translate("Mapping", "The principles"))
            lines = [full for _v, _s, full in self.principles.model.columns]
        self.legend.setText("\n".join(lines))
        self.legend.setAccessibleName(self.legend_title.text())

    def _update_empty_hint(self, *_args) -> None:
        self.empty_hint.setVisible(not self.board.notes)

    def _add_actions(self) -> None:
        def action(text: str, keys: list[str], slot) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        translate = QCoreApplication.translate  # a tr() alias would be read as self.tr() by lupdate
        action(
            translate("Mapping", "Accept suggestion"),
            ["Ctrl+Return", "Ctrl+Enter"],
            self.accept_suggestion,
        )
        action(
            translate("Mapping", "Reject suggestion"), ["Ctrl+Backspace"], self.reject_suggestion
        )
        for n in range(1, 11):
            action(
                translate("Mapping", "Toggle principle %1").replace("%1", str(n)),
                [f"Ctrl+{n % 10}"],
                lambda _=False, n=n: self.principles.toggle_on_selection(n),
            )
        action(
            translate("Mapping", "New action from the selected notes…"),
            ["Ctrl+Shift+N"],
            self.new_action,
        )

    def new_action(self) -> str | None:
        """An action from the notes selected in the current matrix; None if cancelled."""
        from workshop.ui.action_dialog import create_action_from_notes

        note_ids = self.tabs.currentWidget().selected_note_ids()
        return create_action_from_notes(
            self, self.board.lib, self.board.session_id, note_ids, self.undo_stack
        )

    # --- suggestions ---
    @property
    def suggester(self):
        if self._suggester is None:
            from workshop.services.sessions import session_framework
            from workshop.services.suggest import Suggester

            framework = session_framework(self.board.lib, self.board.session_id)
            self._suggester = Suggester.from_library(self.board.lib, framework)
        return self._suggester

    def _titles(self) -> dict[int, str]:
        return {value: full for value, _s, full in self.principles.model.columns}

    def _current_changed(self, *_args) -> None:
        self.refresh_suggestions()

    def _note_changed(self, note: NoteInfo) -> None:
        if note.id == self.principles.current_note_id():
            self.refresh_suggestions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_suggestions()

    def refresh_suggestions(self) -> None:
        if not self.isVisible():
            return  # learning from the library waits until the view is first shown
        note_id = self.principles.current_note_id()
        if note_id is None or note_id not in self.board.notes:
            self.suggestions.show_suggestions([], {})
            return
        note = self.board.notes[note_id]
        exclude = set(note.principles) | self.rejected.get(note_id, set())
        found = self.suggester.suggest(
            note.text, limit=3, exclude=tuple(exclude), language=self.board.language()
        )
        self.suggestions.show_suggestions(found, self._titles())

    def accept_suggestion(self) -> None:
        note_id = self.principles.current_note_id()
        principle = self.suggestions.current_principle()
        if note_id is None or principle is None:
            return
        # Tagged as a suggestion: such tags are not learned from, so the suggester never feeds
        # on its own output (neither here nor when the library is read again).
        self.principles.model.set_tag([note_id], principle, True, source=SUGGESTION)
        self.refresh_suggestions()

    def reject_suggestion(self) -> None:
        note_id = self.principles.current_note_id()
        principle = self.suggestions.current_principle()
        if note_id is None or principle is None:
            return
        self.rejected.setdefault(note_id, set()).add(principle)
        self.refresh_suggestions()
