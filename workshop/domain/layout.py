"""The board's layout: where cards and cluster frames lie, and what a gesture does to them.

The one place that knows the geometry of a cluster. Its frame is the rectangle around its
members (padding, with the name above them); Ctrl+G gathers the notes into a tidy grid at a free
place; a note dropped inside a frame joins it, one dragged out leaves it; frames never overlap
each other, never hold a note that is not a member and never rise into a lane heading. The
board scene, the services (and so the CLI's JSON) and the PDF's board picture all use it.

Scene units throughout (see :mod:`workshop.domain.board`): y grows downwards, every card is
CARD_W × CARD_H, lane ``n`` (1-based, the area of step ``n``) spans ``[(n-1)·AREA_W, n·AREA_W)``.
Qt-free and without I/O; a :class:`Board` is a plain in-memory picture that the operations
change and that reports what changed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from workshop.domain.board import (
    AREA_COLUMNS,
    AREA_HEADER,
    AREA_W,
    CARD_H,
    CARD_W,
    CLUSTER_LABEL_H,
    CLUSTER_PAD,
    GAP,
    area_slot,
)

MARGIN = GAP  # clear space between a frame and anything outside it
FRAME_TOP = AREA_HEADER + GAP / 2  # no frame rises into the lane headings
CARD_TOP = AREA_HEADER  # nor does a loose card
MAX_COLUMNS = AREA_COLUMNS  # a tidy cluster is at most as wide as a lane holds cards
_EPS = 1e-6
_MAX_CANDIDATE_OBSTACLES = 150

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, point: Point) -> bool:
        px, py = point
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def intersects(self, other: Rect, margin: float = 0.0) -> bool:
        """True when the two come closer than ``margin`` (touching at ``margin`` is clear)."""
        return (
            self.x < other.right + margin - _EPS
            and other.x < self.right + margin - _EPS
            and self.y < other.bottom + margin - _EPS
            and other.y < self.bottom + margin - _EPS
        )

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


def card_rect(point: Point) -> Rect:
    return Rect(point[0], point[1], CARD_W, CARD_H)


# --- frames and grids ----------------------------------------------------------------------


def frame_around(points: Iterable[Point]) -> Rect | None:
    """The frame of a cluster whose cards lie at ``points`` (top-left corners); None if none."""
    points = list(points)
    if not points:
        return None
    left = min(x for x, _ in points)
    top = min(y for _, y in points)
    right = max(x for x, _ in points) + CARD_W
    bottom = max(y for _, y in points) + CARD_H
    return Rect(
        left - CLUSTER_PAD,
        top - CLUSTER_PAD - CLUSTER_LABEL_H,
        right - left + 2 * CLUSTER_PAD,
        bottom - top + 2 * CLUSTER_PAD + CLUSTER_LABEL_H,
    )


def empty_frame(x: float, y: float) -> Rect:
    """The frame a cluster without cards keeps at its last place (its label and one row)."""
    return Rect(x, y, CARD_W + 2 * CLUSTER_PAD, CARD_H + 2 * CLUSTER_PAD + CLUSTER_LABEL_H)


def grid_columns(count: int) -> int:
    """Cards side by side in a tidy cluster of ``count`` notes: as square as a lane allows."""
    if count <= 1:
        return 1
    return min(MAX_COLUMNS, math.ceil(math.sqrt(count)))


def grid_slots(count: int, frame_x: float, frame_y: float) -> list[Point]:
    """The card corners of a tidy cluster of ``count`` notes whose frame starts at the point."""
    columns = grid_columns(count)
    x0 = frame_x + CLUSTER_PAD
    y0 = frame_y + CLUSTER_PAD + CLUSTER_LABEL_H
    return [
        (x0 + col * (CARD_W + GAP), y0 + row * (CARD_H + GAP))
        for row, col in (divmod(i, columns) for i in range(count))
    ]


def grid_frame(count: int, frame_x: float, frame_y: float) -> Rect:
    slots = grid_slots(max(1, count), frame_x, frame_y)
    return frame_around(slots)


# --- lanes ---------------------------------------------------------------------------------


def lane_at(x: float) -> int:
    """The lane (1-based step position) whose column holds ``x``; 1 left of the first."""
    return max(1, int(x // AREA_W) + 1)


def lane_span(lane: int) -> tuple[float, float]:
    return ((lane - 1) * AREA_W, lane * AREA_W)


def _lane_frame_xs(lane: int, width: float) -> list[float]:
    """Left edges where a frame of this width lines up with the lane's card columns and fits."""
    left, right = lane_span(lane)
    xs = []
    for col in range(AREA_COLUMNS):
        x = left + GAP + col * (CARD_W + GAP) - CLUSTER_PAD
        if x + width <= right - GAP + _EPS:
            xs.append(x)
    return xs or [left + GAP - CLUSTER_PAD]


