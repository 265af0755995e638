"""The report PDF, written off the UI thread from an immutable overview."""

from __future__ import annotations

from pathlib import Path

from workshop.services.overview import Overview
from workshop.ui.worker import Job


class ReportWorker(Job):
    """Writes the report PDF from an immutable overview; never touches widgets or the library."""

    def __init__(self, overview: Overview, path: Path, language: str) -> None:
        super().__init__(language=language, target=Path(path))
        self.overview, self.path = overview, Path(path)

    def work(self) -> str:
        from workshop.export.report import write_report_pdf

        write_report_pdf(self.overview, self.path, self.language)
        return str(self.path)
