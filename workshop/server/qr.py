"""The join QR code (segno): SVG or PNG bytes for the projector and cards, text for a terminal."""

from __future__ import annotations

import io
from typing import TextIO

import segno


def _code(url: str) -> segno.QRCode:
    # Medium error correction: still reads from the back of a room or off a creased card.
    return segno.make(url, error="m", micro=False)


def qr_svg(url: str, *, scale: int = 10, dark: str = "#000", light: str = "#fff") -> bytes:
    out = io.BytesIO()
    _code(url).save(out, kind="svg", scale=scale, dark=dark, light=light, border=4, xmldecl=False)
    return out.getvalue()


def qr_png(url: str, *, scale: int = 10) -> bytes:
    """PNG bytes (a QPixmap loads them with ``loadFromData``)."""
    out = io.BytesIO()
    _code(url).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def qr_terminal(url: str, out: TextIO) -> None:
    _code(url).terminal(out=out, compact=True)
