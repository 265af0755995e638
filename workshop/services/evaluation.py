"""Session evaluation: the room's 1–5 ratings of the session itself, and its keep/change notes.

Ratings are typed in run mode on an ``evaluate`` step (one digit per participant), added from the
command line, or read by the minutes and the period overview. Keep/change notes are ordinary notes
of an evaluate step with their own ``feedback`` field ("keep" or "change"), apart from the
participant group they came from; a note without it whose text starts "Behold: …" / "Endre – …"
(from a CSV file or the command line) counts too. They are captured, filtered, exported and undone
like any other note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from workshop.domain.vocabulary import EVALUATE, FEEDBACK_KINDS
from workshop.errors import InvalidInputError, NotFoundError
from workshop.i18n import LANGUAGES, t
from workshop.services.dto import NoteInfo, SessionInfo, StepInfo
from workshop.store.db import Library
from workshop.store.models import Rating, Step, WorkshopSession, utcnow

RATING_VALUES = (1, 2, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class RatingInfo:
    id: str
    session_id: str
    step_id: str | None
    value: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class RatingSummary:
    """How many gave each value (``counts[0]`` is the count of 1s), how many in all, the mean."""

    counts: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    n: int = 0
    mean: float | None = None  # None when nobody rated

    @classmethod
    def of(cls, counts: dict[int, int]) -> RatingSummary:
        values = tuple(int(counts.get(v, 0)) for v in RATING_VALUES)
        n = sum(values)
        mean = sum(v * c for v, c in zip(RATING_VALUES, values, strict=True)) / n if n else None
        return cls(values, n, mean)  # type: ignore[arg-type]

    def count(self, value: int) -> int:
        return self.counts[value - 1]

    def share(self, value: int) -> float:
        """The part of all ratings that gave ``value`` (0 when nobody rated)."""
        return self.count(value) / self.n if self.n else 0.0

    def as_dict(self) -> dict[str, object]:
        """For JSON: counts keyed "1" … "5", n, and the mean to two decimals (or null)."""
        return {
            "counts": {str(v): c for v, c in zip(RATING_VALUES, self.counts, strict=True)},
            "n": self.n,
            "mean": None if self.mean is None else float(_round(self.mean, "0.01")),
        }


EMPTY_SUMMARY = RatingSummary()


def _round(number: float, places: str) -> Decimal:
    """Half up, as people round (4.25 → 4.3), not half to even."""
    return Decimal(repr(number)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


# --- validation ------------------------------------------------------------------------------


def check_value(value: object) -> int:
    """A rating 1–5 from an int or a string of digits; anything else is refused."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    if number is None or number not in RATING_VALUES:
        raise InvalidInputError("rating_invalid", value=value)
    return number


# --- writing ---------------------------------------------------------------------------------


def add_ratings(
    lib: Library, session_id: str, values: Iterable[object], step_id: str | None = None
) -> list[str]:
    """Store one rating per value, all in one transaction (all or none); their ids, in order."""
    checked = [check_value(v) for v in values]
    if not checked:
        return []
    with lib.write() as s:
        if s.get(WorkshopSession, session_id) is None:
            raise NotFoundError("session_not_found", ref=session_id)
        if step_id is not None:
            step = s.get(Step, step_id)
            if step is None or step.session_id != session_id:
                raise NotFoundError("rating_step_not_found", ref=step_id)
        start = utcnow()
        ratings = [
            Rating(
                session_id=session_id,
                step_id=step_id,
                value=value,
                # distinct stamps keep the typing order even within one transaction
                created_at=start + timedelta(microseconds=i),
            )
            for i, value in enumerate(checked)
        ]
        s.add_all(ratings)
        s.flush()
        return [r.id for r in ratings]


def _info(rating: Rating) -> RatingInfo:
    return RatingInfo(rating.id, rating.session_id, rating.step_id, rating.value, rating.created_at)


def remove_rating(lib: Library, rating_id: str) -> RatingInfo:
    """Delete one rating; returns what it was, so :func:`restore_rating` can bring it back."""
    with lib.write() as s:
        rating = s.get(Rating, rating_id)
        if rating is None:
            raise NotFoundError("rating_not_found", ref=rating_id)
        info = _info(rating)
        s.delete(rating)
        return info


def restore_rating(lib: Library, rating: RatingInfo) -> None:
    """Put a removed rating back with its id, value, step and time (undo of a removal)."""
    with lib.write() as s:
        if s.get(Rating, rating.id) is not None:
            return  # already there (restored twice): nothing to do
        if s.get(WorkshopSession, rating.session_id) is None:
            raise NotFoundError("session_not_found", ref=rating.session_id)
        step_id = rating.step_id
        if step_id is not None and s.get(Step, step_id) is None:
            step_id = None  # the step was removed meanwhile; keep the rating
        s.add(
            Rating(
                id=rating.id,
                session_id=rating.session_id,
                step_id=step_id,
                value=check_value(rating.value),
                created_at=rating.created_at,
            )
        )


