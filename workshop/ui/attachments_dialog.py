"""Photos of the wall or flipcharts attached to a session: add, caption, link to a step, remove.

Every change is saved at once through :mod:`workshop.services.attachments`; the photos appear in
the appendix of the minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import VerkstedError
from workshop.services import attachments as photo_service

THUMB = QSize(144, 108)
ID_ROLE = Qt.ItemDataRole.UserRole


def thumbnail(data: bytes, size: QSize = THUMB) -> QPixmap:
    """The photo scaled into ``size`` and centred on a light background of exactly that size."""
    canvas = QPixmap(size)
    canvas.fill(Qt.GlobalColor.transparent)
    image = QImage.fromData(data)
    if image.isNull():
        return canvas
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter = QPainter(canvas)
    painter.drawImage(
        (size.width() - scaled.width()) // 2, (size.height() - scaled.height()) // 2, scaled
    )
    painter.end()
    return canvas


class PhotosDialog(QDialog):
    """The session's photos as a list of thumbnails; the selected one can be edited below."""

    def __init__(self, lib, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from workshop.services.sessions import get_session

        self.lib = lib
        self.session_id = session_id
        self.session = get_session(lib, session_id)
        self._photos: dict[str, photo_service.PhotoInfo] = {}
        self._loading = False
        self.setObjectName("photosDialog")
        self.setWindowTitle(self.tr("Photos – %1").replace("%1", self.session.title))
        self.resize(640, 560)

        intro = QLabel(
            self.tr(
                "Photos of the wall or a flipchart. They are kept with the session and appear "
                "in the appendix of the minutes. Location and camera details are removed."
            )
        )
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setObjectName("photoList")
        self.list.setIconSize(THUMB)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._show_current)
        self.empty = QLabel(self.tr("No photos yet. Add photos of the wall or the flipcharts."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.caption = QLineEdit()
        self.caption.setObjectName("captionEdit")
        self.caption.setMaxLength(photo_service.CAPTION_MAX_LENGTH)
        self.caption.setPlaceholderText(self.tr("What the photo shows"))
        self.caption.editingFinished.connect(self._save_caption)
        self.step = QComboBox()
        self.step.setObjectName("stepCombo")
        self.step.addItem(self.tr("The whole session"), None)
        for s in self.session.steps:
            self.step.addItem(f"{s.position}. {s.title}", s.id)
        self.step.currentIndexChanged.connect(self._save_step)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Caption:"), self.caption)
        form.addRow(self.tr("S&tep:"), self.step)

        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.add_button.setObjectName("addPhotosButton")
        self.add_button.clicked.connect(self.add_photos)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removePhotoButton")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.reload()

    # --- showing ---
    def _step_label(self, info: photo_service.PhotoInfo) -> str:
        step = self.session.step_by_id(info.step_id)
        if step is None:
            return self.tr("The whole session")
        return self.tr("Step %1").replace("%1", f"{step.position}. {step.title}")

    def _item_text(self, info: photo_service.PhotoInfo) -> str:
        caption = info.caption or self.tr("(no caption)")
        size = self.tr("%1 × %2 px, %3 kB").replace("%1", str(info.width))
        size = size.replace("%2", str(info.height)).replace("%3", str(round(info.size / 1024)))
        return f"{caption}\n{self._step_label(info)}\n{size}"

    def reload(self, select: str | None = None) -> None:
        """Fill the list from the library, keeping (or moving to) a selected photo."""
        if select is None and self.list.currentItem() is not None:
            select = self.list.currentItem().data(ID_ROLE)
        self._loading = True
        try:
            self.list.clear()
            self._photos = {p.id: p for p in photo_service.list_photos(self.lib, self.session_id)}
            for info in self._photos.values():
                data = photo_service.get_photo_bytes(self.lib, info.id)
                pixmap = thumbnail(data)
                icon = QIcon(pixmap)
                icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the photo as it is, not tinted
                item = QListWidgetItem(icon, self._item_text(info))
                item.setData(ID_ROLE, info.id)
                item.setToolTip(info.caption)
                self.list.addItem(item)
                if info.id == select:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
        finally:
            self._loading = False
        has = bool(self._photos)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self._show_current()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_current(self, *_args) -> None:
        info = self._photos.get(self.current_id() or "")
        self.editor.setEnabled(info is not None)
        self.remove_button.setEnabled(info is not None)
        self._loading, was = True, self._loading
        try:
            self.caption.setText(info.caption if info else "")
            index = self.step.findData(info.step_id) if info and info.step_id else 0
            self.step.setCurrentIndex(max(index, 0))
        finally:
            self._loading = was

    def _refresh_item(self, photo_id: str) -> None:
        photos = {p.id: p for p in photo_service.list_photos(self.lib, self.session_id)}
        self._photos = photos
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == photo_id and photo_id in photos:
                item.setText(self._item_text(photos[photo_id]))
                item.setToolTip(photos[photo_id].caption)

    # --- changing ---
    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Photos"), message)

    def _language(self) -> str:
        from workshop.ui.translation import current_ui_language

        return current_ui_language()

    def choose_files(self) -> list[str]:
        """Ask for image files (a seam for tests)."""
        patterns = " ".join(photo_service.FILE_PATTERNS)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (%1)").replace("%1", patterns)
        )
        return files

    def add_photos(self) -> list[str]:
        """Add the chosen files to the selected step (if any); report the ones refused."""
        files = self.choose_files()
        if not files:
            return []
        step_id = None
        current = self._photos.get(self.current_id() or "")
        if current is not None:
            step_id = current.step_id  # photos of one step usually come together
        added: list[str] = []
        problems: list[str] = []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in files:
                try:
                    added.append(
                        photo_service.add_photo(self.lib, self.session_id, path, step_id=step_id)
                    )
                except VerkstedError as exc:
                    problems.append(exc.message(self._language()))
                QApplication.processEvents()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reload(select=added[-1] if added else None)
        if problems:
            self._warn("\n".join(problems))
        return added

    def _save_caption(self) -> None:
        photo_id = self.current_id()
        if self._loading or photo_id is None:
            return
        text = self.caption.text()
        if text.strip() == self._photos[photo_id].caption:
            return
        try:
            photo_service.set_caption(self.lib, photo_id, text)
        except VerkstedError as exc:
            self._warn(exc.message(self._language()))
            return
        self._refresh_item(photo_id)

    def _save_step(self) -> None:
        photo_id = self.current_id()
        if self._loading or photo_id is None:
            return
        try:
            photo_service.set_photo_step(self.lib, photo_id, self.step.currentData())
        except VerkstedError as exc:
            self._warn(exc.message(self._language()))
            return
        self._refresh_item(photo_id)

    def remove_current(self) -> bool:
        photo_id = self.current_id()
        if photo_id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove photo"),
            self.tr("Remove this photo from the session? It cannot be brought back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        row = self.list.currentRow()
        try:
            photo_service.delete_photo(self.lib, photo_id)
        except VerkstedError as exc:
            self._warn(exc.message(self._language()))
            return False
        self.reload(select="")
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        return True

    def done(self, result: int) -> None:
        self._save_caption()  # a caption typed but not yet confirmed is kept
        super().done(result)
