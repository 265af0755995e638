"""The kit for self-contained, accessible HTML documents: safe text, the page, charts, images.

A page made here loads nothing: its style sheet is in the page, its pictures are inline SVG or
``data:`` URIs, and it needs no JavaScript. The style sheet reads well in light and dark colour
schemes (every text at least 4.5:1 against its background), reflows down to 320 CSS pixels (so
also at 200 and 400 % zoom) and prints on white paper without the table of contents.

Every piece of user text goes through :func:`esc`: ``<``, ``&`` and quotes print literally, and
characters HTML must not carry (C0/C1 control characters other than tab and newline, lone
surrogates, non-characters) become U+FFFD, so a text can never end the page's markup or make it
unreadable.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop.atomic import atomic_open

# What HTML text must not contain: C0 controls but tab and line feed (CR is made a line feed
# first), DEL and the C1 controls, lone surrogates and the non-characters.
_NONCHARACTERS = "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(17)
)
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _NONCHARACTERS + "]"
)


def clean(text: str) -> str:
    """``text`` with line ends as ``\\n`` and every character HTML cannot carry as U+FFFD."""
    return _UNSAFE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def esc(text: object) -> str:
    """Text (or a number) for an element's content or an attribute value, escaped."""
    return html.escape(clean(str(text)), quote=True)


def attrs(**values: object) -> str:
    """`` name="value"`` pairs; ``None`` and ``False`` leave the attribute out, ``True`` is bare.

    A trailing underscore is dropped (``class_``) and other underscores become hyphens.
    """
    out = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{esc(value)}"')
    return "".join(out)


def element(tag: str, content: str, **values: object) -> str:
    """``<tag ...>content</tag>``: ``content`` is markup (escape text with :func:`esc`)."""
    return f"<{tag}{attrs(**values)}>{content}</{tag}>"


# --- the style sheet -----------------------------------------------------------------------------

# Contrast against the page (and against the table head): light text #1b1f24 16.6:1 (14.7:1),
# muted #4b5563 7.6:1 (6.7:1), accent #1f4e79 8.7:1 (7.7:1); dark text #e6e9ed 14.5:1 (11.9:1),
# muted #b4bcc6 9.2:1 (7.6:1), accent #9ccaf5 10.2:1 (8.4:1). Bars, frames and the focus ring
# (non-text) at least 3:1.
STYLE = """
:root {
  color-scheme: light dark;
  --bg: #ffffff; --text: #1b1f24; --muted: #4b5563; --accent: #1f4e79; --rule: #7a8898;
  --line: #c8d3df; --head: #eef2f6; --bar: #1f4e79; --bar-muted: #66768a; --grid: #d5dde6;
  --focus: #b3261e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15191e; --text: #e6e9ed; --muted: #b4bcc6; --accent: #9ccaf5; --rule: #6f7d8c;
    --line: #3b4754; --head: #222a33; --bar: #7fb2e5; --bar-muted: #97a3b1; --grid: #323c47;
    --focus: #ffb4a9;
  }
}
html { background: var(--bg); color: var(--text); -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 52rem; padding: 0 1rem 2rem; line-height: 1.5;
  font-family: "DejaVu Sans", "Segoe UI", system-ui, -apple-system, sans-serif;
  overflow-wrap: break-word; }
h1, h2, h3, h4 { color: var(--accent); line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 1rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; margin-top: 1.2em; }
a { color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -10rem; background: var(--bg); padding: 0.5rem;
  z-index: 1; }
.skip:focus { top: 0.5rem; }
.subtitle { font-size: 1.15rem; color: var(--muted); margin-top: 0; }
.meta, .muted, .empty, .other { color: var(--muted); font-size: 0.9rem; }
.empty, .other, .principle-text { font-style: italic; }
.principle-text { color: var(--muted); }
.text { white-space: pre-wrap; margin: 0; }
.meta { margin: 0.1em 0 0; font-weight: normal; }
ul.notes, ol.notes { padding-left: 1.6rem; margin: 0.5em 0 1em; }
ul.notes > li, ol.notes > li { margin: 0 0 0.7em; }
ol.appendix { padding-left: 3rem; }
nav ol { padding-left: 1.4rem; margin: 0.3em 0; }
nav li { margin: 0.15em 0; }
@media (min-width: 48rem) {
  nav > ol { columns: 2; column-gap: 2.5rem; }
  nav > ol > li { break-inside: avoid; }
}
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.2em; font-size: 0.92rem; }
caption { text-align: left; caption-side: top; padding: 0 0 0.4em; }
caption h2, caption h3 { margin-top: 1.2em; text-align: left; }
th, td { border: 1px solid var(--line); padding: 0.3em 0.45em; vertical-align: top;
  text-align: left; }
thead th, tfoot th, tfoot td { background: var(--head); }
th { font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
table.details th { width: 35%; }
table.ratings { width: auto; min-width: 14rem; }
@media (min-width: 30rem) { .date { white-space: nowrap; } }
.table-wrap { max-width: 100%; }
figure { margin: 0.8em 0 1.2em; }
figcaption { margin-top: 0.4em; }
svg.chart { display: block; width: 100%; overflow: visible; }
svg.chart text { fill: var(--text); font-size: 14px; font-family: inherit; }
svg.chart .bar { fill: var(--bar); }
svg.chart .bar.muted { fill: var(--bar-muted); }
svg.chart .grid { stroke: var(--grid); stroke-width: 1; }
svg.board { display: block; width: 100%; height: auto; max-height: 90vh;
  border: 1px solid var(--rule); background: #ffffff; }
img.photo { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
@media (max-width: 30rem) {
  body { padding: 0 0.6rem 1.5rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.25em 0.3em; }
  td, tbody th { overflow-wrap: anywhere; }
  table.details th { width: auto; overflow-wrap: normal; }
  /* the actions as one card each, the column names in front of the short cells */
  table.stack, table.stack > caption, table.stack > tbody, table.stack tr, table.stack td {
    display: block; }
  table.stack > thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  table.stack tr { border: 1px solid var(--line); padding: 0.4em 0.5em; margin: 0 0 0.6em; }
  table.stack td { border: none; padding: 0.1em 0; }
  table.stack td[data-label]::before { content: attr(data-label) ": ";
    content: attr(data-label) ": " / ""; font-weight: bold; }
  ul.notes { padding-left: 1.2rem; }
  ol.notes { padding-left: 1.8rem; }
  ol.appendix { padding-left: 2.2rem; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff; --text: #000000; --muted: #333333; --accent: #1f4e79; --rule: #7a8898;
    --line: #b8c4d0; --head: #eef2f6; --bar: #1f4e79; --bar-muted: #66768a; --grid: #d5dde6;
  }
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav, .skip { display: none; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  li, tr, figure, .keep { break-inside: avoid; page-break-inside: avoid; }
  #appendix, #photos { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  svg.board { max-height: 24cm; }
  img.photo { max-height: 11cm; width: auto; }
}
""".strip()


