"""Photos attached to a session: checked, upright, flattened, shrunk, stripped of metadata; in the
minutes' appendix and the JSON export; the ``attach`` command."""

from __future__ import annotations

import io
import json
import re
import struct
import zlib
from datetime import datetime

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from workshop.cli import main
from workshop.errors import InvalidInputError, NotFoundError
from workshop.export.minutes_pdf import write_minutes_pdf
from workshop.export.tabular import minutes_json
from workshop.services import attachments as photos
from workshop.services.minutes import build_minutes
from workshop.services.purge import purge_session
from workshop.services.sessions import create_session, get_session
from workshop.store.models import Attachment

# The service tests run on a SQLite library and on a team library (PostgreSQL).
LIBRARY_BACKENDS = ("sqlite", "postgresql")

EXPORTED = datetime(2026, 3, 5, 12, 30)
GPS_IFD = 0x8825
ORIENTATION = 0x0112


def jpeg(size=(800, 600), colour=(200, 40, 40), exif=None) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, colour)
    if exif is not None:
        image.save(out, "JPEG", exif=exif.tobytes())
    else:
        image.save(out, "JPEG")
    return out.getvalue()


def gps_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[GPS_IFD] = {1: "N", 2: (60.0, 21.0, 12.5), 3: "E", 4: (10.0, 34.0, 1.0)}
    return exif


def segments(data: bytes) -> list[tuple[int, bytes]]:
    """The JPEG's marker segments before the image data: (marker, payload)."""
    assert data[:2] == b"\xff\xd8"
    found, i = [], 2
    while i < len(data):
        assert data[i] == 0xFF
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            break
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        found.append((marker, data[i + 4 : i + 2 + length]))
        i += 2 + length
    return found


def stored(lib, photo_id) -> Image.Image:
    return Image.open(io.BytesIO(photos.get_photo_bytes(lib, photo_id)))


# --- the image ------------------------------------------------------------------------------------


def test_a_large_photo_is_shrunk_to_2000_px_on_its_long_side(lib, session_id, tmp_path):
    path = tmp_path / "wall.jpg"
    path.write_bytes(jpeg((4000, 2500)))
    photo_id = photos.add_photo(lib, session_id, path)
    image = stored(lib, photo_id)
    assert image.format == "JPEG" and image.mode == "RGB"
    assert image.size == (2000, 1250)
    [info] = photos.list_photos(lib, session_id)
    assert (info.width, info.height) == (2000, 1250)
    assert info.size == len(photos.get_photo_bytes(lib, photo_id))


def test_a_small_photo_keeps_its_size(lib, session_id):
    photo_id = photos.add_photo(lib, session_id, jpeg((640, 480)))
    assert stored(lib, photo_id).size == (640, 480)


def test_exif_with_gps_is_stripped_and_the_orientation_applied(lib, session_id):
    raw = jpeg((1200, 800), exif=gps_exif(orientation=6))  # 6: turn 90° clockwise
    original = Image.open(io.BytesIO(raw)).getexif()
    assert original.get_ifd(GPS_IFD)  # the test photo really carries a position
    assert b"Exif" in raw
    photo_id = photos.add_photo(lib, session_id, raw)
    data = photos.get_photo_bytes(lib, photo_id)
    assert b"Exif" not in data
    assert b"PhoneMaker" not in data and b"Phone 12" not in data
    assert all(marker != 0xE1 for marker, _ in segments(data))  # no APP1 (EXIF or XMP)
    image = Image.open(io.BytesIO(data))
    assert not image.getexif() and not image.getexif().get_ifd(GPS_IFD)
    assert "icc_profile" not in image.info
    assert image.size == (800, 1200)  # upright


def test_png_with_transparency_is_flattened_on_white(lib, session_id):
    image = Image.new("RGBA", (400, 200), (255, 0, 0, 0))  # transparent red
    image.paste((0, 0, 255, 255), (0, 0, 200, 200))  # opaque blue on the left
    out = io.BytesIO()
    image.save(out, "PNG")
    photo_id = photos.add_photo(lib, session_id, out.getvalue())
    result = stored(lib, photo_id)
    assert result.format == "JPEG" and result.mode == "RGB"
    r, g, b = result.getpixel((300, 100))
    assert min(r, g, b) > 245  # white, not red or black
    r, g, b = result.getpixel((100, 100))
    assert b > 200 and r < 40


