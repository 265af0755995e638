"""The new-session wizard: template, details, participants and framework, driven like a user."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QWidget,
    QWizard,
)

from workshop.domain.templates import get_template
from workshop.errors import InvalidInputError
from workshop.services.sessions import get_session, session_framework
from workshop.ui.new_session import wizard as wizard_module
from workshop.ui.new_session.template_page import TEMPLATE_ID_ROLE
from workshop.ui.new_session.wizard import (
    PAGE_DETAILS,
    PAGE_FRAMEWORK,
    PAGE_PARTICIPANTS,
    PAGE_TEMPLATE,
    NewSessionWizard,
)
from workshop.ui.settings import DEFAULT_GROUPS, Settings

LEFT = Qt.MouseButton.LeftButton
NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton

SMALL_FRAMEWORK = """\
id = "testkommune-plakat"
version = 1

[name]
nb = "Testplakaten – Testkommune"
en = "The Test Charter – Test municipality"

[[principles]]
number = 1
title = { nb = "Åpenhet", en = "Openness" }
text = { nb = "Vi deler det vi vet.", en = "We share what we know." }
keywords = { nb = ["åpen"], en = ["open"] }

[[principles]]
number = 2
title = { nb = "Samarbeid", en = "Collaboration" }
text = { nb = "Vi jobber sammen.", en = "We work together." }

[[principles]]
number = 3
title = { nb = "Mot", en = "Courage" }
text = { nb = "Vi prøver nytt.", en = "We try new things." }

[[focus_areas]]
id = "tjenester"
title = { nb = "Tjenester", en = "Services" }
theme = { nb = "Bedre tjenester", en = "Better services" }
focus = { nb = ["Brukerne"], en = ["The users"] }
principles = [1, 3]
"""

BROKEN_FRAMEWORK = """\
id = "halvferdig"
name = { nb = "Uten engelsk navn" }
principles = [
"""


def make_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def small_framework(tmp_path) -> Path:
    path = tmp_path / "testkommune.toml"
    path.write_text(SMALL_FRAMEWORK, encoding="utf-8")
    return path


@pytest.fixture
def broken_framework(tmp_path) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN_FRAMEWORK, encoding="utf-8")
    return path


@pytest.fixture
def make_wizard(qtbot, lib, settings):
    def make(language: str = "nb", settings: Settings = settings) -> NewSessionWizard:
        wizard = NewSessionWizard(lib, settings, language=language)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


@pytest.fixture
def wizard(make_wizard) -> NewSessionWizard:
    return make_wizard()


# --- driving helpers ---------------------------------------------------------------------------


def child(wizard: QWidget, kind, name: str):
    found = wizard.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, LEFT)


def choose_template(qtbot, wizard: NewSessionWizard, template_id: str) -> None:
    templates = child(wizard, QListWidget, "templateList")
    item = next(
        templates.item(row)
        for row in range(templates.count())
        if templates.item(row).data(TEMPLATE_ID_ROLE) == template_id
    )
    templates.scrollToItem(item)
    qtbot.mouseClick(templates.viewport(), LEFT, pos=templates.visualItemRect(item).center())
    assert templates.selectedItems() == [item]


def type_over(qtbot, edit: QWidget, text: str) -> None:
    """Focus a line edit or spin box, select what is in it and type ``text``."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def type_time(qtbot, edit: QDateTimeEdit, text: str) -> None:
    """Type a time (or date) from its first section, as after clicking into the field."""
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    edit.setSelectedSection(edit.sectionAt(0))
    qtbot.keyClicks(edit, text)


def go_next(qtbot, wizard: NewSessionWizard, expected_page: int) -> None:
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == expected_page


def to_details(qtbot, wizard, template_id: str = "politician-workshop") -> None:
    choose_template(qtbot, wizard, template_id)
    go_next(qtbot, wizard, PAGE_DETAILS)


def to_framework(qtbot, wizard, title: str = "Verksted") -> None:
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), title)
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    go_next(qtbot, wizard, PAGE_FRAMEWORK)


def spin_for(wizard: NewSessionWizard, group: str) -> QSpinBox:
    return wizard.participants_page.spins[group]


