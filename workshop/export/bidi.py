"""Right-to-left text for the PDF: break into lines in logical order, then order each line visually.

ReportLab shapes a word with HarfBuzz (``uharfbuzz``), which also puts a right-to-left word's
glyphs in visual order, but it orders the *words* of a line only with ``rlbidi``, which is not on
PyPI. So a paragraph with Hebrew or Arabic text is broken into lines here and each line's words are
put in visual order with the Unicode bidirectional algorithm (UAX #9, rules W1–W7, N1–N2, I1–I2,
L1–L2; explicit embeddings and isolates are ignored, as notes do not use them). Each token is handed
over in the order HarfBuzz expects: a token HarfBuzz will shape right-to-left (its first letter is
Hebrew, Arabic…) in logical order, any other in visual order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

# Scripts written right to left: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their
# presentation forms, and the historic RTL blocks of the supplementary planes.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_SPACE = re.compile(r"\S+|\s+")

_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_STRONG = {"L": "L", "R": "R", "AL": "R"}
_NEUTRAL = {
    "B",
    "S",
    "WS",
    "ON",
    "BN",
    "LRE",
    "RLE",
    "LRO",
    "RLO",
    "PDF",
    "LRI",
    "RLI",
    "FSI",
    "PDI",
}


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def base_level(text: str) -> int:
    """1 when the first strong character is right-to-left (rules P2–P3), else 0."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return 0


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of every character of one paragraph (no line breaks in it)."""
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    sos = "R" if base else "L"
    n = len(types)
    # W1: a non-spacing mark takes the type of the character before it
    prev = sos
    for i, kind in enumerate(types):
        if kind == "NSM":
            types[i] = prev if prev not in ("LRI", "RLI", "FSI", "PDI") else "ON"
        prev = types[i]
    # W2, W3: European digits after Arabic letters are Arabic digits; AL becomes R
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if kind == "AL" else kind for kind in types]
    # W4: one separator between two numbers of the same kind joins them
    for i in range(1, n - 1):
        if types[i] == "ES" and types[i - 1] == "EN" == types[i + 1]:
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: terminators (%, $, …) next to European digits become European digits
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: other separators and terminators are neutral
    types = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]
    # W7: European digits after a left-to-right letter count as left-to-right
    last_strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"
    _pair_brackets(text, types, sos)
    # N1, N2: neutrals between two of the same direction take it, others the embedding direction
    eor = sos
    i = 0
    while i < n:
        if types[i] in _NEUTRAL or types[i] == "NSM":
            j = i
            while j < n and (types[j] in _NEUTRAL or types[j] == "NSM"):
                j += 1
            before = _direction(types[i - 1]) if i > 0 else sos
            after = _direction(types[j]) if j < n else eor
            fill = before if before == after else sos
            types[i:j] = [fill] * (j - i)
            i = j
        else:
            i += 1
    # I1, I2
    out = []
    for kind in types:
        if base == 0:
            out.append(1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
        else:
            out.append(2 if kind in ("L", "EN", "AN") else 1)
    return out


_OPENING = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u2045": "\u2046",
    "\u207d": "\u207e",
    "\u208d": "\u208e",
}


def _pair_brackets(text: str, types: list[str], sos: str) -> None:
    """Rule N0: a bracket pair takes the direction of what it encloses (or of what precedes it)."""
    pairs = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if types[i] != "ON":
            continue
        if ch in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_OPENING[ch], i))
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    embedding = sos
    for open_at, close_at in sorted(pairs):
        strong = ("L", "R", "EN", "AN")
        inside = {_direction(k) for k in types[open_at + 1 : close_at] if k in strong}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:
            before = sos
            for k in reversed(types[:open_at]):
                if k in strong:
                    before = _direction(k)
                    break
            opposite = next(iter(inside))
            direction = opposite if before == opposite else embedding
        types[open_at] = types[close_at] = direction


def _direction(kind: str) -> str:
    """Strong direction for rule N1: numbers count as right-to-left."""
    return "L" if kind == "L" else "R"


def visual_order(lvls: list[int]) -> list[int]:
    """Rule L2: the logical indices of a line in visual order."""
    order = list(range(len(lvls)))
    if not lvls:
        return order
    top = max(lvls)
    lowest_odd = (
        min(level for level in lvls if level % 2) if any(lv % 2 for lv in lvls) else top + 1
    )
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        n = len(order)
        while i < n:
            if lvls[order[i]] >= level:
                j = i
                while j < n and lvls[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


@cache
def shaping_available() -> bool:
    """Whether ReportLab can shape (uharfbuzz installed); without it tokens stay in visual order."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def _shaped_rtl(token: str) -> bool:
    """Whether HarfBuzz will shape this token right to left: its first letter of a real script."""
    for ch in token:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual_line(text: str, lvls: list[int], base: int, shaped: bool = True) -> str:
    """One line in visual order, with each token in the order HarfBuzz expects (see module doc).

    ``shaped=False`` is for text drawn without shaping: every token in visual order.
    """
    stripped = len(text.rstrip())
    lvls = lvls[:stripped] + [base] * (len(text) - stripped)  # L1: trailing spaces at base level
    order = visual_order(lvls)
    chars = [text[i] for i in order]
    odd = [lvls[i] % 2 == 1 for i in order]
    out: list[str] = []
    for match in _SPACE.finditer("".join(chars)):
        token = match.group()
        start = match.start()
        if token.isspace():
            out.append(token)
        elif shaped and _shaped_rtl(token) and shaping_available():
            out.append(token[::-1])  # HarfBuzz reverses it again
        else:  # drawn as it stands: mirror brackets that sit at a right-to-left level
            out.append(
                "".join(_MIRROR.get(ch, ch) if odd[start + k] else ch for k, ch in enumerate(token))
            )
    return "".join(out)


