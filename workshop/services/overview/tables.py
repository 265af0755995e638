"""The overview as plain tables: the rows the view shows and the CSV export writes."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.formatting import action_status_label, decimal
from workshop.i18n import t
from workshop.services.evaluation import RATING_VALUES
from workshop.services.overview.model import Overview


@dataclass(frozen=True)
class OverviewTable:
    """One table of the overview: a stable file name, column keys and rows of plain values."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


TABLE_NAMES = (
    "summary",
    "sessions",
    "sessions_by_type",
    "sessions_by_month",
    "participant_groups",
    "inputs_by_principle",
    "inputs_by_focus_area",
    "actions_by_status",
    "actions",
    "evaluation",
    "stories",
)


def summary_rows(ov: Overview, language: str) -> list[tuple[str, str, object]]:
    """The key figures: (key, label, value)."""
    lang = language
    ev = ov.evaluation
    return [
        ("period_start", t("report_period_start", lang), ov.start.isoformat()),
        ("period_end", t("report_period_end", lang), ov.end.isoformat()),
        ("sessions", t("report_sessions", lang), ov.session_count),
        ("sessions_without_date", t("report_sessions_undated", lang), ov.undated_sessions),
        ("participants", t("report_participants", lang), ov.participants_total),
        ("participants_actual", t("report_participants_actual", lang), ov.participants_actual),
        ("participants_planned", t("report_participants_planned", lang), ov.participants_planned),
        ("inputs", t("report_inputs", lang), ov.notes_total),
        ("inputs_without_principle", t("report_inputs_unmapped", lang), ov.notes_unmapped),
        ("actions", t("report_actions", lang), len(ov.actions)),
        ("actions_overdue", t("report_actions_overdue", lang), len(ov.overdue)),
        ("ratings", t("report_ratings", lang), ev.n),
        ("rating_mean", t("report_rating_mean", lang), decimal(ev.mean, lang, 2)),
        ("stories", t("report_stories", lang), len(ov.stories)),
    ]


def overview_tables(ov: Overview, language: str | None = None) -> list[OverviewTable]:
    """Every table of the overview, in :data:`TABLE_NAMES` order (labels in ``language``).

    Keys and codes stay English (``status`` is ``in-progress``, not a translation). In the
    ``actions`` and ``stories`` tables ``session`` is the session's number in the ``sessions``
    table (the report's appendix A) and ``date`` and ``title`` are the session's.
    """
    lang = language or ov.language
    principles = [p.number for p in ov.by_principle]
    areas = [fa.id for fa in ov.by_focus_area]
    tables = [
        OverviewTable("summary", ("key", "label", "value"), tuple(summary_rows(ov, lang))),
        OverviewTable(
            "sessions",
            (
                "number",
                "id",
                "date",
                "title",
                "type",
                "status",
                "participants",
                "participant_source",
                "inputs",
                "inputs_without_principle",
                *(f"principle_{n}" for n in principles),
                *(f"focus_area_{a}" for a in areas),
                "actions",
                "ratings",
                "rating_mean",
                "stories",
            ),
            tuple(
                (
                    cs.number,
                    cs.id,
                    cs.date.isoformat(),
                    cs.title,
                    cs.type_label(lang),
                    cs.status,
                    cs.participants,
                    cs.participants_source,
                    cs.notes,
                    cs.notes_unmapped,
                    *(cs.principle_counts.get(n, 0) for n in principles),
                    *(cs.focus_area_counts.get(a, 0) for a in areas),
                    cs.actions,
                    cs.ratings,
                    decimal(cs.rating_mean, lang, 2) if cs.ratings else "",
                    cs.stories,
                )
                for cs in ov.sessions
            ),
        ),
        OverviewTable(
            "sessions_by_type",
            ("type_id", "type", "sessions", "inputs", "participants"),
            tuple(
                (tc.template_id, tc.label(lang), tc.sessions, tc.notes, tc.participants)
                for tc in ov.by_type
            ),
        ),
        OverviewTable(
            "sessions_by_month",
            ("month", "label", "sessions", "inputs"),
            tuple((m.month, m.label(lang), m.sessions, m.notes) for m in ov.by_month),
        ),
        OverviewTable(
            "participant_groups",
            ("group", "participants", "actual", "planned", "sessions"),
            tuple((g.group, g.total, g.actual, g.planned, g.sessions) for g in ov.participants),
        ),
        OverviewTable(
            "inputs_by_principle",
            ("principle", "title", "inputs", "few_inputs"),
            tuple(
                (p.number, p.label(lang), p.notes, int(p in ov.few_inputs)) for p in ov.by_principle
            ),
        ),
        OverviewTable(
            "inputs_by_focus_area",
            ("focus_area", "title", "inputs"),
            tuple((fa.id, fa.label(lang), fa.notes) for fa in ov.by_focus_area),
        ),
        OverviewTable(
            "actions_by_status",
            ("status", "label", "actions", "overdue"),
            tuple(
                (
                    sc.status,
                    action_status_label(sc.status, lang),
                    sc.actions,
                    sum(1 for a in ov.overdue if a.status == sc.status),
                )
                for sc in ov.actions_by_status
            ),
        ),
        OverviewTable(
            "actions",
            (
                "session",
                "date",
                "title",
                "action",
                "owner",
                "due",
                "status",
                "overdue",
                "story",
                "comment",
                "id",
            ),
            tuple(
                (
                    a.session_number,
                    a.session_date.isoformat(),
                    a.session_title,
                    a.text,
                    a.owner,
                    a.due.isoformat() if a.due else "",
                    a.status,
                    int(a.overdue),
                    int(a.story),
                    a.comment,
                    a.id,
                )
                for a in ov.actions
            ),
        ),
        OverviewTable(
            "evaluation",
            ("value", "ratings"),
            tuple(zip(RATING_VALUES, ov.evaluation.counts, strict=True)),
        ),
        OverviewTable(
            "stories",
            (
                "session",
                "date",
                "title",
                "kind",
                "text",
                "principles",
                "status",
                "owner",
                "id",
            ),
            tuple(
                (
                    st.session_number,
                    st.session_date.isoformat(),
                    st.session_title,
                    st.kind,
                    st.text,
                    ";".join(map(str, st.principles)),
                    st.status,
                    st.owner,
                    st.id,
                )
                for st in ov.stories
            ),
        ),
    ]
    return tables
