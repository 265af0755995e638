"""Run mode's steps and timer: the current step, moving between steps, pausing and extending.

A part of :class:`workshop.ui.run.run_view.RunView` (mixed into it). It uses the view's ``model``,
``lib``, ``clock``, ``panel`` (the step panel), ``scene``, ``ticker`` and ``type_in``, and keeps
``step_index``, ``step_clock`` and ``_last_saved_elapsed``. The time spent is stored every
SAVE_EVERY_S seconds and whenever the step or the timer changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workshop.domain.formatting import clock, local_time
from workshop.services import run as run_service
from workshop.services.dto import StepInfo
from workshop.ui.commands.sessions import SessionStatusCommand
from workshop.ui.run.step_panel import time_up

TICK_MS = 250
SAVE_EVERY_S = 15.0


class RunSteps:
    """The agenda as run: one current step with its clock."""

    @property
    def steps(self) -> list[StepInfo]:
        return self.model.session.steps

    @property
    def current_step(self) -> StepInfo | None:
        steps = self.steps
        return steps[self.step_index] if steps else None

    @property
    def capture_step(self) -> StepInfo | None:
        """The step new notes go to: the pinned one in type-in mode, else the current one."""
        pinned = self.type_in.step_id
        if pinned is not None:
            step = self.model.session.step_by_id(pinned)
            if step is not None:
                return step
        return self.current_step

    def _enter_step(self, index: int, *, start: bool) -> None:
        steps = self.steps
        if not steps:
            return
        self.step_index = max(0, min(index, len(steps) - 1))
        step = steps[self.step_index]
        self.step_clock = run_service.StepClock(
            step.minutes * 60, elapsed=step.actual_seconds, clock=self.clock
        )
        self.step_clock.extend(step.extra_seconds)  # time given earlier stays given
        self._last_saved_elapsed = float(step.actual_seconds)
        self.panel.show_step(step, len(steps), finished=self.finished)
        self.scene.set_current_step(step.position)
        if start:
            self.step_clock.start()
            self.ticker.start()
        self._show_running()
        self._show_timer()
        self._refresh_groups()
        self.step_changed.emit(step)

    def _show_timer(self) -> None:
        if self.step_clock is not None:
            self.panel.timer.show_clock(self.step_clock)
            self.panel.show_time_up(time_up(self.step_clock))
            self.timer_changed.emit()

    def _show_running(self) -> None:
        clock_ = self.step_clock
        if clock_ is not None:
            self.panel.show_running(clock_.running, started=clock_.elapsed() > 0)

    def reload_agenda(self) -> None:
        """The agenda was edited: show the new steps, staying on the current one if it is left."""
        current = self.current_step.id if self.current_step else None
        running = self.step_clock.running if self.step_clock else False
        if self.step_clock is not None:
            self.step_clock.pause()
        self._save_step_time()
        self.model.reload_session()
        steps = self.steps
        index = next((i for i, s in enumerate(steps) if s.id == current), 0)
        self._enter_step(min(index, max(0, len(steps) - 1)), start=running)
        self._refresh_filter_choices()

    def _save_step_time(self) -> None:
        step, clock = self.current_step, self.step_clock
        if step is None or clock is None:
            return
        elapsed = clock.elapsed()
        if int(elapsed) != int(self._last_saved_elapsed):
            self._guard(
                lambda: run_service.set_step_time(self.lib, self.model.session_id, step.id, elapsed)
            )
            self._last_saved_elapsed = elapsed

    def go_to_step(self, index: int) -> None:
        if not self.steps or index == self.step_index or not 0 <= index < len(self.steps):
            return
        if self.step_clock is not None:
            self.step_clock.pause()
        self._save_step_time()
        target = self.steps[index]
        if not self._guard(
            lambda: run_service.set_current_step(self.lib, self.model.session_id, target.id)
        ):
            return
        self.model.reload_session()
        self._enter_step(index, start=True)
        self._refresh_filter_choices()

    def next_step(self) -> None:
        if self.steps and self.step_index == len(self.steps) - 1:
            self.offer_finish()  # the last step: "Next" is "Finish"
            return
        self.go_to_step(self.step_index + 1)

    # --- finishing the session ---
    @property
    def finished(self) -> bool:
        return self.model.session.status == "finished"

    def offer_finish(self) -> bool:
        """Ask, then finish the session; False when it was not finished now."""
        if self.finished:
            self.status.setText(self.tr("The session is finished (Session → Reopen)."))
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Finish the session"),
            self.tr(
                "Finish “%1” now? The time it ended is recorded for the minutes; the booked "
                "hours stay as planned. You can reopen it from the Session menu."
            ).replace("%1", self.model.session.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.finish_session()

    def finish_session(self) -> bool:
        """Stop the timer, store its time and record the end (one undoable step)."""
        if self.finished:
            return False
        if self.step_clock is not None and self.step_clock.running:
            self.toggle_timer()
        self.undo_stack.push(SessionStatusCommand(self.model, "finished"))
        if not self.finished:
            return False
        ended = self.model.session.finished_at
        self.status.setText(
            self.tr("Session finished at %1 – Ctrl+Z undoes").replace(
                "%1", clock(local_time(ended)) if ended else ""
            )
        )
        return True

    def reopen_session(self) -> bool:
        if not self.finished:
            return False
        self.undo_stack.push(SessionStatusCommand(self.model, "running"))
        if self.finished:
            return False
        self.status.setText(self.tr("Session reopened – Ctrl+Z undoes"))
        return True

    def session_details_changed(self) -> None:
        """The details were changed (Session → Details…): groups, counts and the panel."""
        self.model.reload_session()
        self._refresh_groups()
        self.panel.set_participant_groups(self._participant_counts())
        self._refresh_filter_choices()

    def _session_changed(self, _session=None) -> None:
        """The stored session changed (finished, reopened, details): show it."""
        step = self.current_step
        if step is not None:
            self.panel.show_step(step, len(self.steps), finished=self.finished)

    def previous_step(self) -> None:
        self.go_to_step(self.step_index - 1)

    def toggle_timer(self) -> None:
        if self.step_clock is None:
            return
        running = self.step_clock.toggle()
        if running:
            if self.model.session.status == "planned" and self.current_step is not None:
                step_id = self.current_step.id
                self._guard(
                    lambda: run_service.set_current_step(self.lib, self.model.session_id, step_id)
                )
                self.model.reload_session()
            self.ticker.start()
        else:
            self.ticker.stop()
            self._save_step_time()
        self._show_running()
        self._show_timer()

    def extend_timer(self, seconds: int) -> None:
        step = self.current_step
        if self.step_clock is None or step is None or not self.step_clock.time_boxed:
            return
        if self._guard(
            lambda: run_service.add_step_time(self.lib, self.model.session_id, step.id, seconds)
        ):
            self.step_clock.extend(seconds)
            self._show_timer()

    def tick(self) -> None:
        """Refresh the timer; store the time spent every SAVE_EVERY_S seconds."""
        if self.step_clock is None:
            return
        self._show_timer()
        if self.step_clock.elapsed() - self._last_saved_elapsed >= SAVE_EVERY_S:
            self._save_step_time()

    def stop(self) -> None:
        """Stop the timer and store the time spent; call before closing the view."""
        self.ticker.stop()
        if self.step_clock is not None:
            self.step_clock.pause()
        self._save_step_time()
        if self._editor is not None:
            self._close_editor()
