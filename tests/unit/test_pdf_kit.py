"""What makes the PDF kit fast draws what ReportLab draws: the paragraph parse shared by shape,
the note as two single-style paragraphs, the measured font and its cached tables."""

from __future__ import annotations

import pickle
import re
import shutil
import subprocess

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as ReportLabParagraph
from reportlab.platypus import SimpleDocTemplate, Spacer

from workshop.export import fonts
from workshop.export.fonts import register_fonts
from workshop.export.page_kit import NoteParagraph, Paragraph, styles
from workshop.export.paragraphs import parse_markup
from workshop.paths import fonts_dir

META = '<font size="8" color="#555555">'


@pytest.fixture(scope="module")
def st():
    register_fonts()
    return styles()


def _merged(frags) -> list[dict]:
    """Fragments with the neighbours that differ only in text joined (ReportLab's parser cuts a
    text at each entity; the drawing is the same)."""
    out: list[dict] = []
    for frag in frags:
        d = dict(frag.__dict__)
        same = out and not d.get("lineBreak")
        if same and {k: v for k, v in out[-1].items() if k != "text"} == {
            k: v for k, v in d.items() if k != "text"
        }:
            out[-1]["text"] += d.get("text", "")
        else:
            out.append(d)
    return out


SIMPLE = [
    "Innspill 12: flere møteplasser &amp; bedre busstilbud<br/>"
    f"{META}Nr. 12 · Steg 2 · 3 stemmer</font>",
    "  mellomrom   og\nlinjeskift  ",
    "<b>Fet</b> og <i>kursiv</i>, &lt;tegn&gt; &quot;sitat&quot; &apos;",
    "x<br/>y<br/><br/>z",
    f"Barn og unge {META}20 innspill</font>",
    "",
]


@pytest.mark.parametrize("markup", SIMPLE)
def test_a_shape_parsed_once_gives_reportlabs_fragments(st, markup):
    for style in (st["note"], st["cell"], st["h2"], st["item"]):
        ours, theirs = Paragraph(markup, style), ReportLabParagraph(markup, style)
        assert parse_markup(markup, style) is not None
        assert _merged(ours.frags) == _merged(theirs.frags)
        assert ours.text == theirs.text


@pytest.mark.parametrize(
    "markup",
    [
        'a <a href="https://gran.kommune.no">lenke</a>',
        "m<super>2</super>",
        "ikke&nbsp;brudd",
        "&#169; 2026",
        "a & b",
        "<para>avsnitt</para>",
        "ord\xa0ord",
    ],
)
def test_other_markup_is_left_to_reportlab(st, markup):
    if "\xa0" not in markup:
        assert parse_markup(markup, st["body"]) is None
    ours, theirs = Paragraph(markup, st["body"]), ReportLabParagraph(markup, st["body"])
    assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags]


