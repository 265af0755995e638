"""Moving a session between laptops: pack it into a ``.verksted`` file, unpack and merge.

Merging is a pure function of what both sides have seen, so every copy reaches the same state
whatever the order of merges:

* rows: per field, the value with the later stamp wins (ties: the later device id, then the
  non-empty value); a deletion is the pseudo-field ``_deleted`` of the same row, kept in a
  tombstone while the row is gone;
* note text: the union of all versions; the shown text is the latest head, and two heads are a
  conflict the facilitator resolves (see :func:`resolve_conflict`);
* votes: per device the larger count of adds and of removes, summed for display.

The whole merge runs in one transaction of the library; ``dry_run`` rolls it back after
counting, so the summary it shows is exactly what an import would do.

The package: :mod:`.pack` packs and unpacks (the orchestration), :mod:`.merge` merges the rows,
:mod:`.conflicts` lists and settles text conflicts.
"""

from workshop.services.exchange.conflicts import (
    TextConflict,
    TextVersion,
    conflicted_note_ids,
    list_conflicts,
    resolve_conflict,
)
from workshop.services.exchange.merge import MergeSummary, TableCounts
from workshop.services.exchange.pack import (
    PackResult,
    PurgedSessionError,
    pack_session,
    unpack_session,
)

__all__ = [
    "MergeSummary",
    "PackResult",
    "PurgedSessionError",
    "TableCounts",
    "TextConflict",
    "TextVersion",
    "conflicted_note_ids",
    "list_conflicts",
    "pack_session",
    "resolve_conflict",
    "unpack_session",
]
