"""Paper in the GUI: printing the capture sheet, and type-in mode for the notes written on it.

:func:`save_capture_sheet` (File → Print capture sheet…) writes the PDF of
:mod:`workshop.export.capture_sheet`. In type-in mode a toggle next to the capture line
pins the capture to one chosen step; the agenda (and its timer) stays where it is. Enter adds
the note and keeps the focus for the next one, Ctrl+digit tags the note just added, and the
status line counts the notes typed in.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from workshop.errors import VerkstedError
from workshop.export.formats import file_name_part
from workshop.services.dto import SessionInfo, StepInfo
from workshop.ui.widgets import refill_combo

TYPE_IN_KEYS = "Ctrl+Shift+P"  # P for paper


class TypeInBar(QWidget):
    """The toggle and, while it is on, the step the typed notes go to."""

    toggled = Signal(bool)
    step_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typeInBar")
        self.typed = 0  # notes typed in since the mode was switched on
        self.button = QToolButton(self)
        self.button.setObjectName("typeInButton")
        self.button.setCheckable(True)
        self._show_state(False)
        tip = self.tr("Type in notes from paper for one step (%1)").replace("%1", TYPE_IN_KEYS)
        self.button.setToolTip(tip)
        self.button.setAccessibleName(self.tr("Type-in mode for notes from paper"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A toggle that looks like one: framed in both states, a box that is ticked when on;
        # the same padding and weight in both states, so the button keeps its size.
        self.button.setStyleSheet(
            "QToolButton { padding: 3px 8px; font-weight: bold; border-radius: 3px;"
            " border: 1px solid #5B6B7A; background: #F4F6F8; color: #1F2F3F; }"
            " QToolButton:hover { background: #E3E9EF; }"
            " QToolButton:checked { background: #1F4E79; border-color: #1F4E79; color: white; }"
        )
        self.label = QLabel(self.tr("To step:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("typeInStep")
        self.combo.setAccessibleName(self.tr("Step the typed-in notes go to"))
        self.combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(360)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.button.toggled.connect(self._toggled)
        self.combo.activated.connect(lambda _i: self.step_chosen.emit())
        self._show_choice(False)

    @property
    def active(self) -> bool:
        return self.button.isChecked()

    @property
    def step_id(self) -> str | None:
        """The pinned step while the mode is on, else None."""
        return self.combo.currentData() if self.active else None

    def set_steps(self, steps: list[StepInfo]) -> None:
        """Fill the step choice, keeping the chosen step if it is still on the agenda."""
        refill_combo(self.combo, [(f"{s.position}. {s.title}", s.id) for s in steps])

    def choose_step(self, step_id: str) -> None:
        index = self.combo.findData(step_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def status_text(self) -> str:
        return self.tr("%n note(s) typed in from paper", "", self.typed)

    def _toggled(self, on: bool) -> None:
        if on:
            self.typed = 0
        self._show_state(on)
        self._show_choice(on)
        self.toggled.emit(on)

    def _show_state(self, on: bool) -> None:
        """☑ when type-in is on, ☐ when off; said to screen readers too."""
        self.button.setText(("☑ " if on else "☐ ") + self.tr("From paper"))
        self.button.setAccessibleDescription(self.tr("On") if on else self.tr("Off"))

    def _show_choice(self, on: bool) -> None:
        self.label.setVisible(on)
        self.combo.setVisible(on)


def sheet_file_name(session: SessionInfo) -> str:
    """``YYYY-MM-DD_<title>_skjema.pdf`` without control characters or characters file systems
    dislike."""
    day = (session.date or date.today()).isoformat()
    return f"{day}_{file_name_part(session.title)}_skjema.pdf"


def save_capture_sheet(parent: QWidget, lib, session_id: str, ui_language: str) -> str | None:
    """Ask for a file name and write the session's capture sheet; the path written, or None.

    The sheet is in the session's language (that of its questions); errors are shown.
    """
    from workshop.export.capture_sheet import write_capture_sheet
    from workshop.services.sessions import get_session, session_framework

    translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate
    try:
        session = get_session(lib, session_id)
        framework = session_framework(lib, session_id)
    except VerkstedError as exc:
        QMessageBox.warning(parent, translate("CaptureSheet", "Verksted"), exc.message(ui_language))
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("CaptureSheet", "Print capture sheet"),
        str(Path.home() / sheet_file_name(session)),
        translate("CaptureSheet", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_capture_sheet(session, framework, Path(path), session.language)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("CaptureSheet", "Verksted"),
            translate("CaptureSheet", "Could not write %1: %2")
            .replace("%1", path)
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    return path
