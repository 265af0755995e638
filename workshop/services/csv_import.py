"""Import notes from a CSV file as Excel in Norway writes it.

UTF-8 with or without BOM, or Windows-1252; comma or semicolon. A header names the columns:
``text`` (required), ``principles`` ("3;7"), ``group``, ``step`` (1-based). Empty rows are skipped
and counted. Any bad cell refuses the whole file, naming the line, before anything is written.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from workshop.errors import ImportFileError, InvalidInputError, NotFoundError
from workshop.services.notes import clean_text
from workshop.store.db import Library
from workshop.store.models import Note, NotePrinciple, Step, WorkshopSession

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
                col: (record[i] if i < len(record) else "")
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
    """Check every row, then add all notes in one transaction (all or nothing)."""
    path = Path(path)
    rows, empty, lines = read_csv(path)
    with lib.write() as s:
        ws = s.get(WorkshopSession, session_id)
        if ws is None:
            raise NotFoundError("session_not_found", ref=session_id)
        known_principles = {p["number"] for p in ws.framework_snapshot["principles"]}
        steps = dict(
            s.execute(select(Step.position, Step.id).where(Step.session_id == session_id)).all()
        )
        prepared = []
        for row, line in zip(rows, lines, strict=True):
            try:
                text = clean_text(row.get("text", ""))
            except InvalidInputError as exc:
                if exc.key == "note_empty":
                    raise ImportFileError("csv_text_empty", file=str(path), line=line) from None
                raise ImportFileError(
                    "csv_text_too_long", file=str(path), line=line, limit=exc.params["limit"]
                ) from None
            try:
                principles = _parse_principles(row.get("principles", ""))
            except ValueError:
                raise ImportFileError(
                    "csv_bad_principle", file=str(path), line=line, value=row["principles"]
                ) from None
            for n in principles:
                if n not in known_principles:
                    raise ImportFileError(
                        "csv_bad_principle", file=str(path), line=line, value=str(n)
                    )
            step_cell = row.get("step", "").strip()
            step_id = None
            if step_cell:
                if not step_cell.isdigit() or int(step_cell) not in steps:
                    raise ImportFileError(
                        "csv_bad_step", file=str(path), line=line, value=step_cell, count=len(steps)
                    )
                step_id = steps[int(step_cell)]
            group = row.get("group", "").strip()
            if len(group) > 100:
                raise ImportFileError("csv_bad_group", file=str(path), line=line)
            prepared.append((text, principles, group, step_id))
        seq = s.scalar(
            select(func.coalesce(func.max(Note.seq), 0)).where(Note.session_id == session_id)
        )
        ids = []
        for text, principles, group, step_id in prepared:
            seq += 1
            note = Note(
                session_id=session_id,
                seq=seq,
                step_id=step_id,
                text=text,
                participant_group=group,
                device_id=lib.device_id,
            )
            s.add(note)
            s.flush()
            for n in dict.fromkeys(principles):
                s.add(NotePrinciple(note_id=note.id, principle=n, device_id=lib.device_id))
            ids.append(note.id)
    return ImportResult(imported=len(ids), skipped_empty=empty, note_ids=ids)
