"""Session → Details…: the session's title, date, booked hours, place, facilitators, archive
reference and planned participants, changed after the wizard in one undoable step; and File →
Duplicate's question for the new plan's title and date.

The dialog only collects values; the window stores them with one ``SessionDetailsCommand``.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.formatting import clock, local_time, long_date
from workshop.domain.vocabulary import GROUP_MAX_LENGTH
from workshop.services.dto import SessionInfo
from workshop.ui.session_model import status_label
from workshop.ui.translation import current_ui_language
from workshop.ui.widgets import DATE_FORMAT, TIME_FORMAT, error_label

MAX_COUNT = 9999


def _qdate(day: date | None) -> QDate:
    day = day or date.today()
    return QDate(day.year, day.month, day.day)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class SessionDetailsDialog(QDialog):
    """Every detail the wizard asked for (but the template, framework and language)."""

    def __init__(self, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDetailsDialog")
        self.setWindowTitle(self.tr("Session details"))
        self.session = session

        self.title_edit = QLineEdit(session.title, self)
        self.title_edit.setObjectName("detailsTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(300)

        self.dated_check = QCheckBox(self.tr("&Dated"), self)
        self.dated_check.setObjectName("detailsDatedCheck")
        self.dated_check.setChecked(session.date is not None)
        self.date_edit = QDateEdit(_qdate(session.date), self)
        self.date_edit.setObjectName("detailsDateEdit")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.dated_check)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)

        self.booked_check = QCheckBox(self.tr("Boo&ked hours"), self)
        self.booked_check.setObjectName("detailsBookedCheck")
        self.booked_check.setChecked(session.start_time is not None)
        self.start_edit = QTimeEdit(_qtime(session.start_time or time(18, 0)), self)
        self.start_edit.setObjectName("detailsStartEdit")
        self.start_edit.setAccessibleName(self.tr("Booked from"))
        self.end_edit = QTimeEdit(_qtime(session.end_time or time(20, 0)), self)
        self.end_edit.setObjectName("detailsEndEdit")
        self.end_edit.setAccessibleName(self.tr("Booked until"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
        time_row = QHBoxLayout()
        time_row.setContentsMargins(0, 0, 0, 0)
        time_row.addWidget(self.booked_check)
        time_row.addWidget(self.start_edit)
        time_row.addWidget(QLabel(self.tr("to"), self))
        time_row.addWidget(self.end_edit)
        time_row.addStretch(1)

        self.place_edit = QLineEdit(session.place, self)
        self.place_edit.setObjectName("detailsPlaceEdit")
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setMaxLength(300)
        self.facilitators_edit = QLineEdit(", ".join(session.facilitators), self)
        self.facilitators_edit.setObjectName("detailsFacilitatorsEdit")
        self.facilitators_edit.setAccessibleName(self.tr("Facilitators, separated by commas"))
        self.facilitators_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.archive_edit = QLineEdit(session.archive_ref, self)
        self.archive_edit.setObjectName("detailsArchiveEdit")
        self.archive_edit.setAccessibleName(self.tr("Archive reference"))
        self.archive_edit.setMaxLength(100)

        self.groups = QTableWidget(0, 2, self)
        self.groups.setObjectName("detailsGroups")
        self.groups.setAccessibleName(self.tr("Planned participants by group"))
        self.groups.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Planned")])
        self.groups.verticalHeader().hide()
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.groups.verticalHeader().defaultSectionSize()
        self.groups.setFixedHeight(header.sizeHint().height() + 5 * rows + 4)  # five groups shown
        for group, count in session.participants_planned.items():
            self._add_row(group, count)
        self.add_group_button = QPushButton(self.tr("&Add group"), self)
        self.add_group_button.setObjectName("detailsAddGroup")
        self.remove_group_button = QPushButton(self.tr("Re&move group"), self)
        self.remove_group_button.setObjectName("detailsRemoveGroup")
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.add_group_button)
        group_buttons.addWidget(self.remove_group_button)
        group_buttons.addStretch(1)
        groups_box = QVBoxLayout()
        groups_box.setContentsMargins(0, 0, 0, 0)
        groups_box.addWidget(self.groups)
        groups_box.addLayout(group_buttons)

        self.status_label = QLabel(self._status_text(), self)
        self.status_label.setObjectName("detailsStatus")
        self.error = error_label(self, "detailsError")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("Da&te:"), self.date_edit), date_row)
        form.addRow(self._label(self.tr("T&ime:"), self.start_edit), time_row)
        form.addRow(self._label(self.tr("&Place:"), self.place_edit), self.place_edit)
        form.addRow(
            self._label(self.tr("Fac&ilitators:"), self.facilitators_edit), self.facilitators_edit
        )
        form.addRow(
            self._label(self.tr("A&rchive reference:"), self.archive_edit), self.archive_edit
        )
        form.addRow(self._label(self.tr("Participa&nts:"), self.groups), groups_box)
        form.addRow(self.tr("Status:"), self.status_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.dated_check.toggled.connect(self._update)
        self.booked_check.toggled.connect(self._update)
        self.title_edit.textChanged.connect(self._update)
        self.start_edit.timeChanged.connect(self._update)
        self.end_edit.timeChanged.connect(self._update)
        self.groups.itemChanged.connect(self._update)
        self.add_group_button.clicked.connect(self._new_group)
        self.remove_group_button.clicked.connect(self._remove_group)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self._update()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _status_text(self) -> str:
        """Planned, running, or when it finished ("Finished 26 November 2026 at 19:58")."""
        if self.session.finished_at is None:
            return status_label(self.session.status)
        moment = local_time(self.session.finished_at)
        return (
            self.tr("Finished %1 at %2")
            .replace("%1", long_date(moment.date(), current_ui_language()))
            .replace("%2", clock(moment))
        )

    # --- participant groups ---
    def _add_row(self, group: str, count: int) -> int:
        row = self.groups.rowCount()
        blocked = self.groups.blockSignals(True)  # one check once the row is whole
        self.groups.insertRow(row)
        self.groups.setItem(row, 0, QTableWidgetItem(group))
        number = QTableWidgetItem()
        number.setData(Qt.ItemDataRole.EditRole, int(count))
        self.groups.setItem(row, 1, number)
        self.groups.blockSignals(blocked)
        return row

    def _new_group(self) -> None:
        row = self._add_row("", 0)
        self.groups.setCurrentCell(row, 0)
        self.groups.editItem(self.groups.item(row, 0))

    def _remove_group(self) -> None:
        row = self.groups.currentRow()
        if row >= 0:
            self.groups.removeRow(row)
            self._update()

    def planned(self) -> dict[str, int] | None:
        """The groups and their counts; None (and the error shown) when one is not valid."""
        planned: dict[str, int] = {}
        for row in range(self.groups.rowCount()):
            name_item, count_item = self.groups.item(row, 0), self.groups.item(row, 1)
            name = name_item.text().strip() if name_item is not None else ""
            value = count_item.data(Qt.ItemDataRole.EditRole) if count_item is not None else 0
            if not name:
                continue  # an empty row added and not filled in
            if len(name) > GROUP_MAX_LENGTH:
                return self._refuse(self.tr("A group's name is too long."))
            if name in planned:
                return self._refuse(self.tr("The group “%1” is listed twice.").replace("%1", name))
            try:
                count = int(value)
            except (TypeError, ValueError):
                count = -1
            if not 0 <= count <= MAX_COUNT:
                return self._refuse(
                    self.tr("The number planned for “%1” must be 0 to %2.")
                    .replace("%1", name)
                    .replace("%2", str(MAX_COUNT))
                )
            planned[name] = count
        return planned

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        return None

    # --- checking and the values ---
    def _update(self) -> None:
        self.date_edit.setEnabled(self.dated_check.isChecked())
        self.start_edit.setEnabled(self.booked_check.isChecked())
        self.end_edit.setEnabled(self.booked_check.isChecked())
        self.error.hide()
        problem = ""
        if not self.title_edit.text().strip():
            problem = self.tr("The session needs a title.")
        elif self.booked_check.isChecked() and self.end_edit.time() == self.start_edit.time():
            problem = self.tr("The end time must be after the start time.")
        if problem:
            self._refuse(problem)
        elif self.planned() is None:
            problem = "groups"
        self.ok_button.setEnabled(not problem)

    def values(self) -> dict:
        """The details as :func:`workshop.services.sessions.update_session` takes them."""
        booked = self.booked_check.isChecked()
        return {
            "title": self.title_edit.text().strip(),
            "session_date": self.date_edit.date().toPython()
            if self.dated_check.isChecked()
            else None,
            "start_time": self.start_edit.time().toPython() if booked else None,
            "end_time": self.end_edit.time().toPython() if booked else None,
            "place": self.place_edit.text().strip(),
            "facilitators": [
                name.strip() for name in self.facilitators_edit.text().split(",") if name.strip()
            ],
            "archive_ref": self.archive_edit.text().strip(),
            "participants_planned": self.planned() or {},
        }

    def accept(self) -> None:
        self._update()
        if self.ok_button.isEnabled():
            super().accept()


class NewPlanDialog(QDialog):
    """Duplicate as new plan: the new plan's title and date (the agenda and details are copied)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self.setWindowTitle(self.tr("Duplicate as new plan"))
        intro = QLabel(
            self.tr(
                "The new plan gets the agenda, place, facilitators and participant groups; "
                "no notes."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("newPlanTitle")
        self.title_edit.setAccessibleName(self.tr("Title of the new plan"))
        self.title_edit.setMaxLength(300)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("newPlanDate")
        self.date_edit.setAccessibleName(self.tr("Date of the new plan"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title_edit)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(title_label, self.title_edit)
        form.addRow(date_label, self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Duplicate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())
        self.title_edit.selectAll()
        self.date_edit.setFocus()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def plan_date(self) -> date:
        return self.date_edit.date().toPython()
