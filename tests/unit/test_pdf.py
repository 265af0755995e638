"""PDF minutes (and CSV/JSON export): structure, escaping, fonts, metadata, page footers."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from workshop.domain.framework import load_default_framework
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.tabular import CSV_COLUMNS, csv_headers, minutes_json, write_csv, write_json
from workshop.services import notes as note_service
from workshop.services.minutes import build_minutes
from workshop.services.sessions import create_session, update_session

TITLE = "Referat & oppsummering <Gran>"
FACILITATORS = ["Kari Nordmann", "Ola Hansen"]
ESCAPED = "<b>Tom & Jerry</para> <post@x.no>"
ENTITIES = "5 &lt; 6 &amp; 7"
SAMI = "á č đ ŋ š ŧ ž"
CYRILLIC = "Привет"
EVAL = "ekstern-vurdering"
DIGITAL = "digitalt-forstevalg"

# marker -> (principles, focus areas); every marker is unique in the document
NOTES = {
    "MARK-01": ([3, 7], [EVAL, DIGITAL]),
    "MARK-02": ([1], []),
    "MARK-03": ([], [EVAL]),
    "MARK-04": ([], []),
    "MARK-06": ([], []),
    "MARK-07": ([10], []),
    "MARK-08": ([7], []),
}
DELETED = "MARK-05"
LONG_WORD = "zqx"


def _long_text() -> str:
    head, tail = "LONGSTART ", " LONGEND"
    body_len = 5000 - len(head) - len(tail)
    body = " ".join([LONG_WORD] * ((body_len + 1) // 4))
    body = body + "y" * (body_len - len(body))
    text = head + body + tail
    assert len(text) == 5000
    return text


@pytest.fixture
def minutes_session(lib) -> str:
    session_id = create_session(
        lib,
        "politician-workshop",
        TITLE,
        session_date=date(2026, 3, 4),
        place="Gran rådhus",
        facilitators=FACILITATORS,
        participants={"Politikere": 20},
        archive_ref="2026/77",
    )
    update_session(lib, session_id, participants_actual={"Politikere": 17})
    texts = {
        "MARK-01": "MARK-01 Mer samarbeid",
        "MARK-02": "MARK-02 Positivt",
        "MARK-03": "MARK-03 Bare fokusområde",
        "MARK-04": "MARK-04 Første linje\nandre linje",
        "MARK-06": f"MARK-06 {ESCAPED} {ENTITIES}",
        "MARK-07": f"MARK-07 {SAMI} {CYRILLIC}",
        "MARK-08": "MARK-08 Brukerne",
    }
    for marker, (principles, areas) in NOTES.items():
        note_service.add_note(
            lib,
            session_id,
            texts[marker],
            principles=principles,
            focus_areas=areas,
            step_position=2 if marker == "MARK-02" else None,
            group="Politikere" if marker == "MARK-02" else "",
            author="Per Forfatter" if marker == "MARK-08" else None,
        )
    gone = note_service.add_note(lib, session_id, f"{DELETED} slettet", principles=[1])
    note_service.set_notes_deleted(lib, session_id, [gone], True)
    note_service.add_note(lib, session_id, _long_text(), principles=[5])
    return session_id


def _write_pdf(lib, session_id, tmp_path, **kwargs) -> PdfReader:
    data = build_minutes(lib, session_id, exported_at=datetime(2026, 3, 5, 12, 30), **kwargs)
    path = tmp_path / "referat.pdf"
    write_minutes_pdf(data, path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed into place
    return PdfReader(path)


def _text(reader: PdfReader) -> str:
    """The text of every page; lines without the space a tagged PDF keeps at each line break."""
    pages = "\n".join(page.extract_text() for page in reader.pages)
    return "\n".join(line.rstrip(" ") for line in pages.split("\n"))


def _headings(language: str) -> list[str]:
    fw = load_default_framework()
    if language == "nb":
        principle = [f"Prinsipp {p.number} – {p.title['nb']}" for p in fw.principles]
        return [
            "Innspill etter prinsipp",
            *principle,
            "Ikke koblet til prinsipp",
            "Innspill etter fokusområde",
            *[fa.title["nb"] for fa in fw.focus_areas],
            "Vedlegg: alle innspill",
        ]
    if language == "nn":
        principle = [f"Prinsipp {p.number} – {p.title['nn']}" for p in fw.principles]
        return [
            "Innspel etter prinsipp",
            *principle,
            "Ikkje kopla til prinsipp",
            "Innspel etter fokusområde",
            *[fa.title["nn"] for fa in fw.focus_areas],
            "Vedlegg: alle innspel",
        ]
    principle = [f"Principle {p.number} – {p.title['en']}" for p in fw.principles]
    return [
        "Inputs by principle",
        *principle,
        "Not mapped",
        "Inputs by focus area",
        *[fa.title["en"] for fa in fw.focus_areas],
        "Appendix: all inputs",
    ]


def _sections(text: str, headings: list[str]) -> tuple[str, dict[str, str]]:
    """The text before the first heading and each heading's section, found strictly in order."""
    positions = []
    start = 0
    for heading in headings:
        pos = text.find(heading, start)
        assert pos >= 0, f"heading {heading!r} missing or out of order"
        positions.append(pos)
        start = pos + len(heading)
    sections = {}
    for i, heading in enumerate(headings):
        end = positions[i + 1] if i + 1 < len(headings) else len(text)
        sections[heading] = text[positions[i] + len(heading) : end]
    return text[: positions[0]], sections


