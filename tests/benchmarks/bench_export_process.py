"""The whole ``workshop export SESSION --pdf FILE`` process against the floor, in the same run.

The floor (``floor_pdf.py``) is one Python process that registers DejaVu Sans as a TTF and lays
out each note's text as a Paragraph three times with platypus. The export process does everything
a user waits for: start Python, import, open the library, gather the minutes, lay out and tag
every page, the PDF/A pass, the atomic write.

Targets:
* the export of 1,000 notes takes ≤ 2× the floor of the same notes (aim ≤ 1.5×), medians of
  runs interleaved in the same run;
* the export of 10,000 notes takes ≤ 11× that of 1,000 (linear in notes).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPEATS = 5
REPEATS_LARGE = 2
FLOOR = Path(__file__).resolve().parent / "floor_pdf.py"


def _run(argv: list[str], cwd: Path) -> float:
    """Wall time of one process (run outside any source tree: ``-m`` imports from the cwd)."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def prepare(n: int, directory: Path) -> tuple[list[str], list[str]]:
    """A library with a session of ``n`` notes; the export's and the floor's command lines."""
    from bench_minutes import make_session

    from workshop.services.notes import list_notes

    lib, session_id = make_session(directory, n)
    texts = directory / f"notes-{n}.txt"
    texts.write_text("\n".join(note.text for note in list_notes(lib, session_id)), encoding="utf-8")
    library = lib.path
    lib.close()
    export = [
        sys.executable,
        "-m",
        "workshop",
        "--library",
        str(library),
        "export",
        session_id,
        "--pdf",
        str(directory / f"minutes-{n}.pdf"),
    ]
    floor = [sys.executable, str(FLOOR), str(texts), str(directory / f"floor-{n}.pdf")]
    return export, floor


def measure(n: int, directory: Path, repeats: int) -> tuple[float, float]:
    export, floor = prepare(n, directory)
    _run(export, directory)  # warm the file cache, the bytecode and the font cache once
    _run(floor, directory)
    export_times, floor_times = [], []
    for _ in range(repeats):
        export_times.append(_run(export, directory))
        floor_times.append(_run(floor, directory))
    return statistics.median(export_times), statistics.median(floor_times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        export, floor = measure(1000, Path(tmp), REPEATS)
        large, large_floor = measure(10_000, Path(tmp), REPEATS_LARGE)
    ratio = export / floor
    verdict = "OK" if ratio <= 1.5 else ("OK (aim 1.5x)" if ratio <= 2 else "OVER TARGET (2x)")
    growth = large / export
    growth_verdict = "OK" if growth <= 11 else "OVER TARGET (11x)"
    print(f"{'workshop export --pdf, 1,000 notes (median of 5)':<56} {export * 1000:8.0f} ms")
    print(f"{'floor, 1,000 notes x 3 paragraphs (median of 5)':<56} {floor * 1000:8.0f} ms")
    print(f"{'ratio export / floor':<56} {ratio:8.2f} x  {verdict}")
    print(f"{'workshop export --pdf, 10,000 notes (median of 2)':<56} {large * 1000:8.0f} ms")
    print(f"{'floor, 10,000 notes x 3 paragraphs (median of 2)':<56} {large_floor * 1000:8.0f} ms")
    print(f"{'ratio export / floor, 10,000 notes':<56} {large / large_floor:8.2f} x")
    print(f"{'ratio 10,000 / 1,000 notes':<56} {growth:8.2f} x  {growth_verdict}")


if __name__ == "__main__":
    main()
