"""The board's layout (workshop.domain.layout): clusters are containers, frames never overlap,
never hold a note that is not a member and never rise into a lane heading."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.domain.board import AREA_HEADER, AREA_W, CARD_H, CARD_W, GAP, area_slot
from workshop.domain.layout import (
    FRAME_TOP,
    MARGIN,
    Board,
    BoardNote,
    card_rect,
    frame_around,
    grid_columns,
    grid_slots,
    lane_span,
)


def board_of(points: dict[str, tuple[float, float] | None], clusters=None) -> Board:
    clusters = clusters or {}
    return Board(
        [
            BoardNote(n, *(p if p else (None, None)), cluster_id=clusters.get(n))
            for n, p in points.items()
        ]
    )


def lane_board(lanes: dict[int, int]) -> Board:
    """``{lane: count}`` loose cards in the slots of their lanes, named ``L<lane>-<i>``."""
    points = {}
    for lane, count in lanes.items():
        for i in range(count):
            points[f"L{lane}-{i}"] = area_slot(lane, i)
    return board_of(points)


def assert_containers(board: Board) -> None:
    """The three promises of the layout, for every cluster on the board."""
    frames = board.frames()
    for cid, rect in frames.items():
        assert rect.y >= FRAME_TOP - 1e-6, f"{cid} rises into the lane headings"
        for other, other_rect in frames.items():
            if other != cid:
                assert not rect.intersects(other_rect), f"frames {cid} and {other} overlap"
        for note, point in board.positions.items():
            if point is not None and board.membership[note] != cid:
                assert not card_rect(point).intersects(rect), f"{note} lies in {cid}"
    for note, point in board.positions.items():
        if point is not None and board.membership[note] is None:
            assert point[1] >= AREA_HEADER - 1e-6, f"{note} lies over a lane heading"


def tidy(board: Board, cid: str) -> bool:
    """The cluster's cards are its grid, in reading order, from its frame's corner."""
    rect = board.frame(cid)
    members = board.members(cid)
    return [board.positions[n] for n in members] == grid_slots(len(members), rect.x, rect.y)


def test_frame_and_grid_geometry():
    assert grid_columns(1) == 1 and grid_columns(4) == 2 and grid_columns(9) == 3
    assert grid_columns(30) == 3  # never wider than a lane
    slots = grid_slots(5, 100.0, 200.0)
    frame = frame_around(slots)
    assert (frame.x, frame.y) == (100.0, 200.0)
    assert frame.w == 3 * CARD_W + 2 * GAP + 2 * 14.0
    left, right = lane_span(2)
    assert frame_around(grid_slots(9, left + GAP - 14.0, FRAME_TOP)).right <= right - GAP


def test_gather_from_two_lanes_makes_a_tidy_grid_in_a_free_place():
    """The defect: Ctrl+G on three notes in two lanes framed nine non-members across both."""
    board = lane_board({2: 9, 3: 9})
    chosen = ["L2-0", "L3-4", "L3-8"]
    board.gather("c1", chosen)
    assert board.members("c1") == chosen
    assert tidy(board, "c1")
    rect = board.frame("c1")
    left, right = lane_span(3)  # the lane holding most of them
    assert left <= rect.x and rect.right <= right
    assert_containers(board)
    untouched = set(board.positions) - set(chosen)
    assert all(board.positions[n] == lane_board({2: 9, 3: 9}).positions[n] for n in untouched)


def test_a_second_cluster_never_overlaps_the_first():
    board = lane_board({2: 6})
    board.gather("a", ["L2-0", "L2-1", "L2-2"])
    board.gather("b", ["L2-3", "L2-4"])
    assert_containers(board)
    assert tidy(board, "a") and tidy(board, "b")


def test_a_note_dropped_inside_a_frame_joins_and_the_cluster_stays_tidy():
    board = lane_board({2: 3, 3: 1})
    board.gather("c", ["L2-0", "L2-1"])
    rect = board.frame("c")
    cx, cy = rect.centre
    board.drop({"L3-0": (cx - CARD_W / 2, cy - CARD_H / 2)})
    assert board.membership["L3-0"] == "c"
    assert len(board.members("c")) == 3 and tidy(board, "c")
    assert_containers(board)
    assert board.after().clusters == {"L2-0": "c", "L2-1": "c", "L3-0": "c"}
    assert board.before().clusters == {"L2-0": None, "L2-1": None, "L3-0": None}


def test_a_member_dragged_out_leaves_and_the_cluster_closes_up():
    board = lane_board({2: 4})
    board.gather("c", ["L2-0", "L2-1", "L2-2", "L2-3"])
    rect = board.frame("c")
    outside = (rect.right + 200, rect.y + 40)
    board.drop({"L2-1": outside})
    assert board.membership["L2-1"] is None
    assert board.positions["L2-1"] == outside
    assert len(board.members("c")) == 3 and tidy(board, "c")
    assert (board.frame("c").x, board.frame("c").y) == (rect.x, rect.y)
    assert_containers(board)


def test_the_whole_cluster_dragged_together_keeps_its_notes():
    """The defect: dragging the members into one lane took two of them out of the cluster."""
    board = lane_board({2: 3, 4: 0})
    board.gather("c", ["L2-0", "L2-1", "L2-2"])
    dx = 2 * AREA_W
    board.drop({n: (board.positions[n][0] + dx, board.positions[n][1]) for n in board.members("c")})
    assert [board.membership[n] for n in ("L2-0", "L2-1", "L2-2")] == ["c", "c", "c"]
    assert tidy(board, "c")
    assert_containers(board)


def test_a_cluster_dragged_onto_another_moves_to_the_nearest_free_place():
    board = lane_board({2: 4, 3: 2})
    board.gather("a", ["L2-0", "L2-1", "L2-2", "L2-3"])
    board.gather("b", ["L3-0", "L3-1"])
    target = board.frame("a")
    start = board.frame("b")
    dx, dy = target.x - start.x + 30, target.y - start.y + 30
    board.drop(
        {n: (board.positions[n][0] + dx, board.positions[n][1] + dy) for n in board.members("b")},
        keep_clusters=True,
    )
    assert board.members("b") == ["L3-0", "L3-1"] and tidy(board, "b")
    assert_containers(board)


def test_a_loose_card_half_over_a_frame_is_moved_clear_of_it():
    board = lane_board({2: 2, 3: 1})
    board.gather("c", ["L2-0", "L2-1"])
    rect = board.frame("c")
    board.drop({"L3-0": (rect.right - 30, rect.y + 40)})  # centre outside, card overlapping
    assert board.membership["L3-0"] is None
    assert not card_rect(board.positions["L3-0"]).intersects(board.frame("c"), MARGIN)


def test_a_drop_that_grows_a_cluster_into_a_loose_card_moves_the_cluster_clear():
    first = lane_board({2: 2})
    first.gather("c", ["L2-0", "L2-1"])  # one row of two
    rect = first.frame("c")
    blocker = (rect.x + 14.0, rect.bottom + MARGIN + 1)  # just below the frame
    points = {n: first.positions[n] for n in ("L2-0", "L2-1")}
    points |= {"x": blocker, "y": (rect.right + 400, rect.y + 60)}
    board = board_of(points, {"L2-0": "c", "L2-1": "c"})
    assert_containers(board)
    board.drop({"y": (rect.centre[0] - CARD_W / 2, rect.centre[1] - CARD_H / 2)})
    assert board.membership["y"] == "c" and len(board.members("c")) == 3
    assert tidy(board, "c")
    assert board.positions["x"] == blocker  # what the user did not touch stays
    assert_containers(board)


def test_take_out_puts_the_notes_beside_the_cluster_not_in_it():
    board = lane_board({2: 5})
    board.gather("c", [f"L2-{i}" for i in range(5)])
    board.take_out(["L2-0", "L2-3"])
    assert board.membership["L2-0"] is None and board.membership["L2-3"] is None
    assert len(board.members("c")) == 3 and tidy(board, "c")
    assert_containers(board)


def test_tidy_lane_arranges_clusters_then_loose_cards_inside_the_lane():
    points = {
        "a": (AREA_W + 37, 400.0),
        "b": (AREA_W + 250, 91.0),
        "c": (AREA_W + 500, 700.0),
        "d": (AREA_W + 120, 1200.0),
        "e": (AREA_W + 300, 1230.0),
        "far": (3 * AREA_W + 40, 100.0),
    }
    board = board_of(points, {"d": "k", "e": "k"})
    board.tidy_lane(2)
    assert tidy(board, "k")
    left, right = lane_span(2)
    for n in "abcde":
        x, _ = board.positions[n]
        assert left <= x and x + CARD_W <= right
    assert board.positions["far"] == points["far"]
    assert board.frame("k").y == FRAME_TOP  # the cluster first, at the top
    assert_containers(board)
    ys = sorted({board.positions[n][1] for n in "abc"})
    assert ys[0] > board.frame("k").bottom  # the loose cards below it


def test_free_card_spot_avoids_frames():
    board = lane_board({2: 2})
    board.gather("c", ["L2-0", "L2-1"])
    spot = board.free_card_spot(2)
    assert not card_rect(spot).intersects(board.frame("c"), MARGIN)


def test_before_and_after_describe_one_undo_step():
    board = lane_board({2: 3})
    start = dict(board.positions)
    board.gather("c", ["L2-0", "L2-2"])
    after, before = board.after(), board.before()
    assert set(after.positions) == set(before.positions)
    assert all(before.positions[n] == start[n] for n in before.positions)
    assert after.frames == {"c": (board.frame("c").x, board.frame("c").y)}


operation = st.one_of(
    st.tuples(st.just("gather"), st.lists(st.integers(0, 19), min_size=1, max_size=6)),
    st.tuples(st.just("drop"), st.lists(st.integers(0, 19), min_size=1, max_size=4)),
    st.tuples(st.just("out"), st.lists(st.integers(0, 19), min_size=1, max_size=3)),
    st.tuples(st.just("tidy"), st.lists(st.integers(1, 4), min_size=1, max_size=1)),
    st.tuples(st.just("label"), st.lists(st.integers(0, 9), min_size=1, max_size=1)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=st.lists(operation, min_size=1, max_size=8),
    drops=st.lists(st.tuples(st.floats(0, 4 * AREA_W), st.floats(0, 1500)), min_size=4, max_size=4),
)
def test_every_sequence_of_gestures_keeps_clusters_as_containers(ops, drops):
    board = lane_board({1: 5, 2: 8, 3: 4, 4: 3})
    ids = sorted(board.positions)
    made = 0
    for kind, args in ops:
        chosen = [ids[i % len(ids)] for i in args]
        if kind == "gather":
            made += 1
            board.gather(f"c{made}", chosen)
        elif kind == "drop":
            board.drop(dict(zip(chosen, drops, strict=False)))
        elif kind == "out":
            board.take_out(chosen)
        elif kind == "label":  # a cluster dragged by its name
            frames = sorted(board.frames())
            if frames:
                cid = frames[args[0] % len(frames)]
                rect = board.frame(cid)
                dx, dy = drops[0][0] - rect.x, drops[0][1] - rect.y
                members = board.members(cid)
                moves = {
                    n: (board.positions[n][0] + dx, board.positions[n][1] + dy) for n in members
                }
                board.drop(moves, keep_clusters=True)
                assert board.members(cid) == members
        else:
            board.tidy_lane(args[0])
        assert_containers(board)
        for cid in board.frames():
            assert tidy(board, cid), f"{cid} untidy after {kind}"


def _first_free_by_looking_at_everything(board: Board, lane: int, start: int = 0):
    """What free_card_spot gave before it had an index: every card and frame, slot by slot."""
    frames = list(board.frames().values())
    cards = [card_rect(p) for p in board.positions.values() if p is not None]
    index = start
    while True:
        rect = card_rect(point := area_slot(lane, index))
        if not any(rect.intersects(c) for c in cards) and not any(
            rect.intersects(f, MARGIN) for f in frames
        ):
            return point
        index += 1


_spot = st.tuples(st.floats(-50, 2200), st.floats(0, 1400)) | st.none()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_spot, st.sampled_from([None, None, "k", "m"]), st.integers(1, 3))),
    st.integers(1, 3),
    st.integers(0, 6),
)
def test_the_spot_finder_finds_what_looking_at_every_card_finds(cards, lane, start):
    board = Board(
        [
            BoardNote(f"n{i}", *(p if p else (None, None)), cluster_id=c, step_position=s)
            for i, (p, c, s) in enumerate(cards)
        ]
    )
    assert board.free_card_spot(lane, start) == _first_free_by_looking_at_everything(
        board, lane, start
    )
    finder = board.spot_finder()
    for _ in range(4):  # cards added one after another: the lane's cursor stays right
        point = finder.first_free(lane)
        assert point == _first_free_by_looking_at_everything(board, lane)
        board.positions[f"new{point}"] = point
        board.membership[f"new{point}"] = None
        finder.add_card(point)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_spot, st.sampled_from([None, None, None, "k"]), st.integers(1, 3))))
def test_placing_every_new_card_at_once_is_placing_them_one_after_another(cards):
    notes = [
        BoardNote(f"n{i}", *(p if p else (None, None)), cluster_id=c, step_position=s)
        for i, (p, c, s) in enumerate(cards)
    ]
    at_once, one_by_one = Board(notes), Board(notes)
    placed = at_once.place_unplaced()
    assert placed == [n.id for n in notes if n.x is None]
    for note_id in placed:
        lane = one_by_one.steps[note_id] or 1
        one_by_one.positions[note_id] = _first_free_by_looking_at_everything(one_by_one, lane)
    assert at_once.positions == one_by_one.positions


def test_placing_two_thousand_new_cards_looks_near_each_slot_only():
    board = Board([BoardNote(f"n{i}", None, None, step_position=1 + i % 8) for i in range(2000)])
    checks = []
    original = Board.spot_finder

    def counting(self):
        finder = original(self)
        taken = finder.taken
        finder.taken = lambda rect: checks.append(1) or taken(rect)
        return finder

    Board.spot_finder = counting
    try:
        board.place_unplaced()
    finally:
        Board.spot_finder = original
    assert len(checks) < 2 * 2000  # each slot is looked at about once, not once per card
    assert len(set(board.positions.values())) == 2000
