"""The period report (PDF/A-2b): «Innovasjon og medvirkning – rapport for perioden …».

For the municipality's yearly evaluation and the application for the ministry's innovation prize.
Order: title page with the key figures and the chart of inputs per principle; sessions (chart by
month, chart and table by type); inputs (chart per focus area, the principles with few inputs);
participants by group; the evaluation; actions (by status, the overdue ones, all with their
status); the innovation stories; and appendices listing every session counted — A with the
figures per session and a totals row equal to the key figures, B and C with the inputs per
principle and per focus area for each session, again with totals equal to the charts.

Same typography, page, running header, footer (``side X av Y``), metadata and PDF/A post-processing
as the minutes: everything comes from the page kit, :mod:`workshop.export.page_kit`.
One embedded font family, also in the charts.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from workshop.domain.formatting import action_status_label, decimal, long_date, long_moment, number
from workshop.export.charts import BAR, GRID, TEXT, Bar, BarChart
from workshop.export.fonts import BOLD, REGULAR
from workshop.export.markup import canvas_line, para_text, pdf_text
from workshop.export.page_kit import (
    CELL_META_OPEN,
    META_OPEN,
    Paragraph,
    grid_style,
    heading,
    key_value_table,
    styles,
    table_style,
    write_archive_pdf,
)
from workshop.export.tagging import layout_table
from workshop.i18n import t
from workshop.services.evaluation import RATING_VALUES
from workshop.services.overview import Overview

MATRIX_COLUMNS = 16  # columns of counts in one band of an appendix table


def period_text(ov: Overview, language: str) -> str:
    return f"{long_date(ov.start, language)} – {long_date(ov.end, language)}"


def report_title(ov: Overview, language: str) -> str:
    """The document's title (also its metadata title)."""
    return t("report_title_full", language, period=period_text(ov, language))


class ColumnChart(Flowable):
    """Vertical bars with the value on top and the month below (the year under the first bar and
    under each January): sessions per month."""

    FONT_SIZE = 7.5

    def __init__(self, bars: list[tuple[str, str, int]], height: float = 45 * mm) -> None:
        super().__init__()
        self.bars = bars  # (month, year, value)
        self.chart_height = height
        self.hAlign = "LEFT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.chart_height
        return self.width, self.height

    def alt_text(self, language: str, title: str) -> str:
        """The chart in words for the tagged PDF: ``title`` (its heading), then every month."""
        figures = "; ".join(f"{month} {year}: {value}" for month, year, value in self.bars)
        return t("pdf_column_chart_alt", language, title=title, figures=figures)

    def draw(self) -> None:
        c = self.canv
        size = self.FONT_SIZE
        n = max(len(self.bars), 1)
        slot = self.width / n
        label_h = 2 * size + 4
        value_h = size + 3
        plot_h = self.height - label_h - value_h
        top = max((v for _, _, v in self.bars), default=0)
        scale = plot_h / top if top else 0
        every = 1 if slot >= 9 * mm else (2 if slot >= 4.5 * mm else 3)
        bar_w = min(slot * 0.64, 14 * mm)
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        for k in range(5):
            y = label_h + plot_h * k / 4
            c.line(0, y, self.width, y)
        for i, (month, year, value) in enumerate(self.bars):
            centre = i * slot + slot / 2
            length = value * scale
            if length > 0:
                c.setFillColor(BAR)
                c.rect(centre - bar_w / 2, label_h, bar_w, length, stroke=0, fill=1)
            c.setFillColor(TEXT)
            if value or every == 1:
                c.setFont(BOLD if value else REGULAR, size)
                c.drawCentredString(centre, label_h + length + 2, str(value))
            c.setFont(REGULAR, size)
            if i % every == 0:
                text, _ = canvas_line(month, REGULAR, size, slot * every)
                c.drawCentredString(centre, size + 4, text)
            first_of_year = i == 0 or self.bars[i - 1][1] != year
            if first_of_year:
                c.drawCentredString(centre, 1, year)
        c.restoreState()


