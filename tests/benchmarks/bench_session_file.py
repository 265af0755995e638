"""Session files with 10,000 notes: pack, and unpack with a merge. Target: each ≤ 2 s.

The session: 10,000 notes imported from CSV (four in five with a principle), a vote on every
tenth, 20 clusters of 50 notes. Laptop B has a copy; then laptop A edits 1,000 texts, tags 1,000
more notes and votes, while B edits 500 texts (100 of them the same notes: conflicts) and moves
notes. Timed: A packs the session (median of 5); B unpacks A's file and merges (median of 5, each
on a fresh copy of B's library); unpacking into an empty library (a new session) for comparison.

Then the same as whole processes, as a user runs them: ``workshop unpack FILE`` merging into
B's library (a fresh copy of it each time, at the same place, so today's automatic backup is
there already as after the day's first start) and ``workshop pack``, each in turn with its floor
in the same run: a bare Python process that copies the same session file with SQLite's backup
API (``sqlite3 .backup`` and the process start). Target: unpack ≤ 10× the floor.

Also runs the merge property test with its heavy profile (500 examples).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report

NOTES = 10_000
REPEATS = 5
TARGET_MS = 2000
TARGET_RATIO = 10.0  # whole-process unpack against the floor
# As a user's Python runs: with its modules' bytecode written once and read from then on.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
FLOOR = (
    "import sqlite3, sys\n"
    "source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])\n"
    "source.backup(target)\n"
)


def _csv(path: Path) -> Path:
    lines = ["text;principles;group;step"]
    for i in range(NOTES):
        principles = "" if i % 5 == 0 else str(1 + i % 10)
        lines.append(f"Innspill {i}: flere møteplasser og bedre busstilbud;{principles};Alle;1")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _edit_many(lib, session_id: str, ids: list[str], text: str) -> None:
    from workshop.store.models import Note

    with lib.write() as s:
        for note_id in ids:
            s.get(Note, note_id).text = f"{text} {note_id[:8]}"


def _run(args: list[str], prepare=None) -> float:
    """Seconds of one whole process, from its start to its exit (``prepare`` runs before)."""
    if prepare is not None:
        prepare()
    start = time.perf_counter()
    subprocess.run(args, check=True, stdin=subprocess.DEVNULL, capture_output=True, env=ENV)
    return time.perf_counter() - start


def _against_floor(name: str, args: list[str], floor: list[str], prepare=None) -> float:
    """The command and its floor in turn (A B A B …); prints both medians and the ratio."""
    _run(args, prepare)  # once untimed: the day's first backup, a cold cache
    ours, base, ratios = [], [], []
    for _ in range(REPEATS):
        ours.append(_run(args, prepare))
        base.append(_run(floor))
        ratios.append(ours[-1] / base[-1])
    report(f"{name}, whole process", ours)
    report("  floor: python + sqlite3 backup of the file", base)
    ratio = statistics.median(ratios)
    verdict = "OK" if ratio <= TARGET_RATIO else f"OVER TARGET ({TARGET_RATIO:g}x)"
    print(f"{'  ratio to the floor (median of pairs)':<52} {ratio:8.2f} x  {verdict}")
    return ratio


def whole_processes(tmp: Path, library_a: Path, library_b: Path, sid: str, file: Path) -> None:
    workshop = [sys.executable, "-m", "workshop"]
    floor = [sys.executable, "-c", FLOOR, str(file), str(tmp / "floor.sqlite")]
    target = tmp / "cli-b.sqlite"

    def fresh_copy() -> None:
        for side in ("-wal", "-shm", "-journal"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        shutil.copyfile(library_b, target)

    _against_floor(
        "workshop unpack (merge into B)",
        [*workshop, "--library", str(target), "unpack", str(file)],
        floor,
        fresh_copy,
    )
    _against_floor(
        "workshop pack",
        [*workshop, "--library", str(library_a), "pack", sid, str(tmp / "cli-a.verksted")],
        floor,
    )


def main() -> None:
    from workshop.services import board, exchange, notes, tags
    from workshop.services.csv_import import import_csv
    from workshop.services.sessions import create_session
    from workshop.store.db import Library
    from workshop.store.models import Note

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        a = Library.open(tmp / "a.sqlite")
        sid = create_session(a, "library-evening", "Stor økt")
        import_csv(a, sid, _csv(tmp / "notes.csv"))
        ids = [n.id for n in notes.list_notes(a, sid)]
        with a.write() as s:
            for i, note_id in enumerate(ids):
                if i % 10 == 0:
                    s.get(Note, note_id).votes = 1 + i % 4
        for c in range(20):
            board.create_cluster(a, sid, f"Gruppe {c}", ids[c * 50 : (c + 1) * 50])
        base = tmp / "base.verksted"
        exchange.pack_session(a, sid, base)

        b = Library.open(tmp / "b.sqlite")
        exchange.unpack_session(b, base)
        # Apart: A edits and tags, B edits (100 of the same notes) and moves.
        _edit_many(a, sid, ids[:1000], "Endret på A")
        tags.set_tags(a, sid, dict.fromkeys(ids[1000:2000], True), principles=[7])
        _edit_many(b, sid, ids[900:1400], "Endret på B")
        board.move_notes(b, sid, {n: (float(i), float(i)) for i, n in enumerate(ids[5000:6000])})
        b.checkpoint()
        b.close()

        file = tmp / "a.verksted"
        times = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            result = exchange.pack_session(a, sid, file)
            times.append(time.perf_counter() - start)
        report(f"pack {NOTES:,} notes ({result.size / 1e6:.1f} MB)", times, TARGET_MS)

        merge_times, summary = [], None
        for n in range(REPEATS):
            copy = tmp / f"b{n}.sqlite"
            shutil.copyfile(tmp / "b.sqlite", copy)
            lib = Library.open(copy)
            start = time.perf_counter()
            summary = exchange.unpack_session(lib, file)
            merge_times.append(time.perf_counter() - start)
            lib.close()
        report("unpack and merge into a changed copy", merge_times, TARGET_MS)
        print(
            f"    {summary.notes.updated} notes updated, {summary.notes.unchanged} unchanged, "
            f"{summary.conflicts} text conflicts"
        )

        new_times = []
        for n in range(REPEATS):
            lib = Library.open(tmp / f"empty{n}.sqlite")
            start = time.perf_counter()
            exchange.unpack_session(lib, file)
            new_times.append(time.perf_counter() - start)
            lib.close()
        report("unpack into an empty library (new session)", new_times, TARGET_MS)
        a.checkpoint()
        a.close()
        pack_s, merge_s = statistics.median(times), statistics.median(merge_times)
        print(f"    (medians: pack {pack_s:.2f} s, merge {merge_s:.2f} s)")
        whole_processes(tmp, tmp / "a.sqlite", tmp / "b.sqlite", sid, file)

    print("merge property test, heavy profile (500 examples):")
    env = dict(os.environ, HYPOTHESIS_PROFILE="heavy")
    root = Path(__file__).resolve().parents[2]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/unit/test_merge_properties.py"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    print(f"    {last} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
