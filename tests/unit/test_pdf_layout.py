"""The minutes read as a document: the booked time and the actual end on the cover, dates in the
language's long form, words never broken mid-word (long ones hyphenated between syllables), and
no detail line of a note alone at the top of a page."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader

from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.page_kit import SOFT_HYPHEN, hyphenate, syllable_breaks
from workshop.services.actions import add_action
from workshop.services.minutes import build_minutes
from workshop.services.notes import add_note
from workshop.services.sessions import create_session, update_session

EXPORTED = datetime(2026, 3, 5, 12, 30)


def pages(lib, session_id, tmp_path, **kwargs) -> list[str]:
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(build_minutes(lib, session_id, exported_at=EXPORTED, **kwargs), path)
    return [p.extract_text().replace("\u00a0", " ") for p in PdfReader(path).pages]


def local_to_stored(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "Tid 18:00–19:30, avsluttet kl. 19:42"),
        ("nn", "Tid 18:00–19:30, avslutta kl. 19:42"),
        ("en", "Time 18:00–19:30, ended at 19:42"),
    ],
)
def test_the_cover_has_the_booked_time_and_the_actual_end(
    lib, session_id, tmp_path, language, expected
):
    update_session(lib, session_id, start_time=time(18, 0), end_time=time(19, 30))
    cover = " ".join(pages(lib, session_id, tmp_path, language=language)[0].split())
    assert expected.split(",")[0] in cover  # booked, not yet finished
    assert "ended" not in cover and "avslutt" not in cover
    ended = local_to_stored(datetime(2026, 3, 4, 19, 42))
    update_session(lib, session_id, status="finished", finished_at=ended)
    cover = " ".join(pages(lib, session_id, tmp_path, language=language)[0].split())
    assert expected in cover


def test_a_session_that_ended_on_another_day_says_which(lib, session_id, tmp_path):
    ended = local_to_stored(datetime(2026, 3, 5, 0, 20))  # past midnight
    update_session(lib, session_id, status="finished", finished_at=ended)
    cover = " ".join(pages(lib, session_id, tmp_path)[0].split())
    assert "Tid avsluttet 5. mars 2026 kl. 00:20" in cover.replace("Tid Avsluttet", "Tid avsluttet")


def test_no_word_breaks_mid_word_in_the_actions_table(lib, session_id, tmp_path):
    note = add_note(lib, session_id, "Lys i gatene")
    add_action(
        lib,
        session_id,
        "Invitere ungdomsrådet til et eget møte om et sted å være etter skolen",
        owner="Kommunedirektøren",
        due=date(2027, 1, 2),
        note_ids=[note],
    )
    text = "\n".join(pages(lib, session_id, tmp_path))
    assert "Kommunedirektøren" in text  # on one line, not "Kommunedirektøre" + "n"
    assert "2. januar 2027" in text  # the due date in words, on one line
    assert "2027-01-02" not in text


def test_a_word_wider_than_its_column_is_hyphenated_between_syllables():
    assert syllable_breaks("Kommunedirektøren") == [3, 5, 7, 9, 12, 14]
    assert hyphenate("Kommunedirektøren", 500) == "Kommunedirektøren"  # it fits: untouched
    narrow = hyphenate("Kommunedirektøren i Gran", 40)
    assert narrow.replace(SOFT_HYPHEN, "") == "Kommunedirektøren i Gran"
    assert narrow.split(" ")[0].split(SOFT_HYPHEN) == ["Kom", "mu", "ne", "di", "rek", "tø", "ren"]
    assert hyphenate("https://gran.kommune.no/x", 20) == "https://gran.kommune.no/x"  # no letters
    assert syllable_breaks("Gran") == []  # short words stay whole


@pytest.mark.parametrize("count", [23, 34, 43])  # sizes that put a note at the foot of page 3
def test_no_detail_line_goes_alone_onto_the_next_page(lib, tmp_path, count):
    session_id = create_session(lib, "politician-workshop", f"Verksted {count}")
    for i in range(count):
        text = " ".join(
            ["Lys i gatene langs elva og et bedre busstilbud på kveldstid"] * (1 + i % 3)
        )
        add_note(lib, session_id, text, principles=[1 + i % 3], group="Politikere")
    for number, page in enumerate(pages(lib, session_id, tmp_path)[1:], start=2):
        first = next(line for line in page.splitlines() if line.strip())
        assert not re.match(r"\s*Nr\. \d+ ·", first), f"page {number} starts with {first!r}"


def test_the_html_minutes_say_the_same_of_the_time(lib, session_id, tmp_path):
    from workshop.export.minutes_html import write_minutes_html

    update_session(lib, session_id, start_time=time(18, 0), end_time=time(19, 30))
    ended = local_to_stored(datetime(2026, 3, 4, 19, 42))
    update_session(lib, session_id, status="finished", finished_at=ended)
    path = tmp_path / "referat.html"
    write_minutes_html(build_minutes(lib, session_id, exported_at=EXPORTED), path)
    assert "18:00–19:30, avsluttet kl. 19:42" in path.read_text(encoding="utf-8")


def test_every_csv_column_has_a_heading_in_every_language():
    from workshop.export.tabular import CSV_COLUMNS, csv_headers
    from workshop.i18n import LANGUAGES

    for language in LANGUAGES:
        headings = csv_headers(language)
        assert set(headings) == set(CSV_COLUMNS), language
        assert len(set(headings.values())) == len(CSV_COLUMNS), language  # none twice
