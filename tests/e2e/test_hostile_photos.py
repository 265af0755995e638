"""Photos inside a session file are decoded and limited exactly as ``attach`` does: a damaged
JPEG, a 30,000 × 60,000 px PNG and a PNG of 13,000 × 13,000 px in 21 kB are each refused with one
line; a large one is shrunk, a lying width and height corrected, metadata dropped. No PDF export
of a session file's photos — also of hostile photos a library took in before — uses more than
800 MB (peak RSS measured in the exporting process itself)."""

from __future__ import annotations

import io
import os
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from workshop.services.attachments import MAX_SIDE, add_photo, get_photo_bytes, list_photos
from workshop.services.exchange import pack_session, unpack_session
from workshop.services.sessions import create_session
from workshop.store.db import Library
from workshop.store.sessionfile import SessionFileError

MEMORY_BOUND_MB = 800


def png(width: int, height: int, *, colour_type: int = 0, bit_depth: int = 1) -> bytes:
    """A PNG of zero pixels written row by row (never whole in memory): a few kB for a huge one."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    row = b"\x00" * (1 + (width * channels * bit_depth + 7) // 8)
    per_block = max(1, (4 << 20) // len(row))
    comp = zlib.compressobj(9)
    parts, done = [], 0
    while done < height:
        n = min(per_block, height - done)
        parts.append(comp.compress(row * n))
        done += n
    parts.append(comp.flush())
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"".join(parts))
        + chunk(b"IEND", b"")
    )


def jpeg(size=(64, 48), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, "JPEG", **save)
    return out.getvalue()


GARBAGE_JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
BOMB = png(30_000, 60_000)
DENSE = png(13_000, 13_000)
LARGE = png(7_000, 5_500, colour_type=6, bit_depth=8)  # 38.5 MP with transparency: shrunk


@pytest.fixture
def packed(tmp_path) -> tuple[Path, str]:
    """A session with one photo, packed; the photo's bytes are then replaced per test."""
    with Library.open(tmp_path / "a.sqlite") as lib:
        sid = create_session(lib, "politician-workshop", "Bilder")
        add_photo(lib, sid, jpeg(), caption="Veggen")
        pack_session(lib, sid, tmp_path / "bilder.verksted")
    return tmp_path / "bilder.verksted", sid


def put_photo(path: Path, data: bytes, width: int = 64, height: int = 48) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "UPDATE attachments SET data = ?, width = ?, height = ?", (data, width, height)
        )
        conn.commit()
    finally:
        conn.close()


def cli(library: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), *args],
        env=dict(os.environ, LANGUAGE="en"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (GARBAGE_JPEG, "photo 1 is damaged or not a JPEG or PNG image"),
        (BOMB, "photo 1 is too large (1800 megapixels, at most 40)"),
        (DENSE, "photo 1 is too large (169 megapixels, at most 40)"),
    ],
    ids=["garbage-jpeg", "30k-60k-png", "13k-png"],
)
def test_a_hostile_photo_refuses_the_file_in_one_line(packed, tmp_path, data, line):
    path, _sid = packed
    put_photo(path, data, 20_000, 20_000)
    proc = cli(tmp_path / "b.sqlite", "unpack", str(path))
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == f"workshop: bilder.verksted: {line}; the file was not imported\n"


def test_a_large_photo_is_shrunk_and_its_real_size_kept(packed, tmp_path):
    path, sid = packed
    put_photo(path, LARGE, 20, 20)  # and it lies about its size
    with Library.open(tmp_path / "b.sqlite") as lib:
        unpack_session(lib, path)
        (info,) = list_photos(lib, sid)
        stored = Image.open(io.BytesIO(get_photo_bytes(lib, info.id)))
    assert stored.format == "JPEG" and stored.mode == "RGB"
    assert (info.width, info.height) == stored.size == (MAX_SIDE, round(MAX_SIDE * 5500 / 7000))


