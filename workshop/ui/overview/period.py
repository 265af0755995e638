"""The period of the overview: two dates, This year and Last year.

A part of :class:`workshop.ui.overview.view.OverviewView` (mixed into it). It uses the view's
``from_date`` and ``to_date`` editors (made by ``_date_edit``), ``today`` and ``refresh()``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OverviewPeriod:
    """Reading and setting the chosen period; a change builds the overview again."""

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible)
        return edit

    def _year(self, offset: int) -> tuple[date, date]:
        year = self.today.year + offset
        return date(year, 1, 1), date(year, 12, 31)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_date, start), (self.to_date, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_date.date()), _pydate(self.to_date.date())

    def set_period(self, start: date, end: date) -> None:
        self._set_dates(start, end)
        self.refresh()

    def _dates_changed(self, *_args) -> None:
        self.refresh()
