"""Export the minutes (PDF, HTML) or the notes (CSV, JSON) off the UI thread, with progress and
cancel.

The formats, their labels and file names come from :mod:`workshop.export.formats`, as for the
command line's ``workshop export``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.export.formats import ANONYMOUS, EXPORT_FORMATS, LANGUAGE, export_format
from workshop.i18n import LANGUAGE_NAMES, LANGUAGES, t
from workshop.ui.translation import current_ui_language
from workshop.ui.worker import Job, JobRunner


class ExportWorker(Job):
    """Gathers the minutes through the services and writes the file; never touches widgets."""

    def __init__(
        self, lib, session_id: str, fmt: str, path: Path, language: str, anonymous: bool
    ) -> None:
        super().__init__(language=language, target=Path(path))
        self.lib, self.session_id, self.fmt, self.path = lib, session_id, fmt, Path(path)
        self.anonymous = anonymous

    def work(self) -> str:
        from workshop.services.minutes import build_minutes

        self.progress.emit(0, 0)
        data = build_minutes(
            self.lib, self.session_id, language=self.language, anonymous=self.anonymous
        )
        self._check()
        # written whole or not at all; a cancel during the layout stops it with no file
        export_format(self.fmt).write(data, self.path, progress=self._check)
        return str(self.path)


class ExportDialog(QDialog):
    def __init__(self, lib, session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.lib, self.session = lib, session
        self.jobs = JobRunner(self)
        self.written: str | None = None
        self.ui_language = current_ui_language()

        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for fmt in EXPORT_FORMATS:
            self.format.addItem(t(fmt.label_key, self.ui_language), fmt.id)
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.setAccessibleName(self.tr("Language of the document"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        # the document is in the session's language unless the user picks another
        default = session.language if session.language in LANGUAGES else language
        self.language.setCurrentIndex(max(0, self.language.findData(default)))
        self.anonymous = QCheckBox(self.tr("&Anonymous (leave out authors and names)"), self)
        self.anonymous.setObjectName("exportAnonymous")
        self.anonymous.setAccessibleName(self.tr("Anonymous"))
        self.path = QLineEdit(str(Path.home() / EXPORT_FORMATS[0].file_name(session)), self)
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the file"), self)
        self.open_button.setObjectName("openExportButton")
        self.folder_button = QPushButton(self.tr("Show in &folder"), self)
        self.folder_button.setObjectName("showFolderButton")
        for b in (self.open_button, self.folder_button):
            b.setAccessibleName(b.text().replace("&", ""))
            b.hide()
        self.open_button.clicked.connect(lambda: self._open(self.written))
        self.folder_button.clicked.connect(
            lambda: self._open(str(Path(self.written).parent) if self.written else None)
        )
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("startExportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._cancel_or_close)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.anonymous)
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.path)  # a row of widgets gets no buddy by itself
        form.addRow(file_label, row)
        results = QHBoxLayout()
        results.addWidget(self.open_button)
        results.addWidget(self.folder_button)
        results.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(results)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._mention_conflicts()
        self.resize(640, self.sizeHint().height())

    def _mention_conflicts(self) -> None:
        """Text changed apart on two computers and not settled: say so before exporting."""
        from workshop.services.exchange import conflicted_note_ids

        count = len(conflicted_note_ids(self.lib, self.session.id))
        if count:
            self.status.setText(
                self.tr(
                    "%n note(s) have text changed on two computers and not yet settled "
                    "(Session → Text conflicts…). The minutes show both texts.",
                    "",
                    count,
                )
            )

    def _format_changed(self) -> None:
        fmt = export_format(self.format.currentData())
        current = Path(self.path.text())
        self.path.setText(str(current.with_suffix(fmt.suffix)))
        self.language.setEnabled(LANGUAGE in fmt.options)
        self.anonymous.setEnabled(ANONYMOUS in fmt.options)

    def _browse(self) -> None:
        fmt = export_format(self.format.currentData())
        name_filter = f"{t(fmt.filter_key, self.ui_language)} (*{fmt.suffix})"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), name_filter
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or not path.parent.is_dir():
            self.status.setText(self.tr("Choose a file in a folder that exists."))
            return
        self.written = None
        self.open_button.hide()
        self.folder_button.hide()
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        worker = ExportWorker(
            self.lib,
            self.session.id,
            self.format.currentData(),
            path,
            self.language.currentData(),
            self.anonymous.isChecked(),
        )
        self.jobs.start(
            worker,
            progress=self._progress,
            finished=self._done,
            failed=self._failed,
            cancelled=self._cancelled,
        )

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, path: str) -> None:
        self.written = path
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Saved to %1").replace("%1", path))
        self.open_button.show()
        self.folder_button.show()
        self._idle()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Not exported: %1").replace("%1", message))
        self._idle()

    def _cancelled(self) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Cancelled; no file was written."))
        self._idle()

    def _idle(self) -> None:
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    @property
    def thread(self) -> QThread | None:
        """The running export's thread; None when idle."""
        return self.jobs.current_thread

    def is_busy(self) -> bool:
        return self.jobs.is_busy()

    def _cancel_or_close(self) -> None:
        if self.is_busy():
            self.jobs.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for a running export (tests, closing)."""
        return self.jobs.wait(msecs)

    def reject(self) -> None:
        self.jobs.stop(30000)
        super().reject()

    def _open(self, target: str | None) -> None:
        if target:
            QDesktopServices.openUrl(QUrl.fromLocalFile(target))
