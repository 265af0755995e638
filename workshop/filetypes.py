"""Verksted's own kinds of file, recognised without loading the database stack.

The entry point (``workshop FILE.verksted``), the GUI's start and the session-file format itself
all ask here, so a double click on a session file is recognised before SQLAlchemy is imported.
"""

from __future__ import annotations

SESSION_FILE_SUFFIX = ".verksted"  # one session with its notes, for another computer


def is_session_file(arg: str) -> bool:
    """A ``.verksted`` file to open in the app (what a double click on one passes)."""
    return arg.lower().endswith(SESSION_FILE_SUFFIX) and not arg.startswith("-")
