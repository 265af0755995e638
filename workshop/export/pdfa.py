"""PDF/A-2b markers added after ReportLab, with pikepdf.

ReportLab (open source) writes no PDF/A by itself. Its output already has what the part of PDF/A-2b
that depends on the drawing needs — every font embedded (the one DejaVu family; no base-14 font), no
transparency, no encryption, a document /ID and /Lang — and this module adds the rest:

* an output intent with an sRGB ICC profile (made by Pillow's LittleCMS, which ReportLab already
  depends on), as the colours are device RGB;
* an XMP metadata stream (uncompressed) with ``pdfaid:part=2`` and ``pdfaid:conformance=B`` and the
  same title, author, subject, keywords, tool and dates as the document information dictionary;
* a PDF 1.7 header, the version PDF/A-2 is based on.

No validator runs here; ``tests/unit/test_pdf_archive.py`` checks each marker.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from workshop.atomic import atomic_open

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
PDF_VERSION = "1.7"


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC display profile.

    LittleCMS labels its built-in profile version 4.4; the header is set to 4.2, the ICC version
    PDF 1.7 (and so PDF/A-2) names, which the profile's tags already follow. Its profile ID is
    zero ("not computed"), so changing the header leaves no checksum wrong.
    """
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    assert data[36:40] == b"acsp" and data[84:100] == bytes(16)
    data[8:12] = bytes((4, 0x20, 0, 0))
    return bytes(data)


def write_pdfa(raw: bytes, path: Path, *, language: str) -> None:
    """Turn ReportLab's ``raw`` PDF into PDF/A-2b at ``path``, written whole or not at all."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        profile = pdf.make_stream(srgb_profile())
        profile.N = 3
        profile.Alternate = Name.DeviceRGB
        intent = Dictionary(
            Type=Name.OutputIntent,
            S=Name.GTS_PDFA1,
            OutputConditionIdentifier=SRGB_IDENTIFIER,
            RegistryName="http://www.color.org",
            Info=SRGB_IDENTIFIER,
            DestOutputProfile=profile,
        )
        pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])
        pdf.Root.Lang = pikepdf.String(language)
        info = pdf.docinfo
        for key in list(info.keys()):
            # /Trapped is optional and PDF/A allows only True or False there; an empty /Author
            # (an anonymous export) is left out rather than written as an empty dc:creator
            if key == "/Trapped" or not str(info[key]).strip():
                del info[key]
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(info, delete_missing=True)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["dc:language"] = [language]
            meta["dc:format"] = "application/pdf"
            if "xmp:ModifyDate" in meta:
                meta["xmp:MetadataDate"] = meta["xmp:ModifyDate"]
        with atomic_open(path, "wb") as fh:
            pdf.save(
                fh,
                min_version=PDF_VERSION,
                force_version=PDF_VERSION,
                compress_streams=True,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
                fix_metadata_version=False,
            )
