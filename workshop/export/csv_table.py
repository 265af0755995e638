"""Writing a CSV file as Excel in Norway reads it, with no cell a spreadsheet would run.

Every CSV Verksted writes — the notes of a session (``export --csv``) and each table of the
period report (``report --csv DIR``, the overview's export) — goes through
:func:`write_csv_table`: UTF-8 with a BOM and semicolons, written whole or not at all
(:mod:`workshop.atomic`), and every text cell passed through
:func:`workshop.domain.spreadsheet.text_cell`, so a note ``=SUM(A1:A9)`` arrives as the text
``'=SUM(A1:A9)``, never as a formula. Numbers stay numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from workshop.atomic import atomic_open
from workshop.domain.spreadsheet import text_cell


def csv_cell(value: Any) -> Any:
    """A value as it is written to a cell: a text made safe, anything else as it is."""
    return text_cell(value) if isinstance(value, str) else value


def write_csv_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write ``header`` and ``rows`` to ``path`` (see the module's text)."""
    with atomic_open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff")
        writer = csv.writer(fh, delimiter=";")
        writer.writerow([csv_cell(h) for h in header])
        writer.writerows([csv_cell(v) for v in row] for row in rows)
