"""Tagged PDF: marked content while ReportLab draws, and the logical structure it belongs to.

ReportLab's open-source edition writes no structure tree. While the page kit lays a document
out, a :class:`Tagger` rides on the canvas and the frame:

* every flowable the frame draws — a paragraph, a chart, a picture — is wrapped in marked
  content (``/P <</MCID 3>> BDC … EMC``) and becomes a structure element; a paragraph that flows
  onto the next page gets one MCID per page under the same element;
* a table is marked through ReportLab's table render callback: a TR per row, a TH (with its
  scope) or TD per cell, the background and the rules as ``/Artifact``, and a header row that is
  repeated on the next page as ``/Artifact`` too. A table marked :func:`layout_table` (a chart
  beside its text, a photo in its frame) is no table: each cell is tagged as what it holds;
* the page kit draws running headers, footers and rules as ``/Artifact``;
* a paragraph whose style has a ``headingLevel`` is a heading (H1–H3, never skipping a level
  downwards) that opens a section (Sect) and gets a bookmark; paragraphs with a bullet are list
  items (L, LI with Lbl for the bullet and LBody for the text), and an indented paragraph right
  after one continues its body; a flowable with ``alt_text`` (a chart, the board) or an image
  given an alternative text with :func:`figure` is a Figure.

The result — a tree of :class:`Node` and, per page, the element each MCID belongs to — is
written into the file by :mod:`workshop.export.pdfa`.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Frame, Image, Paragraph, Table
from reportlab.platypus.flowables import HRFlowable

from workshop.export.paragraphs import NoteParagraph

_PARAGRAPHS = (Paragraph, NoteParagraph)

ARTIFACT = "Artifact"
CONTINUED_ITEM = "LI+"  # a paragraph that continues the list item before it
_HEADER = "/Artifact <</Type /Pagination /Subtype /Header>> BDC"
_FOOTER = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"


class Node:
    """A structure element: its type, its kids in reading order — elements and ``(page, mcid)``
    pairs — and, for figures and table headers, its alternative text and scope."""

    __slots__ = ("alt", "indent", "kids", "role", "scope")

    def __init__(self, role: str) -> None:
        self.role = role
        self.kids: list[Node | tuple[int, int]] = []
        self.alt = ""
        self.scope = ""
        self.indent = 0.0

    def add(self, role: str) -> Node:
        node = Node(role)
        self.kids.append(node)
        return node

    def child(self, role: str) -> Node:
        """The last kid of this type, added if there is none."""
        for kid in reversed(self.kids):
            if isinstance(kid, Node) and kid.role == role:
                return kid
        return self.add(role)

    def __repr__(self) -> str:
        return f"Node({self.role}, {len(self.kids)} kids)"


def figure(flowable, alt: str):
    """Mark ``flowable`` (an image) as a figure with this alternative text; returns it."""
    flowable.tag_alt = alt
    return flowable


def layout_table(table: Table) -> Table:
    """Mark ``table`` as layout only (a chart beside its text, a photo in a frame); returns it."""
    table.tag_layout = True
    return table


def header_columns(table: Table, n: int = 1) -> Table:
    """Mark the first ``n`` columns of ``table`` as row headers (TH with /Scope /Row)."""
    table.tag_header_columns = n
    return table


def _painted(code: list[str], start: int) -> bool:
    """Whether the content stream ``code`` has more than state changes from ``start`` on (a
    Spacer's ``q 1 0 0 1 x y cm Q`` is not content)."""
    for i in range(start, len(code)):
        op = code[i]
        if op not in ("q", "Q") and not op.endswith(" cm"):
            return True
    return False


def _kind(flowable) -> str:
    """What a flowable drawn on its own is: a structure type, ``LI``, ``H`` or ``Artifact``."""
    role = getattr(flowable, "tag_role", None)
    if role:
        return role
    if isinstance(flowable, _PARAGRAPHS):
        if getattr(flowable.style, "headingLevel", None):
            return "H"
        return "LI" if flowable.bulletText else "P"
    if isinstance(flowable, HRFlowable):
        return ARTIFACT
    if getattr(flowable, "tag_alt", None) or callable(getattr(flowable, "alt_text", None)):
        return "Figure"
    if isinstance(flowable, Image):
        return ARTIFACT  # an image nobody described is decoration
    return "Div"


@dataclass
class _Mark:
    page: int
    mcid: int
    start: int  # the length of the page's code right after the BDC


@dataclass
class _Drawing:
    """A flowable being drawn by the frame."""

    flowable: object
    kind: str
    role: str  # the structure type its content goes to
    node: Node | None  # its element when it is a fragment of one already placed
    mark: _Mark | None = None
    label: _Mark | None = None  # the bullet's marked content, once drawn
    artifact: int = -1


@dataclass
class _TableDrawing:
    table: Table
    node: Node | None  # None: a layout table
    continued: bool
    header_rows: int
    header_columns: int
    row: Node | None = None
    artifact_row: bool = False
    cell: tuple = ()


class Tagger:
    """Marks content on the canvas while a document is laid out and builds its structure."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.root = Node("Document")
        self.pages: list[list[Node | None]] = []  # per page index: the element of each MCID
        self._sections: list[tuple[int, Node]] = [(0, self.root)]
        self._heading = 0
        self._heading_text = ""
        self._outlines = 0
        self._drawing: _Drawing | None = None
        self._tables: list[_TableDrawing | None] = []

    # --- marked content ---------------------------------------------------------------------

    def _begin(self, canv, role: str) -> _Mark:
        page = canv.getPageNumber() - 1
        while len(self.pages) <= page:
            self.pages.append([])
        mcids = self.pages[page]
        mark = _Mark(page, len(mcids), 0)
        mcids.append(None)
        code = canv._code  # the page's content stream, as ReportLab builds it
        code.append(f"/{role} <</MCID {mark.mcid}>> BDC")
        mark.start = len(code)
        return mark

    def _close(self, canv, mark: _Mark) -> bool:
        """End ``mark``; when nothing was drawn in it, take it back. Returns whether it stays."""
        code = canv._code
        if not _painted(code, mark.start):
            del code[mark.start - 1]  # the BDC; what follows only saves and moves the state
            mcids = self.pages[mark.page]
            if mark.mcid == len(mcids) - 1:
                mcids.pop()
            return False
        code.append("EMC")
        return True

    def _assign(self, mark: _Mark, node: Node) -> None:
        self.pages[mark.page][mark.mcid] = node
        node.kids.append((mark.page, mark.mcid))

    @staticmethod
    def _artifact(canv) -> int:
        canv._code.append("/Artifact BMC")
        return len(canv._code)

    @staticmethod
    def _artifact_end(canv, start: int) -> None:
        if _painted(canv._code, start):
            canv._code.append("EMC")
        else:
            del canv._code[start - 1]

    def page_artifact(self, canv, footer: bool) -> None:
        """Begin the page's running header or footer (ended by :meth:`page_artifact_end`)."""
        canv._code.append(_FOOTER if footer else _HEADER)

    @staticmethod
    def page_artifact_end(canv) -> None:
        canv._code.append("EMC")

    # --- where elements go ------------------------------------------------------------------

    def _container(self) -> Node:
        return self._sections[-1][1]

    def _last_item(self) -> Node | None:
        container = self._container()
        last = container.kids[-1] if container.kids else None
        if isinstance(last, Node) and last.role == "L" and last.kids:
            return last.kids[-1]
        return None

    def _classify(self, flowable) -> str:
        kind = _kind(flowable)
        if kind == "H":
            level = int(flowable.style.headingLevel)
            return f"H{max(1, min(level, self._heading + 1, 6))}"
        if kind == "P" and isinstance(flowable, _PARAGRAPHS):
            item = self._last_item()
            indent = flowable.style.leftIndent
            if item is not None and indent > 0 and indent >= item.indent:
                return CONTINUED_ITEM
        return kind

    def _place(self, flowable, kind: str, canv) -> Node:
        """The element for ``flowable`` of ``kind``, put in reading order."""
        if kind.startswith("H") and kind[1:].isdigit():
            return self._place_heading(flowable, int(kind[1:]), canv)
        container = self._container()
        if kind == CONTINUED_ITEM:
            item = self._last_item()
            if item is not None:
                return item
            kind = "P"
        if kind == "LI":
            last = container.kids[-1] if container.kids else None
            if not (isinstance(last, Node) and last.role == "L"):
                last = container.add("L")
            node = last.add("LI")
            node.indent = flowable.style.leftIndent
            return node
        node = container.add(kind)
        if kind == "Figure":
            node.alt = self._alt(flowable)
        return node

    def _place_heading(self, flowable, level: int, canv) -> Node:
        while self._sections[-1][0] >= level:
            self._sections.pop()
        section = self._container().add("Sect")
        self._sections.append((level, section))
        self._heading = level
        outline = getattr(flowable, "outline", None)
        title = outline[0] if outline else " ".join(flowable.getPlainText().split())
        self._heading_text = title
        self._outlines += 1
        key = f"h{self._outlines}"
        canv.bookmarkPage(key)
        canv.addOutlineEntry(title, key, level=level - 1, closed=level > 1)
        return section.add(f"H{level}")

    def _alt(self, flowable) -> str:
        alt = getattr(flowable, "tag_alt", None)
        if alt:
            return str(alt)
        alt_text = getattr(flowable, "alt_text", None)
        if callable(alt_text):
            return alt_text(self.language, self._heading_text)
        return ""

    # --- the frame's flowables ----------------------------------------------------------------

    def _nested(self) -> bool:
        return self._drawing is not None or any(t is None or t.cell for t in self._tables)

    def begin_flowable(self, flowable, canv) -> _Drawing | None:
        if self._nested():
            return None
        if isinstance(flowable, Table):
            if getattr(flowable, "_renderCB", None) is None:
                flowable._renderCB = TABLE_MARKS  # ReportLab's render callback, set per table
            return None
        node = getattr(flowable, "_tag_node", None)
        if node is not None:
            kind = "LI" if node.role == "LI" else node.role
        else:
            kind = self._classify(flowable)
        if kind == ARTIFACT:
            drawing = _Drawing(flowable, kind, kind, None, artifact=self._artifact(canv))
        else:
            if kind == "LI":
                role = "Lbl" if getattr(flowable, "bulletText", None) else "LBody"
            elif kind == CONTINUED_ITEM:
                role = "LBody"
            else:
                role = kind
            drawing = _Drawing(flowable, kind, role, node)
            drawing.mark = self._begin(canv, role)
        self._drawing = drawing
        return drawing

    def after_text(self, canv) -> None:
        """The canvas drew a text object: after a list item's bullet, its body begins."""
        drawing = self._drawing
        if drawing is not None and drawing.role == "Lbl":
            drawing.label = drawing.mark if self._close(canv, drawing.mark) else None
            drawing.role = "LBody"
            drawing.mark = self._begin(canv, "LBody")

    def end_flowable(self, drawing: _Drawing | None, canv) -> None:
        if drawing is None:
            return
        self._drawing = None
        if drawing.kind == ARTIFACT:
            self._artifact_end(canv, drawing.artifact)
            return
        drawn = self._close(canv, drawing.mark)
        if not drawn and drawing.label is None:
            return
        node = drawing.node or self._place(drawing.flowable, drawing.kind, canv)
        if node.role != "LI":
            self._assign(drawing.mark, node)
            return
        if drawing.label is not None:
            self._assign(drawing.label, node.child("Lbl"))
        if drawn:  # the body, or a bullet drawn without a text object after it
            self._assign(drawing.mark, node.child("Lbl" if drawing.role == "Lbl" else "LBody"))

    def split(self, flowable, parts: list, canv) -> None:
        """``flowable`` did not fit and was split into ``parts``: fragments of one element (a
        paragraph, a table) share it; a container's content (KeepTogether) is left alone."""
        if not parts or self._nested():
            return
        if isinstance(flowable, Table):
            node = getattr(flowable, "_tag_node", None)
            layout = getattr(flowable, "tag_layout", False)
            if node is None and not layout:
                node = self._place(flowable, "Table", canv)
            continued = getattr(flowable, "_tag_continued", False)
            for i, part in enumerate(parts):
                if not isinstance(part, Table):
                    continue
                part._tag_node = node
                part._tag_continued = continued or i > 0
                for name in ("tag_layout", "tag_header_rows", "tag_header_columns"):
                    if hasattr(flowable, name):
                        setattr(part, name, getattr(flowable, name))
            return
        if not all(type(part) is type(flowable) for part in parts):
            return
        node = getattr(flowable, "_tag_node", None)
        if node is None:
            kind = self._classify(flowable)
            if kind in (ARTIFACT, "Div"):
                return
            node = self._place(flowable, kind, canv)
        for part in parts:
            part._tag_node = node
            for name in ("tag_alt", "tag_role"):
                if hasattr(flowable, name):
                    setattr(part, name, getattr(flowable, name))

    # --- tables (ReportLab's render callback) ---------------------------------------------------

    def table(self, table: Table, event: str, *args) -> None:
        canv = table.canv
        if event == "startTable":
            if self._nested():
                self._tables.append(None)
                return
            layout = getattr(table, "tag_layout", False)
            node = getattr(table, "_tag_node", None)
            if node is None and not layout:
                node = self._place(table, "Table", canv)
            repeat = table.repeatRows
            repeat = repeat if isinstance(repeat, int) else len(repeat)
            self._tables.append(
                _TableDrawing(
                    table,
                    None if layout else node,
                    getattr(table, "_tag_continued", False),
                    getattr(table, "tag_header_rows", repeat),
                    getattr(table, "tag_header_columns", 0),
                )
            )
            return
        if not self._tables:
            return
        current = self._tables[-1]
        if event == "endTable":
            self._tables.pop()
            return
        if current is None:
            return
        if event in ("startBG", "startLines"):
            current.cell = ("artifact", self._artifact(canv))
        elif event in ("endBG", "endLines"):
            self._artifact_end(canv, current.cell[1])
            current.cell = ()
        elif event == "startRow":
            (row,) = args
            repeat = table.repeatRows if isinstance(table.repeatRows, int) else 0
            current.artifact_row = current.continued and row < repeat
            if current.node is not None and not current.artifact_row:
                current.row = current.node.add("TR")
        elif event == "startCell":
            row, column, value = args[:3]
            if current.artifact_row:
                current.cell = ("artifact", self._artifact(canv))
            elif current.node is None:  # a layout cell is tagged as what it holds
                flowable = _cell_flowable(value)
                kind = self._classify(flowable) if flowable is not None else "P"
                if kind in ("LI", CONTINUED_ITEM):
                    kind = "P"
                if kind == ARTIFACT:
                    current.cell = ("artifact", self._artifact(canv))
                else:
                    current.cell = ("layout", self._begin(canv, kind), flowable, kind)
            else:
                column_header = not current.continued and row < current.header_rows
                row_header = column < current.header_columns
                cell = current.row.add("TH" if column_header or row_header else "TD")
                if column_header or row_header:
                    cell.scope = "Column" if column_header else "Row"
                current.cell = ("cell", self._begin(canv, cell.role), cell)
        elif event == "endCell":
            what = current.cell
            current.cell = ()
            if not what:
                return
            if what[0] == "artifact":
                self._artifact_end(canv, what[1])
            elif what[0] == "cell":
                if self._close(canv, what[1]):
                    self._assign(what[1], what[2])
            elif self._close(canv, what[1]):
                flowable, kind = what[2], what[3]
                if flowable is None:
                    node = self._container().add("P")
                else:
                    node = self._place(flowable, kind, canv)
                self._assign(what[1], node)


def _cell_flowable(value):
    """The flowable a layout cell holds (its first, when it holds several), or None for text."""
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value if hasattr(value, "wrap") else None


class _TableMarks:
    """ReportLab's table render callback: hands each event to the canvas's tagger."""

    def __call__(self, table, event, *args) -> None:
        tagger = getattr(getattr(table, "canv", None), "tagger", None)
        if tagger is not None:
            tagger.table(table, event, *args)


TABLE_MARKS = _TableMarks()


class TaggingFrame(Frame):
    """A frame that lets the canvas's tagger mark what each flowable draws and follow splits."""

    def add(self, flowable, canv, trySplit=0):
        tagger = getattr(canv, "tagger", None)
        if tagger is None:
            return super().add(flowable, canv, trySplit)
        drawing = tagger.begin_flowable(flowable, canv)
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            tagger.end_flowable(drawing, canv)

    def split(self, flowable, canv):
        parts = super().split(flowable, canv)
        tagger = getattr(canv, "tagger", None)
        if tagger is not None:
            tagger.split(flowable, parts, canv)
        return parts