# --- the whole way through ---------------------------------------------------------------------


def test_a_session_is_created_with_everything_typed_in(qtbot, wizard, lib):
    assert wizard.objectName() == "newSessionWizard"
    assert wizard.currentId() == PAGE_TEMPLATE
    choose_template(qtbot, wizard, "politician-workshop")
    go_next(qtbot, wizard, PAGE_DETAILS)

    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Politikerverksted om innovasjon")
    date_edit = child(wizard, QDateTimeEdit, "dateEdit")
    assert date_edit.date() == QDate.currentDate()
    type_time(qtbot, date_edit, "05032026")  # sections advance by themselves
    assert date_edit.date() == QDate(2026, 3, 5)
    click(qtbot, child(wizard, QCheckBox, "bookedCheck"))
    type_time(qtbot, child(wizard, QDateTimeEdit, "startTimeEdit"), "18:00")
    type_time(qtbot, child(wizard, QDateTimeEdit, "endTimeEdit"), "20:00")
    qtbot.keyClicks(child(wizard, QLineEdit, "placeEdit"), "Gran rådhus, kommunestyresalen")
    qtbot.keyClicks(child(wizard, QLineEdit, "facilitatorsEdit"), "Kari Nordmann,  Ola Nordmann , ")
    assert child(wizard, QComboBox, "languageCombo").currentData() == "nb"
    qtbot.keyClicks(child(wizard, QLineEdit, "archiveRefEdit"), "2026/123")
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)

    assert wizard.participants_page.groups() == ["Politikere", "Administrasjon", "Innbyggere"]
    type_over(qtbot, spin_for(wizard, "Politikere"), "27")
    type_over(qtbot, spin_for(wizard, "Administrasjon"), "6")
    qtbot.keyClicks(child(wizard, QLineEdit, "newGroupEdit"), "Ungdomsrådet")
    click(qtbot, child(wizard, QPushButton, "addGroupButton"))
    new_spin = spin_for(wizard, "Ungdomsrådet")
    assert new_spin.hasFocus()
    qtbot.keyClicks(new_spin, "4")
    assert child(wizard, QLabel, "participantTotal").text().endswith("37")
    go_next(qtbot, wizard, PAGE_FRAMEWORK)

    assert wizard.framework_page.path is None  # the built-in one
    click(qtbot, wizard.button(FINISH))

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.created_session_id
    session = get_session(lib, wizard.created_session_id)
    assert session.template_id == "politician-workshop"
    assert session.template_name == "Politikerverksted"
    assert session.title == "Politikerverksted om innovasjon"
    assert session.date == date(2026, 3, 5)
    assert session.place == "Gran rådhus, kommunestyresalen"
    assert session.facilitators == ["Kari Nordmann", "Ola Nordmann"]
    assert session.archive_ref == "2026/123"
    assert session.participants_planned == {
        "Politikere": 27,
        "Administrasjon": 6,
        "Innbyggere": 0,
        "Ungdomsrådet": 4,
    }
    assert (session.start_time, session.end_time) == (time(18, 0), time(20, 0))
    assert session.language == "nb"
    assert session.status == "planned"
    template = get_template("politician-workshop")
    assert [(s.title, s.minutes, s.kind) for s in session.steps] == [
        (s.title["nb"], s.minutes, s.kind) for s in template.steps
    ]
    assert session.framework_id == "gran-innovasjonsplakaten"


