"""Loading the GUI's language (Qt Linguist catalogues) and the font size from the settings.

The language follows the setting, else the system locale (nb and no mean bokmål, nn nynorsk).
Qt's own wheel has no bokmål or nynorsk catalogue for its dialogs and buttons, so Verksted ships
those strings in ``resources/translations/qtbase_nb.qm`` and ``qtbase_nn.qm`` next to its own
``verksted_nb.qm`` and ``verksted_nn.qm``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from workshop.i18n import LANGUAGES, normalise_language
from workshop.paths import translations_dir

CATALOGUES = ("verksted", "qtbase")
LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_installed: list[QTranslator] = []
_current = {"language": "en"}  # what the GUI shows; English source until a catalogue is loaded


_NO_CONTEXT = "\x01"  # a context no catalogue has: what a text looks like untranslated


class TranslatesItsParts:
    """``tr`` for a widget built from parts (plain classes mixed into it, ``workshop/ui/window``).

    lupdate files a part's ``self.tr("…")`` under the part's class name. PySide6's own ``tr``
    tries the classes of the object in order and takes the first text that differs from the
    source, which a plural text always does (its ``%n`` is filled in), so a part's plural texts
    showed the host's untranslated English. This ``tr`` takes the first class whose catalogue
    entry really translates the text. List it first among the host's bases.
    """

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        plain = QCoreApplication.translate(_NO_CONTEXT, source, disambiguation, n)
        for cls in type(self).__mro__:
            if cls.__module__.startswith(("PySide6", "Shiboken", "builtins")):
                break
            text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
            if text != plain:
                return text
        return plain


def current_ui_language() -> str:
    """The language the GUI is showing now (for messages from the services)."""
    return _current["language"]


def ui_language(settings) -> str:
    """One of :data:`~workshop.i18n.LANGUAGES`: the setting if made, else the system's language."""
    chosen = settings.get("ui/language") if settings is not None else ""
    if chosen in LANGUAGES:
        return chosen
    return normalise_language(QLocale.system().name())


def install_translators(app: QApplication, language: str) -> list[str]:
    """Replace the installed catalogues with those for ``language``; returns what was loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    _current["language"] = language
    loaded = []
    if language != "en":
        for name in CATALOGUES:
            translator = QTranslator(app)
            if translator.load(str(translations_dir() / f"{name}_{language}.qm")):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(name)
    else:
        translator = QTranslator(app)  # English plural forms ("1 note", "2 notes")
        if translator.load(str(translations_dir() / "verksted_en.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append("verksted_en")
    QLocale.setDefault(QLocale(*LOCALES[language]))
    return loaded


_system_point_size: float | None = None


def apply_font_size(settings) -> None:
    """Use the font size from the settings (0 keeps the system's)."""
    global _system_point_size
    app = QApplication.instance()
    font = app.font()
    if _system_point_size is None:
        _system_point_size = font.pointSizeF()
    size = settings.get("ui/font_size")
    font.setPointSizeF(size if size and size > 0 else _system_point_size)
    app.setFont(font)
