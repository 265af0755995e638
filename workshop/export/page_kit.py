"""The page kit every Verksted PDF is made with: the minutes, the period report, the capture sheet.

One embedded font family (DejaVu Sans, :mod:`workshop.export.fonts`); the paragraph styles (the
headings carry their ``headingLevel``) and table looks; the :class:`Paragraph` to build them with
(:mod:`workshop.export.paragraphs`); an A4 page with a running header (the document's title, from
page 2) and a footer ``side X av Y`` drawn when the canvas is saved, so a document is laid out
only once; the document tagged as it is drawn — structure, reading order, a bookmark for every
heading, headers and footers as artifacts (:mod:`workshop.export.tagging`); and the tagged
PDF/A-2a + PDF/UA-1 file written whole or not at all (:mod:`workshop.export.pdfa`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, PageTemplate, Table, TableStyle

from workshop.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from workshop.export.markup import canvas_line, drawable, para_text, pdf_text
from workshop.export.paragraphs import NoteParagraph, Paragraph
from workshop.export.pdfa import write_pdfa
from workshop.export.tagging import Tagger, TaggingFrame, header_columns
from workshop.i18n import LANGUAGE_TAGS, t

__all__ = ["NoteParagraph", "Paragraph"]  # the kit's paragraphs, for the writers

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#C8D3DF")
HEAD_FILL = colors.HexColor("#EEF2F6")
MARGIN = 20 * mm
META_OPEN = '<font size="8" color="#555555">'
# The small second line in a 9 pt table cell (a step's question, an action's details). At 8.6 pt
# it is within 5 % of the cell's size, so text extractors that group lines by size (poppler's
# pdftotext) keep the cell together and read the table row by row.
CELL_META_OPEN = '<font size="8.6" color="#555555">'


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name: body, title, subtitle, h1–h3, the note forms, cells …"""
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=10,
        leading=13.5,
        alignment=TA_LEFT,
        bulletFontName=REGULAR,
        embeddedHyphenation=1,  # a word too wide for its column breaks at a soft hyphen
        allowWidows=0,  # a note's detail line never goes alone onto the next page
        allowOrphans=0,
        splitLongWords=1,  # … and one without any (a long link) wherever it must
    )
    # headingLevel: paragraphs of the style are headings (H1–H3) in the structure tree
    heading_style = {"parent": base, "fontName": BOLD, "textColor": ACCENT, "keepWithNext": 1}
    st = {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=ACCENT,
            spaceAfter=3 * mm,
            headingLevel=1,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=6 * mm
        ),
        "h1": ParagraphStyle(
            "h1",
            **heading_style,
            fontSize=15,
            leading=19,
            spaceBefore=7 * mm,
            spaceAfter=2.5 * mm,
            headingLevel=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            **heading_style,
            fontSize=12,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=1.5 * mm,
            headingLevel=2,
        ),
        "h3": ParagraphStyle(
            "h3",
            **heading_style,
            fontSize=10,
            leading=13,
            spaceBefore=3 * mm,
            spaceAfter=0.5 * mm,
            headingLevel=3,
        ),
        "principle_text": ParagraphStyle(
            "principle_text", parent=base, fontName=ITALIC, textColor=MUTED, spaceAfter=2.5 * mm
        ),
        "note": ParagraphStyle(
            "note", parent=base, leftIndent=4 * mm, spaceBefore=1 * mm, spaceAfter=1.5 * mm
        ),
        "item": ParagraphStyle(
            "item",
            parent=base,
            leftIndent=9 * mm,
            bulletIndent=2 * mm,
            spaceBefore=0.6 * mm,
            spaceAfter=0.9 * mm,
        ),
        "appendix": ParagraphStyle(
            "appendix",
            parent=base,
            leftIndent=11 * mm,
            bulletIndent=0,
            spaceBefore=1 * mm,
            spaceAfter=1.5 * mm,
        ),
        "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "other_version": ParagraphStyle(  # under an appendix note, in line with its text
            "other_version",
            parent=base,
            fontName=ITALIC,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            leftIndent=11 * mm,
            spaceAfter=1.5 * mm,
        ),
        "empty": ParagraphStyle("empty", parent=base, fontName=ITALIC, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=9, leading=11.5
        ),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right",
            parent=base,
            fontName=BOLD,
            fontSize=9,
            leading=11.5,
            alignment=TA_RIGHT,
        ),
    }
    return st


