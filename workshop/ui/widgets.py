"""Small helpers shared by several views."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

ERROR_STYLE = "color: #B3261E;"  # a dark red that reads on light and mid-grey backgrounds
DATE_FORMAT = "dd.MM.yyyy"  # how a date is typed in every form (the wizard, details, actions)
TIME_FORMAT = "HH:mm"


def date_text(day: date) -> str:
    """A date as the forms show it (DATE_FORMAT): 04.03.2026."""
    return day.strftime("%d.%m.%Y")


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace a combo box's items, keeping the chosen one when it is still there.

    Signals are blocked meanwhile: refilling is not a choice the user made.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden dark-red label for a form's error, selectable so it can be copied."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
