"""ReportLab's Paragraph with its markup parsed once per shape instead of once per paragraph.

ReportLab parses every paragraph's markup with an HTML parser written in Python, and a document
of a thousand notes has thousands of paragraphs of the same few shapes: ``text``,
``text<br/><font size="8" color="#555555">details</font>`` … Here the markup is split into its
tags and its text runs; the tags with a placeholder for each run (the *shape*) are parsed once per
shape and style, and each paragraph gets a copy of those fragments with its own texts. The
fragments are the ones ReportLab's parser makes for the same markup, except that a run with an
entity (``&amp;``) stays one fragment instead of three, which lays out and draws the same.

Markup with any other tag than the simple inline ones (images, links, bullets, sequences, …) or
any other entity is parsed by ReportLab as before.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _ReportLabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import paraFontSizeHeightOffset

_TAG = re.compile(r"<[^<>]*>")
_TAG_NAME = re.compile(r"</?([a-zA-Z]+)(?:\s[^<>]*)?/?>\Z")
# Inline tags that only set the fragments' font, size, colour, weight or line breaks.
_SIMPLE_TAGS = frozenset({"b", "i", "u", "strike", "strong", "em", "font", "span", "br"})
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos);")
_MAX_SHAPES = 2000

# (shape, style) -> (the style the parser returned, template fragments, fragment index per run);
# the style is kept in the value so that its id cannot be reused while the entry lives.
_shapes: dict[tuple[str, int], tuple[object, object, list, list[int]] | None] = {}


def _placeholder(k: int) -> str:
    return f"\ue000{k}\ue001"


def _template(shape: str, runs: int, style) -> tuple[object, list, list[int]] | None:
    key = (shape, id(style))
    entry = _shapes.get(key)
    if entry is None and key not in _shapes:
        if len(_shapes) >= _MAX_SHAPES:
            _shapes.clear()
        parser = ParaParser()
        parser.caseSensitive = 1
        parsed_style, frags, bullet_frags = parser.parse(shape, style)
        slots: list[int] = []
        if frags is not None and not bullet_frags:
            where = {getattr(f, "text", None): i for i, f in enumerate(frags)}
            slots = [where.get(_placeholder(k), -1) for k in range(runs)]
            texts = [getattr(f, "text", "") for f in frags]
            placeholders = sum(1 for text in texts if "\ue000" in text)
        if frags is None or bullet_frags or -1 in slots or placeholders != runs:
            _shapes[key] = None
            return None
        entry = _shapes[key] = (style, parsed_style, frags, slots)
    if entry is None:
        return None
    return entry[1], entry[2], entry[3]


def parse_markup(markup: str, style) -> tuple[str, object, list] | None:
    """``(cleaned markup, style, fragments)`` as ReportLab's parser makes them, or None when
    the markup is not of the simple kind (then ReportLab parses it itself)."""
    # ReportLab's cleaner collapses every run of whitespace to one space, keeping no-break
    # spaces; without one, that is str.split's whitespace
    cleaned = cleanBlockQuotedText(markup) if "\xa0" in markup else " ".join(markup.split())
    tags = _TAG.findall(cleaned)
    for tag in tags:
        name = _TAG_NAME.match(tag)
        if name is None or name.group(1).lower() not in _SIMPLE_TAGS:
            return None
    runs = _TAG.split(cleaned)
    texts: list[str] = []
    shape: list[str] = []
    for i, run in enumerate(runs):
        if run:
            if "<" in run or "\ue000" in run or "\ue001" in run:
                return None
            if "&" in run:
                if "&" in _ENTITY.sub("", run):
                    return None  # another entity or a bare ampersand
                run = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], run)
            shape.append(_placeholder(len(texts)))
            texts.append(run)
        if i < len(tags):
            shape.append(tags[i])
    template = _template("".join(shape), len(texts), style)
    if template is None:
        return None
    parsed_style, frags, slots = template
    frags = [f.clone() for f in frags]
    for slot, text in zip(slots, texts, strict=True):
        frags[slot].text = text
    textTransformFrags(frags, parsed_style)
    return cleaned, parsed_style, frags


class Paragraph(_ReportLabParagraph):
    """A ReportLab Paragraph whose markup parse is shared by every paragraph of its shape."""

    def __init__(
        self, text, style=None, bulletText=None, frags=None, caseSensitive=1, encoding="utf8"
    ) -> None:
        if frags is None and style is not None and caseSensitive and isinstance(text, str):
            parsed = parse_markup(text, style)
            if parsed is not None:
                text, parsed_style, frags = parsed
                if parsed_style is not style:  # never for the simple tags; kept for safety
                    frags = None
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)


class NoteParagraph(Flowable):
    """A text with a line of details under it in a smaller size (a note and its number, step and
    votes), laid out and drawn exactly as ReportLab does ``text<br/><font size=…>details</font>``
    in one paragraph of ``style`` — but as two paragraphs of one style each.

    ReportLab breaks a paragraph of a single style by a fast path and one of several styles by
    a general one that is several times slower; a document of a thousand notes is mostly these.
    It splits over pages between lines, as that paragraph does: never leaving one line behind,
    and, where the page ends right after the text, starting the next page with the empty line
    the ``<br/>`` leaves there. A style that allows no widows (the page kit's) also keeps the
    details from beginning a page without their note: the note's last line goes with them.
    """

    def __init__(self, text: str | None, details: str, style, bulletText=None) -> None:
        super().__init__()
        self.style = style
        self.bulletText = bulletText
        self._text = Paragraph(text, style, bulletText=bulletText) if text is not None else None
        self._details = Paragraph(details, style) if details else None
        self._blank = 0.0  # the drop of the empty first line a split leaves, 0 for none

    @classmethod
    def _of(cls, style, text, details, blank: float = 0.0) -> NoteParagraph:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.style = style
        part.bulletText = text.bulletText if text is not None else None
        part._text, part._details, part._blank = text, details, blank
        return part

    def _parts(self) -> list:
        return [p for p in (self._text, self._details) if p is not None]

    def getPlainText(self, identify=None) -> str:
        return " ".join(p.getPlainText() for p in self._parts())

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = sum(p.wrap(availWidth, availHeight)[1] for p in self._parts())
        if self._blank:
            self.height += self.style.leading
        return availWidth, self.height

    def _head_lines(self) -> int:
        """The lines above the details: the text's, or the empty one."""
        if self._text is not None:
            return len(self._text.blPara.lines)
        return 1 if self._blank else 0

    def split(self, availWidth, availHeight):
        if not hasattr(self, "height"):
            self.wrap(availWidth, availHeight)
        style = self.style
        lines = int(availHeight / float(style.leading))
        head = self._head_lines()
        details = len(self._details.blPara.lines) if self._details is not None else 0
        total = head + details
        # the one paragraph's rules (ReportLab's Paragraph.split): no single first line left
        # behind unless the style allows orphans; no single last line carried over alone unless
        # it allows widows — then one line more goes with it, or the whole note when it is short
        orphans = getattr(style, "allowOrphans", 0)
        if (not orphans and lines <= 1) or lines <= 0:
            return []
        if total <= lines:
            return [self]
        widows = getattr(style, "allowWidows", 1)
        if not widows and total == lines + 1:
            if (orphans and total == 3) or total > 3:
                lines -= 1
            else:
                return []
        if not widows and self._text is not None and details and lines == head:
            # nor do the details begin a page without their note: its last line goes with them
            # (the whole note, where that would leave a single line behind)
            lines -= 1
            if (not orphans and lines <= 1) or lines <= 0:
                return []
        if self._text is not None and lines < head:
            first, rest = _split_at(self._text, availWidth, lines)
            return [self._of(style, first, None), self._of(style, rest, self._details)]
        if self._text is not None and lines == head:
            blank = _first_size(self._text)
            return [self._of(style, self._text, None), self._of(style, None, self._details, blank)]
        # a line of the details may stay, under the lines above it
        first, rest = _split_at(self._details, availWidth, lines - head)
        return [self._of(style, self._text, first, self._blank), self._of(style, None, rest)]

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw the two paragraphs where the lines of the one paragraph would be."""
        x = self._hAlignAdjust(x, _sW)
        top = y + self.height
        if self._text is not None:
            top -= self._text.height
            self._text.drawOn(canvas, x, top)
            head = _first_size(self._text)
        else:
            top -= self.style.leading if self._blank else 0
            head = self._blank
        if self._details is not None:
            if self._text is not None:
                # a word break between the text and its details for what reads the marked
                # content (a canvas of the page kit keeps it, see page_kit._LineText)
                separate = getattr(canvas, "separate_text", None)
                if separate is not None:
                    separate()
            top -= self._details.height
            # in one paragraph, every line's baseline follows the first line's by the leading
            shift = head - _first_size(self._details) if head else 0
            self._details.drawOn(canvas, x, top - shift)


def _split_at(paragraph, width: float, lines: int) -> list:
    """``paragraph`` split after its first ``lines`` lines, however its style treats orphans and
    widows: the note as a whole has been judged by them already."""
    paragraph.allowOrphans = paragraph.allowWidows = 1
    try:
        return paragraph.split(width, (lines + 0.5) * paragraph.style.leading)
    finally:
        del paragraph.allowOrphans, paragraph.allowWidows


def _first_size(paragraph) -> float:
    """How far below its top ReportLab puts a paragraph's first baseline."""
    lines = paragraph.blPara
    first = lines if lines.kind == 0 else lines.lines[0]
    return first.fontSize if paraFontSizeHeightOffset else getattr(first, "ascent", first.fontSize)
