"""Settings: language, font size, default framework file, default participant groups, and the
team server (its address without a password, and whether to sync on open and close)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.i18n import LANGUAGE_NAMES, LANGUAGES
from workshop.ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings

        self.language = QComboBox(self)
        self.language.setObjectName("languageSetting")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui/language"))))

        self.font_size = QDoubleSpinBox(self)
        self.font_size.setObjectName("fontSizeSetting")
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.font_size.setRange(0, 40)
        self.font_size.setDecimals(0)
        self.font_size.setSuffix(" pt")
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setValue(settings.get("ui/font_size"))

        self.framework = QLineEdit(settings.get("sessions/default_framework"), self)
        self.framework.setObjectName("frameworkSetting")
        self.framework.setAccessibleName(self.tr("Default framework file"))
        self.framework.setPlaceholderText(self.tr("Built in: Innovasjonsplakaten – Gran kommune"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose a framework file"))
        browse.clicked.connect(self._browse)
        framework_row = QHBoxLayout()
        framework_row.addWidget(self.framework, 1)
        framework_row.addWidget(browse)
        self.framework_error = QLabel(self)
        self.framework_error.setObjectName("frameworkError")
        self.framework_error.setWordWrap(True)
        self.framework_error.setStyleSheet("color: #B3261E;")
        self.framework_error.hide()

        self.groups = QLineEdit(", ".join(settings.get("sessions/default_groups")), self)
        self.groups.setObjectName("groupsSetting")
        self.groups.setAccessibleName(self.tr("Default participant groups"))
        self.groups.setToolTip(self.tr("Separate the groups with commas"))

        self.team_url = QLineEdit(settings.get("team/url"), self)
        self.team_url.setObjectName("teamUrlSetting")
        self.team_url.setAccessibleName(self.tr("Team server"))
        self.team_url.setPlaceholderText("postgresql://kari@server.gran.kommune.no/verksted")
        self.team_url.setToolTip(
            self.tr(
                "The address of the team library on the municipality's PostgreSQL server. "
                "The password is not stored here: it comes from ~/.pgpass, or is asked for."
            )
        )
        self.team_sync = QCheckBox(self.tr("Sync when Verksted &opens and closes"), self)
        self.team_sync.setObjectName("teamSyncSetting")
        self.team_sync.setChecked(settings.get("team/sync_on_open_close"))
        self.team_error = QLabel(self)
        self.team_error.setObjectName("teamUrlError")
        self.team_error.setWordWrap(True)
        self.team_error.setStyleSheet("color: #B3261E;")
        self.team_error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Font size:"), self.font_size)
        framework_label = QLabel(self.tr("Default &framework:"), self)
        framework_label.setBuddy(self.framework)  # a row of widgets gets no buddy by itself
        form.addRow(framework_label, framework_row)
        form.addRow("", self.framework_error)
        form.addRow(self.tr("Default participant &groups:"), self.groups)
        form.addRow(self.tr("&Team server:"), self.team_url)
        form.addRow("", self.team_error)
        form.addRow("", self.team_sync)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a framework file"),
            self.framework.text(),
            self.tr("Framework files (*.toml)"),
        )
        if path:
            self.framework.setText(path)

    def _show_error(self, label: QLabel, message: str) -> None:
        """A message under its field, in the GUI's language; the dialog grows to show it whole."""
        label.setText(message)
        label.show()
        self.layout().activate()
        self.resize(
            self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width()))
        )

    def accept(self) -> None:
        from pathlib import Path

        from workshop.domain.framework import load_framework
        from workshop.errors import VerkstedError
        from workshop.ui.translation import current_ui_language

        path = self.framework.text().strip()
        if path:
            try:
                load_framework(Path(path))
            except VerkstedError as exc:
                self._show_error(self.framework_error, exc.message(current_ui_language()))
                return
        team_url = self.team_url.text().strip()
        if team_url:
            from workshop.services.sync import clean_team_url

            try:
                team_url = clean_team_url(team_url)  # checked, and never with a password
            except VerkstedError as exc:
                self._show_error(self.team_error, exc.message(current_ui_language()))
                return
        self.settings.set("team/url", team_url)
        self.settings.set("team/sync_on_open_close", self.team_sync.isChecked())
        self.settings.set("ui/language", self.language.currentData())
        self.settings.set("ui/font_size", float(self.font_size.value()))
        self.settings.set("sessions/default_framework", path)
        groups = [g.strip() for g in self.groups.text().split(",") if g.strip()]
        self.settings.set("sessions/default_groups", list(dict.fromkeys(groups)))
        super().accept()
