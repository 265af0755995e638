"""The form of the selected step: kind, title, minutes, facilitator prompt, participant question.

A part of :class:`workshop.ui.agenda.editor.AgendaEditor` (mixed into it). A field is saved when
it is left (or its value is picked), as one ``UpdateStepCommand``; edits still open are saved
before the selection or the agenda changes. While minutes (or the booked hours) are typed, the
total and the start times already show what the typed value gives. It uses the editor's
``session``, ``plan``, ``model``, ``undo_stack``, ``current_step()``, ``typed_booking()`` and the
``_syncing`` flag.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from workshop.domain.vocabulary import MAX_VOTE_BUDGET, STEP_KINDS
from workshop.services.agenda import MAX_MINUTES, schedule
from workshop.ui.agenda.model import clock_text
from workshop.ui.commands.agenda import UpdateStepCommand
from workshop.ui.labels import kind_label

FIELDS = ("kind", "title", "minutes", "prompt", "question", "vote_budget")


class AgendaStepForm:
    """The selected step's fields; ``_commit(field)`` stores one of them."""

    def _build_form(self) -> None:
        box = QGroupBox(self.tr("Selected step"), self)
        box.setObjectName("stepForm")
        self.form_box = box

        self.kind_combo = QComboBox(box)
        self.kind_combo.setObjectName("stepKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of step"))
        for kind in STEP_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)

        self.title_edit = QLineEdit(box)
        self.title_edit.setObjectName("stepTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Step title"))
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("What the room sees as the heading"))

        self.minutes_spin = QSpinBox(box)
        self.minutes_spin.setObjectName("stepMinutes")
        self.minutes_spin.setAccessibleName(self.tr("Minutes for the step"))
        self.minutes_spin.setRange(0, MAX_MINUTES)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setSpecialValueText(self.tr("open (no time box)"))
        self.minutes_spin.setKeyboardTracking(False)
        self.minutes_spin.setToolTip(self.tr("0 minutes: an open step without a time box"))

        self.votes_spin = QSpinBox(box)
        self.votes_spin.setObjectName("stepVotes")
        self.votes_spin.setAccessibleName(self.tr("Votes per person"))
        self.votes_spin.setRange(1, MAX_VOTE_BUDGET)
        self.votes_spin.setSuffix(self.tr(" each"))
        self.votes_spin.setToolTip(
            self.tr("How many dots each participant has on this vote step (shown to the room)")
        )

        self.prompt_edit = self._text_edit(
            "stepPromptEdit",
            self.tr("Facilitator prompt"),
            self.tr("What you say or do"),
        )
        self.question_edit = self._text_edit(
            "stepQuestionEdit",
            self.tr("Participant question"),
            self.tr("The question the participants answer"),
        )

        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.position_label = QLabel(box)
        self.position_label.setObjectName("stepFormPosition")
        form.addRow(self.position_label)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Minutes:"), self.minutes_spin)
        self.votes_label = QLabel(self.tr("&Votes per person:"), box)
        self.votes_label.setBuddy(self.votes_spin)
        form.addRow(self.votes_label, self.votes_spin)
        for text, edit in (
            (self.tr("Facilitator &prompt (only you see it):"), self.prompt_edit),
            (self.tr("Participant &question (shown to the room):"), self.question_edit),
        ):
            label = QLabel(text, box)
            label.setBuddy(edit)
            form.addRow(label)  # long texts get the full width under their label
            form.addRow(edit)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self._commit("kind"))
        self.title_edit.editingFinished.connect(lambda: self._commit("title"))
        self.minutes_spin.valueChanged.connect(lambda _v: self._commit("minutes"))
        self.votes_spin.valueChanged.connect(lambda _v: self._commit("vote_budget"))
        # While the minutes are typed the total and the start times follow (a preview); the
        # value is stored when the field is left or Enter is pressed.
        # (The spin box's own textChanged waits for that too, without keyboard tracking.)
        self.minutes_spin.findChild(QLineEdit).textChanged.connect(lambda _t: self.preview_plan())

    def typed_minutes(self) -> int | None:
        """The minutes typed in the form so far; None when not a number yet."""
        spin = self.minutes_spin
        text = spin.findChild(QLineEdit).text().strip()
        if text == spin.specialValueText():
            return 0
        digits = text.removesuffix(spin.suffix().strip()).strip()
        return int(digits) if digits.isdigit() and int(digits) <= spin.maximum() else None

    def preview_plan(self) -> None:
        """Show the total and the start times with what is typed, before it is stored."""
        if self._syncing or self.session is None or self.plan is None:
            return
        minutes = self.typed_minutes()
        steps = [
            replace(step, minutes=minutes)
            if step.id == self._form_step_id and minutes is not None
            else step
            for step in self.session.steps
        ]
        start, end = self.typed_booking()
        if end is not None and start is None:
            return
        preview = replace(self.session, steps=steps, start_time=start, end_time=end)
        plan = schedule(preview)
        self.model.set_session(preview, plan)
        self._sync_summary(preview, plan)

    def _text_edit(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.form_box)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 3 + 12)
        edit.installEventFilter(self)
        return edit

    def _sync_form(self) -> None:
        """Show the selected step in the form; a field the user has not touched is updated."""
        step = self.current_step()
        self._syncing = True
        try:
            if step is None:
                self._form_step_id = None
                self._loaded = {}
                self.form_box.setEnabled(False)
                self.position_label.clear()
                return
            self.form_box.setEnabled(True)
            values = {f: getattr(step, f) for f in FIELDS}
            fresh = step.id != self._form_step_id
            for field, value in values.items():
                if fresh or self._loaded.get(field) != value:
                    self._set_field(field, value)
            self._form_step_id = step.id
            self._loaded = values
            voting = step.kind == "vote"  # only a vote step has dots to give
            self.votes_label.setVisible(voting)
            self.votes_spin.setVisible(voting)
            scheduled = self.plan.steps[step.position - 1] if self.plan else None
            text = (
                self.tr("Step %1 of %2")
                .replace("%1", str(step.position))
                .replace("%2", str(len(self.session.steps)))
            )
            if scheduled is not None and scheduled.starts is not None:
                text += " · " + self.tr("starts %1").replace("%1", clock_text(scheduled.starts))
            self.position_label.setText(text)
        finally:
            self._syncing = False

    def _set_field(self, field: str, value) -> None:
        if field == "kind":
            index = self.kind_combo.findData(value)
            if index < 0:
                self.kind_combo.addItem(kind_label(value), value)
                index = self.kind_combo.count() - 1
            with QSignalBlocker(self.kind_combo):
                self.kind_combo.setCurrentIndex(index)
        elif field == "title":
            self.title_edit.setText(value)
            self.title_edit.setCursorPosition(0)
        elif field == "minutes":
            with QSignalBlocker(self.minutes_spin):
                self.minutes_spin.setValue(value)
        elif field == "vote_budget":
            with QSignalBlocker(self.votes_spin):
                self.votes_spin.setValue(value)
        elif field == "prompt":
            self.prompt_edit.setPlainText(value)
        elif field == "question":
            self.question_edit.setPlainText(value)

    def _field_value(self, field: str):
        if field == "kind":
            return self.kind_combo.currentData()
        if field == "title":
            return self.title_edit.text().strip()
        if field == "minutes":
            return self.minutes_spin.value()
        if field == "vote_budget":
            return self.votes_spin.value()
        if field == "prompt":
            return self.prompt_edit.toPlainText().strip()
        return self.question_edit.toPlainText().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.prompt_edit:
                self._commit("prompt")
            elif watched is self.question_edit:
                self._commit("question")
        return super().eventFilter(watched, event)

    def _commit(self, field: str) -> None:
        """Save one form field of the step shown in the form, if it differs from the store."""
        if self._syncing or self._form_step_id is None or self.session is None:
            return
        step = self.session.step_by_id(self._form_step_id)
        if step is None:
            return
        old, new = getattr(step, field), self._field_value(field)
        if new is None or new == old:
            return
        self.undo_stack.push(UpdateStepCommand(self, step.id, field, old, new))

    def _flush_form(self) -> None:
        """Save edits still open in the form (before the selection or the agenda changes)."""
        if self._syncing or self._form_step_id is None:
            return
        self.minutes_spin.interpretText()
        self.votes_spin.interpretText()
        for field in ("title", "prompt", "question"):
            self._commit(field)
