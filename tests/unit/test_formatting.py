"""Numbers, dates, months, durations and statuses as bokmål and English readers write them."""

from __future__ import annotations

from datetime import date

from workshop.domain.formatting import (
    action_status_label,
    decimal,
    format_duration,
    format_seconds,
    long_date,
    month_label,
    number,
)


def test_labels():
    assert month_label("2026-03", "nb") == "mars 2026"
    assert month_label("2026-03", "en", short=True) == "Mar 2026"
    assert month_label("2026-05", "nb", short=True) == "mai 2026"
    assert month_label("2026-09", "nb", short=True) == "sep. 2026"
    assert long_date(date(2026, 3, 1), "nb") == "1. mars 2026"
    assert long_date(date(2026, 3, 1), "en") == "1 March 2026"


def test_numbers_in_bokmaal_and_english():
    assert number(50000, "nb") == "50\u00a0000"
    assert number(50000, "en") == "50,000"


def test_format_duration():
    assert format_duration(95, "en") == "1 h 35 min"
    assert format_duration(120, "en") == "2 h"
    assert format_duration(40, "en") == "40 min"
    assert format_duration(0, "en") == "0 min"
    assert format_duration(95, "nb") == "1 t 35 min"
    assert format_duration(120, "nb") == "2 t"


def test_decimals_round_half_up_with_a_comma_in_bokmal():
    assert decimal(4.0, "nb", 2) == "4,00"
    assert decimal(4.0, "en", 2) == "4.00"
    assert decimal(4.25, "nb") == "4,3"  # as the minutes round it, not to even
    assert decimal(None, "en") == "–"


def test_clock_and_status():
    assert format_seconds(65) == "01:05"
    assert format_seconds(3725) == "1:02:05"
    assert format_seconds(-30) == "−00:30"
    assert format_seconds(0.2, countdown=True) == "00:01"
    assert action_status_label("in-progress", "nb") == "pågår"
    assert action_status_label("in-progress", "en") == "in progress"
    assert action_status_label("archived", "en") == "archived"  # a status from a newer copy


def test_long_dates_in_every_language():
    day = date(2026, 3, 3)  # a Tuesday
    assert long_date(day, "nb", weekday=True) == "tirsdag 3. mars 2026"
    assert long_date(day, "nn", weekday=True) == "tysdag 3. mars 2026"
    assert long_date(day, "en", weekday=True) == "Tuesday 3 March 2026"
    assert long_date(date(2026, 2, 7), "nn", weekday=True) == "laurdag 7. februar 2026"
    assert long_date(day, "nn") == "3. mars 2026"
