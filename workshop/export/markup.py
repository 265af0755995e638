"""Turning user text into ReportLab paragraph markup without losing a character.

Two steps: :func:`drawable` replaces what the embedded font cannot draw (emoji, scripts DejaVu Sans
lacks) by a readable placeholder such as ``[emoji: bus]`` — never a box — and :func:`para_text`
escapes the result so ``<``, ``&`` and line breaks print literally. CSV and JSON keep the exact
text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from workshop.export.bidi import base_level, has_rtl, levels, visual_line, visual_text

# C0/C1 control characters other than tab and newline cannot be drawn and would break the markup.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

ZWJ = "\u200d"
# Characters that only modify the emoji before them: variation selectors, skin tones, tag letters,
# the keycap mark. They are left out of a placeholder (and drawn where the font has them).
_EMOJI_MODIFIERS = re.compile("[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_REGIONAL = range(0x1F1E6, 0x1F200)


def para_text(text: str) -> str:
    """Escape user text for a Paragraph: ``<``, ``&`` and ``>`` print literally; newlines break."""
    text = _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(text).replace("\t", "    ").replace("\n", "<br/>")


@cache
def font_cmap(font_name: str) -> frozenset[int]:
    """The code points the (registered, embedded) font has a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _placeholder_name(ch: str) -> str:
    return unicodedata.name(ch, f"U+{ord(ch):04X}").lower()


def drawable(text: str, font_name: str) -> str:
    """``text`` with every character ``font_name`` has no glyph for replaced by a placeholder.

    An emoji (with its skin tone, variation selector and ZWJ partners) becomes one
    ``[emoji: name]``, a pair of regional indicators ``[emoji: flag NO]``, any other character
    ``[U+4E2D]``. Control characters, tabs and line breaks are left for :func:`para_text`.
    """
    if text.isascii():
        return text
    cmap = font_cmap(font_name)
    if all(ord(ch) in cmap for ch in text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        cp = ord(ch)
        if cp in cmap or cp < 0x20 or 0x7F <= cp <= 0x9F:
            out.append(ch)
            i += 1
            continue
        if _EMOJI_MODIFIERS.match(ch):  # a modifier the font lacks, after a drawable emoji
            i += 1
            continue
        if cp in _REGIONAL:
            j = i + 1
            if j < n and ord(text[j]) in _REGIONAL:
                flag = chr(cp - 0x1F1E6 + 65) + chr(ord(text[j]) - 0x1F1E6 + 65)
                out.append(f"[emoji: flag {flag}]")
                i = j + 1
            else:
                out.append(f"[emoji: {_placeholder_name(ch)}]")
                i = j
            continue
        if unicodedata.category(ch) == "So":
            names = [_placeholder_name(ch)]
            j = i + 1
            while j < n:
                if _EMOJI_MODIFIERS.match(text[j]):
                    j += 1
                elif text[j] == ZWJ and j + 1 < n and unicodedata.category(text[j + 1]) == "So":
                    names.append(_placeholder_name(text[j + 1]))
                    j += 2
                else:
                    break
            out.append(f"[emoji: {' + '.join(names)}]")
            i = j
            continue
        codes = [f"U+{cp:04X}"]
        j = i + 1
        while j < n and _other_missing(text[j], cmap):
            codes.append(f"U+{ord(text[j]):04X}")
            j += 1
        out.append(f"[{' '.join(codes)}]")
        i = j
    return "".join(out)


def _other_missing(ch: str, cmap: frozenset[int]) -> bool:
    """A character the font lacks that is neither an emoji part nor a control character."""
    cp = ord(ch)
    return not (
        cp in cmap
        or cp < 0x20
        or 0x7F <= cp <= 0x9F
        or cp in _REGIONAL
        or _EMOJI_MODIFIERS.match(ch)
        or unicodedata.category(ch) == "So"
    )


def pdf_text(text: str, font_name: str) -> str:
    """User text as paragraph markup for ``font_name``: placeholders, then escaped.

    Right-to-left text is put in visual order as a whole (see :func:`bidi.visual_text`).
    """
    text = drawable(text, font_name)
    if has_rtl(text):
        text = visual_text(_CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n")))
    return para_text(text)


def canvas_line(text: str, font_name: str, size: float = 0, width: float = 0) -> tuple[str, bool]:
    """One line for ``canvas.drawString``: placeholders, line breaks as spaces, visual order.

    With ``size`` and ``width`` the line is first cut (at its logical end) with an ellipsis to fit.
    Returns the text and whether to draw it with ``shaping=True`` (right-to-left text).
    """
    text = _CONTROL.sub("\ufffd", drawable(text, font_name))
    text = " ".join(text.split())
    if size and width:
        text = fit_width(text, font_name, size, width)
    if not has_rtl(text):
        return text, False
    base = base_level(text)
    return visual_line(text, levels(text, base), base), True


def fit_width(text: str, font_name: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it is at most ``width`` points wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font_name, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font_name, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
