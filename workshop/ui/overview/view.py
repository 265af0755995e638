"""The overview over a period: key figures, charts, tables, stories; the report and the tables out.

Everything shown comes from one :class:`workshop.services.overview.Overview`, built again when the
period changes (aggregate queries: fast enough to run on the UI thread). The charts are drawn with
QPainter. The PDF report is written off the UI thread from that immutable overview (the worker
never touches the library or a widget); the CSV tables are small and written at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.formatting import decimal, month_label
from workshop.services.overview import Overview, build_overview
from workshop.ui.labels import action_status_label, number_text
from workshop.ui.overview.exports import OverviewExports
from workshop.ui.overview.figures import BarChartWidget, ColumnChartWidget, KeyFigure
from workshop.ui.overview.period import OverviewPeriod
from workshop.ui.overview.tables import RowsTable
from workshop.ui.translation import TranslatesItsParts
from workshop.ui.worker import JobRunner


class OverviewView(TranslatesItsParts, OverviewExports, OverviewPeriod, QWidget):
    """The period overview; ``refresh()`` builds it again from the library."""

    def __init__(
        self,
        lib,
        parent: QWidget | None = None,
        language: str | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        from workshop.ui.translation import current_ui_language

        self.setObjectName("overviewView")
        self.lib = lib
        self.language = language or current_ui_language()
        self.today = today or date.today()
        self.overview: Overview | None = None
        self.jobs = JobRunner(self)
        self.written: list[str] = []

        # period bar
        self.from_date = self._date_edit("overviewFrom", self.tr("From"))
        self.to_date = self._date_edit("overviewTo", self.tr("To"))
        self.this_year_button = QPushButton(self.tr("This &year"), self)
        self.this_year_button.setObjectName("thisYearButton")
        self.last_year_button = QPushButton(self.tr("&Last year"), self)
        self.last_year_button.setObjectName("lastYearButton")
        self.pdf_button = QPushButton(self.tr("Export &report (PDF)…"), self)
        self.pdf_button.setObjectName("exportReportButton")
        self.csv_button = QPushButton(self.tr("Export t&ables (CSV)…"), self)
        self.csv_button.setObjectName("exportTablesButton")
        for button in (
            self.this_year_button,
            self.last_year_button,
            self.pdf_button,
            self.csv_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.this_year_button.clicked.connect(lambda: self.set_period(*self._year(0)))
        self.last_year_button.clicked.connect(lambda: self.set_period(*self._year(-1)))
        self.pdf_button.clicked.connect(self.export_report)
        self.csv_button.clicked.connect(self.export_tables)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_date)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.to_date)
        bar = QHBoxLayout()
        title = QLabel(self.tr("Overview"), self)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        bar.addWidget(title)
        bar.addSpacing(16)
        for widget in (
            from_label,
            self.from_date,
            to_label,
            self.to_date,
            self.this_year_button,
            self.last_year_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)

        self.status = QLabel(self)
        self.status.setObjectName("overviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # key figures
        self.figures = {
            "sessions": KeyFigure("figureSessions", self.tr("Sessions"), self),
            "participants": KeyFigure("figureParticipants", self.tr("Participants"), self),
            "inputs": KeyFigure("figureInputs", self.tr("Inputs"), self),
            "actions": KeyFigure("figureActions", self.tr("Actions"), self),
            "evaluation": KeyFigure("figureEvaluation", self.tr("Average evaluation"), self),
            "stories": KeyFigure("figureStories", self.tr("Innovation stories"), self),
        }
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure, 1)
        self.evaluation_label = self.figures["evaluation"].detail

        # charts
        self.principle_chart = BarChartWidget("principleChart", self)
        self.principle_chart.setAccessibleName(self.tr("Inputs per principle"))
        self.month_chart = ColumnChartWidget("monthChart", self)
        self.month_chart.setAccessibleName(self.tr("Sessions per month"))
        self.few_label = QLabel(self)
        self.few_label.setObjectName("fewInputsLabel")
        self.few_label.setWordWrap(True)
        charts = QGridLayout()
        charts.addWidget(self._caption(self.tr("Inputs per principle")), 0, 0)
        charts.addWidget(self._caption(self.tr("Sessions per month")), 0, 1)
        charts.addWidget(self.principle_chart, 1, 0, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.month_chart, 1, 1)
        charts.addWidget(self.few_label, 2, 0, 1, 2)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)

        # tables
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("overviewTabs")
        self.type_table = RowsTable(
            "typeTable",
            [
                self.tr("Session type"),
                self.tr("Sessions"),
                self.tr("Inputs"),
                self.tr("Participants"),
            ],
            {1, 2, 3},
            self,
        )
        self.group_table = RowsTable(
            "groupTable",
            [
                self.tr("Group"),
                self.tr("Participants"),
                self.tr("Actual"),
                self.tr("Planned"),
                self.tr("Sessions"),
            ],
            {1, 2, 3, 4},
            self,
        )
        self.focus_table = RowsTable(
            "focusTable", [self.tr("Focus area"), self.tr("Inputs")], {1}, self
        )
        self.status_table = RowsTable(
            "statusTable", [self.tr("Status"), self.tr("Actions"), self.tr("Overdue")], {1, 2}, self
        )
        self.actions_table = RowsTable(
            "actionsTable",
            [
                self.tr("Action"),
                self.tr("Session"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ],
            {1},
            self,
        )
        self.sessions_table = RowsTable(
            "sessionsTable",
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Session"),
                self.tr("Type"),
                self.tr("Participants"),
                self.tr("Inputs"),
                self.tr("Actions"),
                self.tr("Ratings"),
                self.tr("Mean"),
            ],
            {0, 4, 5, 6, 7, 8},
            self,
            stretch=2,
        )
        self.stories_list = QListWidget(self)
        self.stories_list.setObjectName("storiesList")
        self.stories_list.setWordWrap(True)
        self.stories_list.setAlternatingRowColors(True)
        self.stories_list.setSpacing(3)
        self.stories_list.setAccessibleName(self.tr("Innovation stories"))
        actions_page = QWidget(self)
        actions_layout = QVBoxLayout(actions_page)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(self.status_table)
        actions_layout.addWidget(self.actions_table, 1)
        self.status_table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.tabs.addTab(self.sessions_table, self.tr("Sessions counted"))
        self.tabs.addTab(self.type_table, self.tr("By type"))
        self.tabs.addTab(self.group_table, self.tr("Participants"))
        self.tabs.addTab(self.focus_table, self.tr("Focus areas"))
        self.tabs.addTab(actions_page, self.tr("Actions"))
        self.tabs.addTab(self.stories_list, self.tr("Stories"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addLayout(figures)
        layout.addLayout(charts)
        layout.addWidget(self.tabs, 1)

        start, end = self._year(0)
        self._set_dates(start, end)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        self.refresh()

    # --- building blocks ---
    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # --- showing ---
    def refresh(self) -> None:
        """Build the overview for the chosen period again and show it."""
        start, end = self.period()
        if start > end:
            self._say(self.tr("The first day is after the last day."))
            self.pdf_button.setEnabled(False)
            self.csv_button.setEnabled(False)
            return
        self.overview = build_overview(
            self.lib, start, end, today=self.today, language=self.language
        )
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        if self.overview.session_count:
            self._say("")
        else:
            self._say(self.tr("No sessions in this period: choose other dates above."))
        self._show(self.overview)

    def _show(self, ov: Overview) -> None:
        lang = self.language
        f = self.figures
        undated = (
            self.tr("%n session(s) without a date not counted", "", ov.undated_sessions)
            if ov.undated_sessions
            else ""
        )
        f["sessions"].set(number_text(ov.session_count), undated)
        f["participants"].set(
            number_text(ov.participants_total),
            self.tr("%1 actual, %2 planned")
            .replace("%1", number_text(ov.participants_actual))
            .replace("%2", number_text(ov.participants_planned))
            if ov.participants_total
            else "",
        )
        f["inputs"].set(
            number_text(ov.notes_total),
            self.tr("%1 without a principle").replace("%1", number_text(ov.notes_unmapped))
            if ov.notes_unmapped
            else "",
        )
        f["actions"].set(
            number_text(len(ov.actions)),
            self.tr("%n overdue", "", len(ov.overdue)) if ov.overdue else "",
        )
        ev = ov.evaluation
        if ev.n:
            f["evaluation"].set(
                decimal(ev.mean, lang),
                self.tr("of 5 · %n rating(s)", "", ev.n),
            )
        else:
            f["evaluation"].set("–", self.tr("No ratings"))
        f["stories"].set(number_text(len(ov.stories)))

        bars = [(str(p.number), p.label(lang), p.notes, False) for p in ov.by_principle]
        bars.append(("", self.tr("No principle"), ov.notes_unmapped, True))
        self.principle_chart.set_bars(bars)
        self.month_chart.set_columns(
            [(*month_label(m.month, lang, short=True).split(" "), m.sessions) for m in ov.by_month]
        )
        zero = [p for p in ov.few_inputs if p.notes == 0]
        few = ", ".join(
            f"{p.number} {p.label(lang)} ({number_text(p.notes)})" for p in ov.few_inputs
        )
        text = self.tr("Principles with few inputs: %1").replace("%1", few or "–")
        if zero:
            text += " — " + self.tr("%n without any input", "", len(zero))
        self.few_label.setText(text)

        self.type_table.set_rows(
            [[tc.label(lang), tc.sessions, tc.notes, tc.participants] for tc in ov.by_type],
        )
        self.group_table.set_rows(
            [[g.group, g.total, g.actual, g.planned, g.sessions] for g in ov.participants],
        )
        self.focus_table.set_rows([[fa.label(lang), fa.notes] for fa in ov.by_focus_area])
        overdue = {}
        for a in ov.overdue:
            overdue[a.status] = overdue.get(a.status, 0) + 1
        self.status_table.set_rows(
            [
                [action_status_label(s.status), s.actions, overdue.get(s.status, 0)]
                for s in ov.actions_by_status
            ],
        )
        actions = list(ov.actions)
        overdue_mark = " (" + self.tr("overdue") + ")"
        self.actions_table.set_rows(
            [
                [
                    a.text,
                    a.session_number,
                    a.owner,
                    a.due.isoformat() if a.due else "",
                    action_status_label(a.status) + (overdue_mark if a.overdue else ""),
                ]
                for a in actions
            ],
            {r for r, a in enumerate(actions) if a.overdue},
        )
        self.sessions_table.set_rows(
            [
                [
                    cs.number,
                    cs.date.isoformat(),
                    cs.title,
                    cs.type_label(lang),
                    cs.participants,
                    cs.notes,
                    cs.actions,
                    cs.ratings,
                    decimal(cs.rating_mean, lang) if cs.ratings else "",
                ]
                for cs in ov.sessions
            ]
        )
        self.stories_list.clear()
        for story in ov.stories:
            kind = self.tr("Input") if story.kind == "note" else self.tr("Action")
            session = self.tr("session %1").replace("%1", str(story.session_number))
            meta = f"{kind} · {session}"
            meta += f" · {story.session_date.isoformat()} · {story.session_title}"
            item = QListWidgetItem(f"{story.text}\n{meta}")
            item.setData(Qt.ItemDataRole.UserRole, story.id)
            self.stories_list.addItem(item)
        if not ov.stories:
            item = QListWidgetItem(self.tr("No input or action is marked as a story."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.stories_list.addItem(item)
        self.tabs.setTabText(
            self.tabs.indexOf(self.stories_list),
            self.tr("Stories (%1)").replace("%1", number_text(len(ov.stories))),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.sessions_table),
            self.tr("Sessions counted (%1)").replace("%1", number_text(ov.session_count)),
        )

    # --- status ---
    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def closeEvent(self, event) -> None:
        if self.is_busy():
            self.jobs.wait(60000)
        super().closeEvent(event)
