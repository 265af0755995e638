"""The new-session wizard: choose a template, fill in the details, plan the participants and
pick the framework; Finish creates the session.

Template texts (names, purposes, agendas) are shown in the wizard's ``language``; everything
else goes through ``tr()`` with English source text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from workshop.domain.templates import Template, load_templates, template_dirs
from workshop.errors import VerkstedError
from workshop.i18n import LANGUAGES, system_language
from workshop.paths import templates_dir
from workshop.services.library import Library
from workshop.services.sessions import create_session
from workshop.ui.new_session.details_page import DetailsPage
from workshop.ui.new_session.framework_page import FrameworkPage
from workshop.ui.new_session.participants_page import ParticipantsPage
from workshop.ui.new_session.template_page import TemplatePage
from workshop.ui.settings import Settings

PAGE_TEMPLATE, PAGE_DETAILS, PAGE_PARTICIPANTS, PAGE_FRAMEWORK = range(4)


class NewSessionWizard(QWizard):
    """Create a session from a template. ``created_session_id`` is set once it is stored."""

    def __init__(
        self,
        lib: Library,
        settings: Settings,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionWizard")
        self.setWindowTitle(self.tr("New session"))
        self.lib = lib
        self.settings = settings
        self.language = language if language in LANGUAGES else system_language()
        self.created_session_id: str | None = None
        self._quiet = False  # closing without the question (the program closes it)

        templates, load_error = self._load_templates()
        self.template_page = TemplatePage(templates, self.language, load_error, self)
        self.details_page = DetailsPage(self.language, self)
        self.participants_page = ParticipantsPage(settings.get("sessions/default_groups"), self)
        self.framework_page = FrameworkPage(
            settings.get("sessions/default_framework"), self.language, self
        )
        self.setPage(PAGE_TEMPLATE, self.template_page)
        self.setPage(PAGE_DETAILS, self.details_page)
        self.setPage(PAGE_PARTICIPANTS, self.participants_page)
        self.setPage(PAGE_FRAMEWORK, self.framework_page)

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create session"))
        self.button(QWizard.WizardButton.FinishButton).setAccessibleName(
            self.tr("Create the session")
        )
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 124, metrics.height() * 40)

    def _load_templates(self) -> tuple[dict[str, Template], str]:
        """All templates; when a user template is broken, the shipped ones and the error."""
        try:
            return load_templates(template_dirs()), ""
        except VerkstedError as exc:
            message = self.tr("A template could not be read and is left out: %1").replace(
                "%1", exc.message(self.language)
            )
            try:
                return load_templates([templates_dir()]), message
            except VerkstedError as inner:
                return {}, inner.message(self.language)

    # --- leaving without creating ---
    def filled_in(self) -> bool:
        """Something was typed or chosen beyond the first page (worth asking before it goes)."""
        details = self.details_page
        typed = (
            details.title_edit.text(),
            details.place_edit.text(),
            details.facilitators_edit.text(),
            details.archive_edit.text(),
        )
        return any(text.strip() for text in typed) or self.currentId() > PAGE_TEMPLATE

    def closeEvent(self, event) -> None:
        if not event.spontaneous():  # closed by the program (the app quitting), not the user
            self._quiet = True
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc, Cancel or closing the window: ask first when something was filled in."""
        if self.filled_in() and not self._quiet:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Discard the new session?"),
                self.tr("What you filled in is not saved. Discard it and close the wizard?"),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            box.setObjectName("discardWizardQuestion")
            discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)  # a second Esc keeps what was typed
            box.exec()
            chosen = box.clickedButton()
            box.deleteLater()
            if chosen is not discard:
                return
        self.discard()

    def discard(self) -> None:
        """Close without creating anything and without asking."""
        super().reject()

    def accept(self) -> None:
        details = self.details_page
        template = self.template_page.selected_template()
        framework = self.framework_page.framework
        if template is None or framework is None:
            return
        times = details.booked_times()
        try:
            self.created_session_id = create_session(
                self.lib,
                template,
                details.title(),
                session_date=details.session_date(),
                place=details.place(),
                language=details.session_language(),
                facilitators=details.facilitators(),
                participants=self.participants_page.participants(),
                archive_ref=details.archive_ref(),
                framework=framework,
                start_time=times[0] if times else None,
                end_time=times[1] if times else None,
            )
        except VerkstedError as exc:
            QMessageBox.warning(
                self, self.tr("The session was not created"), exc.message(self.language)
            )
            return
        super().accept()
