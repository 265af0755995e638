"""CSV and JSON export of a session's notes: the same content as the minutes, machine-readable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workshop.atomic import atomic_open
from workshop.export.csv_table import write_csv_table
from workshop.i18n import t
from workshop.services.attachments import MEDIA_TYPE, PhotoInfo
from workshop.services.csv_import import CSV_HEADINGS
from workshop.services.dto import ActionInfo, NoteInfo, to_json_ready
from workshop.services.evaluation import EMPTY_SUMMARY
from workshop.services.minutes import MinutesData

CSV_COLUMNS = (
    "number",
    "id",
    "text",
    "step",
    "step_title",
    "group",
    "feedback",
    "colour",
    "principles",
    "focus_areas",
    "cluster",
    "votes",
    "author",
    "created_at",
    "origin",
)


def note_record(data: MinutesData, note: NoteInfo, number: int) -> dict[str, Any]:
    step = data.session.step_by_id(note.step_id)
    return {
        "number": number,
        "id": note.id,
        "text": note.text,
        "step": step.position if step else None,
        "step_title": step.title if step else "",
        "group": note.group,
        "feedback": note.feedback,
        "colour": note.colour,
        "principles": list(note.principles),
        "focus_areas": list(note.focus_areas),
        "cluster": note.cluster_name,
        "votes": note.votes,
        "author": None if data.anonymous else note.author,
        "created_at": note.created_at.isoformat(),
        "origin": note.origin,  # "phone": sent from a participant's phone; "" (null) typed in
    }


def csv_headers(language: str) -> dict[str, str]:
    """The notes CSV's column headings in ``language`` (the JSON keys are CSV_COLUMNS)."""
    return {column: t(key, language) for column, key in CSV_HEADINGS.items()}


def write_csv(data: MinutesData, path: Path) -> None:
    """UTF-8 with BOM and semicolons, so Excel in Norway opens it as columns; the headings in
    the export's language (and read back by the CSV import in any of them); no cell is a
    formula (:mod:`workshop.export.csv_table`)."""
    headers = csv_headers(data.language)
    write_csv_table(
        path,
        [headers[c] for c in CSV_COLUMNS],
        (_csv_row(data, note, i) for i, note in enumerate(data.notes, start=1)),
    )


def _csv_row(data: MinutesData, note: NoteInfo, number: int) -> list[Any]:
    rec = note_record(data, note, number)
    rec["principles"] = ";".join(str(n) for n in rec["principles"])
    rec["focus_areas"] = ";".join(rec["focus_areas"])
    rec["cluster"] = rec["cluster"] or ""
    rec["author"] = rec["author"] or ""
    rec["step"] = "" if rec["step"] is None else rec["step"]
    return [rec[c] for c in CSV_COLUMNS]


# The JSON export is documented by a JSON Schema shipped with the package
# (resources/verksted-export.schema.json); a reader checks these two keys first.
JSON_FORMAT = "verksted-minutes"
JSON_VERSION = 1


def minutes_json(data: MinutesData) -> dict[str, Any]:
    """The session as the minutes show it. Empty values follow one rule everywhere: a text
    that is absent or empty is ``null``, never ``""``; lists and tables without items are empty."""
    s = data.session
    session = to_json_ready(s)
    if data.anonymous:
        session["facilitators"] = []
    return _empty_texts_as_null(
        {
            "format": JSON_FORMAT,
            "version": JSON_VERSION,
            **_minutes_content(data, session),
        }
    )


def _empty_texts_as_null(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _empty_texts_as_null(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_empty_texts_as_null(v) for v in value]
    return None if value == "" else value


def _minutes_content(data: MinutesData, session: dict[str, Any]) -> dict[str, Any]:
    return {
        "session": session,
        "framework": {"id": data.framework.id, "name": data.framework.name[data.language]},
        "clusters": [to_json_ready(c) for c in data.clusters],
        "notes": [note_record(data, n, i) for i, n in enumerate(data.notes, start=1)],
        "actions": [action_record(data, a) for a in data.actions],
        "evaluation": evaluation_record(data),
        "attachments": [attachment_record(data, p.info) for p in data.photos],
    }


def attachment_record(data: MinutesData, photo: PhotoInfo) -> dict[str, Any]:
    """A photo without its bytes: the JPEG itself stays in the library (and the minutes' PDF)."""
    step = data.session.step_by_id(photo.step_id)
    return {
        "id": photo.id,
        "step": step.position if step else None,
        "step_title": step.title if step else "",
        "caption": photo.caption,
        "media_type": MEDIA_TYPE,
        "width": photo.width,
        "height": photo.height,
        "size": photo.size,
    }


def evaluation_record(data: MinutesData) -> dict[str, Any]:
    """The ratings (counts 1–5, n, mean) and the numbers of the keep/change notes."""
    evaluation = data.evaluation
    summary = evaluation.summary if evaluation else EMPTY_SUMMARY
    record: dict[str, Any] = {"ratings": summary.as_dict()}
    for kind in ("keep", "change", "other"):
        notes = getattr(evaluation, kind) if evaluation else []
        record[kind] = [data.numbers[n.id] for n in notes if n.id in data.numbers]
    return record


def action_record(data: MinutesData, action: ActionInfo) -> dict[str, Any]:
    return {
        "id": action.id,
        "text": action.text,
        "owner": None if data.anonymous else action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
        "comment": action.comment,
        "principles": list(action.principles),
        "notes": [data.numbers[i] for i in action.note_ids if i in data.numbers],
    }


def write_json(data: MinutesData, path: Path) -> None:
    with atomic_open(path, "w", encoding="utf-8", newline="") as fh:
        json.dump(minutes_json(data), fh, ensure_ascii=False, indent=2)
