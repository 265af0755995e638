"""The period overview as CSV files: one per table, as Excel in Norway reads them."""

from __future__ import annotations

import csv
from pathlib import Path

from workshop.atomic import atomic_open
from workshop.services.overview import Overview, overview_tables


def write_overview_csv(ov: Overview, directory: Path, language: str | None = None) -> list[Path]:
    """One CSV per table (``sessions.csv``, ``inputs_by_principle.csv`` …) into ``directory``
    (made if missing): UTF-8 with BOM and semicolons like the notes CSV, each file written
    whole or not at all. Returns the files written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in overview_tables(ov, language):
        path = directory / f"{table.name}.csv"
        with atomic_open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write("\ufeff")
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(table.columns)
            writer.writerows(table.rows)
        written.append(path)
    return written
