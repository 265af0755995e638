"""Control characters in text that came from someone else: shown safely, or left out of a name.

A note, a title or a file name can hold characters that a terminal obeys instead of showing:
ESC starts a sequence that clears the screen or sets the window title (``\\x1b[2J``,
``\\x1b]0;…\\x07``), CR returns to the start of the line so what follows overwrites it, other C0
and C1 controls (U+0080–U+009F; U+009B is a second ESC ``[``) do the same, and the bidirectional
overrides and isolates (RLO U+202E …) turn the rest of a line around, so that
``invoice\\u202efdp.exe`` reads as ``invoiceexe.pdf``. :func:`visible` writes each as a visible
escape (``\\x1b``, ``\\u202e``); :func:`without_controls` leaves them out (for a file name).
Tabs and newlines are kept where a caller allows them.

Every text the command line prints goes through :func:`visible`
(:mod:`workshop.cli.output`); suggested file names go through :func:`without_controls`.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["UNSAFE", "json_escaped", "visible", "without_controls"]

# C0 controls but tab and newline, DEL, C1 controls; the Arabic letter mark, LRM and RLM; the
# bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069); the line and
# paragraph separators (some terminals start a new line on them).
_BIDI: Final = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
UNSAFE: Final = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_OR_LINES: Final = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = True) -> str:
    """``text`` with every unsafe character as a visible escape (``\\x1b``, ``\\r``→``\\x0d``).

    ``lines=False`` escapes newlines and tabs too, for what must stay one line (an error).
    """
    pattern = UNSAFE if lines else _UNSAFE_OR_LINES
    return pattern.sub(_escape, text)


def json_escaped(text: str) -> str:
    """JSON text with every unsafe character written as the JSON escape ``\\uXXXX``.

    The data stay the same (a JSON reader gets the character back); the terminal sees none.
    Newlines outside strings (indentation) are kept; inside strings JSON already escapes them.
    """
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def without_controls(text: str) -> str:
    """``text`` without any of the unsafe characters, tabs and newlines included."""
    return _UNSAFE_OR_LINES.sub("", text)
