"""Moving a session between computers: export it to a ``.verksted`` file, import one.

Both run on the UI thread behind a wait cursor: packing a session, or a dry run of an import,
takes well under two seconds even for ten thousand notes. An import is always tried as a dry run
first, so the question shows exactly what would happen; a file that cannot be read leaves the
library as it was (the services guarantee that).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from workshop.errors import VerkstedError
from workshop.export.formats import file_name_part
from workshop.filetypes import SESSION_FILE_SUFFIX

FOLDER_KEY = "files/session_folder"


def session_file_name(session) -> str:
    """``YYYY-MM-DD_<title>.verksted`` without control characters or characters that file
    systems dislike."""
    day = (session.date or date.today()).isoformat()
    return f"{day}_{file_name_part(session.title)}{SESSION_FILE_SUFFIX}"


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@dataclass(frozen=True)
class Imported:
    """What an import did (the services' MergeSummary) and the file it came from."""

    summary: object  # workshop.services.exchange.MergeSummary
    path: Path


class SessionFiles(QObject):
    """The export and import flows, with their questions; ``parent`` owns the dialogs."""

    def __init__(self, parent: QWidget, lib, settings, language: str) -> None:
        super().__init__()
        self.parent_widget = parent
        self.lib = lib
        self.settings = settings
        self.language = language

    # --- folders ---
    def folder(self) -> Path:
        """The folder last used for a session file (the home folder at first)."""
        saved = self.settings.get(FOLDER_KEY) if self.settings is not None else ""
        folder = Path(saved) if saved else Path.home()
        return folder if folder.is_dir() else Path.home()

    def remember_folder(self, path: Path) -> None:
        if self.settings is not None:
            self.settings.set(FOLDER_KEY, str(path.parent))

    def file_filter(self) -> str:
        return self.tr("Verksted sessions (*.verksted)")

    # --- export ---
    def export(self, session_id: str):
        """Ask where, then write the session; the services' PackResult, or None."""
        from workshop.services.exchange import pack_session
        from workshop.services.sessions import get_session

        try:
            session = get_session(self.lib, session_id)
        except VerkstedError as exc:
            self.error(self.tr("The session was not exported"), exc.message(self.language))
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export session"),
            str(self.folder() / session_file_name(session)),
            self.file_filter(),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SESSION_FILE_SUFFIX:
            path = path.with_name(path.name + SESSION_FILE_SUFFIX)
        self.remember_folder(path)
        try:
            with wait_cursor():
                return pack_session(self.lib, session_id, path)
        except VerkstedError as exc:
            self.error(self.tr("The session was not exported"), exc.message(self.language))
        except OSError as exc:
            self.error(self.tr("The session was not exported"), f"{path}: {exc.strerror or exc}")
        return None

    # --- import ---
    def choose_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import session"), str(self.folder()), self.file_filter()
        )
        return Path(chosen) if chosen else None

    def import_file(self, path: Path | str | None = None) -> Imported | None:
        """Show what the file would change, ask, then merge it; None when nothing was done."""
        from workshop.services.exchange import PurgedSessionError, unpack_session

        path = Path(path) if path is not None else self.choose_file()
        if path is None:
            return None
        self.remember_folder(path)
        try:
            with wait_cursor():
                preview = unpack_session(self.lib, path, dry_run=True)
        except PurgedSessionError as exc:
            if not self.confirm_purged(exc):
                return None
            return self._unpack(path, allow_purged=True)
        except VerkstedError as exc:
            self.error(self.tr("The session was not imported"), exc.message(self.language))
            return None
        except OSError as exc:
            self.error(self.tr("The session was not imported"), f"{path}: {exc.strerror or exc}")
            return None
        if not preview.changed:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Nothing to import"),
                self.tr("“%1” is already up to date in this library; nothing was changed.").replace(
                    "%1", preview.title
                ),
            )
            return None
        if not self.confirm(
            QMessageBox.Icon.Question,
            self.tr("Import session"),
            self.tr("Import “%1” from %2?").replace("%1", preview.title).replace("%2", path.name),
            self.summary_text(preview),
            self.tr("&Import"),
        ):
            return None
        return self._unpack(path)

    def _unpack(self, path: Path, *, allow_purged: bool = False) -> Imported | None:
        from workshop.services.exchange import unpack_session

        try:
            with wait_cursor():
                summary = unpack_session(self.lib, path, allow_purged=allow_purged)
        except VerkstedError as exc:
            self.error(self.tr("The session was not imported"), exc.message(self.language))
            return None
        except OSError as exc:
            self.error(self.tr("The session was not imported"), f"{path}: {exc.strerror or exc}")
            return None
        return Imported(summary, path)

    def summary_text(self, summary) -> str:
        """What an import would do, one line each, for the question before it."""
        if summary.new_session:
            what = self.tr("A new session in this library.")
        else:
            what = self.tr("The session is already here; the file is merged into it.")
        notes = (
            self.tr("Notes: %1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(summary.notes.new))
            .replace("%2", str(summary.notes.updated))
            .replace("%3", str(summary.notes.unchanged))
        )
        other = (
            self.tr("Steps, clusters, tags, actions and more: %1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(summary.other.new))
            .replace("%2", str(summary.other.updated))
            .replace("%3", str(summary.other.unchanged))
        )
        if summary.conflicts:
            conflicts = self.tr(
                "%n note(s) will have a text conflict to resolve afterwards.", "", summary.conflicts
            )
        else:
            conflicts = self.tr("No text conflicts.")
        return "\n".join((what, notes, other, conflicts))

    def confirm_purged(self, exc) -> bool:
        """The file holds a session deleted for good here: bring it back only on a clear yes."""
        day = QDate.fromString(str(exc.params.get("date", "")), Qt.DateFormat.ISODate)
        shown = (
            QLocale().toString(day, QLocale.FormatType.LongFormat)
            if day.isValid()
            else str(exc.params.get("date", ""))
        )
        return self.confirm(
            QMessageBox.Icon.Warning,
            self.tr("Deleted for good"),
            self.tr("The session “%1” was deleted for good here on %2.")
            .replace("%1", str(exc.params.get("title", "")))
            .replace("%2", shown),
            self.tr(
                "Import it from the file anyway? It comes back as it is in the file, "
                "and it will be in the automatic backups again."
            ),
            self.tr("&Bring it back"),
            default_accept=False,
        )

    # --- dialogs (tests replace confirm and the static QMessageBox calls) ---
    def confirm(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        details: str,
        accept_text: str,
        *,
        default_accept: bool = True,
    ) -> bool:
        box, accept = self.question_box(icon, title, text, details, accept_text, default_accept)
        box.exec()
        accepted = box.clickedButton() is accept
        box.deleteLater()
        return accepted

    def question_box(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        details: str,
        accept_text: str,
        default_accept: bool = True,
    ):
        """A message box with the given accept button and Cancel; (box, accept button)."""
        box = QMessageBox(
            icon, title, text, QMessageBox.StandardButton.NoButton, self.parent_widget
        )
        box.setInformativeText(details)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept if default_accept else cancel)
        box.setEscapeButton(cancel)
        return box, accept

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent_widget, title, message)
