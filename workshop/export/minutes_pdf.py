"""PDF minutes (referat) with ReportLab, made archive-ready (PDF/A-2b) with pikepdf.

Order: cover (details, participants, chart of inputs per principle), summary (clusters, most-voted
inputs, actions, the board as it ended), agenda as run (with the room's evaluation of the session),
inputs by principle, not mapped, inputs by focus area, an appendix with every note numbered in
capture order, and one with the photos of the wall and flipcharts (if any).

One embedded font family (DejaVu Sans) and nothing else — also in the chart and the board picture;
what the font cannot draw becomes a readable placeholder (:mod:`workshop.export.markup`); all user
text escaped; right-to-left text ordered and shaped (:mod:`workshop.export.bidi`). The page — a
running header with the session title, a footer ``side X av Y``, the outline, the PDF/A file — is
:mod:`workshop.export.page_kit`'s, shared with the period report and the capture sheet.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from workshop.domain.formatting import NBSP, decimal, long_date, long_moment, session_time
from workshop.domain.vocabulary import ORIGIN_PHONE
from workshop.export import revision as rev
from workshop.export.bidi import break_lines, has_rtl
from workshop.export.board_picture import board_picture
from workshop.export.charts import Bar, BarChart
from workshop.export.fonts import BOLD, ITALIC, REGULAR
from workshop.export.markup import drawable, para_text, pdf_text
from workshop.export.page_kit import (
    CELL_META_OPEN,
    CELL_PADDING,
    MARGIN,
    META_OPEN,
    RULE,
    NoteParagraph,
    Paragraph,
    Progress,
    column_width,
    grid_style,
    heading,
    hyphenate,
    key_value_table,
    styles,
    table_style,
    write_archive_pdf,
)
from workshop.export.tagging import figure, layout_table
from workshop.i18n import t
from workshop.services.dto import NoteInfo
from workshop.services.evaluation import RATING_VALUES
from workshop.services.minutes import MinutesData


def _votes(n: int, lang: str) -> str:
    return t("pdf_vote_one", lang) if n == 1 else t("pdf_votes", lang, n=n)


def _feedback(kind: str, lang: str) -> str:
    """Keep or change, a note's own field (never a participant group)."""
    return t("pdf_keep", lang) if kind == "keep" else t("pdf_change", lang)


# --- one note in its several forms --------------------------------------------------------------


def _meta(parts: list[str], open_tag: str = META_OPEN) -> str:
    return f"{open_tag}{' · '.join(parts)}</font>" if parts else ""


def note_meta(data: MinutesData, note: NoteInfo) -> str:
    """The small line under a note in a section: number, step, group, votes (and author)."""
    lang = data.language
    meta = [t("pdf_note_number", lang, n=data.number(note))]
    step = data.step_label(note)
    if step:
        meta.append(t("pdf_step", lang) + " " + pdf_text(step, REGULAR))
    if note.group:
        meta.append(t("pdf_group", lang) + " " + pdf_text(note.group, REGULAR))
    if note.origin == ORIGIN_PHONE:
        meta.append(t("pdf_from_phone", lang))
    if note.feedback:
        meta.append(_feedback(note.feedback, lang))
    if note.votes:
        meta.append(_votes(note.votes, lang))
    if note.author and not data.anonymous:
        meta.append(t("pdf_author", lang) + " " + pdf_text(note.author, REGULAR))
    return _meta(meta)


def appendix_meta(data: MinutesData, note: NoteInfo) -> str:
    """The appendix's line under a note: everything recorded about it."""
    lang = data.language
    meta = []
    step = data.step_label(note)
    if step:
        meta.append(t("pdf_step", lang) + " " + pdf_text(step, REGULAR))
    if note.group:
        meta.append(t("pdf_group", lang) + " " + pdf_text(note.group, REGULAR))
    if note.origin == ORIGIN_PHONE:
        meta.append(t("pdf_from_phone", lang))
    if note.feedback:
        meta.append(_feedback(note.feedback, lang))
    if note.principles:
        meta.append(t("pdf_principles", lang, numbers=", ".join(map(str, note.principles))))
    if note.focus_areas:
        titles = []
        for area_id in note.focus_areas:
            try:
                titles.append(data.framework.focus_area(area_id).title[lang])
            except KeyError:
                titles.append(area_id)
        meta.append(t("pdf_focus_area", lang) + " " + pdf_text("; ".join(titles), REGULAR))
    if note.cluster_name:
        meta.append(t("pdf_cluster", lang) + " " + pdf_text(note.cluster_name, REGULAR))
    if note.votes:
        meta.append(_votes(note.votes, lang))
    if note.author and not data.anonymous:
        meta.append(t("pdf_author", lang) + " " + pdf_text(note.author, REGULAR))
    return _meta(meta)


