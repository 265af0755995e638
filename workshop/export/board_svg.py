"""The board as it ended, as inline SVG for the HTML minutes.

The same picture as the PDF's (:mod:`workshop.export.board_picture` places the cards, the cluster
outlines and the step areas from the stored positions); here drawn in scene units with a
``viewBox``, so it scales to the page. It is one image (``role="img"``) with a text alternative;
the cards carry their number in the appendix and their votes. The board keeps its own light
paper in a dark colour scheme, as a photo of a whiteboard would.
"""

from __future__ import annotations

from workshop.domain.board import AREA_HEADER, AREA_W, CARD_H, CARD_W, CLUSTER_LABEL_H
from workshop.export.board_picture import board_picture
from workshop.export.html_kit import esc

# The board on screen's colours (workshop/ui/board/style.py), with darker lines and labels so
# that they stand out from the paper by at least 3:1 (lines) and 4.5:1 (text).
NOTE_FILL = {
    "yellow": "#FFF0A0",
    "pink": "#FFC8DC",
    "blue": "#BEE0FF",
    "green": "#C6EFBE",
    "orange": "#FFD6A5",
    "purple": "#E0CFFF",
}
PAPER = "#FFFFFF"
CARD_LINE = "#6B7785"
AREA_LINE = "#7F8C9A"
AREA_TITLE = "#3D4752"
CLUSTER_LINE = "#1F4E79"
VOTE = "#B3261E"
TEXT = "#151515"


def board_svg(data, *, alt: str, svg_id: str = "board") -> str | None:
    """The board of ``data`` (``MinutesData``) as an ``<svg>``; None when no note was placed."""
    picture = board_picture(data)
    if picture is None:
        return None
    label = CLUSTER_LABEL_H * 0.7  # the cluster names, in the band above the cards
    x0, top, x1, y1 = picture.x0, picture.y0, picture.x1, picture.y1
    width, height = x1 - x0, y1 - top
    parts = [
        f'<svg class="board" id="{svg_id}" role="img" aria-labelledby="{svg_id}-title" '
        f'xmlns="http://www.w3.org/2000/svg" viewBox="{x0:.1f} {top:.1f} {width:.1f} {height:.1f}" '
        f'width="{width:.0f}" height="{height:.0f}">',
        f'<title id="{svg_id}-title">{esc(alt)}</title>',
        f'<rect x="{x0:.1f}" y="{top:.1f}" width="{width:.1f}" height="{height:.1f}" '
        f'fill="{PAPER}"/>',
        '<g font-family="DejaVu Sans, Verdana, sans-serif">',
    ]
    title_size = AREA_HEADER * 0.6
    for area in picture.areas:
        if x0 < area.x0 < x1:
            parts.append(
                f'<line x1="{area.x0:.1f}" y1="{top:.1f}" x2="{area.x0:.1f}" y2="{y1:.1f}" '
                f'stroke="{AREA_LINE}" stroke-width="2"/>'
            )
        title = esc(_fit(area.title, AREA_W, title_size))
        parts.append(
            f'<text x="{max(area.x0, x0) + 12:.1f}" y="{AREA_HEADER * 0.62:.1f}" '
            f'font-size="{title_size:.1f}" fill="{AREA_TITLE}">{title}</text>'
        )
    number_size = CARD_H * 0.4
    for card in picture.cards:
        fill = NOTE_FILL.get(card.colour, NOTE_FILL["yellow"])
        parts.append(
            f'<rect x="{card.x:.1f}" y="{card.y:.1f}" width="{CARD_W:g}" height="{CARD_H:g}" '
            f'fill="{fill}" stroke="{CARD_LINE}" stroke-width="2"/>'
        )
        baseline = card.y + CARD_H / 2 + number_size * 0.36
        parts.append(
            f'<text x="{card.x + 16:.1f}" y="{baseline:.1f}" font-size="{number_size:.1f}" '
            f'fill="{TEXT}">{card.number}</text>'
        )
        if card.votes:
            parts.append(
                f'<text x="{card.x + CARD_W - 16:.1f}" y="{baseline:.1f}" '
                f'font-size="{number_size * 0.8:.1f}" font-weight="bold" fill="{VOTE}" '
                f'text-anchor="end">+{card.votes}</text>'
            )
    for outline in picture.outlines:
        y = outline.y0
        w = outline.x1 - outline.x0
        parts.append(
            f'<rect x="{outline.x0:.1f}" y="{y:.1f}" width="{w:.1f}" '
            f'height="{outline.y1 - y:.1f}" rx="14" fill="none" stroke="{CLUSTER_LINE}" '
            'stroke-width="4"/>'
        )
        parts.append(
            f'<text x="{outline.x0 + 12:.1f}" y="{y + label * 1.1:.1f}" font-size="{label:.1f}" '
            f'font-weight="bold" fill="{CLUSTER_LINE}">{esc(_fit(outline.name, w, label))}</text>'
        )
    parts.append("</g></svg>")
    return "".join(parts)


def _fit(text: str, width: float, size: float) -> str:
    """One line of ``text`` cut with an ellipsis to about ``width`` (at ~0.6 em a character)."""
    text = " ".join(text.split())
    room = max(4, int((width - 24) / (size * 0.6)))
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"
