"""What the window says when the purge at closing could not remove everything (GDPR).

Sessions the user deleted are purged when Verksted closes (deleting is undoable until then). A
purge that finds the library held by a reader, a backup locked or a copy being read leaves the
text there for now (Verksted finishes it the next time it closes, ``workshop purge`` at once),
and a file in the backups folder that is not a library is not touched. Either way the user is
told, in one message, which file still holds what, never left to believe that it is gone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.i18n import t
from workshop.services.purge import BUSY, IN_USE, LIBRARY_READ, PurgeReport


def _reason(reason: str, lang: str) -> str:
    return {
        LIBRARY_READ: t("purge_reason_reader", lang),
        BUSY: t("purge_reason_busy", lang),
        IN_USE: t("purge_reason_in_use", lang),
    }[reason]


def purge_problems(reports: list[PurgeReport], lang: str) -> list[str]:
    """One sentence per file that still holds a purged session or was not scrubbed."""
    lines = []
    for report in reports:
        name = report.title if report.title is not None else report.session_id
        for leftover in report.pending:
            reason = _reason(leftover.reason, lang)
            lines.append(
                t(
                    "purge_unfinished_app",
                    lang,
                    title=name,
                    file=str(leftover.path),
                    reason=reason,
                    ref=report.session_id,
                )
            )
        for leftover in report.skipped:
            line = t("purge_skipped_app", lang, file=str(leftover.path))
            if line not in lines:  # one junk file, named once for all sessions purged
                lines.append(line)
    return lines


def tell_purge_problems(parent: QWidget | None, reports: list[PurgeReport], lang: str) -> None:
    """A warning listing :func:`purge_problems`; nothing when every purge was complete."""
    lines = purge_problems(reports, lang)
    if lines:
        QMessageBox.warning(parent, t("purge_unfinished_title", lang), "\n\n".join(lines))
