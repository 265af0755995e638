"""Photos of the wall or a flipchart, attached to a session (and optionally one of its steps).

A photo is stored in the library as a row with a UUID and the image bytes, so it travels with the
session. Whatever comes in (JPEG or PNG) is checked, turned upright (EXIF orientation), flattened
onto white, made at most :data:`MAX_SIDE` pixels on its long side and re-encoded as a JPEG that
carries no metadata at all: no EXIF, no GPS position, no camera serial, no thumbnail.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.errors import InvalidInputError, NotFoundError
from workshop.incoming import NotAFileError, TooLargeError, read_limited
from workshop.store.db import Library
from workshop.store.models import Attachment, Step, WorkshopSession

MEDIA_TYPE = "image/jpeg"
FORMATS = ("JPEG", "PNG")
MAX_FILE_BYTES = 30 * 1024 * 1024  # 30 MB
MAX_PIXELS = 40_000_000  # 40 megapixels; also refuses decompression bombs
MAX_SIDE = 2000  # pixels on the long side after resizing
JPEG_QUALITY = 85
CAPTION_MAX_LENGTH = 1000
FILE_PATTERNS = ("*.jpg", "*.jpeg", "*.png")


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    """One photo without its bytes."""

    id: str
    session_id: str
    step_id: str | None
    step_position: int | None  # 1-based position of its step in the agenda
    caption: str
    width: int
    height: int
    size: int  # bytes of the stored JPEG
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DeletedPhoto:
    """Everything about a removed photo, so that undo can put it back unchanged."""

    id: str
    session_id: str
    step_id: str | None
    caption: str
    media_type: str
    width: int
    height: int
    data: bytes
    created_at: datetime


# --- the image itself ---------------------------------------------------------------------------


def _read_input(source: Path | str | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        label = name or "–"
        if len(source) > MAX_FILE_BYTES:
            raise _too_large(label, len(source))
        return bytes(source), label
    path = Path(source)
    label = name or str(path)
    try:  # an ordinary file only (not /dev/zero, a FIFO, a folder), never read past the limit
        return read_limited(path, MAX_FILE_BYTES), label
    except FileNotFoundError:
        raise NotFoundError("file_not_found", file=label) from None
    except NotAFileError as exc:
        key = "file_is_folder" if exc.kind == "directory" else "file_not_regular"
        raise InvalidInputError(key, file=label) from None
    except TooLargeError as exc:
        raise _too_large(label, exc.size) from None
    except OSError as exc:
        raise InvalidInputError("file_unreadable", file=label, detail=exc.strerror) from None


def _too_large(label: str, size: int) -> InvalidInputError:
    return InvalidInputError(
        "photo_file_too_large",
        file=label,
        size=f"{size / 1024 / 1024:.1f}",
        limit=MAX_FILE_BYTES // 1024 // 1024,
    )


def _too_many_pixels(label: str, pixels: int) -> InvalidInputError:
    return InvalidInputError(
        "photo_too_many_pixels",
        file=label,
        pixels=f"{pixels / 1_000_000:.0f}",
        limit=MAX_PIXELS // 1_000_000,
    )


def prepare_image(raw: bytes, label: str = "–") -> tuple[bytes, int, int]:
    """Check, turn upright, flatten, shrink and re-encode an image: (JPEG bytes, width, height).

    Refuses anything but JPEG and PNG, damaged files and images over :data:`MAX_PIXELS`.
    """
    with _quiet():
        return _prepare_image(raw, label)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No DecompressionBombWarning on stderr: the pixels are counted and refused here."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        yield


def _prepare_image(raw: bytes, label: str) -> tuple[bytes, int, int]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(raw), formats=FORMATS)
    except UnidentifiedImageError:
        raise InvalidInputError("photo_not_image", file=label) from None
    except Image.DecompressionBombError as exc:  # over twice Pillow's own limit
        raise _too_many_pixels(label, _pixels_in(exc)) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidInputError("photo_unreadable", file=label, detail=_detail(exc)) from None
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:  # refused on the header, before any decoding
            raise _too_many_pixels(label, width * height)
        if width < 1 or height < 1:
            raise InvalidInputError("photo_unreadable", file=label, detail="0 px")
        try:
            if image.format == "JPEG":
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at a reduced scale
            image.load()
            upright = ImageOps.exif_transpose(_shrunk(image)) or image
            rgb = _to_srgb(upright)
        except Image.DecompressionBombError as exc:
            raise _too_many_pixels(label, _pixels_in(exc)) from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise InvalidInputError("photo_unreadable", file=label, detail=_detail(exc)) from None
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # No exif=, no icc_profile=: Pillow then writes none, so no metadata leaves with the photo.
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), rgb.width, rgb.height


def _shrunk(image):
    """A large image made at most :data:`MAX_SIDE` pixels before it is turned and converted:
    each conversion of a 40-megapixel image would otherwise cost another copy of it."""
    from PIL import Image

    if max(image.size) <= MAX_SIDE:
        return image
    if image.mode == "1":
        image = image.convert("L")
    elif image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("L", "LA", "RGB", "RGBA"):
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return image


# What a JPEG made by :func:`prepare_image` carries; anything more (EXIF, a colour profile, XMP,
# a comment) is metadata from elsewhere, and the photo is re-encoded without it.
_OWN_JPEG_INFO = frozenset(
    {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive", "progression"}
)


def checked_photo(raw: bytes, label: str = "–") -> tuple[bytes, int, int]:
    """A photo that did not come through :func:`add_photo` (from a session file, or stored
    before such photos were checked), checked as ``attach`` checks a file: (JPEG, width, height).

    It is decoded with Pillow, never trusting the width and height it claims: over
    :data:`MAX_PIXELS` (a decompression bomb) or undecodable it is refused like a file given to
    ``attach`` (:class:`InvalidInputError`). A JPEG as :func:`prepare_image` makes them (RGB, at
    most :data:`MAX_SIDE` pixels, no metadata) that decodes is kept byte for byte, so a photo
    that travels between laptops stays the same; anything else is re-encoded by
    :func:`prepare_image`: shrunk, upright, a JPEG without metadata.
    """
    from PIL import Image

    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(label, len(raw))
    try:
        with _quiet(), Image.open(io.BytesIO(raw), formats=("JPEG",)) as image:
            width, height = image.size
            own = (
                image.mode == "RGB"
                and 1 <= width <= MAX_SIDE
                and 1 <= height <= MAX_SIDE
                and set(image.info) <= _OWN_JPEG_INFO
            )
            if own:
                image.draft("RGB", (max(1, width // 8), max(1, height // 8)))  # quick, whole
                image.load()
                return raw, width, height
    except Exception:  # not such a JPEG, or a damaged one: the full check below tells which
        pass
    return prepare_image(raw, label)


def _pixels_in(exc: Exception) -> int:
    """The pixel count Pillow names in its decompression-bomb message (0 if it names none)."""
    match = re.search(r"\((\d+) pixels\)", str(exc))
    return int(match.group(1)) if match else 0


def _detail(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def _to_srgb(image):
    """RGB in sRGB: a colour profile applied if the image has one, transparency on white."""
    from PIL import Image

    icc = image.info.get("icc_profile")
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        image = image.convert("RGBA")
    elif image.mode != "RGB":
        image = image.convert("RGB")
    if icc:
        image = _apply_profile(image, icc)
    if image.mode == "RGBA":
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(image, mask=image.getchannel("A"))
        return white
    return image


def _apply_profile(image, icc: bytes):
    """Convert from the embedded colour profile to sRGB (kept as is if that fails)."""
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        converted = ImageCms.profileToProfile(
            image, source, target, outputMode=image.mode, inPlace=False
        )
        return converted or image
    except Exception:  # a broken or unusual profile: the pixels as they are
        return image


# --- the library --------------------------------------------------------------------------------


def _session(s: Session, session_id: str) -> WorkshopSession:
    ws = s.get(WorkshopSession, session_id)
    if ws is None:
        raise NotFoundError("session_not_found", ref=session_id)
    return ws


def _check_step(s: Session, session_id: str, step_id: str | None) -> None:
    if step_id is None:
        return
    step = s.get(Step, step_id)
    if step is None or step.session_id != session_id:
        raise InvalidInputError("photo_step_unknown")


def clean_caption(caption: str) -> str:
    caption = " ".join(caption.replace("\r\n", "\n").split("\n")).strip()
    if len(caption) > CAPTION_MAX_LENGTH:
        raise InvalidInputError("photo_caption_too_long", limit=CAPTION_MAX_LENGTH)
    return caption


def add_photo(
    lib: Library,
    session_id: str,
    source: Path | str | bytes,
    *,
    step_id: str | None = None,
    caption: str = "",
    name: str | None = None,
) -> str:
    """Attach a photo (a file path or its bytes) in one committed transaction; return its id.

    ``name`` is how the file is called in error messages (defaults to the path).
    """
    caption = clean_caption(caption)
    with lib.read() as s:  # a missing session is reported before any image work
        _session(s, session_id)
        _check_step(s, session_id, step_id)
    raw, label = _read_input(source, name)
    data, width, height = prepare_image(raw, label)
    with lib.write() as s:
        _session(s, session_id)
        _check_step(s, session_id, step_id)
        photo = Attachment(
            session_id=session_id,
            step_id=step_id,
            caption=caption,
            media_type=MEDIA_TYPE,
            width=width,
            height=height,
            data=data,
        )
        s.add(photo)
        s.flush()
        return photo.id


def list_photos(lib: Library, session_id: str) -> list[PhotoInfo]:
    """The session's photos in the order they were added, without their bytes."""
    with lib.read() as s:
        _session(s, session_id)
        rows = s.execute(
            select(
                Attachment.id,
                Attachment.session_id,
                Attachment.step_id,
                Step.position,
                Attachment.caption,
                Attachment.width,
                Attachment.height,
                func.length(Attachment.data),
                Attachment.created_at,
            )
            .outerjoin(Step, Step.id == Attachment.step_id)
            .where(Attachment.session_id == session_id)
            .order_by(Attachment.created_at, Attachment.id)
        ).all()
    return [
        PhotoInfo(
            id=r[0],
            session_id=r[1],
            step_id=r[2],
            step_position=r[3],
            caption=r[4],
            width=r[5],
            height=r[6],
            size=r[7] or 0,
            created_at=r[8],
        )
        for r in rows
    ]


