"""Board geometry shared by the GUI and the services that place notes (scene units)."""

from __future__ import annotations

CARD_W = 200.0
CARD_H = 130.0
GAP = 20.0
AREA_COLUMNS = 3  # cards side by side in one step's area
AREA_W = AREA_COLUMNS * (CARD_W + GAP) + 2 * GAP
AREA_HEADER = 56.0
CLUSTER_PAD = 14.0
CLUSTER_LABEL_H = 34.0


def area_origin(step_position: int) -> tuple[float, float]:
    """Top-left corner of the first card slot in a step's area."""
    return ((step_position - 1) * AREA_W + GAP, AREA_HEADER + GAP)


def area_slot(step_position: int, index: int) -> tuple[float, float]:
    """The position of the index-th card slot (row by row) in a step's area."""
    x0, y0 = area_origin(step_position)
    row, col = divmod(index, AREA_COLUMNS)
    return (x0 + col * (CARD_W + GAP), y0 + row * (CARD_H + GAP))
