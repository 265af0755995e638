"""The new-session wizard: choose a template, fill in the details, plan the participants and
pick the framework; Finish creates the session.

Template texts (names, purposes, agendas) are shown in the wizard's ``language``; everything
else goes through ``tr()`` with English source text.
"""

from __future__ import annotations

import html
import itertools
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workshop.domain.framework import Framework, load_default_framework, load_framework
from workshop.domain.templates import Template, load_templates, template_dirs
from workshop.errors import VerkstedError
from workshop.i18n import LANGUAGES, system_language
from workshop.paths import templates_dir
from workshop.services.sessions import create_session
from workshop.store.db import Library
from workshop.ui.labels import format_duration
from workshop.ui.settings import Settings

PAGE_TEMPLATE, PAGE_DETAILS, PAGE_PARTICIPANTS, PAGE_FRAMEWORK = range(4)
TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #B3261E;"  # a dark red that reads on light and mid-grey backgrounds
DATE_FORMAT = "dd.MM.yyyy"
TIME_FORMAT = "HH:mm"
DEFAULT_START = QTime(18, 0)


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


# --- 1. template -------------------------------------------------------------------------------


class TemplatePage(QWizardPage):
    """A list of templates; beside it the purpose, audience and agenda of the selected one."""

    def __init__(
        self, templates: dict[str, Template], language: str, load_error: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatePage")
        self.templates = templates
        self.language = language
        self.setTitle(self.tr("Choose a template"))
        self.setSubTitle(
            self.tr("The template gives the session its agenda. You can change the agenda later.")
        )

        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        for tpl in sorted(templates.values(), key=lambda t: t.name[language].casefold()):
            item = QListWidgetItem(tpl.name[language])
            item.setData(TEMPLATE_ID_ROLE, tpl.id)
            item.setToolTip(tpl.audience[language])
            self.list.addItem(item)
        widest = max(
            (
                self.list.fontMetrics().horizontalAdvance(t.name[language])
                for t in templates.values()
            ),
            default=0,
        )
        self.list.setMinimumWidth(widest + self.list.fontMetrics().averageCharWidth() * 6)

        self.details = QTextBrowser(self)
        self.details.setObjectName("templateDetails")
        self.details.setAccessibleName(self.tr("About the selected template"))
        self.details.setOpenLinks(False)

        list_label = QLabel(self.tr("&Templates"), self)
        list_label.setBuddy(self.list)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)

        self.error_label = _error_label(self, "templateLoadError")
        if load_error:
            self.error_label.setText(load_error)
            self.error_label.show()

        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addWidget(self.details, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(row, 1)

        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self._selection_changed()

    def selected_template(self) -> Template | None:
        items = self.list.selectedItems()
        return self.templates.get(items[0].data(TEMPLATE_ID_ROLE)) if items else None

    def select_template(self, template_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(TEMPLATE_ID_ROLE) == template_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return

    def isComplete(self) -> bool:
        return self.selected_template() is not None

    def _double_clicked(self, _item) -> None:
        if self.wizard() is not None and self.isComplete():
            self.wizard().next()

    def _selection_changed(self) -> None:
        tpl = self.selected_template()
        if tpl is None:
            hint = html.escape(self.tr("Choose a template to see its purpose and agenda."))
            self.details.setHtml(f"<p><i>{hint}</i></p>")
        else:
            self.details.setHtml(self.details_html(tpl))
        self.completeChanged.emit()

    def details_html(self, tpl: Template) -> str:
        lang = self.language
        esc = html.escape
        # tr() outside the f-strings: lupdate does not look inside them
        purpose, audience, agenda = self.tr("Purpose"), self.tr("Audience"), self.tr("Agenda")
        parts = [f"<h2>{esc(tpl.name[lang])}</h2>"]
        if tpl.description[lang].strip():
            parts.append(f"<h4>{esc(purpose)}</h4><p>{esc(tpl.description[lang])}</p>")
        if tpl.audience[lang].strip():
            parts.append(f"<h4>{esc(audience)}</h4><p>{esc(tpl.audience[lang])}</p>")
        parts.append(f"<h4>{esc(agenda)}</h4>")
        rows = []
        for number, step in enumerate(tpl.steps, start=1):
            length = format_duration(step.minutes) if step.minutes else self.tr("open")
            rows.append(
                f"<tr><td align='right'>{number}.&nbsp;</td>"
                f"<td>{esc(step.title[lang])}</td>"
                f"<td align='right'>&nbsp;&nbsp;{esc(length)}</td></tr>"
            )
        parts.append(f"<table cellspacing='2'>{''.join(rows)}</table>")
        parts.append(f"<p><b>{esc(self.total_text(tpl))}</b></p>")
        return "".join(parts)

    def total_text(self, tpl: Template) -> str:
        total = format_duration(tpl.total_minutes)
        if any(s.minutes == 0 for s in tpl.steps):
            return self.tr("Total time: %1, not counting the open steps").replace("%1", total)
        return self.tr("Total time: %1").replace("%1", total)


# --- 2. details --------------------------------------------------------------------------------


class DetailsPage(QWizardPage):
    """Title, date, booked hours, place, facilitators, session language and archive reference."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPage")
        self.setTitle(self.tr("Details"))
        self.setSubTitle(self.tr("Only the title is required; the rest can be filled in later."))
        self._times_touched = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(
            self.tr("For example: Politician workshop on innovation")
        )
        self.title_edit.setMaxLength(300)
        self.registerField("title*", self.title_edit)

        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)

        self.booked_check = QCheckBox(self.tr("Boo&ked hours"), self)
        self.booked_check.setObjectName("bookedCheck")
        self.booked_check.setAccessibleName(self.tr("Booked hours"))
        self.start_edit = QTimeEdit(DEFAULT_START, self)
        self.start_edit.setObjectName("startTimeEdit")
        self.start_edit.setAccessibleName(self.tr("Booked from"))
        self.end_edit = QTimeEdit(DEFAULT_START.addSecs(2 * 3600), self)
        self.end_edit.setObjectName("endTimeEdit")
        self.end_edit.setAccessibleName(self.tr("Booked until"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.setEnabled(False)
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.booked_check)
        times.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        times.addWidget(self.start_edit)
        self.until_label = QLabel(self.tr("to"), self)
        times.addWidget(self.until_label)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        self.time_error = _error_label(self, "timeError")
        self.time_info = QLabel(self)
        self.time_info.setObjectName("timeInfo")
        self.time_info.setWordWrap(True)
        self.time_info.hide()
        time_box = QVBoxLayout()
        time_box.setContentsMargins(0, 0, 0, 0)
        time_box.addLayout(times)
        time_box.addWidget(self.time_error)
        time_box.addWidget(self.time_info)

        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("For example: Gran town hall, council chamber"))

        self.facilitators_edit = QLineEdit(self)
        self.facilitators_edit.setObjectName("facilitatorsEdit")
        self.facilitators_edit.setAccessibleName(self.tr("Facilitators, separated by commas"))
        self.facilitators_edit.setPlaceholderText(self.tr("Names, separated by commas"))

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the session"))
        self.language_combo.addItem(self.tr("Norwegian (bokmål)"), "nb")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_combo.setToolTip(
            self.tr("The agenda, the participant groups and the minutes use this language.")
        )

        self.archive_edit = QLineEdit(self)
        self.archive_edit.setObjectName("archiveRefEdit")
        self.archive_edit.setAccessibleName(self.tr("Archive reference (optional)"))
        self.archive_edit.setPlaceholderText(self.tr("For example: case number 2026/123"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Time:"), time_box)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("Fac&ilitators:"), self.facilitators_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("A&rchive reference:"), self.archive_edit)

        self.title_edit.textChanged.connect(self.completeChanged)
        self.booked_check.toggled.connect(self._booked_toggled)
        self.start_edit.timeChanged.connect(self._times_changed)
        self.end_edit.timeChanged.connect(self._times_changed)

    def cleanupPage(self) -> None:
        """Keep what was typed when going back (the default would clear the title)."""

    def initializePage(self) -> None:
        if not self.booked_check.isChecked() and not self._times_touched:
            # suggest an end time that fits the agenda, in quarter hours
            minutes = max(self._agenda_minutes(), 60)
            minutes = -(-minutes // 15) * 15
            self.end_edit.blockSignals(True)
            self.end_edit.setTime(self.start_edit.time().addSecs(minutes * 60))
            self.end_edit.blockSignals(False)
        self._update_times()

    def _agenda_minutes(self) -> int:
        wizard = self.wizard()
        tpl = wizard.template_page.selected_template() if wizard is not None else None
        return tpl.total_minutes if tpl is not None else 0

    def _booked_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        self._update_times()

    def _times_changed(self) -> None:
        self._times_touched = True
        self._update_times()

    def times_valid(self) -> bool:
        return not self.booked_check.isChecked() or self.end_edit.time() > self.start_edit.time()

    def _update_times(self) -> None:
        booked = self.booked_check.isChecked()
        valid = self.times_valid()
        self.time_error.setText(self.tr("The end time must be after the start time."))
        self.time_error.setVisible(not valid)
        minutes = self.start_edit.time().secsTo(self.end_edit.time()) // 60
        agenda = self._agenda_minutes()
        short = booked and valid and agenda > minutes
        if short:
            self.time_info.setText(
                self.tr("The agenda takes %1, but only %2 is booked.")
                .replace("%1", format_duration(agenda))
                .replace("%2", format_duration(minutes))
            )
        self.time_info.setVisible(short)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.title_edit.text().strip()) and self.times_valid()

    # values
    def title(self) -> str:
        return self.title_edit.text().strip()

    def session_date(self) -> date:
        return self.date_edit.date().toPython()

    def booked_times(self) -> tuple[time, time] | None:
        if not self.booked_check.isChecked():
            return None
        return self.start_edit.time().toPython(), self.end_edit.time().toPython()

    def place(self) -> str:
        return self.place_edit.text().strip()

    def facilitators(self) -> list[str]:
        return [name.strip() for name in self.facilitators_edit.text().split(",") if name.strip()]

    def session_language(self) -> str:
        return self.language_combo.currentData()

    def archive_ref(self) -> str:
        return self.archive_edit.text().strip()


# --- 3. participants ---------------------------------------------------------------------------


class ParticipantsPage(QWizardPage):
    """Planned participants by group: the template's groups and the default groups, each 0."""

    def __init__(self, default_groups: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self.setTitle(self.tr("Participants"))
        self.setSubTitle(
            self.tr(
                "How many do you expect from each group? Notes can be marked with these groups."
            )
        )
        self.default_groups = list(default_groups)
        self.spins: dict[str, QSpinBox] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        self.row_widgets: dict[str, tuple[QLabel, QWidget]] = {}
        self.added_by_user: set[str] = set()
        self._built_for: tuple[str, str] | None = None

        self.rows_widget = QWidget(self)
        self.rows_widget.setObjectName("participantRows")
        self.rows = QFormLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("participantScroll")
        self.scroll.setWidget(self.rows_widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("participantTotal")

        self.new_group_edit = QLineEdit(self)
        self.new_group_edit.setObjectName("newGroupEdit")
        self.new_group_edit.setAccessibleName(self.tr("Name of a new group"))
        self.new_group_edit.setPlaceholderText(self.tr("A new group, for example: Youth council"))
        self.new_group_edit.setMaxLength(80)
        self.new_group_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add group"), self)
        self.add_button.setObjectName("addGroupButton")
        self.add_button.setAccessibleName(self.tr("Add the group"))
        self.add_button.setEnabled(False)
        self.group_message = _error_label(self, "groupMessage")
        new_label = QLabel(self.tr("New &group:"), self)
        new_label.setBuddy(self.new_group_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label)
        add_row.addWidget(self.new_group_edit, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(add_row)
        layout.addWidget(self.group_message)

        self.new_group_edit.textChanged.connect(self._new_text_changed)
        self.add_button.clicked.connect(self.add_from_edit)

    def initializePage(self) -> None:
        wizard = self.wizard()
        tpl = wizard.template_page.selected_template()
        language = wizard.details_page.session_language()
        key = (tpl.id if tpl else "", language)
        if key == self._built_for:
            return
        self._built_for = key
        previous = self.participants()
        added = [name for name in previous if name in self.added_by_user]
        self.clear_groups()
        suggested = list(tpl.groups[language]) if tpl else []
        for name in [*suggested, *self.default_groups, *added]:
            if self._find(name) is None:
                self.add_group(name, previous.get(name, 0))
        self.added_by_user = set(added)
        self.group_message.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Enter in the new-group line adds the group instead of going to the next page
        if (
            obj is self.new_group_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.new_group_edit.text().strip()
        ):
            self.add_from_edit()
            return True
        return super().eventFilter(obj, event)

    def _find(self, name: str) -> str | None:
        folded = name.strip().casefold()
        return next((g for g in self.spins if g.casefold() == folded), None)

    def _new_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))
        self.group_message.hide()

    def add_from_edit(self) -> None:
        name = " ".join(self.new_group_edit.text().split())
        if not name:
            return
        existing = self._find(name)
        if existing is not None:
            self.group_message.setText(
                self.tr("The group “%1” is already in the list.").replace("%1", existing)
            )
            self.group_message.show()
            self.spins[existing].setFocus()
            return
        spin = self.add_group(name, 0)
        self.added_by_user.add(name)
        self.new_group_edit.clear()
        spin.setFocus()
        spin.selectAll()

    def add_group(self, name: str, count: int = 0) -> QSpinBox:
        row = QWidget(self.rows_widget)
        spin = QSpinBox(row)
        spin.setObjectName("participantSpin")
        spin.setRange(0, 9999)
        spin.setValue(count)
        spin.setAccessibleName(self.tr("Planned participants: %1").replace("%1", name))
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("9999") * 3)
        spin.valueChanged.connect(self._update_total)
        remove = QPushButton(self.tr("Remove"), row)
        remove.setObjectName("removeGroupButton")
        remove.setAccessibleName(self.tr("Remove the group %1").replace("%1", name))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda _checked=False, n=name: self.remove_group(n))
        field = QHBoxLayout(row)
        field.setContentsMargins(0, 0, 0, 0)
        field.addWidget(spin)
        field.addWidget(remove)
        field.addStretch(1)
        label = QLabel(name.replace("&", "&&"), self.rows_widget)
        label.setBuddy(spin)
        self.rows.addRow(label, row)
        self.spins[name] = spin
        self.remove_buttons[name] = remove
        self.row_widgets[name] = (label, row)
        self._update_tab_order()
        self._update_total()
        return spin

    def remove_group(self, name: str) -> None:
        """Take the group's row out; it is deleted later (its button may be sending now)."""
        if name not in self.spins:
            return
        names = list(self.spins)
        focus = QApplication.focusWidget()
        label, row = self.row_widgets.pop(name)
        had_focus = focus is not None and row.isAncestorOf(focus)
        del self.spins[name]
        del self.remove_buttons[name]
        self.added_by_user.discard(name)
        self.rows.takeRow(row)
        for widget in (label, row):
            widget.hide()
            widget.deleteLater()
        self._update_tab_order()
        self._update_total()
        if had_focus:
            index = names.index(name)
            rest = [n for n in names if n != name]
            if rest:
                self.spins[rest[min(index, len(rest) - 1)]].setFocus()
            else:
                self.new_group_edit.setFocus()

    def clear_groups(self) -> None:
        for name in list(self.spins):
            self.remove_group(name)

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = []
        for name, spin in self.spins.items():
            chain += [spin, self.remove_buttons[name]]
        chain += [self.new_group_edit, self.add_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        self.total_label.setText(self.tr("Planned in total: %1").replace("%1", str(total)))

    def groups(self) -> list[str]:
        return list(self.spins)

    def participants(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}


# --- 4. framework ------------------------------------------------------------------------------


class FrameworkPage(QWizardPage):
    """The framework file, validated at once; a broken one keeps Finish disabled."""

    def __init__(self, default_path: str, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworkPage")
        self.language = language
        self.setTitle(self.tr("Framework"))
        self.setSubTitle(
            self.tr("The principles and focus areas the notes of this session are linked to.")
        )
        self.setFinalPage(True)
        self.path: Path | None = None
        self.framework: Framework | None = None
        self.error = ""

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("frameworkPath")
        self.path_edit.setAccessibleName(self.tr("Framework file"))
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("C&hoose file…"), self)
        self.choose_button.setObjectName("chooseFrameworkButton")
        self.choose_button.setAccessibleName(self.tr("Choose a framework file"))
        self.builtin_button = QPushButton(self.tr("&Use the built-in"), self)
        self.builtin_button.setObjectName("builtinFrameworkButton")
        self.builtin_button.setAccessibleName(self.tr("Use the built-in framework"))
        for button in (self.choose_button, self.builtin_button):
            button.setAutoDefault(False)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("frameworkStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = _error_label(self, "frameworkError")

        file_label = QLabel(self.tr("&Framework file:"), self)
        file_label.setBuddy(self.path_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.builtin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.path_edit)
        layout.addLayout(buttons)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self.choose_file)
        self.builtin_button.clicked.connect(lambda: self.set_path(None))
        self.set_path(Path(default_path).expanduser() if default_path.strip() else None)

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path is not None else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a framework file"),
            start,
            self.tr("Framework files (*.toml)"),
        )
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path | None) -> None:
        """Load and validate ``path`` (None: the built-in framework) and show the outcome."""
        self.path = path
        try:
            self.framework = load_default_framework() if path is None else load_framework(path)
            self.error = ""
        except VerkstedError as exc:
            self.framework = None
            self.error = exc.message(self.language)
        if path is None:
            name = self.framework.name[self.language] if self.framework else ""
            self.path_edit.setText(self.tr("%1 (built-in)").replace("%1", name))
        else:
            self.path_edit.setText(str(path))
        self.path_edit.setCursorPosition(0)
        self.builtin_button.setEnabled(path is not None)
        if self.framework is not None:
            fw = self.framework
            count = len(fw.principles)
            if count == 1:
                principles = self.tr("1 principle")
            else:
                principles = self.tr("%1 principles").replace("%1", str(count))
            self.status_label.setText(f"✓ {fw.name[self.language]}: {principles}")
            self.error_label.hide()
        else:
            self.status_label.setText(self.tr("This framework file cannot be used:"))
            self.error_label.setText(self.error)
            self.error_label.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.framework is not None


# --- the wizard --------------------------------------------------------------------------------


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
