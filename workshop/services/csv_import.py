"""Import notes from a CSV file as Excel in Norway writes it.

UTF-8 with or without BOM, or Windows-1252 (a file mixing the two is refused, naming the line);
comma or semicolon. Ordinary files only, at most :data:`MAX_FILE_BYTES`, never read past it; a
NUL character anywhere is refused with its line. A header names the columns: ``text``
(required), ``principles`` ("3;7"), ``group``, ``step`` (1-based). Empty rows are skipped and
counted. Any bad cell refuses the whole file, naming the line, before anything is written.
A cell Verksted's own CSV export marked as text (``'=SUM(A1:A9)``, see
:mod:`workshop.domain.spreadsheet`) is read back to the text it holds.
"""

from __future__ import annotations

import csv
import gc
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.formatting import echoed
from workshop.domain.spreadsheet import text_of_cell
from workshop.errors import ImportFileError, VerkstedError
from workshop.i18n import LANGUAGES, t
from workshop.incoming import NotAFileError, TooLargeError, read_limited
from workshop.services.notes import DraftRefused, NoteDraft, add_notes
from workshop.store.db import Library

MAX_FILE_BYTES = 20 * 1024 * 1024
KNOWN_COLUMNS = {"text", "principles", "group", "step"}
# The headings of the notes CSV that Verksted exports (workshop.export.tabular), column by column:
# written in the export's language, read back here in any language.
CSV_HEADINGS = {
    "number": "csv_number",
    "id": "csv_id",
    "text": "csv_text",
    "step": "csv_step",
    "step_title": "csv_step_title",
    "group": "csv_group",
    "feedback": "csv_feedback",
    "colour": "csv_colour",
    "principles": "csv_principles",
    "focus_areas": "csv_focus_areas",
    "cluster": "csv_cluster",
    "votes": "csv_votes",
    "author": "csv_author",
    "created_at": "csv_created_at",
    "origin": "csv_origin",
}
ALIASES = {
    "tekst": "text",
    "innspill": "text",
    "prinsipper": "principles",
    "prinsipp": "principles",
    "principle": "principles",
    "gruppe": "group",
    "steg": "step",
    # the headings of Verksted's own CSV export, in every language
    **{
        t(key, language).casefold(): column
        for column, key in CSV_HEADINGS.items()
        if column in KNOWN_COLUMNS
        for language in LANGUAGES
    },
}


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_empty: int
    note_ids: list[str]


# UTF-8 sequences of the letters and signs a Norwegian text holds (U+0080–U+00FF: æ, ø, å, «, °;
# U+2000–U+20BF: ’, “, –, …, €; emoji). As Windows-1252 each reads as "Ã¥", "â€™", "ðŸ": in a text
# in Windows-1252 they do not occur, so a file with both them and bytes that are not UTF-8 is
# mixed, and is refused rather than read with its UTF-8 half garbled ("blåbær" → "blÃ¥bÃ¦r").
_UTF8_MARKS = re.compile(
    rb"[\xc2\xc3][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]|\xf0\x9f[\x80-\xbf]{2}"
)


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; a mix of both is refused by line."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom:
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    if bom or _UTF8_MARKS.search(raw):
        raise ImportFileError("csv_mixed_encoding", file=str(path), line=_line_of(raw, bad_at))
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportFileError("csv_encoding", file=str(path)) from None


def _read_file(path: Path) -> bytes:
    """The file's bytes: an ordinary file only, never read past :data:`MAX_FILE_BYTES`."""
    try:
        return read_limited(path, MAX_FILE_BYTES)
    except TooLargeError:
        raise ImportFileError("csv_too_large", file=str(path), limit="20 MB") from None
    except NotAFileError as exc:
        if exc.kind == "directory":
            raise ImportFileError("csv_not_found", file=str(path)) from None
        raise ImportFileError("file_not_regular", file=str(path)) from None
    except FileNotFoundError:
        raise ImportFileError("csv_not_found", file=str(path)) from None
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise ImportFileError("file_unreadable", file=str(path), detail=detail) from None


def _delimiter(header_line: str) -> str:
    semicolons, commas = header_line.count(";"), header_line.count(",")
    if not semicolons and not commas:
        return "\x1f"  # one column: a comma or semicolon in the text is not a cell boundary
    return ";" if semicolons > commas else ","


# A number in a cell: ASCII digits only (int() also takes "²" and "١", and refuses 4,301 digits
# with its own error), and few enough of them that no framework or agenda can be shorter.
_NUMBER = re.compile(r"[0-9]{1,9}")


def _number(cell: str) -> int:
    """A cell's number; ValueError for anything else (caught, and the cell named)."""
    if not _NUMBER.fullmatch(cell):
        raise ValueError(cell)
    return int(cell)


def _parse_principles(cell: str) -> list[int]:
    parts = [p for p in re.split(r"[;,\s/]+", cell.strip()) if p]
    return [_number(p) for p in parts]


def _step_position(cell: str) -> int | None:
    """The 1-based step of a row; 0 (no step has it, so it is refused) when unreadable."""
    cell = cell.strip()
    if not cell:
        return None
    try:
        return _number(cell)
    except ValueError:
        return 0


def read_csv(path: Path) -> tuple[list[dict[str, str]], int, list[int]]:
    """Rows as dicts with canonical column names, the count of empty rows, and line numbers."""
    raw = _read_file(path)
    nul = raw.find(b"\x00")
    if 0 <= nul < 4096:  # a binary file (a picture, a spreadsheet, UTF-16), not a CSV
        raise ImportFileError("csv_not_text", file=str(path), line=_line_of(raw, nul))
    if nul >= 0:
        raise ImportFileError("csv_nul", file=str(path), line=_line_of(raw, nul))
    text = _decode(raw, path)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("csv_no_header", file=str(path)) from None
    except csv.Error as exc:
        raise ImportFileError("csv_bad_line", file=str(path), line=1, detail=str(exc)) from None
    columns = [ALIASES.get(h.strip().casefold(), h.strip().casefold()) for h in header]
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
    refuses refuses the file, naming the row's line. Every row is read and checked before the
    write lock is taken, and the insert itself is short, so other writers wait only briefly.
    """
    with _collector_paused():
        return _import_csv(lib, session_id, Path(path))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hundreds of thousands of short-lived objects without cycles: the cyclic garbage collector
    would scan them again and again (two fifths of a large import's time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import_csv(lib: Library, session_id: str, path: Path) -> ImportResult:
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
        drafts.append(
            NoteDraft(
                row.get("text", ""),
                step_position=_step_position(row.get("step", "")),
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
        return ImportFileError("csv_bad_principle", **where, value=echoed(value))
    if exc.key == "step_unknown":
        return ImportFileError(
            "csv_bad_step", **where, value=echoed(row["step"].strip()), count=exc.params["count"]
        )
    if exc.key == "group_too_long":
        return ImportFileError("csv_bad_group", **where)
    return exc
