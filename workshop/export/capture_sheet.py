"""A printable capture sheet (skjema) for participants without a screen, with ReportLab.

One A4 page per step that collects input (silent writing, sharing, discussion, evaluation): the
step's question in large type and ruled boxes to write in, each with a line for the participant
group; an evaluation step also gets a row of circles 1–5 to tick. Page 1 starts with the session's
title, date and place and a short instruction. The facilitator types the notes in afterwards (run
mode's type-in mode).

Laid out with the page kit (:func:`workshop.export.page_kit.write_archive_pdf`): the one embedded
font family, running header from page 2, ``side X av Y`` footer, PDF/A-2b, written whole or not
at all.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from workshop.domain.framework import Framework
from workshop.domain.vocabulary import EVALUATE
from workshop.export.fonts import BOLD, REGULAR
from workshop.export.markup import canvas_line, pdf_text
from workshop.export.page_kit import ACCENT, MUTED, RULE, Paragraph, styles, write_archive_pdf
from workshop.i18n import t
from workshop.services.dto import SessionInfo, StepInfo
from workshop.services.evaluation import RATING_VALUES

COLLECTING_KINDS = ("silent-writing", "share", "discuss", EVALUATE)
COLUMNS = 2
MAX_ROWS = 3  # six boxes on a page
MIN_ROW = 52 * mm
MAX_ROW = 78 * mm
GUTTER = 6 * mm
LINE_GAP = 9 * mm
BOX_LINE = colors.HexColor("#7F93A8")
WRITING_LINE = colors.HexColor("#D5DDE6")
HINT_FILL = colors.HexColor("#EEF2F6")


def collecting_steps(session: SessionInfo) -> list[StepInfo]:
    """The steps participants write for, in agenda order (not intro, cluster, vote, wrap-up)."""
    return [s for s in session.steps if s.kind in COLLECTING_KINDS]


def step_question(step: StepInfo) -> str:
    """The participant question, or the step's title when it has none."""
    return step.question.strip() or step.title.strip()