def summary_meta(data: MinutesData, note: NoteInfo) -> str:
    """The summary's short line under a note: its number and votes."""
    lang = data.language
    meta = [t("pdf_note_number", lang, n=data.number(note))]
    if note.votes:
        meta.append(_votes(note.votes, lang))
    return _meta(meta)


def _with_meta(text_markup: str, meta: str) -> str:
    return f"{text_markup}<br/>{meta}" if meta else text_markup


def note_markup(data: MinutesData, note: NoteInfo) -> str:
    """Paragraph markup for one note in a section: its escaped text, then its details."""
    return _with_meta(pdf_text(note.text, REGULAR), note_meta(data, note))


def appendix_markup(data: MinutesData, note: NoteInfo) -> str:
    return _with_meta(pdf_text(note.text, REGULAR), appendix_meta(data, note))


def summary_markup(data: MinutesData, note: NoteInfo) -> str:
    return _with_meta(pdf_text(note.text, REGULAR), summary_meta(data, note))


_META = {"note": note_meta, "appendix": appendix_meta, "summary": summary_meta}


class _NoteWriter:
    """Builds the flowables for a note, reusing each note's markup across its sections.

    A note is its text with its details under it (:class:`NoteParagraph`: drawn as the markup
    of :func:`note_markup` would be, laid out faster).
    """

    def __init__(self, data: MinutesData, frame_width: float) -> None:
        self.data = data
        self.frame_width = frame_width
        self._texts: dict[str, str] = {}
        self._details: dict[tuple[str, str], str] = {}
        self._rtl_styles: dict[tuple[str, int], tuple[ParagraphStyle, ParagraphStyle]] = {}

    def flowables(self, note: NoteInfo, style: ParagraphStyle, form: str, bullet=None) -> list:
        meta = _META[form]
        if not has_rtl(note.text):
            text = self._texts.get(note.id)
            if text is None:
                text = self._texts[note.id] = pdf_text(note.text, REGULAR)
            details = self._details.get((form, note.id))
            if details is None:
                details = self._details[form, note.id] = meta(self.data, note)
            return [NoteParagraph(text, details, style, bulletText=bullet)]
        lines, base = self._rtl_lines(note.text, style)
        text_style, meta_style = self._rtl_style(style, base)
        return [
            Paragraph(lines, text_style, bulletText=bullet),
            Paragraph(meta(self.data, note), meta_style),
        ]

    def _rtl_lines(self, text: str, style: ParagraphStyle) -> tuple[str, int]:
        """Right-to-left text broken into lines here and put in visual order (see bidi.py)."""
        width = self.frame_width - style.leftIndent - style.rightIndent - 1
        font, size = style.fontName, style.fontSize
        text = drawable(text, font).replace("\t", "    ")
        lines = list(break_lines(text, width, lambda s: stringWidth(s, font, size)))
        base = next((b for line, b in lines if has_rtl(line)), 0)
        return "<br/>".join(para_text(line) for line, _ in lines), base

    def _rtl_style(self, style: ParagraphStyle, base: int) -> tuple[ParagraphStyle, ParagraphStyle]:
        key = (style.name, base)
        if key not in self._rtl_styles:
            text_style = ParagraphStyle(
                f"{style.name}-rtl{base}",
                parent=style,
                alignment=TA_RIGHT if base else TA_LEFT,
                shaping=1,
                spaceAfter=0,
                keepWithNext=1,  # its detail line comes on the same page
            )
            meta_style = ParagraphStyle(
                f"{style.name}-meta", parent=style, spaceBefore=0, bulletText=None
            )
            self._rtl_styles[key] = (text_style, meta_style)
        return self._rtl_styles[key]


def participant_lines(data: MinutesData) -> list[str]:
    """One line per group: the actual count where recorded, else the planned one; then the total."""
    s = data.session
    lang = data.language
    groups = list(dict.fromkeys([*s.participants_planned, *s.participants_actual]))
    lines = []
    total = 0
    for group in groups:
        actual = group in s.participants_actual
        n = s.participants_actual[group] if actual else s.participants_planned[group]
        label = "pdf_participants_actual" if actual else "pdf_participants_planned"
        total += n
        lines.append(f"{group}: {n} ({t(label, lang)})")
    if len(lines) > 1:
        lines.append(t("pdf_participants_total", lang, n=total))
    return lines


