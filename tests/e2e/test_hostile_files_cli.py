"""``workshop import`` and ``unpack``, ``attach`` and a ``--framework`` file read ordinary files
only: ``/dev/zero``, a symbolic link to it, a FIFO and a folder are each refused with one line
and exit 1, at once, without reading them (no endless copy into the temp folder, no MemoryError,
no wait for a writer)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.services.exchange import pack_session
from workshop.services.notes import add_note
from workshop.services.sessions import create_session
from workshop.store.db import Library

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not Path("/dev/zero").exists(), reason="POSIX devices and FIFOs"
)

MEMORY_CAP = 2 * 1024**3  # a child that read /dev/zero whole would stop here, not take the machine
FILE_CAP = 64 * 1024**2  # … and one that copied it into the temp folder here


def _caps() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_CAP, FILE_CAP))


def run(library: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    tmp.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), *args],
        env=dict(os.environ, LANGUAGE="en", TMPDIR=str(tmp)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,  # a safety net for the FIFO: the process must not wait for a writer
        preexec_fn=_caps,
    )


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.endswith("\n"), proc.stderr
    assert proc.stderr.startswith("workshop: ")
    return proc.stderr.rstrip("\n")


@pytest.fixture
def library(tmp_path) -> tuple[Path, str]:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        sid = create_session(lib, "politician-workshop", "Fiendtlige filer")
        add_note(lib, sid, "Den første lappen")
    return path, sid


def _not_files(tmp_path: Path, suffix: str) -> dict[str, Path]:
    link = tmp_path / f"zero{suffix}"
    link.symlink_to("/dev/zero")
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    return {"/dev/zero": Path("/dev/zero"), "link": link, "fifo": fifo, "folder": folder}


@pytest.mark.parametrize("what", ["/dev/zero", "link", "fifo", "folder"])
def test_import_reads_ordinary_files_only(library, tmp_path, what):
    path, sid = library
    target = _not_files(tmp_path, ".csv")[what]
    line = one_line_error(run(path, tmp_path / "tmp", "import", sid, str(target)))
    assert str(target) in line
    if what != "folder":
        assert "not an ordinary file" in line
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize("what", ["/dev/zero", "link", "fifo", "folder"])
def test_unpack_reads_ordinary_files_only(library, tmp_path, what):
    path, _sid = library
    target = _not_files(tmp_path, ".verksted")[what]
    line = one_line_error(run(path, tmp_path / "tmp", "unpack", str(target)))
    assert target.name in line
    if what != "folder":
        assert "not an ordinary file" in line
    assert list((tmp_path / "tmp").iterdir()) == []  # nothing copied into the temp folder


def test_a_link_to_an_ordinary_file_is_read(library, tmp_path):
    path, sid = library
    with Library.open(path) as lib:
        pack_session(lib, sid, tmp_path / "real.verksted")
    (tmp_path / "link.verksted").symlink_to(tmp_path / "real.verksted")
    (tmp_path / "real.csv").write_text("text\nFra en lenke\n", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(tmp_path / "real.csv")
    assert run(path, tmp_path / "tmp", "unpack", str(tmp_path / "link.verksted")).returncode == 0
    proc = run(path, tmp_path / "tmp", "import", sid, str(tmp_path / "link.csv"))
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("what", ["/dev/zero", "link", "fifo", "folder"])
def test_framework_files_are_ordinary_files_only(library, tmp_path, what):
    path, _sid = library
    target = _not_files(tmp_path, ".toml")[what]
    for args in (
        ("framework", "--framework"),
        ("new", "focus-group", "--title", "x", "--framework"),
    ):
        line = one_line_error(run(path, tmp_path / "tmp", *args, str(target)))
        reason = "it is a folder, not a file" if what == "folder" else "not an ordinary file"
        assert line.startswith(f"workshop: Cannot read {target}: {reason}"), line


@pytest.mark.parametrize("what", ["/dev/zero", "link", "fifo", "folder"])
def test_attach_reads_ordinary_files_only(library, tmp_path, what):
    path, sid = library
    target = _not_files(tmp_path, ".jpg")[what]
    line = one_line_error(run(path, tmp_path / "tmp", "attach", sid, str(target)))
    reason = "it is a folder, not a file" if what == "folder" else "not an ordinary file"
    assert line.startswith(f"workshop: Cannot read {target}: {reason}"), line


def test_a_framework_file_is_not_read_past_its_limit(tmp_path):
    from workshop.domain.framework import load_framework
    from workshop.domain.validation import MAX_TOML_BYTES
    from workshop.errors import FrameworkError

    big = tmp_path / "stor.toml"
    big.write_bytes(b"# " + b"x" * MAX_TOML_BYTES + b"\n")
    with pytest.raises(FrameworkError) as exc:
        load_framework(big)
    assert exc.value.key == "file_too_large"
    assert exc.value.message("en") == f"Cannot read {big}: the file is too large (over 8 MB)"