def _lane_card_xs(lane: int) -> list[float]:
    return [area_slot(lane, col)[0] for col in range(AREA_COLUMNS)]


def _first_fit(
    xs: list[float], top: float, w: float, h: float, obstacles: list[Rect], margin: float
) -> Point:
    """The top-most, then left-most place with one of the ``xs`` where nothing is in the way."""
    ys = {top}
    ys.update(o.bottom + margin for o in obstacles if o.bottom + margin > top)
    for y in sorted(ys):
        for x in xs:
            rect = Rect(x, y, w, h)
            if not any(rect.intersects(o, margin) for o in obstacles):
                return (x, y)
    return (xs[0], max([top, *(o.bottom + margin for o in obstacles)]))  # pragma: no cover


def nearest_free(
    w: float,
    h: float,
    want: Point,
    obstacles: list[Rect],
    *,
    top: float,
    margin: float = MARGIN,
) -> Point:
    """The free place for a ``w`` × ``h`` rectangle nearest to ``want`` (never above ``top``,
    never left of the board)."""
    want = (max(0.0, want[0]), max(top, want[1]))
    rect = Rect(want[0], want[1], w, h)
    if not any(rect.intersects(o, margin) for o in obstacles):
        return want
    near = sorted(
        obstacles,
        key=lambda o: (o.centre[0] - want[0]) ** 2 + (o.centre[1] - want[1]) ** 2,
    )[:_MAX_CANDIDATE_OBSTACLES]
    xs = {want[0], 0.0}
    ys = {want[1], top}
    for o in near:
        xs.update((o.right + margin, o.x - margin - w))
        ys.update((o.bottom + margin, o.y - margin - h))
    candidates = sorted(
        ((x, y) for x in xs if x >= 0 for y in ys if y >= top),
        key=lambda p: ((p[0] - want[0]) ** 2 + (p[1] - want[1]) ** 2, p[1], p[0]),
    )
    for x, y in candidates:
        rect = Rect(x, y, w, h)
        if not any(rect.intersects(o, margin) for o in obstacles):
            return (x, y)
    return (want[0], max([top, *(o.bottom + margin for o in obstacles)]))  # pragma: no cover


