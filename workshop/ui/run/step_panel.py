"""The step panel: where we are in the agenda, the question, the prompt and the room timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from workshop.domain.formatting import format_seconds
from workshop.services.dto import StepInfo
from workshop.services.run import StepClock

TIMER_STYLES = {
    "normal": "background:#E8F1E4; color:#14361A;",
    "warning": "background:#FFC94D; color:#3A2600;",
    "danger": "background:#C62828; color:#FFFFFF;",
    "open": "background:#E6ECF2; color:#1F2F3F;",
    "flash": "background:#FFFFFF; color:#C62828; border: 4px solid #C62828;",
}
FLASH_SECONDS = 6.0  # the timer flashes this long once the time is up, then stays red


def time_up(clock: StepClock) -> bool:
    remaining = clock.remaining()
    return remaining is not None and remaining <= 0


def flashing(clock: StepClock) -> bool:
    """In the first seconds after the time ran out, every other half second."""
    remaining = clock.remaining()
    if remaining is None or remaining > 0 or -remaining >= FLASH_SECONDS or not clock.running:
        return False
    return int(-remaining * 2) % 2 == 0


class TimerDisplay(QLabel):
    """Large countdown (or elapsed time for an open step), coloured like a room timer."""

    def __init__(self, parent=None) -> None:
        super().__init__("00:00", parent)
        self.setObjectName("stepTimer")
        self.setAccessibleName(self.tr("Step timer"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        font.setStyleHint(font.StyleHint.Monospace)
        self.setFont(font)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("−00:00:00") + 24)
        self.state = "normal"

    def show_clock(self, clock: StepClock) -> None:
        state = "flash" if flashing(clock) else clock.state()
        remaining = clock.remaining()
        if remaining is None:
            text = format_seconds(clock.elapsed())
        else:
            text = format_seconds(remaining, countdown=True)
        if not clock.running:
            # U+2016 rather than the pause sign U+23F8, which common UI fonts lack (a box).
            text = f"‖ {text}"
        self.setText(text)
        if state != self.state or not self.styleSheet():
            self.state = state
            self.setStyleSheet(
                f"QLabel {{ {TIMER_STYLES[state]} border-radius: 8px; padding: 4px 14px; }}"
            )
        self.setAccessibleDescription(
            text if clock.running else self.tr("Paused: %1").replace("%1", text[2:])
        )


class StepPanel(QFrame):
    previous_requested = Signal()
    next_requested = Signal()
    pause_requested = Signal()
    extend_requested = Signal(int)  # seconds
    participants_changed = Signal(str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)

        texts = QVBoxLayout()
        self.position_label = QLabel(self)
        self.position_label.setObjectName("stepPosition")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("stepTitle")
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.question_label = QLabel(self)
        self.question_label.setObjectName("stepQuestion")
        self.question_label.setWordWrap(True)
        q_font = self.question_label.font()
        q_font.setPointSizeF(q_font.pointSizeF() * 1.7)
        self.question_label.setFont(q_font)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("stepPrompt")
        self.prompt_label.setWordWrap(True)
        p_font = self.prompt_label.font()
        p_font.setItalic(True)
        self.prompt_label.setFont(p_font)
        header = QHBoxLayout()
        header.addWidget(self.position_label)
        header.addWidget(self.title_label, 1)
        texts.addLayout(header)
        texts.addWidget(self.question_label)
        texts.addWidget(self.prompt_label)
        self.participants_row = QHBoxLayout()
        self.participants_row.addWidget(QLabel(self.tr("Present:"), self))
        self.participants_row.addStretch(1)
        texts.addLayout(self.participants_row)
        outer.addLayout(texts, 1)

        side = QVBoxLayout()
        self.timer = TimerDisplay(self)
        side.addWidget(self.timer)
        controls = QHBoxLayout()
        self.previous_button = self._button(
            "previousStepButton", self.tr("◀ Previous"), self.tr("Previous step (Alt+Left)")
        )
        self.pause_button = self._button(
            "pauseButton", self.tr("Start"), self.tr("Start, pause or resume the timer (Ctrl+T)")
        )
        self.plus1_button = self._button(
            "plusOneButton", self.tr("+1 min"), self.tr("One more minute (Ctrl+M)")
        )
        self.plus5_button = self._button(
            "plusFiveButton", self.tr("+5 min"), self.tr("Five more minutes (Ctrl+Shift+M)")
        )
        self.next_button = self._button(
            "nextStepButton", self.tr("Next ▶"), self.tr("Next step (Alt+Right)")
        )
        for b in (
            self.previous_button,
            self.pause_button,
            self.plus1_button,
            self.plus5_button,
            self.next_button,
        ):
            controls.addWidget(b)
        side.addLayout(controls)
        self.time_up_banner = QLabel(self.tr("Time is up"), self)
        self.time_up_banner.setObjectName("timeUpBanner")
        self.time_up_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_up_banner.setStyleSheet(
            "QLabel { background:#C62828; color:#FFFFFF; font-weight:bold; border-radius:6px;"
            " padding:4px 10px; }"
        )
        self.time_up_banner.setToolTip(
            self.tr("+1 min (Ctrl+M), +5 min (Ctrl+Shift+M) or the next step (Alt+Right)")
        )
        self.time_up_banner.hide()
        side.addWidget(self.time_up_banner)
        outer.addLayout(side)

        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.plus1_button.clicked.connect(lambda: self.extend_requested.emit(60))
        self.plus5_button.clicked.connect(lambda: self.extend_requested.emit(300))
        self.counters: dict[str, QSpinBox] = {}

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return button

    def show_step(self, step: StepInfo, count: int, *, finished: bool = False) -> None:
        """The step and its place in the agenda. On the last step "Next" offers to finish the
        session (``finished``: it is finished already)."""
        self.position_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(step.position)).replace("%2", str(count))
        )
        self.title_label.setText(step.title)
        self.question_label.setText(step.question)
        self.question_label.setVisible(bool(step.question))
        self.prompt_label.setText(
            self.tr("For you: %1").replace("%1", step.prompt) if step.prompt else ""
        )
        self.prompt_label.setVisible(bool(step.prompt))
        self.previous_button.setEnabled(step.position > 1)
        last = step.position >= count
        if not last:
            self.next_button.setText(self.tr("Next ▶"))
            self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        elif finished:
            self.next_button.setText(self.tr("Finished ✓"))
            self.next_button.setToolTip(self.tr("The session is finished (Session → Reopen)"))
        else:
            self.next_button.setText(self.tr("Finish ✓"))
            self.next_button.setToolTip(self.tr("The last step: finish the session (Alt+Right)"))
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.next_button.setEnabled(not (last and finished))
        no_box = step.minutes == 0
        self.plus1_button.setEnabled(not no_box)
        self.plus5_button.setEnabled(not no_box)

    def show_running(self, running: bool, started: bool = True) -> None:
        """Start (the step's clock never ran), Pause (it runs) or Resume (it was paused)."""
        if running:
            self.pause_button.setText(self.tr("Pause"))
        else:
            self.pause_button.setText(self.tr("Resume") if started else self.tr("Start"))

    def show_time_up(self, up: bool) -> None:
        """A banner under the timer while the step runs over its time."""
        self.time_up_banner.setVisible(up)

    def set_participant_groups(self, counts: dict[str, int]) -> None:
        for spin in self.counters.values():
            self.participants_row.removeWidget(spin)
            spin.deleteLater()
        self.counters.clear()
        for group, count in counts.items():
            spin = QSpinBox(self)
            spin.setRange(0, 9999)
            spin.setValue(count)
            spin.setPrefix(f"{group}: ")
            spin.setAccessibleName(self.tr("Participants present: %1").replace("%1", group))
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(
                lambda value, g=group: self.participants_changed.emit(g, value)
            )
            self.participants_row.insertWidget(self.participants_row.count() - 1, spin)
            self.counters[group] = spin

    def set_participant_count(self, group: str, count: int) -> None:
        spin = self.counters.get(group)
        if spin is not None and spin.value() != count:
            spin.blockSignals(True)
            spin.setValue(count)
            spin.blockSignals(False)
