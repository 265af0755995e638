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

from reportlab.platypus import Paragraph as _ReportLabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

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
    cleaned = cleanBlockQuotedText(markup)
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
