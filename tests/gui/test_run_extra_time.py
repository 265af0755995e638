"""Time given to a step (+1 / +5 min) is stored and still there when the step is shown again."""

from __future__ import annotations

from workshop.services.sessions import get_session


def test_extra_minutes_are_kept_when_coming_back_to_a_step(run_view, fake_clock, lib, session_id):
    view = run_view
    view.next_step()  # step 2, 15 minutes, running
    fake_clock.advance(60)
    view.extend_timer(300)
    view.tick()
    assert view.step_clock.remaining() == 15 * 60 + 300 - 60
    step_id = view.current_step.id
    assert (
        next(s for s in get_session(lib, session_id).steps if s.id == step_id).extra_seconds == 300
    )

    view.next_step()
    view.previous_step()
    assert view.current_step.id == step_id
    assert view.step_clock.total_seconds == 15 * 60 + 300
    assert view.step_clock.remaining() == 15 * 60 + 300 - 60


def test_a_step_without_a_time_box_gets_no_extra_time(make_run_view, lib):
    from workshop.services.sessions import create_session

    stand = create_session(lib, "popup-stand", "Stand på Jaren")
    view = make_run_view(stand)
    open_index = next(i for i, s in enumerate(view.steps) if s.minutes == 0)
    view.go_to_step(open_index)
    view.extend_timer(60)
    stored = get_session(lib, stand).steps[open_index]
    assert stored.extra_seconds == 0 and view.step_clock.state() == "open"
