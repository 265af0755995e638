"""PDF/A-2b markers and what they require, checked one by one (no validator runs here)."""

from __future__ import annotations

import re
import struct
from datetime import datetime

import pikepdf
import pytest
from pypdf import PdfReader

from workshop.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from workshop.export.markup import font_cmap
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.pdfa import srgb_profile
from workshop.services import notes as note_service
from workshop.services.actions import add_action
from workshop.services.minutes import build_minutes

STANDARD_14 = (
    b"Helvetica",
    b"Times-Roman",
    b"Times-Bold",
    b"Courier",
    b"Symbol",
    b"ZapfDingbats",
)


@pytest.fixture
def demo_pdf(lib, demo_session, tmp_path):
    """The demo session (clusters, votes, board positions) with an action, as PDF."""
    first = note_service.list_notes(lib, demo_session)[0]
    add_action(lib, demo_session, "Flere benker", owner="Teknisk drift", note_ids=[first.id])
    path = tmp_path / "demo.pdf"
    data = build_minutes(lib, demo_session, exported_at=datetime(2026, 3, 5, 12, 30))
    write_minutes_pdf(data, path)
    return path


def _xmp(pdf: pikepdf.Pdf) -> str:
    return pdf.Root.Metadata.read_bytes().decode("utf-8")


def _xmp_value(xmp: str, prop: str) -> str:
    """The text of a simple property, or of the first rdf:li of an array property."""
    match = re.search(rf"<{prop}[^>]*>(.*?)</{prop}>", xmp, re.S)
    assert match, prop
    inner = match.group(1)
    li = re.search(r"<rdf:li[^>]*>(.*?)</rdf:li>", inner, re.S)
    return (li.group(1) if li else inner).strip()


def _pdf_date(value: str) -> datetime:
    """D:YYYYMMDDHHmmSS+HH'mm' from the Info dictionary."""
    m = re.match(r"D:(\d{14})([+-]\d\d)'(\d\d)'?|D:(\d{14})Z", value)
    assert m, value
    stamp = m.group(1) or m.group(4)
    tz = f"{m.group(2)}:{m.group(3)}" if m.group(2) else "+00:00"
    return datetime.fromisoformat(
        f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}{tz}"
    )


def test_header_version_and_binary_comment(demo_pdf):
    raw = demo_pdf.read_bytes()
    assert raw.startswith(b"%PDF-1.7\n%")
    assert all(b > 127 for b in raw[10:14])  # the binary comment after the header
    assert raw.rstrip().endswith(b"%%EOF")
    assert not list(demo_pdf.parent.glob(".*.tmp"))


def test_pdfa_identification_and_output_intent(demo_pdf):
    with pikepdf.open(demo_pdf) as pdf:
        assert "/Encrypt" not in pdf.trailer
        ids = pdf.trailer.ID
        assert len(ids) == 2 and len(bytes(ids[0])) >= 16
        assert str(pdf.Root.Lang) == "nb-NO"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.Type == "/OutputIntent"
        assert intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        icc = profile.read_bytes()
        assert icc == srgb_profile()
        assert icc[36:40] == b"acsp"
        assert icc[12:16] == b"mntr" and icc[16:20] == b"RGB "
        assert icc[8] == 4 and icc[9] <= 0x20  # ICC version 4.2 at most (PDF 1.7)
        assert struct.unpack(">I", icc[:4])[0] == len(icc)
        metadata = pdf.Root.Metadata
        assert metadata.Type == "/Metadata" and metadata.Subtype == "/XML"
        assert "/Filter" not in metadata  # PDF/A: the XMP stream stays readable
        xmp = _xmp(pdf)
    assert xmp.startswith("<?xpacket begin=") and "bytes=" not in xmp.split("?>")[0]
    assert _xmp_value(xmp, "pdfaid:part") == "2"
    assert _xmp_value(xmp, "pdfaid:conformance") == "A"
    assert _xmp_value(xmp, "pdfuaid:part") == "1"
    assert _xmp_value(xmp, "dc:language") == "nb-NO"
    assert _xmp_value(xmp, "dc:format") == "application/pdf"


def test_xmp_agrees_with_the_information_dictionary(demo_pdf):
    with pikepdf.open(demo_pdf) as pdf:
        info = {k: str(v) for k, v in pdf.docinfo.items()}
        xmp = _xmp(pdf)
    assert "/Trapped" not in info
    assert _xmp_value(xmp, "dc:title") == info["/Title"]
    assert _xmp_value(xmp, "dc:creator") == info["/Author"] == "Kari Nordmann, Ola Hansen"
    assert _xmp_value(xmp, "dc:description") == info["/Subject"]
    assert _xmp_value(xmp, "pdf:Keywords") == info["/Keywords"]
    assert _xmp_value(xmp, "pdf:Producer") == info["/Producer"]
    assert _xmp_value(xmp, "xmp:CreatorTool") == info["/Creator"] == "Verksted"
    created = datetime.fromisoformat(_xmp_value(xmp, "xmp:CreateDate"))
    modified = datetime.fromisoformat(_xmp_value(xmp, "xmp:ModifyDate"))
    assert created == _pdf_date(info["/CreationDate"])
    assert modified == _pdf_date(info["/ModDate"])
    assert _xmp_value(xmp, "xmp:MetadataDate") == _xmp_value(xmp, "xmp:ModifyDate")