def test_palette_png_and_greyscale_become_rgb(lib, session_id):
    for mode in ("P", "L", "LA"):
        out = io.BytesIO()
        Image.new(mode, (50, 40)).save(out, "PNG")
        assert stored(lib, photos.add_photo(lib, session_id, out.getvalue())).mode == "RGB"


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"not an image at all", "photo_not_image"),
        (b"", "photo_not_image"),
        ("gif", "photo_not_image"),
        ("truncated", "photo_unreadable"),
    ],
)
def test_bad_files_are_refused(lib, session_id, tmp_path, content, key):
    if content == "gif":
        out = io.BytesIO()
        Image.new("RGB", (20, 20)).save(out, "GIF")
        content = out.getvalue()
    elif content == "truncated":
        content = jpeg((600, 400))[:700]
    path = tmp_path / "picture.jpg"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as info:
        photos.add_photo(lib, session_id, path)
    assert info.value.key == key
    assert "picture.jpg" in info.value.message("nb")
    assert photos.list_photos(lib, session_id) == []


def test_a_missing_file_is_reported(lib, session_id, tmp_path):
    with pytest.raises(NotFoundError) as info:
        photos.add_photo(lib, session_id, tmp_path / "nope.jpg")
    assert info.value.key == "file_not_found"


def test_a_file_over_30_mb_is_refused_without_reading_it(lib, session_id, tmp_path):
    path = tmp_path / "huge.jpg"
    with path.open("wb") as fh:
        fh.truncate(30 * 1024 * 1024 + 1)  # sparse: nothing is really written
    with pytest.raises(InvalidInputError) as info:
        photos.add_photo(lib, session_id, path)
    assert info.value.key == "photo_file_too_large"
    assert "30" in info.value.message("nb")
    with pytest.raises(InvalidInputError):
        photos.add_photo(lib, session_id, b"\xff\xd8" + bytes(30 * 1024 * 1024))


def test_an_image_over_40_megapixels_is_refused(lib, session_id):
    out = io.BytesIO()
    Image.new("1", (9000, 5000)).save(out, "PNG")  # 45 MP, a few kB
    with pytest.raises(InvalidInputError) as info:
        photos.add_photo(lib, session_id, out.getvalue())
    assert info.value.key == "photo_too_many_pixels"
    assert "45 megapiksler" in info.value.message("nb")


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_a_decompression_bomb_is_refused_before_decoding(lib, session_id):
    bomb = _png_header_only(40000, 40000)  # 1.6 gigapixels claimed by a tiny file
    with pytest.raises(InvalidInputError) as info:
        photos.add_photo(lib, session_id, bomb)
    assert info.value.key == "photo_too_many_pixels"
    assert "1600 megapiksler" in info.value.message("nb")


# --- the library ----------------------------------------------------------------------------------


def test_step_link_caption_and_listing(lib, session_id):
    steps = get_session(lib, session_id).steps
    first = photos.add_photo(lib, session_id, jpeg(), caption="  Veggen etter\nrunde 1 ")
    second = photos.add_photo(lib, session_id, jpeg(), step_id=steps[1].id)
    listed = photos.list_photos(lib, session_id)
    assert [p.id for p in listed] == [first, second]
    assert listed[0].caption == "Veggen etter runde 1"
    assert (listed[0].step_id, listed[0].step_position) == (None, None)
    assert (listed[1].step_id, listed[1].step_position) == (steps[1].id, 2)
    photos.set_caption(lib, second, "Flippover")
    photos.set_photo_step(lib, first, steps[0].id)
    listed = {p.id: p for p in photos.list_photos(lib, session_id)}
    assert listed[second].caption == "Flippover"
    assert listed[first].step_position == 1
    photos.set_photo_step(lib, first, None)
    assert photos.list_photos(lib, session_id)[0].step_id is None