class _LineText(PDFTextObject):
    """A text object that keeps a space where it breaks a paragraph into lines, and encodes
    each text once per document.

    ReportLab drops the space where it wraps a line, so text read from the marked content (a
    screen reader, ``pdfinfo -struct-text``, copying) ran the last word of one line into the
    first of the next. When a line follows, the line before it ends with a space, which draws
    nothing; code 32 is the space in every subset of ReportLab's embedded fonts.

    A note's lines are drawn in every section it appears in; their PDF operators depend only on
    the font, size, leading, current font subset and text, so they are kept by the canvas.
    """

    _open_line = -1  # the code entry that ended the last line, while no text followed it

    def setFillColor(self, aColor, alpha=None):
        if type(aColor) is not colors.Color or alpha is not None or self._enforceColorSpace:
            return super().setFillColor(aColor, alpha)
        code = self._canvas.fills.get(aColor)
        if code is None:  # ReportLab's operator for the colour, formatted once
            mark = len(self._code)
            super().setFillColor(aColor)
            code = self._canvas.fills[aColor] = self._code[mark]
            return None
        self._fillColorObj = aColor
        self._code.append(code)
        if aColor.alpha is not None:
            self.setFillAlpha(aColor.alpha)
        return None

    def _formatText(self, text):
        if type(text) is not str:  # shaped (right-to-left) text: as ReportLab does it
            return super()._formatText(text)
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, text)
        known = self._canvas.formatted.get(key)
        if known is None:
            known = self._canvas.formatted[key] = (super()._formatText(text), self._curSubset)
        self._curSubset = known[1]
        return known[0]

    def _textOut(self, text, TStar=0):
        if text and self._open_line >= 0:
            code = self._code
            code[self._open_line] = code[self._open_line][:-3] + " ( ) Tj T*"
            self._open_line = -1
        super()._textOut(text, TStar)
        if TStar and (text or self._open_line < 0):
            self._open_line = len(self._code) - 1


class _NumberedCanvas(Canvas):
    """Keeps each page's state and draws header and footer with totals on save.

    The tagger marks what the frame draws; the header, the footer and their rules are drawn
    here as pagination artifacts.
    """

    header_text = ""
    footer_left = ""
    language = "nb"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.tagger = Tagger(self.language)
        self.formatted: dict[tuple, tuple[str, int]] = {}  # see _LineText
        self.fills: dict[colors.Color, str] = {}

    def beginText(self, x=0, y=0, direction=None) -> PDFTextObject:
        return _LineText(self, x, y, direction=direction)

    def drawText(self, aTextObject) -> None:
        super().drawText(aTextObject)
        self.tagger.after_text(self)

    def separate_text(self) -> None:
        """End the last text drawn with a space (its last line), as a paragraph's lines do."""
        code = self._code
        for i in range(len(code) - 1, max(len(code) - 8, -1), -1):
            entry = code[i]
            if entry.startswith("BT ") and entry.endswith(" T* ET"):
                code[i] = entry[:-6] + " ( ) Tj T* ET"
                return

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = self._pagesize
        tagger = self.tagger
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if self._pageNumber > 1:
            tagger.page_artifact(self, footer=False)
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            header, shaped = canvas_line(self.header_text, REGULAR, 8, width - 2 * MARGIN)
            self.drawString(MARGIN, height - 12 * mm, header, shaping=shaped)
            self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
            tagger.page_artifact_end(self)
        tagger.page_artifact(self, footer=True)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, 10 * mm, self.footer_left)
        self.drawRightString(
            width - MARGIN,
            10 * mm,
            t("pdf_page_x_of_y", self.language, x=self._pageNumber, y=total),
        )
        tagger.page_artifact_end(self)
        self.restoreState()


def heading(text: str, style: ParagraphStyle, level: int | None = None) -> Paragraph:
    """A heading in a heading style (h1–h3); its bookmark shows ``text`` in reading order.

    Every heading gets a bookmark, nested by its level in the structure; ``level`` (counted
    from 0: h1 is 0) is what the style already says and is kept for the callers that give it.
    """
    para = Paragraph(pdf_text(text, style.fontName), style)
    para.outline = (" ".join(drawable(text, style.fontName).split()), level)
    return para


# --- words in narrow columns -----------------------------------------------------------------

CELL_PADDING = 12.0  # a table cell's left and right padding together (6 + 6, ReportLab's default)
SOFT_HYPHEN = "\u00ad"
_VOWELS = frozenset("aeiouyæøåéèêóòôáàâäöüAEIOUYÆØÅÉÈÊÓÒÔÁÀÂÄÖÜ")
_MIN_PART = 3  # letters kept together at either end of a word


def syllable_breaks(word: str) -> list[int]:
    """Where a word may be hyphenated: before a consonant that a vowel follows ("Kom-mu-ne-
    di-rek-tø-ren"), never within the first or last three letters nor next to a non-letter."""
    breaks = []
    for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
        before, here, after = word[i - 1], word[i], word[i + 1] if i + 1 < len(word) else ""
        if not (before.isalpha() and here.isalpha() and after.isalpha()):
            continue
        if here not in _VOWELS and after in _VOWELS:
            breaks.append(i)
    return breaks


