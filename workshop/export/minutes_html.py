"""The minutes (referat) as one self-contained, accessible HTML file for the municipality's website.

The same content as the PDF (:mod:`workshop.export.minutes_pdf`), gathered by
``services.minutes.build_minutes``, in the same order and with the same words: details and the
chart of inputs per principle, the summary (clusters, most-voted inputs, actions, the board as it
ended), the agenda as run with the room's evaluation, inputs by principle, not mapped, by focus
area, the appendix with every note numbered in capture order, and the photos.

The page is built for WCAG 2.1 AA (:mod:`workshop.export.html_kit`): landmarks (``header``,
``nav`` with the table of contents, ``main``, ``footer``), one ``h1`` (the session's title), an
``h2`` per section and an ``h3`` per principle, lists for notes and tables with captions and
header scopes, the chart as SVG with a text alternative beside a table of its figures, ``lang``
on the page and on user text written in another language than the document's, and ``dir="auto"``
on user text so right-to-left notes read in their own direction. Every note keeps its full text,
emoji and all; the browser's fonts draw what they can.
"""

from __future__ import annotations

from pathlib import Path

from workshop.domain.formatting import decimal, long_date, session_time
from workshop.domain.vocabulary import ORIGIN_PHONE
from workshop.export import revision as rev
from workshop.export.board_svg import board_svg
from workshop.export.html_kit import ChartBar, bar_chart_svg, element, esc, page, write_html
from workshop.export.html_kit import photo_data_uri as _photo
from workshop.i18n import LANGUAGES, t
from workshop.services.dto import NoteInfo
from workshop.services.evaluation import RATING_VALUES
from workshop.services.minutes import MinutesData


