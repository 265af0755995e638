"""The main window: the list of sessions ("Økter") and, for one session, run mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop import __version__
from workshop.ui.session_model import SESSION_ID_ROLE, SessionTableModel


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, library_path: Path, *, run_session: str | None = None) -> None:
        super().__init__()
        self.library_path = Path(library_path)
        self.run_session_ref = run_session
        self.lib = None
        self.lock: QLockFile | None = None
        self.run_view = None
        self._painted = False
        self.setWindowTitle(self.tr("Verksted – Sessions"))
        self.resize(1280, 800)

        self.stack = QStackedWidget(self)
        self.sessions_page = self._build_sessions_page()
        self.stack.addWidget(self.sessions_page)
        self.setCentralWidget(self.stack)
        self._build_menus()
        QApplication.instance().installEventFilter(self)

    def _build_sessions_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.heading = QLabel(self.tr("Sessions"), page)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        self.status_label = QLabel(self.tr("Opening the library…"), page)
        self.status_label.setObjectName("libraryStatus")
        layout.addWidget(self.status_label)

        self.model = SessionTableModel(self)
        self.table = QTableView(page)
        self.table.setObjectName("sessionList")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)

        self.run_button = QPushButton(self.tr("Run the selected session"), page)
        self.run_button.setObjectName("runSessionButton")
        self.run_button.setAccessibleName(self.tr("Run the selected session"))
        self.run_button.clicked.connect(self._open_selected)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.demo_button = QPushButton(self.tr("Create the demo session"), page)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAccessibleName(self.tr("Create the demo session"))
        self.demo_button.clicked.connect(self.create_demo)
        self.demo_button.hide()
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.back_action = QAction(self.tr("&Back to sessions"), self)
        self.back_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.back_action.setEnabled(False)
        self.back_action.triggered.connect(self.close_run)
        file_menu.addAction(self.back_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcuts(
            [QKeySequence("Ctrl+Q"), QKeySequence(QKeySequence.StandardKey.Quit)]
        )
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Verksted"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # --- library ---
    def _language(self) -> str:
        from workshop.i18n import system_language

        return system_language()

    def acquire_lock(self) -> bool:
        """One window per library; a lock left by a killed process is taken over."""
        self.library_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.library_path) + ".lock")
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(200):
            # PySide6 returns (pid, host, app), without C++'s bool; a pid of 0 means unknown.
            *_ok, pid, host, _app = lock.getLockInfo()
            detail = (
                self.tr("process %1 on %2").replace("%1", str(pid)).replace("%2", host)
                if pid
                else ""
            )
            QMessageBox.critical(
                self,
                self.tr("The library is open elsewhere"),
                self.tr(
                    "This library is already open in another Verksted window (%1). "
                    "Close that window first; nothing has been changed here."
                ).replace("%1", detail),
            )
            return False
        self.lock = lock
        return True

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
        if self.run_session_ref:
            from workshop.services.sessions import resolve_session

            try:
                session_id = resolve_session(self.lib, self.run_session_ref)
            except VerkstedError as exc:
                QMessageBox.warning(
                    self, self.tr("Cannot open the session"), exc.message(self._language())
                )
                return True
            self.open_run(session_id)
        return True

    def start(self) -> bool:
        """Lock and open the library; False when the app should quit."""
        return self.acquire_lock() and self.open_library()

    def refresh(self) -> None:
        from workshop.services.sessions import list_sessions

        if self.lib is None:
            return
        sessions = list_sessions(self.lib)
        self.model.set_sessions(sessions)
        if sessions:
            self.status_label.setText(self.tr("%n session(s)", "", len(sessions)))
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
        else:
            self.status_label.setText(
                self.tr("No sessions yet. Create the demo session to look around.")
            )
        self.demo_button.setVisible(not sessions)
        self.run_button.setEnabled(bool(sessions))

    def create_demo(self) -> None:
        from workshop.services.demo import create_demo

        if self.lib is not None:
            create_demo(self.lib)
            self.refresh()

    # --- run mode ---
    def _open_index(self, index) -> None:
        session_id = index.data(SESSION_ID_ROLE) or self.model.index(index.row(), 0).data(
            SESSION_ID_ROLE
        )
        if session_id:
            self.open_run(session_id)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def open_run(self, session_id: str):
        from workshop.ui.run.run_view import RunView

        self.close_run()
        self.run_view = RunView(self.lib, session_id, self)
        self.stack.addWidget(self.run_view)
        self.stack.setCurrentWidget(self.run_view)
        self.setWindowTitle(
            self.tr("Verksted – %1").replace("%1", self.run_view.model.session.title)
        )
        self.back_action.setEnabled(True)
        self.run_view.board.fit()
        self.run_view.focus_capture()
        return self.run_view

    def close_run(self) -> None:
        if self.run_view is None:
            return
        self.run_view.stop()
        self.stack.removeWidget(self.run_view)
        self.run_view.deleteLater()
        self.run_view = None
        self.back_action.setEnabled(False)
        self.setWindowTitle(self.tr("Verksted – Sessions"))
        self.stack.setCurrentWidget(self.sessions_page)
        self.refresh()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ApplicationActivate and self.lib is not None:
            if self.run_view is not None:
                self.run_view.refresh_from_library()
            else:
                self.refresh()
        return False

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Verksted"),
            self.tr(
                "Verksted %1\n\nWorkshops and citizen participation, with minutes.\nLicence: MIT."
            ).replace("%1", __version__),
        )

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Let this paint reach the screen before the library (and SQLAlchemy) is loaded.
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event) -> None:
        if self.run_view is not None:
            self.run_view.stop()
        QApplication.instance().removeEventFilter(self)
        if self.lib is not None:
            self.lib.close()
            self.lib = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
        super().closeEvent(event)
