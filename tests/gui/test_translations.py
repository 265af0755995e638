"""The GUI speaks bokmål and nynorsk through Qt Linguist.

The catalogues are complete and current (every string of the code, translated, placeholders
kept), the compiled ``.qm`` files match them, Qt's own buttons and dialogs read bokmål and
nynorsk, a running window switches language without losing the open session, and texts 40 %
longer than English are not clipped.

Every test leaves the application as the other GUI tests expect it: no catalogue installed (the
English source texts) and the default locale as before.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
    QWizard,
)

from workshop.paths import translations_dir
from workshop.ui import catalogues
from workshop.ui import translation as translation_module
from workshop.ui.settings import Settings
from workshop.ui.translation import install_translators

ROOT = Path(__file__).resolve().parents[2]
TS_NB = translations_dir() / "verksted_nb.ts"
TS_NN = translations_dir() / "verksted_nn.ts"
TS_EN = translations_dir() / "verksted_en.ts"
FULL = {"nb": TS_NB, "nn": TS_NN}  # catalogues that translate every string
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def mnemonics(text: str) -> list[str]:
    """The letters marked with & ("&&" is a literal ampersand)."""
    return [m.lower() for m in re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))]


def tool_or_skip(name: str) -> Path:
    try:
        return catalogues.find_tool(name)
    except catalogues.CatalogueError as exc:
        pytest.skip(f"{name} is not installed (it ships with PySide6-Essentials): {exc}")


# --- fixtures ---
@pytest.fixture
def language(qapp) -> Iterator:
    """``language("nb")`` installs the catalogues as the app does; afterwards they are removed."""
    locale = QLocale()
    shown = translation_module.current_ui_language()
    extra: list[QTranslator] = []

    def install(code: str, *translators: QTranslator) -> list[str]:
        loaded = install_translators(qapp, code)
        for translator in translators:
            qapp.installTranslator(translator)
            extra.append(translator)
        return loaded

    yield install
    for translator in [*translation_module._installed, *extra]:
        qapp.removeTranslator(translator)
    translation_module._installed.clear()
    translation_module._current["language"] = shown
    QLocale.setDefault(locale)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot, library_path, settings):
    """A started main window at 1280×800 on the given library; closed after the test."""
    from workshop.ui.main_window import MainWindow

    windows = []

    def make():
        window = MainWindow(library_path, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        assert window.start()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


# --- (a) the bokmål and nynorsk catalogues are complete ---
def ts_messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("code", FULL)
def test_every_entry_is_translated_and_none_is_obsolete(code):
    problems = []
    for context, message in ts_messages(FULL[code]):
        kind = message.find("translation").get("type", "")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind}: {label(context, message)}")
        elif not all(t.strip() for t in translations_of(message)):
            problems.append(f"empty: {label(context, message)}")
    assert problems == [], "run python -m workshop.ui.catalogues and translate:\n" + "\n".join(
        problems
    )


def test_one_word_each_klynge_for_clusters_gruppe_for_participant_groups():
    """Bokmål and nynorsk call a cluster of notes "klynge" and a participant group "gruppe",
    never the one for the other (the minutes say "Klynger" too)."""
    from workshop.domain.templates import load_templates
    from workshop.messages import MESSAGES

    problems = []
    texts = [
        (f"{code} {label(c, m)}", m.findtext("source") or "", t)
        for code in FULL
        for c, m in ts_messages(FULL[code])
        for t in translations_of(m)
    ]
    texts += [
        (f"messages {key}", entry["en"], entry[code])
        for key, entry in MESSAGES.items()
        for code in FULL
    ]
    for where, source, text in texts:
        about_clusters = re.search(r"cluster|into groups|group the selected", source, re.I)
        if about_clusters and re.search(r"grupp", text, re.I):
            problems.append(f"{where}: {text!r} (a cluster is a klynge)")
        if re.search(r"klyng", text, re.I) and not about_clusters:
            problems.append(f"{where}: {text!r} (a participant group is a gruppe)")
    for tpl in load_templates().values():  # the steps where notes are gathered and voted on
        for step in tpl.steps:
            if step.kind in ("cluster", "vote"):
                for field, code in ((f, c) for f in (step.title, step.prompt) for c in FULL):
                    if re.search(r"grupp", field[code], re.I):
                        problems.append(f"template {tpl.id} {code}: {field[code]!r}")
    assert problems == [], "\n".join(problems)


def test_plurals_have_the_two_bokmal_nynorsk_and_english_forms():
    for path in (TS_NB, TS_NN, TS_EN):
        numerus = [(c, m) for c, m in ts_messages(path) if m.get("numerus") == "yes"]
        assert numerus, path.name
        for context, message in numerus:
            forms = translations_of(message)
            assert len(forms) == 2 and all(f.strip() for f in forms), label(context, message)
            assert message.find("translation").get("type", "") == "", label(context, message)
    sources = {m.findtext("source") for _c, m in ts_messages(TS_NB) if m.get("numerus")}
    assert "%n note(s)" in sources and "%n session(s)" in sources


def test_nynorsk_has_exactly_the_messages_of_bokmal():
    def keys(path: Path) -> list[tuple[str, str, str, bool]]:
        return sorted(
            (c, m.findtext("source"), m.findtext("comment") or "", m.get("numerus") == "yes")
            for c, m in ts_messages(path)
        )

    assert keys(TS_NN) == keys(TS_NB)
    assert ET.parse(TS_NN).getroot().get("language") == "nn_NO"


# Words that are bokmål, not nynorsk: a translation that has one was copied, not translated.
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvordan|hvem|hvor|hvilke[nt]?|noen|noe|fra|mye|bare|ennå|være|ble|jeg|dere|"
    r"deltakere|deltakerne|innspill|innspillene|lapper|lappene|sikkerhetskopi\w*|finnes|navn|"
    r"tall|antall|skrev|lagret|slettet|endret|velg|åpne|gjør|tiden|vindu)\b",
    re.IGNORECASE,
)


def test_nynorsk_is_nynorsk():
    """No bokmål words, one word per concept (klynge for a cluster), and not a copy of bokmål."""
    nb = {(c, m.findtext("source")): translations_of(m) for c, m in ts_messages(TS_NB)}
    problems, same = [], 0
    for context, message in ts_messages(TS_NN):
        texts = translations_of(message)
        source = message.findtext("source")
        for text in texts:
            if found := BOKMAL_ONLY.search(text):
                problems.append(f"bokmål {found.group(0)!r}: {label(context, message)} -> {text!r}")
        if "cluster" in source.lower() and not any("klyng" in t.lower() for t in texts):
            problems.append(f"cluster is «klynge»: {label(context, message)} -> {texts}")
        same += texts == nb[(context, source)]
    assert problems == [], "\n".join(problems)
    assert same < len(nb) / 2  # many short labels are alike in both; most texts differ


def test_translations_keep_placeholders_tags_and_one_accelerator():
    problems = []
    for path in (TS_NB, TS_NN, TS_EN):
        for context, message in ts_messages(path):
            source = message.findtext("source")
            for text in translations_of(message):
                if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f"placeholders: {label(context, message)} -> {text!r}")
                if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                    problems.append(f"HTML tags: {label(context, message)} -> {text!r}")
                if len(mnemonics(text)) != len(mnemonics(source)):
                    problems.append(f"accelerator (&): {label(context, message)} -> {text!r}")
    assert problems == [], "\n".join(problems)


def test_a_label_s_ellipsis_is_one_way_in_norwegian():
    """ "Velg …" with a no-break space before the ellipsis (Norwegian typography; it never wraps
    onto a line alone), not "Velg…" on one menu and "Velg …" on the next."""
    problems = []
    for path in (TS_NB, TS_NN):
        for context, message in ts_messages(path):
            for text in translations_of(message):
                if re.search(r"(?<!\u00a0)…(?=$|\))", text):
                    problems.append(f"{label(context, message)} -> {text!r}")
    assert problems == [], "\n".join(problems)


def qt_catalogue(code: str) -> dict[tuple[str, str], str]:
    root = ET.parse(translations_dir() / f"qtbase_{code}.ts").getroot()
    assert all(m.find("translation").get("type") is None for m in root.iter("message"))
    return {
        (c.findtext("name"), m.findtext("source")): m.findtext("translation")
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_qt_catalogue_has_the_standard_buttons_in_bokmal():
    found = qt_catalogue("nb")
    for source in ("OK", "Cancel", "&Yes", "&No", "Save", "Close", "Apply", "Restore Defaults"):
        assert found[("QPlatformTheme", source)], source
    assert found[("QWizard", "&Next >")] == "&Neste >"
    assert found[("QMessageBox", "Show Details...")]
    assert found[("QLineEdit", "&Undo")] == "&Angre"
    assert found[("QFileDialog", "File &name:")]


def test_qt_catalogue_has_the_same_strings_in_nynorsk():
    nb, nn = qt_catalogue("nb"), qt_catalogue("nn")
    assert set(nn) == set(nb)
    assert all(text.strip() for text in nn.values())
    for key, text in nn.items():  # placeholders, accelerators and line breaks as in the source
        source = key[1]
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), key
        assert len(mnemonics(text)) == len(mnemonics(source)), key
        assert text.count("\n") == source.count("\n"), key
        assert not BOKMAL_ONLY.search(text), (key, text)
    # the e-infinitive of the app's own menus ("Angre", "Lagre"), not Qt's a-infinitive
    assert nn[("QLineEdit", "&Undo")] == "&Angre"
    assert nn[("QPlatformTheme", "Save")] == "Lagre"
    assert nn[("QFileDialog", "File &name:")] == "Fil&namn:"
    assert nn[("QWizard", "&Next >")] == "&Neste >"


# --- (b) the catalogue is current ---
@pytest.mark.parametrize("code", FULL)
def test_the_catalogue_has_exactly_the_strings_of_the_code(tmp_path, code):
    tool_or_skip("lupdate")
    fresh = tmp_path / f"verksted_{code}.ts"
    catalogues.run_lupdate(fresh, code)

    def keys(path: Path) -> set[tuple[str, str, str]]:
        return {
            (c, m.findtext("source"), m.findtext("comment") or "")
            for c, m in ts_messages(path)
            if m.find("translation").get("type") not in ("obsolete", "vanished")
        }

    in_code, in_catalogue = keys(fresh), keys(FULL[code])
    missing = sorted(in_code - in_catalogue)
    stale = sorted(in_catalogue - in_code)
    assert not missing and not stale, (
        f"resources/translations/verksted_{code}.ts is not current; run python -m "
        "workshop.ui.catalogues and translate the new entries.\n"
        + "".join(f"  new in the code, not translated: {c}: {s!r}\n" for c, s, _ in missing)
        + "".join(f"  no longer in the code: {c}: {s!r}\n" for c, s, _ in stale)
    )


def test_the_catalogue_command_finds_nothing_to_do():
    tool_or_skip("lupdate")
    assert catalogues.check(translations_dir()) == []
    assert catalogues.main(["--check"]) == 0


def test_the_command_says_so_and_fails_when_lupdate_is_missing(tmp_path, monkeypatch, capsys):
    import PySide6

    monkeypatch.setattr(PySide6, "__file__", str(tmp_path / "PySide6" / "__init__.py"))
    monkeypatch.setattr(catalogues.sys, "executable", str(tmp_path / "bin" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(catalogues.CatalogueError, match="lupdate not found"):
        catalogues.find_tool("lupdate")
    assert catalogues.main([]) == 1
    assert "error: lupdate not found" in capsys.readouterr().err


# --- (c) the compiled catalogues ---
def test_qm_files_are_compiled_from_the_ts_files():
    for name in ("verksted_nb", "verksted_nn", "verksted_en", "qtbase_nb", "qtbase_nn"):
        ts_file = translations_dir() / f"{name}.ts"
        assert catalogues.qm_problems(ts_file, ts_file.with_suffix(".qm")) == [], (
            "run python -m workshop.ui.catalogues"
        )


def test_qm_files_translate_known_strings(qapp):
    def load(name: str) -> QTranslator:
        translator = QTranslator()
        assert translator.load(str(translations_dir() / f"{name}.qm")), name
        return translator

    nb, en, qt = load("verksted_nb"), load("verksted_en"), load("qtbase_nb")
    nn, qt_nn = load("verksted_nn"), load("qtbase_nn")
    assert nn.translate("SessionsPage", "Sessions") == "Økter"
    assert nn.translate("MainWindowMenus", "&Open…") == "&Opne\u00a0…"
    assert nn.translate("RunView", "%n note(s)", "", 1) == "%n lapp"
    assert nn.translate("RunView", "%n note(s)", "", 2) == "%n lappar"
    assert nn.translate("RunView", "Group into cluster") == "Samle i klynge"
    assert qt_nn.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert qt_nn.translate("QPlatformTheme", "Open") == "Opne"
    assert nb.translate("SessionsPage", "Sessions") == "Økter"
    assert nb.translate("MainWindow", "&File") == "&Fil"
    assert nb.translate("RunView", "%n note(s)", "", 1) == "%n lapp"
    assert nb.translate("RunView", "%n note(s)", "", 2) == "%n lapper"
    assert en.translate("RunView", "%n note(s)", "", 1) == "%n note"
    assert en.translate("RunView", "%n note(s)", "", 2) == "%n notes"
    assert en.translate("SessionsPage", "Sessions") == ""  # English shows the source text
    assert qt.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert qt.translate("QWizard", "&Next >") == "&Neste >"


def test_plural_texts_of_a_windows_parts_are_translated(qapp):
    """A part of a window (a plain class mixed into it) files its ``self.tr`` texts under its own
    name; PySide6's ``tr`` took the host's untranslated plural ("Exported 2 note(s) …") before
    reaching the part's entry. Every host of a part with plural texts uses TranslatesItsParts."""
    import ast
    import importlib
    import inspect

    from workshop.ui.translation import TranslatesItsParts

    parts: dict[str, Path] = {}
    for path in sorted((ROOT / "workshop" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and not n.bases):
            for call in ast.walk(cls):
                if (
                    isinstance(call, ast.Call)
                    and ast.unparse(call.func) == "self.tr"
                    and len(call.args) >= 3
                ):
                    parts[cls.name] = path
    assert {"MainWindowSessionActions", "OverviewExports"} <= set(parts)
    hosts = []
    for path in sorted((ROOT / "workshop" / "ui").rglob("*.py")):
        module = importlib.import_module(
            ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        )
        for _, cls in inspect.getmembers(module, inspect.isclass):
            names = {base.__name__ for base in cls.__mro__[1:]}
            if cls.__module__ == module.__name__ and names & set(parts):
                hosts.append(cls)
                assert issubclass(cls, TranslatesItsParts), cls.__name__
    assert hosts

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "verksted_nb.qm"))
    qapp.installTranslator(translator)
    try:
        from workshop.ui.main_window import MainWindow
        from workshop.ui.overview.view import OverviewView

        window = MainWindow.__new__(MainWindow)  # tr needs no state
        view = OverviewView.__new__(OverviewView)
        assert window.tr("Exported %n note(s) to %1", "", 2) == "Eksporterte 2 lapper til %1"
        assert view.tr("Saved %n table(s) to %1", "", 1) == "Lagret 1 tabell i %1"
        assert window.tr("&File") == "&Fil"  # the host's own texts as before
        assert window.tr("no such text %n", "", 3) == "no such text 3"
    finally:
        qapp.removeTranslator(translator)


