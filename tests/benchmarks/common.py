"""Helpers shared by the benchmarks: timing and reporting."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(name: str, values_s: list[float], target_ms: float | None = None) -> float:
    median_ms = statistics.median(values_s) * 1000
    p95_ms = percentile(values_s, 0.95) * 1000
    verdict = ""
    if target_ms is not None:
        verdict = "  OK" if median_ms <= target_ms else f"  OVER TARGET ({target_ms} ms)"
    print(
        f"{name:<52} median {median_ms:8.3f} ms   p95 {p95_ms:8.3f} ms   n={len(values_s)}{verdict}"
    )
    return median_ms
