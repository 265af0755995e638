"""The formats a session can be exported to, declared once.

The command line's ``workshop export SESSION --pdf|--html|--csv|--json FILE`` and the GUI's export
dialog both iterate :data:`EXPORT_FORMATS`: a flag and a choice per entry, with its label, file
suffix and the options that matter for it. A new format is one entry here and one writer
``write(data: MinutesData, path: Path, **options)`` that writes the file whole or not at all
(:mod:`workshop.atomic`).

Each entry's writer is a short function below that imports its module when a file is written, so
this module stays light — the command line's ``--help`` and the GUI's start read it without
loading ReportLab or SQLAlchemy — while the imports stay plain ``import`` statements that tools
(and the bundle's analysis) can follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from workshop.controls import without_controls

# Options a format can take (``ExportFormat.options``).
LANGUAGE = "language"  # the document's own words follow the chosen language (headings, labels)
ANONYMOUS = "anonymous"  # authors, owners and facilitators can be left out
PROGRESS = "progress"  # the writer reports progress(done, total) and stops if it raises

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: what the user picks, what file it makes, and who writes it."""

    id: str  # the CLI flag (--pdf) and the dialog's item data
    suffix: str  # with the dot: ".pdf"
    label_key: str  # message: the dialog's choice and the flag's help ("Minutes (PDF)")
    filter_key: str  # message: the file dialog's filter ("PDF documents")
    writer: Callable[..., None]  # writer(data, path, **options)
    options: frozenset[str]

    def write(self, data: Any, path: Path, *, progress: Progress | None = None) -> None:
        """Write the session's minutes data (``services.minutes.build_minutes``) to ``path``.

        ``progress`` is passed on where the format reports progress and ignored elsewhere.
        """
        extra: dict[str, Any] = {}
        if progress is not None and PROGRESS in self.options:
            extra["progress"] = progress
        self.writer(data, Path(path), **extra)

    def file_name(self, session) -> str:
        """The name to suggest for ``session`` in this format."""
        return suggested_file_name(session, self.suffix)


def _write_minutes_pdf(data, path: Path, **options) -> None:
    from workshop.export.minutes_pdf import write_minutes_pdf

    write_minutes_pdf(data, path, **options)


def _write_minutes_html(data, path: Path) -> None:
    from workshop.export.minutes_html import write_minutes_html

    write_minutes_html(data, path)


def _write_csv(data, path: Path) -> None:
    from workshop.export.tabular import write_csv

    write_csv(data, path)


def _write_json(data, path: Path) -> None:
    from workshop.export.tabular import write_json

    write_json(data, path)


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        id="pdf",
        suffix=".pdf",
        label_key="file_format_pdf",
        filter_key="file_filter_pdf",
        writer=_write_minutes_pdf,
        options=frozenset({LANGUAGE, ANONYMOUS, PROGRESS}),
    ),
    ExportFormat(
        id="html",
        suffix=".html",
        label_key="file_format_html",
        filter_key="file_filter_html",
        writer=_write_minutes_html,
        options=frozenset({LANGUAGE, ANONYMOUS}),
    ),
    ExportFormat(
        id="csv",
        suffix=".csv",
        label_key="file_format_csv",
        filter_key="file_filter_csv",
        writer=_write_csv,
        options=frozenset({ANONYMOUS}),
    ),
    ExportFormat(
        id="json",
        suffix=".json",
        label_key="file_format_json",
        filter_key="file_filter_json",
        writer=_write_json,
        options=frozenset({ANONYMOUS}),
    ),
)


def export_format(format_id: str) -> ExportFormat:
    """The format with this id; ``KeyError`` for one that does not exist."""
    for fmt in EXPORT_FORMATS:
        if fmt.id == format_id:
            return fmt
    raise KeyError(format_id)


def file_name_part(text: str) -> str:
    """``text`` as part of a file name: no control characters or bidi overrides (an RLO would
    turn ``…fdp.exe`` into ``…exe.pdf``), none of the characters file systems dislike, spaces
    as ``-``, at most 60 characters (``okt`` when nothing is left)."""
    text = without_controls(re.sub(r"[\\/:*?\"<>|\s]+", "-", text.strip()))
    return re.sub(r"-{2,}", "-", text).strip("-.")[:60] or "okt"


def suggested_file_name(session, suffix: str = ".pdf") -> str:
    """``YYYY-MM-DD_<type>_<title>.pdf`` made of :func:`file_name_part` s; the type is left out
    when the title names it already ("Politikerverksted om innovasjon").

    ``session`` needs ``date`` (or None: today), ``template_name`` and ``title``.
    """
    day = (session.date or date.today()).isoformat()
    kind, title = file_name_part(session.template_name), file_name_part(session.title)
    if kind.casefold() in title.casefold():
        return f"{day}_{title}{suffix}"
    return f"{day}_{kind}_{title}{suffix}"
