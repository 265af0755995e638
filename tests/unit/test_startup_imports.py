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
