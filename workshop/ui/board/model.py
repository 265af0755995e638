"""The board's view of one session: a cache of notes and clusters read through services.

Every change goes through a service call (wrapped in an undo command); the model then re-reads
what changed and tells the scene by signal. It never keeps data the library does not have.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop.errors import VerkstedError
from workshop.services import board as board_service
from workshop.services import notes as note_service
from workshop.services.dto import ClusterInfo, NoteInfo, SessionInfo
from workshop.services.library import Library
from workshop.services.sessions import get_session

# Up to this many notes changed elsewhere are shown one by one; more (or a quarter of the
# board) are shown as a new board.
REFRESH_ONE_BY_ONE = 200


class BoardModel(QObject):
    note_added = Signal(object)  # NoteInfo
    note_changed = Signal(object)  # NoteInfo
    note_removed = Signal(str)
    clusters_changed = Signal()
    reset = Signal()  # everything was read again: what shows it is built anew
    refreshed = Signal()  # another program's changes were signalled one by one (not a reset)
    session_changed = Signal(object)  # SessionInfo
    error = Signal(str)  # a message for the user, in their language

    def __init__(self, lib: Library, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.session_id = session_id
        self.session: SessionInfo = get_session(lib, session_id)
        self.notes: dict[str, NoteInfo] = {}
        self.clusters: dict[str, ClusterInfo] = {}
        self.conflicts: set[str] = set()  # notes whose text was changed apart on two computers
        self._seen_mark = 0  # the session's change mark when last read (or written) here
        self.refreshing = False  # True while another program's changes are being signalled
        self._principles: list[dict] | None = None
        self.load()

    def language(self) -> str:
        """The GUI's language, for messages and framework titles shown in it."""
        from workshop.ui.translation import current_ui_language

        return current_ui_language()

    def report_error(self, exc: VerkstedError) -> None:
        """A change was refused: say why (``error``), then show what the library holds."""
        self.error.emit(exc.message(self.language()))
        self.load()

    # --- reading ---
    def load(self) -> None:
        self._seen_mark = board_service.change_mark(self.lib, self.session_id)
        self.session = get_session(self.lib, self.session_id)
        self.notes = {n.id: n for n in note_service.list_notes(self.lib, self.session_id)}
        self.clusters = {c.id: c for c in board_service.list_clusters(self.lib, self.session_id)}
        self.conflicts = self._read_conflicts()
        self.reset.emit()

    def _read_conflicts(self) -> set[str]:
        from workshop.services.exchange import conflicted_note_ids

        return conflicted_note_ids(self.lib, self.session_id)

    def refresh_conflicts(self) -> None:
        """Re-read which notes have a text conflict; the notes whose state changed are redrawn."""
        before, self.conflicts = self.conflicts, self._read_conflicts()
        for note_id in before ^ self.conflicts:
            if note_id in self.notes:
                self.note_changed.emit(self.notes[note_id])

    def reload_if_changed(self) -> bool:
        """Show what another program (the command line) changed in this session since it was
        last read here: nothing when its change mark has not moved, else each note added,
        changed or gone is signalled on its own (the board keeps the rest as it is)."""
        mark = board_service.change_mark(self.lib, self.session_id)
        if mark == self._seen_mark:
            return False
        self._seen_mark = mark  # read before the rest: a change meanwhile is seen next time
        session = get_session(self.lib, self.session_id)
        notes = {n.id: n for n in note_service.list_notes(self.lib, self.session_id)}
        if any(n.x is None or n.y is None for n in notes.values()):
            # Notes added without a place (the command line): their free spots are stored
            # before the board shows them, so it need not look for spots itself.
            try:
                placed = board_service.place_new_notes(self.lib, self.session_id)
            except VerkstedError as exc:
                self.error.emit(exc.message(self.language()))
                placed = []
            if placed:
                self.mark_seen()
                for note in note_service.get_notes(self.lib, self.session_id, placed):
                    notes[note.id] = note
        clusters = {c.id: c for c in board_service.list_clusters(self.lib, self.session_id)}
        conflicts = self._read_conflicts()
        settled = conflicts ^ self.conflicts
        gone = self.notes.keys() - notes.keys()
        changed = [
            note
            for note_id, note in notes.items()
            if self.notes.get(note_id) != note or note_id in settled
        ]
        if len(gone) + len(changed) > max(REFRESH_ONE_BY_ONE, len(notes) // 4):
            # Most of the board changed (a tidy, a merge): shown as a new board, at once.
            self.session, self.notes, self.clusters = session, notes, clusters
            self.conflicts = conflicts
            self.reset.emit()
            return True
        old, self.notes = self.notes, notes
        self.refreshing = True
        try:
            for note_id in gone:
                self.note_removed.emit(note_id)
            if session != self.session:
                self.session = session
                self.session_changed.emit(session)
            if clusters != self.clusters:
                self.clusters = clusters
                self.clusters_changed.emit()
            self.conflicts = conflicts
            for note in changed:
                (self.note_changed if note.id in old else self.note_added).emit(note)
        finally:
            self.refreshing = False
        self.refreshed.emit()
        return True

    def mark_seen(self) -> None:
        """What this window just wrote is shown: no re-read for it when the window is
        activated again."""
        self._seen_mark = board_service.change_mark(self.lib, self.session_id)

    def reload_session(self) -> None:
        self.session = get_session(self.lib, self.session_id)
        self.session_changed.emit(self.session)
        self.mark_seen()

    def refresh_notes(self, note_ids) -> None:
        """Re-read the given notes after a change and signal what happened to each."""
        note_ids = list(note_ids)
        if self.conflicts.intersection(note_ids):  # a new text settles a conflict
            self.conflicts = self._read_conflicts()
        if len(note_ids) == 1:
            read = {note_ids[0]: note_service.get_note(self.lib, self.session_id, note_ids[0])}
        else:  # many at once (say, placed after an import): a few queries, not four per note
            read = {n.id: n for n in note_service.get_notes(self.lib, self.session_id, note_ids)}
        self.notes_written([read[note_id] for note_id in note_ids])

    def notes_written(self, notes: list[NoteInfo]) -> None:
        """Take notes as a service just wrote (or read) them and signal what happened to each."""
        for note in notes:
            known = note.id in self.notes
            if note.deleted:
                if known:
                    del self.notes[note.id]
                    self.note_removed.emit(note.id)
            elif known:
                self.notes[note.id] = note
                self.note_changed.emit(note)
            else:
                self.notes[note.id] = note
                self.note_added.emit(note)
        self.mark_seen()

    def refresh_clusters(self) -> None:
        self.clusters = {c.id: c for c in board_service.list_clusters(self.lib, self.session_id)}
        for note in list(self.notes.values()):
            if note.cluster_id is not None and note.cluster_id not in self.clusters:
                self.refresh_notes([note.id])
        self.clusters_changed.emit()
        self.mark_seen()

    def session_framework_principles(self) -> list[dict]:
        """The principles of the framework snapshot the session was created with."""
        if self._principles is None:
            from workshop.services.sessions import session_framework

            framework = session_framework(self.lib, self.session_id)
            self._principles = [
                {"number": p.number, "title": dict(p.title)} for p in framework.principles
            ]
        return self._principles

    def note(self, note_id: str) -> NoteInfo:
        return self.notes[note_id]