# --- the sections --------------------------------------------------------------------------------


def _cover(data: MinutesData, st: dict, width: float) -> list:
    lang = data.language
    s = data.session
    story: list = [
        Spacer(1, 0),
        Paragraph(pdf_text(s.title, BOLD), st["title"]),
        Paragraph(
            pdf_text(t("pdf_minutes_from", lang, kind=s.template_name), REGULAR), st["subtitle"]
        ),
    ]

    def v(text: str) -> str:
        return pdf_text(text, REGULAR)

    rows = [
        (t("pdf_date", lang), v(long_date(s.date, lang, weekday=True) if s.date else "–")),
        (t("pdf_time", lang), v(session_time(s, lang) or "–")),  # booked, and when it ended
        (t("pdf_place", lang), v(s.place or "–")),
        (t("pdf_session_type", lang), v(s.template_name)),
        (t("pdf_archive_ref", lang), v(s.archive_ref or "–")),
    ]
    if not data.anonymous:
        rows.append((t("pdf_facilitators", lang), v(", ".join(s.facilitators) or "–")))
    people = participant_lines(data)
    rows += [
        (t("pdf_participants", lang), "<br/>".join(v(line) for line in people) or "–"),
        (t("pdf_inputs", lang), str(len(data.notes))),
        (t("pdf_votes_cast", lang), str(sum(n.votes for n in data.notes))),
        (t("pdf_framework", lang), v(data.framework.name[lang])),
    ]
    story.append(key_value_table(rows, st, width))
    story.append(heading(t("pdf_chart_title", lang), st["h2"]))
    bars = [
        Bar(str(section.principle.number), section.principle.title[lang], len(section.notes))
        for section in data.by_principle
    ]
    bars.append(Bar("", t("pdf_chart_unmapped", lang), len(data.unmapped), muted=True))
    story.append(BarChart(bars))
    return story


def _revision(data: MinutesData, st: dict) -> list:
    """Version 2 and later of approved minutes: the reason, and what changed since the version
    before (headings in the structure tree, each change a list item)."""
    revision = data.revision
    if revision is None:
        return []
    lang = data.language
    story: list = [PageBreak(), heading(rev.title(revision, lang), st["h1"], 0)]
    for text in rev.intro(revision, lang):
        story.append(Paragraph(pdf_text(text, REGULAR), st["body"]))
    story.append(heading(rev.changes_heading(revision, lang), st["h2"], 1))
    groups = revision.by_kind()
    if not groups:
        story.append(Paragraph(pdf_text(rev.no_changes(revision, lang), ITALIC), st["empty"]))
    for kind, changes in groups:
        story.append(CondPageBreak(20 * mm))
        story.append(heading(rev.group_heading(kind, lang), st["h3"], 2))
        for change in changes:
            label, text, detail = rev.line(change, lang, data.framework)
            parts = []
            if label:
                parts.append(f"<b>{pdf_text(label + ':', BOLD)}</b>")
            if text:
                parts.append(pdf_text(text, REGULAR))
            markup = " ".join(parts)
            if detail:
                markup += f"<br/>{META_OPEN}{pdf_text(detail, REGULAR)}</font>"
            story.append(Paragraph(markup, st["item"], bulletText="•"))
    return story


def _summary(data: MinutesData, st: dict, width: float, notes: _NoteWriter) -> list:
    lang = data.language
    story: list = [PageBreak(), heading(t("pdf_summary", lang), st["h1"], 0)]

    story.append(heading(t("pdf_clusters", lang), st["h2"], 1))
    if not data.by_cluster:
        story.append(Paragraph(t("pdf_no_clusters", lang), st["empty"]))
    for section in data.by_cluster:
        meta = t("pdf_cluster_meta", lang, n=len(section.notes), votes=_votes(section.votes, lang))
        story.append(
            Paragraph(f"{pdf_text(section.cluster.name, BOLD)} {META_OPEN}{meta}</font>", st["h3"])
        )
        for note in section.notes:
            story.extend(notes.flowables(note, st["item"], "summary", bullet="•"))

    story.append(CondPageBreak(25 * mm))
    story.append(heading(t("pdf_top_voted", lang), st["h2"], 1))
    if not data.top_voted:
        story.append(Paragraph(t("pdf_no_votes", lang), st["empty"]))
    for rank, note in enumerate(data.top_voted, start=1):
        story.extend(notes.flowables(note, st["item"], "summary", bullet=f"{rank}."))

    story.append(CondPageBreak(25 * mm))
    story.append(heading(t("pdf_actions", lang), st["h2"], 1))
    story.append(_actions_table(data, st, width))

    story.append(CondPageBreak(60 * mm))
    story.append(heading(t("pdf_board", lang), st["h2"], 1))
    picture = board_picture(data)
    if picture is None:
        story.append(Paragraph(t("pdf_board_empty", lang), st["empty"]))
    else:
        story.append(Paragraph(t("pdf_board_caption", lang), st["muted"]))
        story.append(Spacer(1, 2 * mm))
        story.append(picture)
        unplaced = sum(1 for n in data.notes if n.x is None or n.y is None)
        if unplaced:
            story.append(Spacer(1, 1.5 * mm))
            story.append(Paragraph(t("pdf_board_unplaced", lang, n=unplaced), st["muted"]))
    return story


