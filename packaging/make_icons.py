"""Render resources/icons/verksted.svg to the hicolor PNG sizes desktops look for.

    python packaging/make_icons.py          # writes hicolor/<n>x<n>/apps/verksted.png
    python packaging/make_icons.py --check  # only checks every size and its dimensions

The PNG files go to resources/icons/hicolor/ and are committed.

Uses Qt's SVG renderer offscreen, so it runs on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "verksted.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / "verksted.png"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG file")
    return struct.unpack(">II", head[16:24])


def render(svg: Path = SVG, icons: Path = ICONS) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = png_path(size, icons)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"make_icons: could not write {target}")
        written.append(target)
    del app
    return written


def check(icons: Path = ICONS) -> list[str]:
    problems = []
    for size in SIZES:
        path = png_path(size, icons)
        if not path.is_file():
            problems.append(f"missing {path}")
        elif png_size(path) != (size, size):
            problems.append(f"{path} is {png_size(path)}, not {size}x{size}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the PNG files")
    args = parser.parse_args(argv)
    if not args.check:
        for path in render():
            print(path.relative_to(ROOT))
    problems = check()
    for problem in problems:
        print(f"make_icons: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
