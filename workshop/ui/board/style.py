"""Board geometry and colours: readable on a projector, high contrast text on pastel cards."""

from __future__ import annotations

from PySide6.QtGui import QColor

from workshop.domain.board import (  # noqa: F401 - re-exported for the board modules
    AREA_COLUMNS,
    AREA_HEADER,
    AREA_W,
    CARD_H,
    CARD_W,
    CLUSTER_LABEL_H,
    CLUSTER_PAD,
    GAP,
)

TEXT = QColor("#151515")
MUTED_TEXT = QColor("#3A3A3A")
SELECTED = QColor("#0B3D91")
AREA_LINE = QColor("#C9D2DC")
AREA_TITLE = QColor("#44505C")
CLUSTER_FILL = QColor(31, 78, 121, 28)
CLUSTER_LINE = QColor("#1F4E79")
VOTE = QColor("#B3261E")
CONFLICT = QColor("#C2410C")  # the corner of a note whose text was changed on two computers
CONFLICT_CORNER = 22.0

NOTE_COLOURS: dict[str, QColor] = {
    "yellow": QColor("#FFF0A0"),
    "pink": QColor("#FFC8DC"),
    "blue": QColor("#BEE0FF"),
    "green": QColor("#C6EFBE"),
    "orange": QColor("#FFD6A5"),
    "purple": QColor("#E0CFFF"),
}


def note_colour(name: str) -> QColor:
    return NOTE_COLOURS.get(name, NOTE_COLOURS["yellow"])
