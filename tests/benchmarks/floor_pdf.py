"""The floor for ``workshop export --pdf``: a bare ReportLab script, run as its own process.

It registers DejaVu Sans as a TTF and builds a platypus ``SimpleDocTemplate`` of each note's text
as a Paragraph three times — the least any Python process that lays out the notes can do.
Usage: ``python floor_pdf.py NOTES.txt OUT.pdf`` (one note's text per line).
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"


def main(notes: Path, out: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    style = ParagraphStyle("p", fontName="DejaVuSans", fontSize=10, leading=13.5)
    texts = notes.read_text(encoding="utf-8").splitlines()
    doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName="DejaVuSans")
    doc.build([Paragraph(escape(text), style) for _ in range(3) for text in texts])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