def _expected_sections(language: str) -> dict[str, set[str]]:
    """Which markers belong under which heading."""
    fw = load_default_framework()
    headings = _headings(language)
    p_heading = {p.number: headings[1 + i] for i, p in enumerate(fw.principles)}
    fa_heading = {fa.id: headings[13 + i] for i, fa in enumerate(fw.focus_areas)}
    expected: dict[str, set[str]] = {h: set() for h in headings}
    for marker, (principles, areas) in NOTES.items():
        for n in principles:
            expected[p_heading[n]].add(marker)
        if not principles:
            expected[headings[11]].add(marker)
        for fa in areas:
            expected[fa_heading[fa]].add(marker)
        expected[headings[-1]].add(marker)  # the appendix lists every note once
    return expected


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_note_appears_once_in_each_of_its_sections(lib, minutes_session, tmp_path, language):
    text = _text(_write_pdf(lib, minutes_session, tmp_path, language=language))
    headings = _headings(language)
    front, sections = _sections(text, headings)
    expected = _expected_sections(language)
    for marker in NOTES:
        assert marker not in front
        for heading, body in sections.items():
            want = 1 if marker in expected[heading] else 0
            assert body.count(marker) == want, (marker, heading)
    # MARK-01 (principles 3 and 7) twice before "Not mapped", plus once per focus area and
    # once in the appendix
    not_mapped = text.index(headings[11])
    assert text[:not_mapped].count("MARK-01") == 2
    assert text.count("MARK-01") == 5
    assert DELETED not in text


def test_principle_headings_in_order_even_without_inputs(lib, session_id, tmp_path):
    note_service.add_note(lib, session_id, "MARK-99 bare ett", principles=[4])
    text = _text(_write_pdf(lib, session_id, tmp_path))
    headings = _headings("nb")
    _, sections = _sections(text, headings)
    for n in range(1, 11):
        body = sections[headings[n]]
        if n == 4:
            assert "MARK-99" in body
            assert "Ingen innspill er koblet hit." not in body
        else:
            assert "Ingen innspill er koblet hit." in body, n
            assert "MARK-99" not in body
    assert "Alle innspill er koblet til minst ett prinsipp." in sections[headings[11]]
    for fa_heading in headings[13:-1]:
        assert "Ingen innspill er koblet hit." in sections[fa_heading]
    assert "MARK-99" in sections[headings[-1]]  # the appendix


