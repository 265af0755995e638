"""Import notes from a CSV file as Excel in Norway writes it.

UTF-8 with or without BOM, or Windows-1252; comma or semicolon. A header names the columns:
``text`` (required), ``principles`` ("3;7"), ``group``, ``step`` (1-based). Empty rows are skipped
and counted. Any bad cell refuses the whole file, naming the line, before anything is written.
A cell Verksted's own CSV export marked as text (``'=SUM(A1:A9)``, see
:mod:`workshop.domain.spreadsheet`) is read back to the text it holds.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.spreadsheet import text_of_cell
from workshop.errors import ImportFileError, VerkstedError
from workshop.services.notes import DraftRefused, NoteDraft, add_notes
from workshop.store.db import Library

MAX_FILE_BYTES = 20 * 1024 * 1024
KNOWN_COLUMNS = {"text", "principles", "group", "step"}
ALIASES = {
    "tekst": "text",
    "innspill": "text",
    "prinsipper": "principles",
    "prinsipp": "principles",
    "principle": "principles",
    "gruppe": "group",
    "steg": "step",
}


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_empty: int
    note_ids: list[str]


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError("csv_encoding", file=str(path)) from None


def _delimiter(header_line: str) -> str:
    semicolons, commas = header_line.count(";"), header_line.count(",")
    if not semicolons and not commas:
        return "\x1f"  # one column: a comma or semicolon in the text is not a cell boundary
    return ";" if semicolons > commas else ","


def _parse_principles(cell: str) -> list[int]:
    parts = [p for p in re.split(r"[;,\s/]+", cell.strip()) if p]
    return [int(p) for p in parts]


def read_csv(path: Path) -> tuple[list[dict[str, str]], int, list[int]]:
    """Rows as dicts with canonical column names, the count of empty rows, and line numbers."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError("csv_too_large", file=str(path), limit="20 MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError("csv_not_found", file=str(path)) from None
    except IsADirectoryError:
        raise ImportFileError("csv_not_found", file=str(path)) from None
    except OSError as exc:
        raise ImportFileError("file_unreadable", file=str(path), detail=exc.strerror) from None
    if b"\x00" in raw[:4096]:
        raise ImportFileError("csv_not_text", file=str(path))
    text = _decode(raw, path)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("csv_no_header", file=str(path)) from None
    except csv.Error as exc:
        raise ImportFileError("csv_bad_line", file=str(path), line=1, detail=str(exc)) from None
    columns = [ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
    if "text" not in columns:
        raise ImportFileError("csv_no_text_column", file=str(path))
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    empty = 0
    try:
        for record in reader:
            line = reader.line_num
            values = {
                col: (text_of_cell(record[i]) if i < len(record) else "")
                for i, col in enumerate(columns)
                if col in KNOWN_COLUMNS
            }
            if not any(v.strip() for v in record):
                empty += 1
                continue
            if len(record) > len(columns) and any(v.strip() for v in record[len(columns) :]):
                raise ImportFileError("csv_extra_cells", file=str(path), line=line)
            rows.append(values)
            lines.append(line)
    except csv.Error as exc:
        raise ImportFileError(
            "csv_bad_line", file=str(path), line=reader.line_num, detail=str(exc)
        ) from None
    return rows, empty, lines


def import_csv(lib: Library, session_id: str, path: Path) -> ImportResult:
    """Check every row, then add all notes in one transaction (all or nothing).

    The notes are captured like any other (:func:`workshop.services.notes.add_notes`): a row it
    refuses refuses the file, naming the row's line.
    """
    path = Path(path)
    rows, empty, lines = read_csv(path)
    # A cell that cannot be read is given a value no framework or agenda has (0: numbers start
    # at 1), so it is refused in its turn, after the rows above it, like any unknown value.
    unreadable: set[int] = set()
    drafts = []
    for index, row in enumerate(rows):
        try:
            principles = _parse_principles(row.get("principles", ""))
        except ValueError:
            principles = [0]
            unreadable.add(index)
        step_cell = row.get("step", "").strip()
        drafts.append(
            NoteDraft(
                row.get("text", ""),
                step_position=(int(step_cell) if step_cell.isdigit() else 0) if step_cell else None,
                group=row.get("group", ""),
                principles=principles,
            )
        )
    try:
        ids = add_notes(lib, session_id, drafts)
    except DraftRefused as exc:
        row = rows[exc.index]
        cell = row["principles"] if exc.index in unreadable else None
        raise _refusal(exc, path, lines[exc.index], row, cell) from None
    return ImportResult(imported=len(ids), skipped_empty=empty, note_ids=ids)


def _refusal(
    exc: DraftRefused, path: Path, line: int, row: dict[str, str], unreadable: str | None
) -> VerkstedError:
    """The note's refusal, told as the file's: which line, and which cell."""
    where = {"file": str(path), "line": line}
    if exc.key == "note_empty":
        return ImportFileError("csv_text_empty", **where)
    if exc.key == "note_too_long":
        return ImportFileError("csv_text_too_long", **where, limit=exc.params["limit"])
    if exc.key == "principle_unknown":
        value = unreadable if unreadable is not None else str(exc.params["value"])
        return ImportFileError("csv_bad_principle", **where, value=value)
    if exc.key == "step_unknown":
        return ImportFileError(
            "csv_bad_step", **where, value=row["step"].strip(), count=exc.params["count"]
        )
    if exc.key == "group_too_long":
        return ImportFileError("csv_bad_group", **where)
    return exc
