"""Join cards: a page of cards with the QR code, the URL and the room code, that scan."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from workshop.export.join_cards import qr_matrix, write_join_cards

URL = "http://192.168.137.1:8750/j/k7qm-abcdefghjkmnpqrstu"


@pytest.mark.parametrize(
    ("language", "heading", "code"),
    [
        ("nb", "Skriv og stem fra mobilen", "Romkode: K7QM"),
        ("nn", "Skriv og stem frå mobilen", "Romkode: K7QM"),
        ("en", "Write and vote from your phone", "Room code: K7QM"),
    ],
)
def test_a_page_of_six_cards_in_the_sessions_language(tmp_path, language, heading, code):
    path = tmp_path / "cards.pdf"
    write_join_cards("Fokusgruppe om biblioteket", URL, "K7QM", path, language)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert text.count(heading) == 6
    assert text.count(code) == 6
    assert text.count("http://192.168.137.1:8750") == 6
    assert text.count("/j/k7qm-abcdefghjkmnpqrstu") == 6
    assert not list(tmp_path.glob(".*.tmp"))  # written whole, through the atomic writer


def test_the_cards_qr_matrix_is_segnos_code_for_the_url():
    import segno

    matrix = qr_matrix(URL)
    expected = segno.make(URL, error="m", micro=False)
    assert len(matrix) == expected.symbol_size(border=0)[0]
    assert matrix == [[bool(v) for v in row] for row in expected.matrix]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils)")
def test_the_printed_codes_scan_to_the_join_url(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    path = tmp_path / "cards.pdf"
    write_join_cards("Fokusgruppe", URL, "K7QM", path, "nb")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
    )
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert [r.text for r in found] == [URL] * 6
