"""Text conflicts: notes whose text was changed on two computers before their files met.

Each such note keeps every version. The dialog lists the notes, shows every version in full with
where and when it was written, and saves the text the facilitator keeps as a new version over
all of them (earlier versions stay in the history). Enter saves; Shift+Enter breaks the line.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import VerkstedError

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 60


class ResolvedTextEdit(QPlainTextEdit):
    """The text to keep: Enter saves, Shift+Enter breaks the line, Tab moves on."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def stamp_time(stamp: str) -> QDateTime | None:
    """The local time in a version stamp (``<ms since epoch>.<counter>.<device id>``)."""
    try:
        ms = int(stamp.split(".", 1)[0])
    except (ValueError, AttributeError):
        return None
    return QDateTime.fromMSecsSinceEpoch(ms).toLocalTime()


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class ConflictsDialog(QDialog):
    """The session's text conflicts; ``resolved(note_id)`` after each saved text."""

    resolved = Signal(str)

    def __init__(self, lib, session_id: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.lib, self.session_id, self.language = lib, session_id, language
        self.conflicts: list = []
        self._shown: str | None = None  # the note whose versions are shown
        self.version_widgets: list[tuple[QPlainTextEdit, QPushButton]] = []
        self.setWindowTitle(self._title())

        self.intro = QLabel(
            self.tr(
                "These notes were changed on two computers before their session files met. "
                "Choose a version, or write the text to keep, and save it. "
                "Every version stays in the note's history."
            ),
            self,
        )
        self.intro.setWordWrap(True)

        self.empty_label = QLabel(self.tr("No text conflicts in this session."), self)
        self.empty_label.setObjectName("noConflictsLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Notes with a text conflict"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.versions = QWidget(self)
        self.versions_layout = QVBoxLayout(self.versions)
        self.versions_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.versions)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor = ResolvedTextEdit(self)
        self.editor.setObjectName("conflictText")
        self.editor.setAccessibleName(self.tr("Text to keep"))
        self.editor.submitted.connect(self.save)
        editor_label = QLabel(self.tr("&Text to keep (Enter saves, Shift+Enter breaks the line):"))
        editor_label.setBuddy(self.editor)
        editor_label.setWordWrap(True)

        detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.scroll, 3)
        right.addWidget(editor_label)
        right.addWidget(self.editor, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 640])

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.splitter)

        self.status = QLabel(self)
        self.status.setObjectName("conflictStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save text"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setObjectName("saveConflictButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(920, 600)
        self.reload()

    def _title(self) -> str:
        from workshop.services.sessions import get_session

        try:
            title = get_session(self.lib, self.session_id).title
        except VerkstedError:
            return self.tr("Text conflicts")
        return self.tr("Text conflicts – %1").replace("%1", title)

    # --- data ---
    def reload(self, select_row: int = 0) -> None:
        from workshop.services.exchange import list_conflicts

        try:
            self.conflicts = list_conflicts(self.lib, self.session_id)
        except VerkstedError as exc:
            self.conflicts = []
            self.status.setText(exc.message(self.language))
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            newest = conflict.heads[0].text if conflict.heads else ""
            item = QListWidgetItem(
                self.tr("#%1  %2").replace("%1", str(conflict.seq)).replace("%2", preview(newest))
            )
            item.setData(NOTE_ID_ROLE, conflict.note_id)
            item.setToolTip(newest)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = bool(self.conflicts)
        self.pages.setCurrentIndex(1 if has else 0)
        self.intro.setVisible(has)
        self.save_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(min(max(select_row, 0), len(self.conflicts) - 1))
            if self._shown != self.current_conflict().note_id:
                self._show_current()
        else:
            self._clear_versions()
            self.close_button.setFocus()

    def current_conflict(self):
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    # --- showing one note ---
    def _clear_versions(self) -> None:
        while self.versions_layout.count():
            item = self.versions_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted once its events are done
                widget.deleteLater()
        self.version_widgets = []

    def _show_current(self) -> None:
        conflict = self.current_conflict()
        self._clear_versions()
        self._shown = conflict.note_id if conflict is not None else None
        if conflict is None:
            self.heading.clear()
            self.editor.clear()
            return
        self.heading.setText(
            self.tr("Note #%1 has %n version(s):", "", len(conflict.heads)).replace(
                "%1", str(conflict.seq)
            )
        )
        for number, version in enumerate(conflict.heads, start=1):
            self.versions_layout.addWidget(self._version_frame(number, version))
        self.versions_layout.addStretch(1)
        self.editor.setPlainText(conflict.heads[0].text if conflict.heads else "")
        self._tab_order()

    def _version_frame(self, number: int, version) -> QFrame:
        frame = QFrame(self.versions)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName("conflictVersion")
        label = QLabel(self._describe(number, version), frame)
        label.setObjectName("versionLabel")
        label.setWordWrap(True)
        text = QPlainTextEdit(version.text, frame)
        text.setObjectName("versionText")
        text.setReadOnly(True)
        text.setTabChangesFocus(True)
        text.setAccessibleName(self.tr("Version %1").replace("%1", str(number)))
        lines = max(2, min(6, version.text.count("\n") + 2))
        text.setFixedHeight(QFontMetrics(text.font()).lineSpacing() * lines + 14)
        use = QPushButton(self.tr("Use this version"), frame)
        use.setObjectName("useVersionButton")
        use.setAccessibleName(self.tr("Use version %1").replace("%1", str(number)))
        use.setAutoDefault(False)
        use.clicked.connect(lambda _=False, t=version.text: self.use_version(t))
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(use, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(frame)
        box.addLayout(row)
        box.addWidget(text)
        self.version_widgets.append((text, use))
        return frame

    def _describe(self, number: int, version) -> str:
        when = stamp_time(version.stamp)
        shown = QLocale().toString(when, QLocale.FormatType.ShortFormat) if when else "?"
        if version.device_id == self.lib.device_id:
            where = self.tr("this computer")
        else:
            where = self.tr("another computer (%1)").replace("%1", version.device_id[:8])
        text = (
            self.tr("Version %1, %2 on %3")
            .replace("%1", str(number))
            .replace("%2", shown)
            .replace("%3", where)
        )
        if number == 1:
            text += " " + self.tr("(the newest)")
        return text

    def _tab_order(self) -> None:
        chain: list[QWidget] = [self.list]
        for text, use in self.version_widgets:
            chain += [use, text]
        chain += [self.editor, self.save_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- actions ---
    def use_version(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.editor.setFocus()
        self.editor.selectAll()

    def save(self) -> bool:
        """Keep the editor's text for the selected note; the next conflict is shown."""
        from workshop.services.exchange import resolve_conflict

        conflict = self.current_conflict()
        if conflict is None:
            return False
        row = self.list.currentRow()
        try:
            resolve_conflict(self.lib, self.session_id, conflict.note_id, self.editor.toPlainText())
        except VerkstedError as exc:
            QMessageBox.warning(self, self.tr("Text not saved"), exc.message(self.language))
            return False
        self.resolved.emit(conflict.note_id)
        self.reload(row)
        left = len(self.conflicts)
        message = self.tr("Saved the text of note #%1.").replace("%1", str(conflict.seq))
        if left:
            message += " " + self.tr("%n conflict(s) left.", "", left)
            self.editor.setFocus()
        else:
            message += " " + self.tr("All conflicts are resolved.")
        self.status.setText(message)
        return True
