"""Importing a CSV file: total time and time holding the write lock, per row, for growing files.

The issue measured 6k rows in 12 s, 12k in 47 s, 20k in 91 s (growing faster than the rows) with
the write lock held throughout. Target: a flat cost per row, and the lock held for a small part
of the import (the rows are checked before it is taken). Run: ``python
tests/benchmarks/bench_csv_import.py [ROWS …]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SIZES = (6_000, 12_000, 20_000, 100_000)


def one(directory: Path, rows: int) -> tuple[float, float]:
    from workshop.services.csv_import import import_csv
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    csv = directory / f"notes-{rows}.csv"
    lines = ["tekst;prinsipper;gruppe;steg"]
    lines += [
        f"Innspill nummer {n} om biblioteket;{1 + n % 10};Gruppe {n % 7};1" for n in range(rows)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lib = Library.open(directory / f"lib-{rows}.sqlite")
    session_id = create_session(lib, "library-evening", "Benchmark")
    locked = []
    plain_write = lib.write

    @contextmanager
    def timed_write():
        start = time.perf_counter()
        with plain_write() as s:
            yield s
        locked.append(time.perf_counter() - start)

    lib.write = timed_write
    start = time.perf_counter()
    result = import_csv(lib, session_id, csv)
    total = time.perf_counter() - start
    assert result.imported == rows
    lib.close()
    return total, sum(locked)


def main(sizes: tuple[int, ...] = SIZES) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        per_row = []
        for rows in sizes:
            total, locked = one(Path(tmp), rows)
            per_row.append(total / rows)
            print(
                f"import {rows:>7} rows   total {total:7.2f} s   {total / rows * 1e6:6.1f} µs/row"
                f"   write lock {locked:6.2f} s ({locked / total:4.0%})"
            )
        spread = max(per_row) / min(per_row)
        verdict = "flat" if spread < 1.5 else "NOT FLAT"
        print(f"per-row cost: largest / smallest = {spread:.2f} ({verdict})")


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
