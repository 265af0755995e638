"""Verksted's own kinds of file, recognised without loading the database stack.

The entry point (``workshop FILE.verksted``), the GUI's start and the session-file format itself
all ask here, so a double click on a session file is recognised before SQLAlchemy is imported.
A library given as a URL (``postgresql://…``, the team library on a server) is told apart from a
file here too, and its password taken out before it is shown or stored.
"""

from __future__ import annotations

import re

URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

SESSION_FILE_SUFFIX = ".verksted"  # one session with its notes, for another computer


def is_session_file(arg: str) -> bool:
    """A ``.verksted`` file to open in the app (what a double click on one passes)."""
    return arg.lower().endswith(SESSION_FILE_SUFFIX) and not arg.startswith("-")


def is_url(value: object) -> bool:
    """A URL-like library (``scheme://…``), never to be taken as a file path."""
    return isinstance(value, str) and bool(URL_RE.match(value))


def safe_url(url: str) -> str:
    """The URL without its password (if one was written into it), fit to store and show."""
    scheme, rest = url.split("://", 1)
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        user, _at, host = authority.rpartition("@")
        user = user.split(":", 1)[0]
        authority = f"{user}@{host}"
    tail = re.sub(r"(^|[?&])password=[^&]*&?", r"\1", tail).rstrip("&?")
    return f"{scheme}://{authority}{slash}{tail}"
