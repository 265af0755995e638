"""The window is painted before heavy modules load: importing the GUI entry must stay light."""

from __future__ import annotations

import subprocess
import sys


def test_the_main_window_module_does_not_import_the_database_or_pdf_stack():
    code = (
        "import sys, workshop.app, workshop.ui.app, workshop.ui.main_window; "
        "print(','.join(m for m in ('sqlalchemy', 'reportlab', 'alembic', 'pikepdf') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_command_lines_help_and_version_do_not_import_the_database_or_pdf_stack():
    code = (
        "import sys, contextlib, io, workshop.app\n"
        "for argv in (['--version'], ['--help'], ['export', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "        workshop.app.main(argv)\n"
        "print(','.join(m for m in ('sqlalchemy', 'reportlab', 'alembic', 'pikepdf', 'PySide6') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_adding_a_note_from_the_command_line_loads_no_pdf_server_or_gui_stack(tmp_path):
    from workshop.services.sessions import create_session
    from workshop.store.db import Library

    library = tmp_path / "library.sqlite"
    with Library.open(library) as lib:
        session_id = create_session(lib, "library-evening", "Kveld")
    command = ["-X", "importtime", "-m", "workshop", "--library", str(library), "add"]
    done = subprocess.run(
        [sys.executable, *command, session_id, "Lys i parken"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(done.stdout.strip()) == 36  # the new note's id
    loaded = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "sqlalchemy" in loaded  # what it needs is seen
    assert not loaded & {"reportlab", "pikepdf", "aiohttp", "alembic", "PySide6", "PIL"}
