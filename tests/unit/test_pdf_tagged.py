"""Tagged PDF (PDF/UA-1, PDF/A-2a) for the minutes, the period report and the capture sheet,
checked with readers that are not ours: pikepdf walks the structure tree and parses every content
stream, poppler's ``pdfinfo -struct-text`` reads the tree and ``pdftotext`` the page."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from datetime import date, datetime, time
from pathlib import Path

import pikepdf
import pytest
from test_overview import END, START, TODAY, build_library

from workshop.export.capture_sheet import write_capture_sheet
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.report import write_report_pdf
from workshop.i18n import t
from workshop.services import notes as note_service
from workshop.services.actions import add_action
from workshop.services.minutes import build_minutes
from workshop.services.overview import build_overview
from workshop.services.sessions import (
    create_session,
    get_session,
    session_framework,
    update_session,
)

EXPORTED = datetime(2026, 3, 5, 12, 30)
poppler = pytest.mark.skipif(
    not (shutil.which("pdfinfo") and shutil.which("pdftotext")), reason="needs poppler-utils"
)

# The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4): no role map is needed.
STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
    "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
    "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula",
    "Form",
}  # fmt: skip
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
PAINT_OPERATORS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}


# --- the documents -------------------------------------------------------------------------


def _minutes(lib, session_id, path: Path, **kwargs) -> Path:
    write_minutes_pdf(build_minutes(lib, session_id, exported_at=EXPORTED, **kwargs), path)
    return path


@pytest.fixture
def demo_minutes(lib, demo_session, tmp_path) -> Path:
    """The demo session (clusters, votes, the board, ratings) with an action, as minutes."""
    first = note_service.list_notes(lib, demo_session)[0]
    add_action(lib, demo_session, "Flere benker", owner="Teknisk drift", note_ids=[first.id])
    return _minutes(lib, demo_session, tmp_path / "referat.pdf")


@pytest.fixture
def revised_minutes(lib, demo_session, tmp_path) -> Path:
    """Version 2 of the demo session's approved minutes: with the revision section."""
    from workshop.export.approval import approve_minutes
    from workshop.services import approval

    approve_minutes(lib, demo_session, by="Kari Nordmann")
    approval.reopen(lib, demo_session, reason="Et innspill manglet")
    first = note_service.list_notes(lib, demo_session)[0]
    note_service.edit_note(lib, demo_session, first.id, "Rettet tekst")
    note_service.add_note(lib, demo_session, "Innspillet som manglet")
    path = tmp_path / "referat-v2.pdf"
    approve_minutes(lib, demo_session, by="Kari Nordmann", pdf_path=path)
    return path


@pytest.fixture
def report(lib, tmp_path) -> Path:
    build_library(lib)
    path = tmp_path / "rapport.pdf"
    write_report_pdf(build_overview(lib, START, END, today=TODAY), path, "nb", exported_at=EXPORTED)
    return path


@pytest.fixture
def sheet(lib, demo_session, tmp_path) -> Path:
    path = tmp_path / "skjema.pdf"
    session = get_session(lib, demo_session)
    write_capture_sheet(session, session_framework(lib, demo_session), path, "nb")
    return path


@pytest.fixture(params=["minutes", "revised", "report", "sheet"])
def document(request) -> Path:
    fixtures = {"minutes": "demo_minutes", "revised": "revised_minutes"}
    return request.getfixturevalue(fixtures.get(request.param, request.param))


# --- reading the structure with pikepdf --------------------------------------------------------


def _kids(elem) -> list:
    k = elem.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def _is_element(obj) -> bool:
    return isinstance(obj, pikepdf.Dictionary) and "/S" in obj


def _elements(pdf: pikepdf.Pdf) -> list[tuple[pikepdf.Dictionary, object]]:
    """Every structure element with its parent, in reading order (depth first)."""
    found = []

    def walk(elem, parent):
        found.append((elem, parent))
        for kid in _kids(elem):
            if _is_element(kid):
                walk(kid, elem)

    for top in _kids(pdf.Root.StructTreeRoot):
        walk(top, pdf.Root.StructTreeRoot)
    return found


