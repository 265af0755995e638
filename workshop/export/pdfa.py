"""The archive pass after ReportLab, with pikepdf: tagged PDF/A-2a that is also PDF/UA-1.

ReportLab (open source) writes neither PDF/A nor a structure tree. Its output already has what
depends on the drawing — every font embedded (the one DejaVu family; no base-14 font), no
transparency, no encryption, a document /ID and /Lang, the content marked while it was drawn
(:mod:`workshop.export.tagging`) — and this module adds the rest:

* the structure tree from the tagger, in reading order: ``/StructTreeRoot`` with the elements
  (``/S``, ``/P``, ``/K`` with MCIDs and MCRs, ``/Pg``, ``/Alt``, the scope of table headers),
  a ParentTree that maps each page's MCIDs back to their elements, ``/ParentTreeNextKey``, and on
  every page ``/StructParents`` and ``/Tabs /S``; ``/MarkInfo <</Marked true>>``;
* ``/ViewerPreferences <</DisplayDocTitle true>>``, so a reader shows the title, not the file
  name;
* an output intent with an sRGB ICC profile (made by Pillow's LittleCMS, which ReportLab already
  depends on), as the colours are device RGB;
* an XMP metadata stream (uncompressed) with ``pdfaid:part=2``, ``pdfaid:conformance=A`` and
  ``pdfuaid:part=1`` — with the extension schema PDF/A asks for a namespace it does not know —
  and the same title, author, subject, keywords, tool and dates as the document information;
* a PDF 1.7 header, the version PDF/A-2 is based on; every stream but the XMP compressed.

No validator runs here; ``tests/unit/test_pdf_archive.py`` checks each marker and
``tests/unit/test_pdf_tagged.py`` the structure, with pikepdf and poppler.
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from workshop.atomic import atomic_open

if TYPE_CHECKING:
    from workshop.export.tagging import Node, Tagger

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
PDF_VERSION = "1.7"

_PDF_DATE = re.compile(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:([+-])(\d\d)'?(\d\d)'?|Z)?")

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
{properties}
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>A</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
</rdf:li>
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


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


def xmp_date(value: str) -> str:
    """A PDF date (``D:20260305123000+01'00'``) as an XMP date (``2026-03-05T12:30:00+01:00``)."""
    m = _PDF_DATE.match(value)
    if m is None:
        raise ValueError(f"not a PDF date: {value!r}")
    year, month, day, hour, minute, second, sign, tz_hour, tz_minute = m.groups()
    zone = f"{sign}{tz_hour}:{tz_minute}" if sign else "Z"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{zone}"


def xmp_packet(info: dict[str, str], language: str) -> bytes:
    """The XMP metadata for the document information ``info`` (keys without the slash)."""

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    lines = []
    if info.get("Title"):
        lines.append(f"<dc:title>{alt(info['Title'])}</dc:title>")
    if info.get("Author"):
        lines.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(info['Author'])}</rdf:li></rdf:Seq></dc:creator>"
        )
    if info.get("Subject"):
        lines.append(f"<dc:description>{alt(info['Subject'])}</dc:description>")
    lines.append(
        f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>"
    )
    lines.append("<dc:format>application/pdf</dc:format>")
    if info.get("Keywords"):
        lines.append(f"<pdf:Keywords>{escape(info['Keywords'])}</pdf:Keywords>")
    if info.get("Producer"):
        lines.append(f"<pdf:Producer>{escape(info['Producer'])}</pdf:Producer>")
    if info.get("Creator"):
        lines.append(f"<xmp:CreatorTool>{escape(info['Creator'])}</xmp:CreatorTool>")
    if info.get("CreationDate"):
        lines.append(f"<xmp:CreateDate>{xmp_date(info['CreationDate'])}</xmp:CreateDate>")
    if info.get("ModDate"):
        modified = xmp_date(info["ModDate"])
        lines.append(f"<xmp:ModifyDate>{modified}</xmp:ModifyDate>")
        lines.append(f"<xmp:MetadataDate>{modified}</xmp:MetadataDate>")
    return _XMP.format(properties="\n".join(lines)).encode("utf-8")


def _write_structure(pdf, tagger: Tagger) -> None:
    """The tagger's structure as the document's structure tree, with its ParentTree."""
    from pikepdf import Array, Dictionary, Name, String

    from workshop.export.tagging import Node

    pages = [page.obj for page in pdf.pages]
    parents: list[list] = [[None] * len(mcids) for mcids in tagger.pages]
    make_indirect = pdf.make_indirect
    struct_elem, mcr = Name.StructElem, Name.MCR
    names: dict[str, Name] = {}

    def element(node: Node, parent) -> object:
        role = names.get(node.role)
        if role is None:
            role = names[node.role] = Name("/" + node.role)
        elem = make_indirect(Dictionary(Type=struct_elem, S=role, P=parent))
        kids = []
        own_page = -1
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(element(kid, elem))
                continue
            page, mcid = kid
            if own_page < 0:
                own_page = page
                elem.Pg = pages[page]
            if page == own_page:
                kids.append(mcid)
            else:
                kids.append(Dictionary(Type=mcr, Pg=pages[page], MCID=mcid))
            parents[page][mcid] = elem
        if kids:
            elem.K = kids[0] if len(kids) == 1 else Array(kids)
        if node.alt:
            elem.Alt = String(node.alt)
        if node.scope:
            elem.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
        return elem

    root = make_indirect(Dictionary(Type=Name.StructTreeRoot))
    root.K = element(tagger.root, root)
    nums = []
    for index, elements in enumerate(parents):
        if not elements:
            continue
        if any(e is None for e in elements):
            raise AssertionError(f"page {index + 1}: marked content without a structure element")
        nums += [index, make_indirect(Array(elements))]
        pages[index].StructParents = index
    root.ParentTree = make_indirect(Dictionary(Nums=Array(nums)))
    root.ParentTreeNextKey = len(pages)
    for page in pages:
        page.Tabs = Name.S
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)


_UNMAPPED = re.compile(rb"^<[0-9A-Fa-f]+> <0000>\r?\n", re.M)
_BFCHAR_COUNT = re.compile(rb"(\d+) beginbfchar")


def _without_null_mappings(pdf) -> None:
    """ReportLab's ToUnicode maps the codes its subsets leave unused (and .notdef) to U+0000,
    which PDF/A-2 (6.2.11.7.2) and PDF/UA forbid: those codes, never drawn, are left out."""
    seen = set()
    for page in pdf.pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            if font.objgen in seen or "/ToUnicode" not in font:
                continue
            seen.add(font.objgen)
            cmap = font.ToUnicode.read_bytes()
            if b"<0000>" not in cmap:
                continue
            kept, dropped = _UNMAPPED.subn(b"", cmap)
            count = int(_BFCHAR_COUNT.search(kept).group(1)) if dropped else 0
            kept = _BFCHAR_COUNT.sub(str(count - dropped).encode() + b" beginbfchar", kept, 1)
            font.ToUnicode.write(kept)


def _compress_streams(pdf) -> None:
    """Compress every stream still plain (ReportLab writes its pages and fonts uncompressed for
    this pass), so that no stream ends with a carriage return: written just before the
    end-of-line marker and ``endstream``, that byte makes its /Length look one too long to a
    validator (PDF/A-2, 6.1.7.1). The XMP metadata stays readable."""
    import base64
    import zlib

    from pikepdf import Array, Name, Stream

    for obj in pdf.objects:
        if not isinstance(obj, Stream) or "/Filter" in obj or obj.get("/Type") == "/Metadata":
            continue
        packed = zlib.compress(obj.read_raw_bytes())
        if not packed.endswith(b"\r"):
            obj.write(packed, filter=Name.FlateDecode)
        else:  # one stream in 256 (its checksum's last byte): wrapped in ASCII85, ends in ~>
            wrapped = base64.a85encode(packed) + b"~>"
            obj.write(wrapped, filter=Array([Name.ASCII85Decode, Name.FlateDecode]))


def write_pdfa(raw: bytes, path: Path, *, language: str, structure: Tagger | None = None) -> None:
    """Turn ReportLab's ``raw`` PDF into tagged PDF/A-2a at ``path``, written whole or not at
    all; ``structure`` is the tagger that marked its content."""
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
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        if structure is not None:
            _write_structure(pdf, structure)
        _without_null_mappings(pdf)
        info = pdf.docinfo
        for key in list(info.keys()):
            # /Trapped is optional and PDF/A allows only True or False there; an empty /Author
            # (an anonymous export) is left out rather than written as an empty dc:creator
            if key == "/Trapped" or not str(info[key]).strip():
                del info[key]
        values = {str(key)[1:]: str(value) for key, value in info.items()}
        metadata = pdf.make_stream(xmp_packet(values, language))
        metadata.Type = Name.Metadata
        metadata.Subtype = Name.XML
        pdf.Root.Metadata = metadata
        _compress_streams(pdf)
        with atomic_open(path, "wb") as fh:
            pdf.save(
                fh,
                min_version=PDF_VERSION,
                force_version=PDF_VERSION,
                compress_streams=False,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
                fix_metadata_version=False,
            )
