"""The app icon: the SVG source and the hicolor PNG sizes rendered from it."""

from __future__ import annotations

import struct
import tomllib
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_header(path: Path) -> tuple[int, int, int, int]:
    """Width, height, bit depth and colour type from the PNG signature and IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert head[12:16] == b"IHDR"
    width, height, depth, colour = struct.unpack(">IIBB", head[16:26])
    return width, height, depth, colour


@pytest.mark.parametrize("size", SIZES)
def test_png_icon_has_its_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "verksted.png"
    width, height, depth, colour = png_header(path)
    assert (width, height) == (size, size)
    assert (depth, colour) == (8, 6)  # 8-bit RGBA: the rounded corners are transparent


def test_no_other_icon_sizes():
    found = {p.parent.parent.name for p in (ICONS / "hicolor").glob("*/apps/verksted.png")}
    assert found == {f"{s}x{s}" for s in SIZES}


def test_svg_icon_is_square_and_ships_in_the_wheel():
    svg = ICONS / "verksted.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
    assert width == height
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["workshop.resources"]
    assert any(fnmatch("icons/verksted.svg", pattern) for pattern in package_data)
