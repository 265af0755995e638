"""How a text becomes a spreadsheet cell that is shown, never run, and how it is read back.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken by Excel
and LibreOffice as a formula (``=HYPERLINK(…)``, ``=SUM(A1:A9)``, ``@x``, ``+47 22 …``). Every
CSV Verksted writes therefore puts a ``'`` before such a text, as OWASP recommends; a text that
itself starts with ``'`` gets one too, so that reading back is exact: :func:`text_of_cell`
removes the one ``'`` :func:`text_cell` added, and Verksted's own CSV import reads its exports
back to the original texts.
"""

from __future__ import annotations

from typing import Final

TEXT_MARK: Final = "'"
FORMULA_STARTS: Final = frozenset("=+-@\t\r")
_MARKED_STARTS: Final = FORMULA_STARTS | {TEXT_MARK}


def text_cell(text: str) -> str:
    """``text`` as a cell a spreadsheet shows as text (``'=SUM(A1:A9)``)."""
    return TEXT_MARK + text if text[:1] in _MARKED_STARTS else text


def text_of_cell(cell: str) -> str:
    """The text a :func:`text_cell` cell holds; any other cell as it is."""
    if cell[:1] == TEXT_MARK and cell[1:2] in _MARKED_STARTS:
        return cell[1:]
    return cell
