"""What the command line prints: results to stdout, messages to stderr, and the JSON shapes of
``--json``.

Every text goes through :func:`workshop.controls.visible` on its way out, so a note, a title or
a file name holding ESC, CR, other control characters or a bidi override (from a CSV, a session
file or a typed argument) is shown as a visible escape (``\\x1b``) and never obeyed by the
terminal; ``--json`` writes them as JSON escapes (``\\u001b``), the data unchanged.
"""

from __future__ import annotations

import json
import sys
from datetime import date

from workshop.controls import json_escaped, visible


def out(text: str = "") -> None:
    """A result (a listing, a created id): stdout."""
    sys.stdout.write(visible(text) + "\n")


def say(text: str) -> None:
    """Anything else: stderr, one line."""
    sys.stderr.write(visible(text, lines=False) + "\n")


def ask(text: str) -> None:
    """A question on stderr, the answer to be typed on the same line."""
    sys.stderr.write(visible(text, lines=False) + " ")
    sys.stderr.flush()


def one_line(text: str) -> str:
    """A multi-line text (a note, an action) on one line of a listing: ``first ⏎ second``."""
    return text.replace("\r\n", "\n").replace("\n", " ⏎ ")


def print_json(obj: object) -> None:
    sys.stdout.write(json_escaped(json.dumps(obj, ensure_ascii=False, indent=2)) + "\n")


def note_json(note, include_deleted: bool) -> dict:
    from workshop.domain.board import CARD_H, CARD_W
    from workshop.services.dto import to_json_ready

    record = {
        "id": note.id,
        "seq": note.seq,
        "text": note.text,
        "principles": list(note.principles),
        "focus_areas": list(note.focus_areas),
        "group": note.group,
        "feedback": note.feedback,
        "step": note.step_position,
        "votes": note.votes,
        "cluster": note.cluster_name,
        "cluster_id": note.cluster_id,
        "colour": note.colour,
        "origin": note.origin,  # "phone": sent from a participant's phone
        "x": note.x,
        "y": note.y,
        "w": CARD_W,
        "h": CARD_H,
        "created_at": to_json_ready(note.created_at),
        "updated_at": to_json_ready(note.updated_at),
    }
    if include_deleted:
        record["deleted"] = note.deleted
    return record


def cluster_json(cluster, frame) -> dict:
    """A cluster and its frame on the board (scene units; None when it was never placed)."""
    return {
        "id": cluster.id,
        "name": cluster.name,
        "x": frame.x if frame else None,
        "y": frame.y if frame else None,
        "w": frame.w if frame else None,
        "h": frame.h if frame else None,
    }


def action_json(action, today: date) -> dict:
    from workshop.services.actions import is_overdue

    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status,
        "session": action.session_id,
        "session_title": action.session_title,
        "comment": action.comment,
        "principles": list(action.principles),
        "notes": list(action.note_ids),
        "story": action.story,
        "overdue": is_overdue(action, today),
    }


def conflict_json(conflict) -> dict:
    return {
        "note": conflict.note_id,
        "seq": conflict.seq,
        "versions": [{"id": v.id, "text": v.text, "device": v.device_id} for v in conflict.heads],
    }
