"""The presenter view's join panel: a large QR code, the join URL (the laptop's raw IP address)
and the room code, shown while "Mobil" is on.

The QR code is segno's PNG at a whole number of device pixels per module, as large as the panel
allows, and shown unscaled: its edges stay sharp on a projector (a scaled bitmap blurs, and a
blurred code scans badly from the back of a room). Beside the board it takes about a third of
the width; "Large QR" in the run view gives it the whole screen while people join.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.server.qr import qr_png, qr_size
from workshop.ui.phones.room import PhoneRoom

SIDE_SHARE = 0.32  # of the presenter's width, beside the board


def qr_pixmap(url: str, side: int, device_ratio: float = 1.0) -> QPixmap:
    """The join code at most ``side`` logical pixels across, whole device pixels per module."""
    modules = qr_size(url)
    scale = max(1, int(side * device_ratio) // modules)
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(url, scale=scale), "PNG")
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def breakable_url(url: str) -> str:
    """The URL as shown: a narrow label may wrap it after a slash (a zero-width space), never
    inside the room code and token (a non-breaking hyphen)."""
    return url.replace("-", "\u2011").replace("/", "/\u200b")


class JoinPanel(QWidget):
    """How the room joins. ``board`` is hidden while the large QR is shown."""

    def __init__(self, room: PhoneRoom, board: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinPanel")
        self.room = room
        self.board = board
        self.setAccessibleName(self.tr("How to join from a phone"))
        self.heading = QLabel(self.tr("Write and vote from your phone"), self)
        self.heading.setObjectName("joinHeading")
        self.qr = QLabel(self)
        self.qr.setObjectName("joinQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.url = QLabel(self)
        self.url.setObjectName("joinUrl")
        self.code = QLabel(self)
        self.code.setObjectName("joinCode")
        self.hint = QLabel(self.tr("Same Wi-Fi as this laptop · no app, no account"), self)
        self.hint.setObjectName("joinHint")
        for label in (self.heading, self.url, self.code, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr)
        layout.addWidget(self.url)
        layout.addWidget(self.code)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._shown: tuple[str, int, float] | None = None
        room.changed.connect(self.refresh)
        self.refresh()

    @property
    def large(self) -> bool:
        return self.room.running and self.room.big_qr

    def refresh(self) -> None:
        running = self.room.running
        self.setVisible(running)
        self.board.setVisible(not self.large)
        if not running:
            self._shown = None
            return
        self.url.setText(breakable_url(self.room.url))
        self.url.setAccessibleName(self.room.url)
        self.code.setText(self.tr("Room code %1").replace("%1", self.room.room_code))
        self.qr.setAccessibleName(self.tr("QR code for %1").replace("%1", self.room.url))
        self._fit()

    def sizeHint(self) -> QSize:
        parent = self.parentWidget()
        width = parent.width() if parent is not None else 1280
        return QSize(int(width * SIDE_SHARE), super().sizeHint().height())

    def _fit(self) -> None:
        """Fonts and the QR code follow the presenter's size and the mode."""
        parent = self.parentWidget()
        if parent is None:
            return
        height = max(400, parent.height())
        width = parent.width() if self.large else int(parent.width() * SIDE_SHARE)
        self.setFixedWidth(max(240, width - 48 if self.large else width))
        base = self.font().pointSizeF()
        grow = height / 800
        for label, factor, bold in (
            (self.heading, 2.0, True),
            (self.url, 1.5, True),
            (self.code, 3.0, True),
            (self.hint, 1.3, False),
        ):
            font = label.font()
            font.setPointSizeF(base * factor * grow)
            font.setBold(bold)
            label.setFont(font)
        text_height = sum(
            label.sizeHint().height() for label in (self.heading, self.url, self.code, self.hint)
        )
        side = min(self.width() - 12, height - text_height - 40)
        self._show_qr(max(120, side))

    def _show_qr(self, side: int) -> None:
        url = self.room.url
        ratio = self.devicePixelRatioF()
        if self._shown == (url, side, ratio):
            return
        self._shown = (url, side, ratio)
        pixmap = qr_pixmap(url, side, ratio)
        self.qr.setPixmap(pixmap)
        self.qr.setFixedHeight(int(pixmap.height() / ratio))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.room.running:
            self._fit()
