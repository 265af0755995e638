"""The short fuzzing profile: every reader of outside data gets a few hundred derandomised inputs
(a few seconds each) and must accept each one or refuse it with one clean line, never a
traceback. The long profile (100,000 inputs and more per reader) is
``tests/benchmarks/fuzz_readers.py``."""

from __future__ import annotations

import pytest
from fuzz_targets import TARGETS, Findings, feed
from hypothesis import HealthCheck, given, settings

SHORT = {"csv": 300, "session-file": 120, "framework": 300, "framework-snapshot": 300,
         "photo": 300}  # fmt: skip


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_a_reader_refuses_bad_input_cleanly(name, tmp_path_factory):
    make, strategy = TARGETS[name]
    target = make(tmp_path_factory.mktemp(f"fuzz-{name}"))
    findings = Findings()

    @settings(
        max_examples=SHORT[name],
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def check(example):
        feed(target, example, findings)

    try:
        check()
    finally:
        getattr(target, "close", lambda: None)()
    assert findings.inputs > 0
    assert findings.accepted + findings.refused == findings.inputs, findings.seen
