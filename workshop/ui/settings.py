"""One typed registry over QSettings: every setting declared once, always read with ``type=``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

DEFAULT_GROUPS = ["Innbyggere", "Politikere", "Administrasjon"]
# The same built-in groups in each session language: while the setting is left as it came, a
# session gets them in its own language (a nynorsk session "Innbyggjarar", not "Innbyggere").
DEFAULT_GROUPS_BY_LANGUAGE = {
    "nb": DEFAULT_GROUPS,
    "nn": ["Innbyggjarar", "Politikarar", "Administrasjon"],
    "en": ["Residents", "Politicians", "Administration"],
}


def default_groups_for(groups: list[str], language: str) -> list[str]:
    """The default participant groups for a session in ``language``: the user's own, or the
    built-in ones in that language when the setting is unchanged."""
    if list(groups) == DEFAULT_GROUPS:
        return list(DEFAULT_GROUPS_BY_LANGUAGE.get(language, DEFAULT_GROUPS))
    return list(groups)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str  # shown in the settings dialog (translated when shown)


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("ui/language", str, "", "Language"),  # "" follows the system, else one of LANGUAGES
        Setting("ui/font_size", float, 0.0, "Font size"),  # 0 keeps the system size
        Setting("sessions/default_framework", str, "", "Default framework file"),
        Setting("sessions/default_groups", list, DEFAULT_GROUPS, "Default participant groups"),
        Setting("window/geometry", QByteArray, QByteArray(), "Window geometry"),
        Setting("window/state", QByteArray, QByteArray(), "Window state"),
        Setting("window/splitters", QByteArray, QByteArray(), "Splitter positions"),
        Setting("files/session_folder", str, "", "Folder for session files"),  # last used
        Setting("tour/seen", bool, False, "Getting started shown"),  # shown once by itself
        # The team library's address, never with a password (libpq's ~/.pgpass has that).
        Setting("team/url", str, "", "Team server"),
        Setting("team/sync_on_open_close", bool, False, "Sync when Verksted opens and closes"),
    )
}


class Settings:
    """Typed access to the app's settings. Pass a QSettings to use another store (tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def get(self, key: str) -> Any:
        setting = REGISTRY[key]
        if setting.type is list:
            value = self.store.value(key, setting.default, type=list)
            return [str(v) for v in value] if value else list(setting.default)
        value = self.store.value(key, setting.default, type=setting.type)
        return setting.default if value is None else value

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if setting.type is list:
            value = [str(v) for v in value]
        elif not isinstance(value, setting.type):
            value = setting.type(value)
        self.store.setValue(key, value)
        self.store.sync()

    def reset(self, key: str) -> None:
        self.store.remove(key)

    def title(self, key: str) -> str:
        return _tr(REGISTRY[key].title)


# Titles are translated when shown; this marks them for the translation catalogue.
_TITLES = (
    QCoreApplication.translate("Settings", "Language"),
    QCoreApplication.translate("Settings", "Font size"),
    QCoreApplication.translate("Settings", "Default framework file"),
    QCoreApplication.translate("Settings", "Default participant groups"),
    QCoreApplication.translate("Settings", "Window geometry"),
    QCoreApplication.translate("Settings", "Window state"),
    QCoreApplication.translate("Settings", "Splitter positions"),
    QCoreApplication.translate("Settings", "Folder for session files"),
    QCoreApplication.translate("Settings", "Getting started shown"),
    QCoreApplication.translate("Settings", "Team server"),
    QCoreApplication.translate("Settings", "Sync when Verksted opens and closes"),
)