class _Writer:
    """The page's parts for one ``MinutesData``; each method returns markup."""

    def __init__(self, data: MinutesData) -> None:
        self.data = data
        self.lang = data.language
        content = data.session.language
        # user text is in the session's language; mark it where the document speaks another
        self.user_lang = content if content in LANGUAGES and content != self.lang else None
        self.toc: list[tuple[int, str, str]] = []  # (level, id, text) of h2 and h3

    # --- small pieces ---------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        """A message in the document's language, escaped."""
        return esc(t(key, self.lang, **params))

    def tf(self, key: str, **markup: str) -> str:
        """A message whose placeholders are filled with markup (already escaped)."""
        marks = {name: f"\ue000{i}\ue001" for i, name in enumerate(markup)}
        text = esc(t(key, self.lang, **marks))
        for name, mark in marks.items():
            text = text.replace(mark, markup[name])
        return text

    def user(self, text: str) -> str:
        """User text inside a line: isolated for direction, and in its own language."""
        return element("bdi", esc(text), lang=self.user_lang)

    def user_block(self, text: str, class_: str = "text", tag: str = "p") -> str:
        return element(tag, esc(text), class_=class_, dir="auto", lang=self.user_lang)

    def heading(self, level: int, text: str, anchor: str | None = None, *, toc: bool = True) -> str:
        """``<hN>`` with ``text`` (markup); h2 and h3 with an anchor go into the contents."""
        if anchor and toc and level in (2, 3):
            self.toc.append((level, anchor, text))
        return element(f"h{level}", text, id=anchor)

    def empty(self, key: str) -> str:
        return element("p", self.t(key), class_="empty")

    def votes(self, n: int) -> str:
        return self.t("pdf_vote_one") if n == 1 else self.t("pdf_votes", n=n)

    @staticmethod
    def meta(parts: list[str]) -> str:
        return element("p", " · ".join(parts), class_="meta") if parts else ""

    # --- one note in its several forms ----------------------------------------------------------

    def note_meta(self, note: NoteInfo) -> str:
        """The line under a note in a section: number, step, group, votes (and author)."""
        data = self.data
        parts = [self.t("pdf_note_number", n=data.number(note))]
        step = data.step_label(note)
        if step:
            parts.append(f"{self.t('pdf_step')} {self.user(step)}")
        if note.group:
            parts.append(f"{self.t('pdf_group')} {self.user(note.group)}")
        if note.origin == ORIGIN_PHONE:
            parts.append(self.t("pdf_from_phone"))
        if note.feedback:  # keep or change: its own label, never a group
            parts.append(self.t("pdf_keep") if note.feedback == "keep" else self.t("pdf_change"))
        if note.votes:
            parts.append(self.votes(note.votes))
        if note.author and not data.anonymous:
            parts.append(f"{self.t('pdf_author')} {self.user(note.author)}")
        return self.meta(parts)

    def appendix_meta(self, note: NoteInfo) -> str:
        """The appendix's line under a note: everything recorded about it."""
        data = self.data
        parts = []
        step = data.step_label(note)
        if step:
            parts.append(f"{self.t('pdf_step')} {self.user(step)}")
        if note.group:
            parts.append(f"{self.t('pdf_group')} {self.user(note.group)}")
        if note.origin == ORIGIN_PHONE:
            parts.append(self.t("pdf_from_phone"))
        if note.feedback:  # keep or change: its own label, never a group
            parts.append(self.t("pdf_keep") if note.feedback == "keep" else self.t("pdf_change"))
        if note.principles:
            parts.append(self.t("pdf_principles", numbers=", ".join(map(str, note.principles))))
        if note.focus_areas:
            titles = []
            for area_id in note.focus_areas:
                try:
                    titles.append(data.framework.focus_area(area_id).title[self.lang])
                except KeyError:
                    titles.append(area_id)
            parts.append(f"{self.t('pdf_focus_area')} {esc('; '.join(titles))}")
        if note.cluster_name:
            parts.append(f"{self.t('pdf_cluster')} {self.user(note.cluster_name)}")
        if note.votes:
            parts.append(self.votes(note.votes))
        if note.author and not data.anonymous:
            parts.append(f"{self.t('pdf_author')} {self.user(note.author)}")
        return self.meta(parts)

    def summary_meta(self, note: NoteInfo) -> str:
        parts = [self.t("pdf_note_number", n=self.data.number(note))]
        if note.votes:
            parts.append(self.votes(note.votes))
        return self.meta(parts)

    def note_list(self, notes: list[NoteInfo], form: str, tag: str = "ul") -> str:
        meta = {"note": self.note_meta, "summary": self.summary_meta}[form]
        items = "".join(
            element("li", self.user_block(note.text) + meta(note), class_="note") for note in notes
        )
        return element(tag, items, class_="notes")

    # --- the sections ---------------------------------------------------------------------------

    def header(self) -> str:
        s = self.data.session
        return element(
            "header",
            element("h1", esc(s.title), dir="auto", lang=self.user_lang)
            + element(
                "p", self.tf("pdf_minutes_from", kind=self.user(s.template_name)), class_="subtitle"
            ),
        )

    def details(self) -> str:
        data, s = self.data, self.data.session

        def v(text: str) -> str:
            return self.user(text) if text else "–"

        rows = [
            (
                self.t("pdf_date"),
                esc(long_date(s.date, self.lang, weekday=True)) if s.date else "–",
            ),
            (self.t("pdf_time"), esc(session_time(s, self.lang) or "–")),
            (self.t("pdf_place"), v(s.place)),
            (self.t("pdf_session_type"), v(s.template_name)),
            (self.t("pdf_archive_ref"), v(s.archive_ref)),
        ]
        if not data.anonymous:
            rows.append((self.t("pdf_facilitators"), v(", ".join(s.facilitators))))
        rows += [
            (self.t("pdf_participants"), "<br>".join(self.participant_lines()) or "–"),
            (self.t("pdf_inputs"), str(len(data.notes))),
            (self.t("pdf_votes_cast"), str(sum(n.votes for n in data.notes))),
            (self.t("pdf_framework"), esc(data.framework.name[self.lang])),
        ]
        body = "".join(
            element("tr", element("th", key, scope="row") + element("td", value))
            for key, value in rows
        )
        caption = element("caption", self.heading(2, self.t("html_details"), "details"))
        return element(
            "section", element("table", caption + element("tbody", body), class_="details")
        )

    def participant_lines(self) -> list[str]:
        """As the PDF's: per group the actual count where recorded, else the planned; the total."""
        s = self.data.session
        groups = list(dict.fromkeys([*s.participants_planned, *s.participants_actual]))
        lines = []
        total = 0
        for group in groups:
            actual = group in s.participants_actual
            n = s.participants_actual[group] if actual else s.participants_planned[group]
            label = "pdf_participants_actual" if actual else "pdf_participants_planned"
            total += n
            lines.append(f"{self.user(group)}: {n} ({self.t(label)})")
        if len(lines) > 1:
            lines.append(self.t("pdf_participants_total", n=total))
        return lines

    def chart(self) -> str:
        data = self.data
        title = self.t("pdf_chart_title")
        bars = [
            ChartBar(f"{s.principle.number}. {s.principle.title[self.lang]}", len(s.notes))
            for s in data.by_principle
        ]
        unmapped = t("pdf_chart_unmapped", self.lang)
        bars.append(ChartBar(unmapped, len(data.unmapped), muted=True))
        alt = t("html_chart_alt", self.lang, title=t("pdf_chart_title", self.lang))
        rows = "".join(
            element(
                "tr",
                element("td", str(s.principle.number), class_="num")
                + element("th", esc(s.principle.title[self.lang]), scope="row")
                + element("td", str(len(s.notes)), class_="num"),
            )
            for s in data.by_principle
        )
        rows += element(
            "tr",
            element("td", "")
            + element("th", esc(unmapped), scope="row")
            + element("td", str(len(data.unmapped)), class_="num"),
        )
        head = element(
            "tr",
            element("th", self.t("html_col_number"), scope="col", class_="num")
            + element("th", self.t("html_col_principle"), scope="col")
            + element("th", self.t("pdf_inputs"), scope="col", class_="num"),
        )
        table = element(
            "table",
            element("caption", self.t("html_chart_figures", title=t("pdf_chart_title", self.lang)))
            + element("thead", head)
            + element("tbody", rows),
        )
        return element(
            "section",
            self.heading(2, title, "chart")
            + element("figure", bar_chart_svg(bars, alt=alt, chart_id="chart-svg"))
            + table,
        )

    def summary(self) -> str:
        data = self.data
        out = [self.heading(2, self.t("pdf_summary"), "summary")]
        out.append(self.heading(3, self.t("pdf_clusters"), "clusters"))
        if not data.by_cluster:
            out.append(self.empty("pdf_no_clusters"))
        for section in data.by_cluster:
            meta = self.t(
                "pdf_cluster_meta",
                n=len(section.notes),
                votes=t("pdf_vote_one", self.lang)
                if section.votes == 1
                else t("pdf_votes", self.lang, n=section.votes),
            )
            name = element("bdi", esc(section.cluster.name), lang=self.user_lang)
            out.append(element("h4", f'{name} <span class="meta">{meta}</span>', class_="cluster"))
            out.append(self.note_list(section.notes, "summary"))

        out.append(self.heading(3, self.t("pdf_top_voted"), "top-voted"))
        if data.top_voted:
            out.append(self.note_list(data.top_voted, "summary", tag="ol"))
        else:
            out.append(self.empty("pdf_no_votes"))

        out.append(self.actions())
        out.append(self.board())
        return element("section", "".join(out))

    def actions(self) -> str:
        data = self.data
        heading = self.heading(3, self.t("pdf_actions"), "actions")
        if not data.actions:
            return heading + self.empty("pdf_no_actions")
        show_owner = not data.anonymous
        head = [self.t("pdf_action")]
        if show_owner:
            head.append(self.t("pdf_action_owner"))
        head += [self.t("pdf_action_due"), self.t("pdf_action_status")]
        rows = []
        for action in data.actions:
            details = []
            if action.comment:
                details.append(self.user(action.comment))
            linked = [data.numbers[i] for i in action.note_ids if i in data.numbers]
            if linked:
                numbers = ", ".join(str(n) for n in sorted(linked))
                details.append(self.t("pdf_note_number", n=numbers))
            if action.principles:
                numbers = ", ".join(map(str, action.principles))
                details.append(self.t("pdf_principles", numbers=numbers))
            cells = [(self.user_block(action.text) + self.meta(details), None, None)]
            if show_owner:
                owner = self.user(action.owner) if action.owner else "–"
                cells.append((owner, head[1], None))
            status = t("action_" + action.status.replace("-", "_"), self.lang)
            due = long_date(action.due, self.lang) if action.due else "–"
            cells += [(due, head[-2], "date"), (esc(status), head[-1], None)]
            row = "".join(
                element("td", content, role="cell", data_label=label, class_=class_)
                for content, label, class_ in cells
            )
            rows.append(element("tr", row, role="row"))
        thead = element(
            "tr",
            "".join(element("th", h, scope="col", role="columnheader") for h in head),
            role="row",
        )
        # Explicit roles: the narrow screens' style sheet shows each row as a card (display:
        # block), which would otherwise cost the table its semantics in some browsers.
        return heading + element(
            "table",
            element("caption", self.t("html_actions_caption"), class_="muted")
            + element("thead", thead, role="rowgroup")
            + element("tbody", "".join(rows), role="rowgroup"),
            class_="actions stack",
            role="table",
        )

    def board(self) -> str:
        data = self.data
        out = [self.heading(3, self.t("pdf_board"), "board")]
        placed = sum(1 for n in data.notes if n.x is not None and n.y is not None)
        svg = board_svg(data, alt=t("html_board_alt", self.lang, n=placed)) if placed else None
        if svg is None:
            out.append(self.empty("pdf_board_empty"))
            return "".join(out)
        caption = element("figcaption", self.t("pdf_board_caption"), class_="muted")
        out.append(element("figure", svg + caption))
        unplaced = len(data.notes) - placed
        if unplaced:
            out.append(element("p", self.t("pdf_board_unplaced", n=unplaced), class_="muted"))
        return "".join(out)

    def agenda(self) -> str:
        data, s = self.data, self.data.session
        head = element(
            "tr",
            element("th", "#", scope="col", class_="num")
            + element("th", self.t("pdf_step_title"), scope="col")
            + element("th", self.t("pdf_minutes_planned"), scope="col", class_="num")
            + element("th", self.t("pdf_minutes_actual"), scope="col", class_="num")
            + element("th", self.t("pdf_inputs"), scope="col", class_="num"),
        )
        rows = []
        planned_total = actual_total = 0
        for step in s.steps:
            title = self.user_block(step.title, class_="step", tag="span")
            if step.question:
                title += self.user_block(step.question, class_="meta")
            actual = round(step.actual_seconds / 60) if step.actual_seconds else None
            planned_total += step.minutes
            actual_total += actual or 0
            planned = str(step.minutes) if step.minutes else self.t("pdf_open_ended")
            rows.append(
                element(
                    "tr",
                    element("td", str(step.position), class_="num")
                    + element("th", title, scope="row")
                    + element("td", planned, class_="num")
                    + element("td", "–" if actual is None else str(actual), class_="num")
                    + element("td", str(data.notes_in_step(step)), class_="num"),
                )
            )
        total = element(
            "tr",
            element("td", "")
            + element("th", self.t("pdf_total"), scope="row")
            + element("td", str(planned_total), class_="num")
            + element("td", str(actual_total) if actual_total else "–", class_="num")
            + element("td", str(sum(1 for n in data.notes if n.step_id)), class_="num"),
        )
        caption = element("caption", self.heading(2, self.t("pdf_agenda_as_run"), "agenda"))
        table = element(
            "table",
            caption
            + element("thead", head)
            + element("tbody", "".join(rows))
            + element("tfoot", total),
            class_="agenda",
        )
        return element("section", table + self.evaluation())

    def evaluation(self) -> str:
        evaluation = self.data.evaluation
        if evaluation is None or not evaluation.shown:
            return ""
        summary = evaluation.summary
        out = [self.heading(3, self.t("pdf_evaluation"), "evaluation")]
        if summary.n:
            count = (
                t("pdf_rating_one", self.lang)
                if summary.n == 1
                else t("pdf_ratings", self.lang, n=summary.n)
            )
            mean = t("pdf_rating_mean", self.lang, mean=decimal(summary.mean, self.lang))
            out.append(element("p", f"<strong>{esc(count)}</strong><br>{esc(mean)}"))
            out.append(element("p", self.t("pdf_rating_scale"), class_="muted"))
            bars = [ChartBar(str(v), summary.count(v)) for v in reversed(RATING_VALUES)]
            title = t("pdf_evaluation", self.lang)
            alt = t("html_chart_alt", self.lang, title=title)
            rows = "".join(
                element(
                    "tr",
                    element("th", str(v), scope="row", class_="num")
                    + element("td", str(summary.count(v)), class_="num"),
                )
                for v in reversed(RATING_VALUES)
            )
            head = element(
                "tr",
                element("th", self.t("html_col_rating"), scope="col", class_="num")
                + element("th", self.t("html_col_count"), scope="col", class_="num"),
            )
            out.append(element("figure", bar_chart_svg(bars, alt=alt, chart_id="rating-svg")))
            out.append(
                element(
                    "table",
                    element("caption", self.t("html_chart_figures", title=title))
                    + element("thead", head)
                    + element("tbody", rows),
                    class_="ratings",
                )
            )
        else:
            out.append(self.empty("pdf_no_ratings"))
        for key, items in (
            ("pdf_keep", evaluation.keep),
            ("pdf_change", evaluation.change),
            ("pdf_other_feedback", evaluation.other),
        ):
            if items:
                out.append(self.heading(4, self.t(key)))
                out.append(self.note_list(items, "summary"))
        if evaluation.steps and not evaluation.notes:
            out.append(self.empty("pdf_no_feedback_notes"))
        return "".join(out)

    def revision(self) -> str:
        """Version 2 and later of approved minutes: the reason and what changed."""
        revision = self.data.revision
        if revision is None:
            return ""
        lang = self.lang
        out = [self.heading(2, esc(rev.title(revision, lang)), "revision")]
        out += [element("p", esc(text)) for text in rev.intro(revision, lang)]
        out.append(self.heading(3, esc(rev.changes_heading(revision, lang)), "revision-changes"))
        groups = revision.by_kind()
        if not groups:
            out.append(element("p", esc(rev.no_changes(revision, lang)), class_="empty"))
        for kind, changes in groups:
            out.append(self.heading(4, esc(rev.group_heading(kind, lang))))
            items = []
            for change in changes:
                label, text, detail = rev.line(change, lang, self.data.framework)
                body = element("strong", esc(label + ":")) + " " if label else ""
                if text:
                    body += self.user(text)
                if detail:
                    body += element("p", esc(detail), class_="meta")
                items.append(element("li", body))
            out.append(element("ul", "".join(items), class_="changes"))
        return element("section", "".join(out), class_="revision")

    def by_principle(self) -> str:
        data = self.data
        out = [self.heading(2, self.t("pdf_by_principle"), "principles")]
        for section in data.by_principle:
            p = section.principle
            title = self.t("pdf_principle_heading", n=p.number, title=p.title[self.lang])
            part = [
                self.heading(3, title, f"principle-{p.number}"),
                element("p", esc(p.text[self.lang]), class_="principle-text"),
            ]
            if section.notes:
                part.append(self.note_list(section.notes, "note"))
            else:
                part.append(self.empty("pdf_no_inputs"))
            out.append(element("section", "".join(part)))
        return element("section", "".join(out))

    def not_mapped(self) -> str:
        data = self.data
        out = [self.heading(2, self.t("pdf_not_mapped"), "not-mapped")]
        if data.unmapped:
            out.append(self.note_list(data.unmapped, "note"))
        else:
            out.append(self.empty("pdf_all_mapped"))
        return element("section", "".join(out))

    def by_focus_area(self) -> str:
        data = self.data
        if not data.framework.focus_areas:
            return ""
        out = [self.heading(2, self.t("pdf_by_focus_area"), "focus-areas")]
        for i, fs in enumerate(data.by_focus_area, start=1):
            out.append(self.heading(3, esc(fs.focus_area.title[self.lang]), f"focus-area-{i}"))
            if fs.notes:
                out.append(self.note_list(fs.notes, "note"))
            else:
                out.append(self.empty("pdf_no_inputs"))
        return element("section", "".join(out))

    def appendix(self) -> str:
        data = self.data
        out = [
            self.heading(2, self.t("pdf_appendix"), "appendix"),
            element("p", self.t("pdf_appendix_intro"), class_="muted"),
        ]
        items = []
        for note in data.notes:
            number = data.number(note)
            others = "".join(
                element("p", self.tf("pdf_other_version", text=self.user(text)), class_="other")
                for text in data.other_versions.get(note.id, ())
            )
            items.append(
                element(
                    "li",
                    self.user_block(note.text) + self.appendix_meta(note) + others,
                    id=f"note-{number}",
                    value=number,
                    class_="note",
                )
            )
        if items:
            out.append(element("ol", "".join(items), class_="notes appendix"))
        else:
            out.append(self.empty("pdf_no_inputs"))
        return element("section", "".join(out), id="appendix-section")

    def photos(self) -> str:
        data = self.data
        if not data.photos:
            return ""
        out = [
            self.heading(2, self.t("pdf_photos"), "photos"),
            element("p", self.t("pdf_photos_intro"), class_="muted"),
        ]
        for number, photo in enumerate(data.photos, start=1):
            info = photo.info
            if photo.data is None:  # damaged: a word instead of the picture
                image = element("p", self.t("pdf_photo_unreadable"), class_="muted")
            else:
                uri, width, height = _photo(photo.data)
                alt = t("html_photo_alt", self.lang, n=number)
                image = (
                    f'<img class="photo" src="{uri}" alt="{esc(alt)}" '
                    f'width="{width}" height="{height}">'
                )
            meta = [self.t("pdf_photo_number", n=number)]
            step = data.photo_step_label(info)
            if step:
                meta.append(f"{self.t('pdf_step')} {self.user(step)}")
            caption = self.user_block(info.caption) if info.caption else ""
            out.append(
                element(
                    "figure",
                    image + element("figcaption", caption + self.meta(meta)),
                    id=f"photo-{number}",
                )
            )
        return element("section", "".join(out))

    def contents(self) -> str:
        """The table of contents: the sections (h2), and under them their parts (h3)."""
        items: list[str] = []
        children: list[str] = []

        def close() -> None:
            if children and items:
                items[-1] = (
                    items[-1].removesuffix("</li>") + element("ol", "".join(children)) + "</li>"
                )
            children.clear()

        for level, anchor, text in self.toc:
            link = element("li", element("a", text, href=f"#{anchor}"))
            if level == 2:
                close()
                items.append(link)
            else:
                children.append(link)
        close()
        return element(
            "nav",
            element("h2", self.t("html_contents"), id="contents") + element("ol", "".join(items)),
            aria_labelledby="contents",
        )

    def document(self) -> str:
        data, s = self.data, self.data.session
        sections = [
            self.details(),
            self.revision(),
            self.chart(),
            self.summary(),
            self.agenda(),
            self.by_principle(),
            self.not_mapped(),
            self.by_focus_area(),
            self.appendix(),
            self.photos(),
        ]
        exported = data.exported_at.strftime("%Y-%m-%d %H:%M")
        body = [
            element("a", self.t("html_skip"), href="#main", class_="skip"),
            self.header(),
            self.contents(),
            element("main", "".join(sections), id="main"),
            element("footer", element("p", self.t("pdf_exported", date=exported), class_="muted")),
        ]
        keywords = [s.template_name]
        if s.archive_ref:
            keywords.append(s.archive_ref)
        keywords += [p.title[self.lang] for p in data.framework.principles]
        return page(
            lang=self.lang,
            title=f"{s.title} – {t('pdf_minutes_from', self.lang, kind=s.template_name)}",
            description=t("pdf_subject", self.lang, kind=s.template_name),
            author="" if data.anonymous else ", ".join(s.facilitators),
            keywords=keywords,
            body=body,
        )


def minutes_html(data: MinutesData) -> str:
    """The whole HTML document of the minutes."""
    return _Writer(data).document()


def write_minutes_html(data: MinutesData, path: Path) -> None:
    """Write the minutes to ``path`` as one self-contained HTML file, whole or not at all."""
    write_html(Path(path), minutes_html(data))
