"""The words of the revision section of approved minutes (version 2 and later), shared by the
PDF and the HTML minutes: its heading, the lines about the version before, and each change as
(label, text, detail) in plain text for the writer to escape."""

from __future__ import annotations

from workshop.domain.formatting import local_time, long_date
from workshop.domain.framework import Framework
from workshop.i18n import t
from workshop.services.approval import Change, Revision

DETAIL_LABELS = {"title": "minutes_change_title", "date": "pdf_date", "place": "pdf_place"}
GROUP_HEADINGS = {
    "details": "minutes_change_details",
    "added": "minutes_change_added",
    "changed": "minutes_change_changed",
    "removed": "minutes_change_removed",
    "tags": "minutes_change_tags",
    "votes": "minutes_change_votes",
    "clusters": "minutes_change_clusters",
}


def title(revision: Revision, lang: str) -> str:
    key = "minutes_revised_draft" if revision.draft else "minutes_revised"
    return t(key, lang, version=revision.version)


def intro(revision: Revision, lang: str) -> list[str]:
    """The version before (who approved it, when, when it was reopened) and the reason."""
    lines = []
    if revision.reopened_at is not None:
        lines.append(
            t(
                "minutes_revision_previous",
                lang,
                previous=revision.previous,
                by=revision.previous_by,
                at=long_date(local_time(revision.previous_at).date(), lang),
                reopened=long_date(local_time(revision.reopened_at).date(), lang),
            )
        )
    if revision.reason:
        lines.append(t("minutes_revision_reason", lang, reason=revision.reason))
    return lines


def changes_heading(revision: Revision, lang: str) -> str:
    return t("minutes_revision_changes", lang, previous=revision.previous)


def no_changes(revision: Revision, lang: str) -> str:
    return t("minutes_revision_none", lang, previous=revision.previous)


def group_heading(kind: str, lang: str) -> str:
    key = GROUP_HEADINGS[kind]
    return t(key, lang)


def _tags(tags: tuple[tuple[int, ...], tuple[str, ...]], framework: Framework | None, lang: str):
    principles, focus_areas = tags
    titles = {fa.id: fa.title[lang] for fa in framework.focus_areas} if framework else {}
    parts = [t("minutes_change_principle", lang, n=n) for n in principles]
    parts += [titles.get(fa, fa) for fa in focus_areas]
    return ", ".join(parts)


def _votes(n: int, lang: str) -> str:
    return t("pdf_vote_one", lang) if n == 1 else t("pdf_votes", lang, n=n)


def line(change: Change, lang: str, framework: Framework | None = None) -> tuple[str, str, str]:
    """(label, text, detail): "Innspill 12", the note's text, what it was before."""
    none = t("minutes_change_none_value", lang)
    if change.kind == "tags":
        before = _tags(change.tags_before, framework, lang) or none
        after = _tags(change.tags_after, framework, lang) or none
        label = t("minutes_change_number", lang, n=change.number) if change.number else ""
        return label, change.text, f"{before} → {after}"
    if change.kind == "details":
        key = DETAIL_LABELS.get(change.text, "minutes_change_title")
        label = t(key, lang)
        detail = f"{change.before or none} → {change.after or none}"
        return label, "", detail
    label = t("minutes_change_number", lang, n=change.number) if change.number else ""
    if change.kind == "changed":
        return label, change.text, t("minutes_change_was", lang, before=change.before)
    if change.kind == "votes":
        before, after = (_votes(int(v or 0), lang) for v in (change.before, change.after))
        return label, change.text, f"{before} → {after}"
    if change.kind == "clusters":
        detail = f"{change.before or none} → {change.after or none}"
        return label, change.text, detail
    return label, change.text, ""
