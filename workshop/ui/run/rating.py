"""The rating panel of an ``evaluate`` step: the room's 1–5 ratings of the session, typed as digits.

Each digit 1–5 typed in the rating field is one participant's rating, stored at once as its own
undo step; Backspace takes the last one back. The panel shows the distribution, the count and the
mean as they grow. The capture line stays for the keep/change notes: on an evaluate step the
keep/change chip beside the group says what new notes say of the session (F12), and the two toggle
buttons here pick it with the mouse.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.formatting import decimal
from workshop.domain.vocabulary import EVALUATE
from workshop.services import evaluation
from workshop.services.dto import StepInfo
from workshop.services.evaluation import RATING_VALUES, RatingSummary
from workshop.ui.board.model import BoardModel
from workshop.ui.commands.ratings import AddRatingCommand, RemoveRatingCommand

RATING_KEYS = "Ctrl+Shift+R"
DIGITS = {str(v): v for v in RATING_VALUES}
BAR_COLOUR = QColor("#1F4E79")
ECHO_LIMIT = 60  # ratings echoed in the field (the newest; the count shows them all)


class RatingInput(QLineEdit):
    """Digits 1–5 become ratings (nothing is inserted); the field only echoes what is stored."""

    rating_typed = Signal(int)
    remove_requested = Signal()
    leave_requested = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingInput")
        self.setAccessibleName(self.tr("Rating of the session"))
        self.instructions = self.tr(
            "Type one digit from 1 to 5 per participant. Backspace removes the last rating. "
            "Esc or Enter goes back to the capture line."
        )
        self.setAccessibleDescription(self.instructions)
        self.setPlaceholderText(self.tr("Type 1–5, one digit per person"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no Paste, no Cut
        self.setAcceptDrops(False)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.setFont(font)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 26)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.matches(QKeySequence.StandardKey.Undo) or key_event.matches(
                QKeySequence.StandardKey.Redo
            ):
                event.ignore()  # the run view's Undo / Redo takes it (the field has no own text)
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        command |= Qt.KeyboardModifier.MetaModifier
        if event.modifiers() & command:
            event.ignore()  # shortcuts, not text (and never Paste into the field)
            return
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            self.remove_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.leave_requested.emit()
        elif event.text() in DIGITS:
            self.rating_typed.emit(DIGITS[event.text()])
        elif event.text().strip() and event.text().isprintable():
            self.refused.emit(event.text())
        else:
            event.ignore()
            return
        event.accept()

    def show_values(self, values: list[int]) -> None:
        self.setText(" ".join(str(v) for v in values[-ECHO_LIMIT:]))
        self.end(False)


class RatingBars(QWidget):
    """Five columns, 1 to 5, each as high as its share of the most-given value, count on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingBars")
        self.setAccessibleName(self.tr("Distribution of the ratings"))
        self.summary = evaluation.EMPTY_SUMMARY
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(5 * self._column() + 8, 2 * line + 54)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _column(self) -> int:
        return max(34, self.fontMetrics().horizontalAdvance("000") + 14)

    def show_summary(self, summary: RatingSummary) -> None:
        self.summary = summary
        self.setAccessibleDescription(", ".join(f"{v}: {summary.count(v)}" for v in RATING_VALUES))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        column = self._column()
        top_of_bars = line + 2
        base = self.height() - line - 4  # the baseline of the bars; digits below
        most = max(self.summary.counts) or 1
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(60)
        for i, value in enumerate(RATING_VALUES):
            x = 4 + i * column
            bar_w = column - 12
            count = self.summary.count(value)
            full = base - top_of_bars
            height = round(full * count / most) if count else 0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(x + 6, top_of_bars, bar_w, full), 3, 3)
            if height:
                painter.setBrush(BAR_COLOUR)
                painter.drawRoundedRect(QRectF(x + 6, base - height, bar_w, height), 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(x, base - height - line - 1, column, line),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(
                QRectF(x, base + 3, column, line), Qt.AlignmentFlag.AlignCenter, str(value)
            )
            bold.setBold(False)
            painter.setFont(bold)
        painter.end()


class RatingPanel(QFrame):
    """Shown in run mode while the current step is an evaluate step."""

    def __init__(
        self,
        parent: QWidget,
        model: BoardModel,
        undo_stack: QUndoStack,
        *,
        focus_capture: Callable[[], None],
        select_feedback: Callable[[str], None],
        say: Callable[[str], None],
    ) -> None:
        """``focus_capture`` gives the capture line the keyboard, ``select_feedback`` picks keep
        or change for new notes, ``say`` shows a line in the status bar; the run view passes
        them."""
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.focus_capture = focus_capture
        self.select_feedback = select_feedback
        self.say = say
        self.setObjectName("ratingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step: StepInfo | None = None
        self.summary = evaluation.EMPTY_SUMMARY

        title = QLabel(self.tr("Rating of the session, 1–5 (%1)").replace("%1", RATING_KEYS), self)
        title.setObjectName("ratingTitle")
        title_font = title.font()
        title_font.setBold(True)
        title.setFont(title_font)
        self.input = RatingInput(self)
        title.setBuddy(self.input)
        self.hint = QLabel(self)
        self.hint.setObjectName("ratingHint")
        self.hint.setWordWrap(True)
        muted = self.hint.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor("#8A4B00"))
        self.hint.setPalette(muted)
        entry = QVBoxLayout()
        entry.setSpacing(4)
        entry.addWidget(title)
        entry.addWidget(self.input)
        entry.addWidget(self.hint)
        entry.addStretch(1)

        self.bars = RatingBars(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ratingCount")
        big = self.count_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.count_label.setFont(big)
        self.mean_label = QLabel(self)
        self.mean_label.setObjectName("ratingMean")
        mean_font = self.mean_label.font()
        mean_font.setPointSizeF(mean_font.pointSizeF() * 1.2)
        self.mean_label.setFont(mean_font)
        totals = QVBoxLayout()
        totals.addStretch(1)
        totals.addWidget(self.count_label)
        totals.addWidget(self.mean_label)
        totals.addStretch(1)

        keep, change = evaluation.feedback_labels(self.model.language())
        notes_label = QLabel(self.tr("Mark new notes as:"), self)
        self.keep_button = self._group_button("keepButton", keep)
        self.change_button = self._group_button("changeButton", change)
        notes_hint = QLabel(self.tr("or press F12 in the capture line"), self)
        notes_hint.setObjectName("feedbackHint")
        notes_hint.setPalette(muted)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.change_button)
        feedback = QVBoxLayout()
        feedback.setSpacing(4)
        feedback.addWidget(notes_label)
        feedback.addLayout(buttons)
        feedback.addWidget(notes_hint)
        feedback.addStretch(1)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(18)
        row.addLayout(entry)
        row.addWidget(self.bars)
        row.addLayout(totals)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(separator)
        row.addLayout(feedback)
        row.addStretch(1)

        self.input.rating_typed.connect(self.add_rating)
        self.input.remove_requested.connect(self.remove_last)
        self.input.leave_requested.connect(focus_capture)
        self.input.refused.connect(self._refuse)
        self.keep_button.clicked.connect(lambda: self._pick_feedback("keep"))
        self.change_button.clicked.connect(lambda: self._pick_feedback("change"))
        self.model.reset.connect(self.refresh)
        self.model.refreshed.connect(self.refresh)

        self.focus_action = QAction(self.tr("Rate the session"), self)
        self.focus_action.setObjectName("ratingAction")
        self.focus_action.setShortcut(QKeySequence(RATING_KEYS))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_action.triggered.connect(self.focus_input)

        self.setVisible(False)
        self.refresh()

    def _group_button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setCheckable(True)  # shows what new notes get; a second click clears it
        button.setAccessibleName(self.tr("Mark new notes as “%1”").replace("%1", text))
        button.setToolTip(self.tr("New notes are marked “%1” (F12 switches)").replace("%1", text))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def show_feedback(self, kind: str) -> None:
        """Check the button of what new notes get now ("keep", "change" or neither)."""
        self.keep_button.setChecked(kind == "keep")
        self.change_button.setChecked(kind == "change")

    # --- steps ---
    @property
    def active(self) -> bool:
        return self.step is not None and self.step.kind == EVALUATE

    def show_step(self, step: StepInfo) -> None:
        had_focus = self.input.hasFocus()
        self.step = step
        self.setVisible(self.active)
        self.hint.clear()
        if had_focus and not self.active:
            self.focus_capture()

    def focus_input(self) -> None:
        if not self.active:
            self.say(self.tr("Ratings are given on an evaluation step."))
            return
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- ratings ---
    def add_rating(self, value: int) -> None:
        self.hint.clear()
        step_id = self.step.id if self.active and self.step else None
        self.undo_stack.push(AddRatingCommand(self.model, value, step_id, self.refresh))

    def remove_last(self) -> None:
        """Backspace: undo the rating just typed, else remove the newest (as an undo step)."""
        self.hint.clear()
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, AddRatingCommand) and top.rating_id is not None:
            stack.undo()
            return
        latest = evaluation.last_rating(self.model.lib, self.model.session_id)
        if latest is None:
            self.hint.setText(self.tr("No rating to remove."))
            return
        stack.push(RemoveRatingCommand(self.model, latest, self.refresh))

    def _refuse(self, text: str) -> None:
        self.hint.setText(self.tr("“%1” is not a rating: type 1–5.").replace("%1", text))

    def _pick_feedback(self, kind: str) -> None:
        self.select_feedback(kind)
        self.focus_capture()

    def refresh(self) -> None:
        """Re-read the session's ratings and show them."""
        ratings = evaluation.list_ratings(self.model.lib, self.model.session_id)
        self.summary = RatingSummary.of(
            {v: sum(1 for r in ratings if r.value == v) for v in RATING_VALUES}
        )
        self.input.show_values([r.value for r in ratings])
        self.bars.show_summary(self.summary)
        n = self.summary.n
        self.count_label.setText(self.tr("%n rating(s)", "", n))
        if n:
            mean = decimal(self.summary.mean, self.model.language())
            self.mean_label.setText(self.tr("Mean %1 of 5").replace("%1", mean))
        else:
            self.mean_label.setText(self.tr("No ratings yet"))
        self.input.setAccessibleDescription(
            f"{self.input.instructions} {self.count_label.text()}. {self.mean_label.text()}."
        )
