"""A horizontal bar chart of inputs per principle, drawn by hand: only the embedded font is used."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop.export.fonts import BOLD, REGULAR
from workshop.export.markup import canvas_line
from workshop.i18n import t

BAR = colors.HexColor("#1F4E79")
BAR_OTHER = colors.HexColor("#8A99A8")
GRID = colors.HexColor("#DDE3EA")
TEXT = colors.HexColor("#222222")


@dataclass(frozen=True)
class Bar:
    number: str  # "3", or "" for the unmapped row
    label: str
    value: int
    muted: bool = False


class BarChart(Flowable):
    """One row per bar: number, label (cut to fit), bar scaled to the largest value, value."""

    ROW = 5.6 * mm
    FONT_SIZE = 8

    def __init__(
        self, bars: list[Bar], label_width: float = 62 * mm, top: int | None = None
    ) -> None:
        """``top``: the value of a full-length bar (by default the largest value); the parts of
        a chart split over pages share it, so that their bars compare."""
        super().__init__()
        self.bars = bars
        self.label_width = label_width
        self.top = max((b.value for b in bars), default=0) if top is None else top
        self.hAlign = "LEFT"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.ROW * len(self.bars) + 2 * mm
        return self.width, self.height

    def alt_text(self, language: str, title: str) -> str:
        """The chart in words for the tagged PDF: ``title`` (its heading), then every bar; a
        chart of a scale (bars named by their value only, like the ratings 5 … 1) says so."""
        figures = "; ".join(
            f"{' '.join(p for p in (bar.number, bar.label) if p)}: {bar.value}" for bar in self.bars
        )
        key = "pdf_chart_alt" if any(bar.label for bar in self.bars) else "pdf_scale_chart_alt"
        return t(key, language, title=title, figures=figures)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """A chart longer than the page goes on over the next ones (a framework may have up to
        200 principles), never "too large"; a part keeps at least two rows."""
        rows = int((avail_height - 2 * mm) // self.ROW)
        if rows < 2 or len(self.bars) < 4:
            return []  # begin on the next page instead
        rows = min(rows, len(self.bars) - 2)
        head, tail = self.bars[:rows], self.bars[rows:]
        return [
            BarChart(head, self.label_width, self.top),
            BarChart(tail, self.label_width, self.top),
        ]

    def draw(self) -> None:
        c = self.canv
        size = self.FONT_SIZE
        number_w = 6 * mm
        bar_x = number_w + self.label_width + 2 * mm
        value_w = 10 * mm
        bar_max = max(self.width - bar_x - value_w, 10 * mm)
        top = self.top
        scale = bar_max / top if top else 0
        c.saveState()
        # light vertical grid at quarters of the largest value
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        for k in range(5):
            x = bar_x + bar_max * k / 4
            c.line(x, 1 * mm, x, self.height)
        for i, bar in enumerate(self.bars):
            y = self.height - (i + 1) * self.ROW
            baseline = y + (self.ROW - size) / 2 + 1
            c.setFillColor(TEXT)
            c.setFont(BOLD, size)
            c.drawRightString(number_w - 1.5 * mm, baseline, bar.number)
            label, shaped = canvas_line(bar.label, REGULAR, size, self.label_width)
            c.setFont(REGULAR, size)
            c.drawString(number_w, baseline, label, shaping=shaped)
            length = bar.value * scale
            if length > 0:
                c.setFillColor(BAR_OTHER if bar.muted else BAR)
                c.rect(bar_x, y + 1.1 * mm, length, self.ROW - 2.2 * mm, stroke=0, fill=1)
            c.setFillColor(TEXT)
            c.drawString(bar_x + length + 1.5 * mm, baseline, str(bar.value))
        c.restoreState()
