"""The projector's own board: the current step's notes laid out large, a page at a time.

Not a copy of the facilitator's zoom: the text size comes from the window's height (never
below about 18 px on a 1080-line projector; 24 px there) and the cards that fit at that size
make a page; more notes make more pages rather than smaller text. Notes are grouped by cluster
(the cluster's name as a heading, with its votes when the room may see them). Votes are drawn
only while ``show_votes``; while ``hidden`` is set (silent writing not yet revealed) only that
message is shown. Read-only; it never changes data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.services.dto import NoteInfo
from workshop.ui.board import style
from workshop.ui.board.items import fit_text, wrap_flags

TEXT_PX_AT_1080 = 24  # the notes' text on a 1080-line projector
MIN_TEXT_PX = 14  # in a small window (a rehearsal on the laptop)
SMALL = 0.8  # group, votes and badges: 19 px at 1080 lines


@dataclass(frozen=True)
class Section:
    title: str | None  # a cluster's name (None: the notes in no cluster)
    votes: int
    notes: list[NoteInfo]


@dataclass(frozen=True)
class Placed:
    kind: str  # "heading" or "card"
    rect: QRectF
    section: Section
    note: NoteInfo | None = None
    continued: bool = False  # a heading repeated at the top of a page: its cluster goes on


def text_px_for(height: float) -> int:
    return max(MIN_TEXT_PX, round(TEXT_PX_AT_1080 * height / 1080))


def card_size(text_px: int) -> tuple[float, float]:
    return 12.5 * text_px, 7.6 * text_px


def paginate(sections: list[Section], width: float, height: float, text_px: int) -> list:
    """Pages of placed headings and cards: rows of as many cards as the width holds."""
    card_w, card_h = card_size(text_px)
    gap = 0.7 * text_px
    heading_h = 1.9 * text_px
    columns = max(1, int((width + gap) // (card_w + gap)))
    left = (width - (columns * (card_w + gap) - gap)) / 2
    pages: list[list[Placed]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for section in sections:
        if not section.notes:
            continue
        rows = [section.notes[i : i + columns] for i in range(0, len(section.notes), columns)]
        for index, row in enumerate(rows):
            need = card_h + (heading_h if section.title and (index == 0 or y == 0) else 0)
            if y > 0 and y + need > height:
                new_page()
            if section.title and (index == 0 or y == 0):
                rect = QRectF(left, y, width - left, heading_h)
                pages[-1].append(Placed("heading", rect, section, continued=index > 0))
                y += heading_h
            for col, note in enumerate(row):
                rect = QRectF(left + col * (card_w + gap), y, card_w, card_h)
                pages[-1].append(Placed("card", rect, section, note))
            y += card_h + gap
        y += gap * 0.5
    return [page for page in pages if page] or [[]]


class PresenterBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterNotes")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sections: list[Section] = []
        self.show_votes = True
        self.hidden: str | None = None
        self.page = 0
        self.pages: list[list[Placed]] = [[]]
        self.text_px = text_px_for(1080)

    # --- what to show ---
    def set_content(
        self, sections: list[Section], *, show_votes: bool, hidden: str | None = None
    ) -> None:
        self.sections, self.show_votes, self.hidden = sections, show_votes, hidden
        self._relayout()

    def notes_shown(self) -> list[NoteInfo]:
        """The notes on the current page."""
        if self.hidden:
            return []
        return [p.note for p in self.pages[self.page] if p.kind == "card"]

    def page_count(self) -> int:
        return len(self.pages)

    def show_note(self, note_id: str) -> None:
        """Turn to the page holding this note (the one just written or selected)."""
        for index, page in enumerate(self.pages):
            if any(p.note is not None and p.note.id == note_id for p in page):
                if index != self.page:
                    self.page = index
                    self.update()
                return

    def turn(self, delta: int) -> None:
        page = max(0, min(self.page + delta, len(self.pages) - 1))
        if page != self.page:
            self.page = page
            self.update()

    def _relayout(self) -> None:
        self.text_px = text_px_for(self.window().height() if self.window() else self.height())
        self.pages = paginate(self.sections, self.width(), self.height(), self.text_px)
        self.page = min(self.page, len(self.pages) - 1)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    # --- fonts ---
    def _font(self, factor: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(self.text_px * factor)))
        font.setBold(bold)
        return font

    def smallest_text_px(self) -> int:
        """The smallest text drawn on a card (group, votes, badges)."""
        return self._font(SMALL).pixelSize()

    # --- painting ---
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if self.hidden:
            painter.setFont(self._font(1.5, bold=True))
            painter.setPen(style.AREA_TITLE)
            painter.drawText(
                QRectF(self.rect()).adjusted(40, 40, -40, -40),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.hidden,
            )
            return
        for placed in self.pages[self.page]:
            if placed.kind == "heading":
                self._paint_heading(painter, placed)
            else:
                self._paint_card(painter, placed.rect, placed.note)

    def heading_text(self, placed: Placed) -> str:
        """A cluster's name, "continued" on a later page, and the whole cluster's votes."""
        label = placed.section.title or ""
        if placed.continued:
            label += " " + self.tr("(continued)")
        if self.show_votes and placed.section.votes:
            label += "  " + self.tr("(%n vote(s))", "", placed.section.votes)
        return label

    def _paint_heading(self, painter: QPainter, placed: Placed) -> None:
        label = self.heading_text(placed)
        font = self._font(1.1, bold=True)
        painter.setFont(font)
        painter.setPen(style.CLUSTER_LINE)
        painter.drawText(
            placed.rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, placed.rect.width()),
        )

    def _paint_card(self, painter: QPainter, rect: QRectF, note: NoteInfo) -> None:
        px = self.text_px
        fill = style.note_colour(note.colour)
        painter.setPen(QPen(fill.darker(130), 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, px * 0.3, px * 0.3)
        pad = px * 0.5
        small = self._font(SMALL)
        header = QRectF(rect.left() + pad, rect.top() + pad * 0.6, rect.width() - 2 * pad, px)
        if note.group:
            painter.setFont(small)
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(
                header,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetricsF(small).elidedText(
                    note.group, Qt.TextElideMode.ElideRight, header.width() * 0.65
                ),
            )
        if self.show_votes and note.votes:
            badge = self._font(1.0, bold=True)
            painter.setFont(badge)
            painter.setPen(style.VOTE)
            painter.drawText(
                header,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"● {note.votes}",
            )
        body_font = self._font(1.0)
        footer = px * 1.2 if note.principles else 0.0
        body = QRectF(
            rect.left() + pad,
            header.bottom() + pad * 0.4,
            rect.width() - 2 * pad,
            rect.bottom() - header.bottom() - pad * 1.2 - footer,
        )
        painter.setFont(body_font)
        painter.setPen(style.TEXT)
        painter.drawText(body, wrap_flags(), fit_text(note.text, body_font, body))
        if note.principles:
            painter.setFont(self._font(SMALL, bold=True))
            metrics = QFontMetricsF(painter.font())
            x = rect.left() + pad
            y = rect.bottom() - pad * 0.6 - px
            for number in note.principles:
                label = f"P{number}"
                w = metrics.horizontalAdvance(label) + px * 0.5
                if x + w > rect.right() - pad:
                    break
                chip = QRectF(x, y, w, px)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.CLUSTER_LINE)
                painter.drawRoundedRect(chip, 4, 4)
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
                x += w + px * 0.25