def _photo(s: Session, photo_id: str) -> Attachment:
    photo = s.get(Attachment, photo_id)
    if photo is None:
        raise NotFoundError("photo_not_found", ref=photo_id)
    return photo


def get_photo_bytes(lib: Library, photo_id: str) -> bytes:
    """The stored JPEG."""
    with lib.read() as s:
        return _photo(s, photo_id).data


def set_caption(lib: Library, photo_id: str, caption: str) -> None:
    caption = clean_caption(caption)
    with lib.write() as s:
        photo = _photo(s, photo_id)
        photo.caption = caption


def set_photo_step(lib: Library, photo_id: str, step_id: str | None) -> None:
    """Link a photo to one of its session's steps (``None``: to the session as a whole)."""
    with lib.write() as s:
        photo = _photo(s, photo_id)
        _check_step(s, photo.session_id, step_id)
        photo.step_id = step_id


def delete_photo(lib: Library, photo_id: str) -> DeletedPhoto:
    """Remove a photo for good (it may show people); the returned copy lets undo restore it."""
    with lib.write() as s:
        photo = _photo(s, photo_id)
        copy = DeletedPhoto(
            id=photo.id,
            session_id=photo.session_id,
            step_id=photo.step_id,
            caption=photo.caption,
            media_type=photo.media_type,
            width=photo.width,
            height=photo.height,
            data=photo.data,
            created_at=photo.created_at,
        )
        s.delete(photo)
    return copy


def restore_photo(lib: Library, photo: DeletedPhoto) -> None:
    """Put a removed photo back with its id (undo); its step is dropped if it is gone."""
    with lib.write() as s:
        _session(s, photo.session_id)
        step = s.get(Step, photo.step_id) if photo.step_id else None
        s.add(
            Attachment(
                id=photo.id,
                session_id=photo.session_id,
                step_id=photo.step_id if step is not None else None,
                caption=photo.caption,
                media_type=photo.media_type,
                width=photo.width,
                height=photo.height,
                data=photo.data,
                created_at=photo.created_at,
            )
        )
