"""The one font family in every PDF: DejaVu Sans, shipped in resources/fonts and embedded.

Registered once per process, as a TrueType font that remembers what it has measured and encoded:
ReportLab asks for the width of the same words over and over while it breaks lines (and again
when it draws them), and encodes each drawn word into the subset's codes one character at a time,
in pure Python. A document of a thousand notes repeats a few thousand distinct words, so both are
kept per text.

Parsing a font file's tables (ReportLab reads every glyph's width and character code in Python)
takes longer than laying out a short document, so what it reads is kept in the user's cache
folder, per font file and ReportLab version, and read back on the next start.
"""

from __future__ import annotations

import io
import pickle
from fnmatch import fnmatch
from functools import cache
from pathlib import Path

from workshop.paths import fonts_dir, user_cache_dir

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

        def __init__(self, name: str, filename: str) -> None:
            face = _cached_face(Path(filename))
            if face is None:
                super().__init__(name, filename)
                _keep_face(Path(filename), self.face)
            else:  # what TTFont.__init__ does, with the face already read
                from weakref import WeakKeyDictionary

                from reportlab import rl_config
                from reportlab.pdfbase.ttfonts import TTEncoding

                self.fontName = name
                self.face = face
                self.encoding = TTEncoding()
                self.state = WeakKeyDictionary()
                self._asciiReadable = rl_config.ttfAsciiReadable
                self.shapable = not any(fnmatch(name, g) for g in rl_config.unShapedFontGlob)
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


def _cache_file(path: Path) -> Path:
    from reportlab import Version

    stat = path.stat()
    return user_cache_dir() / "fonts" / f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-{Version}"


class _FaceUnpickler(pickle.Unpickler):
    """Reads back a face's tables: plain values and ReportLab's name strings, nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("reportlab.pdfbase.ttfonts", "TTFNameBytes"):
            from reportlab.pdfbase.ttfonts import TTFNameBytes

            return TTFNameBytes
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a font face")


def _cached_face(path: Path):
    """The parsed face of ``path`` from the cache, or None (not cached, unreadable, stale)."""
    try:
        tables = _FaceUnpickler(io.BytesIO(_cache_file(path).read_bytes())).load()
        data = path.read_bytes()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    from reportlab.pdfbase.ttfonts import TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(tables)
    face._ttf_data = data
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    return face


def _keep_face(path: Path, face) -> None:
    """Keep ``face``'s tables in the cache; a cache that cannot be written is left alone."""
    from workshop.atomic import atomic_open

    tables = {k: v for k, v in face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
    target = _cache_file(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_open(target, "wb") as fh:
            pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        pass


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