def test_an_english_session_gets_english_groups_and_agenda(qtbot, wizard, lib):
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Council workshop")
    combo = child(wizard, QComboBox, "languageCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # bokmål, nynorsk, English
    assert combo.currentData() == "en"
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    assert wizard.participants_page.groups()[:2] == ["Politicians", "Administration"]
    go_next(qtbot, wizard, PAGE_FRAMEWORK)
    click(qtbot, wizard.button(FINISH))

    session = get_session(lib, wizard.created_session_id)
    assert session.language == "en"
    assert session.template_name == "Politician workshop"
    assert session.steps[0].title == "Welcome and framing"
    assert (session.start_time, session.end_time) == (None, None)  # no booked hours


# --- template page -----------------------------------------------------------------------------


def test_next_needs_a_template_and_the_pane_shows_purpose_agenda_and_total(qtbot, wizard):
    templates = child(wizard, QListWidget, "templateList")
    assert templates.count() == 8
    assert not wizard.button(NEXT).isEnabled()
    choose_template(qtbot, wizard, "politician-workshop")
    assert wizard.button(NEXT).isEnabled()

    details = child(wizard, QTextBrowser, "templateDetails").toPlainText()
    template = get_template("politician-workshop")
    assert template.total_minutes == 95
    assert "Total time: 1 h 35 min" in details
    assert template.description["nb"][:40] in details
    assert template.audience["nb"][:40] in details
    for step in template.steps:
        assert step.title["nb"] in details
    assert "20 min" in details


def test_open_steps_are_shown_as_open(qtbot, make_wizard):
    wizard = make_wizard(language="en")
    choose_template(qtbot, wizard, "popup-stand")
    details = child(wizard, QTextBrowser, "templateDetails").toPlainText()
    assert "Pop-up stand" in details
    assert "open" in details
    assert "Total time: 35 min, not counting the open steps" in details


def test_a_broken_user_template_is_left_out_with_a_message(make_wizard):
    from workshop.paths import user_templates_dir

    folder = user_templates_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text('id = "mine"\nsteps = []\n', encoding="utf-8")
    wizard = make_wizard()
    message = child(wizard, QLabel, "templateLoadError")
    assert message.isVisible() and "mine.toml" in message.text()
    assert child(wizard, QListWidget, "templateList").count() == 8


def test_double_click_on_a_template_goes_on(qtbot, wizard):
    templates = child(wizard, QListWidget, "templateList")
    centre = templates.visualItemRect(templates.item(0)).center()
    qtbot.mouseClick(templates.viewport(), LEFT, pos=centre)  # a double click starts with one
    qtbot.mouseDClick(templates.viewport(), LEFT, pos=centre)
    assert wizard.currentId() == PAGE_DETAILS


# --- details page ------------------------------------------------------------------------------


def test_next_is_disabled_while_the_title_is_empty(qtbot, wizard):
    to_details(qtbot, wizard)
    title = child(wizard, QLineEdit, "titleEdit")
    assert not wizard.button(NEXT).isEnabled()
    qtbot.keyClicks(title, "   ")
    assert not wizard.button(NEXT).isEnabled()
    qtbot.keyClicks(title, "Fokusgruppe")
    assert wizard.button(NEXT).isEnabled()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert not wizard.button(NEXT).isEnabled()


def test_an_end_time_before_the_start_blocks_with_a_message(qtbot, wizard):
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    start = child(wizard, QDateTimeEdit, "startTimeEdit")
    end = child(wizard, QDateTimeEdit, "endTimeEdit")
    message = child(wizard, QLabel, "timeError")
    assert not start.isEnabled() and not end.isEnabled()

    click(qtbot, child(wizard, QCheckBox, "bookedCheck"))
    type_time(qtbot, start, "19:00")
    type_time(qtbot, end, "18:30")
    assert message.isVisible()
    assert "after the start" in message.text()
    assert not wizard.button(NEXT).isEnabled()

    type_time(qtbot, end, "19:00")  # equal is not after
    assert not wizard.button(NEXT).isEnabled()

    type_time(qtbot, end, "21:00")
    assert not message.isVisible()
    assert wizard.button(NEXT).isEnabled()

    type_time(qtbot, end, "18:00")
    assert not wizard.button(NEXT).isEnabled()
    click(qtbot, child(wizard, QCheckBox, "bookedCheck"))  # no booked hours: nothing to check
    assert not message.isVisible()
    assert wizard.button(NEXT).isEnabled()


def test_a_booking_shorter_than_the_agenda_is_pointed_out(qtbot, wizard):
    to_details(qtbot, wizard)  # 1 h 35 min
    click(qtbot, child(wizard, QCheckBox, "bookedCheck"))
    info = child(wizard, QLabel, "timeInfo")
    end = child(wizard, QDateTimeEdit, "endTimeEdit")
    assert end.time() == QTime(19, 45)  # suggested: the agenda in quarter hours
    assert not info.isVisible()
    type_time(qtbot, end, "19:00")
    assert info.isVisible()
    assert "1 h 35 min" in info.text() and "1 h" in info.text()


def test_going_back_keeps_what_was_typed(qtbot, wizard):
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    click(qtbot, wizard.button(BACK))
    assert wizard.currentId() == PAGE_TEMPLATE
    go_next(qtbot, wizard, PAGE_DETAILS)
    assert child(wizard, QLineEdit, "titleEdit").text() == "Verksted"


# --- participants page -------------------------------------------------------------------------


def test_groups_merge_the_template_and_the_settings_without_duplicates(
    qtbot, make_wizard, tmp_path
):
    settings = make_settings(tmp_path)
    assert settings.get("sessions/default_groups") == DEFAULT_GROUPS
    settings.set("sessions/default_groups", ["Innbyggere", "politikere", "Ungdomsrådet"])
    wizard = make_wizard(settings=settings)
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    page = wizard.participants_page
    assert page.participants() == {
        "Politikere": 0,
        "Administrasjon": 0,
        "Innbyggere": 0,
        "Ungdomsrådet": 0,
    }


def test_add_and_remove_groups(qtbot, wizard):
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    page = wizard.participants_page
    edit = child(wizard, QLineEdit, "newGroupEdit")
    add = child(wizard, QPushButton, "addGroupButton")
    assert not add.isEnabled()

    # Enter in the line adds the group and stays on the page
    qtbot.keyClicks(edit, "Elevrådet")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_PARTICIPANTS
    assert page.groups()[-1] == "Elevrådet"
    assert edit.text() == ""

    # the same name again (any case) is refused with a message
    qtbot.keyClicks(edit, "administrasjon")
    click(qtbot, add)
    message = child(wizard, QLabel, "groupMessage")
    assert message.isVisible() and "Administrasjon" in message.text()
    assert page.groups().count("Administrasjon") == 1
    assert "administrasjon" not in page.groups()

    remove = page.remove_buttons["Administrasjon"]
    assert remove.accessibleName().endswith("Administrasjon")
    click(qtbot, remove)
    assert page.groups() == ["Politikere", "Innbyggere", "Elevrådet"]

    # back to the details and on again: the groups the user chose stay
    click(qtbot, wizard.button(BACK))
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    assert page.groups() == ["Politikere", "Innbyggere", "Elevrådet"]


def test_changing_the_language_rebuilds_the_groups_and_keeps_added_ones(qtbot, wizard):
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    qtbot.keyClicks(child(wizard, QLineEdit, "newGroupEdit"), "Elevrådet")
    click(qtbot, child(wizard, QPushButton, "addGroupButton"))
    type_over(qtbot, spin_for(wizard, "Elevrådet"), "9")
    click(qtbot, wizard.button(BACK))
    combo = child(wizard, QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("en"))
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    participants = wizard.participants_page.participants()
    assert list(participants)[:2] == ["Politicians", "Administration"]
    assert participants["Elevrådet"] == 9
    # the built-in default groups (the setting as it came) follow the session's language
    assert "Residents" in participants and "Politikere" not in participants

    click(qtbot, wizard.button(BACK))
    combo.setCurrentIndex(combo.findData("nn"))
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    assert wizard.participants_page.groups() == [
        "Politikarar",
        "Administrasjon",
        "Innbyggjarar",
        "Elevrådet",
    ]


def test_default_groups_set_by_the_user_stay_as_they_are_in_every_language(
    qtbot, make_wizard, tmp_path
):
    settings = make_settings(tmp_path)
    settings.set("sessions/default_groups", ["Innbyggere", "Ungdomsrådet"])
    wizard = make_wizard(settings=settings)
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    combo = child(wizard, QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("nn"))
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    assert wizard.participants_page.groups() == [
        "Politikarar",
        "Administrasjon",
        "Innbyggere",
        "Ungdomsrådet",
    ]


# --- framework page ----------------------------------------------------------------------------


def test_the_built_in_framework_is_shown_by_name(qtbot, wizard):
    to_framework(qtbot, wizard)
    path = child(wizard, QLineEdit, "frameworkPath")
    assert "Innovasjonsplakaten – Gran kommune" in path.text()
    status = child(wizard, QLabel, "frameworkStatus").text()
    assert "Innovasjonsplakaten – Gran kommune" in status and "10" in status
    assert not child(wizard, QPushButton, "builtinFrameworkButton").isEnabled()
    assert wizard.button(FINISH).isEnabled()


def test_the_default_framework_comes_from_the_settings(
    qtbot, make_wizard, tmp_path, small_framework, lib
):
    settings = make_settings(tmp_path)
    settings.set("sessions/default_framework", str(small_framework))
    wizard = make_wizard(settings=settings)
    to_framework(qtbot, wizard)
    assert child(wizard, QLineEdit, "frameworkPath").text() == str(small_framework)
    status = child(wizard, QLabel, "frameworkStatus").text()
    assert "Testplakaten – Testkommune" in status and "3 principles" in status
    assert child(wizard, QPushButton, "builtinFrameworkButton").isEnabled()
    click(qtbot, wizard.button(FINISH))
    assert session_framework(lib, wizard.created_session_id).id == "testkommune-plakat"


def test_a_broken_framework_file_shows_its_error_and_blocks_finish(
    qtbot, wizard, broken_framework, monkeypatch
):
    to_framework(qtbot, wizard)
    asked = []

    def fake_open(parent, caption, directory, file_filter):
        asked.append(file_filter)
        return str(broken_framework), file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    click(qtbot, child(wizard, QPushButton, "chooseFrameworkButton"))
    assert asked and "*.toml" in asked[0]

    error = child(wizard, QLabel, "frameworkError")
    assert error.isVisible()
    assert "broken.toml" in error.text()
    assert "#B3261E" in error.styleSheet()
    assert not wizard.button(FINISH).isEnabled()

    # fixed by going back to the built-in one
    click(qtbot, child(wizard, QPushButton, "builtinFrameworkButton"))
    assert not error.isVisible()
    assert wizard.button(FINISH).isEnabled()


def test_a_broken_default_from_the_settings_blocks_finish_until_fixed(
    qtbot, make_wizard, tmp_path, broken_framework, small_framework, monkeypatch
):
    settings = make_settings(tmp_path)
    settings.set("sessions/default_framework", str(broken_framework))
    wizard = make_wizard(settings=settings)
    to_framework(qtbot, wizard)
    assert child(wizard, QLabel, "frameworkError").isVisible()
    assert not wizard.button(FINISH).isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(small_framework), "*.toml"))
    click(qtbot, child(wizard, QPushButton, "chooseFrameworkButton"))
    assert not child(wizard, QLabel, "frameworkError").isVisible()
    assert wizard.button(FINISH).isEnabled()


