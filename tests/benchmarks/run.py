"""Run every benchmark once and print medians and ratios: `python tests/benchmarks/run.py`.

``--long`` also runs the long fuzzing profile (100,000 inputs per reader of outside data; see
``fuzz_readers.py``), which takes hours on a small machine."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_capture_window
import bench_csv_import
import bench_export_process
import bench_minutes
import bench_overview
import bench_participants
import bench_phones_gui
import bench_run_mode
import bench_session_file
import bench_sessions_screen
import bench_storage
import bench_suggest
import bench_team_sync

if __name__ == "__main__":
    long = "--long" in sys.argv[1:]
    print("== storage ==")
    bench_storage.main()
    print("== minutes ==")
    bench_minutes.main()
    print("== workshop export --pdf, the whole process ==")
    bench_export_process.main()
    print("== run mode ==")
    bench_run_mode.main()
    print("== capturing in the whole main window, against a bare app ==")
    bench_capture_window.main()
    print("== suggestions ==")
    bench_suggest.main()
    print("== overview and period report ==")
    bench_overview.main()
    print("== sessions screen and overview, 1,000 sessions ==")
    bench_sessions_screen.main()
    print("== session files ==")
    bench_session_file.main()
    print("== phones posting to the participant server ==")
    bench_participants.main()
    print("== the capture line in the main window while 60 phones post ==")
    bench_phones_gui.main()
    print("== team sync (PostgreSQL) ==")
    bench_team_sync.main()
    print("== CSV import ==")
    bench_csv_import.main()
    if long:
        import fuzz_readers

        print("== fuzzing (long profile) ==")
        sys.exit(fuzz_readers.main([]))
