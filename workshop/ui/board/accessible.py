"""The board for screen readers: every note and every cluster on the board is an accessible
object, with the note's text as its name and its step, cluster, principles and votes as its
description, so Orca (over AT-SPI) can reach them, and the note that has the keyboard focus is
the one announced.

The board view's accessible object is a list whose children are, in reading order (row by
row, left to right), the clusters (groupings holding their notes) and the notes in no cluster;
notes hidden by the filter are left out. The objects are made on demand and live as long as
their note or cluster; none of them changes data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from workshop.domain.layout import reading_key
from workshop.i18n import localised

_installed = False


class BoardSpeech(QObject):
    """The translation context of what the screen reader says about the board."""


def _state(**flags) -> QAccessible.State:
    state = QAccessible.State()
    for name, value in flags.items():
        setattr(state, name, bool(value))
    return state


class _Item(QAccessibleInterface):
    """What notes and clusters share: they belong to one board and have no QObject."""

    def __init__(self, board: BoardAccessible, key: str) -> None:
        super().__init__()
        self.board = board
        self.key = key

    def object(self):
        return None

    def window(self):
        return self.board.window()

    def childAt(self, x: int, y: int):
        return None

    def setText(self, t, text: str) -> None:  # read-only
        return None

    def relations(self, match=QAccessible.Relation.AllRelations):
        return []

    def _screen_rect(self, scene_rect) -> QRect:
        view = self.board.view
        rect = view.mapFromScene(scene_rect).boundingRect()
        return QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def _on_screen(self, scene_rect) -> bool:
        view = self.board.view
        return view.viewport().rect().intersects(view.mapFromScene(scene_rect).boundingRect())


class NoteAccessible(_Item):
    def _item(self):
        return self.board.view.board.notes.get(self.key)

    def isValid(self) -> bool:
        return self._item() is not None

    def parent(self):
        item = self._item()
        if item is not None and item.cluster is not None:
            return self.board.cluster_interface(item.cluster.cluster_id)
        return self.board

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def focusChild(self):
        return None

    def role(self):
        return QAccessible.Role.ListItem

    def text(self, kind):
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.note.text
        if kind == QAccessible.Text.Description:
            return self.board.describe(item.note)
        return ""

    def rect(self) -> QRect:
        item = self._item()
        return self._screen_rect(item.sceneBoundingRect()) if item is not None else QRect()

    def state(self):
        item = self._item()
        if item is None:
            return _state(invalid=True)
        view = self.board.view
        return _state(
            focusable=True,
            selectable=True,
            selected=item.isSelected(),
            focused=view.hasFocus() and view.board.focusItem() is item,
            invisible=not item.isVisible(),
            offscreen=not self._on_screen(item.sceneBoundingRect()),
        )


class ClusterAccessible(_Item):
    def _item(self):
        return self.board.view.board.clusters.get(self.key)

    def isValid(self) -> bool:
        return self._item() is not None

    def parent(self):
        return self.board

    def _members(self) -> list[str]:
        return self.board.cluster_members(self.key)

    def child(self, index: int):
        members = self._members()
        return self.board.note_interface(members[index]) if 0 <= index < len(members) else None

    def childCount(self) -> int:
        return len(self._members())

    def indexOfChild(self, child) -> int:
        key = getattr(child, "key", None)
        members = self._members()
        return members.index(key) if key in members else -1

    def focusChild(self):
        focus = self.board.focused_note()
        return self.board.note_interface(focus) if focus in self._members() else None

    def role(self):
        return QAccessible.Role.Grouping

    def text(self, kind):
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return BoardSpeech.tr("Cluster %1").replace("%1", item.cluster.name)
        if kind == QAccessible.Text.Description:
            members = item.visible_members()
            votes = sum(m.note.votes for m in members)
            return (
                BoardSpeech.tr("%n note(s)", "", len(members))
                + ", "
                + BoardSpeech.tr("%n vote(s)", "", votes)
            )
        return ""

    def rect(self) -> QRect:
        item = self._item()
        return self._screen_rect(item.boundingRect()) if item is not None else QRect()

    def state(self):
        item = self._item()
        if item is None:
            return _state(invalid=True)
        return _state(
            invisible=not item.isVisible(),
            offscreen=not self._on_screen(item.boundingRect()),
        )


class BoardAccessible(QAccessibleWidget):
    """The board view as a list of its clusters and loose notes, in reading order."""

    def __init__(self, view) -> None:
        super().__init__(view, QAccessible.Role.List, view.accessibleName())
        self.view = view
        self._notes: dict[str, NoteAccessible] = {}
        self._clusters: dict[str, ClusterAccessible] = {}

    # --- the tree ---
    def entries(self) -> list[tuple[str, str]]:
        """("cluster", id) and ("note", id) in reading order; filtered-out notes left out."""
        scene = self.view.board
        layout = scene.layout()
        found = []
        for cluster_id, item in scene.clusters.items():
            if item.isVisible() and item.visible_members():
                rect = item.boundingRect()
                found.append((reading_key((rect.x(), rect.y())), "cluster", cluster_id))
        for note_id, item in scene.notes.items():
            if item.isVisible() and item.cluster is None:
                found.append((reading_key(layout.positions.get(note_id)), "note", note_id))
        found.sort(key=lambda entry: (entry[0], entry[2]))
        return [(kind, key) for _, kind, key in found]

    def cluster_members(self, cluster_id: str) -> list[str]:
        scene = self.view.board
        item = scene.clusters.get(cluster_id)
        if item is None:
            return []
        visible = {m.note_id for m in item.visible_members()}
        return [n for n in scene.layout().members(cluster_id) if n in visible]

    def reading_order(self) -> list[str]:
        """Every visible note, as the screen reader and Tab reach them."""
        order = []
        for kind, key in self.entries():
            order.extend(self.cluster_members(key) if kind == "cluster" else [key])
        return order

    def note_interface(self, note_id: str) -> NoteAccessible:
        iface = self._notes.get(note_id)
        if iface is None:
            iface = self._notes[note_id] = NoteAccessible(self, note_id)
            QAccessible.registerAccessibleInterface(iface)
        return iface

    def cluster_interface(self, cluster_id: str) -> ClusterAccessible:
        iface = self._clusters.get(cluster_id)
        if iface is None:
            iface = self._clusters[cluster_id] = ClusterAccessible(self, cluster_id)
            QAccessible.registerAccessibleInterface(iface)
        return iface

    def _interface(self, kind: str, key: str):
        return self.cluster_interface(key) if kind == "cluster" else self.note_interface(key)

    def forget(self) -> None:
        """Drop the objects of notes and clusters no longer on the board."""
        scene = self.view.board
        for store, alive in ((self._notes, scene.notes), (self._clusters, scene.clusters)):
            for key in [k for k in store if k not in alive]:
                iface = store.pop(key)
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))

    def focused_note(self) -> str | None:
        focus = self.view.board.focusItem()
        note_id = getattr(focus, "note_id", None)
        return note_id if self.view.hasFocus() else None

    # --- QAccessibleInterface ---
    def childCount(self) -> int:
        return len(self.entries())

    def child(self, index: int):
        entries = self.entries()
        return self._interface(*entries[index]) if 0 <= index < len(entries) else None

    def indexOfChild(self, child) -> int:
        key = getattr(child, "key", None)
        for index, (_kind, entry) in enumerate(self.entries()):
            if entry == key:
                return index
        return -1

    def focusChild(self):
        note_id = self.focused_note()
        return self.note_interface(note_id) if note_id else None

    def childAt(self, x: int, y: int):
        for index in range(self.childCount()):
            child = self.child(index)
            if child is not None and child.rect().contains(x, y):
                return child
        return None

    # --- what is said about a note ---
    def describe(self, note) -> str:
        model = self.view.board.model
        language = model.language()
        parts = []
        step = model.session.step_by_id(note.step_id)
        if step is not None:
            parts.append(
                BoardSpeech.tr("Step %1: %2")
                .replace("%1", str(step.position))
                .replace("%2", step.title)
            )
        if note.cluster_name:
            parts.append(BoardSpeech.tr("Cluster %1").replace("%1", note.cluster_name))
        if note.principles:
            titles = {p["number"]: p["title"] for p in model.session_framework_principles()}
            named = [
                f"{n} {localised(titles[n], language)}" if n in titles else str(n)
                for n in note.principles
            ]
            parts.append(BoardSpeech.tr("Principles: %1").replace("%1", ", ".join(named)))
        parts.append(BoardSpeech.tr("%n vote(s)", "", note.votes))
        if note.group:
            parts.append(BoardSpeech.tr("Group: %1").replace("%1", note.group))
        return ". ".join(parts)

    # --- telling the screen reader ---
    def announce_focus(self) -> None:
        """The note with the focus is what the screen reader reads."""
        note_id = self.focused_note()
        if note_id is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.note_interface(note_id), QAccessible.Event.Focus)
            )

    def board_changed(self) -> None:
        self.forget()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.view, QAccessible.Event.ObjectReorder)
            )


def _factory(class_name: str, obj: QObject):
    make = getattr(obj, "accessible_interface", None)  # the board view (no import: no circle)
    return make() if callable(make) else None


def install() -> None:
    """Register the board's accessible objects with Qt (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