def test_metadata_keywords_subject_and_language_english(lib, demo_session, tmp_path):
    path = tmp_path / "en.pdf"
    write_minutes_pdf(build_minutes(lib, demo_session, language="en"), path)
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta.title == "Temakveld på biblioteket: Et levende Gran sentrum"
    assert meta.subject == "Minutes of Temakveld på biblioteket"
    for keyword in ("2026/1234", "Positive expectations", "Temakveld på biblioteket"):
        assert keyword in meta["/Keywords"]
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
        assert _xmp_value(_xmp(pdf), "dc:language") == "en-GB"


def test_anonymous_xmp_names_nobody(lib, demo_session, tmp_path):
    path = tmp_path / "anon.pdf"
    write_minutes_pdf(build_minutes(lib, demo_session, anonymous=True), path)
    with pikepdf.open(path) as pdf:
        xmp = _xmp(pdf)
        assert not str(pdf.docinfo.get("/Author", ""))
    for name in ("Kari Nordmann", "Ola Hansen"):
        assert name not in xmp
    assert "dc:creator" not in xmp


def _font_dicts(pdf: pikepdf.Pdf):
    """Every font dictionary used on a page or in a form XObject."""
    seen = set()

    def walk(resources):
        if resources is None:
            return
        for font in resources.get("/Font", {}).values():
            if font.objgen not in seen:
                seen.add(font.objgen)
                yield font
        for xobj in resources.get("/XObject", {}).values():
            if xobj.get("/Subtype") == "/Form":
                yield from walk(xobj.get("/Resources"))

    for page in pdf.pages:
        yield from walk(page.get("/Resources"))


def _cmap_subtables(font_program: bytes) -> list[tuple[int, int]]:
    count = struct.unpack(">H", font_program[4:6])[0]
    for i in range(count):
        tag, _, offset, _ = struct.unpack(">4sIII", font_program[12 + 16 * i : 28 + 16 * i])
        if tag == b"cmap":
            n = struct.unpack(">H", font_program[offset + 2 : offset + 4])[0]
            return [
                struct.unpack(">HH", font_program[offset + 4 + 8 * k : offset + 8 + 8 * k])
                for k in range(n)
            ]
    raise AssertionError("no cmap table")


def test_every_font_embedded_on_every_page_including_chart_and_board(demo_pdf):
    raw = demo_pdf.read_bytes()
    for name in STANDARD_14:
        assert name not in raw, name
    with pikepdf.open(demo_pdf) as pdf:
        fonts = list(_font_dicts(pdf))
        assert fonts
        families = set()
        for font in fonts:
            assert font.Subtype == "/TrueType", font.BaseFont
            base = str(font.BaseFont)
            assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", base), base
            families.add(base.split("+")[1])
            descriptor = font.FontDescriptor
            program = descriptor.FontFile2.read_bytes()
            assert len(program) > 1000
            # PDF/A-2 6.2.11.6: a symbolic TrueType font has no /Encoding and one cmap
            assert int(descriptor.Flags) & 4
            assert "/Encoding" not in font
            assert len(_cmap_subtables(program)) == 1
            assert "/ToUnicode" in font  # the text can be copied and searched
    assert families == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_no_transparency_and_no_actions(demo_pdf):
    with pikepdf.open(demo_pdf) as pdf:
        for page in pdf.pages:
            assert "/Group" not in page
            for gs in page.get("/Resources", {}).get("/ExtGState", {}).values():
                assert float(gs.get("/CA", 1)) == 1 and float(gs.get("/ca", 1)) == 1
                assert gs.get("/SMask", "/None") == "/None"
                assert gs.get("/BM", "/Normal") in ("/Normal", "/Compatible")
            for annot in page.get("/Annots", []):
                assert annot.get("/Subtype") != "/Movie"
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                assert "/JS" not in obj and "/JavaScript" not in obj
                assert obj.get("/Filter") != "/LZWDecode"
        assert "/AA" not in pdf.Root and "/OpenAction" not in pdf.Root


def test_outline_lists_the_sections(demo_pdf):
    with pikepdf.open(demo_pdf) as pdf, pdf.open_outline() as outline:
        top = [item.title for item in outline.root]
    assert top == [
        "Temakveld på biblioteket: Et levende Gran sentrum",
        "Sammendrag",
        "Agenda slik den ble gjennomført",
        "Innspill etter prinsipp",
        "Ikke koblet til prinsipp",
        "Innspill etter fokusområde",
        "Vedlegg: alle innspill",
    ]


def test_every_drawn_character_is_in_the_embedded_font(demo_pdf):
    """Never a box: each extracted character has a glyph in the DejaVu face it is drawn with."""
    register_fonts()
    covered = font_cmap(REGULAR) | font_cmap(BOLD) | font_cmap(ITALIC)
    text = "".join(page.extract_text() for page in PdfReader(demo_pdf).pages)
    missing = {ch for ch in text if ord(ch) not in covered and ch not in "\n\r\t"}
    assert not missing


def test_failed_write_leaves_nothing(lib, demo_session, tmp_path):
    data = build_minutes(lib, demo_session)
    target = tmp_path / "no-such-folder" / "referat.pdf"
    with pytest.raises(OSError):
        write_minutes_pdf(data, target)
    assert not target.parent.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_rewriting_replaces_the_file(lib, session_id, tmp_path):
    path = tmp_path / "referat.pdf"
    path.write_bytes(b"old")
    note_service.add_note(lib, session_id, "MARK-R ny")
    write_minutes_pdf(build_minutes(lib, session_id, exported_at=datetime(2026, 1, 2)), path)
    assert "MARK-R" in PdfReader(path).pages[-1].extract_text()
    assert "Eksportert 2. januar 2026" in PdfReader(path).pages[0].extract_text()  # the footer
