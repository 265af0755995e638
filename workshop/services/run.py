"""Running a session: the step clock (Qt-free, with an injectable clock) and step bookkeeping."""

from __future__ import annotations

import time
from collections.abc import Callable

WARNING_FRACTION = 0.20  # amber when 20 % of the time box is left
DANGER_FRACTION = 0.05  # red when 5 % is left (and when overrun)


class StepClock:
    """Counts a step's time. A step with no time box (0 minutes) only counts elapsed time."""

    def __init__(
        self,
        planned_seconds: int,
        *,
        elapsed: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.planned_seconds = max(0, int(planned_seconds))
        self.extra_seconds = 0
        self._clock = clock
        self._elapsed_before = float(elapsed)
        self._started_at: float | None = None

    # --- state ---
    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def time_boxed(self) -> bool:
        return self.planned_seconds > 0

    @property
    def total_seconds(self) -> int:
        return self.planned_seconds + self.extra_seconds

    def elapsed(self) -> float:
        if self._started_at is None:
            return self._elapsed_before
        return self._elapsed_before + (self._clock() - self._started_at)

    def remaining(self) -> float | None:
        """Seconds left (negative when overrun), or None for a step without a time box."""
        if not self.time_boxed:
            return None
        return self.total_seconds - self.elapsed()

    def state(self) -> str:
        """``open`` (no time box), ``normal``, ``warning`` (amber) or ``danger`` (red)."""
        remaining = self.remaining()
        if remaining is None:
            return "open"
        if remaining <= DANGER_FRACTION * self.total_seconds:
            return "danger"
        if remaining <= WARNING_FRACTION * self.total_seconds:
            return "warning"
        return "normal"

    # --- control ---
    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before = self.elapsed()
            self._started_at = None

    def toggle(self) -> bool:
        """Pause when running, resume when paused; returns True when now running."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def extend(self, seconds: int) -> None:
        """Give the step more time (+1 / +5 min). Without a time box this does nothing."""
        if self.time_boxed:
            self.extra_seconds += int(seconds)


def set_step_time(lib, session_id: str, step_id: str, seconds: float) -> None:
    """Store the time actually spent on a step (the minutes compare plan and reality)."""
    from workshop.errors import NotFoundError
    from workshop.store.models import Step

    with lib.write() as s:
        step = s.get(Step, step_id)
        if step is None or step.session_id != session_id:
            raise NotFoundError("step_not_found", ref=step_id)
        step.actual_seconds = max(0, int(seconds))


def add_step_time(lib, session_id: str, step_id: str, seconds: int) -> int:
    """Give a running step more time (+1 / +5 min); returns the step's extra seconds now."""
    from workshop.errors import NotFoundError
    from workshop.store.models import Step

    with lib.write() as s:
        step = s.get(Step, step_id)
        if step is None or step.session_id != session_id:
            raise NotFoundError("step_not_found", ref=step_id)
        step.extra_seconds = max(0, step.extra_seconds + int(seconds))
        return step.extra_seconds


def set_current_step(lib, session_id: str, step_id: str | None) -> None:
    """Remember which step the session is on; a running session is marked as running."""
    from workshop.errors import NotFoundError
    from workshop.store.models import Step, WorkshopSession

    with lib.write() as s:
        ws = s.get(WorkshopSession, session_id)
        if ws is None:
            raise NotFoundError("session_not_found", ref=session_id)
        if step_id is not None:
            step = s.get(Step, step_id)
            if step is None or step.session_id != session_id:
                raise NotFoundError("step_not_found", ref=step_id)
        ws.current_step_id = step_id
        if ws.status == "planned":
            ws.status = "running"


def set_actual_participants(lib, session_id: str, group: str, count: int) -> None:
    """Record the actual number of participants in one group."""
    from workshop.services.sessions import update_session

    update_session(lib, session_id, participants_actual={group: max(0, int(count))})


# --- what the room sees ---------------------------------------------------------------------

HIDDEN_UNTIL_REVEALED = ("silent-writing", "vote")  # kinds of step with a Reveal / Hide


def hides_until_revealed(kind: str) -> bool:
    """Silent writing hides the step's notes from the room, a vote hides the totals, until the
    facilitator reveals them (a step's ``revealed``)."""
    return kind in HIDDEN_UNTIL_REVEALED


class VoteTally:
    """The room's dots on a vote step: ``budget`` each, ``people`` in the room (the actual
    count, else the planned one; 0 when neither is known), ``used`` of ``total``."""

    def __init__(self, budget: int, people: int, used: int) -> None:
        self.budget, self.people, self.used = budget, people, used

    @property
    def total(self) -> int:
        return self.budget * self.people


def vote_tally(session, notes, step) -> VoteTally:
    """Count the votes on the board against the step's budget for everyone present."""
    actual = sum(session.participants_actual.values())
    people = actual or sum(session.participants_planned.values())
    return VoteTally(step.vote_budget, people, sum(n.votes for n in notes))
