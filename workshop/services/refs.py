"""Finding a row from what a user typed: a full UUID or a unique prefix of ≥ 4 characters."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select

from workshop.errors import InvalidInputError, NotFoundError
from workshop.store.db import Library

MIN_PREFIX = 4


def resolve_prefix(
    lib: Library, column, ref: str, not_found_key: str, *where: ColumnElement[bool]
) -> str:
    """The one id in ``column`` starting with ``ref`` (within ``where``), or a clear error."""
    ref = ref.strip().lower()
    if len(ref) < MIN_PREFIX:
        raise InvalidInputError("ref_too_short", ref=ref, min=MIN_PREFIX)
    with lib.read() as s:
        ids = s.scalars(select(column).where(column.startswith(ref), *where).limit(2)).all()
    if not ids:
        raise NotFoundError(not_found_key, ref=ref)
    if len(ids) > 1:
        raise InvalidInputError("ref_ambiguous", ref=ref)
    return ids[0]