def test_steps_and_sessions_are_checked(lib, session_id):
    other = create_session(lib, "politician-workshop", "Annen økt")
    foreign_step = get_session(lib, other).steps[0].id
    with pytest.raises(InvalidInputError) as info:
        photos.add_photo(lib, session_id, jpeg(), step_id=foreign_step)
    assert info.value.key == "photo_step_unknown"
    with pytest.raises(NotFoundError):
        photos.add_photo(lib, "no-such-session", jpeg())
    photo_id = photos.add_photo(lib, session_id, jpeg())
    with pytest.raises(InvalidInputError):
        photos.set_photo_step(lib, photo_id, foreign_step)
    with pytest.raises(InvalidInputError) as info:
        photos.set_caption(lib, photo_id, "x" * (photos.CAPTION_MAX_LENGTH + 1))
    assert info.value.key == "photo_caption_too_long"
    with pytest.raises(NotFoundError):
        photos.get_photo_bytes(lib, "no-such-photo")


def test_delete_and_restore(lib, session_id):
    step = get_session(lib, session_id).steps[2]
    photo_id = photos.add_photo(lib, session_id, jpeg(), step_id=step.id, caption="Tavla")
    data = photos.get_photo_bytes(lib, photo_id)
    removed = photos.delete_photo(lib, photo_id)
    assert photos.list_photos(lib, session_id) == []
    photos.restore_photo(lib, removed)
    [back] = photos.list_photos(lib, session_id)
    assert (back.id, back.caption, back.step_id) == (photo_id, "Tavla", step.id)
    assert photos.get_photo_bytes(lib, photo_id) == data


def test_purging_the_session_removes_its_photos(lib, session_id):
    photos.add_photo(lib, session_id, jpeg())
    photos.add_photo(lib, session_id, jpeg())
    purge_session(lib, session_id)
    with lib.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


# --- minutes and JSON -----------------------------------------------------------------------------


@pytest.fixture
def photo_pdf(lib, demo_session, tmp_path):
    steps = get_session(lib, demo_session).steps
    portrait = Image.new("RGB", (900, 1600), (240, 240, 230))
    out = io.BytesIO()
    portrait.save(out, "PNG")
    photos.add_photo(
        lib, demo_session, jpeg((2400, 1600)), caption="MARKPHOTO veggen etter runde 1"
    )
    photos.add_photo(lib, demo_session, out.getvalue(), step_id=steps[1].id)
    path = tmp_path / "demo.pdf"
    write_minutes_pdf(build_minutes(lib, demo_session, exported_at=EXPORTED), path)
    return path


def _images(pdf: pikepdf.Pdf) -> list:
    found = []
    for page in pdf.pages:
        for xobj in page.get("/Resources", {}).get("/XObject", {}).values():
            if xobj.get("/Subtype") == "/Image":
                found.append(xobj)
    return found


