"""The HTML minutes: structure, every note's full text, languages, nothing external, escaping.

The page is read back with the standard library's HTML parser into a small tree (no browser);
``tests/e2e/test_minutes_html_browser.py`` checks the same files with axe-core in chromium.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser

import pytest

from workshop.export.formats import export_format
from workshop.export.html_kit import clean, esc
from workshop.export.minutes_html import minutes_html, write_minutes_html
from workshop.i18n import LANGUAGES, t
from workshop.services import notes as note_service
from workshop.services.actions import add_action
from workshop.services.attachments import add_photo
from workshop.services.board import create_cluster, move_notes, rename_cluster
from workshop.services.minutes import build_minutes
from workshop.services.sessions import create_session, get_session, update_session

EXPORTED = datetime(2026, 3, 4, 21, 15)
VOID = {"meta", "br", "img", "line", "rect", "input", "link", "hr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list = field(default_factory=list)  # Node or str

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, *tags: str):
        for c in self.children:
            if isinstance(c, Node):
                if not tags or c.tag in tags:
                    yield c
                yield from c.iter(*tags)

    def find(self, tag: str, **attrs: str) -> Node:
        return next(self.find_all(tag, **attrs))

    def find_all(self, tag: str, **attrs: str):
        for node in self.iter(tag):
            if all(attrs_match(node, k, v) for k, v in attrs.items()):
                yield node

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def attrs_match(node: Node, key: str, value: str) -> bool:
    key = key.rstrip("_")
    if key == "class":
        return value in node.attrs.get("class", "").split()
    return node.attrs.get(key) == value


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"</{tag}> closes nothing"
        self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(document: str) -> Node:
    builder = TreeBuilder()
    builder.feed(document)
    builder.close()
    assert builder.current is builder.root, "an element is left open"
    return builder.root


def squash(text: str) -> str:
    return " ".join(text.split())


def headings(root: Node, within: str = "main") -> list[tuple[int, str]]:
    scope = root.find(within)
    return [(int(h.tag[1]), squash(h.text())) for h in scope.iter("h1", "h2", "h3", "h4")]


@pytest.fixture
def full_session(lib, session_id):
    """Notes in several steps, principles, a cluster, votes, an action and board positions."""
    steps = get_session(lib, session_id).steps
    ids = note_service.add_notes(
        lib,
        session_id,
        [
            note_service.NoteDraft("Kafé på biblioteket\nogså på lørdager", principles=(7,)),
            note_service.NoteDraft("Bedre busstilbud 🚌 om kvelden", principles=(7, 9)),
            note_service.NoteDraft("Et sted for ungdom", step_id=steps[1].id, group="Bord 2"),
            note_service.NoteDraft("שלום עולם – en hilsen", author="Ola Nordmann"),
        ],
    )
    note_service.vote_notes(lib, session_id, {ids[0]: 3, ids[1]: 1})
    cluster = create_cluster(lib, session_id, "Møteplasser", note_ids=[ids[0], ids[2]])
    move_notes(lib, session_id, {ids[0]: (0.0, 100.0), ids[1]: (240.0, 100.0)})
    add_action(lib, session_id, "Utrede kafé", owner="Biblioteksjefen", note_ids=[ids[0]])
    return session_id, ids, cluster


def test_structure_follows_the_pdf_one_h1_h2_per_section_h3_per_principle(lib, full_session):
    session_id, *_ = full_session
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    root = parse(minutes_html(data))
    html = root.find("html")
    assert html.attrs["lang"] == "nb"
    assert [h.text() for h in root.iter("h1")] == ["Politikerverksted om innovasjon"]
    assert root.find("h1").parent.tag == "header"
    for landmark in ("header", "nav", "main", "footer"):
        assert len(list(root.iter(landmark))) == 1, landmark
    tops = [text for level, text in headings(root) if level == 2]
    assert tops == [
        t("html_details", "nb"),
        t("pdf_chart_title", "nb"),
        t("pdf_summary", "nb"),
        t("pdf_agenda_as_run", "nb"),
        t("pdf_by_principle", "nb"),
        t("pdf_not_mapped", "nb"),
        t("pdf_by_focus_area", "nb"),
        t("pdf_appendix", "nb"),
    ]
    levels = [level for level, _ in headings(root)]
    assert all(b <= a + 1 for a, b in zip([1, *levels], levels, strict=False))  # no level skipped
    principle_part = root.find("h2", id="principles").parent
    assert [squash(h.text()) for h in principle_part.iter("h3")] == [
        t("pdf_principle_heading", "nb", n=p.number, title=p.title["nb"])
        for p in data.framework.principles
    ]
    # the table of contents links to every h2 and h3 of the page, in order
    nav = root.find("nav")
    targets = [a.attrs["href"] for a in nav.iter("a")]
    ids = [f"#{h.attrs['id']}" for h in root.find("main").iter("h2", "h3") if "id" in h.attrs]
    assert targets == ids
    assert len(set(ids)) == len(ids)


def test_every_note_is_there_in_full_in_capture_order(lib, full_session):
    session_id, *_ = full_session
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    root = parse(minutes_html(data))
    appendix = root.find("ol", class_="appendix")
    items = list(appendix.find_all("li", class_="note"))
    assert [li.find("p", class_="text").text() for li in items] == [n.text for n in data.notes]
    assert [li.attrs["value"] for li in items] == [str(data.number(n)) for n in data.notes]
    assert "Bedre busstilbud 🚌 om kvelden" in [n.text for n in data.notes]  # emoji kept as is
    # each principle lists exactly its notes, in order
    for section in data.by_principle:
        part = root.find("h3", id=f"principle-{section.principle.number}").parent
        texts = [p.text() for p in part.find_all("p", class_="text")]
        assert texts == [n.text for n in section.notes]
    unmapped = root.find("h2", id="not-mapped").parent
    assert [p.text() for p in unmapped.find_all("p", class_="text")] == [
        n.text for n in data.unmapped
    ]
    # user text reads in its own direction
    assert all(p.attrs.get("dir") == "auto" for p in root.find_all("p", class_="text"))


def test_headings_and_note_texts_match_the_pdf_read_back_by_pdftotext(lib, full_session, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    session_id, *_ = full_session
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    pdf = tmp_path / "referat.pdf"
    export_format("pdf").write(data, pdf)
    pdf_text = squash(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    root = parse(minutes_html(data))
    own = {t("html_details", "nb"), t("html_chart_figures", "nb", title="")}
    position = 0
    found = []
    for _, text in headings(root):
        if text in own:
            continue
        at = pdf_text.find(text, position)
        assert at >= 0, f"heading {text!r} is not in the PDF after position {position}"
        position = at + len(text)
        found.append(text)
    assert len(found) > 20
    for note in data.notes:
        if note.text.isascii() or all(ord(c) < 0x2000 for c in note.text):
            assert squash(note.text) in pdf_text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_document_speaks_the_export_language(lib, full_session, language):
    session_id, *_ = full_session
    data = build_minutes(lib, session_id, language=language, exported_at=EXPORTED)
    root = parse(minutes_html(data))
    assert root.find("html").attrs["lang"] == language
    assert root.find("h2", id="summary").text() == t("pdf_summary", language)
    assert root.find("nav").find("h2").text() == t("html_contents", language)
    assert t("pdf_exported", language, date="2026-03-04 21:15") in root.find("footer").text()
    # user text (in the session's language, bokmål) is marked as bokmål where the page is not
    marked = {n.attrs.get("lang") for n in root.find("main").iter() if "lang" in n.attrs}
    assert marked == (set() if language == "nb" else {"nb"})
    if language != "nb":
        h1 = root.find("h1")
        assert h1.attrs["lang"] == "nb"
        assert all(p.attrs.get("lang") == "nb" for p in root.find_all("p", class_="text"))
        inline = list(root.find("main").iter("bdi"))  # step titles, groups, names in a line
        assert len(inline) > 5 and all(b.attrs.get("lang") == "nb" for b in inline)


def test_nothing_external_and_no_script(lib, full_session):
    session_id, *_ = full_session
    from PIL import Image

    jpeg = io.BytesIO()
    Image.new("RGB", (2400, 1200), (200, 180, 90)).save(jpeg, "JPEG")
    add_photo(lib, session_id, jpeg.getvalue(), caption="Veggen etter runde 1")
    note_service.add_note(lib, session_id, "Se https://example.org/plan og //cdn.example.org")
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    document = minutes_html(data)
    root = parse(document)
    references = [
        (node.tag, key, value)
        for node in root.iter()
        for key, value in node.attrs.items()
        if key in ("src", "href", "srcset", "action", "xlink:href", "poster", "data")
    ]
    assert references  # the check below looks at something
    for tag, key, value in references:
        assert value.startswith("#") or value.startswith("data:"), (tag, key, value)
    assert not list(root.iter("script", "link", "iframe", "object", "embed", "base"))
    style = root.find("style").text()
    assert "url(" not in style and "@import" not in style
    assert not re.search(r"\son[a-z]+=", document)  # no event handlers
    # the photo: re-encoded JPEG, scaled down, no metadata, with a text alternative
    img = root.find("img", class_="photo")
    assert img.attrs["alt"] == t("html_photo_alt", "nb", n=1)
    head, payload = img.attrs["src"].split(",", 1)
    assert head == "data:image/jpeg;base64"
    with Image.open(io.BytesIO(base64.b64decode(payload))) as picture:
        assert picture.format == "JPEG" and max(picture.size) == 1600
        assert (int(img.attrs["width"]), int(img.attrs["height"])) == picture.size
        assert not picture.getexif() and "exif" not in picture.info
    assert "Veggen etter runde 1" in img.parent.find("figcaption").text()
    # the user's URL is text, never a link
    assert "https://example.org/plan" in root.find("ol", class_="appendix").text()


def test_the_chart_is_svg_with_a_text_alternative_and_its_figures_as_a_table(lib, full_session):
    session_id, *_ = full_session
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    root = parse(minutes_html(data))
    part = root.find("h2", id="chart").parent
    svg = part.find("svg")
    assert svg.attrs["role"] == "img"
    title = svg.find("title")
    assert svg.attrs["aria-labelledby"] == title.attrs["id"]
    assert title.text() == t("html_chart_alt", "nb", title=t("pdf_chart_title", "nb"))
    table = part.find("table")
    assert table.find("caption").text()
    assert [th.attrs["scope"] for th in table.find("thead").iter("th")] == ["col"] * 3
    rows = [[c.text() for c in tr.iter("td", "th")] for tr in table.find("tbody").iter("tr")]
    expected = [
        [str(s.principle.number), s.principle.title["nb"], str(len(s.notes))]
        for s in data.by_principle
    ]
    expected.append(["", t("pdf_chart_unmapped", "nb"), str(len(data.unmapped))])
    assert rows == expected
    # the board: an SVG image with its alternative, a card per placed note
    board = root.find("svg", id="board")
    assert board.attrs["role"] == "img"
    assert board.find("title").text() == t("html_board_alt", "nb", n=2)
    assert len([r for r in board.iter("rect") if r.attrs.get("width") == "200"]) == 2


def test_every_table_has_a_caption_and_header_scopes(lib, full_session):
    session_id, *_ = full_session
    root = parse(minutes_html(build_minutes(lib, session_id, exported_at=EXPORTED)))
    tables = list(root.iter("table"))
    assert len(tables) >= 4  # details, chart figures, actions, agenda
    for table in tables:
        assert squash(table.find("caption").text())
        assert all(th.attrs.get("scope") in ("col", "row") for th in table.iter("th"))


def test_user_text_is_escaped_and_control_characters_are_safe(lib, session_id, tmp_path):
    evil = '<script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>'
    controls = "A\x00B\x07C\x1bD\x85E\ufffeF\U0010ffffG\r\nH\rI\tJ"
    note_service.add_note(lib, session_id, evil, principles=[3], group="<b>bord</b>")
    note_service.add_note(lib, session_id, controls)
    update_session(lib, session_id, title='Møte </title><script>x()</script> "1"')
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    target = tmp_path / "referat.html"
    write_minutes_html(data, target)
    document = target.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    assert "<script" not in document and "<img src=x" not in document
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    root = parse(document)
    assert root.find("title").text().startswith('Møte </title><script>x()</script> "1"')
    texts = [p.text() for p in root.find("ol", class_="appendix").find_all("p", class_="text")]
    assert texts[0] == evil  # shows literally
    assert texts[1] == "A\ufffdB\ufffdC\ufffdD\ufffdE\ufffdF\ufffdG\nH\nI\tJ"
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", document)
    assert "&lt;b&gt;bord&lt;/b&gt;" in document


def test_lone_surrogates_cannot_break_the_file(tmp_path):
    assert clean("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert esc("<\ud83d>") == "&lt;\ufffd&gt;"


def test_anonymous_leaves_out_people_and_photos(lib, full_session):
    session_id, *_ = full_session
    data = build_minutes(lib, session_id, anonymous=True, exported_at=EXPORTED)
    document = minutes_html(data)
    assert "Kari Nordmann" not in document  # the facilitator
    assert "Ola Nordmann" not in document  # a note's author
    assert "Biblioteksjefen" not in document  # an action's owner
    assert '<meta name="author"' not in document
    named = minutes_html(build_minutes(lib, session_id, exported_at=EXPORTED))
    assert "Kari Nordmann" in named and "Ola Nordmann" in named and "Biblioteksjefen" in named


def test_written_whole_or_not_at_all(lib, session_id, tmp_path, monkeypatch):
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "referat.html"
    target.write_text("the old minutes", encoding="utf-8")

    import workshop.export.html_kit as kit

    real = kit.atomic_open

    def failing(path, *args, **kwargs):
        manager = real(path, *args, **kwargs)

        class Broken:
            def __enter__(self):
                self.fh = manager.__enter__()
                return self

            def write(self, text):
                self.fh.write(text[:100])
                raise OSError(28, "No space left on device")

            def __exit__(self, *exc):
                return manager.__exit__(*exc)

        return Broken()

    monkeypatch.setattr(kit, "atomic_open", failing)
    with pytest.raises(OSError, match="No space"):
        write_minutes_html(data, target)
    assert target.read_text(encoding="utf-8") == "the old minutes"
    assert [p.name for p in out.iterdir()] == ["referat.html"]  # no temporary file left
    monkeypatch.undo()
    write_minutes_html(data, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(OSError):
        write_minutes_html(data, out)  # a folder
    assert [p.name for p in out.iterdir()] == ["referat.html"]
    assert not list(tmp_path.glob(".out.*.tmp"))


def test_an_empty_session_and_a_nynorsk_session(lib):
    session_id = create_session(
        lib, "focus-group", "Fokusgruppe", session_date=date(2026, 3, 3), language="nn"
    )
    data = build_minutes(lib, session_id, exported_at=EXPORTED)
    root = parse(minutes_html(data))
    assert root.find("html").attrs["lang"] == "nn"
    assert t("pdf_no_clusters", "nn") in root.text()
    assert t("pdf_no_actions", "nn") in root.text()
    assert t("pdf_board_empty", "nn") in root.text()
    appendix = root.find("h2", id="appendix").parent
    assert not list(appendix.find_all("li", class_="note"))
    assert t("pdf_no_inputs", "nn") in appendix.text()


def test_the_board_picture_is_escaped_and_follows_the_clusters(lib, full_session):
    session_id, _, cluster = full_session
    rename_cluster(lib, session_id, cluster, "<Møte & plass>")
    document = minutes_html(build_minutes(lib, session_id, exported_at=EXPORTED))
    assert "<Møte" not in document
    board = parse(document).find("svg", id="board")
    labels = [node.text() for node in board.iter("text")]
    assert "<Møte & plass>" in labels
    assert {"1", "2", "+3", "+1"} <= set(labels)  # the cards' numbers and votes