class WritingBoxes(Flowable):
    """Rows of ruled boxes filling the rest of the page (at most MAX_ROWS rows of COLUMNS)."""

    def __init__(self, step_label: str, group_label: str) -> None:
        super().__init__()
        self.step_label = step_label
        self.group_label = group_label
        self.rows = MAX_ROWS
        self.row_height = MAX_ROW

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        rows = min(MAX_ROWS, int(avail_height // MIN_ROW))
        if rows < 1:  # not even one row left: onto the next page
            self.rows, self.row_height = MAX_ROWS, MIN_ROW
            return avail_width, MAX_ROWS * MIN_ROW
        self.rows = rows
        self.row_height = min(MAX_ROW, avail_height / rows)
        self.height = rows * self.row_height
        return avail_width, self.height

    def alt_text(self, language: str, title: str) -> str:
        """The boxes in words for the tagged PDF."""
        return t("sheet_boxes_alt", language, n=self.rows * COLUMNS)

    def draw(self) -> None:
        box_w = (self.width - GUTTER * (COLUMNS - 1)) / COLUMNS
        box_h = self.row_height - GUTTER
        for row in range(self.rows):
            y = self.height - (row + 1) * self.row_height + GUTTER
            for col in range(COLUMNS):
                self._box(col * (box_w + GUTTER), y, box_w, box_h)

    def _box(self, x: float, y: float, w: float, h: float) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(BOX_LINE)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, 3 * mm, stroke=1, fill=0)
        c.setFont(REGULAR, 7)
        c.setFillColor(MUTED)
        c.drawRightString(x + w - 3 * mm, y + h - 4.5 * mm, self.step_label)
        # the group line at the bottom, writing lines above it
        label_y = y + 4 * mm
        c.setFont(REGULAR, 8)
        c.drawString(x + 4 * mm, label_y, self.group_label)
        label_end = x + 4 * mm + c.stringWidth(self.group_label, REGULAR, 8) + 2 * mm
        c.setStrokeColor(BOX_LINE)
        c.setLineWidth(0.5)
        c.line(label_end, label_y - 1, x + w * 0.62, label_y - 1)
        c.setStrokeColor(WRITING_LINE)
        c.setLineWidth(0.6)
        line_y = label_y + LINE_GAP + 1 * mm
        while line_y < y + h - 8 * mm:
            c.line(x + 4 * mm, line_y, x + w - 4 * mm, line_y)
            line_y += LINE_GAP
        c.restoreState()


class RatingRow(Flowable):
    """``Label: ◯ 1  ◯ 2 … ◯ 5`` with the scale's ends explained."""

    tag_role = "P"  # in the tagged PDF: its text, read as drawn

    def __init__(self, label: str, low: str, high: str) -> None:
        super().__init__()
        self.label, self.low, self.high = label, low, high
        self.height = 16 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(HINT_FILL)
        c.setStrokeColor(RULE)
        c.roundRect(0, 1 * mm, self.width, self.height - 2 * mm, 2 * mm, stroke=1, fill=1)
        mid = self.height / 2 + 0.5 * mm
        c.setFillColor(colors.black)
        label, shaped = canvas_line(self.label, BOLD, 10, self.width * 0.35)
        c.setFont(BOLD, 10)
        c.drawString(4 * mm, mid - 1.2 * mm, label, shaping=shaped)
        start = 4 * mm + c.stringWidth(label, BOLD, 10) + 8 * mm
        step = 11 * mm
        radius = 3.2 * mm
        c.setLineWidth(0.9)
        c.setStrokeColor(ACCENT)
        for i, value in enumerate(RATING_VALUES):
            cx = start + i * step + radius
            c.setFillColor(colors.white)
            c.circle(cx, mid, radius, stroke=1, fill=1)
            c.setFillColor(ACCENT)
            c.setFont(BOLD, 9)
            c.drawCentredString(cx, mid - 1.1 * mm, str(value))
        c.setFont(REGULAR, 8)
        c.setFillColor(MUTED)
        scale = f"1 = {self.low} · 5 = {self.high}"
        c.drawRightString(self.width - 4 * mm, mid - 1 * mm, scale)
        c.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    st["question"] = ParagraphStyle(
        "question",
        parent=st["body"],
        fontName=BOLD,
        fontSize=17,
        leading=22,
        textColor=colors.black,
        spaceAfter=4 * mm,
        headingLevel=2,  # each step's question is a heading under the sheet's title
    )
    st["step"] = ParagraphStyle(
        "step", parent=st["muted"], fontSize=9, leading=12, spaceAfter=1.5 * mm
    )
    st["instruction"] = ParagraphStyle(
        "instruction",
        parent=st["body"],
        fontSize=10.5,
        leading=14.5,
        backColor=HINT_FILL,
        borderColor=RULE,
        borderWidth=0.5,
        borderPadding=(3 * mm, 3 * mm, 3 * mm, 3 * mm),
        leftIndent=3 * mm,
        rightIndent=3 * mm,
        spaceBefore=1 * mm,
        spaceAfter=7 * mm,
    )
    st["title"].spaceAfter = 1.5 * mm
    st["subtitle"].spaceAfter = 5 * mm
    return st


def _header(session: SessionInfo, st: dict, language: str) -> list:
    from workshop.domain.formatting import long_date

    details = [long_date(session.date, language) if session.date else "", session.place.strip()]
    line = " · ".join(d for d in details if d) or session.template_name
    return [
        Paragraph(pdf_text(session.title, BOLD), st["title"]),
        Paragraph(pdf_text(line, REGULAR), st["subtitle"]),
        Paragraph(pdf_text(t("sheet_instruction", language), REGULAR), st["instruction"]),
    ]


def build_sheet_story(session: SessionInfo, language: str) -> list:
    """Header, then per collecting step its question and the boxes (one page per step)."""
    st = _styles()
    story: list = _header(session, st, language)
    steps = collecting_steps(session)
    if not steps:
        story.append(Paragraph(pdf_text(t("sheet_no_steps", language), REGULAR), st["empty"]))
        return story
    group_label = f"{t('pdf_group', language)}:"
    for i, step in enumerate(steps):
        if i:
            story.append(PageBreak())
        step_label = t("sheet_step", language, n=step.position, title=step.title)
        head = [
            Paragraph(pdf_text(step_label, REGULAR), st["step"]),
            Paragraph(pdf_text(step_question(step), BOLD), st["question"]),
        ]
        if step.kind == EVALUATE:
            head += [
                RatingRow(
                    t("sheet_rating", language),
                    t("sheet_rating_low", language),
                    t("sheet_rating_high", language),
                ),
                Spacer(1, 3 * mm),
            ]
        story.append(KeepTogether(head))
        story.append(WritingBoxes(t("sheet_box_step", language, n=step.position), group_label))
    return story


def write_capture_sheet(
    session: SessionInfo, framework: Framework | None, path: Path, language: str
) -> None:
    """Write the capture sheet for ``session`` to ``path`` as PDF/A-2b (``framework`` only adds
    its principles to the document's keywords)."""
    keywords = [session.template_name]
    if framework is not None:
        keywords += [p.title.get(language, "") for p in framework.principles]
    write_archive_pdf(
        Path(path),
        lambda _width: build_sheet_story(session, language),
        title=f"{session.title} – {t('sheet_title', language)}",
        author="",
        subject=t("sheet_subject", language, kind=session.template_name),
        keywords=[k for k in keywords if k],
        language=language,
        header_text=session.title,
        footer_left=t("sheet_footer", language),
    )