def _mcids_of(elem, page_of) -> list[tuple[int, int]]:
    """The (page index, MCID) pairs an element's own kids reference."""
    pairs = []
    for kid in _kids(elem):
        if isinstance(kid, int):
            pairs.append((page_of(elem["/Pg"]), int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            pairs.append((page_of(kid.get("/Pg", elem.get("/Pg"))), int(kid.MCID)))
    return pairs


def _marked_content(pdf: pikepdf.Pdf, page) -> tuple[list[int], list[str]]:
    """Parse a page's content (and its form XObjects): the MCIDs in order, and the problems —
    text or painting outside marked content with an MCID or an artifact, MCIDs nested."""
    mcids: list[int] = []
    problems: list[str] = []

    def scan(ops, where: str, stack: list) -> None:
        for operands, operator in ops:
            op = str(operator)
            if op == "BDC":
                tag = str(operands[0])
                props = operands[1]
                if isinstance(props, pikepdf.Name):
                    props = page.Resources.Properties[props]
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                if mcid is not None:
                    if any(m is not None for _, m in stack):
                        problems.append(f"{where}: MCID {mcid} inside another MCID")
                    mcids.append(int(mcid))
                stack.append((tag, None if mcid is None else int(mcid)))
            elif op == "BMC":
                stack.append((str(operands[0]), None))
            elif op == "EMC":
                if not stack:
                    problems.append(f"{where}: EMC without BDC/BMC")
                else:
                    stack.pop()
            elif op in TEXT_OPERATORS or op in PAINT_OPERATORS:
                marked = any(tag == "/Artifact" or m is not None for tag, m in stack)
                if not marked:
                    problems.append(f"{where}: {op} {list(operands)[:1]} outside marked content")
                if op == "Do":
                    xobject = page.Resources.XObject[operands[0]]
                    if xobject.get("/Subtype") == "/Form":
                        scan(pikepdf.parse_content_stream(xobject), f"{where} form", list(stack))
        if stack:
            problems.append(f"{where}: {len(stack)} marked-content sequences left open")

    scan(pikepdf.parse_content_stream(page), "page", [])
    return mcids, problems


def _check_tagged(path: Path) -> pikepdf.Pdf:
    """Every check a tagged PDF/UA file passes here; returns the open file."""
    pdf = pikepdf.open(path)
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert "/Suspects" not in root.MarkInfo
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(root.Lang) in ("nb-NO", "nn-NO", "en-GB")
    assert str(pdf.docinfo.Title).strip()
    tree = root.StructTreeRoot
    assert tree.Type == "/StructTreeRoot"
    page_index = {page.objgen: i for i, page in enumerate(pdf.pages)}

    def page_of(ref) -> int:
        return page_index[ref.objgen]

    # the ParentTree: one array per page with marked content, an element for every MCID
    nums = list(tree.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    assert int(tree.ParentTreeNextKey) > max(parent_tree, default=-1)
    used: dict[tuple[int, int], object] = {}
    for i, page in enumerate(pdf.pages):
        assert page.Tabs == "/S"
        mcids, problems = _marked_content(pdf, page)
        assert not problems, problems[:5]
        assert len(mcids) == len(set(mcids)), f"page {i + 1}: an MCID used twice"
        if not mcids:
            continue
        key = int(page.StructParents)
        elements = parent_tree[key]
        assert sorted(mcids) == list(range(len(elements))), f"page {i + 1}"
        for mcid in mcids:
            used[(i, mcid)] = elements[mcid]

    # the elements: standard types, a valid parent, figures with Alt, header cells with scope
    referenced: dict[tuple[int, int], object] = {}
    headings = []
    for elem, parent in _elements(pdf):
        role = str(elem.S)[1:]
        assert role in STANDARD_TYPES, role
        assert elem.P.objgen == parent.objgen, role
        if role == "Figure":
            assert str(elem.get("/Alt", "")).strip(), "a Figure without /Alt"
        if role == "TH":
            assert str(elem.A.Scope) in ("/Column", "/Row")
        if re.fullmatch(r"H[1-6]", role):
            headings.append(int(role[1]))
        for pair in _mcids_of(elem, page_of):
            assert pair not in referenced, f"MCID {pair} referenced twice"
            referenced[pair] = elem
    assert set(referenced) == set(used), "content and structure disagree"
    for pair, elem in referenced.items():
        assert used[pair].objgen == elem.objgen, f"ParentTree of {pair} is not its element"

    # headings: an H1 first, never a level skipped going down
    assert headings and headings[0] == 1
    for before, after in itertools.pairwise(headings):
        assert after <= before + 1, headings
    return pdf


# --- the checks ---------------------------------------------------------------------------------


def test_every_document_is_tagged_and_every_mcid_maps_to_one_element(document):
    with _check_tagged(document) as pdf:
        assert any(_marked_content(pdf, page)[0] for page in pdf.pages)


def test_headers_footers_and_table_rules_are_artifacts(demo_minutes):
    """The running header and the page number are marked as pagination artifacts."""
    with pikepdf.open(demo_minutes) as pdf:
        page = pdf.pages[1]
        artifacts: list[str] = []
        stack: list[str] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                props = operands[1]
                kind = str(props.get("/Subtype", "")) if str(operands[0]) == "/Artifact" else ""
                stack.append(kind)
            elif op == "BMC":
                stack.append("")
            elif op == "EMC":
                stack.pop()
            elif op == "Tj" and stack and stack[-1] in ("/Header", "/Footer"):
                artifacts.append(stack[-1])
    assert artifacts.count("/Header") == 1  # the session's title
    assert artifacts.count("/Footer") == 2  # "Eksportert …" and "side 2 av N"


def test_xmp_says_pdfa_2a_and_pdfua_1_with_the_extension_schema(document):
    with pikepdf.open(document) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
        title = str(pdf.docinfo.Title)
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>A</pdfaid:conformance>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    schema = re.search(r"<pdfaExtension:schemas>(.*?)</pdfaExtension:schemas>", xmp, re.S)
    assert schema and "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in schema.group(1)
    assert "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/<" in schema.group(1)
    assert "<pdfaProperty:name>part</pdfaProperty:name>" in schema.group(1)
    assert "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>" in schema.group(1)
    dc_title = re.search(r"<dc:title><rdf:Alt><rdf:li[^>]*>(.*?)</rdf:li>", xmp)
    assert dc_title and dc_title.group(1).replace("&amp;", "&") == title


def test_a_bookmark_for_every_heading(document):
    with pikepdf.open(document) as pdf:
        headings = [str(e.S)[1:] for e, _ in _elements(pdf) if re.fullmatch(r"/H[1-6]", str(e.S))]
        with pdf.open_outline() as outline:
            levels = []

            def walk(items, level):
                for item in items:
                    levels.append(level)
                    walk(item.children, level + 1)

            walk(outline.root, 1)
    assert levels == [int(h[1]) for h in headings]


def test_the_minutes_figures_say_their_figures(demo_minutes, lib, demo_session):
    data = build_minutes(lib, demo_session)
    with pikepdf.open(demo_minutes) as pdf:
        alts = [str(e.Alt) for e, _ in _elements(pdf) if e.S == "/Figure"]
    chart = alts[0]  # the cover's chart of inputs per principle
    assert chart.startswith("Stolpediagram, Innspill per prinsipp: ")
    for section in data.by_principle:
        p = section.principle
        assert f"{p.number} {p.title['nb']}: {len(section.notes)}" in chart
    assert f"Uten prinsipp: {len(data.unmapped)}" in chart
    board = next(a for a in alts if a.startswith("Tavla"))
    assert f"med {len(data.notes)} lapper" in board
    for section in data.by_cluster:
        assert section.cluster.name in board


def test_photos_are_figures_with_their_caption(lib, session_id, tmp_path):
    from io import BytesIO

    from PIL import Image

    from workshop.services.attachments import add_photo

    for colour, caption in (((200, 180, 40), "Veggen etter første runde"), ((40, 90, 200), "")):
        buffer = BytesIO()
        Image.new("RGB", (60, 40), colour).save(buffer, "JPEG")
        add_photo(lib, session_id, buffer.getvalue(), caption=caption)
    with _check_tagged(_minutes(lib, session_id, tmp_path / "referat.pdf")) as pdf:
        alts = [str(e.Alt) for e, _ in _elements(pdf) if e.S == "/Figure"]
    assert "Veggen etter første runde" in alts
    assert "Bilde 2" in alts  # a photo without a caption is named by its number


@pytest.fixture
def principle_session(lib) -> str:
    session_id = create_session(
        lib, "politician-workshop", "Strukturprøve", session_date=date(2026, 3, 4)
    )
    for i in range(30):
        note_service.add_note(
            lib, session_id, f"NOTE-{i:02d} innspill nummer {i}", principles=[1 + i % 4, 7]
        )
    return session_id


def _struct_text(path: Path) -> list[tuple[str, str]]:
    """``pdfinfo -struct-text`` as (element type, text) in reading order."""
    out = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    items: list[tuple[str, str]] = []
    for line in out.splitlines():
        stripped = line.strip()
        if stripped.startswith('"') and items:
            kind, text = items[-1]
            items[-1] = (kind, (text + " " + stripped.strip('"')).strip())
        elif stripped and not stripped.startswith("/"):
            items.append((stripped.split()[0].rstrip(":"), ""))
    return items


@poppler
def test_pdfinfo_reads_every_note_under_its_principle_heading_in_order(
    lib, principle_session, tmp_path
):
    data = build_minutes(lib, principle_session)
    path = _minutes(lib, principle_session, tmp_path / "referat.pdf")
    items = _struct_text(path)
    start = items.index(("H1", "Innspill etter prinsipp"))
    end = next(i for i in range(start + 1, len(items)) if items[i][0] == "H1")
    sections: dict[str, list[str]] = {}
    current = None
    for kind, text in items[start + 1 : end]:
        if kind == "H2":
            current = text
            sections[current] = []
        elif kind == "P" and current is not None:
            sections[current].append(text)

    def heading_of(principle) -> str:
        return t("pdf_principle_heading", "nb", n=principle.number, title=principle.title["nb"])

    assert list(sections) == [heading_of(s.principle) for s in data.by_principle]
    for section in data.by_principle:
        notes = [p for p in sections[heading_of(section.principle)] if p.startswith("NOTE-")]
        assert [p.split(" Nr.")[0] for p in notes] == [n.text for n in section.notes]


@poppler
def test_the_revision_section_has_its_headings_and_list_in_the_structure(revised_minutes):
    items = _struct_text(revised_minutes)
    start = items.index(("H1", "Revidert referat, versjon 2"))
    end = next(i for i in range(start + 1, len(items)) if items[i][0] == "H1")
    section = items[start:end]
    assert ("P", "Begrunnelse: Et innspill manglet") in section
    kinds = [kind for kind, _text in section]
    assert ("H2", "Endret siden versjon 1") in section
    assert ("H3", "Nye innspill") in section and ("H3", "Endret tekst") in section
    assert "LI" in kinds and "Lbl" in kinds
    bodies = " ".join(text for kind, text in section if kind == "LBody")
    assert "Innspillet som manglet" in bodies and "Rettet tekst" in bodies
    with pikepdf.open(revised_minutes) as pdf:
        titles = [item.title for item in pdf.open_outline().root]
        assert "Revidert referat, versjon 2" in titles


@poppler
def test_pdftotext_reads_the_agenda_row_by_row(lib, demo_session, tmp_path):
    """Each step's planned and actual minutes come right after its title and question."""
    path = _minutes(lib, demo_session, tmp_path / "referat.pdf")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    agenda = words[words.index("Agenda slik den ble gjennomført") :]
    session = get_session(lib, demo_session)
    for step in session.steps:
        question = " ".join(step.question.split())
        cell = f"{step.title} {question}".strip()
        actual = round(step.actual_seconds / 60) if step.actual_seconds else "–"
        assert f"{step.position} {cell} {step.minutes} {actual} " in agenda, step.title


def test_a_paragraph_over_two_pages_is_one_element(lib, session_id, tmp_path):
    long = " ".join(f"ord{i}" for i in range(900))[:4990]
    note_service.add_note(lib, session_id, f"LONG {long}", principles=[2])
    with _check_tagged(_minutes(lib, session_id, tmp_path / "referat.pdf")) as pdf:
        page_index = {page.objgen: i for i, page in enumerate(pdf.pages)}
        spans = []
        for elem, _ in _elements(pdf):
            pages = {p for p, _ in _mcids_of(elem, lambda ref: page_index[ref.objgen])}
            if len(pages) > 1:
                spans.append((str(elem.S), sorted(pages)))
    # the note in its principle section and in the appendix: each one element on two pages
    assert len([s for s in spans if s[0] in ("/P", "/LBody")]) >= 2, spans


def test_a_table_over_two_pages_repeats_its_header_as_an_artifact(lib, session_id, tmp_path):
    for i in range(70):
        add_action(lib, session_id, f"Tiltak nummer {i}", owner="Enhetsleder")
    with _check_tagged(_minutes(lib, session_id, tmp_path / "referat.pdf")) as pdf:
        tables = [e for e, _ in _elements(pdf) if e.S == "/Table"]
        actions = next(t for t in tables if len(_kids(t)) > 60)
        rows = _kids(actions)
        assert len(rows) == 71  # one header row and every action, though drawn on two pages
        header = [str(c.S) for c in _kids(rows[0])]
        assert header == ["/TH"] * 4
        assert all(str(c.S) == "/TD" for row in rows[1:] for c in _kids(row))
        page_index = {page.objgen: i for i, page in enumerate(pdf.pages)}
        pages = {
            p
            for row in rows
            for cell in _kids(row)
            for p, _ in _mcids_of(cell, lambda ref: page_index[ref.objgen])
        }
        assert len(pages) >= 2


def test_the_appendix_is_a_list_with_labels(lib, principle_session, tmp_path):
    with pikepdf.open(_minutes(lib, principle_session, tmp_path / "referat.pdf")) as pdf:
        lists = [e for e, _ in _elements(pdf) if e.S == "/L"]
        appendix = max(lists, key=lambda e: len(_kids(e)))
        items = _kids(appendix)
        assert len(items) == 30
        for item in items:
            assert item.S == "/LI"
            assert [str(k.S) for k in _kids(item)] == ["/Lbl", "/LBody"]


@poppler
def test_pdfinfo_reads_the_list_labels_and_the_capture_sheet_questions(sheet, lib, demo_session):
    items = _struct_text(sheet)
    assert next(i for i in items if i[0] == "H1") == ("H1", get_session(lib, demo_session).title)
    questions = [text for kind, text in items if kind == "H2"]
    from workshop.export.capture_sheet import collecting_steps, step_question

    steps = collecting_steps(get_session(lib, demo_session))
    assert questions == [" ".join(step_question(s).split()) for s in steps]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_booked_time_hyphenated_cells_and_kept_notes_are_tagged(lib, tmp_path):
    """The cover's time and end, an actions table of narrow columns with hyphenated words and
    long dates, and notes kept with their detail lines over many pages: all marked content."""
    session_id = create_session(lib, "politician-workshop", "Verksted")
    update_session(
        lib,
        session_id,
        start_time=time(18, 0),
        end_time=time(19, 30),
        status="finished",
        finished_at=datetime(2026, 3, 4, 18, 42),
    )
    first = None
    for i in range(43):
        text = " ".join(["Lys i gatene langs elva og et bedre busstilbud"] * (1 + i % 3))
        note = note_service.add_note(lib, session_id, text, principles=[1 + i % 3], group="Råd")
        first = first or note
    add_action(
        lib,
        session_id,
        "Invitere ungdomsrådet til et eget møte",
        owner="Kommunedirektørensstabsavdelingen",
        due=date(2027, 1, 2),
        note_ids=[first],
    )
    path = _minutes(lib, session_id, tmp_path / "referat.pdf")
    with _check_tagged(path) as pdf:
        assert len(pdf.pages) > 3


def test_tagging_draws_nothing_else(lib, session_id, tmp_path):
    """The kit's paragraphs draw exactly what ReportLab's own draw for the same markup."""
    from reportlab.platypus import Paragraph as ReportLabParagraph
    from reportlab.platypus import SimpleDocTemplate

    from workshop.export.fonts import register_fonts
    from workshop.export.page_kit import Paragraph, styles

    register_fonts()
    st = styles()
    markups = [
        ("Innspill 12: flere møteplasser &amp; bedre busstilbud på kveldstid<br/>"
         '<font size="8" color="#555555">Nr. 12 · Steg 2 · 3 stemmer</font>', "note"),
        ("<b>Fet</b> og <i>kursiv</i> &lt;tegn&gt; " * 20, "body"),
        ("Første linje<br/>andre linje<br/><br/>fjerde", "item"),
    ]  # fmt: skip
    images = []
    for cls in (ReportLabParagraph, Paragraph):
        path = tmp_path / f"{cls.__module__.split('.')[-1]}.pdf"
        story = [cls(markup, st[style], bulletText="•" if style == "item" else None)
                 for markup, style in markups for _ in range(3)]  # fmt: skip
        SimpleDocTemplate(str(path)).build(story)
        out = subprocess.run(
            ["pdftoppm", "-gray", "-r", "50", str(path)], capture_output=True, check=True
        ).stdout
        images.append(out)
    assert images[0] == images[1]


def test_no_font_maps_a_code_to_a_null_character(document):
    """PDF/A-2 6.2.11.7.2 and PDF/UA: no ToUnicode entry maps to U+0000, U+FEFF or U+FFFE, and
    every code drawn has its character."""
    with pikepdf.open(document) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                cmap = font.ToUnicode.read_bytes().decode("latin-1")
                count, entries = re.search(r"(\d+) beginbfchar(.*?)endbfchar", cmap, re.S).groups()
                targets = re.findall(r"<[0-9A-F]+> <([0-9A-F]+)>", entries, re.I)
                assert targets and int(count) == len(targets)
                assert not {t.upper() for t in targets} & {"0000", "FEFF", "FFFE"}


def test_no_stream_ends_with_a_carriage_return(document):
    """A stream's last byte before the end-of-line marker and ``endstream`` is never CR, which
    a validator would count as part of that marker (PDF/A-2 6.1.7.1: /Length is exact)."""
    raw = document.read_bytes()
    streams = 0
    for m in re.finditer(rb"\n(\d+) 0 obj\s*<<(.*?)>>\s*stream\r?\n", raw, re.S):
        length = int(re.search(rb"/Length (\d+)", m.group(2)).group(1))
        end = m.end() + length
        assert raw[end - 1 : end] != b"\r", m.group(1)
        assert re.match(rb"\r?\nendstream", raw[end : end + 12]), m.group(1)
        streams += 1
    assert streams > 5


def test_a_stream_whose_compressed_data_ends_in_cr_is_wrapped():
    import zlib

    from workshop.export.pdfa import _compress_streams

    data = next(
        d for d in (b"BT (%d) Tj ET" % i for i in range(5000)) if zlib.compress(d).endswith(b"\r")
    )
    pdf = pikepdf.new()
    stream = pdf.make_stream(data)
    _compress_streams(pdf)
    assert list(stream.Filter) == ["/ASCII85Decode", "/FlateDecode"]
    assert stream.read_raw_bytes().endswith(b"~>")
    assert stream.read_bytes() == data