def test_empty_session_english(lib, session_id, tmp_path):
    text = _text(_write_pdf(lib, session_id, tmp_path, language="en"))
    headings = _headings("en")
    _, sections = _sections(text, headings)
    for heading in headings[1:11]:
        assert "No inputs are mapped here." in sections[heading]
    assert "Every input is mapped to at least one principle." in sections["Not mapped"]
    assert "Prinsipp" not in text
    # labels follow the export language; the agenda and type keep the session's own (nb) text
    assert "Minutes – Politikerverksted" in text
    assert "Session type\nPolitikerverksted" in text
    assert "Nyskapingshistorier" in text


def test_unmapped_notes_and_note_details(lib, minutes_session, tmp_path):
    text = _text(_write_pdf(lib, minutes_session, tmp_path))
    _, sections = _sections(text, _headings("nb"))
    not_mapped = sections["Ikke koblet til prinsipp"]
    for marker in ("MARK-03", "MARK-04", "MARK-06"):
        assert marker in not_mapped
    assert "MARK-04 Første linje\nandre linje" in not_mapped
    p1 = sections[_headings("nb")[1]]
    assert "Steg 2. Nyskapingshistorier · Gruppe Politikere" in p1
    p7 = sections[_headings("nb")[7]]
    assert "Skrevet av Per Forfatter" in p7


def test_user_text_is_escaped_and_kept_literally(lib, minutes_session, tmp_path):
    text = _text(_write_pdf(lib, minutes_session, tmp_path))
    assert f"MARK-06 {ESCAPED} {ENTITIES}" in text
    assert TITLE in text
    assert SAMI in text
    assert CYRILLIC in text
    assert "Gran rådhus" in text
    assert "Politikere: 17 (faktisk)" in text


def test_control_characters_do_not_break_the_pdf(lib, session_id, tmp_path):
    note_service.add_note(lib, session_id, "MARK-11 bjelle\x07 og \x1b escape")
    text = _text(_write_pdf(lib, session_id, tmp_path))
    assert "MARK-11 bjelle" in text
    assert "\x07" not in text and "\x1b" not in text


def test_long_note_is_included_whole(lib, minutes_session, tmp_path):
    long_text = _long_text()
    stored = [n.text for n in note_service.list_notes(lib, minutes_session)]
    assert long_text in stored
    reader = _write_pdf(lib, minutes_session, tmp_path)
    text = _text(reader)
    assert len(reader.pages) >= 3
    # once under principle 5 and once in the appendix, whole each time
    assert text.count("LONGSTART") == 2
    assert text.count("LONGEND") == 2
    assert text.count(LONG_WORD) == 2 * long_text.count(LONG_WORD)
    sections = _sections(text, _headings("nb"))[1]
    for body in (sections[_headings("nb")[5]], sections[_headings("nb")[-1]]):
        start, end = body.index("LONGSTART"), body.index("LONGEND")
        assert start < end
        assert body[start:end].count(LONG_WORD) == long_text.count(LONG_WORD)


@pytest.mark.parametrize(
    ("language", "footer"),
    [("nb", "side {} av {}"), ("nn", "side {} av {}"), ("en", "page {} of {}")],
)
def test_page_footer_on_every_page(lib, minutes_session, tmp_path, language, footer):
    reader = _write_pdf(lib, minutes_session, tmp_path, language=language)
    total = len(reader.pages)
    assert total >= 3
    for i, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert footer.format(i, total) in page_text
        assert footer.format(i, total + 1) not in page_text
        exported = {  # the language's long date, as everywhere in the document
            "nb": "Eksportert 5. mars 2026 kl. 12:30",
            "nn": "Eksportert 5. mars 2026 kl. 12:30",
            "en": "Exported 5 March 2026 at 12:30",
        }[language]
        assert exported in page_text
        if i > 1:
            assert TITLE in page_text  # running header


def _fonts(resources, seen: set[int]) -> list:
    """Every font dictionary reachable from a resource dictionary, including form XObjects."""
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        found.extend(f.get_object() for f in fonts.get_object().values())
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobj in xobjects.get_object().values():
            xobj = xobj.get_object()
            if id(xobj) in seen:
                continue
            seen.add(id(xobj))
            if xobj.get("/Subtype") == "/Form":
                found.extend(_fonts(xobj.get("/Resources"), seen))
    return found


