"""Key sequences shared by several views."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and the platform's redo keys, each once (Qt finds repeats ambiguous)."""
    keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    unique: list[QKeySequence] = []
    for key in keys:
        if key not in unique:
            unique.append(key)
    return unique


def settings_keys() -> list[QKeySequence]:
    """Ctrl+, (what most desktop apps use) and the platform's preferences keys, each once.

    Qt's standard Preferences key is empty on many Linux desktops.
    """
    keys = [QKeySequence("Ctrl+,"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)]
    unique: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique
