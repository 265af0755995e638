"""The presenter view (F5): what the room sees on the projector.

Read-only and large: the step's question, the timer and the current step's notes on the
projector's own board (:mod:`workshop.ui.presenter_board`), laid out at a size the back of the
room can read, a page at a time, never a copy of the facilitator's zoom. It follows the
facilitator's step and filter, turns to the page of the note just written or selected, and
keeps what the room must not see yet hidden: a silent-writing step's notes until they are
revealed, a vote's totals until they are revealed. Never author names, never the facilitator's
prompt. The legend names the principles on the page; on a vote step the room's budget is
counted ("3 votes each · 42 of 60 used"). While "Mobil" is on it shows how to join from a
phone: the QR code, the URL and the room code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.layout import reading_key
from workshop.i18n import localised
from workshop.ui.phones.join_panel import JoinPanel
from workshop.ui.presenter_board import PresenterBoard, Section
from workshop.ui.run.step_panel import TimerDisplay

SILENT = "silent-writing"
VOTE = "vote"


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, run_view, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.setAccessibleName(self.tr("Presenter view"))
        self.run_view = run_view
        self.setWindowTitle(self.tr("Verksted – presenter view"))
        self.setStyleSheet("QWidget#presenterView { background: #FFFFFF; }")

        self.step_label = QLabel(self)
        self.step_label.setObjectName("presenterStep")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("presenterQuestion")
        self.question_label.setWordWrap(True)
        self.budget_label = QLabel(self)
        self.budget_label.setObjectName("presenterBudget")
        self.timer = TimerDisplay(self)
        self.timer.setObjectName("presenterTimer")
        self.board = PresenterBoard(self)
        self.legend_label = QLabel(self)
        self.legend_label.setObjectName("presenterLegend")
        self.legend_label.setWordWrap(True)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("presenterPage")
        self._scale_fonts(1.0)

        header = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.step_label)
        texts.addWidget(self.question_label)
        texts.addWidget(self.budget_label)
        header.addLayout(texts, 1)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        footer = QHBoxLayout()
        footer.addWidget(self.legend_label, 1)
        footer.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        body = QHBoxLayout()  # the notes, and while "Mobil" is on how to join from a phone
        body.addWidget(self.board, 1)
        self.join_panel = JoinPanel(run_view.phones.room, self.board, self)
        body.addWidget(self.join_panel)
        layout.addLayout(body, 1)
        layout.addLayout(footer)

        for key, slot in (
            (Qt.Key.Key_Escape, self.close),
            ("F5", self.close),
            (Qt.Key.Key_PageDown, lambda: self.turn(1)),
            (Qt.Key.Key_Space, lambda: self.turn(1)),
            (Qt.Key.Key_PageUp, lambda: self.turn(-1)),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

        run_view.step_changed.connect(self.show_step)
        run_view.timer_changed.connect(self.show_timer)
        run_view.room_changed.connect(self.refresh)
        model = run_view.model
        for signal in (model.reset, model.note_changed, model.note_removed, model.clusters_changed):
            signal.connect(self._board_changed)
        model.refreshed.connect(self.refresh)  # changes made elsewhere: shown once, not followed
        model.note_added.connect(self._note_added)
        run_view.scene.filter_changed.connect(self.refresh)
        run_view.scene.selectionChanged.connect(self._follow_selection)
        self.show_step()
        self.show_timer()

    def _scale_fonts(self, factor: float) -> None:
        base = self.font()
        for label, size, bold in (
            (self.step_label, 1.6, False),
            (self.question_label, 2.6, True),
            (self.budget_label, 1.8, True),
            (self.legend_label, 1.4, False),
            (self.page_label, 1.4, False),
        ):
            font = label.font()
            font.setPointSizeF(base.pointSizeF() * size * factor)
            font.setBold(bold)
            label.setFont(font)

    # --- following the facilitator ---
    def show_step(self, *_args) -> None:
        step = self.run_view.current_step
        if step is None:
            return
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(step.position))
            .replace("%2", str(len(self.run_view.steps)))
            .replace("%3", step.title)
        )
        self.question_label.setText(step.question or step.title)
        self.board.page = 0
        self.refresh()

    def show_timer(self) -> None:
        if self.run_view.step_clock is not None:
            self.timer.show_clock(self.run_view.step_clock)

    def _board_changed(self, *_args) -> None:
        if not self.run_view.model.refreshing:
            self.refresh()

    def _note_added(self, note) -> None:
        if self.run_view.model.refreshing:
            return
        self.refresh()
        self.board.show_note(note.id)
        self._show_page()

    def _follow_selection(self) -> None:
        if not self.isVisible():
            return
        selected = self.run_view.scene.selected_note_ids()
        if selected:
            self.board.show_note(selected[0])
            self._show_page()

    def turn(self, delta: int) -> None:
        self.board.turn(delta)
        self._show_page()

    # --- what the room sees ---
    def sections(self) -> tuple[list[Section], int]:
        """The notes to show, by cluster, in the board's reading order; and how many the
        current step has."""
        view = self.run_view
        step = view.current_step
        notes = [n for n in view.model.notes.values() if view.scene.passes(n)]
        own = [n for n in notes if step is not None and n.step_id == step.id]
        shown = own if own or (step is not None and step.kind == SILENT) else notes
        layout = view.scene.layout()
        ids = {n.id for n in shown}
        by_id = {n.id: n for n in shown}
        frames = layout.frames()
        sections = []
        for cluster_id in sorted(frames, key=lambda c: reading_key((frames[c].x, frames[c].y))):
            members = [by_id[n] for n in layout.members(cluster_id) if n in ids]
            if members and cluster_id in view.model.clusters:
                name = view.model.clusters[cluster_id].name
                sections.append(Section(name, sum(n.votes for n in members), members))
        loose = [n for n in shown if n.cluster_id is None or n.cluster_id not in frames]
        loose.sort(key=lambda n: reading_key(layout.positions.get(n.id), n.seq))
        if loose:
            title = self.tr("Not in a cluster") if sections else None
            sections.append(Section(title, sum(n.votes for n in loose), loose))
        return sections, len(own)

    def refresh(self, *_args) -> None:
        view = self.run_view
        step = view.current_step
        sections, own = self.sections()
        kind = step.kind if step is not None else ""
        revealed = bool(step and step.revealed)
        hidden = None
        if kind == SILENT and not revealed:
            hidden = self.tr(
                "%n note(s) written so far. They appear here when the facilitator reveals them.",
                "",
                own,
            )
        show_votes = not (kind == VOTE and not revealed)
        self.board.set_content(sections, show_votes=show_votes, hidden=hidden)
        tally = view.tally_text()
        if tally and not revealed:
            tally += " · " + self.tr("the totals are shown when the facilitator reveals them")
        self.budget_label.setText(tally)
        self.budget_label.setVisible(bool(tally))
        self._show_page()

    def _show_page(self) -> None:
        count = self.board.page_count()
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.board.page + 1))
            .replace("%2", str(count))
            if count > 1 and not self.board.hidden
            else ""
        )
        principles = {
            p["number"]: p["title"] for p in self.run_view.model.session_framework_principles()
        }
        used = sorted({p for n in self.board.notes_shown() for p in n.principles})
        language = self.run_view.model.language()
        self.legend_label.setText(
            "   ".join(
                f"P{number} {localised(principles[number], language)}"
                for number in used
                if number in principles
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_fonts(max(1.0, self.height() / 800))

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def present(self) -> None:
        """Full screen on another screen when there is one; otherwise a normal window."""
        own = self.run_view.window().screen() if self.run_view.window() else None
        others = [s for s in QGuiApplication.screens() if s is not own]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()
        self.refresh()
