"""Numbers, dates, months, durations and status labels as readers of each language expect them.

The one place that knows that bokmål and nynorsk write a decimal comma and group thousands with a
space, that their months are lower case and that a date reads "1. mars 2026" (with the weekday,
"tysdag 3. mars 2026" in nynorsk). The PDF documents, the CSV tables, the command line and the GUI
all format through these functions; the GUI passes the language it shows. No Qt here:
conversions to Qt types stay in the GUI.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from workshop.i18n import DEFAULT_LANGUAGE, t

NBSP = "\u00a0"

_MONTHS_NO = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
# Bokmål and nynorsk name the months alike; most weekdays differ.
MONTHS: Final = {
    "nb": _MONTHS_NO,
    "nn": _MONTHS_NO,
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WEEKDAYS: Final = {
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nn": ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def month_names(language: str) -> tuple[str, ...]:
    """January to December in ``language`` (bokmål for an unknown one)."""
    return MONTHS.get(language, MONTHS[DEFAULT_LANGUAGE])


def long_date(day: date, language: str, *, weekday: bool = False) -> str:
    """1. mars 2026 / 1 March 2026; with the weekday: tysdag 3. mars 2026 (nynorsk)."""
    month = month_names(language)[day.month - 1]
    text = f"{day.day} {month} {day.year}" if language == "en" else f"{day.day}. {month} {day.year}"
    if weekday:
        text = f"{WEEKDAYS.get(language, WEEKDAYS[DEFAULT_LANGUAGE])[day.weekday()]} {text}"
    return text


def local_time(moment: datetime) -> datetime:
    """A stored moment (UTC, without a zone) in this computer's local time."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def utc_time(local: datetime) -> datetime:
    """A local moment (without a zone) as the library stores moments: UTC, without a zone."""
    return local.astimezone(UTC).replace(tzinfo=None)


def clock(value: time | datetime) -> str:
    """18:00 – the hour and minute, as every language here writes them."""
    return f"{value.hour:02d}:{value.minute:02d}"


def booked_time(start: time | None, end: time | None) -> str:
    """The booked hours: "18:00–19:30", "18:00" with no end, "" with none."""
    if start is None:
        return ""
    return f"{clock(start)}–{clock(end)}" if end is not None else clock(start)


def session_time(session, language: str) -> str:
    """The booked hours ("18:00–19:30") and, for a finished session, when it ended ("avsluttet
    kl. 19:42"; with the date when that was another day). ``session`` needs ``start_time``,
    ``end_time``, ``finished_at`` and ``date``; "" when it has none of them."""
    booked = booked_time(session.start_time, session.end_time)
    parts = [booked]
    if session.finished_at is not None:
        ended = local_time(session.finished_at)
        if session.date is None or ended.date() == session.date:
            parts.append(t("pdf_finished_at", language, time=clock(ended)))
        else:
            parts.append(t("pdf_finished_on", language, moment=long_moment(ended, language)))
    text = ", ".join(p for p in parts if p)
    return text if booked else text[:1].upper() + text[1:]


def long_moment(moment: datetime, language: str) -> str:
    """3. desember 2026 kl. 17:01 / 3 December 2026 at 17:01."""
    return t("moment_at", language, date=long_date(moment.date(), language), time=clock(moment))


def month_label(month: str, language: str, *, short: bool = False) -> str:
    """``"2026-03"`` as "mars 2026" / "March 2026", or "mar. 2026" / "Mar 2026" when short."""
    year, number_ = month.split("-")
    name = month_names(language)[int(number_) - 1]
    if short:
        name = name[:3] + ("." if language != "en" and len(name) > 3 else "")
    return f"{name} {year}"


def decimal(value: float | None, language: str, places: int = 1) -> str:
    """A number rounded half up, as people round (4.25 → 4.3), with a decimal comma in bokmål and
    nynorsk; "–" for none."""
    if value is None:
        return "–"
    quantum = Decimal(1).scaleb(-places)
    text = str(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))
    return text if language == "en" else text.replace(".", ",")


def number(n: int, language: str) -> str:
    """50 000 in bokmål and nynorsk (non-breaking space), 50,000 in English."""
    text = f"{n:,}"
    return text if language == "en" else text.replace(",", NBSP)


def action_status_label(status: str, language: str) -> str:
    """An action's status in words ("pågår" / "in progress"); an unknown status as it is."""
    key = "action_" + status.replace("-", "_")
    try:
        return t(key, language)
    except KeyError:
        return status


def format_duration(minutes: int, language: str) -> str:
    """A planned length: ``1 t 35 min`` (English ``1 h 35 min``), ``45 min``, ``2 t``."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return t("duration_hours_minutes", language, hours=hours, minutes=rest)
    if hours:
        return t("duration_hours", language, hours=hours)
    return t("duration_minutes", language, minutes=rest)


def format_seconds(seconds: float, *, countdown: bool = False) -> str:
    """A running clock: ``mm:ss`` (``h:mm:ss`` past an hour); overrun shows a leading minus.

    A countdown rounds up, so it reads 00:01 until the time is really up.
    """
    sign = "−" if seconds < 0 else ""
    total = math.ceil(seconds) if countdown and seconds > 0 else int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


ECHO_LIMIT = 40


def echoed(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value from a file, quoted back in a message: one line, at most ``limit`` characters.

    A bad cell or key may be thousands of characters long; the message names it, not repeats it.
    """
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