def test_only_embedded_dejavu_fonts(lib, minutes_session, tmp_path):
    reader = _write_pdf(lib, minutes_session, tmp_path)
    base_fonts = set()
    for page in reader.pages:
        fonts = _fonts(page.get("/Resources"), set())
        assert fonts, "a page without fonts"
        for font in fonts:
            base = str(font["/BaseFont"])
            assert "DejaVuSans" in base, base
            descriptor_owner = font
            if font.get("/Subtype") == "/Type0":
                descriptor_owner = font["/DescendantFonts"][0].get_object()
            descriptor = descriptor_owner["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, base
            base_fonts.add(base.split("+")[-1])
    assert "DejaVuSans" in base_fonts
    assert base_fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    raw = (tmp_path / "referat.pdf").read_bytes()
    for standard in (b"Helvetica", b"Times-Roman", b"Courier", b"ZapfDingbats", b"Symbol"):
        assert standard not in raw


def test_metadata(lib, minutes_session, tmp_path):
    meta = _write_pdf(lib, minutes_session, tmp_path).metadata
    assert meta["/Title"] == TITLE
    assert meta["/Author"] == "Kari Nordmann, Ola Hansen"
    assert meta["/Subject"] == "Referat fra Politikerverksted"
    assert "Brukerperspektivet" in meta["/Keywords"]
    assert meta["/Creator"] == "Verksted"


def test_metadata_english(lib, minutes_session, tmp_path):
    meta = _write_pdf(lib, minutes_session, tmp_path, language="en").metadata
    assert meta["/Subject"].strip()
    assert meta["/Keywords"].strip()
    assert "Positive expectations" in meta["/Keywords"]


def test_anonymous_leaves_names_out(lib, minutes_session, tmp_path):
    normal = _text(_write_pdf(lib, minutes_session, tmp_path))
    assert "Kari Nordmann" in normal and "Per Forfatter" in normal
    reader = _write_pdf(lib, minutes_session, tmp_path, anonymous=True)
    text = _text(reader)
    for name in (*FACILITATORS, "Per Forfatter"):
        assert name not in text
        assert all(name not in str(v) for v in reader.metadata.values())
    assert "Prosessleder" not in text
    assert not reader.metadata.get("/Author")
    assert "MARK-08 Brukerne" in text  # the note itself stays
    assert reader.metadata["/Title"] == TITLE


def test_failed_write_leaves_no_file(lib, minutes_session, tmp_path):
    data = build_minutes(lib, minutes_session)
    target = tmp_path / "missing-folder" / "referat.pdf"
    with pytest.raises(OSError):
        write_minutes_pdf(data, target)
    assert not (tmp_path / "missing-folder").exists()


def test_progress_follows_the_layout_and_can_stop_it(lib, minutes_session, tmp_path):
    data = build_minutes(lib, minutes_session)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "referat.pdf"
    write_minutes_pdf(data, target, progress=lambda done, total: seen.append((done, total)))
    assert target.read_bytes().startswith(b"%PDF-")
    assert len(seen) > 3
    assert len({total for _, total in seen}) == 1  # one estimate
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})  # only forward
    assert seen[-1][0] == seen[-1][1]  # and to the end

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done * 2 > total:
            raise Stop

    with pytest.raises(Stop):
        write_minutes_pdf(data, out / "stopped.pdf", progress=stop)
    assert sorted(p.name for p in out.iterdir()) == ["referat.pdf"]


# --- CSV and JSON ---------------------------------------------------------------------------


