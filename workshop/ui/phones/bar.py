"""The "Mobil" bar of the run view: the toggle, the join URL and room code, how many phones are
in the room, the queue's count, and the way to the settings, the join cards and the large QR."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

PHONES_KEYS = "F7"  # Mobil on and off
QUEUE_KEYS = "F8"  # to the moderation queue

BUTTON_STYLE = (
    "QToolButton { padding: 3px 8px; border-radius: 3px; }"
    " QToolButton:checked { background: #1F4E79; color: white; }"
)


class PhonesBar(QWidget):
    """Only shows; the run view's phone part reacts to its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesBar")
        self.toggle = self._button(
            "phonesButton",
            self.tr("Phones"),
            self.tr("Let phones in the room write, vote and rate (%1)").replace("%1", PHONES_KEYS),
            checkable=True,
        )
        self.toggle.setAccessibleName(self.tr("Phones in the room"))
        bold = self.toggle.font()
        bold.setBold(True)
        self.toggle.setFont(bold)
        self.status = QLabel(self)
        self.status.setObjectName("phonesStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)  # a narrow window or a long translation: two lines
        self.status.setAccessibleName(self.tr("Join address and room code"))
        self.count = QLabel(self)
        self.count.setObjectName("phonesCount")
        self.warning = QLabel(self.tr("Listening on every network (0.0.0.0)"), self)
        self.warning.setObjectName("phonesAllNetworks")
        self.warning.setStyleSheet(
            "QLabel { background: #8A1C1C; color: white; font-weight: bold;"
            " padding: 2px 8px; border-radius: 3px; }"
        )
        self.queue_button = self._button(
            "phoneQueueButton",
            "",
            self.tr("The notes waiting for approval (%1)").replace("%1", QUEUE_KEYS),
        )
        self.big_qr = self._button(
            "bigQrButton",
            self.tr("Large QR"),
            self.tr("Show the QR code large on the projector instead of the board"),
            checkable=True,
        )
        self.setup_button = self._button(
            "phoneSetupButton",
            self.tr("Settings…"),
            self.tr("Where phones connect, and whether their notes need approval"),
        )
        self.cards_button = self._button(
            "joinCardsButton",
            self.tr("Join cards…"),
            self.tr("A page of cards with the QR code, address and room code to print"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.warning)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.queue_button)
        layout.addWidget(self.big_qr)
        layout.addWidget(self.setup_button)
        layout.addWidget(self.cards_button)
        self.show_off()

    def _button(self, name: str, text: str, tip: str, *, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setStyleSheet(BUTTON_STYLE)
        return button

    def _set_checked(self, button: QToolButton, on: bool) -> None:
        blocked = button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(blocked)

    def show_off(self) -> None:
        self._set_checked(self.toggle, False)
        self._set_checked(self.big_qr, False)
        self.status.setText(
            self.tr(
                "Phones are off: turn them on, and the room joins with the QR code on the projector"
            )
        )
        self.count.hide()
        self.warning.hide()
        self.big_qr.setEnabled(False)
        self.cards_button.setEnabled(False)

    def show_on(self, url: str, code: str, phones: int, *, all_networks: bool) -> None:
        self._set_checked(self.toggle, True)
        self.status.setText(self.tr("%1 · room code %2").replace("%1", url).replace("%2", code))
        self.count.setText(self.tr("%n phone(s)", "", phones))
        self.count.setAccessibleName(self.count.text())
        self.count.show()
        self.warning.setVisible(all_networks)
        self.big_qr.setEnabled(True)
        self.cards_button.setEnabled(True)

    def show_queue(self, waiting: int, *, queue_mode: bool) -> None:
        self.queue_button.setText(self.tr("Queue: %1").replace("%1", str(waiting)))
        self.queue_button.setVisible(queue_mode or waiting > 0)