# --- (d) installed in the app ---
def test_bokmal_reaches_pages_menus_and_qt_dialogs(qtbot, language, open_window, settings, lib):
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.sessions_page import SessionsPage

    assert language("nb") == ["verksted", "qtbase"]
    page = SessionsPage()
    qtbot.addWidget(page)
    assert page.heading.text() == "Økter"

    window = open_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fil", "&Rediger", "&Vis", "Ø&kt", "&Hjelp"]
    assert window.windowTitle() == "Verksted – Økter"
    for action in window.menuBar().actions():  # no two entries of one menu share a key
        letters = [mnemonics(a.text()) for a in action.menu().actions() if not a.isSeparator()]
        flat = [m for ms in letters for m in ms]
        assert len(flat) == len(set(flat)), (action.text(), flat)
    assert len({m for t in menus for m in mnemonics(t)}) == len(menus)

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Verksted",
        "?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = {b: box.button(b).text() for b in (box.StandardButton.Yes, box.StandardButton.No)}
    assert texts == {box.StandardButton.Yes: "&Ja", box.StandardButton.No: "&Nei"}
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"

    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions()][:2] == ["&Angre", "&Gjør om"]
    menu.deleteLater()

    wizard = NewSessionWizard(lib, settings, language="nb")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Neste >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Avbryt"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Opprett økt"
    assert wizard.currentPage().title() == "Velg en mal"
    wizard.discard()

    # English again: the source texts, and English plurals from verksted_en.qm
    assert language("en") == ["verksted_en"]
    english = SessionsPage()
    qtbot.addWidget(english)
    assert english.heading.text() == "Sessions"
    again = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(again)
    assert again.button(QMessageBox.StandardButton.Yes).text() == "&Yes"
    assert english.tr("%n session(s)", "", 1) == "1 session"
    assert english.tr("%n session(s)", "", 3) == "3 sessions"


