"""Session → Approve minutes… and Reopen minutes…, and the banner of a locked session.

Approving writes the tagged PDF/A-2a minutes off the UI thread (a :class:`~workshop.ui.worker.Job`)
and records them in the library; reopening asks for the reason and takes in the changes that
waited. Both are recorded acts, not undo steps: the dialogs say so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QThread, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.formatting import local_time
from workshop.ui.worker import Job, JobRunner


def when(moment) -> str:
    return local_time(moment).strftime("%Y-%m-%d %H:%M")


def lock_icon(size: int = 16, colour: str = "#8a5a00") -> QIcon:
    """A small padlock, drawn (no icon theme needed): the mark of approved minutes."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), max(1.5, size / 9))
    painter.setPen(pen)
    shackle = QPainterPath()
    left, right, top = size * 0.3, size * 0.7, size * 0.12
    shackle.moveTo(QPointF(left, size * 0.48))
    shackle.lineTo(QPointF(left, size * 0.32))
    shackle.arcTo(QRectF(left, top, right - left, (right - left)), 180, -180)
    shackle.lineTo(QPointF(right, size * 0.48))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.46, size * 0.64, size * 0.44), 2, 2)
    painter.end()
    return QIcon(pixmap)


class ApproveJob(Job):
    """Writes the minutes and records the approval; never touches widgets."""

    def __init__(self, lib, session_id: str, by: str, path: Path | None, language: str) -> None:
        super().__init__(language=language, target=path)
        self.lib, self.session_id, self.by, self.path = lib, session_id, by, path
        self.approval = None

    def work(self) -> str:
        from workshop.export.approval import approve_minutes

        self.progress.emit(0, 0)
        self.approval = approve_minutes(self.lib, self.session_id, by=self.by, pdf_path=self.path)
        return str(self.path or "")


