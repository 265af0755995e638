"""Turning user text into ReportLab paragraph markup without losing a character."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0/C1 control characters other than tab and newline cannot be drawn and would break the markup.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def para_text(text: str) -> str:
    """Escape user text for a Paragraph: ``<``, ``&`` and ``>`` print literally; newlines break."""
    text = _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(text).replace("\t", "    ").replace("\n", "<br/>")
