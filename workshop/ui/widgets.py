"""Small helpers shared by several views."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace a combo box's items, keeping the chosen one when it is still there.

    Signals are blocked meanwhile: refilling is not a choice the user made.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