def test_json_export(lib, minutes_session, tmp_path):
    path = tmp_path / "referat.json"
    write_json(build_minutes(lib, minutes_session), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["session"]["title"] == TITLE
    assert data["session"]["facilitators"] == FACILITATORS
    assert data["framework"]["id"] == "gran-innovasjonsplakaten"
    notes = {n["text"].split(" ")[0]: n for n in data["notes"]}
    assert DELETED not in notes
    assert len(data["notes"]) == len(NOTES) + 1
    assert [n["number"] for n in data["notes"]] == list(range(1, len(NOTES) + 2))
    for marker, (principles, areas) in NOTES.items():
        assert notes[marker]["principles"] == sorted(principles)
        assert notes[marker]["focus_areas"] == sorted(areas)
    assert notes["MARK-02"]["step"] == 2
    assert notes["MARK-02"]["step_title"] == "Nyskapingshistorier"
    assert notes["MARK-02"]["group"] == "Politikere"
    assert notes["MARK-04"]["step"] is None
    assert notes["MARK-04"]["text"] == "MARK-04 Første linje\nandre linje"
    assert notes["MARK-07"]["text"] == f"MARK-07 {SAMI} {CYRILLIC}"
    assert notes["MARK-08"]["author"] == "Per Forfatter"
    assert notes["LONGSTART"]["text"] == _long_text()


def test_json_export_anonymous(lib, minutes_session, tmp_path):
    path = tmp_path / "referat.json"
    write_json(build_minutes(lib, minutes_session, anonymous=True), path)
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["session"]["facilitators"] == []
    assert all(n["author"] is None for n in data["notes"])
    for name in (*FACILITATORS, "Per Forfatter"):
        assert name not in raw


def test_csv_export(lib, minutes_session, tmp_path):
    path = tmp_path / "referat.csv"
    write_csv(build_minutes(lib, minutes_session), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=";")
        headings = csv_headers("nb")  # a bokmål export: bokmål headings, in the columns' order
        rows = [{key: row[headings[key]] for key in CSV_COLUMNS} for row in reader]
        assert tuple(reader.fieldnames) == tuple(headings[key] for key in CSV_COLUMNS)
    assert reader.fieldnames[:3] == ["Nr.", "ID", "Tekst"]
    assert {"number", "text", "principles", "focus_areas", "step", "votes"} <= set(CSV_COLUMNS)
    by_marker = {r["text"].split(" ")[0]: r for r in rows}
    assert len(rows) == len(NOTES) + 1
    assert by_marker["MARK-01"]["principles"] == "3;7"
    assert by_marker["MARK-01"]["focus_areas"] == f"{DIGITAL};{EVAL}"
    assert by_marker["MARK-02"]["step"] == "2"
    assert by_marker["MARK-04"]["step"] == ""
    assert by_marker["MARK-04"]["text"] == "MARK-04 Første linje\nandre linje"
    assert by_marker["MARK-06"]["text"] == f"MARK-06 {ESCAPED} {ENTITIES}"
    assert by_marker["MARK-08"]["author"] == "Per Forfatter"
    assert by_marker["LONGSTART"]["text"] == _long_text()
    assert [r["number"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]


def test_csv_headings_follow_the_export_language_and_json_keys_stay(lib, minutes_session, tmp_path):
    for language, text in (("nb", "Tekst"), ("nn", "Tekst"), ("en", "Text")):
        path = tmp_path / f"referat-{language}.csv"
        data = build_minutes(lib, minutes_session, language=language)
        write_csv(data, path)
        header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
        assert header == [csv_headers(language)[key] for key in CSV_COLUMNS]
        assert header[2] == text
        assert set(json.loads(json.dumps(minutes_json(data)))["notes"][0]) >= set(CSV_COLUMNS)
    assert csv_headers("nb")["principles"] == "Prinsipper"
    assert csv_headers("en")["focus_areas"] == "Focus areas"


def test_csv_export_anonymous_and_round_trip(lib, minutes_session, session_id, tmp_path):
    from workshop.services.csv_import import import_csv

    path = tmp_path / "referat.csv"
    write_csv(build_minutes(lib, minutes_session, anonymous=True), path)
    assert "Per Forfatter" not in path.read_text(encoding="utf-8-sig")
    # the exported file imports again: same texts, principles and steps
    result = import_csv(lib, session_id, path)
    assert result.imported == len(NOTES) + 1
    original = [(n.text, n.principles) for n in note_service.list_notes(lib, minutes_session)]
    copied = [(n.text, n.principles) for n in note_service.list_notes(lib, session_id)]
    assert copied == original
