"""Principle suggestions: quality on tagged Norwegian notes, and speed.

The notes in tests/data/suggest-notes.toml are split in a tuning half (used to improve the
framework's keywords, and here as the history of a library where they were tagged before) and an
evaluation half, which is only measured:

* recall@3: true principles found among the top three ÷ all true principles (target ≥ 0.7);
* precision@1: notes whose first suggestion is one of their principles ÷ notes.

Measured twice: keywords only, and keywords plus history learned from a real library holding the
tuning notes with their tags.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

NOTES_FILE = Path(__file__).resolve().parents[1] / "data" / "suggest-notes.toml"
TARGET_RECALL = 0.7


@dataclass(frozen=True)
class TaggedNote:
    text: str
    principles: tuple[int, ...]
    split: str


@dataclass(frozen=True)
class Quality:
    recall_at_3: float
    precision_at_1: float
    notes: int


def load_notes(path: Path = NOTES_FILE) -> list[TaggedNote]:
    with path.open("rb") as f:
        data = tomllib.load(f)
    return [TaggedNote(n["text"], tuple(n["principles"]), n["split"]) for n in data["notes"]]


def evaluate(suggester, notes: list[TaggedNote]) -> Quality:
    found = total = first = 0
    for note in notes:
        top = [s.principle for s in suggester.suggest(note.text, limit=3)]
        found += len(set(top) & set(note.principles))
        total += len(note.principles)
        first += bool(top) and top[0] in note.principles
    return Quality(found / total, first / len(notes), len(notes))


def library_with_history(directory: Path, notes: list[TaggedNote]):
    """A library with one session holding ``notes`` tagged by hand; returns (lib, session)."""
    from workshop.services.notes import add_note
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    lib = Library.open(directory / "suggest.sqlite")
    session_id = create_session(lib, "library-evening", "Tidligere temakveld")
    for note in notes:
        add_note(lib, session_id, note.text, principles=note.principles)
    return lib, session_id


def _line(name: str, q: Quality) -> None:
    verdict = "OK" if q.recall_at_3 >= TARGET_RECALL else "BELOW"
    print(
        f"{name:<52} recall@3 {q.recall_at_3:.3f}   precision@1 {q.precision_at_1:.3f}   "
        f"n={q.notes}   target ≥ {TARGET_RECALL} {verdict}"
    )


def main() -> dict[str, Quality]:
    from common import report

    from workshop.domain.framework import load_default_framework
    from workshop.services.sessions import session_framework
    from workshop.services.suggest import Suggester

    notes = load_notes()
    tune = [n for n in notes if n.split == "tune"]
    held_out = [n for n in notes if n.split == "eval"]
    print(f"notes: {len(notes)} (tuning {len(tune)}, evaluation {len(held_out)})")

    keywords_only = evaluate(Suggester(load_default_framework()), held_out)
    with tempfile.TemporaryDirectory() as tmp:
        lib, session_id = library_with_history(Path(tmp), tune)
        framework = session_framework(lib, session_id)
        learn_times = []
        for _ in range(20):
            start = time.perf_counter()
            suggester = Suggester.from_library(lib, framework)
            learn_times.append(time.perf_counter() - start)
        lib.close()
    with_history = evaluate(suggester, held_out)

    _line("evaluation half, keywords only", keywords_only)
    _line(f"evaluation half, keywords + history ({len(tune)} notes)", with_history)

    suggest_times = []
    for _ in range(5):
        for note in held_out:
            start = time.perf_counter()
            suggester.suggest(note.text)
            suggest_times.append(time.perf_counter() - start)
    report(f"learn from library ({len(tune)} tagged notes)", learn_times)
    report("suggest for one note", suggest_times, target_ms=5.0)
    print(f"{'mean words per note':<52} {statistics.mean(len(n.text.split()) for n in notes):.1f}")
    return {"keywords": keywords_only, "history": with_history}


if __name__ == "__main__":
    main()
