"""Texts several views show: step kinds, action statuses, numbers in the GUI's language.

The translated names are keyed by the one vocabulary (:mod:`workshop.domain.vocabulary`), so a
kind or status added there without a name here fails at once. The strings keep the translation
context of the view they were first written for. Numbers (and durations, dates, decimals) are
formatted by :mod:`workshop.domain.formatting`, in the language the GUI shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.domain import formatting
from workshop.domain.vocabulary import ACTION_STATUSES, STEP_KINDS
from workshop.ui.translation import current_ui_language

translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate


def kind_label(kind: str) -> str:
    """The translated name of a step kind (the kind id itself when unknown)."""
    labels = dict(
        zip(
            STEP_KINDS,
            (
                translate("AgendaEditor", "Intro"),
                translate("AgendaEditor", "Silent writing"),
                translate("AgendaEditor", "Sharing round"),
                translate("AgendaEditor", "Clustering"),
                translate("AgendaEditor", "Voting"),
                translate("AgendaEditor", "Discussion"),
                translate("AgendaEditor", "Evaluation"),
                translate("AgendaEditor", "Wrap-up"),
            ),
            strict=True,
        )
    )
    return labels.get(kind, kind)


def number_text(n: int) -> str:
    """``1 234`` in bokmål and nynorsk, ``1,234`` in English: in the language the GUI shows."""
    return formatting.number(n, current_ui_language())


def action_status_label(status: str) -> str:
    """The translated name of an action status (the status id itself when unknown)."""
    labels = dict(
        zip(
            ACTION_STATUSES,
            (
                translate("ActionsView", "Open"),
                translate("ActionsView", "In progress"),
                translate("ActionsView", "Done"),
                translate("ActionsView", "Dropped"),
            ),
            strict=True,
        )
    )
    return labels.get(status, status)
