"""Faithful to the letter: emoji, scripts the font lacks, right-to-left text; PDF, CSV, JSON."""

from __future__ import annotations

import csv
import json
import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader

from workshop.export import bidi
from workshop.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from workshop.export.markup import canvas_line, drawable, font_cmap, pdf_text
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.tabular import csv_headers, write_csv, write_json
from workshop.services import notes as note_service
from workshop.services.board import create_cluster
from workshop.services.minutes import build_minutes

HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
EMOJI_NOTE = "MARK-E1 Bussen 🚌 går for sjelden 👍🏽 👨‍👩‍👧 🇳🇴 ☺"
CJK_NOTE = "MARK-C1 中文 tekst"


@pytest.fixture(autouse=True)
def _fonts():
    register_fonts()


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _covered() -> frozenset[int]:
    return font_cmap(REGULAR) | font_cmap(BOLD) | font_cmap(ITALIC)


# --- placeholders ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buss 🚌!", "Buss [emoji: bus]!"),
        ("👍🏽 bra", "[emoji: thumbs up sign] bra"),
        ("👨‍👩‍👧", "[emoji: man + woman + girl]"),
        ("🇳🇴", "[emoji: flag NO]"),
        ("中文", "[U+4E2D U+6587]"),
        ("☺ ♥ ✓", "☺ ♥ ✓"),  # DejaVu Sans draws these itself
        ("á č đ ŋ š ŧ ž Привет", "á č đ ŋ š ŧ ž Привет"),
        ("<&>", "<&>"),
    ],
)
def test_placeholders_only_for_what_the_font_lacks(text, expected):
    assert drawable(text, REGULAR) == expected


def test_placeholder_output_is_always_drawable():
    covered = font_cmap(REGULAR)
    samples = ["🚌🚲🛴", "🏴‍☠️", "1️⃣", "👩🏾‍🚀", "𝕏", "\U0010ffff", "\ue000", "ᚠᛇᚻ", "a\u3000b"]
    for sample in samples:
        out = drawable(sample, REGULAR)
        assert all(ord(ch) in covered for ch in out), (sample, out)


def test_markup_escapes_after_placeholders():
    assert pdf_text("🚌 <b>&", REGULAR) == "[emoji: bus] &lt;b&gt;&amp;"


def test_emoji_become_placeholders_in_the_pdf_and_stay_exact_in_csv_json(lib, session_id, tmp_path):
    note_service.add_note(lib, session_id, EMOJI_NOTE, principles=[2])
    note_service.add_note(lib, session_id, CJK_NOTE)
    data = build_minutes(lib, session_id, exported_at=datetime(2026, 3, 5))
    pdf = tmp_path / "r.pdf"
    write_minutes_pdf(data, pdf)
    text = " ".join(_text(pdf).split())  # a long placeholder may wrap
    placeholder = (
        "MARK-E1 Bussen [emoji: bus] går for sjelden [emoji: thumbs up sign] "
        "[emoji: man + woman + girl] [emoji: flag NO] ☺"
    )
    assert text.count(placeholder) == 2  # under principle 2 and in the appendix
    assert text.count("MARK-C1 [U+4E2D U+6587] tekst") == 2  # not mapped, appendix
    for ch in "🚌👍🏽👨👩👧🇳🇴中文":
        assert ch not in text
    missing = {ch for ch in text if ord(ch) not in _covered() and not ch.isspace()}
    assert not missing  # never a box

    write_json(data, tmp_path / "r.json")
    notes = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["notes"]
    assert [n["text"] for n in notes] == [EMOJI_NOTE, CJK_NOTE]
    write_csv(data, tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["Tekst"] for r in rows] == [EMOJI_NOTE, CJK_NOTE]  # a bokmål export


def test_emoji_in_title_cluster_and_group_are_drawable(lib, tmp_path):
    from workshop.services.sessions import create_session

    sid = create_session(lib, "library-evening", "Kveld 🌙 i biblioteket", facilitators=["Åse"])
    note = note_service.add_note(lib, sid, "MARK-G1 hei", group="Unge 🎮", x=10, y=80)
    create_cluster(lib, sid, "Spill 🎲", [note])
    path = tmp_path / "r.pdf"
    write_minutes_pdf(build_minutes(lib, sid), path)
    text = _text(path)
    assert "Kveld [emoji: crescent moon] i biblioteket" in text  # title and running header
    assert "Gruppe Unge [emoji: video game]" in text
    assert "Spill [emoji: game die]" in text
    missing = {ch for ch in text if ord(ch) not in _covered() and not ch.isspace()}
    assert not missing