def _actions_table(data: MinutesData, st: dict, width: float):
    """Action, owner, due date (in words), status. The narrow columns are as wide as their
    widest word (within limits), so no word breaks mid-word; a word wider still is hyphenated."""
    lang = data.language
    if not data.actions:
        return Paragraph(t("pdf_no_actions", lang), st["empty"])
    show_owner = not data.anonymous
    head = [t("pdf_action", lang)]
    if show_owner:
        head.append(t("pdf_action_owner", lang))
    head += [t("pdf_action_due", lang), t("pdf_action_status", lang)]
    owners = [a.owner or "–" for a in data.actions]
    dues = [long_date(a.due, lang).replace(" ", NBSP) if a.due else "–" for a in data.actions]
    statuses = [t("action_" + a.status.replace("-", "_"), lang) for a in data.actions]
    narrow = [(dues, 22 * mm, 32 * mm), (statuses, 20 * mm, 32 * mm)]
    if show_owner:
        narrow.insert(0, (owners, 30 * mm, 50 * mm))
    fixed = [
        max(column_width(texts, low, high), column_width([h], 0, high, BOLD))
        for (texts, low, high), h in zip(narrow, head[1:], strict=True)
    ]
    widths = [width - sum(fixed), *fixed]
    rows = [
        [
            Paragraph(para_text(hyphenate(h, w - CELL_PADDING, BOLD)), st["cell_bold"])
            for h, w in zip(head, widths, strict=True)
        ]
    ]
    for i, action in enumerate(data.actions):
        text = pdf_text(hyphenate(action.text, widths[0] - CELL_PADDING), REGULAR)
        details = []
        if action.comment:
            details.append(pdf_text(action.comment, REGULAR))
        linked = [data.numbers[i] for i in action.note_ids if i in data.numbers]
        if linked:
            details.append(t("pdf_note_number", lang, n=", ".join(str(n) for n in sorted(linked))))
        if action.principles:
            details.append(
                t("pdf_principles", lang, numbers=", ".join(map(str, action.principles)))
            )
        if details:
            text = _with_meta(text, _meta(details, CELL_META_OPEN))
        cells = [owners[i]] if show_owner else []
        cells += [dues[i], statuses[i]]
        row = [Paragraph(text, st["cell"])]
        row += [
            Paragraph(pdf_text(hyphenate(cell, w - CELL_PADDING), REGULAR), st["cell"])
            for cell, w in zip(cells, widths[1:], strict=True)
        ]
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style())
    return table


