"""Files from outside: ordinary files only, never read past the limit; a CSV with a NUL anywhere
or with mixed encodings is refused with its line number."""

from __future__ import annotations

import io
import os
import sys

import pytest

from workshop import incoming
from workshop.errors import ImportFileError
from workshop.incoming import NotAFileError, TooLargeError, copy_limited, read_limited
from workshop.services.csv_import import import_csv
from workshop.services.notes import list_notes


def _csv(tmp_path, raw: bytes):
    path = tmp_path / "innspill.csv"
    path.write_bytes(raw)
    return path


def _refusal(lib, session_id, path) -> ImportFileError:
    with pytest.raises(ImportFileError) as exc:
        import_csv(lib, session_id, path)
    assert list_notes(lib, session_id) == []
    return exc.value


def test_a_nul_after_the_first_4_kb_is_refused_with_its_line(lib, session_id, tmp_path):
    rows = "".join(f"Lapp nummer {i} med litt tekst\n" for i in range(400))  # over 4 kB
    path = _csv(tmp_path, f"text\n{rows}før\x00etter\n".encode())
    error = _refusal(lib, session_id, path)
    assert error.key == "csv_nul"
    assert error.params["line"] == 402
    assert error.message("en") == (
        f"{path}, line 402: contains a NUL character (0x00); nothing was imported"
    )


def test_a_binary_file_is_still_not_text(lib, session_id, tmp_path):
    path = _csv(tmp_path, b"text\n\x00\x01\x02")
    error = _refusal(lib, session_id, path)
    assert error.key == "csv_not_text"
    assert error.message("en") == f"{path} is not a text (CSV) file: a NUL character on line 2"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_mixed_utf8_and_windows_1252_is_refused_with_the_line(lib, session_id, tmp_path, bom):
    raw = bom + "text\nblåbær\nbringebær\n".encode() + "tyttebær\n".encode("cp1252")
    error = _refusal(lib, session_id, _csv(tmp_path, raw))
    assert error.key == "csv_mixed_encoding"
    assert error.params["line"] == 4
    assert "line 4: not UTF-8 like the rest of the file" in error.message("en")


@pytest.mark.parametrize(
    "text",
    ["blåbær og «BLÅ»", "ØST–VEST", "«BLÅ» og ÆRE’", "pris 20 € – «tilbud»"],
)
def test_a_file_all_in_windows_1252_is_still_read(lib, session_id, tmp_path, text):
    """Windows-1252 bytes that happen to form UTF-8 (Å» is C5 BB) do not make a file mixed."""
    import_csv(lib, session_id, _csv(tmp_path, f"text\n{text}\n".encode("cp1252")))
    assert [n.text for n in list_notes(lib, session_id)] == [text]


def test_the_limit_is_checked_while_reading(tmp_path, monkeypatch):
    """A file that is small when looked at and grows afterwards is not read past the limit."""
    path = tmp_path / "growing.bin"
    path.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    def fstat_at_opening(fd):
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, *tuple(st)[1:6], 10, *tuple(st)[7:10]))

    monkeypatch.setattr(incoming.os, "fstat", fstat_at_opening)
    with pytest.raises(TooLargeError) as exc:
        read_limited(path, 1000)
    assert exc.value.size == 1001  # one byte past the limit read, not the rest
    target = io.BytesIO()
    with pytest.raises(TooLargeError):
        copy_limited(path, target, 1000)
    assert len(target.getvalue()) <= 1000


def test_within_the_limit_everything_is_read(tmp_path):
    path = tmp_path / "ok.bin"
    path.write_bytes(b"y" * 3000)
    assert read_limited(path, 3000) == b"y" * 3000
    target = io.BytesIO()
    assert copy_limited(path, target, 3000) == 3000
    assert target.getvalue() == b"y" * 3000
    with pytest.raises(TooLargeError):
        read_limited(path, 2999)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")
def test_devices_fifos_and_folders_are_not_files(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "zero"
    link.symlink_to("/dev/zero")
    for path, kind in ((fifo, "fifo"), (link, "device"), (tmp_path, "directory")):
        with pytest.raises(NotAFileError) as exc:
            read_limited(path, 100)
        assert exc.value.kind == kind
    with pytest.raises(FileNotFoundError):
        read_limited(tmp_path / "missing", 100)
