"""Texts several views show: step kinds, action statuses, durations, numbers in the locale's format.

The strings keep the translation context of the view they were first written for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate  # literal strings below, for pyside6-lupdate


def kind_label(kind: str) -> str:
    """The translated name of a step kind (the kind id itself when unknown)."""
    labels = {
        "intro": translate("AgendaEditor", "Intro"),
        "silent-writing": translate("AgendaEditor", "Silent writing"),
        "share": translate("AgendaEditor", "Sharing round"),
        "cluster": translate("AgendaEditor", "Clustering"),
        "vote": translate("AgendaEditor", "Voting"),
        "discuss": translate("AgendaEditor", "Discussion"),
        "evaluate": translate("AgendaEditor", "Evaluation"),
        "wrap-up": translate("AgendaEditor", "Wrap-up"),
    }
    return labels.get(kind, kind)


def format_duration(minutes: int) -> str:
    """``1 h 35 min`` (bokmål: ``1 t 35 min``), ``45 min``, ``2 h``."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        text = translate("NewSessionWizard", "%1 h %2 min", "duration: hours and minutes")
        return text.replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        text = translate("NewSessionWizard", "%1 h", "duration: whole hours")
        return text.replace("%1", str(hours))
    return translate("NewSessionWizard", "%1 min", "duration: minutes").replace("%1", str(rest))


def number_text(n: int) -> str:
    """``1 234`` in bokmål, ``1,234`` in English: the default locale of the GUI."""
    return QLocale().toString(n)


def action_status_label(status: str) -> str:
    """The translated name of an action status (the status id itself when unknown)."""
    labels = {
        "open": QCoreApplication.translate("ActionsView", "Open"),
        "in-progress": QCoreApplication.translate("ActionsView", "In progress"),
        "done": QCoreApplication.translate("ActionsView", "Done"),
        "dropped": QCoreApplication.translate("ActionsView", "Dropped"),
    }
    return labels.get(status, status)