def test_nynorsk_reaches_pages_menus_and_qt_dialogs(qtbot, language, open_window, settings, lib):
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.sessions_page import SessionsPage

    assert language("nn") == ["verksted", "qtbase"]
    assert QLocale().language() == QLocale.Language.NorwegianNynorsk
    page = SessionsPage()
    qtbot.addWidget(page)
    assert page.heading.text() == "Økter"

    window = open_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fil", "&Rediger", "&Vis", "Ø&kt", "&Hjelp"]
    file_menu = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Opne\u00a0…" in file_menu and "&Innstillingar\u00a0…" in file_menu
    for action in window.menuBar().actions():  # no two entries of one menu share a key
        letters = [mnemonics(a.text()) for a in action.menu().actions() if not a.isSeparator()]
        flat = [m for ms in letters for m in ms]
        assert len(flat) == len(set(flat)), (action.text(), flat)

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Verksted",
        "?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ja"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions()][:2] == ["&Angre", "&Gjer om"]
    menu.deleteLater()

    wizard = NewSessionWizard(lib, settings, language="nn")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Neste >"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Opprett økt"
    assert wizard.currentPage().title() == "Vel ein mal"
    names = [wizard.template_page.list.item(i).text() for i in range(3)]
    assert all(names), names
    combo = wizard.details_page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]
    assert combo.currentData() == "nn"  # a new session takes the GUI's language
    wizard.discard()