def visual_text(text: str) -> str:
    """Short text (a title, a table cell, a detail) in visual order, for drawing unshaped.

    Each hard line is ordered as a whole, so this suits text that fits on a line; Arabic letters
    drawn this way keep their isolated forms. Notes are broken into lines and shaped instead.
    """
    out = []
    for line in text.split("\n"):
        base = base_level(line)
        out.append(visual_line(line, levels(line, base), base, shaped=False))
    return "\n".join(out)


def break_lines(
    text: str, width: float, measure: Callable[[str], float]
) -> Iterator[tuple[str, int]]:
    """Lines (in visual order, each with its base level) that fit ``width`` by ``measure``.

    Hard line breaks are kept; each hard line is a paragraph of its own for the algorithm. A word
    longer than a line is split between characters.
    """
    for paragraph in text.split("\n"):
        base = base_level(paragraph)
        lvls = levels(paragraph, base)
        for start, end in _fit(paragraph, width, measure):
            yield visual_line(paragraph[start:end], lvls[start:end], base), base


def _fit(text: str, width: float, measure: Callable[[str], float]) -> Iterator[tuple[int, int]]:
    if not text.strip():
        yield 0, 0
        return
    space = measure(" ")
    line_start = None
    line_end = 0
    used = 0.0
    for match in re.finditer(r"\S+", text):
        start, end = match.span()
        word_width = measure(match.group())
        if line_start is None:
            line_start, line_end, used = start, start, 0.0
        gap = space * (start - line_end) if line_end > line_start else 0.0
        if line_end > line_start and used + gap + word_width > width:
            yield line_start, line_end
            line_start, line_end, used, gap = start, start, 0.0, 0.0
        if word_width > width:  # split a word longer than the line
            cut = start
            for k in range(start + 1, end + 1):
                if measure(text[cut:k]) > width and k - 1 > cut:
                    yield cut, k - 1
                    cut = k - 1
            line_start, line_end, used = cut, end, measure(text[cut:end])
            continue
        used += gap + word_width
        line_end = end
    if line_start is not None and line_end > line_start:
        yield line_start, line_end
