"""The small dialog behind "Mobil": where to listen, and what happens to phone notes.

The address list comes from the laptop's own interfaces (the hotspot's or Wi-Fi's address first:
the default); listening on every network is a separate, explicit choice with a warning. The
session's choices (straight onto the board or a moderation queue, the word filter) are stored
with the session by the caller, as one undoable change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.server import network
from workshop.services.participation import PHONE_NOTE_MAX

ALL_NETWORKS = network.ALL_NETWORKS


@dataclass(frozen=True)
class PhoneSetup:
    host: str | None  # None: the default address (the hotspot's or Wi-Fi's)
    port: int
    auto_accept: bool
    word_filter: bool


class PhoneSetupDialog(QDialog):
    """Where phones connect, and whether their notes go straight onto the board."""

    def __init__(
        self,
        current: PhoneSetup,
        parent: QWidget | None = None,
        *,
        choices: list[network.HostChoice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phoneSetup")
        self.setWindowTitle(self.tr("Phones in the room"))
        self.choices = network.host_choices() if choices is None else choices
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Phones join over the laptop's hotspot or the room's Wi-Fi (a travel router). "
                "Choose the address of that network; nothing leaves the room."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.hosts = QListWidget(self)
        self.hosts.setObjectName("phoneHosts")
        self.hosts.setAccessibleName(self.tr("Address the phones connect to"))
        for index, choice in enumerate(self.choices):
            item = QListWidgetItem(self._choice_text(choice, default=index == 0), self.hosts)
            item.setData(Qt.ItemDataRole.UserRole, choice.address)
        every = QListWidgetItem(self.tr("Every network of this laptop (0.0.0.0)"), self.hosts)
        every.setData(Qt.ItemDataRole.UserRole, ALL_NETWORKS)
        every.setToolTip(self.tr("Anyone on any network this laptop is on can open the page."))
        wanted = current.host or (self.choices[0].address if self.choices else None)
        for row in range(self.hosts.count()):
            if self.hosts.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.hosts.setCurrentRow(row)
        if self.hosts.currentRow() < 0:
            self.hosts.setCurrentRow(0)
        self.hosts.setMaximumHeight(self.hosts.sizeHintForRow(0) * min(6, self.hosts.count()) + 8)
        layout.addWidget(QLabel(self.tr("Listen on"), self))
        layout.addWidget(self.hosts)
        self.warning = QLabel(
            self.tr(
                "Every network: phones on any network this laptop is on, also a public one, "
                "can open the page. The run view says so while it lasts."
            ),
            self,
        )
        self.warning.setObjectName("phoneAllNetworksWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8A1C1C; font-weight: bold;")
        layout.addWidget(self.warning)
        self.hosts.currentRowChanged.connect(self._show_warning)
        self._show_warning()

        form = QFormLayout()
        self.port = QSpinBox(self)
        self.port.setObjectName("phonePort")
        self.port.setRange(0, 65535)
        self.port.setValue(current.port)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setAccessibleName(self.tr("Port"))
        form.addRow(self.tr("Port"), self.port)
        layout.addLayout(form)

        self.board = QRadioButton(self.tr("Straight onto the board"), self)
        self.board.setObjectName("phoneStraight")
        self.queue = QRadioButton(
            self.tr("Into a queue: I approve, edit or reject each note"), self
        )
        self.queue.setObjectName("phoneQueueMode")
        group = QButtonGroup(self)
        group.addButton(self.board)
        group.addButton(self.queue)
        (self.board if current.auto_accept else self.queue).setChecked(True)
        layout.addWidget(QLabel(self.tr("Notes from phones go"), self))
        layout.addWidget(self.board)
        layout.addWidget(self.queue)
        self.word_filter = QCheckBox(
            self.tr("Refuse notes with a word from the bokmål word list (abuse and slurs)"), self
        )
        self.word_filter.setObjectName("phoneWordFilter")
        self.word_filter.setChecked(current.word_filter)
        layout.addWidget(self.word_filter)
        cap = QLabel(
            self.tr("A note from a phone can be up to %1 characters.").replace(
                "%1", str(PHONE_NOTE_MAX)
            ),
            self,
        )
        cap.setObjectName("phoneLengthCap")
        layout.addWidget(cap)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.hosts.setFocus()

    def _choice_text(self, choice: network.HostChoice, *, default: bool) -> str:
        kinds = {
            "hotspot": self.tr("hotspot"),
            "network": self.tr("local network"),
            "loopback": self.tr("this computer only, for a try-out"),
        }
        parts = [choice.address]
        if choice.interface:
            parts.append(choice.interface)
        text = " – ".join(parts) + f" ({kinds.get(choice.kind, choice.kind)})"
        if default and choice.kind != "loopback":
            text += " – " + self.tr("recommended")
        return text

    def _show_warning(self, *_args) -> None:
        self.warning.setVisible(self.chosen_host() == ALL_NETWORKS)

    def chosen_host(self) -> str | None:
        item = self.hosts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def setup(self) -> PhoneSetup:
        return PhoneSetup(
            host=self.chosen_host(),
            port=self.port.value(),
            auto_accept=self.board.isChecked(),
            word_filter=self.word_filter.isChecked(),
        )