def _agenda(data: MinutesData, st: dict, width: float) -> list:
    lang = data.language
    s = data.session
    story: list = [
        CondPageBreak(50 * mm),
        heading(t("pdf_agenda_as_run", lang), st["h1"], 0),
    ]
    right = st["cell_bold_right"]
    rows = [
        [
            Paragraph("#", st["cell_bold"]),
            Paragraph(para_text(t("pdf_step_title", lang)), st["cell_bold"]),
            Paragraph(para_text(t("pdf_minutes_planned", lang)), right),
            Paragraph(para_text(t("pdf_minutes_actual", lang)), right),
            Paragraph(para_text(t("pdf_inputs", lang)), right),
        ]
    ]
    planned_total = actual_total = 0
    for step in s.steps:
        title = pdf_text(step.title, REGULAR)
        if step.question:
            title += f"<br/>{CELL_META_OPEN}{pdf_text(step.question, REGULAR)}</font>"
        actual = round(step.actual_seconds / 60) if step.actual_seconds else None
        planned_total += step.minutes
        actual_total += actual or 0
        rows.append(
            [
                Paragraph(str(step.position), st["cell"]),
                Paragraph(title, st["cell"]),
                Paragraph(
                    str(step.minutes) if step.minutes else para_text(t("pdf_open_ended", lang)),
                    st["cell_right"],
                ),
                Paragraph("–" if actual is None else str(actual), st["cell_right"]),
                Paragraph(str(data.notes_in_step(step)), st["cell_right"]),
            ]
        )
    rows.append(
        [
            Paragraph("", st["cell"]),
            Paragraph(para_text(t("pdf_total", lang)), st["cell_bold"]),
            Paragraph(str(planned_total), right),
            Paragraph(str(actual_total) if actual_total else "–", right),
            Paragraph(str(sum(1 for n in data.notes if n.step_id)), right),
        ]
    )
    numbers = 20 * mm
    table = Table(
        rows,
        colWidths=[8 * mm, width - 8 * mm - 3 * numbers, numbers, numbers, numbers],
        repeatRows=1,
    )
    table.setStyle(grid_style(total=True))
    story.append(table)
    return story


def _evaluation(data: MinutesData, st: dict, width: float, notes: _NoteWriter) -> list:
    """The room's ratings of the session (a chart of 5 … 1, n and mean) and keep/change notes."""
    evaluation = data.evaluation
    if evaluation is None or not evaluation.shown:
        return []
    lang = data.language
    summary = evaluation.summary
    story: list = [CondPageBreak(45 * mm), heading(t("pdf_evaluation", lang), st["h2"], 1)]
    if summary.n:
        bars = [Bar(str(v), "", summary.count(v)) for v in reversed(RATING_VALUES)]
        count = t("pdf_rating_one", lang) if summary.n == 1 else t("pdf_ratings", lang, n=summary.n)
        mean = t("pdf_rating_mean", lang, mean=decimal(summary.mean, lang))
        text = Paragraph(
            f"<b>{para_text(count)}</b><br/>{para_text(mean)}<br/>"
            f"{META_OPEN}{para_text(t('pdf_rating_scale', lang))}</font>",
            st["body"],
        )
        chart_width = 75 * mm
        table = layout_table(
            Table(
                [[BarChart(bars, label_width=0), text]],
                colWidths=[chart_width, width - chart_width],
                hAlign="LEFT",
            )
        )
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(t("pdf_no_ratings", lang), st["empty"]))
    for key, items in (
        ("pdf_keep", evaluation.keep),
        ("pdf_change", evaluation.change),
        ("pdf_other_feedback", evaluation.other),
    ):
        if not items:
            continue
        story.append(heading(t(key, lang), st["h3"]))
        for note in items:
            story.extend(notes.flowables(note, st["item"], "summary", bullet="•"))
    if evaluation.steps and not evaluation.notes:
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph(t("pdf_no_feedback_notes", lang), st["empty"]))
    return story


def _sections(data: MinutesData, st: dict, notes: _NoteWriter) -> list:
    lang = data.language
    story: list = [
        CondPageBreak(60 * mm),
        heading(t("pdf_by_principle", lang), st["h1"], 0),
    ]
    for section in data.by_principle:
        p = section.principle
        title = t("pdf_principle_heading", lang, n=p.number, title=p.title[lang])
        head = [
            CondPageBreak(30 * mm),
            heading(title, st["h2"], 1),
            Paragraph(pdf_text(p.text[lang], ITALIC), st["principle_text"]),
        ]
        if not section.notes:
            story.append(KeepTogether([*head, Paragraph(t("pdf_no_inputs", lang), st["empty"])]))
            continue
        story.extend(head)
        for note in section.notes:
            story.extend(notes.flowables(note, st["note"], "note"))

    story.append(CondPageBreak(30 * mm))
    story.append(heading(t("pdf_not_mapped", lang), st["h1"], 0))
    if data.unmapped:
        for note in data.unmapped:
            story.extend(notes.flowables(note, st["note"], "note"))
    else:
        story.append(Paragraph(t("pdf_all_mapped", lang), st["empty"]))

    if data.framework.focus_areas:
        story.append(CondPageBreak(30 * mm))
        story.append(heading(t("pdf_by_focus_area", lang), st["h1"], 0))
        for fs in data.by_focus_area:
            story.append(CondPageBreak(20 * mm))
            story.append(heading(fs.focus_area.title[lang], st["h2"], 1))
            if fs.notes:
                for note in fs.notes:
                    story.extend(notes.flowables(note, st["note"], "note"))
            else:
                story.append(Paragraph(t("pdf_no_inputs", lang), st["empty"]))
    return story


