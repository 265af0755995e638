"""The typed settings registry reads back the types it stores."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from workshop.ui.settings import DEFAULT_GROUPS, REGISTRY, Settings


def make(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_defaults_have_the_declared_types(qapp, tmp_path):
    settings = make(tmp_path)
    for key, setting in REGISTRY.items():
        value = settings.get(key)
        assert isinstance(value, setting.type), key
    assert settings.get("sessions/default_groups") == DEFAULT_GROUPS


def test_values_survive_a_new_store_with_their_types(qapp, tmp_path):
    settings = make(tmp_path)
    settings.set("ui/font_size", 14)
    settings.set("ui/language", "en")
    settings.set("sessions/default_groups", ["Elever"])  # one item: untyped reads give a str
    settings.set("window/geometry", QByteArray(b"\x01\x02"))
    again = make(tmp_path)
    assert again.get("ui/font_size") == 14.0 and isinstance(again.get("ui/font_size"), float)
    assert again.get("ui/language") == "en"
    assert again.get("sessions/default_groups") == ["Elever"]
    assert bytes(again.get("window/geometry")) == b"\x01\x02"
    again.reset("ui/language")
    assert make(tmp_path).get("ui/language") == ""