def test_a_cancelled_file_dialog_changes_nothing(qtbot, wizard, monkeypatch):
    to_framework(qtbot, wizard)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    click(qtbot, child(wizard, QPushButton, "chooseFrameworkButton"))
    assert wizard.framework_page.path is None
    assert wizard.button(FINISH).isEnabled()


def test_a_chosen_custom_framework_is_used(qtbot, wizard, small_framework, monkeypatch, lib):
    to_framework(qtbot, wizard, title="Med egen plakat")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(small_framework), "*.toml"))
    click(qtbot, child(wizard, QPushButton, "chooseFrameworkButton"))
    assert "3 principles" in child(wizard, QLabel, "frameworkStatus").text()
    click(qtbot, wizard.button(FINISH))

    framework = session_framework(lib, wizard.created_session_id)
    assert framework.id == "testkommune-plakat"
    assert len(framework.principles) == 3
    assert get_session(lib, wizard.created_session_id).framework_id == "testkommune-plakat"


# --- finishing ---------------------------------------------------------------------------------


def test_enter_on_the_last_page_finishes(qtbot, wizard, lib):
    to_framework(qtbot, wizard, title="Med Enter")
    path = child(wizard, QLineEdit, "frameworkPath")
    path.setFocus()
    qtbot.keyClick(path, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert get_session(lib, wizard.created_session_id).title == "Med Enter"


def test_an_error_on_finish_is_shown_and_the_wizard_stays_open(qtbot, wizard, monkeypatch, lib):
    to_framework(qtbot, wizard)
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text))
    )

    def refuse(*args, **kwargs):
        raise InvalidInputError("title_too_long", limit=300)

    monkeypatch.setattr(wizard_module, "create_session", refuse)
    click(qtbot, wizard.button(FINISH))
    assert len(warnings) == 1
    assert warnings[0][1] == InvalidInputError("title_too_long", limit=300).message("nb")
    assert wizard.isVisible()
    assert wizard.currentId() == PAGE_FRAMEWORK
    assert wizard.created_session_id is None

    monkeypatch.undo()  # the real service again: Finish now works
    click(qtbot, wizard.button(FINISH))
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert get_session(lib, wizard.created_session_id).title == "Verksted"


