"""Small helpers shared by several views."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

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


class LazyPage(QWidget):
    """A tab's page whose content is built when the page is first shown.

    A hidden view then does no work for each change (a matrix of thousands of notes is not kept
    up to date while the facilitator captures on the board). ``build`` makes the content;
    ``built`` is it once shown (or after :meth:`content`).
    """

    def __init__(self, build: Callable[[QWidget], QWidget], undo_stack, parent=None) -> None:
        super().__init__(parent)
        self._build = build
        self.undo_stack = undo_stack  # the window's undo group follows the page shown
        self.built: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        if self.built is None:
            self.built = self._build(self)
            self.layout().addWidget(self.built)
            self.setFocusProxy(self.built)
            if self.isVisible():  # a child added to a shown widget is shown by hand
                self.built.show()
        return self.built

    def showEvent(self, event) -> None:
        self.content()
        super().showEvent(event)
