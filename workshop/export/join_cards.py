"""Join cards: one A4 page of cards to cut out and lay on the tables, each with the join QR
code, the join URL, the room code and three short lines on how to get in.

The QR code is drawn as vector squares from segno's matrix (crisp at any print size, nothing
to scan off a blurred bitmap); medium error correction, as on the projector, so a creased
card still reads. Laid out with the page kit (:func:`workshop.export.page_kit.write_archive_pdf`):
the one embedded font family, PDF/A-2b, written whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop.export.fonts import BOLD, REGULAR
from workshop.export.markup import canvas_line, fit_width
from workshop.export.page_kit import ACCENT, MUTED, RULE, write_archive_pdf
from workshop.i18n import t

COLUMNS = 2
ROWS = 3
QR_SIZE = 36 * mm
PAD = 5 * mm
CUT = colors.HexColor("#9AA6B2")


def qr_matrix(url: str) -> list[list[bool]]:
    """The join code's modules, dark ones True, without the quiet zone."""
    code = segno.make(url, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix]


def _split_url(url: str) -> list[str]:
    """The URL on one line, or on two at the start of its path when it is long."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    if not sep or not slash:
        return [url]
    return [f"{scheme}://{host}", f"/{path}"]


class CardSheet(Flowable):
    """COLUMNS × ROWS cards filling the frame, with dashed lines to cut along."""

    def __init__(self, title: str, url: str, room_code: str, language: str) -> None:
        super().__init__()
        self.title, self.url, self.room_code, self.language = title, url, room_code, language
        self.matrix = qr_matrix(url)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = self.width / COLUMNS, self.height / ROWS
        c.saveState()
        c.setStrokeColor(CUT)
        c.setLineWidth(0.5)
        c.setDash(3, 3)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        for col in range(1, COLUMNS):
            c.line(col * w, 0, col * w, self.height)
        for row in range(1, ROWS):
            c.line(0, row * h, self.width, row * h)
        c.restoreState()
        for row in range(ROWS):
            for col in range(COLUMNS):
                self._card(col * w, self.height - (row + 1) * h, w, h)

    def _text(self, text: str, font: str, size: float, x: float, y: float, width: float) -> None:
        line, shaped = canvas_line(text, font, size, width)
        self.canv.setFont(font, size)
        self.canv.drawString(x, y, line, shaping=shaped)

    def _card(self, x0: float, y0: float, w: float, h: float) -> None:
        c, lang = self.canv, self.language
        inner = w - 2 * PAD
        top = y0 + h - PAD
        c.saveState()
        c.setFillColor(ACCENT)
        heading = t("cards_heading", lang)
        self._text(heading, BOLD, _fitting(heading, BOLD, 13, 10, inner), x0 + PAD, top - 13, inner)
        c.setFillColor(MUTED)
        self._text(self.title, REGULAR, 8, x0 + PAD, top - 24, inner)

        qr_top = top - 30
        self._qr(x0 + PAD, qr_top - QR_SIZE, QR_SIZE)
        right = x0 + PAD + QR_SIZE + 3 * mm
        right_w = x0 + w - PAD - right
        c.setFillColor(colors.black)
        y = qr_top - 12
        for line in _lines(t("cards_wifi", lang), BOLD, 9, right_w):
            c.setFont(BOLD, 9)
            c.drawString(right, y, line)
            y -= 11
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(right, y - 8, right + right_w, y - 8)  # the facilitator writes the Wi-Fi here
        y -= 28
        for line in _lines(t("cards_scan", lang), BOLD, 9, right_w):
            c.setFont(BOLD, 9)
            c.drawString(right, y, line)
            y -= 11
        c.setFillColor(ACCENT)
        code = t("cards_code", lang, code=self.room_code)
        self._text(code, BOLD, 15, x0 + PAD, qr_top - QR_SIZE - 17, inner)

        c.setFillColor(colors.black)
        y = qr_top - QR_SIZE - 31
        for part in _split_url(self.url):
            size = 9.5
            c.setFont(BOLD, size)
            c.drawString(x0 + PAD, y, fit_width(part, BOLD, size, inner))
            y -= 12
        c.setFillColor(MUTED)
        for key in ("cards_stay", "cards_anonymous"):
            y -= 2
            for line in _lines(t(key, lang), REGULAR, 7.5, inner):
                c.setFont(REGULAR, 7.5)
                c.drawString(x0 + PAD, y, line)
                y -= 9.5
        c.restoreState()

    def _qr(self, x: float, y: float, size: float) -> None:
        """The modules as filled squares, a row's neighbours merged into one bar."""
        c = self.canv
        quiet = 2  # modules of white around the code (the card's own margin adds to it)
        count = len(self.matrix) + 2 * quiet
        module = size / count
        c.saveState()
        c.setFillColor(colors.white)
        c.rect(x, y, size, size, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for r, row in enumerate(self.matrix):
            start = None
            for col, dark in enumerate([*row, False]):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    c.rect(
                        x + (quiet + start) * module,
                        y + size - (quiet + r + 1) * module,
                        (col - start) * module,
                        module,
                        stroke=0,
                        fill=1,
                    )
                    start = None
        c.restoreState()


def _fitting(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Words wrapped to ``width`` (at most three lines)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return [fit_width(line, font, size, width) for line in lines[:3]]


def write_join_cards(title: str, url: str, room_code: str, path: Path, language: str) -> None:
    """Write a page of join cards for the session ``title`` to ``path`` (PDF/A-2b)."""
    write_archive_pdf(
        Path(path),
        lambda _width: [CardSheet(title, url, room_code, language)],
        title=f"{title} – {t('cards_title', language)}",
        author="",
        subject=t("cards_subject", language, title=title),
        keywords=[t("cards_title", language)],
        language=language,
        header_text=title,
        footer_left=t("cards_footer", language),
    )
