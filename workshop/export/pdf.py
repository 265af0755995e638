"""PDF minutes (referat) with ReportLab.

One embedded font family (DejaVu Sans) and nothing else; all user text escaped; a running header
with the session title and a footer ``side X av Y`` drawn when the canvas is saved, so the document
is built only once.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from workshop.export.markup import para_text
from workshop.i18n import t
from workshop.services.dto import NoteInfo
from workshop.services.minutes import MinutesData

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#C8D3DF")
MARGIN = 20 * mm


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, alignment=TA_LEFT)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=ACCENT,
            spaceAfter=4 * mm,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED, spaceAfter=6 * mm
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=7 * mm,
            spaceAfter=2 * mm,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=1.5 * mm,
        ),
        "principle_text": ParagraphStyle(
            "principle_text", parent=base, fontName=ITALIC, textColor=MUTED, spaceAfter=2.5 * mm
        ),
        "note": ParagraphStyle(
            "note",
            parent=base,
            leftIndent=4 * mm,
            spaceBefore=1 * mm,
            spaceAfter=1.5 * mm,
            borderPadding=0,
        ),
        "empty": ParagraphStyle("empty", parent=base, fontName=ITALIC, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=9, leading=11.5
        ),
    }


class _NumberedCanvas(Canvas):
    """Keeps each page's state and draws header and footer with totals on save."""

    header_text = ""
    footer_left = ""
    language = "nb"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

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
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        if self._pageNumber > 1:
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, height - 12 * mm, self.header_text[:110])
            self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, 10 * mm, self.footer_left)
        self.drawRightString(
            width - MARGIN,
            10 * mm,
            t("pdf_page_x_of_y", self.language, x=self._pageNumber, y=total),
        )
        self.restoreState()


def note_markup(data: MinutesData, note: NoteInfo) -> str:
    """Paragraph markup for one note: its escaped text, then step, group, votes (and author)."""
    lang = data.language
    meta = []
    step = data.step_label(note)
    if step:
        meta.append(t("pdf_step", lang) + " " + para_text(step))
    if note.group:
        meta.append(t("pdf_group", lang) + " " + para_text(note.group))
    if note.votes:
        meta.append(t("pdf_votes", lang, n=note.votes))
    if note.author and not data.anonymous:
        meta.append(t("pdf_author", lang) + " " + para_text(note.author))
    meta_markup = f'<br/><font size="8" color="#555555">{" · ".join(meta)}</font>' if meta else ""
    return f"{para_text(note.text)}{meta_markup}"


def _note_paragraph(data: MinutesData, note: NoteInfo, style: ParagraphStyle) -> Paragraph:
    return Paragraph(note_markup(data, note), style)