# --- right to left --------------------------------------------------------------------------


# visual orders checked against the reference implementation of UAX #9 (python-bidi)
@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("שלום עולם", "םלוע םולש"),
        ("Hello שלום עולם world", "Hello םלוע םולש world"),
        ("مرحبا بالعالم 2026", "2026 ملاعلاب ابحرم"),
        ("abc 123 אבג 456 def", "abc 123 456 גבא def"),
        ("א 12.5% ב", "ב 12.5% א"),
        ("טקסט עם 3 מספרים ו-5 עוד", "דוע 5-ו םירפסמ 3 םע טסקט"),
        ("a (b) ג (ד) e", "a (b) )ד( ג e"),
        ("עברית (English text) עברית", "תירבע )English text( תירבע"),
        ("שלום!!", "!!םולש"),
        ("نص 1,234.56 نص", "صن 1,234.56 صن"),
    ],
)
def test_bidi_visual_order(logical, visual):
    base = bidi.base_level(logical)
    levels = bidi.levels(logical, base)
    assert "".join(logical[i] for i in bidi.visual_order(levels)) == visual


def test_bidi_lines_fit_and_keep_every_character():
    text = ("שלום עולם " * 30).strip() + "\nשורה שנייה"
    lines = list(bidi.break_lines(text, 120, lambda s: 6.0 * len(s)))
    assert len(lines) > 3
    assert all(6.0 * len(line) <= 120 for line, _ in lines)
    assert all(base == 1 for _, base in lines)
    joined = "".join(line for line, _ in lines)
    assert sorted(joined.replace(" ", "")) == sorted(text.replace(" ", "").replace("\n", ""))


def test_canvas_line_for_rtl_is_shaped():
    line, shaped = canvas_line(f"{HEBREW} 🚌", REGULAR)
    assert shaped
    assert "[emoji: bus]" in line
    assert canvas_line("Vanlig tekst", REGULAR) == ("Vanlig tekst", False)


def test_right_to_left_notes_keep_their_characters_and_order(lib, session_id, tmp_path):
    note_service.add_note(lib, session_id, f"{HEBREW}", principles=[1])
    note_service.add_note(lib, session_id, f"{ARABIC}", principles=[1])
    long_hebrew = " ".join(["מילה"] * 300)
    note_service.add_note(lib, session_id, long_hebrew, principles=[2])
    path = tmp_path / "rtl.pdf"
    write_minutes_pdf(build_minutes(lib, session_id), path)
    text = _text(path)
    # pypdf turns right-to-left runs drawn in visual order back into logical order, so the
    # logical text is found only when the words were drawn right to left
    assert text.count(HEBREW) == 2  # principle 1 and the appendix
    assert HEBREW[::-1] not in text
    normal = unicodedata.normalize("NFKC", text)  # Arabic is drawn in its joined forms
    assert normal.count(ARABIC) == 2
    # the long note is broken into lines and keeps every word, twice (principle 2, appendix)
    words = [w for w in normal.split() if "מילה" in w]
    assert len(words) == 2 * 300
    missing = {ch for ch in text if ord(ch) not in _covered() and not ch.isspace()}
    assert not missing


def test_rtl_text_is_right_aligned(lib, session_id, tmp_path):
    """The Hebrew line ends at the right margin: its last glyph is far right on the page."""
    note_service.add_note(lib, session_id, HEBREW, principles=[1])
    path = tmp_path / "rtl.pdf"
    write_minutes_pdf(build_minutes(lib, session_id), path)
    positions = []

    def visit(text, cm, tm, font, size):
        if any("\u0590" <= ch <= "\u05ff" for ch in text):
            positions.append(tm[4] * cm[0] + cm[4])

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    assert positions
    assert min(positions) > 400  # A4 is 595 pt wide; the left margin starts at 57 pt


