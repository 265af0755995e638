"""The period overview as CSV files: one per table, as Excel in Norway reads them."""

from __future__ import annotations

from pathlib import Path

from workshop.export.csv_table import write_csv_table
from workshop.services.overview import Overview, overview_tables


def write_overview_csv(ov: Overview, directory: Path, language: str | None = None) -> list[Path]:
    """One CSV per table (``sessions.csv``, ``inputs_by_principle.csv`` …) into ``directory``
    (made if missing): UTF-8 with BOM and semicolons like the notes CSV, no cell a formula, each
    file written whole or not at all (:func:`~workshop.export.csv_table.write_csv_table`).
    Returns the files written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in overview_tables(ov, language):
        path = directory / f"{table.name}.csv"
        write_csv_table(path, table.columns, table.rows)
        written.append(path)
    return written