# --- reading ---------------------------------------------------------------------------------


def list_ratings(lib: Library, session_id: str) -> list[RatingInfo]:
    """The session's ratings in the order they were given."""
    with lib.read() as s:
        rows = s.scalars(
            select(Rating)
            .where(Rating.session_id == session_id)
            .order_by(Rating.created_at, Rating.id)
        )
        return [_info(r) for r in rows]


def last_rating(lib: Library, session_id: str) -> RatingInfo | None:
    with lib.read() as s:
        rating = s.scalars(
            select(Rating)
            .where(Rating.session_id == session_id)
            .order_by(Rating.created_at.desc(), Rating.id.desc())
            .limit(1)
        ).first()
        return _info(rating) if rating else None


def rating_summary(lib: Library, session_id: str) -> RatingSummary:
    return evaluation_summaries(lib, [session_id])[session_id]


def evaluation_summaries(lib: Library, session_ids: Iterable[str]) -> dict[str, RatingSummary]:
    """The rating summary of each given session, read in one query (empty when none rated)."""
    ids = list(dict.fromkeys(session_ids))
    counts: dict[str, dict[int, int]] = {sid: {} for sid in ids}
    if ids:
        with lib.read() as s:
            rows = s.execute(
                select(Rating.session_id, Rating.value, func.count())
                .where(Rating.session_id.in_(ids))
                .group_by(Rating.session_id, Rating.value)
            )
            for session_id, value, count in rows:
                if value in RATING_VALUES:
                    counts[session_id][value] = count
    return {sid: RatingSummary.of(c) if c else EMPTY_SUMMARY for sid, c in counts.items()}


# --- keep / change notes -----------------------------------------------------------------------


def feedback_labels(language: str) -> tuple[str, str]:
    """The words for "keep" and "change" in ``language`` (the chips, the minutes' headings)."""
    return t("eval_keep", language), t("eval_change", language)


def _feedback_words() -> dict[str, str]:
    words = {"beholde": "keep", "behalde": "keep"}  # the infinitive, as in "Beholde: …"
    for language in LANGUAGES:
        keep, change = feedback_labels(language)
        words[keep.casefold()] = "keep"
        words[change.casefold()] = "change"
    return words


PREFIX = re.compile(r"\s*([^\W\d_]+)(?:\s*:|\s+[–—-])")  # "Behold: …", "Endre – …", "Keep - …"


def feedback_kind(feedback: str, text: str = "") -> str | None:
    """ "keep", "change" or None for a note: its feedback field, else a leading word and colon
    or dash in its text ("Beholde: …", "Endre – …", in any language and case)."""
    if feedback in FEEDBACK_KINDS:
        return feedback
    if match := PREFIX.match(text):
        return _feedback_words().get(match.group(1).casefold())
    return None


@dataclass(frozen=True)
class SessionEvaluation:
    """What the minutes show of the evaluation: ratings and the evaluate steps' notes."""

    summary: RatingSummary
    steps: list[StepInfo] = field(default_factory=list)  # the session's evaluate steps
    keep: list[NoteInfo] = field(default_factory=list)  # capture order
    change: list[NoteInfo] = field(default_factory=list)
    other: list[NoteInfo] = field(default_factory=list)  # evaluate-step notes without either

    @property
    def shown(self) -> bool:
        """Worth a section: the agenda had an evaluate step, or someone rated anyway."""
        return bool(self.steps) or self.summary.n > 0

    @property
    def notes(self) -> list[NoteInfo]:
        return [*self.keep, *self.change, *self.other]


def session_evaluation(
    lib: Library, session: SessionInfo, notes: Sequence[NoteInfo]
) -> SessionEvaluation:
    """The ratings of ``session`` and its evaluate steps' (live) notes sorted into keep/change."""
    steps = [s for s in session.steps if s.kind == EVALUATE]
    step_ids = {s.id for s in steps}
    sorted_notes: dict[str | None, list[NoteInfo]] = {"keep": [], "change": [], None: []}
    for note in notes:
        if note.step_id in step_ids and not note.deleted:
            sorted_notes[feedback_kind(note.feedback, note.text)].append(note)
    return SessionEvaluation(
        summary=rating_summary(lib, session.id),
        steps=steps,
        keep=sorted_notes["keep"],
        change=sorted_notes["change"],
        other=sorted_notes[None],
    )