def reading_key(point: Point | None, fallback: int = 0) -> tuple:
    """Row by row, left to right; cards without a place come last in their given order."""
    if point is None:
        return (1, 0, 0.0, fallback)
    x, y = point
    return (0, int((y + CARD_H / 2) // (CARD_H + GAP)), x, fallback)


# --- the board -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BoardNote:
    """What the layout needs of a note: its place (None: not yet on the board) and cluster."""

    id: str
    x: float | None
    y: float | None
    cluster_id: str | None = None
    step_position: int | None = None


@dataclass(slots=True)
class Arrangement:
    """Places and clusters of some notes, and the frame corners of some clusters."""

    positions: dict[str, Point] = field(default_factory=dict)
    clusters: dict[str, str | None] = field(default_factory=dict)
    frames: dict[str, Point] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.positions or self.clusters or self.frames)


class Board:
    """One session's board in memory: the operations change it; ``before()``/``after()`` say
    how, for one undo step."""

    def __init__(
        self,
        notes: Iterable[BoardNote],
        clusters: Mapping[str, Point | None] | Iterable[str] = (),
    ) -> None:
        self.positions: dict[str, Point | None] = {}
        self.membership: dict[str, str | None] = {}
        self.steps: dict[str, int | None] = {}
        self.order: dict[str, int] = {}
        for i, note in enumerate(notes):
            placed = note.x is not None and note.y is not None
            self.positions[note.id] = (float(note.x), float(note.y)) if placed else None
            self.membership[note.id] = note.cluster_id
            self.steps[note.id] = note.step_position
            self.order[note.id] = i
        if isinstance(clusters, Mapping):
            self.corners: dict[str, Point | None] = dict(clusters)
        else:
            self.corners = dict.fromkeys(clusters)
        for cluster_id in self.membership.values():
            if cluster_id is not None:
                self.corners.setdefault(cluster_id, None)
        self._start = (dict(self.positions), dict(self.membership), dict(self.corners))

    # --- reading ---
    def members(self, cluster_id: str) -> list[str]:
        """The cluster's notes in reading order."""
        ids = [n for n, c in self.membership.items() if c == cluster_id]
        return sorted(ids, key=lambda n: reading_key(self.positions[n], self.order[n]))

    def frame(self, cluster_id: str) -> Rect | None:
        """The frame around the cluster's placed cards (the stored corner when it has none)."""
        rect = frame_around(
            p for n, c in self.membership.items() if c == cluster_id and (p := self.positions[n])
        )
        if rect is None:
            corner = self.corners.get(cluster_id)
            return empty_frame(*corner) if corner is not None else None
        return rect

    def frames(self, *, with_cards_only: bool = True) -> dict[str, Rect]:
        found = {}
        for cluster_id in self.corners:
            if with_cards_only and not any(
                c == cluster_id and self.positions[n] is not None
                for n, c in self.membership.items()
            ):
                continue
            rect = self.frame(cluster_id)
            if rect is not None:
                found[cluster_id] = rect
        return found

    def card(self, note_id: str) -> Rect | None:
        point = self.positions.get(note_id)
        return card_rect(point) if point is not None else None

    def lane_of(self, note_ids: Iterable[str]) -> int:
        """The lane holding most of these cards (unplaced ones count for their step's lane)."""
        votes: dict[int, int] = {}
        first: dict[int, tuple] = {}
        for note_id in note_ids:
            rect = self.card(note_id)
            lane = lane_at(rect.centre[0]) if rect else (self.steps.get(note_id) or 1)
            votes[lane] = votes.get(lane, 0) + 1
            key = reading_key(self.positions[note_id], self.order[note_id])
            first[lane] = min(first.get(lane, key), key)
        if not votes:
            return 1
        return min(votes, key=lambda lane: (-votes[lane], first[lane], lane))

    # --- what changed ---
    def after(self) -> Arrangement:
        """The new values of everything an operation changed."""
        positions, membership, corners = self._start
        return Arrangement(
            {n: p for n, p in self.positions.items() if p is not None and p != positions.get(n)},
            {n: c for n, c in self.membership.items() if c != membership.get(n)},
            {c: p for c, p in self.corners.items() if p is not None and p != corners.get(c)},
        )

    def before(self) -> Arrangement:
        """The old values of the same (what undo puts back)."""
        positions, membership, corners = self._start
        changed = self.after()
        return Arrangement(
            {n: positions[n] for n in changed.positions if positions.get(n) is not None},
            {n: membership.get(n) for n in changed.clusters},
            {c: corners[c] for c in changed.frames if corners.get(c) is not None},
        )

    # --- helpers of the operations ---
    def _set_grid(self, cluster_id: str, corner: Point) -> Rect:
        members = self.members(cluster_id)
        for note_id, slot in zip(members, grid_slots(len(members), *corner), strict=True):
            self.positions[note_id] = slot
        self.corners[cluster_id] = corner
        return grid_frame(len(members), *corner)

    def _obstacles_for_frame(self, cluster_id: str, skip: set[str] = frozenset()) -> list[Rect]:
        """Other frames and every card that is not a member (except ``skip``)."""
        rects = [r for c, r in self.frames().items() if c != cluster_id]
        rects += [
            card_rect(p)
            for n, p in self.positions.items()
            if p is not None and self.membership[n] != cluster_id and n not in skip
        ]
        return rects

    def _settle(self, cluster_id: str, corner: Point, skip: set[str] = frozenset()) -> None:
        """Tidy the cluster at ``corner``; somewhere free nearby if that place is taken."""
        members = self.members(cluster_id)
        if not members:
            self.corners[cluster_id] = corner
            return
        corner = (max(0.0, corner[0]), max(FRAME_TOP, corner[1]))
        rect = grid_frame(len(members), *corner)
        obstacles = self._obstacles_for_frame(cluster_id, skip)
        if any(rect.intersects(o, MARGIN) for o in obstacles):
            corner = nearest_free(rect.w, rect.h, corner, obstacles, top=FRAME_TOP)
        self._set_grid(cluster_id, corner)

    def _clear_card(self, note_id: str) -> None:
        """Move a loose card out of every frame (and below the headings) to the nearest spot."""
        point = self.positions[note_id]
        if point is None:
            return
        frames = list(self.frames().values())
        rect = card_rect(point)
        if point[1] < CARD_TOP or any(rect.intersects(f, MARGIN) for f in frames):
            self.positions[note_id] = nearest_free(CARD_W, CARD_H, point, frames, top=CARD_TOP)

    def _corner(self, cluster_id: str) -> Point | None:
        rect = self.frame(cluster_id)
        return (rect.x, rect.y) if rect is not None else self.corners.get(cluster_id)

    # --- the operations ---
    def gather(self, cluster_id: str, note_ids: Iterable[str], lane: int | None = None) -> None:
        """Ctrl+G: the notes become the cluster's, in a tidy grid at the first free place of
        the lane holding most of them; the clusters they leave close up where they are."""
        note_ids = [n for n in dict.fromkeys(note_ids) if n in self.positions]
        if not note_ids:
            return
        lane = lane or self.lane_of(note_ids)
        left = {self.membership[n] for n in note_ids} - {None, cluster_id}
        corners = {c: self._corner(c) for c in left}
        for note_id in note_ids:
            self.membership[note_id] = cluster_id
        gathered = set(note_ids)
        for old in sorted(left, key=lambda c: corners[c] or (0.0, 0.0)):
            if corners[old] is not None:
                self._settle(old, corners[old], skip=gathered)
        members = self.members(cluster_id)  # in the reading order of where they were
        size = grid_frame(len(members), 0.0, 0.0)
        corner = _first_fit(
            _lane_frame_xs(lane, size.w),
            FRAME_TOP,
            size.w,
            size.h,
            self._obstacles_for_frame(cluster_id),
            MARGIN,
        )
        self._set_grid(cluster_id, corner)

    def take_out(self, note_ids: Iterable[str]) -> None:
        """The notes leave their clusters for free spots in their lanes; the clusters close up."""
        note_ids = [n for n in dict.fromkeys(note_ids) if self.membership.get(n) is not None]
        if not note_ids:
            return
        lanes = {n: self.lane_of([n]) for n in note_ids}
        left = {self.membership[n] for n in note_ids}
        corners = {c: self._corner(c) for c in left}
        for note_id in note_ids:
            self.membership[note_id] = None
            self.positions[note_id] = None  # out of the way while the clusters close up
        for cluster_id in sorted(left, key=lambda c: corners[c] or (0.0, 0.0)):
            if corners[cluster_id] is not None:
                self._settle(cluster_id, corners[cluster_id])
        for note_id in note_ids:
            self.positions[note_id] = self.free_card_spot(lanes[note_id])

    def free_card_spot(self, lane: int, start: int = 0) -> Point:
        """The first card slot of the lane (row by row) clear of every card and frame."""
        return self.spot_finder().first_free(lane, start)

    def spot_finder(self) -> SpotFinder:
        """Free card slots on the board as it is now (see :class:`SpotFinder`)."""
        cards = (card_rect(p) for p in self.positions.values() if p is not None)
        return SpotFinder(cards, self.frames().values())

    def place_unplaced(self) -> list[str]:
        """Every card without a place gets the first free slot of its step's lane, in board
        order, as :meth:`free_card_spot` one card after the other would give; returns their ids.

        Linear in the cards: one :class:`SpotFinder` serves them all.
        """
        unplaced = [n for n, p in self.positions.items() if p is None]
        finder = self.spot_finder() if unplaced else None
        for note_id in unplaced:
            point = finder.first_free(self.steps[note_id] or 1)
            self.positions[note_id] = point
            if self.membership[note_id] is not None:
                finder = self.spot_finder()  # its cluster's frame grew (rare)
            else:
                finder.add_card(point)
        return unplaced

    def drop(self, moves: Mapping[str, Point], *, keep_clusters: bool = False) -> None:
        """Cards dragged to new places (one drag).

        A card whose centre lands inside another cluster's frame joins that cluster; one that
        lands outside every frame leaves its cluster, unless its whole cluster was dragged with
        it (then the cluster moves). ``keep_clusters``: the cluster was dragged by its label,
        nobody changes cluster. Afterwards every cluster touched is tidy and clear of the
        others (moved to the nearest free place if it must), and no loose card lies in a frame.
        """
        moves = {n: (float(p[0]), float(p[1])) for n, p in moves.items() if n in self.positions}
        if not moves:
            return
        moved = set(moves)
        before = self.frames()
        corners = {c: (r.x, r.y) for c, r in before.items()}
        whole = {c for c in before if set(self.members(c)) <= moved}
        targets = {c: r for c, r in before.items() if c not in whole}
        touched: set[str] = set()
        for note_id, point in moves.items():
            self.positions[note_id] = point
        if not keep_clusters:
            for note_id in sorted(moved, key=lambda n: self.order[n]):
                centre = card_rect(moves[note_id]).centre
                hits = [c for c, r in targets.items() if r.contains(centre)]
                old = self.membership[note_id]
                if hits:
                    new = min(hits, key=lambda c: targets[c].w * targets[c].h)
                elif old in whole:
                    new = old
                else:
                    new = None
                self.membership[note_id] = new
                touched.update(c for c in (old, new) if c is not None)
        loose = {n for n in moved if self.membership[n] is None}
        for cluster_id in whole:
            rect = self.frame(cluster_id)
            if rect is not None:
                corners[cluster_id] = (rect.x, rect.y)
            touched.add(cluster_id)
        for cluster_id in sorted(touched, key=lambda c: (c not in whole, corners.get(c))):
            corner = corners.get(cluster_id) or self._corner(cluster_id)
            if corner is not None:
                self._settle(cluster_id, corner, skip=moved)
        for note_id in sorted(loose, key=lambda n: self.order[n]):
            self._clear_card(note_id)

    def tidy_cluster(self, cluster_id: str) -> None:
        """Arrange the cluster's notes in a tidy grid where its frame begins."""
        corner = self._corner(cluster_id)
        if corner is not None:
            self._settle(cluster_id, corner)

    def tidy_lane(self, lane: int) -> None:
        """Arrange a lane: its clusters (each a tidy grid) from the top, then its loose cards in
        the lane's columns, each in reading order; what lies outside the lane stays."""
        left, right = lane_span(lane)
        frames = self.frames()
        clusters = sorted(
            (c for c, r in frames.items() if left <= r.centre[0] < right),
            key=lambda c: reading_key((frames[c].x, frames[c].y)),
        )
        loose = sorted(
            (
                n
                for n, p in self.positions.items()
                if p is not None
                and self.membership[n] is None
                and left <= card_rect(p).centre[0] < right
            ),
            key=lambda n: reading_key(self.positions[n], self.order[n]),
        )
        moving = set(loose) | {n for n, c in self.membership.items() if c in clusters}
        fixed = [r for c, r in frames.items() if c not in clusters]
        fixed += [
            card_rect(p) for n, p in self.positions.items() if p is not None and n not in moving
        ]
        placed: list[Rect] = []
        for cluster_id in clusters:
            count = len(self.members(cluster_id))
            size = grid_frame(count, 0.0, 0.0)
            corner = _first_fit(
                _lane_frame_xs(lane, size.w), FRAME_TOP, size.w, size.h, fixed + placed, MARGIN
            )
            placed.append(self._set_grid(cluster_id, corner))
        for note_id in loose:
            x, y = _first_fit(
                _lane_card_xs(lane), area_slot(lane, 0)[1], CARD_W, CARD_H, fixed + placed, GAP
            )
            self.positions[note_id] = (x, y)
            placed.append(card_rect((x, y)))


class SpotFinder:
    """The first free card slot of a lane, found without looking at every card.

    Cards (no margin) and cluster frames (``MARGIN`` around) are kept in buckets of one card
    slot's size, so testing a slot looks only at what lies near it; a cursor per lane remembers
    the slots already found taken. Valid while the board only gains obstacles (cards added
    with :meth:`add_card`); build a new one after anything moves or leaves.
    """

    _CELL_W = CARD_W + GAP
    _CELL_H = CARD_H + GAP

    def __init__(self, cards: Iterable[Rect], frames: Iterable[Rect]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[Rect, float]]] = {}
        self._cursor: dict[int, int] = {}
        for rect in cards:
            self._add(rect, 0.0)
        for rect in frames:
            self._add(rect, MARGIN)

    def _span(self, rect: Rect, margin: float) -> Iterable[tuple[int, int]]:
        left = math.floor((rect.x - margin) / self._CELL_W)
        right = math.floor((rect.right + margin) / self._CELL_W)
        top = math.floor((rect.y - margin) / self._CELL_H)
        bottom = math.floor((rect.bottom + margin) / self._CELL_H)
        return ((cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1))

    def _add(self, rect: Rect, margin: float) -> None:
        for cell in self._span(rect, margin):
            self._cells.setdefault(cell, []).append((rect, margin))

    def add_card(self, point: Point) -> None:
        """A card now lies at ``point``."""
        self._add(card_rect(point), 0.0)

    def taken(self, rect: Rect) -> bool:
        cells = self._cells
        return any(
            rect.intersects(other, margin)
            for cell in self._span(rect, 0.0)
            for other, margin in cells.get(cell, ())
        )

    def first_free(self, lane: int, start: int = 0) -> Point:
        """The first slot of the lane (row by row, from slot ``start``) clear of everything."""
        cursor = self._cursor.get(lane, 0)
        index = max(start, cursor)  # the slots before the cursor are known to be taken
        while self.taken(card_rect(point := area_slot(lane, index))):
            index += 1
        if start <= cursor:
            self._cursor[lane] = index
        return point