class _Report:
    def __init__(self, ov: Overview, language: str, width: float) -> None:
        self.ov = ov
        self.lang = language
        self.width = width
        self.st = styles()

    # small helpers
    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(para_text(text), self.st[style])

    def user(self, text: str, style: str = "cell") -> Paragraph:
        font = self.st[style].fontName
        return Paragraph(pdf_text(text, font), self.st[style])

    def n(self, value: int) -> str:
        return number(value, self.lang)

    def table(self, head: list[str], rows: list[list], widths: list[float], *, total=None):
        """A grid table: header cells (right-aligned when the column is numeric), plain rows."""
        numeric = [isinstance(c, str) and c.startswith(">") for c in head]
        cells = [
            [
                Paragraph(
                    para_text(h.lstrip(">")), self.st["cell_bold_right" if r else "cell_bold"]
                )
                for h, r in zip(head, numeric, strict=True)
            ]
        ]
        for row in rows:
            cells.append(
                [
                    Paragraph(para_text(v), self.st["cell_right" if r else "cell"])
                    if isinstance(v, str)
                    else v
                    for v, r in zip(row, numeric, strict=True)
                ]
            )
        if total is not None:
            cells.append(
                [
                    Paragraph(para_text(v), self.st["cell_bold_right" if r else "cell_bold"])
                    if isinstance(v, str)
                    else v
                    for v, r in zip(total, numeric, strict=True)
                ]
            )
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = grid_style(total=total is not None)
        style.add("LEFTPADDING", (0, 0), (-1, -1), 3.5)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), 3.5)
        table.setStyle(style)
        return table

    def empty(self, key: str) -> Paragraph:
        return Paragraph(para_text(t(key, self.lang)), self.st["empty"])

    # --- sections ------------------------------------------------------------------------------
    def title_page(self) -> list:
        ov, lang = self.ov, self.lang
        st = self.st
        sessions = self.n(ov.session_count)
        if ov.undated_sessions:
            sessions += (
                f"<br/>{META_OPEN}"
                + para_text(t("report_undated_note", lang, n=ov.undated_sessions))
                + "</font>"
            )
        people = self.n(ov.participants_total)
        if ov.participants_total:
            people += (
                f"<br/>{META_OPEN}"
                + para_text(
                    t(
                        "report_participants_split",
                        lang,
                        actual=self.n(ov.participants_actual),
                        planned=self.n(ov.participants_planned),
                    )
                )
                + "</font>"
            )
        inputs = self.n(ov.notes_total)
        if ov.notes_unmapped:
            inputs += (
                f"<br/>{META_OPEN}"
                + para_text(t("report_inputs_unmapped_n", lang, n=self.n(ov.notes_unmapped)))
                + "</font>"
            )
        actions = self.n(len(ov.actions))
        if ov.overdue:
            actions += (
                f"<br/>{META_OPEN}"
                + para_text(t("report_overdue_n", lang, n=self.n(len(ov.overdue))))
                + "</font>"
            )
        rows = [
            (t("report_period", lang), para_text(period_text(ov, lang))),
            (t("report_sessions", lang), sessions),
            (t("report_participants", lang), people),
            (t("report_inputs", lang), inputs),
            (t("report_actions", lang), actions),
            (t("report_rating_mean", lang), para_text(self.evaluation_text())),
            (t("report_stories", lang), self.n(len(ov.stories))),
            (t("pdf_framework", lang), pdf_text(ov.framework_name.get(lang, ""), REGULAR)),
        ]
        return [
            Spacer(1, 0),
            Paragraph(para_text(t("report_title", lang)), st["title"]),
            Paragraph(
                para_text(t("report_subtitle", lang, period=period_text(ov, lang))),
                st["subtitle"],
            ),
            Paragraph(para_text(t("report_intro", lang)), st["muted"]),
            Spacer(1, 4 * mm),
            heading(t("report_key_figures", lang), st["h2"]),
            key_value_table(rows, st, self.width),
            Spacer(1, 2 * mm),
            Paragraph(para_text(t("report_traceable", lang)), st["muted"]),
            heading(t("pdf_chart_title", lang), st["h2"]),
            self.principle_chart(),
        ]

    def principle_chart(self) -> BarChart:
        ov, lang = self.ov, self.lang
        bars = [Bar(str(p.number), p.label(lang), p.notes) for p in ov.by_principle]
        bars.append(Bar("", t("pdf_chart_unmapped", lang), ov.notes_unmapped, muted=True))
        return BarChart(bars)

    def evaluation_text(self) -> str:
        ev = self.ov.evaluation
        if not ev.n:
            return t("report_no_ratings", self.lang)
        return t(
            "report_rating_text",
            self.lang,
            mean=decimal(ev.mean, self.lang),
            n=self.n(ev.n),
            sessions=self.n(ev.sessions),
        )

    def sessions_section(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        story: list = [PageBreak(), heading(t("report_h_sessions", lang), st["h1"], 0)]
        story.append(heading(t("report_sessions_by_month", lang), st["h2"], 1))
        if ov.session_count:
            story.append(
                ColumnChart(
                    [(*m.label(lang, short=True).split(" "), m.sessions) for m in ov.by_month]
                )
            )
        else:
            story.append(self.empty("report_no_sessions"))
        story.append(CondPageBreak(40 * mm))
        story.append(heading(t("report_sessions_by_type", lang), st["h2"], 1))
        if not ov.by_type:
            story.append(self.empty("report_no_sessions"))
            return story
        story.append(BarChart([Bar("", tc.label(lang), tc.sessions) for tc in ov.by_type]))
        story.append(Spacer(1, 3 * mm))
        numbers = 27 * mm
        rows = [
            [tc.label(lang), self.n(tc.sessions), self.n(tc.notes), self.n(tc.participants)]
            for tc in ov.by_type
        ]
        total = [
            t("pdf_total", lang),
            self.n(ov.session_count),
            self.n(ov.notes_total),
            self.n(ov.participants_total),
        ]
        head = [
            t("pdf_session_type", lang),
            ">" + t("report_sessions", lang),
            ">" + t("report_inputs", lang),
            ">" + t("report_participants", lang),
        ]
        story.append(
            self.table(
                head,
                rows,
                [self.width - 3 * numbers, numbers, numbers, numbers],
                total=total,
            )
        )
        return story

    def inputs_section(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        story: list = [
            CondPageBreak(90 * mm),
            heading(t("report_h_inputs", lang), st["h1"], 0),
            self.p(
                t(
                    "report_inputs_intro",
                    lang,
                    n=self.n(ov.notes_total),
                    unmapped=self.n(ov.notes_unmapped),
                ),
                "muted",
            ),
        ]
        if ov.by_focus_area:
            story.append(heading(t("report_chart_focus", lang), st["h2"], 1))
            story.append(BarChart([Bar("", fa.label(lang), fa.notes) for fa in ov.by_focus_area]))
        few = [
            heading(t("report_few_inputs", lang), st["h2"], 1),
            self.p(t("report_few_inputs_intro", lang), "muted"),
            Spacer(1, 1.5 * mm),
        ]
        for p in ov.few_inputs:
            count = t("report_none", lang) if p.notes == 0 else self.n(p.notes)
            few.append(
                Paragraph(
                    pdf_text(
                        t("pdf_principle_heading", lang, n=p.number, title=p.label(lang)), REGULAR
                    )
                    + f": <b>{para_text(count)}</b>",
                    st["item"],
                    bulletText="•",
                )
            )
        story.append(KeepTogether(few))
        return story

    def participants_section(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        story: list = [
            CondPageBreak(50 * mm),
            heading(t("report_h_participants", lang), st["h1"], 0),
            self.p(t("report_participants_intro", lang), "muted"),
            Spacer(1, 2 * mm),
        ]
        if not ov.participants:
            story.append(self.empty("report_no_participants"))
            return story
        numbers = 25 * mm
        rows = [
            [g.group, self.n(g.total), self.n(g.actual), self.n(g.planned), self.n(g.sessions)]
            for g in ov.participants
        ]
        rows = [[self.user(r[0]), *r[1:]] for r in rows]
        total = [
            t("pdf_total", lang),
            self.n(ov.participants_total),
            self.n(ov.participants_actual),
            self.n(ov.participants_planned),
            "",
        ]
        head = [
            t("pdf_group", lang),
            ">" + t("report_participants", lang),
            ">" + t("pdf_participants_actual", lang).capitalize(),
            ">" + t("pdf_participants_planned", lang).capitalize(),
            ">" + t("report_sessions", lang),
        ]
        story.append(
            self.table(head, rows, [self.width - 4 * numbers] + [numbers] * 4, total=total)
        )
        return story

    def evaluation_section(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        ev = ov.evaluation
        story: list = [
            CondPageBreak(50 * mm),
            heading(t("report_h_evaluation", lang), st["h1"], 0),
        ]
        if not ev.n:
            story.append(self.empty("report_no_ratings"))
            return story
        text = Paragraph(
            f"<b>{para_text(self.evaluation_text())}</b><br/>"
            f"{META_OPEN}{para_text(t('report_rating_scale', lang))}</font>",
            st["body"],
        )
        bars = [Bar(str(v), "", ev.counts[v - 1]) for v in reversed(RATING_VALUES)]
        chart_width = 75 * mm
        table = layout_table(
            Table(
                [[BarChart(bars, label_width=0), text]],
                colWidths=[chart_width, self.width - chart_width],
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
        return story

    def actions_section(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        story: list = [
            CondPageBreak(60 * mm),
            heading(t("report_h_actions", lang), st["h1"], 0),
            heading(t("report_actions_by_status", lang), st["h2"], 1),
        ]
        numbers = 26 * mm
        overdue_by_status = {s.status: 0 for s in ov.actions_by_status}
        for a in ov.overdue:
            overdue_by_status[a.status] = overdue_by_status.get(a.status, 0) + 1
        rows = [
            [
                action_status_label(s.status, lang).capitalize(),
                self.n(s.actions),
                self.n(overdue_by_status[s.status]),
            ]
            for s in ov.actions_by_status
        ]
        total = [t("pdf_total", lang), self.n(len(ov.actions)), self.n(len(ov.overdue))]
        head = [
            t("pdf_action_status", lang),
            ">" + t("report_actions", lang),
            ">" + t("report_overdue", lang),
        ]
        story.append(
            self.table(head, rows, [self.width - 2 * numbers, numbers, numbers], total=total)
        )
        story.append(CondPageBreak(30 * mm))
        story.append(heading(t("report_overdue_actions", lang), st["h2"], 1))
        story.append(
            self.p(t("report_overdue_intro", lang, today=long_date(ov.today, lang)), "muted")
        )
        story.append(Spacer(1, 1.5 * mm))
        if ov.overdue:
            story.append(self.actions_table(ov.overdue))
        else:
            story.append(self.empty("report_no_overdue"))
        story.append(CondPageBreak(30 * mm))
        story.append(heading(t("report_all_actions", lang), st["h2"], 1))
        if ov.actions:
            story.append(self.actions_table(ov.actions))
        else:
            story.append(self.empty("pdf_no_actions"))
        return story

    def actions_table(self, actions) -> Table:
        lang = self.lang
        rows = []
        for a in actions:
            text = pdf_text(a.text, REGULAR)
            if a.comment:
                text += f"<br/>{CELL_META_OPEN}{pdf_text(a.comment, REGULAR)}</font>"
            status = action_status_label(a.status, lang).capitalize()
            if a.overdue:
                status += f" ({t('report_overdue', lang).lower()})"
            rows.append(
                [
                    Paragraph(text, self.st["cell"]),
                    str(a.session_number),
                    self.user(a.owner or "–"),
                    a.due.isoformat() if a.due else "–",
                    status,
                ]
            )
        fixed = [13 * mm, 34 * mm, 22 * mm, 30 * mm]
        head = [
            t("pdf_action", lang),
            ">" + t("report_session_no", lang),
            t("pdf_action_owner", lang),
            t("pdf_action_due", lang),
            t("pdf_action_status", lang),
        ]
        return self.table(head, rows, [self.width - sum(fixed), *fixed])

    def stories_section(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        story: list = [
            CondPageBreak(50 * mm),
            heading(t("report_h_stories", lang), st["h1"], 0),
            self.p(t("report_stories_intro", lang), "muted"),
            Spacer(1, 2 * mm),
        ]
        if not ov.stories:
            story.append(self.empty("report_no_stories"))
            return story
        for s in ov.stories:
            meta = [
                t("report_session_ref", lang, n=s.session_number),
                s.session_date.isoformat(),
                pdf_text(s.session_title, REGULAR),
            ]
            if s.kind == "action":
                kind = t("pdf_action", lang) + " · " + action_status_label(s.status, lang)
                meta.append(para_text(kind))
                if s.owner:
                    meta.append(pdf_text(s.owner, REGULAR))
            else:
                meta.append(para_text(t("report_story_note", lang)))
            if s.principles:
                meta.append(
                    para_text(t("pdf_principles", lang, numbers=", ".join(map(str, s.principles))))
                )
            story.append(
                Paragraph(
                    f"{pdf_text(s.text, REGULAR)}<br/>{META_OPEN}{' · '.join(meta)}</font>",
                    st["item"],
                    bulletText="•",
                )
            )
        return story

    def appendix(self) -> list:
        ov, lang, st = self.ov, self.lang, self.st
        story: list = [
            PageBreak(),
            heading(t("report_appendix", lang), st["h1"], 0),
            self.p(t("report_appendix_intro", lang), "muted"),
            Spacer(1, 2 * mm),
        ]
        if not ov.sessions:
            story.append(self.empty("report_no_sessions"))
            return story
        source_mark = {"actual": "", "planned": " ¹", "mixed": " ²", "none": ""}
        rows = []
        for cs in ov.sessions:
            title = (
                pdf_text(cs.title, REGULAR)
                + f"<br/>{CELL_META_OPEN}{pdf_text(cs.type_label(lang), REGULAR)}</font>"
            )
            rows.append(
                [
                    str(cs.number),
                    cs.date.isoformat(),
                    Paragraph(title, st["cell"]),
                    self.n(cs.participants) + source_mark[cs.participants_source],
                    self.n(cs.notes),
                    self.n(cs.actions),
                    self.n(cs.ratings),
                    decimal(cs.rating_mean, lang) if cs.ratings else "–",
                    self.n(cs.stories),
                ]
            )
        ev = ov.evaluation
        total = [
            "",
            "",
            t("report_total_sessions", lang, n=self.n(ov.session_count)),
            self.n(ov.participants_total),
            self.n(ov.notes_total),
            self.n(len(ov.actions)),
            self.n(ev.n),
            decimal(ev.mean, lang) if ev.n else "–",
            self.n(len(ov.stories)),
        ]
        head = [
            ">" + t("report_no", lang),
            t("pdf_date", lang),
            t("report_session", lang),
            ">" + t("report_participants_short", lang),
            ">" + t("report_inputs", lang),
            ">" + t("report_actions", lang),
            ">" + t("report_ratings_short", lang),
            ">" + t("report_mean_short", lang),
            ">" + t("report_stories_short", lang),
        ]
        fixed = [9 * mm, 21 * mm, 15 * mm, 18 * mm, 15 * mm, 14 * mm, 13 * mm, 13 * mm]
        widths = [fixed[0], fixed[1], self.width - sum(fixed), *fixed[2:]]
        story.append(self.table(head, rows, widths, total=total))
        story.append(Spacer(1, 2 * mm))
        story.append(self.p(t("report_appendix_marks", lang), "muted"))
        story += self.matrix_appendix(
            t("report_appendix_principles", lang),
            t("report_appendix_principles_intro", lang),
            [str(p.number) for p in ov.by_principle] + [t("report_unmapped_short", lang)],
            [
                [cs.principle_counts.get(p.number, 0) for p in ov.by_principle]
                + [cs.notes_unmapped]
                for cs in ov.sessions
            ],
            [p.notes for p in ov.by_principle] + [ov.notes_unmapped],
            legend=None,
        )
        if ov.by_focus_area:
            legend = "; ".join(
                f"F{i} = {fa.label(lang)}" for i, fa in enumerate(ov.by_focus_area, start=1)
            )
            story += self.matrix_appendix(
                t("report_appendix_focus", lang),
                t("report_appendix_focus_intro", lang),
                [f"F{i}" for i in range(1, len(ov.by_focus_area) + 1)],
                [
                    [cs.focus_area_counts.get(fa.id, 0) for fa in ov.by_focus_area]
                    for cs in ov.sessions
                ],
                [fa.notes for fa in ov.by_focus_area],
                legend=legend,
            )
        return story

    def matrix_appendix(self, title, intro, columns, rows, totals, legend) -> list:
        """Session number × column counts, plain strings (fast for 500 sessions)."""
        st = self.st
        story: list = [PageBreak(), heading(title, st["h1"], 0), self.p(intro, "muted")]
        if legend:
            story.append(Paragraph(pdf_text(legend, REGULAR), st["muted"]))
        # A framework may have up to 200 principles: the columns go in bands of at most
        # MATRIX_COLUMNS, each band a table of its own under the last, so that every number
        # stays readable.
        for start in range(0, len(columns), MATRIX_COLUMNS):
            band = slice(start, start + MATRIX_COLUMNS)
            story.append(Spacer(1, 2 * mm))
            story.append(self.matrix_table(columns[band], [r[band] for r in rows], totals[band]))
        return story

    def matrix_table(self, columns, rows, totals) -> Table:
        ov, lang = self.ov, self.lang
        first = 12 * mm
        col = (self.width - first) / max(len(columns), MATRIX_COLUMNS // 2)
        data = [[t("report_no", lang), *columns]]
        data += [
            [str(cs.number), *(self.n(v) if v else "·" for v in counts)]
            for cs, counts in zip(ov.sessions, rows, strict=True)
        ]
        data.append([t("pdf_total", lang), *(self.n(v) for v in totals)])
        table = Table(data, colWidths=[first] + [col] * len(columns), repeatRows=1, hAlign="LEFT")
        style = grid_style(total=True)
        style.add("FONTSIZE", (0, 0), (-1, -1), 8)
        style.add("LEADING", (0, 0), (-1, -1), 10)
        style.add("ALIGN", (0, 0), (-1, -1), "RIGHT")
        style.add("FONTNAME", (0, 0), (-1, 0), BOLD)
        style.add("FONTNAME", (0, -1), (-1, -1), BOLD)
        style.add("TEXTCOLOR", (0, 0), (-1, -1), TEXT)
        style.add("TOPPADDING", (0, 0), (-1, -1), 1.5)
        style.add("BOTTOMPADDING", (0, 0), (-1, -1), 2)
        table.setStyle(style)
        return table

    def story(self) -> list:
        return [
            *self.title_page(),
            *self.sessions_section(),
            *self.inputs_section(),
            *self.participants_section(),
            *self.evaluation_section(),
            *self.actions_section(),
            *self.stories_section(),
            *self.appendix(),
        ]


def build_report_story(ov: Overview, width: float, language: str | None = None) -> list:
    return _Report(ov, language or ov.language, width).story()


def write_report_pdf(
    ov: Overview,
    path: Path,
    language: str | None = None,
    *,
    exported_at: datetime | None = None,
) -> None:
    """Write the period report to ``path`` as PDF/A-2b, whole or not at all.

    ``language`` (one of :data:`~workshop.i18n.LANGUAGES`) defaults to the overview's; labels
    of principles, focus areas and session types come in every language with the overview.
    """
    lang = language or ov.language
    exported_at = exported_at or datetime.now()
    period = f"{ov.start.isoformat()} – {ov.end.isoformat()}"
    write_archive_pdf(
        path,
        lambda width: build_report_story(ov, width, lang),
        title=report_title(ov, lang),
        author="",
        subject=t("report_subject", lang, period=period),
        keywords=[
            t("report_title", lang),
            period,
            ov.framework_name.get(lang, ""),
            *(p.label(lang) for p in ov.by_principle),
        ],
        language=lang,
        header_text=f"{t('report_title', lang)} – {period}",
        footer_left=t("pdf_exported", lang, date=long_moment(exported_at, lang)),
    )
