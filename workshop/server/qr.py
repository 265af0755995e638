"""The join QR code (segno): SVG or PNG bytes for the projector and cards, text for a terminal."""

from __future__ import annotations

import io
from typing import TextIO

import segno


def _code(url: str) -> segno.QRCode:
    # Medium error correction: still reads from the back of a room or off a creased card.
    return segno.make(url, error="m", micro=False)


BORDER = 4  # modules of quiet zone around the code (the standard's minimum)


def qr_size(url: str) -> int:
    """Modules across the code with its quiet zone: a picture of ``scale`` × this pixels."""
    return _code(url).symbol_size(border=BORDER)[0]


def qr_svg(url: str, *, scale: int = 10, dark: str = "#000", light: str = "#fff") -> bytes:
    out = io.BytesIO()
    _code(url).save(
        out, kind="svg", scale=scale, dark=dark, light=light, border=BORDER, xmldecl=False
    )
    return out.getvalue()


def qr_png(url: str, *, scale: int = 10) -> bytes:
    """PNG bytes (a QPixmap loads them with ``loadFromData``)."""
    out = io.BytesIO()
    _code(url).save(out, kind="png", scale=scale, border=BORDER)
    return out.getvalue()


def qr_terminal(url: str, out: TextIO) -> None:
    _code(url).terminal(out=out, compact=True)
