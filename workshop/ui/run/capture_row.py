"""Run mode's capture row: participant group, keep/change and note colour chips, type-in from
paper, counts.

A part of :class:`workshop.ui.run.run_view.RunView` (mixed into it). It builds the row under the
board and keeps ``groups``, ``group_index``, ``feedback_index`` and ``colour_index``; it uses the
view's ``model``, ``lib``, ``capture``, ``panel``, ``rating`` and ``current_step``. The group chip
holds participant groups only; on an evaluate step the keep/change chip says what a note says of
the session (its own field), and it is cleared when the step is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from workshop.domain.vocabulary import EVALUATE, FEEDBACK_KINDS, NOTE_COLOURS
from workshop.services import evaluation as evaluation_service
from workshop.services import run as run_service
from workshop.ui.board.style import note_colour
from workshop.ui.run.type_in import TypeInBar


class RunCaptureRow:
    """The chips beside the capture line and what new notes get from them."""

    def _build_capture_row(self) -> None:
        row = QHBoxLayout()
        self.group_chip = QPushButton(self)
        self.group_chip.setObjectName("groupChip")
        self.group_chip.setToolTip(self.tr("Participant group (F3 / Shift+F3)"))
        self.group_chip.setAccessibleName(self.tr("Participant group"))
        self.group_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.feedback_chip = QPushButton(self)  # on evaluate steps only
        self.feedback_chip.setObjectName("feedbackChip")
        self.feedback_chip.setToolTip(self.tr("Keep or change (F12 / Shift+F12)"))
        self.feedback_chip.setAccessibleName(self.tr("Keep or change"))
        self.feedback_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.feedback_chip.setVisible(False)
        self.feedback_index = 0
        self.colour_chip = QPushButton(self)
        self.colour_chip.setObjectName("colourChip")
        self.colour_chip.setToolTip(self.tr("Note colour (F4 / Shift+F4)"))
        self.colour_chip.setAccessibleName(self.tr("Note colour"))
        self.colour_chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.type_in = TypeInBar(self)  # notes from the paper capture sheets
        self._capture_placeholder = self.capture.placeholderText()
        row.addWidget(self.type_in)
        row.addWidget(self.group_chip)
        row.addWidget(self.feedback_chip)
        row.addWidget(self.colour_chip)
        row.addWidget(self.capture, 1)
        row.addWidget(self.add_button)
        self.capture_row = row
        self.status = QLabel(self)
        self.status.setObjectName("runStatus")
        self.status.setAccessibleName(self.tr("Status"))

    # --- approved minutes ---
    def set_locked(self, locked: bool) -> None:
        """While the minutes are approved nothing can be added: the capture line says so where
        the typing goes instead of taking a note it would have to refuse (the text typed before
        stays, for after the reopening)."""
        self.capture.setReadOnly(locked)
        self.add_button.setEnabled(not locked)
        self.type_in.setEnabled(not locked)
        if locked:
            self.capture.setPlaceholderText(
                self.tr("The minutes are approved: reopen them (Session menu) to add notes")
            )
        else:
            self._type_in_step_chosen()

    # --- type-in mode (notes from the paper capture sheets) ---
    def _type_in_toggled(self, on: bool) -> None:
        if on and self.current_step is not None:
            self.type_in.choose_step(self.current_step.id)
        self._type_in_step_chosen()

    def _type_in_step_chosen(self) -> None:
        step = self.capture_step
        if self.type_in.active and step is not None:
            self.capture.setPlaceholderText(
                self.tr("Note from paper for step %1 – Enter adds it, then type the next").replace(
                    "%1", f"{step.position}. {step.title}"
                )
            )
        else:
            self.capture.setPlaceholderText(self._capture_placeholder)
        self._update_status()
        self.focus_capture()

    # --- groups, colours, participants ---
    def _group_choices(self) -> list[str]:
        session = self.model.session
        groups = list(session.participants_planned) + [
            g for g in session.participants_actual if g not in session.participants_planned
        ]
        for note in self.model.notes.values():
            if note.group and note.group not in groups:
                groups.append(note.group)
        return ["", *groups]

    def _refresh_groups(self) -> None:
        """Recompute the group choices, keeping the chosen group; keep/change is cleared when
        the step is not an evaluate step."""
        chosen = self.current_group
        self.groups = self._group_choices()
        self.group_index = self.groups.index(chosen) if chosen in self.groups else 0
        if not self._evaluating():
            self.feedback_index = 0
        self._show_chips()

    # --- keep / change (evaluate steps) ---
    def _evaluating(self) -> bool:
        step = self.capture_step
        return step is not None and step.kind == EVALUATE

    @property
    def current_feedback(self) -> str:
        """ "keep", "change" or "" for new notes (always "" off an evaluate step)."""
        return ("", *FEEDBACK_KINDS)[self.feedback_index] if self._evaluating() else ""

    def cycle_feedback(self, step: int) -> None:
        if not self._evaluating():
            self.status.setText(self.tr("Keep and change are for notes of an evaluation step."))
            return
        self.feedback_index = (self.feedback_index + step) % (len(FEEDBACK_KINDS) + 1)
        self._show_chips()

    def select_feedback(self, kind: str) -> None:
        """Keep or change for the next notes; the same kind again clears it."""
        choices = ("", *FEEDBACK_KINDS)
        if kind in choices and self._evaluating():
            index = choices.index(kind)
            self.feedback_index = 0 if index == self.feedback_index else index
            self._show_chips()

    def feedback_label(self, kind: str) -> str:
        keep, change = evaluation_service.feedback_labels(self.model.language())
        return {"keep": keep, "change": change}.get(kind, self.tr("Neither keep nor change"))

    def select_group(self, group: str) -> None:
        if group in self.groups:
            self.group_index = self.groups.index(group)
            self._show_chips()

    @property
    def current_group(self) -> str:
        return self.groups[self.group_index] if self.groups else ""

    @property
    def current_colour(self) -> str:
        return NOTE_COLOURS[self.colour_index]

    def cycle_group(self, step: int) -> None:
        self.group_index = (self.group_index + step) % len(self.groups)
        self._show_chips()

    def cycle_colour(self, step: int) -> None:
        self.colour_index = (self.colour_index + step) % len(NOTE_COLOURS)
        self._show_chips()

    def _show_chips(self) -> None:
        group = self.current_group or self.tr("No group")
        self.group_chip.setText(group)
        self.group_chip.setAccessibleDescription(group)
        evaluating = self._evaluating()
        self.feedback_chip.setVisible(evaluating)
        feedback = self.feedback_label(self.current_feedback)
        self.feedback_chip.setText(feedback)
        self.feedback_chip.setAccessibleDescription(feedback)
        if hasattr(self, "rating"):  # built after the capture row
            self.rating.show_feedback(self.current_feedback)
        colour = note_colour(self.current_colour)
        self.colour_chip.setText(self._colour_name(self.current_colour))
        self.colour_chip.setStyleSheet(
            f"QPushButton {{ background: {colour.name()}; color: #151515; padding: 4px 10px; }}"
        )

    def _colour_name(self, colour: str) -> str:
        names = {
            "yellow": self.tr("Yellow"),
            "pink": self.tr("Pink"),
            "blue": self.tr("Blue"),
            "green": self.tr("Green"),
            "orange": self.tr("Orange"),
            "purple": self.tr("Purple"),
        }
        return names[colour]

    def _participant_counts(self) -> dict[str, int]:
        session = self.model.session
        counts = {g: 0 for g in session.participants_planned}
        counts.update(session.participants_actual)
        return counts

    def set_participants(self, group: str, count: int) -> None:
        if self._guard(
            lambda: run_service.set_actual_participants(
                self.lib, self.model.session_id, group, count
            )
        ):
            self.model.reload_session()
