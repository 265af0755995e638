"""The one font family in every PDF: DejaVu Sans, shipped in resources/fonts and embedded.

Registered once per process, as a TrueType font that remembers what it has measured and encoded:
ReportLab asks for the width of the same words over and over while it breaks lines (and again
when it draws them), and encodes each drawn word into the subset's codes one character at a time,
in pure Python. A document of a thousand notes repeats a few thousand distinct words, so both are
kept per text.
"""

from __future__ import annotations

from functools import cache

from workshop.paths import fonts_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

# Beyond this many distinct texts a font forgets its widths and starts again (a bound on memory
# in a long-running GUI process; a document rarely has more).
_MAX_REMEMBERED = 200_000


@cache
def _font_class():
    from reportlab.pdfbase.ttfonts import TTFont

    class MeasuredFont(TTFont):
        """A TrueType font that computes each text's width and subset codes once.

        The width is kept in font units (per point of size), so one entry serves every size and
        the result is the same number ReportLab computes: ``0.001 * size * units``. A text's
        encoding is kept per document (ReportLab's per-document font state) once every one of
        its characters has a code, after which it can no longer change.
        """

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._units: dict[str, float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            units = self._units.get(text)
            if units is None:
                if not isinstance(text, str):
                    text = text.decode(encoding or "utf8")
                widths = self.face.charWidths
                default = self.face.defaultWidth
                units = sum([widths.get(ord(ch), default) for ch in text])
                if len(self._units) >= _MAX_REMEMBERED:
                    self._units.clear()
                self._units[text] = units
            return 0.001 * size * units

        def splitString(self, text, doc, encoding="utf-8"):
            state = self.state.get(doc)
            known = getattr(state, "verksted_split", None) if state is not None else None
            if known is not None:
                split = known.get(text)
                if split is not None:
                    return split
                # every character already has a code in the first subset (the usual case once
                # a few paragraphs are drawn): the codes as ReportLab would give them
                if isinstance(text, str) and "\xa0" not in text:
                    assignments = state.assignments
                    try:
                        codes = [assignments[c] for c in map(ord, text)]
                    except KeyError:
                        codes = None
                    if codes is not None and (not codes or max(codes) < 256):
                        split = [(0, bytes(codes))] if codes else []
                        if len(known) < _MAX_REMEMBERED:
                            known[text] = split
                        return split
            split = super().splitString(text, doc, encoding)
            state = self.state[doc]
            if known is None:
                known = state.verksted_split = {}
            if len(known) < _MAX_REMEMBERED:
                known[text] = split
            return split

    return MeasuredFont


@cache
def register_fonts() -> str:
    """Register the family with ReportLab once; returns the regular font's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    font_class = _font_class()
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(font_class(name, str(fonts_dir() / f"{name}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