def _table_style(*commands: tuple) -> TableStyle:
    """A table style on the embedded font (ReportLab's default cell font is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _kv_table(rows: list[tuple[str, str]], st: dict[str, ParagraphStyle], width: float) -> Table:
    data = [
        [Paragraph(para_text(k), st["cell_bold"]), Paragraph(para_text(v), st["cell"])]
        for k, v in rows
    ]
    table = Table(data, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    table.setStyle(
        _table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _participants(data: MinutesData) -> str:
    s = data.session
    counts = s.participants_actual or s.participants_planned
    if not counts:
        return "–"
    label = "pdf_participants_actual" if s.participants_actual else "pdf_participants_planned"
    parts = ", ".join(f"{group}: {n}" for group, n in counts.items())
    return f"{parts} ({t(label, data.language)})"


def build_story(data: MinutesData, width: float) -> list:
    lang = data.language
    st = _styles()
    s = data.session
    story: list = [
        Paragraph(para_text(s.title), st["title"]),
        Paragraph(para_text(t("pdf_minutes_from", lang, kind=s.template_name)), st["subtitle"]),
    ]
    rows = [
        (t("pdf_date", lang), s.date.isoformat() if s.date else "–"),
        (t("pdf_place", lang), s.place or "–"),
        (t("pdf_session_type", lang), s.template_name),
        (t("pdf_archive_ref", lang), s.archive_ref or "–"),
    ]
    if not data.anonymous:
        rows.append((t("pdf_facilitators", lang), ", ".join(s.facilitators) or "–"))
    rows += [
        (t("pdf_participants", lang), _participants(data)),
        (t("pdf_inputs", lang), str(len(data.notes))),
        (t("pdf_framework", lang), data.framework.name[lang]),
    ]
    story.append(_kv_table(rows, st, width))

    story.append(Paragraph(para_text(t("pdf_agenda", lang)), st["h1"]))
    agenda = [
        [
            Paragraph(para_text(h), st["cell_bold"])
            for h in (
                "#",
                t("pdf_step_title", lang),
                t("pdf_minutes_planned", lang),
                t("pdf_question", lang),
            )
        ]
    ]
    for step in s.steps:
        agenda.append(
            [
                Paragraph(str(step.position), st["cell"]),
                Paragraph(para_text(step.title), st["cell"]),
                Paragraph(
                    str(step.minutes) if step.minutes else t("pdf_open_ended", lang), st["cell"]
                ),
                Paragraph(para_text(step.question), st["cell"]),
            ]
        )
    table = Table(agenda, colWidths=[8 * mm, 55 * mm, 22 * mm, width - 85 * mm], repeatRows=1)
    table.setStyle(
        _table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ]
        )
    )
    story.append(table)

    story.append(Paragraph(para_text(t("pdf_by_principle", lang)), st["h1"]))
    for section in data.by_principle:
        p = section.principle
        heading = t("pdf_principle_heading", lang, n=p.number, title=p.title[lang])
        head = [
            CondPageBreak(30 * mm),
            Paragraph(para_text(heading), st["h2"]),
            Paragraph(para_text(p.text[lang]), st["principle_text"]),
        ]
        if not section.notes:
            story.append(KeepTogether([*head, Paragraph(t("pdf_no_inputs", lang), st["empty"])]))
            continue
        story.extend(head)
        story.extend(_note_paragraph(data, n, st["note"]) for n in section.notes)

    story.append(CondPageBreak(30 * mm))
    story.append(Paragraph(para_text(t("pdf_not_mapped", lang)), st["h1"]))
    if data.unmapped:
        story.extend(_note_paragraph(data, n, st["note"]) for n in data.unmapped)
    else:
        story.append(Paragraph(t("pdf_all_mapped", lang), st["empty"]))

    if data.framework.focus_areas:
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(para_text(t("pdf_by_focus_area", lang)), st["h1"]))
        for fs in data.by_focus_area:
            story.append(CondPageBreak(20 * mm))
            story.append(Paragraph(para_text(fs.focus_area.title[lang]), st["h2"]))
            if fs.notes:
                story.extend(_note_paragraph(data, n, st["note"]) for n in fs.notes)
            else:
                story.append(Paragraph(t("pdf_no_inputs", lang), st["empty"]))
    return story


def write_minutes_pdf(data: MinutesData, path: Path) -> None:
    """Write the minutes to ``path`` (through a temporary file, so a failure leaves no half PDF)."""
    register_fonts()
    lang = data.language
    s = data.session
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=s.title,
        author="" if data.anonymous else ", ".join(s.facilitators),
        subject=t("pdf_subject", lang, kind=s.template_name),
        keywords=[p.title[lang] for p in data.framework.principles],
        creator="Verksted",
        lang="nb-NO" if lang == "nb" else "en-GB",
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=12,
        invariant=False,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    class PageCanvas(_NumberedCanvas):
        header_text = s.title
        footer_left = t("pdf_exported", lang, date=data.exported_at.strftime("%Y-%m-%d %H:%M"))
        language = lang

    story = build_story(data, doc.width)
    story.insert(0, Spacer(1, 0))
    try:
        doc.build(story, canvasmaker=PageCanvas)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
