"""The main window: the list of sessions ("Økter")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop import __version__
from workshop.ui.session_model import SessionTableModel


class MainWindow(QMainWindow):
    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self.library_path = library_path
        self.lib = None
        self.setWindowTitle(self.tr("Verksted – Sessions"))
        self.resize(1000, 620)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(self.tr("Sessions"), central)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.status_label = QLabel(self.tr("Opening the library…"), central)
        self.status_label.setObjectName("libraryStatus")
        layout.addWidget(self.status_label)

        self.model = SessionTableModel(self)
        self.table = QTableView(central)
        self.table.setObjectName("sessionList")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.demo_button = QPushButton(self.tr("Create the demo session"), central)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAccessibleName(self.tr("Create the demo session"))
        self.demo_button.clicked.connect(self.create_demo)
        self.demo_button.hide()
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Verksted"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def open_library(self) -> bool:
        """Open the library after the window is painted (SQLAlchemy's import is the slow part)."""
        from workshop.errors import VerkstedError
        from workshop.services.library import open_library

        try:
            self.lib = open_library(self.library_path)
        except VerkstedError as exc:
            self.status_label.setText(exc.message(self._language()))
            QMessageBox.critical(
                self, self.tr("Cannot open the library"), exc.message(self._language())
            )
            return False
        self.refresh()
        return True

    def _language(self) -> str:
        from workshop.i18n import system_language

        return system_language()

    def refresh(self) -> None:
        from workshop.services.sessions import list_sessions

        if self.lib is None:
            return
        sessions = list_sessions(self.lib)
        self.model.set_sessions(sessions)
        if sessions:
            self.status_label.setText(self.tr("%n session(s)", "", len(sessions)))
        else:
            self.status_label.setText(
                self.tr("No sessions yet. Create the demo session to look around.")
            )
        self.demo_button.setVisible(not sessions)

    def create_demo(self) -> None:
        from workshop.services.demo import create_demo

        if self.lib is not None:
            create_demo(self.lib)
            self.refresh()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Verksted"),
            self.tr(
                "Verksted %1\n\nWorkshops and citizen participation, with minutes.\nLicence: MIT."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event) -> None:
        if self.lib is not None:
            self.lib.close()
        super().closeEvent(event)
