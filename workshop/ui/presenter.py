"""The presenter view (F5): what the room sees on the projector.

Read-only and large: the step's question, the timer and the board, following the facilitator's
step, filter and zoom. It shows the same scene as the facilitator's board (so the same filter),
but never author names (cards do not draw them) and never the facilitator's prompt. While
"Mobil" is on it shows how to join from a phone: the QR code, the URL and the room code.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QFrame, QGraphicsView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.ui.phones.join_panel import JoinPanel
from workshop.ui.run.step_panel import TimerDisplay


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, run_view, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.setAccessibleName(self.tr("Presenter view"))
        self.run_view = run_view
        self.setWindowTitle(self.tr("Verksted – presenter view"))
        self.setStyleSheet("QWidget#presenterView { background: #FFFFFF; }")

        self.step_label = QLabel(self)
        self.step_label.setObjectName("presenterStep")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("presenterQuestion")
        self.question_label.setWordWrap(True)
        self.timer = TimerDisplay(self)
        self.timer.setObjectName("presenterTimer")
        self._scale_fonts(1.0)

        self.view = QGraphicsView(run_view.scene, self)
        self.view.setObjectName("presenterBoard")
        self.view.setInteractive(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )

        header = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.step_label)
        texts.addWidget(self.question_label)
        header.addLayout(texts, 1)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        body = QHBoxLayout()  # the board, and while "Mobil" is on how to join from a phone
        body.addWidget(self.view, 1)
        self.join_panel = JoinPanel(run_view.phones.room, self.view, self)
        body.addWidget(self.join_panel)
        layout.addLayout(body, 1)

        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        toggle = QShortcut(QKeySequence("F5"), self)
        toggle.activated.connect(self.close)

        run_view.step_changed.connect(self.show_step)
        run_view.timer_changed.connect(self.show_timer)
        board = run_view.board
        board.zoom_changed.connect(self.follow_view)
        board.horizontalScrollBar().valueChanged.connect(self.follow_view)
        board.verticalScrollBar().valueChanged.connect(self.follow_view)
        self.show_step()
        self.show_timer()

    def _scale_fonts(self, factor: float) -> None:
        base = self.font()
        step = self.step_label.font()
        step.setPointSizeF(base.pointSizeF() * 1.6 * factor)
        self.step_label.setFont(step)
        question = self.question_label.font()
        question.setPointSizeF(base.pointSizeF() * 2.6 * factor)
        question.setBold(True)
        self.question_label.setFont(question)

    def show_step(self, *_args) -> None:
        step = self.run_view.current_step
        if step is None:
            return
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(step.position))
            .replace("%2", str(len(self.run_view.steps)))
            .replace("%3", step.title)
        )
        self.question_label.setText(step.question or step.title)
        self.follow_view()

    def show_timer(self) -> None:
        if self.run_view.step_clock is not None:
            self.timer.show_clock(self.run_view.step_clock)

    def follow_view(self, *_args) -> None:
        """Show the part of the board the facilitator is looking at."""
        board = self.run_view.board
        visible = board.mapToScene(board.viewport().rect()).boundingRect()
        if isinstance(visible, QRectF) and not visible.isEmpty():
            self.view.fitInView(visible, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_fonts(max(1.0, self.height() / 800))
        self.follow_view()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def present(self) -> None:
        """Full screen on another screen when there is one; otherwise a normal window."""
        own = self.run_view.window().screen() if self.run_view.window() else None
        others = [s for s in QGuiApplication.screens() if s is not own]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()
        self.follow_view()