def test_minutes_have_a_photo_appendix_with_images_and_captions(photo_pdf):
    reader = PdfReader(photo_pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Vedlegg: bilder" in text
    assert "MARKPHOTO veggen etter runde 1" in text
    assert "Bilde 1" in text and "Bilde 2" in text
    assert re.search(r"Steg 2\.", text)
    last = reader.pages[-1].extract_text() + reader.pages[-2].extract_text()
    assert "Bilde 2" in last
    with pikepdf.open(photo_pdf) as pdf:
        images = _images(pdf)
        assert len(images) == 2
        for image in images:
            assert image.ColorSpace == "/DeviceRGB"
            assert "/SMask" not in image and "/Mask" not in image
            assert image.get("/Interpolate", False) is not True
        outline = pdf.open_outline()
        titles = [item.title for item in outline.root]
        assert titles[-1] == "Vedlegg: bilder"


def test_photo_minutes_stay_archive_ready(photo_pdf):
    """The font and transparency rules of test_pdf_archive.py hold with photos too."""
    raw = photo_pdf.read_bytes()
    assert b"Helvetica" not in raw
    with pikepdf.open(photo_pdf) as pdf:
        assert "/GTS_PDFA1" in str(pdf.Root.OutputIntents[0].S)
        for page in pdf.pages:
            assert "/Group" not in page
            for gs in page.get("/Resources", {}).get("/ExtGState", {}).values():
                assert float(gs.get("/ca", 1)) == 1 and gs.get("/SMask", "/None") == "/None"
            for font in page.get("/Resources", {}).get("/Font", {}).values():
                assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", str(font.BaseFont))


def test_photo_fills_the_text_width_or_half_the_page_height(lib, session_id):
    from workshop.export.fonts import register_fonts
    from workshop.export.minutes_pdf import PHOTO_MAX_HEIGHT, build_story

    register_fonts()
    photos.add_photo(lib, session_id, jpeg((2000, 1000)))
    photos.add_photo(lib, session_id, jpeg((1000, 2000)))
    story = build_story(build_minutes(lib, session_id), 170 * 2.8346)
    found = []

    def walk(items):
        for item in items:
            if type(item).__name__ == "Image":
                found.append((item.drawWidth, item.drawHeight))
            walk(getattr(item, "_content", []))
            for row in getattr(item, "_cellvalues", []):
                walk(row)

    walk(story)
    (w1, h1), (w2, h2) = found
    assert w1 == pytest.approx(170 * 2.8346) and h1 == pytest.approx(w1 / 2)
    assert h2 == pytest.approx(PHOTO_MAX_HEIGHT) and w2 == pytest.approx(h2 / 2)


def test_no_photos_no_appendix(lib, session_id, tmp_path):
    path = tmp_path / "plain.pdf"
    write_minutes_pdf(build_minutes(lib, session_id, exported_at=EXPORTED), path)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Vedlegg: bilder" not in text
    with pikepdf.open(path) as pdf:
        assert _images(pdf) == []


def test_json_lists_the_photos_without_their_bytes(lib, session_id):
    step = get_session(lib, session_id).steps[0]
    photo_id = photos.add_photo(lib, session_id, jpeg(), step_id=step.id, caption="Vegg")
    record = minutes_json(build_minutes(lib, session_id))
    [entry] = record["attachments"]
    assert entry["id"] == photo_id and entry["step"] == 1 and entry["caption"] == "Vegg"
    assert entry["size"] == len(photos.get_photo_bytes(lib, photo_id))
    assert "data" not in entry
    assert len(json.dumps(record)) < 20000  # no bytes, no base64


# --- the command line -----------------------------------------------------------------------------


def test_attach_prints_one_id_per_photo(lib, library_path, session_id, tmp_path, capsys):
    files = []
    for name in ("a.jpg", "b.png"):
        path = tmp_path / name
        Image.new("RGB", (300, 200), (10, 120, 10)).save(path)
        files.append(str(path))
    args = ["--library", str(library_path), "attach", session_id[:8], *files]
    code = main([*args, "--step", "2", "--caption", "Gruppe A"])
    out, err = capsys.readouterr()
    assert code == 0, err
    ids = out.split()
    listed = photos.list_photos(lib, session_id)
    assert ids == [p.id for p in listed]
    assert {(p.step_position, p.caption) for p in listed} == {(2, "Gruppe A")}


def test_attach_refuses_a_bad_file_and_attaches_nothing(
    lib, library_path, session_id, tmp_path, capsys
):
    good = tmp_path / "good.jpg"
    good.write_bytes(jpeg())
    bad = tmp_path / "notes.txt"
    bad.write_text("hei")
    code = main(["--library", str(library_path), "attach", session_id, str(good), str(bad)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "notes.txt" in err
    assert photos.list_photos(lib, session_id) == []


def test_an_anonymous_export_leaves_the_photos_out(lib, session_id):
    photos.add_photo(lib, session_id, jpeg(), caption="Veggen med lappene")
    assert len(build_minutes(lib, session_id).photos) == 1
    assert build_minutes(lib, session_id, anonymous=True).photos == []
