"""2. The details: title, date, booked hours, place, facilitators, language, archive reference."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWizardPage,
)

from workshop.domain.formatting import format_duration
from workshop.i18n import LANGUAGE_NAMES, LANGUAGES
from workshop.ui.translation import current_ui_language
from workshop.ui.widgets import DATE_FORMAT, TIME_FORMAT, error_label

DEFAULT_START = QTime(18, 0)


class DetailsPage(QWizardPage):
    """Title, date, booked hours, place, facilitators, session language and archive reference."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPage")
        self.setTitle(self.tr("Details"))
        self.setSubTitle(self.tr("Only the title is required; the rest can be filled in later."))
        self._times_touched = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(
            self.tr("For example: Politician workshop on innovation")
        )
        self.title_edit.setMaxLength(300)
        self.registerField("title*", self.title_edit)

        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)

        self.booked_check = QCheckBox(self.tr("Boo&ked hours"), self)
        self.booked_check.setObjectName("bookedCheck")
        self.booked_check.setAccessibleName(self.tr("Booked hours"))
        self.start_edit = QTimeEdit(DEFAULT_START, self)
        self.start_edit.setObjectName("startTimeEdit")
        self.start_edit.setAccessibleName(self.tr("Booked from"))
        self.end_edit = QTimeEdit(DEFAULT_START.addSecs(2 * 3600), self)
        self.end_edit.setObjectName("endTimeEdit")
        self.end_edit.setAccessibleName(self.tr("Booked until"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.setEnabled(False)
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.booked_check)
        times.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        times.addWidget(self.start_edit)
        self.until_label = QLabel(self.tr("to"), self)
        times.addWidget(self.until_label)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.time_error = error_label(self, "timeError")
        self.time_info = QLabel(self)
        self.time_info.setObjectName("timeInfo")
        self.time_info.setWordWrap(True)
        self.time_info.hide()
        time_box = QVBoxLayout()
        time_box.setContentsMargins(0, 0, 0, 0)
        time_box.addLayout(times)
        time_box.addWidget(self.time_error)
        time_box.addWidget(self.time_info)

        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("For example: Gran town hall, council chamber"))

        self.facilitators_edit = QLineEdit(self)
        self.facilitators_edit.setObjectName("facilitatorsEdit")
        self.facilitators_edit.setAccessibleName(self.tr("Facilitators, separated by commas"))
        self.facilitators_edit.setPlaceholderText(self.tr("Names, separated by commas"))

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the session"))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_combo.setToolTip(
            self.tr("The agenda, the participant groups and the minutes use this language.")
        )

        self.archive_edit = QLineEdit(self)
        self.archive_edit.setObjectName("archiveRefEdit")
        self.archive_edit.setAccessibleName(self.tr("Archive reference (optional)"))
        self.archive_edit.setPlaceholderText(self.tr("For example: case number 2026/123"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Time:"), time_box)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("Fac&ilitators:"), self.facilitators_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("A&rchive reference:"), self.archive_edit)

        self.title_edit.textChanged.connect(self.completeChanged)
        self.booked_check.toggled.connect(self._booked_toggled)
        self.start_edit.timeChanged.connect(self._times_changed)
        self.end_edit.timeChanged.connect(self._times_changed)

    def cleanupPage(self) -> None:
        """Keep what was typed when going back (the default would clear the title)."""

    def initializePage(self) -> None:
        if not self.booked_check.isChecked() and not self._times_touched:
            # suggest an end time that fits the agenda, in quarter hours
            minutes = max(self._agenda_minutes(), 60)
            minutes = -(-minutes // 15) * 15
            self.end_edit.blockSignals(True)
            self.end_edit.setTime(self.start_edit.time().addSecs(minutes * 60))
            self.end_edit.blockSignals(False)
        self._update_times()

    def _agenda_minutes(self) -> int:
        wizard = self.wizard()
        tpl = wizard.template_page.selected_template() if wizard is not None else None
        return tpl.total_minutes if tpl is not None else 0

    def _booked_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        self._update_times()

    def _times_changed(self) -> None:
        self._times_touched = True
        self._update_times()

    def times_valid(self) -> bool:
        return not self.booked_check.isChecked() or self.end_edit.time() > self.start_edit.time()

    def _update_times(self) -> None:
        booked = self.booked_check.isChecked()
        valid = self.times_valid()
        self.time_error.setText(self.tr("The end time must be after the start time."))
        self.time_error.setVisible(not valid)
        minutes = self.start_edit.time().secsTo(self.end_edit.time()) // 60
        agenda = self._agenda_minutes()
        short = booked and valid and agenda > minutes
        if short:
            self.time_info.setText(
                self.tr("The agenda takes %1, but only %2 is booked.")
                .replace("%1", format_duration(agenda, current_ui_language()))
                .replace("%2", format_duration(minutes, current_ui_language()))
            )
        self.time_info.setVisible(short)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.title_edit.text().strip()) and self.times_valid()

    # values
    def title(self) -> str:
        return self.title_edit.text().strip()

    def session_date(self) -> date:
        return self.date_edit.date().toPython()

    def booked_times(self) -> tuple[time, time] | None:
        if not self.booked_check.isChecked():
            return None
        return self.start_edit.time().toPython(), self.end_edit.time().toPython()

    def place(self) -> str:
        return self.place_edit.text().strip()

    def facilitators(self) -> list[str]:
        return [name.strip() for name in self.facilitators_edit.text().split(",") if name.strip()]

    def session_language(self) -> str:
        return self.language_combo.currentData()

    def archive_ref(self) -> str:
        return self.archive_edit.text().strip()
