"""The booked hours of a session above the agenda, and the total time with its overrun warning.

A part of :class:`workshop.ui.agenda.editor.AgendaEditor` (mixed into it): it builds the booking
row and keeps it in step with the stored session. It uses the editor's ``session``, ``plan``,
``undo_stack`` and ``_syncing`` flag; every change is a ``BookingCommand``.
"""

from __future__ import annotations

import math
from datetime import time

from PySide6.QtCore import QSignalBlocker, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTimeEdit

from workshop.domain.formatting import format_duration
from workshop.ui.agenda.model import LATE_COLOUR, clock_text
from workshop.ui.commands.agenda import BookingCommand
from workshop.ui.translation import current_ui_language

DEFAULT_START = time(18, 0)


def _to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class AgendaBooking:
    """Booked start and end time, the total of the plan and the warning when it runs late."""

    def _build_booking_row(self) -> None:
        self.booked_check = QCheckBox(self.tr("Booked time"), self)
        self.booked_check.setObjectName("bookedTimeCheck")
        self.booked_check.setAccessibleName(self.tr("Booked time"))
        self.booked_check.setToolTip(self.tr("The hours booked for the session (room, invitation)"))
        self.start_edit = self._time_edit("bookedStartEdit", self.tr("Booked start time"))
        self.end_edit = self._time_edit("bookedEndEdit", self.tr("Booked end time"))
        self.start_edit.setTime(_to_qtime(DEFAULT_START))
        self.end_edit.setTime(_to_qtime(time(21, 0)))
        self.total_label = QLabel(self)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setAccessibleName(self.tr("Total time"))
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.total_label.setFont(font)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("agendaWarning")
        self.warning_label.setAccessibleName(self.tr("Overrun warning"))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"QLabel {{ color: {LATE_COLOUR}; font-weight: bold; }}")
        self.warning_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.booked_check)
        self.from_label = QLabel(self.tr("from"), self)
        self.from_label.setBuddy(self.start_edit)
        self.to_label = QLabel(self.tr("to"), self)
        self.to_label.setBuddy(self.end_edit)
        row.addWidget(self.from_label)
        row.addWidget(self.start_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        row.addWidget(self.total_label)
        self.booking_row = row

        self.booked_check.toggled.connect(self._on_booked_toggled)
        self.start_edit.timeChanged.connect(self._on_booked_time_changed)
        self.end_edit.timeChanged.connect(self._on_booked_time_changed)
        for edit in (self.start_edit, self.end_edit):  # as typed: a preview, stored on leaving
            edit.findChild(QLineEdit).textChanged.connect(lambda _t: self.preview_plan())

    def _time_edit(self, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(accessible)
        edit.setDisplayFormat("HH:mm")
        edit.setKeyboardTracking(False)
        return edit

    def _sync_booking(self) -> None:
        s = self.session
        booked = s.start_time is not None
        self._syncing = True
        try:
            with QSignalBlocker(self.booked_check):
                self.booked_check.setChecked(booked)
            if s.start_time is not None:
                with QSignalBlocker(self.start_edit):
                    self.start_edit.setTime(_to_qtime(s.start_time))
            if s.end_time is not None:
                with QSignalBlocker(self.end_edit):
                    self.end_edit.setTime(_to_qtime(s.end_time))
        finally:
            self._syncing = False
        for widget in (self.start_edit, self.end_edit, self.from_label, self.to_label):
            widget.setEnabled(booked)

    def _sync_summary(self, session=None, plan=None) -> None:
        """The total and the clock times of ``plan`` (the stored one unless a preview)."""
        s, plan = session or self.session, plan or self.plan
        text = self.tr("Total %1").replace(
            "%1", format_duration(plan.total_minutes, current_ui_language())
        )
        if s.start_time is not None and plan.ends is not None:
            text += f" · {clock_text(s.start_time)}–{clock_text(plan.ends)}"
        self.total_label.setText(text)
        self.total_label.setAccessibleDescription(text)
        over = plan.overrun_minutes
        if over > 0:
            warning = self.tr("The plan runs %1 min past the booked end time").replace(
                "%1", str(over)
            )
            self.warning_label.setText(f"⚠ {warning}")
            self.warning_label.setAccessibleDescription(warning)
        else:
            self.warning_label.clear()
        self.warning_label.setVisible(over > 0)

    def typed_booking(self) -> tuple[time | None, time | None]:
        """The booked hours as typed so far (a time not yet whole keeps the stored one)."""
        s = self.session
        if not self.booked_check.isChecked():
            return None, None
        times = []
        for edit, stored in ((self.start_edit, s.start_time), (self.end_edit, s.end_time)):
            typed = QTime.fromString(edit.findChild(QLineEdit).text(), "HH:mm")
            times.append(_from_qtime(typed) if typed.isValid() else stored)
        return times[0], times[1]

    def _on_booked_toggled(self, checked: bool) -> None:
        if self._syncing or self.session is None:
            return
        old = (self.session.start_time, self.session.end_time)
        if checked:
            start = _from_qtime(self.start_edit.time())
            if self.session.end_time is None and self.plan is not None:
                # a first booking as long as the plan, rounded up to the quarter hour
                length = max(15, math.ceil(self.plan.total_minutes / 15) * 15)
                end_q = self.start_edit.time().addSecs(length * 60)
                end = _from_qtime(end_q)
            else:
                end = _from_qtime(self.end_edit.time())
            new = (start, end)
        else:
            new = (None, None)
        if new != old:
            self.undo_stack.push(BookingCommand(self, old, new))

    def _on_booked_time_changed(self, _value: QTime) -> None:
        if self._syncing or self.session is None or not self.booked_check.isChecked():
            return
        old = (self.session.start_time, self.session.end_time)
        new = (_from_qtime(self.start_edit.time()), _from_qtime(self.end_edit.time()))
        if new != old:
            self.undo_stack.push(BookingCommand(self, old, new))