def test_a_lying_size_is_corrected_and_a_good_photo_kept_byte_for_byte(packed, tmp_path):
    path, sid = packed
    good = jpeg((120, 90))
    put_photo(path, good, 20_000, 1)
    with Library.open(tmp_path / "b.sqlite") as lib:
        unpack_session(lib, path)
        (info,) = list_photos(lib, sid)
        assert (info.width, info.height) == (120, 90)
        assert get_photo_bytes(lib, info.id) == good
        # the same file again changes nothing
        assert not unpack_session(lib, path).changed


def test_metadata_in_a_photo_from_a_file_is_dropped(packed, tmp_path):
    path, sid = packed
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (60.0, 21.0, 12.5)}  # a GPS position
    put_photo(path, jpeg(exif=exif.tobytes()))
    with Library.open(tmp_path / "b.sqlite") as lib:
        unpack_session(lib, path)
        (info,) = list_photos(lib, sid)
        assert "exif" not in Image.open(io.BytesIO(get_photo_bytes(lib, info.id))).info


def test_a_dry_run_checks_the_photos_too(packed, tmp_path):
    path, _sid = packed
    put_photo(path, BOMB)
    with Library.open(tmp_path / "b.sqlite") as lib, pytest.raises(SessionFileError) as exc:
        unpack_session(lib, path, dry_run=True)
    assert exc.value.key == "session_file_photo_too_large"


# A small launcher runs the export as its child and reports the child's peak resident memory
# (KiB on Linux). Measured one process down: Linux carries a process's peak over fork and exec,
# so the export's own figure would include the test runner's memory.
LAUNCHER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:], stdin=subprocess.DEVNULL)
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True)
"""


def _export_peak_mb(library: Path, sid: str, pdf: Path) -> int:
    export = [sys.executable, "-m", "workshop", "--library", str(library), "export", sid]
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *export, "--pdf", str(pdf)],
        env=dict(os.environ, LANGUAGE="en"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    code, peak_kib = proc.stdout.split()
    assert code == "0", proc.stderr
    return int(peak_kib) // 1024


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
def test_exporting_photos_from_a_session_file_stays_under_800_mb(packed, tmp_path):
    path, sid = packed
    library = tmp_path / "b.sqlite"
    with Library.open(tmp_path / "a.sqlite") as lib:
        for _ in range(3):
            add_photo(lib, sid, jpeg((4000, 3000)))
        pack_session(lib, sid, path)
    put_photo(path, LARGE)  # the first photo: a 38.5 MP PNG with transparency
    assert cli(library, "unpack", str(path)).returncode == 0
    peak = _export_peak_mb(library, sid, tmp_path / "referat.pdf")
    assert peak < MEMORY_BOUND_MB


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB is Linux's")
def test_hostile_photos_a_library_took_in_before_do_not_break_the_export(packed, tmp_path):
    """Photos that reached a library unchecked (an older Verksted merged them as they came)."""
    path, sid = packed
    library = tmp_path / "b.sqlite"
    with Library.open(library) as lib:
        unpack_session(lib, path)
        photo = list_photos(lib, sid)[0]
        for _ in range(4):
            add_photo(lib, sid, jpeg())
        ids = [p.id for p in list_photos(lib, sid)][1:]
        with lib.write() as s:
            for photo_id, data in zip(ids, (GARBAGE_JPEG, BOMB, DENSE, LARGE), strict=True):
                s.connection().exec_driver_sql(
                    "UPDATE attachments SET data = ?, width = 64, height = 48 WHERE id = ?",
                    (data, photo_id),
                )
    pdf = tmp_path / "referat.pdf"
    peak = _export_peak_mb(library, sid, pdf)
    assert peak < MEMORY_BOUND_MB
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("Bildet er skadet og kan ikke vises.") == 3  # the session's language
    html = tmp_path / "referat.html"
    proc = cli(library, "export", sid, "--html", str(html))
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    assert page.count("Bildet er skadet og kan ikke vises.") == 3
    assert page.count('<img class="photo"') == 2
    assert photo.caption == "Veggen"