def test_rtl_lines_are_not_wrapped_again_by_reportlab(lib, session_id):
    """Lines broken here fit the frame, so ReportLab draws them as they are, in visual order."""
    from reportlab.lib.pagesizes import A4

    from workshop.export.minutes_pdf import _NoteWriter
    from workshop.export.page_kit import MARGIN
    from workshop.export.page_kit import styles as paragraph_styles

    text = " ".join(f"מילה{i} (test) 12.5%" for i in range(120))
    note_id = note_service.add_note(lib, session_id, text, principles=[1])
    data = build_minutes(lib, session_id)
    note = next(n for n in data.notes if n.id == note_id)
    width = A4[0] - 2 * MARGIN
    styles = paragraph_styles()
    for style, form, bullet in (
        (styles["note"], "note", None),
        (styles["appendix"], "appendix", "1."),
    ):
        paragraph, meta = _NoteWriter(data, width).flowables(note, style, form, bullet)
        expected = paragraph.text.count("<br/>") + 1
        assert expected > 5
        paragraph.wrap(width, 10_000)
        assert len(paragraph.blPara.lines) == expected
        assert paragraph.style.alignment == 2  # right aligned (TA_RIGHT)
        assert paragraph.style.shaping
        assert "Nr. 1" in meta.text or "Prinsipp 1" in meta.text


def test_without_harfbuzz_rtl_tokens_are_drawn_in_visual_order(monkeypatch):
    """Should uharfbuzz be missing, Hebrew still reads right to left (Arabic then unjoined)."""
    base = bidi.base_level(HEBREW)
    levels = bidi.levels(HEBREW, base)
    assert bidi.visual_line(HEBREW, levels, base) == "עולם שלום"  # for HarfBuzz: words logical
    monkeypatch.setattr(bidi, "shaping_available", lambda: False)
    assert bidi.visual_line(HEBREW, levels, base) == "םלוע םולש"  # drawn as it stands


def test_rtl_in_titles_and_details_is_in_visual_order(lib, tmp_path):
    """Short fields (title, group, step) are ordered whole and drawn unshaped."""
    from workshop.services.sessions import create_session

    sid = create_session(lib, "library-evening", f"Møte {HEBREW}", place=HEBREW)
    note_service.add_note(lib, sid, "MARK-H1 tekst", group=HEBREW, step_position=2)
    assert pdf_text(f"Møte {HEBREW}", REGULAR) == "Møte םלוע םולש"
    path = tmp_path / "r.pdf"
    write_minutes_pdf(build_minutes(lib, sid), path)
    text = _text(path)
    assert f"Møte {HEBREW}" in text  # pypdf reads visual right-to-left runs back logically
    assert f"Gruppe {HEBREW}" in text


@pytest.mark.parametrize(
    ("language", "mark"), [("nb", "fra mobil"), ("nn", "frå mobil"), ("en", "from a phone")]
)
def test_a_note_from_a_phone_is_marked_in_the_minutes_csv_and_json(
    lib, session_id, tmp_path, language, mark
):
    note_service.add_note(lib, session_id, "MARK-P1 Skrevet på laptopen", principles=[3])
    note_service.add_note(
        lib, session_id, "MARK-P2 Sendt fra en mobil", principles=[3], origin="phone"
    )
    data = build_minutes(lib, session_id, language=language, exported_at=datetime(2026, 3, 5))
    pdf = tmp_path / "r.pdf"
    write_minutes_pdf(data, pdf)
    text = " ".join(_text(pdf).split())
    # Under its principle and in the appendix, the mark follows the phone's note only.
    assert text.count(mark) == 2
    for chunk in text.split("MARK-P")[1:]:
        assert (mark in chunk.split("MARK-")[0]) == chunk.startswith("2")
    from workshop.export.minutes_html import write_minutes_html

    write_minutes_html(data, tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count(mark) == 2
    for chunk in html.split("MARK-P")[1:]:
        assert (mark in chunk.split("MARK-")[0]) == chunk.startswith("2")
    write_json(data, tmp_path / "r.json")
    notes = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["notes"]
    assert [n["origin"] for n in notes] == [None, "phone"]  # empty texts are null in JSON
    write_csv(data, tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    origin = csv_headers(language)["origin"]  # the heading in the export's language
    assert [r[origin] for r in rows] == ["", "phone"]