def _word_boxes(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "\n".join(line for line in out.splitlines() if "<word" in line or "<page" in line)


def _rounded(lines: list[str]) -> list[str]:
    """Word boxes with positions to a hundredth of a point."""
    return [re.sub(r'"(-?\d+\.\d+)"', lambda m: f'"{float(m[1]):.2f}"', b) for b in lines]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("rules", ["kit", "reportlab"])
def test_a_note_paragraph_is_laid_out_and_split_as_the_one_paragraph(
    st, tmp_path, monkeypatch, rules
):
    """Text and details as two paragraphs land word for word where the one paragraph put them,
    on the same pages, also where a note is split over two pages: in its text, right after it,
    or in two lines of details. With the kit's styles (no orphans, no widows: a detail line
    never goes alone onto the next page) and with ReportLab's defaults (widows allowed)."""
    if rules == "reportlab":
        st = {
            name: ParagraphStyle(name, parent=st[name], allowWidows=1, allowOrphans=0)
            for name in ("note", "appendix")
        }
    splits = []
    split = NoteParagraph.split

    def counted(self, width, height):
        parts = split(self, width, height)
        if len(parts) == 2:
            _, rest = parts
            splits.append(
                "text" if rest._text is not None else "after text" if rest._blank else "details"
            )
        return parts

    monkeypatch.setattr(NoteParagraph, "split", counted)
    # the first note (one line, two lines of details) ends the page in its details at 655
    for offset in (0, 5, 9, 14, 30, 47, 655):
        story_one, story_two = [Spacer(1, offset)], [Spacer(1, offset)]
        for i in range(90):
            text = f"Innspill {i}: " + " ".join(
                ["flere møteplasser &amp; bedre busstilbud på kveldstid"] * (i % 11)
            )
            details = f"{META}Nr. {i} · Steg 2 · Gruppe Innbyggere · {i} stemmer</font>"
            if i % 5 == 0:
                details = f"{META}{' · '.join(['Prinsipp 1, 2, 3'] * 9)}</font>"  # two lines
            style = st["appendix" if i % 2 else "note"]
            bullet = f"{i}." if i % 2 else None
            story_one.append(ReportLabParagraph(f"{text}<br/>{details}", style, bulletText=bullet))
            story_two.append(NoteParagraph(text, details, style, bulletText=bullet))
        one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
        SimpleDocTemplate(str(one)).build(story_one)
        SimpleDocTemplate(str(two)).build(story_two)
        assert _rounded(_word_boxes(one).splitlines()) == _rounded(_word_boxes(two).splitlines())
    if rules == "reportlab":
        assert {"text", "after text", "details"} <= set(splits)
    else:  # a split in the details would leave one of their lines alone
        assert "text" in splits and "details" not in splits


def test_measured_widths_and_codes_are_reportlabs(st):
    ours = fonts._font_class()("test-measured", str(fonts_dir() / "DejaVuSans.ttf"))
    theirs = TTFont("test-plain", str(fonts_dir() / "DejaVuSans.ttf"))
    texts = ["Innspill", "møteplasser & bedre", "", "Привет", "ꭓ", "a\xa0b", "Ærlig talt"] * 2
    for text in texts:
        for size in (8, 8.6, 9, 10, 15):
            assert ours.stringWidth(text, size) == theirs.stringWidth(text, size)

    class Doc:  # ReportLab keeps a font's subset state per document object
        pass

    doc_ours, doc_theirs = Doc(), Doc()
    for text in texts:
        assert ours.splitString(text, doc_ours) == theirs.splitString(text, doc_theirs)


def test_a_font_read_back_from_the_cache_is_the_font_parsed(st):
    path = fonts_dir() / "DejaVuSans-Oblique.ttf"
    cache = fonts._cache_file(path)
    cache.unlink(missing_ok=True)
    parsed = fonts._font_class()("test-parsed", str(path))
    assert cache.exists()
    cached = fonts._font_class()("test-cached", str(path))
    assert parsed.face is not cached.face
    a, b = dict(parsed.face.__dict__), dict(cached.face.__dict__)
    assert a.pop("_pdfScale")(1234) == b.pop("_pdfScale")(1234)
    assert a == b
    assert vars(parsed).keys() == vars(cached).keys()
    assert parsed.shapable == cached.shapable and parsed._asciiReadable == cached._asciiReadable


def test_a_damaged_or_foreign_font_cache_is_not_used(st, tmp_path):
    path = fonts_dir() / "DejaVuSans-Bold.ttf"
    cache = fonts._cache_file(path)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"not a pickle")
    assert fonts._cached_face(path) is None
    marker = tmp_path / "ran"

    class Foreign:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    cache.write_bytes(pickle.dumps({"unitsPerEm": 2048, "x": Foreign()}))
    assert fonts._cached_face(path) is None
    assert not marker.exists()
    font = fonts._font_class()("test-repaired", str(path))  # parsed again, cache rewritten
    assert font.face.unitsPerEm == 2048
    assert fonts._cached_face(path) is not None


def test_the_kit_paragraph_breaks_lines_as_reportlab(st):
    for markup in SIMPLE[:5]:
        for width in (80, 150, 300, 481):
            ours, theirs = Paragraph(markup, st["note"]), ReportLabParagraph(markup, st["note"])
            assert ours.wrap(width, 800) == theirs.wrap(width, 800)
            assert len(ours.blPara.lines) == len(theirs.blPara.lines)


@pytest.mark.parametrize("text_lines", [2, 4])
def test_the_details_never_begin_a_page_without_their_note(st, text_lines):
    """Where the page ends right after a note's text, its two lines of details do not go on
    alone: the note's last line goes with them, or the whole note when it has only two."""
    style = st["appendix"]
    width = 451  # an A4 page's frame
    details = f"{META}{' · '.join(['Prinsipp 1, 2, 3'] * 9)}</font>"
    words = " ".join(["Flere møteplasser og bedre busstilbud"] * 20).split()
    while True:  # the text shortened to its lines
        note = NoteParagraph(" ".join(words), details, style)
        note.wrap(width, 10_000)
        if len(note._text.blPara.lines) == text_lines:
            break
        words = words[:-1]
    assert len(note._details.blPara.lines) == 2
    parts = note.split(width, text_lines * style.leading + 1)
    if text_lines == 2:
        assert parts == []  # the whole note to the next page
    else:
        first, rest = parts
        first.wrap(width, 10_000), rest.wrap(width, 10_000)
        assert first._details is None and len(first._text.blPara.lines) == text_lines - 1
        assert len(rest._text.blPara.lines) == 1 and rest._details is not None