class ApproveDialog(QDialog):
    """Who approves, and where to save a copy of the approved PDF (optional)."""

    def __init__(self, lib, session, version: int, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.lib, self.session, self.language = lib, session, language
        self.approval = None  # the ApprovalInfo once approved
        self.jobs = JobRunner(self)
        self.setWindowTitle(self.tr("Approve minutes"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The minutes of “%1” are written as an archive PDF (PDF/A-2a) and kept in the "
                "library as version %2, with who approved them, when, and the file's SHA-256 "
                "checksum. The session is then locked: nothing in it can be changed until the "
                "minutes are reopened with a reason. Approving is recorded; it is not undone "
                "with Ctrl+Z."
            )
            .replace("%1", session.title)
            .replace("%2", str(version))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(session.facilitators[0] if session.facilitators else "")
        self.name.setObjectName("approverName")
        self.name.setMaxLength(200)
        form.addRow(self.tr("Approved by:"), self.name)
        layout.addLayout(form)
        self.save_copy = QCheckBox(self.tr("Also save a copy of the approved PDF"))
        self.save_copy.setObjectName("saveCopy")
        layout.addWidget(self.save_copy)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("approvedPdfPath")
        self.path.setAccessibleName(self.tr("File for the copy"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.save_copy.toggled.connect(self._copy_toggled)
        self._copy_toggled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("approveStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.approve_button = buttons.addButton(
            self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setObjectName("approveButton")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _copy_toggled(self, on: bool) -> None:
        self.path.setEnabled(on)
        self.browse.setEnabled(on)
        if on and not self.path.text():
            from workshop.export.formats import suggested_file_name

            name = suggested_file_name(self.session, ".pdf")
            self.path.setText(str(Path.home() / name))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the approved minutes"), self.path.text(), "PDF (*.pdf)"
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        from workshop.errors import VerkstedError
        from workshop.services.approval import check_name

        try:
            by = check_name(self.name.text())
        except VerkstedError as exc:
            self.status.setText(exc.message(self.language))
            self.name.setFocus()
            return
        path = None
        if self.save_copy.isChecked():
            text = self.path.text().strip()
            path = Path(text).expanduser() if text else None
            if path is None or not path.parent.is_dir():
                self.status.setText(self.tr("Choose a file in a folder that exists."))
                return
        self.approve_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Writing the approved minutes…"))
        job = ApproveJob(self.lib, self.session.id, by, path, self.language)
        self._job = job
        self.jobs.start(job, finished=self._done, failed=self._failed)

    def _done(self, _path: str) -> None:
        self.approval = self._job.approval
        self.progress.hide()
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.approve_button.setEnabled(True)
        self.status.setText(self.tr("Not approved: %1").replace("%1", message))

    @property
    def thread(self) -> QThread | None:
        return self.jobs.current_thread

    def wait(self, msecs: int = 30000) -> bool:
        return self.jobs.wait(msecs)

    def finish(self) -> None:
        """Wait for the job's thread to end (before the dialog is deleted)."""
        self.jobs.stop(60000)

    def reject(self) -> None:
        if self.jobs.is_busy():  # the approval is one transaction: let it end, then close
            self.jobs.wait(60000)
        super().reject()


class ReopenDialog(QDialog):
    """Why the approved minutes are reopened (shown in the next version), and by whom."""

    def __init__(self, session, approval, pending: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen minutes"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "The minutes of “%1” were approved by %2 on %3 (version %4). Reopening unlocks the "
            "session; the next approval is version %5, whose minutes give this reason and list "
            "what changed. Reopening is recorded; it is not undone with Ctrl+Z."
        )
        for mark, value in (
            ("%1", session.title),
            ("%2", approval.approved_by),
            ("%3", when(approval.approved_at)),
            ("%4", str(approval.version)),
            ("%5", str(approval.version + 1)),
        ):
            text = text.replace(mark, value)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if pending:
            waiting = QLabel(
                self.tr(
                    "%n change(s) from other copies of the session waited while the minutes were "
                    "approved; they are taken in now.",
                    "",
                    pending,
                )
            )
            waiting.setObjectName("pendingNotice")
            waiting.setWordWrap(True)
            layout.addWidget(waiting)
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Reason:"), self.reason)
        self.by = QLineEdit(session.facilitators[0] if session.facilitators else "")
        self.by.setObjectName("reopenedBy")
        self.by.setMaxLength(200)
        form.addRow(self.tr("Reopened by:"), self.by)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("reopenStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.reopen_button = buttons.addButton(
            self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reopen_button.setObjectName("reopenButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reopen_button.clicked.connect(self._check)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        if not " ".join(self.reason.toPlainText().split()):
            self.status.setText(self.tr("Give the reason for reopening the minutes."))
            self.reason.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.reason.toPlainText(), self.by.text()


class LockBanner(QFrame):
    """Above the run view of a locked session: who approved, when, and how to reopen."""

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBanner")
        self.setStyleSheet(
            "#lockBanner { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
            "#lockBanner QLabel { color: #3d2c00; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        icon = QLabel()
        icon.setPixmap(lock_icon(20, "#8a5a00").pixmap(20, 20))
        row.addWidget(icon)
        self.text = QLabel()
        self.text.setObjectName("lockBannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        self.reopen_button = QPushButton(self.tr("Reopen minutes…"))
        self.reopen_button.setObjectName("bannerReopenButton")
        self.reopen_button.clicked.connect(self.reopen_requested)
        row.addWidget(self.reopen_button)
        self.hide()

    def show_lock(self, approval, pending: int = 0) -> None:
        """Show the lock of ``approval`` (an ApprovalInfo), or hide when None."""
        if approval is None:
            self.hide()
            return
        text = self.tr(
            "Approved minutes, version %1 – approved by %2 on %3. The session is locked: "
            "nothing in it can be changed until the minutes are reopened."
        )
        text = (
            text.replace("%1", str(approval.version))
            .replace("%2", approval.approved_by)
            .replace("%3", when(approval.approved_at))
        )
        if pending:
            text += " " + self.tr(
                "%n change(s) from other copies wait to be taken in.", "", pending
            )
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()