def answer_discard_question(qtbot, choice: str) -> list[str]:
    """Click "Discard" or "Keep editing" in the question once it is shown; its text is kept."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "discardWizardQuestion"
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == choice)
        qtbot.mouseClick(button, LEFT)

    QTimer.singleShot(0, answer)
    return asked


def test_cancel_creates_nothing(qtbot, wizard, lib):
    from workshop.services.sessions import list_sessions

    to_framework(qtbot, wizard)
    asked = answer_discard_question(qtbot, "Discard")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert asked
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.created_session_id is None
    assert list_sessions(lib) == []


def test_esc_on_a_filled_in_wizard_asks_before_discarding(qtbot, wizard, lib):
    from workshop.services.sessions import list_sessions

    to_framework(qtbot, wizard, title="Politikerverksted")
    asked = answer_discard_question(qtbot, "Keep editing")
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert asked == ["What you filled in is not saved. Discard it and close the wizard?"]
    assert wizard.isVisible()  # kept open, with everything typed
    assert wizard.currentId() == PAGE_FRAMEWORK
    assert wizard.details_page.title() == "Politikerverksted"

    asked = answer_discard_question(qtbot, "Discard")
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert asked
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert list_sessions(lib) == []


def test_esc_on_an_untouched_wizard_closes_it_at_once(qtbot, wizard):
    assert not wizard.filled_in()
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert not wizard.isVisible()  # nothing to lose: no question


# --- accessibility and keyboard ----------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QListWidget, QTextBrowser)


def _interactive_widgets(page: QWidget) -> list[QWidget]:
    widgets = []
    for kind in INTERACTIVE:
        widgets += [
            w
            for w in page.findChildren(kind)
            # the line edit inside a spin box or combo box belongs to its owner
            if not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
        ]
    return widgets


def test_every_interactive_widget_has_an_accessible_name_and_is_reached_by_tab(qtbot, wizard):
    to_details(qtbot, wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "titleEdit"), "Verksted")
    click(qtbot, child(wizard, QCheckBox, "bookedCheck"))
    go_next(qtbot, wizard, PAGE_PARTICIPANTS)
    qtbot.keyClicks(child(wizard, QLineEdit, "newGroupEdit"), "Elevrådet")  # enables Add
    go_next(qtbot, wizard, PAGE_FRAMEWORK)
    for page_id in (PAGE_TEMPLATE, PAGE_DETAILS, PAGE_PARTICIPANTS, PAGE_FRAMEWORK):
        page = wizard.page(page_id)
        widgets = _interactive_widgets(page)
        assert widgets
        for w in widgets:
            assert w.accessibleName().strip(), f"{type(w).__name__} {w.objectName()!r}"
            if w.isEnabled():
                assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w.objectName()

    # on the participants page, Tab walks through every row and then to the new-group line
    click(qtbot, wizard.button(BACK))
    page = wizard.participants_page
    first = page.spins["Politikere"]
    first.setFocus()
    seen = []
    for _ in range(20):
        seen.append(wizard.focusWidget())
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    expected = []
    for name in page.groups():
        expected += [page.spins[name], page.remove_buttons[name]]
    expected += [
        child(wizard, QLineEdit, "newGroupEdit"),
        child(wizard, QPushButton, "addGroupButton"),
    ]
    assert seen[: len(expected)] == expected
