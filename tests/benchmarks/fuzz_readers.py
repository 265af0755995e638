"""The long fuzzing profile: many inputs per reader of outside data, findings counted, not fatal.

``python tests/benchmarks/fuzz_readers.py [--inputs N] [READER …]`` (default 100,000 inputs for
each of csv, session-file, framework, framework-snapshot, photo; also ``run.py --long``). An
input is a finding when the reader lets anything but a clean one-line VerkstedError escape; each
distinct finding (exception type and place) is printed once with its count, message and first
input. The exit status is the number of distinct findings (0: none). Randomised: each run draws
new inputs; the short, derandomised profile is ``tests/unit/test_fuzz_readers.py``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from fuzz_targets import TARGETS, Findings, feed
from hypothesis import HealthCheck, Phase, given, settings

PROGRESS_EVERY = 5_000  # a line every so many inputs: a long run stopped early still tells


def fuzz(name: str, inputs: int, workdir: Path) -> Findings:
    make, strategy = TARGETS[name]
    target = make(workdir)
    findings = Findings()

    @settings(
        max_examples=inputs,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(example):
        known = len(findings.seen)
        feed(target, example, findings)
        if len(findings.seen) > known:  # a new kind of finding: say so at once
            (kind, where), entry = list(findings.seen.items())[-1]
            print(f"  {name}: new finding {kind} at {where}: {entry['message']}", flush=True)
        if findings.inputs % PROGRESS_EVERY == 0:
            print(f"  {name}: {findings.inputs} inputs, {findings.count} findings", flush=True)

    # Hypothesis ends a run early once it has tried what it can tell apart; go on until
    # ``inputs`` have been fed.
    while findings.inputs < inputs:
        before = findings.inputs
        run()
        if findings.inputs == before:
            break
    getattr(target, "close", lambda: None)()
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("readers", nargs="*", metavar="READER", help=", ".join(TARGETS))
    args = parser.parse_args(argv)
    unknown = [r for r in args.readers if r not in TARGETS]
    if unknown:
        parser.error(f"unknown reader {unknown[0]} (known: {', '.join(TARGETS)})")
    warnings.simplefilter("ignore")
    distinct = 0
    for name in args.readers or list(TARGETS):
        # In memory where the system has it: a million small files written to disk would be
        # the slow part.
        scratch = "/dev/shm" if Path("/dev/shm").is_dir() else None
        with tempfile.TemporaryDirectory(prefix=f"verksted-fuzz-{name}-", dir=scratch) as tmp:
            start = time.perf_counter()
            findings = fuzz(name, args.inputs, Path(tmp))
            took = time.perf_counter() - start
        print(
            f"fuzz {name:<19} {findings.inputs:>8} inputs in {took:7.0f} s: "
            f"{findings.accepted} accepted, {findings.refused} refused cleanly, "
            f"{findings.count} findings ({len(findings.seen)} distinct)",
            flush=True,
        )
        for (kind, where), entry in sorted(findings.seen.items()):
            print(f"  {kind} at {where} ×{entry['count']}: {entry['message']}")
            print(f"    first input: {entry['example']}")
        distinct += len(findings.seen)
    return min(distinct, 100)


if __name__ == "__main__":
    raise SystemExit(main())
