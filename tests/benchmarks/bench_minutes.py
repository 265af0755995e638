"""PDF minutes of 1,000 notes against a bare ReportLab document with the same paragraphs.

Target: the minutes take ≤ 1.5× the bare document (same run, same font, same number of
paragraph occurrences: every note once per section it appears in, plus headings).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPEATS = 5


def make_session(directory: Path, n: int):
    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session, get_session
    from workshop.store.db import Library

    lib = Library.open(directory / f"minutes-{n}.sqlite")
    session_id = create_session(
        lib, "library-evening", f"Benchmark med {n} lapper", facilitators=["Kari Nordmann"]
    )
    steps = get_session(lib, session_id).steps
    for i in range(n):
        principles = [1 + i % 10] if i % 4 else [1 + i % 10, 1 + (i + 3) % 10]
        if i % 7 == 0:
            principles = []
        add_note(
            lib,
            session_id,
            f"Innspill {i}: flere møteplasser & bedre busstilbud på kveldstid",
            step_id=steps[1 + i % 3].id,
            group="Innbyggere",
            principles=principles,
            votes=i % 5,
        )
    return lib, session_id


def bare_document(path: Path, paragraphs: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from workshop.export.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=10, leading=13.5)
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=REGULAR)
    doc.build([Paragraph(p, style) for p in paragraphs])


def paragraph_texts(data) -> list[str]:
    """The markup of every paragraph occurrence the minutes contain for notes and headings."""
    from workshop.export.markup import para_text
    from workshop.export.pdf import note_markup

    texts = [para_text(data.session.title)]
    for section in data.by_principle:
        texts += [section.principle.title["nb"], section.principle.text["nb"]]
        texts += [note_markup(data, n) for n in section.notes]
    texts += [note_markup(data, n) for n in data.unmapped]
    for fs in data.by_focus_area:
        texts.append(fs.focus_area.title["nb"])
        texts += [note_markup(data, n) for n in fs.notes]
    return texts


def measure(n: int, directory: Path) -> tuple[float, float]:
    from workshop.export.pdf import write_minutes_pdf
    from workshop.services.minutes import build_minutes

    lib, session_id = make_session(directory, n)
    minutes_times, bare_times = [], []
    for _ in range(REPEATS):
        start = time.perf_counter()
        data = build_minutes(lib, session_id)
        write_minutes_pdf(data, directory / "minutes.pdf")
        minutes_times.append(time.perf_counter() - start)
        texts = paragraph_texts(data)
        start = time.perf_counter()
        bare_document(directory / "bare.pdf", texts)
        bare_times.append(time.perf_counter() - start)
    lib.close()
    return statistics.median(minutes_times), statistics.median(bare_times)


def main() -> None:
    from workshop.export.fonts import register_fonts

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        minutes, bare = measure(1000, Path(tmp))
    ratio = minutes / bare
    verdict = "OK" if ratio <= 1.5 else "OVER TARGET (1.5x)"
    print(f"{'minutes PDF, 1,000 notes (median of 5)':<52} {minutes * 1000:8.0f} ms")
    print(f"{'bare ReportLab, same paragraphs (median of 5)':<52} {bare * 1000:8.0f} ms")
    print(f"{'ratio minutes / bare':<52} {ratio:8.2f} x  {verdict}")


if __name__ == "__main__":
    main()