# --- (e) switching language in a running window ---
def test_switching_language_keeps_the_open_session_and_the_typed_text(
    qtbot, language, open_window, settings, session_id
):
    from workshop.ui.window.pages import TAB_RUN

    language("en")
    window = open_window()
    view = window.open_run(session_id)
    view.capture.setPlainText("Lys i gatene langs Sentrumsvegen")
    steps = len(view.steps)

    settings.set("ui/language", "nb")
    window.switch_language()

    assert window.session_id == session_id
    assert window.workspace.currentIndex() == TAB_RUN
    view = window.run_view
    assert window.workspace.currentWidget() is view
    assert view.capture.toPlainText() == "Lys i gatene langs Sentrumsvegen"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Fil", "&Rediger"]
    assert window.workspace.tabText(TAB_RUN) == "Gjennomføring"
    assert view.panel.position_label.text() == f"Steg 1 av {steps}"
    assert view.add_button.text() == "Legg til"
    assert view.findChild(QLabel, "noteCount").text() == "0 lapper"

    settings.set("ui/language", "nn")
    window.switch_language()
    view = window.run_view
    assert view.capture.toPlainText() == "Lys i gatene langs Sentrumsvegen"
    assert window.session_id == session_id
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Fil", "&Rediger"]
    assert window.workspace.tabText(TAB_RUN) == "Gjennomføring"
    assert view.panel.position_label.text() == f"Steg 1 av {steps}"
    assert view.findChild(QLabel, "noteCount").text() == "0 lappar"
    assert view.filter_principle.itemText(0) == "Alle prinsipp"
    assert QLocale().language() == QLocale.Language.NorwegianNynorsk

    settings.set("ui/language", "en")
    window.switch_language()
    assert window.run_view.capture.toPlainText() == "Lys i gatene langs Sentrumsvegen"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.run_view.findChild(QLabel, "noteCount").text() == "0 notes"
    window.run_view.stop()


