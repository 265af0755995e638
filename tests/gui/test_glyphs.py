"""Every symbol the GUI draws exists in the font it is drawn with (no empty boxes)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics

UI = Path(__file__).resolve().parents[2] / "workshop" / "ui"
# Letters of Norwegian, Sámi and ordinary punctuation are everywhere; look for the rest.
ORDINARY = re.compile(r"[\x00-\x7FæøåÆØÅéèêüöäÖÄÜáčđŋšŧžÁČĐŊŠŦŽ«»–—“”’‘…·×°§½]")


def symbols_in_the_gui() -> set[str]:
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        found.update(ch for ch in path.read_text(encoding="utf-8") if not ORDINARY.match(ch))
    return found


def test_every_symbol_is_in_the_application_font(qapp):
    metrics = QFontMetrics(QFont())
    missing = sorted(ch for ch in symbols_in_the_gui() if not metrics.inFontUcs4(ord(ch)))
    assert missing == [], f"not in {QFont().family()}: {missing}"
    assert "‖" in symbols_in_the_gui()  # the check sees the timer's pause mark