def page(
    *,
    lang: str,
    title: str,
    description: str,
    author: str,
    keywords: Sequence[str],
    body: Iterable[str],
) -> str:
    """The whole document: doctype, head with the style sheet, and ``body`` (markup)."""
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f'<meta name="generator" content="Verksted {esc(_version())}">',
        f'<meta name="description" content="{esc(description)}">',
    ]
    if author:
        meta.append(f'<meta name="author" content="{esc(author)}">')
    if keywords:
        meta.append(f'<meta name="keywords" content="{esc(", ".join(keywords))}">')
    head = "\n".join([*meta, f"<title>{esc(title)}</title>", f"<style>\n{STYLE}\n</style>"])
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n{head}\n</head>\n'
        f"<body>\n{''.join(body)}\n</body>\n</html>\n"
    )


def _version() -> str:
    from workshop import __version__

    return __version__


def write_html(path: Path, document: str) -> None:
    """Write ``document`` as UTF-8, whole or not at all (:mod:`workshop.atomic`)."""
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(document)


# --- charts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartBar:
    label: str  # shown above the bar ("3. Tillit og risiko"); may be user text
    value: int
    muted: bool = False


ROW = 46  # px per bar: a line of text, then the bar
BAR_SPAN = 84  # per cent of the width the longest bar takes; its value follows


def bar_chart_svg(bars: Sequence[ChartBar], *, alt: str, chart_id: str) -> str:
    """A horizontal bar chart as inline SVG: each label on a line above its bar, the value after it.

    Positions across are percentages and the text has a fixed size in CSS pixels, so the chart
    takes the page's width without shrinking its text. ``alt`` is its text alternative (the
    figures themselves belong in a table beside it); colours come from the style sheet, so it
    follows the light or dark scheme.
    """
    top = max((b.value for b in bars), default=0)
    height = ROW * len(bars) + 4
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="{chart_id}-title" '
        f'xmlns="http://www.w3.org/2000/svg" width="100%" height="{height}" '
        f'preserveAspectRatio="none">',
        f'<title id="{chart_id}-title">{esc(alt)}</title>',
    ]
    for k in range(5):
        x = BAR_SPAN * k / 4
        parts.append(f'<line class="grid" x1="{x:g}%" y1="18" x2="{x:g}%" y2="{height}"/>')
    for i, bar in enumerate(bars):
        y = i * ROW
        share = BAR_SPAN * bar.value / top if top else 0
        parts.append(f'<text x="0" y="{y + 14}">{esc(bar.label)}</text>')
        if share > 0:
            muted = " muted" if bar.muted else ""
            parts.append(
                f'<rect class="bar{muted}" x="0" y="{y + 20}" width="{share:.2f}%" height="18"/>'
            )
        parts.append(f'<text x="{share + 1:.2f}%" y="{y + 34}">{bar.value}</text>')
    parts.append("</svg>")
    return "".join(parts)


# --- images --------------------------------------------------------------------------------------

PHOTO_MAX_SIDE = 1600  # pixels on the long side in the page
PHOTO_QUALITY = 82


def photo_data_uri(data: bytes) -> tuple[str, int, int]:
    """The photo re-encoded as a JPEG without any metadata, as a ``data:`` URI; with its size.

    Larger photos are scaled down to :data:`PHOTO_MAX_SIDE` pixels on the long side.
    """
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        picture = image.convert("RGB")
    picture.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=PHOTO_QUALITY, optimize=True, progressive=True)
    encoded = base64.b64encode(out.getvalue()).decode("ascii")
    return f"data:image/jpeg;base64,{encoded}", picture.width, picture.height
