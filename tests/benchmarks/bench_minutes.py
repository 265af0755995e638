"""PDF minutes of 1,000 notes against a bare ReportLab document with the same paragraphs, and of
10,000 notes against 1,000.

Targets:
* the minutes of 1,000 notes take ≤ 1.5× a bare ReportLab document built in the same run, with
  the same font and the same paragraph occurrences: every note once per place it appears in (each
  principle, not mapped, each focus area, its cluster and the most-voted list in the summary, the
  appendix), plus headings and principle texts. The minutes' own extras — cover table, chart,
  agenda and action tables, board picture, header and footer, the PDF/A pass — count against them;
* the minutes of 10,000 notes take ≤ 12× those of 1,000 (no worse than linear by more than 20 %).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPEATS = 5
REPEATS_LARGE = 2
CLUSTERS = ("Møteplasser", "Barn og unge", "Trafikk", "Kultur", "Digitalt")


def make_session(directory: Path, n: int):
    """A session of ``n`` notes on the board, tagged, voted, some in clusters, with actions."""
    from workshop.domain.board import area_slot
    from workshop.services.actions import add_action
    from workshop.services.board import create_cluster
    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session, get_session
    from workshop.store.db import Library

    lib = Library.open(directory / f"minutes-{n}.sqlite")
    session_id = create_session(
        lib, "library-evening", f"Benchmark med {n} lapper", facilitators=["Kari Nordmann"]
    )
    steps = get_session(lib, session_id).steps
    members: dict[str, list[str]] = {name: [] for name in CLUSTERS}
    placed: dict[int, int] = {}
    for i in range(n):
        principles = [1 + i % 10] if i % 4 else [1 + i % 10, 1 + (i + 3) % 10]
        if i % 7 == 0:
            principles = []
        step = 2 + i % 3
        x, y = area_slot(step, placed.get(step, 0))
        placed[step] = placed.get(step, 0) + 1
        note_id = add_note(
            lib,
            session_id,
            f"Innspill {i}: flere møteplasser & bedre busstilbud på kveldstid",
            step_id=steps[step - 1].id,
            group="Innbyggere",
            principles=principles,
            focus_areas=["digitalt-forstevalg"] if i % 9 == 0 else [],
            votes=i % 5,
            x=x,
            y=y,
        )
        if i % 10 == 0:
            members[CLUSTERS[(i // 10) % len(CLUSTERS)]].append(note_id)
    for name, note_ids in members.items():
        create_cluster(lib, session_id, name, note_ids)
    for k in range(5):
        add_action(lib, session_id, f"Tiltak {k}", owner="Enhetsleder")
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
    from workshop.export.minutes_pdf import appendix_markup, note_markup, summary_markup

    texts = [para_text(data.session.title)]
    for section in data.by_cluster:
        texts.append(para_text(section.cluster.name))
        texts += [summary_markup(data, n) for n in section.notes]
    texts += [summary_markup(data, n) for n in data.top_voted]
    for section in data.by_principle:
        texts += [section.principle.title["nb"], section.principle.text["nb"]]
        texts += [note_markup(data, n) for n in section.notes]
    texts += [note_markup(data, n) for n in data.unmapped]
    for fs in data.by_focus_area:
        texts.append(fs.focus_area.title["nb"])
        texts += [note_markup(data, n) for n in fs.notes]
    texts += [appendix_markup(data, n) for n in data.notes]
    return texts


def time_minutes(lib, session_id, directory: Path):
    from workshop.export.minutes_pdf import write_minutes_pdf
    from workshop.services.minutes import build_minutes

    start = time.perf_counter()
    data = build_minutes(lib, session_id)
    write_minutes_pdf(data, directory / "minutes.pdf")
    return time.perf_counter() - start, data


def measure(n: int, directory: Path) -> tuple[float, float, int]:
    lib, session_id = make_session(directory, n)
    minutes_times, bare_times = [], []
    paragraphs = 0
    for _ in range(REPEATS):
        elapsed, data = time_minutes(lib, session_id, directory)
        minutes_times.append(elapsed)
        texts = paragraph_texts(data)
        paragraphs = len(texts)
        start = time.perf_counter()
        bare_document(directory / "bare.pdf", texts)
        bare_times.append(time.perf_counter() - start)
    lib.close()
    return statistics.median(minutes_times), statistics.median(bare_times), paragraphs


def measure_large(n: int, directory: Path) -> float:
    lib, session_id = make_session(directory, n)
    times = [time_minutes(lib, session_id, directory)[0] for _ in range(REPEATS_LARGE)]
    lib.close()
    return statistics.median(times)


def main() -> None:
    from workshop.export.fonts import register_fonts

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        minutes, bare, paragraphs = measure(1000, Path(tmp))
        large = measure_large(10_000, Path(tmp))
    ratio = minutes / bare
    verdict = "OK" if ratio <= 1.5 else "OVER TARGET (1.5x)"
    growth = large / minutes
    growth_verdict = "OK" if growth <= 12 else "OVER TARGET (12x)"
    print(f"{'minutes PDF, 1,000 notes (median of 5)':<52} {minutes * 1000:8.0f} ms")
    bare_label = f"bare ReportLab, same {paragraphs:,} paragraphs (median of 5)"
    print(f"{bare_label:<52} {bare * 1000:8.0f} ms")
    print(f"{'ratio minutes / bare':<52} {ratio:8.2f} x  {verdict}")
    print(f"{'minutes PDF, 10,000 notes (median of 2)':<52} {large * 1000:8.0f} ms")
    print(f"{'ratio 10,000 / 1,000 notes':<52} {growth:8.2f} x  {growth_verdict}")


if __name__ == "__main__":
    main()
