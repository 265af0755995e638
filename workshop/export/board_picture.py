"""The board as it ended, as vector graphics: every placed note, the clusters and the step areas.

Drawn from the stored positions (scene units, y downwards, see :mod:`workshop.domain.board`) and
scaled to the frame width; each card carries its number in the appendix. Qt-free and on the
embedded font only.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from workshop.domain.board import (
    AREA_HEADER,
    AREA_W,
    CARD_H,
    CARD_W,
    CLUSTER_LABEL_H,
    CLUSTER_PAD,
)
from workshop.domain.layout import frame_around
from workshop.export.fonts import BOLD, REGULAR
from workshop.export.markup import canvas_line
from workshop.i18n import t

# The same colours as the board on screen (workshop/ui/board/style.py).
NOTE_FILL = {
    "yellow": colors.HexColor("#FFF0A0"),
    "pink": colors.HexColor("#FFC8DC"),
    "blue": colors.HexColor("#BEE0FF"),
    "green": colors.HexColor("#C6EFBE"),
    "orange": colors.HexColor("#FFD6A5"),
    "purple": colors.HexColor("#E0CFFF"),
}
CARD_LINE = colors.HexColor("#9AA5B1")
CLUSTER_LINE = colors.HexColor("#1F4E79")
AREA_LINE = colors.HexColor("#C9D2DC")
AREA_TITLE = colors.HexColor("#44505C")
VOTE = colors.HexColor("#B3261E")
TEXT = colors.HexColor("#151515")
MAX_SCALE = 0.25  # points per scene unit: a card at most 50 pt (18 mm) wide on a small board


@dataclass(frozen=True)
class Card:
    number: int
    x: float
    y: float
    colour: str
    votes: int


@dataclass(frozen=True)
class Outline:
    name: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Area:
    title: str
    x0: float


class BoardPicture(Flowable):
    def __init__(
        self,
        cards: list[Card],
        outlines: list[Outline],
        areas: list[Area],
        max_height: float = 150 * mm,
    ) -> None:
        super().__init__()
        self.cards = cards
        self.outlines = outlines
        self.areas = areas
        self.max_height = max_height
        xs = [c.x for c in cards] + [o.x0 for o in outlines]
        ys = [c.y for c in cards] + [o.y0 for o in outlines]
        xe = [c.x + CARD_W for c in cards] + [o.x1 for o in outlines]
        ye = [c.y + CARD_H for c in cards] + [o.y1 for o in outlines]
        margin = 20.0
        self.x0 = min(xs) - margin
        self.y0 = min(ys) - margin
        if areas:  # room for the step titles at the top of their areas
            self.y0 = min(self.y0, 0.0)
        self.x1 = max(xe) + margin
        self.y1 = max(ye) + margin
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        max_height = min(self.max_height, avail_height)
        scene_w = self.x1 - self.x0
        scene_h = self.y1 - self.y0
        self.scale = min(avail_width / scene_w, max_height / scene_h, MAX_SCALE)
        # A cluster's name in the band above its cards, never outside its frame (frames lie
        # close together: a name above one would cover the next).
        self.label_size = max(4.0, min(8.0, (CLUSTER_LABEL_H + CLUSTER_PAD) * self.scale * 0.75))
        self.top = self.y0
        self.width = (self.x1 - self.x0) * self.scale
        self.height = (self.y1 - self.top) * self.scale
        return self.width, self.height

    def alt_text(self, language: str, title: str) -> str:
        """The picture in words for the tagged PDF: how many notes, and the clusters."""
        clusters = ", ".join(o.name for o in self.outlines) or t(
            "pdf_board_alt_no_clusters", language
        )
        return t("pdf_board_alt", language, notes=len(self.cards), clusters=clusters)

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        """Scene point to flowable coordinates (origin bottom left, y upwards)."""
        return (x - self.x0) * self.scale, self.height - (y - self.top) * self.scale

    def draw(self) -> None:
        c = self.canv
        s = self.scale
        c.saveState()
        c.setStrokeColor(AREA_LINE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        frame = c.beginPath()
        frame.rect(0, 0, self.width, self.height)
        c.clipPath(frame, stroke=0, fill=0)  # nothing is drawn outside the picture
        self._draw_areas()
        card_w, card_h = CARD_W * s, CARD_H * s
        c.setLineWidth(0.3)
        c.setStrokeColor(CARD_LINE)
        for card in self.cards:
            x, y = self._pt(card.x, card.y + CARD_H)
            c.setFillColor(NOTE_FILL.get(card.colour, NOTE_FILL["yellow"]))
            c.rect(x, y, card_w, card_h, stroke=1, fill=1)
        number_size = min(9.0, card_h * 0.45, card_w * 0.28)
        if number_size >= 3.5:  # smaller than that the numbers would be a smudge
            vote_size = number_size * 0.75
            pad = max(1.0, card_w * 0.08)
            for card in self.cards:
                x, y = self._pt(card.x, card.y + CARD_H)
                baseline = y + (card_h - number_size * 0.72) / 2
                c.setFont(REGULAR, number_size)
                c.setFillColor(TEXT)
                c.drawString(x + pad, baseline, str(card.number))
                if card.votes:
                    c.setFont(BOLD, vote_size)
                    c.setFillColor(VOTE)
                    c.drawRightString(x + card_w - pad, baseline, f"+{card.votes}")
        self._draw_outlines()
        c.restoreState()

    def _draw_areas(self) -> None:
        c = self.canv
        s = self.scale
        size = max(4.0, min(8.0, AREA_HEADER * s * 0.5))
        c.setFont(REGULAR, size)
        for area in self.areas:
            x, _ = self._pt(area.x0, 0)
            if 0 < x < self.width - 1:
                c.setStrokeColor(AREA_LINE)
                c.line(x, 0, x, self.height)
            left = max(x, 0)
            room = min(x + AREA_W * s, self.width) - left - 6
            if room < 3 * size:
                continue
            title, shaped = canvas_line(area.title, REGULAR, size, room)
            _, y = self._pt(0, AREA_HEADER * 0.35)
            c.setFillColor(AREA_TITLE)
            c.drawString(left + 3, y - size / 2, title, shaping=shaped)

    def _draw_outlines(self) -> None:
        c = self.canv
        s = self.scale
        size = self.label_size
        c.setStrokeColor(CLUSTER_LINE)
        c.setLineWidth(0.9)
        for outline in self.outlines:
            x, y = self._pt(outline.x0, outline.y1)
            w = (outline.x1 - outline.x0) * s
            h = (outline.y1 - outline.y0) * s
            c.roundRect(x, y, w, h, min(4.0, 8 * s), stroke=1, fill=0)
            # a smaller font (down to 4.5 pt) before the name is cut
            fit = min(size, max(4.5, (w - 6) / max(stringWidth(outline.name, BOLD, 1), 1)))
            name, shaped = canvas_line(outline.name, BOLD, fit, w - 6)
            c.setFont(BOLD, fit)
            c.setFillColor(CLUSTER_LINE)
            c.drawString(x + 3, y + h - size - 0.8, name, shaping=shaped)


def board_picture(data, max_height: float = 150 * mm) -> BoardPicture | None:
    """The picture of a session's board, or None when no note has a position."""
    placed = [n for n in data.notes if n.x is not None and n.y is not None]
    if not placed:
        return None
    cards = [Card(data.number(n), n.x, n.y, n.colour, n.votes) for n in placed]
    outlines = []
    for section in data.by_cluster:
        # the frame the board shows, from the one layout module
        frame = frame_around(
            (n.x, n.y) for n in section.notes if n.x is not None and n.y is not None
        )
        if frame is not None:
            outlines.append(
                Outline(section.cluster.name, frame.x, frame.y, frame.right, frame.bottom)
            )
    x0 = min(min(c.x for c in cards), min((o.x0 for o in outlines), default=1e18))
    x1 = max(max(c.x + CARD_W for c in cards), max((o.x1 for o in outlines), default=-1e18))
    areas = [
        Area(f"{step.position}. {step.title}", (step.position - 1) * AREA_W)
        for step in data.session.steps
        if (step.position - 1) * AREA_W < x1 and step.position * AREA_W > x0
    ]
    return BoardPicture(cards, outlines, areas, max_height)
