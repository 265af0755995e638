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