def _appendix(data: MinutesData, st: dict, notes: _NoteWriter) -> list:
    lang = data.language
    story: list = [
        PageBreak(),
        heading(t("pdf_appendix", lang), st["h1"], 0),
        Paragraph(t("pdf_appendix_intro", lang), st["muted"]),
        Spacer(1, 2 * mm),
    ]
    for note in data.notes:
        story.extend(
            notes.flowables(note, st["appendix"], "appendix", bullet=f"{data.number(note)}.")
        )
        for text in data.other_versions.get(note.id, ()):
            story.append(
                Paragraph(
                    pdf_text(t("pdf_other_version", lang, text=text), ITALIC),
                    st["other_version"],
                )
            )
    if not data.notes:
        story.append(Paragraph(t("pdf_no_inputs", lang), st["empty"]))
    return story


# Under half the page, so that two photos with their captions fit on a page (also the first one,
# under the heading).
PHOTO_MAX_HEIGHT = (A4[1] - 2 * MARGIN - 60 * mm) / 2


def _framed_photo(jpeg: bytes, info, width: float, alt: str) -> Table:
    """The photo as wide as the text (at most half a page high) in a hairline frame, tagged as a
    figure with the alternative text ``alt``."""
    scale = min(width / info.width, PHOTO_MAX_HEIGHT / info.height)
    image = Image(io.BytesIO(jpeg), width=info.width * scale, height=info.height * scale)
    figure(image, alt)
    framed = layout_table(Table([[image]], colWidths=[image.drawWidth], hAlign="LEFT"))
    framed.setStyle(  # a hairline, so that a white flipchart does not melt into the page
        table_style(
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return framed


def _photos(data: MinutesData, st: dict, width: float) -> list:
    """The photos of the wall and flipcharts: each as wide as the text (at most half a page
    high), under it its number, step and caption. Nothing when the session has none."""
    if not data.photos:
        return []
    lang = data.language
    story: list = [
        PageBreak(),
        heading(t("pdf_photos", lang), st["h1"], 0),
        Paragraph(t("pdf_photos_intro", lang), st["muted"]),
        Spacer(1, 3 * mm),
    ]
    for number, photo in enumerate(data.photos, start=1):
        info = photo.info
        if photo.data is None:  # damaged: its caption and a word instead of the picture
            framed = Paragraph(t("pdf_photo_unreadable", lang), st["muted"])
        else:
            alt = info.caption or t("pdf_photo_number", lang, n=number)
            framed = _framed_photo(photo.data, info, width, alt)
        meta = [t("pdf_photo_number", lang, n=number)]
        step = data.photo_step_label(info)
        if step:
            meta.append(t("pdf_step", lang) + " " + pdf_text(step, REGULAR))
        text = _meta(meta)
        if info.caption:
            text = f"{pdf_text(info.caption, REGULAR)}<br/>{text}"
        story.append(
            KeepTogether(
                [framed, Spacer(1, 1.5 * mm), Paragraph(text, st["body"]), Spacer(1, 6 * mm)]
            )
        )
    return story


def build_story(data: MinutesData, width: float) -> list:
    st = styles()
    notes = _NoteWriter(data, width)
    return [
        *_cover(data, st, width),
        *_revision(data, st),
        *_summary(data, st, width, notes),
        *_agenda(data, st, width),
        *_evaluation(data, st, width, notes),
        *_sections(data, st, notes),
        *_appendix(data, st, notes),
        *_photos(data, st, width),
    ]


def write_minutes_pdf(data: MinutesData, path: Path, *, progress: Progress | None = None) -> None:
    """Write the minutes to ``path`` as PDF/A-2b, whole or not at all.

    ``progress(done, total)`` follows the layout; it may raise to stop (nothing is written).
    """
    lang = data.language
    s = data.session
    keywords = [s.template_name]
    if s.archive_ref:
        keywords.append(s.archive_ref)
    keywords += [p.title[lang] for p in data.framework.principles]
    write_archive_pdf(
        path,
        lambda width: build_story(data, width),
        title=s.title,
        author="" if data.anonymous else ", ".join(s.facilitators),
        subject=t("pdf_subject", lang, kind=s.template_name),
        keywords=keywords,
        language=lang,
        header_text=s.title,
        footer_left=t("pdf_exported", lang, date=long_moment(data.exported_at, lang)),
        progress=progress,
    )
