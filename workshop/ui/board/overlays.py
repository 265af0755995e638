"""What lies over the board without being part of it: the banners (dot voting, what the room
sees) and the legend of the principles. Labels on the view, not items of the scene, so clicks
pass through them and screen readers find them as plain text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workshop.i18n import localised

BANNER_STYLES = {
    "voting": "background: #B3261E; color: #FFFFFF;",
    "hidden": "background: #44505C; color: #FFFFFF;",
    "shown": "background: #E6F2E6; color: #14361A; border: 1px solid #7FB37F;",
}
LEGEND_STYLE = (
    "QLabel#boardLegend { color: #151515; background: rgba(255, 255, 255, 235);"
    " border: 1px solid #9AA6B2; border-radius: 8px; padding: 8px 12px; }"
)


class Banner(QLabel):
    """A strip of text across the top of the board, in a colour that cannot be missed."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.hide()

    def show_text(self, text: str | None, kind: str = "voting") -> None:
        if not text:
            self.hide()
            return
        self.setStyleSheet(
            f"QLabel#{self.objectName()} {{ {BANNER_STYLES[kind]} border-radius: 6px;"
            " padding: 6px 14px; }"
        )
        self.setText(text)
        self.setAccessibleName(text)
        self.show()
        self.raise_()


class PrincipleLegend(QLabel):
    """The principles whose badges (P1 … P10) are on the board, with their names."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("boardLegend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(LEGEND_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wanted = True  # the facilitator may hide it
        self.hide()

    def show_principles(self, principles: list[dict], used: set[int], language: str) -> None:
        rows = [
            (p["number"], localised(p["title"], language))
            for p in principles
            if p["number"] in used
        ]
        self.setText(
            "<br>".join(f"<b>P{number}</b> {html.escape(title)}" for number, title in rows)
        )
        self.setAccessibleName(
            self.tr("Legend: %1").replace("%1", "; ".join(f"P{n} {t}" for n, t in rows))
        )
        self.setVisible(bool(rows) and self.wanted)
        if self.isVisible():
            self.adjustSize()
            self.raise_()
