"""4. The framework: Gran's Innovasjonsplakaten, or a framework file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from workshop.domain.framework import Framework, load_default_framework, load_framework
from workshop.errors import VerkstedError
from workshop.ui.widgets import error_label


class FrameworkPage(QWizardPage):
    """The framework file, validated at once; a broken one keeps Finish disabled."""

    def __init__(self, default_path: str, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworkPage")
        self.language = language
        self.setTitle(self.tr("Framework"))
        self.setSubTitle(
            self.tr("The principles and focus areas the notes of this session are linked to.")
        )
        self.setFinalPage(True)
        self.path: Path | None = None
        self.framework: Framework | None = None
        self.error = ""

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("frameworkPath")
        self.path_edit.setAccessibleName(self.tr("Framework file"))
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("C&hoose file…"), self)
        self.choose_button.setObjectName("chooseFrameworkButton")
        self.choose_button.setAccessibleName(self.tr("Choose a framework file"))
        self.builtin_button = QPushButton(self.tr("&Use the built-in"), self)
        self.builtin_button.setObjectName("builtinFrameworkButton")
        self.builtin_button.setAccessibleName(self.tr("Use the built-in framework"))
        for button in (self.choose_button, self.builtin_button):
            button.setAutoDefault(False)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("frameworkStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = error_label(self, "frameworkError")

        file_label = QLabel(self.tr("&Framework file:"), self)
        file_label.setBuddy(self.path_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.builtin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.path_edit)
        layout.addLayout(buttons)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self.choose_file)
        self.builtin_button.clicked.connect(lambda: self.set_path(None))
        self.set_path(Path(default_path).expanduser() if default_path.strip() else None)

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path is not None else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a framework file"),
            start,
            self.tr("Framework files (*.toml)"),
        )
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path | None) -> None:
        """Load and validate ``path`` (None: the built-in framework) and show the outcome."""
        self.path = path
        try:
            self.framework = load_default_framework() if path is None else load_framework(path)
            self.error = ""
        except VerkstedError as exc:
            self.framework = None
            self.error = exc.message(self.language)
        if path is None:
            name = self.framework.name[self.language] if self.framework else ""
            self.path_edit.setText(self.tr("%1 (built-in)").replace("%1", name))
        else:
            self.path_edit.setText(str(path))
        self.path_edit.setCursorPosition(0)
        self.builtin_button.setEnabled(path is not None)
        if self.framework is not None:
            fw = self.framework
            count = len(fw.principles)
            if count == 1:
                principles = self.tr("1 principle")
            else:
                principles = self.tr("%1 principles").replace("%1", str(count))
            self.status_label.setText(f"✓ {fw.name[self.language]}: {principles}")
            self.error_label.hide()
        else:
            self.status_label.setText(self.tr("This framework file cannot be used:"))
            self.error_label.setText(self.error)
            self.error_label.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.framework is not None