def hyphenate(text: str, width: float, font: str = REGULAR, size: float = 9.0) -> str:
    """``text`` with soft hyphens in each word too wide for ``width`` points, so that a narrow
    column breaks it between syllables with a hyphen (never "Kommunedirektøre/n"). Words that
    fit, links and numbers, and the text's spaces stay as they are."""
    out = []
    for word in text.split(" "):
        core = word.rstrip(".,;:!?)»”")
        if (
            len(core) > 2 * _MIN_PART
            and core.replace("-", "").isalpha()  # a word, not a link or a number
            and stringWidth(word, font, size) > width
        ):
            for i in reversed(syllable_breaks(core)):
                word = word[:i] + SOFT_HYPHEN + word[i:]
        out.append(word)
    return " ".join(out)


def column_width(texts, low: float, high: float, font: str = REGULAR, size: float = 9.0) -> float:
    """A column as wide as its widest text (with the cell's padding), within ``low`` … ``high``:
    a text wider than that wraps at its spaces (a non-breaking space holds, as in a date)."""
    widest = max((stringWidth(text, font, size) for text in texts), default=0.0)
    return min(high, max(low, widest + CELL_PADDING + 1))


# --- tables -----------------------------------------------------------------------------------


def table_style(*commands: tuple) -> TableStyle:
    """A table style on the embedded font (ReportLab's default cell font is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def grid_style(header: bool = True, total: bool = False) -> TableStyle:
    """The grid look: shaded header row, thin rules, a rule above a totals row."""
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
        ]
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.75, ACCENT))
    return table_style(*commands)


def key_value_table(
    rows: list[tuple[str, str]], st: dict[str, ParagraphStyle], width: float
) -> Table:
    """The cover's label/value table; values are markup (already escaped)."""
    label_width = column_width([k for k, _v in rows], 45 * mm, width / 3, BOLD)
    data = [
        [
            Paragraph(para_text(hyphenate(k, label_width - CELL_PADDING, BOLD)), st["cell_bold"]),
            Paragraph(v, st["cell"]),
        ]
        for k, v in rows
    ]
    table = header_columns(Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT"))
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


# --- the page and the file --------------------------------------------------------------------


Progress = Callable[[int, int], None]


class _LayoutProgress:
    """ReportLab's progress events turned into ``progress(done, total)`` calls.

    ReportLab announces an estimate (the number of flowables) and then how many it has placed.
    That count steps back when a flowable splits across pages and can pass the estimate, so it
    is kept within the estimate and only ever moves forward.
    """

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.total = 0
        self.done = 0
        self.shown = -1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.total = max(int(value), 1)
        elif kind == "PROGRESS" and self.total:
            self.done = max(self.done, min(int(value), self.total))
            percent = self.done * 100 // self.total
            if percent != self.shown:
                self.shown = percent
                self.progress(self.done, self.total)


def write_archive_pdf(
    path: Path,
    build: Callable[[float], list],
    *,
    title: str,
    author: str,
    subject: str,
    keywords: list[str],
    language: str,
    header_text: str,
    footer_left: str,
    progress: Progress | None = None,
) -> None:
    """Lay out ``build(frame_width)`` on the A4 page — running header from page 2, footer
    ``side X av Y``, tagged, a bookmark for every heading — and write it to ``path`` as tagged
    PDF/A-2a and PDF/UA-1, whole or not at all.

    ``progress(done, total)`` is called while the pages are laid out (the bulk of the work; at
    most once a percent). It may raise to stop: nothing is written then.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        keywords=keywords,
        creator="Verksted",
        lang=LANGUAGE_TAGS.get(language, language),
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=12,
        invariant=False,
        pageCompression=0,  # pikepdf compresses the streams in the PDF/A pass, in C++
    )
    frame = TaggingFrame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )  # no padding: the body lines up with the header and footer rules, tables use doc.width
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        doc.setProgressCallBack(_LayoutProgress(progress))

    class PageCanvas(_NumberedCanvas):
        pass

    PageCanvas.header_text = header_text
    PageCanvas.footer_left = footer_left
    PageCanvas.language = language
    canvases: list[PageCanvas] = []

    def canvasmaker(*args, **kwargs) -> PageCanvas:
        canvases.append(PageCanvas(*args, **kwargs))
        return canvases[-1]

    doc.build(build(doc.width), canvasmaker=canvasmaker)
    write_pdfa(
        buffer.getvalue(),
        Path(path),
        language=LANGUAGE_TAGS.get(language, language),
        structure=canvases[-1].tagger,
    )
