"""The overview out: the report PDF (written off the UI thread) and the tables as CSV files.

A part of :class:`workshop.ui.overview.view.OverviewView` (mixed into it). It uses the view's
``overview``, ``language``, ``jobs`` (a JobRunner), ``written``, ``period()``, ``pdf_button`` and
``_say()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QFileDialog

from workshop.export.overview_csv import write_overview_csv
from workshop.ui.overview.report import ReportWorker


class OverviewExports:
    """Export report (PDF) and Export tables (CSV)."""

    def _file_stem(self) -> str:
        start, end = self.period()
        stem = self.tr("overview", "the start of the exported files' names")
        return f"{stem}_{start.isoformat()}_{end.isoformat()}"

    def export_report(self) -> None:
        if self.overview is None or self.is_busy():
            return
        suggested = str(Path.home() / f"{self._file_stem()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.pdf_button.setEnabled(False)
        self._say(self.tr("Writing the report…"))
        self.jobs.start(
            ReportWorker(self.overview, Path(path), self.language),
            finished=self._report_done,
            failed=self._report_failed,
        )

    def _report_done(self, path: str) -> None:
        self.written.append(path)
        self.pdf_button.setEnabled(True)
        self._say(self.tr("Saved to %1").replace("%1", path))

    def _report_failed(self, message: str) -> None:
        self.pdf_button.setEnabled(True)
        self._say(self.tr("Not exported: %1").replace("%1", message))

    @property
    def thread(self) -> QThread | None:
        """The thread writing the report; None when idle."""
        return self.jobs.current_thread

    def is_busy(self) -> bool:
        return self.jobs.is_busy()

    def wait(self, msecs: int = 60000) -> bool:
        """Wait for a report being written (tests, closing)."""
        return self.jobs.wait(msecs)

    def export_tables(self) -> None:
        if self.overview is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export the tables to a folder"), str(Path.home())
        )
        if not folder:
            return
        target = Path(folder) / self._file_stem()
        try:
            written = write_overview_csv(self.overview, target, self.language)
        except OSError as exc:
            self._say(self.tr("Not exported: %1").replace("%1", f"{target}: {exc.strerror or exc}"))
            return
        self.written.extend(str(p) for p in written)
        self._say(self.tr("Saved %n table(s) to %1", "", len(written)).replace("%1", str(target)))
