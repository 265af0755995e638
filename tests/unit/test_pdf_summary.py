"""The richer minutes: cover, summary (clusters, most-voted, actions, board), agenda as run,
appendix — read back with pypdf, and the pages rendered with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from workshop.export.board_picture import board_picture
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.services import notes as note_service
from workshop.services.actions import add_action, set_action
from workshop.services.minutes import build_minutes
from workshop.services.run import set_step_time
from workshop.services.sessions import get_session, update_session

EXPORTED = datetime(2026, 3, 5, 12, 30)
STEP_SECONDS = [320, 1260, 900, 0, 540, 1500, 400, 150]  # step 4 not timed

HEADINGS_NB = [
    "Innspill per prinsipp",
    "Sammendrag",
    "Klynger",
    "Innspill med flest stemmer",
    "Tiltak",
    "Tavla slik den ble",
    "Agenda slik den ble gjennomført",
    "Innspill etter prinsipp",
    "Ikke koblet til prinsipp",
    "Innspill etter fokusområde",
    "Vedlegg: alle innspill",
]


@pytest.fixture
def demo(lib, demo_session):
    notes = note_service.list_notes(lib, demo_session)
    for step, seconds in zip(get_session(lib, demo_session).steps, STEP_SECONDS, strict=True):
        set_step_time(lib, demo_session, step.id, seconds)
    add_action(
        lib,
        demo_session,
        "ACT-1 Utrede meråpent bibliotek",
        owner="Biblioteksjef Berit",
        due=date(2026, 6, 1),
        note_ids=[notes[2].id],
        principles=[8],
    )
    done = add_action(lib, demo_session, "ACT-2 Flere benker", owner="Teknisk drift")
    set_action(lib, done, status="done", comment="Bestilt 12 benker")
    return demo_session


def _write(lib, session_id, tmp_path, **kwargs):
    data = build_minutes(lib, session_id, exported_at=EXPORTED, **kwargs)
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(data, path)
    reader = PdfReader(path)
    # the lines without the space a tagged PDF keeps at each line break
    pages = [
        "\n".join(line.rstrip(" ") for line in page.extract_text().split("\n"))
        for page in reader.pages
    ]
    return data, path, pages, "\n".join(pages)


def _between(text: str, start: str, end: str) -> str:
    i = text.index(start) + len(start)
    return text[i : text.index(end, i)]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_sections_in_order_and_summary_on_page_two(lib, demo, tmp_path):
    _, _, pages, text = _write(lib, demo, tmp_path)
    pos = 0
    for heading in HEADINGS_NB:
        found = text.find(heading, pos)
        assert found >= 0, heading
        pos = found + len(heading)
    assert "Innspill per prinsipp" in pages[0]
    assert "Sammendrag" not in pages[0]
    assert pages[1].lstrip().startswith("Sammendrag\nKlynger\n")


def test_cover_details_participants_and_chart(lib, demo, tmp_path):
    data, _, pages, _ = _write(lib, demo, tmp_path)
    cover = pages[0]
    for expected in (
        "Temakveld på biblioteket: Et levende",
        "Referat – Temakveld på biblioteket",
        "Gran bibliotek",
        "2026/1234",
        "Kari Nordmann, Ola Hansen",
        "Innbyggere: 21 (faktisk)",
        "Politikere: 5 (faktisk)",
        "Administrasjon: 3 (faktisk)",
        "I alt 29",
        f"Innspill\n{len(data.notes)}",
        f"Stemmer avgitt\n{sum(n.votes for n in data.notes)}",
    ):
        assert expected in cover, expected
    chart = cover[cover.index("Innspill per prinsipp") :]
    for section in data.by_principle:
        p = section.principle
        assert f"{p.number}\n{p.title['nb']}\n{len(section.notes)}\n" in chart, p.number
    assert f"Uten prinsipp\n{len(data.unmapped)}\n" in chart


def test_participants_actual_where_recorded_else_planned(lib, session_id, tmp_path):
    update_session(lib, session_id, participants_actual={"Politikere": 17})
    _, _, pages, _ = _write(lib, session_id, tmp_path)
    assert "Politikere: 17 (faktisk)" in pages[0]
    assert "Administrasjon: 5 (planlagt)" in pages[0]
    assert "I alt 22" in pages[0]


def test_clusters_with_their_notes_and_votes(lib, demo, tmp_path):
    data, _, _, text = _write(lib, demo, tmp_path)
    clusters = _flat(_between(text, "\nKlynger\n", "\nInnspill med flest stemmer\n"))
    assert [s.votes for s in data.by_cluster] == sorted(
        (s.votes for s in data.by_cluster), reverse=True
    )
    last = -1
    for section in data.by_cluster:
        header = f"{section.cluster.name} {len(section.notes)} innspill · {section.votes} stemmer"
        at = clusters.find(header)
        assert at > last, header
        last = at
        for note in section.notes:
            assert _flat(note.text) in clusters, note.text
            assert f"Nr. {data.number(note)}" in clusters


def test_most_voted_in_order(lib, demo, tmp_path):
    data, _, _, text = _write(lib, demo, tmp_path)
    top = _flat(_between(text, "\nInnspill med flest stemmer\n", "\nTiltak\n"))
    assert len(data.top_voted) == 10
    votes = [n.votes for n in data.top_voted]
    assert votes == sorted(votes, reverse=True)
    assert votes[0] == max(n.votes for n in data.notes)
    last = -1
    for rank, note in enumerate(data.top_voted, start=1):
        entry = f"{rank}. {_flat(note.text)} Nr. {data.number(note)} · {note.votes} stemmer"
        at = top.find(entry)
        assert at > last, entry
        last = at


def test_actions_table(lib, demo, tmp_path):
    data, _, _, text = _write(lib, demo, tmp_path)
    actions = _between(text, "\nTiltak\n", "\nTavla slik den ble\n")
    assert "Ansvarlig" in actions and "Frist" in actions and "Status" in actions
    assert "ACT-1 Utrede meråpent bibliotek" in actions
    assert "Biblioteksjef Berit" in actions
    assert "1. juni 2026" in actions.replace("\u00a0", " ")  # the long date, on one line
    assert f"Nr. {data.number(data.notes[2])} · Prinsipp 8" in actions
    assert "ACT-2 Flere benker" in actions and "Bestilt 12 benker" in actions
    assert "gjennomført" in actions and "åpent" in actions


def test_no_actions_no_clusters_no_votes_no_board(lib, session_id, tmp_path):
    note_service.add_note(lib, session_id, "MARK-1 uten plass")
    _, _, _, text = _write(lib, session_id, tmp_path)
    for message in (
        "Innspillene ble ikke samlet i klynger.",
        "Ingen innspill fikk stemmer.",
        "Ingen tiltak er registrert.",
        "Ingen lapper ble plassert på tavla.",
    ):
        assert message in text


def test_board_picture(lib, demo, tmp_path):
    data, _, _, text = _write(lib, demo, tmp_path)
    board = _between(text, "\nTavla slik den ble\n", "\nAgenda slik den ble gjennomført\n")
    assert "Tallene viser til vedlegget, +N er stemmer." in board
    for note in data.notes:  # every card carries its number, voted ones their votes
        assert re.search(rf"(^|\n){data.number(note)}\n", board), data.number(note)
    assert f"+{max(n.votes for n in data.notes)}" in board
    picture = board_picture(data)
    width, height = picture.wrap(481, 700)
    assert width <= 481 + 0.01 and height <= 150 * 72 / 25.4 + 0.01
    assert len(picture.cards) == len(data.notes)
    assert {o.name for o in picture.outlines} == {c.name for c in data.clusters}
    for outline in picture.outlines:  # each cluster outline holds its notes
        members = [n for s in data.by_cluster if s.cluster.name == outline.name for n in s.notes]
        assert all(outline.x0 < n.x and n.x < outline.x1 for n in members)
        assert all(outline.y0 < n.y and n.y < outline.y1 for n in members)
    # the same frames as the board and the command line: the one layout module
    frames = {f"{c.name}": r for c, r in zip(data.clusters, _frames(lib, demo, data), strict=True)}
    for outline in picture.outlines:
        rect = frames[outline.name]
        assert (outline.x0, outline.y0, outline.x1, outline.y1) == (
            rect.x,
            rect.y,
            rect.right,
            rect.bottom,
        )


def _frames(lib, session_id, data):
    from workshop.services.board import cluster_frames

    frames = cluster_frames(lib, session_id)
    return [frames[c.id] for c in data.clusters]


def test_the_demo_board_is_tidy(lib, demo_session):
    """Every cluster of the demo is a container: no overlaps, no strangers, under the headings."""
    from workshop.domain.layout import FRAME_TOP, card_rect
    from workshop.services.board import read_board

    board = read_board(lib, demo_session)
    frames = board.frames()
    assert len(frames) == 6
    for cid, rect in frames.items():
        assert rect.y >= FRAME_TOP
        assert not any(rect.intersects(r) for c, r in frames.items() if c != cid)
        for note, point in board.positions.items():
            if board.membership[note] != cid:
                assert not card_rect(point).intersects(rect)


def test_board_counts_unplaced_notes(lib, demo, tmp_path):
    note_service.add_note(lib, demo, "MARK-U uten plass på tavla")
    _, _, _, text = _write(lib, demo, tmp_path)
    assert "1 innspill ble ikke plassert på tavla." in text


def test_agenda_as_run(lib, demo, tmp_path):
    data, _, _, text = _write(lib, demo, tmp_path)
    agenda = _between(text, "\nAgenda slik den ble gjennomført\n", "\nInnspill etter prinsipp\n")
    assert "Min.\nplanlagt" in agenda and "Min.\nfaktisk" in agenda
    flat = _flat(agenda)
    for step, seconds in zip(data.session.steps, STEP_SECONDS, strict=True):
        actual = str(round(seconds / 60)) if seconds else "–"
        question = f" {_flat(step.question)}" if step.question else ""
        row = (
            f"{step.position} {step.title}{question} {step.minutes} {actual} "
            f"{data.notes_in_step(step)}"
        )
        assert row in flat, row
    total_planned = sum(s.minutes for s in data.session.steps)
    total_actual = sum(round(s / 60) for s in STEP_SECONDS)
    assert f"Sum\n {total_planned}\n {total_actual}\n {len(data.notes)}" in agenda


def test_appendix_numbers_every_note_in_capture_order(lib, demo, tmp_path):
    data, _, _, text = _write(lib, demo, tmp_path)
    appendix = _flat(text[text.index("Vedlegg: alle innspill") :])
    last = -1
    for number, note in enumerate(data.notes, start=1):
        at = appendix.find(f"{number}. {_flat(note.text)}")
        assert at > last, number
        last = at
    first = data.notes[0]
    assert f"Klynge {first.cluster_name}" in appendix


def test_anonymous_leaves_out_every_name(lib, demo, tmp_path):
    note_service.add_note(lib, demo, "MARK-A skrevet av noen", author="Per Forfatter")
    _, path, _, text = _write(lib, demo, tmp_path, anonymous=True)
    for name in ("Kari Nordmann", "Ola Hansen", "Per Forfatter", "Biblioteksjef Berit"):
        assert name not in text
        assert name.encode() not in path.read_bytes()
    assert "Ansvarlig" not in text
    assert "ACT-1 Utrede meråpent bibliotek" in text  # the action stays
    assert "MARK-A skrevet av noen" in text


def test_english_labels(lib, demo, tmp_path):
    _, _, pages, text = _write(lib, demo, tmp_path, language="en")
    for label in (
        "Inputs per principle",
        "Summary",
        "Clusters",
        "Most-voted inputs",
        "Actions",
        "The board as it ended",
        "Agenda as run",
        "Appendix: all inputs",
        "Total 29",
        "Innbyggere: 21 (actual)",
    ):
        assert label in text, label
    assert all(f"page {i} of {len(pages)}" in page for i, page in enumerate(pages, start=1))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_rendered_pages_have_ink_only_inside_the_margins(lib, demo, tmp_path):
    """Render every page with pdftoppm: none is blank, nothing spills into the side margins."""
    from PIL import Image

    _, path, pages, _ = _write(lib, demo, tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(pages)
    for image_path in images:
        with Image.open(image_path) as image:
            grey = image.convert("L")
            w, h = grey.size
            margin = round(w * (20 - 1) / 210)  # 20 mm margins on A4, less a millimetre
            inside = grey.crop((margin, margin, w - margin, h - margin))
            assert inside.getextrema()[0] < 128, f"{image_path.name} is blank"
            for strip in (grey.crop((0, 0, margin, h)), grey.crop((w - margin, 0, w, h))):
                assert strip.getextrema()[0] > 240, f"ink in the side margin of {image_path.name}"