# --- (f) pseudo-locale: longer texts must not be clipped ---
ACCENTS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
KEEP = re.compile(r"(%(?:\d+|n)|<[^>]+>|&[a-zA-Z]+;|&&|&.|Ctrl\+\S+|Shift\+\S+|Alt\+\S+|F\d+)")


def pseudo(text: str) -> str:
    """Accented and ~40 % longer; placeholders, tags, accelerators and key names kept."""
    parts = KEEP.split(text)
    out = "".join(
        p if KEEP.fullmatch(p) else "".join(ACCENTS.get(ch, ch) for ch in p) for p in parts
    )
    visible = len(TAG.sub("", text))
    return out + " " + "~" * max(1, round(visible * 0.4) - 1) if visible else out


def pseudo_catalogue(tmp_path: Path) -> Path:
    tree = ET.parse(TS_NB)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts_file, qm_file = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    catalogues.run_lrelease(ts_file, qm_file)
    return qm_file


def clipped(window: QWidget) -> list[str]:
    """Visible labels and buttons narrower than they need to show their text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel | QPushButton | QCheckBox | QToolButton):
            continue
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        needed = min(widget.minimumSizeHint().width(), widget.sizeHint().width())
        if widget.width() < needed - 1:
            name = widget.objectName() or type(widget).__name__
            text = widget.text().replace("\n", " ")[:60]
            found.append(f"{name} {text!r}: {widget.width()} px < {needed} px")
    return found


def look(window: QWidget, name: str, out: Path) -> list[str]:
    QApplication.processEvents()
    window.grab().save(str(out / f"pseudo-{name}.png"))
    problems = clipped(window)
    if window.width() > 1280 or window.height() > 800:
        problems.append(f"the window grew to {window.width()}×{window.height()}")
    return [f"{name}: {p}" for p in problems]


def test_pseudo_locale_texts_are_not_clipped(qtbot, tmp_path, language, open_window, settings, lib):
    tool_or_skip("lrelease")
    from workshop.services.demo import create_demo
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.window.pages import TAB_AGENDA, TAB_RUN

    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue(tmp_path)))
    language("nb", translator)  # installed last, so it comes before verksted_nb.qm
    session_id = create_demo(lib)
    window = open_window()
    assert window.sessions_page.heading.text().startswith("Šéššîöñš")
    problems = look(window, "sessions", tmp_path)

    window.open_session(session_id, TAB_RUN)
    problems += look(window, "run", tmp_path)
    window.show_tab(TAB_AGENDA)
    problems += look(window, "agenda", tmp_path)

    wizard = NewSessionWizard(window.lib, settings, window, language="nb")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.template_page.list.setCurrentRow(0)
    wizard.details_page.title_edit.setText("Politikerverksted om innovasjon")
    for page in ("template", "details", "participants", "framework"):
        problems += look(wizard, f"wizard-{page}", tmp_path)
        wizard.next()
    assert wizard.currentPage() is wizard.framework_page
    wizard.discard()

    tour = window.show_tour()
    for step in range(3):
        tour.go_to(step)
        problems += look(tour, f"tour-{step + 1}", tmp_path)
    tour.reject()
    window.run_view.stop()
    assert problems == [], "\n".join(problems)


def test_nynorsk_texts_are_not_clipped(qtbot, tmp_path, language, open_window, settings, lib):
    """The real nynorsk catalogue on the screens of a nynorsk session: nothing cut off."""
    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session
    from workshop.ui.new_session.wizard import NewSessionWizard
    from workshop.ui.window.pages import TAB_AGENDA, TAB_RUN

    language("nn")
    session_id = create_session(
        lib, "library-evening", "Temakveld", language="nn", participants={"Innbyggjarar": 20}
    )
    add_note(lib, session_id, "Fleire benkar på torget", principles=[7], group="Innbyggjarar")
    window = open_window()
    assert window.sessions_page.heading.text() == "Økter"
    problems = look(window, "nn-sessions", tmp_path)
    window.open_session(session_id, TAB_RUN)
    problems += look(window, "nn-run", tmp_path)
    window.show_tab(TAB_AGENDA)
    problems += look(window, "nn-agenda", tmp_path)

    wizard = NewSessionWizard(window.lib, settings, window, language="nn")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.template_page.list.setCurrentRow(0)
    wizard.details_page.title_edit.setText("Politikarverkstad om innovasjon")
    for page in ("template", "details", "participants", "framework"):
        problems += look(wizard, f"nn-wizard-{page}", tmp_path)
        wizard.next()
    wizard.discard()
    window.run_view.stop()
    assert problems == [], "\n".join(problems)


def test_pseudo_translation_keeps_what_must_stay():
    text = pseudo("&Export minutes… (Ctrl+Shift+E) %1 <b>%n</b>")
    assert text.startswith("&Eẋþöŕţ ɱîñûţéš… (Ctrl+Shift+E) %1 <b>%n</b> ~")
    assert mnemonics(text) == ["e"]
    assert len(text) > 1.3 * len("&Export minutes… (Ctrl+Shift+E) %1 %n")


def test_after_a_language_switch_undo_still_brings_a_deleted_session_back(
    qtbot, language, open_window, settings, session_id, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    language("en")
    window = open_window()
    window.sessions_page.select_session(session_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sessions_page.delete_selected()
    assert window.sessions_page.model.rowCount() == 0

    settings.set("ui/language", "nb")
    window.switch_language()
    qtbot.wait(10)  # the replaced page is deleted
    window.undo_action.trigger()
    assert window.sessions_page.model.rowCount() == 1
    window.redo_action.trigger()
    assert window.sessions_page.model.rowCount() == 0


def choose_language_in_settings(qtbot, window, code: str) -> None:
    """Settings → Language → OK, as the facilitator does it; the event loop runs after it."""
    from PySide6.QtCore import QTimer

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick)
    window.settings_action.trigger()
    qtbot.wait(20)  # the replaced widgets are deleted (deleteLater) before the next switch


def test_switching_language_any_number_of_times_keeps_undo_history_and_menus(
    qtbot, language, open_window, settings, session_id
):
    from workshop.services.notes import list_notes
    from workshop.ui.window.pages import TAB_AGENDA, TAB_RUN

    language("nb")
    window = open_window()
    view = window.open_run(session_id)
    qtbot.keyClicks(view.capture, "Benker langs elva")
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    window.show_tab(TAB_AGENDA)
    editor = window.agenda_editor
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Velkommen til alle")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    agenda_steps = editor.undo_stack.count()
    assert agenda_steps == 1
    window.show_tab(TAB_RUN)
    window.run_view.capture.setPlainText("Lys i gatene")
    window.run_view.toggle_timer()  # the step's timer runs
    expected = {"nb": "&Fil", "nn": "&Fil", "en": "&File"}

    for code in ["en", "nb", "en", "nn", "en", "nb", "nn", "nb", "en", "nb"]:  # 5 round trips
        choose_language_in_settings(qtbot, window, code)
        assert window.menuBar().actions()[0].text() == expected[code], code
        assert len(window.menuBar().actions()) == 5, code
        assert window.session_id == session_id
        assert window.workspace.currentIndex() == TAB_RUN
        assert window.run_view.capture.toPlainText() == "Lys i gatene"
        assert window.run_view.undo_stack.count() == 1, code  # the note's capture
        assert window.agenda_editor.undo_stack.count() == agenda_steps, code
        assert window.run_view.step_clock.running, code

    notes = lambda: [n.text for n in list_notes(window.lib, session_id)]  # noqa: E731
    assert notes() == ["Benker langs elva"]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # the capture, undone after ten switches
    assert notes() == []
    assert window.run_view.scene.notes == {}
    window.redo_action.trigger()
    assert notes() == ["Benker langs elva"]
    assert len(window.run_view.scene.notes) == 1

    window.show_tab(TAB_AGENDA)
    window.undo_action.trigger()  # the agenda edit, undone in the rebuilt editor
    first = window.agenda_editor.session.steps[0]
    assert first.title != "Velkommen til alle"
    assert window.agenda_editor.title_edit.text() == first.title

    window.show_tab(TAB_RUN)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.run_view.capture, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())  # Ctrl+Q still closes the window
